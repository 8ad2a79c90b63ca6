/*
 * capaian.c - the achievement of many SKPs at once (see capaian.h): the
 * indicators of the SKPs in scope and their realisasi are read, a batch
 * of SKPs at a time, by two queries in SKP order and walked side by side;
 * each SKP, once its rows are in, is computed with skp_capaian_compute at
 * every checkpoint asked and forgotten, so memory holds the figures and
 * one batch's rows, never the realisasi of a whole city.
 */
#include "store/capaian.h"
#include "store/db.h"

#include <stdlib.h>
#include <string.h>

/* The SKPs of the period ($1), restricted to unit $2 and the units below
 * it when SCOPED (an SKP counts in the unit of its post, else its
 * employee's). */
#define SUB_CTE "WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $2 " \
	"UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
#define SCOPE_JOIN "JOIN employees e ON e.id = s.employee_id " \
	"LEFT JOIN positions p ON p.id = s.position_id "
#define SCOPE_WHERE "AND COALESCE(p.unit_id, e.unit_id) IN (SELECT id FROM sub) "

/* The SKPs are walked in batches (capaian_query.batch consecutive ids in
 * scope), so that neither database ever hands over more than a batch's
 * rows at once (the PostgreSQL client library holds a whole result in
 * memory).  A batch is the SKPs in scope with $3 < id <= its last id. */
#define BATCH_SELECT "SELECT COALESCE(MAX(b.id), 0) FROM (SELECT s.id FROM skp s "
#define BATCH_WHERE "WHERE s.period_id = $1 AND s.id > $3 "
#define BATCH_END "ORDER BY s.id LIMIT $4) b"

#define IKI_SELECT "SELECT s.id, s.approach, r.id, r.kind, i.id, i.target_min, i.target_max, " \
	"i.direction FROM skp s "
/* The batch's range also on r.skp_id: PostgreSQL then reads the RHK of
 * the batch through rhk_skp rather than scanning every RHK. */
#define BATCH_RANGE "AND s.id > $3 AND s.id <= $4 AND r.skp_id > $3 AND r.skp_id <= $4 "
#define IKI_JOIN "JOIN rhk r ON r.skp_id = s.id JOIN iki i ON i.rhk_id = r.id " \
	"WHERE s.period_id = $1 " BATCH_RANGE
/* The order of the indexes skp_period (period_id, then id), rhk_skp
 * (skp_id, seq) and iki_rhk (rhk_id, seq), each ending in the row id, so
 * that the database reads the rows in order instead of sorting them. */
#define IKI_ORDER "ORDER BY s.id, r.seq, r.id, i.seq, i.id"

/* The realisasi with a value at checkpoint $5 (0: every checkpoint). */
#define REAL_SELECT "SELECT s.id, x.iki_id, x.checkpoint_id, x.value FROM skp s "
#define REAL_JOIN "JOIN rhk r ON r.skp_id = s.id JOIN iki i ON i.rhk_id = r.id " \
	"JOIN realisasi x ON x.iki_id = i.id WHERE s.period_id = $1 " BATCH_RANGE \
	"AND ($5 = 0 OR x.checkpoint_id = $5) AND x.value <> '' "
#define REAL_ORDER "ORDER BY s.id"

static const char batch_all_sql[] = BATCH_SELECT BATCH_WHERE "AND $2 = 0 " BATCH_END;
static const char batch_unit_sql[] = SUB_CTE BATCH_SELECT SCOPE_JOIN BATCH_WHERE SCOPE_WHERE
	BATCH_END;
static const char iki_all_sql[] = IKI_SELECT IKI_JOIN "AND $2 = 0 " IKI_ORDER;
static const char iki_unit_sql[] = SUB_CTE IKI_SELECT SCOPE_JOIN IKI_JOIN SCOPE_WHERE IKI_ORDER;
static const char real_all_sql[] = REAL_SELECT REAL_JOIN "AND $2 = 0 " REAL_ORDER;
static const char real_unit_sql[] = SUB_CTE REAL_SELECT SCOPE_JOIN REAL_JOIN SCOPE_WHERE
	REAL_ORDER;

/* Where the walk stands: the SKP being assembled from the indicator rows,
 * the realisasi cursor (on its next unread row) and the current SKP's
 * realisasi. */
struct walk {
	const struct capaian_query *q;
	struct capaian_set *out;
	struct skp s;
	struct db_rows *real;
	int real_rc;                  /* 1: a row is there, 0: done, -1: error */
	struct realisasi *rs;
	size_t n_rs, rs_alloc, skp_alloc, rhk_alloc;
	struct kerr *err;
};

/* ---- assembling one SKP -------------------------------------------------------------------- */

static void add_iki(struct db_rows *rows, struct skp *s)
{
	int64_t rhk_id = db_int(rows, 2);
	if (!s->n_rhk || s->rhk[s->n_rhk - 1].id != rhk_id) {
		s->rhk = xrealloc(s->rhk, (s->n_rhk + 1) * sizeof *s->rhk);
		struct rhk *r = &s->rhk[s->n_rhk++];
		memset(r, 0, sizeof *r);
		r->id = rhk_id;
		r->skp_id = s->id;
		copy_str(r->kind, sizeof r->kind, db_text(rows, 3));
	}
	struct rhk *r = &s->rhk[s->n_rhk - 1];
	r->iki = xrealloc(r->iki, (r->n_iki + 1) * sizeof *r->iki);
	struct iki *k = &r->iki[r->n_iki++];
	memset(k, 0, sizeof *k);
	k->id = db_int(rows, 4);
	k->rhk_id = rhk_id;
	copy_str(k->target_min, sizeof k->target_min, db_text(rows, 5));
	copy_str(k->target_max, sizeof k->target_max, db_text(rows, 6));
	copy_str(k->direction, sizeof k->direction, db_text(rows, 7));
}

static int asked(const struct capaian_query *q, int64_t cp)
{
	for (size_t c = 0; c < q->n_cp; c++)
		if (q->cp[c] && q->cp[c] == cp)
			return 1;
	return 0;
}

/* Reads the realisasi of SKP `skp_id` (skipping those of SKPs without
 * indicators in scope) into w->rs. */
static void take_realisasi(struct walk *w, int64_t skp_id)
{
	w->n_rs = 0;
	while (w->real_rc == 1 && db_int(w->real, 0) <= skp_id) {
		if (db_int(w->real, 0) == skp_id && asked(w->q, db_int(w->real, 2))) {
			if (w->n_rs == w->rs_alloc)
				w->rs = xrealloc(w->rs, (w->rs_alloc = w->rs_alloc ? w->rs_alloc * 2
							 : 64) * sizeof *w->rs);
			struct realisasi *x = &w->rs[w->n_rs++];
			memset(x, 0, sizeof *x);
			x->iki_id = db_int(w->real, 1);
			x->checkpoint_id = db_int(w->real, 2);
			copy_str(x->value, sizeof x->value, db_text(w->real, 3));
		}
		w->real_rc = db_next(w->real, w->err);
	}
}

static int has_realisasi_at(const struct walk *w, int64_t cp)
{
	for (size_t i = 0; i < w->n_rs; i++)
		if (w->rs[i].checkpoint_id == cp)
			return 1;
	return 0;
}

/* Room for one more SKP (and its RHK) in the set. */
static void grow(struct walk *w, size_t more_rhk)
{
	struct capaian_set *o = w->out;
	size_t nc = o->n_cp ? o->n_cp : 1;
	if (o->n_skp == w->skp_alloc) {
		w->skp_alloc = w->skp_alloc ? w->skp_alloc * 2 : 256;
		o->skp = xrealloc(o->skp, w->skp_alloc * sizeof *o->skp);
		o->skp_pct = xrealloc(o->skp_pct, w->skp_alloc * nc * sizeof *o->skp_pct);
	}
	while (o->n_rhk + more_rhk > w->rhk_alloc) {
		w->rhk_alloc = w->rhk_alloc ? w->rhk_alloc * 2 : 1024;
		o->rhk = xrealloc(o->rhk, w->rhk_alloc * sizeof *o->rhk);
		o->rhk_pct = xrealloc(o->rhk_pct, w->rhk_alloc * nc * sizeof *o->rhk_pct);
	}
}

/* Computes the SKP held in w->s at every checkpoint into the set, then
 * empties it. */
static void finish_skp(struct walk *w)
{
	struct capaian_set *o = w->out;
	struct skp *s = &w->s;
	size_t nr = w->q->with_rhk ? s->n_rhk : 0;
	take_realisasi(w, s->id);
	grow(w, nr);
	struct pct *sp = &o->skp_pct[o->n_skp * o->n_cp], *rp = NULL;
	o->skp[o->n_skp++] = s->id;
	memset(sp, 0, o->n_cp * sizeof *sp);
	if (nr) {
		rp = &o->rhk_pct[o->n_rhk * o->n_cp];
		memset(rp, 0, nr * o->n_cp * sizeof *rp);
	}
	for (size_t i = 0; i < nr; i++)
		o->rhk[o->n_rhk + i] = s->rhk[i].id;
	for (size_t c = 0; c < o->n_cp; c++) {
		if (!o->cp[c] || !has_realisasi_at(w, o->cp[c]))
			continue;        /* nothing measured there: no figure */
		struct skp_capaian cap;
		skp_capaian_compute(s, w->rs, w->n_rs, o->cp[c], &cap);
		sp[c] = cap.pct;
		for (size_t i = 0; i < nr && i < cap.n_rhk; i++)
			rp[i * o->n_cp + c] = cap.rhk[i].pct;
		skp_capaian_release(&cap);
	}
	o->n_rhk += nr;
	for (size_t i = 0; i < s->n_rhk; i++)
		free(s->rhk[i].iki);
	free(s->rhk);
	memset(s, 0, sizeof *s);
}

/* ---- the walk ------------------------------------------------------------------------------- */

/* Walks the SKPs with after < id <= last side by side with their realisasi. */
static int walk_batch(struct db *db, struct walk *w, int64_t after, int64_t last,
		      struct kerr *err)
{
	const struct capaian_query *q = w->q;
	/* one checkpoint: read only its realisasi ($5); none asked: none (-1) */
	int64_t one = q->n_cp > 1 ? 0 : q->n_cp && q->cp[0] ? q->cp[0] : -1;
	w->real = db_query(db, q->unit_id ? real_unit_sql : real_all_sql, DB_ARGS(
		DB_INT(q->period_id), DB_INT(q->unit_id), DB_INT(after), DB_INT(last), DB_INT(one)),
		err);
	if (!w->real)
		return -1;
	w->real_rc = db_next(w->real, err);
	struct db_rows *rows = w->real_rc < 0 ? NULL : db_query(db, q->unit_id ? iki_unit_sql
		: iki_all_sql, DB_ARGS(DB_INT(q->period_id), DB_INT(q->unit_id), DB_INT(after),
				       DB_INT(last)), err);
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1 && w->real_rc >= 0) {
		if (w->s.id && w->s.id != db_int(rows, 0))
			finish_skp(w);
		w->s.id = db_int(rows, 0);
		copy_str(w->s.approach, sizeof w->s.approach, db_text(rows, 1));
		add_iki(rows, &w->s);
	}
	if (!rc && w->real_rc >= 0 && w->s.id)
		finish_skp(w);
	db_rows_free(rows);
	db_rows_free(w->real);
	w->real = NULL;
	return rc < 0 || w->real_rc < 0 ? -1 : 0;
}

static int walk(struct db *db, struct walk *w, struct kerr *err)
{
	const struct capaian_query *q = w->q;
	int64_t after = 0, last = 0;
	int rc = 0;
	for (;;) {
		if (db_query_int(db, q->unit_id ? batch_unit_sql : batch_all_sql, DB_ARGS(
			DB_INT(q->period_id), DB_INT(q->unit_id), DB_INT(after),
			DB_INT(q->batch ? (int64_t)q->batch : CAPAIAN_BATCH)), &last, err) < 0) {
			rc = -1;
			break;
		}
		if (!last || (rc = walk_batch(db, w, after, last, err)))
			break;
		after = last;
	}
	for (size_t i = 0; i < w->s.n_rhk; i++)
		free(w->s.rhk[i].iki);
	free(w->s.rhk);
	free(w->rs);
	return rc;
}

/* The RHK ids come in SKP order; sorts them (with their figures) by id. */
struct rhk_sort {
	int64_t id;
	size_t at;
};

static int cmp_rhk_sort(const void *a, const void *b)
{
	const struct rhk_sort *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

static void sort_rhk(struct capaian_set *o)
{
	size_t nc = o->n_cp;
	if (!o->n_rhk)
		return;
	struct rhk_sort *v = xcalloc(o->n_rhk + 1, sizeof *v);
	struct pct *pct = xcalloc(o->n_rhk * nc + 1, sizeof *pct);
	for (size_t i = 0; i < o->n_rhk; i++)
		v[i] = (struct rhk_sort){ o->rhk[i], i };
	qsort(v, o->n_rhk, sizeof *v, cmp_rhk_sort);
	for (size_t i = 0; i < o->n_rhk; i++) {
		o->rhk[i] = v[i].id;
		memcpy(&pct[i * nc], &o->rhk_pct[v[i].at * nc], nc * sizeof *pct);
	}
	free(o->rhk_pct);
	o->rhk_pct = pct;
	free(v);
}

int store_capaian_set(struct db *db, const struct capaian_query *q, struct capaian_set *out,
		      struct kerr *err)
{
	struct walk w;
	memset(out, 0, sizeof *out);
	memset(&w, 0, sizeof w);
	out->n_cp = q->n_cp;
	out->cp = xcalloc(q->n_cp + 1, sizeof *out->cp);
	for (size_t c = 0; c < q->n_cp; c++)
		out->cp[c] = q->cp[c];
	w.q = q;
	w.out = out;
	w.err = err;
	if (walk(db, &w, err)) {
		capaian_set_release(out);
		return -1;
	}
	sort_rhk(out);
	return 0;       /* out->skp is by SKP id already: the query's order */
}

/* ---- reading the set -------------------------------------------------------------------------- */

static const struct pct *find(const int64_t *ids, size_t n, const struct pct *pct, size_t n_cp,
			      int64_t id, size_t c)
{
	size_t lo = 0, hi = n;
	if (c >= n_cp)
		return NULL;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ids[mid] == id)
			return &pct[mid * n_cp + c];
		if (ids[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const struct pct *capaian_of_skp(const struct capaian_set *s, int64_t skp_id, size_t c)
{
	return find(s->skp, s->n_skp, s->skp_pct, s->n_cp, skp_id, c);
}

const struct pct *capaian_of_rhk(const struct capaian_set *s, int64_t rhk_id, size_t c)
{
	return find(s->rhk, s->n_rhk, s->rhk_pct, s->n_cp, rhk_id, c);
}

void capaian_set_release(struct capaian_set *s)
{
	free(s->cp);
	free(s->skp);
	free(s->skp_pct);
	free(s->rhk);
	free(s->rhk_pct);
	memset(s, 0, sizeof *s);
}
