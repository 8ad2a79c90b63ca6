/*
 * calc_city.c - times computing every 360 aggregate, predicate and curve
 * check of a city that gen_city generated with --round360 N --answers
 * --assessments, for bench/assessment_city.sh.  Neither the CLI nor the
 * API computes these for a whole city (each page and endpoint does one
 * person or one unit), so this driver calls, for everyone, the store and
 * domain functions the server calls for one:
 *
 *   360      store_result360 for every active employee of the round (its
 *            answers, aggregate360 per rater group under the anonymity
 *            threshold, the comments of the groups shown) - what
 *            /360/putaran/{id}/hasil and the penilaian pages do per person;
 *   predikat store_assessment_get (tahunan) for every SKP of the period,
 *            then predicate_of(hasil kerja, perilaku kerja), checked
 *            against the stored predicate;
 *   kurva    store_unit_curve for every unit (the final tahunan predicates
 *            of its direct members counted and put through curve_check
 *            against the unit predicate) - what /predikat-unit, the curve
 *            API and closing the period (store_curve_close_check) do.
 *
 * The store has no function for a whole round or period, so next to that
 * it times a bench-only sketch of what batch functions could do: one
 * query over the round's answers, grouped in C and put through
 * aggregate360, and one query over the period's final tahunan
 * assessments with predicate_of and curve_check per unit (SQL through the
 * store's SQL layer, store/db.h, as gen_city does).  Both ways must find
 * the same figures (printed as agree=1).
 *
 * Each way runs inside one read snapshot (db_snapshot_begin, as the server
 * wraps a GET), --runs times; the fastest run of each part is printed.  The
 * lists of people, SKPs and units are read before the clock starts.
 *
 *   calc_city --db URL --period ID --round ID [--runs N]
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

#define SCORE_COLS \
	"berorientasi_pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif"

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

/* What a way of computing found; both ways must agree. */
struct figures {
	size_t ratees, answers, groups_shown, comments;
	double mean_sum;                 /* of every shown mean, a checksum */
	size_t preds[PRED__COUNT], mismatches, assessed;
	size_t units, units_set, units_deviating, deviations, counted;
};

struct calc {
	struct db *db;
	struct kerr *err;
	int64_t period_id;
	struct round360 rd;
	struct ids people, skps, units;
	double secs[6];                  /* fastest run of each part */
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

static void add_groups(struct figures *f, const struct aggregate360 g[RATER__GROUPS])
{
	for (int k = 0; k < RATER__GROUPS; k++) {
		f->answers += (size_t)g[k].answers;
		if (!g[k].shown)
			continue;
		f->groups_shown++;
		for (int v = 0; v < VALUES_360; v++)
			f->mean_sum += g[k].n[v] ? g[k].mean[v] : 0;
	}
}

/* ---- the store's way: one person, one SKP, one unit at a time -------------------------- */

static int store_r360(struct calc *c, struct figures *f)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < c->people.n; i++) {
		struct result360 res;
		rc = store_result360(c->db, &c->rd, c->people.v[i], &res, c->err);
		if (rc)
			break;
		f->ratees++;
		add_groups(f, res.group);
		for (int k = 0; k < RATER__GROUPS; k++)
			f->comments += res.ncomments[k];
		result360_release(&res);
	}
	return rc;
}

static int store_predicates(struct calc *c, struct figures *f)
{
	int rc = 0;
	for (size_t i = 0; rc >= 0 && i < c->skps.n; i++) {
		struct assessment a;
		rc = store_assessment_get(c->db, c->skps.v[i], ASSESS_TAHUNAN, 0, &a, c->err);
		if (rc == 1 && a.hasil < RATING__LEVELS && a.perilaku < RATING__LEVELS) {
			enum predicate p = predicate_of(a.hasil, a.perilaku);
			f->preds[p]++;
			f->assessed++;
			f->mismatches += p != a.predicate;
		}
		assessment_release(&a);
	}
	return rc < 0 ? -1 : 0;
}

static int store_curves(struct calc *c, struct figures *f)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < c->units.n; i++) {
		struct unit_curve uc;
		rc = store_unit_curve(c->db, c->period_id, c->units.v[i], &uc, c->err);
		if (!rc) {
			f->units++;
			f->units_set += uc.result.set != 0;
			f->units_deviating += uc.n_dev > 0;
			f->deviations += uc.n_dev;
			f->counted += (size_t)uc.total;
		}
		unit_curve_release(&uc);
	}
	return rc;
}

/* ---- the sketch of batch functions: one query each --------------------------------------- */

static int batch_r360(struct calc *c, struct figures *f)
{
	struct db_rows *rows = db_query(c->db, "SELECT ratee_employee_id, grp, " SCORE_COLS ", "
		"comment FROM answer360 WHERE round_id = $1 ORDER BY ratee_employee_id",
		DB_ARGS(DB_INT(c->rd.id)), c->err);
	struct answer360 *v = NULL;
	enum rater_group *grp = NULL;
	char **comment = NULL;
	size_t n = 0, alloc = 0;
	int64_t ratee = 0;
	int rc = rows ? 0 : -1;
	for (;;) {
		int more = rows ? db_next(rows, c->err) : -1;
		int64_t who = more == 1 ? db_int(rows, 0) : 0;
		if (n && (more != 1 || who != ratee)) {
			struct aggregate360 g[RATER__GROUPS];
			aggregate360(v, n, c->rd.scale == 5 ? SCALE_5 : SCALE_3, c->rd.threshold, g);
			f->ratees++;
			add_groups(f, g);
			for (size_t i = 0; i < n; i++) {   /* the comments the store would return */
				if (g[grp[i]].shown && comment[i][strspn(comment[i], " \t\r\n")])
					f->comments++;
				free(comment[i]);
			}
			n = 0;
		}
		if (more != 1) {
			rc = more < 0 ? -1 : 0;
			break;
		}
		enum rater_group k;
		if (rater_group_parse(db_text(rows, 1), &k))
			continue;
		if (n == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			v = xrealloc(v, alloc * sizeof *v);
			grp = xrealloc(grp, alloc * sizeof *grp);
			comment = xrealloc(comment, alloc * sizeof *comment);
		}
		ratee = who;
		v[n].group = grp[n] = k;
		for (int s = 0; s < VALUES_360; s++)
			v[n].score[s] = (int)db_int(rows, 2 + s);
		comment[n++] = xstrdup(db_text(rows, 2 + VALUES_360));
	}
	db_rows_free(rows);
	free(v);
	free(grp);
	free(comment);
	return rc;
}

struct unit_count {
	int64_t unit;
	int count[PRED__COUNT];
	int total;
	int set;
	enum unit_predicate up;
};

static int cmp_unit_count(const void *a, const void *b)
{
	int64_t x = ((const struct unit_count *)a)->unit, y = ((const struct unit_count *)b)->unit;
	return (x > y) - (x < y);
}

static struct unit_count *unit_find(struct unit_count *u, size_t n, int64_t id)
{
	struct unit_count key = { .unit = id };
	return bsearch(&key, u, n, sizeof key, cmp_unit_count);
}

/* Every final tahunan assessment of the period in one query (the one per
 * employee the curve counts: the SKP with the latest months), predicates
 * by predicate_of; the unit predicates in a second; curve_check per unit. */
static int batch_assess(struct calc *c, struct figures *f)
{
	struct unit_count *u = xcalloc(c->units.n ? c->units.n : 1, sizeof *u);
	for (size_t i = 0; i < c->units.n; i++)
		u[i].unit = c->units.v[i];
	qsort(u, c->units.n, sizeof *u, cmp_unit_count);
	struct db_rows *rows = db_query(c->db,
		"SELECT s.employee_id, COALESCE(p.unit_id, e.unit_id), a.hasil_rating, "
		"a.perilaku_rating, a.predicate FROM assessment a JOIN skp s ON s.id = a.skp_id "
		"JOIN employees e ON e.id = s.employee_id "
		"LEFT JOIN positions p ON p.id = s.position_id "
		"WHERE s.period_id = $1 AND a.kind = 'tahunan' AND a.state = 'ditetapkan' "
		"ORDER BY s.employee_id, s.month_from DESC", DB_ARGS(DB_INT(c->period_id)), c->err);
	int64_t last = 0;
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, c->err)) == 1) {
		enum rating h, b;
		enum predicate stored;
		if (rating_parse(db_text(rows, 2), &h) || rating_parse(db_text(rows, 3), &b))
			continue;
		enum predicate p = predicate_of(h, b);
		f->preds[p]++;
		f->assessed++;
		f->mismatches += predicate_parse(db_text(rows, 4), &stored) || stored != p;
		struct unit_count *uc = unit_find(u, c->units.n, db_int(rows, 1));
		if (db_int(rows, 0) == last || !uc)
			continue;
		last = db_int(rows, 0);
		uc->count[p]++;
		uc->total++;
	}
	db_rows_free(rows);
	rows = rc < 0 ? NULL : db_query(c->db, "SELECT unit_id, predicate FROM unit_result "
					"WHERE period_id = $1", DB_ARGS(DB_INT(c->period_id)), c->err);
	if (rc >= 0)
		rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, c->err)) == 1) {
		struct unit_count *uc = unit_find(u, c->units.n, db_int(rows, 0));
		if (uc && !unit_predicate_parse(db_text(rows, 1), &uc->up))
			uc->set = 1;
	}
	db_rows_free(rows);
	for (size_t i = 0; rc >= 0 && i < c->units.n; i++) {
		struct curve_deviation dev[CURVE_MAX_DEVIATIONS];
		size_t nd = u[i].set ? curve_check(u[i].up, u[i].count, dev) : 0;
		f->units++;
		f->units_set += (size_t)u[i].set;
		f->units_deviating += nd > 0;
		f->deviations += nd;
		f->counted += (size_t)u[i].total;
	}
	free(u);
	return rc < 0 ? -1 : 0;
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
	       !memcmp(a->preds, b->preds, sizeof a->preds) && a->units == b->units &&
	       a->units_set == b->units_set && a->units_deviating == b->units_deviating &&
	       a->deviations == b->deviations && a->counted == b->counted;
}

static void report(const struct calc *c, const struct figures *f, const struct figures *b)
{
	static const char *const part[6] = {
		"store_r360", "store_pred", "store_curve", "batch_r360", "batch_assess", "",
	};
	printf("db=%s\npeople=%zu\nskp=%zu\nunits=%zu\nround_scale=%d\nround_threshold=%d\n",
	       db_kind(c->db) == DB_POSTGRES ? "postgresql" : "sqlite", c->people.n, c->skps.n,
	       c->units.n, c->rd.scale, c->rd.threshold);
	for (int i = 0; i < 5; i++)
		printf("%s_secs=%.3f\n", part[i], c->secs[i]);
	printf("store_total_secs=%.3f\nbatch_total_secs=%.3f\n", c->secs[0] + c->secs[1] + c->secs[2],
	       c->secs[3] + c->secs[4]);
	printf("ratees=%zu\nanswers=%zu\ngroups_shown=%zu\ncomments=%zu\nmean_sum=%.3f\n",
	       f->ratees, f->answers, f->groups_shown, f->comments, f->mean_sum);
	printf("assessed=%zu\npred_mismatch=%zu\n", f->assessed, f->mismatches);
	for (int p = 0; p < PRED__COUNT; p++)
		printf("pred_%s=%zu\n", predicate_name((enum predicate)p), f->preds[p]);
	printf("curve_units=%zu\ncurve_units_set=%zu\ncurve_units_deviating=%zu\n"
	       "curve_deviations=%zu\ncurve_counted=%zu\n", f->units, f->units_set,
	       f->units_deviating, f->deviations, f->counted);
	printf("batch_pred_mismatch=%zu\nagree=%d\n", b->mismatches, same(f, b));
}

static int usage(void)
{
	fputs("Pemakaian: calc_city --db URL --period ID --round ID [--runs N]\n"
	      "Mengukur waktu hitung agregat 360, predikat dan kurva seluruh kota bangkitan.\n",
	      stderr);
	return 2;
}

/* Each part adds to its own fields of the figures of its way. */
static int run(struct calc *c, int runs)
{
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
		rc = timed(c, store_r360, &f, &c->secs[0]) ||
		     timed(c, store_predicates, &f, &c->secs[1]) ||
		     timed(c, store_curves, &f, &c->secs[2]) ||
		     timed(c, batch_r360, &b, &c->secs[3]) ||
		     timed(c, batch_assess, &b, &c->secs[4]) ? -1 : 0;
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
	int runs = 1;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--db") && i + 1 < argc)
			url = argv[++i];
		else if (!strcmp(argv[i], "--period") && i + 1 < argc)
			period = strtoll(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--round") && i + 1 < argc)
			round = strtoll(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--runs") && i + 1 < argc)
			runs = (int)strtol(argv[++i], NULL, 10);
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
