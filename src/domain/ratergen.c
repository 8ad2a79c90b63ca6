/*
 * ratergen.c - synthetic 360 ratings with a known truth (see ratergen.h):
 * people in teams of team_size, the first of each team its leader; each
 * person rated on the seven BerAKHLAK values by their superior (the team's
 * leader; a leader by the previous team's leader) and by colleagues at
 * fixed offsets within one team either side (the same offsets for
 * everyone, so every rater rates about raters_per_person people, a leader
 * their whole team besides).  A score is
 *
 *     round(middle + truth_j + impression_rj + shift_r + noise),  clamped
 *
 * truth_j ~ N(0, truth_sd), the impression of rater r of person j
 * ~ N(0, impression_sd) shared by the form's seven values, noise
 * ~ N(0, noise_sd) per score, shift_r +bias (lenient), -bias (severe) or 0.
 * A halo rater copies one such score to all seven values (a slip of one
 * point on 5% of them); a central rater gives the middle 95% of the time.
 * Planted raters are drawn without replacement, in exact shares.
 *
 * The random numbers are xoshiro256** seeded by splitmix64, normals by
 * the polar method: the same seed gives the same data on every machine.
 */
#include "domain/ratergen.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define HALO_SLIP 0.05           /* a halo rater's share of values off by one */
#define CENTRAL_STICK 0.95       /* a central rater's share of middle scores */

/* ---- random numbers ------------------------------------------------------------------- */

struct rng {
	uint64_t s[4];
	int has_spare;
	double spare;
};

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static void rng_seed(struct rng *g, uint64_t seed)
{
	for (int i = 0; i < 4; i++)
		g->s[i] = splitmix64(&seed);
	g->has_spare = 0;
}

static uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static uint64_t rng_next(struct rng *g)
{
	uint64_t *s = g->s, result = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

/* Uniform in [0, 1). */
static double rng_uniform(struct rng *g)
{
	return (double)(rng_next(g) >> 11) * 0x1.0p-53;
}

/* Uniform in 0 .. n - 1 (n >= 1; the bias of the modulo is below 1e-12 here). */
static size_t rng_below(struct rng *g, size_t n)
{
	return (size_t)(rng_next(g) % n);
}

static double rng_normal(struct rng *g, double sd)
{
	if (g->has_spare) {
		g->has_spare = 0;
		return sd * g->spare;
	}
	double u, v, s;
	do {
		u = 2.0 * rng_uniform(g) - 1.0;
		v = 2.0 * rng_uniform(g) - 1.0;
		s = u * u + v * v;
	} while (s >= 1.0 || s == 0.0);
	double f = sqrt(-2.0 * log(s) / s);
	g->spare = v * f;
	g->has_spare = 1;
	return sd * u * f;
}

static void shuffle_ints(struct rng *g, int *v, size_t n)
{
	for (size_t i = n; i > 1; i--) {
		size_t k = rng_below(g, i);
		int t = v[i - 1];
		v[i - 1] = v[k];
		v[k] = t;
	}
}

/* ---- settings -------------------------------------------------------------------------- */

void rg_config_default(struct rg_config *c, int people)
{
	memset(c, 0, sizeof *c);
	c->people = people;
	c->team_size = 10;
	c->raters_per_person = 8;
	c->scale_max = 5;
	c->share_lenient = 0.05;
	c->share_severe = 0.05;
	c->share_halo = 0.05;
	c->share_central = 0.05;
	c->bias = 1.0;
	c->truth_sd = 0.6;
	c->noise_sd = 0.6;
	c->impression_sd = 0.4;
	c->seed = 1;
}

/* ---- who rates whom -------------------------------------------------------------------- */

/* The superior of j, or -1 for the head (the first team's leader). */
static int superior_of(int j, int team_size)
{
	int leader = j - j % team_size;
	if (j != leader)
		return leader;
	return leader >= team_size ? leader - team_size : -1;
}

/* The offsets -w .. w but 0, shuffled once for the whole set. */
static int *offsets_new(struct rng *g, int people, int team_size, int *n)
{
	int w = team_size < (people - 1) / 2 ? team_size : (people - 1) / 2;
	int *o = malloc((size_t)(2 * w + 1) * sizeof *o);
	if (!o)
		return NULL;
	*n = 0;
	for (int k = -w; k <= w; k++)
		if (k)
			o[(*n)++] = k;
	shuffle_ints(g, o, (size_t)*n);
	return o;
}

/* The raters of j into raters[]; returns how many. */
static int raters_of(int j, const struct rg_config *c, const int *off, int n_off, int *raters)
{
	int n = 0, want = c->raters_per_person, sup = superior_of(j, c->team_size);
	if (sup >= 0 && sup < c->people && want > 0)
		raters[n++] = sup;
	for (int k = 0; k < n_off && n < want; k++) {
		int r = ((j + off[k]) % c->people + c->people) % c->people;
		int dup = r == j;
		for (int i = 0; i < n && !dup; i++)
			dup = raters[i] == r;
		if (!dup)
			raters[n++] = r;
	}
	return n;
}

/* ---- scores ---------------------------------------------------------------------------- */

static int8_t clamp_score(double x, int scale_max)
{
	long s = lround(x);
	return (int8_t)(s < 1 ? 1 : s > scale_max ? scale_max : s);
}

/* The seven scores of rater r's form for j into score[]. */
static void form_scores(struct rng *g, const struct rg_config *c, double truth, unsigned kind,
			int8_t *score)
{
	double middle = (c->scale_max + 1) / 2.0;
	double base = middle + truth + rng_normal(g, c->impression_sd);
	if (kind & RS_LENIENT)
		base += c->bias;
	if (kind & RS_SEVERE)
		base -= c->bias;
	if (kind & RS_HALO) {
		int8_t one = clamp_score(base + rng_normal(g, c->noise_sd), c->scale_max);
		for (int i = 0; i < RS_ITEMS; i++) {
			double slip = rng_uniform(g) < HALO_SLIP ? (rng_uniform(g) < 0.5 ? -1 : 1) : 0;
			score[i] = clamp_score(one + slip, c->scale_max);
		}
		return;
	}
	for (int i = 0; i < RS_ITEMS; i++) {
		score[i] = clamp_score(base + rng_normal(g, c->noise_sd), c->scale_max);
		if ((kind & RS_CENTRAL) && rng_uniform(g) < CENTRAL_STICK)
			score[i] = (int8_t)middle;
	}
}

/* Plants the biases in exact shares of the people, drawn without replacement. */
static int plant(struct rng *g, const struct rg_config *c, unsigned *planted)
{
	int *who = malloc((size_t)c->people * sizeof *who);
	if (!who)
		return -1;
	for (int i = 0; i < c->people; i++)
		who[i] = i;
	shuffle_ints(g, who, (size_t)c->people);
	const double share[4] = { c->share_lenient, c->share_severe, c->share_halo, c->share_central };
	const unsigned kind[4] = { RS_LENIENT, RS_SEVERE, RS_HALO, RS_CENTRAL };
	int at = 0;
	for (int k = 0; k < 4; k++) {
		long n = lround(share[k] * c->people);
		for (long i = 0; i < n && at < c->people; i++)
			planted[who[at++]] = kind[k];
	}
	free(who);
	return 0;
}

static void generate_ratings(struct rng *g, const struct rg_config *c, const int *off, int n_off,
			     struct rg_data *d, int *raters)
{
	int8_t score[RS_ITEMS];
	for (int j = 0; j < c->people; j++) {
		int n = raters_of(j, c, off, n_off, raters);
		for (int k = 0; k < n; k++) {
			form_scores(g, c, d->truth[j], d->planted[raters[k]], score);
			for (int i = 0; i < RS_ITEMS; i++)
				d->ratings[d->n_ratings++] = (struct rs_rating){ raters[k], j, (int8_t)i,
										 score[i] };
		}
	}
}

int rg_generate(const struct rg_config *c, struct rg_data *out)
{
	memset(out, 0, sizeof *out);
	if (c->people < 1 || c->team_size < 1 || c->raters_per_person < 0)
		return -1;
	struct rng g;
	rng_seed(&g, c->seed);
	int n_off = 0;
	size_t max = (size_t)c->people * (size_t)c->raters_per_person * RS_ITEMS;
	int *off = offsets_new(&g, c->people, c->team_size, &n_off);
	int *raters = malloc(((size_t)c->raters_per_person + 1) * sizeof *raters);
	out->people = c->people;
	out->truth = malloc((size_t)c->people * sizeof *out->truth);
	out->planted = calloc((size_t)c->people, sizeof *out->planted);
	out->ratings = malloc((max ? max : 1) * sizeof *out->ratings);
	if (!off || !raters || !out->truth || !out->planted || !out->ratings ||
	    plant(&g, c, out->planted)) {
		free(off);
		free(raters);
		rg_data_free(out);
		return -1;
	}
	for (int j = 0; j < c->people; j++)
		out->truth[j] = rng_normal(&g, c->truth_sd);
	generate_ratings(&g, c, off, n_off, out, raters);
	free(off);
	free(raters);
	return 0;
}

void rg_data_free(struct rg_data *d)
{
	free(d->truth);
	free(d->planted);
	free(d->ratings);
	memset(d, 0, sizeof *d);
}

/* ---- scoring the flags against what was planted --------------------------------------- */

static unsigned flags_of(const struct rs_result *r, int i)
{
	return i < r->n_raters ? r->raters[i].flags : 0;
}

static double ratio(int num, int den)
{
	return den ? (double)num / den : NAN;
}

void rg_score_flags(const struct rg_data *d, const struct rs_result *r, double *recall,
		    double *false_alarm)
{
	int planted = 0, found = 0, clean = 0, alarms = 0;
	for (int i = 0; i < d->people; i++) {
		unsigned p = d->planted[i], f = flags_of(r, i);
		if (p & (RS_LENIENT | RS_SEVERE)) {
			planted++;
			found += (p & RS_LENIENT) ? (f & RS_LENIENT) != 0 : (f & RS_SEVERE) != 0;
		} else if (!p) {
			clean++;
			alarms += (f & (RS_LENIENT | RS_SEVERE)) != 0;
		}
	}
	*recall = ratio(found, planted);
	*false_alarm = ratio(alarms, clean);
}

void rg_score_flag(const struct rg_data *d, const struct rs_result *r, enum rs_flag flag,
		   double *recall, double *false_alarm)
{
	int planted = 0, found = 0, clean = 0, alarms = 0;
	for (int i = 0; i < d->people; i++) {
		unsigned p = d->planted[i], f = flags_of(r, i);
		if (p & flag) {
			planted++;
			found += (f & flag) != 0;
		} else if (!p) {
			clean++;
			alarms += (f & flag) != 0;
		}
	}
	*recall = ratio(found, planted);
	*false_alarm = ratio(alarms, clean);
}
