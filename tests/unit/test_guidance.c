/*
 * test_guidance.c - unit tests for the guidance rules of
 * domain/guidance.h, with dates worked out by hand: dates that are not
 * dates, days counted from 1970-01-01, months added with the day clamped
 * to the month's end, the six monthly checkpoints of an improvement plan,
 * what is overdue on the day before, the day of and the day after a date,
 * the checks on recording an outcome, the names, and the development
 * plan's overdue rule.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "domain/guidance.h"

/* 2026-01-01: 56 years after 1970 with 14 leap days (1972 ... 2024):
 * 56 * 365 + 14 = 20454. */
#define JAN1_2026 20454
/* 2026-04-17: January 31 + February 28 + March 31 = 90 days, + 16. */
#define APR17_2026 (JAN1_2026 + 106)
/* 2026-10-17: six months on: 13 (rest of April) + 31 + 30 + 31 + 31 + 30 + 17 = 183. */
#define OCT17_2026 (APR17_2026 + 183)
/* 2026-08-31: 31 + 28 + 31 + 30 + 31 + 30 + 31 + 30 = 242 days into the year. */
#define AUG31_2026 (JAN1_2026 + 242)

static int64_t day_of(const char *s)
{
	int64_t d = -1;
	assert_int_equal(gdate_parse(s, &d), 0);
	return d;
}

static void assert_date(int64_t day, const char *want)
{
	char out[GDATE_SIZE];
	gdate_format(day, out);
	assert_string_equal(out, want);
}

static void test_dates_count_days_from_1970(void **state)
{
	(void)state;
	assert_int_equal(day_of("1970-01-01"), 0);
	assert_int_equal(day_of("2026-01-01"), JAN1_2026);
	assert_int_equal(day_of("2026-04-17"), APR17_2026);
	assert_int_equal(day_of("2026-10-17"), OCT17_2026);
	assert_int_equal(day_of("2026-08-31"), AUG31_2026);
	/* 2000 is a leap year (divisible by 400): 29 February exists. */
	assert_int_equal(day_of("2000-03-01") - day_of("2000-02-28"), 2);
	assert_date(APR17_2026, "2026-04-17");
	assert_date(JAN1_2026 - 1, "2025-12-31");
}

static void test_dates_that_are_not_dates_are_refused(void **state)
{
	(void)state;
	static const char *const bad[] = {
		"", "2026-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31",
		"17-04-2026", "2026-4-17", "2026/04/17", "abcd-ef-gh", "2026-04-17x",
		"1899-12-31", " 2026-04-17",
	};
	int64_t d = 0;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_int_equal(gdate_parse(bad[i], &d), -1);
	assert_int_equal(gdate_parse(NULL, &d), -1);
	assert_int_equal(gdate_parse("2028-02-29", &d), 0);

	struct kerr err = KERR_INIT;
	assert_int_equal(gdate_check("2026-02-30", "tanggal", "Tanggal sesi", NULL, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.field, "tanggal");
	assert_non_null(strstr(err.msg, "Tanggal sesi"));
	kerr_clear(&err);
	assert_int_equal(gdate_check("", "target", "Target", NULL, &err), -1);
	assert_string_equal(err.field, "target");
}

static void test_months_clamp_to_the_end_of_the_month(void **state)
{
	(void)state;
	assert_date(gdate_add_months(day_of("2026-01-31"), 1), "2026-02-28");
	assert_date(gdate_add_months(day_of("2028-01-31"), 1), "2028-02-29");
	assert_date(gdate_add_months(day_of("2026-11-15"), 2), "2027-01-15");
	assert_date(gdate_add_months(day_of("2026-08-31"), 6), "2027-02-28");
	assert_date(gdate_add_months(day_of("2026-03-31"), -1), "2026-02-28");
	assert_int_equal(improvement_due(APR17_2026), OCT17_2026);
}

static void test_six_monthly_checkpoints(void **state)
{
	(void)state;
	static const char *const want[IMPROVEMENT_MONTHS] = {
		"2026-09-30", "2026-10-31", "2026-11-30", "2026-12-31", "2027-01-31", "2027-02-28",
	};
	int64_t cp[IMPROVEMENT_MONTHS];
	improvement_default_checkpoints(AUG31_2026, cp);
	for (int i = 0; i < IMPROVEMENT_MONTHS; i++)
		assert_date(cp[i], want[i]);
	assert_int_equal(cp[IMPROVEMENT_MONTHS - 1], improvement_due(AUG31_2026));
}

static void test_a_checkpoint_is_overdue_the_day_after_its_date(void **state)
{
	(void)state;
	int64_t due = day_of("2026-05-17");
	assert_false(improvement_checkpoint_overdue(due, 0, due - 1));
	assert_false(improvement_checkpoint_overdue(due, 0, due));
	assert_true(improvement_checkpoint_overdue(due, 0, due + 1));
	assert_false(improvement_checkpoint_overdue(due, 1, due + 30));
}

static void test_the_outcome_is_overdue_after_six_months(void **state)
{
	(void)state;
	assert_false(improvement_outcome_overdue(APR17_2026, 0, OCT17_2026 - 1));
	assert_false(improvement_outcome_overdue(APR17_2026, 0, OCT17_2026));
	assert_true(improvement_outcome_overdue(APR17_2026, 0, OCT17_2026 + 1));
	assert_false(improvement_outcome_overdue(APR17_2026, 1, OCT17_2026 + 100));
}

static void test_checkpoint_dates_stay_within_the_six_months(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	int64_t d = 0;
	assert_int_equal(improvement_checkpoint_date_check("2026-04-17", APR17_2026, &d, &err), 0);
	assert_int_equal(d, APR17_2026);
	assert_int_equal(improvement_checkpoint_date_check("2026-10-17", APR17_2026, &d, &err), 0);
	assert_int_equal(improvement_checkpoint_date_check("2026-10-18", APR17_2026, &d, &err), -1);
	assert_string_equal(err.field, "tanggal");
	assert_non_null(strstr(err.msg, "2026-10-17"));
	kerr_clear(&err);
	assert_int_equal(improvement_checkpoint_date_check("2026-04-16", APR17_2026, &d, &err), -1);
	kerr_clear(&err);
	assert_int_equal(improvement_checkpoint_date_check("2026-04-31", APR17_2026, &d, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
}

static void test_the_outcome_needs_a_checkpoint_first(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	assert_int_equal(improvement_outcome_check(OUTCOME_BERHASIL, 0, 0, &err), -1);
	assert_int_equal(err.code, KERR_CONFLICT);
	assert_string_equal(err.field, "hasil");
	kerr_clear(&err);
	assert_int_equal(improvement_outcome_check(OUTCOME_NONE, 0, 3, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	kerr_clear(&err);
	assert_int_equal(improvement_outcome_check(OUTCOME_BELUM_BERHASIL, 1, 3, &err), -1);
	assert_int_equal(err.code, KERR_CONFLICT);
	kerr_clear(&err);
	assert_int_equal(improvement_outcome_check(OUTCOME_BELUM_BERHASIL, 0, 1, &err), 0);
	assert_non_null(strstr(improvement_default_recommendation(OUTCOME_BELUM_BERHASIL),
			       "PP 30/2019"));
}

static void test_low_predicates_open_a_plan(void **state)
{
	(void)state;
	assert_true(predicate_needs_improvement(PRED_BUTUH_PERBAIKAN));
	assert_true(predicate_needs_improvement(PRED_KURANG));
	assert_true(predicate_needs_improvement(PRED_SANGAT_KURANG));
	assert_false(predicate_needs_improvement(PRED_BAIK));
	assert_false(predicate_needs_improvement(PRED_SANGAT_BAIK));
	assert_false(predicate_needs_improvement(PRED__COUNT));
}

static void test_names_round_trip(void **state)
{
	(void)state;
	enum session_kind k;
	enum development_status s;
	enum improvement_outcome o;
	for (int i = 0; i < SESSION__KINDS; i++) {
		assert_int_equal(session_kind_parse(session_kind_name((enum session_kind)i), &k), 0);
		assert_int_equal(k, i);
	}
	assert_int_equal(session_kind_parse("rapat", &k), -1);
	for (int i = 0; i < DEV__STATES; i++) {
		assert_int_equal(development_status_parse(development_status_name(
					 (enum development_status)i), &s), 0);
		assert_int_equal(s, i);
	}
	assert_int_equal(improvement_outcome_parse("berhasil", &o), 0);
	assert_int_equal(o, OUTCOME_BERHASIL);
	assert_int_equal(improvement_outcome_parse("gagal", &o), -1);
	assert_int_equal(improvement_outcome_parse(NULL, &o), -1);
}

static void test_development_items_are_overdue_until_done(void **state)
{
	(void)state;
	assert_false(development_overdue(DEV_BERJALAN, APR17_2026, APR17_2026));
	assert_true(development_overdue(DEV_BERJALAN, APR17_2026, APR17_2026 + 1));
	assert_true(development_overdue(DEV_DIRENCANAKAN, APR17_2026, APR17_2026 + 1));
	assert_false(development_overdue(DEV_SELESAI, APR17_2026, APR17_2026 + 1));
	assert_false(development_overdue(DEV_BATAL, APR17_2026, APR17_2026 + 1));
}

static void test_texts(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	assert_int_equal(guidance_text_check("", GUIDANCE_TOPIC_MAX, 0, 1, "x", "X", &err), 0);
	assert_int_equal(guidance_text_check("  ", GUIDANCE_TOPIC_MAX, 0, 0, "topik", "Topik", &err),
			 -1);
	assert_string_equal(err.field, "topik");
	kerr_clear(&err);
	assert_int_equal(guidance_text_check("a\nb", GUIDANCE_TOPIC_MAX, 0, 0, "topik", "Topik",
					     &err), -1);
	kerr_clear(&err);
	assert_int_equal(guidance_text_check("a\nb", GUIDANCE_TEXT_MAX, 1, 0, "k", "K", &err), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates_count_days_from_1970),
		cmocka_unit_test(test_dates_that_are_not_dates_are_refused),
		cmocka_unit_test(test_months_clamp_to_the_end_of_the_month),
		cmocka_unit_test(test_six_monthly_checkpoints),
		cmocka_unit_test(test_a_checkpoint_is_overdue_the_day_after_its_date),
		cmocka_unit_test(test_the_outcome_is_overdue_after_six_months),
		cmocka_unit_test(test_checkpoint_dates_stay_within_the_six_months),
		cmocka_unit_test(test_the_outcome_needs_a_checkpoint_first),
		cmocka_unit_test(test_low_predicates_open_a_plan),
		cmocka_unit_test(test_names_round_trip),
		cmocka_unit_test(test_development_items_are_overdue_until_done),
		cmocka_unit_test(test_texts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
