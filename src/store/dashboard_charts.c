/*
 * dashboard_charts.c - the figures behind a dashboard's charts (see
 * dashboard.h): the predicate distribution of a unit scope against each
 * unit's curve (store_unit_curves_at, summed over the subtree), the
 * achievement over the checkpoints (one employee's SKP per RHK, or the
 * mean of a unit's SKPs at every checkpoint from the one bulk loader,
 * store_capaian_set: skp_capaian_compute, the formulas of the SKP pages), and
 * the BerAKHLAK profile (an employee's own 360 result, store_result360;
 * a unit's pooled answers under dash_profile_decide).
 */
#include "store/dashboard_int.h"
#include "store/capaian.h"
#include "store/monitor.h"
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

/* ---- the predicate distribution -------------------------------------------------------------- */

static void take_curve(struct dash_distribution *out, struct unit_curve *c)
{
	out->units = xrealloc(out->units, (out->n_units + 1) * sizeof *out->units);
	out->units[out->n_units++] = *c;
	c->reason = NULL;            /* moved */
	out->deviating += c->n_dev > 0;
}

int store_dash_distribution(struct db *db, const struct dash_scope *sc,
			    struct dash_distribution *out, struct kerr *err)
{
	struct unit_curve *all = NULL;
	size_t n = 0;
	memset(out, 0, sizeof *out);
	if (store_curve_default_basis(db, sc->period_id, &out->basis_checkpoint, err) ||
	    store_unit_curves_at(db, sc->period_id, out->basis_checkpoint, &all, &n, err))
		return -1;
	unsigned char *in = unit_curves_within(all, n, sc->unit_id);
	for (size_t i = 0; i < n; i++) {
		if (!in[i])
			continue;
		for (int p = 0; p < PRED__COUNT; p++)
			out->count[p] += all[i].count[p];
		out->total += all[i].total;
		if (!out->basis_name[0])
			copy_str(out->basis_name, sizeof out->basis_name, all[i].basis_name);
		if (all[i].members || all[i].total || all[i].result.set)
			take_curve(out, &all[i]);
	}
	free(in);
	unit_curves_free(all, n);
	return 0;
}

void dash_distribution_release(struct dash_distribution *d)
{
	unit_curves_free(d->units, d->n_units);
	d->units = NULL;
	d->n_units = 0;
}

/* ---- achievement: one employee ------------------------------------------------------------------ */

static int own_achievement(struct db *db, const struct dash_scope *sc,
			   struct dash_achievement *out, struct kerr *err)
{
	struct skp s;
	struct skp_monitor m;
	memset(&m, 0, sizeof m);
	if (store_skp_find(db, sc->employee_id, sc->period_id, 0, &s, err)) {
		if (err->code != KERR_NOT_FOUND)
			return -1;
		kerr_clear(err);
		return 0;            /* no SKP yet: nothing to chart */
	}
	int rc = store_skp_monitor(db, &s, &m, err);
	out->skp_id = s.id;
	out->n_rhk = rc ? 0 : s.n_rhk;
	out->rhk = xcalloc(out->n_rhk + 1, sizeof *out->rhk);
	for (size_t i = 0; i < out->n_rhk; i++) {
		out->rhk[i].id = s.rhk[i].id;
		copy_str(out->rhk[i].kind, sizeof out->rhk[i].kind, s.rhk[i].kind);
		out->rhk[i].text = xstrdup(s.rhk[i].text ? s.rhk[i].text : "");
		out->rhk[i].pct = xcalloc(out->n_cp + 1, sizeof *out->rhk[i].pct);
	}
	for (size_t c = 0; !rc && c < out->n_cp; c++) {
		struct skp_capaian cap;
		skp_capaian_compute(&s, m.real, m.n_real, out->cp[c].id, &cap);
		out->mean[c] = cap.pct;
		out->skps[c] = cap.pct.set;
		for (size_t i = 0; i < out->n_rhk && i < cap.n_rhk; i++)
			out->rhk[i].pct[c] = cap.rhk[i].pct;
		skp_capaian_release(&cap);
	}
	skp_monitor_release(&m);
	skp_release(&s);
	return rc;
}

/* ---- achievement: a unit ----------------------------------------------------------------------- */

/* Per checkpoint, the mean of the achievements of the scope's SKPs that
 * have one there: every checkpoint in one pass of the bulk loader
 * (store_capaian_set). */
static int unit_achievement(struct db *db, const struct dash_scope *sc,
			    struct dash_achievement *out, struct kerr *err)
{
	int64_t *ids = xcalloc(out->n_cp + 1, sizeof *ids);
	for (size_t c = 0; c < out->n_cp; c++)
		ids[c] = out->cp[c].id;
	struct capaian_query q = { .period_id = sc->period_id, .unit_id = sc->unit_id,
				   .cp = ids, .n_cp = out->n_cp, .with_rhk = 0 };
	struct capaian_set set;
	int rc = store_capaian_set(db, &q, &set, err);
	free(ids);
	if (rc)
		return -1;
	for (size_t c = 0; c < out->n_cp; c++) {
		struct dash_mean m = { 0, 0 };
		for (size_t i = 0; i < set.n_skp; i++)
			if (set.skp_pct[i * set.n_cp + c].set)
				dash_mean_add(&m, set.skp_pct[i * set.n_cp + c].value);
		out->skps[c] = m.n;
		out->mean[c].set = dash_mean_value(&m, &out->mean[c].value) == 0;
	}
	capaian_set_release(&set);
	return 0;
}

int store_dash_achievement(struct db *db, const struct dash_scope *sc,
			   struct dash_achievement *out, struct kerr *err)
{
	memset(out, 0, sizeof *out);
	if (store_checkpoint_list(db, sc->period_id, &out->cp, &out->n_cp, err))
		return -1;
	out->mean = xcalloc(out->n_cp + 1, sizeof *out->mean);
	out->skps = xcalloc(out->n_cp + 1, sizeof *out->skps);
	int rc = sc->employee_id ? own_achievement(db, sc, out, err)
				 : unit_achievement(db, sc, out, err);
	if (rc)
		dash_achievement_release(out);
	return rc;
}

void dash_achievement_release(struct dash_achievement *a)
{
	for (size_t i = 0; i < a->n_rhk; i++) {
		free(a->rhk[i].text);
		free(a->rhk[i].pct);
	}
	free(a->rhk);
	free(a->cp);
	free(a->mean);
	free(a->skps);
	memset(a, 0, sizeof *a);
}

/* ---- BerAKHLAK ------------------------------------------------------------------------------------ */

static int unit_profile(struct db *db, const struct dash_scope *sc, struct dash_berakhlak *out,
			struct kerr *err)
{
	struct settings360 set;
	int64_t v[2 + VALUES_360];
	if (store_settings360_get(db, &set, err) ||
	    db_query_ints(db, DASH_SUB "SELECT COUNT(*), COUNT(DISTINCT a.ratee_employee_id), "
			 "SUM(a.berorientasi_pelayanan), SUM(a.akuntabel), SUM(a.kompeten), "
			 "SUM(a.harmonis), SUM(a.loyal), SUM(a.adaptif), SUM(a.kolaboratif) FROM "
			 "answer360 a JOIN employees e ON e.id = a.ratee_employee_id WHERE "
			 "a.round_id = $1 AND a.grp <> 'diri' AND ($2 = 0 OR e.unit_id IN (SELECT "
			 "id FROM sub))", DB_ARGS(DB_INT(out->round.id), DB_INT(sc->unit_id)), v,
			 2 + VALUES_360, err))
		return -1;
	dash_profile_decide(&out->unit, v + 2, (int)v[0], (int)v[1], out->round.threshold,
			    set.threshold);
	return 0;
}

int store_dash_berakhlak(struct db *db, const struct dash_scope *sc, struct dash_berakhlak *out,
			 struct kerr *err)
{
	int64_t round = 0;
	memset(out, 0, sizeof *out);
	int found = db_query_int(db, "SELECT o.id FROM round360 o JOIN checkpoints c ON c.id = "
				 "o.checkpoint_id WHERE o.period_id = $1 AND o.state = 'ditutup' "
				 "ORDER BY c.seq DESC LIMIT 1", DB_ARGS(DB_INT(sc->period_id)), &round,
				 err);
	if (found <= 0)
		return found;
	if (store_round360_find(db, round, &out->round, err))
		return -1;
	if (sc->employee_id)
		return store_result360(db, &out->round, sc->employee_id, &out->own, err);
	return unit_profile(db, sc, out, err);
}

void dash_berakhlak_release(struct dash_berakhlak *b)
{
	result360_release(&b->own);
}

/* ---- the employee's own predicates ------------------------------------------------------------ */

int store_dash_own_predicates(struct db *db, const struct dash_scope *sc,
			      const struct dash_status *st, enum predicate *pred,
			      enum predicate *annual, struct kerr *err)
{
	int64_t skp = 0;
	struct assessment *a = NULL;
	size_t n = 0;
	for (size_t i = 0; i < st->n_cp; i++)
		pred[i] = PRED__COUNT;
	*annual = PRED__COUNT;
	int found = db_query_int(db, "SELECT id FROM skp WHERE employee_id = $1 AND period_id = $2 "
				 "ORDER BY month_from DESC LIMIT 1", DB_ARGS(DB_INT(sc->employee_id),
				 DB_INT(sc->period_id)), &skp, err);
	if (found <= 0)
		return found;
	if (store_assessment_list(db, skp, &a, &n, err))
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (!a[i].final)
			continue;
		if (a[i].kind == ASSESS_TAHUNAN)
			*annual = a[i].predicate;
		for (size_t c = 0; a[i].kind != ASSESS_TAHUNAN && c < st->n_cp; c++)
			if (st->cp[c].id == a[i].checkpoint_id)
				pred[c] = a[i].predicate;
	}
	assessments_free(a, n);
	return 0;
}
