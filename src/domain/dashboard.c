/*
 * dashboard.c - the pure rules of the dashboards: percentages, the current
 * checkpoint, the anonymity rule of a unit's BerAKHLAK profile, the mean
 * of achievements, the periods of a trend and the units of the curve
 * table (see dashboard.h).  No I/O.
 */
#include "domain/dashboard.h"
#include "domain/tree.h"
#include "core/strbuf.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

/* ---- percentages ------------------------------------------------------------------- */

int dash_percent(int64_t part, int64_t whole, double *pct)
{
	if (whole <= 0)
		return -1;
	*pct = (double)part * 100.0 / (double)whole;
	return 0;
}

void dash_pct_text(double pct, char *out, size_t size)
{
	char buf[48];
	snprintf(buf, sizeof buf, "%.1f%%", round(pct * 10.0) / 10.0);   /* half away from 0, as the API */
	char *dot = strchr(buf, '.');
	if (dot)
		*dot = ',';
	snprintf(out, size, "%s", buf);
}

void dash_ratio_text(int64_t part, int64_t whole, char *out, size_t size)
{
	double pct;
	char p[48];
	if (dash_percent(part, whole, &pct)) {
		snprintf(out, size, "%lld dari %lld", (long long)part, (long long)whole);
		return;
	}
	dash_pct_text(pct, p, sizeof p);
	snprintf(out, size, "%lld dari %lld (%s)", (long long)part, (long long)whole, p);
}

/* ---- the current checkpoint ------------------------------------------------------------ */

size_t dash_current_checkpoint(const int *closed, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!closed[i])
			return i;
	return n ? n - 1 : 0;
}

/* ---- a unit's BerAKHLAK profile ----------------------------------------------------------- */

void dash_profile_decide(struct dash_profile *out, const int64_t sum[VALUES_360], int answers,
			 int ratees, int round_threshold, int settings_threshold)
{
	memset(out, 0, sizeof *out);
	out->answers = answers;
	out->ratees = ratees;
	out->threshold = anonymity_threshold(round_threshold > settings_threshold
					     ? round_threshold : settings_threshold);
	out->shown = answers >= out->threshold && ratees >= out->threshold;
	for (int i = 0; out->shown && i < VALUES_360; i++)
		out->mean[i] = (double)sum[i] / (double)answers;
}

/* ---- achievement over a unit -------------------------------------------------------------- */

void dash_mean_add(struct dash_mean *m, double pct)
{
	m->n++;
	m->sum += pct;
}

int dash_mean_value(const struct dash_mean *m, double *out)
{
	if (m->n <= 0)
		return -1;
	*out = m->sum / (double)m->n;
	return 0;
}

/* ---- trends over periods ----------------------------------------------------------------- */

/* 1 if period a comes before period b (start date, then id). */
static int earlier(const struct dash_period_key *a, const struct dash_period_key *b)
{
	int c = strcmp(a->start_date, b->start_date);
	return c < 0 || (c == 0 && a->id < b->id);
}

size_t dash_trend_pick(const struct dash_period_key *p, size_t n, int64_t selected, size_t max,
		       size_t *out)
{
	size_t sel = n, k = 0;
	for (size_t i = 0; i < n; i++)
		if (p[i].id == selected)
			sel = i;
	if (sel == n || max == 0)
		return 0;
	/* insertion into out[], kept oldest first, of the periods up to the selected one */
	for (size_t i = 0; i < n; i++) {
		if (i != sel && !earlier(&p[i], &p[sel]))
			continue;
		if (k == max) {            /* full: keep the latest */
			if (earlier(&p[i], &p[out[0]]))
				continue;
			memmove(out, out + 1, (k - 1) * sizeof *out);
			k--;
		}
		size_t j = k;
		while (j > 0 && earlier(&p[i], &p[out[j - 1]])) {
			out[j] = out[j - 1];
			j--;
		}
		out[j] = i;
		k++;
	}
	return k;
}

/* ---- the curve table ------------------------------------------------------------------------ */

size_t dash_curve_pick(const int *deviates, size_t n, size_t limit, size_t *out)
{
	size_t k = 0;
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < n && k < limit; i++)
			if ((deviates[i] != 0) == (pass == 0))
				out[k++] = i;
	return k;
}

/* ---- the unit filter ------------------------------------------------------------------------ */

/* The parent of node i as the tree sees it: 0 for a top node (no parent,
 * or one not among the ids); `slots` index the ids (tree.h). */
static int64_t parent_of(const struct id_slot *slots, const int64_t *parents, size_t n, size_t i)
{
	return parents[i] && id_slots_find(slots, n, parents[i]) < n ? parents[i] : 0;
}

size_t dash_unit_choices(const int64_t *ids, const int64_t *parents, size_t n, int64_t root,
			 int64_t selected, size_t limit, unsigned char *allow)
{
	size_t marked = 0, kept = 0;
	for (size_t i = 0; i < n; i++)
		marked += allow[i] != 0;
	if (marked <= limit)
		return marked;
	struct id_slot *slots = id_slots_sorted(ids, n);
	unsigned char *keep = xcalloc(n + 1, 1);
	/* the selected unit and its ancestors, the walk bounded by n */
	size_t at = id_slots_find(slots, n, selected);
	for (size_t steps = 0; selected && at < n && steps < n; steps++) {
		keep[at] = 1;
		int64_t up = parent_of(slots, parents, n, at);
		at = up ? id_slots_find(slots, n, up) : n;
	}
	for (size_t i = 0; i < n; i++) {
		int64_t up = parent_of(slots, parents, n, i);
		if (ids[i] == root || up == root || (selected && up == selected))
			keep[i] = 1;
		allow[i] = allow[i] && keep[i];
		kept += allow[i] != 0;
	}
	free(keep);
	free(slots);
	return kept;
}
