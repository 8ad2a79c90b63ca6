/*
 * angka_kredit.c - the pure rules of credit points: default tables, the
 * exact amount in thousandths, decimal text in and out, and finding the
 * level (jenjang) in a position's name (see angka_kredit.h).
 */
#include "domain/angka_kredit.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

int ak_default_pct(enum predicate p)
{
	static const int pct[PRED__COUNT] = {
		[PRED_SANGAT_KURANG] = 25, [PRED_KURANG] = 50, [PRED_BUTUH_PERBAIKAN] = 75,
		[PRED_BAIK] = 100, [PRED_SANGAT_BAIK] = 150,
	};
	return (unsigned)p < PRED__COUNT ? pct[p] : 0;
}

static const struct ak_level default_levels[] = {
	{ "pemula", "Pemula", 3750 },
	{ "terampil", "Terampil", 5000 },
	{ "mahir", "Mahir", 12500 },
	{ "penyelia", "Penyelia", 25000 },
	{ "ahli_pertama", "Ahli Pertama", 12500 },
	{ "ahli_muda", "Ahli Muda", 25000 },
	{ "ahli_madya", "Ahli Madya", 37500 },
	{ "ahli_utama", "Ahli Utama", 50000 },
};

const struct ak_level *ak_default_levels(size_t *n)
{
	*n = sizeof default_levels / sizeof default_levels[0];
	return default_levels;
}

int ak_pct_check(int64_t pct, const char *field, struct kerr *err)
{
	if (pct < 0 || pct > AK_PCT_MAX)
		return kerr_set(err, KERR_INVALID, field, "Persentase harus bilangan bulat 0 sampai "
				"%d", AK_PCT_MAX);
	return 0;
}

int ak_coefficient_check(int64_t th, const char *field, struct kerr *err)
{
	if (th < 0 || th > AK_COEF_MAX)
		return kerr_set(err, KERR_INVALID, field, "Koefisien harus angka 0 sampai %d dengan "
				"paling banyak tiga desimal, misalnya 12,5", AK_COEF_MAX / 1000);
	return 0;
}

int ak_months(int month_from, int month_to)
{
	if (month_from < 1 || month_to > 12 || month_from > month_to)
		return 0;
	return month_to - month_from + 1;
}

int64_t ak_amount(int64_t pct, int64_t coefficient, int months)
{
	if (pct < 0 || pct > AK_PCT_MAX || coefficient < 0 || coefficient > AK_COEF_MAX ||
	    months < 0 || months > 12)
		return 0;
	/* pct/100 x coef x months/12: at most 1000 x 10^6 x 12, no overflow */
	int64_t num = pct * coefficient * months, den = 100 * 12;
	return (num + den / 2) / den;
}

int ak_parse(const char *s, int64_t *th)
{
	int64_t whole = 0, frac = 0;
	int digits = 0, decimals = 0;
	const char *p = s;
	if (!p)
		return -1;
	while (*p == ' ')
		p++;
	for (; isdigit((unsigned char)*p); p++, digits++) {
		whole = whole * 10 + (*p - '0');
		if (whole > AK_COEF_MAX / 1000)
			return -1;
	}
	if (*p == ',' || *p == '.') {
		for (p++; isdigit((unsigned char)*p); p++, decimals++) {
			if (decimals == 3)
				return -1;
			frac = frac * 10 + (*p - '0');
		}
		if (!decimals)
			return -1;
	}
	while (*p == ' ')
		p++;
	if (*p || !digits)
		return -1;
	for (int i = decimals; i < 3; i++)
		frac *= 10;
	*th = whole * 1000 + frac;
	return *th > AK_COEF_MAX ? -1 : 0;
}

void ak_format(int64_t th, char sep, char *out, size_t size)
{
	int neg = th < 0;
	uint64_t v = neg ? (uint64_t)(-(th + 1)) + 1 : (uint64_t)th;
	snprintf(out, size, "%s%llu%c%03llu", neg ? "-" : "", (unsigned long long)(v / 1000), sep,
		 (unsigned long long)(v % 1000));
}

/* 1 if `label` occurs in `name` as whole words, case-insensitively. */
static int contains_words(const char *name, const char *label)
{
	size_t ln = strlen(label);
	if (!ln)
		return 0;
	for (const char *p = name; *p; p++) {
		if (strncasecmp(p, label, ln))
			continue;
		int start = p == name || !isalnum((unsigned char)p[-1]);
		int end = !isalnum((unsigned char)p[ln]);
		if (start && end)
			return 1;
	}
	return 0;
}

int ak_level_of(const char *position_name, const struct ak_level *levels, size_t n)
{
	int best = -1;
	size_t best_len = 0;
	for (size_t i = 0; position_name && i < n; i++) {
		size_t len = strlen(levels[i].label);
		if (len > best_len && contains_words(position_name, levels[i].label)) {
			best = (int)i;
			best_len = len;
		}
	}
	return best;
}
