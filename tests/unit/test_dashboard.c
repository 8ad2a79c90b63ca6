/*
 * test_dashboard.c - the pure rules of the dashboards (domain/dashboard.h):
 * percentages and their text, the current checkpoint, the anonymity rule
 * of a unit's BerAKHLAK profile, the mean of achievements and the periods
 * a trend puts side by side.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "domain/dashboard.h"

static void test_percent_needs_a_whole(void **state)
{
	(void)state;
	double pct = -1;
	assert_int_equal(dash_percent(3, 0, &pct), -1);
	assert_true(pct == -1);
	assert_int_equal(dash_percent(73, 80, &pct), 0);
	assert_true(pct > 91.24 && pct < 91.26);
	assert_int_equal(dash_percent(0, 5, &pct), 0);
	assert_true(pct == 0);
}

static void test_ratio_text_uses_a_decimal_comma(void **state)
{
	(void)state;
	char out[64];
	dash_ratio_text(73, 80, out, sizeof out);
	assert_string_equal(out, "73 dari 80 (91,3%)");
	dash_ratio_text(1, 3, out, sizeof out);
	assert_string_equal(out, "1 dari 3 (33,3%)");
	dash_ratio_text(0, 0, out, sizeof out);
	assert_string_equal(out, "0 dari 0");
	dash_pct_text(100, out, sizeof out);
	assert_string_equal(out, "100,0%");
}

static void test_current_checkpoint_is_the_first_open(void **state)
{
	(void)state;
	int closed[4] = { 1, 1, 0, 0 };
	assert_int_equal(dash_current_checkpoint(closed, 4), 2);
	int none[4] = { 0, 0, 0, 0 };
	assert_int_equal(dash_current_checkpoint(none, 4), 0);
	int all[4] = { 1, 1, 1, 1 };
	assert_int_equal(dash_current_checkpoint(all, 4), 3);   /* the last when all are closed */
	assert_int_equal(dash_current_checkpoint(all, 0), 0);
}

static void test_profile_shown_from_the_threshold(void **state)
{
	(void)state;
	int64_t sum[VALUES_360] = { 9, 8, 7, 6, 5, 4, 3 };
	struct dash_profile p;
	dash_profile_decide(&p, sum, 3, 3, 3, 3);
	assert_true(p.shown);
	assert_int_equal(p.threshold, 3);
	assert_true(p.mean[0] == 3.0 && p.mean[6] == 1.0);
	/* too few answers */
	dash_profile_decide(&p, sum, 2, 2, 3, 3);
	assert_false(p.shown);
	assert_true(p.mean[0] == 0);
	assert_int_equal(p.answers, 2);
	/* enough answers, but about too few people: that would be a person's profile */
	dash_profile_decide(&p, sum, 9, 2, 3, 3);
	assert_false(p.shown);
	assert_true(p.mean[0] == 0);
}

static void test_profile_takes_the_stricter_threshold(void **state)
{
	(void)state;
	int64_t sum[VALUES_360] = { 20, 20, 20, 20, 20, 20, 20 };
	struct dash_profile p;
	dash_profile_decide(&p, sum, 10, 5, 3, 6);      /* the setting raised since the round */
	assert_int_equal(p.threshold, 6);
	assert_false(p.shown);
	dash_profile_decide(&p, sum, 10, 6, 7, 3);      /* the round's is stricter */
	assert_int_equal(p.threshold, 7);
	assert_false(p.shown);
	dash_profile_decide(&p, sum, 10, 10, 1, 1);     /* never below ANONYMITY_MIN */
	assert_int_equal(p.threshold, ANONYMITY_MIN);
	assert_true(p.shown);
	assert_true(p.mean[3] == 2.0);
}

static void test_mean_of_achievements(void **state)
{
	(void)state;
	struct dash_mean m = { 0, 0 };
	double v = -1;
	assert_int_equal(dash_mean_value(&m, &v), -1);
	dash_mean_add(&m, 100);
	dash_mean_add(&m, 90);
	dash_mean_add(&m, 110);
	assert_int_equal(dash_mean_value(&m, &v), 0);
	assert_true(v == 100.0);
	assert_int_equal(m.n, 3);
}

static void test_trend_picks_earlier_periods_oldest_first(void **state)
{
	(void)state;
	/* as the store lists them: newest first, one after the selected */
	struct dash_period_key p[] = {
		{ 9, "2027-01-01" }, { 7, "2026-01-01" }, { 5, "2025-01-01" },
		{ 4, "2024-01-01" }, { 2, "2023-01-01" },
	};
	size_t out[5];
	size_t n = dash_trend_pick(p, 5, 7, 5, out);
	assert_int_equal(n, 4);
	assert_int_equal(p[out[0]].id, 2);
	assert_int_equal(p[out[1]].id, 4);
	assert_int_equal(p[out[2]].id, 5);
	assert_int_equal(p[out[3]].id, 7);         /* the selected one last; 2027 left out */
	n = dash_trend_pick(p, 5, 7, 2, out);      /* only the latest earlier one */
	assert_int_equal(n, 2);
	assert_int_equal(p[out[0]].id, 5);
	assert_int_equal(p[out[1]].id, 7);
	n = dash_trend_pick(p, 5, 2, 5, out);      /* nothing before the oldest */
	assert_int_equal(n, 1);
	assert_int_equal(p[out[0]].id, 2);
	assert_int_equal(dash_trend_pick(p, 5, 42, 5, out), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_percent_needs_a_whole),
		cmocka_unit_test(test_ratio_text_uses_a_decimal_comma),
		cmocka_unit_test(test_current_checkpoint_is_the_first_open),
		cmocka_unit_test(test_profile_shown_from_the_threshold),
		cmocka_unit_test(test_profile_takes_the_stricter_threshold),
		cmocka_unit_test(test_mean_of_achievements),
		cmocka_unit_test(test_trend_picks_earlier_periods_oldest_first),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
