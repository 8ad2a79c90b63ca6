/*
 * test_ratergen.c - unit tests for domain/ratergen.h, and the proof of
 * domain/raterstats.h on generated data with a known truth: the generator
 * is deterministic and has the promised shape (exact planted shares, eight
 * distinct raters per person, nobody rating themself, every rater judged
 * on at least min_ratees people); the scoring of flags against what was
 * planted, on a hand-made case; then the analysis with the default
 * settings on one office (80 people) and on 2,000 people for three seeds:
 * recall of the planted lenient and severe raters at least 90%, false
 * alarms among the raters planted with nothing at most 5%, halo and
 * central raters found (at least 80%), and the adjusted mean ranking
 * people closer to their true performance than the raw mean (Spearman).
 * The figures are printed as they are measured.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/ratergen.h"
#include "domain/raterstats.h"

static void generate(int people, uint64_t seed, struct rg_data *d)
{
	struct rg_config c;
	rg_config_default(&c, people);
	c.seed = seed;
	assert_int_equal(rg_generate(&c, d), 0);
}

/* ---- the generator ------------------------------------------------------------------------ */

static void test_deterministic(void **state)
{
	(void)state;
	struct rg_data a, b, other;
	generate(80, 7, &a);
	generate(80, 7, &b);
	generate(80, 8, &other);
	assert_int_equal(a.n_ratings, b.n_ratings);
	assert_memory_equal(a.ratings, b.ratings, a.n_ratings * sizeof *a.ratings);
	assert_memory_equal(a.truth, b.truth, 80 * sizeof *a.truth);
	assert_memory_equal(a.planted, b.planted, 80 * sizeof *a.planted);
	assert_int_equal(other.n_ratings, a.n_ratings);
	assert_true(memcmp(a.ratings, other.ratings, a.n_ratings * sizeof *a.ratings) != 0);
	rg_data_free(&a);
	rg_data_free(&b);
	rg_data_free(&other);
}

/* Counts per person as ratee (distinct raters) and as rater (ratees). */
static void count_roles(const struct rg_data *d, int *raters_of, int *ratees_of)
{
	for (size_t i = 0; i < d->n_ratings; i += RS_ITEMS) {
		const struct rs_rating *x = &d->ratings[i];
		raters_of[x->ratee]++;
		ratees_of[x->rater]++;
		for (int k = 0; k < RS_ITEMS; k++) {   /* a form is seven consecutive values */
			assert_int_equal(x[k].rater, x->rater);
			assert_int_equal(x[k].ratee, x->ratee);
			assert_int_equal(x[k].item, k);
			assert_in_range(x[k].score, 1, 5);
		}
		assert_int_not_equal(x->rater, x->ratee);
	}
}

static void test_shape(void **state)
{
	(void)state;
	struct rg_data d;
	generate(2000, 1, &d);
	assert_int_equal(d.n_ratings, 2000 * 8 * RS_ITEMS);
	int planted[16] = { 0 };
	for (int i = 0; i < 2000; i++)
		planted[d.planted[i]]++;
	assert_int_equal(planted[RS_LENIENT], 100);
	assert_int_equal(planted[RS_SEVERE], 100);
	assert_int_equal(planted[RS_HALO], 100);
	assert_int_equal(planted[RS_CENTRAL], 100);
	assert_int_equal(planted[0], 1600);
	int *raters_of = calloc(2000, sizeof *raters_of), *ratees_of = calloc(2000, sizeof *ratees_of);
	assert_non_null(raters_of);
	assert_non_null(ratees_of);
	count_roles(&d, raters_of, ratees_of);
	for (int i = 0; i < 2000; i++) {
		assert_int_equal(raters_of[i], 8);
		assert_true(ratees_of[i] >= 5);   /* every rater can be judged */
	}
	/* no two forms of one rater for one ratee: eight distinct raters */
	struct rs_config c;
	struct rs_result r;
	rs_config_default(&c, 5);
	assert_int_equal(rs_analyze(d.ratings, d.n_ratings, 2000, 2000, &c, &r), 0);
	for (int j = 0; j < 2000; j++)
		assert_int_equal(r.n_raters_of[j], 8);
	rs_result_free(&r);
	free(raters_of);
	free(ratees_of);
	rg_data_free(&d);
}

static void test_scale_three(void **state)
{
	(void)state;
	struct rg_config c;
	struct rg_data d;
	rg_config_default(&c, 80);
	c.scale_max = 3;
	assert_int_equal(rg_generate(&c, &d), 0);
	int seen[4] = { 0 };
	for (size_t i = 0; i < d.n_ratings; i++) {
		assert_in_range(d.ratings[i].score, 1, 3);
		seen[d.ratings[i].score]++;
	}
	assert_true(seen[1] > 0 && seen[2] > seen[1] && seen[3] > 0);
	rg_data_free(&d);
}

/* planted L S - - H, flagged L L S - L: lenient found, the severe one
 * flagged the wrong way is missed: recall 1/2; of the two planted with
 * nothing one is flagged: 1/2; the halo rater's flag is no false alarm;
 * halo recall 0/1, central NAN (none planted). */
static void test_score_flags_by_hand(void **state)
{
	(void)state;
	unsigned planted[5] = { RS_LENIENT, RS_SEVERE, 0, 0, RS_HALO };
	struct rs_rater raters[5];
	memset(raters, 0, sizeof raters);
	raters[0].flags = RS_LENIENT;
	raters[1].flags = RS_LENIENT;
	raters[2].flags = RS_SEVERE | RS_HALO;
	raters[4].flags = RS_LENIENT;
	struct rg_data d = { .people = 5, .planted = planted };
	struct rs_result r = { .n_raters = 5, .raters = raters };
	double recall, alarm;
	rg_score_flags(&d, &r, &recall, &alarm);
	assert_true(fabs(recall - 0.5) < 1e-12);
	assert_true(fabs(alarm - 0.5) < 1e-12);
	rg_score_flag(&d, &r, RS_HALO, &recall, &alarm);
	assert_true(fabs(recall) < 1e-12);
	assert_true(fabs(alarm - 0.5) < 1e-12);
	rg_score_flag(&d, &r, RS_CENTRAL, &recall, &alarm);
	assert_true(isnan(recall));
}

/* ---- the proof -------------------------------------------------------------------------- */

struct found {
	double recall, false_alarm, halo, central, halo_alarm, central_alarm, raw, adjusted;
};

static void analyse_generated(int people, uint64_t seed, struct found *f)
{
	struct rg_data d;
	struct rs_config c;
	struct rs_result r;
	generate(people, seed, &d);
	rs_config_default(&c, 5);
	assert_int_equal(rs_analyze(d.ratings, d.n_ratings, people, people, &c, &r), 0);
	rg_score_flags(&d, &r, &f->recall, &f->false_alarm);
	rg_score_flag(&d, &r, RS_HALO, &f->halo, &f->halo_alarm);
	rg_score_flag(&d, &r, RS_CENTRAL, &f->central, &f->central_alarm);
	f->raw = rs_spearman(d.truth, r.raw, (size_t)people);
	f->adjusted = rs_spearman(d.truth, r.adjusted, (size_t)people);
	printf("# %5d people, seed %llu: lenient+severe recall %.3f, false alarms %.4f; "
	       "halo recall %.3f (false %.4f), central recall %.3f (false %.4f); "
	       "Spearman with truth raw %.4f, adjusted %.4f\n", people, (unsigned long long)seed,
	       f->recall, f->false_alarm, f->halo, f->halo_alarm, f->central, f->central_alarm,
	       f->raw, f->adjusted);
	rs_result_free(&r);
	rg_data_free(&d);
}

static void test_two_thousand_people(void **state)
{
	(void)state;
	for (uint64_t seed = 1; seed <= 3; seed++) {
		struct found f;
		analyse_generated(2000, seed, &f);
		assert_true(f.recall >= 0.90);
		assert_true(f.false_alarm <= 0.05);
		assert_true(f.halo >= 0.80);
		assert_true(f.central >= 0.80);
		assert_true(f.halo_alarm <= 0.05 && f.central_alarm <= 0.05);
		assert_true(f.adjusted > f.raw);
	}
}

/* One office: 4 lenient, 4 severe, 4 halo, 4 central raters among 80; too
 * few for percentages to be stable, so the bar is lower: at most one of
 * the 8 missed, at most 3 of the 64 unbiased flagged, 3 of 4 halo and
 * central raters found; the adjusted mean still ranks better. */
static void test_one_office(void **state)
{
	(void)state;
	for (uint64_t seed = 1; seed <= 3; seed++) {
		struct found f;
		analyse_generated(80, seed, &f);
		assert_true(f.recall >= 7.0 / 8.0);
		assert_true(f.false_alarm <= 3.0 / 64.0);
		assert_true(f.halo >= 0.75 && f.central >= 0.75);
		assert_true(f.adjusted > f.raw);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_deterministic),
		cmocka_unit_test(test_shape),
		cmocka_unit_test(test_scale_three),
		cmocka_unit_test(test_score_flags_by_hand),
		cmocka_unit_test(test_one_office),
		cmocka_unit_test(test_two_thousand_people),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
