/*
 * evaluation_figures.c - the process figures of a period for a unit and
 * the units below it, counted set-based from the tables that hold the
 * work itself (four queries: SKPs with their first approval and feedback
 * threads; 360 assignments; objections; improvement plans), and the unit
 * an employee heads (see evaluation.h; what each figure means is in
 * domain/evaluation.c).
 */
#include "store/evaluation.h"
#include "store/assessment.h"
#include "store/db.h"

#include <stdlib.h>
#include <string.h>

/* sub(id): unit $2 and the units below it; every unit when $2 is 0. */
#define SUB_CTE "sub(id) AS (SELECT id FROM units WHERE ($2 = 0 AND parent_id IS NULL) OR " \
	"id = $2 UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
/* The unit an SKP counts in: its post's, else its employee's. */
#define SKP_UNIT "COALESCE((SELECT p.unit_id FROM positions p WHERE p.id = s.position_id), " \
	"(SELECT e.unit_id FROM employees e WHERE e.id = s.employee_id))"
/* mem(id): the employees who count in sub for period $1: in the unit of
 * their latest SKP of the period, else their own. */
#define MEM_CTE "mem(id) AS (SELECT e.id FROM employees e WHERE COALESCE((SELECT " \
	"COALESCE(p.unit_id, e.unit_id) FROM skp s2 LEFT JOIN positions p ON p.id = " \
	"s2.position_id WHERE s2.employee_id = e.id AND s2.period_id = $1 ORDER BY " \
	"s2.month_from DESC LIMIT 1), e.unit_id) IN (SELECT id FROM sub)) "

/* The last second of the plan_due day in WIB. */
static int64_t plan_deadline(const struct period *p)
{
	int64_t day = 0;
	if (gdate_parse(p->plan_due, &day))
		return 0;
	return (day + 1) * 86400 - 7 * 3600 - 1;
}

static int skp_figures(struct db *db, const struct period *p, int64_t unit,
		       struct eval_figures *f, struct kerr *err)
{
	int64_t v[4] = { 0 };
	int rc = db_query_ints(db, "WITH RECURSIVE " SUB_CTE
		"SELECT COUNT(*), SUM(CASE WHEN COALESCE((SELECT MIN(ev.at) FROM skp_events ev WHERE "
		"ev.skp_id = s.id AND ev.action = 'setujui'), s.approved_at) <= $3 THEN 1 ELSE 0 "
		"END), COUNT(DISTINCT s.employee_id), SUM((SELECT COUNT(*) FROM feedback f WHERE "
		"f.skp_id = s.id AND f.thread_id IS NULL)) "
		"FROM skp s WHERE s.period_id = $1 AND " SKP_UNIT " IN (SELECT id FROM sub)",
		DB_ARGS(DB_INT(p->id), DB_INT(unit), DB_INT(plan_deadline(p))), v, 4, err);
	f->skp_total = v[0];
	f->skp_on_time = v[1];
	f->employees = v[2];
	f->feedback_threads = v[3];
	return rc;
}

static int r360_figures(struct db *db, int64_t period, int64_t unit, struct eval_figures *f,
			struct kerr *err)
{
	int64_t v[2] = { 0 };
	int rc = db_query_ints(db, "WITH RECURSIVE " SUB_CTE ", " MEM_CTE
		"SELECT COUNT(*), SUM(CASE WHEN r.state = 'dijawab' THEN 1 ELSE 0 END) "
		"FROM rater360 r JOIN round360 o ON o.id = r.round_id WHERE o.period_id = $1 AND "
		"r.grp <> 'diri' AND r.ratee_employee_id IN (SELECT id FROM mem)",
		DB_ARGS(DB_INT(period), DB_INT(unit)), v, 2, err);
	f->r360_assigned = v[0];
	f->r360_answered = v[1];
	return rc;
}

static int objection_figures(struct db *db, int64_t period, int64_t unit,
			     struct eval_figures *f, struct kerr *err)
{
	int64_t v[3] = { 0 };
	int rc = db_query_ints(db, "WITH RECURSIVE " SUB_CTE
		"SELECT COUNT(*), SUM(CASE WHEN o.state = 'diputus' THEN 1 ELSE 0 END), "
		"SUM(CASE WHEN o.state = 'diputus' AND o.decision = 'diubah' THEN 1 ELSE 0 END) "
		"FROM objection o JOIN skp s ON s.id = o.skp_id WHERE s.period_id = $1 AND "
		SKP_UNIT " IN (SELECT id FROM sub)",
		DB_ARGS(DB_INT(period), DB_INT(unit)), v, 3, err);
	f->obj_filed = v[0];
	f->obj_decided = v[1];
	f->obj_changed = v[2];
	return rc;
}

static int plan_figures(struct db *db, int64_t period, int64_t unit, struct eval_figures *f,
			struct kerr *err)
{
	int64_t v[3] = { 0 };
	int rc = db_query_ints(db, "WITH RECURSIVE " SUB_CTE ", " MEM_CTE
		"SELECT COUNT(*), SUM(CASE WHEN ip.outcome <> '' THEN 1 ELSE 0 END), "
		"SUM(CASE WHEN ip.outcome = 'berhasil' THEN 1 ELSE 0 END) "
		"FROM improvement_plan ip WHERE ip.period_id = $1 AND ip.employee_id IN "
		"(SELECT id FROM mem)", DB_ARGS(DB_INT(period), DB_INT(unit)), v, 3, err);
	f->plans_opened = v[0];
	f->plans_completed = v[1];
	f->plans_succeeded = v[2];
	return rc;
}

int store_eval_figures(struct db *db, int64_t period_id, int64_t unit_id,
		       struct eval_figures *out, struct kerr *err)
{
	struct period p;
	struct unit u;
	memset(out, 0, sizeof *out);
	if (store_period_get(db, period_id, &p, err)) {
		if (err->code == KERR_NOT_FOUND)
			copy_str(err->field, sizeof err->field, "periode");
		return -1;
	}
	if (unit_id && store_unit_get(db, unit_id, &u, err)) {
		if (err->code == KERR_NOT_FOUND)
			copy_str(err->field, sizeof err->field, "unit");
		return -1;
	}
	out->period_id = p.id;
	copy_str(out->period_name, sizeof out->period_name, p.name);
	out->unit_id = unit_id;
	if (skp_figures(db, &p, unit_id, out, err) || r360_figures(db, p.id, unit_id, out, err) ||
	    objection_figures(db, p.id, unit_id, out, err) ||
	    plan_figures(db, p.id, unit_id, out, err))
		return -1;
	return 0;
}

int store_eval_led_unit(struct db *db, int64_t employee_id, int64_t *unit_id,
			struct kerr *err)
{
	*unit_id = 0;
	if (!employee_id)
		return 0;
	struct db_rows *rows = db_query(db, "SELECT id FROM positions WHERE id = (SELECT "
					"position_id FROM employees WHERE id = $1 AND status = "
					"'aktif') OR plt_employee_id = $1 ORDER BY id",
					DB_ARGS(DB_INT(employee_id)), err);
	int64_t pos[16];
	size_t n = 0;
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1)
		if (n < 16)
			pos[n++] = db_int(rows, 0);
	db_rows_free(rows);
	if (rc < 0)
		return -1;
	for (size_t i = 0; i < n && !*unit_id; i++)
		if (store_position_heads(db, pos[i], unit_id, err))
			return -1;
	return 0;
}
