/*
 * test_db_batch.c - tests of the store's multi-row INSERTs (db_batch_new,
 * db_batch_add, db_batch_end in store/db.h), which open a 360 round's
 * quarter of a million assignments a few hundred statements at a time:
 * every row arrives across full chunks and a short last one, values need
 * not outlive db_batch_add, a row of the wrong width is refused, and a
 * chunk that fails is reported.  On SQLite (a fresh file), and on
 * PostgreSQL too when KINERJA_TEST_PG_URL names a server (as `make test`
 * sets it); each test works on a temporary table of its own connection.
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

#include "store/db.h"

static const char insert_head[] = "INSERT INTO batch_t (id, name, note) VALUES";

static char sqlite_path[64];

/* A fresh connection with an empty temporary table batch_t. */
static int open_db(void **state, const char *url)
{
	struct kerr err = KERR_INIT;
	struct db *db = NULL;
	if (db_open(url, &db, &err)) {
		fprintf(stderr, "test_db_batch: %s\n", err.msg);
		return -1;
	}
	if (db_exec_script(db, "CREATE TEMP TABLE batch_t (id BIGINT PRIMARY KEY, "
			   "name TEXT NOT NULL, note TEXT)", &err)) {
		fprintf(stderr, "test_db_batch: %s\n", err.msg);
		db_close(db);
		return -1;
	}
	*state = db;
	return 0;
}

static int open_sqlite(void **state)
{
	char url[80];
	snprintf(sqlite_path, sizeof sqlite_path, "/tmp/kinerja-batch-XXXXXX");
	int fd = mkstemp(sqlite_path);   /* an empty file is an empty database */
	if (fd < 0)
		return -1;
	close(fd);
	snprintf(url, sizeof url, "sqlite:%s", sqlite_path);
	return open_db(state, url);
}

static int open_postgres(void **state)
{
	return open_db(state, getenv("KINERJA_TEST_PG_URL"));
}

static int close_db(void **state)
{
	db_close(*state);
	if (sqlite_path[0]) {
		unlink(sqlite_path);
		sqlite_path[0] = '\0';
	}
	return 0;
}

static int64_t query_int(struct db *db, const char *sql)
{
	struct kerr err = KERR_INIT;
	int64_t v = -1;
	assert_int_equal(db_query_int(db, sql, DB_NOARGS, &v, &err), 1);
	return v;
}

/* ---- tests ------------------------------------------------------------------------------ */

static void test_rows_arrive_in_chunks(void **state)
{
	struct db *db = *state;
	struct kerr err = KERR_INIT;
	const int n = 2 * DB_BATCH_ROWS + 37;
	char name[32];
	struct db_batch *b = db_batch_new(db, insert_head, 3);
	for (int i = 1; i <= n; i++) {
		snprintf(name, sizeof name, "baris %d", i);   /* overwritten: copied when added */
		assert_int_equal(db_batch_add(b, DB_ARGS(DB_INT(i), DB_TEXT(name),
							 i % 2 ? DB_NULL : DB_TEXT("genap")), &err), 0);
	}
	assert_int_equal(db_batch_end(b, &err), n);
	assert_int_equal(query_int(db, "SELECT COUNT(*) FROM batch_t"), n);
	assert_int_equal(query_int(db, "SELECT SUM(id) FROM batch_t"), (int64_t)n * (n + 1) / 2);
	assert_int_equal(query_int(db, "SELECT COUNT(note) FROM batch_t"), n / 2);
	assert_int_equal(query_int(db, "SELECT id FROM batch_t WHERE name = 'baris 1037'"), 1037);
}

static void test_empty_batch_inserts_nothing(void **state)
{
	struct kerr err = KERR_INIT;
	assert_int_equal(db_batch_end(db_batch_new(*state, insert_head, 3), &err), 0);
	assert_int_equal(query_int(*state, "SELECT COUNT(*) FROM batch_t"), 0);
}

static void test_row_of_wrong_width_refused(void **state)
{
	struct kerr err = KERR_INIT;
	struct db_batch *b = db_batch_new(*state, insert_head, 3);
	assert_int_equal(db_batch_add(b, DB_ARGS(DB_INT(1), DB_TEXT("a")), &err), -1);
	assert_int_equal(err.code, KERR_INTERNAL);
	assert_int_equal(db_batch_add(b, DB_ARGS(DB_INT(2), DB_TEXT("b"), DB_NULL), &err), -1);
	assert_int_equal(db_batch_end(b, &err), -1);
	assert_int_equal(query_int(*state, "SELECT COUNT(*) FROM batch_t"), 0);
}

/* A duplicate in the second chunk: the batch reports the conflict, and
 * the transaction around it takes back the first chunk too. */
static void test_failed_chunk_reported(void **state)
{
	struct db *db = *state;
	struct kerr err = KERR_INIT;
	int rc = 0;
	assert_int_equal(db_begin(db, &err), 0);
	struct db_batch *b = db_batch_new(db, insert_head, 3);
	for (int i = 1; !rc && i <= DB_BATCH_ROWS + 50; i++)
		rc = db_batch_add(b, DB_ARGS(DB_INT(i == DB_BATCH_ROWS + 20 ? 7 : i),
					     DB_TEXT("x"), DB_NULL), &err);
	assert_int_equal(rc, 0);   /* the second chunk is still held */
	assert_int_equal(db_batch_end(b, &err), -1);
	assert_int_equal(err.code, KERR_CONFLICT);
	db_rollback(db);
	assert_int_equal(query_int(db, "SELECT COUNT(*) FROM batch_t"), 0);
}

#define BATCH_TESTS(setup)                                                          \
	{                                                                           \
		cmocka_unit_test_setup_teardown(test_rows_arrive_in_chunks, setup,  \
						close_db),                          \
		cmocka_unit_test_setup_teardown(test_empty_batch_inserts_nothing,   \
						setup, close_db),                   \
		cmocka_unit_test_setup_teardown(test_row_of_wrong_width_refused,    \
						setup, close_db),                   \
		cmocka_unit_test_setup_teardown(test_failed_chunk_reported, setup,  \
						close_db),                          \
	}

int main(void)
{
	const struct CMUnitTest on_sqlite[] = BATCH_TESTS(open_sqlite);
	const struct CMUnitTest on_postgres[] = BATCH_TESTS(open_postgres);
	db_library_init();
	int failed = cmocka_run_group_tests_name("db_batch on SQLite", on_sqlite, NULL, NULL);
	const char *pg = getenv("KINERJA_TEST_PG_URL");
	if (pg && *pg)
		failed += cmocka_run_group_tests_name("db_batch on PostgreSQL", on_postgres, NULL,
						      NULL);
	return failed;
}
