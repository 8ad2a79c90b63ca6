/*
 * calc_city.c - times computing every 360 aggregate, predicate and curve
 * check of a city that gen_city generated with --round360 N --answers
 * --assessments, for bench/assessment_city.sh, two ways through the store:
 *
 *   one at a time, as each page and endpoint does for one person or unit:
 *     360      store_result360 for every active employee (their answers,
 *              aggregate360 per rater group under the anonymity
 *              threshold, the comments of the groups shown);
 *     predikat store_assessment_get (tahunan) for every SKP of the
 *              period, then predicate_of(hasil kerja, perilaku kerja),
 *              checked against the stored predicate;
 *     kurva    store_unit_curve for every unit (the final tahunan
 *              predicates of its direct members through curve_check
 *              against the unit predicate, and its reason);
 *   all at once, with the store's set-based functions, a few queries for
 *   the whole round or period and the same domain functions in C:
 *     store_result360_all, store_assessment_period (then predicate_of),
 *     store_unit_curves.
 *
 * Both ways must find the same: every count, and a digest over every
 * figure, comment, rating, reason and curve key (printed as agree=1).
 * Each part runs inside one read snapshot (db_snapshot_begin, as the
 * server wraps a GET), --runs times; the fastest run of each part is
 * printed.  The lists of people, SKPs and units are read before the clock
 * starts.
 *
 * With --open-round it then times store_round360_open on the period's
 * first checkpoint without a round (every employee's raters assigned and
 * inserted), and prints what it assigned with a checksum.
 *
 *   calc_city --db URL --period ID --round ID [--runs N] [--open-round]
 *
 * Prints key=value lines on stdout; errors on stderr.
 */
#include "core/strbuf.h"
#include "domain/assess.h"
#include "domain/penilaian.h"
#include "store/assessment.h"
#include "store/db.h"
#include "store/r360.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_secs(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

struct ids {
	int64_t *v;
	size_t n;
};

/* What a way of computing found; both ways must agree.  `digest` sums a
 * hash of every figure, text and id each result holds (order-free, as the
 * two ways visit in different orders). */
struct figures {
	size_t ratees, answers, groups_shown, comments;
	double mean_sum;                 /* of every shown mean, a checksum */
	size_t preds[PRED__COUNT], mismatches, assessed;
	size_t units, units_set, units_deviating, deviations, counted, reasons_current;
	uint64_t digest;
};

/* The parts timed, each way: 360, predikat, kurva. */
enum part { ONE_R360, ONE_PRED, ONE_CURVE, ALL_R360, ALL_PRED, ALL_CURVE, PARTS };

struct calc {
	struct db *db;
	struct kerr *err;
	int64_t period_id;
	struct round360 rd;
	struct ids people, skps, units;
	double secs[PARTS];              /* fastest run of each part */
};

/* The ids a query returns; `arg` is its $1 (none when 0). */
static int ids_load(struct calc *c, const char *sql, int64_t arg, struct ids *out)
{
	struct db_rows *rows = arg ? db_query(c->db, sql, DB_ARGS(DB_INT(arg)), c->err)
				   : db_query(c->db, sql, DB_NOARGS, c->err);
	size_t alloc = 0;
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, c->err)) == 1) {
		if (out->n == alloc) {
			alloc = alloc ? alloc * 2 : 1024;
			out->v = xrealloc(out->v, alloc * sizeof *out->v);
		}
		out->v[out->n++] = db_int(rows, 0);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* ---- what a result adds to the figures -------------------------------------------------- */

/* FNV-1a over n bytes, continuing from h. */
static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	for (size_t i = 0; i < n; i++)
		h = (h ^ b[i]) * 1099511628211ULL;
	return h;
}

#define FNV_INIT 14695981039346656037ULL
#define FNV_VAL(h, v) fnv((h), &(v), sizeof(v))
#define FNV_STR(h, s) fnv((h), (s), strlen(s) + 1)

static uint64_t group_hash(int64_t ratee, int k, const struct aggregate360 *g)
{
	uint64_t h = FNV_VAL(FNV_VAL(FNV_VAL(FNV_INIT, ratee), k), g->answers);
	h = FNV_VAL(h, g->shown);
	for (int v = 0; v < VALUES_360; v++) {
		h = FNV_VAL(FNV_VAL(h, g->n[v]), g->mean[v]);
		h = fnv(h, g->levels[v], sizeof g->levels[v]);
	}
	return h;
}

/* Counts a person's result; one without answers counts for nothing, as
 * store_result360_all visits only those with answers. */
static int add_result(void *ctx, int64_t ratee, const struct result360 *res)
{
	struct figures *f = ctx;
	int answers = 0;
	for (int k = 0; k < RATER__GROUPS; k++)
		answers += res->group[k].answers;
	if (!answers)
		return 0;
	for (int k = 0; k < RATER__GROUPS; k++) {
		const struct aggregate360 *g = &res->group[k];
		uint64_t h = group_hash(ratee, k, g);
		f->groups_shown += g->shown != 0;
		for (int v = 0; g->shown && v < VALUES_360; v++)
			f->mean_sum += g->n[v] ? g->mean[v] : 0;
		for (size_t i = 0; i < res->ncomments[k]; i++)
			h = FNV_STR(h, res->comments[k][i]);
		f->comments += res->ncomments[k];
		f->digest += h;
	}
	f->answers += (size_t)answers;
	f->ratees++;
	return 0;
}

static void add_assessment(struct figures *f, const struct assessment *a)
{
	uint64_t h = FNV_VAL(FNV_VAL(FNV_VAL(FNV_INIT, a->id), a->skp_id), a->hasil);
	h = FNV_VAL(FNV_VAL(FNV_VAL(FNV_VAL(h, a->perilaku), a->predicate), a->final), a->version);
	f->digest += FNV_STR(FNV_STR(FNV_STR(h, a->assessor_name), a->hasil_reason),
			     a->perilaku_reason);
	if (a->hasil >= RATING__LEVELS || a->perilaku >= RATING__LEVELS)
		return;
	enum predicate p = predicate_of(a->hasil, a->perilaku);
	f->preds[p]++;
	f->assessed++;
	f->mismatches += p != a->predicate;
}

static void add_curve(struct figures *f, const struct unit_curve *uc)
{
	uint64_t h = FNV_VAL(FNV_VAL(FNV_VAL(FNV_INIT, uc->unit.id), uc->members), uc->total);
	h = fnv(h, uc->count, sizeof uc->count);
	h = FNV_VAL(FNV_VAL(FNV_VAL(h, uc->result.set), uc->result.predicate), uc->result.version);
	h = FNV_VAL(FNV_VAL(FNV_VAL(h, uc->n_dev), uc->has_reason), uc->reason_current);
	f->digest += FNV_STR(FNV_STR(FNV_STR(h, uc->key), uc->reason), uc->unit.name);
	f->units++;
	f->units_set += uc->result.set != 0;
	f->units_deviating += uc->n_dev > 0;
	f->deviations += uc->n_dev;
	f->counted += (size_t)uc->total;
	f->reasons_current += uc->reason_current != 0;
}

/* ---- one person, one SKP, one unit at a time (what each page does) ------------------------- */

static int one_r360(struct calc *c, struct figures *f)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < c->people.n; i++) {
		struct result360 res;
		rc = store_result360(c->db, &c->rd, c->people.v[i], &res, c->err);
		if (!rc)
			add_result(f, c->people.v[i], &res);
		result360_release(&res);
	}
	return rc;
}

static int one_pred(struct calc *c, struct figures *f)
{
	int rc = 0;
	for (size_t i = 0; rc >= 0 && i < c->skps.n; i++) {
		struct assessment a;
		rc = store_assessment_get(c->db, c->skps.v[i], ASSESS_TAHUNAN, 0, &a, c->err);
		if (rc == 1)
			add_assessment(f, &a);
		assessment_release(&a);
	}
	return rc < 0 ? -1 : 0;
}

static int one_curve(struct calc *c, struct figures *f)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < c->units.n; i++) {
		struct unit_curve uc;
		rc = store_unit_curve(c->db, c->period_id, c->units.v[i], &uc, c->err);
		if (!rc)
			add_curve(f, &uc);
		unit_curve_release(&uc);
	}
	return rc;
}

/* ---- the whole round / period at once (the store's set-based functions) ------------------- */

static int all_r360(struct calc *c, struct figures *f)
{
	return store_result360_all(c->db, &c->rd, add_result, f, c->err);
}

static int all_pred(struct calc *c, struct figures *f)
{
	struct assessment *a;
	size_t n;
	if (store_assessment_period(c->db, c->period_id, ASSESS_TAHUNAN, 0, &a, &n, c->err))
		return -1;
	for (size_t i = 0; i < n; i++)
		add_assessment(f, &a[i]);
	assessments_free(a, n);
	return 0;
}

static int all_curve(struct calc *c, struct figures *f)
{
	struct unit_curve *uc;
	size_t n;
	if (store_unit_curves(c->db, c->period_id, &uc, &n, c->err))
		return -1;
	for (size_t i = 0; i < n; i++)
		add_curve(f, &uc[i]);
	unit_curves_free(uc, n);
	return 0;
}

/* ---- opening a round ------------------------------------------------------------------------------ */

/* What the round just opened assigned, as counts and a checksum over its
 * (ratee, rater, group) rows, so that two builds can be compared. */
static int open_round_report(struct calc *c, int64_t round_id)
{
	struct db_rows *rows = db_query(c->db, "SELECT grp, COUNT(*), "
		"SUM(ratee_employee_id * 100000 + rater_employee_id) FROM rater360 "
		"WHERE round_id = $1 GROUP BY grp ORDER BY grp", DB_ARGS(DB_INT(round_id)), c->err);
	int64_t sum = 0;
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, c->err)) == 1) {
		printf("open_round_%s=%lld\n", db_text(rows, 0), (long long)db_int(rows, 1));
		sum += db_int(rows, 2) * (int64_t)(strlen(db_text(rows, 0)) + 1);
	}
	db_rows_free(rows);
	printf("open_round_checksum=%lld\n", (long long)sum);
	return rc < 0 ? -1 : 0;
}

/* Times store_round360_open (what POST /api/v1/360/putaran does) on the
 * period's first checkpoint without a round, closing in 30 days: the
 * raters of every employee assigned and inserted in one transaction.
 * Run last, as it adds a second round to the city. */
static int open_round(struct calc *c)
{
	struct actor who = { 0, "bench", "" };
	struct round360 rd;
	int64_t assigned = 0;
	time_t t = time(NULL) + 7 * 3600 + 30 * 86400;
	struct tm tm;
	memset(&rd, 0, sizeof rd);
	gmtime_r(&t, &tm);
	strftime(rd.closes_on, sizeof rd.closes_on, "%Y-%m-%d", &tm);
	if (db_query_int(c->db, "SELECT c.id FROM checkpoints c WHERE c.period_id = $1 AND NOT "
			 "EXISTS (SELECT 1 FROM round360 r WHERE r.checkpoint_id = c.id) "
			 "ORDER BY c.seq LIMIT 1", DB_ARGS(DB_INT(c->period_id)),
			 &rd.checkpoint_id, c->err) != 1)
		return kerr_is_set(c->err) ? -1
			: kerr_set(c->err, KERR_NOT_FOUND, "", "tidak ada titik periksa tanpa putaran");
	double t0 = now_secs();
	if (store_round360_open(c->db, &who, &rd, &assigned, c->err))
		return -1;
	printf("open_round_secs=%.3f\nopen_round_assigned=%lld\n", now_secs() - t0,
	       (long long)assigned);
	return open_round_report(c, rd.id);
}

/* ---- the run ------------------------------------------------------------------------------------ */

/* Runs part `fn` in one read snapshot; keeps the fastest time in *best. */
static int timed(struct calc *c, int (*fn)(struct calc *, struct figures *), struct figures *f,
		 double *best)
{
	double t0 = now_secs();
	db_snapshot_begin(c->db);
	int rc = fn(c, f);
	db_snapshot_end(c->db);
	double t = now_secs() - t0;
	if (*best == 0 || t < *best)
		*best = t;
	return rc;
}

static int same(const struct figures *a, const struct figures *b)
{
	double d = a->mean_sum - b->mean_sum;
	return a->ratees == b->ratees && a->answers == b->answers &&
	       a->groups_shown == b->groups_shown && a->comments == b->comments &&
	       (d < 0 ? -d : d) < 1e-6 * (a->mean_sum + 1) &&
	       !memcmp(a->preds, b->preds, sizeof a->preds) && a->mismatches == b->mismatches &&
	       a->assessed == b->assessed && a->units == b->units &&
	       a->units_set == b->units_set && a->units_deviating == b->units_deviating &&
	       a->deviations == b->deviations && a->counted == b->counted &&
	       a->reasons_current == b->reasons_current && a->digest == b->digest;
}

static void report(const struct calc *c, const struct figures *f, const struct figures *b)
{
	static const char *const part[PARTS] = {
		"one_r360", "one_pred", "one_curve", "all_r360", "all_pred", "all_curve",
	};
	printf("db=%s\npeople=%zu\nskp=%zu\nunits=%zu\nround_scale=%d\nround_threshold=%d\n",
	       db_kind(c->db) == DB_POSTGRES ? "postgresql" : "sqlite", c->people.n, c->skps.n,
	       c->units.n, c->rd.scale, c->rd.threshold);
	for (int i = 0; i < PARTS; i++)
		printf("%s_secs=%.3f\n", part[i], c->secs[i]);
	printf("one_total_secs=%.3f\nall_total_secs=%.3f\n",
	       c->secs[ONE_R360] + c->secs[ONE_PRED] + c->secs[ONE_CURVE],
	       c->secs[ALL_R360] + c->secs[ALL_PRED] + c->secs[ALL_CURVE]);
	printf("ratees=%zu\nanswers=%zu\ngroups_shown=%zu\ncomments=%zu\nmean_sum=%.3f\n",
	       f->ratees, f->answers, f->groups_shown, f->comments, f->mean_sum);
	printf("assessed=%zu\npred_mismatch=%zu\n", f->assessed, f->mismatches);
	for (int p = 0; p < PRED__COUNT; p++)
		printf("pred_%s=%zu\n", predicate_name((enum predicate)p), f->preds[p]);
	printf("curve_units=%zu\ncurve_units_set=%zu\ncurve_units_deviating=%zu\n"
	       "curve_deviations=%zu\ncurve_counted=%zu\ncurve_reasons_current=%zu\n", f->units,
	       f->units_set, f->units_deviating, f->deviations, f->counted, f->reasons_current);
	printf("digest=%016llx\nall_digest=%016llx\nagree=%d\n", (unsigned long long)f->digest,
	       (unsigned long long)b->digest, same(f, b));
}

static int usage(void)
{
	fputs("Pemakaian: calc_city --db URL --period ID --round ID [--runs N] [--open-round]\n"
	      "Mengukur waktu hitung agregat 360, predikat dan kurva seluruh kota bangkitan\n"
	      "(dan, dengan --open-round, waktu membuka putaran 360 baru).\n",
	      stderr);
	return 2;
}

/* Each part adds to its own fields of the figures of its way. */
static int run(struct calc *c, int runs)
{
	static int (*const fn[PARTS])(struct calc *, struct figures *) = {
		one_r360, one_pred, one_curve, all_r360, all_pred, all_curve,
	};
	struct figures f, b;
	int rc = store_round360_get(c->db, c->rd.id, &c->rd, c->err) ||
		 ids_load(c, "SELECT id FROM employees WHERE status = 'aktif' AND "
			  "position_id IS NOT NULL ORDER BY id", 0, &c->people) ||
		 ids_load(c, "SELECT id FROM skp WHERE period_id = $1 ORDER BY id", c->period_id,
			  &c->skps) ||
		 ids_load(c, "SELECT id FROM units ORDER BY id", 0, &c->units) ? -1 : 0;
	for (int r = 0; !rc && r < runs; r++) {
		memset(&f, 0, sizeof f);
		memset(&b, 0, sizeof b);
		for (int i = 0; !rc && i < PARTS; i++)
			rc = timed(c, fn[i], i < ALL_R360 ? &f : &b, &c->secs[i]);
		fprintf(stderr, "calc_city: putaran %d selesai\n", r + 1);
	}
	if (!rc)
		report(c, &f, &b);
	return rc;
}

int main(int argc, char **argv)
{
	const char *url = NULL;
	int64_t period = 0, round = 0;
	int runs = 1, open = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--db") && i + 1 < argc)
			url = argv[++i];
		else if (!strcmp(argv[i], "--period") && i + 1 < argc)
			period = strtoll(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--round") && i + 1 < argc)
			round = strtoll(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--runs") && i + 1 < argc)
			runs = (int)strtol(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--open-round"))
			open = 1;
		else
			return usage();
	}
	if (!url || period <= 0 || round <= 0 || runs < 1)
		return usage();
	struct kerr err = KERR_INIT;
	struct store *st = NULL;
	struct calc c;
	memset(&c, 0, sizeof c);
	c.err = &err;
	c.period_id = period;
	c.rd.id = round;
	int rc = store_open(url, 1, &st, &err);
	if (!rc) {
		c.db = store_acquire(st);
		rc = run(&c, runs);
		if (!rc && open)
			rc = open_round(&c);
		store_release(st, c.db);
		store_close(st);
	}
	if (rc)
		fprintf(stderr, "calc_city: %s%s%s\n", err.field[0] ? err.field : "",
			err.field[0] ? ": " : "", err.msg);
	free(c.people.v);
	free(c.skps.v);
	free(c.units.v);
	return rc ? 1 : 0;
}
