/*
 * test_dashperf.c - the fast city dashboard: which units the curve table
 * shows (dash_curve_pick) and the unit filter offers (dash_unit_choices,
 * domain/dashboard.h), and the in-process cache of
 * computed dashboards (dash_board_get, store/dashboard.h) on a fresh
 * SQLite database: a unit dashboard is computed once and served again
 * while the data version stays, recomputed after any audited change, never
 * kept for one employee, computed once for threads asking at the same
 * time, and bounded (the least recently used is dropped).  Run under
 * ASan, the test also shows a board outlives its eviction while a reader
 * holds it and nothing leaks once the cache is cleared.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "domain/dashboard.h"
#include "store/dashboard.h"
#include "store/store.h"

/* ---- the curve table ------------------------------------------------------------------------ */

static void test_deviating_units_come_first(void **state)
{
	(void)state;
	const int dev[] = { 0, 1, 0, 1, 1, 0 };
	size_t out[6];
	assert_int_equal(dash_curve_pick(dev, 6, 6, out), 6);
	const size_t want[] = { 1, 3, 4, 0, 2, 5 };
	for (size_t i = 0; i < 6; i++)
		assert_int_equal(out[i], want[i]);
}

static void test_curve_table_is_limited(void **state)
{
	(void)state;
	const int dev[] = { 0, 0, 1, 0, 1, 0, 0 };
	size_t out[3];
	assert_int_equal(dash_curve_pick(dev, 7, 3, out), 3);
	assert_int_equal(out[0], 2);
	assert_int_equal(out[1], 4);
	assert_int_equal(out[2], 0);
	assert_int_equal(dash_curve_pick(dev, 7, 0, out), 0);
	assert_int_equal(dash_curve_pick(dev, 0, 3, out), 0);
}

static void test_more_deviating_than_room(void **state)
{
	(void)state;
	const int dev[] = { 1, 1, 1, 1 };
	size_t out[2];
	assert_int_equal(dash_curve_pick(dev, 4, 2, out), 2);
	assert_int_equal(out[0], 0);
	assert_int_equal(out[1], 1);
}

/* ---- the unit filter ----------------------------------------------------------------------- */

/* A city: 1 at the top, 2 and 3 below it, 4 and 5 below 2, 6 below 4. */
static const int64_t tree_ids[] = { 1, 2, 3, 4, 5, 6 };
static const int64_t tree_parents[] = { 0, 1, 1, 2, 2, 4 };

static size_t choices(int64_t root, int64_t selected, size_t limit, unsigned char allow[6])
{
	for (int i = 0; i < 6; i++)
		allow[i] = 1;
	return dash_unit_choices(tree_ids, tree_parents, 6, root, selected, limit, allow);
}

static void test_small_tree_offers_every_unit(void **state)
{
	(void)state;
	unsigned char allow[6];
	assert_int_equal(choices(0, 4, 6, allow), 6);
	for (int i = 0; i < 6; i++)
		assert_true(allow[i]);
}

static void test_big_tree_goes_one_level_down(void **state)
{
	(void)state;
	unsigned char allow[6];
	/* nothing selected, the whole office: the top unit and its children */
	assert_int_equal(choices(0, 0, 3, allow), 1);
	assert_true(allow[0]);
	assert_false(allow[1]);
	/* root 1, nothing selected: 1 and its children 2, 3 */
	assert_int_equal(choices(1, 0, 3, allow), 3);
	assert_true(allow[0] && allow[1] && allow[2]);
	assert_false(allow[3] || allow[4] || allow[5]);
	/* unit 4 selected: its ancestors 2 and 1, the root's children, its child 6 */
	assert_int_equal(choices(1, 4, 3, allow), 5);
	assert_true(allow[0] && allow[1] && allow[2] && allow[3] && allow[5]);
	assert_false(allow[4]);     /* 5, a sibling of 4, is one step away */
}

static void test_never_offers_what_was_not_allowed(void **state)
{
	(void)state;
	unsigned char allow[6] = { 0, 1, 0, 1, 1, 1 };   /* the subtree of 2 */
	assert_int_equal(dash_unit_choices(tree_ids, tree_parents, 6, 2, 6, 2, allow), 4);
	assert_false(allow[0]);     /* 1 is an ancestor of 6, but outside the viewer's root */
	assert_false(allow[2]);
	assert_true(allow[1] && allow[3] && allow[4] && allow[5]);
	unsigned char again[6] = { 0, 1, 0, 1, 1, 1 };
	assert_int_equal(dash_unit_choices(tree_ids, tree_parents, 6, 2, 0, 2, again), 3);
	assert_false(again[5]);     /* 6 is two levels below the root */
}

/* ---- the cache ------------------------------------------------------------------------------ */

#define PERIODS (DASH_CACHE_ENTRIES + 2)

struct fixture {
	char path[64];
	struct store *st;
	int64_t period[PERIODS];
};

static const struct actor who = { 0, "test", "" };

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct kerr err = KERR_INIT;
	char url[96];
	snprintf(f->path, sizeof f->path, "/tmp/kinerja-dashperf-XXXXXX");
	int fd = mkstemp(f->path);
	if (fd < 0)
		return -1;
	close(fd);
	snprintf(url, sizeof url, "sqlite:%s", f->path);
	if (store_open(url, 8, &f->st, &err)) {
		fprintf(stderr, "test_dashperf: %s\n", err.msg);
		return -1;
	}
	struct db *db = store_acquire(f->st);
	for (int i = 0; i < PERIODS; i++) {
		struct period p;
		memset(&p, 0, sizeof p);
		p.year = 2000 + i;
		snprintf(p.name, sizeof p.name, "Tahun %d", p.year);
		snprintf(p.start_date, sizeof p.start_date, "%d-01-01", p.year);
		snprintf(p.end_date, sizeof p.end_date, "%d-12-31", p.year);
		snprintf(p.plan_due, sizeof p.plan_due, "%d-01-31", p.year);
		if (store_period_create(db, &who, &p, &err)) {
			fprintf(stderr, "test_dashperf: %s\n", err.msg);
			return -1;
		}
		f->period[i] = p.id;
	}
	store_release(f->st, db);
	dash_cache_clear();
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	dash_cache_clear();
	store_close(f->st);
	unlink(f->path);
	free(f);
	return 0;
}

static const struct dash_board *get(struct fixture *f, int64_t period, int64_t employee)
{
	struct kerr err = KERR_INIT;
	struct dash_scope sc = { period, 0, employee };
	struct db *db = store_acquire(f->st);
	const struct dash_board *b = dash_board_get(db, &sc, &err);
	store_release(f->st, db);
	if (!b)
		fprintf(stderr, "test_dashperf: %s\n", err.msg);
	assert_non_null(b);
	return b;
}

/* A change as the program records one: an audit row. */
static void audited_change(struct fixture *f)
{
	struct kerr err = KERR_INIT;
	struct db *db = store_acquire(f->st);
	assert_int_equal(store_audit(db, &who, "update", "test", 1, NULL, NULL, &err), 0);
	store_release(f->st, db);
}

static void test_unit_board_is_served_again(void **state)
{
	struct fixture *f = *state;
	dash_cache_clear();
	const struct dash_board *a = get(f, f->period[0], 0);
	const struct dash_board *b = get(f, f->period[0], 0);
	assert_ptr_equal(a, b);
	assert_true(a->shared);
	assert_int_equal(a->sc.period_id, f->period[0]);
	assert_string_equal(a->st.period.name, "Tahun 2000");
	dash_board_put(a);
	dash_board_put(b);
}

static void test_an_audited_change_recomputes(void **state)
{
	struct fixture *f = *state;
	dash_cache_clear();
	const struct dash_board *before = get(f, f->period[0], 0);
	audited_change(f);
	const struct dash_board *after = get(f, f->period[0], 0);
	assert_ptr_not_equal(before, after);    /* `before` is still held: not reused */
	assert_true(after->shared);
	const struct dash_board *again = get(f, f->period[0], 0);
	assert_ptr_equal(after, again);
	dash_board_put(before);                 /* dropped from the list, freed now */
	dash_board_put(after);
	dash_board_put(again);
}

static void test_own_dashboard_is_never_kept(void **state)
{
	struct fixture *f = *state;
	dash_cache_clear();
	const struct dash_board *a = get(f, f->period[0], 999);
	const struct dash_board *b = get(f, f->period[0], 999);
	assert_ptr_not_equal(a, b);
	assert_false(a->shared);
	assert_false(b->shared);
	dash_board_put(a);
	dash_board_put(b);
}

struct asker {
	struct fixture *f;
	const struct dash_board *got;
};

static void *ask(void *arg)
{
	struct asker *a = arg;
	struct kerr err = KERR_INIT;
	struct dash_scope sc = { a->f->period[1], 0, 0 };
	struct db *db = store_acquire(a->f->st);
	a->got = dash_board_get(db, &sc, &err);
	store_release(a->f->st, db);
	return NULL;
}

static void test_threads_share_one_computation(void **state)
{
	struct fixture *f = *state;
	struct asker askers[8];
	pthread_t t[8];
	dash_cache_clear();
	for (int i = 0; i < 8; i++) {
		askers[i] = (struct asker){ f, NULL };
		assert_int_equal(pthread_create(&t[i], NULL, ask, &askers[i]), 0);
	}
	for (int i = 0; i < 8; i++)
		pthread_join(t[i], NULL);
	for (int i = 0; i < 8; i++) {
		assert_non_null(askers[i].got);
		assert_ptr_equal(askers[i].got, askers[0].got);
	}
	for (int i = 0; i < 8; i++)
		dash_board_put(askers[i].got);
}

static void test_least_recently_used_is_dropped(void **state)
{
	struct fixture *f = *state;
	dash_cache_clear();
	const struct dash_board *first = get(f, f->period[0], 0);
	const struct dash_board *second = get(f, f->period[1], 0);
	dash_board_put(second);
	for (int i = 2; i < PERIODS; i++) {
		dash_board_put(get(f, f->period[i], 0));
		dash_board_put(get(f, f->period[1], 0));   /* keeps period 1 recently used */
	}
	const struct dash_board *again = get(f, f->period[0], 0);
	assert_ptr_not_equal(first, again);             /* period 0 was dropped, recomputed */
	assert_string_equal(first->st.period.name, "Tahun 2000");   /* still readable */
	const struct dash_board *kept = get(f, f->period[1], 0);
	assert_ptr_equal(kept, second);                 /* period 1 stayed */
	dash_board_put(first);
	dash_board_put(again);
	dash_board_put(kept);
}

int main(void)
{
	const struct CMUnitTest pure[] = {
		cmocka_unit_test(test_deviating_units_come_first),
		cmocka_unit_test(test_curve_table_is_limited),
		cmocka_unit_test(test_more_deviating_than_room),
		cmocka_unit_test(test_small_tree_offers_every_unit),
		cmocka_unit_test(test_big_tree_goes_one_level_down),
		cmocka_unit_test(test_never_offers_what_was_not_allowed),
	};
	const struct CMUnitTest cache[] = {
		cmocka_unit_test(test_unit_board_is_served_again),
		cmocka_unit_test(test_an_audited_change_recomputes),
		cmocka_unit_test(test_own_dashboard_is_never_kept),
		cmocka_unit_test(test_threads_share_one_computation),
		cmocka_unit_test(test_least_recently_used_is_dropped),
	};
	int failed = cmocka_run_group_tests_name("curve table and unit filter", pure, NULL, NULL);
	return failed + cmocka_run_group_tests_name("dashboard cache", cache, setup, teardown);
}
