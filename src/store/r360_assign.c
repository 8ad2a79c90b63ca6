/*
 * r360_assign.c - the automatic list of raters of a new 360-degree round.
 *
 * Every active employee who holds a position is rated by:
 *   atasan   their pejabat penilai (hier_assessor over the whole position
 *            hierarchy: the holder of the nearest occupied post above, or
 *            its Plt), when that person is an active employee (an
 *            inactive one rates nobody, but still groups the peers);
 *   rekan    the other employees whose position is in the same unit and
 *            who have the same pejabat penilai (never themself): all of
 *            them in a group of up to R360_PEERS_MAX + 1, else the next
 *            R360_PEERS_MAX in the group's circular order, so that everyone
 *            rates and is rated by the same number of peers and a seksi of
 *            forty does not make 1,560 forms (HR can add more by hand);
 *   bawahan  every employee whose pejabat penilai they are;
 *   diri     themself (the self-assessment, kept apart).
 * The hierarchy is loaded once; the pairs are worked out in memory and
 * inserted in the caller's transaction in multi-row INSERTs (db_batch),
 * a few hundred statements for a city instead of one per pair.
 */
#include "store/r360_int.h"
#include "store/db.h"
#include "core/timeutil.h"
#include "domain/hierarchy.h"

#include <stdlib.h>
#include <string.h>

struct member {
	int64_t id;          /* employee */
	int64_t pos;
	int64_t unit;        /* of the position */
	int64_t assessor;    /* the pejabat penilai, 0 = none */
	int assessor_active; /* they are an active member too (so they rate) */
};

struct members {
	struct member *v;
	size_t n, alloc;
};

static int cmp_member_id(const void *a, const void *b)
{
	int64_t x = ((const struct member *)a)->id, y = ((const struct member *)b)->id;
	return (x > y) - (x < y);
}

/* Peers sit next to each other: by unit, then pejabat penilai, then id. */
static int cmp_member_group(const void *a, const void *b)
{
	const struct member *x = a, *y = b;
	if (x->unit != y->unit)
		return x->unit < y->unit ? -1 : 1;
	if (x->assessor != y->assessor)
		return x->assessor < y->assessor ? -1 : 1;
	return cmp_member_id(a, b);
}

/* 0 if a and b are peers' candidates: same unit, same pejabat penilai. */
static int cmp_peer(const struct member *a, const struct member *b)
{
	return a->unit != b->unit || a->assessor != b->assessor;
}

static int load_members(struct db *db, struct members *m, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT e.id, e.position_id, p.unit_id FROM employees e "
		"JOIN positions p ON p.id = e.position_id WHERE e.status = 'aktif' ORDER BY e.id",
		DB_NOARGS, err);
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (m->n == m->alloc) {
			m->alloc = m->alloc ? m->alloc * 2 : 64;
			m->v = xrealloc(m->v, m->alloc * sizeof *m->v);
		}
		m->v[m->n++] = (struct member){ db_int(rows, 0), db_int(rows, 1), db_int(rows, 2), 0, 0 };
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* Fills each member's pejabat penilai, and whether they are active. */
static int find_assessors(struct db *db, struct members *m, struct kerr *err)
{
	struct pos_node *nodes;
	size_t n;
	if (store_position_nodes(db, &nodes, &n, err))
		return -1;
	struct pos_index *idx = pos_index_build(nodes, n);
	free(nodes);
	if (!idx)
		return kerr_set(err, KERR_INTERNAL, "", "Hierarki jabatan tidak dapat dibaca");
	for (size_t i = 0; i < m->n; i++) {
		struct member key = { .id = hier_assessor(idx, m->v[i].pos) };
		m->v[i].assessor = key.id;
		m->v[i].assessor_active = key.id &&
			bsearch(&key, m->v, m->n, sizeof key, cmp_member_id) != NULL;
	}
	pos_index_free(idx);
	return 0;
}

struct inserter {
	struct db_batch *batch;
	int64_t round_id;
	int64_t now;
	int64_t count;
	struct kerr *err;
};

/* Queues one assignment; the batch sends them a chunk at a time. */
static int add(struct inserter *in, int64_t ratee, int64_t rater, const char *grp)
{
	in->count++;
	return db_batch_add(in->batch, DB_ARGS(DB_INT(in->round_id), DB_INT(ratee), DB_INT(rater),
					       DB_TEXT(grp), DB_TEXT("otomatis"), DB_TEXT("menunggu"),
					       DB_INT(in->now)), in->err);
}

/* diri, atasan and (seen from the superior) bawahan of every member. */
static int add_vertical(struct inserter *in, const struct members *m)
{
	for (size_t i = 0; i < m->n; i++) {
		const struct member *e = &m->v[i];
		if (add(in, e->id, e->id, "diri") ||
		    (e->assessor_active && (add(in, e->id, e->assessor, "atasan") ||
				     add(in, e->assessor, e->id, "bawahan"))))
			return -1;
	}
	return 0;
}

/* The peers of each member of one unit under one pejabat penilai: the
 * next min(size - 1, R360_PEERS_MAX) members in circular order. */
static int add_peers(struct inserter *in, struct members *m)
{
	qsort(m->v, m->n, sizeof *m->v, cmp_member_group);
	for (size_t lo = 0, hi; lo < m->n; lo = hi) {
		for (hi = lo + 1; hi < m->n && !cmp_peer(&m->v[lo], &m->v[hi]); hi++)
			;
		if (!m->v[lo].assessor)
			continue;
		size_t size = hi - lo, k = size - 1 < R360_PEERS_MAX ? size - 1 : R360_PEERS_MAX;
		for (size_t i = 0; i < size; i++)
			for (size_t d = 1; d <= k; d++)
				if (add(in, m->v[lo + i].id, m->v[lo + (i + d) % size].id, "rekan"))
					return -1;
	}
	return 0;
}

int r360_assign_all(struct db *db, int64_t round_id, int64_t *count, struct kerr *err)
{
	struct members m = { 0 };
	struct inserter in = { NULL, round_id, now_unix(), 0, err };
	in.batch = db_batch_new(db, "INSERT INTO rater360 (round_id, ratee_employee_id, "
				"rater_employee_id, grp, source, state, created_at) VALUES", 7);
	int rc = load_members(db, &m, err) || find_assessors(db, &m, err) ||
		 add_vertical(&in, &m) || add_peers(&in, &m) ? -1 : 0;
	int64_t sent = db_batch_end(in.batch, err);
	if (!rc && sent != in.count)
		rc = sent < 0 ? -1 : kerr_set(err, KERR_DB, "", "Penugasan penilai tidak tersimpan");
	free(m.v);
	*count = in.count;
	return rc;
}
