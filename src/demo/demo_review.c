/*
 * demo_review.c - the people of the demo office looking at each other's
 * work during 2026 (see demo_monitor.c for the order of the year): the
 * pejabat penilai's feedback and the replies, the 360 round of each
 * triwulan, the periodik assessments and their acknowledgement, the unit
 * predicates and the objection in progress.  Each step runs as the
 * account of the person who takes it; the words are demo_monitor_text.c's.
 */
#include "demo/demo_monitor.h"
#include "core/timeutil.h"
#include "domain/berakhlak.h"
#include "store/feedback.h"
#include "store/monitor.h"
#include "store/objection.h"
#include "store/r360.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PEGAWAI_POST "ASM-YAN-P01"   /* the demo "pegawai" account */
/* A colleague whose Triwulan III reply the demo "pejabat" has not read. */
#define REPLIER_POST "ASM-YAN-P02"
#define TEXT_MAX 2400

/* The closing dates the rounds are given once answered. */
static const char *const round_closed_on[DEMO_QUARTERS] = {
	"2026-04-10", "2026-07-10", "2026-10-09",
};

static int is_pegawai(const struct plan *p)
{
	return !strcmp(p->owner->post, PEGAWAI_POST);
}

static int is_objector(const struct plan *p)
{
	return !strcmp(p->owner->post, demo_objector_post);
}

/* A BerAKHLAK value the superior cares about: one with an expectation in
 * the SKP, else any. */
static const struct core_value *value_of_interest(struct mon_ctx *c, const struct skp *s)
{
	int idx[BERAKHLAK_COUNT], n = 0;
	for (int v = 0; v < BERAKHLAK_COUNT; v++)
		if (s->expectation[v] && s->expectation[v][0])
			idx[n++] = v;
	return berakhlak_at((size_t)(n ? idx[demo_rng_range(&c->rng, 0, n - 1)]
				       : demo_rng_range(&c->rng, 0, BERAKHLAK_COUNT - 1)));
}

/* ---- feedback ------------------------------------------------------------------------ */

static int fb_start(struct mon_ctx *c, struct plan *p, int64_t rhk_id, const char *value,
		    const char *text, int64_t *id)
{
	struct actor who = demo_actor(p->assessor);
	p->talked = 1;
	struct feedback_author a = { p->assessor->employee_id, p->assessor->name, 1 };
	return store_feedback_start(c->db, &who, &a, p->skp.id, rhk_id, value, text, id, c->err);
}

static int fb_reply(struct mon_ctx *c, const struct plan *p, int64_t msg, int superior,
		    const char *text)
{
	const struct worker *w = superior ? p->assessor : p->owner;
	struct actor who = demo_actor(w);
	struct feedback_author a = { w->employee_id, w->name, superior };
	int64_t id;
	return store_feedback_reply(c->db, &who, &a, msg, text, &id, c->err);
}

/* The owner answers, addressing the superior. */
static int owner_reply(struct mon_ctx *c, const struct plan *p, int64_t msg, const char *tmpl)
{
	char text[TEXT_MAX];
	demo_fill(text, sizeof text, tmpl, NULL, NULL, NULL, demo_sapa(p->assessor));
	return fb_reply(c, p, msg, 0, text);
}

static int64_t some_utama(struct mon_ctx *c, const struct skp *s)
{
	size_t n = 0;
	while (n < s->n_rhk && !strcmp(s->rhk[n].kind, "utama"))
		n++;
	return n ? s->rhk[demo_rng_range(&c->rng, 0, (int)n - 1)].id : 0;
}

/* On a result, as the quarter's hasil kerja has it; half get a reply (or
 * every one: must_reply). */
static int feedback_rhk(struct mon_ctx *c, struct plan *p, int q, int must_reply)
{
	char text[TEXT_MAX];
	int64_t id, rhk = some_utama(c, &p->skp);
	demo_fill(text, sizeof text, demo_pick(c, demo_fb_rhk[p->hasil[q]], DEMO_VARIANTS),
		  c->cp[q].name, NULL, NULL, NULL);
	if (!rhk || fb_start(c, p, rhk, NULL, text, &id))
		return rhk ? -1 : 0;
	return must_reply || demo_rng_chance(&c->rng, 50) ?
	       owner_reply(c, p, id, demo_pick(c, demo_fb_reply[p->hasil[q]], DEMO_VARIANTS)) : 0;
}

/* On a behaviour value, as the quarter's perilaku kerja has it (a lapse
 * of discipline is about Akuntabel). */
static int feedback_value(struct mon_ctx *c, struct plan *p, int q)
{
	char text[TEXT_MAX];
	int64_t id;
	const struct core_value *v = p->perilaku[q] == RATING_DI_BAWAH
				     ? berakhlak_at((size_t)berakhlak_index("akuntabel"))
				     : value_of_interest(c, &p->skp);
	demo_fill(text, sizeof text, demo_pick(c, demo_fb_value[p->perilaku[q]], DEMO_VARIANTS),
		  c->cp[q].name, NULL, v->name, NULL);
	if (fb_start(c, p, 0, v->code, text, &id))
		return -1;
	return demo_rng_chance(&c->rng, 40) ?
	       owner_reply(c, p, id, demo_pick(c, demo_fb_reply[p->perilaku[q]], DEMO_VARIANTS)) : 0;
}

/* The demo "pegawai": a thread and a reply in Triwulan I, a conversation
 * in Triwulan II, one new message in Triwulan III. */
static int feedback_pegawai(struct mon_ctx *c, struct plan *p, int q)
{
	const char *const *t = demo_fb_pegawai;
	int64_t id;
	if (q == 0)
		return fb_start(c, p, p->skp.rhk[0].id, NULL, t[0], &id) || owner_reply(c, p, id, t[1]);
	if (q == 1)
		return fb_start(c, p, 0, "berorientasi_pelayanan", t[2], &id) ||
		       owner_reply(c, p, id, t[3]) || fb_reply(c, p, id, 1, t[4]);
	return fb_start(c, p, p->skp.rhk[0].id, NULL, t[5], &id);
}

/* Superiors write when results or behaviour fall short, and now and then
 * otherwise. */
static int feedback_of(struct mon_ctx *c, struct plan *p, int q)
{
	if (!p->assessor)
		return 0;
	if (is_pegawai(p))
		return feedback_pegawai(c, p, q);
	int replier = q == DEMO_QUARTERS - 1 && !strcmp(p->owner->post, REPLIER_POST);
	int on_rhk = demo_rng_chance(&c->rng, 30) || p->hasil[q] == RATING_DI_BAWAH || replier;
	int on_value = demo_rng_chance(&c->rng, 20) || p->perilaku[q] == RATING_DI_BAWAH;
	return (on_rhk && feedback_rhk(c, p, q, replier)) ||
	       (on_value && feedback_value(c, p, q)) ? -1 : 0;
}

int demo_feedback(struct mon_ctx *c, int q)
{
	for (size_t i = 0; i < c->n_p; i++)
		if (feedback_of(c, &c->p[i], q))
			return demo_fail(c, "%s, umpan balik %s", c->cp[q].name, c->p[i].owner->post);
	if (q == DEMO_QUARTERS - 1)
		return 0;
	/* Both sides read a quarter's messages before the next one. */
	for (size_t i = 0; i < c->n_p; i++) {
		struct plan *p = &c->p[i];
		if (p->talked && (store_feedback_mark_read(c->db, p->skp.id, 0, NULL, c->err) ||
				  store_feedback_mark_read(c->db, p->skp.id, 1, NULL, c->err)))
			return -1;
		p->talked = 0;
	}
	return 0;
}

/* ---- 360 ------------------------------------------------------------------------------ */

enum fate { ANSWERS, DECLINES, SILENT };


static int by_pair(const void *a, const void *b)
{
	const struct rater360 *x = a, *y = b;
	if (x->ratee.id != y->ratee.id)
		return x->ratee.id < y->ratee.id ? -1 : 1;
	int g = strcmp(x->grp, y->grp);
	if (g)
		return g;
	return x->rater.id < y->rater.id ? -1 : x->rater.id > y->rater.id;
}

static int peers_of(const struct rater360 *a, size_t n, int64_t ratee)
{
	int k = 0;
	for (size_t i = 0; i < n; i++)
		k += a[i].ratee.id == ratee && !strcmp(a[i].grp, "rekan");
	return k;
}

/* Who answers: everyone, but a few peers of people with four or more
 * (never the demo "pegawai") stay silent, and one or two decline. */
static enum fate *fates_draw(struct mon_ctx *c, const struct rater360 *a, size_t n, int q)
{
	const struct worker *pegawai = demo_worker_at(c, PEGAWAI_POST);
	enum fate *f = xcalloc(n + 1, sizeof *f);
	size_t *spare = xcalloc(n + 1, sizeof *spare), ns = 0;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(a[i].grp, "rekan") || (pegawai && a[i].ratee.id == pegawai->employee_id) ||
		    peers_of(a, n, a[i].ratee.id) < 4)
			continue;
		if (demo_rng_chance(&c->rng, 3))
			f[i] = SILENT;
		else
			spare[ns++] = i;
	}
	for (int k = 0; k < (q == 1 ? 2 : 1) && ns; k++)
		f[spare[demo_rng_range(&c->rng, 0, (int)ns - 1)]] = DECLINES;
	free(spare);
	return f;
}

/* The chance in percent that a rater scores a value Di Atas, and Sesuai
 * (the rest Di Bawah), by the perilaku kerja of the person rated. */
static const int level_odds[RATING__LEVELS][2] = {
	[RATING_DI_BAWAH] = { 5, 40 },
	[RATING_SESUAI] = { 12, 83 },
	[RATING_DI_ATAS] = { 65, 32 },
};

/* One value's level around the ratee's perilaku kerja; people rate
 * themselves a little higher. */
static enum rating level_drawn(struct mon_ctx *c, enum rating base, int self)
{
	int roll = demo_rng_range(&c->rng, 0, 99);
	const int *odds = level_odds[base];
	enum rating r = roll < odds[0] ? RATING_DI_ATAS
			: roll < odds[0] + odds[1] ? RATING_SESUAI : RATING_DI_BAWAH;
	if (self && r != RATING_DI_ATAS && demo_rng_chance(&c->rng, 30))
		r = r == RATING_DI_BAWAH ? RATING_SESUAI : RATING_DI_ATAS;
	return r;
}

/* The score of a level on the round's scale: 1-3 are the levels
 * themselves; on 1-5, 1-2 Di Bawah, 3 Sesuai, 4-5 Di Atas. */
static int score_of(struct mon_ctx *c, enum rating r, int scale)
{
	if (scale != 5)
		return (int)r + 1;
	return r == RATING_DI_BAWAH ? demo_rng_range(&c->rng, 1, 2)
	       : r == RATING_SESUAI ? 3 : demo_rng_range(&c->rng, 4, 5);
}

/* Two raters the rater analysis should find (issue 7): one who scores
 * everyone a level higher than the others do, one a level lower; their
 * self-assessments are left as drawn. */
#define LENIENT_POST "ASM-SEK-UMUM-P03"    /* Ilham Bakri */
#define SEVERE_POST "ASM-YAN-P03"          /* Achmad Priyo Zainuddin */

/* The level a planted rater gives instead of the one drawn (no draw of
 * its own, so everyone else's answers stay as they were). */
static enum rating level_planted(const struct worker *rater, const struct rater360 *a,
				 enum rating r)
{
	if (!strcmp(a->grp, "diri"))
		return r;
	if (!strcmp(rater->post, LENIENT_POST) && r != RATING_DI_ATAS)
		return r + 1;
	if (!strcmp(rater->post, SEVERE_POST) && r != RATING_DI_BAWAH)
		return r - 1;
	return r;
}

static int answer(struct mon_ctx *c, const struct round360 *rd, const struct rater360 *a,
		  const struct worker *rater, int q)
{
	const struct plan *ratee = demo_plan_of(c, a->ratee.id);
	enum rating base = ratee ? ratee->perilaku[q] : RATING_SESUAI;
	int score[VALUES_360], sum = 0;
	for (int v = 0; v < VALUES_360; v++) {
		enum rating r = level_planted(rater, a,
					      level_drawn(c, base, !strcmp(a->grp, "diri")));
		sum += (int)r;
		score[v] = score_of(c, r, rd->scale);
	}
	enum rating mean = (enum rating)((sum + VALUES_360 / 2) / VALUES_360);
	const char *comment = demo_rng_chance(&c->rng, 25) ?
			      demo_pick(c, demo_360_comment[mean], DEMO_VARIANTS) : "";
	struct actor who = demo_actor(rater);
	return store_rater360_answer(c->db, &who, a->id, rater->employee_id, score, comment,
				     c->err);
}

static int answers_give(struct mon_ctx *c, const struct round360 *rd, int q)
{
	struct rater360_query rq = { .round_id = rd->id };
	struct rater360 *a = NULL;
	size_t n = 0;
	if (store_rater360_list(c->db, &rq, &a, &n, c->err))
		return -1;
	qsort(a, n, sizeof *a, by_pair);
	enum fate *f = fates_draw(c, a, n, q);
	int rc = 0;
	for (size_t i = 0; !rc && i < n; i++) {
		const struct worker *rater = demo_worker(c, a[i].rater.id);
		struct actor who = rater ? demo_actor(rater) : (struct actor){ 0, "", "" };
		if (!rater || f[i] == SILENT)
			continue;
		rc = f[i] == DECLINES ?
		     store_rater360_decline(c->db, &who, a[i].id, rater->employee_id,
					    demo_pick(c, demo_360_decline, 2), c->err)
		     : answer(c, rd, &a[i], rater, q);
	}
	free(f);
	free(a);
	return rc;
}

/* HR opens the round, the raters answer, HR ends it on a date in the
 * past and closes it, so its results are shown. */
int demo_round360(struct mon_ctx *c, int q)
{
	struct actor hr = demo_actor(c->pengelola);
	struct round360 rd;
	int64_t assigned = 0;
	memset(&rd, 0, sizeof rd);
	rd.checkpoint_id = c->cp[q].id;
	date_wib(rd.closes_on, now_unix());
	if (store_round360_open(c->db, &hr, &rd, &assigned, c->err) || answers_give(c, &rd, q) ||
	    store_round360_update(c->db, &hr, rd.id, NULL, round_closed_on[q], c->err) ||
	    store_round360_close(c->db, &hr, rd.id, c->err))
		return demo_fail(c, "%s, putaran 360", c->cp[q].name);
	return 0;
}

/* ---- assessments ------------------------------------------------------------------------ */

/* The SKP's capaian at the quarter as "97", or "" (kualitatif). */
static int capaian_text(struct mon_ctx *c, const struct plan *p, int q, char out[16])
{
	struct skp_monitor m;
	struct skp_capaian cap;
	memset(&m, 0, sizeof m);
	if (store_skp_monitor(c->db, &p->skp, &m, c->err))
		return -1;
	skp_capaian_compute(&p->skp, m.real, m.n_real, c->cp[q].id, &cap);
	out[0] = '\0';
	if (cap.pct.set)
		snprintf(out, 16, "%.0f", cap.pct.value);
	skp_capaian_release(&cap);
	skp_monitor_release(&m);
	return 0;
}

/* The justifications of p's ratings at quarter q. */
static int reasons_write(struct mon_ctx *c, const struct plan *p, int q, char *hasil,
			 char *perilaku, size_t size)
{
	enum rating h = p->hasil[q], b = p->perilaku[q];
	int objected = q == DEMO_QUARTERS - 1 && is_objector(p);
	char pct[16];
	if (capaian_text(c, p, q, pct))
		return -1;
	const char *ht = objected ? demo_objector_hasil
			 : pct[0] ? demo_pick(c, demo_hasil_reason[h], DEMO_VARIANTS)
			 : demo_hasil_words[h];
	const char *bt = objected ? demo_objector_perilaku
			 : b == RATING_DI_BAWAH ? demo_misconduct_reason
			 : demo_pick(c, demo_perilaku_reason[b], DEMO_VARIANTS);
	demo_fill(hasil, size, ht, c->cp[q].name, pct, NULL, NULL);
	demo_fill(perilaku, size, bt, c->cp[q].name, NULL, value_of_interest(c, &p->skp)->name,
		  NULL);
	return 0;
}

/* The pejabat penilai rates and finalises; an administrator for the Camat. */
static int rate(struct mon_ctx *c, struct plan *p, int q)
{
	const struct worker *by = p->assessor ? p->assessor : c->admin;
	char hasil[TEXT_MAX], perilaku[TEXT_MAX];
	if (reasons_write(c, p, q, hasil, perilaku, TEXT_MAX))
		return -1;
	struct assessment_input in = {
		.skp_id = p->skp.id, .kind = ASSESS_PERIODIK, .checkpoint_id = c->cp[q].id,
		.hasil = p->hasil[q], .hasil_reason = hasil,
		.perilaku = p->perilaku[q], .perilaku_reason = perilaku,
		.finalise = 1, .assessor_id = by->employee_id, .assessor_name = by->name,
	};
	struct actor who = demo_actor(by);
	return store_assessment_save(c->db, &who, &in, &p->assessment_id[q], c->err);
}

/* Nearly everyone acknowledges Triwulan I and II, most Triwulan III (not
 * the demo "pegawai", nor the employee who objects). */
static int acknowledge(struct mon_ctx *c, const struct plan *p, int q)
{
	int last = q == DEMO_QUARTERS - 1;
	if ((last && (is_pegawai(p) || is_objector(p))) ||
	    !demo_rng_chance(&c->rng, last ? 70 : 95))
		return 0;
	struct actor who = demo_actor(p->owner);
	return store_assessment_acknowledge(c->db, &who, p->skp.id, ASSESS_PERIODIK, c->cp[q].id,
					    p->owner->name, c->err);
}

int demo_assess(struct mon_ctx *c, int q)
{
	for (size_t i = 0; i < c->n_p; i++)
		if (rate(c, &c->p[i], q))
			return demo_fail(c, "%s, penilaian %s", c->cp[q].name, c->p[i].owner->post);
	for (size_t i = 0; i < c->n_p; i++)
		if (acknowledge(c, &c->p[i], q))
			return demo_fail(c, "%s, diketahui %s", c->cp[q].name, c->p[i].owner->post);
	return 0;
}

/* ---- unit predicates and the objection ------------------------------------------------------ */

static const struct demo_unit_pred *unit_pred_of(const char *code)
{
	for (size_t i = 0; i < demo_n_unit_preds; i++)
		if (!strcmp(demo_unit_preds[i].unit, code))
			return &demo_unit_preds[i];
	return NULL;
}

/* Each unit's leader (an administrator where nobody leads it) sets it. */
int demo_unit_predicates(struct mon_ctx *c)
{
	struct unit *u = NULL;
	int64_t *leader = NULL;
	size_t n = 0;
	int rc = store_unit_leaders(c->db, &u, &leader, &n, c->err);
	for (size_t i = 0; !rc && i < n; i++) {
		const struct demo_unit_pred *d = unit_pred_of(u[i].code);
		const struct worker *by = leader[i] ? demo_worker(c, leader[i]) : c->admin;
		struct actor who = demo_actor(by ? by : c->admin);
		if (!d)
			rc = kerr_set(c->err, KERR_INTERNAL, "", "Data demo: predikat unit %s tidak "
				      "ada", u[i].code);
		else if (store_unit_result_set(c->db, &who, c->period_id, u[i].id, d->pred, d->note,
					       0, by ? by->name : c->admin->name, c->err))
			rc = demo_fail(c, "predikat unit %s", u[i].code);
	}
	free(u);
	free(leader);
	return rc ? -1 : 0;
}

static int objection_file(struct mon_ctx *c, const struct plan *p, int64_t *id)
{
	struct strbuf pdf = STRBUF_INIT;
	struct actor who = demo_actor(p->owner);
	char body[600];
	snprintf(body, sizeof body, "%s, NIP %s. Rekap capaian IKI Triwulan III 2026 dan daftar "
		 "berkas yang diselesaikan selama menggantikan rekan yang cuti pada bulan Agustus "
		 "(data demo).", p->owner->name, p->owner->nip);
	demo_pdf(&pdf, "Lampiran keberatan: rekap capaian Triwulan III", body);
	struct objection_file f = { "rekap-capaian-triwulan-iii.pdf", pdf.buf, pdf.len };
	struct objection_filing in = { p->assessment_id[DEMO_QUARTERS - 1], p->owner->employee_id,
				       demo_objection_reasons, &f };
	int rc = store_objection_file(c->db, &who, &in, id, c->err);
	strbuf_release(&pdf);
	return rc;
}

/* The employee objects to Triwulan III; the atasan asks for an explanation. */
int demo_objection(struct mon_ctx *c)
{
	const struct worker *w = demo_worker_at(c, demo_objector_post);
	const struct plan *p = w ? demo_plan_of(c, w->employee_id) : NULL;
	struct objection o;
	int64_t id = 0;
	memset(&o, 0, sizeof o);
	if (!p)
		return kerr_set(c->err, KERR_INTERNAL, "", "Data demo: SKP %s untuk keberatan tidak "
				"ada", demo_objector_post);
	int rc = objection_file(c, p, &id) || store_objection_get(c->db, id, &o, c->err);
	const struct worker *decider = o.decider_id ? demo_worker(c, o.decider_id) : c->admin;
	struct actor who = demo_actor(decider ? decider : c->admin);
	if (!rc)
		rc = store_objection_ask(c->db, &who, id, demo_objection_question,
					 decider ? decider->name : c->admin->name, 0, c->err);
	objection_release(&o);
	return rc ? demo_fail(c, "keberatan %s", demo_objector_post) : 0;
}
