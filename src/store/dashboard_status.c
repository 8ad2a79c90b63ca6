/*
 * dashboard_status.c - where a period stands for a dashboard's scope (see
 * dashboard.h): SKPs per state, assessments done against those due per
 * checkpoint and for the year, IKI with a realisasi at the current
 * checkpoint, 360 forms per round, objections.  One GROUP BY query per
 * figure over the scope; the shared SQL pieces are in dashboard_int.h.
 */
#include "store/dashboard_int.h"
#include "store/db.h"
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

/* ---- the scope exists ----------------------------------------------------------------------- */

int store_dash_check(struct db *db, const struct dash_scope *sc, struct period *p,
		     struct unit *u, struct kerr *err)
{
	struct unit tmp;
	if (store_period_get(db, sc->period_id, p, err)) {
		if (err->code == KERR_NOT_FOUND)
			copy_str(err->field, sizeof err->field, "periode");
		return -1;
	}
	if (sc->unit_id && store_unit_get(db, sc->unit_id, u ? u : &tmp, err)) {
		if (err->code == KERR_NOT_FOUND)
			copy_str(err->field, sizeof err->field, "unit");
		return -1;
	}
	return 0;
}

/* ---- SKPs ------------------------------------------------------------------------------------- */

static int skp_states(struct db *db, const struct dash_scope *sc, struct dash_status *out,
		      struct kerr *err)
{
	struct db_rows *rows = db_query(db, DASH_SUB "SELECT s.state, COUNT(*) " DASH_SKP_FROM
					"WHERE " DASH_SKP_WHERE "GROUP BY s.state", DASH_ARGS(sc), err);
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		enum skp_state st;
		int64_t n = db_int(rows, 1);
		out->skp_total += n;
		if (!skp_state_parse(db_text(rows, 0), &st))
			out->skp_state[st] += n;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* ---- checkpoints and assessments ---------------------------------------------------------- */

static int load_checkpoints(struct db *db, struct dash_status *out, struct kerr *err)
{
	struct checkpoint *cp = NULL;
	size_t n = 0;
	if (store_checkpoint_list(db, out->period.id, &cp, &n, err))
		return -1;
	out->cp = xcalloc(n + 1, sizeof *out->cp);
	int *closed = xcalloc(n + 1, sizeof *closed);
	for (size_t i = 0; i < n; i++) {
		struct dash_checkpoint *c = &out->cp[i];
		c->id = cp[i].id;
		c->seq = cp[i].seq;
		copy_str(c->name, sizeof c->name, cp[i].name);
		c->closed = closed[i] = strcmp(cp[i].state, "ditutup") == 0;
	}
	out->n_cp = n;
	out->current = dash_current_checkpoint(closed, n);
	free(closed);
	free(cp);
	return 0;
}

static struct dash_checkpoint *checkpoint_of(struct dash_status *s, int64_t id)
{
	for (size_t i = 0; i < s->n_cp; i++)
		if (s->cp[i].id == id)
			return &s->cp[i];
	return NULL;
}

static int periodic_assessments(struct db *db, const struct dash_scope *sc,
				struct dash_status *out, struct kerr *err)
{
	struct db_rows *rows = db_query(db, DASH_SUB "SELECT c.id, COUNT(*), SUM(CASE WHEN "
		"a.state = 'ditetapkan' THEN 1 ELSE 0 END) " DASH_SKP_FROM "JOIN checkpoints c ON "
		"c.period_id = s.period_id AND " DASH_OVERLAPS "LEFT JOIN assessment a ON "
		"a.skp_id = s.id AND a.kind = 'periodik' AND a.checkpoint_id = c.id WHERE "
		DASH_SKP_WHERE "AND s.state = 'disetujui' GROUP BY c.id", DASH_ARGS(sc), err);
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		struct dash_checkpoint *c = checkpoint_of(out, db_int(rows, 0));
		if (c) {
			c->assess_due = db_int(rows, 1);
			c->assess_done = db_int(rows, 2);
		}
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int annual_assessments(struct db *db, const struct dash_scope *sc,
			      struct dash_status *out, struct kerr *err)
{
	int64_t v[2];
	int rc = db_query_ints(db, DASH_SUB "SELECT COUNT(*), SUM(CASE WHEN a.state = 'ditetapkan' "
		"THEN 1 ELSE 0 END) " DASH_SKP_FROM "LEFT JOIN assessment a ON a.skp_id = s.id AND "
		"a.kind = 'tahunan' WHERE " DASH_SKP_WHERE "AND s.state = 'disetujui'",
		DASH_ARGS(sc), v, 2, err);
	out->annual_due = v[0];
	out->annual_done = v[1];
	return rc;
}

/* IKI of the approved SKPs the current checkpoint overlaps, and those
 * with a realisasi at it. */
static int realisasi_now(struct db *db, const struct dash_scope *sc, struct dash_status *out,
			 struct kerr *err)
{
	int64_t v[2] = { 0, 0 };
	if (!out->n_cp)
		return 0;
	int rc = db_query_ints(db, DASH_SUB "SELECT COUNT(*), COUNT(x.id) " DASH_SKP_FROM
		"JOIN checkpoints c ON c.id = $4 AND " DASH_OVERLAPS "JOIN rhk r ON r.skp_id = s.id "
		"JOIN iki i ON i.rhk_id = r.id LEFT JOIN realisasi x ON x.iki_id = i.id AND "
		"x.checkpoint_id = c.id WHERE " DASH_SKP_WHERE "AND s.state = 'disetujui'",
		DB_ARGS(DB_INT(sc->period_id), DB_INT(sc->unit_id), DB_INT(sc->employee_id),
			DB_INT(out->cp[out->current].id)), v, 2, err);
	out->iki_total = v[0];
	out->iki_recorded = v[1];
	return rc;
}

/* ---- 360 and objections -------------------------------------------------------------------- */

static int rounds(struct db *db, const struct dash_scope *sc, struct dash_status *out,
		  struct kerr *err)
{
	/* counted per round first; the people of the scope only looked up
	 * for a unit (the whole office counts every form) */
	struct db_rows *rows = db_query(db, DASH_SUB "SELECT o.id, o.name, o.state, c.name, "
		"COALESCE(f.asked, 0), COALESCE(f.answered, 0) FROM round360 o JOIN checkpoints c "
		"ON c.id = o.checkpoint_id LEFT JOIN (SELECT r.round_id, COUNT(*) AS asked, "
		"SUM(CASE WHEN r.state = 'dijawab' THEN 1 ELSE 0 END) AS answered FROM rater360 r "
		"WHERE ($2 = 0 OR r.ratee_employee_id IN (SELECT e.id FROM employees e WHERE "
		"e.unit_id IN (SELECT id FROM sub))) AND ($3 = 0 OR r.rater_employee_id = $3) "
		"GROUP BY r.round_id) f ON f.round_id = o.id WHERE o.period_id = $1 ORDER BY c.seq",
		DASH_ARGS(sc), err);
	size_t alloc = 0;
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		if (out->n_rounds == alloc)
			out->rounds = xrealloc(out->rounds, (alloc = alloc ? alloc * 2 : 8) *
					       sizeof *out->rounds);
		struct dash_round *d = &out->rounds[out->n_rounds++];
		memset(d, 0, sizeof *d);
		d->id = db_int(rows, 0);
		copy_str(d->name, sizeof d->name, db_text(rows, 1));
		d->open = strcmp(db_text(rows, 2), "ditutup") != 0;
		copy_str(d->checkpoint_name, sizeof d->checkpoint_name, db_text(rows, 3));
		d->asked = db_int(rows, 4);
		d->answered = db_isnull(rows, 5) ? 0 : db_int(rows, 5);
		out->r360_asked[d->open] += d->asked;
		out->r360_answered[d->open] += d->answered;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int objections(struct db *db, const struct dash_scope *sc, struct dash_status *out,
		      struct kerr *err)
{
	int64_t v[2];
	int rc = db_query_ints(db, DASH_SUB "SELECT COUNT(*), SUM(CASE WHEN o.state <> 'diputus' "
		"THEN 1 ELSE 0 END) FROM objection o JOIN skp s ON s.id = o.skp_id JOIN employees e "
		"ON e.id = s.employee_id LEFT JOIN positions p ON p.id = s.position_id WHERE "
		DASH_SKP_WHERE, DASH_ARGS(sc), v, 2, err);
	out->obj_total = v[0];
	out->obj_open = v[1];
	return rc;
}

/* ---- all of it ---------------------------------------------------------------------------------- */

int store_dash_status(struct db *db, const struct dash_scope *sc, struct dash_status *out,
		      struct kerr *err)
{
	memset(out, 0, sizeof *out);
	if (store_dash_check(db, sc, &out->period, NULL, err) || skp_states(db, sc, out, err) ||
	    load_checkpoints(db, out, err) || periodic_assessments(db, sc, out, err) ||
	    annual_assessments(db, sc, out, err) || realisasi_now(db, sc, out, err) ||
	    rounds(db, sc, out, err) || objections(db, sc, out, err)) {
		dash_status_release(out);
		return -1;
	}
	return 0;
}

void dash_status_release(struct dash_status *s)
{
	free(s->cp);
	free(s->rounds);
	s->cp = NULL;
	s->rounds = NULL;
	s->n_cp = s->n_rounds = 0;
}
