/*
 * curve_period.c - the distribution curve of every unit of a period at
 * once (store_unit_curves, store_unit_curves_at): the same figures
 * store_unit_curve_at (curve_reason.c) gives for one unit - the final
 * predicates of its direct members on the curve's basis (tahunan, or
 * periodik at a checkpoint) counted, one per employee (the SKP with the
 * latest months), curve_check against the unit predicate, the reason
 * stored for the tahunan spread - read with one query per table for the
 * whole period instead of five per unit, and put together in memory.
 */
#include "store/assessment_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "domain/tree.h"

#include <stdlib.h>
#include <string.h>

/* The curves being built, in store_unit_list's order, with an index by
 * unit id for the rows of the other queries. */
struct curves {
	int64_t period_id;
	int64_t basis;            /* 0: tahunan; else the checkpoint */
	struct unit_curve *c;
	size_t n;
	struct curve_at {
		int64_t unit_id;
		size_t at;
	} *by_id;
};

static int cmp_curve_at(const void *a, const void *b)
{
	int64_t x = ((const struct curve_at *)a)->unit_id, y = ((const struct curve_at *)b)->unit_id;
	return (x > y) - (x < y);
}

/* The curve of unit `unit_id`, NULL for a unit not listed. */
static struct unit_curve *curve_of(struct curves *cs, int64_t unit_id)
{
	struct curve_at key = { unit_id, 0 };
	struct curve_at *hit = bsearch(&key, cs->by_id, cs->n, sizeof key, cmp_curve_at);
	return hit ? &cs->c[hit->at] : NULL;
}

/* Names the checkpoint basis, which must belong to the period. */
static int load_basis(struct db *db, const struct curves *cs, char name[64], struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT name FROM checkpoints WHERE id = $1 AND "
					"period_id = $2", DB_ARGS(DB_INT(cs->basis),
					DB_INT(cs->period_id)), err);
	int rc = rows ? db_next(rows, err) : -1;
	if (rc == 1)
		copy_str(name, 64, db_text(rows, 0));
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "titik", "Titik periksa %lld bukan bagian dari "
				"periode ini", (long long)cs->basis);
	return rc < 0 ? -1 : 0;
}

static int load_units(struct db *db, struct curves *cs, struct kerr *err)
{
	char basis_name[64] = "";
	if (cs->basis && load_basis(db, cs, basis_name, err))
		return -1;
	struct unit *units;
	if (store_unit_list(db, &units, &cs->n, err))
		return -1;
	cs->c = xcalloc(cs->n ? cs->n : 1, sizeof *cs->c);
	cs->by_id = xcalloc(cs->n ? cs->n : 1, sizeof *cs->by_id);
	for (size_t i = 0; i < cs->n; i++) {
		cs->c[i].unit = units[i];
		cs->c[i].basis_checkpoint = cs->basis;
		copy_str(cs->c[i].basis_name, sizeof cs->c[i].basis_name, basis_name);
		cs->c[i].result.period_id = cs->period_id;
		cs->c[i].result.unit_id = units[i].id;
		cs->c[i].reason = xstrdup("");
		cs->by_id[i] = (struct curve_at){ units[i].id, i };
	}
	free(units);
	qsort(cs->by_id, cs->n, sizeof *cs->by_id, cmp_curve_at);
	return 0;
}

static int load_results(struct db *db, struct curves *cs, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT unit_id, " UNIT_RESULT_COLS " FROM unit_result "
					"WHERE period_id = $1", DB_ARGS(DB_INT(cs->period_id)), err);
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		struct unit_curve *c = curve_of(cs, db_int(rows, 0));
		if (c)
			assess_unit_result_from_row(rows, 1, &c->result);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int load_members(struct db *db, struct curves *cs, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT unit_id, COUNT(*) FROM employees "
					"WHERE status = 'aktif' GROUP BY unit_id", DB_NOARGS, err);
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		struct unit_curve *c = curve_of(cs, db_int(rows, 0));
		if (c)
			c->members = (int)db_int(rows, 1);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* The final predicates of the period on the basis by unit (of the SKP's
 * post, or the employee's when it covers none), one per employee in each
 * unit: the SKP with the latest months, as count_predicates in
 * curve_reason.c takes them for one unit. */
static int count_predicates(struct db *db, struct curves *cs, struct kerr *err)
{
	const char *kind = assessment_kind_name(cs->basis ? ASSESS_PERIODIK : ASSESS_TAHUNAN);
	struct db_rows *rows = db_query(db,
		"SELECT COALESCE(p.unit_id, e.unit_id), s.employee_id, a.predicate, s.month_from "
		"FROM skp s JOIN employees e ON e.id = s.employee_id "
		"LEFT JOIN positions p ON p.id = s.position_id "
		"JOIN assessment a ON a.skp_id = s.id AND a.kind = $2 "
		"AND COALESCE(a.checkpoint_id, 0) = $3 AND a.state = 'ditetapkan' "
		"WHERE s.period_id = $1 ORDER BY 1, 2, 4 DESC",
		DB_ARGS(DB_INT(cs->period_id), DB_TEXT(kind), DB_INT(cs->basis)), err);
	int64_t unit = 0, last = 0;
	struct unit_curve *c = NULL;
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		enum predicate p;
		if (db_int(rows, 0) != unit) {
			unit = db_int(rows, 0);
			c = curve_of(cs, unit);
			last = 0;
		}
		if (!c || db_int(rows, 1) == last || predicate_parse(db_text(rows, 2), &p))
			continue;
		last = db_int(rows, 1);
		c->count[p]++;
		c->total++;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* The stored reasons; run after the checks, as a reason is current only
 * for the very spread (curve_key) it was given for. */
static int load_reasons(struct db *db, struct curves *cs, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT unit_id, reason, deviation_key, by_name, at "
					"FROM curve_reason WHERE period_id = $1",
					DB_ARGS(DB_INT(cs->period_id)), err);
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		struct unit_curve *c = curve_of(cs, db_int(rows, 0));
		if (!c)
			continue;
		c->has_reason = 1;
		free(c->reason);
		c->reason = xstrdup(db_text(rows, 1));
		c->reason_current = c->key[0] && !strcmp(c->key, db_text(rows, 2));
		copy_str(c->reason_by, sizeof c->reason_by, db_text(rows, 3));
		c->reason_at = db_int(rows, 4);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static void check_all(struct curves *cs)
{
	for (size_t i = 0; i < cs->n; i++) {
		struct unit_curve *c = &cs->c[i];
		if (!c->result.set)
			continue;
		c->n_dev = curve_check(c->result.predicate, c->count, c->dev);
		curve_key(c->result.predicate, c->count, c->key);
	}
}

int store_unit_curves(struct db *db, int64_t period_id, struct unit_curve **out, size_t *n,
		      struct kerr *err)
{
	return store_unit_curves_at(db, period_id, 0, out, n, err);
}

int store_unit_curves_at(struct db *db, int64_t period_id, int64_t checkpoint_id,
			 struct unit_curve **out, size_t *n, struct kerr *err)
{
	struct curves cs = { .period_id = period_id, .basis = checkpoint_id };
	int rc = load_units(db, &cs, err) || load_results(db, &cs, err) ||
		 load_members(db, &cs, err) || count_predicates(db, &cs, err) ? -1 : 0;
	if (!rc) {
		check_all(&cs);
		/* a provisional curve has no reason: reasons belong to the tahunan spread */
		rc = checkpoint_id ? 0 : load_reasons(db, &cs, err);
	}
	free(cs.by_id);
	if (rc) {
		unit_curves_free(cs.c, cs.n);
		cs.c = NULL;
		cs.n = 0;
	}
	*out = cs.c;
	*n = cs.n;
	return rc;
}

void unit_curves_free(struct unit_curve *c, size_t n)
{
	for (size_t i = 0; c && i < n; i++)
		unit_curve_release(&c[i]);
	free(c);
}

unsigned char *unit_curves_within(const struct unit_curve *c, size_t n, int64_t top)
{
	int64_t *ids = xcalloc(n + 1, sizeof *ids), *parents = xcalloc(n + 1, sizeof *parents);
	for (size_t i = 0; i < n; i++) {
		ids[i] = c[i].unit.id;
		parents[i] = c[i].unit.parent_id;
	}
	unsigned char *in = tree_within(ids, parents, n, top);
	free(ids);
	free(parents);
	return in;
}

void unit_curves_keep_within(struct unit_curve **c, size_t *n, int64_t top, int top_first)
{
	unsigned char *in = unit_curves_within(*c, *n, top);
	struct unit_curve *v = xcalloc(*n + 1, sizeof *v);
	size_t kept = 0;
	for (int pass = top_first; pass >= 0; pass--)
		for (size_t i = 0; i < *n; i++)
			if (in[i] && (!top_first || ((*c)[i].unit.id == top) == pass))
				v[kept++] = (*c)[i];
	for (size_t i = 0; i < *n; i++)
		if (!in[i])
			unit_curve_release(&(*c)[i]);
	free(*c);
	free(in);
	*c = v;
	*n = kept;
}
