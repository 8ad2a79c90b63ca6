/*
 * capaian.h - the achievement (capaian) of many SKPs at once: every SKP
 * of a period, or those counted in a unit and the units below it (an SKP
 * counts in the unit of the post it covers, else its employee's, as on
 * the curve, the ranking, the recap and the dashboard), at one or more
 * checkpoints.  This is the one bulk loader of achievements: the ranking
 * (recognition_rank.c), the recap and the contribution report
 * (report_recap.c, report_contrib.c) and the dashboard
 * (dashboard_charts.c) all read their figures here.
 *
 * Set-based: for each batch of SKPs in scope (CAPAIAN_BATCH consecutive
 * ids), one query for their indicators and one for their realisasi (at
 * the one checkpoint asked, or at every checkpoint of the period), both
 * in SKP order and walked side by side, so only one SKP is assembled at
 * a time and only one batch's rows are read; each SKP is computed with
 * skp_capaian_compute (domain/monitor.h), the formulas of the SKP,
 * realisasi and assessment pages.  Read-only.
 */
#ifndef KINERJA_STORE_CAPAIAN_H
#define KINERJA_STORE_CAPAIAN_H

#include "store/plan.h"
#include "domain/monitor.h"

/* Which SKPs, at which checkpoints. */
struct capaian_query {
	int64_t period_id;
	int64_t unit_id;              /* 0: every SKP of the period; else those counted in
					 this unit and below it */
	const int64_t *cp;            /* the checkpoints to compute at (ids of the period;
					 an id 0 gives no figures) */
	size_t n_cp;
	int with_rhk;                 /* also every RHK's achievement */
	size_t batch;                 /* SKPs read at a time; 0: CAPAIAN_BATCH */
};

/* How many SKPs the loader reads at a time by default: bounded memory on
 * both databases (the PostgreSQL client holds a whole result), few round
 * trips.  The figures do not depend on it. */
enum { CAPAIAN_BATCH = 2000 };

/* The figures: pct arrays hold n_cp entries per SKP (or RHK), in the
 * order of capaian_query.cp; an SKP with nothing measured at a checkpoint
 * has pct.set 0 there. */
struct capaian_set {
	size_t n_cp;
	int64_t *cp;                  /* the checkpoints, as asked */
	size_t n_skp;
	int64_t *skp;                 /* SKP ids, ascending */
	struct pct *skp_pct;          /* [i * n_cp + c] */
	size_t n_rhk;
	int64_t *rhk;                 /* RHK ids, ascending (with_rhk) */
	struct pct *rhk_pct;          /* [j * n_cp + c] */
};

/* Fills *out (capaian_set_release() it; released on an error too). */
int store_capaian_set(struct db *db, const struct capaian_query *q, struct capaian_set *out,
		      struct kerr *err);
/* The achievement of SKP `skp_id` (or RHK `rhk_id`) at the set's c-th
 * checkpoint; NULL when it is not in the set or c is out of range. */
const struct pct *capaian_of_skp(const struct capaian_set *s, int64_t skp_id, size_t c);
const struct pct *capaian_of_rhk(const struct capaian_set *s, int64_t rhk_id, size_t c);
void capaian_set_release(struct capaian_set *s);

#endif
