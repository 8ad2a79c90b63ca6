/*
 * demo_plan.c - the demo office's performance plans for 2026: the period
 * "Tahun 2026" (quarterly checkpoints, opened), the Renstra / Perjanjian
 * Kinerja goals of the city and of Kecamatan Asemrowo, and an SKP for
 * every employee with results (RHK), indicators (IKI), behaviour
 * expectations and, for the heads, lampiran.
 *
 * The SKPs are built top-down (the Camat first, staff last) so every
 * result can point at the pejabat penilai's result it supports; the words
 * come from demo_plan_text.c.  Then each SKP is submitted by its owner and
 * approved by its assessor, again top-down, except a few staff SKPs left
 * in draft, waiting for approval, or returned with a note (see `planned`),
 * so the inboxes and the cascade view have something to show.  Everything
 * goes through store/plan.h as the actor "demo"; nothing here is random,
 * so every run builds the same plans.
 */
#include "cli/commands.h"
#include "demo/demo.h"
#include "demo/demo_plan.h"
#include "domain/berakhlak.h"
#include "store/plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define MAX_KEYS 12             /* results per SKP, the Plt's included */
#define TOP_SUPERIOR "Wali Kota Surabaya melalui Sekretaris Daerah"

/* The SKPs that do not end approved: all staff, none of them the demo
 * "pegawai" (ASM-YAN-P01, approved); the demo "pejabat" (ASM-YAN-KA) has
 * ASM-YAN-P03 waiting in the inbox. */
static const struct {
	const char *post;
	enum skp_state state;
	int unfinished;         /* draft still missing an indicator */
	const char *note;       /* the assessor's note when returned */
} planned[] = {
	{ "ASM-TRANTIB-P04", SKP_DRAFT, 0, NULL },
	{ "KEL-GKL-KESRA-P02", SKP_DRAFT, 0, NULL },
	{ "KEL-TSR-TRANTIB-P02", SKP_DRAFT, 1, NULL },
	{ "ASM-YAN-P03", SKP_DIAJUKAN, 0, NULL },
	{ "KEL-ASM-PEM-P02", SKP_DIAJUKAN, 0, NULL },
	{ "ASM-PEM-P02", SKP_DIKEMBALIKAN, 0,
	  "Target IKI belum terukur; tambahkan satuan dan angka target sesuai jumlah RT/RW "
	  "di wilayah kecamatan" },
	{ "KEL-GKL-SEK-P02", SKP_DIKEMBALIKAN, 0,
	  "RHK 2 belum selaras dengan jadwal penyusunan anggaran kelurahan; tambahkan IKI "
	  "ketepatan waktu" },
};

/* A result created in an SKP, by its table key. */
struct keyed {
	const char *key;
	int64_t id;
	int utama;
};

/* One employee holding a post, and their SKP as it is built. */
struct holder {
	const struct position *pos;
	const struct position *acting;   /* a vacant post they hold as Plt, or NULL */
	const struct demo_role *role, *acting_role;
	int64_t assessor_id;
	int depth;
	char kel[200];                   /* "Kelurahan Asemrowo", or "" */
	char atasan[220];                /* the pejabat penilai's position, for lampiran */
	int64_t skp_id;
	struct keyed rhk[MAX_KEYS];
	size_t n_rhk;
	enum skp_state want;
	int unfinished;
	const char *note;
};

struct plan_ctx {
	struct db *db;
	struct actor who;
	struct kerr *err;
	int64_t period_id;
	int64_t *goal_ids;               /* parallel to demo_goals */
	struct unit *units;
	size_t n_units;
	struct position *pos;
	size_t n_pos;
	struct holder *h;
	size_t n_h;
};

/* ---- period and goals -------------------------------------------------------- */

static int period_add(struct plan_ctx *c)
{
	struct period p;
	memset(&p, 0, sizeof p);
	copy_str(p.name, sizeof p.name, "Tahun 2026");
	p.year = 2026;
	copy_str(p.start_date, sizeof p.start_date, "2026-01-01");
	copy_str(p.end_date, sizeof p.end_date, "2026-12-31");
	copy_str(p.plan_due, sizeof p.plan_due, "2026-01-31");
	copy_str(p.cadence, sizeof p.cadence, "triwulan");
	if (store_period_create(c->db, &c->who, &p, c->err) ||
	    store_period_act(c->db, &c->who, p.id, "buka", c->err))
		return -1;
	c->period_id = p.id;
	return 0;
}

static const struct unit *unit_by_code(const struct plan_ctx *c, const char *code)
{
	for (size_t i = 0; i < c->n_units; i++)
		if (!strcmp(c->units[i].code, code))
			return &c->units[i];
	return NULL;
}

static int goals_add(struct plan_ctx *c)
{
	c->goal_ids = xcalloc(demo_n_goals, sizeof *c->goal_ids);
	for (size_t i = 0; i < demo_n_goals; i++) {
		const struct demo_goal *d = &demo_goals[i];
		const struct unit *u = unit_by_code(c, d->unit);
		char text[SKP_TEXT_MAX + 1], indicator[SKP_TEXT_MAX + 1];
		struct goal g;
		if (!u)
			return kerr_set(c->err, KERR_INTERNAL, "", "Data demo: unit %s tidak ada",
					d->unit);
		memset(&g, 0, sizeof g);
		g.period_id = c->period_id;
		g.unit_id = u->id;
		copy_str(g.code, sizeof g.code, d->code);
		copy_str(text, sizeof text, d->text);
		copy_str(indicator, sizeof indicator, d->indicator);
		g.text = text;
		g.indicator = indicator;
		if (store_goal_create(c->db, &c->who, &g, c->err))
			return -1;
		c->goal_ids[i] = g.id;
	}
	return 0;
}

static int64_t goal_id(const struct plan_ctx *c, const char *code)
{
	for (size_t i = 0; i < demo_n_goals; i++)
		if (!strcmp(demo_goals[i].code, code))
			return c->goal_ids[i];
	return 0;
}

/* ---- who holds what ---------------------------------------------------------------- */

/* The table entry of a post: "KEL-ASM-PEM-P01" is looked up as "KEL-PEM-P01". */
static const struct demo_role *role_of(const char *code)
{
	char key[64];
	const char *rest = strncmp(code, "KEL-", 4) ? NULL : strchr(code + 4, '-');
	if (rest)
		snprintf(key, sizeof key, "KEL%s", rest);
	else
		copy_str(key, sizeof key, code);
	for (size_t i = 0; i < demo_n_roles; i++)
		if (!strcmp(demo_roles[i].post, key))
			return &demo_roles[i];
	return &demo_role_fallback;
}

static const struct position *pos_by_id(const struct plan_ctx *c, int64_t id)
{
	for (size_t i = 0; id && i < c->n_pos; i++)
		if (c->pos[i].id == id)
			return &c->pos[i];
	return NULL;
}

static int depth_of(const struct plan_ctx *c, const struct position *p)
{
	int d = 0;
	while (p && (p = pos_by_id(c, p->parent_id)) && d < 64)
		d++;
	return d;
}

static struct holder *holder_of(const struct plan_ctx *c, int64_t employee_id)
{
	for (size_t i = 0; employee_id && i < c->n_h; i++)
		if (c->h[i].pos->holder_id == employee_id)
			return &c->h[i];
	return NULL;
}

static struct holder *holder_at(const struct plan_ctx *c, const char *post)
{
	for (size_t i = 0; i < c->n_h; i++)
		if (!strcmp(c->h[i].pos->code, post))
			return &c->h[i];
	return NULL;
}

/* "Kelurahan Asemrowo" for a post in KEL-ASM or below. */
static void kel_name(const struct plan_ctx *c, const char *code, char *out, size_t size)
{
	char unit[40];
	const char *dash = strncmp(code, "KEL-", 4) ? NULL : strchr(code + 4, '-');
	const struct unit *u = NULL;
	out[0] = '\0';
	if (dash) {
		snprintf(unit, sizeof unit, "%.*s", (int)(dash - code), code);
		u = unit_by_code(c, unit);
	}
	if (u)
		copy_str(out, size, u->name);
}

static int by_depth(const void *a, const void *b)
{
	const struct holder *x = a, *y = b;
	if (x->depth != y->depth)
		return x->depth < y->depth ? -1 : 1;
	return strcmp(x->pos->code, y->pos->code);
}

/* The pejabat penilai's position as the lampiran name it. */
static void atasan_name(const struct plan_ctx *c, struct holder *h)
{
	const struct holder *a = holder_of(c, h->assessor_id);
	if (!a)
		copy_str(h->atasan, sizeof h->atasan, TOP_SUPERIOR);
	else if (a->acting && h->pos->parent_id == a->acting->id)
		snprintf(h->atasan, sizeof h->atasan, "Plt. %s", a->acting->name);
	else
		copy_str(h->atasan, sizeof h->atasan, a->pos->name);
}

static int holders_load(struct plan_ctx *c)
{
	int64_t above;
	c->h = xcalloc(c->n_pos, sizeof *c->h);
	for (size_t i = 0; i < c->n_pos; i++) {
		const struct position *p = &c->pos[i];
		if (!p->holder_id)
			continue;
		struct holder *h = &c->h[c->n_h++];
		h->pos = p;
		h->role = role_of(p->code);
		h->depth = depth_of(c, p);
		h->want = SKP_DISETUJUI;
		kel_name(c, p->code, h->kel, sizeof h->kel);
		if (store_employee_assessors(c->db, p->holder_id, &h->assessor_id, &above, c->err))
			return -1;
	}
	for (size_t i = 0; i < c->n_pos; i++) {
		struct holder *h = holder_of(c, c->pos[i].plt_id);
		if (h && !c->pos[i].holder_id && !h->acting) {
			h->acting = &c->pos[i];
			h->acting_role = role_of(c->pos[i].code);
		}
	}
	for (size_t i = 0; i < COUNT(planned); i++) {
		struct holder *h = holder_at(c, planned[i].post);
		if (h) {
			h->want = planned[i].state;
			h->unfinished = planned[i].unfinished;
			h->note = planned[i].note;
		}
	}
	for (size_t i = 0; i < c->n_h; i++)
		atasan_name(c, &c->h[i]);
	qsort(c->h, c->n_h, sizeof *c->h, by_depth);
	return 0;
}

/* ---- building one SKP ---------------------------------------------------------------- */

/* tmpl with {kel}, {unit} and {atasan} filled in for h. */
static void fill(char *out, size_t size, const char *tmpl, const struct holder *h)
{
	static const char *const names[] = { "{kel}", "{unit}", "{atasan}" };
	const char *const values[] = { h->kel, h->pos->unit_name, h->atasan };
	demo_template(out, size, tmpl, names, values, COUNT(names));
}

/* What a result of h points at: "G:CODE" a goal; a key the assessor's
 * result of that key; "" (or a key the assessor lacks) the assessor's
 * first utama result; NULL nothing. */
static void parent_of(const struct plan_ctx *c, const struct holder *h, const char *parent,
		      int64_t *rhk_id, int64_t *goal)
{
	*rhk_id = *goal = 0;
	if (!parent)
		return;
	if (!strncmp(parent, "G:", 2)) {
		*goal = goal_id(c, parent + 2);
		return;
	}
	const struct holder *a = holder_of(c, h->assessor_id);
	for (size_t i = 0; a && i < a->n_rhk && !*rhk_id; i++)
		if (*parent && a->rhk[i].key[0] && !strcmp(a->rhk[i].key, parent))
			*rhk_id = a->rhk[i].id;
	for (size_t i = 0; a && i < a->n_rhk && !*rhk_id; i++)
		if (a->rhk[i].utama)
			*rhk_id = a->rhk[i].id;
}

static int iki_add(struct plan_ctx *c, const struct holder *h, int64_t rhk_id, int seq,
		   const struct demo_iki *d)
{
	char text[SKP_TEXT_MAX + 1], words[SKP_TEXT_MAX + 1];
	struct iki k;
	memset(&k, 0, sizeof k);
	k.rhk_id = rhk_id;
	k.seq = seq;
	fill(text, sizeof text, d->text, h);
	fill(words, sizeof words, d->words ? d->words : "", h);
	k.text = text;
	k.target_text = words;
	copy_str(k.aspect, sizeof k.aspect, d->aspect);
	copy_str(k.target_min, sizeof k.target_min, d->min ? d->min : "");
	copy_str(k.target_max, sizeof k.target_max, d->max ? d->max : "");
	copy_str(k.unit_label, sizeof k.unit_label, d->unit ? d->unit : "");
	copy_str(k.direction, sizeof k.direction, d->dir ? d->dir : "naik");
	return store_iki_add(c->db, &c->who, &k, c->err);
}

/* One result with its indicators; `acting` names the vacant post when the
 * result is carried as its Plt. */
static int rhk_add(struct plan_ctx *c, struct holder *h, const struct demo_rhk *d, int seq,
		   int with_iki, const char *acting)
{
	char text[SKP_TEXT_MAX + 1];
	struct strbuf full = STRBUF_INIT;
	struct rhk r;
	if (h->n_rhk >= MAX_KEYS)
		return kerr_set(c->err, KERR_INTERNAL, "", "Data demo: terlalu banyak RHK");
	memset(&r, 0, sizeof r);
	r.skp_id = h->skp_id;
	r.seq = seq;
	copy_str(r.kind, sizeof r.kind, d->tambahan ? "tambahan" : "utama");
	fill(text, sizeof text, d->text, h);
	strbuf_addstr(&full, text);
	if (acting)
		strbuf_addf(&full, " (selaku Plt. %s)", acting);
	r.text = full.buf;
	parent_of(c, h, d->parent, &r.parent_rhk_id, &r.goal_id);
	int rc = store_rhk_add(c->db, &c->who, &r, c->err);
	strbuf_release(&full);
	if (rc)
		return -1;
	h->rhk[h->n_rhk++] = (struct keyed){ d->key, r.id, !d->tambahan };
	for (int j = 0; with_iki && j < DEMO_MAX_IKI && d->iki[j].text; j++)
		if (iki_add(c, h, r.id, j + 1, &d->iki[j]))
			return -1;
	return 0;
}

static int results_add(struct plan_ctx *c, struct holder *h)
{
	const struct demo_role *role = h->role;
	int utama = 0, tambahan = 0;
	for (size_t i = 0; i < role->n_rhk; i++) {
		const struct demo_rhk *d = &role->rhk[i];
		int with_iki = !(h->unfinished && i + 1 == role->n_rhk);
		if (rhk_add(c, h, d, d->tambahan ? ++tambahan : ++utama, with_iki, NULL))
			return -1;
	}
	/* A Plt carries the vacant post's main results too. */
	for (size_t i = 0; h->acting_role && i < h->acting_role->n_rhk; i++) {
		const struct demo_rhk *d = &h->acting_role->rhk[i];
		if (!d->tambahan && rhk_add(c, h, d, ++utama, 1, h->acting->name))
			return -1;
	}
	return 0;
}

static int expectations_add(struct plan_ctx *c, const struct holder *h)
{
	char text[SKP_TEXT_MAX + 1];
	for (int i = 0; i < DEMO_MAX_EXPECT && h->role->expect[i].value; i++) {
		int v = berakhlak_index(h->role->expect[i].value);
		if (v < 0)
			return kerr_set(c->err, KERR_INTERNAL, "", "Data demo: nilai %s tidak dikenal",
					h->role->expect[i].value);
		fill(text, sizeof text, h->role->expect[i].text, h);
		if (store_skp_set_expectation(c->db, &c->who, h->skp_id, v, text, c->err))
			return -1;
	}
	return 0;
}

/* Heads list their lampiran: administrators two items of each kind,
 * pengawas one. */
static int lampiran_add(struct plan_ctx *c, const struct holder *h)
{
	char text[SKP_TEXT_MAX + 1];
	int64_t id;
	if (!position_kind_is_head(h->pos->kind))
		return 0;
	int items = strcmp(h->pos->kind, "pengawas") ? 2 : 1;
	for (int k = 0; k < ATT__KINDS; k++)
		for (int i = 0; i < items; i++) {
			fill(text, sizeof text, demo_lampiran[k][i], h);
			if (store_skp_attachment_add(c->db, &c->who, h->skp_id,
						     (enum attachment_kind)k, text, &id, c->err))
				return -1;
		}
	return 0;
}

static int skp_build(struct plan_ctx *c, struct holder *h)
{
	struct skp s;
	memset(&s, 0, sizeof s);
	s.period_id = c->period_id;
	s.employee_id = h->pos->holder_id;
	s.month_from = 1;
	s.month_to = 12;
	copy_str(s.approach, sizeof s.approach, h->role->approach ? h->role->approach : "kuantitatif");
	if (store_skp_create(c->db, &c->who, &s, c->err))
		return -1;
	h->skp_id = s.id;
	return results_add(c, h) || expectations_add(c, h) || lampiran_add(c, h) ? -1 : 0;
}

/* ---- the workflow ------------------------------------------------------------------------ */

static int act(struct plan_ctx *c, const struct holder *h, enum skp_action action,
	       enum skp_role role, const char *note)
{
	struct skp s;
	memset(&s, 0, sizeof s);
	if (store_skp_get(c->db, h->skp_id, &s, c->err))
		return -1;
	int64_t version = s.version;
	skp_release(&s);
	return store_skp_act(c->db, &c->who, h->skp_id, version, action, role, note, c->err);
}

static int skp_flow(struct plan_ctx *c, const struct holder *h)
{
	if (h->want == SKP_DRAFT)
		return 0;
	if (act(c, h, SKP_SUBMIT, SKP_ROLE_OWNER, NULL))
		return -1;
	if (h->want == SKP_DIKEMBALIKAN)
		return act(c, h, SKP_RETURN, SKP_ROLE_ASSESSOR, h->note);
	if (h->want == SKP_DISETUJUI)
		return act(c, h, SKP_APPROVE, SKP_ROLE_ASSESSOR, NULL);
	return 0;
}

/* Names the post in the error, keeping its code and field. */
static int fail_at(struct plan_ctx *c, const struct holder *h)
{
	struct kerr why = *c->err;
	kerr_clear(c->err);
	return kerr_set(c->err, why.code, why.field, "Rencana kinerja demo, jabatan %s: %s",
			h->pos->code, why.msg);
}

int demo_create_plans(struct db *db, struct kerr *err)
{
	struct plan_ctx c = { .db = db, .who = { 0, "demo", "" }, .err = err };
	int rc = store_unit_list(db, &c.units, &c.n_units, err) ||
		 store_position_list(db, &c.pos, &c.n_pos, err) || period_add(&c) ||
		 goals_add(&c) || holders_load(&c);
	for (size_t i = 0; !rc && i < c.n_h; i++)
		if (skp_build(&c, &c.h[i]))
			rc = fail_at(&c, &c.h[i]);
	for (size_t i = 0; !rc && i < c.n_h; i++)
		if (skp_flow(&c, &c.h[i]))
			rc = fail_at(&c, &c.h[i]);
	free(c.units);
	free(c.pos);
	free(c.h);
	free(c.goal_ids);
	return rc ? -1 : 0;
}
