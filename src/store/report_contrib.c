/*
 * report_contrib.c - the contribution report (see report.h): the cascade
 * of the unit (store_cascade: its goals, the RHK of its employees and
 * every RHK up their chains), the goal each RHK serves
 * (contribution_goal_of), the achievement of each RHK at the basis's
 * checkpoint (store_capaian_set), then the RHK of approved SKPs of the
 * subtree's employees grouped by goal and unit with their roll-ups
 * (contribution_figure).
 */
#include "store/report.h"
#include "store/db.h"
#include "core/timeutil.h"

#include <stdlib.h>
#include <string.h>

/* ---- the subtree --------------------------------------------------------------------------- */

/* The ids of the unit and those below it, sorted. */
struct id_set {
	int64_t *v;
	size_t n;
};

static int cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

static int id_in(const struct id_set *s, int64_t id)
{
	return s->n && bsearch(&id, s->v, s->n, sizeof *s->v, cmp_id) != NULL;
}

static int load_subtree(struct db *db, int64_t unit_id, struct id_set *out, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $1"
		"  UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
		"SELECT id FROM sub ORDER BY id", DB_ARGS(DB_INT(unit_id)), err);
	size_t alloc = 0;
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (out->n == alloc)
			out->v = xrealloc(out->v, (alloc = alloc ? alloc * 2 : 32) * sizeof *out->v);
		out->v[out->n++] = db_int(rows, 0);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* RHK id -> SKP id for the period, by RHK id. */
struct rhk_skp {
	int64_t rhk, skp;
	char nip[20];
};

static int load_rhk_skp(struct db *db, int64_t period_id, struct rhk_skp **out, size_t *n,
			struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT r.id, r.skp_id, e.nip FROM rhk r JOIN skp s ON "
					"s.id = r.skp_id JOIN employees e ON e.id = s.employee_id "
					"WHERE s.period_id = $1 ORDER BY r.id",
					DB_ARGS(DB_INT(period_id)), err);
	size_t alloc = 0;
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (*n == alloc)
			*out = xrealloc(*out, (alloc = alloc ? alloc * 2 : 256) * sizeof **out);
		struct rhk_skp *x = &(*out)[(*n)++];
		x->rhk = db_int(rows, 0);
		x->skp = db_int(rows, 1);
		copy_str(x->nip, sizeof x->nip, db_text(rows, 2));
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static const struct rhk_skp *skp_of_rhk(const struct rhk_skp *v, size_t n, int64_t rhk)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (v[mid].rhk == rhk)
			return &v[mid];
		if (v[mid].rhk < rhk)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* ---- goals ------------------------------------------------------------------------------------ */

/* Makes a contrib_goal of every goal row of the cascade; *goal_at maps a
 * row index to its goal index (SIZE_MAX for an RHK row). */
static int make_goals(struct db *db, struct contribution *out, size_t *goal_at,
		      struct kerr *err)
{
	struct goal *g = NULL;
	size_t ng = 0;
	if (store_goal_list(db, out->period.id, 0, &g, &ng, err))
		return -1;
	const struct cascade *c = &out->cascade;
	out->goals = xcalloc(c->n + 1, sizeof *out->goals);
	for (size_t i = 0; i < c->n; i++) {
		goal_at[i] = SIZE_MAX;
		if (c->rows[i].kind != CASCADE_GOAL)
			continue;
		struct contrib_goal *cg = &out->goals[out->n_goals];
		cg->goal_id = -c->rows[i].key;
		cg->text = c->rows[i].text;
		cg->unit_name = c->rows[i].owner->unit_name;
		for (size_t j = 0; j < ng; j++)
			if (g[j].id == cg->goal_id)
				copy_str(cg->code, sizeof cg->code, g[j].code);
		goal_at[i] = out->n_goals++;
	}
	goals_free(g, ng);
	return 0;
}

/* ---- the RHK that count ------------------------------------------------------------------------ */

struct pick {
	size_t goal, row;
};

static int cmp_pick(const void *a, const void *b)
{
	const struct pick *x = a, *y = b;
	if (x->goal != y->goal)
		return x->goal < y->goal ? -1 : 1;
	return (x->row > y->row) - (x->row < y->row);
}

/* The RHK rows of approved SKPs of the subtree's employees that serve a
 * goal, by goal then cascade order. */
static struct pick *pick_rhk(const struct cascade *c, const size_t *goal_of,
			     const size_t *goal_at, const struct id_set *sub, size_t *n)
{
	struct pick *v = xcalloc(c->n + 1, sizeof *v);
	*n = 0;
	for (size_t i = 0; i < c->n; i++) {
		const struct cascade_row *r = &c->rows[i];
		if (r->kind == CASCADE_GOAL || goal_of[i] >= c->n ||
		    r->owner->state_id != SKP_DISETUJUI || !id_in(sub, r->owner->unit_id))
			continue;
		v[(*n)++] = (struct pick){ goal_at[goal_of[i]], i };
	}
	qsort(v, *n, sizeof *v, cmp_pick);
	return v;
}

static void fill_rhk(struct contribution *out, const struct pick *v, size_t n,
		     const struct capaian_set *set, const struct rhk_skp *rs, size_t nrs)
{
	out->rhk = xcalloc(n + 1, sizeof *out->rhk);
	out->pct = xcalloc(n + 1, sizeof *out->pct);
	out->n_rhk = n;
	for (size_t i = 0; i < n; i++) {
		const struct cascade_row *r = &out->cascade.rows[v[i].row];
		struct contrib_rhk *x = &out->rhk[i];
		x->rhk_id = r->key;
		const struct rhk_skp *owner = skp_of_rhk(rs, nrs, r->key);
		if (owner) {
			x->skp_id = owner->skp;
			copy_str(x->nip, sizeof x->nip, owner->nip);
		}
		x->employee_id = r->owner->employee_id;
		x->unit_id = r->owner->unit_id;
		x->parent_key = r->parent_key;
		x->text = r->text;
		x->owner = r->owner->name;
		x->position = r->owner->position;
		x->unit_name = r->owner->unit_name;
		x->goal = v[i].goal;
		x->utama = r->kind == CASCADE_UTAMA;
		const struct pct *p = capaian_of_rhk(set, r->key, 0);
		if (p)
			out->pct[i] = *p;
	}
}

/* ---- roll-ups ------------------------------------------------------------------------------------ */

static void goal_figures(struct contribution *out)
{
	size_t i = 0;
	for (size_t g = 0; g < out->n_goals; g++) {
		struct contrib_goal *cg = &out->goals[g];
		cg->first = i;
		while (i < out->n_rhk && out->rhk[i].goal == g)
			i++;
		cg->count = i - cg->first;
		contribution_figure(out->pct + cg->first, cg->count, &cg->fig);
	}
}

static void part_figures(struct contribution *out)
{
	out->parts = xcalloc(out->n_rhk + 1, sizeof *out->parts);
	for (size_t i = 0; i < out->n_rhk;) {
		struct contrib_part *p = &out->parts[out->n_parts++];
		p->goal = out->rhk[i].goal;
		p->unit_id = out->rhk[i].unit_id;
		p->unit_name = out->rhk[i].unit_name;
		p->first = i;
		while (i < out->n_rhk && out->rhk[i].goal == p->goal &&
		       out->rhk[i].unit_id == p->unit_id)
			i++;
		p->count = i - p->first;
		contribution_figure(out->pct + p->first, p->count, &p->fig);
	}
}

/* One entry per unit (in the order units first appear in the cascade,
 * which is by unit code), over every goal. */
static void unit_figures(struct contribution *out)
{
	struct pct *buf = xcalloc(out->n_rhk + 1, sizeof *buf);
	out->units = xcalloc(out->n_parts + 1, sizeof *out->units);
	const struct cascade *c = &out->cascade;
	for (size_t o = 0; o < c->n_owners; o++) {
		int64_t unit = c->owners[o].unit_id;
		size_t m = 0, goals = 0, seen = 0;
		for (size_t u = 0; u < out->n_units && !seen; u++)
			seen = out->units[u].unit_id == unit;
		if (seen)
			continue;
		for (size_t p = 0; p < out->n_parts; p++) {
			const struct contrib_part *pt = &out->parts[p];
			if (pt->unit_id != unit)
				continue;
			goals++;
			memcpy(buf + m, out->pct + pt->first, pt->count * sizeof *buf);
			m += pt->count;
		}
		if (!goals)
			continue;
		struct contrib_unit *cu = &out->units[out->n_units++];
		cu->unit_id = unit;
		cu->unit_name = c->owners[o].unit_name;
		cu->goals = goals;
		contribution_figure(buf, m, &cu->fig);
	}
	free(buf);
}

/* ---- the report ----------------------------------------------------------------------------------- */

static int contrib_tx(struct db *db, int64_t unit_id, struct contribution *out,
		      struct kerr *err)
{
	struct id_set sub = { NULL, 0 };
	struct capaian_set set;
	struct capaian_query q = { .period_id = out->period.id, .unit_id = 0,
				   .cp = &out->basis.capaian_checkpoint, .n_cp = 1,
				   .with_rhk = 1 };
	struct rhk_skp *rs = NULL;
	size_t nrs = 0, npick = 0;
	memset(&set, 0, sizeof set);
	if (load_subtree(db, unit_id, &sub, err) ||
	    store_cascade(db, out->period.id, unit_id, &out->cascade, err) ||
	    store_capaian_set(db, &q, &set, err) ||
	    load_rhk_skp(db, out->period.id, &rs, &nrs, err)) {
		free(sub.v);
		free(rs);
		capaian_set_release(&set);
		return -1;
	}
	const struct cascade *c = &out->cascade;
	struct contrib_node *nodes = xcalloc(c->n + 1, sizeof *nodes);
	size_t *goal_of = xcalloc(c->n + 1, sizeof *goal_of), *goal_at = xcalloc(c->n + 1,
									    sizeof *goal_at);
	for (size_t i = 0; i < c->n; i++)
		nodes[i] = (struct contrib_node){ c->rows[i].key, c->rows[i].parent_key,
						  c->rows[i].kind == CASCADE_GOAL };
	contribution_goal_of(nodes, c->n, goal_of);
	int rc = make_goals(db, out, goal_at, err);
	if (!rc) {
		struct pick *v = pick_rhk(c, goal_of, goal_at, &sub, &npick);
		fill_rhk(out, v, npick, &set, rs, nrs);
		free(v);
		goal_figures(out);
		part_figures(out);
		unit_figures(out);
	}
	free(nodes);
	free(goal_of);
	free(goal_at);
	free(sub.v);
	free(rs);
	capaian_set_release(&set);
	return rc;
}

/* A missing period or unit is named by the report's parameter. */
static void name_missing(struct kerr *err, const char *field)
{
	if (err->code == KERR_NOT_FOUND)
		copy_str(err->field, sizeof err->field, field);
}

int store_contribution(struct db *db, int64_t period_id, int64_t unit_id, int64_t basis,
		       struct contribution *out, struct kerr *err)
{
	memset(out, 0, sizeof *out);
	date_wib(out->today, now_unix());
	int rc = -1;
	if (store_period_get(db, period_id, &out->period, err))
		name_missing(err, "periode");
	else if (store_unit_get(db, unit_id, &out->unit, err))
		name_missing(err, "unit");
	else if (!store_report_basis(db, period_id, basis, &out->basis, err))
		rc = contrib_tx(db, unit_id, out, err);
	if (rc)
		contribution_release(out);
	return rc;
}

void contribution_release(struct contribution *c)
{
	cascade_release(&c->cascade);
	free(c->goals);
	free(c->rhk);
	free(c->pct);
	free(c->parts);
	free(c->units);
	c->goals = NULL;
	c->rhk = NULL;
	c->pct = NULL;
	c->parts = NULL;
	c->units = NULL;
	c->n_goals = c->n_rhk = c->n_parts = c->n_units = 0;
}
