/*
 * dashboard_trend.c - a dashboard's figures over periods (see
 * dashboard.h): for the selected period and the ones before it
 * (dash_trend_pick), where each stood - SKPs approved, annual assessments
 * done, 360 forms answered, objections - and, for a unit, its spread of
 * predicates on that period's basis; for an employee, their predicate.
 * The selected period's column reuses the figures the dashboard already
 * has; an earlier period is counted by store_dash_status and, for a unit,
 * one GROUP BY over its final predicates (the curves' way of counting).
 */
#include "store/dashboard_int.h"
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

/* The employee's predicate of a period: the tahunan one when final, else
 * that of the latest checkpoint with a final one. */
static int own_predicate(struct db *db, const struct dash_scope *sc, const struct dash_status *st,
			 struct dash_trend_col *col, struct kerr *err)
{
	enum predicate *pred = xcalloc(st->n_cp + 1, sizeof *pred), annual;
	int rc = store_dash_own_predicates(db, sc, st, pred, &annual, err);
	col->own = annual;
	for (size_t i = st->n_cp; !rc && annual == PRED__COUNT && i-- > 0;)
		if (pred[i] < PRED__COUNT) {
			col->own = pred[i];
			copy_str(col->basis_name, sizeof col->basis_name, st->cp[i].name);
			break;
		}
	free(pred);
	return rc;
}

/* A unit scope's spread of final predicates on the period's default basis,
 * as its curves count it - one predicate per employee in each unit, that
 * of the SKP with the latest months - by one GROUP BY. */
#define COUNTS_SQL DASH_SUB "SELECT x.predicate, COUNT(*) FROM (SELECT a.predicate, " \
	"ROW_NUMBER() OVER (PARTITION BY COALESCE(p.unit_id, e.unit_id), s.employee_id ORDER BY " \
	"s.month_from DESC) AS n " DASH_SKP_FROM "JOIN assessment a ON a.skp_id = s.id AND " \
	"a.state = 'ditetapkan' AND a.kind = CASE WHEN $4 = 0 THEN 'tahunan' ELSE 'periodik' " \
	"END AND COALESCE(a.checkpoint_id, 0) = $4 WHERE " DASH_SKP_WHERE ") x WHERE x.n = 1 " \
	"GROUP BY x.predicate"

static int unit_counts(struct db *db, const struct dash_scope *sc, const struct dash_status *st,
		       struct dash_trend_col *col, struct kerr *err)
{
	int64_t basis = 0;
	if (store_curve_default_basis(db, sc->period_id, &basis, err))
		return -1;
	for (size_t i = 0; basis && i < st->n_cp; i++)
		if (st->cp[i].id == basis)
			copy_str(col->basis_name, sizeof col->basis_name, st->cp[i].name);
	struct db_rows *rows = db_query(db, COUNTS_SQL, DB_ARGS(DB_INT(sc->period_id),
		DB_INT(sc->unit_id), DB_INT(sc->employee_id), DB_INT(basis)), err);
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		enum predicate p;
		if (!predicate_parse(db_text(rows, 0), &p))
			col->count[p] += (int)db_int(rows, 1);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* The column of a period from its status (and a unit's distribution). */
static void column_of(const struct dash_status *st, struct dash_trend_col *col)
{
	col->period = st->period;
	col->skp_total = st->skp_total;
	col->skp_approved = st->skp_state[SKP_DISETUJUI];
	col->annual_due = st->annual_due;
	col->annual_done = st->annual_done;
	col->r360_asked = st->r360_asked[0] + st->r360_asked[1];
	col->r360_answered = st->r360_answered[0] + st->r360_answered[1];
	col->obj_total = st->obj_total;
	col->own = PRED__COUNT;
}

/* The selected period's column, from the figures the dashboard has. */
static int selected_column(struct db *db, const struct dash_scope *sc,
			   const struct dash_status *st, const struct dash_distribution *d,
			   struct dash_trend_col *col, struct kerr *err)
{
	column_of(st, col);
	if (sc->employee_id)
		return own_predicate(db, sc, st, col, err);
	memcpy(col->count, d->count, sizeof col->count);
	copy_str(col->basis_name, sizeof col->basis_name, d->basis_name);
	return 0;
}

/* An earlier period's column, counted. */
static int earlier_column(struct db *db, const struct dash_scope *sc, struct dash_trend_col *col,
			  struct kerr *err)
{
	struct dash_status st;
	if (store_dash_status(db, sc, &st, err))
		return -1;
	column_of(&st, col);
	int rc = sc->employee_id ? own_predicate(db, sc, &st, col, err)
				 : unit_counts(db, sc, &st, col, err);
	dash_status_release(&st);
	return rc;
}

int store_dash_trend(struct db *db, const struct dash_scope *sc, const struct dash_status *st,
		     const struct dash_distribution *d, struct dash_trend_col **out, size_t *n,
		     struct kerr *err)
{
	struct period *ps = NULL;
	size_t np = 0, pick[DASH_TREND_MAX];
	*out = NULL;
	*n = 0;
	if (store_period_list(db, &ps, &np, err))
		return -1;
	struct dash_period_key *keys = xcalloc(np + 1, sizeof *keys);
	for (size_t i = 0; i < np; i++) {
		keys[i].id = ps[i].id;
		copy_str(keys[i].start_date, sizeof keys[i].start_date, ps[i].start_date);
	}
	size_t k = dash_trend_pick(keys, np, sc->period_id, DASH_TREND_MAX, pick);
	struct dash_trend_col *cols = xcalloc(k + 1, sizeof *cols);
	int rc = 0;
	for (size_t i = 0; i < k && !rc; i++) {
		struct dash_scope one = *sc;
		one.period_id = ps[pick[i]].id;
		rc = one.period_id == sc->period_id ? selected_column(db, sc, st, d, &cols[i], err)
						    : earlier_column(db, &one, &cols[i], err);
	}
	free(keys);
	free(ps);
	if (rc) {
		free(cols);
		return -1;
	}
	*out = cols;
	*n = k;
	return 0;
}
