/*
 * guidance_plan.c - the improvement plan (Rencana Perbaikan Kinerja):
 * opened by itself when an assessment with a low predicate becomes (or
 * stays) ditetapkan, one per employee and period at most; its goals and
 * support, its checkpoints with progress, its outcome; reading one with
 * what is overdue today.  See guidance.h.
 */
#include "store/guidance_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void improvement_plan_release(struct improvement_plan *p)
{
	free(p->goals);
	free(p->support);
	free(p->outcome_note);
	free(p->recommendation);
	for (size_t i = 0; i < p->n_cp; i++) {
		free(p->cp[i].target);
		free(p->cp[i].progress);
	}
	free(p->cp);
	free(p->trig);
	memset(p, 0, sizeof *p);
}

void improvement_plans_free(struct improvement_plan *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		improvement_plan_release(&p[i]);
	free(p);
}

/* ---- reading ---------------------------------------------------------------------------- */

void improvement_plan_from_row(struct db_rows *rows, struct improvement_plan *p, int64_t today)
{
	int64_t opened = 0;
	memset(p, 0, sizeof *p);
	p->id = db_int(rows, 0);
	p->employee_id = db_int(rows, 1);
	p->period_id = db_int(rows, 2);
	copy_str(p->nip, sizeof p->nip, db_text(rows, 3));
	p->unit_id = db_int(rows, 4);
	p->position_id = db_int(rows, 5);
	copy_str(p->unit_name, sizeof p->unit_name, db_text(rows, 6));
	copy_str(p->period_name, sizeof p->period_name, db_text(rows, 7));
	copy_str(p->opened_on, sizeof p->opened_on, db_text(rows, 8));
	copy_str(p->due_on, sizeof p->due_on, db_text(rows, 9));
	p->goals = xstrdup(db_text(rows, 10));
	p->support = xstrdup(db_text(rows, 11));
	if (improvement_outcome_parse(db_text(rows, 12), &p->outcome))
		p->outcome = OUTCOME_NONE;
	p->outcome_note = xstrdup(db_text(rows, 13));
	p->recommendation = xstrdup(db_text(rows, 14));
	copy_str(p->outcome_on, sizeof p->outcome_on, db_text(rows, 15));
	copy_str(p->outcome_by, sizeof p->outcome_by, db_text(rows, 16));
	p->version = db_int(rows, 17);
	p->created_at = db_int(rows, 18);
	p->updated_at = db_int(rows, 19);
	store_person_name(rows, 20, p->employee_name, sizeof p->employee_name);
	p->checkpoints = (int)db_int(rows, 23);
	p->checkpoints_done = (int)db_int(rows, 24);
	p->checkpoints_overdue = p->outcome == OUTCOME_NONE ? (int)db_int(rows, 25) : 0;
	copy_str(p->next_due, sizeof p->next_due, p->outcome == OUTCOME_NONE ? db_text(rows, 26) : "");
	if (!gdate_parse(p->opened_on, &opened))
		p->outcome_overdue = improvement_outcome_overdue(opened, p->outcome != OUTCOME_NONE,
								 today);
	p->overdue = p->checkpoints_overdue > 0 || p->outcome_overdue;
}

static int load_checkpoints(struct db *db, struct improvement_plan *p, int64_t today,
			    struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT id, plan_id, seq, due_on, target, progress, "
					"progress_on, progress_by_name FROM improvement_checkpoint "
					"WHERE plan_id = $1 ORDER BY seq", DB_ARGS(DB_INT(p->id)), err);
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		int64_t due = 0;
		p->cp = xrealloc(p->cp, (p->n_cp + 1) * sizeof *p->cp);
		struct improvement_checkpoint *c = &p->cp[p->n_cp++];
		memset(c, 0, sizeof *c);
		c->id = db_int(rows, 0);
		c->plan_id = db_int(rows, 1);
		c->seq = (int)db_int(rows, 2);
		copy_str(c->due_on, sizeof c->due_on, db_text(rows, 3));
		c->target = xstrdup(db_text(rows, 4));
		c->progress = xstrdup(db_text(rows, 5));
		copy_str(c->progress_on, sizeof c->progress_on, db_text(rows, 6));
		copy_str(c->progress_by, sizeof c->progress_by, db_text(rows, 7));
		c->overdue = p->outcome == OUTCOME_NONE && !gdate_parse(c->due_on, &due) &&
			     improvement_checkpoint_overdue(due, c->progress_on[0] != '\0', today);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int load_triggers(struct db *db, struct improvement_plan *p, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT t.assessment_id, a.skp_id, a.kind, COALESCE(c.name, ''), pr.name, t.predicate, "
		"t.added_at FROM improvement_trigger t JOIN assessment a ON a.id = t.assessment_id "
		"JOIN skp s ON s.id = a.skp_id JOIN periods pr ON pr.id = s.period_id "
		"LEFT JOIN checkpoints c ON c.id = a.checkpoint_id WHERE t.plan_id = $1 ORDER BY t.id",
		DB_ARGS(DB_INT(p->id)), err);
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		p->trig = xrealloc(p->trig, (p->n_trig + 1) * sizeof *p->trig);
		struct improvement_trigger *t = &p->trig[p->n_trig++];
		memset(t, 0, sizeof *t);
		t->assessment_id = db_int(rows, 0);
		t->skp_id = db_int(rows, 1);
		if (assessment_kind_parse(db_text(rows, 2), &t->kind))
			t->kind = ASSESS_PERIODIK;
		copy_str(t->checkpoint_name, sizeof t->checkpoint_name, db_text(rows, 3));
		copy_str(t->period_name, sizeof t->period_name, db_text(rows, 4));
		if (predicate_parse(db_text(rows, 5), &t->predicate))
			t->predicate = PRED__COUNT;
		t->added_at = db_int(rows, 6);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int store_improvement_plan_get(struct db *db, int64_t id, struct improvement_plan *out,
			       struct kerr *err)
{
	char today_text[GDATE_SIZE];
	int64_t today = guidance_today(today_text);
	struct db_rows *rows = db_query(db, PLAN_SELECT "WHERE p.id = $2",
					DB_ARGS(DB_TEXT(today_text), DB_INT(id)), err);
	memset(out, 0, sizeof *out);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		improvement_plan_from_row(rows, out, today);
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "", "Rencana perbaikan kinerja tidak ditemukan");
	if (rc < 0 || load_checkpoints(db, out, today, err) || load_triggers(db, out, err)) {
		improvement_plan_release(out);
		return -1;
	}
	return 0;
}
