/*
 * ui_cascade_tree.c - the tree of the cascade page: nested lists drawn as a
 * tree by app.css (no JavaScript), first the cascade proper (the goals and
 * everything under them, and the utama RHK that support nothing), then the
 * tambahan RHK on their own.  Every RHK node carries id="r-ID".
 *
 * A tree bigger than the budget (cascade_max_nodes) is folded: it is drawn
 * down to the deepest level whose nodes, with all those above, fit in the
 * budget (at least the first RHK level), and each node at that level with
 * nodes below it links to the cascade of its owner's unit instead.  The
 * tree is written in one pass over the layout; an owner's line (name,
 * jabatan, SKP state) is escaped once and copied to each of their RHK.
 */
#include "web/ui_cascade.h"
#include "web/ui_plan.h"
#include "domain/skp.h"
#include "http/html.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Appends a string literal (markup) without measuring it. */
#define RAW(out, lit) strbuf_add((out), "" lit, sizeof(lit) - 1)

enum section { SEC_SKIP, SEC_MAIN, SEC_EXTRA };

/* The section of the tree whose root is row i: a tambahan RHK on its own
 * goes apart, after the cascade proper; a hidden goal is not drawn. */
static enum section section_of(const struct cascade_view *v, size_t i)
{
	const struct cascade_row *c = &v->c.rows[i];
	if (v->hidden[i])
		return SEC_SKIP;
	if (c->kind != CASCADE_GOAL && !c->must_support && !v->lay.orphan[i])
		return SEC_EXTRA;
	return SEC_MAIN;
}

static void add_int(struct strbuf *out, int64_t v)
{
	char digits[24];
	size_t i = sizeof digits;
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	do {
		digits[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		digits[--i] = '-';
	strbuf_add(out, digits + i, sizeof digits - i);
}

/* ---- folding ------------------------------------------------------------------- */

/* Nodes per level in the cascade proper (m) and the tambahan section (e). */
static void count_levels(const struct cascade_view *v, size_t *m, size_t *e)
{
	enum section sec = SEC_SKIP;
	for (size_t k = 0; k < v->lay.n; k++) {
		int d = v->lay.depth[k];
		if (!d)
			sec = section_of(v, v->lay.order[k]);
		if (sec == SEC_MAIN)
			m[d]++;
		else if (sec == SEC_EXTRA)
			e[d]++;
	}
}

/* The deepest level whose nodes and those above fit in the budget, at
 * least 1; *used gets how many nodes that draws. */
static int fitting_level(const size_t *m, int max_depth, size_t budget, size_t *used)
{
	size_t sum = 0;
	int level = -1;
	for (int d = 0; d <= max_depth && sum + m[d] <= budget; d++) {
		sum += m[d];
		level = d;
	}
	if (level < 1) {
		level = 1;
		sum = m[0] + m[1];
	}
	*used = sum;
	return level;
}

static void mark_drawn(struct cascade_view *v)
{
	struct cascade_fold *f = &v->fold;
	enum section sec = SEC_SKIP;
	f->drawn = xcalloc(v->c.n + 1, 1);
	for (size_t k = 0; k < v->lay.n; k++) {
		int d = v->lay.depth[k];
		if (!d)
			sec = section_of(v, v->lay.order[k]);
		f->drawn[v->lay.order[k]] = d <= f->level &&
			(sec == SEC_MAIN || (sec == SEC_EXTRA && !f->extra_hidden));
	}
}

void cascade_fold_plan(struct cascade_view *v, size_t budget)
{
	struct cascade_fold *f = &v->fold;
	int max_depth = 0;
	for (size_t k = 0; k < v->lay.n; k++)
		if (v->lay.depth[k] > max_depth)
			max_depth = v->lay.depth[k];
	size_t *m = xcalloc((size_t)max_depth + 2, sizeof *m);
	size_t *e = xcalloc((size_t)max_depth + 2, sizeof *e);
	count_levels(v, m, e);
	for (int d = 0; d <= max_depth; d++) {
		f->total += m[d] + e[d];
		f->n_extra += e[d];
	}
	f->shown = f->total;
	if (!v->full && f->total > budget) {
		f->on = 1;
		f->level = fitting_level(m, max_depth, budget, &f->shown);
		size_t extra = 0;
		for (int d = 0; d <= f->level && d <= max_depth; d++)
			extra += e[d];
		if (f->shown + extra <= budget)
			f->shown += extra;
		else
			f->extra_hidden = 1;
		f->cut = f->level < max_depth &&
			 (m[f->level + 1] || (!f->extra_hidden && e[f->level + 1]));
		f->on = f->cut || f->extra_hidden;
		if (f->on)
			mark_drawn(v);
		else
			f->shown = f->total;
	}
	free(m);
	free(e);
}

void cascade_fold_release(struct cascade_fold *f)
{
	free(f->drawn);
	memset(f, 0, sizeof *f);
}

/* /kaskade?periode=P&unit=U (and &lengkap=1 when the page is that unit's
 * own, folded too) #r-KEY: the unit's cascade at one node. */
static void unit_href(struct strbuf *out, const struct cascade_view *v, int64_t unit, int64_t key)
{
	html(out, "/kaskade?periode=%lld&amp;unit=%lld", (long long)v->cur.id, (long long)unit);
	if (unit == v->unit_id)
		RAW(out, "&amp;lengkap=1");
	html(out, "#r-%lld", (long long)key);
}

void cascade_rhk_href(struct strbuf *out, const struct cascade_view *v, size_t i)
{
	const struct cascade_row *c = &v->c.rows[i];
	if (!v->fold.on || v->fold.drawn[i])
		html(out, "#r-%lld", (long long)c->key);
	else
		unit_href(out, v, c->owner->unit_id, c->key);
}

/* The link that draws the whole tree of this page. */
static void full_href(struct strbuf *out, const struct cascade_view *v)
{
	html(out, "/kaskade?periode=%lld", (long long)v->cur.id);
	if (v->unit_id)
		html(out, "&amp;unit=%lld", (long long)v->unit_id);
	RAW(out, "&amp;lengkap=1");
}

void cascade_fold_notice(struct strbuf *out, const struct cascade_view *v)
{
	const struct cascade_fold *f = &v->fold;
	if (!f->on)
		return;
	html(out, "<div class=\"alert alert-info cas-fold-note\" role=\"status\" id=\"lipatan\">"
		  "Kaskade ini besar: %zu dari %zu simpul ditampilkan", f->shown, f->total);
	if (f->cut)
		html(out, ", pohon dilipat pada tingkat %d (sasaran = tingkat 0)", f->level);
	if (f->extra_hidden)
		html(out, "%s %zu RHK tambahan hanya dihitung", f->cut ? " dan" : ",", f->n_extra);
	RAW(out, ".");
	if (f->cut)
		RAW(out, " Tautan \xe2\x80\x9cRHK di bawahnya\xe2\x80\x9d membuka kaskade unit "
			 "kerja pemiliknya.");
	RAW(out, " <a href=\"");
	full_href(out, v);
	html(out, "\">Tampilkan semua</a> <span class=\"small\">(%zu simpul)"
		  "</span></div>", f->total);
}

/* ---- nodes ------------------------------------------------------------------------- */

/* What drawing the nodes needs: the SKP state badges, written once per
 * page, and each owner's line, escaped once on first use. */
struct draw {
	struct strbuf state[SKP__STATES + 1];   /* the last: unknown */
	struct strbuf meta;                     /* owners' lines, one after another */
	size_t *meta_at, *meta_len;             /* per owner; SIZE_MAX: not yet */
};

static void draw_init(struct draw *dr, const struct cascade_view *v)
{
	for (int i = 0; i <= SKP__STATES; i++) {
		strbuf_init(&dr->state[i], 0);
		skp_badge(&dr->state[i], i < SKP__STATES ? skp_state_name((enum skp_state)i) : "?");
	}
	strbuf_init(&dr->meta, 0);
	dr->meta_at = xmalloc((v->c.n_owners + 1) * sizeof *dr->meta_at);
	dr->meta_len = xmalloc((v->c.n_owners + 1) * sizeof *dr->meta_len);
	for (size_t o = 0; o < v->c.n_owners; o++)
		dr->meta_at[o] = SIZE_MAX;
}

static void draw_release(struct draw *dr)
{
	for (int i = 0; i <= SKP__STATES; i++)
		strbuf_release(&dr->state[i]);
	strbuf_release(&dr->meta);
	free(dr->meta_at);
	free(dr->meta_len);
}

/* "<span class=cas-meta>name · jabatan <state badge></span>" of an RHK's owner. */
static void owner_line(struct strbuf *out, const struct cascade_view *v,
		       const struct cascade_owner *o, struct draw *dr)
{
	size_t ix = (size_t)(o - v->c.owners);
	if (dr->meta_at[ix] == SIZE_MAX) {
		const struct strbuf *badge = &dr->state[o->state_id];
		dr->meta_at[ix] = dr->meta.len;
		html(&dr->meta, "<span class=\"cas-meta\">%s \xc2\xb7 %s ", o->name,
		     o->position[0] ? o->position : "-");
		strbuf_add(&dr->meta, badge->buf, badge->len);
		RAW(&dr->meta, "</span>");
		dr->meta_len[ix] = dr->meta.len - dr->meta_at[ix];
	}
	strbuf_add(out, dr->meta.buf + dr->meta_at[ix], dr->meta_len[ix]);
}

static void goal_node(struct strbuf *out, const struct cascade_row *c, int unsupported)
{
	html(out, "<div class=\"cas-node cas-goal\" id=\"s-%lld\"><span class=\"badge cas-kind\">"
		  "Sasaran</span> <span class=\"cas-text\">%s</span><span class=\"cas-meta\">%s</span>",
	     (long long)-c->key, c->text, c->owner->unit_name);
	if (unsupported)
		RAW(out, "<span class=\"cas-flag\">Belum didukung RHK</span>");
	RAW(out, "</div>");
}

static void rhk_node(struct strbuf *out, const struct cascade_view *v, size_t i,
		     struct draw *dr)
{
	const struct cascade_row *c = &v->c.rows[i];
	int orphan = v->lay.orphan[i];   /* the target of a link in the box of gaps */
	if (orphan)
		RAW(out, "<div class=\"cas-node cas-orphan\" id=\"r-");
	else
		RAW(out, "<div class=\"cas-node\" id=\"r-");
	add_int(out, c->key);
	if (c->kind == CASCADE_TAMBAHAN)
		RAW(out, "\"><span class=\"badge cas-kind\">Tambahan</span> <span class=\"cas-text\">");
	else
		RAW(out, "\"><span class=\"badge cas-kind\">Utama</span> <span class=\"cas-text\">");
	html_txt(out, c->text);
	RAW(out, "</span>");
	owner_line(out, v, c->owner, dr);
	if (orphan)
		RAW(out, "<span class=\"cas-flag\">Tidak mendukung apa pun</span>");
	RAW(out, "</div>");
}

/* In place of the nodes below position k (level d) of a folded tree: how
 * many there are and a link to the cascade of the owner's unit. */
static void fold_link(struct strbuf *out, const struct cascade_view *v, size_t k, int d)
{
	size_t below = 0;
	while (k + 1 + below < v->lay.n && v->lay.depth[k + 1 + below] > d)
		below++;
	if (!below)
		return;
	const struct cascade_row *c = &v->c.rows[v->lay.order[k]];
	RAW(out, "<div class=\"cas-fold small\"><a href=\"");
	unit_href(out, v, c->owner->unit_id, c->key);
	html(out, "\">%zu RHK di bawahnya \xe2\x80\x94 buka kaskade unit ini</a></div>", below);
}

/* ---- the tree ---------------------------------------------------------------------- */

/* The trees of one section as nested lists in one pass over the layout,
 * cut at the fold's level; returns how many nodes. */
static size_t trees(struct strbuf *out, const struct cascade_view *v, enum section want,
		    struct draw *dr)
{
	const struct cascade_fold *f = &v->fold;
	enum section sec = SEC_SKIP;
	int cur = -1;
	size_t shown = 0;
	for (size_t k = 0; k < v->lay.n; k++) {
		size_t i = v->lay.order[k];
		int d = v->lay.depth[k];
		if (!d)
			sec = section_of(v, i);
		if (sec != want || (f->on && d > f->level))
			continue;
		if (d > cur)
			RAW(out, "<ul class=\"cas-tree\">");
		else
			RAW(out, "</li>");
		for (int x = cur; x > d; x--)
			RAW(out, "</ul></li>");
		RAW(out, "<li>");
		if (v->c.rows[i].kind == CASCADE_GOAL)
			goal_node(out, &v->c.rows[i], v->lay.unsupported[i]);
		else
			rhk_node(out, v, i, dr);
		if (f->on && d == f->level)
			fold_link(out, v, k, d);
		cur = d;
		shown++;
	}
	for (; cur >= 0; cur--)
		RAW(out, "</li></ul>");
	return shown;
}

/* The tambahan section of a folded page that has no room for it. */
static void extra_counted(struct strbuf *out, const struct cascade_view *v)
{
	html(out, "<p>%zu RHK tambahan tidak ditampilkan agar halaman tetap ringan. Pilih unit "
		  "kerja di atas untuk melihatnya, atau <a href=\"", v->fold.n_extra);
	full_href(out, v);
	RAW(out, "\">tampilkan semua</a>.</p>");
}

void cascade_tree(struct strbuf *out, const struct cascade_view *v)
{
	struct draw dr;
	draw_init(&dr, v);
	strbuf_grow(out, v->fold.shown * 340);
	RAW(out, "<h2 class=\"visually-hidden\">Pohon kaskade</h2><div class=\"cas-chart\">");
	trees(out, v, SEC_MAIN, &dr);
	RAW(out, "</div><h2 class=\"h5 mt-4\">RHK tambahan</h2><p class=\"small text-muted\">"
		 "RHK tambahan tidak wajib mengintervensi RHK atasan atau sasaran organisasi."
		 "</p><div class=\"cas-chart\">");
	if (v->fold.extra_hidden)
		extra_counted(out, v);
	else if (!trees(out, v, SEC_EXTRA, &dr))
		RAW(out, "<p>Tidak ada RHK tambahan.</p>");
	RAW(out, "</div>");
	draw_release(&dr);
}
