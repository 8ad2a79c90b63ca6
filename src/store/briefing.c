/*
 * briefing.c - reading guides (sosialisasi): one guide with its quiz and
 * attachments, HR's list, an employee's own list with their status, who
 * a guide addresses, the last quiz attempt, the guide as audit JSON, the
 * criteria setting and the scope test (see briefing.h).
 */
#include "store/briefing_int.h"
#include "store/db.h"
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void guide_attachment_release(struct guide_attachment *a)
{
	free(a->name);
	a->name = NULL;
}

void guide_release(struct guide *g)
{
	free(g->title);
	free(g->body);
	briefing_quiz_release(&g->quiz);
	for (size_t i = 0; i < g->n_att; i++)
		guide_attachment_release(&g->att[i]);
	free(g->att);
	memset(g, 0, sizeof *g);
}

void guides_free(struct guide *g, size_t n)
{
	for (size_t i = 0; i < n; i++)
		guide_release(&g[i]);
	free(g);
}

int guide_status_opened(const struct guide *g, const struct guide_status *s)
{
	return s->opened_version > 0 && s->opened_version >= g->version;
}

int guide_status_acked(const struct guide *g, const struct guide_status *s)
{
	return s->acked_version > 0 && s->acked_version >= g->version;
}

/* ---- rows ----------------------------------------------------------------------------- */

#define GUIDE_COLS \
	"g.id, g.title, g.kind, g.body, COALESCE(g.unit_id, 0), COALESCE(u.name, ''), g.state, " \
	"g.version, g.pass_mark, g.rev, g.created_by_name, g.published_by_name, g.created_at, " \
	"g.updated_at, COALESCE(g.published_at, 0)"
#define GUIDE_NCOLS 15
#define GUIDE_FROM " FROM guide g LEFT JOIN units u ON u.id = g.unit_id "

static void from_row(struct db_rows *rows, struct guide *g)
{
	memset(g, 0, sizeof *g);
	g->id = db_int(rows, 0);
	g->title = xstrdup(db_text(rows, 1));
	if (briefing_kind_parse(db_text(rows, 2), &g->kind))
		g->kind = BRIEF_PANDUAN;
	g->body = xstrdup(db_text(rows, 3));
	g->unit_id = db_int(rows, 4);
	copy_str(g->unit_name, sizeof g->unit_name, db_text(rows, 5));
	if (briefing_state_parse(db_text(rows, 6), &g->state))
		g->state = BRIEF_DRAF;
	g->version = db_int(rows, 7);
	g->quiz.pass_mark = (int)db_int(rows, 8);
	g->rev = db_int(rows, 9);
	copy_str(g->created_by, sizeof g->created_by, db_text(rows, 10));
	copy_str(g->published_by, sizeof g->published_by, db_text(rows, 11));
	g->created_at = db_int(rows, 12);
	g->updated_at = db_int(rows, 13);
	g->published_at = db_int(rows, 14);
}

static void status_from_row(struct db_rows *rows, int col, struct guide_status *s)
{
	s->first_opened_at = db_int(rows, col);
	s->opened_at = db_int(rows, col + 1);
	s->opened_version = db_int(rows, col + 2);
	s->reminded_at = db_int(rows, col + 3);
	s->reminders = db_int(rows, col + 4);
	s->acked_version = db_int(rows, col + 5);
	s->acked_at = db_int(rows, col + 6);
}

/* Collects guides (and, when st is given, the status columns after them). */
static int collect(struct db_rows *rows, struct guide **out, struct guide_status **st,
		   size_t *n, struct kerr *err)
{
	size_t alloc = 0;
	int rc;
	*out = NULL;
	if (st)
		*st = NULL;
	*n = 0;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		if (*n == alloc) {
			alloc = alloc ? alloc * 2 : 8;
			*out = xrealloc(*out, alloc * sizeof **out);
			if (st)
				*st = xrealloc(*st, alloc * sizeof **st);
		}
		from_row(rows, &(*out)[*n]);
		if (st)
			status_from_row(rows, GUIDE_NCOLS, &(*st)[*n]);
		(*n)++;
	}
	db_rows_free(rows);
	if (rc < 0) {
		guides_free(*out, *n);
		*out = NULL;
		*n = 0;
		if (st) {
			free(*st);
			*st = NULL;
		}
		return -1;
	}
	return 0;
}

/* ---- one guide ------------------------------------------------------------------------------ */

static int load_quiz(struct db *db, struct guide *g, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT question, choices, answer FROM guide_question "
					"WHERE guide_id = $1 ORDER BY seq", DB_ARGS(DB_INT(g->id)), err);
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		struct briefing_question *q = briefing_quiz_add(&g->quiz, db_text(rows, 0));
		json_t *arr = json_loads(db_text(rows, 1), 0, NULL);
		size_t i;
		json_t *v;
		json_array_foreach(arr, i, v)
			briefing_quiz_add_choice(q, json_string_value(v), 0);
		json_decref(arr);
		q->answer = (int)db_int(rows, 2);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int load_attachments(struct db *db, struct guide *g, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT id, name, content_type, size, sha256, "
					"created_at FROM guide_attachment WHERE guide_id = $1 "
					"ORDER BY id", DB_ARGS(DB_INT(g->id)), err);
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		g->att = xrealloc(g->att, (g->n_att + 1) * sizeof *g->att);
		struct guide_attachment *a = &g->att[g->n_att++];
		a->id = db_int(rows, 0);
		a->guide_id = g->id;
		a->name = xstrdup(db_text(rows, 1));
		copy_str(a->content_type, sizeof a->content_type, db_text(rows, 2));
		a->size = db_int(rows, 3);
		copy_str(a->sha256, sizeof a->sha256, db_text(rows, 4));
		a->created_at = db_int(rows, 5);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int get_one(struct db *db, const char *sql, int64_t id, struct guide *out,
		   struct kerr *err)
{
	struct guide *list = NULL;
	size_t n = 0;
	memset(out, 0, sizeof *out);
	if (collect(db_query(db, sql, DB_ARGS(DB_INT(id)), err), &list, NULL, &n, err))
		return -1;
	if (!n) {
		free(list);
		return kerr_set(err, KERR_NOT_FOUND, "", "Panduan tidak ditemukan");
	}
	*out = list[0];
	free(list);
	if (load_quiz(db, out, err)) {
		guide_release(out);
		return -1;
	}
	return 0;
}

int guide_get_bare(struct db *db, int64_t id, struct guide *out, struct kerr *err)
{
	return get_one(db, "SELECT " GUIDE_COLS GUIDE_FROM "WHERE g.id = $1", id, out, err);
}

int store_guide_get(struct db *db, int64_t id, struct guide *out, struct kerr *err)
{
	if (guide_get_bare(db, id, out, err))
		return -1;
	if (load_attachments(db, out, err)) {
		guide_release(out);
		return -1;
	}
	return 0;
}

int guide_claim(struct db *db, int64_t id, int64_t rev, struct guide *g, struct kerr *err)
{
	int pg = db_kind(db) == DB_POSTGRES;
	if (get_one(db, pg ? "SELECT " GUIDE_COLS GUIDE_FROM "WHERE g.id = $1 FOR UPDATE OF g"
			   : "SELECT " GUIDE_COLS GUIDE_FROM "WHERE g.id = $1", id, g, err))
		return -1;
	if (rev && rev != g->rev) {
		guide_release(g);
		return kerr_set(err, KERR_CONFLICT, "version", "Panduan ini telah diubah orang lain "
				"sejak Anda membukanya; muat ulang lalu coba lagi");
	}
	return 0;
}

int guide_changeable(const struct guide *g, struct kerr *err)
{
	if (g->state == BRIEF_DITARIK)
		return kerr_set(err, KERR_CONFLICT, "status", "Panduan ini sudah ditarik dan tidak "
				"dapat diubah lagi");
	return 0;
}

/* ---- lists ----------------------------------------------------------------------------------- */

int store_guide_list(struct db *db, int64_t scope_unit, struct guide **out, size_t *n,
		     struct kerr *err)
{
	return collect(db_query(db,
		"WITH RECURSIVE down(id) AS (SELECT id FROM units WHERE id = $1 UNION "
		"SELECT u.id FROM units u JOIN down ON u.parent_id = down.id), "
		"up(id) AS (SELECT id FROM units WHERE id = $1 UNION SELECT u.parent_id FROM units u "
		"JOIN up ON u.id = up.id WHERE u.parent_id IS NOT NULL) "
		"SELECT " GUIDE_COLS GUIDE_FROM "WHERE $1 = 0 OR g.unit_id IS NULL OR "
		"g.unit_id IN (SELECT id FROM down) OR g.unit_id IN (SELECT id FROM up) "
		"ORDER BY g.id DESC LIMIT 500", DB_ARGS(DB_INT(scope_unit)), err), out, NULL, n, err);
}

#define STATUS_COLS \
	"COALESCE(r.first_opened_at, 0), COALESCE(r.opened_at, 0), COALESCE(r.opened_version, 0), " \
	"COALESCE(r.reminded_at, 0), COALESCE(r.reminders, 0), " \
	"COALESCE((SELECT MAX(a.version) FROM guide_ack a WHERE a.guide_id = g.id AND " \
	"a.employee_id = $1), 0), " \
	"COALESCE((SELECT MAX(a.acked_at) FROM guide_ack a WHERE a.guide_id = g.id AND " \
	"a.employee_id = $1), 0)"
#define READER_JOIN " LEFT JOIN guide_reader r ON r.guide_id = g.id AND r.employee_id = $1 "

int store_guide_list_mine(struct db *db, int64_t employee_id, struct guide **out,
			  struct guide_status **st, size_t *n, struct kerr *err)
{
	return collect(db_query(db,
		"WITH RECURSIVE up(id) AS (SELECT unit_id FROM employees WHERE id = $1 AND "
		"status = 'aktif' UNION SELECT u.parent_id FROM units u JOIN up ON u.id = up.id "
		"WHERE u.parent_id IS NOT NULL) "
		"SELECT " GUIDE_COLS ", " STATUS_COLS GUIDE_FROM READER_JOIN
		"WHERE g.state = 'terbit' AND EXISTS (SELECT 1 FROM up) AND (g.unit_id IS NULL OR "
		"g.unit_id IN (SELECT id FROM up)) "
		"ORDER BY COALESCE(g.published_at, 0) DESC, g.id DESC LIMIT 500",
		DB_ARGS(DB_INT(employee_id)), err), out, st, n, err);
}

int store_guide_addresses(struct db *db, const struct guide *g, int64_t employee_id, int *yes,
			  struct kerr *err)
{
	int64_t count = 0;
	*yes = 0;
	if (!employee_id)
		return 0;
	if (db_query_int(db, "WITH RECURSIVE " BRIEF_UNITS_CTE("aud", "$2")
			 " SELECT COUNT(*) FROM employees e WHERE e.id = $1 AND e.status = 'aktif' "
			 "AND e.unit_id IN (SELECT id FROM aud)",
			 DB_ARGS(DB_INT(employee_id), DB_INT(g->unit_id)), &count, err) < 0)
		return -1;
	*yes = count > 0;
	return 0;
}

int store_guide_status(struct db *db, const struct guide *g, int64_t employee_id,
		       struct guide_status *out, struct kerr *err)
{
	memset(out, 0, sizeof *out);
	struct db_rows *rows = db_query(db, "SELECT " STATUS_COLS " FROM guide g" READER_JOIN
					"WHERE g.id = $2", DB_ARGS(DB_INT(employee_id),
					DB_INT(g->id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		status_from_row(rows, 0, out);
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int store_guide_last_attempt(struct db *db, const struct guide *g, int64_t employee_id,
			     int *found, struct briefing_grade *grade, int *answers, int max,
			     struct kerr *err)
{
	struct kerr ignored = KERR_INIT;
	*found = 0;
	memset(grade, 0, sizeof *grade);
	struct db_rows *rows = db_query(db, "SELECT answers FROM guide_attempt WHERE guide_id = $1 "
					"AND employee_id = $2 AND version = $3 ORDER BY id DESC "
					"LIMIT 1", DB_ARGS(DB_INT(g->id), DB_INT(employee_id),
					DB_INT(g->version)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err), n = 0;
	if (rc == 1) {
		json_t *arr = json_loads(db_text(rows, 0), 0, NULL);
		size_t i;
		json_t *v;
		json_array_foreach(arr, i, v)
			if (n < max)
				answers[n++] = (int)json_integer_value(v);
		json_decref(arr);
		*found = !briefing_quiz_grade(&g->quiz, answers, n, grade, &ignored);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* ---- audit JSON --------------------------------------------------------------------------------- */

json_t *guide_json(const struct guide *g)
{
	struct strbuf quiz = STRBUF_INIT;
	briefing_quiz_format(&g->quiz, &quiz);
	json_t *j = json_pack("{s:s, s:s, s:o, s:s, s:I, s:s, s:s, s:i}", "judul", g->title,
			      "jenis", briefing_kind_name(g->kind), "unit_id",
			      g->unit_id ? json_integer(g->unit_id) : json_null(), "status",
			      briefing_state_name(g->state), "versi", (json_int_t)g->version,
			      "isi", g->body, "kuis", quiz.buf, "lulus_minimal", g->quiz.pass_mark);
	strbuf_release(&quiz);
	return j;
}

/* ---- the criteria setting and the scope ---------------------------------------------------------- */

int store_guide_criteria(struct db *db, int64_t *id, char *title, size_t size,
			 struct kerr *err)
{
	*id = 0;
	if (size)
		title[0] = '\0';
	struct db_rows *rows = db_query(db, "SELECT g.id, g.title FROM settings s JOIN guide g ON "
					"CAST(g.id AS TEXT) = s.value WHERE s.key = $1 AND "
					"g.state = 'terbit' AND g.unit_id IS NULL",
					DB_ARGS(DB_TEXT(GUIDE_CRITERIA_KEY)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		*id = db_int(rows, 0);
		if (size)
			copy_str(title, size, db_text(rows, 1));
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}
