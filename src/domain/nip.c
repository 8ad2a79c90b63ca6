/*
 * nip.c - normalising and validating NIP numbers (see nip.h for the layout).
 */
#include "domain/nip.h"

#include <stddef.h>
#include <string.h>
#include <strings.h>

#define YEAR_MIN 1900
#define YEAR_MAX 2100

const char *nip_kind_name(enum nip_kind kind)
{
	switch (kind) {
	case NIP_PNS: return "pns";
	case NIP_PPPK: return "pppk";
	}
	return "?";
}

int nip_kind_parse(const char *s, enum nip_kind *out)
{
	if (!s)
		return -1;
	if (!strcasecmp(s, "pns")) {
		*out = NIP_PNS;
		return 0;
	}
	if (!strcasecmp(s, "pppk")) {
		*out = NIP_PPPK;
		return 0;
	}
	return -1;
}

int nip_is_real_date(int year, int month, int day)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (month < 1 || month > 12 || day < 1)
		return 0;
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	int max = days[month - 1] + (month == 2 && leap);
	return day <= max;
}

/* Length of the white space starting at s (0 if none): ASCII blanks or
 * U+00A0 encoded as C2 A0. */
static size_t blank_len(const char *s)
{
	if (*s == ' ' || *s == '\t')
		return 1;
	if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
		return 2;
	return 0;
}

int nip_normalize(const char *in, char out[NIP_LEN + 1], struct kerr *err)
{
	size_t ndigits = 0;
	out[0] = '\0';
	for (const char *p = in ? in : ""; *p; ) {
		size_t b = blank_len(p);
		if (b) {
			p += b;
			continue;
		}
		if (*p < '0' || *p > '9') {
			out[0] = '\0';
			return kerr_set(err, KERR_INVALID, "nip",
				"NIP harus 18 digit angka, tidak boleh berisi huruf atau tanda baca");
		}
		if (ndigits < NIP_LEN)
			out[ndigits] = *p;
		ndigits++;
		p++;
	}
	if (ndigits != NIP_LEN) {
		out[0] = '\0';
		if (ndigits == 0)
			return kerr_set(err, KERR_INVALID, "nip", "NIP wajib diisi");
		return kerr_set(err, KERR_INVALID, "nip",
				"NIP harus 18 digit angka, yang diisi %zu digit", ndigits);
	}
	out[NIP_LEN] = '\0';
	return 0;
}

/* The number written by `n` digits at s (all known to be digits). */
static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

static int check_birth(const char *nip, struct nip_info *info, struct kerr *err)
{
	info->birth_year = digits(nip, 4);
	info->birth_month = digits(nip + 4, 2);
	info->birth_day = digits(nip + 6, 2);
	if (info->birth_year < YEAR_MIN || info->birth_year > YEAR_MAX)
		return kerr_set(err, KERR_INVALID, "nip",
				"NIP: tahun lahir %d (digit 1-4) di luar rentang %d-%d",
				info->birth_year, YEAR_MIN, YEAR_MAX);
	if (!nip_is_real_date(info->birth_year, info->birth_month, info->birth_day))
		return kerr_set(err, KERR_INVALID, "nip",
				"NIP: tanggal lahir %.8s (digit 1-8) bukan tanggal yang ada", nip);
	return 0;
}

static int check_appointment(const char *nip, struct nip_info *info, struct kerr *err)
{
	info->appoint_year = digits(nip + 8, 4);
	info->appoint_month = digits(nip + 12, 2);
	if (info->appoint_month < 1 || info->appoint_month > 12)
		return kerr_set(err, KERR_INVALID, "nip",
				"NIP: bulan pengangkatan (digit 13-14) harus 01-12");
	if (info->appoint_year > YEAR_MAX)
		return kerr_set(err, KERR_INVALID, "nip",
				"NIP: tahun pengangkatan %d (digit 9-12) melewati %d",
				info->appoint_year, YEAR_MAX);
	int birth = info->birth_year * 12 + info->birth_month;
	int appoint = info->appoint_year * 12 + info->appoint_month;
	if (appoint <= birth)
		return kerr_set(err, KERR_INVALID, "nip",
				"NIP: bulan pengangkatan %.6s (digit 9-14) harus sesudah bulan lahir",
				nip + 8);
	/* TMT is the 1st of the month: the same month as the 18th birthday is
	 * still under 18 unless the birthday is the 1st. */
	int adult = (info->birth_year + 18) * 12 + info->birth_month;
	info->warn_under18 = appoint < adult || (appoint == adult && info->birth_day > 1);
	return 0;
}

static int check_pns_tail(const char *nip, struct nip_info *info, struct kerr *err)
{
	info->sex = nip[14] - '0';
	if (info->sex != 1 && info->sex != 2)
		return kerr_set(err, KERR_INVALID, "nip",
				"NIP: digit ke-15 (jenis kelamin) harus 1 (pria) atau 2 (wanita)");
	info->seq = digits(nip + 15, 3);
	if (info->seq == 0)
		return kerr_set(err, KERR_INVALID, "nip",
				"NIP: nomor urut (digit 16-18) harus 001-999");
	return 0;
}

int nip_validate(const char *in, enum nip_kind kind, char out[NIP_LEN + 1],
		 struct nip_info *info, struct kerr *err)
{
	struct nip_info tmp;
	memset(&tmp, 0, sizeof tmp);
	if (nip_normalize(in, out, err) < 0)
		return -1;
	int rc = check_birth(out, &tmp, err);
	if (rc == 0 && kind == NIP_PNS) {
		rc = check_appointment(out, &tmp, err);
		if (rc == 0)
			rc = check_pns_tail(out, &tmp, err);
	} else if (rc == 0 && kind != NIP_PPPK) {
		rc = kerr_set(err, KERR_INTERNAL, "nip", "Jenis NIP tidak dikenal");
	}
	if (rc < 0) {
		out[0] = '\0';
		return -1;
	}
	if (info)
		*info = tmp;
	return 0;
}
