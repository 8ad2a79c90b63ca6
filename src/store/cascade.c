/*
 * cascade.c - the rows of the cascade view: the period's organisation goals
 * and every RHK with its owner, for the whole organisation or one unit.
 *
 * A fixed number of queries whatever the size: one for the goals and, for
 * the whole period, one for the SKPs with their owners and one for the RHK,
 * merged here; for one unit, one for the RHK with their owners joined in.
 * For one unit the RHK are those of the employees
 * in the unit and below, plus every RHK up their intervensi chains (a
 * recursive query), so the tree reaches the top; the goals are those of
 * the unit and the units below it, and any goal a loaded RHK points at.
 * A goal of a unit above that nothing in the view supports is left out:
 * it may well be supported elsewhere, and listed here it would count as a
 * goal nobody supports.  Laying the rows out as a tree is
 * domain/cascade.h's job.
 */
#include "store/plan.h"
#include "store/db.h"

#include <stdlib.h>
#include <string.h>

void cascade_rows_free(struct cascade_row *rows, size_t n)
{
	if (!rows)
		return;
	for (size_t i = 0; i < n; i++)
		free(rows[i].text);
	free(rows);
}

/* The rows being collected, and which goals the unit's view keeps. */
struct collect {
	struct cascade_row *v;
	size_t n, alloc;
	unsigned char *keep_goal;   /* per goal row: in the unit's scope */
	size_t n_goals;
};

static struct cascade_row *next_row(struct collect *c)
{
	if (c->n == c->alloc) {
		c->alloc = c->alloc ? c->alloc * 2 : 256;
		c->v = xrealloc(c->v, c->alloc * sizeof *c->v);
	}
	struct cascade_row *r = &c->v[c->n++];
	memset(r, 0, sizeof *r);
	return r;
}

/* ---- goals ---------------------------------------------------------------- */

static int load_goals(struct db *db, int64_t period_id, int64_t unit_id, struct collect *c,
		      struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $2"
		"  UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
		"SELECT g.id, g.text, g.unit_id, u.name, CASE WHEN $2 = 0 "
		"OR g.unit_id IN (SELECT id FROM sub) "
		"THEN 1 ELSE 0 END FROM goals g JOIN units u ON u.id = g.unit_id "
		"WHERE g.period_id = $1 ORDER BY u.code, g.code, g.id",
		DB_ARGS(DB_INT(period_id), DB_INT(unit_id)), err);
	if (!rows)
		return -1;
	size_t alloc = 0;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		struct cascade_row *r = next_row(c);
		r->key = -db_int(rows, 0);
		r->is_goal = 1;
		r->text = xstrdup(db_text(rows, 1));
		r->unit_id = db_int(rows, 2);
		copy_str(r->unit_name, sizeof r->unit_name, db_text(rows, 3));
		if (c->n_goals == alloc)
			c->keep_goal = xrealloc(c->keep_goal, alloc = alloc ? alloc * 2 : 64);
		c->keep_goal[c->n_goals++] = db_int(rows, 4) != 0;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* ---- RHK of one unit: one query, owners joined ------------------------------ */

#define RHK_COLUMNS \
	"SELECT r.id, COALESCE(r.parent_rhk_id, 0), COALESCE(r.goal_id, 0), r.text, r.kind, " \
	"s.employee_id, e.name, COALESCE(p.name, ''), e.unit_id, un.name, s.state " \
	"FROM rhk r JOIN skp s ON s.id = r.skp_id JOIN employees e ON e.id = s.employee_id " \
	"JOIN units un ON un.id = e.unit_id LEFT JOIN positions p ON p.id = s.position_id "

/* The owner's fields of an RHK row; `text` is taken over. */
static void fill_rhk(struct cascade_row *r, int64_t id, int64_t parent, int64_t goal,
		     char *text, const char *kind)
{
	r->key = id;
	r->parent_key = parent ? parent : goal ? -goal : 0;
	r->is_goal = 0;
	r->text = text;
	copy_str(r->kind, sizeof r->kind, kind);
	r->must_support = strcmp(kind, "utama") == 0;
}

static void fill_owner(struct cascade_row *r, int64_t employee_id, const char *name,
		       const char *position, int64_t unit_id, const char *unit, const char *state)
{
	r->employee_id = employee_id;
	copy_str(r->employee_name, sizeof r->employee_name, name);
	copy_str(r->position_name, sizeof r->position_name, position);
	r->unit_id = unit_id;
	copy_str(r->unit_name, sizeof r->unit_name, unit);
	copy_str(r->state, sizeof r->state, state);
}

/* The RHK of the employees in the unit and below, and every RHK up their
 * intervensi chains.  The chain steps up through a scalar subquery (a
 * primary-key lookup per RHK: a join there made SQLite build a Bloom
 * filter over the whole rhk table at every step); the NULL it yields at
 * the top of a chain matches no row.  IN rather than a join with `chain`:
 * PostgreSQL guesses the recursive CTE at millions of rows and would
 * otherwise hash the whole rhk table. */
static int load_unit_rhk(struct db *db, int64_t period_id, int64_t unit_id, struct collect *c,
			 struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $2"
		"  UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id), "
		"base(id) AS (SELECT r.id FROM rhk r JOIN skp s ON s.id = r.skp_id "
		"  JOIN employees e ON e.id = s.employee_id "
		"  WHERE s.period_id = $1 AND e.unit_id IN (SELECT id FROM sub)), "
		"chain(id) AS (SELECT id FROM base UNION "
		"  SELECT (SELECT x.parent_rhk_id FROM rhk x WHERE x.id = chain.id) FROM chain "
		"  WHERE chain.id IS NOT NULL) "
		RHK_COLUMNS "WHERE r.id IN (SELECT id FROM chain) "
		"ORDER BY un.code, e.name_key, e.id, s.month_from, "
		"CASE r.kind WHEN 'utama' THEN 0 ELSE 1 END, r.seq, r.id",
		DB_ARGS(DB_INT(period_id), DB_INT(unit_id)), err);
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		struct cascade_row *r = next_row(c);
		fill_rhk(r, db_int(rows, 0), db_int(rows, 1), db_int(rows, 2),
			 xstrdup(db_text(rows, 3)), db_text(rows, 4));
		fill_owner(r, db_int(rows, 5), db_text(rows, 6), db_text(rows, 7), db_int(rows, 8),
			   db_text(rows, 9), db_text(rows, 10));
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* ---- RHK of the whole period: owners and RHK apart, merged in C ----------------- */

/* Joining the owner to each of 150,000 RHK rows and sorting them in SQL
 * took SQLite three times as long as reading the SKPs (sorted) and the
 * RHK (unsorted) apart and merging them here. */

struct owner {
	int64_t skp_id, employee_id, unit_id;
	char *name, *position, *unit, *state;
};

struct bare_rhk {
	int64_t id, parent, goal, skp_id;
	int rank;              /* 0 utama, 1 tambahan */
	int seq;
	char *text;
	char kind[10];
};

static void owners_free(struct owner *o, size_t n)
{
	for (size_t i = 0; o && i < n; i++) {
		free(o[i].name);
		free(o[i].position);
		free(o[i].unit);
		free(o[i].state);
	}
	free(o);
}

/* The SKPs of the period with their owners, in display order. */
static int load_owners(struct db *db, int64_t period_id, struct owner **out, size_t *n,
		       struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT s.id, s.employee_id, e.name, COALESCE(p.name, ''), e.unit_id, un.name, "
		"s.state FROM skp s JOIN employees e ON e.id = s.employee_id "
		"JOIN units un ON un.id = e.unit_id LEFT JOIN positions p ON p.id = s.position_id "
		"WHERE s.period_id = $1 ORDER BY un.code, e.name_key, e.id, s.month_from, s.id",
		DB_ARGS(DB_INT(period_id)), err);
	size_t alloc = 0;
	int rc = rows ? 0 : -1;
	*out = NULL;
	*n = 0;
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (*n == alloc)
			*out = xrealloc(*out, (alloc = alloc ? alloc * 2 : 256) * sizeof **out);
		struct owner *o = &(*out)[(*n)++];
		o->skp_id = db_int(rows, 0);
		o->employee_id = db_int(rows, 1);
		o->name = xstrdup(db_text(rows, 2));
		o->position = xstrdup(db_text(rows, 3));
		o->unit_id = db_int(rows, 4);
		o->unit = xstrdup(db_text(rows, 5));
		o->state = xstrdup(db_text(rows, 6));
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int cmp_bare(const void *a, const void *b)
{
	const struct bare_rhk *x = a, *y = b;
	if (x->skp_id != y->skp_id)
		return x->skp_id < y->skp_id ? -1 : 1;
	if (x->rank != y->rank)
		return x->rank - y->rank;
	if (x->seq != y->seq)
		return x->seq < y->seq ? -1 : 1;
	return (x->id > y->id) - (x->id < y->id);
}

/* Every RHK of the period, sorted by SKP, kind and number. */
static int load_bare(struct db *db, int64_t period_id, struct bare_rhk **out, size_t *n,
		     struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT r.id, COALESCE(r.parent_rhk_id, 0), COALESCE(r.goal_id, 0), r.text, r.kind, "
		"r.skp_id, r.seq FROM rhk r JOIN skp s ON s.id = r.skp_id WHERE s.period_id = $1",
		DB_ARGS(DB_INT(period_id)), err);
	size_t alloc = 0;
	int rc = rows ? 0 : -1;
	*out = NULL;
	*n = 0;
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (*n == alloc)
			*out = xrealloc(*out, (alloc = alloc ? alloc * 2 : 1024) * sizeof **out);
		struct bare_rhk *r = &(*out)[(*n)++];
		r->id = db_int(rows, 0);
		r->parent = db_int(rows, 1);
		r->goal = db_int(rows, 2);
		r->text = xstrdup(db_text(rows, 3));
		copy_str(r->kind, sizeof r->kind, db_text(rows, 4));
		r->rank = strcmp(r->kind, "utama") != 0;
		r->skp_id = db_int(rows, 5);
		r->seq = (int)db_int(rows, 6);
	}
	db_rows_free(rows);
	if (*n)
		qsort(*out, *n, sizeof **out, cmp_bare);
	return rc < 0 ? -1 : 0;
}

/* The first RHK of an SKP in the sorted list (or n). */
static size_t first_of(const struct bare_rhk *v, size_t n, int64_t skp_id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].skp_id < skp_id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Appends the RHK owner by owner; the texts move into the rows. */
static void merge_rhk(struct collect *c, const struct owner *o, size_t n_owners,
		      struct bare_rhk *v, size_t n)
{
	if (c->alloc < c->n + n) {
		c->alloc = c->n + n;
		c->v = xrealloc(c->v, c->alloc * sizeof *c->v);
	}
	for (size_t k = 0; k < n_owners; k++) {
		for (size_t i = first_of(v, n, o[k].skp_id); i < n && v[i].skp_id == o[k].skp_id;
		     i++) {
			struct cascade_row *r = &c->v[c->n++];
			fill_rhk(r, v[i].id, v[i].parent, v[i].goal, v[i].text, v[i].kind);
			fill_owner(r, o[k].employee_id, o[k].name, o[k].position, o[k].unit_id,
				   o[k].unit, o[k].state);
			v[i].text = NULL;
		}
	}
}

static int load_all_rhk(struct db *db, int64_t period_id, struct collect *c, struct kerr *err)
{
	struct owner *owners = NULL;
	struct bare_rhk *bare = NULL;
	size_t n_owners = 0, n = 0;
	int rc = load_owners(db, period_id, &owners, &n_owners, err);
	if (!rc)
		rc = load_bare(db, period_id, &bare, &n, err);
	if (!rc)
		merge_rhk(c, owners, n_owners, bare, n);
	for (size_t i = 0; i < n; i++)
		free(bare[i].text);   /* those whose SKP vanished in between */
	free(bare);
	owners_free(owners, n_owners);
	return rc;
}

/* ---- keeping the goals a unit's view needs ------------------------------------ */

static int cmp_key(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Drops the goals outside the unit and below that no RHK points at. */
static void prune_goals(struct collect *c)
{
	size_t n_rhk = c->n - c->n_goals, m = 0, kept = 0;
	int64_t *refs = xmalloc((n_rhk ? n_rhk : 1) * sizeof *refs);
	for (size_t i = c->n_goals; i < c->n; i++)
		if (c->v[i].parent_key < 0)
			refs[m++] = c->v[i].parent_key;
	qsort(refs, m, sizeof *refs, cmp_key);
	for (size_t i = 0; i < c->n_goals; i++) {
		if (c->keep_goal[i] || bsearch(&c->v[i].key, refs, m, sizeof *refs, cmp_key))
			c->v[kept++] = c->v[i];
		else
			free(c->v[i].text);
	}
	if (kept < c->n_goals)
		memmove(&c->v[kept], &c->v[c->n_goals], n_rhk * sizeof *c->v);
	c->n -= c->n_goals - kept;
	free(refs);
}

int store_cascade(struct db *db, int64_t period_id, int64_t unit_id, struct cascade_row **out,
		  size_t *n, struct kerr *err)
{
	struct collect c = { 0 };
	*out = NULL;
	*n = 0;
	if (load_goals(db, period_id, unit_id, &c, err) ||
	    (unit_id ? load_unit_rhk(db, period_id, unit_id, &c, err)
		     : load_all_rhk(db, period_id, &c, err))) {
		cascade_rows_free(c.v, c.n);
		free(c.keep_goal);
		return -1;
	}
	if (unit_id)
		prune_goals(&c);
	free(c.keep_goal);
	*out = c.v;
	*n = c.n;
	return 0;
}
