/*
 * gen_assess.c - fills a city that gen_city has just generated with what
 * the assessment benchmarks need:
 *
 *   --round360 N  a 360-degree round on the period's last checkpoint
 *                 (closing in 30 days), with the raters the store assigns
 *                 (r360_assign.c's rules over the same position hierarchy:
 *                 diri, the pejabat penilai as atasan, rekan = same unit and
 *                 same pejabat penilai, bawahan = those one assesses), but at
 *                 most N per person: diri, atasan, then rekan (the next ones
 *                 in the group, cyclically, so each peer rates about as often
 *                 as they are rated), then bawahan.  The store itself assigns
 *                 every peer (about 30 per staff member in this city, so
 *                 about a million assignments for 30,000 people); the issue's
 *                 city has 8 raters each.
 *   --sessions F  an account (pegawai, login = NIP, --password) for every
 *                 employee without one, a session per rater written with
 *                 store_session_create (a token only this run knows, as a
 *                 login would make it, without argon2 per rater), and F: one
 *                 line "assignment_id session_token csrf" per pending
 *                 assignment, in a scattered order (stride permutation).
 *   --answers     answers every assignment (scores spread over the three
 *                 levels, a comment on every fifth), SAMPLE_ANSWERS of them
 *                 through store_rater360_answer, the rest in one INSERT ...
 *                 SELECT, then closes the round with store_round360_close.
 *   --assessments a unit predicate for every unit and a ditetapkan tahunan
 *                 assessment for every approved SKP: the head of a unit
 *                 (store_unit_head) gets the hasil kerja of its unit's
 *                 predicate (rating_of_unit_predicate), everybody a
 *                 predicate from predicate_of; SAMPLE_ASSESS of them through
 *                 store_assessment_save, the rest in bulk with their
 *                 "tetapkan" history row but no audit rows.
 *
 * The bulk goes through the store's SQL layer (store/db.h) in one
 * transaction per step, with multi-row INSERTs of at most the 64
 * parameters the PostgreSQL path takes.  A benchmark fixture, not a way
 * to write data.
 */
#include "gen_assess.h"

#include "core/strbuf.h"
#include "core/timeutil.h"
#include "domain/assess.h"
#include "domain/berakhlak.h"
#include "domain/hierarchy.h"
#include "domain/penilaian.h"
#include "domain/skp.h"
#include "http/auth.h"
#include "store/assessment.h"
#include "store/db.h"
#include "store/r360.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SAMPLE_ANSWERS 20       /* answers through store_rater360_answer */
#define SAMPLE_ASSESS 10        /* assessments through store_assessment_save */
#define SESSION_HOURS 8         /* the server's default session_hours */
#define CLOSES_IN_DAYS 30
#define PAIR_ROWS 20            /* rater360 rows per INSERT: 2 + 3 x 20 parameters */
#define UNIT_ROWS 30            /* unit_result rows per INSERT: 3 + 2 x 30 */
#define ASSESS_ROWS 8           /* assessment rows per INSERT: 4 + 7 x 8 */

static const char hasil_words[] =
	"Capaian IKI dibandingkan target yang disepakati dalam SKP, dengan bukti dukung.";
static const char perilaku_words[] =
	"Perilaku kerja BerAKHLAK sebagaimana teramati sepanjang tahun dan umpan balik 360.";
static const char comment_words[] =
	"Kerja sama tim terjaga; ketepatan waktu laporan masih dapat ditingkatkan.";

static double now_secs(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* ---- the members and the store's rules ------------------------------------------------ */

struct member {
	int64_t id, pos, unit, assessor;
	int assessor_active;
};

struct pair {
	int64_t ratee, rater;
	const char *grp;
};

struct gen {
	struct db *db;
	const struct actor *who;
	struct kerr *err;
	FILE *out;
	struct member *m;           /* active employees with a position, by id */
	size_t n;
	struct member *peers;       /* by unit, pejabat penilai, id */
	struct member *subs;        /* by pejabat penilai, id */
	struct pair *pairs;
	size_t npairs, alloc;
	int64_t round_id;
	int scale;
	char **sqls;                /* the SQL texts built here, freed at the end */
	size_t nsqls;
};

/* Keeps a built SQL text until the run ends: the store's SQLite layer
 * caches prepared statements by the address of their text, so a text
 * freed while the connection lives could come back at the same address
 * with other words and meet the old statement. */
static const char *keep_sql(struct gen *g, char *sql)
{
	g->sqls = xrealloc(g->sqls, (g->nsqls + 1) * sizeof *g->sqls);
	g->sqls[g->nsqls++] = sql;
	return sql;
}

static int cmp_member_id(const void *a, const void *b)
{
	return cmp_i64(&((const struct member *)a)->id, &((const struct member *)b)->id);
}

static int cmp_member_group(const void *a, const void *b)
{
	const struct member *x = a, *y = b;
	if (x->unit != y->unit)
		return x->unit < y->unit ? -1 : 1;
	if (x->assessor != y->assessor)
		return x->assessor < y->assessor ? -1 : 1;
	return cmp_member_id(a, b);
}

static int cmp_member_assessor(const void *a, const void *b)
{
	const struct member *x = a, *y = b;
	if (x->assessor != y->assessor)
		return x->assessor < y->assessor ? -1 : 1;
	return cmp_member_id(a, b);
}

/* The members as r360_assign.c loads them, with their pejabat penilai. */
static int members_load(struct gen *g)
{
	struct db_rows *rows = db_query(g->db,
		"SELECT e.id, e.position_id, p.unit_id FROM employees e "
		"JOIN positions p ON p.id = e.position_id WHERE e.status = 'aktif' ORDER BY e.id",
		DB_NOARGS, g->err);
	size_t alloc = 0;
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, g->err)) == 1) {
		if (g->n == alloc) {
			alloc = alloc ? alloc * 2 : 1024;
			g->m = xrealloc(g->m, alloc * sizeof *g->m);
		}
		g->m[g->n++] = (struct member){ db_int(rows, 0), db_int(rows, 1), db_int(rows, 2), 0, 0 };
	}
	db_rows_free(rows);
	if (rc < 0)
		return -1;
	struct pos_node *nodes;
	size_t nn;
	if (store_position_nodes(g->db, &nodes, &nn, g->err))
		return -1;
	struct pos_index *idx = pos_index_build(nodes, nn);
	free(nodes);
	if (!idx)
		return kerr_set(g->err, KERR_INTERNAL, "", "hierarki jabatan tidak terbaca");
	for (size_t i = 0; i < g->n; i++) {
		struct member key = { .id = hier_assessor(idx, g->m[i].pos) };
		g->m[i].assessor = key.id;
		g->m[i].assessor_active = key.id &&
			bsearch(&key, g->m, g->n, sizeof key, cmp_member_id) != NULL;
	}
	pos_index_free(idx);
	g->peers = xcalloc(g->n ? g->n : 1, sizeof *g->peers);
	g->subs = xcalloc(g->n ? g->n : 1, sizeof *g->subs);
	memcpy(g->peers, g->m, g->n * sizeof *g->m);
	memcpy(g->subs, g->m, g->n * sizeof *g->m);
	qsort(g->peers, g->n, sizeof *g->peers, cmp_member_group);
	qsort(g->subs, g->n, sizeof *g->subs, cmp_member_assessor);
	return 0;
}

static void pair_add(struct gen *g, int64_t ratee, int64_t rater, const char *grp)
{
	if (g->npairs == g->alloc) {
		g->alloc = g->alloc ? g->alloc * 2 : 4096;
		g->pairs = xrealloc(g->pairs, g->alloc * sizeof *g->pairs);
	}
	g->pairs[g->npairs++] = (struct pair){ ratee, rater, grp };
}

/* First index in `v` (sorted by cmp) not below key. */
static size_t lower_bound(const struct member *v, size_t n, const struct member *key,
			  int (*cmp)(const void *, const void *))
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cmp(&v[mid], key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Up to `cap` raters of member e: diri, atasan, rekan, bawahan. */
static void raters_of(struct gen *g, const struct member *e, int cap)
{
	int got = 1;
	pair_add(g, e->id, e->id, "diri");
	if (got < cap && e->assessor_active) {
		pair_add(g, e->id, e->assessor, "atasan");
		got++;
	}
	if (e->assessor) {
		/* e's own place in its group of peers, and the group's bounds */
		size_t k = lower_bound(g->peers, g->n, e, cmp_member_group), lo = k, hi = k;
		while (hi < g->n && g->peers[hi].unit == e->unit && g->peers[hi].assessor == e->assessor)
			hi++;
		while (lo > 0 && g->peers[lo - 1].unit == e->unit &&
		       g->peers[lo - 1].assessor == e->assessor)
			lo--;
		size_t size = hi - lo;
		for (size_t j = 1; j < size && got < cap; j++, got++)
			pair_add(g, e->id, g->peers[lo + (k - lo + j) % size].id, "rekan");
	}
	struct member key = { .id = 0, .assessor = e->id };
	size_t lo = lower_bound(g->subs, g->n, &key, cmp_member_assessor), hi = lo;
	while (hi < g->n && g->subs[hi].assessor == e->id)
		hi++;
	size_t size = hi - lo;
	for (size_t j = 0; j < size && got < cap; j++, got++)
		pair_add(g, e->id, g->subs[lo + ((size_t)e->id + j) % size].id, "bawahan");
}

/* ---- the round ---------------------------------------------------------------------- */

/* "Today + days" in WIB (UTC+7), as YYYY-MM-DD. */
static void date_in_days(int days, char out[11])
{
	time_t t = time(NULL) + 7 * 3600 + (time_t)days * 86400;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

static int round_insert(struct gen *g, int64_t period_id)
{
	struct settings360 s;
	char closes[11], name[200] = "";
	int64_t cp = 0;
	if (store_settings360_get(g->db, &s, g->err))
		return -1;
	struct db_rows *rows = db_query(g->db,
		"SELECT c.id, c.name, p.name FROM checkpoints c JOIN periods p ON p.id = c.period_id "
		"WHERE c.period_id = $1 ORDER BY c.seq DESC LIMIT 1", DB_ARGS(DB_INT(period_id)), g->err);
	int rc = rows ? db_next(rows, g->err) : -1;
	if (rc == 1) {
		cp = db_int(rows, 0);
		snprintf(name, sizeof name, "Umpan balik 360\xc2\xb0 %s \xe2\x80\x94 %s",
			 db_text(rows, 1), db_text(rows, 2));
	}
	db_rows_free(rows);
	if (rc != 1)
		return rc ? -1 : kerr_set(g->err, KERR_NOT_FOUND, "", "periode tanpa titik periksa");
	g->scale = s.scale;
	date_in_days(CLOSES_IN_DAYS, closes);
	rc = db_query_int(g->db,
		"INSERT INTO round360 (period_id, checkpoint_id, name, closes_on, state, scale, "
		"threshold, created_by, created_at) VALUES ($1, $2, $3, $4, 'terbuka', $5, $6, NULL, $7) "
		"RETURNING id",
		DB_ARGS(DB_INT(period_id), DB_INT(cp), DB_TEXT(name), DB_TEXT(closes),
			DB_TEXT(s.scale == 5 ? "5" : "3"), DB_INT(s.threshold), DB_INT(now_unix())),
		&g->round_id, g->err);
	return rc == 1 ? 0 : rc ? -1 : kerr_set(g->err, KERR_DB, "", "putaran tidak tersimpan");
}

/* "INSERT ... VALUES ($1, $3, $4, $5, ..., $2), (...)" for `rows` pairs. */
static const char *pairs_sql(struct gen *g, int rows)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "INSERT INTO rater360 (round_id, ratee_employee_id, rater_employee_id, "
		      "grp, source, state, created_at) VALUES ");
	for (int r = 0; r < rows; r++)
		strbuf_addf(&sb, "%s($1, $%d, $%d, $%d, 'otomatis', 'menunggu', $2)", r ? ", " : "",
			    3 + 3 * r, 4 + 3 * r, 5 + 3 * r);
	return keep_sql(g, strbuf_detach(&sb, NULL));
}

static int pairs_insert(struct gen *g)
{
	const char *full = pairs_sql(g, PAIR_ROWS), *rest = NULL;
	struct db_param prm[2 + 3 * PAIR_ROWS];
	int rc = 0;
	prm[0] = DB_INT(g->round_id);
	prm[1] = DB_INT(now_unix());
	for (size_t at = 0; !rc && at < g->npairs; at += PAIR_ROWS) {
		int rows = g->npairs - at < PAIR_ROWS ? (int)(g->npairs - at) : PAIR_ROWS;
		for (int r = 0; r < rows; r++) {
			const struct pair *p = &g->pairs[at + (size_t)r];
			prm[2 + 3 * r] = DB_INT(p->ratee);
			prm[3 + 3 * r] = DB_INT(p->rater);
			prm[4 + 3 * r] = DB_TEXT(p->grp);
		}
		if (rows < PAIR_ROWS)
			rest = pairs_sql(g, rows);
		rc = db_exec(g->db, rows < PAIR_ROWS ? rest : full, prm, 2 + 3 * rows, g->err) < 0;
	}
	return rc ? -1 : 0;
}

static int round_open(struct gen *g, int64_t period_id, int cap)
{
	double t0 = now_secs();
	if (members_load(g))
		return -1;
	for (size_t i = 0; i < g->n; i++)
		raters_of(g, &g->m[i], cap);
	db_set_cache_mib(g->db, 64);
	int rc = db_begin(g->db, g->err);
	if (!rc)
		rc = db_finish(g->db, round_insert(g, period_id) || pairs_insert(g) ? -1 : 0, g->err);
	db_set_cache_mib(g->db, 0);
	if (rc)
		return -1;
	size_t grp[4] = { 0 };
	for (size_t i = 0; i < g->npairs; i++)
		grp[g->pairs[i].grp[0] == 'd' ? 0 : g->pairs[i].grp[0] == 'a' ? 1
		    : g->pairs[i].grp[0] == 'r' ? 2 : 3]++;
	fprintf(g->out, "round_id=%lld\nround_raters_cap=%d\nratees=%zu\nassignments=%zu\n"
		"assign_diri=%zu\nassign_atasan=%zu\nassign_rekan=%zu\nassign_bawahan=%zu\n"
		"round_secs=%.2f\n", (long long)g->round_id, cap, g->n, g->npairs, grp[0], grp[1],
		grp[2], grp[3], now_secs() - t0);
	fprintf(stderr, "gen_city: putaran 360, %zu penugasan (%.1f s)\n", g->npairs, now_secs() - t0);
	return 0;
}

/* ---- sessions for the raters --------------------------------------------------------- */

struct pending {
	int64_t id, rater, ratee, user;
};

/* The round's pending assignments (with the rater's account, 0 if none). */
static int pending_load(struct gen *g, struct pending **out, size_t *n)
{
	struct db_rows *rows = db_query(g->db,
		"SELECT a.id, a.rater_employee_id, a.ratee_employee_id, COALESCE(u.id, 0) "
		"FROM rater360 a LEFT JOIN users u ON u.employee_id = a.rater_employee_id "
		"WHERE a.round_id = $1 AND a.state = 'menunggu' ORDER BY a.id",
		DB_ARGS(DB_INT(g->round_id)), g->err);
	size_t alloc = 0;
	int rc = rows ? 0 : -1;
	*out = NULL;
	*n = 0;
	while (rows && (rc = db_next(rows, g->err)) == 1) {
		if (*n == alloc) {
			alloc = alloc ? alloc * 2 : 4096;
			*out = xrealloc(*out, alloc * sizeof **out);
		}
		(*out)[(*n)++] = (struct pending){ db_int(rows, 0), db_int(rows, 1), db_int(rows, 2),
						   db_int(rows, 3) };
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int accounts_add(struct gen *g, const char *password)
{
	char hash[160];
	int64_t now = now_unix();
	if (password_hash(password, hash, sizeof hash, g->err))
		return -1;
	return db_exec(g->db,
		"INSERT INTO users (login, employee_id, name, password_hash, role, created_at, "
		"updated_at) SELECT e.nip, e.id, '', $1, 'pegawai', $2, $2 FROM employees e "
		"WHERE e.status = 'aktif' AND NOT EXISTS (SELECT 1 FROM users u "
		"WHERE u.employee_id = e.id OR u.login = e.nip)",
		DB_ARGS(DB_TEXT(hash), DB_INT(now)), g->err) < 0 ? -1 : 0;
}

struct token {
	int64_t user;
	char token[65], csrf[65];
};

static int cmp_token(const void *a, const void *b)
{
	return cmp_i64(&((const struct token *)a)->user, &((const struct token *)b)->user);
}

/* A session per distinct rater account, as start_session writes one. */
static int sessions_make(struct gen *g, const struct pending *p, size_t n, struct token **out,
			 size_t *nt)
{
	int64_t *users = xcalloc(n ? n : 1, sizeof *users), expires = now_unix() + SESSION_HOURS * 3600;
	size_t u = 0;
	for (size_t i = 0; i < n; i++)
		users[i] = p[i].user;
	qsort(users, n, sizeof *users, cmp_i64);
	for (size_t i = 0; i < n; i++)
		if (users[i] && (!u || users[u - 1] != users[i]))
			users[u++] = users[i];
	struct token *t = xcalloc(u ? u : 1, sizeof *t);
	int rc = 0;
	for (size_t i = 0; !rc && i < u; i++) {
		char hash[65];
		t[i].user = users[i];
		token_new(t[i].token);
		token_new(t[i].csrf);
		t[i].csrf[40] = '\0';
		token_hash(t[i].token, hash);
		rc = store_session_create(g->db, hash, t[i].user, t[i].csrf, expires, "127.0.0.1",
					  g->err);
	}
	free(users);
	*out = t;
	*nt = u;
	return rc;
}

static size_t gcd(size_t a, size_t b)
{
	while (b) {
		size_t t = a % b;
		a = b;
		b = t;
	}
	return a;
}

/* The pairs, one line each, visiting the assignments in a stride order
 * so consecutive requests come from different raters and ratees. */
static int pairs_write(struct gen *g, const char *path, const struct pending *p, size_t n,
		       const struct token *t, size_t nt, size_t *written)
{
	FILE *f = fopen(path, "w");
	size_t stride = 7919;
	*written = 0;
	if (!f)
		return kerr_set(g->err, KERR_INTERNAL, "sessions", "tidak dapat menulis %s", path);
	while (n > 1 && (stride % n == 0 || gcd(stride % n, n) != 1))
		stride++;
	for (size_t k = 0; k < n; k++) {
		const struct pending *q = &p[n > 1 ? k * stride % n : k];
		struct token key = { .user = q->user };
		const struct token *s = bsearch(&key, t, nt, sizeof key, cmp_token);
		if (!s)
			continue;
		fprintf(f, "%lld %s %s\n", (long long)q->id, s->token, s->csrf);
		(*written)++;
	}
	if (fclose(f))
		return kerr_set(g->err, KERR_INTERNAL, "sessions", "gagal menulis %s", path);
	return 0;
}

static int sessions(struct gen *g, const char *path, const char *password)
{
	double t0 = now_secs();
	struct pending *p = NULL;
	struct token *t = NULL;
	size_t n = 0, nt = 0, written = 0;
	int rc = db_begin(g->db, g->err);
	if (!rc)
		rc = db_finish(g->db, accounts_add(g, password) || pending_load(g, &p, &n) ||
			       sessions_make(g, p, n, &t, &nt) ? -1 : 0, g->err);
	if (!rc)
		rc = pairs_write(g, path, p, n, t, nt, &written);
	if (!rc) {
		fprintf(g->out, "sessions=%zu\npairs=%zu\nsessions_secs=%.2f\n", nt, written,
			now_secs() - t0);
		fprintf(stderr, "gen_city: %zu sesi penilai, %zu pasangan (%.1f s)\n", nt, written,
			now_secs() - t0);
	}
	free(p);
	free(t);
	return rc;
}

/* ---- answers ----------------------------------------------------------------------------- */

/* The scores of assignment `id` of `ratee`: mostly the middle level, one
 * in ten low, two in ten high. */
static void scores_of(int64_t id, int64_t ratee, int scale, int score[VALUES_360])
{
	int low = scale == 5 ? 2 : 1, mid = scale == 5 ? 3 : 2, high = scale == 5 ? 4 : 3;
	for (int k = 0; k < VALUES_360; k++) {
		int v = (int)((id * 7 + k * 13 + ratee) % 10);
		score[k] = v == 0 ? low : v >= 8 ? high : mid;
	}
}

/* The same in SQL, for the bulk INSERT ... SELECT. */
static const char *answers_sql(struct gen *g, int scale)
{
	int low = scale == 5 ? 2 : 1, mid = scale == 5 ? 3 : 2, high = scale == 5 ? 4 : 3;
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "INSERT INTO answer360 (assignment_id, round_id, ratee_employee_id, grp");
	for (size_t k = 0; k < VALUES_360; k++)
		strbuf_addf(&sb, ", %s", berakhlak_at(k)->code);
	strbuf_addstr(&sb, ", comment, created_at) SELECT a.id, a.round_id, a.ratee_employee_id, "
		      "a.grp");
	for (int k = 0; k < VALUES_360; k++)
		strbuf_addf(&sb, ", CASE (a.id * 7 + %d + a.ratee_employee_id) %% 10 WHEN 0 THEN %d "
			    "WHEN 8 THEN %d WHEN 9 THEN %d ELSE %d END", k * 13, low, high, high, mid);
	strbuf_addf(&sb, ", CASE WHEN a.id %% 5 = 0 THEN $3 ELSE '' END, $2 FROM rater360 a "
		    "WHERE a.round_id = $1 AND a.state = 'menunggu'");
	return keep_sql(g, strbuf_detach(&sb, NULL));
}

static int answers_sample(struct gen *g, size_t *done, double *secs)
{
	struct pending *p = NULL;
	size_t n = 0;
	double t0 = now_secs();
	*done = 0;
	if (pending_load(g, &p, &n))
		return -1;
	size_t step = n / SAMPLE_ANSWERS ? n / SAMPLE_ANSWERS : 1;
	int rc = 0;
	for (size_t i = step / 2; !rc && i < n && *done < SAMPLE_ANSWERS; i += step, (*done)++) {
		int score[VALUES_360];
		scores_of(p[i].id, p[i].ratee, g->scale, score);
		rc = store_rater360_answer(g->db, g->who, p[i].id, p[i].rater, score,
					   p[i].id % 5 ? "" : comment_words, g->err);
	}
	free(p);
	*secs = now_secs() - t0;
	return rc;
}

static int answers(struct gen *g)
{
	double t0 = now_secs(), store_secs;
	size_t sampled;
	int64_t n = 0, now = now_unix();
	if (answers_sample(g, &sampled, &store_secs))
		return -1;
	const char *sql = answers_sql(g, g->scale);
	db_set_cache_mib(g->db, 64);
	int rc = db_begin(g->db, g->err);
	if (!rc) {
		rc = (n = db_exec(g->db, sql, DB_ARGS(DB_INT(g->round_id), DB_INT(now),
						      DB_TEXT(comment_words)), g->err)) < 0 ||
		     db_exec(g->db, "UPDATE rater360 SET state = 'dijawab', answered_at = $2 "
				    "WHERE round_id = $1 AND state = 'menunggu'",
			     DB_ARGS(DB_INT(g->round_id), DB_INT(now)), g->err) < 0 ? -1 : 0;
		rc = db_finish(g->db, rc, g->err);
	}
	db_set_cache_mib(g->db, 0);
	if (rc || store_round360_close(g->db, g->who, g->round_id, g->err))
		return -1;
	fprintf(g->out, "answers=%lld\nanswers_store=%zu\nanswers_store_secs=%.3f\n"
		"answers_secs=%.2f\n", (long long)n + (long long)sampled, sampled, store_secs,
		now_secs() - t0);
	fprintf(stderr, "gen_city: %lld jawaban 360, putaran ditutup (%.1f s)\n",
		(long long)n + (long long)sampled, now_secs() - t0);
	return 0;
}

/* ---- assessments --------------------------------------------------------------------------- */

struct headed {
	int64_t position;       /* the head position */
	size_t unit;            /* index into the units */
};

static int cmp_headed(const void *a, const void *b)
{
	return cmp_i64(&((const struct headed *)a)->position, &((const struct headed *)b)->position);
}

struct assess_ctx {
	struct unit *units;
	enum unit_predicate *up;
	size_t nu;
	struct headed *heads;
	size_t nh;
};

static enum unit_predicate unit_pred_of(int64_t id)
{
	return id % 10 == 3 ? UNIT_ISTIMEWA : id % 10 == 7 ? UNIT_BUTUH_PERBAIKAN
	       : id % 50 == 11 ? UNIT_KURANG : UNIT_BAIK;
}

static const char *unit_sql(struct gen *g, int rows)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "INSERT INTO unit_result (period_id, unit_id, predicate, note, "
		      "set_by_user, set_by_name, set_at, version) VALUES ");
	for (int r = 0; r < rows; r++)
		strbuf_addf(&sb, "%s($1, $%d, $%d, '', NULL, $3, $2, 1)", r ? ", " : "", 4 + 2 * r,
			    5 + 2 * r);
	return keep_sql(g, strbuf_detach(&sb, NULL));
}

/* A predicate for every unit, and which position heads each. */
static int units_set(struct gen *g, int64_t period_id, struct assess_ctx *a)
{
	if (store_unit_list(g->db, &a->units, &a->nu, g->err))
		return -1;
	a->up = xcalloc(a->nu ? a->nu : 1, sizeof *a->up);
	a->heads = xcalloc(a->nu ? a->nu : 1, sizeof *a->heads);
	const char *full = unit_sql(g, UNIT_ROWS), *rest = NULL;
	struct db_param prm[3 + 2 * UNIT_ROWS];
	int rc = 0;
	prm[0] = DB_INT(period_id);
	prm[1] = DB_INT(now_unix());
	prm[2] = DB_TEXT(g->who->login);
	for (size_t i = 0; i < a->nu; i++)
		a->up[i] = unit_pred_of(a->units[i].id);
	for (size_t at = 0; !rc && at < a->nu; at += UNIT_ROWS) {
		int rows = a->nu - at < UNIT_ROWS ? (int)(a->nu - at) : UNIT_ROWS;
		for (int r = 0; r < rows; r++) {
			prm[3 + 2 * r] = DB_INT(a->units[at + (size_t)r].id);
			prm[4 + 2 * r] = DB_TEXT(unit_predicate_name(a->up[at + (size_t)r]));
		}
		if (rows < UNIT_ROWS)
			rest = unit_sql(g, rows);
		rc = db_exec(g->db, rows < UNIT_ROWS ? rest : full, prm, 3 + 2 * rows, g->err) < 0;
	}
	for (size_t i = 0; !rc && i < a->nu; i++) {
		int64_t pos = 0;
		rc = store_unit_head(g->db, a->units[i].id, &pos, g->err);
		if (!rc && pos)
			a->heads[a->nh++] = (struct headed){ pos, i };
	}
	qsort(a->heads, a->nh, sizeof *a->heads, cmp_headed);
	return rc ? -1 : 0;
}

struct target {
	int64_t skp, position, assessor;
	char assessor_name[260];
	enum rating hasil, perilaku;
	const struct headed *head;
	int sampled;
};

/* The ratings of the i-th SKP, for a spread of about 20% Sangat Baik, 65%
 * Baik, 10% Butuh Perbaikan, 3% Kurang and 2% Sangat Kurang that reaches
 * every section (37 is prime to 100: neighbours land far apart). */
static void ratings_of(size_t i, enum rating *hasil, enum rating *perilaku)
{
	size_t h = i * 37 % 100;
	*hasil = h < 20 ? RATING_DI_ATAS : h < 85 ? RATING_SESUAI : h < 95 ? RATING_DI_BAWAH
	       : h < 98 ? RATING_SESUAI : RATING_DI_BAWAH;
	*perilaku = h < 20 ? RATING_DI_ATAS : h < 95 ? RATING_SESUAI : RATING_DI_BAWAH;
}

static int targets_load(struct gen *g, int64_t period_id, const struct assess_ctx *a,
			struct target **out, size_t *n)
{
	struct db_rows *rows = db_query(g->db,
		"SELECT s.id, COALESCE(s.position_id, 0), COALESCE(s.assessor_id, 0), "
		"COALESCE(ae.name, '') FROM skp s LEFT JOIN employees ae ON ae.id = s.assessor_id "
		"WHERE s.period_id = $1 AND s.state = 'disetujui' ORDER BY s.id",
		DB_ARGS(DB_INT(period_id)), g->err);
	size_t alloc = 0;
	int rc = rows ? 0 : -1;
	*out = NULL;
	*n = 0;
	while (rows && (rc = db_next(rows, g->err)) == 1) {
		if (*n == alloc) {
			alloc = alloc ? alloc * 2 : 4096;
			*out = xrealloc(*out, alloc * sizeof **out);
		}
		struct target *t = &(*out)[*n];
		size_t i = (*n)++;
		memset(t, 0, sizeof *t);
		t->skp = db_int(rows, 0);
		t->position = db_int(rows, 1);
		t->assessor = db_int(rows, 2);
		copy_str(t->assessor_name, sizeof t->assessor_name,
			 t->assessor ? db_text(rows, 3) : g->who->login);
		struct headed key = { .position = t->position };
		t->head = bsearch(&key, a->heads, a->nh, sizeof key, cmp_headed);
		ratings_of(i, &t->hasil, &t->perilaku);
		if (t->head)
			t->hasil = rating_of_unit_predicate(a->up[t->head->unit]);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* SAMPLE_ASSESS staff assessments (not heads) through the store. */
static int assess_sample(struct gen *g, struct target *t, size_t n, size_t *done, double *secs)
{
	double t0 = now_secs();
	size_t step = n / SAMPLE_ASSESS ? n / SAMPLE_ASSESS : 1;
	int rc = 0;
	*done = 0;
	for (size_t i = step / 2; !rc && i < n && *done < SAMPLE_ASSESS; i += step) {
		if (t[i].head)
			continue;
		struct assessment_input in = {
			.skp_id = t[i].skp, .kind = ASSESS_TAHUNAN, .hasil = t[i].hasil,
			.hasil_reason = hasil_words, .perilaku = t[i].perilaku,
			.perilaku_reason = perilaku_words, .version = 0, .finalise = 1,
			.assessor_id = t[i].assessor, .assessor_name = t[i].assessor_name,
		};
		int64_t id = 0;
		rc = store_assessment_save(g->db, g->who, &in, &id, g->err);
		t[i].sampled = 1;
		(*done)++;
	}
	*secs = now_secs() - t0;
	return rc;
}

static const char *assess_sql(struct gen *g, int rows)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "INSERT INTO assessment (skp_id, kind, checkpoint_id, "
		      "assessor_employee_id, assessor_name, hasil_rating, hasil_reason, "
		      "perilaku_rating, perilaku_reason, predicate, state, finalised_at, version, "
		      "created_at, updated_at) VALUES ");
	for (int r = 0; r < rows; r++) {
		int b = 5 + 7 * r;
		strbuf_addf(&sb, "%s($%d, $1, NULL, $%d, $%d, $%d, $%d, $%d, $2, $%d, $4, $3, 1, $3, $3)",
			    r ? ", " : "", b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6);
	}
	return keep_sql(g, strbuf_detach(&sb, NULL));
}

static int assess_bulk(struct gen *g, const struct assess_ctx *a, const struct target *t,
		       size_t n, size_t *written)
{
	const char *full = assess_sql(g, ASSESS_ROWS), *rest = NULL;
	char reason[ASSESS_ROWS][600];
	struct db_param prm[4 + 7 * ASSESS_ROWS];
	int rc = 0, rows = 0;
	prm[0] = DB_TEXT(assessment_kind_name(ASSESS_TAHUNAN));
	prm[1] = DB_TEXT(perilaku_words);
	prm[2] = DB_INT(now_unix());
	prm[3] = DB_TEXT(ASSESS_FINAL);
	*written = 0;
	for (size_t i = 0; !rc && i <= n; i++) {
		if (i < n && !t[i].sampled) {
			struct db_param *x = &prm[4 + 7 * rows];
			const struct target *s = &t[i];
			if (s->head)
				snprintf(reason[rows], sizeof reason[rows], "Mengikuti predikat unit kerja "
					 "%s: %s", a->units[s->head->unit].name,
					 unit_predicate_label(a->up[s->head->unit]));
			x[0] = DB_INT(s->skp);
			x[1] = DB_ID(s->assessor);
			x[2] = DB_TEXT(s->assessor_name);
			x[3] = DB_TEXT(rating_name(s->hasil));
			x[4] = DB_TEXT(s->head ? reason[rows] : hasil_words);
			x[5] = DB_TEXT(rating_name(s->perilaku));
			x[6] = DB_TEXT(predicate_name(predicate_of(s->hasil, s->perilaku)));
			rows++;
		}
		if (rows == ASSESS_ROWS || (i == n && rows)) {
			if (rows < ASSESS_ROWS) {
				rest = assess_sql(g, rows);
			}
			rc = db_exec(g->db, rows < ASSESS_ROWS ? rest : full, prm, 4 + 7 * rows,
				     g->err) < 0;
			*written += (size_t)rows;
			rows = 0;
		}
	}
	if (rc)
		return -1;
	/* The "tetapkan" step of each, as assess_event records it. */
	return db_exec(g->db,
		"INSERT INTO assessment_events (assessment_id, at, user_id, actor_name, action, "
		"hasil_rating, perilaku_rating, predicate, note) SELECT a.id, a.created_at, NULL, "
		"a.assessor_name, 'tetapkan', a.hasil_rating, a.perilaku_rating, a.predicate, '' "
		"FROM assessment a WHERE NOT EXISTS (SELECT 1 FROM assessment_events v "
		"WHERE v.assessment_id = a.id)", DB_NOARGS, g->err) < 0 ? -1 : 0;
}

static int assessments(struct gen *g, int64_t period_id)
{
	double t0 = now_secs(), store_secs = 0;
	struct assess_ctx a;
	struct target *t = NULL;
	size_t n = 0, sampled = 0, written = 0;
	memset(&a, 0, sizeof a);
	db_set_cache_mib(g->db, 64);
	int rc = db_begin(g->db, g->err);
	if (!rc)
		rc = db_finish(g->db, units_set(g, period_id, &a), g->err);
	if (!rc)
		rc = targets_load(g, period_id, &a, &t, &n) ||
		     assess_sample(g, t, n, &sampled, &store_secs) ? -1 : 0;
	if (!rc && !(rc = db_begin(g->db, g->err)))
		rc = db_finish(g->db, assess_bulk(g, &a, t, n, &written), g->err);
	db_set_cache_mib(g->db, 0);
	if (!rc) {
		size_t pc[PRED__COUNT] = { 0 };
		for (size_t i = 0; i < n; i++)
			pc[predicate_of(t[i].hasil, t[i].perilaku)]++;
		fprintf(g->out, "unit_results=%zu\nunit_heads=%zu\nassessments=%zu\n"
			"assessments_store=%zu\nassessments_store_secs=%.3f\nassess_secs=%.2f\n",
			a.nu, a.nh, written + sampled, sampled, store_secs, now_secs() - t0);
		for (int p = 0; p < PRED__COUNT; p++)
			fprintf(g->out, "pred_%s=%zu\n", predicate_name((enum predicate)p), pc[p]);
		fprintf(stderr, "gen_city: %zu predikat unit, %zu penilaian tahunan (%.1f s)\n", a.nu,
			written + sampled, now_secs() - t0);
	}
	free(t);
	free(a.units);
	free(a.up);
	free(a.heads);
	return rc;
}

/* ---- the run --------------------------------------------------------------------------------- */

int gen_assess(struct db *db, const struct actor *who, const struct gen_assess_opts *o,
	       FILE *out, struct kerr *err)
{
	struct gen g;
	memset(&g, 0, sizeof g);
	g.db = db;
	g.who = who;
	g.err = err;
	g.out = out;
	int rc = 0;
	if (o->raters > 0) {
		rc = round_open(&g, o->period_id, o->raters);
		if (!rc && o->sessions)
			rc = sessions(&g, o->sessions, o->password);
		if (!rc && o->answers)
			rc = answers(&g);
	}
	if (!rc && o->assessments)
		rc = assessments(&g, o->period_id);
	free(g.m);
	free(g.peers);
	free(g.subs);
	free(g.pairs);
	for (size_t i = 0; i < g.nsqls; i++)
		free(g.sqls[i]);
	free(g.sqls);
	return rc;
}
