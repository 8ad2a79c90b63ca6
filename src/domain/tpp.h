/*
 * tpp.h - the pure rules of the allowance (TPP, Tambahan Penghasilan
 * Pegawai): a rule set (aturan) as data and its checks, one employee's
 * month of attendance (kehadiran) and its checks, and the computation of
 * one employee's amount for a run of one or more months with a
 * line-by-line breakdown.  No I/O: the store (store/tpp.h) loads the data
 * and keeps the results.
 *
 * All amounts are whole rupiah in int64_t; all percentages are basis
 * points (1/100 of a percent: 60% = 6000, 2,5% = 250).  Arithmetic is
 * integer only (128-bit intermediates), so no amount ever drifts.
 *
 * The computation, per month m of the run for which the employee has an
 * attendance row (a month without one is not paid: the employee was not
 * on the instansi's attendance list, e.g. before joining):
 *
 *   dasar      = base amount of the employee's golongan or position kind
 *   pro rata   = hari_kerja / hari_kerja_bulan (the employee's working
 *                days over the month's: 1 for a full month)
 *   kinerja    = dasar x pro rata x porsi_kinerja x pengali(predikat)
 *   disiplin   = dasar x pro rata x porsi_disiplin
 *   potongan   = dasar x pro rata x porsi_disiplin x P, where
 *                P = min(batas_potongan, sum over absence kinds of
 *                    days x percent per day
 *                    + min(batas_terlambat, ceil(late minutes / block)
 *                                          x percent per block))
 *
 * Each line is rounded half up to a whole rupiah from its exact value;
 * the sum of the lines is then rounded as the rule set says (to a unit of
 * 1, 10, 100 or 1000 rupiah; half up, down or up), and a "pembulatan"
 * line carries the difference, so the lines always add up to the amount.
 */
#ifndef KINERJA_DOMAIN_TPP_H
#define KINERJA_DOMAIN_TPP_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "domain/assess.h"

/* 100% in basis points. */
#define TPP_BP_FULL 10000
/* The most a multiplier per predicate may be (200%). */
#define TPP_MULT_MAX 20000
/* The largest base amount a rule set takes (Rp 1.000.000.000 a month). */
#define TPP_AMOUNT_MAX INT64_C(1000000000)

/* ---- absence kinds ------------------------------------------------------------------------ */

enum tpp_absence {
	TPP_ABS_TANPA_KETERANGAN, TPP_ABS_IZIN, TPP_ABS_SAKIT, TPP_ABS_CUTI, TPP_ABS__KINDS
};

/* "tanpa_keterangan", "izin", "sakit", "cuti" (CSV columns, API keys) and
 * "Tanpa keterangan", "Izin", "Sakit", "Cuti". */
const char *tpp_absence_name(enum tpp_absence k);
const char *tpp_absence_label(enum tpp_absence k);

/* ---- the rule set ---------------------------------------------------------------------------- */

enum tpp_basis { TPP_BASIS_GOLONGAN, TPP_BASIS_JABATAN };
/* "golongan", "jabatan"; parse gives -1 for anything else. */
const char *tpp_basis_name(enum tpp_basis b);
int tpp_basis_parse(const char *s, enum tpp_basis *out);

enum tpp_round_mode { TPP_ROUND_HALF_UP, TPP_ROUND_DOWN, TPP_ROUND_UP };
/* "setengah_ke_atas", "ke_bawah", "ke_atas" and "setengah ke atas", ... */
const char *tpp_round_mode_name(enum tpp_round_mode m);
const char *tpp_round_mode_label(enum tpp_round_mode m);
int tpp_round_mode_parse(const char *s, enum tpp_round_mode *out);

/* Index of "tanpa penilaian" (no final assessment) in tpp_rules.pred_bp. */
#define TPP_PRED_NONE PRED__COUNT
/* "tanpa_penilaian" / "Tanpa penilaian" for TPP_PRED_NONE, else the predicate's. */
const char *tpp_pred_name(int p);
const char *tpp_pred_label(int p);

#define TPP_BASE_MAX 40
#define TPP_KEY_SIZE 24

struct tpp_base {
	char key[TPP_KEY_SIZE];   /* a golongan code ("III/a", PPPK "IX") or a position kind */
	int64_t amount;           /* rupiah a month */
};

struct tpp_rules {
	enum tpp_basis basis;
	struct tpp_base base[TPP_BASE_MAX];
	size_t nbase;
	int64_t share_kinerja_bp, share_disiplin_bp;   /* must add up to TPP_BP_FULL */
	int64_t pred_bp[PRED__COUNT + 1];             /* by enum predicate, then TPP_PRED_NONE */
	int64_t absence_bp[TPP_ABS__KINDS];           /* per day of absence */
	int64_t late_block_minutes;                   /* >= 1 */
	int64_t late_bp_per_block;
	int64_t late_cap_bp;                          /* cap of the late part */
	int64_t deduction_cap_bp;                     /* cap of the whole deduction, <= 100% */
	int64_t round_unit;                           /* 1, 10, 100 or 1000 */
	enum tpp_round_mode round_mode;
};

/* A rule set with no base amounts and the defaults: shares 60/40,
 * multipliers Sangat Baik 120%, Baik 100%, Butuh Perbaikan 75%, Kurang
 * 50%, Sangat Kurang 25%, tanpa penilaian 0%; per day tanpa keterangan
 * 3%, izin 1%, sakit 0,5%, cuti 0%; late 0,5% per 30 minutes up to 10%;
 * deductions up to 100%; rounding to Rp 1 half up. */
void tpp_rules_default(struct tpp_rules *r);

/* Checks a rule set; KERR_INVALID naming the field as the API does:
 * "porsi_kinerja" when the shares do not add up to 100% (or one is out of
 * 0..100%), "besaran.KEY" for a negative or too large amount, an unknown
 * key for the basis, or a key given twice; "besaran" when there is none;
 * "pengali_predikat.NAME" outside 0..200%; "potongan_per_hari.NAME",
 * "terlambat.persen_per_blok", "terlambat.batas_persen", "batas_potongan"
 * outside 0..100%; "terlambat.menit_per_blok" outside 1..1440;
 * "pembulatan.satuan" not 1, 10, 100 or 1000. */
int tpp_rules_check(const struct tpp_rules *r, struct kerr *err);

/* The base amount for an employee: by golongan or by position kind as
 * the basis says; -1 when the rule set has none for them. */
int64_t tpp_base_for(const struct tpp_rules *r, const char *golongan, const char *position_kind);

/* ---- attendance -------------------------------------------------------------------------------- */

struct tpp_month {
	int year, month;
	int work_days;                  /* hari_kerja: the employee's working days that month */
	int month_days;                 /* hari_kerja_bulan: the month's working days (full) */
	int absent[TPP_ABS__KINDS];     /* days */
	int late_minutes;
};

/* Checks one month's figures: year 2000..2100, month 1..12, month_days
 * 1..31, work_days 0..month_days, every count >= 0, the absences at most
 * work_days ("more absences than working days"), late minutes at most
 * work_days x 24 x 60.  On a problem: -1 with the CSV column at fault in
 * `column` and the reason in `why` (Indonesian). */
int tpp_month_check(const struct tpp_month *m, char *column, size_t csize, char *why,
		    size_t wsize);

/* The deduction of one month in basis points (capped as the rules say). */
int64_t tpp_month_deduction_bp(const struct tpp_rules *r, const struct tpp_month *m);

/* ---- the computation ------------------------------------------------------------------------------ */

enum tpp_line_kind {
	TPP_LINE_INFO,        /* amount 0: a month not paid, no base amount */
	TPP_LINE_KINERJA, TPP_LINE_DISIPLIN, TPP_LINE_POTONGAN, TPP_LINE_PEMBULATAN
};
/* "info", "kinerja", "disiplin", "potongan", "pembulatan". */
const char *tpp_line_kind_name(enum tpp_line_kind k);

#define TPP_LINES_MAX 64
#define TPP_LINE_TEXT 320

struct tpp_line {
	int month;                 /* 0 for the pembulatan and whole-run notes */
	enum tpp_line_kind kind;
	char text[TPP_LINE_TEXT];
	int64_t amount;            /* rupiah; negative for a deduction */
};

/* One employee as the computation sees them. */
struct tpp_person {
	const char *golongan;         /* "" when unknown */
	const char *position_kind;    /* "" when none */
	int predicate;                /* enum predicate, or TPP_PRED_NONE */
	const struct tpp_month *month[13];   /* by month 1..12; NULL: no attendance row */
};

struct tpp_result {
	int64_t base;                 /* the monthly base amount, 0 when none */
	int months_paid;
	int64_t kinerja, disiplin, potongan, pembulatan;   /* sums of the lines (potongan <= 0) */
	int64_t total;                /* = kinerja + disiplin + potongan + pembulatan, >= 0 */
	struct tpp_line line[TPP_LINES_MAX];
	size_t nlines;
};

/* Computes one employee's amount for months month_from..month_to (1..12)
 * of `year` under rules `r` (checked).  Never fails for checked input. */
void tpp_compute(const struct tpp_rules *r, const struct tpp_person *p, int year,
		 int month_from, int month_to, struct tpp_result *out);

/* ---- arithmetic and formatting -------------------------------------------------------------------- */

/* num / den rounded half up (den > 0; num may be negative: half away
 * from zero). */
int64_t tpp_div_half_up(__int128 num, __int128 den);
/* A non-negative amount rounded to `unit` by `mode`. */
int64_t tpp_round(int64_t amount, int64_t unit, enum tpp_round_mode mode);

/* "Rp 1.234.500" ("-Rp 2.000" for a negative amount). */
void tpp_rupiah(char *out, size_t size, int64_t amount);
/* "60%", "2,5%", "0,25%" for basis points. */
void tpp_pct(char *out, size_t size, int64_t bp);
/* Parses a percentage as typed: "60", "2,5", "2.5", "0.25" (at most two
 * decimals, not negative, at most 100000) into basis points; -1 otherwise. */
int tpp_pct_parse(const char *s, int64_t *bp);
/* Parses a whole non-negative amount of rupiah ("5000000", "5.000.000"
 * with dots as thousands separators); -1 otherwise (a negative amount
 * too). */
int tpp_amount_parse(const char *s, int64_t *out);
/* "Juli" for 7; "" outside 1..12. */
const char *tpp_month_name(int month);

/* ---- the attendance CSV (tpp_csv.c) ------------------------------------------------------------- */

struct csv_table;
struct csv_report;

/* Columns of the attendance file: nip, tahun, bulan, hari_kerja,
 * hari_kerja_bulan, tanpa_keterangan, izin, sakit, cuti, terlambat_menit.
 * Required in the header: nip, tahun, bulan, hari_kerja; a column left out
 * is 0 (hari_kerja_bulan: equal to hari_kerja). */
extern const char *const tpp_attendance_columns[];
extern const size_t tpp_attendance_ncols;

/* A checked row. */
struct tpp_attendance_row {
	int64_t employee_id;
	struct tpp_month m;
};

/* The caller's answer for a NIP (18 digits): the employee's id, 0 when no
 * employee has it, or -1 when the caller may not write their attendance
 * (outside a pengelola's scope). */
struct tpp_nip_lookup {
	void *ctx;
	int64_t (*employee_of)(void *ctx, const char *nip);
};

/* Checks every row of an attendance file into *report (initialised here;
 * release it): the header, the NIP (valid, known, in scope), each figure
 * a whole number and the month possible (tpp_month_check), and a NIP and
 * month given once.  On a clean file (returns 0) *rows holds one entry
 * per data row (free() it); otherwise returns the number of bad rows and
 * *rows is NULL. */
int tpp_attendance_csv_check(const struct csv_table *t, const struct tpp_nip_lookup *lookup,
			     struct csv_report *report, struct tpp_attendance_row **rows,
			     size_t *n);

#endif
