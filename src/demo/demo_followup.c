/*
 * demo_followup.c - what the demo office does with its assessments by late
 * November 2026 (after demo_monitor.c and demo_review.c have played
 * Triwulan I-III): the allowance, guidance for those who struggle, and the
 * briefing of every employee.
 *
 *   1. TPP: an administrator stores the 2026 rule set of the instansi (a
 *      base amount per golongan, 60% kinerja / 40% disiplin, multipliers
 *      per predicate, deductions per day absent and per 30 minutes late,
 *      rounded down to Rp 1.000); the pengelola imports the attendance of
 *      January-September for every active employee (mostly full months,
 *      some sick days, leave, permits and late minutes; the Kurang/
 *      Misconduct of Triwulan III missed days without leave in August and
 *      September); an administrator computes and approves the Triwulan II
 *      and Triwulan III runs of Kecamatan Asemrowo (within the pengelola's
 *      scope, so she reads them too), so they can be compared.  The demo "pegawai"
 *      reads her own breakdown (/tpp/saya).
 *   2. Guidance: finalising the low assessments opened the improvement
 *      plans by themselves (store/guidance.h).  Two are taken up by the
 *      superior: the Lurah of Tambak Sarioso's by the Camat (goals,
 *      support, targets, progress at the first checkpoint: on track) and
 *      ASM-TRANTIB-P03's by her Kepala Seksi (goals, support, targets, no
 *      progress: the first checkpoint is set on the day the plan opened,
 *      the earliest the plan allows, so it is overdue from the next day
 *      on).  Superiors record sessions of every kind with agreed actions
 *      and a follow-up date (the Lurah responds to hers), and development
 *      plan items are kept for a few people, the demo "pegawai" among them.
 *   3. Briefing: the pengelola publishes the assessment guide with a quiz
 *      to the whole office, which an administrator names the criteria guide
 *      of the assessment, and a procedure to Kelurahan Tambak Sarioso;
 *      about 60% of those addressed acknowledge (some after a failed quiz),
 *      some only open it, the rest do not; the demo "pegawai" has not
 *      opened the first, so her home page asks her to; the pengelola
 *      reminds everyone who has not acknowledged it.
 *
 * Every step goes through the store as the account of the person who
 * takes it.  The generator is seeded anew here, so this part does not
 * depend on how many draws the year took; the order of the people is by
 * post, so every run, on SQLite and on PostgreSQL, builds the same data.
 * Dates of sessions are counted back from today (the day init runs).
 * The words and figures are demo_followup_text.c's.
 */
#include "demo/demo_followup.h"
#include "demo/demo_monitor.h"
#include "domain/objection.h"
#include "store/briefing.h"
#include "store/guidance.h"
#include "store/tpp.h"
#include "core/timeutil.h"

#include <stdlib.h>
#include <string.h>

#define FOLLOWUP_SEED 0x4c414e4a5554ULL  /* "LANJUT" */
#define DEMO_YEAR 2026
#define OFFICE_UNIT "ASM"              /* Kecamatan Asemrowo: everyone in the demo */
#define CAMAT_POST "ASM-CAMAT"
#define PEJABAT_POST "ASM-YAN-KA"       /* the demo "pejabat" */
#define PEGAWAI_POST "ASM-YAN-P01"      /* the demo "pegawai" */
#define BREACH_POST "ASM-TRANTIB-P03"   /* the Kurang/Misconduct of Triwulan III */
#define ACK_PCT 60                      /* of those addressed, roughly */
#define OPENED_PCT 20                   /* opened only */
#define QUIZ_MAX 10

/* ---- shared -------------------------------------------------------------------------- */

static const struct worker *who_at(struct mon_ctx *c, const char *post)
{
	const struct worker *w = demo_worker_at(c, post);
	if (!w)
		kerr_set(c->err, KERR_INTERNAL, "", "Data demo: jabatan %s tidak terisi", post);
	return w;
}

static int by_post(const void *a, const void *b)
{
	const struct worker *const *x = a, *const *y = b;
	return strcmp((*x)->post, (*y)->post);
}

/* The workers ordered by post (free() it). */
static const struct worker **workers_by_post(const struct mon_ctx *c)
{
	const struct worker **v = xcalloc(c->n_w + 1, sizeof *v);
	for (size_t i = 0; i < c->n_w; i++)
		v[i] = &c->w[i];
	qsort(v, c->n_w, sizeof *v, by_post);
	return v;
}

/* ---- TPP ----------------------------------------------------------------------------- */

static void rules_fill(struct tpp_rules *r)
{
	tpp_rules_default(r);
	r->basis = TPP_BASIS_GOLONGAN;
	for (size_t i = 0; i < demo_n_tpp_bases && i < TPP_BASE_MAX; i++, r->nbase++) {
		copy_str(r->base[i].key, sizeof r->base[i].key, demo_tpp_bases[i].golongan);
		r->base[i].amount = demo_tpp_bases[i].amount;
	}
	r->share_kinerja_bp = 6000;
	r->share_disiplin_bp = 4000;
	for (int p = 0; p <= PRED__COUNT; p++)
		r->pred_bp[p] = demo_tpp_mult[p] * 100;
	r->round_unit = 1000;
	r->round_mode = TPP_ROUND_DOWN;
}

/* The administrator stores the rule set of the instansi for 2026. */
static int tpp_rules_store(struct mon_ctx *c, int64_t instansi)
{
	struct actor who = demo_actor(c->admin);
	struct tpp_ruleset *rs = xcalloc(1, sizeof *rs);
	rules_fill(&rs->rules);
	rs->instansi_id = instansi;
	rs->year = DEMO_YEAR;
	copy_str(rs->note, sizeof rs->note, demo_tpp_note);
	copy_str(rs->created_by, sizeof rs->created_by, c->admin->name);
	int rc = store_tpp_ruleset_create(c->db, &who, rs, c->err);
	free(rs);
	return rc ? demo_fail(c, "aturan TPP %d", DEMO_YEAR) : 0;
}

/* One month of w: mostly full, now and then late, sick, on leave or
 * away with a permit; rarely absent without leave. */
static void month_draw(struct mon_ctx *c, const struct worker *w, int m, struct tpp_month *t)
{
	memset(t, 0, sizeof *t);
	t->year = DEMO_YEAR;
	t->month = m + 1;
	t->work_days = t->month_days = demo_work_days[m];
	int roll = demo_rng_range(&c->rng, 0, 99);
	if (roll >= 62 && roll < 78)
		t->late_minutes = demo_rng_range(&c->rng, 5, 95);
	else if (roll >= 78 && roll < 87)
		t->absent[TPP_ABS_SAKIT] = demo_rng_range(&c->rng, 1, 3);
	else if (roll >= 87 && roll < 93)
		t->absent[TPP_ABS_IZIN] = 1;
	else if (roll >= 93 && roll < 98)
		t->absent[TPP_ABS_CUTI] = demo_rng_range(&c->rng, 2, 6);
	else if (roll >= 98) {
		t->absent[TPP_ABS_TANPA_KETERANGAN] = 1;
		t->late_minutes = demo_rng_range(&c->rng, 10, 40);
	}
	if (!strcmp(w->post, PEGAWAI_POST)) {   /* fixed: a few late minutes, a sick day */
		static const int late[DEMO_TPP_MONTHS] = { 0, 15, 0, 0, 40, 0, 35, 0, 0 };
		memset(t->absent, 0, sizeof t->absent);
		t->late_minutes = late[m];
		t->absent[TPP_ABS_SAKIT] = m == 7 ? 1 : 0;
	} else if (!strcmp(w->post, BREACH_POST) && m >= 7) {
		t->absent[TPP_ABS_TANPA_KETERANGAN] = m == 7 ? 3 : 2;
		t->late_minutes = m == 7 ? 150 : 95;
	}
}

/* The pengelola imports January-September for every active employee. */
static int tpp_attendance(struct mon_ctx *c)
{
	struct actor hr = demo_actor(c->pengelola);
	const struct worker **w = workers_by_post(c);
	struct tpp_attendance_row *rows = xcalloc(c->n_w * DEMO_TPP_MONTHS + 1, sizeof *rows);
	size_t n = 0;
	int64_t replaced = 0;
	for (size_t i = 0; i < c->n_w; i++)
		for (int m = 0; m < DEMO_TPP_MONTHS; m++, n++) {
			rows[n].employee_id = w[i]->employee_id;
			month_draw(c, w[i], m, &rows[n].m);
		}
	const char *file = "kehadiran-januari-september-2026.csv";
	int rc = store_tpp_attendance_save(c->db, &hr, rows, n, file, &replaced, c->err);
	free(rows);
	free(w);
	return rc ? demo_fail(c, "kehadiran TPP") : 0;
}

/* An administrator computes the run of quarter q for the kecamatan (so its
 * pengelola reads it too) and approves it. */
static int tpp_quarter(struct mon_ctx *c, int q, int64_t office)
{
	struct actor who = demo_actor(c->admin);
	struct tpp_run_spec s = {
		.kind = TPP_RUN_TRIWULAN, .checkpoint_id = c->cp[q].id, .unit_id = office,
		.by_name = c->admin->name,
	};
	int64_t id = 0;
	if (store_tpp_run_create(c->db, &who, &s, &id, c->err) ||
	    store_tpp_run_approve(c->db, &who, id, c->admin->name, 0, c->err))
		return demo_fail(c, "perhitungan TPP %s", c->cp[q].name);
	return 0;
}

static int demo_tpp(struct mon_ctx *c)
{
	int64_t instansi = 0;
	struct unit office;
	if (store_tpp_instansi_default(c->db, &instansi, c->err) ||
	    store_unit_by_code(c->db, OFFICE_UNIT, &office, c->err))
		return demo_fail(c, "instansi TPP");
	return tpp_rules_store(c, instansi) || tpp_attendance(c) || tpp_quarter(c, 1, office.id) ||
	       tpp_quarter(c, 2, office.id) ? -1 : 0;
}

/* ---- guidance ------------------------------------------------------------------------ */

/* A day `days` from today (negative: before) as YYYY-MM-DD. */
static void day_from_today(int days, char out[GDATE_SIZE])
{
	gdate_format(wib_day(now_unix()) + days, out);
}

/* The improvement plan the low assessments opened for w, with its checkpoints. */
static int plan_of(struct mon_ctx *c, const struct worker *w, struct improvement_plan *p)
{
	struct guidance_query q = { .employee_id = w->employee_id };
	struct improvement_plan *v = NULL;
	size_t n = 0;
	int64_t id = 0;
	if (store_improvement_plan_list(c->db, &q, &v, &n, c->err))
		return -1;
	if (n)
		id = v[0].id;
	improvement_plans_free(v, n);
	if (!id)
		return kerr_set(c->err, KERR_INTERNAL, "", "Data demo: %s tidak memiliki rencana "
				"perbaikan", w->post);
	return store_improvement_plan_get(c->db, id, p, c->err);
}

/* The superior fills the goals and support, the targets of the first
 * checkpoints and, when there is some, the progress at the first. */
static int plan_take_up(struct mon_ctx *c, const struct demo_improvement *d,
			const struct worker *by, struct improvement_plan *p)
{
	struct actor who = demo_actor(by);
	int64_t plan_id = 0;
	if (store_improvement_plan_update(c->db, &who, p->id, d->goals, d->support, 0, c->err))
		return -1;
	for (size_t k = 0; k < DEMO_PLAN_TARGETS && k < p->n_cp; k++) {
		struct checkpoint_input in = { .target = d->target[k], .actor_name = by->name };
		if (k == 0 && d->progress)
			in.progress = d->progress;
		else if (k == 0)
			in.due_on = p->opened_on;
		if (store_improvement_checkpoint_update(c->db, &who, p->cp[k].id, &in, &plan_id,
							c->err))
			return -1;
	}
	return 0;
}

static int improvement(struct mon_ctx *c, const struct demo_improvement *d)
{
	const struct worker *w = who_at(c, d->post), *by = w ? who_at(c, d->by) : NULL;
	struct improvement_plan p;
	memset(&p, 0, sizeof p);
	int rc = !by || plan_of(c, w, &p) || plan_take_up(c, d, by, &p) ? -1 : 0;
	improvement_plan_release(&p);
	return rc ? demo_fail(c, "rencana perbaikan %s", d->post) : 0;
}

static int session(struct mon_ctx *c, const struct demo_session *s)
{
	const struct worker *w = who_at(c, s->post), *by = w ? who_at(c, s->by) : NULL;
	char held[GDATE_SIZE], follow[GDATE_SIZE] = "";
	int64_t id = 0;
	if (!by)
		return demo_fail(c, "sesi pembinaan %s", s->post);
	day_from_today(-s->held_ago, held);
	if (s->follow_in)
		day_from_today(s->follow_in, follow);
	struct session_input in = {
		.employee_id = w->employee_id, .kind = s->kind, .held_on = held, .topic = s->topic,
		.actions = s->actions, .follow_up_on = follow, .led_by_id = by->employee_id,
		.led_by_name = by->name,
	};
	struct actor lead = demo_actor(by), self = demo_actor(w);
	if (store_guidance_session_create(c->db, &lead, &in, &id, c->err) ||
	    (s->response && store_guidance_session_respond(c->db, &self, id, s->response, 0,
							    c->err)))
		return demo_fail(c, "sesi pembinaan %s", s->post);
	return 0;
}

static int development(struct mon_ctx *c, const struct demo_development *d)
{
	const struct worker *w = who_at(c, d->post), *by = w ? who_at(c, d->by) : NULL;
	int64_t id = 0;
	if (!by)
		return demo_fail(c, "rencana pengembangan %s", d->post);
	struct development_input in = {
		.employee_id = w->employee_id, .competency = d->competency, .activity = d->activity,
		.target_on = d->target, .status = d->status, .note = d->note,
		.actor_name = by->name,
	};
	struct actor who = demo_actor(by);
	if (store_development_create(c->db, &who, &in, &id, c->err))
		return demo_fail(c, "rencana pengembangan %s", d->post);
	return 0;
}

static int demo_guidance(struct mon_ctx *c)
{
	for (size_t i = 0; i < sizeof demo_improvements / sizeof demo_improvements[0]; i++)
		if (improvement(c, &demo_improvements[i]))
			return -1;
	for (size_t i = 0; i < demo_n_sessions; i++)
		if (session(c, &demo_sessions[i]))
			return -1;
	for (size_t i = 0; i < demo_n_developments; i++)
		if (development(c, &demo_developments[i]))
			return -1;
	return 0;
}

/* ---- briefing ------------------------------------------------------------------------ */

/* The pengelola writes and publishes a guide; sets *id. */
static int guide_publish(struct mon_ctx *c, const struct demo_guide *d, int64_t *id)
{
	struct actor hr = demo_actor(c->pengelola);
	struct briefing_quiz quiz;
	struct unit u;
	enum briefing_kind kind = BRIEF_PANDUAN;
	memset(&quiz, 0, sizeof quiz);
	memset(&u, 0, sizeof u);
	int rc = briefing_kind_parse(d->kind, &kind) ? kerr_set(c->err, KERR_INTERNAL, "", "jenis "
							       "%s tidak dikenal", d->kind) : 0;
	if (!rc && d->unit)
		rc = store_unit_by_code(c->db, d->unit, &u, c->err);
	if (!rc && d->quiz)
		rc = briefing_quiz_parse(d->quiz, &quiz, c->err);
	quiz.pass_mark = d->pass_mark;
	struct guide_input in = { d->title, d->body, kind, u.id, &quiz, 0, c->pengelola->name };
	if (!rc)
		rc = store_guide_create(c->db, &hr, &in, id, c->err) ||
		     store_guide_publish(c->db, &hr, *id, 0, c->pengelola->name, c->err) ? -1 : 0;
	briefing_quiz_release(&quiz);
	return rc ? demo_fail(c, "panduan \"%s\"", d->title) : 0;
}

enum reading { UNREAD, OPENED, ACKED };

/* What w does with a guide: with the criteria guide, the demo "pegawai"
 * leaves it unread and the other demo accounts acknowledge it; the rest
 * by chance. */
static enum reading reading_of(struct mon_ctx *c, int criteria, const struct worker *w)
{
	static const char *const readers[] = { CAMAT_POST, PEJABAT_POST };
	int roll = demo_rng_range(&c->rng, 0, 99);
	if (criteria && !strcmp(w->post, PEGAWAI_POST))
		return UNREAD;
	for (size_t i = 0; criteria && i < sizeof readers / sizeof readers[0]; i++)
		if (!strcmp(w->post, readers[i]))
			return ACKED;
	if (criteria && (w == c->admin || w == c->pengelola))
		return ACKED;
	return roll < ACK_PCT ? ACKED : roll < ACK_PCT + OPENED_PCT ? OPENED : UNREAD;
}

/* A quiz attempt: right, or with one answer wrong; acknowledging when it passes. */
static int quiz_try(struct mon_ctx *c, const struct guide *g, const struct worker *w, int right)
{
	struct actor who = demo_actor(w);
	struct briefing_grade grade;
	int answers[QUIZ_MAX], acked = 0, n = g->quiz.n < QUIZ_MAX ? g->quiz.n : QUIZ_MAX;
	for (int i = 0; i < n; i++)
		answers[i] = g->quiz.q[i].answer;
	if (!right) {
		int k = demo_rng_range(&c->rng, 0, n - 1);
		answers[k] = (answers[k] + 1) % g->quiz.q[k].nchoices;
	}
	return store_guide_answer(c->db, &who, g->id, w->employee_id, 0, answers, n, right, &grade,
				  &acked, c->err);
}

static int guide_read(struct mon_ctx *c, const struct guide *g, int criteria,
		      const struct worker *w)
{
	struct actor who = demo_actor(w);
	int again = 0;
	enum reading r = reading_of(c, criteria, w);
	if (r == UNREAD)
		return 0;
	if (store_guide_open(c->db, &who, g, w->employee_id, c->err))
		return -1;
	/* some fail the quiz once: those who stop there only opened it */
	if (g->quiz.n && demo_rng_chance(&c->rng, r == OPENED ? 50 : 15) && quiz_try(c, g, w, 0))
		return -1;
	if (r == OPENED)
		return 0;
	if (g->quiz.n)
		return quiz_try(c, g, w, 1);
	return store_guide_acknowledge(c->db, &who, g->id, w->employee_id, 0, &again, c->err);
}

/* Those guide `id` addresses open and acknowledge it, or do not. */
static int guide_readers(struct mon_ctx *c, int64_t id, int criteria)
{
	const struct worker **w = workers_by_post(c);
	struct guide g;
	memset(&g, 0, sizeof g);
	int rc = store_guide_get(c->db, id, &g, c->err);
	for (size_t i = 0; !rc && i < c->n_w; i++) {
		int yes = 0;
		if (store_guide_addresses(c->db, &g, w[i]->employee_id, &yes, c->err) ||
		    (yes && guide_read(c, &g, criteria, w[i])))
			rc = demo_fail(c, "panduan %lld, %s", (long long)id, w[i]->post);
	}
	guide_release(&g);
	free(w);
	return rc;
}

/* The pengelola reminds everyone in her scope who has not acknowledged it. */
static int guide_remind(struct mon_ctx *c, int64_t id)
{
	struct actor hr = demo_actor(c->pengelola);
	struct user u;
	int64_t count = 0;
	if (store_user_get(c->db, c->pengelola->user_id, &u, c->err) ||
	    store_guide_remind(c->db, &hr, id, u.scope_unit_id, 0, &count, c->err))
		return demo_fail(c, "pengingat panduan %lld", (long long)id);
	return 0;
}

static int demo_briefing(struct mon_ctx *c)
{
	struct actor admin = demo_actor(c->admin);
	int64_t criteria = 0, procedure = 0;
	if (guide_publish(c, &demo_guides[0], &criteria))
		return -1;
	if (store_guide_criteria_set(c->db, &admin, criteria, c->err))
		return demo_fail(c, "panduan kriteria penilaian");
	return guide_publish(c, &demo_guides[1], &procedure) || guide_readers(c, criteria, 1) ||
	       guide_readers(c, procedure, 0) || guide_remind(c, criteria) ? -1 : 0;
}

/* ---- the whole follow-up ------------------------------------------------------------- */

int demo_followup(struct mon_ctx *c)
{
	demo_rng_seed(&c->rng, FOLLOWUP_SEED);
	/* recognition and the survey draw after the others (demo_recognition.c) */
	return demo_tpp(c) || demo_guidance(c) || demo_briefing(c) || demo_recognition(c) ? -1 : 0;
}
