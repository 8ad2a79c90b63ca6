/*
 * db_batch.c - multi-row INSERTs over db.h (see db_batch_new there): rows
 * are collected with copies of their values and sent as one
 * "INSERT ... VALUES (...), (...)" per chunk through db_exec_built, so
 * that writing a quarter of a million rows to PostgreSQL takes a few
 * hundred round trips instead of one per row.  The statement of a full
 * chunk is built once per batch; SQLite keeps it prepared between chunks.
 */
#include "store/db.h"
#include "core/strbuf.h"

#include <stdlib.h>
#include <string.h>

struct db_batch {
	struct db *db;
	const char *head;          /* "INSERT INTO t (a, b) VALUES" */
	int ncols;
	size_t max_rows, rows;     /* rows per chunk; rows held now */
	struct db_param *params;   /* max_rows * ncols; text and blobs copied */
	char *full_sql;            /* the statement of a full chunk, once built */
	int64_t done;              /* rows inserted so far */
	int failed;
};

/* head + "($1, $2), ($3, $4), ..." for `rows` rows. */
static char *batch_sql(const struct db_batch *b, size_t rows)
{
	struct strbuf sb = STRBUF_INIT;
	size_t k = 1;
	strbuf_addstr(&sb, b->head);
	for (size_t r = 0; r < rows; r++) {
		strbuf_addstr(&sb, r ? ", (" : " (");
		for (int c = 0; c < b->ncols; c++)
			strbuf_addf(&sb, "%s$%zu", c ? ", " : "", k++);
		strbuf_addch(&sb, ')');
	}
	return strbuf_detach(&sb, NULL);
}

struct db_batch *db_batch_new(struct db *db, const char *head, int ncols)
{
	struct db_batch *b = xcalloc(1, sizeof *b);
	size_t fit = (size_t)db_max_params(db) / (size_t)(ncols > 0 ? ncols : 1);
	b->db = db;
	b->head = head;
	b->ncols = ncols > 0 ? ncols : 1;
	b->max_rows = fit < 1 ? 1 : fit < DB_BATCH_ROWS ? fit : DB_BATCH_ROWS;
	b->params = xcalloc(b->max_rows * (size_t)b->ncols, sizeof *b->params);
	return b;
}

/* Frees the copies of the values held and forgets the rows. */
static void batch_clear(struct db_batch *b)
{
	for (size_t i = 0; i < b->rows * (size_t)b->ncols; i++)
		if (b->params[i].type == DBP_TEXT || b->params[i].type == DBP_BLOB)
			free((char *)b->params[i].text);
	b->rows = 0;
}

/* Sends the rows held as one statement. */
static int batch_flush(struct db_batch *b, struct kerr *err)
{
	if (!b->rows)
		return 0;
	if (b->rows == b->max_rows && !b->full_sql)
		b->full_sql = batch_sql(b, b->max_rows);
	char *sql = b->rows == b->max_rows ? b->full_sql : batch_sql(b, b->rows);
	int64_t n = db_exec_built(b->db, sql, b->params, (int)(b->rows * (size_t)b->ncols), err);
	if (sql != b->full_sql)
		free(sql);
	batch_clear(b);
	if (n < 0) {
		b->failed = 1;
		return -1;
	}
	b->done += n;
	return 0;
}

/* A copy of value v that the batch owns. */
static struct db_param param_copy(struct db_param v)
{
	if (v.type == DBP_TEXT) {
		v.text = xstrdup(v.text);
	} else if (v.type == DBP_BLOB) {
		char *bytes = xmalloc((size_t)v.num + 1);
		if (v.num > 0)
			memcpy(bytes, v.text, (size_t)v.num);
		v.text = bytes;
	}
	return v;
}

int db_batch_add(struct db_batch *b, const struct db_param *row, int n, struct kerr *err)
{
	if (b->failed)
		return -1;
	if (n != b->ncols) {
		b->failed = 1;
		return kerr_set(err, KERR_INTERNAL, "", "baris INSERT berisi %d nilai, bukan %d", n,
				b->ncols);
	}
	struct db_param *at = b->params + b->rows * (size_t)b->ncols;
	for (int c = 0; c < n; c++)
		at[c] = param_copy(row[c]);
	b->rows++;
	return b->rows == b->max_rows ? batch_flush(b, err) : 0;
}

int64_t db_batch_end(struct db_batch *b, struct kerr *err)
{
	int rc = b->failed ? -1 : batch_flush(b, err);
	int64_t done = b->done;
	batch_clear(b);
	free(b->params);
	free(b->full_sql);
	free(b);
	return rc ? -1 : done;
}
