/*
 * raterstats.h - how the raters of one period rate (issue 7), pure: no
 * SQL, no HTTP.  The input is a flat list of scores; the output, per
 * rater, their leniency or severity against the others who rated the
 * same people (with a confidence interval, flagged only on strong
 * evidence and enough ratings), halo (little spread across the seven
 * BerAKHLAK values of a form) and central tendency (nearly everything at
 * the middle of the scale, "Sesuai"); per BerAKHLAK value, the agreement
 * of raters of the same person (ICC(1), with what it rests on); per
 * ratee, the raw mean of what others gave and an adjusted mean from an
 * additive model with ratee and rater effects fitted on the whole period
 * (advisory only: nothing here changes a rating).
 *
 * Raters and ratees are dense indexes the caller maps from employee ids
 * (one person may be both).  Self-assessments are not input: the caller
 * leaves them out.  A superior's overall behaviour rating (perilaku: Di
 * Bawah / Sesuai / Di Atas Ekspektasi) may be given as item RS_ITEM_OVERALL
 * with the score mapped onto the scale (1, the middle, the top); it takes
 * part in leniency and in the adjusted model, not in halo, central
 * tendency or agreement (which read the seven values of 360 forms).
 *
 * Definitions (docs/rater-analysis.md explains them in Indonesian):
 *   form           the scores one rater gave one ratee (items 0..6)
 *   others' mean   for rater r and ratee j: the mean of every score of j
 *                  given by raters other than r
 *   diff(r)        mean over the ratees j of r that others rated too of
 *                  (mean of r's scores of j - others' mean of j);
 *                  positive: lenient, negative: severe
 *   se(r)          sample sd (n - 1) of those differences / sqrt(n), n the
 *                  ratees
 *   ci             diff +- t(0.975, n-1) * se
 *   flag lenient   n >= min_ratees and diff >= min_effect and
 *                  diff / se >= z_flag (severe: the mirror image)
 *   halo           n_forms >= min_forms and the mean population sd of
 *                  the seven scores within a form < halo_sd
 *   central        n_forms >= min_forms and the share of the rater's
 *                  scores at the scale's middle >= central_share (only
 *                  for scales with a middle: 3 and 5)
 *   ICC(1)         one-way random effects over ratees with at least two
 *                  raters: (MSB - MSW) / (MSB + (k0 - 1) MSW), k0 the
 *                  adjusted mean group size; NAN when it cannot be
 *                  computed (fewer than two such ratees, no variance)
 *   adjusted(j)    mu + a_j of y_rj = mu + a_j + b_r + e, y_rj the mean
 *                  of what rater r gave ratee j (one observation per
 *                  rater and ratee: the seven values of a form share one
 *                  impression, so they are not seven pieces of evidence),
 *                  mu the mean of the y_rj, fitted by alternating least
 *                  squares with the rater effects b_r shrunk towards 0
 *                  (ridge: b_r = sum(y_rj - mu - a_j) / (n_r + shrink),
 *                  `shrink` counted in ratees)
 *   forms          halo and central tendency read the forms with at least
 *                  two of the seven values scored
 */
#ifndef KINERJA_DOMAIN_RATERSTATS_H
#define KINERJA_DOMAIN_RATERSTATS_H

#include <stddef.h>
#include <stdint.h>

#define RS_ITEMS 7               /* the BerAKHLAK values, berakhlak_at() order */
#define RS_ITEM_OVERALL 7        /* a superior's overall behaviour rating */

struct rs_rating {
	int32_t rater;           /* 0 .. n_raters - 1 */
	int32_t ratee;           /* 0 .. n_ratees - 1 */
	int8_t item;             /* 0 .. RS_ITEMS - 1, or RS_ITEM_OVERALL */
	int8_t score;            /* 1 .. scale_max */
};

/* The methods' thresholds and minimum counts (configurable per instansi). */
struct rs_config {
	int scale_max;           /* 3 or 5 */
	int min_ratees;          /* leniency judged from this many ratees (default 5) */
	double z_flag;           /* evidence: |diff| / se at least (default 3.0) */
	double min_effect;       /* and |diff| at least, in scale points (default 0.5 on 1-5, 0.3 on 1-3) */
	int min_forms;           /* forms needed for halo and central tendency (default 5) */
	double halo_sd;          /* mean within-form sd below this: halo (default 0.2) */
	double central_share;    /* share of middle scores at least: central (default 0.9) */
	double shrink;           /* ridge strength for rater effects, in ratees (default 2.0) */
};

/* The least shrink allowed: without it the model cannot tell a unit whose
 * raters are all lenient from a unit that performs better (people are rated
 * within their own and neighbouring teams), and the fit wanders. */
#define RS_SHRINK_MIN 0.5

/* The defaults above for a scale (3 or 5). */
void rs_config_default(struct rs_config *c, int scale_max);
/* 0, or -1 naming the bad field in `field` (e.g. "z_flag") when a value is
 * out of its sensible range (scale 3 or 5, counts >= 1, z in [1, 10],
 * shares in (0, 1], effects and sds >= 0 and below the scale's range,
 * shrink in [RS_SHRINK_MIN, 1000]); `field` is NULL when all is well. */
int rs_config_check(const struct rs_config *c, const char **field);

enum rs_flag {
	RS_LENIENT = 1 << 0,
	RS_SEVERE = 1 << 1,
	RS_HALO = 1 << 2,
	RS_CENTRAL = 1 << 3,
};

struct rs_rater {
	int n_ratees;            /* ratees that others rated too (the leniency basis) */
	int n_scores;            /* all the rater's scores */
	int n_forms;             /* 360 forms (at least two of items 0..6) */
	double mean;             /* of all the rater's scores; NAN without any */
	double diff;             /* leniency (see above); NAN when n_ratees == 0 */
	double se, ci_low, ci_high;      /* NAN when n_ratees < 2 (se 0: all differences equal) */
	double z;                /* diff / se; NAN when n_ratees < 2 or se == 0 with diff == 0,
				    +-INFINITY when se == 0 with diff != 0 */
	double form_sd;          /* mean within-form sd; NAN without forms */
	double share_middle;     /* of the scores of items 0..6; NAN without such
				    scores or a scale without a middle */
	double effect;           /* b_r of the adjusted model; NAN without scores */
	unsigned flags;          /* enum rs_flag */
};

struct rs_agreement {
	double icc;              /* ICC(1); NAN when it cannot be computed */
	int n_ratees;            /* ratees with at least two raters of this item */
	int n_ratings;           /* scores it rests on */
};

struct rs_result {
	int n_raters, n_ratees;
	struct rs_rater *raters;                 /* [n_raters] */
	struct rs_agreement agreement[RS_ITEMS];
	double *raw;                             /* [n_ratees] mean score; NAN if unrated */
	double *adjusted;                        /* [n_ratees] mu + a_j; NAN if unrated */
	int *n_raters_of;                        /* [n_ratees] distinct raters */
	double mu;                               /* the model's grand mean */
};

/* Analyses n ratings.  Ratings with an index, item or score out of range
 * are skipped (the store never gives them).  Returns 0, or -1 when memory
 * runs out (out is then empty).  Free with rs_result_free. */
int rs_analyze(const struct rs_rating *v, size_t n, int n_raters, int n_ratees,
	       const struct rs_config *cfg, struct rs_result *out);
void rs_result_free(struct rs_result *r);

/* Spearman's rank correlation of a and b (average ranks for ties), over
 * the i where both are not NAN; NAN with fewer than 2 pairs or no
 * variance. */
double rs_spearman(const double *a, const double *b, size_t n);

/* "lenient", "severe", "halo", "central" / "Lunak", "Ketat", "Efek halo",
 * "Kecenderungan tengah" for one flag bit. */
const char *rs_flag_code(enum rs_flag f);
const char *rs_flag_label(enum rs_flag f);

struct strbuf;
/* The plain-Indonesian explanation of one rater's figures and flags, as
 * the pages show it to HR ("Penilai ini rata-rata memberi 0,9 poin lebih
 * tinggi daripada rekan-rekannya untuk orang yang sama (selang
 * kepercayaan 95%: 0,5 sampai 1,3; 12 orang dinilai)."), appended to out;
 * says too why a rater is not judged (too few ratings). */
void rs_explain(const struct rs_rater *r, const struct rs_config *c, struct strbuf *out);
/* The same addressed to the rater themself, as a private nudge ("Rata-rata
 * nilai yang Anda berikan 0,9 poin lebih tinggi daripada rekan-rekan Anda
 * untuk orang yang sama."); nothing when nothing is flagged. */
void rs_nudge(const struct rs_rater *r, const struct rs_config *c, struct strbuf *out);

#endif
