/*
 * test_tpp.c - unit tests for the allowance (TPP) rules of domain/tpp.h,
 * each against an amount worked out by hand in the comment beside it:
 * every predicate's multiplier, the deductions per kind of absence and
 * per block of late minutes with their caps, rounding to 1/10/100/1000
 * rupiah half up, down and up, pro rata for part months and for months
 * without attendance (joined mid-period), a base by position kind, the
 * checks of a rule set and of a month's figures, the attendance CSV, and
 * the formatting and parsing of rupiah and percentages.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "domain/csvcheck.h"
#include "domain/csvtable.h"
#include "domain/tpp.h"

/* The rules of most tests: golongan III/a Rp 5.000.000, III/b Rp 5.123.457,
 * IV/a Rp 5.000.500; 60% kinerja / 40% disiplin; the default multipliers
 * and deductions; rounding to Rp 1 half up. */
static void rules(struct tpp_rules *r)
{
	tpp_rules_default(r);
	r->nbase = 3;
	strcpy(r->base[0].key, "III/a");
	r->base[0].amount = 5000000;
	strcpy(r->base[1].key, "III/b");
	r->base[1].amount = 5123457;
	strcpy(r->base[2].key, "IV/a");
	r->base[2].amount = 5000500;
}

static struct tpp_month full_month(int month)
{
	struct tpp_month m = { 2026, month, 22, 22, { 0 }, 0 };
	return m;
}

/* One month (July 2026) for a person of golongan `gol`. */
static void one_month(const struct tpp_rules *r, const char *gol, int pred,
		      const struct tpp_month *m, struct tpp_result *out)
{
	struct tpp_person p = { gol, "pelaksana", pred, { NULL } };
	p.month[m->month] = m;
	tpp_compute(r, &p, 2026, m->month, m->month, out);
}

static int64_t line_sum(const struct tpp_result *res)
{
	int64_t s = 0;
	for (size_t i = 0; i < res->nlines; i++)
		s += res->line[i].amount;
	return s;
}

/* Rp 5.000.000, full month: kinerja 3.000.000 x multiplier, disiplin 2.000.000. */
static void test_each_predicate(void **state)
{
	(void)state;
	struct tpp_rules r;
	struct tpp_result res;
	struct tpp_month m = full_month(7);
	static const struct { int pred; int64_t kinerja, total; } want[] = {
		{ PRED_SANGAT_BAIK, 3600000, 5600000 },      /* 120% */
		{ PRED_BAIK, 3000000, 5000000 },             /* 100% */
		{ PRED_BUTUH_PERBAIKAN, 2250000, 4250000 },  /* 75% */
		{ PRED_KURANG, 1500000, 3500000 },           /* 50% */
		{ PRED_SANGAT_KURANG, 750000, 2750000 },     /* 25% */
		{ TPP_PRED_NONE, 0, 2000000 },               /* tanpa penilaian 0% */
	};
	rules(&r);
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		one_month(&r, "III/a", want[i].pred, &m, &res);
		assert_int_equal(res.base, 5000000);
		assert_int_equal(res.kinerja, want[i].kinerja);
		assert_int_equal(res.disiplin, 2000000);
		assert_int_equal(res.potongan, 0);
		assert_int_equal(res.total, want[i].total);
		assert_int_equal(line_sum(&res), res.total);
		assert_int_equal(res.months_paid, 1);
	}
	/* a multiplier is data: Baik at 90% gives 2.700.000 */
	r.pred_bp[PRED_BAIK] = 9000;
	one_month(&r, "III/a", PRED_BAIK, &m, &res);
	assert_int_equal(res.kinerja, 2700000);
	assert_non_null(strstr(res.line[0].text, "predikat Baik 90%"));
}

/* 2 days tanpa keterangan x 3% + 1 izin x 1% + 3 sakit x 0,5% + 95 minutes
 * late = 4 blocks x 0,5% = 6 + 1 + 1,5 + 2 = 10,5% of Rp 2.000.000 =
 * Rp 210.000; Baik: 3.000.000 + 2.000.000 - 210.000 = 4.790.000. */
static void test_deductions_by_kind(void **state)
{
	(void)state;
	struct tpp_rules r;
	struct tpp_result res;
	struct tpp_month m = full_month(7);
	rules(&r);
	m.absent[TPP_ABS_TANPA_KETERANGAN] = 2;
	m.absent[TPP_ABS_IZIN] = 1;
	m.absent[TPP_ABS_SAKIT] = 3;
	m.absent[TPP_ABS_CUTI] = 4;      /* 0% a day */
	m.late_minutes = 95;
	assert_int_equal(tpp_month_deduction_bp(&r, &m), 1050);
	one_month(&r, "III/a", PRED_BAIK, &m, &res);
	assert_int_equal(res.potongan, -210000);
	assert_int_equal(res.total, 4790000);
	assert_int_equal(res.nlines, 3);
	assert_int_equal(res.line[2].kind, TPP_LINE_POTONGAN);
	assert_non_null(strstr(res.line[2].text, "10,5%"));
	assert_non_null(strstr(res.line[2].text, "Tanpa keterangan 2 hari"));
	assert_non_null(strstr(res.line[2].text, "terlambat 95 menit = 4 blok"));
	assert_null(strstr(res.line[2].text, "Cuti"));
}

/* 700 minutes late = 24 blocks x 0,5% = 12%, capped at 10%: Rp 200.000.
 * 22 days tanpa keterangan = 66% under a 50% cap: Rp 1.000.000. */
static void test_deduction_caps(void **state)
{
	(void)state;
	struct tpp_rules r;
	struct tpp_result res;
	struct tpp_month m = full_month(8);
	rules(&r);
	m.late_minutes = 700;
	one_month(&r, "III/a", PRED_BAIK, &m, &res);
	assert_int_equal(res.potongan, -200000);
	assert_non_null(strstr(res.line[2].text, "paling banyak 10%"));
	m.late_minutes = 0;
	m.absent[TPP_ABS_TANPA_KETERANGAN] = 22;
	r.deduction_cap_bp = 5000;
	one_month(&r, "III/a", PRED_BAIK, &m, &res);
	assert_int_equal(res.potongan, -1000000);
	assert_int_equal(res.total, 4000000);
	assert_non_null(strstr(res.line[2].text, "dibatasi 50%"));
	/* without the cap 66%: Rp 1.320.000; a deduction never passes the share */
	r.deduction_cap_bp = TPP_BP_FULL;
	one_month(&r, "III/a", PRED_BAIK, &m, &res);
	assert_int_equal(res.potongan, -1320000);
	r.absence_bp[TPP_ABS_TANPA_KETERANGAN] = TPP_BP_FULL;
	one_month(&r, "III/a", PRED_BAIK, &m, &res);
	assert_int_equal(res.potongan, -2000000);
	assert_int_equal(res.total, 3000000);
}

/* Rp 5.123.457, Baik: kinerja 3.074.074,2 -> 3.074.074; disiplin
 * 2.049.382,8 -> 2.049.383; sum 5.123.457.  To Rp 1.000 half up
 * 5.123.000 (-457), up 5.124.000 (+543); to Rp 100 down 5.123.400 (-57);
 * to Rp 10 half up 5.123.460 (+3).  Rp 5.000.500 is exactly half:
 * half up gives 5.001.000. */
static void test_rounding(void **state)
{
	(void)state;
	struct tpp_rules r;
	struct tpp_result res;
	struct tpp_month m = full_month(7);
	static const struct { int64_t unit; enum tpp_round_mode mode; int64_t total, diff; } want[] = {
		{ 1, TPP_ROUND_HALF_UP, 5123457, 0 },
		{ 1000, TPP_ROUND_HALF_UP, 5123000, -457 },
		{ 1000, TPP_ROUND_UP, 5124000, 543 },
		{ 1000, TPP_ROUND_DOWN, 5123000, -457 },
		{ 100, TPP_ROUND_DOWN, 5123400, -57 },
		{ 10, TPP_ROUND_HALF_UP, 5123460, 3 },
	};
	rules(&r);
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		r.round_unit = want[i].unit;
		r.round_mode = want[i].mode;
		one_month(&r, "III/b", PRED_BAIK, &m, &res);
		assert_int_equal(res.kinerja, 3074074);
		assert_int_equal(res.disiplin, 2049383);
		assert_int_equal(res.total, want[i].total);
		assert_int_equal(res.pembulatan, want[i].diff);
		assert_int_equal(line_sum(&res), res.total);
	}
	r.round_unit = 1000;
	r.round_mode = TPP_ROUND_HALF_UP;
	one_month(&r, "IV/a", PRED_BAIK, &m, &res);
	assert_int_equal(res.total, 5001000);
	assert_int_equal(res.pembulatan, 500);
	assert_int_equal(res.line[res.nlines - 1].kind, TPP_LINE_PEMBULATAN);
	/* each line half up from its exact value: 5.123.457 x 60% x 75% =
	 * 2.305.555,65 -> 2.305.556 */
	r.round_unit = 1;
	one_month(&r, "III/b", PRED_BUTUH_PERBAIKAN, &m, &res);
	assert_int_equal(res.kinerja, 2305556);
	assert_int_equal(tpp_round(1499, 1000, TPP_ROUND_HALF_UP), 1000);
	assert_int_equal(tpp_round(1500, 1000, TPP_ROUND_HALF_UP), 2000);
	assert_int_equal(tpp_round(2000, 1000, TPP_ROUND_UP), 2000);
	assert_int_equal(tpp_div_half_up(5, 2), 3);
	assert_int_equal(tpp_div_half_up(-5, 2), -3);
	assert_int_equal(tpp_div_half_up(7, 3), 2);
}

/* Joined mid-month: 11 of 22 days = half: 1.500.000 + 1.000.000.
 * 7 of 21 days of Rp 5.000.000 = 1.666.666,67: kinerja 1.000.000,
 * disiplin 666.666,67 -> 666.667, total 1.666.667; with 1 day tanpa
 * keterangan (3%): potongan 20.000, total 1.646.667. */
static void test_pro_rata_part_month(void **state)
{
	(void)state;
	struct tpp_rules r;
	struct tpp_result res;
	struct tpp_month m = { 2026, 7, 11, 22, { 0 }, 0 };
	rules(&r);
	one_month(&r, "III/a", PRED_BAIK, &m, &res);
	assert_int_equal(res.total, 2500000);
	assert_non_null(strstr(res.line[0].text, "11/22 hari kerja"));
	m.work_days = 7;
	m.month_days = 21;
	one_month(&r, "III/a", PRED_BAIK, &m, &res);
	assert_int_equal(res.kinerja, 1000000);
	assert_int_equal(res.disiplin, 666667);
	assert_int_equal(res.total, 1666667);
	m.absent[TPP_ABS_TANPA_KETERANGAN] = 1;
	one_month(&r, "III/a", PRED_BAIK, &m, &res);
	assert_int_equal(res.potongan, -20000);
	assert_int_equal(res.total, 1646667);
}

/* A quarter (July-September) for someone who joined in August: July has
 * no attendance and is not paid; August and September full, Baik:
 * 2 x 5.000.000. */
static void test_pro_rata_months_of_a_quarter(void **state)
{
	(void)state;
	struct tpp_rules r;
	struct tpp_result res;
	struct tpp_month aug = full_month(8), sep = full_month(9);
	struct tpp_person p = { "III/a", "", PRED_BAIK, { NULL } };
	rules(&r);
	p.month[8] = &aug;
	p.month[9] = &sep;
	tpp_compute(&r, &p, 2026, 7, 9, &res);
	assert_int_equal(res.months_paid, 2);
	assert_int_equal(res.total, 10000000);
	assert_int_equal(res.line[0].kind, TPP_LINE_INFO);
	assert_int_equal(res.line[0].month, 7);
	assert_int_equal(res.line[0].amount, 0);
	assert_non_null(strstr(res.line[0].text, "Juli 2026: tidak ada data kehadiran"));
	assert_int_equal(res.nlines, 5);
	assert_int_equal(line_sum(&res), res.total);
}

/* No base for the key: nothing paid, one note.  By position kind:
 * pelaksana Rp 3.000.000, Sangat Baik: 2.160.000 + 1.200.000. */
static void test_base_lookup(void **state)
{
	(void)state;
	struct tpp_rules r;
	struct tpp_result res;
	struct tpp_month m = full_month(7);
	rules(&r);
	one_month(&r, "II/c", PRED_BAIK, &m, &res);
	assert_int_equal(res.total, 0);
	assert_int_equal(res.base, 0);
	assert_int_equal(res.nlines, 1);
	assert_non_null(strstr(res.line[0].text, "golongan II/c"));
	r.basis = TPP_BASIS_JABATAN;
	r.nbase = 1;
	strcpy(r.base[0].key, "pelaksana");
	r.base[0].amount = 3000000;
	one_month(&r, "II/c", PRED_SANGAT_BAIK, &m, &res);
	assert_int_equal(res.kinerja, 2160000);
	assert_int_equal(res.total, 3360000);
	assert_int_equal(tpp_base_for(&r, "", "pelaksana"), 3000000);
	assert_int_equal(tpp_base_for(&r, "III/a", "fungsional"), -1);
}

static void expect_field(const struct tpp_rules *r, const char *field)
{
	struct kerr err = KERR_INIT;
	assert_int_equal(tpp_rules_check(r, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.field, field);
	assert_true(strlen(err.msg) > 0);
}

static void test_rules_check(void **state)
{
	(void)state;
	struct tpp_rules r;
	struct kerr err = KERR_INIT;
	rules(&r);
	assert_int_equal(tpp_rules_check(&r, &err), 0);
	r.share_disiplin_bp = 3000;                 /* 60 + 30 */
	expect_field(&r, "porsi_kinerja");
	rules(&r);
	r.base[0].amount = -1;
	expect_field(&r, "besaran.III/a");
	rules(&r);
	strcpy(r.base[1].key, "III/A");             /* the same golongan twice */
	expect_field(&r, "besaran.III/A");
	rules(&r);
	strcpy(r.base[1].key, "V/a");
	expect_field(&r, "besaran.V/a");
	rules(&r);
	r.nbase = 0;
	expect_field(&r, "besaran");
	rules(&r);
	r.pred_bp[PRED_KURANG] = 20001;
	expect_field(&r, "pengali_predikat.kurang");
	rules(&r);
	r.absence_bp[TPP_ABS_IZIN] = -1;
	expect_field(&r, "potongan_per_hari.izin");
	rules(&r);
	r.late_block_minutes = 0;
	expect_field(&r, "terlambat.menit_per_blok");
	rules(&r);
	r.deduction_cap_bp = 10001;
	expect_field(&r, "batas_potongan");
	rules(&r);
	r.round_unit = 500;
	expect_field(&r, "pembulatan.satuan");
	rules(&r);
	r.basis = TPP_BASIS_JABATAN;                /* golongan keys under a position basis */
	expect_field(&r, "besaran.III/a");
}

static void test_month_check(void **state)
{
	(void)state;
	char col[48], why[160];
	struct tpp_month m = full_month(7);
	assert_int_equal(tpp_month_check(&m, col, sizeof col, why, sizeof why), 0);
	m.absent[TPP_ABS_SAKIT] = 20;
	m.absent[TPP_ABS_IZIN] = 3;                 /* 23 absences in 22 working days */
	assert_int_equal(tpp_month_check(&m, col, sizeof col, why, sizeof why), -1);
	assert_string_equal(col, "sakit");
	assert_non_null(strstr(why, "lebih banyak dari hari kerja"));
	m = full_month(7);
	m.work_days = 23;
	assert_int_equal(tpp_month_check(&m, col, sizeof col, why, sizeof why), -1);
	assert_string_equal(col, "hari_kerja");
	m = full_month(13);
	assert_int_equal(tpp_month_check(&m, col, sizeof col, why, sizeof why), -1);
	assert_string_equal(col, "bulan");
	m = full_month(7);
	m.late_minutes = 22 * 24 * 60 + 1;
	assert_int_equal(tpp_month_check(&m, col, sizeof col, why, sizeof why), -1);
	assert_string_equal(col, "terlambat_menit");
}

/* NIP 199001152015011001 is employee 7; ...002 is outside the scope. */
static int64_t lookup(void *ctx, const char *nip)
{
	(void)ctx;
	if (!strcmp(nip, "199001152015011001"))
		return 7;
	if (!strcmp(nip, "199001152015011002"))
		return -1;
	return 0;
}

static int has_issue(const struct csv_report *rep, size_t line, const char *column)
{
	for (size_t i = 0; i < rep->n; i++)
		if (rep->items[i].line == line && !strcmp(rep->items[i].column, column))
			return 1;
	return 0;
}

static void test_attendance_csv(void **state)
{
	(void)state;
	static const char good[] = "nip;tahun;bulan;hari_kerja;hari_kerja_bulan;tanpa_keterangan;"
				   "terlambat_menit\r\n19900115 201501 1 001;2026;7;20;22;1;45\r\n"
				   "199001152015011001;2026;8;21;;0;0\r\n";
	static const char bad[] = "nip,tahun,bulan,hari_kerja,sakit\n"
				  "199001152015011009,2026,7,22,0\n"      /* unknown NIP */
				  "199001152015011002,2026,7,22,0\n"      /* outside the scope */
				  "199001152015011001,2026,7,20,21\n"     /* more absences than days */
				  "199001152015011001,2026,7,-3,0\n"      /* not a whole number */
				  "199001152015011001,2026,8,22,0\n"
				  "199001152015011001,2026,8,22,0\n";     /* the same month again */
	struct tpp_nip_lookup lk = { NULL, lookup };
	struct csv_table t = CSV_TABLE_INIT;
	struct csv_report rep;
	struct tpp_attendance_row *rows = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;

	assert_int_equal(csv_table_parse(good, sizeof good - 1, 0, &t, &err), 0);
	assert_int_equal(tpp_attendance_csv_check(&t, &lk, &rep, &rows, &n), 0);
	assert_int_equal(n, 2);
	assert_int_equal(rows[0].employee_id, 7);
	assert_int_equal(rows[0].m.work_days, 20);
	assert_int_equal(rows[0].m.month_days, 22);
	assert_int_equal(rows[0].m.absent[TPP_ABS_TANPA_KETERANGAN], 1);
	assert_int_equal(rows[0].m.late_minutes, 45);
	assert_int_equal(rows[1].m.month_days, 21);   /* empty: equal to hari_kerja */
	free(rows);
	csv_report_release(&rep);
	csv_table_release(&t);

	assert_int_equal(csv_table_parse(bad, sizeof bad - 1, 0, &t, &err), 0);
	assert_int_equal(tpp_attendance_csv_check(&t, &lk, &rep, &rows, &n), 5);
	assert_null(rows);
	assert_true(has_issue(&rep, 2, "nip"));
	assert_true(has_issue(&rep, 3, "nip"));
	assert_true(has_issue(&rep, 4, "sakit"));
	assert_true(has_issue(&rep, 5, "hari_kerja"));
	assert_true(has_issue(&rep, 7, "nip"));
	assert_false(has_issue(&rep, 6, "nip"));
	csv_report_release(&rep);
	csv_table_release(&t);
}

static void test_formatting_and_parsing(void **state)
{
	(void)state;
	char s[40];
	int64_t v = 0;
	tpp_rupiah(s, sizeof s, 1234500);
	assert_string_equal(s, "Rp 1.234.500");
	tpp_rupiah(s, sizeof s, -457);
	assert_string_equal(s, "-Rp 457");
	tpp_rupiah(s, sizeof s, 0);
	assert_string_equal(s, "Rp 0");
	tpp_pct(s, sizeof s, 6000);
	assert_string_equal(s, "60%");
	tpp_pct(s, sizeof s, 250);
	assert_string_equal(s, "2,5%");
	tpp_pct(s, sizeof s, 25);
	assert_string_equal(s, "0,25%");
	assert_int_equal(tpp_pct_parse("2,5", &v), 0);
	assert_int_equal(v, 250);
	assert_int_equal(tpp_pct_parse("0.25", &v), 0);
	assert_int_equal(v, 25);
	assert_int_equal(tpp_pct_parse("60 %", &v), 0);
	assert_int_equal(v, 6000);
	assert_int_equal(tpp_pct_parse("1.250", &v), 0);
	assert_int_equal(v, 125);
	assert_int_equal(tpp_pct_parse("-1", &v), -1);
	assert_int_equal(tpp_pct_parse("1.234", &v), -1);
	assert_int_equal(tpp_pct_parse("", &v), -1);
	assert_int_equal(tpp_amount_parse("5.000.000", &v), 0);
	assert_int_equal(v, 5000000);
	assert_int_equal(tpp_amount_parse("Rp 1.500", &v), 0);
	assert_int_equal(v, 1500);
	assert_int_equal(tpp_amount_parse("-5", &v), -1);
	assert_int_equal(tpp_amount_parse("5,5", &v), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_predicate),
		cmocka_unit_test(test_deductions_by_kind),
		cmocka_unit_test(test_deduction_caps),
		cmocka_unit_test(test_rounding),
		cmocka_unit_test(test_pro_rata_part_month),
		cmocka_unit_test(test_pro_rata_months_of_a_quarter),
		cmocka_unit_test(test_base_lookup),
		cmocka_unit_test(test_rules_check),
		cmocka_unit_test(test_month_check),
		cmocka_unit_test(test_attendance_csv),
		cmocka_unit_test(test_formatting_and_parsing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
