/*
 * contribution.h - the pure rules of the contribution report (laporan
 * kontribusi): which organisation goal (sasaran organisasi) each RHK
 * serves through the cascade, and the roll-up of the achievements of the
 * RHK that serve a goal (or, within a goal, a unit or a person) into one
 * figure, with the words that explain it.  No I/O: the store loads the
 * cascade and the achievements (store/report.h), the API, the pages and
 * the exports show what these functions compute.
 *
 * The roll-up rule (one rule for a goal, a unit and a person):
 *   - every RHK that serves the goal counts, however far down the cascade
 *     (a staff member's RHK that supports the Kepala Seksi's RHK that
 *     supports the Camat's RHK that points at the goal serves that goal);
 *   - the figure is the plain mean of the achievements (capaian, assess.h)
 *     of those RHK that have one at the checkpoint, each capped at
 *     ACHIEVEMENT_ROLLUP_CAP as in every other roll-up;
 *   - an RHK without an achievement (no realisasi yet, or a kualitatif
 *     SKP) is counted and named but left out of the mean;
 *   - nothing measured: no figure (never 0).
 */
#ifndef KINERJA_DOMAIN_CONTRIBUTION_H
#define KINERJA_DOMAIN_CONTRIBUTION_H

#include <stddef.h>
#include <stdint.h>

#include "core/strbuf.h"
#include "domain/monitor.h"

/* One node of the cascade: keys as struct cascade_item's (a goal is
 * -goal_id, an RHK its id; an RHK's parent_key is its parent RHK, or
 * -goal_id, or 0). */
struct contrib_node {
	int64_t key;
	int64_t parent_key;
	int is_goal;
};

/* For every node, the index of the goal node it serves by following its
 * parents (a goal serves itself); n when the chain ends without a goal
 * (a parent not among the nodes, none at all, or a loop).  goal_of holds
 * n entries. */
void contribution_goal_of(const struct contrib_node *v, size_t n, size_t *goal_of);

/* The roll-up of n RHK achievements. */
struct contrib_figure {
	size_t n_rhk;          /* RHK counted */
	size_t n_measured;     /* of them, with an achievement */
	int has_mean;          /* 0 when nothing is measured */
	double mean;           /* percent */
};

void contribution_figure(const struct pct *v, size_t n, struct contrib_figure *out);

/* Appends the explanation of the figure over v[0..n) in plain
 * Indonesian, e.g. "Rata-rata capaian 3 RHK yang mendukung sasaran ini:
 * (100,00 + 80,00 + 95,00) / 3 = 91,67%. 1 RHK belum memiliki realisasi
 * pada titik ini dan tidak dihitung."; `subject` completes "yang
 * mendukung ..." ("sasaran ini", "sasaran ini di unit ini"). */
void contribution_explain(const struct pct *v, size_t n, const char *subject,
			  struct strbuf *out);

/* A percentage with two decimals and a decimal comma ("91,67"). */
void contribution_pct_text(double pct, char *out, size_t size);

#endif
