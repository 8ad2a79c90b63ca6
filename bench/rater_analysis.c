/*
 * rater_analysis.c - times the rater analysis of issue 7 (rs_analyze,
 * src/domain/raterstats.h) on synthetic ratings with a known truth
 * (rg_generate, src/domain/ratergen.h), for bench/rater_analysis.sh, and
 * scores what it found against what was planted.
 *
 *   rater_analysis [--people N] [--raters K] [--seed S] [--runs R]
 *                  [--scale 3|5]
 *
 * Generates N people (default 30,000) rated by about K colleagues each
 * (default 8) with the defaults of rg_config_default, analyses them with
 * the defaults of rs_config_default R times (default 1; the fastest run is
 * printed) and prints key=value lines: the sizes, generation and analysis
 * seconds, peak memory (getrusage max RSS, KiB), the recall and false-alarm
 * rate of the lenient/severe flags, the recall and false alarms of halo and
 * central tendency, Spearman with the truth of the raw and the adjusted
 * means, and ICC(1) of the first BerAKHLAK value.
 */
#include "domain/ratergen.h"
#include "domain/raterstats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now_secs(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long max_rss_kib(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

struct options {
	int people, raters, runs, scale;
	unsigned long long seed;
};

static int parse_args(int argc, char **argv, struct options *o)
{
	*o = (struct options){ 30000, 8, 1, 5, 1 };
	for (int i = 1; i < argc; i++) {
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!v)
			return -1;
		if (!strcmp(argv[i], "--people"))
			o->people = atoi(v);
		else if (!strcmp(argv[i], "--raters"))
			o->raters = atoi(v);
		else if (!strcmp(argv[i], "--runs"))
			o->runs = atoi(v);
		else if (!strcmp(argv[i], "--scale"))
			o->scale = atoi(v);
		else if (!strcmp(argv[i], "--seed"))
			o->seed = strtoull(v, NULL, 10);
		else
			return -1;
		i++;
	}
	return o->people >= 1 && o->raters >= 1 && o->runs >= 1 &&
	       (o->scale == 3 || o->scale == 5) ? 0 : -1;
}

static void print_flag(const struct rg_data *d, const struct rs_result *r, enum rs_flag f)
{
	double recall, alarm;
	rg_score_flag(d, r, f, &recall, &alarm);
	printf("%s_recall=%.4f\n%s_false_alarm=%.4f\n", rs_flag_code(f), recall, rs_flag_code(f),
	       alarm);
}

static void print_found(const struct rg_data *d, const struct rs_result *r)
{
	double recall, alarm;
	int flagged = 0;
	for (int i = 0; i < r->n_raters; i++)
		flagged += r->raters[i].flags != 0;
	rg_score_flags(d, r, &recall, &alarm);
	printf("raters_flagged=%d\nrecall=%.4f\nfalse_alarm=%.4f\n", flagged, recall, alarm);
	print_flag(d, r, RS_HALO);
	print_flag(d, r, RS_CENTRAL);
	printf("spearman_raw=%.4f\nspearman_adjusted=%.4f\n",
	       rs_spearman(d->truth, r->raw, (size_t)d->people),
	       rs_spearman(d->truth, r->adjusted, (size_t)d->people));
	printf("icc_first_value=%.4f\nicc_ratings=%d\n", r->agreement[0].icc,
	       r->agreement[0].n_ratings);
}

int main(int argc, char **argv)
{
	struct options o;
	if (parse_args(argc, argv, &o)) {
		fprintf(stderr, "usage: rater_analysis [--people N] [--raters K] [--seed S] "
			"[--runs R] [--scale 3|5]\n");
		return 2;
	}
	struct rg_config gc;
	rg_config_default(&gc, o.people);
	gc.raters_per_person = o.raters;
	gc.scale_max = o.scale;
	gc.seed = o.seed;
	struct rg_data d;
	double t0 = now_secs();
	if (rg_generate(&gc, &d)) {
		fprintf(stderr, "rater_analysis: out of memory generating\n");
		return 1;
	}
	double gen = now_secs() - t0, best = 0.0;
	struct rs_config cfg;
	rs_config_default(&cfg, o.scale);
	struct rs_result r;
	memset(&r, 0, sizeof r);
	for (int run = 0; run < o.runs; run++) {
		rs_result_free(&r);
		t0 = now_secs();
		if (rs_analyze(d.ratings, d.n_ratings, d.people, d.people, &cfg, &r)) {
			fprintf(stderr, "rater_analysis: out of memory analysing\n");
			return 1;
		}
		double t = now_secs() - t0;
		best = run == 0 || t < best ? t : best;
	}
	printf("people=%d\nraters_per_person=%d\nratings=%zu\nseed=%llu\n", o.people, o.raters,
	       d.n_ratings, o.seed);
	printf("generate_secs=%.3f\nanalyse_secs=%.3f\nmax_rss_kib=%ld\n", gen, best, max_rss_kib());
	print_found(&d, &r);
	rs_result_free(&r);
	rg_data_free(&d);
	return 0;
}
