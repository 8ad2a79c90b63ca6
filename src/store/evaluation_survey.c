/*
 * evaluation_survey.c - storing surveys of the performance system:
 * reading them, writing a draft with its questions, opening it (the
 * threshold, the people addressed and the reporting groups fixed, the
 * counts created), closing it (the free texts rewritten in a random
 * order), and the threshold setting (see evaluation.h).
 */
#include "store/evaluation.h"
#include "store/evaluation_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"
#include "domain/objection.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void survey_release(struct survey *s)
{
	free(s->q);
	s->q = NULL;
	s->nq = 0;
}

void surveys_free(struct survey *v, size_t n)
{
	for (size_t i = 0; v && i < n; i++)
		survey_release(&v[i]);
	free(v);
}

/* ---- reading ------------------------------------------------------------------------------ */

void survey_from_row(struct db_rows *rows, struct survey *s, int threshold_now)
{
	int64_t opens = 0, closes = 0;
	memset(s, 0, sizeof *s);
	s->id = db_int(rows, 0);
	copy_str(s->title, sizeof s->title, db_text(rows, 1));
	s->period_id = db_int(rows, 2);
	copy_str(s->period_name, sizeof s->period_name, db_text(rows, 3));
	s->unit_id = db_int(rows, 4);
	copy_str(s->unit_code, sizeof s->unit_code, db_text(rows, 5));
	copy_str(s->unit_name, sizeof s->unit_name, db_text(rows, 6));
	copy_str(s->opens_on, sizeof s->opens_on, db_text(rows, 7));
	copy_str(s->closes_on, sizeof s->closes_on, db_text(rows, 8));
	if (survey_state_parse(db_text(rows, 9), &s->state))
		s->state = SURVEY_DRAF;
	s->threshold = survey_threshold_effective(s->state == SURVEY_DRAF ? threshold_now
						  : db_int(rows, 10));
	s->addressed = db_int(rows, 11);
	s->respondents = db_int(rows, 12);
	copy_str(s->created_by_name, sizeof s->created_by_name, db_text(rows, 13));
	copy_str(s->opened_by_name, sizeof s->opened_by_name, db_text(rows, 14));
	copy_str(s->closed_by_name, sizeof s->closed_by_name, db_text(rows, 15));
	s->created_at = db_int(rows, 16);
	s->updated_at = db_int(rows, 17);
	s->opened_at = db_int(rows, 18);
	s->closed_at = db_int(rows, 19);
	s->rev = db_int(rows, 20);
	gdate_parse(s->opens_on, &opens);
	gdate_parse(s->closes_on, &closes);
	s->phase = survey_phase_of(s->state, opens, closes, wib_day(now_unix()));
}

int survey_collect(struct db *db, struct db_rows *rows, struct survey **out, size_t *n,
		   struct kerr *err)
{
	size_t alloc = 0;
	int k = SURVEY_THRESHOLD_DEFAULT, rc;
	*out = NULL;
	*n = 0;
	if (!rows)
		return -1;
	struct kerr ignored = KERR_INIT;
	store_survey_threshold(db, &k, &ignored);
	while ((rc = db_next(rows, err)) == 1) {
		if (*n == alloc) {
			alloc = alloc ? alloc * 2 : 16;
			*out = xrealloc(*out, alloc * sizeof **out);
		}
		survey_from_row(rows, &(*out)[(*n)++], k);
	}
	db_rows_free(rows);
	if (rc < 0) {
		surveys_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc < 0 ? -1 : 0;
}

static int load_questions(struct db *db, struct survey *s, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT id, seq, kind, aspect, text FROM survey_question "
					"WHERE survey_id = $1 ORDER BY seq", DB_ARGS(DB_INT(s->id)), err);
	size_t alloc = 0;
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		if (s->nq == alloc) {
			alloc = alloc ? alloc * 2 : 8;
			s->q = xrealloc(s->q, alloc * sizeof *s->q);
		}
		struct survey_question *q = &s->q[s->nq++];
		memset(q, 0, sizeof *q);
		q->id = db_int(rows, 0);
		q->seq = (int)db_int(rows, 1);
		if (question_kind_parse(db_text(rows, 2), &q->kind))
			q->kind = QUESTION_SKALA;
		if (survey_aspect_parse(db_text(rows, 3), &q->aspect))
			q->aspect = ASPECT_LAIN;
		copy_str(q->text, sizeof q->text, db_text(rows, 4));
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int store_survey_get(struct db *db, int64_t id, struct survey *out, struct kerr *err)
{
	struct survey *v = NULL;
	size_t n = 0;
	memset(out, 0, sizeof *out);
	if (survey_collect(db, db_query(db, "SELECT " SURVEY_COLS SURVEY_FROM "WHERE s.id = $1",
					DB_ARGS(DB_INT(id)), err), &v, &n, err))
		return -1;
	if (!n) {
		free(v);
		return kerr_set(err, KERR_NOT_FOUND, "survei", "Survei tidak ditemukan");
	}
	*out = v[0];
	free(v);
	if (load_questions(db, out, err)) {
		survey_release(out);
		return -1;
	}
	return 0;
}

int store_survey_list(struct db *db, struct survey **out, size_t *n, struct kerr *err)
{
	return survey_collect(db, db_query(db, "SELECT " SURVEY_COLS SURVEY_FROM
					   "ORDER BY s.opens_on DESC, s.id DESC LIMIT 500",
					   DB_NOARGS, err), out, n, err);
}

/* ---- the audit trail ---------------------------------------------------------------------- */

json_t *survey_json(const struct survey *s)
{
	json_t *q = json_array();
	for (size_t i = 0; i < s->nq; i++)
		json_array_append_new(q, json_pack("{s:s, s:s, s:s}", "jenis",
						   question_kind_name(s->q[i].kind), "aspek",
						   survey_aspect_name(s->q[i].aspect), "teks",
						   s->q[i].text));
	return json_pack("{s:s, s:I, s:o, s:s, s:s, s:s, s:i, s:o}", "judul", s->title,
			 "periode_id", (json_int_t)s->period_id, "unit_id",
			 s->unit_id ? json_integer(s->unit_id) : json_null(), "dibuka", s->opens_on,
			 "ditutup", s->closes_on, "status", survey_state_name(s->state), "ambang",
			 s->threshold, "pertanyaan", q);
}

/* ---- writing a draft ---------------------------------------------------------------------- */

static int input_check(struct db *db, const struct survey_input *in, struct kerr *err)
{
	const struct survey_question_def *q = in->q ? in->q : survey_default_questions;
	size_t nq = in->q ? in->nq : survey_default_count;
	struct period p;
	struct unit u;
	if (survey_title_check(in->title, err) ||
	    survey_dates_check(in->opens_on, in->closes_on, NULL, NULL, err) ||
	    survey_questions_check(q, nq, err))
		return -1;
	if (store_period_get(db, in->period_id, &p, err)) {
		if (err->code == KERR_NOT_FOUND) {
			kerr_clear(err);
			return kerr_set(err, KERR_INVALID, "periode_id", "Periode kinerja tidak "
					"ditemukan; pilih periode survei");
		}
		return -1;
	}
	if (in->unit_id && store_unit_get(db, in->unit_id, &u, err)) {
		if (err->code == KERR_NOT_FOUND) {
			kerr_clear(err);
			return kerr_set(err, KERR_INVALID, "unit_id", "Unit kerja tidak ditemukan");
		}
		return -1;
	}
	return 0;
}

static int write_questions(struct db *db, int64_t id, const struct survey_input *in,
			   struct kerr *err)
{
	const struct survey_question_def *q = in->q ? in->q : survey_default_questions;
	size_t nq = in->q ? in->nq : survey_default_count;
	if (db_exec(db, "DELETE FROM survey_question WHERE survey_id = $1", DB_ARGS(DB_INT(id)),
		    err) < 0)
		return -1;
	for (size_t i = 0; i < nq; i++)
		if (db_exec(db, "INSERT INTO survey_question (survey_id, seq, kind, aspect, text) "
			    "VALUES ($1, $2, $3, $4, $5)",
			    DB_ARGS(DB_INT(id), DB_INT(i + 1), DB_TEXT(question_kind_name(q[i].kind)),
				    DB_TEXT(survey_aspect_name(q[i].aspect)), DB_TEXT(q[i].text)),
			    err) < 0)
			return -1;
	return 0;
}

static int create_tx(struct db *db, const struct actor *who, const struct survey_input *in,
		     int64_t *id, struct kerr *err)
{
	struct survey s;
	int64_t now = now_unix();
	struct db_rows *rows = db_query(db,
		"INSERT INTO survey (title, period_id, unit_id, opens_on, closes_on, "
		"created_by_name, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) "
		"RETURNING id",
		DB_ARGS(DB_TEXT(in->title), DB_INT(in->period_id), DB_ID(in->unit_id),
			DB_TEXT(in->opens_on), DB_TEXT(in->closes_on),
			DB_TEXT(in->actor_name ? in->actor_name : ""), DB_INT(now)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	*id = rc == 1 ? db_int(rows, 0) : 0;
	db_rows_free(rows);
	if (rc != 1)
		return rc < 0 ? -1 : kerr_set(err, KERR_DB, "", "Survei tidak tersimpan");
	if (write_questions(db, *id, in, err) || store_survey_get(db, *id, &s, err))
		return -1;
	rc = store_audit_json(db, who, "create", "survei", *id, NULL, survey_json(&s), err);
	survey_release(&s);
	return rc;
}

int store_survey_create(struct db *db, const struct actor *who, const struct survey_input *in,
			int64_t *id, struct kerr *err)
{
	if (input_check(db, in, err) || db_begin(db, err))
		return -1;
	return db_finish(db, create_tx(db, who, in, id, err), err);
}

/* Inside a transaction: bumps the survey's rev when it is in state
 * `state` and (rev_seen 0, or) at rev_seen, locking its row; else says
 * why.  *before gets the survey as it was. */
int survey_claim(struct db *db, int64_t id, enum survey_state state, int64_t rev_seen,
		 struct survey *before, struct kerr *err)
{
	if (store_survey_get(db, id, before, err))
		return -1;
	int64_t changed = db_exec(db, "UPDATE survey SET rev = rev + 1 WHERE id = $1 AND "
				  "state = $2 AND ($3 = 0 OR rev = $3)",
				  DB_ARGS(DB_INT(id), DB_TEXT(survey_state_name(state)),
					  DB_INT(rev_seen)), err);
	if (changed == 1)
		return 0;
	int rc = changed < 0 ? -1
		: before->state != state
		? kerr_set(err, KERR_CONFLICT, "status", "Survei berstatus %s; langkah ini hanya "
			   "untuk survei berstatus %s", survey_state_label(before->state),
			   survey_state_label(state))
		: kerr_set(err, KERR_CONFLICT, "version", "Survei telah diubah orang lain; muat "
			   "ulang lalu coba lagi");
	survey_release(before);
	return rc;
}

static int update_tx(struct db *db, const struct actor *who, int64_t id,
		     const struct survey_input *in, struct kerr *err)
{
	struct survey before, after;
	if (survey_claim(db, id, SURVEY_DRAF, in->rev, &before, err))
		return -1;
	int rc = db_exec(db, "UPDATE survey SET title = $2, period_id = $3, unit_id = $4, "
			 "opens_on = $5, closes_on = $6, updated_at = $7 WHERE id = $1",
			 DB_ARGS(DB_INT(id), DB_TEXT(in->title), DB_INT(in->period_id),
				 DB_ID(in->unit_id), DB_TEXT(in->opens_on), DB_TEXT(in->closes_on),
				 DB_INT(now_unix())), err) < 0 ? -1 : 0;
	if (!rc)
		rc = write_questions(db, id, in, err);
	if (!rc && !(rc = store_survey_get(db, id, &after, err))) {
		rc = store_audit_json(db, who, "update", "survei", id, survey_json(&before),
				      survey_json(&after), err);
		survey_release(&after);
	}
	survey_release(&before);
	return rc;
}

int store_survey_update(struct db *db, const struct actor *who, int64_t id,
			const struct survey_input *in, struct kerr *err)
{
	struct survey s;
	if (store_survey_get(db, id, &s, err))
		return -1;
	int draft = s.state == SURVEY_DRAF;
	char label[20];
	copy_str(label, sizeof label, survey_state_label(s.state));
	survey_release(&s);
	if (!draft)
		return kerr_set(err, KERR_CONFLICT, "status", "Survei berstatus %s tidak dapat "
				"diubah lagi; hanya draf yang dapat diubah", label);
	if (input_check(db, in, err) || db_begin(db, err))
		return -1;
	return db_finish(db, update_tx(db, who, id, in, err), err);
}

/* ---- closing ------------------------------------------------------------------------------- */

static int close_tx(struct db *db, const struct actor *who, int64_t id, int64_t rev,
		    const char *name, struct kerr *err)
{
	struct survey before, after;
	if (survey_claim(db, id, SURVEY_DIBUKA, rev, &before, err))
		return -1;
	int rc = db_exec(db, "UPDATE survey SET state = 'ditutup', closed_at = $2, updated_at = $2, "
			 "closed_by_name = $3 WHERE id = $1",
			 DB_ARGS(DB_INT(id), DB_INT(now_unix()), DB_TEXT(name ? name : "")),
			 err) < 0 ? -1 : 0;
	if (!rc)
		rc = survey_texts_reshuffle(db, id, err);
	if (!rc && !(rc = store_survey_get(db, id, &after, err))) {
		rc = store_audit_json(db, who, "tutup", "survei", id,
				      json_pack("{s:s}", "status", survey_state_name(before.state)),
				      json_pack("{s:s, s:I}", "status", "ditutup", "responden",
						(json_int_t)after.respondents), err);
		survey_release(&after);
	}
	survey_release(&before);
	return rc;
}

int store_survey_close(struct db *db, const struct actor *who, int64_t id, int64_t rev,
		       const char *actor_name, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, close_tx(db, who, id, rev, actor_name, err), err);
}

/* ---- the threshold ------------------------------------------------------------------------ */

int store_survey_threshold(struct db *db, int *k, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT value FROM settings WHERE key = $1",
					DB_ARGS(DB_TEXT(SURVEY_THRESHOLD_KEY)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	*k = SURVEY_THRESHOLD_DEFAULT;
	if (rc == 1) {
		long v = strtol(db_text(rows, 0), NULL, 10);
		if (v >= SURVEY_THRESHOLD_MIN && v <= SURVEY_THRESHOLD_MAX)
			*k = (int)v;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int threshold_set_tx(struct db *db, const struct actor *who, int k, struct kerr *err)
{
	int old = 0;
	char text[16];
	snprintf(text, sizeof text, "%d", k);
	if (store_survey_threshold(db, &old, err) ||
	    db_exec(db, "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) "
			"ON CONFLICT (key) DO UPDATE SET value = $2, updated_at = $3",
		    DB_ARGS(DB_TEXT(SURVEY_THRESHOLD_KEY), DB_TEXT(text), DB_INT(now_unix())),
		    err) < 0)
		return -1;
	return store_audit_json(db, who, "update", "pengaturan", 0,
				json_pack("{s:i}", SURVEY_THRESHOLD_KEY, old),
				json_pack("{s:i}", SURVEY_THRESHOLD_KEY, k), err);
}

int store_survey_threshold_set(struct db *db, const struct actor *who, int k,
			       struct kerr *err)
{
	if (survey_threshold_check(k, err) || db_begin(db, err))
		return -1;
	return db_finish(db, threshold_set_tx(db, who, k, err), err);
}
