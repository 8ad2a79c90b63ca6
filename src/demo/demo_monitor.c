/*
 * demo_monitor.c - the demo office's year so far (today is late November
 * 2026): Triwulan I, II and III realised with evidence, feedback threads,
 * a 360 round per triwulan, periodik assessments with their predicates,
 * every unit's predicate for 2026 and one objection in progress.
 *
 * It starts from the plans of demo_plan.c (the approved SKPs only: drafts,
 * returned and waiting SKPs have nothing to realise) and plays the year a
 * quarter at a time, each step as the person who does it:
 *   1. each employee records a realisasi for every IKI (a value near the
 *      target, below or above it as their rating for the quarter has it;
 *      a description for kualitatif SKPs) with a note, most with a link as
 *      evidence and a handful with a small PDF (the demo "pegawai",
 *      ASM-YAN-P01, among them);
 *   2. the pejabat penilai writes feedback on some results and behaviour
 *      values, and some employees reply (demo_review.c);
 *   3. the pengelola opens the quarter's 360 round, nearly every rater
 *      answers (a few decline with a reason, a few never answer), and the
 *      round is given a past closing date and closed: all three rounds are
 *      closed, because the Triwulan III assessments were made with their
 *      results (and the objection cites them);
 *   4. the pejabat penilai rates and finalises (ditetapkan) every approved
 *      SKP; an administrator rates the Camat, whom nobody in the system
 *      assesses; most employees acknowledge;
 *   5. an administrator closes Triwulan I and II; Triwulan III stays open.
 * Then the leader one level up sets every unit's predicate (Seksi
 * Pelayanan off the curve, see demo_monitor_text.c) and ASM-YAN-P04
 * objects to her Triwulan III assessment; the Camat, who decides, has
 * asked the pejabat penilai for an explanation.  The demo "pegawai" keeps
 * one unread feedback message and an unacknowledged Triwulan III; the demo
 * "pejabat" has unread replies from her staff.
 *
 * The predicates of Triwulan III come from the table of outcomes; those
 * of Triwulan I and II are the same per unit, shuffled between colleagues
 * (the one Kurang/Misconduct of Triwulan III was Butuh Perbaikan before),
 * so every quarter's spread keeps to the curve in the same units.  The
 * choices between equals come from demo_rng with a fixed seed, in an order
 * that does not depend on the database: every run, on SQLite and on
 * PostgreSQL, builds the same year.  Timestamps are the time of the run.
 */
#include "cli/commands.h"
#include "demo/demo_monitor.h"
#include "store/monitor.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define MONITOR_SEED 0x545749494949ULL   /* "TWIIII" */
#define UNIT_MAX_PLANS 16

/* Posts whose employees upload a PDF with their first realisasi. */
static const char *const pdf_posts[] = {
	"ASM-YAN-P01", "ASM-YAN-P02", "ASM-PEM-P01", "ASM-SEK-RENKEU-P01", "KEL-ASM-SEK-KA",
};

/* ---- shared helpers ---------------------------------------------------------------- */

struct actor demo_actor(const struct worker *w)
{
	return (struct actor){ w->user_id, w->login, "" };
}

const struct worker *demo_worker(const struct mon_ctx *c, int64_t employee_id)
{
	for (size_t i = 0; employee_id && i < c->n_w; i++)
		if (c->w[i].employee_id == employee_id)
			return &c->w[i];
	return NULL;
}

const struct worker *demo_worker_at(const struct mon_ctx *c, const char *post)
{
	for (size_t i = 0; i < c->n_w; i++)
		if (!strcmp(c->w[i].post, post))
			return &c->w[i];
	return NULL;
}

struct plan *demo_plan_of(const struct mon_ctx *c, int64_t employee_id)
{
	for (size_t i = 0; i < c->n_p; i++)
		if (c->p[i].owner->employee_id == employee_id)
			return &c->p[i];
	return NULL;
}

const char *demo_sapa(const struct worker *w)
{
	return w && w->female ? "Ibu" : "Bapak";
}

const char *demo_pick(struct mon_ctx *c, const char *const *texts, size_t n)
{
	return texts[demo_rng_range(&c->rng, 0, (int)n - 1)];
}

void demo_fill(char *out, size_t size, const char *tmpl, const char *tw, const char *pct,
	       const char *nilai, const char *sapa)
{
	static const char *const names[] = { "{tw}", "{pct}", "{nilai}", "{sapa}" };
	const char *const values[] = { tw, pct, nilai, sapa };
	demo_template(out, size, tmpl, names, values, COUNT(names));
}

/* Rewords the error as "Data demo ...: message", keeping its code and field. */
int demo_fail(struct mon_ctx *c, const char *fmt, ...)
{
	char where[160];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(where, sizeof where, fmt, ap);
	va_end(ap);
	struct kerr why = *c->err;
	kerr_clear(c->err);
	return kerr_set(c->err, why.code, why.field, "Data demo %s: %s", where, why.msg);
}

/* ---- a PDF of one page ---------------------------------------------------------------- */

/* text as a PDF string: ASCII only, ( ) \ escaped. */
static void pdf_string(struct strbuf *sb, const char *text, size_t len)
{
	strbuf_addch(sb, '(');
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)text[i];
		if (ch == '(' || ch == ')' || ch == '\\')
			strbuf_addch(sb, '\\');
		strbuf_addch(sb, ch >= 0x20 && ch < 0x7f ? ch : '?');
	}
	strbuf_addch(sb, ')');
}

/* The page's text: the title, then `text` wrapped at about 80 characters. */
static void pdf_content(struct strbuf *sb, const char *title, const char *text)
{
	strbuf_addstr(sb, "BT /F1 15 Tf 56 780 Td ");
	pdf_string(sb, title, strlen(title));
	strbuf_addstr(sb, " Tj /F1 10 Tf 0 -26 Td");
	while (*text) {
		size_t n = strlen(text), cut = n;
		if (n > 80) {
			cut = 80;
			while (cut > 40 && text[cut] != ' ')
				cut--;
		}
		strbuf_addch(sb, ' ');
		pdf_string(sb, text, cut);
		strbuf_addstr(sb, " Tj 0 -14 Td");
		text += cut;
		while (*text == ' ')
			text++;
	}
	strbuf_addstr(sb, " ET");
}

void demo_pdf(struct strbuf *out, const char *title, const char *text)
{
	struct strbuf content = STRBUF_INIT;
	size_t offset[6];
	pdf_content(&content, title, text);
	strbuf_addstr(out, "%PDF-1.4\n");
	const char *objects[] = {
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
		"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	};
	for (size_t i = 0; i < COUNT(objects); i++) {
		offset[i + 1] = out->len;
		strbuf_addf(out, "%zu 0 obj\n%s\nendobj\n", i + 1, objects[i]);
	}
	offset[5] = out->len;
	strbuf_addf(out, "5 0 obj\n<< /Length %zu >>\nstream\n%s\nendstream\nendobj\n",
		    content.len, content.buf);
	size_t xref = out->len;
	strbuf_addstr(out, "xref\n0 6\n0000000000 65535 f \n");
	for (int i = 1; i <= 5; i++)
		strbuf_addf(out, "%010zu 00000 n \n", offset[i]);
	strbuf_addf(out, "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n", xref);
	strbuf_release(&content);
}

/* ---- who is who ------------------------------------------------------------------------- */

static const struct user *user_of(const struct user *u, size_t n, int64_t employee_id)
{
	for (size_t i = 0; i < n; i++)
		if (u[i].employee_id == employee_id)
			return &u[i];
	return NULL;
}

static void worker_set(struct worker *w, const struct employee *e, const struct user *u)
{
	w->employee_id = e->id;
	w->user_id = u->id;
	copy_str(w->login, sizeof w->login, u->login);
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "%s%s%s%s%s", e->front_title, e->front_title[0] ? " " : "", e->name,
		    e->back_title[0] ? ", " : "", e->back_title);
	copy_str(w->name, sizeof w->name, sb.buf);
	strbuf_release(&sb);
	copy_str(w->nip, sizeof w->nip, e->nip);
	w->female = strlen(e->nip) == 18 && e->nip[14] == '2';
	copy_str(w->post, sizeof w->post, e->position_code);
	w->unit_id = e->unit_id;
}

/* The active employees holding a post, with their accounts; the
 * administrator and the pengelola among them. */
static int workers_load(struct mon_ctx *c)
{
	struct employee_query q = { .status = "aktif", .page = 1, .per_page = 500 };
	struct employee *e = NULL;
	struct user *u = NULL;
	size_t n = 0, nu = 0;
	int64_t total = 0;
	int rc = store_employee_list(c->db, &q, &e, &n, &total, c->err) ||
		 store_user_list(c->db, &u, &nu, c->err);
	c->w = xcalloc(n + 1, sizeof *c->w);
	for (size_t i = 0; !rc && i < n; i++) {
		const struct user *acct = user_of(u, nu, e[i].id);
		if (e[i].position_id && acct)
			worker_set(&c->w[c->n_w++], &e[i], acct);
	}
	for (size_t i = 0; !rc && i < nu; i++) {
		if (u[i].role == ROLE_ADMIN && !c->admin)
			c->admin = demo_worker(c, u[i].employee_id);
		if (u[i].role == ROLE_PENGELOLA && !c->pengelola)
			c->pengelola = demo_worker(c, u[i].employee_id);
	}
	free(e);
	free(u);
	if (!rc && (!c->admin || !c->pengelola))
		rc = kerr_set(c->err, KERR_INTERNAL, "", "Data demo: akun administrator atau "
			      "pengelola kinerja tidak ada");
	return rc ? -1 : 0;
}

static int period_load(struct mon_ctx *c)
{
	struct period p;
	struct checkpoint *cp = NULL;
	size_t n = 0;
	if (store_period_current(c->db, &p, c->err) ||
	    store_checkpoint_list(c->db, p.id, &cp, &n, c->err))
		return -1;
	c->period_id = p.id;
	for (size_t i = 0; i < n; i++)
		if (cp[i].seq >= 1 && cp[i].seq <= DEMO_QUARTERS)
			c->cp[cp[i].seq - 1] = cp[i];
	free(cp);
	for (int q = 0; q < DEMO_QUARTERS; q++)
		if (!c->cp[q].id)
			return kerr_set(c->err, KERR_INTERNAL, "", "Data demo: periode %s tidak "
					"memiliki Triwulan %d", p.name, q + 1);
	return 0;
}

static int by_post(const void *a, const void *b)
{
	const struct plan *x = a, *y = b;
	return strcmp(x->owner->post, y->owner->post);
}

static int plan_load(struct mon_ctx *c, const struct skp_summary *s, struct plan *p)
{
	int64_t assessor = 0;
	p->owner = demo_worker(c, s->employee_id);
	if (!p->owner)
		return kerr_set(c->err, KERR_INTERNAL, "", "Data demo: pegawai SKP %lld tanpa akun",
				(long long)s->id);
	if (store_skp_get(c->db, s->id, &p->skp, c->err) ||
	    store_skp_assessor(c->db, &p->skp, &assessor, NULL, c->err))
		return -1;
	p->assessor = assessor ? demo_worker(c, assessor) : NULL;
	return 0;
}

/* Every approved SKP of the period, ordered by post. */
static int plans_load(struct mon_ctx *c)
{
	struct skp_query q = { .period_id = c->period_id, .state = "disetujui", .page = 1,
			       .per_page = 500 };
	struct skp_summary *s = NULL;
	size_t n = 0;
	int64_t total = 0;
	int rc = store_skp_list(c->db, &q, &s, &n, &total, c->err);
	c->p = xcalloc(n + 1, sizeof *c->p);
	for (size_t i = 0; !rc && i < n; i++, c->n_p++)
		rc = plan_load(c, &s[i], &c->p[i]);
	free(s);
	if (!rc)
		qsort(c->p, c->n_p, sizeof *c->p, by_post);
	return rc ? -1 : 0;
}

/* ---- what each quarter brings ----------------------------------------------------------- */

static enum predicate outcome_of(const char *post)
{
	for (size_t i = 0; i < demo_n_outcomes; i++)
		if (!strcmp(demo_outcomes[i].post, post))
			return demo_outcomes[i].pred;
	return PRED_BAIK;
}

/* Ratings that give predicate p (the matrix read backwards); Baik comes
 * in its three cells. */
static void ratings_for(struct mon_ctx *c, enum predicate p, enum rating *hasil,
			enum rating *perilaku)
{
	int roll = demo_rng_range(&c->rng, 0, 99);
	*hasil = *perilaku = RATING_SESUAI;
	if (p == PRED_SANGAT_BAIK)
		*hasil = *perilaku = RATING_DI_ATAS;
	else if (p == PRED_BAIK && roll >= 70)
		*(roll < 85 ? hasil : perilaku) = RATING_DI_ATAS;
	else if (p == PRED_BUTUH_PERBAIKAN)
		*hasil = RATING_DI_BAWAH;
	else if (p == PRED_KURANG)
		*perilaku = RATING_DI_BAWAH;
	else if (p == PRED_SANGAT_KURANG)
		*hasil = *perilaku = RATING_DI_BAWAH;
}

/* The plans of plan i's unit when i is the unit's first plan (else 0):
 * their indexes in idx, how many returned. */
static size_t unit_plans(const struct mon_ctx *c, size_t i, size_t idx[UNIT_MAX_PLANS])
{
	size_t n = 0;
	for (size_t j = 0; j < c->n_p && n < UNIT_MAX_PLANS; j++) {
		if (c->p[j].owner->unit_id != c->p[i].owner->unit_id)
			continue;
		if (j < i)
			return 0;
		idx[n++] = j;
	}
	return n;
}

/* Trades the predicates of quarter q between two colleagues in half of
 * the units, so people vary while each unit's spread stays the same. */
static void shuffle_in_units(struct mon_ctx *c, int q)
{
	size_t idx[UNIT_MAX_PLANS];
	for (size_t i = 0; i < c->n_p; i++) {
		size_t n = unit_plans(c, i, idx);
		if (n < 2 || !demo_rng_chance(&c->rng, 50))
			continue;
		int a = demo_rng_range(&c->rng, 0, (int)n - 1);
		int b = (a + demo_rng_range(&c->rng, 1, (int)n - 1)) % (int)n;
		enum predicate t = c->p[idx[a]].pred[q];
		c->p[idx[a]].pred[q] = c->p[idx[b]].pred[q];
		c->p[idx[b]].pred[q] = t;
	}
}

static void plan_ratings(struct mon_ctx *c)
{
	for (size_t i = 0; i < c->n_p; i++) {
		struct plan *p = &c->p[i];
		p->pred[2] = outcome_of(p->owner->post);
		p->pred[0] = p->pred[1] = p->pred[2] == PRED_KURANG ? PRED_BUTUH_PERBAIKAN : p->pred[2];
	}
	shuffle_in_units(c, 0);
	shuffle_in_units(c, 1);
	for (size_t i = 0; i < c->n_p; i++)
		for (int q = 0; q < DEMO_QUARTERS; q++)
			ratings_for(c, c->p[i].pred[q], &c->p[i].hasil[q], &c->p[i].perilaku[q]);
}

/* ---- realisasi ------------------------------------------------------------------------------ */

/* The achievement aimed at, in percent of the target, for hasil rating h:
 * mostly near 100 when Sesuai, with some a little below or above. */
static int aimed_pct(struct mon_ctx *c, enum rating h)
{
	if (h == RATING_DI_ATAS)
		return demo_rng_range(&c->rng, 106, 116);
	if (h == RATING_DI_BAWAH)
		return demo_rng_range(&c->rng, 70, 86);
	int roll = demo_rng_range(&c->rng, 0, 99);
	return roll < 12 ? demo_rng_range(&c->rng, 88, 94)
	       : roll < 22 ? demo_rng_range(&c->rng, 105, 109) : demo_rng_range(&c->rng, 96, 104);
}

/* Units counted in whole numbers (berkas, laporan, ...), not %, indeks, hari. */
static int whole_units(const char *unit)
{
	static const char *const measured[] = { "%", "indeks", "nilai", "hari", "jam", "menit" };
	for (size_t i = 0; i < COUNT(measured); i++)
		if (!strcmp(unit, measured[i]))
			return 0;
	return 1;
}

/* A value achieving about pct percent of IKI k's target: for "turun" below
 * the target, for a range inside it when pct is near 100. */
static void value_for(const struct iki *k, int pct, char out[32])
{
	double lo = strtod(k->target_min, NULL);
	double hi = k->target_max[0] ? strtod(k->target_max, NULL) : lo;
	double f = pct / 100.0, v;
	if (!strcmp(k->direction, "turun"))
		v = lo > 0 ? lo * (2.0 - f) : (pct >= 100 ? 0 : 1);
	else if (hi > lo && pct >= 95 && pct <= 104)
		v = lo + (hi - lo) * (pct - 95) / 10.0;
	else
		v = (pct > 100 ? hi : lo) * f;
	if (!strcmp(k->unit_label, "%") && v > 100)
		v = 100;
	if (whole_units(k->unit_label))
		snprintf(out, 32, "%.0f", v < 0 ? 0 : round(v));
	else
		snprintf(out, 32, "%.1f", v < 0 ? 0 : round(v * 10) / 10);
	size_t n = strlen(out);
	if (n > 2 && !strcmp(out + n - 2, ".0"))
		out[n - 2] = '\0';
}

/* How value compares with IKI k's target, for the tone of its note: h
 * when there is no value. */
static enum rating tone_of(const struct iki *k, const char *value, enum rating h)
{
	struct kerr ignored = KERR_INIT;
	double lo = strtod(k->target_min, NULL), pct;
	double hi = k->target_max[0] ? strtod(k->target_max, NULL) : lo;
	if (!value[0] || achievement_pct(strtod(value, NULL), lo, hi, k->direction, &pct, &ignored))
		return h;
	return pct < 95 ? RATING_DI_BAWAH : pct > 104 ? RATING_DI_ATAS : RATING_SESUAI;
}

static int is_pdf_post(const char *post)
{
	for (size_t i = 0; i < COUNT(pdf_posts); i++)
		if (!strcmp(pdf_posts[i], post))
			return 1;
	return 0;
}

static int pdf_add(struct mon_ctx *c, const struct plan *p, int q, const struct iki *k,
		   const char *value, int64_t real_id)
{
	struct actor who = demo_actor(p->owner);
	struct strbuf pdf = STRBUF_INIT, body = STRBUF_INIT;
	char title[120], name[64];
	int64_t id;
	snprintf(title, sizeof title, "Bukti dukung realisasi %s 2026", c->cp[q].name);
	snprintf(name, sizeof name, "rekap-triwulan-%d-2026.pdf", q + 1);
	strbuf_addf(&body, "Pegawai: %s, NIP %s. Indikator: %s. Realisasi: %s %s. "
		    "Kecamatan Asemrowo, Kota Surabaya (data demo).", p->owner->name, p->owner->nip,
		    k->text, value[0] ? value : "-", value[0] ? k->unit_label : "");
	demo_pdf(&pdf, title, body.buf);
	int rc = store_evidence_add_file(c->db, &who, real_id, name, pdf.buf, pdf.len, &id, c->err);
	strbuf_release(&pdf);
	strbuf_release(&body);
	return rc;
}

static int aspect_index(const char *aspect)
{
	static const char *const aspects[] = { "kuantitas", "kualitas", "waktu", "biaya" };
	for (size_t i = 0; i < COUNT(aspects); i++)
		if (!strcmp(aspects[i], aspect))
			return (int)i;
	return 0;
}

/* Evidence of one realisasi: a PDF with the first one of a few people,
 * a link with most. */
static int evidence_add(struct mon_ctx *c, const struct plan *p, int q, const struct iki *k,
			const char *value, int64_t real_id, int first)
{
	struct actor who = demo_actor(p->owner);
	char url[200], title[160];
	int64_t id;
	if (first && is_pdf_post(p->owner->post) && pdf_add(c, p, q, k, value, real_id))
		return -1;
	if (!demo_rng_chance(&c->rng, 85))
		return 0;
	snprintf(url, sizeof url, "https://arsip.surabaya.go.id.example/asemrowo/2026/tw%d/%s/"
		 "iki-%lld", q + 1, p->owner->nip, (long long)k->id);
	demo_fill(title, sizeof title, demo_link_title[aspect_index(k->aspect)], c->cp[q].name,
		  NULL, NULL, NULL);
	return store_evidence_add_link(c->db, &who, real_id, url, title, &id, c->err);
}

static int realisasi_add(struct mon_ctx *c, const struct plan *p, int q, const struct iki *k,
			 int first)
{
	struct actor who = demo_actor(p->owner);
	enum rating h = p->hasil[q];
	char value[32] = "", words[SKP_TEXT_MAX + 1] = "", lead[200];
	int64_t id;
	int created;
	if (strcmp(p->skp.approach, "kualitatif")) {
		value_for(k, aimed_pct(c, h), value);
	} else {
		demo_fill(lead, sizeof lead, demo_real_words[h], c->cp[q].name, NULL, NULL, NULL);
		snprintf(words, sizeof words, "%s%s", lead, k->target_text);
	}
	struct realisasi_input in = {
		.skp_id = p->skp.id, .iki_id = k->id, .checkpoint_id = c->cp[q].id,
		.value = value, .description = words,
		.note = demo_pick(c, demo_real_note[tone_of(k, value, h)], DEMO_VARIANTS),
	};
	if (store_realisasi_save(c->db, &who, &in, &id, &created, c->err))
		return -1;
	return evidence_add(c, p, q, k, value, id, first);
}

static int realisasi_quarter(struct mon_ctx *c, int q)
{
	for (size_t i = 0; i < c->n_p; i++) {
		const struct plan *p = &c->p[i];
		int first = 1;
		for (size_t r = 0; r < p->skp.n_rhk; r++)
			for (size_t j = 0; j < p->skp.rhk[r].n_iki; j++, first = 0)
				if (realisasi_add(c, p, q, &p->skp.rhk[r].iki[j], first))
					return demo_fail(c, "%s, realisasi %s", c->cp[q].name,
						       p->owner->post);
	}
	return 0;
}

/* ---- the year ------------------------------------------------------------------------------ */

static int checkpoint_close(struct mon_ctx *c, int q)
{
	struct actor who = demo_actor(c->admin);
	if (store_checkpoint_close(c->db, &who, c->cp[q].id, c->err))
		return demo_fail(c, "menutup %s", c->cp[q].name);
	return 0;
}

static int quarter_run(struct mon_ctx *c, int q)
{
	return realisasi_quarter(c, q) || demo_feedback(c, q) || demo_round360(c, q) ||
	       demo_assess(c, q) || (q < DEMO_QUARTERS - 1 && checkpoint_close(c, q)) ? -1 : 0;
}

int demo_create_monitoring(struct db *db, struct kerr *err)
{
	struct mon_ctx c = { .db = db, .err = err };
	demo_rng_seed(&c.rng, MONITOR_SEED);
	int rc = workers_load(&c) || period_load(&c) || plans_load(&c);
	if (!rc)
		plan_ratings(&c);
	for (int q = 0; !rc && q < DEMO_QUARTERS; q++)
		rc = quarter_run(&c, q);
	if (!rc)
		rc = demo_unit_predicates(&c) || demo_objection(&c) || demo_followup(&c);
	for (size_t i = 0; i < c.n_p; i++)
		skp_release(&c.p[i].skp);
	free(c.p);
	free(c.w);
	return rc ? -1 : 0;
}
