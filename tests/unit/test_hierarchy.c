/*
 * test_hierarchy.c - unit tests for the position tree: loops, assessors and
 * position kinds (domain/hierarchy.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/strbuf.h"
#include "domain/hierarchy.h"

/*
 * A small kecamatan:
 *   1 Camat (100)
 *   +- 2 Sekretaris Kecamatan (200)
 *   |  +- 3 Kasubbag Umum (vacant, no Plt)
 *   |     +- 4 Staf Umum (400)
 *   +- 5 Lurah Genting Kalianak (vacant, Plt 500)
 *   |  +- 6 Staf Kelurahan (600)
 *   +- 7 Kasi Pemerintahan (vacant, Plt 100 = the Camat himself)
 *      +- 8 Staf Pemerintahan (800)
 */
static const struct pos_node kecamatan[] = {
	{ 4, 3, 400, 0 }, { 1, 0, 100, 0 }, { 2, 1, 200, 0 }, { 3, 2, 0, 0 },
	{ 5, 1, 0, 500 }, { 6, 5, 600, 0 }, { 7, 1, 0, 100 }, { 8, 7, 800, 0 },
};

static int setup_kecamatan(void **state)
{
	*state = pos_index_build(kecamatan, sizeof kecamatan / sizeof kecamatan[0]);
	return *state ? 0 : -1;
}

static int teardown(void **state)
{
	pos_index_free(*state);
	return 0;
}

static void test_pos_index_finds_nodes_given_unsorted(void **state)
{
	const struct pos_index *idx = *state;
	assert_int_equal(pos_index_get(idx, 6)->holder_id, 600);
	assert_int_equal(pos_index_get(idx, 1)->parent_id, 0);
	assert_null(pos_index_get(idx, 99));
}

static void test_pos_index_rejects_duplicate_ids(void **state)
{
	(void)state;
	const struct pos_node nodes[] = { { 1, 0, 0, 0 }, { 2, 1, 0, 0 }, { 1, 2, 0, 0 } };
	assert_null(pos_index_build(nodes, 3));
}

static void test_pos_index_rejects_id_zero(void **state)
{
	(void)state;
	const struct pos_node nodes[] = { { 0, 0, 0, 0 } };
	assert_null(pos_index_build(nodes, 1));
}

static void test_pos_index_may_be_empty(void **state)
{
	(void)state;
	struct pos_index *idx = pos_index_build(NULL, 0);
	assert_non_null(idx);
	assert_null(pos_index_get(idx, 1));
	assert_int_equal(hier_would_cycle(idx, 1, 2), 0);
	assert_int_equal(hier_assessor(idx, 1), 0);
	pos_index_free(idx);
}

static void test_hier_self_parent_is_a_cycle(void **state)
{
	assert_int_equal(hier_would_cycle(*state, 4, 4), 1);
}

static void test_hier_two_cycle_is_detected(void **state)
{
	/* 2 is under 1: putting 1 under 2 closes a loop of two. */
	assert_int_equal(hier_would_cycle(*state, 1, 2), 1);
}

static void test_hier_moving_under_own_grandchild_is_a_cycle(void **state)
{
	assert_int_equal(hier_would_cycle(*state, 2, 4), 1);
}

static void test_hier_moving_to_another_branch_is_not_a_cycle(void **state)
{
	assert_int_equal(hier_would_cycle(*state, 3, 5), 0);
	assert_int_equal(hier_would_cycle(*state, 4, 0), 0);
}

static void test_hier_unknown_parent_ends_the_chain(void **state)
{
	assert_int_equal(hier_would_cycle(*state, 4, 99), 0);
}

static void test_hier_long_chain_cycle_is_detected(void **state)
{
	(void)state;
	enum { N = 5000 };
	struct pos_node *nodes = xcalloc(N, sizeof *nodes);
	for (int i = 0; i < N; i++)
		nodes[i] = (struct pos_node){ i + 1, i, 0, 0 };
	struct pos_index *idx = pos_index_build(nodes, N);
	free(nodes);
	assert_int_equal(hier_would_cycle(idx, 1, N), 1);
	assert_int_equal(hier_would_cycle(idx, N, 1), 0);
	assert_int_equal(hier_is_above(idx, 1, N), 1);
	pos_index_free(idx);
}

static void test_hier_existing_loop_is_reported_and_ends(void **state)
{
	(void)state;
	const struct pos_node nodes[] = {
		{ 1, 2, 10, 0 }, { 2, 3, 0, 0 }, { 3, 2, 0, 0 }, { 9, 0, 90, 0 },
	};
	struct pos_index *idx = pos_index_build(nodes, 4);
	assert_int_equal(hier_would_cycle(idx, 9, 1), 1);
	assert_int_equal(hier_assessor(idx, 1), 0);
	assert_int_equal(hier_assessor_superior(idx, 1), 0);
	assert_int_equal(hier_is_above(idx, 9, 1), 0);
	pos_index_free(idx);
}

static void test_hier_check_parent_reports_loop_on_parent_code(void **state)
{
	struct kerr err = KERR_INIT;
	assert_int_equal(hier_check_parent(*state, 1, 4, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.field, "parent_code");
	assert_non_null(strstr(err.msg, "lingkaran (loop)"));
}

static void test_hier_check_parent_rejects_unknown_parent(void **state)
{
	struct kerr err = KERR_INIT;
	assert_int_equal(hier_check_parent(*state, 4, 99, &err), -1);
	assert_string_equal(err.field, "parent_code");
}

static void test_hier_check_parent_accepts_root_and_valid_move(void **state)
{
	struct kerr err = KERR_INIT;
	assert_int_equal(hier_check_parent(*state, 3, 0, &err), 0);
	assert_int_equal(hier_check_parent(*state, 3, 5, &err), 0);
	assert_false(kerr_is_set(&err));
}

static void test_hier_assessor_is_the_parent_holder(void **state)
{
	assert_int_equal(hier_assessor(*state, 2), 100);
}

static void test_hier_assessor_skips_vacant_parent_without_plt(void **state)
{
	assert_int_equal(hier_assessor(*state, 4), 200);
}

static void test_hier_assessor_is_the_plt_of_a_vacant_parent(void **state)
{
	assert_int_equal(hier_assessor(*state, 6), 500);
}

static void test_hier_assessor_of_the_root_is_nobody(void **state)
{
	assert_int_equal(hier_assessor(*state, 1), 0);
	assert_int_equal(hier_assessor(*state, 99), 0);
}

static void test_hier_assessor_is_never_the_person_assessed(void **state)
{
	/* The Camat is Plt of position 7: his own superior post is his, so
	 * nobody above is found; his staff at 8 are assessed by him. */
	assert_int_equal(hier_assessor(*state, 7), 0);
	assert_int_equal(hier_assessor(*state, 8), 100);
}

static void test_hier_assessor_superior_is_the_assessors_assessor(void **state)
{
	assert_int_equal(hier_assessor_superior(*state, 4), 100);
}

static void test_hier_assessor_superior_through_a_plt(void **state)
{
	assert_int_equal(hier_assessor_superior(*state, 6), 100);
}

static void test_hier_assessor_superior_is_nobody_below_the_top(void **state)
{
	assert_int_equal(hier_assessor_superior(*state, 2), 0);
	assert_int_equal(hier_assessor_superior(*state, 8), 0);
}

static void test_hier_is_above(void **state)
{
	assert_int_equal(hier_is_above(*state, 1, 4), 1);
	assert_int_equal(hier_is_above(*state, 3, 4), 1);
	assert_int_equal(hier_is_above(*state, 4, 4), 0);
	assert_int_equal(hier_is_above(*state, 5, 4), 0);
	assert_int_equal(hier_is_above(*state, 4, 1), 0);
}

static void test_position_kind_labels(void **state)
{
	(void)state;
	assert_string_equal(position_kind_label("jpt_pratama"), "JPT Pratama");
	assert_string_equal(position_kind_label("administrator"), "Administrator");
	assert_string_equal(position_kind_label("PELAKSANA"), "Pelaksana");
	assert_null(position_kind_label("eselon_iv"));
	assert_null(position_kind_label(NULL));
}

static void test_position_kind_valid_and_canonical(void **state)
{
	(void)state;
	assert_true(position_kind_valid("pengawas"));
	assert_true(position_kind_valid("Fungsional"));
	assert_false(position_kind_valid("jpt"));
	assert_false(position_kind_valid(""));
	assert_string_equal(position_kind_canonical("JPT_Madya"), "jpt_madya");
	assert_int_equal(position_kind_count(), 7);
	assert_string_equal(position_kind_at(0), "jpt_utama");
	assert_null(position_kind_at(7));
}

#define TREE_TEST(f) cmocka_unit_test_setup_teardown(f, setup_kecamatan, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		TREE_TEST(test_pos_index_finds_nodes_given_unsorted),
		cmocka_unit_test(test_pos_index_rejects_duplicate_ids),
		cmocka_unit_test(test_pos_index_rejects_id_zero),
		cmocka_unit_test(test_pos_index_may_be_empty),
		TREE_TEST(test_hier_self_parent_is_a_cycle),
		TREE_TEST(test_hier_two_cycle_is_detected),
		TREE_TEST(test_hier_moving_under_own_grandchild_is_a_cycle),
		TREE_TEST(test_hier_moving_to_another_branch_is_not_a_cycle),
		TREE_TEST(test_hier_unknown_parent_ends_the_chain),
		cmocka_unit_test(test_hier_long_chain_cycle_is_detected),
		cmocka_unit_test(test_hier_existing_loop_is_reported_and_ends),
		TREE_TEST(test_hier_check_parent_reports_loop_on_parent_code),
		TREE_TEST(test_hier_check_parent_rejects_unknown_parent),
		TREE_TEST(test_hier_check_parent_accepts_root_and_valid_move),
		TREE_TEST(test_hier_assessor_is_the_parent_holder),
		TREE_TEST(test_hier_assessor_skips_vacant_parent_without_plt),
		TREE_TEST(test_hier_assessor_is_the_plt_of_a_vacant_parent),
		TREE_TEST(test_hier_assessor_of_the_root_is_nobody),
		TREE_TEST(test_hier_assessor_is_never_the_person_assessed),
		TREE_TEST(test_hier_assessor_superior_is_the_assessors_assessor),
		TREE_TEST(test_hier_assessor_superior_through_a_plt),
		TREE_TEST(test_hier_assessor_superior_is_nobody_below_the_top),
		TREE_TEST(test_hier_is_above),
		cmocka_unit_test(test_position_kind_labels),
		cmocka_unit_test(test_position_kind_valid_and_canonical),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
