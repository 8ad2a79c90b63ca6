/*
 * audit.c - the audit trail (who changed what, before and after) and the
 * online backup of an SQLite database.
 *
 * Every change elsewhere in the store calls store_audit inside its own
 * transaction, so a change and its record commit or roll back together.
 * The list query pages newest first and filters by entity and login.
 */
#include "store/store.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

int store_audit(struct db *db, const struct actor *who, const char *action, const char *entity,
		int64_t entity_id, const char *before_json, const char *after_json, struct kerr *err)
{
	const char *login = who && who->login && *who->login ? who->login : "system";
	const char *ip = who && who->ip ? who->ip : "";
	int64_t user_id = who ? who->user_id : 0;
	int64_t rc = db_exec(db,
		"INSERT INTO audit_log (at, user_id, login, ip, action, entity, entity_id, "
		"before_json, after_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
		DB_ARGS(DB_INT(now_unix()), DB_ID(user_id), DB_TEXT(login), DB_TEXT(ip),
			DB_TEXT(action), DB_TEXT(entity), DB_ID(entity_id),
			DB_TEXT(before_json), DB_TEXT(after_json)), err);
	return rc < 0 ? -1 : 0;
}

/* Clamps paging to page >= 1 and 1 <= per_page <= 500 (50 when unset). */
static void audit_paging(const struct audit_query *q, int64_t *limit, int64_t *offset)
{
	int per_page = q->per_page <= 0 ? 50 : q->per_page > 500 ? 500 : q->per_page;
	int page = q->page < 1 ? 1 : q->page;
	*limit = per_page;
	*offset = (int64_t)(page - 1) * per_page;
}

static int audit_count(struct db *db, const struct audit_query *q, int64_t *total,
		       struct kerr *err)
{
	*total = 0;
	return db_query_int(db,
		"SELECT COUNT(*) FROM audit_log "
		"WHERE (entity = $1 OR $1 = '') AND (entity_id = $2 OR $2 = 0) "
		"AND (login = $3 OR $3 = '')",
		DB_ARGS(DB_TEXT(q->entity ? q->entity : ""), DB_INT(q->entity_id),
			DB_TEXT(q->login ? q->login : "")), total, err) < 0 ? -1 : 0;
}

static char *dup_json(struct db_rows *rows, int col)
{
	return db_isnull(rows, col) ? NULL : xstrdup(db_text(rows, col));
}

static void audit_from_row(struct db_rows *rows, struct audit_entry *e)
{
	e->id = db_int(rows, 0);
	e->at = db_int(rows, 1);
	copy_str(e->login, sizeof e->login, db_text(rows, 2));
	copy_str(e->ip, sizeof e->ip, db_text(rows, 3));
	copy_str(e->action, sizeof e->action, db_text(rows, 4));
	copy_str(e->entity, sizeof e->entity, db_text(rows, 5));
	e->entity_id = db_int(rows, 6);
	e->before_json = dup_json(rows, 7);
	e->after_json = dup_json(rows, 8);
}

int store_audit_list(struct db *db, const struct audit_query *q, struct audit_entry **out,
		     size_t *n, int64_t *total, struct kerr *err)
{
	int64_t limit, offset;
	*out = NULL;
	*n = 0;
	audit_paging(q, &limit, &offset);
	if (audit_count(db, q, total, err))
		return -1;
	struct db_rows *rows = db_query(db,
		"SELECT id, at, login, ip, action, entity, COALESCE(entity_id, 0), before_json, "
		"after_json FROM audit_log "
		"WHERE (entity = $1 OR $1 = '') AND (entity_id = $2 OR $2 = 0) "
		"AND (login = $3 OR $3 = '') ORDER BY id DESC LIMIT $4 OFFSET $5",
		DB_ARGS(DB_TEXT(q->entity ? q->entity : ""), DB_INT(q->entity_id),
			DB_TEXT(q->login ? q->login : ""), DB_INT(limit), DB_INT(offset)), err);
	if (!rows)
		return -1;
	struct audit_entry *list = xcalloc((size_t)limit, sizeof *list);
	size_t count = 0;
	int rc = 0;
	while (count < (size_t)limit && (rc = db_next(rows, err)) == 1)
		audit_from_row(rows, &list[count++]);
	db_rows_free(rows);
	if (rc < 0) {
		audit_entries_free(list, count);
		return -1;
	}
	*out = list;
	*n = count;
	return 0;
}

void audit_entries_free(struct audit_entry *e, size_t n)
{
	if (!e)
		return;
	for (size_t i = 0; i < n; i++) {
		free(e[i].before_json);
		free(e[i].after_json);
	}
	free(e);
}

/* ---- backup -------------------------------------------------------------- */

/* Copies every page of src into dst, retrying while a writer holds a lock. */
static int backup_copy(sqlite3 *src, sqlite3 *dst, struct kerr *err)
{
	sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
	if (!b)
		return kerr_set(err, KERR_IO, "path", "Cadangan tidak dapat dimulai: %s",
				sqlite3_errmsg(dst));
	int rc, tries = 0;
	do {
		rc = sqlite3_backup_step(b, -1);
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
			sqlite3_sleep(100);
	} while ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++tries < 600);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE)
		return kerr_set(err, KERR_IO, "path", "Cadangan gagal: %s",
				rc == SQLITE_BUSY || rc == SQLITE_LOCKED
				? "basis data sedang sibuk" : sqlite3_errstr(rc));
	return 0;
}

int store_backup_sqlite(const char *url, const char *path, struct kerr *err)
{
	if (strncmp(url, "sqlite:", 7) != 0)
		return kerr_set(err, KERR_INVALID, "db",
				"Cadangan ini hanya untuk SQLite; untuk PostgreSQL gunakan pg_dump");
	if (!path || !*path || strcmp(path, url + 7) == 0)
		return kerr_set(err, KERR_INVALID, "path",
				"Berkas tujuan cadangan harus diisi dan berbeda dari basis data");
	sqlite3 *src = NULL, *dst = NULL;
	int rc = 0;
	if (sqlite3_open_v2(url + 7, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		rc = kerr_set(err, KERR_IO, "db", "Basis data %s tidak dapat dibuka: %s", url + 7,
			      src ? sqlite3_errmsg(src) : "kehabisan memori");
	else if (sqlite3_open_v2(path, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
				 NULL) != SQLITE_OK)
		rc = kerr_set(err, KERR_IO, "path", "Berkas cadangan %s tidak dapat dibuat: %s", path,
			      dst ? sqlite3_errmsg(dst) : "kehabisan memori");
	if (!rc) {
		sqlite3_busy_timeout(src, 10000);
		rc = backup_copy(src, dst, err);
	}
	sqlite3_close(dst);
	sqlite3_close(src);
	return rc;
}

int store_audit_json(struct db *db, const struct actor *who, const char *action,
		     const char *entity, int64_t id, json_t *before, json_t *after,
		     struct kerr *err)
{
	char *b = before ? json_dumps(before, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
	char *a = after ? json_dumps(after, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
	json_decref(before);
	json_decref(after);
	int rc = store_audit(db, who, action, entity, id, b, a, err);
	free(b);
	free(a);
	return rc;
}
