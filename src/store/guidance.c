/*
 * guidance.c - guidance sessions (dialog kinerja, coaching, mentoring,
 * konseling): recording, changing and deleting one, the employee's
 * response, reading one and the lists; and the helpers the guidance files
 * share (guidance_int.h).  See guidance.h.
 */
#include "store/guidance_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"
#include "domain/objection.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shared helpers ------------------------------------------------------------------- */

int64_t guidance_today(char out[GDATE_SIZE])
{
	int64_t today = wib_day(now_unix());
	if (out)
		gdate_format(today, out);
	return today;
}

int guidance_employee_check(struct db *db, int64_t id, struct kerr *err)
{
	int64_t active = 0;
	int rc = id > 0 ? db_query_int(db, "SELECT CASE WHEN status = 'aktif' THEN 1 ELSE 0 END "
				       "FROM employees WHERE id = $1", DB_ARGS(DB_INT(id)), &active,
				       err) : 0;
	if (rc < 0)
		return -1;
	if (rc == 0)
		return kerr_set(err, KERR_INVALID, "pegawai_id", "Pegawai tidak ditemukan");
	if (!active)
		return kerr_set(err, KERR_INVALID, "pegawai_id", "Pegawai ini tidak aktif");
	return 0;
}

int guidance_version_check(int64_t version, int64_t stored, const char *what, struct kerr *err)
{
	if (version && version != stored)
		return kerr_set(err, KERR_CONFLICT, "version", "%s ini telah diubah orang lain sejak "
				"Anda membukanya; muat ulang lalu coba lagi", what);
	return 0;
}

/* ---- rows ------------------------------------------------------------------------------- */

void guidance_session_release(struct guidance_session *s)
{
	free(s->topic);
	free(s->actions);
	free(s->response);
	memset(s, 0, sizeof *s);
}

void guidance_sessions_free(struct guidance_session *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		guidance_session_release(&s[i]);
	free(s);
}

#define SESSION_SELECT \
	"SELECT g.id, g.employee_id, e.nip, g.kind, g.held_on, g.follow_up_on, g.topic, " \
	"g.actions, g.response, COALESCE(g.led_by_employee_id, 0), g.led_by_name, " \
	"COALESCE(g.response_at, 0), g.version, g.created_at, g.updated_at, " \
	GUIDANCE_PERSON("e") ", COALESCE(e.position_id, 0) " \
	"FROM guidance_session g JOIN employees e ON e.id = g.employee_id "

/* Fills *s from a SESSION_SELECT row; returns the employee's position. */
static int64_t session_from_row(struct db_rows *rows, struct guidance_session *s)
{
	memset(s, 0, sizeof *s);
	s->id = db_int(rows, 0);
	s->employee_id = db_int(rows, 1);
	copy_str(s->nip, sizeof s->nip, db_text(rows, 2));
	if (session_kind_parse(db_text(rows, 3), &s->kind))
		s->kind = SESSION_DIALOG;
	copy_str(s->held_on, sizeof s->held_on, db_text(rows, 4));
	copy_str(s->follow_up_on, sizeof s->follow_up_on, db_text(rows, 5));
	s->topic = xstrdup(db_text(rows, 6));
	s->actions = xstrdup(db_text(rows, 7));
	s->response = xstrdup(db_text(rows, 8));
	s->led_by_id = db_int(rows, 9);
	copy_str(s->led_by_name, sizeof s->led_by_name, db_text(rows, 10));
	s->response_at = db_int(rows, 11);
	s->version = db_int(rows, 12);
	s->created_at = db_int(rows, 13);
	s->updated_at = db_int(rows, 14);
	store_person_name(rows, 15, s->employee_name, sizeof s->employee_name);
	return db_int(rows, 18);
}

int store_guidance_session_get(struct db *db, int64_t id, struct guidance_session *out,
			       struct kerr *err)
{
	struct db_rows *rows = db_query(db, SESSION_SELECT "WHERE g.id = $1", DB_ARGS(DB_INT(id)),
					err);
	memset(out, 0, sizeof *out);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		session_from_row(rows, out);
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "", "Sesi pembinaan tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

static json_t *session_json(const struct guidance_session *s)
{
	return json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "employee_id",
			 (json_int_t)s->employee_id, "kind", session_kind_name(s->kind), "held_on",
			 s->held_on, "topic", s->topic, "actions", s->actions, "follow_up_on",
			 s->follow_up_on, "led_by", s->led_by_name, "response", s->response);
}

/* ---- checks ------------------------------------------------------------------------------- */

static int session_check(const struct session_input *in, struct kerr *err)
{
	enum session_kind k;
	int64_t held = 0, follow = 0, today = guidance_today(NULL);
	if (session_kind_parse(in->kind, &k))
		return kerr_set(err, KERR_INVALID, "jenis", "Pilih jenis sesi: dialog_kinerja, "
				"coaching, mentoring atau konseling");
	if (gdate_check(in->held_on, "tanggal", "Tanggal sesi", &held, err))
		return -1;
	if (held > today)
		return kerr_set(err, KERR_INVALID, "tanggal", "Tanggal sesi tidak boleh setelah hari "
				"ini; catat sesi yang sudah berlangsung");
	if (guidance_text_check(in->topic, GUIDANCE_TOPIC_MAX, 0, 0, "topik", "Topik", err) ||
	    guidance_text_check(in->actions, GUIDANCE_TEXT_MAX, 1, 1, "kesepakatan",
				"Tindakan yang disepakati", err))
		return -1;
	if (!in->follow_up_on || !*in->follow_up_on)
		return 0;
	if (gdate_check(in->follow_up_on, "tanggal_tindak_lanjut", "Tanggal tindak lanjut", &follow,
			err))
		return -1;
	if (follow < held)
		return kerr_set(err, KERR_INVALID, "tanggal_tindak_lanjut", "Tanggal tindak lanjut "
				"tidak boleh sebelum tanggal sesi");
	return 0;
}

/* ---- changes ------------------------------------------------------------------------------- */

static int create_tx(struct db *db, const struct actor *who, const struct session_input *in,
		     int64_t *id, struct kerr *err)
{
	struct guidance_session s;
	int64_t now = now_unix();
	if (guidance_employee_check(db, in->employee_id, err) || session_check(in, err))
		return -1;
	int rc = db_query_int(db,
		"INSERT INTO guidance_session (employee_id, kind, held_on, topic, actions, "
		"follow_up_on, led_by_employee_id, led_by_name, created_at, updated_at) "
		"VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
		DB_ARGS(DB_INT(in->employee_id), DB_TEXT(in->kind), DB_TEXT(in->held_on),
			DB_TEXT(in->topic), DB_TEXT(in->actions ? in->actions : ""),
			DB_TEXT(in->follow_up_on ? in->follow_up_on : ""), DB_ID(in->led_by_id),
			DB_TEXT(in->led_by_name ? in->led_by_name : ""), DB_INT(now)), id, err);
	if (rc <= 0)
		return rc ? -1 : kerr_set(err, KERR_DB, "", "Sesi tidak tersimpan");
	if (store_guidance_session_get(db, *id, &s, err))
		return -1;
	rc = store_audit_json(db, who, "create", "guidance_session", *id, NULL, session_json(&s),
			      err);
	guidance_session_release(&s);
	return rc;
}

int store_guidance_session_create(struct db *db, const struct actor *who,
				  const struct session_input *in, int64_t *id, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, create_tx(db, who, in, id, err), err);
}

/* Runs `sql` ($1 the id, then `args`) on session id after checking its
 * version, auditing `action` with the session before and after. */
static int change_tx(struct db *db, const struct actor *who, int64_t id, int64_t version,
		     const char *action, const char *sql, const struct db_param *args, int nargs,
		     struct kerr *err)
{
	struct guidance_session before, after;
	if (store_guidance_session_get(db, id, &before, err))
		return -1;
	int rc = guidance_version_check(version, before.version, "Sesi", err);
	if (!rc && db_exec(db, sql, args, nargs, err) < 0)
		rc = -1;
	if (!rc && !strcmp(action, "delete")) {
		rc = store_audit_json(db, who, action, "guidance_session", id, session_json(&before),
				      NULL, err);
	} else if (!rc && !(rc = store_guidance_session_get(db, id, &after, err))) {
		rc = store_audit_json(db, who, action, "guidance_session", id, session_json(&before),
				      session_json(&after), err);
		guidance_session_release(&after);
	}
	guidance_session_release(&before);
	return rc;
}

int store_guidance_session_update(struct db *db, const struct actor *who, int64_t id,
				  const struct session_input *in, struct kerr *err)
{
	if (session_check(in, err) || db_begin(db, err))
		return -1;
	return db_finish(db, change_tx(db, who, id, in->version, "update",
		"UPDATE guidance_session SET kind = $2, held_on = $3, topic = $4, actions = $5, "
		"follow_up_on = $6, version = version + 1, updated_at = $7 WHERE id = $1",
		DB_ARGS(DB_INT(id), DB_TEXT(in->kind), DB_TEXT(in->held_on), DB_TEXT(in->topic),
			DB_TEXT(in->actions ? in->actions : ""),
			DB_TEXT(in->follow_up_on ? in->follow_up_on : ""), DB_INT(now_unix())),
		err), err);
}

int store_guidance_session_respond(struct db *db, const struct actor *who, int64_t id,
				   const char *response, int64_t version, struct kerr *err)
{
	const char *text = response ? response : "";
	int64_t now = now_unix();
	if (guidance_text_check(text, GUIDANCE_TEXT_MAX, 1, 1, "tanggapan", "Tanggapan", err) ||
	    db_begin(db, err))
		return -1;
	return db_finish(db, change_tx(db, who, id, version, "respond",
		"UPDATE guidance_session SET response = $2, response_at = $3, version = version + 1, "
		"updated_at = $4 WHERE id = $1",
		DB_ARGS(DB_INT(id), DB_TEXT(text), *text ? DB_INT(now) : DB_NULL, DB_INT(now)), err),
		err);
}

int store_guidance_session_delete(struct db *db, const struct actor *who, int64_t id,
				  int64_t version, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, change_tx(db, who, id, version, "delete",
		"DELETE FROM guidance_session WHERE id = $1", DB_ARGS(DB_INT(id)), err), err);
}

/* ---- the list ----------------------------------------------------------------------------------- */

#define UNIT_SUB "WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $2 " \
	"UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "

int store_guidance_session_list(struct db *db, const struct guidance_query *q,
				struct guidance_session **out, size_t *n, struct kerr *err)
{
	struct guidance_chain *chain = NULL;
	size_t alloc = 0;
	int rc;
	*out = NULL;
	*n = 0;
	if (q->unit_root < 0)
		return 0;
	if (q->superior_id && !(chain = guidance_chain_load(db, q->superior_id, err)))
		return -1;
	struct db_rows *rows = db_query(db, UNIT_SUB SESSION_SELECT
		"WHERE ($1 = 0 OR g.employee_id = $1) AND ($2 = 0 OR e.unit_id IN (SELECT id FROM sub)) "
		"ORDER BY g.held_on DESC, g.id DESC LIMIT 2000",
		DB_ARGS(DB_INT(q->employee_id), DB_INT(q->unit_root)), err);
	if (!rows) {
		guidance_chain_free(chain);
		return -1;
	}
	while ((rc = db_next(rows, err)) == 1 && *n < GUIDANCE_LIST_MAX) {
		struct guidance_session s;
		int64_t pos = session_from_row(rows, &s);
		if (chain && !guidance_chain_below(chain, s.employee_id, pos)) {
			guidance_session_release(&s);
			continue;
		}
		if (*n == alloc)
			*out = xrealloc(*out, (alloc = alloc ? alloc * 2 : 16) * sizeof **out);
		(*out)[(*n)++] = s;
	}
	db_rows_free(rows);
	guidance_chain_free(chain);
	if (rc < 0) {
		guidance_sessions_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}
