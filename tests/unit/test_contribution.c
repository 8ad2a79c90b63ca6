/*
 * test_contribution.c - unit tests for the contribution report's rules
 * (domain/contribution.h) and the recap's (domain/recap.h), on small
 * hand-computed cases: the goal each RHK serves down a chain, with a dead
 * end, a missing parent and a loop; the roll-up mean with RHK that have
 * no realisasi, a value above the cap, an empty branch and nothing
 * measured; the words that explain it; the 360 response rate; days late
 * across month, year and leap-day boundaries.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "domain/contribution.h"
#include "domain/recap.h"

#define SET(v) { 1, (v) }
#define NONE { 0, 0 }

/* Goal 1 (key -1) <- RHK 10 <- RHK 11 <- RHK 12; goal 2 (key -2) <- RHK
 * 20; RHK 30 points at RHK 99 (not loaded); RHK 31 at nothing; RHK 40 and
 * 41 point at each other; RHK 42 hangs below the loop. */
static void test_goal_of_chains(void **state)
{
	(void)state;
	const struct contrib_node v[] = {
		{ 12, 11, 0 }, { -1, 0, 1 }, { 11, 10, 0 }, { 10, -1, 0 }, { 20, -2, 0 },
		{ -2, 0, 1 }, { 30, 99, 0 }, { 31, 0, 0 }, { 40, 41, 0 }, { 41, 40, 0 },
		{ 42, 41, 0 },
	};
	size_t n = sizeof v / sizeof v[0], goal_of[sizeof v / sizeof v[0]];
	contribution_goal_of(v, n, goal_of);
	assert_int_equal(goal_of[0], 1);    /* RHK 12 -> 11 -> 10 -> goal 1 */
	assert_int_equal(goal_of[1], 1);    /* a goal serves itself */
	assert_int_equal(goal_of[2], 1);
	assert_int_equal(goal_of[3], 1);
	assert_int_equal(goal_of[4], 5);    /* RHK 20 -> goal 2 */
	assert_int_equal(goal_of[5], 5);
	assert_int_equal(goal_of[6], n);    /* parent not among the nodes */
	assert_int_equal(goal_of[7], n);    /* no parent */
	assert_int_equal(goal_of[8], n);    /* a loop */
	assert_int_equal(goal_of[9], n);
	assert_int_equal(goal_of[10], n);   /* below a loop */
}

static void test_goal_of_empty(void **state)
{
	(void)state;
	contribution_goal_of(NULL, 0, NULL);   /* nothing to do, nothing touched */
}

static void test_figure_plain_mean(void **state)
{
	(void)state;
	const struct pct v[] = { SET(100), SET(80), SET(95) };
	struct contrib_figure f;
	contribution_figure(v, 3, &f);
	assert_int_equal(f.n_rhk, 3);
	assert_int_equal(f.n_measured, 3);
	assert_true(f.has_mean);
	assert_true(fabs(f.mean - 275.0 / 3.0) < 1e-9);   /* 91.666... */
}

static void test_figure_missing_realisasi_left_out(void **state)
{
	(void)state;
	const struct pct v[] = { SET(100), NONE, SET(80), NONE };
	struct contrib_figure f;
	contribution_figure(v, 4, &f);
	assert_int_equal(f.n_rhk, 4);
	assert_int_equal(f.n_measured, 2);
	assert_true(fabs(f.mean - 90.0) < 1e-9);          /* (100 + 80) / 2, not / 4 */
}

static void test_figure_capped_at_120(void **state)
{
	(void)state;
	const struct pct v[] = { SET(150), SET(90) };
	struct contrib_figure f;
	contribution_figure(v, 2, &f);
	assert_true(fabs(f.mean - 105.0) < 1e-9);         /* (120 + 90) / 2 */
}

static void test_figure_empty_and_unmeasured(void **state)
{
	(void)state;
	const struct pct none[] = { NONE, NONE };
	struct contrib_figure f;
	contribution_figure(NULL, 0, &f);
	assert_int_equal(f.n_rhk, 0);
	assert_false(f.has_mean);
	contribution_figure(none, 2, &f);
	assert_int_equal(f.n_rhk, 2);
	assert_int_equal(f.n_measured, 0);
	assert_false(f.has_mean);                         /* no figure, never 0 */
}

static void explain(const struct pct *v, size_t n, const char *want)
{
	struct strbuf sb = STRBUF_INIT;
	contribution_explain(v, n, "sasaran ini", &sb);
	assert_string_equal(sb.buf, want);
	strbuf_release(&sb);
}

static void test_explanations(void **state)
{
	(void)state;
	const struct pct three[] = { SET(100), SET(80), SET(95) };
	const struct pct gaps[] = { SET(100), NONE, SET(80.5) };
	const struct pct capped[] = { SET(150), SET(90) };
	const struct pct none[] = { NONE };
	explain(three, 3, "Rata-rata capaian 3 RHK yang mendukung sasaran ini: "
		"(100,00 + 80,00 + 95,00) / 3 = 91,67%.");
	explain(gaps, 3, "Rata-rata capaian 2 RHK yang mendukung sasaran ini: (100,00 + 80,50) / 2 "
		"= 90,25%. 1 RHK belum memiliki realisasi yang dapat dihitung pada titik ini dan "
		"tidak dihitung.");
	explain(capped, 2, "Rata-rata capaian 2 RHK yang mendukung sasaran ini: (120,00 [dibatasi "
		"dari 150,00] + 90,00) / 2 = 105,00%. Capaian di atas 120% dihitung 120% agar satu "
		"indikator tidak menutupi yang lain.");
	explain(NULL, 0, "Belum ada RHK yang mendukung sasaran ini; tidak ada capaian.");
	explain(none, 1, "Belum ada capaian: tidak satu pun dari 1 RHK yang mendukung sasaran ini "
		"memiliki realisasi yang dapat dihitung pada titik ini.");
}

static void test_pct_text(void **state)
{
	(void)state;
	char buf[32];
	contribution_pct_text(91.666666, buf, sizeof buf);
	assert_string_equal(buf, "91,67");
	contribution_pct_text(100, buf, sizeof buf);
	assert_string_equal(buf, "100,00");
}

static void test_recap_rate(void **state)
{
	(void)state;
	double pct = -1;
	assert_int_equal(recap_rate(3, 4, &pct), 0);
	assert_true(fabs(pct - 75.0) < 1e-9);
	assert_int_equal(recap_rate(0, 9, &pct), 0);
	assert_true(fabs(pct) < 1e-9);
	assert_int_equal(recap_rate(0, 0, &pct), -1);     /* nothing asked: no rate */
}

static void test_days_late(void **state)
{
	(void)state;
	assert_int_equal(recap_days_late("2026-01-31", "2026-11-29"), 302);
	assert_int_equal(recap_days_late("2026-11-29", "2026-11-29"), 0);
	assert_int_equal(recap_days_late("2026-12-31", "2027-01-01"), 1);
	assert_int_equal(recap_days_late("2028-02-28", "2028-03-01"), 2);   /* leap day */
	assert_int_equal(recap_days_late("2026-12-01", "2026-11-29"), -2);
	assert_int_equal(recap_days_late("31-01-2026", "2026-11-29"), INT32_MIN);
	assert_int_equal(recap_days_late("", "2026-11-29"), INT32_MIN);
}

static void test_overdue_names(void **state)
{
	(void)state;
	assert_string_equal(overdue_kind_name(OVERDUE_SKP), "skp");
	assert_string_equal(overdue_kind_name(OVERDUE_OBJECTION), "keberatan");
	assert_string_equal(overdue_kind_label(OVERDUE_360), "Formulir 360 tidak dijawab");
	assert_string_equal(overdue_kind_name(OVERDUE__KINDS), "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_goal_of_chains),
		cmocka_unit_test(test_goal_of_empty),
		cmocka_unit_test(test_figure_plain_mean),
		cmocka_unit_test(test_figure_missing_realisasi_left_out),
		cmocka_unit_test(test_figure_capped_at_120),
		cmocka_unit_test(test_figure_empty_and_unmeasured),
		cmocka_unit_test(test_explanations),
		cmocka_unit_test(test_pct_text),
		cmocka_unit_test(test_recap_rate),
		cmocka_unit_test(test_days_late),
		cmocka_unit_test(test_overdue_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
