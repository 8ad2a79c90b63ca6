/*
 * dashboard.h - the pure rules of the dashboards (dasbor): percentages and
 * how they are written, which checkpoint is the current one, whether a
 * unit's BerAKHLAK profile may be shown (the anonymity rule), the mean of
 * achievements over a unit, and which periods a trend shows in which
 * order.  No I/O: the store (store/dashboard.h) counts, the API, the
 * pages and the CLI show the figures through these functions.
 */
#ifndef KINERJA_DOMAIN_DASHBOARD_H
#define KINERJA_DOMAIN_DASHBOARD_H

#include <stddef.h>
#include <stdint.h>

#include "domain/assess.h"

/* ---- percentages ------------------------------------------------------------------- */

/* part / whole x 100 into *pct: 0, or -1 (nothing to show) when whole <= 0. */
int dash_percent(int64_t part, int64_t whole, double *pct);
/* A percentage with one decimal (halves rounded away from zero, as the
 * API rounds) and a decimal comma: "61,6%". */
void dash_pct_text(double pct, char *out, size_t size);
/* "45 dari 73 (61,6%)"; "0 dari 0" when whole is 0. */
void dash_ratio_text(int64_t part, int64_t whole, char *out, size_t size);

/* ---- the current checkpoint ------------------------------------------------------------ */

/* The checkpoint a period is at, among n in calendar order with closed[i]
 * set for the closed ones: the first still open (the one being realised
 * and rated), or the last when all are closed; n when n is 0. */
size_t dash_current_checkpoint(const int *closed, size_t n);

/* ---- a unit's BerAKHLAK profile ----------------------------------------------------------- */

/* The profile of a unit in one closed 360 round: the answers of others
 * (never the self-assessments) about the people of the unit, pooled. */
struct dash_profile {
	int answers;              /* answers pooled */
	int ratees;               /* people they are about */
	int threshold;            /* the threshold applied */
	int shown;                /* 1 if the means may be shown */
	double mean[VALUES_360];  /* mean score per value (berakhlak_at order), when shown */
};

/*
 * Decides the profile from the sums of the scores per value over
 * `answers` answers about `ratees` people.  The threshold is the stricter
 * of the round's and the current setting's, never below ANONYMITY_MIN
 * (anonymity_threshold).  The means are shown only when at least that
 * many answers are pooled and they are about at least that many people:
 * a unit of one or two people would otherwise show a person's profile.
 * When not shown, the means stay zero (a caller cannot leak them).
 */
void dash_profile_decide(struct dash_profile *out, const int64_t sum[VALUES_360], int answers,
			 int ratees, int round_threshold, int settings_threshold);

/* ---- achievement over a unit -------------------------------------------------------------- */

/* A running mean of SKP achievements (percent). */
struct dash_mean {
	int n;
	double sum;
};

/* Adds one SKP's achievement. */
void dash_mean_add(struct dash_mean *m, double pct);
/* The mean into *out: 0, or -1 when nothing was added. */
int dash_mean_value(const struct dash_mean *m, double *out);

/* ---- the curve table of a unit dashboard --------------------------------------------------- */

/*
 * Which of n units the curve table of a dashboard shows, in which order:
 * those whose spread breaks their curve first (deviates[i] non-zero),
 * then the others, each group in the order given (the unit tree's), at
 * most `limit` in all - a city has a thousand units, and the ones to act
 * on come first.  Writes their indices to out[] (room for limit) and
 * returns how many.
 */
size_t dash_curve_pick(const int *deviates, size_t n, size_t limit, size_t *out);

/*
 * Narrows the unit filter of a dashboard in a big tree.  allow[0..n) marks
 * the units (ids[i], parent parents[i], 0 for none) the viewer may pick:
 * those at or below `root` (0: every unit).  When more than `limit` are
 * marked - a city has a thousand units, a page listing them all weighs
 * 150 KB - only these stay marked: the root's own children (the top
 * units for root 0), the selected unit with its ancestors, and the
 * selected unit's children: one level down at a time, the curve table
 * linking further.  Returns how many stay marked.
 */
size_t dash_unit_choices(const int64_t *ids, const int64_t *parents, size_t n, int64_t root,
			 int64_t selected, size_t limit, unsigned char *allow);

/* ---- trends over periods ----------------------------------------------------------------- */

/* A period as the trend needs it. */
struct dash_period_key {
	int64_t id;
	char start_date[11];      /* YYYY-MM-DD */
};

/*
 * Which periods a trend puts side by side: the selected period and up to
 * max-1 of those that started before it (the latest of them), oldest
 * first, so the selected one is the last column.  Periods starting after
 * the selected one are left out.  Writes their indices in p[0..n) to
 * out[] (room for max) and returns how many; 0 when the selected period
 * is not among them.
 */
size_t dash_trend_pick(const struct dash_period_key *p, size_t n, int64_t selected, size_t max,
		       size_t *out);

#endif
