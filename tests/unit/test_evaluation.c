/*
 * test_evaluation.c - unit tests for the rules of evaluating the system
 * (domain/evaluation.h): the names, when a survey takes answers and shows
 * results, the threshold (never below 5), the checks on titles, dates,
 * questions and answers, the reporting groups fixed at opening, the cells
 * results are shown in (small groups rolled up, the audience's own cell
 * never left between 1 and k-1 answers), means, and how rates are written.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "domain/evaluation.h"

#define NONE SURVEY_NO_NODE

static void test_names_round_trip(void **state)
{
	(void)state;
	enum survey_aspect a;
	enum survey_state s;
	enum question_kind k;
	for (int i = 0; i < ASPECT__COUNT; i++) {
		assert_int_equal(survey_aspect_parse(survey_aspect_name((enum survey_aspect)i), &a), 0);
		assert_int_equal(a, i);
	}
	for (int i = 0; i < SURVEY__STATES; i++) {
		assert_int_equal(survey_state_parse(survey_state_name((enum survey_state)i), &s), 0);
		assert_int_equal(s, i);
	}
	assert_int_equal(question_kind_parse("teks", &k), 0);
	assert_int_equal(k, QUESTION_TEKS);
	assert_int_equal(question_kind_parse("pilihan", &k), -1);
	assert_int_equal(survey_aspect_parse(NULL, &a), -1);
	assert_string_equal(survey_scale_label(5), "Sangat setuju");
	assert_string_equal(survey_scale_label(6), "");
}

static void test_phase_by_dates(void **state)
{
	(void)state;
	/* open from day 100 to day 110 inclusive */
	assert_int_equal(survey_phase_of(SURVEY_DRAF, 100, 110, 105), PHASE_DRAF);
	assert_int_equal(survey_phase_of(SURVEY_DIBUKA, 100, 110, 99), PHASE_BELUM_MULAI);
	assert_int_equal(survey_phase_of(SURVEY_DIBUKA, 100, 110, 100), PHASE_BERJALAN);
	assert_int_equal(survey_phase_of(SURVEY_DIBUKA, 100, 110, 110), PHASE_BERJALAN);
	assert_int_equal(survey_phase_of(SURVEY_DIBUKA, 100, 110, 111), PHASE_SELESAI);
	assert_int_equal(survey_phase_of(SURVEY_DITUTUP, 100, 110, 105), PHASE_SELESAI);
	struct kerr err = KERR_INIT;
	assert_int_equal(survey_answer_phase_check(PHASE_BERJALAN, &err), 0);
	assert_int_equal(survey_answer_phase_check(PHASE_SELESAI, &err), -1);
	assert_int_equal(err.code, KERR_CONFLICT);
	assert_string_equal(err.field, "status");
	kerr_clear(&err);
	assert_int_equal(survey_results_phase_check(PHASE_BERJALAN, &err), -1);
	kerr_clear(&err);
	assert_int_equal(survey_results_phase_check(PHASE_SELESAI, &err), 0);
}

static void test_threshold_never_below_five(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	assert_int_equal(survey_threshold_check(4, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.field, "ambang");
	kerr_clear(&err);
	assert_int_equal(survey_threshold_check(5, &err), 0);
	assert_int_equal(survey_threshold_check(101, &err), -1);
	assert_int_equal(survey_threshold_effective(2), 5);
	assert_int_equal(survey_threshold_effective(8), 8);
}

static void test_checks_name_the_field(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	struct survey_question_def only_text[] = { { QUESTION_TEKS, ASPECT_LAIN, "Saran?" } };
	struct survey_question_def blank[] = { { QUESTION_SKALA, ASPECT_KEADILAN, "Adil." },
					       { QUESTION_SKALA, ASPECT_BEBAN, "   " } };
	assert_int_equal(survey_questions_check(survey_default_questions, survey_default_count,
						&err), 0);
	assert_int_equal(survey_questions_check(only_text, 1, &err), -1);
	assert_string_equal(err.field, "pertanyaan");
	kerr_clear(&err);
	assert_int_equal(survey_questions_check(blank, 2, &err), -1);
	assert_non_null(strstr(err.msg, "Pertanyaan 2"));
	kerr_clear(&err);
	assert_int_equal(survey_questions_check(blank, 0, &err), -1);
	kerr_clear(&err);
	assert_int_equal(survey_dates_check("2026-12-01", "2026-11-30", NULL, NULL, &err), -1);
	assert_string_equal(err.field, "ditutup");
	kerr_clear(&err);
	assert_int_equal(survey_dates_check("2026-02-30", "2026-03-01", NULL, NULL, &err), -1);
	assert_string_equal(err.field, "dibuka");
	kerr_clear(&err);
	assert_int_equal(survey_title_check("", &err), -1);
	assert_string_equal(err.field, "judul");
	kerr_clear(&err);
	assert_int_equal(survey_scale_check(0, 3, &err), -1);
	assert_non_null(strstr(err.msg, "Pertanyaan 3"));
	kerr_clear(&err);
	assert_int_equal(survey_scale_check(5, 1, &err), 0);
	assert_int_equal(survey_text_answer_check("", 4, &err), 0);
}

static void node(struct survey_node *v, size_t i, size_t parent, int64_t addressed,
		 int64_t answers)
{
	memset(&v[i], 0, sizeof v[i]);
	v[i].unit_id = (int64_t)i + 1;
	v[i].parent = parent;
	v[i].addressed = addressed;
	v[i].answers = answers;
}

/* root(0) -> A(6) -> A1(2), A2(3); root -> B(4) -> B1(3); root -> C(1) -> C1(4) */
static void test_groups_roll_small_units_up(void **state)
{
	(void)state;
	struct survey_node v[8];
	node(v, 0, NONE, 0, 0);
	node(v, 1, 0, 6, 0);
	node(v, 2, 1, 2, 0);
	node(v, 3, 1, 3, 0);
	node(v, 4, 0, 4, 0);
	node(v, 5, 4, 3, 0);
	node(v, 6, 0, 1, 0);
	node(v, 7, 6, 4, 0);
	survey_plan_groups(v, 8, 5);
	int expected[8] = { 1, 1, 0, 0, 1, 0, 1, 0 };
	for (int i = 0; i < 8; i++)
		assert_int_equal(v[i].is_group, expected[i]);
	assert_int_equal(v[1].pooled, 11);
	assert_int_equal(v[4].pooled, 7);
	assert_int_equal(v[6].pooled, 5);
	assert_int_equal(v[0].pooled, 0);
	/* a threshold below 5 is raised to 5: B1 (3) still rolls up */
	survey_plan_groups(v, 8, 2);
	assert_int_equal(v[5].is_group, 0);
}

/* groups: root -> X(10 answers), Y(6), Z(3) */
static void test_cells_merge_the_smallest_into_a_short_root(void **state)
{
	(void)state;
	struct survey_node v[4];
	node(v, 0, NONE, 0, 0);
	node(v, 1, 0, 0, 10);
	node(v, 2, 0, 0, 6);
	node(v, 3, 0, 0, 3);
	for (int i = 0; i < 4; i++)
		v[i].is_group = 1;
	assert_int_equal(survey_plan_cells(v, 4, 5), 19);
	/* Z (3) rolls into the root, which would hold 3: Y, the smallest cell, joins it */
	assert_int_equal(v[1].shown, 1);
	assert_int_equal(v[2].shown, 0);
	assert_int_equal(v[3].shown, 0);
	assert_int_equal(v[0].shown, 1);
	assert_int_equal(v[0].pooled, 9);
	assert_int_equal(v[2].cell, 0);
	assert_int_equal(v[3].cell, 0);
	assert_int_equal(v[1].cell, 1);
}

/* root(0) -> A(2 answers) -> A1(6); root -> B(5) */
static void test_cells_roll_up_through_levels(void **state)
{
	(void)state;
	struct survey_node v[4];
	node(v, 0, NONE, 0, 0);
	node(v, 1, 0, 0, 2);
	node(v, 2, 1, 0, 6);
	node(v, 3, 0, 0, 5);
	for (int i = 0; i < 4; i++)
		v[i].is_group = 1;
	assert_int_equal(survey_plan_cells(v, 4, 5), 13);
	/* A's 2 reach the root; the smallest top cell (B, 5) joins them: 7 */
	assert_int_equal(v[2].shown, 1);
	assert_int_equal(v[3].shown, 0);
	assert_int_equal(v[0].shown, 1);
	assert_int_equal(v[0].pooled, 7);
	assert_int_equal(v[1].cell, 0);
	assert_int_equal(v[2].cell, 2);
	/* every shown cell has 5 or more, and the cells add up to the whole */
	int64_t sum = 0;
	for (int i = 0; i < 4; i++)
		if (v[i].shown) {
			assert_true(v[i].pooled >= 5);
			sum += v[i].pooled;
		}
	assert_int_equal(sum, 13);
}

static void test_cells_nothing_under_threshold(void **state)
{
	(void)state;
	struct survey_node v[2];
	node(v, 0, NONE, 0, 1);
	node(v, 1, 0, 0, 3);
	v[0].is_group = v[1].is_group = 1;
	assert_int_equal(survey_plan_cells(v, 2, 5), 4);
	assert_int_equal(v[0].shown, 0);
	assert_int_equal(v[1].shown, 0);
	assert_int_equal(v[1].cell, NONE);
	/* an empty root with one big cell: the root stays empty and unshown */
	node(v, 0, NONE, 0, 0);
	node(v, 1, 0, 0, 7);
	v[0].is_group = v[1].is_group = 1;
	assert_int_equal(survey_plan_cells(v, 2, 5), 7);
	assert_int_equal(v[1].shown, 1);
	assert_int_equal(v[0].shown, 0);
}

static void test_means_and_rates(void **state)
{
	(void)state;
	int64_t count[6] = { 0, 1, 0, 0, 1, 2 }, n = 0;
	char out[32];
	assert_true(survey_scale_mean(count, &n) == 3.75);
	assert_int_equal(n, 4);
	eval_mean_text(3.75, 4, out, sizeof out);
	assert_string_equal(out, "3,75");
	eval_mean_text(0, 0, out, sizeof out);
	assert_string_equal(out, "-");
	eval_percent_text(3, 4, out, sizeof out);
	assert_string_equal(out, "75,0%");
	eval_percent_text(1, 0, out, sizeof out);
	assert_string_equal(out, "-");
	eval_ratio_text(5, 4, out, sizeof out);
	assert_string_equal(out, "1,25");
	for (int f = 0; f < FIG__COUNT; f++)
		assert_true(strlen(eval_figure_explanation((enum eval_figure)f)) > 40);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names_round_trip),
		cmocka_unit_test(test_phase_by_dates),
		cmocka_unit_test(test_threshold_never_below_five),
		cmocka_unit_test(test_checks_name_the_field),
		cmocka_unit_test(test_groups_roll_small_units_up),
		cmocka_unit_test(test_cells_merge_the_smallest_into_a_short_root),
		cmocka_unit_test(test_cells_roll_up_through_levels),
		cmocka_unit_test(test_cells_nothing_under_threshold),
		cmocka_unit_test(test_means_and_rates),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
