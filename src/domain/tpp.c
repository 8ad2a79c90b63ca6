/*
 * tpp.c - the pure rules of the allowance (TPP): names, the rule set's
 * defaults and checks, the checks of a month of attendance, and integer
 * arithmetic and formatting of rupiah and percentages (see tpp.h; the
 * computation itself is in tpp_compute.c).
 */
#include "domain/tpp.h"
#include "domain/golongan.h"
#include "domain/hierarchy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const absence_names[] = { "tanpa_keterangan", "izin", "sakit", "cuti" };
static const char *const absence_labels[] = { "Tanpa keterangan", "Izin", "Sakit", "Cuti" };

const char *tpp_absence_name(enum tpp_absence k)
{
	return (unsigned)k < TPP_ABS__KINDS ? absence_names[k] : "";
}

const char *tpp_absence_label(enum tpp_absence k)
{
	return (unsigned)k < TPP_ABS__KINDS ? absence_labels[k] : "";
}

const char *tpp_basis_name(enum tpp_basis b)
{
	return b == TPP_BASIS_JABATAN ? "jabatan" : "golongan";
}

int tpp_basis_parse(const char *s, enum tpp_basis *out)
{
	if (s && !strcmp(s, "golongan"))
		*out = TPP_BASIS_GOLONGAN;
	else if (s && !strcmp(s, "jabatan"))
		*out = TPP_BASIS_JABATAN;
	else
		return -1;
	return 0;
}

static const char *const round_names[] = { "setengah_ke_atas", "ke_bawah", "ke_atas" };
static const char *const round_labels[] = { "setengah ke atas", "ke bawah", "ke atas" };

const char *tpp_round_mode_name(enum tpp_round_mode m)
{
	return (unsigned)m <= TPP_ROUND_UP ? round_names[m] : "";
}

const char *tpp_round_mode_label(enum tpp_round_mode m)
{
	return (unsigned)m <= TPP_ROUND_UP ? round_labels[m] : "";
}

int tpp_round_mode_parse(const char *s, enum tpp_round_mode *out)
{
	for (int i = 0; s && i <= TPP_ROUND_UP; i++) {
		if (!strcmp(s, round_names[i])) {
			*out = (enum tpp_round_mode)i;
			return 0;
		}
	}
	return -1;
}

const char *tpp_pred_name(int p)
{
	return p == TPP_PRED_NONE ? "tanpa_penilaian" : predicate_name((enum predicate)p);
}

const char *tpp_pred_label(int p)
{
	return p == TPP_PRED_NONE ? "Tanpa penilaian" : predicate_label((enum predicate)p);
}

static const char *const line_kind_names[] = { "info", "kinerja", "disiplin", "potongan",
						"pembulatan" };

const char *tpp_line_kind_name(enum tpp_line_kind k)
{
	return (unsigned)k <= TPP_LINE_PEMBULATAN ? line_kind_names[k] : "";
}

static const char *const month_names[] = { "", "Januari", "Februari", "Maret", "April", "Mei",
					    "Juni", "Juli", "Agustus", "September", "Oktober",
					    "November", "Desember" };

const char *tpp_month_name(int month)
{
	return month >= 1 && month <= 12 ? month_names[month] : "";
}

/* ---- the rule set ---------------------------------------------------------------------------- */

void tpp_rules_default(struct tpp_rules *r)
{
	static const int64_t pred[PRED__COUNT + 1] = {
		[PRED_SANGAT_KURANG] = 2500, [PRED_KURANG] = 5000, [PRED_BUTUH_PERBAIKAN] = 7500,
		[PRED_BAIK] = 10000, [PRED_SANGAT_BAIK] = 12000, [TPP_PRED_NONE] = 0,
	};
	static const int64_t absence[TPP_ABS__KINDS] = { 300, 100, 50, 0 };
	memset(r, 0, sizeof *r);
	r->basis = TPP_BASIS_GOLONGAN;
	r->share_kinerja_bp = 6000;
	r->share_disiplin_bp = 4000;
	memcpy(r->pred_bp, pred, sizeof pred);
	memcpy(r->absence_bp, absence, sizeof absence);
	r->late_block_minutes = 30;
	r->late_bp_per_block = 50;
	r->late_cap_bp = 1000;
	r->deduction_cap_bp = TPP_BP_FULL;
	r->round_unit = 1;
	r->round_mode = TPP_ROUND_HALF_UP;
}

/* The canonical key for the basis, or NULL when `key` is none of them. */
static const char *canonical_key(enum tpp_basis basis, const char *key)
{
	if (basis == TPP_BASIS_JABATAN)
		return position_kind_canonical(key);
	const struct golongan *g = golongan_find(key);
	if (!g)
		g = pppk_golongan_find(key);
	return g ? g->code : NULL;
}

static int pct_range(int64_t v, int64_t max, const char *field, struct kerr *err)
{
	char a[24];
	if (v >= 0 && v <= max)
		return 0;
	tpp_pct(a, sizeof a, max);
	return kerr_set(err, KERR_INVALID, field, "Nilai '%s' harus antara 0%% dan %s", field, a);
}

static int check_base(const struct tpp_rules *r, struct kerr *err)
{
	char field[64], amt[40];
	if (!r->nbase || r->nbase > TPP_BASE_MAX)
		return kerr_set(err, KERR_INVALID, "besaran", "Isi besaran dasar TPP untuk paling "
				"sedikit satu %s", r->basis == TPP_BASIS_JABATAN ? "jenis jabatan"
				: "golongan");
	for (size_t i = 0; i < r->nbase; i++) {
		const struct tpp_base *b = &r->base[i];
		snprintf(field, sizeof field, "besaran.%s", b->key);
		const char *key = canonical_key(r->basis, b->key);
		if (!key)
			return kerr_set(err, KERR_INVALID, field, "'%s' bukan %s yang dikenal", b->key,
					r->basis == TPP_BASIS_JABATAN ? "jenis jabatan" : "golongan");
		if (b->amount < 0)
			return kerr_set(err, KERR_INVALID, field, "Besaran dasar untuk %s tidak boleh "
					"negatif", key);
		tpp_rupiah(amt, sizeof amt, TPP_AMOUNT_MAX);
		if (b->amount > TPP_AMOUNT_MAX)
			return kerr_set(err, KERR_INVALID, field, "Besaran dasar untuk %s paling "
					"besar %s sebulan", key, amt);
		for (size_t j = 0; j < i; j++)
			if (!strcmp(canonical_key(r->basis, r->base[j].key), key))
				return kerr_set(err, KERR_INVALID, field, "Besaran dasar untuk %s "
						"diisi dua kali", key);
	}
	return 0;
}

static int check_shares(const struct tpp_rules *r, struct kerr *err)
{
	char k[24], d[24];
	if (pct_range(r->share_kinerja_bp, TPP_BP_FULL, "porsi_kinerja", err) ||
	    pct_range(r->share_disiplin_bp, TPP_BP_FULL, "porsi_disiplin", err))
		return -1;
	if (r->share_kinerja_bp + r->share_disiplin_bp == TPP_BP_FULL)
		return 0;
	tpp_pct(k, sizeof k, r->share_kinerja_bp);
	tpp_pct(d, sizeof d, r->share_disiplin_bp);
	return kerr_set(err, KERR_INVALID, "porsi_kinerja", "Porsi kinerja (%s) dan porsi disiplin "
			"(%s) harus berjumlah 100%%", k, d);
}

static int check_percentages(const struct tpp_rules *r, struct kerr *err)
{
	char field[64];
	for (int p = 0; p <= TPP_PRED_NONE; p++) {
		snprintf(field, sizeof field, "pengali_predikat.%s", tpp_pred_name(p));
		if (pct_range(r->pred_bp[p], TPP_MULT_MAX, field, err))
			return -1;
	}
	for (int k = 0; k < TPP_ABS__KINDS; k++) {
		snprintf(field, sizeof field, "potongan_per_hari.%s", absence_names[k]);
		if (pct_range(r->absence_bp[k], TPP_BP_FULL, field, err))
			return -1;
	}
	if (pct_range(r->late_bp_per_block, TPP_BP_FULL, "terlambat.persen_per_blok", err) ||
	    pct_range(r->late_cap_bp, TPP_BP_FULL, "terlambat.batas_persen", err) ||
	    pct_range(r->deduction_cap_bp, TPP_BP_FULL, "batas_potongan", err))
		return -1;
	if (r->late_block_minutes < 1 || r->late_block_minutes > 1440)
		return kerr_set(err, KERR_INVALID, "terlambat.menit_per_blok", "Menit per blok "
				"keterlambatan harus antara 1 dan 1440");
	return 0;
}

int tpp_rules_check(const struct tpp_rules *r, struct kerr *err)
{
	if (check_shares(r, err) || check_base(r, err) || check_percentages(r, err))
		return -1;
	if (r->round_unit != 1 && r->round_unit != 10 && r->round_unit != 100 &&
	    r->round_unit != 1000)
		return kerr_set(err, KERR_INVALID, "pembulatan.satuan", "Satuan pembulatan harus 1, "
				"10, 100 atau 1000 rupiah");
	if ((unsigned)r->round_mode > TPP_ROUND_UP)
		return kerr_set(err, KERR_INVALID, "pembulatan.cara", "Cara pembulatan harus "
				"setengah_ke_atas, ke_bawah atau ke_atas");
	return 0;
}

int64_t tpp_base_for(const struct tpp_rules *r, const char *golongan, const char *position_kind)
{
	const char *want = r->basis == TPP_BASIS_JABATAN ? position_kind : golongan;
	if (!want || !*want)
		return -1;
	for (size_t i = 0; i < r->nbase; i++)
		if (!strcasecmp(r->base[i].key, want))
			return r->base[i].amount;
	return -1;
}

/* ---- attendance ---------------------------------------------------------------------------------- */

static int month_fail(char *column, size_t csize, char *why, size_t wsize, const char *col,
		      const char *text)
{
	snprintf(column, csize, "%s", col);
	snprintf(why, wsize, "%s", text);
	return -1;
}

int tpp_month_check(const struct tpp_month *m, char *column, size_t csize, char *why,
		    size_t wsize)
{
	int absent = 0, last = TPP_ABS_TANPA_KETERANGAN;
	if (m->year < 2000 || m->year > 2100)
		return month_fail(column, csize, why, wsize, "tahun", "Tahun harus antara 2000 dan 2100");
	if (m->month < 1 || m->month > 12)
		return month_fail(column, csize, why, wsize, "bulan", "Bulan harus 1 sampai 12");
	if (m->month_days < 1 || m->month_days > 31)
		return month_fail(column, csize, why, wsize, "hari_kerja_bulan",
				  "Hari kerja sebulan harus antara 1 dan 31");
	if (m->work_days < 0 || m->work_days > m->month_days)
		return month_fail(column, csize, why, wsize, "hari_kerja", "Hari kerja pegawai harus "
				  "antara 0 dan hari kerja sebulan");
	for (int k = 0; k < TPP_ABS__KINDS; k++) {
		if (m->absent[k] < 0)
			return month_fail(column, csize, why, wsize, absence_names[k],
					  "Jumlah hari tidak boleh negatif");
		absent += m->absent[k];
		if (m->absent[k])
			last = k;
	}
	if (absent > m->work_days) {
		snprintf(column, csize, "%s", absence_names[last]);
		snprintf(why, wsize, "Jumlah hari tidak hadir (%d) lebih banyak dari hari kerja (%d)",
			 absent, m->work_days);
		return -1;
	}
	if (m->late_minutes < 0 || m->late_minutes > m->work_days * 24 * 60)
		return month_fail(column, csize, why, wsize, "terlambat_menit", "Menit terlambat "
				  "harus antara 0 dan 24 jam kali hari kerja");
	return 0;
}

int64_t tpp_month_deduction_bp(const struct tpp_rules *r, const struct tpp_month *m)
{
	int64_t sum = 0;
	for (int k = 0; k < TPP_ABS__KINDS; k++)
		sum += (int64_t)m->absent[k] * r->absence_bp[k];
	int64_t blocks = (m->late_minutes + r->late_block_minutes - 1) / r->late_block_minutes;
	int64_t late = blocks * r->late_bp_per_block;
	sum += late < r->late_cap_bp ? late : r->late_cap_bp;
	return sum < r->deduction_cap_bp ? sum : r->deduction_cap_bp;
}

/* ---- arithmetic ---------------------------------------------------------------------------------- */

int64_t tpp_div_half_up(__int128 num, __int128 den)
{
	int neg = num < 0;
	__int128 a = neg ? -num : num;
	__int128 q = (2 * a + den) / (2 * den);
	return (int64_t)(neg ? -q : q);
}

int64_t tpp_round(int64_t amount, int64_t unit, enum tpp_round_mode mode)
{
	if (unit <= 1)
		return amount;
	int64_t down = amount / unit * unit, rest = amount - down;
	if (!rest)
		return amount;
	switch (mode) {
	case TPP_ROUND_DOWN: return down;
	case TPP_ROUND_UP: return down + unit;
	default: return 2 * rest >= unit ? down + unit : down;
	}
}

/* ---- formatting and parsing ------------------------------------------------------------------------ */

void tpp_rupiah(char *out, size_t size, int64_t amount)
{
	char digits[32], grouped[48];
	unsigned long long v = amount < 0 ? (unsigned long long)-(amount + 1) + 1
					  : (unsigned long long)amount;
	int n = snprintf(digits, sizeof digits, "%llu", v), j = 0;
	for (int i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			grouped[j++] = '.';
		grouped[j++] = digits[i];
	}
	grouped[j] = 0;
	snprintf(out, size, "%sRp %s", amount < 0 ? "-" : "", grouped);
}

void tpp_pct(char *out, size_t size, int64_t bp)
{
	int64_t whole = bp / 100, frac = bp % 100;
	if (frac < 0)
		frac = -frac;
	if (!frac)
		snprintf(out, size, "%lld%%", (long long)whole);
	else if (frac % 10 == 0)
		snprintf(out, size, "%lld,%lld%%", (long long)whole, (long long)(frac / 10));
	else
		snprintf(out, size, "%lld,%02lld%%", (long long)whole, (long long)frac);
}

int tpp_pct_parse(const char *s, int64_t *bp)
{
	int64_t whole = 0, frac = 0;
	int nd = 0, nf = 0;
	if (!s)
		return -1;
	while (*s == ' ')
		s++;
	for (; *s >= '0' && *s <= '9'; s++, nd++) {
		whole = whole * 10 + (*s - '0');
		if (whole > 100000)
			return -1;
	}
	if (*s == ',' || *s == '.') {
		for (s++; *s >= '0' && *s <= '9'; s++, nf++)
			if (nf < 2)
				frac = frac * 10 + (*s - '0');
			else if (*s != '0')
				return -1;
		if (!nf)
			return -1;
	}
	while (*s == ' ' || *s == '%')
		s++;
	if (*s || !nd)
		return -1;
	if (nf == 1)
		frac *= 10;
	*bp = whole * 100 + frac;
	return 0;
}

int tpp_amount_parse(const char *s, int64_t *out)
{
	int64_t v = 0;
	int nd = 0;
	if (!s)
		return -1;
	while (*s == ' ')
		s++;
	if (!strncasecmp(s, "Rp", 2))
		for (s += 2; *s == ' ' || *s == '.'; s++)
			;
	for (; *s; s++) {
		if (*s == '.' && nd)
			continue;
		if (*s < '0' || *s > '9')
			break;
		v = v * 10 + (*s - '0');
		if (++nd > 15)
			return -1;
	}
	while (*s == ' ')
		s++;
	if (*s || !nd)
		return -1;
	*out = v;
	return 0;
}
