/*
 * briefing_ack.c - what happens between a published guide and the
 * employees it addresses: opening it, quiz attempts, acknowledgements,
 * HR's reminders, and the coverage per unit with the list of those who
 * have not acknowledged (see briefing.h).
 */
#include "store/briefing_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Who a guide addresses within a scope: employees e, with $2 the guide's
 * unit (0: all), $3 the scope (0: all; -1: none). */
#define ADDRESSED_CTE "WITH RECURSIVE " BRIEF_UNITS_CTE("aud", "$2") ", " \
	BRIEF_UNITS_CTE("sc", "$3") " "
#define ADDRESSED_WHERE "e.status = 'aktif' AND e.unit_id IN (SELECT id FROM aud) AND " \
	"e.unit_id IN (SELECT id FROM sc) "
/* ... and $4 the guide's version: not acknowledged at it. */
#define NOT_ACKED "NOT EXISTS (SELECT 1 FROM guide_ack a WHERE a.guide_id = $1 AND " \
	"a.employee_id = e.id AND a.version = $4) "

/* ---- coverage -------------------------------------------------------------------------------- */

static int collect_coverage(struct db_rows *rows, struct guide_coverage **out, size_t *n,
			    struct kerr *err)
{
	int rc;
	*out = NULL;
	*n = 0;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		*out = xrealloc(*out, (*n + 1) * sizeof **out);
		struct guide_coverage *c = &(*out)[(*n)++];
		c->unit_id = db_int(rows, 0);
		copy_str(c->unit_code, sizeof c->unit_code, db_text(rows, 1));
		copy_str(c->unit_name, sizeof c->unit_name, db_text(rows, 2));
		c->addressed = db_int(rows, 3);
		c->opened = db_int(rows, 4);
		c->acked = db_int(rows, 5);
	}
	db_rows_free(rows);
	if (rc < 0) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return rc < 0 ? -1 : 0;
}

int store_guide_coverage(struct db *db, const struct guide *g, int64_t scope_unit,
			 struct guide_coverage **out, size_t *n, struct kerr *err)
{
	return collect_coverage(db_query(db, ADDRESSED_CTE
		"SELECT u.id, u.code, u.name, COUNT(*), "
		"SUM(CASE WHEN r.opened_version >= $4 THEN 1 ELSE 0 END), "
		"SUM(CASE WHEN a.id IS NOT NULL THEN 1 ELSE 0 END) "
		"FROM employees e JOIN units u ON u.id = e.unit_id "
		"LEFT JOIN guide_reader r ON r.guide_id = $1 AND r.employee_id = e.id "
		"LEFT JOIN guide_ack a ON a.guide_id = $1 AND a.employee_id = e.id AND "
		"a.version = $4 WHERE " ADDRESSED_WHERE
		"GROUP BY u.id, u.code, u.name ORDER BY u.code",
		DB_ARGS(DB_INT(g->id), DB_INT(g->unit_id), DB_INT(scope_unit), DB_INT(g->version)),
		err), out, n, err);
}

int store_guide_totals(struct db *db, const struct guide *g, int64_t scope_unit,
		       struct guide_coverage *out, struct kerr *err)
{
	struct guide_coverage *v = NULL;
	size_t n = 0;
	memset(out, 0, sizeof *out);
	if (store_guide_coverage(db, g, scope_unit, &v, &n, err))
		return -1;
	for (size_t i = 0; i < n; i++) {
		out->addressed += v[i].addressed;
		out->opened += v[i].opened;
		out->acked += v[i].acked;
	}
	free(v);
	return 0;
}

int store_guide_pending(struct db *db, const struct guide *g, int64_t scope_unit,
			int64_t unit_id, struct guide_pending **out, size_t *n, struct kerr *err)
{
	struct db_rows *rows = db_query(db, ADDRESSED_CTE
		"SELECT e.id, e.nip, e.front_title, e.name, e.back_title, u.name, "
		"CASE WHEN r.opened_version >= $4 THEN COALESCE(r.opened_at, 0) ELSE 0 END, "
		"COALESCE(r.reminded_at, 0), COALESCE(r.reminders, 0) "
		"FROM employees e JOIN units u ON u.id = e.unit_id "
		"LEFT JOIN guide_reader r ON r.guide_id = $1 AND r.employee_id = e.id "
		"WHERE " ADDRESSED_WHERE "AND ($5 = 0 OR e.unit_id = $5) AND " NOT_ACKED
		"ORDER BY u.code, e.name_key, e.id LIMIT 2000",
		DB_ARGS(DB_INT(g->id), DB_INT(g->unit_id), DB_INT(scope_unit), DB_INT(g->version),
			DB_INT(unit_id)), err);
	int rc;
	*out = NULL;
	*n = 0;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		*out = xrealloc(*out, (*n + 1) * sizeof **out);
		struct guide_pending *p = &(*out)[(*n)++];
		const char *front = db_text(rows, 2), *back = db_text(rows, 4);
		p->employee_id = db_int(rows, 0);
		copy_str(p->nip, sizeof p->nip, db_text(rows, 1));
		snprintf(p->name, sizeof p->name, "%s%s%s%s%s", front, *front ? " " : "",
			 db_text(rows, 3), *back ? ", " : "", back);
		copy_str(p->unit_name, sizeof p->unit_name, db_text(rows, 5));
		p->opened_at = db_int(rows, 6);
		p->reminded_at = db_int(rows, 7);
		p->reminders = db_int(rows, 8);
	}
	db_rows_free(rows);
	if (rc < 0) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return rc < 0 ? -1 : 0;
}

/* ---- reminders --------------------------------------------------------------------------------- */

/* For one employee: addressed, within the scope, not acknowledged. */
static int remind_one_check(struct db *db, const struct guide *g, int64_t scope_unit,
			    int64_t employee_id, struct kerr *err)
{
	int64_t found = 0;
	if (db_query_int(db, "WITH RECURSIVE " BRIEF_UNITS_CTE("aud", "$2") ", "
			 BRIEF_UNITS_CTE("sc", "$3") " SELECT COUNT(*) FROM employees e WHERE "
			 "e.id = $1 AND " ADDRESSED_WHERE, DB_ARGS(DB_INT(employee_id),
			 DB_INT(g->unit_id), DB_INT(scope_unit)), &found, err) < 0)
		return -1;
	if (!found)
		return kerr_set(err, KERR_INVALID, "pegawai_id", "Pegawai ini tidak dituju panduan "
				"ini (atau di luar cakupan Anda)");
	if (db_query_int(db, "SELECT COUNT(*) FROM guide_ack WHERE guide_id = $1 AND "
			 "employee_id = $2 AND version = $3", DB_ARGS(DB_INT(g->id),
			 DB_INT(employee_id), DB_INT(g->version)), &found, err) < 0)
		return -1;
	if (found)
		return kerr_set(err, KERR_CONFLICT, "pegawai_id", "Pegawai ini sudah menyatakan "
				"memahami versi terbaru panduan ini");
	return 0;
}

static int remind_tx(struct db *db, const struct actor *who, int64_t guide_id,
		     int64_t scope_unit, int64_t employee_id, int64_t *count, struct kerr *err)
{
	struct guide g;
	if (guide_claim(db, guide_id, 0, &g, err))
		return -1;
	int rc = 0;
	if (g.state != BRIEF_TERBIT)
		rc = kerr_set(err, KERR_CONFLICT, "status", "Pengingat hanya untuk panduan yang "
			      "sudah terbit");
	if (!rc && employee_id)
		rc = remind_one_check(db, &g, scope_unit, employee_id, err);
	if (!rc) {
		*count = db_exec(db, ADDRESSED_CTE
			"INSERT INTO guide_reader (guide_id, employee_id, reminded_at, reminders) "
			"SELECT $1, e.id, $6, 1 FROM employees e WHERE " ADDRESSED_WHERE "AND "
			"($5 = 0 OR e.id = $5) AND " NOT_ACKED
			"ON CONFLICT (guide_id, employee_id) DO UPDATE SET reminded_at = "
			"excluded.reminded_at, reminders = guide_reader.reminders + 1",
			DB_ARGS(DB_INT(guide_id), DB_INT(g.unit_id), DB_INT(scope_unit),
				DB_INT(g.version), DB_INT(employee_id), DB_INT(now_unix())), err);
		rc = *count < 0 ? -1 : 0;
	}
	if (!rc && *count)
		rc = store_audit_json(db, who, "pengingat", "panduan", guide_id, NULL,
				      json_pack("{s:I, s:I, s:o}", "versi", (json_int_t)g.version,
						"jumlah", (json_int_t)*count, "pegawai_id",
						employee_id ? json_integer(employee_id) : json_null()),
				      err);
	guide_release(&g);
	return rc;
}

int store_guide_remind(struct db *db, const struct actor *who, int64_t guide_id,
		       int64_t scope_unit, int64_t employee_id, int64_t *count, struct kerr *err)
{
	*count = 0;
	if (db_begin(db, err))
		return -1;
	return db_finish(db, remind_tx(db, who, guide_id, scope_unit, employee_id, count, err),
			 err);
}

/* ---- opening ------------------------------------------------------------------------------------ */

/* Inside a transaction: records the opening of g's version; *done 1 when
 * a row changed (and its audit row is written). */
static int open_record(struct db *db, const struct actor *who, const struct guide *g,
		       int64_t employee_id, struct kerr *err)
{
	int64_t now = now_unix();
	int64_t n = db_exec(db, "INSERT INTO guide_reader (guide_id, employee_id, first_opened_at, "
			    "opened_at, opened_version) VALUES ($1, $2, $3, $3, $4) "
			    "ON CONFLICT (guide_id, employee_id) DO UPDATE SET first_opened_at = "
			    "COALESCE(guide_reader.first_opened_at, excluded.first_opened_at), "
			    "opened_at = excluded.opened_at, opened_version = excluded.opened_version "
			    "WHERE guide_reader.opened_version < excluded.opened_version",
			    DB_ARGS(DB_INT(g->id), DB_INT(employee_id), DB_INT(now),
				    DB_INT(g->version)), err);
	if (n <= 0)
		return n < 0 ? -1 : 0;
	return store_audit_json(db, who, "buka", "panduan", g->id, NULL,
				json_pack("{s:I, s:I}", "pegawai_id", (json_int_t)employee_id,
					  "versi", (json_int_t)g->version), err);
}

int store_guide_open(struct db *db, const struct actor *who, const struct guide *g,
		     int64_t employee_id, struct kerr *err)
{
	struct guide_status st;
	int yes = 0;
	if (g->state != BRIEF_TERBIT || !employee_id ||
	    store_guide_status(db, g, employee_id, &st, err))
		return kerr_is_set(err) ? -1 : 0;
	if (guide_status_opened(g, &st))
		return 0;
	if (store_guide_addresses(db, g, employee_id, &yes, err))
		return -1;
	if (!yes || db_begin(db, err))
		return yes ? -1 : 0;
	return db_finish(db, open_record(db, who, g, employee_id, err), err);
}

/* ---- acknowledging ---------------------------------------------------------------------------------- */

/* The checks every step of the employee shares, on the claimed guide. */
static int employee_may(struct db *db, const struct guide *g, int64_t employee_id,
			int64_t version, struct kerr *err)
{
	int yes = 0;
	if (g->state != BRIEF_TERBIT)
		return kerr_set(err, KERR_CONFLICT, "status", "Panduan ini %s; tidak dapat dinyatakan "
				"dipahami", g->state == BRIEF_DRAF ? "belum terbit" : "sudah ditarik");
	if (store_guide_addresses(db, g, employee_id, &yes, err))
		return -1;
	if (!yes)
		return kerr_set(err, KERR_FORBIDDEN, "pegawai", "Panduan ini tidak ditujukan kepada "
				"Anda: ditujukan kepada %s", g->unit_id ? g->unit_name
				: "seluruh pegawai aktif");
	if (version && version != g->version)
		return kerr_set(err, KERR_CONFLICT, "versi", "Panduan ini sudah diperbarui ke versi "
				"%lld; baca versi terbaru lalu nyatakan lagi", (long long)g->version);
	return 0;
}

/* Inside a transaction: the acknowledgement row (and the opening). */
static int ack_record(struct db *db, const struct actor *who, const struct guide *g,
		      int64_t employee_id, int *again, struct kerr *err)
{
	int64_t have = 0;
	if (db_query_int(db, "SELECT COUNT(*) FROM guide_ack WHERE guide_id = $1 AND "
			 "employee_id = $2 AND version = $3", DB_ARGS(DB_INT(g->id),
			 DB_INT(employee_id), DB_INT(g->version)), &have, err) < 0)
		return -1;
	*again = have > 0;
	if (have)
		return 0;
	if (open_record(db, who, g, employee_id, err) ||
	    db_exec(db, "INSERT INTO guide_ack (guide_id, employee_id, version, acked_at) "
		    "VALUES ($1, $2, $3, $4)", DB_ARGS(DB_INT(g->id), DB_INT(employee_id),
		    DB_INT(g->version), DB_INT(now_unix())), err) < 0)
		return -1;
	return store_audit_json(db, who, "ketahui", "panduan", g->id, NULL,
				json_pack("{s:I, s:I}", "pegawai_id", (json_int_t)employee_id,
					  "versi", (json_int_t)g->version), err);
}

static int ack_tx(struct db *db, const struct actor *who, int64_t guide_id,
		  int64_t employee_id, int64_t version, int *again, struct kerr *err)
{
	struct guide g;
	int64_t passed = 0;
	if (guide_claim(db, guide_id, 0, &g, err))
		return -1;
	int rc = employee_may(db, &g, employee_id, version, err);
	if (!rc && g.quiz.n &&
	    db_query_int(db, "SELECT COUNT(*) FROM guide_attempt WHERE guide_id = $1 AND "
			 "employee_id = $2 AND version = $3 AND passed = 1",
			 DB_ARGS(DB_INT(guide_id), DB_INT(employee_id), DB_INT(g.version)),
			 &passed, err) < 0)
		rc = -1;
	if (!rc && g.quiz.n && !passed)
		rc = kerr_set(err, KERR_CONFLICT, "kuis", "Jawab kuis panduan ini dan lulus dulu "
			      "(paling sedikit %d dari %d jawaban benar) sebelum menyatakan "
			      "memahaminya", briefing_pass_needed(&g.quiz), g.quiz.n);
	if (!rc)
		rc = ack_record(db, who, &g, employee_id, again, err);
	guide_release(&g);
	return rc;
}

int store_guide_acknowledge(struct db *db, const struct actor *who, int64_t guide_id,
			    int64_t employee_id, int64_t version, int *again, struct kerr *err)
{
	*again = 0;
	if (db_begin(db, err))
		return -1;
	return db_finish(db, ack_tx(db, who, guide_id, employee_id, version, again, err), err);
}

/* ---- quiz attempts ------------------------------------------------------------------------------------ */

static int attempt_record(struct db *db, const struct actor *who, const struct guide *g,
			  int64_t employee_id, const int *answers, int n,
			  const struct briefing_grade *grade, struct kerr *err)
{
	json_t *arr = json_array();
	for (int i = 0; i < n; i++)
		json_array_append_new(arr, json_integer(answers[i]));
	char *text = json_dumps(arr, JSON_COMPACT);
	int64_t rc = db_exec(db, "INSERT INTO guide_attempt (guide_id, employee_id, version, "
			     "answers, correct, total, passed, at) VALUES ($1, $2, $3, $4, $5, $6, "
			     "$7, $8)", DB_ARGS(DB_INT(g->id), DB_INT(employee_id),
			     DB_INT(g->version), DB_TEXT(text), DB_INT(grade->correct),
			     DB_INT(grade->total), DB_INT(grade->passed ? 1 : 0),
			     DB_INT(now_unix())), err);
	free(text);
	if (rc < 0) {
		json_decref(arr);
		return -1;
	}
	return store_audit_json(db, who, "kuis", "panduan", g->id, NULL,
				json_pack("{s:I, s:I, s:o, s:i, s:i, s:b}", "pegawai_id",
					  (json_int_t)employee_id, "versi", (json_int_t)g->version,
					  "jawaban", arr, "benar", grade->correct, "jumlah",
					  grade->total, "lulus", grade->passed), err);
}

static int answer_tx(struct db *db, const struct actor *who, int64_t guide_id,
		     int64_t employee_id, int64_t version, const int *answers, int n, int ack,
		     struct briefing_grade *grade, int *acked, struct kerr *err)
{
	struct guide g;
	int again = 0;
	if (guide_claim(db, guide_id, 0, &g, err))
		return -1;
	int rc = employee_may(db, &g, employee_id, version, err);
	if (!rc && !g.quiz.n)
		rc = kerr_set(err, KERR_CONFLICT, "kuis", "Panduan ini tidak memiliki kuis");
	if (!rc)
		rc = briefing_quiz_grade(&g.quiz, answers, n, grade, err);
	if (!rc)
		rc = attempt_record(db, who, &g, employee_id, answers, n, grade, err);
	if (!rc && grade->passed && ack) {
		rc = ack_record(db, who, &g, employee_id, &again, err);
		*acked = !rc;
	}
	guide_release(&g);
	return rc;
}

int store_guide_answer(struct db *db, const struct actor *who, int64_t guide_id,
		       int64_t employee_id, int64_t version, const int *answers, int n, int ack,
		       struct briefing_grade *g, int *acked, struct kerr *err)
{
	*acked = 0;
	memset(g, 0, sizeof *g);
	if (db_begin(db, err))
		return -1;
	return db_finish(db, answer_tx(db, who, guide_id, employee_id, version, answers, n, ack,
				       g, acked, err), err);
}
