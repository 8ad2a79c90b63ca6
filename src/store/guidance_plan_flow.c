/*
 * guidance_plan_flow.c - changes to the improvement plan (Rencana
 * Perbaikan Kinerja): opening it from a final low predicate (called by the
 * assessment code inside its own transaction), the goals and support, a
 * checkpoint's date, target and progress, and the outcome that closes it.
 * See guidance.h.
 */
#include "store/guidance_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static json_t *plan_json(const struct improvement_plan *p)
{
	return json_pack("{s:I, s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "employee_id",
			 (json_int_t)p->employee_id, "period_id", (json_int_t)p->period_id,
			 "opened_on", p->opened_on, "due_on", p->due_on, "goals", p->goals,
			 "support", p->support, "outcome", improvement_outcome_name(p->outcome),
			 "outcome_note", p->outcome_note, "recommendation", p->recommendation);
}

/* ---- opening it ------------------------------------------------------------------------- */

/* The SKP's employee and period of assessment a. */
static int skp_of(struct db *db, const struct assessment *a, int64_t *employee, int64_t *period,
		  struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT employee_id, period_id FROM skp WHERE id = $1",
					DB_ARGS(DB_INT(a->skp_id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		*employee = db_int(rows, 0);
		*period = db_int(rows, 1);
	}
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "skp", "SKP tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

/* The plan a new low predicate joins: the employee's open one, else the
 * one of the period (closed); 0 when neither. */
static int plan_to_join(struct db *db, int64_t employee, int64_t period, int64_t *id,
			struct kerr *err)
{
	*id = 0;
	int rc = db_query_int(db, "SELECT id FROM improvement_plan WHERE employee_id = $1 AND "
			      "outcome = '' ORDER BY id DESC LIMIT 1", DB_ARGS(DB_INT(employee)), id,
			      err);
	if (rc == 0)
		rc = db_query_int(db, "SELECT id FROM improvement_plan WHERE employee_id = $1 AND "
				  "period_id = $2", DB_ARGS(DB_INT(employee), DB_INT(period)), id, err);
	return rc < 0 ? -1 : 0;
}

static int plan_insert(struct db *db, const struct actor *who, int64_t employee, int64_t period,
		       int64_t *id, struct kerr *err)
{
	char opened_text[GDATE_SIZE], due_text[GDATE_SIZE], cp_text[GDATE_SIZE];
	int64_t opened = guidance_today(opened_text), cps[IMPROVEMENT_MONTHS], now = now_unix();
	struct improvement_plan p;
	gdate_format(improvement_due(opened), due_text);
	int rc = db_query_int(db, "INSERT INTO improvement_plan (employee_id, period_id, opened_on, "
			      "due_on, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) "
			      "RETURNING id", DB_ARGS(DB_INT(employee), DB_INT(period),
			      DB_TEXT(opened_text), DB_TEXT(due_text), DB_INT(now)), id, err);
	if (rc <= 0)
		return rc ? -1 : kerr_set(err, KERR_DB, "", "Rencana perbaikan tidak tersimpan");
	improvement_default_checkpoints(opened, cps);
	for (int i = 0; i < IMPROVEMENT_MONTHS; i++) {
		gdate_format(cps[i], cp_text);
		if (db_exec(db, "INSERT INTO improvement_checkpoint (plan_id, seq, due_on) "
			    "VALUES ($1, $2, $3)", DB_ARGS(DB_INT(*id), DB_INT(i + 1),
			    DB_TEXT(cp_text)), err) < 0)
			return -1;
	}
	if (store_improvement_plan_get(db, *id, &p, err))
		return -1;
	rc = store_audit_json(db, who, "create", "improvement_plan", *id, NULL, plan_json(&p), err);
	improvement_plan_release(&p);
	return rc;
}

int store_improvement_plan_open_for(struct db *db, const struct actor *who,
				    const struct assessment *a, struct kerr *err)
{
	int64_t known = 0, employee = 0, period = 0, plan = 0;
	const char *pred = predicate_name(a->predicate);
	if (!a->final || !a->id)
		return 0;
	int rc = db_query_int(db, "SELECT plan_id FROM improvement_trigger WHERE assessment_id = $1",
			      DB_ARGS(DB_INT(a->id)), &known, err);
	if (rc < 0)
		return -1;
	if (rc == 1)   /* recorded already: keep its predicate current (an objection may lift it) */
		return db_exec(db, "UPDATE improvement_trigger SET predicate = $2 WHERE "
			       "assessment_id = $1", DB_ARGS(DB_INT(a->id), DB_TEXT(pred)), err) < 0
			       ? -1 : 0;
	if (!predicate_needs_improvement(a->predicate))
		return 0;
	if (skp_of(db, a, &employee, &period, err) || plan_to_join(db, employee, period, &plan, err))
		return -1;
	int opened = !plan;
	if (opened && plan_insert(db, who, employee, period, &plan, err))
		return -1;
	if (db_exec(db, "INSERT INTO improvement_trigger (plan_id, assessment_id, predicate, "
		    "added_at) VALUES ($1, $2, $3, $4)", DB_ARGS(DB_INT(plan), DB_INT(a->id),
		    DB_TEXT(pred), DB_INT(now_unix())), err) < 0)
		return -1;
	return store_audit_json(db, who, opened ? "pemicu_awal" : "pemicu", "improvement_plan", plan,
				NULL, json_pack("{s:I, s:s}", "assessment_id", (json_int_t)a->id,
						"predicate", pred), err);
}

int store_improvement_plan_of_assessment(struct db *db, int64_t assessment_id, int64_t *id,
					 struct kerr *err)
{
	*id = 0;
	return db_query_int(db, "SELECT plan_id FROM improvement_trigger WHERE assessment_id = $1",
			    DB_ARGS(DB_INT(assessment_id)), id, err) < 0 ? -1 : 0;
}

int store_improvement_checkpoint_plan(struct db *db, int64_t cp_id, int64_t *plan_id,
				      struct kerr *err)
{
	*plan_id = 0;
	int rc = db_query_int(db, "SELECT plan_id FROM improvement_checkpoint WHERE id = $1",
			      DB_ARGS(DB_INT(cp_id)), plan_id, err);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "", "Titik pemantauan tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

/* ---- changes by the superior -------------------------------------------------------------- */

/* Inside a transaction: loads plan `id` for a change (its row held on
 * PostgreSQL), checks the version and that it is still open. */
static int plan_claim(struct db *db, int64_t id, int64_t version, struct improvement_plan *p,
		      struct kerr *err)
{
	int64_t held = 0;
	memset(p, 0, sizeof *p);
	if (db_kind(db) == DB_POSTGRES &&
	    db_query_int(db, "SELECT id FROM improvement_plan WHERE id = $1 FOR UPDATE",
			 DB_ARGS(DB_INT(id)), &held, err) < 0)
		return -1;
	if (store_improvement_plan_get(db, id, p, err))
		return -1;
	if (guidance_version_check(version, p->version, "Rencana perbaikan", err))
		return -1;
	if (p->outcome != OUTCOME_NONE)
		return kerr_set(err, KERR_CONFLICT, "status", "Rencana perbaikan ini sudah ditutup "
				"dengan hasil %s; tidak dapat diubah lagi",
				improvement_outcome_label(p->outcome));
	return 0;
}

/* Audits `action` on plan `id` with `before` and the plan as it is now. */
static int audit_after(struct db *db, const struct actor *who, int64_t id, const char *action,
		       json_t *before, struct kerr *err)
{
	struct improvement_plan after;
	if (store_improvement_plan_get(db, id, &after, err)) {
		json_decref(before);
		return -1;
	}
	int rc = store_audit_json(db, who, action, "improvement_plan", id, before,
				  plan_json(&after), err);
	improvement_plan_release(&after);
	return rc;
}

static int update_tx(struct db *db, const struct actor *who, int64_t id, const char *goals,
		     const char *support, int64_t version, struct kerr *err)
{
	struct improvement_plan p;
	int rc = plan_claim(db, id, version, &p, err);
	if (!rc && db_exec(db, "UPDATE improvement_plan SET goals = $2, support = $3, "
			   "version = version + 1, updated_at = $4 WHERE id = $1",
			   DB_ARGS(DB_INT(id), DB_TEXT(goals), DB_TEXT(support ? support : ""),
				   DB_INT(now_unix())), err) < 0)
		rc = -1;
	if (!rc)
		rc = audit_after(db, who, id, "update", plan_json(&p), err);
	improvement_plan_release(&p);
	return rc;
}

int store_improvement_plan_update(struct db *db, const struct actor *who, int64_t id,
				  const char *goals, const char *support, int64_t version,
				  struct kerr *err)
{
	if (guidance_text_check(goals, GUIDANCE_TEXT_MAX, 1, 0, "tujuan", "Tujuan perbaikan", err) ||
	    guidance_text_check(support, GUIDANCE_TEXT_MAX, 1, 1, "dukungan", "Dukungan yang "
				"dijanjikan", err) || db_begin(db, err))
		return -1;
	return db_finish(db, update_tx(db, who, id, goals, support, version, err), err);
}

/* ---- checkpoints ------------------------------------------------------------------------------ */

static json_t *checkpoint_json(const struct improvement_checkpoint *c)
{
	return json_pack("{s:i, s:s, s:s, s:s, s:s}", "seq", c->seq, "due_on", c->due_on,
			 "target", c->target, "progress", c->progress, "progress_on",
			 c->progress_on);
}

static const struct improvement_checkpoint *checkpoint_in(const struct improvement_plan *p,
							  int64_t cp_id)
{
	for (size_t i = 0; i < p->n_cp; i++)
		if (p->cp[i].id == cp_id)
			return &p->cp[i];
	return NULL;
}

static int checkpoint_checks(const struct improvement_plan *p,
			     const struct checkpoint_input *in, struct kerr *err)
{
	int64_t opened = 0, day = 0;
	if (gdate_parse(p->opened_on, &opened))
		return kerr_set(err, KERR_INTERNAL, "", "Tanggal rencana perbaikan rusak");
	if (in->due_on && improvement_checkpoint_date_check(in->due_on, opened, &day, err))
		return -1;
	if (guidance_text_check(in->target, GUIDANCE_TEXT_MAX, 1, 1, "target", "Target titik "
				"pemantauan", err))
		return -1;
	return in->progress ? guidance_text_check(in->progress, GUIDANCE_TEXT_MAX, 1, 0, "kemajuan",
						  "Kemajuan", err) : 0;
}

static int checkpoint_tx(struct db *db, const struct actor *who, int64_t cp_id,
			 const struct checkpoint_input *in, int64_t *plan_id, struct kerr *err)
{
	struct improvement_plan p;
	char today[GDATE_SIZE];
	guidance_today(today);
	int rc = db_query_int(db, "SELECT plan_id FROM improvement_checkpoint WHERE id = $1",
			      DB_ARGS(DB_INT(cp_id)), plan_id, err);
	if (rc <= 0)
		return rc ? -1 : kerr_set(err, KERR_NOT_FOUND, "", "Titik pemantauan tidak ditemukan");
	if (plan_claim(db, *plan_id, in->version, &p, err)) {
		improvement_plan_release(&p);
		return -1;
	}
	const struct improvement_checkpoint *c = checkpoint_in(&p, cp_id);
	json_t *before = c ? checkpoint_json(c) : NULL;
	rc = c ? checkpoint_checks(&p, in, err) : -1;
	if (!rc && db_exec(db, "UPDATE improvement_checkpoint SET due_on = COALESCE($2, due_on), "
			   "target = COALESCE($3, target), progress = COALESCE($4, progress), "
			   "progress_on = CASE WHEN $4 IS NULL OR $4 = progress THEN progress_on "
			   "ELSE $5 END, progress_by_name = CASE WHEN $4 IS NULL OR $4 = progress "
			   "THEN progress_by_name ELSE $6 END "
			   "WHERE id = $1",
			   DB_ARGS(DB_INT(cp_id), DB_TEXT(in->due_on), DB_TEXT(in->target),
				   DB_TEXT(in->progress), DB_TEXT(today),
				   DB_TEXT(in->actor_name ? in->actor_name : "")), err) < 0)
		rc = -1;
	if (!rc && db_exec(db, "UPDATE improvement_plan SET version = version + 1, updated_at = $2 "
			   "WHERE id = $1", DB_ARGS(DB_INT(p.id), DB_INT(now_unix())), err) < 0)
		rc = -1;
	improvement_plan_release(&p);
	if (!rc && !(rc = store_improvement_plan_get(db, *plan_id, &p, err))) {
		c = checkpoint_in(&p, cp_id);
		rc = store_audit_json(db, who, "titik", "improvement_plan", p.id, before,
				      c ? checkpoint_json(c) : NULL, err);
		before = NULL;
		improvement_plan_release(&p);
	}
	json_decref(before);
	return rc;
}

int store_improvement_checkpoint_update(struct db *db, const struct actor *who, int64_t cp_id,
					const struct checkpoint_input *in, int64_t *plan_id,
					struct kerr *err)
{
	*plan_id = 0;
	if (!in->due_on && !in->target && !in->progress)
		return kerr_set(err, KERR_INVALID, "kemajuan", "Isi tanggal, target atau kemajuan "
				"titik pemantauan");
	if (db_begin(db, err))
		return -1;
	return db_finish(db, checkpoint_tx(db, who, cp_id, in, plan_id, err), err);
}

/* ---- the outcome ------------------------------------------------------------------------------- */

struct outcome_args {
	enum improvement_outcome o;
	const char *note, *recommendation, *actor_name;
	int64_t version;
};

static int outcome_tx(struct db *db, const struct actor *who, int64_t id,
		      const struct outcome_args *a, struct kerr *err)
{
	struct improvement_plan p;
	char today[GDATE_SIZE];
	guidance_today(today);
	/* an outcome recorded already is said as such, before the version */
	int rc = store_improvement_plan_get(db, id, &p, err);
	if (!rc)
		rc = improvement_outcome_check(a->o, p.outcome != OUTCOME_NONE, p.checkpoints_done,
					       err);
	improvement_plan_release(&p);
	if (!rc)
		rc = plan_claim(db, id, a->version, &p, err);
	const char *rec = a->recommendation && *a->recommendation
		? a->recommendation : improvement_default_recommendation(a->o);
	if (!rc && db_exec(db, "UPDATE improvement_plan SET outcome = $2, outcome_note = $3, "
			   "recommendation = $4, outcome_on = $5, outcome_by_name = $6, "
			   "version = version + 1, updated_at = $7 WHERE id = $1",
			   DB_ARGS(DB_INT(id), DB_TEXT(improvement_outcome_name(a->o)),
				   DB_TEXT(a->note ? a->note : ""), DB_TEXT(rec), DB_TEXT(today),
				   DB_TEXT(a->actor_name ? a->actor_name : ""), DB_INT(now_unix())),
			   err) < 0)
		rc = -1;
	if (!rc)
		rc = audit_after(db, who, id, "hasil", plan_json(&p), err);
	improvement_plan_release(&p);
	return rc;
}

int store_improvement_outcome(struct db *db, const struct actor *who, int64_t id,
			      enum improvement_outcome o, const char *note,
			      const char *recommendation, const char *actor_name, int64_t version,
			      struct kerr *err)
{
	struct outcome_args a = { o, note, recommendation, actor_name, version };
	if (guidance_text_check(note, GUIDANCE_TEXT_MAX, 1, 1, "catatan", "Catatan hasil", err) ||
	    guidance_text_check(recommendation, GUIDANCE_TEXT_MAX, 1, 1, "rekomendasi",
				"Rekomendasi", err) || db_begin(db, err))
		return -1;
	return db_finish(db, outcome_tx(db, who, id, &a, err), err);
}
