/*
 * db.c - the SQLite and PostgreSQL back ends behind db.h.
 *
 * SQLite connections keep a small cache of prepared statements keyed by the
 * address of the SQL string (all SQL is string literals in src/store/), so a
 * hot query is prepared once per connection.  SQL built at run time (the
 * multi-row INSERTs of db_batch.c) goes through db_exec_built instead,
 * which keeps only its last statement, keyed by its text.  PostgreSQL runs
 * every query with PQexecParams and text parameters.
 */
#include "store/db.h"
#include "core/strbuf.h"

#include <inttypes.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define STMT_CACHE_SIZE 96
/* The most parameters one PostgreSQL statement takes (its protocol's
 * 16-bit count). */
#define PG_MAX_PARAMS 65535

struct stmt_slot {
	const char *sql;
	sqlite3_stmt *stmt;
	int in_use;
};

struct db {
	enum db_kind kind;
	sqlite3 *lite;
	PGconn *pg;
	int unique_violation;
	int snapshot;   /* a read transaction of db_snapshot_begin is open */
	struct stmt_slot cache[STMT_CACHE_SIZE];
	size_t ncache;
	/* The last statement db_exec_built ran, kept for the next chunk of
	 * the same multi-row INSERT (keyed by its text): SQLite's prepared,
	 * PostgreSQL's the unnamed statement, which the next PQexecParams or
	 * PQexec replaces (pg_run and db_exec_script forget built_sql then). */
	char *built_sql;
	sqlite3_stmt *built;
	/* SQLite: BEGIN DEFERRED and COMMIT of db_snapshot_begin/end, prepared
	 * once (a GET runs them on every request) */
	sqlite3_stmt *snap_begin, *snap_commit;
};

struct db_rows {
	struct db *db;
	/* SQLite */
	sqlite3_stmt *stmt;
	struct stmt_slot *slot;   /* NULL when the statement is not cached */
	/* PostgreSQL */
	PGresult *res;
	int row, nrows;
};

enum db_kind db_kind(const struct db *db) { return db->kind; }
int db_last_was_unique_violation(const struct db *db) { return db->unique_violation; }

/* ---- opening and closing ------------------------------------------------ */

/* The file must exist: only `kinerja init` creates it, so that a mistyped
 * --db does not quietly make (and then serve or export) an empty database. */
static int open_sqlite(struct db *db, const char *path, struct kerr *err)
{
	int rc = sqlite3_open_v2(path, &db->lite, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc == SQLITE_CANTOPEN && access(path, F_OK) != 0)
		return kerr_set(err, KERR_DB, "db", "Basis data SQLite %s tidak ada; buat dahulu dengan "
				"'kinerja init' (periksa --db / --data-dir)", path);
	if (rc != SQLITE_OK)
		return kerr_set(err, KERR_DB, "db", "Tidak dapat membuka basis data SQLite %s: %s",
				path, db->lite ? sqlite3_errmsg(db->lite) : sqlite3_errstr(rc));
	sqlite3_busy_timeout(db->lite, 10000);
	sqlite3_extended_result_codes(db->lite, 1);
	return db_exec_script(db,
		"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
		"PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;", err);
}

static int open_postgres(struct db *db, const char *url, struct kerr *err)
{
	db->pg = PQconnectdb(url);
	if (PQstatus(db->pg) != CONNECTION_OK)
		return kerr_set(err, KERR_DB, "db", "Tidak dapat terhubung ke PostgreSQL: %s",
				PQerrorMessage(db->pg));
	/* JIT is off: the planner overestimates the recursive unit and RHK
	 * queries and then spends about a second compiling them. */
	PGresult *r = PQexec(db->pg, "SET client_min_messages TO warning; SET TIME ZONE 'UTC'; "
			     "SET jit = off");
	PQclear(r);
	return 0;
}

int db_open(const char *url, struct db **out, struct kerr *err)
{
	struct db *db = xcalloc(1, sizeof *db);
	int rc;
	*out = NULL;
	if (strncmp(url, "sqlite:", 7) == 0) {
		db->kind = DB_SQLITE;
		rc = open_sqlite(db, url + 7, err);
	} else if (strncmp(url, "postgresql://", 13) == 0 || strncmp(url, "postgres://", 11) == 0) {
		db->kind = DB_POSTGRES;
		rc = open_postgres(db, url, err);
	} else {
		rc = kerr_set(err, KERR_INVALID, "db",
			      "Alamat basis data tidak dikenal: gunakan sqlite:PATH atau postgresql://...");
	}
	if (rc) {
		db_close(db);
		return -1;
	}
	*out = db;
	return 0;
}

void db_close(struct db *db)
{
	if (!db)
		return;
	for (size_t i = 0; i < db->ncache; i++)
		sqlite3_finalize(db->cache[i].stmt);
	sqlite3_finalize(db->built);
	sqlite3_finalize(db->snap_begin);
	sqlite3_finalize(db->snap_commit);
	free(db->built_sql);
	if (db->lite)
		sqlite3_close(db->lite);
	if (db->pg)
		PQfinish(db->pg);
	free(db);
}

/* ---- SQLite ------------------------------------------------------------- */

/* Rewrites $N placeholders to ?N, leaving quoted text alone. */
static char *sqlite_dialect(const char *sql)
{
	struct strbuf sb = STRBUF_INIT;
	char quote = 0;
	for (const char *p = sql; *p; p++) {
		if (quote) {
			if (*p == quote)
				quote = 0;
		} else if (*p == '\'' || *p == '"') {
			quote = *p;
		} else if (*p == '$' && p[1] >= '0' && p[1] <= '9') {
			strbuf_addch(&sb, '?');
			continue;
		}
		strbuf_addch(&sb, *p);
	}
	return strbuf_detach(&sb, NULL);
}

static int sqlite_fail(struct db *db, struct kerr *err, const char *what)
{
	int ext = sqlite3_extended_errcode(db->lite);
	if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY) {
		db->unique_violation = 1;
		return kerr_set(err, KERR_CONFLICT, "", "Data yang sama sudah ada (duplikat)");
	}
	if (ext == SQLITE_CONSTRAINT_FOREIGNKEY)
		return kerr_set(err, KERR_CONFLICT, "", "Data masih dirujuk oleh data lain, atau rujukan tidak ada");
	return kerr_set(err, KERR_DB, "", "Kesalahan basis data (%s): %s", what,
			sqlite3_errmsg(db->lite));
}

static sqlite3_stmt *sqlite_prepare(struct db *db, const char *sql, struct stmt_slot **slot,
				    struct kerr *err)
{
	*slot = NULL;
	size_t i;
	for (i = 0; i < db->ncache; i++)
		if (db->cache[i].sql == sql)
			break;
	if (i < db->ncache && !db->cache[i].in_use) {
		*slot = &db->cache[i];
		(*slot)->in_use = 1;
		return (*slot)->stmt;
	}
	char *lite_sql = sqlite_dialect(sql);
	sqlite3_stmt *stmt = NULL;
	int rc = sqlite3_prepare_v3(db->lite, lite_sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
	free(lite_sql);
	if (rc != SQLITE_OK) {
		sqlite_fail(db, err, "prepare");
		return NULL;
	}
	if (i == db->ncache && db->ncache < STMT_CACHE_SIZE) {
		*slot = &db->cache[db->ncache++];
		(*slot)->sql = sql;
		(*slot)->stmt = stmt;
		(*slot)->in_use = 1;
	}
	return stmt;
}

static void sqlite_release(sqlite3_stmt *stmt, struct stmt_slot *slot)
{
	if (slot) {
		sqlite3_reset(stmt);
		sqlite3_clear_bindings(stmt);
		slot->in_use = 0;
	} else {
		sqlite3_finalize(stmt);
	}
}

static int sqlite_bind(struct db *db, sqlite3_stmt *stmt, const struct db_param *params, int n,
		       struct kerr *err)
{
	for (int i = 0; i < n; i++) {
		int rc;
		switch (params[i].type) {
		case DBP_TEXT:
			rc = sqlite3_bind_text(stmt, i + 1, params[i].text, -1, SQLITE_STATIC);
			break;
		case DBP_INT:
			rc = sqlite3_bind_int64(stmt, i + 1, params[i].num);
			break;
		case DBP_BLOB:
			rc = sqlite3_bind_blob64(stmt, i + 1, params[i].text,
						 (sqlite3_uint64)params[i].num, SQLITE_STATIC);
			break;
		default:
			rc = sqlite3_bind_null(stmt, i + 1);
		}
		if (rc != SQLITE_OK)
			return sqlite_fail(db, err, "bind");
	}
	return 0;
}

static struct db_rows *sqlite_query(struct db *db, const char *sql, const struct db_param *params,
				    int n, struct kerr *err)
{
	struct stmt_slot *slot;
	sqlite3_stmt *stmt = sqlite_prepare(db, sql, &slot, err);
	if (!stmt)
		return NULL;
	if (sqlite_bind(db, stmt, params, n, err)) {
		sqlite_release(stmt, slot);
		return NULL;
	}
	if (db->snapshot && !sqlite3_stmt_readonly(stmt))
		db_snapshot_end(db);
	struct db_rows *rows = xcalloc(1, sizeof *rows);
	rows->db = db;
	rows->stmt = stmt;
	rows->slot = slot;
	return rows;
}

/* ---- PostgreSQL --------------------------------------------------------- */

static int pg_fail(struct db *db, PGresult *res, struct kerr *err)
{
	const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	int rc;
	if (state && strcmp(state, "23505") == 0) {
		db->unique_violation = 1;
		rc = kerr_set(err, KERR_CONFLICT, "", "Data yang sama sudah ada (duplikat)");
	} else if (state && strcmp(state, "23503") == 0) {
		rc = kerr_set(err, KERR_CONFLICT, "", "Data masih dirujuk oleh data lain, atau rujukan tidak ada");
	} else if (state && strcmp(state, "40001") == 0) {
		rc = kerr_set(err, KERR_CONFLICT, "", "Perubahan bersamaan terdeteksi; silakan ulangi");
	} else {
		rc = kerr_set(err, KERR_DB, "", "Kesalahan basis data: %s", PQerrorMessage(db->pg));
	}
	PQclear(res);
	return rc;
}

/* Room for the parameters of one PostgreSQL statement: on the stack for
 * the usual few, allocated for a multi-row INSERT's thousands. */
#define PG_STACK_PARAMS 64

struct pg_params {
	const char **values;
	char (*nums)[24];
	int *lengths, *formats;
	const char *sv[PG_STACK_PARAMS];
	char sn[PG_STACK_PARAMS][24];
	int sl[PG_STACK_PARAMS], sf[PG_STACK_PARAMS];
};

static void pg_params_fill(struct pg_params *pp, const struct db_param *params, int n)
{
	int big = n > PG_STACK_PARAMS;
	pp->values = big ? xcalloc((size_t)n, sizeof *pp->values) : pp->sv;
	pp->nums = big ? xcalloc((size_t)n, sizeof *pp->nums) : pp->sn;
	pp->lengths = big ? xcalloc((size_t)n, sizeof *pp->lengths) : pp->sl;
	pp->formats = big ? xcalloc((size_t)n, sizeof *pp->formats) : pp->sf;
	for (int i = 0; i < n; i++) {
		pp->lengths[i] = 0;
		pp->formats[i] = params[i].type == DBP_BLOB;   /* bytes go as binary */
		if (params[i].type == DBP_INT) {
			snprintf(pp->nums[i], sizeof pp->nums[i], "%" PRId64, params[i].num);
			pp->values[i] = pp->nums[i];
		} else if (params[i].type == DBP_BLOB) {
			pp->values[i] = params[i].text;
			pp->lengths[i] = (int)params[i].num;
		} else {
			pp->values[i] = params[i].type == DBP_TEXT ? params[i].text : NULL;
		}
	}
}

static void pg_params_release(struct pg_params *pp)
{
	if (pp->values == pp->sv)
		return;
	free(pp->values);
	free(pp->nums);
	free(pp->lengths);
	free(pp->formats);
}

static void pg_built_forget(struct db *db)
{
	free(db->built_sql);
	db->built_sql = NULL;
}

/* res when it succeeded, else NULL with err set (res cleared). */
static PGresult *pg_checked(struct db *db, PGresult *res, struct kerr *err)
{
	ExecStatusType st = PQresultStatus(res);
	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
		pg_fail(db, res, err);
		return NULL;
	}
	return res;
}

static PGresult *pg_run(struct db *db, const char *sql, const struct db_param *params, int n,
			struct kerr *err)
{
	struct pg_params pp;
	if (n > PG_MAX_PARAMS) {
		kerr_set(err, KERR_INTERNAL, "", "terlalu banyak parameter SQL");
		return NULL;
	}
	pg_built_forget(db);   /* PQexecParams replaces the unnamed statement */
	pg_params_fill(&pp, params, n);
	PGresult *res = PQexecParams(db->pg, sql, n, NULL, pp.values, pp.lengths, pp.formats, 0);
	pg_params_release(&pp);
	return pg_checked(db, res, err);
}

/* A statement for db_exec_built: the unnamed statement prepared once for
 * all the full chunks of a batch, so PostgreSQL parses thousands of
 * parameters once rather than per chunk. */
static PGresult *pg_run_built(struct db *db, const char *sql, const struct db_param *params,
			      int n, struct kerr *err)
{
	struct pg_params pp;
	if (n > PG_MAX_PARAMS) {
		kerr_set(err, KERR_INTERNAL, "", "terlalu banyak parameter SQL");
		return NULL;
	}
	if (!db->built_sql || strcmp(db->built_sql, sql)) {
		pg_built_forget(db);
		PGresult *prep = pg_checked(db, PQprepare(db->pg, "", sql, n, NULL), err);
		if (!prep)
			return NULL;
		PQclear(prep);
		db->built_sql = xstrdup(sql);
	}
	pg_params_fill(&pp, params, n);
	PGresult *res = PQexecPrepared(db->pg, "", n, pp.values, pp.lengths, pp.formats, 0);
	pg_params_release(&pp);
	return pg_checked(db, res, err);
}

/* ---- the common interface ----------------------------------------------- */

struct db_rows *db_query(struct db *db, const char *sql, const struct db_param *params, int n,
			 struct kerr *err)
{
	db->unique_violation = 0;
	if (db->kind == DB_SQLITE)
		return sqlite_query(db, sql, params, n, err);
	PGresult *res = pg_run(db, sql, params, n, err);
	if (!res)
		return NULL;
	struct db_rows *rows = xcalloc(1, sizeof *rows);
	rows->db = db;
	rows->res = res;
	rows->row = -1;
	rows->nrows = PQntuples(res);
	return rows;
}

int db_next(struct db_rows *rows, struct kerr *err)
{
	if (rows->res)
		return ++rows->row < rows->nrows ? 1 : 0;
	int rc = sqlite3_step(rows->stmt);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	return sqlite_fail(rows->db, err, "step");
}

const char *db_text(struct db_rows *rows, int col)
{
	if (rows->res)
		return PQgetvalue(rows->res, rows->row, col);
	const unsigned char *t = sqlite3_column_text(rows->stmt, col);
	return t ? (const char *)t : "";
}

int64_t db_int(struct db_rows *rows, int col)
{
	if (rows->res)
		return PQgetisnull(rows->res, rows->row, col) ? 0 :
			strtoll(PQgetvalue(rows->res, rows->row, col), NULL, 10);
	return sqlite3_column_int64(rows->stmt, col);
}

int db_isnull(struct db_rows *rows, int col)
{
	if (rows->res)
		return PQgetisnull(rows->res, rows->row, col);
	return sqlite3_column_type(rows->stmt, col) == SQLITE_NULL;
}

void *db_blob(struct db_rows *rows, int col, size_t *len)
{
	*len = 0;
	if (db_isnull(rows, col))
		return NULL;
	const void *src;
	unsigned char *pg = NULL;
	if (rows->res) {
		pg = PQunescapeBytea((const unsigned char *)PQgetvalue(rows->res, rows->row, col),
				     len);
		src = pg;
	} else {
		src = sqlite3_column_blob(rows->stmt, col);
		*len = (size_t)sqlite3_column_bytes(rows->stmt, col);
	}
	char *copy = xmalloc(*len + 1);
	if (*len)
		memcpy(copy, src, *len);
	copy[*len] = '\0';
	if (pg)
		PQfreemem(pg);
	return copy;
}

int db_ncols(struct db_rows *rows)
{
	return rows->res ? PQnfields(rows->res) : sqlite3_column_count(rows->stmt);
}

const char *db_colname(struct db_rows *rows, int col)
{
	return rows->res ? PQfname(rows->res, col) : sqlite3_column_name(rows->stmt, col);
}

void db_rows_free(struct db_rows *rows)
{
	if (!rows)
		return;
	if (rows->res)
		PQclear(rows->res);
	else
		sqlite_release(rows->stmt, rows->slot);
	free(rows);
}

/* The rows changed by a statement's result (cleared); -1 for none. */
static int64_t pg_changed(PGresult *res)
{
	if (!res)
		return -1;
	int64_t changed = strtoll(PQcmdTuples(res), NULL, 10);
	PQclear(res);
	return changed;
}

/* db_exec on PostgreSQL. */
static int64_t pg_exec(struct db *db, const char *sql, const struct db_param *params, int n,
		       struct kerr *err)
{
	return pg_changed(pg_run(db, sql, params, n, err));
}

int64_t db_exec(struct db *db, const char *sql, const struct db_param *params, int n,
		struct kerr *err)
{
	db->unique_violation = 0;
	if (db->kind == DB_POSTGRES)
		return pg_exec(db, sql, params, n, err);
	struct db_rows *rows = sqlite_query(db, sql, params, n, err);
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1)
		;
	db_rows_free(rows);
	return rc < 0 ? -1 : sqlite3_changes64(db->lite);
}

/* ---- statements built at run time ---------------------------------------------- */

/* The prepared statement of `sql`: the one kept from the last call when
 * its text is the same, else a new one (kept in its place). */
static sqlite3_stmt *sqlite_built(struct db *db, const char *sql, struct kerr *err)
{
	if (db->built && !strcmp(db->built_sql, sql))
		return db->built;
	sqlite3_finalize(db->built);
	free(db->built_sql);
	db->built = NULL;
	db->built_sql = NULL;
	char *lite_sql = sqlite_dialect(sql);
	int rc = sqlite3_prepare_v3(db->lite, lite_sql, -1, SQLITE_PREPARE_PERSISTENT, &db->built,
				    NULL);
	free(lite_sql);
	if (rc != SQLITE_OK) {
		sqlite3_finalize(db->built);
		db->built = NULL;
		sqlite_fail(db, err, "prepare");
		return NULL;
	}
	db->built_sql = xstrdup(sql);
	return db->built;
}

static int64_t sqlite_exec_built(struct db *db, const char *sql, const struct db_param *params,
				 int n, struct kerr *err)
{
	sqlite3_stmt *stmt = sqlite_built(db, sql, err);
	if (!stmt)
		return -1;
	if (db->snapshot && !sqlite3_stmt_readonly(stmt))
		db_snapshot_end(db);
	int64_t changed = -1;
	if (!sqlite_bind(db, stmt, params, n, err)) {
		int rc = sqlite3_step(stmt);
		while (rc == SQLITE_ROW)
			rc = sqlite3_step(stmt);
		changed = rc == SQLITE_DONE ? sqlite3_changes64(db->lite) : sqlite_fail(db, err, "step");
	}
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	return changed;
}

int64_t db_exec_built(struct db *db, const char *sql, const struct db_param *params, int n,
		      struct kerr *err)
{
	db->unique_violation = 0;
	if (db->kind == DB_POSTGRES)
		return pg_changed(pg_run_built(db, sql, params, n, err));
	return sqlite_exec_built(db, sql, params, n, err);
}

int db_max_params(const struct db *db)
{
	if (db->kind == DB_POSTGRES)
		return PG_MAX_PARAMS;
	return sqlite3_limit(db->lite, SQLITE_LIMIT_VARIABLE_NUMBER, -1);
}

int db_query_int(struct db *db, const char *sql, const struct db_param *params, int n,
		 int64_t *out, struct kerr *err)
{
	struct db_rows *rows = db_query(db, sql, params, n, err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		*out = db_int(rows, 0);
	db_rows_free(rows);
	return rc;
}

int db_query_ints(struct db *db, const char *sql, const struct db_param *params, int n,
		  int64_t *out, int count, struct kerr *err)
{
	struct db_rows *rows = db_query(db, sql, params, n, err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	for (int i = 0; i < count; i++)
		out[i] = rc == 1 && !db_isnull(rows, i) ? db_int(rows, i) : 0;
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int db_query_blob(struct db *db, const char *sql, const struct db_param *params, int n,
		  void **data, size_t *len, struct kerr *err)
{
	*data = NULL;
	*len = 0;
	struct db_rows *rows = db_query(db, sql, params, n, err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		*data = db_blob(rows, 0, len);
	db_rows_free(rows);
	return rc < 0 ? -1 : *data != NULL;
}

int db_exec_script(struct db *db, const char *sql, struct kerr *err)
{
	if (db->kind == DB_SQLITE) {
		char *msg = NULL;
		if (sqlite3_exec(db->lite, sql, NULL, NULL, &msg) != SQLITE_OK) {
			kerr_set(err, KERR_DB, "", "Kesalahan basis data: %s", msg ? msg : "?");
			sqlite3_free(msg);
			return -1;
		}
		return 0;
	}
	pg_built_forget(db);   /* a simple query drops the unnamed statement */
	PGresult *res = PQexec(db->pg, sql);
	ExecStatusType st = PQresultStatus(res);
	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
		return pg_fail(db, res, err);
	PQclear(res);
	return 0;
}

int db_begin(struct db *db, struct kerr *err)
{
	db_snapshot_end(db);
	return db_exec_script(db, db->kind == DB_SQLITE ? "BEGIN IMMEDIATE" : "BEGIN", err);
}

int db_commit(struct db *db, struct kerr *err)
{
	return db_exec_script(db, "COMMIT", err);
}

void db_rollback(struct db *db)
{
	struct kerr ignored = KERR_INIT;
	db_exec_script(db, "ROLLBACK", &ignored);
}

int db_finish(struct db *db, int rc, struct kerr *err)
{
	if (!rc)
		rc = db_commit(db, err);
	if (rc)
		db_rollback(db);
	return rc;
}

/* Runs one of the snapshot's statements, preparing it the first time. */
static int snapshot_step(struct db *db, sqlite3_stmt **stmt, const char *sql)
{
	if (!*stmt && sqlite3_prepare_v2(db->lite, sql, -1, stmt, NULL) != SQLITE_OK)
		return -1;
	int rc = sqlite3_step(*stmt);
	sqlite3_reset(*stmt);
	return rc == SQLITE_DONE ? 0 : -1;
}

void db_snapshot_begin(struct db *db)
{
	if (db->kind == DB_SQLITE && !db->snapshot && sqlite3_get_autocommit(db->lite))
		db->snapshot = snapshot_step(db, &db->snap_begin, "BEGIN DEFERRED") == 0;
}

void db_snapshot_end(struct db *db)
{
	if (!db->snapshot)
		return;
	db->snapshot = 0;
	if (snapshot_step(db, &db->snap_commit, "COMMIT"))
		db_rollback(db);
}

void db_library_init(void)
{
	/* No global memory statistics: they take one mutex on every allocation
	 * of every connection, which the server's threads would fight over. */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

void db_set_cache_mib(struct db *db, int mib)
{
	if (db->kind != DB_SQLITE)
		return;
	char pragma[48];
	snprintf(pragma, sizeof pragma, "PRAGMA cache_size=-%d", mib > 0 ? mib * 1024 : 2000);
	sqlite3_exec(db->lite, pragma, NULL, NULL, NULL);
}

int db_collect(struct db_rows *rows, size_t elem, void (*fill)(struct db_rows *, void *),
	       void (*release)(void *, size_t), void **out, size_t *n, struct kerr *err)
{
	size_t count = 0, alloc = 8;
	*out = NULL;
	*n = 0;
	if (!rows)
		return -1;
	char *list = xmalloc(alloc * elem);
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		if (count == alloc)
			list = xrealloc(list, (alloc *= 2) * elem);
		memset(list + count * elem, 0, elem);
		fill(rows, list + count++ * elem);
	}
	db_rows_free(rows);
	if (rc < 0) {
		if (release)
			release(list, count);
		else
			free(list);
		return -1;
	}
	*out = list;
	*n = count;
	return 0;
}
