/*
 * briefing_edit.c - HR's changes to a guide (sosialisasi): creating a
 * draft, changing it (a published guide's content change makes a new
 * version), publishing, withdrawing, and the setting naming the criteria
 * guide of the assessment (see briefing.h).
 */
#include "store/briefing_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- checks ------------------------------------------------------------------------------ */

static int input_check(struct db *db, const struct guide_input *in, struct kerr *err)
{
	struct unit u;
	struct kerr nf = KERR_INIT;
	if (briefing_title_check(in->title, err) || briefing_body_check(in->body, err) ||
	    briefing_quiz_check(in->quiz, err))
		return -1;
	if ((unsigned)in->kind >= BRIEF__KINDS)
		return kerr_set(err, KERR_INVALID, "jenis", "Jenis panduan harus 'panduan', "
				"'kriteria' atau 'prosedur'");
	if (in->unit_id < 0)
		return kerr_set(err, KERR_INVALID, "unit_id", "Unit kerja tujuan tidak dikenal");
	if (in->unit_id && store_unit_get(db, in->unit_id, &u, &nf))
		return nf.code == KERR_NOT_FOUND
			? kerr_set(err, KERR_INVALID, "unit_id", "Unit kerja dengan id %lld tidak "
				   "ditemukan", (long long)in->unit_id)
			: kerr_set(err, nf.code, nf.field, "%s", nf.msg);
	return 0;
}

/* Replaces the quiz of guide `id` with `quiz`. */
static int quiz_save(struct db *db, int64_t id, const struct briefing_quiz *quiz,
		     struct kerr *err)
{
	if (db_exec(db, "DELETE FROM guide_question WHERE guide_id = $1", DB_ARGS(DB_INT(id)),
		    err) < 0)
		return -1;
	for (int i = 0; i < quiz->n; i++) {
		const struct briefing_question *q = &quiz->q[i];
		json_t *arr = json_array();
		for (int k = 0; k < q->nchoices; k++)
			json_array_append_new(arr, json_string(q->choices[k]));
		char *choices = json_dumps(arr, JSON_COMPACT);
		json_decref(arr);
		int64_t rc = db_exec(db, "INSERT INTO guide_question (guide_id, seq, question, "
				     "choices, answer) VALUES ($1, $2, $3, $4, $5)",
				     DB_ARGS(DB_INT(id), DB_INT(i + 1), DB_TEXT(q->text),
					     DB_TEXT(choices), DB_INT(q->answer)), err);
		free(choices);
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* The guide as the input would make it, for the audit trail. */
static json_t *input_json(const struct guide *old, const struct guide_input *in,
			  int64_t version)
{
	struct guide g = *old;
	g.title = (char *)in->title;
	g.body = (char *)in->body;
	g.kind = in->kind;
	g.unit_id = in->unit_id;
	g.version = version;
	g.quiz = *in->quiz;
	return guide_json(&g);
}

/* ---- create --------------------------------------------------------------------------------- */

static int create_tx(struct db *db, const struct actor *who, const struct guide_input *in,
		     int64_t *id, struct kerr *err)
{
	int64_t now = now_unix();
	int rc = db_query_int(db, "INSERT INTO guide (title, kind, body, unit_id, pass_mark, "
			      "created_by_name, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, "
			      "$6, $7, $7) RETURNING id",
			      DB_ARGS(DB_TEXT(in->title), DB_TEXT(briefing_kind_name(in->kind)),
				      DB_TEXT(in->body), DB_ID(in->unit_id),
				      DB_INT(in->quiz->pass_mark),
				      DB_TEXT(in->actor_name ? in->actor_name : ""), DB_INT(now)),
			      id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "Panduan tidak tersimpan") : -1;
	struct guide blank = { .id = *id, .state = BRIEF_DRAF };
	if (quiz_save(db, *id, in->quiz, err))
		return -1;
	return store_audit_json(db, who, "create", "panduan", *id, NULL,
				input_json(&blank, in, 1), err);
}

int store_guide_create(struct db *db, const struct actor *who, const struct guide_input *in,
		       int64_t *id, struct kerr *err)
{
	if (input_check(db, in, err) || db_begin(db, err))
		return -1;
	return db_finish(db, create_tx(db, who, in, id, err), err);
}

/* ---- update ---------------------------------------------------------------------------------- */

static int update_tx(struct db *db, const struct actor *who, int64_t id,
		     const struct guide_input *in, int *new_version, struct kerr *err)
{
	struct guide g;
	if (guide_claim(db, id, in->rev, &g, err))
		return -1;
	int content = strcmp(g.title, in->title) || strcmp(g.body, in->body) ||
		      !briefing_quiz_equal(&g.quiz, in->quiz);
	int meta = g.kind != in->kind || g.unit_id != in->unit_id;
	int rc = guide_changeable(&g, err);
	int64_t version = g.version + (content && g.state == BRIEF_TERBIT ? 1 : 0);
	if (!rc && (content || meta)) {
		rc = db_exec(db, "UPDATE guide SET title = $2, kind = $3, body = $4, unit_id = $5, "
			     "pass_mark = $6, version = $7, rev = rev + 1, updated_at = $8 "
			     "WHERE id = $1",
			     DB_ARGS(DB_INT(id), DB_TEXT(in->title),
				     DB_TEXT(briefing_kind_name(in->kind)), DB_TEXT(in->body),
				     DB_ID(in->unit_id), DB_INT(in->quiz->pass_mark), DB_INT(version),
				     DB_INT(now_unix())), err) < 0 ? -1 : 0;
		if (!rc && content)
			rc = quiz_save(db, id, in->quiz, err);
		if (!rc)
			rc = store_audit_json(db, who, "update", "panduan", id, guide_json(&g),
					      input_json(&g, in, version), err);
	}
	*new_version = !rc && version != g.version;
	guide_release(&g);
	return rc;
}

int store_guide_update(struct db *db, const struct actor *who, int64_t id,
		       const struct guide_input *in, int *new_version, struct kerr *err)
{
	*new_version = 0;
	if (input_check(db, in, err) || db_begin(db, err))
		return -1;
	return db_finish(db, update_tx(db, who, id, in, new_version, err), err);
}

int guide_bump(struct db *db, const struct guide *g, int content, struct kerr *err)
{
	int next = content && g->state == BRIEF_TERBIT;
	return db_exec(db, "UPDATE guide SET version = version + $2, rev = rev + 1, "
		       "updated_at = $3 WHERE id = $1",
		       DB_ARGS(DB_INT(g->id), DB_INT(next ? 1 : 0), DB_INT(now_unix())), err) < 0
		? -1 : 0;
}

/* ---- publish and withdraw ----------------------------------------------------------------------- */

static int publish_tx(struct db *db, const struct actor *who, int64_t id, int64_t rev,
		      const char *actor_name, struct kerr *err)
{
	struct guide g;
	if (guide_claim(db, id, rev, &g, err))
		return -1;
	int rc = 0;
	int64_t now = now_unix();
	if (g.state != BRIEF_DRAF)
		rc = kerr_set(err, KERR_CONFLICT, "status", "Hanya draf yang dapat diterbitkan; "
			      "panduan ini berstatus %s", briefing_state_label(g.state));
	if (!rc)
		rc = db_exec(db, "UPDATE guide SET state = 'terbit', published_at = $2, "
			     "published_by_name = $3, rev = rev + 1, updated_at = $2 WHERE id = $1",
			     DB_ARGS(DB_INT(id), DB_INT(now), DB_TEXT(actor_name ? actor_name : "")),
			     err) < 0 ? -1 : 0;
	if (!rc) {
		json_t *before = guide_json(&g);
		g.state = BRIEF_TERBIT;
		rc = store_audit_json(db, who, "terbit", "panduan", id, before, guide_json(&g), err);
	}
	guide_release(&g);
	return rc;
}

int store_guide_publish(struct db *db, const struct actor *who, int64_t id, int64_t rev,
			const char *actor_name, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, publish_tx(db, who, id, rev, actor_name, err), err);
}

static int withdraw_tx(struct db *db, const struct actor *who, int64_t id, int64_t rev,
		       struct kerr *err)
{
	struct guide g;
	char idtext[24];
	if (guide_claim(db, id, rev, &g, err))
		return -1;
	snprintf(idtext, sizeof idtext, "%lld", (long long)id);
	int rc = guide_changeable(&g, err);
	if (!rc)
		rc = db_exec(db, "UPDATE guide SET state = 'ditarik', rev = rev + 1, updated_at = $2 "
			     "WHERE id = $1", DB_ARGS(DB_INT(id), DB_INT(now_unix())), err) < 0 ||
		     db_exec(db, "UPDATE settings SET value = '' WHERE key = $1 AND value = $2",
			     DB_ARGS(DB_TEXT(GUIDE_CRITERIA_KEY), DB_TEXT(idtext)), err) < 0 ? -1 : 0;
	if (!rc) {
		json_t *before = guide_json(&g);
		g.state = BRIEF_DITARIK;
		rc = store_audit_json(db, who, "tarik", "panduan", id, before, guide_json(&g), err);
	}
	guide_release(&g);
	return rc;
}

int store_guide_withdraw(struct db *db, const struct actor *who, int64_t id, int64_t rev,
			 struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, withdraw_tx(db, who, id, rev, err), err);
}

/* ---- the criteria setting ------------------------------------------------------------------------ */

static int criteria_tx(struct db *db, const struct actor *who, int64_t guide_id,
		       struct kerr *err)
{
	int64_t old = 0;
	char title[8], text[24] = "";
	struct guide g;
	struct kerr nf = KERR_INIT;
	if (store_guide_criteria(db, &old, title, sizeof title, err))
		return -1;
	if (guide_id) {
		if (guide_get_bare(db, guide_id, &g, &nf))
			return nf.code == KERR_NOT_FOUND
				? kerr_set(err, KERR_INVALID, "panduan_id", "Panduan dengan id %lld "
					   "tidak ditemukan", (long long)guide_id)
				: kerr_set(err, nf.code, nf.field, "%s", nf.msg);
		int ok = g.state == BRIEF_TERBIT && !g.unit_id;
		guide_release(&g);
		if (!ok)
			return kerr_set(err, KERR_CONFLICT, "panduan_id", "Panduan kriteria penilaian "
					"harus sudah terbit dan ditujukan kepada seluruh kantor");
		snprintf(text, sizeof text, "%lld", (long long)guide_id);
	}
	if (db_exec(db, "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) "
		    "ON CONFLICT (key) DO UPDATE SET value = $2, updated_at = $3",
		    DB_ARGS(DB_TEXT(GUIDE_CRITERIA_KEY), DB_TEXT(text), DB_INT(now_unix())),
		    err) < 0)
		return -1;
	return store_audit_json(db, who, "update", "pengaturan", 0,
				json_pack("{s:o}", GUIDE_CRITERIA_KEY,
					  old ? json_integer(old) : json_null()),
				json_pack("{s:o}", GUIDE_CRITERIA_KEY,
					  guide_id ? json_integer(guide_id) : json_null()), err);
}

int store_guide_criteria_set(struct db *db, const struct actor *who, int64_t guide_id,
			     struct kerr *err)
{
	if (guide_id < 0)
		return kerr_set(err, KERR_INVALID, "panduan_id", "Panduan tidak dikenal");
	if (db_begin(db, err))
		return -1;
	return db_finish(db, criteria_tx(db, who, guide_id, err), err);
}
