/*
 * report_recap.c - the recap of a unit and period (see report.h): one
 * query for the employees of the subtree with their latest SKP of the
 * period, its RHK and IKI counts and its ditetapkan assessment on the
 * basis; one for the 360 forms per rater; one for the TPP of the latest
 * approved run per employee (only when asked); the achievements of the
 * subtree's SKPs from store_capaian_set (store/capaian.h); the curves of
 * the subtree's units from the curve store functions; the overdue items
 * from report_overdue.c.
 */
#include "store/report.h"
#include "store/assessment_int.h"
#include "store/db.h"
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SUB_CTE(p) \
	"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = " p \
	"  UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "

/* The roster of the unit and period (assessment_int.h) with the RHK and
 * IKI counts of each SKP. */
static const char rows_sql[] = ASSESS_ROSTER_SUB
	"SELECT e.id, COALESCE(s.id, 0), e.nip, e.front_title, e.name, e.back_title, e.golongan, "
	"COALESCE(p.name, ep.name, ''), un.id, un.code, un.name, COALESCE(s.state, ''), "
	"(SELECT COUNT(*) FROM rhk r WHERE r.skp_id = s.id), "
	"(SELECT COUNT(*) FROM rhk r JOIN iki i ON i.rhk_id = r.id WHERE r.skp_id = s.id), "
	"COALESCE(a.hasil_rating, ''), COALESCE(a.perilaku_rating, ''), "
	"COALESCE(a.predicate, ''), e.name_key " ASSESS_ROSTER_FROM ASSESS_ROSTER_WHERE;

/* Forms asked of each rater in the period's rounds, and answered. */
static const char r360_sql[] =
	"SELECT a.rater_employee_id, COUNT(*), "
	"SUM(CASE WHEN a.state = 'dijawab' THEN 1 ELSE 0 END) FROM rater360 a "
	"JOIN round360 rd ON rd.id = a.round_id WHERE rd.period_id = $1 "
	"GROUP BY a.rater_employee_id ORDER BY a.rater_employee_id";

/* The items of the approved runs of the year (of runs within unit $2, 0:
 * any), the latest run first per employee. */
static const char tpp_sql[] = SUB_CTE("$2")
	"SELECT it.employee_id, it.amount, r.label FROM tpp_run_item it "
	"JOIN tpp_run r ON r.id = it.run_id WHERE r.state = 'disetujui' AND r.year = $1 "
	"AND ($2 = 0 OR r.unit_id IN (SELECT id FROM sub)) "
	"ORDER BY it.employee_id, r.month_to DESC, r.approved_at DESC, r.id DESC";

/* ---- the rows ------------------------------------------------------------------------ */

struct sortable {
	struct recap_row row;
	char name_key[300];
};

static void row_from(struct db_rows *rows, struct sortable *x)
{
	struct recap_row *w = &x->row;
	memset(x, 0, sizeof *x);
	w->employee_id = db_int(rows, 0);
	w->skp_id = db_int(rows, 1);
	copy_str(w->nip, sizeof w->nip, db_text(rows, 2));
	store_person_name(rows, 3, w->name, sizeof w->name);
	copy_str(w->golongan, sizeof w->golongan, db_text(rows, 6));
	copy_str(w->position_name, sizeof w->position_name, db_text(rows, 7));
	w->unit_id = db_int(rows, 8);
	copy_str(w->unit_code, sizeof w->unit_code, db_text(rows, 9));
	copy_str(w->unit_name, sizeof w->unit_name, db_text(rows, 10));
	copy_str(w->skp_state, sizeof w->skp_state, db_text(rows, 11));
	w->n_rhk = (int)db_int(rows, 12);
	w->n_iki = (int)db_int(rows, 13);
	w->hasil = assess_rating_of(db_text(rows, 14));
	w->perilaku = assess_rating_of(db_text(rows, 15));
	w->predicate = assess_predicate_of(db_text(rows, 16));
	copy_str(x->name_key, sizeof x->name_key, db_text(rows, 17));
}

static int cmp_sortable(const void *a, const void *b)
{
	const struct sortable *x = a, *y = b;
	int c = strcmp(x->row.unit_code, y->row.unit_code);
	if (!c)
		c = strcmp(x->name_key, y->name_key);
	return c ? c : (x->row.employee_id > y->row.employee_id) -
		       (x->row.employee_id < y->row.employee_id);
}

static int load_rows(struct db *db, struct recap *out, struct kerr *err)
{
	const char *kind = assessment_kind_name(out->basis.checkpoint_id ? ASSESS_PERIODIK
									  : ASSESS_TAHUNAN);
	struct db_rows *rows = db_query(db, rows_sql, DB_ARGS(DB_INT(out->period.id),
		DB_INT(out->unit.id), DB_TEXT(kind), DB_INT(out->basis.checkpoint_id)), err);
	struct sortable *v = NULL;
	size_t n = 0, alloc = 0;
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (n && v[n - 1].row.employee_id == db_int(rows, 0))
			continue;
		if (n == alloc)
			v = xrealloc(v, (alloc = alloc ? alloc * 2 : 64) * sizeof *v);
		row_from(rows, &v[n++]);
	}
	db_rows_free(rows);
	if (rc < 0) {
		free(v);
		return -1;
	}
	qsort(v, n, sizeof *v, cmp_sortable);
	out->rows = xcalloc(n + 1, sizeof *out->rows);
	for (size_t i = 0; i < n; i++)
		out->rows[i] = v[i].row;
	out->n = n;
	free(v);
	return 0;
}

/* ---- figures by employee ------------------------------------------------------------------ */

/* The row of an employee (rows are not in id order: a linear index). */
struct by_employee {
	int64_t id;
	size_t at;
};

static int cmp_by_employee(const void *a, const void *b)
{
	const struct by_employee *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

static struct recap_row *row_of(const struct recap *out, const struct by_employee *ix,
				int64_t id)
{
	struct by_employee key = { id, 0 };
	const struct by_employee *hit = out->n ? bsearch(&key, ix, out->n, sizeof *ix,
							 cmp_by_employee) : NULL;
	return hit ? &out->rows[hit->at] : NULL;
}

static int load_360(struct db *db, struct recap *out, const struct by_employee *ix,
		    struct kerr *err)
{
	struct db_rows *rows = db_query(db, r360_sql, DB_ARGS(DB_INT(out->period.id)), err);
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		struct recap_row *w = row_of(out, ix, db_int(rows, 0));
		if (w) {
			w->r360_asked = db_int(rows, 1);
			w->r360_answered = db_int(rows, 2);
		}
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int load_tpp(struct db *db, struct recap *out, const struct by_employee *ix,
		    int64_t scope, struct kerr *err)
{
	struct db_rows *rows = db_query(db, tpp_sql, DB_ARGS(DB_INT(out->period.year),
		DB_INT(scope)), err);
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		struct recap_row *w = row_of(out, ix, db_int(rows, 0));
		if (w && !w->has_tpp) {
			w->has_tpp = 1;
			w->tpp = db_int(rows, 1);
			copy_str(w->tpp_run, sizeof w->tpp_run, db_text(rows, 2));
		}
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int add_capaian(struct db *db, struct recap *out, struct kerr *err)
{
	struct capaian_set set;
	struct capaian_query q = { .period_id = out->period.id, .unit_id = out->unit.id,
				   .cp = &out->basis.capaian_checkpoint, .n_cp = 1,
				   .with_rhk = 0 };
	if (store_capaian_set(db, &q, &set, err))
		return -1;
	for (size_t i = 0; i < out->n; i++) {
		const struct pct *p = out->rows[i].skp_id ? capaian_of_skp(&set, out->rows[i].skp_id,
									   0) : NULL;
		if (p)
			out->rows[i].capaian = *p;
	}
	capaian_set_release(&set);
	return 0;
}

static int add_figures(struct db *db, struct recap *out, int64_t tpp_scope, struct kerr *err)
{
	struct by_employee *ix = xcalloc(out->n + 1, sizeof *ix);
	for (size_t i = 0; i < out->n; i++)
		ix[i] = (struct by_employee){ out->rows[i].employee_id, i };
	qsort(ix, out->n, sizeof *ix, cmp_by_employee);
	int rc = load_360(db, out, ix, err) ||
		 (tpp_scope >= 0 && load_tpp(db, out, ix, tpp_scope, err)) ||
		 add_capaian(db, out, err) ? -1 : 0;
	free(ix);
	return rc;
}

/* ---- the recap ---------------------------------------------------------------------------------- */

static int recap_tx(struct db *db, const struct recap_query *q, struct recap *out,
		    struct kerr *err)
{
	if (store_period_get(db, q->period_id, &out->period, err)) {
		if (err->code == KERR_NOT_FOUND)
			copy_str(err->field, sizeof err->field, "periode");
		return -1;
	}
	if (store_unit_get(db, q->unit_id, &out->unit, err)) {
		if (err->code == KERR_NOT_FOUND)
			copy_str(err->field, sizeof err->field, "unit");
		return -1;
	}
	if (store_report_basis(db, q->period_id, q->basis, &out->basis, err) ||
	    load_rows(db, out, err) || add_figures(db, out, q->tpp_scope, err) ||
	    store_unit_curves_at(db, q->period_id, out->basis.checkpoint_id, &out->curves,
				 &out->n_curves, err))
		return -1;
	unit_curves_keep_within(&out->curves, &out->n_curves, out->unit.id, 0);
	return store_recap_overdue(db, out, err);
}

int store_recap(struct db *db, const struct recap_query *q, struct recap *out,
		struct kerr *err)
{
	memset(out, 0, sizeof *out);
	out->with_tpp = q->tpp_scope >= 0;
	copy_str(out->today, sizeof out->today, q->today);
	if (recap_tx(db, q, out, err)) {
		recap_release(out);
		return -1;
	}
	return 0;
}

void recap_release(struct recap *r)
{
	free(r->rows);
	unit_curves_free(r->curves, r->n_curves);
	free(r->overdue);
	r->rows = NULL;
	r->curves = NULL;
	r->overdue = NULL;
	r->n = r->n_curves = r->n_overdue = 0;
}
