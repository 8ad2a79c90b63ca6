/*
 * plan_int.h - helpers shared by the plan files of src/store (skp.c,
 * skp_content.c, skp_handdown.c, skp_list.c, skp_workflow.c, and the SKP
 * list of list_skp.c) only.
 */
#ifndef KINERJA_PLAN_INT_H
#define KINERJA_PLAN_INT_H

#include <jansson.h>

#include "store/plan.h"

struct db_rows;

/* skp.c: the SKP row and its period; the same, refusing an SKP that is not
 * editable now (or whose expectations may not be set now). */
int plan_skp_head(struct db *db, int64_t skp_id, struct skp *head, struct period *p,
		  struct kerr *err);
int plan_skp_editable(struct db *db, int64_t skp_id, struct skp *head, struct period *p,
		      struct kerr *err);
int plan_skp_expectations_open(struct db *db, int64_t skp_id, struct skp *head,
			       struct period *p, struct kerr *err);
/* skp.c: inserts a new draft SKP (create's rules) inside the caller's transaction. */
int plan_skp_create_tx(struct db *db, const struct actor *who, struct skp *s,
		       struct kerr *err);
/* skp.c: today in Western Indonesian time, YYYY-MM-DD. */
void plan_today_wib(char out[11]);
/* skp.c: the SKP header as JSON for the audit trail. */
json_t *plan_skp_json(const struct skp *s);
/* skp.c: an RHK from columns 0-8 of a row (id, skp_id, kind, seq, text,
 * parent_rhk_id, goal_id, perspective, proposed), and column 9 as the
 * parent's text when with_parent_text. */
void plan_rhk_from_row(struct db_rows *rows, struct rhk *r, int with_parent_text);

/* skp.c: an IKI from columns 0-9 of a row (id, rhk_id, seq, text, aspect,
 * target_min, target_max, target_text, unit_label, direction). */
void plan_iki_from_row(struct db_rows *rows, struct iki *k);

/* skp_list.c: the columns of an SKP summary (0-15, FROM skp s with e its
 * employee, un the employee's unit and sp the SKP's position), and the
 * summary read from them (also list_skp.c). */
#define PLAN_SKP_SUMMARY_COLUMNS \
	"s.id, s.period_id, s.employee_id, e.nip, e.name, COALESCE(sp.name, ''), un.name, " \
	"COALESCE(s.assessor_id, 0), s.state, s.revision, s.month_from, s.month_to, " \
	"(SELECT COUNT(*) FROM rhk r WHERE r.skp_id = s.id), s.updated_at, " \
	"COALESCE(s.submitted_at, 0), COALESCE(s.approved_at, 0) "
void plan_skp_summary_from_row(struct db_rows *rows, struct skp_summary *m);

/* skp_content.c: one RHK row; the RHK as JSON; copying content. */
int plan_rhk_insert(struct db *db, struct rhk *r, struct kerr *err);
json_t *plan_rhk_json(const struct rhk *r);
int plan_copy_content(struct db *db, const struct skp *from, const struct skp *to,
		      struct kerr *err);

#endif
