/*
 * calibration_table.c - the calibration table of a unit and period (see
 * calibration.h): one query for the employees of the subtree with their
 * latest SKP of the period, its ditetapkan assessment on the basis and
 * the proposal waiting on it; the achievements from the bulk loader
 * (store/capaian.h); the 360 aggregates of the basis's round through
 * store_result360_all (the anonymity rules of the 360 results); the
 * assessors' rater flags from the period's rater analysis
 * (store/analysis.h); the curves of the subtree's units.
 */
#include "store/calibration_int.h"
#include "store/analysis.h"
#include "store/assessment_int.h"
#include "store/db.h"
#include "store/r360.h"
#include "store/store_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The roster (as the recap: assessment_int.h) with the assessor and the
 * proposal waiting on the assessment. */
static const char rows_sql[] = ASSESS_ROSTER_SUB
	"SELECT e.id, COALESCE(s.id, 0), e.nip, e.front_title, e.name, e.back_title, e.name_key, "
	"COALESCE(p.name, ep.name, ''), un.id, un.code, un.name, COALESCE(a.id, 0), "
	"COALESCE(a.assessor_employee_id, 0), COALESCE(x.front_title, ''), "
	"COALESCE(x.name, a.assessor_name, ''), COALESCE(x.back_title, ''), "
	"COALESCE(a.hasil_rating, ''), COALESCE(a.perilaku_rating, ''), "
	"COALESCE(a.predicate, ''), COALESCE(a.version, 0), COALESCE(cp.id, 0), "
	"COALESCE(cp.new_predicate, '') " ASSESS_ROSTER_FROM
	"LEFT JOIN employees x ON x.id = a.assessor_employee_id "
	"LEFT JOIN calibration_proposal cp ON cp.assessment_id = a.id AND cp.state = 'diajukan' "
	ASSESS_ROSTER_WHERE;

static void row_from(struct db_rows *rows, struct calib_row *w)
{
	memset(w, 0, sizeof *w);
	w->employee_id = db_int(rows, 0);
	w->skp_id = db_int(rows, 1);
	copy_str(w->nip, sizeof w->nip, db_text(rows, 2));
	store_person_name(rows, 3, w->name, sizeof w->name);
	copy_str(w->name_key, sizeof w->name_key, db_text(rows, 6));
	copy_str(w->position_name, sizeof w->position_name, db_text(rows, 7));
	w->unit_id = db_int(rows, 8);
	copy_str(w->unit_code, sizeof w->unit_code, db_text(rows, 9));
	copy_str(w->unit_name, sizeof w->unit_name, db_text(rows, 10));
	w->assessment_id = db_int(rows, 11);
	w->assessor_id = db_int(rows, 12);
	store_person_name(rows, 13, w->assessor_name, sizeof w->assessor_name);
	w->final = w->assessment_id != 0;
	w->hasil = assess_rating_of(db_text(rows, 16));
	w->perilaku = assess_rating_of(db_text(rows, 17));
	w->predicate = assess_predicate_of(db_text(rows, 18));
	w->version = db_int(rows, 19);
	w->open_proposal = db_int(rows, 20);
	w->proposed = assess_predicate_of(db_text(rows, 21));
	w->r360_mean = NAN;
}

static int load_rows(struct db *db, struct calib_table *out, struct kerr *err)
{
	int64_t cp = out->basis.checkpoint_id;
	const char *kind = assessment_kind_name(cp ? ASSESS_PERIODIK : ASSESS_TAHUNAN);
	struct db_rows *rows = db_query(db, rows_sql, DB_ARGS(DB_INT(out->period.id),
		DB_INT(out->unit.id), DB_TEXT(kind), DB_INT(cp)), err);
	size_t alloc = 0;
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (out->n && out->rows[out->n - 1].employee_id == db_int(rows, 0))
			continue;
		if (out->n == alloc)
			out->rows = xrealloc(out->rows, (alloc = alloc ? alloc * 2 : 64) *
					     sizeof *out->rows);
		row_from(rows, &out->rows[out->n++]);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* The row of an employee; rows are in employee id order while loading. */
static struct calib_row *row_of(struct calib_table *t, int64_t employee_id)
{
	size_t lo = 0, hi = t->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (t->rows[mid].employee_id < employee_id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < t->n && t->rows[lo].employee_id == employee_id ? &t->rows[lo] : NULL;
}

/* ---- achievements ------------------------------------------------------------------------ */

static int add_capaian(struct db *db, struct calib_table *out, struct kerr *err)
{
	int64_t cp = out->basis.capaian_checkpoint;
	struct capaian_query q = { .period_id = out->period.id, .unit_id = out->unit.id,
				   .cp = &cp, .n_cp = 1, .with_rhk = 0 };
	struct capaian_set set;
	if (store_capaian_set(db, &q, &set, err))
		return -1;
	for (size_t i = 0; i < out->n; i++) {
		const struct pct *p = out->rows[i].skp_id ? capaian_of_skp(&set, out->rows[i].skp_id, 0)
							  : NULL;
		if (p)
			out->rows[i].capaian = *p;
	}
	capaian_set_release(&set);
	return 0;
}

/* ---- 360 ----------------------------------------------------------------------------------- */

/* The basis's round: the checkpoint's, or for tahunan the period's
 * latest closed one.  0 when there is none. */
static int find_round(struct db *db, struct calib_table *out, struct round360 *rd,
		      struct kerr *err)
{
	int64_t id = 0;
	int rc = out->basis.checkpoint_id
		? db_query_int(db, "SELECT id FROM round360 WHERE period_id = $1 AND "
			       "checkpoint_id = $2 ORDER BY id DESC LIMIT 1",
			       DB_ARGS(DB_INT(out->period.id), DB_INT(out->basis.checkpoint_id)),
			       &id, err)
		: db_query_int(db, "SELECT r.id FROM round360 r JOIN checkpoints c ON "
			       "c.id = r.checkpoint_id WHERE r.period_id = $1 AND r.state = "
			       "'ditutup' ORDER BY c.seq DESC, r.id DESC LIMIT 1",
			       DB_ARGS(DB_INT(out->period.id)), &id, err);
	if (rc <= 0)
		return rc;
	if (store_round360_find(db, id, rd, err))
		return -1;
	out->round_id = id;
	copy_str(out->round_name, sizeof out->round_name, rd->name);
	out->round_threshold = rd->threshold;
	return 1;
}

/* One person's result: the others' answers, and the pooled mean of the
 * scores of the groups shown (each value's mean weighted by its count). */
static int take_result(void *ctx, int64_t ratee, const struct result360 *res)
{
	struct calib_row *w = row_of(ctx, ratee);
	double sum = 0;
	int n = 0;
	if (!w)
		return 0;
	for (int g = 0; g < RATER__GROUPS; g++) {
		const struct aggregate360 *a = &res->group[g];
		if (g == RATER_DIRI)
			continue;
		w->r360_answers += a->answers;
		for (int v = 0; a->shown && v < VALUES_360; v++) {
			sum += a->mean[v] * a->n[v];
			n += a->n[v];
		}
	}
	w->r360_shown = n > 0;
	w->r360_mean = n ? sum / n : NAN;
	return 0;
}

static int add_360(struct db *db, struct calib_table *out, struct kerr *err)
{
	struct round360 rd;
	int found = find_round(db, out, &rd, err);
	if (found <= 0)
		return found;
	for (size_t i = 0; i < out->n; i++)
		out->rows[i].r360_scale = rd.scale;
	return store_result360_all(db, &rd, take_result, out, err);
}

/* ---- rater flags ---------------------------------------------------------------------------- */

static int add_flags(struct db *db, struct calib_table *out, struct kerr *err)
{
	struct analysis an;
	if (store_analysis_run(db, out->period.id, AN_ALL, &an, err))
		return -1;
	for (size_t i = 0; i < out->n; i++) {
		struct calib_row *w = &out->rows[i];
		int k = w->assessor_id ? an_index_of(&an.d, w->assessor_id) : -1;
		if (!w->final || k < 0 || k >= an.res.n_raters || !an.res.raters[k].n_scores)
			continue;
		w->flags_known = 1;
		w->assessor_flags = an.res.raters[k].flags;
	}
	analysis_release(&an);
	return 0;
}

/* ---- the table ------------------------------------------------------------------------------- */

static int field_of_not_found(struct kerr *err, const char *field)
{
	if (err->code == KERR_NOT_FOUND)
		copy_str(err->field, sizeof err->field, field);
	return -1;
}

static int by_unit_then_name(const void *pa, const void *pb)
{
	const struct calib_row *a = pa, *b = pb;
	int c = strcmp(a->unit_code, b->unit_code);
	if (!c)
		c = strcmp(a->name_key, b->name_key);
	return c ? c : (a->employee_id > b->employee_id) - (a->employee_id < b->employee_id);
}

static int table_load(struct db *db, const struct calib_query *q, struct calib_table *out,
		      struct kerr *err)
{
	if (store_period_get(db, q->period_id, &out->period, err))
		return field_of_not_found(err, "periode");
	if (store_unit_get(db, q->unit_id, &out->unit, err))
		return field_of_not_found(err, "unit");
	if (store_report_basis(db, q->period_id, q->basis, &out->basis, err) ||
	    load_rows(db, out, err) || add_capaian(db, out, err) || add_360(db, out, err) ||
	    (q->with_flags && add_flags(db, out, err)) ||
	    store_unit_curves_at(db, q->period_id, out->basis.checkpoint_id, &out->curves,
				 &out->n_curves, err))
		return -1;
	unit_curves_keep_within(&out->curves, &out->n_curves, out->unit.id, 1);
	if (out->n > 1)
		qsort(out->rows, out->n, sizeof *out->rows, by_unit_then_name);
	return 0;
}

int store_calib_table(struct db *db, const struct calib_query *q, struct calib_table *out,
		      struct kerr *err)
{
	memset(out, 0, sizeof *out);
	if (table_load(db, q, out, err)) {
		calib_table_release(out);
		return -1;
	}
	return 0;
}

void calib_table_release(struct calib_table *t)
{
	free(t->rows);
	unit_curves_free(t->curves, t->n_curves);
	t->rows = NULL;
	t->curves = NULL;
	t->n = t->n_curves = 0;
}
