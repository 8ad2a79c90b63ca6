/*
 * test_cascade.c - unit tests for the cascade of results (domain/cascade.h):
 * the tree from the organisation goals down to each RHK, the goals nobody
 * supports, the RHKs that support nothing, and loops in the intervensi
 * chain, both refused in advance and survived when already in the data.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/strbuf.h"
#include "domain/cascade.h"
#include "domain/tree.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Goals are keyed -goal_id, RHKs by their id. */
#define GOAL(id) { -(id), 0, 1, 0 }
#define UTAMA(id, parent) { (id), (parent), 0, 1 }
#define TAMBAHAN(id, parent) { (id), (parent), 0, 0 }

/*
 * Kecamatan Asemrowo, 2026:
 *   goal 1  Pelayanan perizinan yang cepat
 *     RHK 10 Camat: perizinan selesai tepat waktu
 *       RHK 20 Kasi Pelayanan: izin diproses sesuai SOP
 *         RHK 30 staf: berkas izin diverifikasi
 *         RHK 31 staf: arsip izin tertata
 *       RHK 21 Lurah Genting Kalianak: rekomendasi izin kelurahan
 *     RHK 11 Camat: survei kepuasan layanan
 *   goal 2  Ketenteraman dan ketertiban umum   (nobody supports it)
 *   goal 3  Administrasi kependudukan           (only a tambahan RHK)
 *     RHK 40 tambahan
 */
static const struct cascade_item office[] = {
	GOAL(1), GOAL(2), GOAL(3),
	UTAMA(10, -1), UTAMA(11, -1),
	UTAMA(20, 10), UTAMA(21, 10),
	UTAMA(30, 20), UTAMA(31, 20),
	TAMBAHAN(40, -3),
};

/* Index of key in the items, or -1. */
static int idx_of(const struct cascade_item *items, size_t n, int64_t key)
{
	for (size_t i = 0; i < n; i++)
		if (items[i].key == key)
			return (int)i;
	return -1;
}

/* Checks that order[] lists every item exactly once. */
static void assert_permutation(const struct cascade_layout *l)
{
	unsigned char *seen = xcalloc(l->n, 1);
	for (size_t k = 0; k < l->n; k++) {
		assert_true(l->order[k] < l->n);
		assert_false(seen[l->order[k]]);
		seen[l->order[k]] = 1;
	}
	free(seen);
}

static void test_layout_lists_goals_then_their_rhk_depth_first(void **state)
{
	(void)state;
	static const int64_t want_keys[] = { -1, 10, 20, 30, 31, 21, 11, -2, -3, 40 };
	static const int want_depth[] = { 0, 1, 2, 3, 3, 2, 1, 0, 0, 1 };
	struct cascade_layout l;
	assert_int_equal(cascade_layout(office, N(office), &l), 0);
	assert_int_equal(l.n, N(office));
	assert_permutation(&l);
	for (size_t k = 0; k < N(office); k++) {
		assert_int_equal(office[l.order[k]].key, want_keys[k]);
		assert_int_equal(l.depth[k], want_depth[k]);
	}
	cascade_layout_release(&l);
}

static void test_layout_parents_come_before_children(void **state)
{
	(void)state;
	/* children given before their parents */
	static const struct cascade_item items[] = {
		UTAMA(30, 20), UTAMA(20, 10), UTAMA(10, -1), GOAL(1),
	};
	struct cascade_layout l;
	cascade_layout(items, N(items), &l);
	assert_permutation(&l);
	for (size_t k = 0; k < N(items); k++)
		assert_int_equal(l.depth[k], (int)k);
	assert_int_equal(items[l.order[0]].key, -1);
	assert_int_equal(items[l.order[3]].key, 30);
	cascade_layout_release(&l);
}

static void test_layout_finds_goal_nobody_supports(void **state)
{
	(void)state;
	struct cascade_layout l;
	cascade_layout(office, N(office), &l);
	assert_int_equal(l.n_unsupported, 1);
	assert_true(l.unsupported[idx_of(office, N(office), -2)]);
	assert_false(l.unsupported[idx_of(office, N(office), -1)]);
	cascade_layout_release(&l);
}

static void test_layout_goal_supported_by_tambahan_counts(void **state)
{
	(void)state;
	struct cascade_layout l;
	cascade_layout(office, N(office), &l);
	assert_false(l.unsupported[idx_of(office, N(office), -3)]);
	cascade_layout_release(&l);
}

static void test_layout_whole_office_has_no_orphans(void **state)
{
	(void)state;
	struct cascade_layout l;
	cascade_layout(office, N(office), &l);
	assert_int_equal(l.n_orphan, 0);
	for (size_t i = 0; i < N(office); i++) {
		assert_false(l.orphan[i]);
		if (!office[i].is_goal)
			assert_false(l.unsupported[i]);   /* only goals are unsupported */
	}
	cascade_layout_release(&l);
}

static void test_layout_utama_rhk_pointing_at_nothing_is_an_orphan(void **state)
{
	(void)state;
	static const struct cascade_item items[] = {
		GOAL(1), UTAMA(10, -1), UTAMA(12, 0), TAMBAHAN(13, 0),
	};
	struct cascade_layout l;
	cascade_layout(items, N(items), &l);
	assert_int_equal(l.n_orphan, 1);
	assert_true(l.orphan[2]);
	assert_false(l.orphan[3]);   /* a tambahan RHK need not support anything */
	assert_false(l.orphan[1]);
	cascade_layout_release(&l);
}

static void test_layout_parent_outside_the_set_is_a_root_and_an_orphan(void **state)
{
	(void)state;
	/* one unit's view: RHK 20 points at the Camat's RHK 10, not shown;
	 * RHK 22 points at goal 9, not shown either */
	static const struct cascade_item items[] = {
		UTAMA(20, 10), UTAMA(30, 20), UTAMA(22, -9), TAMBAHAN(23, 999),
	};
	struct cascade_layout l;
	cascade_layout(items, N(items), &l);
	assert_permutation(&l);
	assert_int_equal(items[l.order[0]].key, 20);
	assert_int_equal(l.depth[0], 0);
	assert_int_equal(items[l.order[1]].key, 30);
	assert_int_equal(l.depth[1], 1);
	assert_int_equal(items[l.order[2]].key, 22);
	assert_int_equal(l.depth[2], 0);
	assert_int_equal(items[l.order[3]].key, 23);
	assert_int_equal(l.depth[3], 0);
	assert_true(l.orphan[0]);
	assert_false(l.orphan[1]);
	assert_true(l.orphan[2]);
	assert_false(l.orphan[3]);
	assert_int_equal(l.n_orphan, 2);
	assert_int_equal(l.n_unsupported, 0);
	cascade_layout_release(&l);
}

static void test_layout_self_parent_is_an_orphan(void **state)
{
	(void)state;
	static const struct cascade_item items[] = { GOAL(1), UTAMA(10, 10) };
	struct cascade_layout l;
	cascade_layout(items, N(items), &l);
	assert_permutation(&l);
	assert_true(l.orphan[1]);
	assert_true(l.unsupported[0]);
	cascade_layout_release(&l);
}

static void test_layout_survives_loops_in_the_data(void **state)
{
	(void)state;
	/* 10 -> 11 -> 12 -> 10 and 20 -> 21 -> 20, with a child hanging off
	 * the loop and one proper chain */
	static const struct cascade_item items[] = {
		UTAMA(10, 12), UTAMA(11, 10), UTAMA(12, 11), UTAMA(13, 11),
		UTAMA(20, 21), UTAMA(21, 20), GOAL(1), UTAMA(30, -1),
	};
	struct cascade_layout l;
	cascade_layout(items, N(items), &l);
	assert_int_equal(l.n, N(items));
	assert_permutation(&l);
	assert_int_equal(items[l.order[0]].key, -1);
	assert_int_equal(items[l.order[1]].key, 30);
	assert_int_equal(l.depth[1], 1);
	for (size_t k = 0; k < N(items); k++)
		assert_true(l.depth[k] >= 0 && l.depth[k] < (int)N(items));
	cascade_layout_release(&l);
}

static void test_layout_of_nothing(void **state)
{
	(void)state;
	struct cascade_layout l;
	assert_int_equal(cascade_layout(NULL, 0, &l), 0);
	assert_int_equal(l.n, 0);
	assert_int_equal(l.n_orphan, 0);
	assert_int_equal(l.n_unsupported, 0);
	cascade_layout_release(&l);
}

static void test_layout_release_twice_is_safe(void **state)
{
	(void)state;
	struct cascade_layout l;
	cascade_layout(office, N(office), &l);
	cascade_layout_release(&l);
	assert_null(l.order);
	assert_int_equal(l.n, 0);
	cascade_layout_release(&l);
	cascade_layout_release(NULL);
}

static void test_layout_of_a_large_office(void **state)
{
	(void)state;
	/* 100 goals, 20,000 RHK: each RHK i points at RHK i / 2 or a goal */
	enum { GOALS = 100, RHKS = 20000 };
	struct cascade_item *items = xcalloc(GOALS + RHKS, sizeof *items);
	for (int g = 0; g < GOALS; g++)
		items[g] = (struct cascade_item){ -(g + 1), 0, 1, 0 };
	for (int i = 1; i <= RHKS; i++) {
		int64_t parent = i < 50 ? -(int64_t)(i % GOALS + 1) : i / 2;
		items[GOALS + i - 1] = (struct cascade_item){ i, parent, 0, 1 };
	}
	struct cascade_layout l;
	cascade_layout(items, GOALS + RHKS, &l);
	assert_permutation(&l);
	assert_int_equal(l.n_orphan, 0);
	assert_int_equal(l.n_unsupported, GOALS - 49);
	for (size_t k = 1; k < l.n; k++)
		assert_true(l.depth[k] <= l.depth[k - 1] + 1);
	cascade_layout_release(&l);
	free(items);
}

/* ---- cascade_would_cycle --------------------------------------------------------- */

/* Camat 1 <- Kasi 2 <- staf 3, and Lurah 4 <- staf 5 */
static const int64_t ids[] = { 1, 2, 3, 4, 5 };
static const int64_t parents[] = { 0, 1, 2, 0, 4 };

static void test_would_cycle_pointing_at_itself(void **state)
{
	(void)state;
	assert_int_equal(cascade_would_cycle(ids, parents, N(ids), 3, 3), 1);
	assert_int_equal(cascade_would_cycle(NULL, NULL, 0, 7, 7), 1);
}

static void test_would_cycle_pointing_at_own_descendant(void **state)
{
	(void)state;
	assert_int_equal(cascade_would_cycle(ids, parents, N(ids), 1, 3), 1);
	assert_int_equal(cascade_would_cycle(ids, parents, N(ids), 1, 2), 1);
	assert_int_equal(cascade_would_cycle(ids, parents, N(ids), 4, 5), 1);
}

static void test_would_cycle_allows_ordinary_links(void **state)
{
	(void)state;
	assert_int_equal(cascade_would_cycle(ids, parents, N(ids), 4, 1), 0);
	assert_int_equal(cascade_would_cycle(ids, parents, N(ids), 5, 3), 0);
	assert_int_equal(cascade_would_cycle(ids, parents, N(ids), 3, 0), 0);
	assert_int_equal(cascade_would_cycle(ids, parents, N(ids), 3, 99), 0);   /* unknown */
	assert_int_equal(cascade_would_cycle(ids, parents, N(ids), 6, 3), 0);    /* new RHK */
	assert_int_equal(cascade_would_cycle(NULL, NULL, 0, 6, 3), 0);
}

static void test_would_cycle_along_a_long_chain(void **state)
{
	(void)state;
	enum { LEN = 10000 };
	int64_t *cid = xcalloc(LEN, sizeof *cid), *cpar = xcalloc(LEN, sizeof *cpar);
	for (int i = 0; i < LEN; i++) {   /* stored from the bottom up */
		cid[i] = LEN - i;
		cpar[i] = LEN - i - 1;    /* k points at k - 1; 1 at nothing */
	}
	assert_int_equal(cascade_would_cycle(cid, cpar, LEN, 1, LEN), 1);
	assert_int_equal(cascade_would_cycle(cid, cpar, LEN, 5000, LEN), 1);
	assert_int_equal(cascade_would_cycle(cid, cpar, LEN, LEN, 1), 0);
	assert_int_equal(cascade_would_cycle(cid, cpar, LEN, LEN + 1, LEN), 0);
	free(cpar);
	free(cid);
}

static void test_would_cycle_with_a_loop_already_in_the_data(void **state)
{
	(void)state;
	/* 7 -> 8 -> 7 is already broken; 9 is on its own */
	static const int64_t lid[] = { 7, 8, 9 };
	static const int64_t lpar[] = { 8, 7, 0 };
	assert_int_equal(cascade_would_cycle(lid, lpar, N(lid), 9, 7), 1);
	assert_int_equal(cascade_would_cycle(lid, lpar, N(lid), 7, 9), 0);   /* mends it */
	assert_int_equal(cascade_would_cycle(lid, lpar, N(lid), 8, 7), 1);
}

static void test_slots_sort_negative_and_huge_keys_stably(void **state)
{
	(void)state;
	/* goals are negative keys; equal keys keep their input order */
	static const int64_t keys[] = { 5, -3, 5, 0, -3, INT64_C(1) << 40, -(INT64_C(1) << 40),
					INT64_MAX, INT64_MIN, 5 };
	static const size_t want[] = { 8, 6, 1, 4, 3, 0, 2, 9, 5, 7 };
	struct id_slot *s = id_slots_sorted(keys, N(keys));
	for (size_t i = 0; i < N(keys); i++) {
		assert_int_equal(s[i].idx, want[i]);
		assert_true(s[i].id == keys[want[i]]);
	}
	assert_int_equal(id_slots_find(s, N(keys), 5), 0);       /* the first of the three */
	assert_int_equal(id_slots_find(s, N(keys), -3), 1);
	assert_int_equal(id_slots_find(s, N(keys), 4), N(keys)); /* absent */
	free(s);
	s = id_slots_sorted(keys, 0);                              /* nothing: still freeable */
	assert_int_equal(id_slots_find(s, 0, 5), 0);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layout_lists_goals_then_their_rhk_depth_first),
		cmocka_unit_test(test_layout_parents_come_before_children),
		cmocka_unit_test(test_layout_finds_goal_nobody_supports),
		cmocka_unit_test(test_layout_goal_supported_by_tambahan_counts),
		cmocka_unit_test(test_layout_whole_office_has_no_orphans),
		cmocka_unit_test(test_layout_utama_rhk_pointing_at_nothing_is_an_orphan),
		cmocka_unit_test(test_layout_parent_outside_the_set_is_a_root_and_an_orphan),
		cmocka_unit_test(test_layout_self_parent_is_an_orphan),
		cmocka_unit_test(test_layout_survives_loops_in_the_data),
		cmocka_unit_test(test_layout_of_nothing),
		cmocka_unit_test(test_layout_release_twice_is_safe),
		cmocka_unit_test(test_slots_sort_negative_and_huge_keys_stably),
		cmocka_unit_test(test_layout_of_a_large_office),
		cmocka_unit_test(test_would_cycle_pointing_at_itself),
		cmocka_unit_test(test_would_cycle_pointing_at_own_descendant),
		cmocka_unit_test(test_would_cycle_allows_ordinary_links),
		cmocka_unit_test(test_would_cycle_along_a_long_chain),
		cmocka_unit_test(test_would_cycle_with_a_loop_already_in_the_data),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
