/*
 * test_raterstats.c - unit tests for domain/raterstats.h on small cases
 * worked out by hand (the arithmetic is in the comments): a lenient rater
 * among three (difference, se, t interval, z, flag), the two who are not
 * flagged for want of evidence, ICC(1), the adjusted model on a complete
 * and on an unbalanced design, a single rater, forms with missing values,
 * zero variance, a rater below min_ratees (and an se of 0), halo and
 * central tendency on scales 5 and 3, the superior's overall rating,
 * ratings out of range, Spearman with ties, the settings' refusals, and
 * the Indonesian explanation and nudge.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/strbuf.h"
#include "domain/raterstats.h"

#define EPS 1e-6

static void assert_near(double got, double want)
{
	if (!(fabs(got - want) < EPS)) {
		print_error("got %.9f, want %.9f\n", got, want);
		fail();
	}
}

/* A one-item rating (item 0, the first BerAKHLAK value). */
static struct rs_rating one(int rater, int ratee, int score)
{
	return (struct rs_rating){ rater, ratee, 0, (int8_t)score };
}

/* Appends a form: the seven values of rater for ratee. */
static size_t form(struct rs_rating *v, size_t n, int rater, int ratee, const int *score)
{
	for (int i = 0; i < RS_ITEMS; i++)
		v[n++] = (struct rs_rating){ rater, ratee, (int8_t)i, (int8_t)score[i] };
	return n;
}

static void analyze(const struct rs_rating *v, size_t n, int raters, int ratees,
		    const struct rs_config *c, struct rs_result *r)
{
	assert_int_equal(rs_analyze(v, n, raters, ratees, c, r), 0);
}

/* ---- a lenient rater among three -------------------------------------------------------- */

/*
 * Five people (0..4), three raters, one score each on item 0:
 *   rater 0: 4 4 5 5 4      rater 1: 2 3 3 4 3      rater 2: 2 3 4 3 3
 */
static size_t three_raters(struct rs_rating *v)
{
	static const int s[3][5] = { { 4, 4, 5, 5, 4 }, { 2, 3, 3, 4, 3 }, { 2, 3, 4, 3, 3 } };
	size_t n = 0;
	for (int r = 0; r < 3; r++)
		for (int j = 0; j < 5; j++)
			v[n++] = one(r, j, s[r][j]);
	return n;
}

static void test_lenient_among_three(void **state)
{
	(void)state;
	struct rs_rating v[15];
	struct rs_config c;
	struct rs_result r;
	rs_config_default(&c, 5);
	analyze(v, three_raters(v), 3, 5, &c, &r);
	/* rater 0: others' means 2, 3, 3.5, 3.5, 3; differences 2, 1, 1.5, 1.5, 1;
	 * diff = 7/5 = 1.4; squared deviations .36 .16 .01 .01 .16 = .70, sample
	 * var .175, sd .418330, se = sd / sqrt 5 = .187083, z = 7.483315;
	 * t(.975, 4) = 2.776445105: half width .519425, interval .880575 .. 1.919425 */
	const struct rs_rater *x = &r.raters[0];
	assert_int_equal(x->n_ratees, 5);
	assert_int_equal(x->n_scores, 5);
	assert_near(x->mean, 4.4);
	assert_near(x->diff, 1.4);
	assert_near(x->se, 0.187082869);
	assert_near(x->z, 7.483314774);
	assert_near(x->ci_low, 1.4 - 2.776445105 * 0.187082869);
	assert_near(x->ci_high, 1.4 + 2.776445105 * 0.187082869);
	assert_int_equal(x->flags, RS_LENIENT);
	/* rater 1: others' means 3, 3.5, 4.5, 4, 3.5; differences -1 -.5 -1.5 0 -.5,
	 * diff -.7; squared deviations .09 .04 .64 .49 .04 = 1.30, var .325, se
	 * .254951, z -2.745626: at least .5 lower but below z 3, so not severe */
	x = &r.raters[1];
	assert_near(x->diff, -0.7);
	assert_near(x->se, 0.254950976);
	assert_near(x->z, -2.745625892);
	assert_int_equal(x->flags, 0);
	/* rater 2: differences -1 -.5 0 -1.5 -.5, the same figures */
	assert_near(r.raters[2].diff, -0.7);
	assert_near(r.raters[2].z, -2.745625892);
	assert_int_equal(r.raters[2].flags, 0);
	/* raw means 8/3, 10/3, 4, 4, 10/3; three raters each */
	assert_near(r.raw[0], 8.0 / 3.0);
	assert_near(r.raw[2], 4.0);
	assert_near(r.raw[4], 10.0 / 3.0);
	assert_int_equal(r.n_raters_of[3], 3);
	rs_result_free(&r);
}

/* ICC(1) of item 0 in the same data: five groups of three, N 15, sum 52;
 * group means 8/3 10/3 4 4 10/3, grand mean 52/15, deviations -12/15 -2/15
 * 8/15 8/15 -2/15; SSB = 3 (144 + 4 + 64 + 64 + 4) / 225 = 56/15, MSB = 14/15;
 * SSW = 24/9 + 6/9 + 2 + 2 + 6/9 = 8, MSW = 8 / 10 = 12/15;
 * k0 = (15 - 45/15) / 4 = 3; ICC = (2/15) / (14/15 + 2 x 12/15) = 2/38 = 1/19. */
static void test_icc_by_hand(void **state)
{
	(void)state;
	struct rs_rating v[15];
	struct rs_config c;
	struct rs_result r;
	rs_config_default(&c, 5);
	analyze(v, three_raters(v), 3, 5, &c, &r);
	assert_near(r.agreement[0].icc, 1.0 / 19.0);
	assert_int_equal(r.agreement[0].n_ratees, 5);
	assert_int_equal(r.agreement[0].n_ratings, 15);
	/* the other six values were not rated: nothing to compute */
	assert_true(isnan(r.agreement[1].icc));
	assert_int_equal(r.agreement[1].n_ratees, 0);
	assert_int_equal(r.agreement[1].n_ratings, 0);
	rs_result_free(&r);
}

/* ICC with unequal groups: group A scores 1, 2, 3 (n 3, mean 2), group B
 * 4, 5 (n 2, mean 4.5); a third person with one score does not count.
 * N 5, grand mean 15/5 = 3; SSB = 3 (1) + 2 (2.25) = 7.5, MSB 7.5;
 * SSW = 2 + .5 = 2.5, MSW = 2.5 / 3; k0 = (5 - 13/5) / 1 = 2.4;
 * ICC = (7.5 - .833333) / (7.5 + 1.4 x .833333) = 6.666667 / 8.666667. */
static void test_icc_unequal_groups(void **state)
{
	(void)state;
	struct rs_rating v[] = { one(0, 0, 1), one(1, 0, 2), one(2, 0, 3),
				 one(0, 1, 4), one(1, 1, 5), one(2, 2, 5) };
	struct rs_config c;
	struct rs_result r;
	rs_config_default(&c, 5);
	analyze(v, 6, 3, 3, &c, &r);
	assert_near(r.agreement[0].icc, (7.5 - 2.5 / 3.0) / (7.5 + 1.4 * 2.5 / 3.0));
	assert_int_equal(r.agreement[0].n_ratees, 2);
	assert_int_equal(r.agreement[0].n_ratings, 5);
	rs_result_free(&r);
}

/* ---- the adjusted model ------------------------------------------------------------------ */

/* Everyone rated by everyone: the adjusted mean is the raw mean (every
 * ratee meets every rater effect), and b_r = J / (J + shrink) x (rater's
 * mean - mu): mu 52/15; rater 0 (66/15 - 52/15) x 5/7 = 2/3, raters 1 and 2
 * (45/15 - 52/15) x 5/7 = -1/3. */
static void test_adjusted_complete_design(void **state)
{
	(void)state;
	struct rs_rating v[15];
	struct rs_config c;
	struct rs_result r;
	rs_config_default(&c, 5);
	analyze(v, three_raters(v), 3, 5, &c, &r);
	assert_near(r.mu, 52.0 / 15.0);
	for (int j = 0; j < 5; j++)
		assert_near(r.adjusted[j], r.raw[j]);
	assert_near(r.raters[0].effect, 2.0 / 3.0);
	assert_near(r.raters[1].effect, -1.0 / 3.0);
	assert_near(r.raters[2].effect, -1.0 / 3.0);
	rs_result_free(&r);
}

/*
 * Three people of the same worth; rater 1 gives everyone 3, rater 2 gives
 * person 0 a 3, the lenient rater 0 gives persons 1 and 2 a 5.  Raw: 3, 4,
 * 4.  Pairs: (1,0,3) (1,1,3) (1,2,3) (0,1,5) (0,2,5) (2,0,3), mu = 22/6.
 * The normal equations (shrink 2), c = 3 - mu = -2/3:
 *   a0 = (2c - b1 - b2) / 2     a1 = a2 = (2c + 2 - b0 - b1) / 2
 *   b0 = (c + 2 - a1) / 2       b1 = (3c - a0 - 2 a1) / 5     b2 = (c - a0) / 3
 * solve to a0 = -28/69, a1 = a2 = 20/69, b0 = 12/23, b1 = -10/23,
 * b2 = -2/23 (check: b0 = (4/3 - 20/69) / 2 = 72/138 = 12/23).  Adjusted:
 * 11/3 - 28/69 = 75/23 = 3.260870 and 11/3 + 20/69 = 91/23 = 3.956522:
 * the gap the lenient rater made shrinks from 1 to .695652.
 */
static void test_adjusted_unbalanced(void **state)
{
	(void)state;
	struct rs_rating v[] = { one(1, 0, 3), one(1, 1, 3), one(1, 2, 3),
				 one(0, 1, 5), one(0, 2, 5), one(2, 0, 3) };
	struct rs_config c;
	struct rs_result r;
	rs_config_default(&c, 5);
	analyze(v, 6, 3, 3, &c, &r);
	assert_near(r.raw[0], 3.0);
	assert_near(r.raw[1], 4.0);
	assert_near(r.mu, 22.0 / 6.0);
	assert_near(r.adjusted[0], 75.0 / 23.0);
	assert_near(r.adjusted[1], 91.0 / 23.0);
	assert_near(r.adjusted[2], 91.0 / 23.0);
	assert_near(r.raters[0].effect, 12.0 / 23.0);
	assert_near(r.raters[1].effect, -10.0 / 23.0);
	assert_near(r.raters[2].effect, -2.0 / 23.0);
	rs_result_free(&r);
}

/* ---- single rater, missing values, zero variance --------------------------------------- */

/* One rater of three people: nobody else to compare with, so no difference,
 * no interval, no flag; the model has nothing to tell the rater from the
 * ratees (b = 0) and the adjusted mean is the raw one.  A person nobody
 * rated has no means at all. */
static void test_single_rater(void **state)
{
	(void)state;
	struct rs_rating v[] = { one(0, 0, 5), one(0, 1, 5), one(0, 2, 4) };
	struct rs_config c;
	struct rs_result r;
	rs_config_default(&c, 5);
	c.min_ratees = 1;
	analyze(v, 3, 1, 4, &c, &r);
	const struct rs_rater *x = &r.raters[0];
	assert_int_equal(x->n_ratees, 0);
	assert_int_equal(x->n_scores, 3);
	assert_true(isnan(x->diff));
	assert_true(isnan(x->se) && isnan(x->ci_low) && isnan(x->z));
	assert_int_equal(x->flags, 0);
	assert_near(x->effect, 0.0);
	assert_near(r.adjusted[2], 4.0);
	assert_near(r.raw[0], 5.0);
	assert_true(isnan(r.raw[3]) && isnan(r.adjusted[3]));
	assert_int_equal(r.n_raters_of[3], 0);
	assert_true(isnan(r.agreement[0].icc));
	rs_result_free(&r);
}

/* One other rater for one of the ratees: n 1, a difference but no interval. */
static void test_one_shared_ratee(void **state)
{
	(void)state;
	struct rs_rating v[] = { one(0, 0, 5), one(0, 1, 5), one(1, 0, 3) };
	struct rs_config c;
	struct rs_result r;
	rs_config_default(&c, 5);
	analyze(v, 3, 2, 2, &c, &r);
	assert_int_equal(r.raters[0].n_ratees, 1);
	assert_near(r.raters[0].diff, 2.0);
	assert_true(isnan(r.raters[0].se) && isnan(r.raters[0].ci_high) && isnan(r.raters[0].z));
	assert_int_equal(r.raters[0].flags, 0);
	rs_result_free(&r);
}

/*
 * Forms with missing values: rater 0 gives person 0 only items 0-2 (3 4 5:
 * population sd sqrt(2/3) = .816497), person 1 all seven 4 (sd 0), person 2
 * only item 3 (2: one value is not a form).  Two forms, mean sd .408248;
 * eleven values of which one is the middle 3: share 1/11; mean 42/11.
 */
static void test_missing_values(void **state)
{
	(void)state;
	struct rs_rating v[12];
	size_t n = 0;
	for (int i = 0; i < 3; i++)
		v[n++] = (struct rs_rating){ 0, 0, (int8_t)i, (int8_t)(3 + i) };
	n = form(v, n, 0, 1, (const int[]){ 4, 4, 4, 4, 4, 4, 4 });
	v[n++] = (struct rs_rating){ 0, 2, 3, 2 };
	struct rs_config c;
	struct rs_result r;
	rs_config_default(&c, 5);
	analyze(v, n, 1, 3, &c, &r);
	const struct rs_rater *x = &r.raters[0];
	assert_int_equal(x->n_scores, 11);
	assert_int_equal(x->n_forms, 2);
	assert_near(x->form_sd, sqrt(2.0 / 3.0) / 2.0);
	assert_near(x->share_middle, 1.0 / 11.0);
	assert_near(x->mean, 42.0 / 11.0);
	assert_near(r.raw[0], 4.0);
	rs_result_free(&r);
}

/*
 * Zero variance: three raters give four people 4 on every value.  Every
 * difference is 0: diff 0, se 0, interval 0 .. 0, z cannot be computed
 * (0 / 0), no flag; ICC has neither between nor within variance: NAN;
 * raw = adjusted = 4; the forms are flat (sd 0) but four forms are below
 * min_forms 5, so no halo; with min_forms 4 it is halo, not central
 * (no 3 at all).
 */
static void test_zero_variance(void **state)
{
	(void)state;
	struct rs_rating v[3 * 4 * RS_ITEMS];
	size_t n = 0;
	for (int rater = 0; rater < 3; rater++)
		for (int j = 0; j < 4; j++)
			n = form(v, n, rater, j, (const int[]){ 4, 4, 4, 4, 4, 4, 4 });
	struct rs_config c;
	struct rs_result r;
	rs_config_default(&c, 5);
	c.min_ratees = 2;
	analyze(v, n, 3, 4, &c, &r);
	const struct rs_rater *x = &r.raters[1];
	assert_int_equal(x->n_ratees, 4);
	assert_near(x->diff, 0.0);
	assert_near(x->se, 0.0);
	assert_near(x->ci_low, 0.0);
	assert_near(x->ci_high, 0.0);
	assert_true(isnan(x->z));
	assert_int_equal(x->flags, 0);
	for (int i = 0; i < RS_ITEMS; i++) {
		assert_true(isnan(r.agreement[i].icc));
		assert_int_equal(r.agreement[i].n_ratings, 12);
	}
	assert_near(r.raw[3], 4.0);
	assert_near(r.adjusted[3], 4.0);
	rs_result_free(&r);
	c.min_forms = 4;
	analyze(v, n, 3, 4, &c, &r);
	assert_int_equal(r.raters[1].flags, RS_HALO);
	assert_near(r.raters[1].share_middle, 0.0);
	rs_result_free(&r);
}

/* ---- min_ratees ---------------------------------------------------------------------------- */

/* Rater 0 gives 5 where two others give 1, to four people: every
 * difference is 4, se 0, z +infinity: as lenient as can be, but four
 * ratees are below min_ratees 5, so no flag; with min_ratees 4 it is. */
static void test_below_min_ratees(void **state)
{
	(void)state;
	struct rs_rating v[12];
	size_t n = 0;
	for (int j = 0; j < 4; j++) {
		v[n++] = one(0, j, 5);
		v[n++] = one(1, j, 1);
		v[n++] = one(2, j, 1);
	}
	struct rs_config c;
	struct rs_result r;
	rs_config_default(&c, 5);
	analyze(v, n, 3, 4, &c, &r);
	const struct rs_rater *x = &r.raters[0];
	assert_int_equal(x->n_ratees, 4);
	assert_near(x->diff, 4.0);
	assert_near(x->se, 0.0);
	assert_true(isinf(x->z) && x->z > 0);
	assert_int_equal(x->flags, 0);
	/* raters 1 and 2: others' mean (5 + 1) / 2 = 3, difference -2 each */
	assert_near(r.raters[1].diff, -2.0);
	assert_true(isinf(r.raters[1].z) && r.raters[1].z < 0);
	assert_int_equal(r.raters[1].flags, 0);
	rs_result_free(&r);
	c.min_ratees = 4;
	analyze(v, n, 3, 4, &c, &r);
	assert_int_equal(r.raters[0].flags, RS_LENIENT);
	assert_int_equal(r.raters[1].flags, RS_SEVERE);
	rs_result_free(&r);
}

/* ---- halo and central tendency ------------------------------------------------------------ */

/* Halo: five forms of one value each (2 4 5 1 4): sd 0 in every form, no 3:
 * halo, not central.  Central: five forms of 3 where three forms have one 5:
 * share 32/35 = .914286 >= .9; those forms {3 x 6, 5} have mean 23/7 and
 * population sd sqrt(24/49) = .699854, mean over five .419913 >= .2: central,
 * not halo.  A plain rater: forms 1 2 3 4 5 2 2 (sd sqrt(80/49) = 1.277753
 * each, one 3 in seven): neither. */
static void test_halo_and_central(void **state)
{
	(void)state;
	static const int halo_value[5] = { 2, 4, 5, 1, 4 };
	struct rs_rating v[15 * RS_ITEMS];
	size_t n = 0;
	for (int j = 0; j < 5; j++) {
		int h[RS_ITEMS], m[RS_ITEMS] = { 3, 3, 3, 3, 3, 3, 3 };
		for (int i = 0; i < RS_ITEMS; i++)
			h[i] = halo_value[j];
		if (j < 3)
			m[6] = 5;
		n = form(v, n, 0, j, h);
		n = form(v, n, 1, j, m);
		n = form(v, n, 2, j, (const int[]){ 1, 2, 3, 4, 5, 2, 2 });
	}
	struct rs_config c;
	struct rs_result r;
	rs_config_default(&c, 5);
	analyze(v, n, 3, 5, &c, &r);
	assert_int_equal(r.raters[0].n_forms, 5);
	assert_near(r.raters[0].form_sd, 0.0);
	assert_int_equal(r.raters[0].flags & (RS_HALO | RS_CENTRAL), RS_HALO);
	assert_near(r.raters[1].share_middle, 32.0 / 35.0);
	assert_near(r.raters[1].form_sd, 3.0 * sqrt(24.0 / 49.0) / 5.0);
	assert_int_equal(r.raters[1].flags & (RS_HALO | RS_CENTRAL), RS_CENTRAL);
	assert_int_equal(r.raters[2].flags & (RS_HALO | RS_CENTRAL), 0);
	rs_result_free(&r);
	/* four forms only: nobody is judged */
	analyze(v, n - 3 * RS_ITEMS, 3, 5, &c, &r);
	assert_int_equal(r.raters[0].n_forms, 4);
	assert_int_equal(r.raters[0].flags & RS_HALO, 0);
	assert_int_equal(r.raters[1].flags & RS_CENTRAL, 0);
	rs_result_free(&r);
}

/* On 1-3 the middle is 2 (Sesuai Ekspektasi): five forms of six 2s and one 3
 * give 30/35 = .857 < .9; with central_share .85 the rater is central.  A
 * 4 or 5 on scale 3 is out of range and skipped. */
static void test_scale_three(void **state)
{
	(void)state;
	struct rs_rating v[5 * RS_ITEMS + 2];
	size_t n = 0;
	for (int j = 0; j < 5; j++)
		n = form(v, n, 0, j, (const int[]){ 2, 2, 2, 3, 2, 2, 2 });
	v[n++] = one(0, 0, 4);
	v[n++] = one(0, 1, 5);
	struct rs_config c;
	struct rs_result r;
	rs_config_default(&c, 3);
	assert_int_equal(c.scale_max, 3);
	assert_near(c.min_effect, 0.3);
	analyze(v, n, 1, 5, &c, &r);
	assert_int_equal(r.raters[0].n_scores, 35);
	assert_near(r.raters[0].share_middle, 30.0 / 35.0);
	assert_int_equal(r.raters[0].flags & RS_CENTRAL, 0);
	rs_result_free(&r);
	c.central_share = 0.85;
	analyze(v, n, 1, 5, &c, &r);
	assert_true(r.raters[0].flags & RS_CENTRAL);
	rs_result_free(&r);
}

/* ---- the superior's overall rating, and bad input ---------------------------------------- */

/* Rater 3 gives only overall ratings (item 7): they count in the leniency
 * basis and the raw mean, not in forms, the middle share or agreement. */
static void test_overall_rating(void **state)
{
	(void)state;
	struct rs_rating v[20];
	size_t n = three_raters(v);
	for (int j = 0; j < 5; j++)
		v[n++] = (struct rs_rating){ 3, j, RS_ITEM_OVERALL, 5 };
	struct rs_config c;
	struct rs_result r;
	rs_config_default(&c, 5);
	analyze(v, n, 4, 5, &c, &r);
	const struct rs_rater *x = &r.raters[3];
	assert_int_equal(x->n_scores, 5);
	assert_int_equal(x->n_ratees, 5);
	assert_int_equal(x->n_forms, 0);
	assert_true(isnan(x->form_sd) && isnan(x->share_middle));
	/* person 0: (4 + 2 + 2 + 5) / 4; the others' mean for rater 3 is 8/3 */
	assert_near(r.raw[0], 13.0 / 4.0);
	assert_near(r.agreement[0].icc, 1.0 / 19.0);
	assert_int_equal(r.agreement[0].n_ratings, 15);
	rs_result_free(&r);
}

/* Out-of-range ratings are skipped: the result is that of the good ones. */
static void test_out_of_range_skipped(void **state)
{
	(void)state;
	struct rs_rating v[24];
	size_t n = three_raters(v);
	v[n++] = one(-1, 0, 3);
	v[n++] = one(3, 0, 3);          /* rater 3 of 3 */
	v[n++] = one(0, 5, 3);          /* ratee 5 of 5 */
	v[n++] = (struct rs_rating){ 0, 0, 8, 3 };
	v[n++] = one(0, 0, 0);
	v[n++] = one(0, 0, 6);
	struct rs_config c;
	struct rs_result r;
	rs_config_default(&c, 5);
	analyze(v, n, 3, 5, &c, &r);
	assert_near(r.raters[0].diff, 1.4);
	assert_int_equal(r.raters[0].n_scores, 5);
	assert_near(r.raw[0], 8.0 / 3.0);
	rs_result_free(&r);
	analyze(NULL, 0, 0, 0, &c, &r);
	assert_int_equal(r.n_raters, 0);
	assert_true(isnan(r.mu));
	rs_result_free(&r);
}

/* ---- Spearman ------------------------------------------------------------------------------ */

/* a = 1 2 2 3 -> ranks 1 2.5 2.5 4; b = 1 3 2 4 -> 1 3 2 4; both mean 2.5;
 * sxy = 2.25 + 0 + 0 + 2.25 = 4.5, sxx = 4.5, syy = 5:
 * rho = 4.5 / sqrt(22.5) = .948683. */
static void test_spearman_ties(void **state)
{
	(void)state;
	const double a[] = { 1, 2, 2, 3 }, b[] = { 1, 3, 2, 4 };
	assert_near(rs_spearman(a, b, 4), 4.5 / sqrt(22.5));
	const double up[] = { 10, 20, 30 }, down[] = { 3, 2, 1 }, sq[] = { 1, 4, 9 };
	assert_near(rs_spearman(up, sq, 3), 1.0);
	assert_near(rs_spearman(up, down, 3), -1.0);
}

static void test_spearman_nan_pairs(void **state)
{
	(void)state;
	const double a[] = { 1, NAN, 2, 2, 3, 7 }, b[] = { 1, 5, 3, 2, 4, NAN };
	assert_near(rs_spearman(a, b, 6), 4.5 / sqrt(22.5));
	const double flat[] = { 2, 2, 2 }, x[] = { 1, 2, 3 };
	assert_true(isnan(rs_spearman(flat, x, 3)));
	assert_true(isnan(rs_spearman(x, x, 1)));
	assert_true(isnan(rs_spearman(x, x, 0)));
}

/* ---- settings ------------------------------------------------------------------------------ */

static void expect_refused(struct rs_config c, const char *want)
{
	const char *field = NULL;
	assert_int_equal(rs_config_check(&c, &field), -1);
	assert_non_null(field);
	assert_string_equal(field, want);
}

static void test_config_check(void **state)
{
	(void)state;
	struct rs_config c, bad;
	const char *field = "x";
	rs_config_default(&c, 5);
	assert_int_equal(rs_config_check(&c, &field), 0);
	assert_null(field);
	bad = c, bad.scale_max = 4, expect_refused(bad, "scale_max");
	bad = c, bad.min_ratees = 0, expect_refused(bad, "min_ratees");
	bad = c, bad.z_flag = 0.5, expect_refused(bad, "z_flag");
	bad = c, bad.z_flag = 11, expect_refused(bad, "z_flag");
	bad = c, bad.z_flag = NAN, expect_refused(bad, "z_flag");
	bad = c, bad.min_effect = -0.1, expect_refused(bad, "min_effect");
	bad = c, bad.min_effect = 4, expect_refused(bad, "min_effect");   /* the whole 1-5 range */
	bad = c, bad.min_forms = 0, expect_refused(bad, "min_forms");
	bad = c, bad.halo_sd = -1, expect_refused(bad, "halo_sd");
	bad = c, bad.central_share = 0, expect_refused(bad, "central_share");
	bad = c, bad.central_share = 1.01, expect_refused(bad, "central_share");
	bad = c, bad.shrink = 0, expect_refused(bad, "shrink");
	bad = c, bad.shrink = INFINITY, expect_refused(bad, "shrink");
	/* the edges that are fine */
	bad = c, bad.z_flag = 10, bad.min_effect = 0, bad.central_share = 1, bad.shrink = 0.5;
	assert_int_equal(rs_config_check(&bad, NULL), 0);
	rs_config_default(&c, 3);
	assert_int_equal(rs_config_check(&c, NULL), 0);
	c.min_effect = 2;                               /* the whole 1-3 range */
	expect_refused(c, "min_effect");
}

static void test_flag_names(void **state)
{
	(void)state;
	assert_string_equal(rs_flag_code(RS_LENIENT), "lenient");
	assert_string_equal(rs_flag_code(RS_CENTRAL), "central");
	assert_string_equal(rs_flag_label(RS_SEVERE), "Ketat");
	assert_string_equal(rs_flag_label(RS_HALO), "Efek halo");
	assert_string_equal(rs_flag_label((enum rs_flag)64), "");
}

/* ---- the Indonesian sentences ------------------------------------------------------------- */

static void assert_contains(const char *text, const char *part)
{
	if (!strstr(text, part)) {
		print_error("\"%s\"\n does not contain \"%s\"\n", text, part);
		fail();
	}
}

static void test_explain(void **state)
{
	(void)state;
	struct rs_rating v[15];
	struct rs_config c;
	struct rs_result r;
	struct strbuf sb = STRBUF_INIT;
	rs_config_default(&c, 5);
	analyze(v, three_raters(v), 3, 5, &c, &r);
	rs_explain(&r.raters[0], &c, &sb);
	assert_contains(sb.buf, "rata-rata memberi 1,4 poin lebih tinggi daripada rekan-rekannya "
			"untuk orang yang sama (selang kepercayaan 95%: 0,9 sampai 1,9; 5 orang "
			"dinilai).");
	assert_contains(sb.buf, "Ditandai Lunak");
	assert_contains(sb.buf, "z = 7,5");
	strbuf_reset(&sb);
	/* rater 1: -.7, interval -.7 +- 2.776445 x .254951 = -1.407857 .. .007857 */
	rs_explain(&r.raters[1], &c, &sb);
	assert_contains(sb.buf, "0,7 poin lebih rendah");
	assert_contains(sb.buf, "1,4 lebih rendah sampai 0,0;");
	assert_contains(sb.buf, "belum cukup pasti (z = 2,7, perlu sedikitnya 3,0)");
	strbuf_reset(&sb);
	rs_nudge(&r.raters[1], &c, &sb);
	assert_int_equal(sb.len, 0);
	rs_nudge(&r.raters[0], &c, &sb);
	assert_contains(sb.buf, "Rata-rata nilai yang Anda berikan 1,4 poin lebih tinggi daripada "
			"rekan-rekan Anda untuk orang yang sama");
	rs_result_free(&r);
	strbuf_release(&sb);
}

static void test_explain_not_judged(void **state)
{
	(void)state;
	struct rs_rater x;
	struct rs_config c;
	struct strbuf sb = STRBUF_INIT;
	rs_config_default(&c, 5);
	memset(&x, 0, sizeof x);
	rs_explain(&x, &c, &sb);
	assert_contains(sb.buf, "tidak memberi nilai");
	strbuf_reset(&sb);
	x = (struct rs_rater){ .n_ratees = 3, .n_scores = 21, .n_forms = 3, .diff = 1.2,
			       .se = 0.1, .ci_low = 0.8, .ci_high = 1.6, .z = 12 };
	rs_explain(&x, &c, &sb);
	assert_contains(sb.buf, "baru 3 orang yang juga dinilai penilai lain (minimal 5)");
	assert_contains(sb.buf, "baru 3 formulir 360 (minimal 5)");
	strbuf_reset(&sb);
	x = (struct rs_rater){ .n_ratees = 0, .n_scores = 7, .n_forms = 1, .diff = NAN };
	rs_explain(&x, &c, &sb);
	assert_contains(sb.buf, "belum dapat dibandingkan");
	strbuf_reset(&sb);
	x = (struct rs_rater){ .n_ratees = 8, .n_scores = 56, .n_forms = 8, .diff = -0.2,
			       .se = 0.1, .ci_low = -0.4, .ci_high = -0.1, .z = -2,
			       .form_sd = 0.05, .share_middle = 0.95,
			       .flags = RS_HALO | RS_CENTRAL };
	rs_explain(&x, &c, &sb);
	assert_contains(sb.buf, "selang kepercayaan 95%: 0,1 sampai 0,4");
	assert_contains(sb.buf, "di bawah batas 0,5 poin");
	assert_contains(sb.buf, "Ditandai Efek halo");
	assert_contains(sb.buf, "simpangan baku 0,05, batas 0,20");
	assert_contains(sb.buf, "Ditandai Kecenderungan tengah: 95% nilainya di tengah skala");
	strbuf_reset(&sb);
	rs_nudge(&x, &c, &sb);
	assert_contains(sb.buf, "ketujuh aspek BerAKHLAK; cobalah");
	assert_contains(sb.buf, "tersendiri. Hampir semua nilai");
	strbuf_release(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lenient_among_three),
		cmocka_unit_test(test_icc_by_hand),
		cmocka_unit_test(test_icc_unequal_groups),
		cmocka_unit_test(test_adjusted_complete_design),
		cmocka_unit_test(test_adjusted_unbalanced),
		cmocka_unit_test(test_single_rater),
		cmocka_unit_test(test_one_shared_ratee),
		cmocka_unit_test(test_missing_values),
		cmocka_unit_test(test_zero_variance),
		cmocka_unit_test(test_below_min_ratees),
		cmocka_unit_test(test_halo_and_central),
		cmocka_unit_test(test_scale_three),
		cmocka_unit_test(test_overall_rating),
		cmocka_unit_test(test_out_of_range_skipped),
		cmocka_unit_test(test_spearman_ties),
		cmocka_unit_test(test_spearman_nan_pairs),
		cmocka_unit_test(test_config_check),
		cmocka_unit_test(test_flag_names),
		cmocka_unit_test(test_explain),
		cmocka_unit_test(test_explain_not_judged),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
