/*
 * db.h - one small interface over the two databases kinerja runs on.
 *
 * A `struct db` is one connection to SQLite (embedded, the default) or to
 * PostgreSQL (libpq, for scale).  SQL is written once, PostgreSQL-style with
 * $1..$N placeholders; for SQLite they are rewritten to ?1..?N.  Every value
 * is passed as a bound parameter, never spliced into the SQL text.
 *
 * Only files under src/store/ include this header: the rest of the program
 * talks to the store functions (store.h), which hold all the SQL.
 */
#ifndef KINERJA_DB_H
#define KINERJA_DB_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"

enum db_kind { DB_SQLITE, DB_POSTGRES };

enum db_param_type { DBP_NULL, DBP_TEXT, DBP_INT, DBP_BLOB };

struct db_param {
	enum db_param_type type;
	const char *text;       /* DBP_TEXT; DBP_BLOB: the bytes */
	int64_t num;            /* DBP_INT; DBP_BLOB: how many bytes */
};

#define DB_NULL ((struct db_param){ .type = DBP_NULL })
static inline struct db_param db_text_param(const char *s)
{
	return (struct db_param){ .type = s ? DBP_TEXT : DBP_NULL, .text = s };
}
#define DB_TEXT(s) db_text_param(s)
#define DB_INT(n) ((struct db_param){ .type = DBP_INT, .num = (int64_t)(n) })
/* Binary data (a file's bytes): BLOB on SQLite, BYTEA on PostgreSQL. */
#define DB_BLOB(p, n) ((struct db_param){ .type = DBP_BLOB, .text = (const char *)(p), \
					  .num = (int64_t)(n) })
/* A NULL for id 0 (no parent, no position, ...). */
#define DB_ID(n) ((n) ? DB_INT(n) : DB_NULL)
/* Expands to the two arguments `params, count` of db_exec / db_query. */
#define DB_ARGS(...) (const struct db_param[]){ __VA_ARGS__ }, \
	(int)(sizeof((const struct db_param[]){ __VA_ARGS__ }) / sizeof(struct db_param))
#define DB_NOARGS NULL, 0

struct db;
struct db_rows;

/* Opens "sqlite:PATH" or "postgresql://..." / "postgres://...". */
int db_open(const char *url, struct db **out, struct kerr *err);
void db_close(struct db *db);
enum db_kind db_kind(const struct db *db);

/* Runs a statement; returns the number of rows changed, or -1 with err set. */
int64_t db_exec(struct db *db, const char *sql, const struct db_param *params, int n,
		struct kerr *err);
/* Runs a statement that returns rows; NULL with err set on failure. */
struct db_rows *db_query(struct db *db, const char *sql, const struct db_param *params,
			 int n, struct kerr *err);
/* Advances to the next row: 1 = a row is there, 0 = done, -1 = error (err set). */
int db_next(struct db_rows *rows, struct kerr *err);
/* Column accessors for the current row; text is "" for NULL, valid until db_next. */
const char *db_text(struct db_rows *rows, int col);
int64_t db_int(struct db_rows *rows, int col);
int db_isnull(struct db_rows *rows, int col);
/* A BLOB/BYTEA column of the current row: a copy the caller frees (NUL
 * added after the *len bytes), NULL with *len 0 for NULL. */
void *db_blob(struct db_rows *rows, int col, size_t *len);
int db_ncols(struct db_rows *rows);
const char *db_colname(struct db_rows *rows, int col);
void db_rows_free(struct db_rows *rows);
/* Reads every row of `rows` (NULL: a failed query, -1) into a growing
 * array of `elem`-sized items filled by `fill`, then frees rows.  On an
 * error the items read so far go to `release` (which frees them and the
 * array; NULL: the array is simply freed) and *out is NULL, *n 0. */
int db_collect(struct db_rows *rows, size_t elem, void (*fill)(struct db_rows *, void *),
	       void (*release)(void *, size_t), void **out, size_t *n, struct kerr *err);

/* db_exec for SQL built at run time: never put in the statement cache,
 * whose key is the SQL string's address (which a built string does not
 * keep); on SQLite the last such statement is kept and reused while the
 * same text comes again.  Takes up to db_max_params parameters. */
int64_t db_exec_built(struct db *db, const char *sql, const struct db_param *params, int n,
		      struct kerr *err);
/* The most parameters one statement takes on this connection. */
int db_max_params(const struct db *db);

/* Multi-row INSERTs (db_batch.c): rows added one at a time go to the
 * database a chunk at a time, as "INSERT ... VALUES (...), (...), ..."
 * with as many rows as fit the parameters a statement takes (at most
 * DB_BATCH_ROWS).  Run it inside a transaction: a chunk that fails leaves
 * the rows sent before it.
 *
 *   struct db_batch *b = db_batch_new(db, "INSERT INTO t (a, b, c) VALUES", 3);
 *   for (...) if (db_batch_add(b, DB_ARGS(DB_INT(x), DB_TEXT(y), DB_NULL), err)) break;
 *   int64_t rows = db_batch_end(b, err);   (sends the rest; -1 if anything failed)
 *
 * A text or blob value is copied when added, so it need not outlive the call. */
#define DB_BATCH_ROWS 500
struct db_batch;
/* `head` names the table and columns, up to VALUES; it must outlive the batch. */
struct db_batch *db_batch_new(struct db *db, const char *head, int ncols);
/* Adds one row of exactly `ncols` values; 0, or -1 with err (when a chunk
 * failed: the batch then takes nothing more). */
int db_batch_add(struct db_batch *b, const struct db_param *row, int n, struct kerr *err);
/* Sends the rows left and frees the batch: the number of rows inserted
 * in all, or -1 with err if any chunk failed (or an add was refused). */
int64_t db_batch_end(struct db_batch *b, struct kerr *err);

/* Convenience: the first column of the first row as an integer.  Returns 1 if
 * a row was found, 0 if none, -1 on error. */
int db_query_int(struct db *db, const char *sql, const struct db_param *params, int n,
		 int64_t *out, struct kerr *err);

/* The first row's first `count` columns as integers into out[0..count)
 * (NULL, and every column when there is no row, as 0).  0, or -1 on error. */
int db_query_ints(struct db *db, const char *sql, const struct db_param *params, int n,
		  int64_t *out, int count, struct kerr *err);

/* The same for a BLOB/BYTEA: 1 with the bytes in *data (free() them; see
 * db_blob), 0 when there is no row or the value is NULL, -1 on error. */
int db_query_blob(struct db *db, const char *sql, const struct db_param *params, int n,
		  void **data, size_t *len, struct kerr *err);

/* Transactions.  db_begin on SQLite takes the write lock at once (IMMEDIATE). */
int db_begin(struct db *db, struct kerr *err);
int db_commit(struct db *db, struct kerr *err);
void db_rollback(struct db *db);
/* Ends a transaction: commits when rc is 0, otherwise (or if the commit
 * fails) rolls back.  Returns the final rc, so a store function can say
 * `return db_finish(db, do_the_work(db, ...), err);`. */
int db_finish(struct db *db, int rc, struct kerr *err);

/* A read snapshot for a request that only reads: on SQLite one deferred
 * transaction around all its queries, so they see one state of the data
 * and take the file locks once instead of once per statement.  The first
 * statement that would write, or a db_begin, ends it first, so writes keep
 * their own transactions.  A no-op on PostgreSQL.  db_snapshot_end ends it
 * (and does nothing when none is open). */
void db_snapshot_begin(struct db *db);
void db_snapshot_end(struct db *db);

/* Call once at start-up, before any database is opened. */
void db_library_init(void);

/* Runs a script of several statements without parameters (migrations). */
int db_exec_script(struct db *db, const char *sql, struct kerr *err);

/* SQLite: lets one connection keep up to `mib` MiB of pages in memory (0
 * restores the default 2 MiB), so a bulk write that touches more pages
 * than the default cache holds does not write and re-read them.  A no-op
 * on PostgreSQL, whose server manages its own cache. */
void db_set_cache_mib(struct db *db, int mib);

/* 1 if the last failure was a unique-constraint violation. */
int db_last_was_unique_violation(const struct db *db);

#endif
