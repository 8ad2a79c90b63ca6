/*
 * ratergen.h - synthetic rating data with a known truth, to prove the
 * rater statistics of raterstats.h (issue 7): people with a true
 * performance, grouped in teams; each rated on the seven BerAKHLAK
 * values by about `raters_per_person` colleagues (their superior, peers,
 * subordinates: people of the same and the neighbouring team); raters
 * with a planted bias: lenient or severe (a shift), halo (one impression
 * copied to all seven values), central (nearly always the middle), or
 * none (plain noise).  Deterministic for a seed, pure, no I/O; used by
 * the unit tests, the benchmark and the test-data command.
 */
#ifndef KINERJA_DOMAIN_RATERGEN_H
#define KINERJA_DOMAIN_RATERGEN_H

#include <stddef.h>
#include <stdint.h>

#include "domain/raterstats.h"

struct rg_config {
	int people;              /* 80 (an office) .. 30000 (a city) */
	int team_size;           /* people per team (default 10) */
	int raters_per_person;   /* default 8 */
	int scale_max;           /* 3 or 5 (default 5) */
	double share_lenient;    /* of all raters (default 0.05) */
	double share_severe;     /* default 0.05 */
	double share_halo;       /* default 0.05 */
	double share_central;    /* default 0.05 */
	double bias;             /* a lenient rater's shift in scale points (default 1.0) */
	double truth_sd;         /* spread of true performance in scale points (default 0.6) */
	double noise_sd;         /* per-score noise (default 0.6) */
	double impression_sd;    /* a rater's impression of one person, shared by the
				    seven values of the form (default 0.4) */
	uint64_t seed;           /* default 1 */
};

/* The defaults above for `people`. */
void rg_config_default(struct rg_config *c, int people);

struct rg_data {
	int people;
	double *truth;           /* [people] true performance, in scale points around 0 */
	unsigned *planted;       /* [people] the enum rs_flag planted in each as a rater (0: none) */
	struct rs_rating *ratings;
	size_t n_ratings;
};

/* 0, or -1 when memory runs out (nothing to free then). */
int rg_generate(const struct rg_config *c, struct rg_data *out);
void rg_data_free(struct rg_data *d);

/* How well the flags of an analysis find what was planted: recall of
 * lenient+severe (found with the right direction / planted), and false
 * alarms (raters planted with nothing flagged lenient or severe / raters
 * planted with nothing), both in [0, 1]; NAN when the denominator is 0. */
void rg_score_flags(const struct rg_data *d, const struct rs_result *r, double *recall,
		    double *false_alarm);
/* The same for one planted bias `flag` (RS_HALO, RS_CENTRAL, ...): recall
 * (planted with it and flagged with it / planted with it), and the share of
 * raters planted with nothing that are flagged with it. */
void rg_score_flag(const struct rg_data *d, const struct rs_result *r, enum rs_flag flag,
		   double *recall, double *false_alarm);

#endif
