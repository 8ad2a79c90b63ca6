/*
 * raterstats.c - the rater analysis of one period (see raterstats.h):
 * the ratings sorted by rater and ratee in two counting passes, then per
 * (rater, ratee) pair its mean and its form; per rater leniency against
 * the others' mean with a t interval (GSL), halo and central tendency;
 * per BerAKHLAK value ICC(1); per ratee the raw mean and the adjusted mean
 * of the additive ratee + rater model fitted on the pair means by
 * alternating least squares with ridge-shrunk rater effects; and
 * Spearman's rank correlation.  Thresholds, labels and the Indonesian
 * explanations are in raterstats_text.c.
 *
 * Cost: O(n + raters + ratees) for everything but the model fit, which
 * is a bounded number of O(pairs) sweeps; memory about 16 bytes a rating
 * besides the input (the sorted index and the pairs).
 */
#include "domain/raterstats.h"

#include <gsl/gsl_cdf.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The fit stops when no effect moved more than FIT_TOLERANCE scale points
 * in a sweep: with the default shrink that takes 20-70 sweeps (each
 * O(pairs)); the smallest shrink allowed (0.5) a few hundred. */
#define FIT_MAX_SWEEPS 2000
#define FIT_TOLERANCE 1e-7
#define TINY 1e-12               /* below this a difference or an se is rounding: 0 */

/* One (rater, ratee) pair: what the rater gave the ratee, as the model's
 * observation (pairs are in rater order). */
struct pair {
	int32_t rater, ratee;
	double mean;
};

/* Sums per ratee: all scores, and per BerAKHLAK value (for ICC). */
struct ratee_sums {
	double sum;
	int count;
	double item_sum[RS_ITEMS];
	int item_count[RS_ITEMS];
};

/* The working memory of one analysis. */
struct work {
	size_t *order;           /* valid ratings sorted by (rater, ratee) */
	size_t n_valid;
	struct ratee_sums *ratees;
	struct pair *pairs;
	size_t n_pairs;
	double *a_sum;           /* per ratee, one sweep's sum of residuals */
	int *a_count;            /* per ratee, pairs */
};

static int rating_ok(const struct rs_rating *x, int n_raters, int n_ratees, int scale_max)
{
	return x->rater >= 0 && x->rater < n_raters && x->ratee >= 0 && x->ratee < n_ratees &&
	       x->item >= 0 && x->item <= RS_ITEM_OVERALL && x->score >= 1 &&
	       x->score <= scale_max;
}

/* ---- sorting by (rater, ratee): two stable counting passes --------------------------- */

/* Stable counting sort of src[0..n) into dst by key (0..k). */
static int counting_pass(const struct rs_rating *v, const size_t *src, size_t n, size_t *dst,
			 int k, int by_rater)
{
	size_t *start = calloc((size_t)k + 1, sizeof *start);
	if (!start)
		return -1;
	for (size_t i = 0; i < n; i++)
		start[(by_rater ? v[src[i]].rater : v[src[i]].ratee) + 1]++;
	for (int b = 0; b < k; b++)
		start[b + 1] += start[b];
	for (size_t i = 0; i < n; i++)
		dst[start[by_rater ? v[src[i]].rater : v[src[i]].ratee]++] = src[i];
	free(start);
	return 0;
}

static int sort_ratings(const struct rs_rating *v, size_t n, int n_raters, int n_ratees,
			int scale_max, struct work *w)
{
	size_t *tmp = malloc((n ? n : 1) * sizeof *tmp);
	w->order = malloc((n ? n : 1) * sizeof *w->order);
	if (!tmp || !w->order) {
		free(tmp);
		return -1;
	}
	w->n_valid = 0;
	for (size_t i = 0; i < n; i++)
		if (rating_ok(&v[i], n_raters, n_ratees, scale_max))
			w->order[w->n_valid++] = i;
	int rc = counting_pass(v, w->order, w->n_valid, tmp, n_ratees, 0);
	if (!rc)
		rc = counting_pass(v, tmp, w->n_valid, w->order, n_raters, 1);
	free(tmp);
	return rc;
}

/* ---- per ratee ------------------------------------------------------------------------- */

static void sum_ratees(const struct rs_rating *v, const struct work *w)
{
	for (size_t k = 0; k < w->n_valid; k++) {
		const struct rs_rating *x = &v[w->order[k]];
		struct ratee_sums *s = &w->ratees[x->ratee];
		s->sum += x->score;
		s->count++;
		if (x->item < RS_ITEMS) {
			s->item_sum[x->item] += x->score;
			s->item_count[x->item]++;
		}
	}
}

/* ---- per rater: pairs, leniency, halo, central --------------------------------------- */

/* Running sums of one rater while their pairs are walked. */
struct rater_acc {
	int n;                   /* differences seen (Welford) */
	double d_mean, d_m2;
	int n_scores, n_forms, n_values, n_middle;
	double score_sum, form_sd_sum;
};

/* Population sd of the BerAKHLAK scores among v[order[from..to)], two-pass;
 * -1 when fewer than two.  Also counts the values and those at `middle`. */
static double form_sd(const struct rs_rating *v, const size_t *order, size_t from, size_t to,
		      int middle, struct rater_acc *acc)
{
	double sum = 0.0, ss = 0.0;
	int k = 0;
	for (size_t i = from; i < to; i++) {
		const struct rs_rating *x = &v[order[i]];
		if (x->item >= RS_ITEMS)
			continue;
		sum += x->score;
		k++;
		acc->n_values++;
		acc->n_middle += x->score == middle;
	}
	if (k < 2)
		return -1.0;
	double mean = sum / k;
	for (size_t i = from; i < to; i++) {
		const struct rs_rating *x = &v[order[i]];
		if (x->item < RS_ITEMS)
			ss += (x->score - mean) * (x->score - mean);
	}
	return sqrt(ss / k);
}

/* Takes in the pair of ratings order[from..to) (one rater, one ratee). */
static void add_pair(const struct rs_rating *v, struct work *w, size_t from, size_t to,
		     int middle, struct rater_acc *acc)
{
	const struct rs_rating *first = &v[w->order[from]];
	double sum = 0.0;
	for (size_t i = from; i < to; i++)
		sum += v[w->order[i]].score;
	int cnt = (int)(to - from);
	const struct ratee_sums *s = &w->ratees[first->ratee];
	acc->n_scores += cnt;
	acc->score_sum += sum;
	if (s->count > cnt) {
		double others = (s->sum - sum) / (s->count - cnt);
		double d = sum / cnt - others;
		acc->n++;
		double delta = d - acc->d_mean;
		acc->d_mean += delta / acc->n;
		acc->d_m2 += delta * (d - acc->d_mean);
	}
	double sd = form_sd(v, w->order, from, to, middle, acc);
	if (sd >= 0.0) {
		acc->n_forms++;
		acc->form_sd_sum += sd;
	}
	w->pairs[w->n_pairs++] = (struct pair){ first->rater, first->ratee, sum / cnt };
}

/* Fills the leniency figures of r from the differences in acc. */
static void leniency(struct rs_rater *r, const struct rater_acc *acc)
{
	r->n_ratees = acc->n;
	r->diff = r->se = r->ci_low = r->ci_high = r->z = NAN;
	if (acc->n == 0)
		return;
	r->diff = fabs(acc->d_mean) < TINY ? 0.0 : acc->d_mean;
	if (acc->n < 2)
		return;
	double se = sqrt(acc->d_m2 / (acc->n - 1) / acc->n);
	r->se = se < TINY ? 0.0 : se;
	double half = gsl_cdf_tdist_Pinv(0.975, acc->n - 1) * r->se;
	r->ci_low = r->diff - half;
	r->ci_high = r->diff + half;
	if (r->se > 0.0)
		r->z = r->diff / r->se;
	else if (r->diff != 0.0)
		r->z = r->diff > 0.0 ? INFINITY : -INFINITY;
}

static unsigned rater_flags(const struct rs_rater *r, const struct rs_config *c)
{
	unsigned f = 0;
	if (r->n_ratees >= c->min_ratees && !isnan(r->z)) {
		if (r->diff >= c->min_effect && r->z >= c->z_flag)
			f |= RS_LENIENT;
		else if (r->diff <= -c->min_effect && r->z <= -c->z_flag)
			f |= RS_SEVERE;
	}
	if (r->n_forms >= c->min_forms && r->n_forms > 0) {
		if (r->form_sd < c->halo_sd)
			f |= RS_HALO;
		if (!isnan(r->share_middle) && r->share_middle >= c->central_share)
			f |= RS_CENTRAL;
	}
	return f;
}

static void finish_rater(struct rs_rater *r, const struct rater_acc *acc,
			 const struct rs_config *c, int middle)
{
	r->n_scores = acc->n_scores;
	r->n_forms = acc->n_forms;
	r->mean = acc->n_scores ? acc->score_sum / acc->n_scores : NAN;
	leniency(r, acc);
	r->form_sd = acc->n_forms ? acc->form_sd_sum / acc->n_forms : NAN;
	r->share_middle = middle && acc->n_values ? (double)acc->n_middle / acc->n_values : NAN;
	r->effect = NAN;
	r->flags = rater_flags(r, c);
}

/* Walks the sorted ratings rater by rater, pair by pair. */
static void rate_raters(const struct rs_rating *v, struct work *w, const struct rs_config *c,
			struct rs_result *out)
{
	int middle = c->scale_max % 2 ? (c->scale_max + 1) / 2 : 0;
	size_t k = 0;
	for (int r = 0; r < out->n_raters; r++) {
		struct rater_acc acc;
		memset(&acc, 0, sizeof acc);
		while (k < w->n_valid && v[w->order[k]].rater == r) {
			size_t end = k + 1;
			while (end < w->n_valid && v[w->order[end]].rater == r &&
			       v[w->order[end]].ratee == v[w->order[k]].ratee)
				end++;
			add_pair(v, w, k, end, middle, &acc);
			k = end;
		}
		finish_rater(&out->raters[r], &acc, c, middle);
	}
}

/* ---- ICC(1) per BerAKHLAK value ------------------------------------------------------ */

static void agreement_of(const struct rs_rating *v, const struct work *w, int n_ratees, int item,
			 struct rs_agreement *a)
{
	double n_sum = 0.0, n_sq = 0.0, total = 0.0;
	int groups = 0;
	for (int j = 0; j < n_ratees; j++) {
		int nj = w->ratees[j].item_count[item];
		if (nj < 2)
			continue;
		groups++;
		n_sum += nj;
		n_sq += (double)nj * nj;
		total += w->ratees[j].item_sum[item];
	}
	a->n_ratees = groups;
	a->n_ratings = (int)n_sum;
	a->icc = NAN;
	if (groups < 2)
		return;
	double grand = total / n_sum, ssb = 0.0, ssw = 0.0;
	for (int j = 0; j < n_ratees; j++) {
		int nj = w->ratees[j].item_count[item];
		if (nj >= 2) {
			double m = w->ratees[j].item_sum[item] / nj;
			ssb += nj * (m - grand) * (m - grand);
		}
	}
	for (size_t k = 0; k < w->n_valid; k++) {
		const struct rs_rating *x = &v[w->order[k]];
		const struct ratee_sums *s = &w->ratees[x->ratee];
		if (x->item != item || s->item_count[item] < 2)
			continue;
		double m = s->item_sum[item] / s->item_count[item];
		ssw += (x->score - m) * (x->score - m);
	}
	double msb = ssb / (groups - 1), msw = ssw / (n_sum - groups);
	double k0 = (n_sum - n_sq / n_sum) / (groups - 1);
	double den = msb + (k0 - 1.0) * msw;
	if (den > TINY)
		a->icc = (msb - msw) / den;
}

/* ---- the adjusted model -------------------------------------------------------------- */

/* One sweep of a_j given b, then b_r given a; returns the largest change. */
static double fit_sweep(struct work *w, struct rs_result *out, double *a, double *b,
			const int *pairs_of_rater, double shrink)
{
	double change = 0.0;
	memset(w->a_sum, 0, (size_t)out->n_ratees * sizeof *w->a_sum);
	for (size_t p = 0; p < w->n_pairs; p++)
		w->a_sum[w->pairs[p].ratee] += w->pairs[p].mean - out->mu - b[w->pairs[p].rater];
	for (int j = 0; j < out->n_ratees; j++) {
		if (!w->a_count[j])
			continue;
		double na = w->a_sum[j] / w->a_count[j];
		change = fmax(change, fabs(na - a[j]));
		a[j] = na;
	}
	size_t p = 0;
	for (int r = 0; r < out->n_raters; r++) {
		double sum = 0.0;
		for (size_t e = p + (size_t)pairs_of_rater[r]; p < e; p++)
			sum += w->pairs[p].mean - out->mu - a[w->pairs[p].ratee];
		if (!pairs_of_rater[r])
			continue;
		double nb = sum / (pairs_of_rater[r] + shrink);
		change = fmax(change, fabs(nb - b[r]));
		b[r] = nb;
	}
	return change;
}

static int fit_model(struct work *w, const struct rs_config *c, struct rs_result *out)
{
	double *a = calloc((size_t)out->n_ratees + 1, sizeof *a);
	double *b = calloc((size_t)out->n_raters + 1, sizeof *b);
	int *pairs_of_rater = calloc((size_t)out->n_raters + 1, sizeof *pairs_of_rater);
	w->a_sum = malloc(((size_t)out->n_ratees + 1) * sizeof *w->a_sum);
	w->a_count = calloc((size_t)out->n_ratees + 1, sizeof *w->a_count);
	if (!a || !b || !pairs_of_rater || !w->a_sum || !w->a_count) {
		free(a);
		free(b);
		free(pairs_of_rater);
		return -1;
	}
	double total = 0.0;
	for (size_t p = 0; p < w->n_pairs; p++) {
		pairs_of_rater[w->pairs[p].rater]++;
		w->a_count[w->pairs[p].ratee]++;
		total += w->pairs[p].mean;
	}
	out->mu = w->n_pairs ? total / (double)w->n_pairs : NAN;
	for (int s = 0; w->n_pairs && s < FIT_MAX_SWEEPS; s++) {
		if (fit_sweep(w, out, a, b, pairs_of_rater, c->shrink) < FIT_TOLERANCE)
			break;
	}
	for (int j = 0; j < out->n_ratees; j++)
		out->adjusted[j] = w->a_count[j] ? out->mu + a[j] : NAN;
	for (int r = 0; r < out->n_raters; r++)
		out->raters[r].effect = pairs_of_rater[r] ? b[r] : NAN;
	free(a);
	free(b);
	free(pairs_of_rater);
	return 0;
}

/* ---- the whole analysis ---------------------------------------------------------------- */

static void work_free(struct work *w)
{
	free(w->order);
	free(w->ratees);
	free(w->pairs);
	free(w->a_sum);
	free(w->a_count);
}

static int result_alloc(struct rs_result *out, int n_raters, int n_ratees)
{
	memset(out, 0, sizeof *out);
	out->n_raters = n_raters;
	out->n_ratees = n_ratees;
	out->raters = calloc((size_t)n_raters + 1, sizeof *out->raters);
	out->raw = calloc((size_t)n_ratees + 1, sizeof *out->raw);
	out->adjusted = calloc((size_t)n_ratees + 1, sizeof *out->adjusted);
	out->n_raters_of = calloc((size_t)n_ratees + 1, sizeof *out->n_raters_of);
	if (out->raters && out->raw && out->adjusted && out->n_raters_of)
		return 0;
	rs_result_free(out);
	return -1;
}

static void raw_means(const struct work *w, struct rs_result *out)
{
	for (int j = 0; j < out->n_ratees; j++) {
		const struct ratee_sums *s = &w->ratees[j];
		out->raw[j] = s->count ? s->sum / s->count : NAN;
		out->n_raters_of[j] = w->a_count[j];
	}
}

int rs_analyze(const struct rs_rating *v, size_t n, int n_raters, int n_ratees,
	       const struct rs_config *cfg, struct rs_result *out)
{
	struct work w;
	memset(&w, 0, sizeof w);
	if (n_raters < 0)
		n_raters = 0;
	if (n_ratees < 0)
		n_ratees = 0;
	if (result_alloc(out, n_raters, n_ratees))
		return -1;
	w.ratees = calloc((size_t)n_ratees + 1, sizeof *w.ratees);
	if (!w.ratees || sort_ratings(v, n, n_raters, n_ratees, cfg->scale_max, &w))
		goto fail;
	w.pairs = malloc((w.n_valid ? w.n_valid : 1) * sizeof *w.pairs);
	if (!w.pairs)
		goto fail;
	sum_ratees(v, &w);
	rate_raters(v, &w, cfg, out);
	for (int i = 0; i < RS_ITEMS; i++)
		agreement_of(v, &w, n_ratees, i, &out->agreement[i]);
	if (fit_model(&w, cfg, out))
		goto fail;
	raw_means(&w, out);
	work_free(&w);
	return 0;
fail:
	work_free(&w);
	rs_result_free(out);
	return -1;
}

void rs_result_free(struct rs_result *r)
{
	free(r->raters);
	free(r->raw);
	free(r->adjusted);
	free(r->n_raters_of);
	memset(r, 0, sizeof *r);
}

/* ---- Spearman -------------------------------------------------------------------------- */

struct ranked {
	double value;
	size_t at;               /* index into the pairs kept */
};

static int by_value(const void *x, const void *y)
{
	double a = ((const struct ranked *)x)->value, b = ((const struct ranked *)y)->value;
	return (a > b) - (a < b);
}

/* The average ranks (1-based, ties averaged) of v[0..n) into rank. */
static int average_ranks(const double *v, size_t n, double *rank)
{
	struct ranked *s = malloc(n * sizeof *s);
	if (!s)
		return -1;
	for (size_t i = 0; i < n; i++)
		s[i] = (struct ranked){ v[i], i };
	qsort(s, n, sizeof *s, by_value);
	for (size_t i = 0; i < n; ) {
		size_t e = i + 1;
		while (e < n && s[e].value == s[i].value)
			e++;
		double r = (double)(i + 1 + e) / 2.0;   /* mean of ranks i+1 .. e */
		for (size_t k = i; k < e; k++)
			rank[s[k].at] = r;
		i = e;
	}
	free(s);
	return 0;
}

/* Pearson's correlation of x and y (two-pass); NAN without variance. */
static double pearson(const double *x, const double *y, size_t n)
{
	double mx = 0.0, my = 0.0, sxy = 0.0, sxx = 0.0, syy = 0.0;
	for (size_t i = 0; i < n; i++) {
		mx += x[i];
		my += y[i];
	}
	mx /= (double)n;
	my /= (double)n;
	for (size_t i = 0; i < n; i++) {
		sxy += (x[i] - mx) * (y[i] - my);
		sxx += (x[i] - mx) * (x[i] - mx);
		syy += (y[i] - my) * (y[i] - my);
	}
	if (sxx <= 0.0 || syy <= 0.0)
		return NAN;
	return sxy / sqrt(sxx * syy);
}

double rs_spearman(const double *a, const double *b, size_t n)
{
	double *buf = malloc((4 * n + 1) * sizeof *buf);
	if (!buf)
		return NAN;
	double *x = buf, *y = buf + n, *rx = buf + 2 * n, *ry = buf + 3 * n;
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (!isnan(a[i]) && !isnan(b[i])) {
			x[m] = a[i];
			y[m++] = b[i];
		}
	double rho = NAN;
	if (m >= 2 && !average_ranks(x, m, rx) && !average_ranks(y, m, ry))
		rho = pearson(rx, ry, m);
	free(buf);
	return rho;
}
