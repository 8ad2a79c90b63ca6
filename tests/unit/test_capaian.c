/*
 * test_capaian.c - the bulk loader of achievements (store_capaian_set,
 * store/capaian.h) reads the SKPs a batch at a time; the figures must not
 * depend on where the batches end.  On a fresh SQLite database holding the
 * whole demo year (demo_create, DEMO_LENGKAP: Triwulan I-III realised),
 * every SKP's and every RHK's achievement at every checkpoint, for the
 * whole period and for one unit's subtree, is the same read one SKP at a
 * time, in batches of 2, 7 and 64, and in the default batch (all at once).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/commands.h"
#include "store/capaian.h"
#include "store/db.h"
#include "store/store.h"

#define MAX_CP 8

struct fixture {
	char path[64];
	char dir[64];
	struct store *st;
	struct db *db;
	int64_t period, unit;
	int64_t cp[MAX_CP];
	size_t n_cp;
};

static int fail_setup(const char *what, const struct kerr *err)
{
	fprintf(stderr, "test_capaian: %s: %s\n", what, err->msg);
	return -1;
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct kerr err = KERR_INIT;
	char url[96];
	*state = f;
	snprintf(f->path, sizeof f->path, "/tmp/kinerja-capaian-XXXXXX");
	snprintf(f->dir, sizeof f->dir, "/tmp/kinerja-capaian-dir-XXXXXX");
	int fd = mkstemp(f->path);
	if (fd < 0 || !mkdtemp(f->dir))
		return -1;
	close(fd);
	snprintf(url, sizeof url, "sqlite:%s", f->path);
	if (store_open(url, 2, &f->st, &err))
		return fail_setup("store_open", &err);
	f->db = store_acquire(f->st);
	if (demo_create(f->db, f->dir, DEMO_LENGKAP, &err))
		return fail_setup("demo_create", &err);
	int64_t ids[2];
	if (db_query_ints(f->db, "SELECT (SELECT MIN(id) FROM periods), (SELECT id FROM units "
			  "WHERE code = 'ASM-YAN')", DB_NOARGS, ids, 2, &err))
		return fail_setup("the period", &err);
	f->period = ids[0];
	f->unit = ids[1];
	struct db_rows *rows = db_query(f->db, "SELECT id FROM checkpoints WHERE period_id = $1 "
					"ORDER BY seq", DB_ARGS(DB_INT(f->period)), &err);
	if (!rows)
		return fail_setup("the checkpoints", &err);
	while (f->n_cp < MAX_CP && db_next(rows, &err) == 1)
		f->cp[f->n_cp++] = db_int(rows, 0);
	db_rows_free(rows);
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	char cmd[160];
	if (f->db)
		store_release(f->st, f->db);
	if (f->st)
		store_close(f->st);
	unlink(f->path);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
	if (system(cmd) != 0)
		fprintf(stderr, "test_capaian: could not remove %s\n", f->dir);
	free(f);
	return 0;
}

static void load(struct fixture *f, int64_t unit, size_t batch, struct capaian_set *out)
{
	struct kerr err = KERR_INIT;
	struct capaian_query q = { .period_id = f->period, .unit_id = unit, .cp = f->cp,
				   .n_cp = f->n_cp, .with_rhk = 1, .batch = batch };
	if (store_capaian_set(f->db, &q, out, &err))
		fail_msg("store_capaian_set (batch %zu): %s", batch, err.msg);
}

static void assert_same_pct(const struct pct *a, const struct pct *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(a[i].set, b[i].set);
		if (a[i].set)
			assert_true(a[i].value == b[i].value);
	}
}

static void assert_same_set(const struct capaian_set *a, const struct capaian_set *b)
{
	assert_int_equal(a->n_skp, b->n_skp);
	assert_int_equal(a->n_rhk, b->n_rhk);
	assert_memory_equal(a->skp, b->skp, a->n_skp * sizeof *a->skp);
	assert_memory_equal(a->rhk, b->rhk, a->n_rhk * sizeof *a->rhk);
	assert_same_pct(a->skp_pct, b->skp_pct, a->n_skp * a->n_cp);
	assert_same_pct(a->rhk_pct, b->rhk_pct, a->n_rhk * a->n_cp);
}

/* How many SKPs of the set have a figure at some checkpoint. */
static size_t measured(const struct capaian_set *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n_skp * s->n_cp; i++)
		n += s->skp_pct[i].set != 0;
	return n;
}

static void same_in_every_batch_size(struct fixture *f, int64_t unit, size_t min_skp)
{
	static const size_t sizes[] = { 1, 2, 7, 64 };
	struct capaian_set whole;
	load(f, unit, 0, &whole);
	assert_true(whole.n_skp >= min_skp);
	assert_true(measured(&whole) > 0);
	for (size_t i = 1; i < whole.n_skp; i++)
		assert_true(whole.skp[i - 1] < whole.skp[i]);
	for (size_t i = 1; i < whole.n_rhk; i++)
		assert_true(whole.rhk[i - 1] < whole.rhk[i]);
	for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		struct capaian_set part;
		load(f, unit, sizes[k], &part);
		assert_same_set(&whole, &part);
		capaian_set_release(&part);
	}
	capaian_set_release(&whole);
}

static void test_the_period_read_in_batches_of_any_size(void **state)
{
	struct fixture *f = *state;
	assert_true(f->n_cp >= 3);
	same_in_every_batch_size(f, 0, 60);
}

static void test_one_unit_read_in_batches_of_any_size(void **state)
{
	same_in_every_batch_size(*state, ((struct fixture *)*state)->unit, 5);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_the_period_read_in_batches_of_any_size),
		cmocka_unit_test(test_one_unit_read_in_batches_of_any_size),
	};
	db_library_init();
	return cmocka_run_group_tests_name("capaian", tests, setup, teardown);
}
