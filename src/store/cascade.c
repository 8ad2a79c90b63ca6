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
 *
 * A row is small: its texts live in one arena of large chunks, and its
 * owner (name, jabatan, unit, SKP state) is one entry of a table shared by
 * all the rows of the same SKP.
 */
#include "store/plan.h"
#include "store/db.h"

#include <stdlib.h>
#include <string.h>

/* ---- the arena of texts ---------------------------------------------------- */

#define CHUNK_SIZE (256 * 1024)

struct cascade_chunk {
	struct cascade_chunk *next;
	size_t used, size;
	char data[];
};

/* A copy of s that lives as long as the cascade. */
static const char *arena_str(struct cascade *c, const char *s)
{
	size_t len = strlen(s) + 1;
	struct cascade_chunk *k = c->arena;
	if (!k || k->size - k->used < len) {
		size_t size = len > CHUNK_SIZE ? len : CHUNK_SIZE;
		k = xmalloc(sizeof *k + size);
		k->next = c->arena;
		k->used = 0;
		k->size = size;
		c->arena = k;
	}
	char *p = memcpy(k->data + k->used, s, len);
	k->used += len;
	return p;
}

void cascade_release(struct cascade *c)
{
	if (!c)
		return;
	for (struct cascade_chunk *k = c->arena, *next; k; k = next) {
		next = k->next;
		free(k);
	}
	free(c->rows);
	free(c->owners);
	memset(c, 0, sizeof *c);
}

const char *cascade_kind_name(enum cascade_kind k)
{
	return k == CASCADE_UTAMA ? "utama" : k == CASCADE_TAMBAHAN ? "tambahan" : "";
}

static enum cascade_kind kind_of(const char *name)
{
	return strcmp(name, "utama") == 0 ? CASCADE_UTAMA : CASCADE_TAMBAHAN;
}

/* ---- collecting rows and owners --------------------------------------------- */

/* The cascade being built; a row's owner is kept as an index until the
 * owners table stops growing (link_owners). */
struct collect {
	struct cascade *c;
	size_t alloc, owners_alloc;
	size_t *owner_of;           /* per row: index into c->owners */
	int64_t *owner_skp;         /* per owner: its SKP (0 for a goal's) */
	unsigned char *keep_goal;   /* per goal row: in the unit's scope */
	size_t n_goals;
};

static struct cascade_row *next_row(struct collect *k, size_t owner)
{
	struct cascade *c = k->c;
	if (c->n == k->alloc) {
		k->alloc = k->alloc ? k->alloc * 2 : 256;
		c->rows = xrealloc(c->rows, k->alloc * sizeof *c->rows);
		k->owner_of = xrealloc(k->owner_of, k->alloc * sizeof *k->owner_of);
	}
	k->owner_of[c->n] = owner;
	struct cascade_row *r = &c->rows[c->n++];
	memset(r, 0, sizeof *r);
	return r;
}

/* Makes room for `more` rows at once. */
static void reserve_rows(struct collect *k, size_t more)
{
	if (k->alloc >= k->c->n + more)
		return;
	k->alloc = k->c->n + more;
	k->c->rows = xrealloc(k->c->rows, k->alloc * sizeof *k->c->rows);
	k->owner_of = xrealloc(k->owner_of, k->alloc * sizeof *k->owner_of);
}

/* A new owner of SKP skp_id (0 for a goal's unit); returns its index. */
static size_t next_owner(struct collect *k, int64_t skp_id, int64_t employee_id,
			 const char *name, const char *position, int64_t unit_id,
			 const char *unit, const char *state)
{
	struct cascade *c = k->c;
	if (c->n_owners == k->owners_alloc) {
		k->owners_alloc = k->owners_alloc ? k->owners_alloc * 2 : 256;
		c->owners = xrealloc(c->owners, k->owners_alloc * sizeof *c->owners);
		k->owner_skp = xrealloc(k->owner_skp, k->owners_alloc * sizeof *k->owner_skp);
	}
	struct cascade_owner *o = &c->owners[c->n_owners];
	o->employee_id = employee_id;
	o->unit_id = unit_id;
	o->name = name[0] ? arena_str(c, name) : "";
	o->position = position[0] ? arena_str(c, position) : "";
	o->unit_name = arena_str(c, unit);
	o->state = state[0] ? arena_str(c, state) : "";
	if (skp_state_parse(state, &o->state_id))
		o->state_id = SKP__STATES;
	k->owner_skp[c->n_owners] = skp_id;
	return c->n_owners++;
}

static void link_owners(struct collect *k)
{
	for (size_t i = 0; i < k->c->n; i++)
		k->c->rows[i].owner = &k->c->owners[k->owner_of[i]];
}

static void collect_release(struct collect *k)
{
	free(k->owner_of);
	free(k->owner_skp);
	free(k->keep_goal);
}

/* The parent key of an RHK in SQL: its parent RHK, else -goal, else 0. */
#define PARENT_KEY "COALESCE(NULLIF(r.parent_rhk_id, 0), -r.goal_id, 0)"

/* An RHK row's own fields. */
static void fill_rhk(struct cascade *c, struct cascade_row *r, int64_t id, int64_t parent_key,
		     const char *text, enum cascade_kind kind)
{
	r->key = id;
	r->parent_key = parent_key;
	r->text = arena_str(c, text);
	r->kind = (unsigned char)kind;
	r->must_support = kind == CASCADE_UTAMA;
}

/* ---- goals ---------------------------------------------------------------- */

static int load_goals(struct db *db, int64_t period_id, int64_t unit_id, struct collect *k,
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
		size_t o = next_owner(k, 0, 0, "", "", db_int(rows, 2), db_text(rows, 3), "");
		struct cascade_row *r = next_row(k, o);
		r->key = -db_int(rows, 0);
		r->kind = CASCADE_GOAL;
		r->text = arena_str(k->c, db_text(rows, 1));
		if (k->n_goals == alloc)
			k->keep_goal = xrealloc(k->keep_goal, alloc = alloc ? alloc * 2 : 64);
		k->keep_goal[k->n_goals++] = db_int(rows, 4) != 0;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* ---- RHK of one unit: one query, owners joined ------------------------------ */

/* The RHK of the employees in the unit and below, and every RHK up their
 * intervensi chains.  The chain steps up through a scalar subquery (a
 * primary-key lookup per RHK: a join there made SQLite build a Bloom
 * filter over the whole rhk table at every step); the NULL it yields at
 * the top of a chain matches no row.  IN rather than a join with `chain`:
 * PostgreSQL guesses the recursive CTE at millions of rows and would
 * otherwise hash the whole rhk table.  The rows of one SKP come together,
 * so they share one owner. */
static int load_unit_rhk(struct db *db, int64_t period_id, int64_t unit_id, struct collect *k,
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
		"SELECT r.id, " PARENT_KEY ", r.text, r.kind, "
		"s.id, s.employee_id, e.name, COALESCE(p.name, ''), e.unit_id, un.name, s.state "
		"FROM rhk r JOIN skp s ON s.id = r.skp_id JOIN employees e ON e.id = s.employee_id "
		"JOIN units un ON un.id = e.unit_id LEFT JOIN positions p ON p.id = s.position_id "
		"WHERE r.id IN (SELECT id FROM chain) "
		"ORDER BY un.code, e.name_key, e.id, s.month_from, s.id, "
		"CASE r.kind WHEN 'utama' THEN 0 ELSE 1 END, r.seq, r.id",
		DB_ARGS(DB_INT(period_id), DB_INT(unit_id)), err);
	if (!rows)
		return -1;
	int rc;
	size_t o = 0;
	while ((rc = db_next(rows, err)) == 1) {
		int64_t skp = db_int(rows, 4);
		if (!k->c->n_owners || k->owner_skp[k->c->n_owners - 1] != skp)
			o = next_owner(k, skp, db_int(rows, 5), db_text(rows, 6), db_text(rows, 7),
				       db_int(rows, 8), db_text(rows, 9), db_text(rows, 10));
		fill_rhk(k->c, next_row(k, o), db_int(rows, 0), db_int(rows, 1), db_text(rows, 2),
			 kind_of(db_text(rows, 3)));
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* ---- RHK of the whole period: owners and RHK apart, merged in C ----------------- */

/* Joining the owner to each of 150,000 RHK rows and sorting them in SQL
 * took SQLite three times as long as reading the SKPs (sorted) and the
 * RHK (unsorted) apart and merging them here; the merge groups the RHK by
 * owner in linear time and sorts only each owner's handful. */

struct bare_rhk {
	int64_t id, parent_key;
	const char *text;      /* already in the arena */
	int seq;
	unsigned char kind;    /* enum cascade_kind: utama sorts first */
	size_t owner;          /* SIZE_MAX: its SKP is not among the owners */
};

/* The SKPs of the period with their owners, in display order. */
static int load_owners(struct db *db, int64_t period_id, struct collect *k, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT s.id, s.employee_id, e.name, COALESCE(p.name, ''), e.unit_id, un.name, "
		"s.state FROM skp s JOIN employees e ON e.id = s.employee_id "
		"JOIN units un ON un.id = e.unit_id LEFT JOIN positions p ON p.id = s.position_id "
		"WHERE s.period_id = $1 ORDER BY un.code, e.name_key, e.id, s.month_from, s.id",
		DB_ARGS(DB_INT(period_id)), err);
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1)
		next_owner(k, db_int(rows, 0), db_int(rows, 1), db_text(rows, 2), db_text(rows, 3),
			   db_int(rows, 4), db_text(rows, 5), db_text(rows, 6));
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* Owners from `first` on by SKP id, to find an RHK's owner. */
struct skp_owner {
	int64_t skp_id;
	size_t owner;
};

static int cmp_skp_owner(const void *a, const void *b)
{
	const struct skp_owner *x = a, *y = b;
	return (x->skp_id > y->skp_id) - (x->skp_id < y->skp_id);
}

/* The owner of SKP skp_id (SIZE_MAX if none); *last remembers the last
 * hit, as the RHK of one SKP tend to come together. */
static size_t owner_of_skp(const struct skp_owner *v, size_t n, int64_t skp_id,
			   const struct skp_owner **last)
{
	if (*last && (*last)->skp_id == skp_id)
		return (*last)->owner;
	struct skp_owner key = { skp_id, 0 };
	const struct skp_owner *hit = n ? bsearch(&key, v, n, sizeof *v, cmp_skp_owner) : NULL;
	if (!hit)
		return SIZE_MAX;
	*last = hit;
	return hit->owner;
}

/* Every RHK of the period, unsorted, with its owner. */
static int load_bare(struct db *db, int64_t period_id, struct collect *k, size_t first,
		     struct bare_rhk **out, size_t *n, struct kerr *err)
{
	size_t n_skp = k->c->n_owners - first, alloc = 0;
	struct skp_owner *by_skp = xmalloc((n_skp + 1) * sizeof *by_skp);
	const struct skp_owner *last = NULL;
	for (size_t i = 0; i < n_skp; i++)
		by_skp[i] = (struct skp_owner){ k->owner_skp[first + i], first + i };
	qsort(by_skp, n_skp, sizeof *by_skp, cmp_skp_owner);
	struct db_rows *rows = db_query(db,
		"SELECT r.id, " PARENT_KEY ", r.text, r.kind, r.skp_id, r.seq "
		"FROM rhk r JOIN skp s ON s.id = r.skp_id WHERE s.period_id = $1",
		DB_ARGS(DB_INT(period_id)), err);
	int rc = rows ? 0 : -1;
	*out = NULL;
	*n = 0;
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (*n == alloc)
			*out = xrealloc(*out, (alloc = alloc ? alloc * 2 : 1024) * sizeof **out);
		(*out)[(*n)++] = (struct bare_rhk){
			.id = db_int(rows, 0), .parent_key = db_int(rows, 1),
			.text = arena_str(k->c, db_text(rows, 2)),
			.kind = (unsigned char)kind_of(db_text(rows, 3)),
			.owner = owner_of_skp(by_skp, n_skp, db_int(rows, 4), &last),
			.seq = (int)db_int(rows, 5) };
	}
	db_rows_free(rows);
	free(by_skp);
	return rc < 0 ? -1 : 0;
}

/* 1 if RHK a comes after b within one SKP: utama first, then by number. */
static int bare_after(const struct bare_rhk *a, const struct bare_rhk *b)
{
	if (a->kind != b->kind)
		return a->kind > b->kind;
	if (a->seq != b->seq)
		return a->seq > b->seq;
	return a->id > b->id;
}

/* Sorts one owner's RHK (a handful) by insertion. */
static void sort_group(const struct bare_rhk *v, size_t *ix, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		size_t x = ix[i], j = i;
		for (; j > 0 && bare_after(&v[ix[j - 1]], &v[x]); j--)
			ix[j] = ix[j - 1];
		ix[j] = x;
	}
}

/* Appends the RHK owner by owner (owners from `first` on): a counting sort
 * by owner, then each owner's RHK in order. */
static void merge_rhk(struct collect *k, size_t first, const struct bare_rhk *v, size_t n)
{
	size_t n_own = k->c->n_owners - first;
	size_t *start = xcalloc(n_own + 2, sizeof *start), *ix = xmalloc((n + 1) * sizeof *ix);
	for (size_t i = 0; i < n; i++)
		if (v[i].owner != SIZE_MAX)
			start[v[i].owner - first + 2]++;
	for (size_t o = 2; o < n_own + 2; o++)
		start[o] += start[o - 1];
	for (size_t i = 0; i < n; i++)   /* start[o + 1] runs from owner o's start to its end */
		if (v[i].owner != SIZE_MAX)
			ix[start[v[i].owner - first + 1]++] = i;
	reserve_rows(k, start[n_own]);
	for (size_t o = 0; o < n_own; o++) {
		size_t from = o ? start[o] : 0, to = start[o + 1];
		sort_group(v, ix + from, to - from);
		for (size_t j = from; j < to; j++) {
			const struct bare_rhk *b = &v[ix[j]];
			struct cascade_row *r = next_row(k, first + o);
			*r = (struct cascade_row){ .key = b->id, .parent_key = b->parent_key,
						   .text = b->text, .kind = b->kind,
						   .must_support = b->kind == CASCADE_UTAMA };
		}
	}
	free(ix);
	free(start);
}

static int load_all_rhk(struct db *db, int64_t period_id, struct collect *k, struct kerr *err)
{
	struct bare_rhk *bare = NULL;
	size_t first = k->c->n_owners, n = 0;
	int rc = load_owners(db, period_id, k, err);
	if (!rc)
		rc = load_bare(db, period_id, k, first, &bare, &n, err);
	if (!rc)
		merge_rhk(k, first, bare, n);
	free(bare);
	return rc;
}

/* ---- keeping the goals a unit's view needs ------------------------------------ */

static int cmp_key(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Drops the goals outside the unit and below that no RHK points at. */
static void prune_goals(struct collect *k)
{
	struct cascade *c = k->c;
	size_t n_rhk = c->n - k->n_goals, m = 0, kept = 0;
	int64_t *refs = xmalloc((n_rhk ? n_rhk : 1) * sizeof *refs);
	for (size_t i = k->n_goals; i < c->n; i++)
		if (c->rows[i].parent_key < 0)
			refs[m++] = c->rows[i].parent_key;
	qsort(refs, m, sizeof *refs, cmp_key);
	for (size_t i = 0; i < k->n_goals; i++) {
		if (!k->keep_goal[i] && !bsearch(&c->rows[i].key, refs, m, sizeof *refs, cmp_key))
			continue;
		k->owner_of[kept] = k->owner_of[i];
		c->rows[kept++] = c->rows[i];
	}
	if (kept < k->n_goals) {
		memmove(&c->rows[kept], &c->rows[k->n_goals], n_rhk * sizeof *c->rows);
		memmove(&k->owner_of[kept], &k->owner_of[k->n_goals], n_rhk * sizeof *k->owner_of);
	}
	c->n -= k->n_goals - kept;
	free(refs);
}

int store_cascade(struct db *db, int64_t period_id, int64_t unit_id, struct cascade *out,
		  struct kerr *err)
{
	memset(out, 0, sizeof *out);
	struct collect k = { .c = out };
	int rc = load_goals(db, period_id, unit_id, &k, err);
	if (!rc)
		rc = unit_id ? load_unit_rhk(db, period_id, unit_id, &k, err)
			     : load_all_rhk(db, period_id, &k, err);
	if (!rc && unit_id)
		prune_goals(&k);
	if (!rc)
		link_owners(&k);
	collect_release(&k);
	if (rc)
		cascade_release(out);
	return rc;
}
