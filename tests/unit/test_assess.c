/*
 * test_assess.c - unit tests for the assessment rules (domain/assess.h):
 * the achievement of an indicator and its capped mean, the names of the
 * ratings, predicates, unit predicates and rater groups, the predicate
 * matrix, the distribution curve of each unit predicate at its edges, and
 * the 360-degree aggregate with its anonymity threshold.  Every expected
 * figure is worked out by hand in the comments.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "domain/assess.h"

/* ---- achievement ------------------------------------------------------------------- */

/* achievement_pct that must succeed; returns the percentage. */
static double pct_ok(double r, double lo, double hi, const char *dir)
{
	struct kerr err = KERR_INIT;
	double pct = -1;
	assert_int_equal(achievement_pct(r, lo, hi, dir, &pct, &err), 0);
	assert_int_equal(err.code, KERR_OK);
	return pct;
}

/* achievement_pct that must be refused, leaving *pct alone. */
static void pct_refused(double r, double lo, double hi, const char *dir)
{
	struct kerr err = KERR_INIT;
	double pct = -7;
	assert_int_equal(achievement_pct(r, lo, hi, dir, &pct, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.field, "realisasi");
	assert_true(err.msg[0] != '\0');
	assert_true(pct == -7);
}

static void test_naik_is_realisasi_over_target(void **state)
{
	(void)state;
	assert_float_equal(pct_ok(80, 100, 100, "naik"), 80.0, 1e-9);    /* 80/100 */
	assert_float_equal(pct_ok(12, 10, 10, "naik"), 120.0, 1e-9);     /* 12/10 */
	assert_float_equal(pct_ok(10, 10, 10, "naik"), 100.0, 1e-9);
	assert_float_equal(pct_ok(0, 4, 4, "naik"), 0.0, 1e-9);
	assert_float_equal(pct_ok(1, 3, 3, "naik"), 100.0 / 3, 1e-9);
}

static void test_turun_is_two_minus_ratio(void **state)
{
	(void)state;
	assert_float_equal(pct_ok(8, 10, 10, "turun"), 120.0, 1e-9);     /* (2-0.8) */
	assert_float_equal(pct_ok(12, 10, 10, "turun"), 80.0, 1e-9);     /* (2-1.2) */
	assert_float_equal(pct_ok(10, 10, 10, "turun"), 100.0, 1e-9);
	assert_float_equal(pct_ok(0, 10, 10, "turun"), 200.0, 1e-9);     /* (2-0) */
}

static void test_turun_never_below_zero(void **state)
{
	(void)state;
	assert_float_equal(pct_ok(20, 10, 10, "turun"), 0.0, 1e-9);      /* exactly 2x */
	assert_float_equal(pct_ok(30, 10, 10, "turun"), 0.0, 1e-9);      /* would be -100 */
	assert_float_equal(pct_ok(19, 10, 10, "turun"), 10.0, 1e-9);
}

static void test_range_naik_uses_the_bound_it_crosses(void **state)
{
	(void)state;
	/* target 80-90 */
	assert_float_equal(pct_ok(60, 80, 90, "naik"), 75.0, 1e-9);      /* 60/80 */
	assert_float_equal(pct_ok(80, 80, 90, "naik"), 100.0, 1e-9);     /* lower edge */
	assert_float_equal(pct_ok(85, 80, 90, "naik"), 100.0, 1e-9);     /* inside */
	assert_float_equal(pct_ok(90, 80, 90, "naik"), 100.0, 1e-9);     /* upper edge */
	assert_float_equal(pct_ok(99, 80, 90, "naik"), 110.0, 1e-9);     /* 99/90 */
}

static void test_range_turun_uses_the_bound_it_crosses(void **state)
{
	(void)state;
	/* target 4-5 days */
	assert_float_equal(pct_ok(3, 4, 5, "turun"), 125.0, 1e-9);       /* (2-3/4) */
	assert_float_equal(pct_ok(4, 4, 5, "turun"), 100.0, 1e-9);
	assert_float_equal(pct_ok(4.5, 4, 5, "turun"), 100.0, 1e-9);
	assert_float_equal(pct_ok(5, 4, 5, "turun"), 100.0, 1e-9);
	assert_float_equal(pct_ok(6, 4, 5, "turun"), 80.0, 1e-9);        /* (2-6/5) */
}

static void test_zero_target(void **state)
{
	(void)state;
	assert_float_equal(pct_ok(0, 0, 0, "naik"), 100.0, 1e-9);
	assert_float_equal(pct_ok(5, 0, 0, "naik"), 100.0, 1e-9);
	assert_float_equal(pct_ok(0, 0, 0, "turun"), 100.0, 1e-9);       /* zero complaints */
	assert_float_equal(pct_ok(1, 0, 0, "turun"), 0.0, 1e-9);
	/* range 0-2: inside is 100, above compares with 2 */
	assert_float_equal(pct_ok(0, 0, 2, "turun"), 100.0, 1e-9);
	assert_float_equal(pct_ok(3, 0, 2, "turun"), 50.0, 1e-9);        /* (2-1.5) */
}

static void test_refuses_bad_input(void **state)
{
	(void)state;
	pct_refused(-1, 10, 10, "naik");
	pct_refused(5, -1, 10, "naik");
	pct_refused(5, 10, -1, "naik");
	pct_refused(5, 10, 9, "naik");                                    /* lo > hi */
	pct_refused(NAN, 10, 10, "naik");
	pct_refused(5, NAN, 10, "naik");
	pct_refused(5, 10, INFINITY, "naik");
	pct_refused(INFINITY, 10, 10, "turun");
	pct_refused(5, 10, 10, "tetap");
	pct_refused(5, 10, 10, "Naik");
	pct_refused(5, 10, 10, "");
	pct_refused(5, 10, 10, NULL);
}

static void test_refusal_keeps_the_first_error(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	double pct;
	assert_int_equal(achievement_pct(-1, 1, 1, "naik", &pct, &err), -1);
	char first[sizeof err.msg];
	memcpy(first, err.msg, sizeof first);
	assert_int_equal(achievement_pct(1, 1, 1, "x", &pct, &err), -1);
	assert_string_equal(err.msg, first);
}

static void test_mean_caps_each_value(void **state)
{
	(void)state;
	double mean = -1;
	const double a[] = { 80, 100, 200 };  /* 200 counts as 120: (80+100+120)/3 */
	assert_int_equal(achievement_mean(a, 3, &mean), 0);
	assert_float_equal(mean, 100.0, 1e-9);
	const double b[] = { 90, 120 };       /* exactly at the cap */
	assert_int_equal(achievement_mean(b, 2, &mean), 0);
	assert_float_equal(mean, 105.0, 1e-9);
	const double c[] = { 75 };
	assert_int_equal(achievement_mean(c, 1, &mean), 0);
	assert_float_equal(mean, 75.0, 1e-9);
}

static void test_mean_of_nothing_is_refused(void **state)
{
	(void)state;
	double mean = -7;
	assert_int_equal(achievement_mean(NULL, 0, &mean), -1);
	assert_true(mean == -7);
}

/* ---- names ---------------------------------------------------------------------------- */

static void test_rating_names(void **state)
{
	(void)state;
	static const char *const names[] = { "di_bawah", "sesuai", "di_atas" };
	static const char *const labels[] = { "Di Bawah Ekspektasi", "Sesuai Ekspektasi",
					      "Di Atas Ekspektasi" };
	for (int i = 0; i < RATING__LEVELS; i++) {
		enum rating r = RATING__LEVELS;
		assert_string_equal(rating_name((enum rating)i), names[i]);
		assert_string_equal(rating_label((enum rating)i), labels[i]);
		assert_int_equal(rating_parse(names[i], &r), 0);
		assert_int_equal(r, i);
	}
	enum rating r = RATING_SESUAI;
	assert_int_equal(rating_parse("Sesuai", &r), -1);
	assert_int_equal(rating_parse("", &r), -1);
	assert_int_equal(rating_parse(NULL, &r), -1);
	assert_int_equal(r, RATING_SESUAI);
	assert_string_equal(rating_name(RATING__LEVELS), "?");
	assert_string_equal(rating_label((enum rating)-1), "?");
}

static void test_predicate_names(void **state)
{
	(void)state;
	static const char *const names[] = { "sangat_kurang", "kurang", "butuh_perbaikan", "baik",
					      "sangat_baik" };
	static const char *const labels[] = { "Sangat Kurang", "Kurang/Misconduct",
					      "Butuh Perbaikan", "Baik", "Sangat Baik" };
	for (int i = 0; i < PRED__COUNT; i++) {
		enum predicate p = PRED__COUNT;
		assert_string_equal(predicate_name((enum predicate)i), names[i]);
		assert_string_equal(predicate_label((enum predicate)i), labels[i]);
		assert_int_equal(predicate_parse(names[i], &p), 0);
		assert_int_equal(p, i);
	}
	enum predicate p = PRED_BAIK;
	assert_int_equal(predicate_parse("misconduct", &p), -1);
	assert_int_equal(predicate_parse("Baik", &p), -1);
	assert_int_equal(predicate_parse(NULL, &p), -1);
	assert_int_equal(p, PRED_BAIK);
	assert_string_equal(predicate_name(PRED__COUNT), "?");
	assert_string_equal(predicate_label(PRED__COUNT), "?");
}

static void test_unit_predicate_names(void **state)
{
	(void)state;
	static const char *const names[] = { "istimewa", "baik", "butuh_perbaikan", "kurang",
					      "sangat_kurang" };
	static const char *const labels[] = { "Istimewa", "Baik", "Butuh Perbaikan", "Kurang",
					      "Sangat Kurang" };
	for (int i = 0; i < UNIT_PRED__COUNT; i++) {
		enum unit_predicate u = UNIT_PRED__COUNT;
		assert_string_equal(unit_predicate_name((enum unit_predicate)i), names[i]);
		assert_string_equal(unit_predicate_label((enum unit_predicate)i), labels[i]);
		assert_int_equal(unit_predicate_parse(names[i], &u), 0);
		assert_int_equal(u, i);
	}
	enum unit_predicate u = UNIT_BAIK;
	assert_int_equal(unit_predicate_parse("sangat_baik", &u), -1);
	assert_int_equal(unit_predicate_parse(NULL, &u), -1);
	assert_int_equal(u, UNIT_BAIK);
	assert_string_equal(unit_predicate_name(UNIT_PRED__COUNT), "?");
	assert_string_equal(unit_predicate_label(UNIT_PRED__COUNT), "?");
}

static void test_rater_group_names(void **state)
{
	(void)state;
	static const char *const names[] = { "atasan", "rekan", "bawahan", "diri" };
	static const char *const labels[] = { "Atasan", "Rekan kerja", "Bawahan",
					      "Diri sendiri" };
	for (int i = 0; i < RATER__GROUPS; i++) {
		enum rater_group g = RATER__GROUPS;
		assert_string_equal(rater_group_name((enum rater_group)i), names[i]);
		assert_string_equal(rater_group_label((enum rater_group)i), labels[i]);
		assert_int_equal(rater_group_parse(names[i], &g), 0);
		assert_int_equal(g, i);
	}
	enum rater_group g = RATER_REKAN;
	assert_int_equal(rater_group_parse("Atasan", &g), -1);
	assert_int_equal(rater_group_parse("rekan kerja", &g), -1);
	assert_int_equal(rater_group_parse(NULL, &g), -1);
	assert_int_equal(g, RATER_REKAN);
	assert_string_equal(rater_group_name(RATER__GROUPS), "?");
	assert_string_equal(rater_group_label(RATER__GROUPS), "?");
}

/* ---- the predicate matrix ------------------------------------------------------------- */

static void test_predicate_matrix_all_nine_cells(void **state)
{
	(void)state;
	/* hasil kerja, perilaku kerja -> predicate, row by row as in the regulation */
	assert_int_equal(predicate_of(RATING_DI_ATAS, RATING_DI_BAWAH), PRED_KURANG);
	assert_int_equal(predicate_of(RATING_DI_ATAS, RATING_SESUAI), PRED_BAIK);
	assert_int_equal(predicate_of(RATING_DI_ATAS, RATING_DI_ATAS), PRED_SANGAT_BAIK);
	assert_int_equal(predicate_of(RATING_SESUAI, RATING_DI_BAWAH), PRED_KURANG);
	assert_int_equal(predicate_of(RATING_SESUAI, RATING_SESUAI), PRED_BAIK);
	assert_int_equal(predicate_of(RATING_SESUAI, RATING_DI_ATAS), PRED_BAIK);
	assert_int_equal(predicate_of(RATING_DI_BAWAH, RATING_DI_BAWAH), PRED_SANGAT_KURANG);
	assert_int_equal(predicate_of(RATING_DI_BAWAH, RATING_SESUAI), PRED_BUTUH_PERBAIKAN);
	assert_int_equal(predicate_of(RATING_DI_BAWAH, RATING_DI_ATAS), PRED_BUTUH_PERBAIKAN);
}

static void test_predicate_of_unknown_rating(void **state)
{
	(void)state;
	assert_int_equal(predicate_of(RATING__LEVELS, RATING_SESUAI), PRED__COUNT);
	assert_int_equal(predicate_of(RATING_SESUAI, (enum rating)-1), PRED__COUNT);
}

/* ---- the distribution curve ------------------------------------------------------------ */

/* The counts of a unit, in enum predicate order (SK, K, BP, B, SB). */
#define COUNTS(sk, k, bp, b, sb) ((const int[PRED__COUNT]){ sk, k, bp, b, sb })

static size_t check(enum unit_predicate up, const int count[PRED__COUNT],
		    struct curve_deviation out[CURVE_MAX_DEVIATIONS])
{
	memset(out, 0x55, CURVE_MAX_DEVIATIONS * sizeof out[0]);
	return curve_check(up, count, out);
}

static void test_curve_rules_as_data(void **state)
{
	(void)state;
	static const size_t want[UNIT_PRED__COUNT] = { 1, 2, 2, 3, 3 };
	for (int u = 0; u < UNIT_PRED__COUNT; u++) {
		size_t n = 99;
		const struct curve_rule *r = curve_rules((enum unit_predicate)u, &n);
		assert_int_equal(n, want[u]);
		for (size_t i = 0; i < n; i++)
			assert_true(r[i].preds != 0 && r[i].text && r[i].text[0]);
	}
	size_t n = 99;
	assert_null(curve_rules(UNIT_PRED__COUNT, &n));
	assert_int_equal(n, 0);
	const struct curve_rule *r = curve_rules(UNIT_ISTIMEWA, &n);
	assert_int_equal(r[0].preds, 1u << PRED_SANGAT_BAIK);
	assert_int_equal(r[0].bound, CURVE_MAX_PCT);
	assert_int_equal(r[0].value, 70);
	assert_string_equal(r[0].text, "paling banyak 70% Sangat Baik");
}

static void test_curve_istimewa_at_most_70_pct_sangat_baik(void **state)
{
	(void)state;
	struct curve_deviation d[CURVE_MAX_DEVIATIONS];
	assert_int_equal(check(UNIT_ISTIMEWA, COUNTS(0, 0, 0, 3, 7), d), 0);   /* 70% */
	assert_int_equal(check(UNIT_ISTIMEWA, COUNTS(0, 0, 0, 2, 8), d), 1);   /* 80% */
	assert_int_equal(d[0].rule->preds, 1u << PRED_SANGAT_BAIK);
	assert_int_equal(d[0].count, 8);
	assert_int_equal(d[0].total, 10);
	assert_string_equal(d[0].message, "Sangat Baik 8 dari 10 (80%), paling banyak 70%");
	/* the rest may be anything, even all Sangat Kurang */
	assert_int_equal(check(UNIT_ISTIMEWA, COUNTS(10, 0, 0, 0, 0), d), 0);
}

static void test_curve_percent_shown_never_reads_as_the_limit(void **state)
{
	(void)state;
	struct curve_deviation d[CURVE_MAX_DEVIATIONS];
	/* 19 of 27 is 70.37%: broken; shown rounded up so it does not read "70%" */
	assert_int_equal(check(UNIT_ISTIMEWA, COUNTS(0, 0, 0, 8, 19), d), 1);
	assert_string_equal(d[0].message, "Sangat Baik 19 dari 27 (71%), paling banyak 70%");
	/* 7 of 10 under Istimewa passes exactly; 70 of 100 too */
	assert_int_equal(check(UNIT_ISTIMEWA, COUNTS(0, 0, 0, 30, 70), d), 0);
	assert_int_equal(check(UNIT_ISTIMEWA, COUNTS(0, 0, 0, 29, 71), d), 1);
}

static void test_curve_baik(void **state)
{
	(void)state;
	struct curve_deviation d[CURVE_MAX_DEVIATIONS];
	/* 7 of 10 Baik, one Butuh Perbaikan: passes */
	assert_int_equal(check(UNIT_BAIK, COUNTS(0, 0, 1, 7, 2), d), 0);
	/* one Kurang/Misconduct instead also passes */
	assert_int_equal(check(UNIT_BAIK, COUNTS(0, 1, 0, 7, 2), d), 0);
	/* 8 of 10 Baik: the 70% rule */
	assert_int_equal(check(UNIT_BAIK, COUNTS(0, 0, 1, 8, 1), d), 1);
	assert_string_equal(d[0].message, "Baik 8 dari 10 (80%), paling banyak 70%");
	/* no Butuh Perbaikan or Kurang: the min-count rule */
	assert_int_equal(check(UNIT_BAIK, COUNTS(1, 0, 0, 7, 2), d), 1);
	assert_int_equal(d[0].rule->bound, CURVE_MIN_COUNT);
	assert_int_equal(d[0].count, 0);
	assert_string_equal(d[0].message, "Butuh Perbaikan dan/atau Kurang/Misconduct 0 dari 10 "
					  "(0%), paling sedikit 1 orang");
	/* both at once, in rule order */
	assert_int_equal(check(UNIT_BAIK, COUNTS(0, 0, 0, 10, 0), d), 2);
	assert_int_equal(d[0].rule->bound, CURVE_MAX_PCT);
	assert_int_equal(d[1].rule->bound, CURVE_MIN_COUNT);
}

static void test_curve_butuh_perbaikan(void **state)
{
	(void)state;
	struct curve_deviation d[CURVE_MAX_DEVIATIONS];
	/* 6 of 10 BP, 1 of 10 SB: both exactly at the limit */
	assert_int_equal(check(UNIT_BUTUH_PERBAIKAN, COUNTS(1, 1, 6, 1, 1), d), 0);
	/* 5 of 10 BP */
	assert_int_equal(check(UNIT_BUTUH_PERBAIKAN, COUNTS(1, 1, 5, 2, 1), d), 1);
	assert_string_equal(d[0].message,
			    "Butuh Perbaikan 5 dari 10 (50%), paling sedikit 60%");
	/* 2 of 10 SB */
	assert_int_equal(check(UNIT_BUTUH_PERBAIKAN, COUNTS(0, 1, 6, 1, 2), d), 1);
	assert_string_equal(d[0].message, "Sangat Baik 2 dari 10 (20%), paling banyak 10%");
	/* 3 of 5 BP is 60%: passes; 1 of 5 SB is 20%: fails */
	assert_int_equal(check(UNIT_BUTUH_PERBAIKAN, COUNTS(0, 0, 3, 1, 1), d), 1);
	assert_int_equal(d[0].rule->preds, 1u << PRED_SANGAT_BAIK);
}

static void test_curve_kurang(void **state)
{
	(void)state;
	struct curve_deviation d[CURVE_MAX_DEVIATIONS];
	/* 6 K, 1 BP, 1 SB of 10: all at the limit */
	assert_int_equal(check(UNIT_KURANG, COUNTS(1, 6, 1, 1, 1), d), 0);
	/* 5 K, 0 BP, 2 SB of 10: all three broken */
	assert_int_equal(check(UNIT_KURANG, COUNTS(2, 5, 0, 1, 2), d), 3);
	assert_string_equal(d[0].message,
			    "Kurang/Misconduct 5 dari 10 (50%), paling sedikit 60%");
	assert_string_equal(d[1].message, "Butuh Perbaikan 0 dari 10 (0%), paling sedikit 10%");
	assert_string_equal(d[2].message, "Sangat Baik 2 dari 10 (20%), paling banyak 10%");
	/* 19 of 20 Kurang/Misconduct but no Butuh Perbaikan: 0% < 10% */
	assert_int_equal(check(UNIT_KURANG, COUNTS(0, 19, 0, 1, 0), d), 1);
	assert_int_equal(d[0].rule->preds, 1u << PRED_BUTUH_PERBAIKAN);
	/* 13 K, 2 BP of 20 = 65%, 10%: passes */
	assert_int_equal(check(UNIT_KURANG, COUNTS(5, 13, 2, 0, 0), d), 0);
}

static void test_curve_sangat_kurang(void **state)
{
	(void)state;
	struct curve_deviation d[CURVE_MAX_DEVIATIONS];
	/* 6 SK, 1 K of 10: passes; so does 6 SK, 1 BP */
	assert_int_equal(check(UNIT_SANGAT_KURANG, COUNTS(6, 1, 0, 3, 0), d), 0);
	assert_int_equal(check(UNIT_SANGAT_KURANG, COUNTS(6, 0, 1, 3, 0), d), 0);
	/* 5 SK: broken */
	assert_int_equal(check(UNIT_SANGAT_KURANG, COUNTS(5, 1, 0, 4, 0), d), 1);
	assert_string_equal(d[0].message, "Sangat Kurang 5 dari 10 (50%), paling sedikit 60%");
	/* no K and no BP */
	assert_int_equal(check(UNIT_SANGAT_KURANG, COUNTS(7, 0, 0, 3, 0), d), 1);
	assert_string_equal(d[0].message, "Butuh Perbaikan dan/atau Kurang/Misconduct 0 dari 10 "
					  "(0%), paling sedikit 10%");
	/* max 0%: a single Sangat Baik of 20 is too many */
	assert_int_equal(check(UNIT_SANGAT_KURANG, COUNTS(16, 2, 1, 0, 1), d), 1);
	assert_int_equal(d[0].rule->value, 0);
	assert_string_equal(d[0].message, "Sangat Baik 1 dari 20 (5%), tidak boleh ada");
}

static void test_curve_empty_unit_breaks_nothing(void **state)
{
	(void)state;
	struct curve_deviation d[CURVE_MAX_DEVIATIONS];
	for (int u = 0; u < UNIT_PRED__COUNT; u++)
		assert_int_equal(check((enum unit_predicate)u, COUNTS(0, 0, 0, 0, 0), d), 0);
	assert_int_equal(check(UNIT_PRED__COUNT, COUNTS(1, 1, 1, 1, 1), d), 0);
}

/* ---- 360-degree feedback -------------------------------------------------------------- */

static void test_scale_levels(void **state)
{
	(void)state;
	static const enum rating want3[] = { RATING_DI_BAWAH, RATING_SESUAI, RATING_DI_ATAS };
	static const enum rating want5[] = { RATING_DI_BAWAH, RATING_DI_BAWAH, RATING_SESUAI,
					     RATING_DI_ATAS, RATING_DI_ATAS };
	assert_int_equal(scale360_max(SCALE_3), 3);
	assert_int_equal(scale360_max(SCALE_5), 5);
	for (int s = 1; s <= 5; s++) {
		struct kerr err = KERR_INIT;
		enum rating r = RATING__LEVELS;
		assert_int_equal(scale360_level(SCALE_5, s, &r, &err), 0);
		assert_int_equal(r, want5[s - 1]);
		if (s > 3)
			continue;
		assert_int_equal(scale360_level(SCALE_3, s, &r, &err), 0);
		assert_int_equal(r, want3[s - 1]);
	}
}

static void test_scale_refuses_scores_outside(void **state)
{
	(void)state;
	const struct { enum scale360 s; int score; } bad[] = {
		{ SCALE_3, 0 }, { SCALE_3, 4 }, { SCALE_3, -1 }, { SCALE_5, 0 }, { SCALE_5, 6 },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct kerr err = KERR_INIT;
		enum rating r = RATING__LEVELS;
		assert_int_equal(scale360_level(bad[i].s, bad[i].score, &r, &err), -1);
		assert_int_equal(err.code, KERR_INVALID);
		assert_string_equal(err.field, "skor");
		assert_true(err.msg[0] != '\0');
		assert_int_equal(r, RATING__LEVELS);
	}
}

static void test_score360_check_names_the_value(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	assert_int_equal(score360_check(0, 3, SCALE_3, &err), 0);
	assert_int_equal(score360_check(6, 5, SCALE_5, &err), 0);
	assert_false(kerr_is_set(&err));
	assert_int_equal(score360_check(2, 0, SCALE_3, &err), -1);
	assert_string_equal(err.field, "nilai.kompeten");
	assert_string_equal(err.msg, "Nilai Kompeten wajib diisi");
	kerr_clear(&err);
	assert_int_equal(score360_check(0, 4, SCALE_3, &err), -1);
	assert_string_equal(err.field, "nilai.berorientasi_pelayanan");
	assert_string_equal(err.msg, "Nilai Berorientasi Pelayanan harus 1 sampai 3, bukan 4");
	kerr_clear(&err);
	assert_int_equal(score360_check(6, 6, SCALE_5, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.msg, "Nilai Kolaboratif harus 1 sampai 5, bukan 6");
}

static void test_anonymity_threshold_never_below_three(void **state)
{
	(void)state;
	assert_int_equal(anonymity_threshold(-5), 3);
	assert_int_equal(anonymity_threshold(0), 3);
	assert_int_equal(anonymity_threshold(2), 3);
	assert_int_equal(anonymity_threshold(3), 3);
	assert_int_equal(anonymity_threshold(5), 5);
}

/* An answer of `group` scoring every value `s`. */
static struct answer360 all(enum rater_group group, int s)
{
	struct answer360 a = { .group = group };
	for (int v = 0; v < VALUES_360; v++)
		a.score[v] = s;
	return a;
}

/* Asserts that a group holds nothing but its answer count. */
static void assert_hidden(const struct aggregate360 *g, int answers)
{
	struct aggregate360 zero;
	memset(&zero, 0, sizeof zero);
	zero.answers = answers;
	assert_int_equal(g->answers, answers);
	assert_int_equal(g->shown, 0);
	assert_memory_equal(g, &zero, sizeof zero);
}

static void test_two_peers_are_hidden(void **state)
{
	(void)state;
	struct answer360 a[] = { all(RATER_REKAN, 3), all(RATER_REKAN, 1) };
	struct aggregate360 out[RATER__GROUPS];
	memset(out, 0x55, sizeof out);
	aggregate360(a, 2, SCALE_3, 3, out);
	assert_hidden(&out[RATER_REKAN], 2);
	assert_hidden(&out[RATER_ATASAN], 0);
	assert_hidden(&out[RATER_BAWAHAN], 0);
}

static void test_three_peers_are_shown(void **state)
{
	(void)state;
	struct answer360 a[] = { all(RATER_REKAN, 3), all(RATER_REKAN, 1), all(RATER_REKAN, 3) };
	struct aggregate360 out[RATER__GROUPS];
	aggregate360(a, 3, SCALE_3, 3, out);
	const struct aggregate360 *g = &out[RATER_REKAN];
	assert_int_equal(g->answers, 3);
	assert_int_equal(g->shown, 1);
	for (int v = 0; v < VALUES_360; v++) {
		assert_int_equal(g->n[v], 3);
		assert_float_equal(g->mean[v], 7.0 / 3, 1e-12);       /* (3+1+3)/3 */
		assert_int_equal(g->levels[v][RATING_DI_BAWAH], 1);
		assert_int_equal(g->levels[v][RATING_SESUAI], 0);
		assert_int_equal(g->levels[v][RATING_DI_ATAS], 2);
	}
}

static void test_configured_two_still_needs_three(void **state)
{
	(void)state;
	struct answer360 a[] = { all(RATER_BAWAHAN, 2), all(RATER_BAWAHAN, 2) };
	struct aggregate360 out[RATER__GROUPS];
	aggregate360(a, 2, SCALE_3, 2, out);
	assert_hidden(&out[RATER_BAWAHAN], 2);
}

static void test_configured_five_is_respected(void **state)
{
	(void)state;
	struct answer360 a[5];
	for (int i = 0; i < 5; i++)
		a[i] = all(RATER_BAWAHAN, 2);
	struct aggregate360 out[RATER__GROUPS];
	aggregate360(a, 4, SCALE_3, 5, out);
	assert_hidden(&out[RATER_BAWAHAN], 4);
	aggregate360(a, 5, SCALE_3, 5, out);
	assert_int_equal(out[RATER_BAWAHAN].shown, 1);
	assert_int_equal(out[RATER_BAWAHAN].n[0], 5);
	assert_float_equal(out[RATER_BAWAHAN].mean[0], 2.0, 1e-12);
	assert_int_equal(out[RATER_BAWAHAN].levels[0][RATING_SESUAI], 5);
}

static void test_self_is_always_shown(void **state)
{
	(void)state;
	struct answer360 a[] = { all(RATER_DIRI, 3), all(RATER_ATASAN, 2) };
	struct aggregate360 out[RATER__GROUPS];
	aggregate360(a, 2, SCALE_3, 5, out);
	assert_int_equal(out[RATER_DIRI].answers, 1);
	assert_int_equal(out[RATER_DIRI].shown, 1);
	assert_int_equal(out[RATER_DIRI].n[6], 1);
	assert_float_equal(out[RATER_DIRI].mean[6], 3.0, 1e-12);
	assert_int_equal(out[RATER_DIRI].levels[6][RATING_DI_ATAS], 1);
	/* the single superior's answer is under the threshold like any group */
	assert_hidden(&out[RATER_ATASAN], 1);
}

static void test_blank_and_out_of_scale_scores_are_skipped(void **state)
{
	(void)state;
	struct answer360 a[] = {
		{ RATER_REKAN, { 0, 1, 4, 3, 0, 2, 2 } },
		{ RATER_REKAN, { 0, 3, -1, 3, 0, 2, 9 } },
		{ RATER_REKAN, { 0, 2, 3, 3, 1, 2, 3 } },
	};
	struct aggregate360 out[RATER__GROUPS];
	aggregate360(a, 3, SCALE_3, 3, out);
	const struct aggregate360 *g = &out[RATER_REKAN];
	assert_int_equal(g->answers, 3);          /* blank answers still count as answers */
	assert_int_equal(g->shown, 1);
	/* values 2, 4 and 6 were scored by fewer than 3 people: left blank,
	 * or one person's score would show */
	static const int n[] = { 0, 3, 0, 3, 0, 3, 0 };
	static const double mean[] = { 0, 2, 0, 3, 0, 2, 0 };
	for (int v = 0; v < VALUES_360; v++) {
		assert_int_equal(g->n[v], n[v]);
		assert_float_equal(g->mean[v], mean[v], 1e-12);
		int sum = 0;
		for (int l = 0; l < RATING__LEVELS; l++)
			sum += g->levels[v][l];
		assert_int_equal(sum, n[v]);
	}
	assert_int_equal(g->levels[0][RATING_DI_BAWAH], 0);
	assert_int_equal(g->levels[1][RATING_DI_BAWAH], 1);
	assert_int_equal(g->levels[1][RATING_SESUAI], 1);
	assert_int_equal(g->levels[1][RATING_DI_ATAS], 1);
	assert_int_equal(g->levels[2][RATING_DI_ATAS], 0);     /* 4 and -1 skipped, 1 left: blank */
	assert_int_equal(g->levels[6][RATING_SESUAI], 0);      /* 9 skipped, 2 left: blank */

	/* the self-assessment is one person's own: its values always show */
	for (size_t i = 0; i < 3; i++)
		a[i].group = RATER_DIRI;
	aggregate360(a, 1, SCALE_3, 3, out);
	assert_int_equal(out[RATER_DIRI].n[2], 0);              /* 4 is off the scale */
	assert_int_equal(out[RATER_DIRI].n[6], 1);
	assert_float_equal(out[RATER_DIRI].mean[6], 2, 1e-12);
}

static void test_five_point_scale_maps_onto_levels(void **state)
{
	(void)state;
	struct answer360 a[] = {
		{ RATER_ATASAN, { 1, 5, 6, 0, 0, 0, 0 } },
		{ RATER_ATASAN, { 2, 4, 5, 0, 0, 0, 0 } },
		{ RATER_ATASAN, { 3, 3, 5, 0, 0, 0, 0 } },
		{ RATER_ATASAN, { 4, 5, 4, 0, 0, 0, 0 } },
		{ RATER_ATASAN, { 5, 2, 0, 0, 0, 0, 0 } },
	};
	struct aggregate360 out[RATER__GROUPS];
	aggregate360(a, 5, SCALE_5, 3, out);
	const struct aggregate360 *g = &out[RATER_ATASAN];
	assert_int_equal(g->shown, 1);
	/* value 0: 1,2 under; 3 meets; 4,5 above; mean 15/5 */
	assert_int_equal(g->n[0], 5);
	assert_float_equal(g->mean[0], 3.0, 1e-12);
	assert_int_equal(g->levels[0][RATING_DI_BAWAH], 2);
	assert_int_equal(g->levels[0][RATING_SESUAI], 1);
	assert_int_equal(g->levels[0][RATING_DI_ATAS], 2);
	/* value 1: 5,4,3,5,2: mean 19/5 = 3.8 */
	assert_float_equal(g->mean[1], 3.8, 1e-12);
	assert_int_equal(g->levels[1][RATING_DI_BAWAH], 1);
	assert_int_equal(g->levels[1][RATING_SESUAI], 1);
	assert_int_equal(g->levels[1][RATING_DI_ATAS], 3);
	/* value 2: 6 is outside 1-5: only 5, 5 and 4 */
	assert_int_equal(g->n[2], 3);
	assert_float_equal(g->mean[2], 14.0 / 3, 1e-12);
	assert_int_equal(g->levels[2][RATING_DI_ATAS], 3);
}

static void test_scores_of_the_other_scale_are_skipped(void **state)
{
	(void)state;
	/* a 4 or 5 in a 1-3 instansi is outside the scale */
	struct answer360 a[] = { all(RATER_DIRI, 5), all(RATER_DIRI, 2) };
	struct aggregate360 out[RATER__GROUPS];
	aggregate360(a, 2, SCALE_3, 3, out);
	assert_int_equal(out[RATER_DIRI].answers, 2);
	assert_int_equal(out[RATER_DIRI].n[3], 1);
	assert_float_equal(out[RATER_DIRI].mean[3], 2.0, 1e-12);
}

static void test_no_answers_zeroes_everything(void **state)
{
	(void)state;
	struct aggregate360 out[RATER__GROUPS];
	memset(out, 0x55, sizeof out);
	aggregate360(NULL, 0, SCALE_5, 3, out);
	for (int g = 0; g < RATER__GROUPS; g++) {
		assert_int_equal(out[g].answers, 0);
		assert_int_equal(out[g].n[0], 0);
		assert_int_equal(out[g].levels[0][0], 0);
		assert_true(out[g].mean[0] == 0);
	}
	assert_int_equal(out[RATER_DIRI].shown, 1);
	assert_int_equal(out[RATER_REKAN].shown, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_naik_is_realisasi_over_target),
		cmocka_unit_test(test_turun_is_two_minus_ratio),
		cmocka_unit_test(test_turun_never_below_zero),
		cmocka_unit_test(test_range_naik_uses_the_bound_it_crosses),
		cmocka_unit_test(test_range_turun_uses_the_bound_it_crosses),
		cmocka_unit_test(test_zero_target),
		cmocka_unit_test(test_refuses_bad_input),
		cmocka_unit_test(test_refusal_keeps_the_first_error),
		cmocka_unit_test(test_mean_caps_each_value),
		cmocka_unit_test(test_mean_of_nothing_is_refused),
		cmocka_unit_test(test_rating_names),
		cmocka_unit_test(test_predicate_names),
		cmocka_unit_test(test_unit_predicate_names),
		cmocka_unit_test(test_rater_group_names),
		cmocka_unit_test(test_predicate_matrix_all_nine_cells),
		cmocka_unit_test(test_predicate_of_unknown_rating),
		cmocka_unit_test(test_curve_rules_as_data),
		cmocka_unit_test(test_curve_istimewa_at_most_70_pct_sangat_baik),
		cmocka_unit_test(test_curve_percent_shown_never_reads_as_the_limit),
		cmocka_unit_test(test_curve_baik),
		cmocka_unit_test(test_curve_butuh_perbaikan),
		cmocka_unit_test(test_curve_kurang),
		cmocka_unit_test(test_curve_sangat_kurang),
		cmocka_unit_test(test_curve_empty_unit_breaks_nothing),
		cmocka_unit_test(test_scale_levels),
		cmocka_unit_test(test_scale_refuses_scores_outside),
		cmocka_unit_test(test_anonymity_threshold_never_below_three),
		cmocka_unit_test(test_two_peers_are_hidden),
		cmocka_unit_test(test_score360_check_names_the_value),
		cmocka_unit_test(test_three_peers_are_shown),
		cmocka_unit_test(test_configured_two_still_needs_three),
		cmocka_unit_test(test_configured_five_is_respected),
		cmocka_unit_test(test_self_is_always_shown),
		cmocka_unit_test(test_blank_and_out_of_scale_scores_are_skipped),
		cmocka_unit_test(test_five_point_scale_maps_onto_levels),
		cmocka_unit_test(test_scores_of_the_other_scale_are_skipped),
		cmocka_unit_test(test_no_answers_zeroes_everything),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
