/*
 * recognition_rank.c - the ranking of a period (see recognition.h), built
 * over the whole set at once: one query for the SKPs with their
 * assessment on the basis and one for the 360 answers per person and
 * round; the achievement of every SKP of the unit at the basis's
 * checkpoint from the one bulk loader (store_capaian_set, store/capaian.h:
 * skp_capaian_compute, the formulas of the SKP pages); then the entries
 * sorted with ranking_sort.  Also the unit an employee is ranked in, and
 * whether an employee leads a unit (for access to a whole ranking).
 */
#include "store/recognition.h"
#include "store/capaian.h"
#include "store/assessment_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "domain/hierarchy.h"
#include "domain/monitor.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The SKPs of the period in the unit and below ($2, 0 = all). */
#define SCOPE_CTE \
	"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $2 " \
	"  UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
#define SCOPE_FROM \
	"FROM skp s JOIN employees e ON e.id = s.employee_id " \
	"LEFT JOIN positions p ON p.id = s.position_id "
#define SCOPE_WHERE \
	"WHERE s.period_id = $1 AND ($2 = 0 OR COALESCE(p.unit_id, e.unit_id) IN (SELECT id FROM sub)) "

static const char entries_sql[] = SCOPE_CTE
	"SELECT s.id, s.employee_id, e.nip, e.front_title, e.name, e.back_title, "
	"COALESCE(p.name, ''), COALESCE(p.unit_id, e.unit_id), COALESCE(pu.code, eu.code, ''), "
	"COALESCE(pu.name, eu.name, ''), COALESCE(a.hasil_rating, ''), "
	"COALESCE(a.perilaku_rating, ''), COALESCE(a.predicate, '') " SCOPE_FROM
	"LEFT JOIN units pu ON pu.id = p.unit_id LEFT JOIN units eu ON eu.id = e.unit_id "
	"LEFT JOIN assessment a ON a.skp_id = s.id AND a.kind = $3 "
	"AND COALESCE(a.checkpoint_id, 0) = $4 AND a.state = 'ditetapkan' " SCOPE_WHERE
	"ORDER BY s.employee_id, s.month_from DESC";

#define SCORES(f) f("berorientasi_pelayanan") " + " f("akuntabel") " + " f("kompeten") " + " \
	f("harmonis") " + " f("loyal") " + " f("adaptif") " + " f("kolaboratif")
#define SCORE(c) "a." c
#define SCORED(c) "(CASE WHEN a." c " > 0 THEN 1 ELSE 0 END)"

/* Answers of others (not the self-assessment) in the closed rounds of
 * the period up to checkpoint sequence $2, per person and round. */
static const char r360_sql[] =
	"SELECT a.ratee_employee_id, rd.scale, rd.threshold, COUNT(*), SUM(" SCORES(SCORE) "), "
	"SUM(" SCORES(SCORED) ") FROM answer360 a JOIN round360 rd ON rd.id = a.round_id "
	"JOIN checkpoints c ON c.id = rd.checkpoint_id WHERE rd.period_id = $1 "
	"AND rd.state = 'ditutup' AND a.grp <> 'diri' AND c.seq <= $2 "
	"GROUP BY a.ratee_employee_id, rd.id, rd.scale, rd.threshold";

/* ---- the basis -------------------------------------------------------------------------- */

/* Names the basis and picks the achievement's checkpoint. */
static int load_basis(struct db *db, struct ranking *out, int64_t basis, int *basis_seq,
		      struct kerr *err)
{
	struct checkpoint *cp = NULL;
	size_t n = 0;
	if (basis == RANK_BASIS_DEFAULT &&
	    store_curve_default_basis(db, out->period.id, &basis, err))
		return -1;
	if (store_checkpoint_list(db, out->period.id, &cp, &n, err))
		return -1;
	out->basis_checkpoint = basis;
	*basis_seq = 1 << 30;
	int found = basis == 0;
	for (size_t i = 0; i < n; i++) {
		if (cp[i].id == basis || (basis == 0 && i == n - 1)) {
			out->capaian_checkpoint = cp[i].id;
			copy_str(out->capaian_name, sizeof out->capaian_name, cp[i].name);
		}
		if (cp[i].id == basis) {
			found = 1;
			*basis_seq = cp[i].seq;
			copy_str(out->basis_name, sizeof out->basis_name, cp[i].name);
		}
	}
	free(cp);
	if (!found)
		return kerr_set(err, KERR_NOT_FOUND, "titik", "Titik periksa %lld bukan bagian dari "
				"periode ini", (long long)basis);
	return 0;
}

/* ---- entries ------------------------------------------------------------------------------ */

static void entry_from_row(struct db_rows *rows, struct rank_entry *e)
{
	const char *front = db_text(rows, 3), *back = db_text(rows, 5);
	memset(e, 0, sizeof *e);
	e->skp_id = db_int(rows, 0);
	e->employee_id = db_int(rows, 1);
	copy_str(e->nip, sizeof e->nip, db_text(rows, 2));
	snprintf(e->name, sizeof e->name, "%s%s%s%s%s", front, *front ? " " : "", db_text(rows, 4),
		 *back ? ", " : "", back);
	copy_str(e->position_name, sizeof e->position_name, db_text(rows, 6));
	e->unit_id = db_int(rows, 7);
	copy_str(e->unit_code, sizeof e->unit_code, db_text(rows, 8));
	copy_str(e->unit_name, sizeof e->unit_name, db_text(rows, 9));
	e->key.hasil = assess_rating_of(db_text(rows, 10));
	e->key.perilaku = assess_rating_of(db_text(rows, 11));
	e->key.predicate = assess_predicate_of(db_text(rows, 12));
	e->key.has_predicate = e->key.predicate < PRED__COUNT;
	e->key.appointed = nip_appointment(e->nip);
	copy_str(e->key.nip, sizeof e->key.nip, e->nip);
}

/* One entry per employee: their SKP with the latest months comes first. */
static int load_entries(struct db *db, struct ranking *out, int64_t unit_id, struct kerr *err)
{
	const char *kind = assessment_kind_name(out->basis_checkpoint ? ASSESS_PERIODIK
								     : ASSESS_TAHUNAN);
	struct db_rows *rows = db_query(db, entries_sql, DB_ARGS(DB_INT(out->period.id),
		DB_INT(unit_id), DB_TEXT(kind), DB_INT(out->basis_checkpoint)), err);
	size_t alloc = 0;
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		if (out->n && out->v[out->n - 1].employee_id == db_int(rows, 1))
			continue;
		if (out->n == alloc)
			out->v = xrealloc(out->v, (alloc = alloc ? alloc * 2 : 64) * sizeof *out->v);
		entry_from_row(rows, &out->v[out->n++]);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* ---- achievement ---------------------------------------------------------------------- */

/* Each entry's achievement at the basis's checkpoint (store_capaian_set
 * over the ranking's unit). */
static int compute_capaian(struct db *db, struct ranking *out, int64_t unit_id,
			   struct kerr *err)
{
	struct capaian_set set;
	struct capaian_query q = { .period_id = out->period.id, .unit_id = unit_id,
				   .cp = &out->capaian_checkpoint, .n_cp = 1, .with_rhk = 0 };
	if (!out->capaian_checkpoint)
		return 0;
	if (store_capaian_set(db, &q, &set, err))
		return -1;
	for (size_t i = 0; i < out->n; i++) {
		struct rank_entry *e = &out->v[i];
		const struct pct *p = capaian_of_skp(&set, e->skp_id, 0);
		e->key.has_capaian = p && p->set;
		e->key.capaian = e->key.has_capaian ? llround(p->value * 100.0) : 0;
	}
	capaian_set_release(&set);
	return 0;
}

/* ---- 360 ------------------------------------------------------------------------------------ */

static struct rank_entry *entry_of_employee(struct ranking *out, int64_t id)
{
	size_t lo = 0, hi = out->n;      /* out->v is by employee id until sorted */
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (out->v[mid].employee_id == id)
			return &out->v[mid];
		if (out->v[mid].employee_id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Adds each round that reached its anonymity threshold: the mean score
 * as a share of the scale, over 15 (a multiple of both scales). */
static int load_360(struct db *db, struct ranking *out, int basis_seq, struct kerr *err)
{
	struct db_rows *rows = db_query(db, r360_sql, DB_ARGS(DB_INT(out->period.id),
		DB_INT(basis_seq)), err);
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		struct rank_entry *e = entry_of_employee(out, db_int(rows, 0));
		int scale = atoi(db_text(rows, 1)) == 5 ? 5 : 3;
		int64_t answers = db_int(rows, 3), sum = db_int(rows, 4), scored = db_int(rows, 5);
		if (!e || answers < anonymity_threshold((int)db_int(rows, 2)) || scored <= 0)
			continue;
		e->key.r360_num += sum * (15 / scale);
		e->key.r360_den += scored * 15;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* ---- the ranking ---------------------------------------------------------------------------- */

static void place(struct ranking *out)
{
	for (size_t i = 0; i < out->n; i++)
		out->v[i].key.ref = i;
	struct rank_key *keys = xcalloc(out->n + 1, sizeof *keys);
	for (size_t i = 0; i < out->n; i++)
		keys[i] = out->v[i].key;
	ranking_sort(keys, out->n, &out->chain);
	struct rank_entry *sorted = xcalloc(out->n + 1, sizeof *sorted);
	for (size_t i = 0; i < out->n; i++) {
		sorted[i] = out->v[keys[i].ref];
		struct rank_entry *e = &sorted[i];
		e->rank = e->key.has_predicate ? (int)i + 1 : 0;
		out->ranked += e->key.has_predicate;
		e->decider = i ? ranking_decider(&keys[i - 1], &keys[i], &out->chain, &e->criterion)
			       : RD_FIRST;
	}
	free(keys);
	free(out->v);
	out->v = sorted;
}

static int ranking_tx(struct db *db, int64_t unit_id, int64_t basis, struct ranking *out,
		      struct kerr *err)
{
	int basis_seq = 0;
	if (unit_id) {
		struct unit u;
		if (store_unit_get(db, unit_id, &u, err))
			return -1;
		copy_str(out->unit_name, sizeof out->unit_name, u.name);
	}
	if (store_tiebreak_get(db, &out->chain, err) ||
	    load_basis(db, out, basis, &basis_seq, err) ||
	    load_entries(db, out, unit_id, err) || load_360(db, out, basis_seq, err) ||
	    compute_capaian(db, out, unit_id, err))
		return -1;
	place(out);
	return 0;
}

int store_ranking(struct db *db, int64_t period_id, int64_t unit_id, int64_t basis,
		  struct ranking *out, struct kerr *err)
{
	memset(out, 0, sizeof *out);
	out->unit_id = unit_id;
	if (store_period_get(db, period_id, &out->period, err))
		return -1;
	if (ranking_tx(db, unit_id, basis, out, err)) {
		ranking_release(out);
		return -1;
	}
	return 0;
}

void ranking_release(struct ranking *r)
{
	free(r->v);
	r->v = NULL;
	r->n = r->ranked = 0;
}

const struct rank_entry *ranking_find(const struct ranking *r, int64_t employee_id)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->v[i].employee_id == employee_id)
			return &r->v[i];
	return NULL;
}

int store_ranking_unit_of(struct db *db, int64_t period_id, int64_t employee_id,
			  int64_t *unit_id, struct kerr *err)
{
	*unit_id = 0;
	return db_query_int(db, "SELECT COALESCE(p.unit_id, e.unit_id) FROM skp s "
			    "JOIN employees e ON e.id = s.employee_id LEFT JOIN positions p ON "
			    "p.id = s.position_id WHERE s.period_id = $1 AND s.employee_id = $2 "
			    "ORDER BY s.month_from DESC LIMIT 1",
			    DB_ARGS(DB_INT(period_id), DB_INT(employee_id)), unit_id, err) < 0 ? -1 : 0;
}

/* ---- leaders ---------------------------------------------------------------------------------- */

/* The post heading the unit, else its nearest headed parent's (0: none). */
static int head_post(struct db *db, int64_t unit_id, int64_t *pos, struct kerr *err)
{
	struct unit u;
	*pos = 0;
	for (int depth = 0; unit_id && depth < 64; depth++) {
		if (store_unit_head(db, unit_id, pos, err))
			return -1;
		if (*pos)
			return 0;
		if (store_unit_get(db, unit_id, &u, err))
			return -1;
		unit_id = u.parent_id;
	}
	return 0;
}

int store_employee_leads_unit(struct db *db, int64_t employee_id, int64_t unit_id,
			      struct kerr *err)
{
	struct pos_node *chain = NULL;
	size_t n = 0;
	int64_t head = 0;
	if (!employee_id)
		return 0;
	if (head_post(db, unit_id, &head, err))
		return -1;
	if (!head)
		return 0;
	if (store_position_chain(db, head, &chain, &n, err))
		return -1;
	int leads = 0;
	for (size_t i = 0; i < n && !leads; i++)
		leads = chain[i].holder_id == employee_id || chain[i].plt_id == employee_id;
	free(chain);
	return leads;
}

int store_employee_headed_unit(struct db *db, int64_t employee_id, int64_t *unit_id,
			       struct kerr *err)
{
	*unit_id = 0;
	struct db_rows *rows = db_query(db, "SELECT id FROM positions WHERE id = (SELECT "
					"position_id FROM employees WHERE id = $1) OR "
					"plt_employee_id = $1 ORDER BY id",
					DB_ARGS(DB_INT(employee_id)), err);
	if (!rows)
		return -1;
	int64_t pos[16];
	size_t n = 0;
	int rc;
	while ((rc = db_next(rows, err)) == 1)
		if (n < 16)
			pos[n++] = db_int(rows, 0);
	db_rows_free(rows);
	if (rc < 0)
		return -1;
	for (size_t i = 0; i < n && !*unit_id; i++)
		if (store_position_heads(db, pos[i], unit_id, err))
			return -1;
	return 0;
}
