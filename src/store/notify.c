/*
 * notify.c - gathering the work waiting on one user (see notify.h): one
 * set-based query per kind of step, all returning the same columns, read
 * by one function; the improvement plans of subordinates are narrowed by
 * the position tree below the user's posts and then checked against the
 * pejabat penilai rule (domain/hierarchy.h) for the few plans left.
 */
#include "store/notify.h"
#include "store/db.h"
#include "core/timeutil.h"
#include "domain/guidance.h"
#include "domain/objection.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The columns every query returns, in this order. */
enum {
	C_REF, C_REF2, C_SEQ, C_FRONT, C_NAME, C_BACK, C_WHAT, C_DUE, C_SINCE, C_TAG, C_EXTRA
};

struct item_list {
	struct notify_item *v;
	size_t n, alloc;
};

static struct notify_item *list_push(struct item_list *l)
{
	if (l->n == l->alloc)
		l->v = xrealloc(l->v, (l->alloc = l->alloc ? l->alloc * 2 : 16) * sizeof *l->v);
	struct notify_item *it = &l->v[l->n++];
	memset(it, 0, sizeof *it);
	return it;
}

/* "periodik Triwulan I, Tahun 2026", or "tahunan, Tahun 2026" without a checkpoint. */
static void assessment_what(struct notify_item *it, const char *kind, const char *cp,
			    const char *period)
{
	if (*cp)
		snprintf(it->what, sizeof it->what, "%s %s, %s", kind, cp, period);
	else
		snprintf(it->what, sizeof it->what, "%s, %s", kind, period);
}

/* Which kind a row of a query with several is (by its tag column). */
static enum notify_kind kind_of_row(enum notify_kind kind, const char *tag)
{
	if (kind == NOTIFY_OBJECTION_ASK) {
		if (!strcmp(tag, "penjelasan_diminta"))
			return NOTIFY_OBJECTION_EXPLAIN;
		if (!strcmp(tag, "dijelaskan"))
			return NOTIFY_OBJECTION_DECIDE;
	}
	return kind;
}

static void item_from_row(struct db_rows *rows, enum notify_kind kind, struct notify_item *it)
{
	const char *front = db_text(rows, C_FRONT), *back = db_text(rows, C_BACK);
	const char *tag = db_text(rows, C_TAG), *extra = db_text(rows, C_EXTRA);
	it->kind = kind_of_row(kind, tag);
	it->ref_id = db_int(rows, C_REF);
	it->ref2 = db_int(rows, C_REF2);
	it->seq = (int)db_int(rows, C_SEQ);
	snprintf(it->who, sizeof it->who, "%s%s%s%s%s", front, *front ? " " : "",
		 db_text(rows, C_NAME), *back ? ", " : "", back);
	if (it->kind == NOTIFY_ASSESSMENT_ACK || it->kind == NOTIFY_CALIBRATION_DECIDE ||
	    notify_kind_group(it->kind) == NG_KEBERATAN)
		assessment_what(it, *extra ? "periodik" : "tahunan", extra, db_text(rows, C_WHAT));
	else
		copy_str(it->what, sizeof it->what, db_text(rows, C_WHAT));
	copy_str(it->due, sizeof it->due, db_text(rows, C_DUE));
	it->since = db_int(rows, C_SINCE);
}

/* Runs one query and adds its rows as items of `kind`. */
static int gather(struct db *db, const char *sql, const struct db_param *params, int np,
		  enum notify_kind kind, struct item_list *l, struct kerr *err)
{
	struct db_rows *rows = db_query(db, sql, params, np, err);
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1)
		item_from_row(rows, kind, list_push(l));
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* ---- the queries ---------------------------------------------------------------------------- */

#define PERSON(t) t ".front_title, " t ".name, " t ".back_title"
#define NOBODY "'', '', ''"
#define LIMIT " LIMIT 500"

static const char sql_skp_approve[] =
	"SELECT s.id, 0, 0, " PERSON("e") ", p.name, p.plan_due, COALESCE(s.submitted_at, 0), "
	"'', '' FROM skp s JOIN employees e ON e.id = s.employee_id "
	"JOIN periods p ON p.id = s.period_id WHERE s.state = 'diajukan' "
	"AND (s.assessor_id = $1 OR ($2 = 1 AND s.assessor_id IS NULL)) AND p.state <> 'ditutup' "
	"ORDER BY s.submitted_at" LIMIT;

static const char sql_skp_revise[] =
	"SELECT s.id, 0, 0, " NOBODY ", p.name, p.plan_due, s.updated_at, '', '' "
	"FROM skp s JOIN periods p ON p.id = s.period_id WHERE s.employee_id = $1 "
	"AND s.state = 'dikembalikan' AND p.state <> 'ditutup' ORDER BY s.id" LIMIT;

static const char sql_360[] =
	"SELECT a.id, a.round_id, CASE WHEN a.grp = 'diri' THEN 1 ELSE 0 END, " PERSON("e") ", "
	"rd.name, rd.closes_on, a.created_at, a.grp, '' FROM rater360 a "
	"JOIN round360 rd ON rd.id = a.round_id JOIN employees e ON e.id = a.ratee_employee_id "
	"WHERE a.rater_employee_id = $1 AND a.state = 'menunggu' AND rd.state = 'terbuka' "
	"AND rd.closes_on >= $2 ORDER BY a.id" LIMIT;

static const char sql_assessment_ack[] =
	"SELECT s.id, COALESCE(a.checkpoint_id, 0), 0, " NOBODY ", p.name, '', "
	"COALESCE(a.finalised_at, 0), a.kind, COALESCE(c.name, '') FROM assessment a "
	"JOIN skp s ON s.id = a.skp_id JOIN periods p ON p.id = s.period_id "
	"LEFT JOIN checkpoints c ON c.id = a.checkpoint_id WHERE s.employee_id = $1 "
	"AND a.state = 'ditetapkan' AND a.acknowledged_at IS NULL ORDER BY a.id" LIMIT;

/* diajukan and dijelaskan wait on the decider, penjelasan_diminta on the
 * assessor; NULL is an administrator.  Three indexed probes (objection_decider,
 * objection_assessor), the third for an administrator only. */
static const char sql_objection[] =
	"SELECT o.id, o.assessment_id, 0, " PERSON("e") ", p.name, '', "
	"CASE o.state WHEN 'diajukan' THEN o.filed_at WHEN 'penjelasan_diminta' "
	"THEN COALESCE(o.requested_at, o.filed_at) ELSE COALESCE(o.explained_at, o.filed_at) END, "
	"o.state, COALESCE(c.name, '') FROM objection o "
	"JOIN employees e ON e.id = o.employee_id JOIN assessment a ON a.id = o.assessment_id "
	"LEFT JOIN checkpoints c ON c.id = a.checkpoint_id JOIN skp s ON s.id = o.skp_id "
	"JOIN periods p ON p.id = s.period_id "
	"WHERE o.id IN (SELECT x.id FROM objection x WHERE x.decider_employee_id = $1 AND "
	"x.state IN ('diajukan', 'dijelaskan') UNION ALL SELECT x.id FROM objection x "
	"WHERE x.assessor_employee_id = $1 AND x.state = 'penjelasan_diminta' UNION ALL "
	"SELECT x.id FROM objection x WHERE $2 = 1 AND ((x.decider_employee_id IS NULL AND "
	"x.state IN ('diajukan', 'dijelaskan')) OR (x.assessor_employee_id IS NULL AND "
	"x.state = 'penjelasan_diminta'))) ORDER BY o.id" LIMIT;

/* Calibration proposals waiting on the assessor who rated (NULL: an
 * administrator); C_EXTRA the checkpoint's name as for an assessment. */
static const char sql_calibration[] =
	"SELECT c.id, c.assessment_id, 0, " PERSON("e") ", p.name, '', c.proposed_at, a.kind, "
	"COALESCE(k.name, '') FROM calibration_proposal c JOIN employees e ON e.id = c.employee_id "
	"JOIN assessment a ON a.id = c.assessment_id JOIN periods p ON p.id = c.period_id "
	"LEFT JOIN checkpoints k ON k.id = a.checkpoint_id WHERE c.state = 'diajukan' AND "
	"(c.assessor_employee_id = $1 OR ($2 = 1 AND c.assessor_employee_id IS NULL)) "
	"ORDER BY c.id" LIMIT;

static const char sql_plan_own[] =
	"SELECT p.id, c.id, c.seq, " NOBODY ", pr.name, c.due_on, p.created_at, '', '' "
	"FROM improvement_checkpoint c JOIN improvement_plan p ON p.id = c.plan_id "
	"JOIN periods pr ON pr.id = p.period_id WHERE p.employee_id = $1 AND p.outcome = '' "
	"AND c.progress_on = '' AND c.due_on <= $2 ORDER BY c.due_on, c.id" LIMIT;

static const char sql_guide[] =
	"WITH RECURSIVE up(id) AS (SELECT unit_id FROM employees WHERE id = $1 AND "
	"status = 'aktif' UNION SELECT u.parent_id FROM units u JOIN up ON u.id = up.id "
	"WHERE u.parent_id IS NOT NULL) "
	"SELECT g.id, g.version, 0, " NOBODY ", g.title, '', COALESCE(g.published_at, 0), '', '' "
	"FROM guide g WHERE g.state = 'terbit' AND EXISTS (SELECT 1 FROM up) AND "
	"(g.unit_id IS NULL OR g.unit_id IN (SELECT id FROM up)) AND NOT EXISTS (SELECT 1 FROM "
	"guide_ack k WHERE k.guide_id = g.id AND k.employee_id = $1 AND k.version = g.version) "
	"ORDER BY g.published_at DESC, g.id DESC" LIMIT;

/* The positions below the posts the user holds or acts in (Plt). */
#define BELOW_MINE \
	"WITH RECURSIVE down(id) AS (SELECT p.id FROM positions p WHERE p.parent_id IN " \
	"(SELECT x.id FROM positions x WHERE x.plt_employee_id = $1 UNION " \
	"SELECT m.position_id FROM employees m WHERE m.id = $1 AND m.position_id IS NOT NULL) " \
	"UNION SELECT p.id FROM positions p JOIN down d ON p.parent_id = d.id) "

/* Open plans of people below the user: checkpoints without progress due
 * by $2 (C_TAG 'c'), and plans whose six months end by $2 ('h'); column
 * C_EXTRA carries the employee id for the pejabat penilai check. */
static const char sql_plan_lead[] =
	BELOW_MINE
	"SELECT p.id, c.id, c.seq, " PERSON("e") ", pr.name, c.due_on, p.created_at, 'c', e.id "
	"FROM improvement_checkpoint c JOIN improvement_plan p ON p.id = c.plan_id "
	"JOIN employees e ON e.id = p.employee_id JOIN periods pr ON pr.id = p.period_id "
	"WHERE p.outcome = '' AND c.progress_on = '' AND c.due_on <= $2 "
	"AND e.position_id IN (SELECT id FROM down) "
	"UNION ALL SELECT p.id, 0, 0, " PERSON("e") ", pr.name, p.due_on, p.created_at, 'h', e.id "
	"FROM improvement_plan p JOIN employees e ON e.id = p.employee_id "
	"JOIN periods pr ON pr.id = p.period_id WHERE p.outcome = '' AND p.due_on <= $2 "
	"AND e.position_id IN (SELECT id FROM down) ORDER BY 11, 8, 1" LIMIT;

/* ---- subordinates' plans -------------------------------------------------------------------- */

/* Keeps the plan items whose employee the user assesses now. */
static int plan_lead(struct db *db, int64_t me, const char *soon, struct item_list *l,
		     struct kerr *err)
{
	struct db_rows *rows = db_query(db, sql_plan_lead, DB_ARGS(DB_INT(me), DB_TEXT(soon)), err);
	int64_t last_emp = 0, last_assessor = 0;
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		int64_t emp = strtoll(db_text(rows, C_EXTRA), NULL, 10), assessor = last_assessor, up;
		if (emp != last_emp && store_employee_assessors(db, emp, &assessor, &up, err)) {
			rc = -1;
			break;
		}
		last_emp = emp;
		last_assessor = assessor;
		if (assessor != me)
			continue;
		struct notify_item *it = list_push(l);
		item_from_row(rows, NOTIFY_PLAN_CHECKPOINT, it);
		if (db_text(rows, C_TAG)[0] == 'h')
			it->kind = NOTIFY_PLAN_OUTCOME;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* ---- all of it ------------------------------------------------------------------------------ */

static int gather_all(struct db *db, const struct notify_who *w, const char *today,
		      struct item_list *l, struct kerr *err)
{
	int64_t me = w->employee_id, admin = w->admin ? 1 : 0;
	char soon[NOTIFY_DATE_SIZE];
	notify_date_add(today, NOTIFY_SOON_DAYS, soon);
	if (gather(db, sql_skp_approve, DB_ARGS(DB_INT(me), DB_INT(admin)), NOTIFY_SKP_APPROVE,
		   l, err) ||
	    gather(db, sql_objection, DB_ARGS(DB_INT(me), DB_INT(admin)), NOTIFY_OBJECTION_ASK,
		   l, err) ||
	    gather(db, sql_calibration, DB_ARGS(DB_INT(me), DB_INT(admin)),
		   NOTIFY_CALIBRATION_DECIDE, l, err))
		return -1;
	if (!me)
		return 0;
	if (gather(db, sql_skp_revise, DB_ARGS(DB_INT(me)), NOTIFY_SKP_REVISE, l, err) ||
	    gather(db, sql_360, DB_ARGS(DB_INT(me), DB_TEXT(today)), NOTIFY_360_ANSWER, l, err) ||
	    gather(db, sql_assessment_ack, DB_ARGS(DB_INT(me)), NOTIFY_ASSESSMENT_ACK, l, err) ||
	    gather(db, sql_plan_own, DB_ARGS(DB_INT(me), DB_TEXT(soon)), NOTIFY_PLAN_OWN, l, err) ||
	    gather(db, sql_guide, DB_ARGS(DB_INT(me)), NOTIFY_GUIDE_ACK, l, err))
		return -1;
	return plan_lead(db, me, soon, l, err);
}

void store_notify_today(char out[NOTIFY_DATE_SIZE])
{
	gdate_format(wib_day(now_unix()), out);
}

int store_notify_pending(struct db *db, const struct notify_who *who, const char *today,
			 struct notify_item **out, size_t *n, struct kerr *err)
{
	struct item_list l = { NULL, 0, 0 };
	*out = NULL;
	*n = 0;
	if (gather_all(db, who, today, &l, err)) {
		free(l.v);
		return -1;
	}
	for (size_t i = 0; i < l.n; i++)
		notify_item_finish(&l.v[i], today);
	notify_sort(l.v, l.n);
	*out = l.v;
	*n = l.n;
	return 0;
}
