/*
 * ui_cascade.c - the cascade view (GET /kaskade?periode=&unit=): "Kaskade
 * Kinerja", from the organisation goals down through every RHK to each
 * person, as nested lists drawn as a tree by app.css (no JavaScript).  Each
 * node shows its text, its owner (name, jabatan) and SKP state, or for a
 * goal its unit.  Two boxes on top list the goals no RHK supports and the
 * utama RHK that support nothing.
 *
 * The page for a whole city has hundreds of thousands of nodes: it is built
 * from one store_cascade() call and one cascade_layout() in a single pass
 * over the rows, with no query per node.  A tree over the cascade_max_nodes
 * budget is folded (unless ?lengkap=1); the counts and the boxes of gaps
 * always cover the whole tree.  The tree itself is ui_cascade_tree.c's.
 */
#include "web/ui.h"
#include "web/ui_pages.h"
#include "web/ui_plan.h"
#include "web/ui_cascade.h"
#include "http/html.h"
#include "http/request.h"
#include "store/plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Lists of gaps longer than this start folded (<details>). */
#define GAPS_OPEN_MAX 8

static void view_release(struct cascade_view *v)
{
	free(v->periods);
	free(v->units);
	cascade_release(&v->c);
	cascade_layout_release(&v->lay);
	free(v->hidden);
	cascade_fold_release(&v->fold);
}

/* The period from ?periode, else the current one; has_period 0 if none. */
static int pick_period(struct req *r, struct cascade_view *v, struct kerr *err)
{
	const char *q = req_query(r, "periode");
	if (q && *q) {
		char *end;
		long long id = strtoll(q, &end, 10);
		if (*end || id <= 0 || store_period_get(r->db, id, &v->cur, err))
			return kerr_set(err, KERR_NOT_FOUND, "periode", "Periode tidak ditemukan");
	} else if (store_period_current(r->db, &v->cur, err)) {
		if (err->code != KERR_NOT_FOUND)
			return -1;
		kerr_clear(err);
		return 0;
	}
	v->has_period = 1;
	return 0;
}

static int pick_unit(struct req *r, struct cascade_view *v, struct kerr *err)
{
	const char *q = req_query(r, "unit");
	if (!q || !*q)
		return 0;
	char *end;
	long long id = strtoll(q, &end, 10);
	size_t i = *end ? v->nu : unit_index_of(v->units, v->nu, id);
	if (i == v->nu)
		return kerr_set(err, KERR_INVALID, "unit", "Unit kerja yang dipilih tidak ada");
	v->unit_id = v->units[i].id;
	return 0;
}

static int int64_cmp(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

/* A unit's view also holds the goals of the units above it, for context.
 * Those that no RHK of this view supports say nothing about the unit (they
 * may well be supported elsewhere): they are left out, and only the goals
 * of the unit and below count as "tanpa dukungan". */
static void hide_context_goals(struct cascade_view *v)
{
	unsigned char *within = units_within(v->units, v->nu, v->unit_id);
	v->hidden = xcalloc(v->c.n + 1, 1);
	for (size_t i = 0; i < v->c.n; i++) {
		if (v->c.rows[i].kind != CASCADE_GOAL || !v->lay.unsupported[i])
			continue;
		size_t u = unit_index_of(v->units, v->nu, v->c.rows[i].owner->unit_id);
		if (v->unit_id && (u == v->nu || !within[u]))
			v->hidden[i] = 1;
		else
			v->n_unsupported++;
	}
	free(within);
}

/* Counts the goals and RHK shown and the distinct owners of RHK (through
 * the owners table: an employee with two SKPs has two owners). */
static void count_nodes(struct cascade_view *v)
{
	const struct cascade *c = &v->c;
	unsigned char *used = xcalloc(c->n_owners + 1, 1);
	for (size_t i = 0; i < c->n; i++) {
		if (v->hidden[i])
			continue;
		if (c->rows[i].kind == CASCADE_GOAL) {
			v->n_goals++;
		} else {
			v->n_rhk++;
			used[c->rows[i].owner - c->owners] = 1;
		}
	}
	int64_t *ids = xcalloc(c->n_owners + 1, sizeof *ids);
	size_t k = 0;
	for (size_t o = 0; o < c->n_owners; o++)
		if (used[o])
			ids[k++] = c->owners[o].employee_id;
	qsort(ids, k, sizeof *ids, int64_cmp);
	for (size_t i = 0; i < k; i++)
		v->n_people += !i || ids[i] != ids[i - 1];
	free(ids);
	free(used);
}

static void lay_out(struct cascade_view *v, size_t budget)
{
	const struct cascade *c = &v->c;
	struct cascade_item *items = xcalloc(c->n + 1, sizeof *items);
	for (size_t i = 0; i < c->n; i++)
		items[i] = (struct cascade_item){ c->rows[i].key, c->rows[i].parent_key,
						  c->rows[i].kind == CASCADE_GOAL,
						  c->rows[i].must_support };
	cascade_layout(items, c->n, &v->lay);
	free(items);
	hide_context_goals(v);
	count_nodes(v);
	cascade_fold_plan(v, budget);
}

/* ?lengkap=1 (any value but "" and "0"): the whole tree, never folded. */
static int want_full(struct req *r)
{
	const char *q = req_query(r, "lengkap");
	return q && *q && strcmp(q, "0") != 0;
}

static int view_load(struct req *r, struct cascade_view *v, struct kerr *err)
{
	memset(v, 0, sizeof *v);
	if (store_period_list(r->db, &v->periods, &v->np, err) ||
	    store_unit_list(r->db, &v->units, &v->nu, err) || pick_period(r, v, err) ||
	    pick_unit(r, v, err))
		return -1;
	if (v->has_period && store_cascade(r->db, v->cur.id, v->unit_id, &v->c, err))
		return -1;
	v->full = want_full(r);
	int budget = r->app->cfg.cascade_max_nodes;   /* 0: a config never loaded */
	lay_out(v, (size_t)(budget > 0 ? budget : CASCADE_MAX_NODES_DEFAULT));
	return 0;
}

/* ---- the filter ------------------------------------------------------------------ */

static void filter_form(struct req *r, const struct cascade_view *v)
{
	char unit[24] = "";
	if (v->unit_id)
		snprintf(unit, sizeof unit, "%lld", (long long)v->unit_id);
	html_raw(&r->out, "<form method=\"get\" action=\"/kaskade\" role=\"search\" "
			  "aria-label=\"Pilih periode dan unit\" class=\"row g-2 align-items-end mb-3 "
			  "d-print-none\"><div class=\"col-sm-6 col-lg-4\"><label for=\"f-periode\" "
			  "class=\"form-label\">Periode</label><select id=\"f-periode\" name=\"periode\" "
			  "class=\"form-select\">");
	for (size_t i = 0; i < v->np; i++)
		html(&r->out, "<option value=\"%lld\"%s>%s</option>", (long long)v->periods[i].id,
		     v->has_period && v->periods[i].id == v->cur.id ? " selected" : "",
		     v->periods[i].name);
	html_raw(&r->out, "</select></div><div class=\"col-sm-6 col-lg-5\"><label for=\"f-unit\" "
			  "class=\"form-label\">Unit kerja</label><select id=\"f-unit\" name=\"unit\" "
			  "class=\"form-select\"><option value=\"\">Seluruh instansi</option>");
	unit_options(&r->out, v->units, v->nu, NULL, 0, unit);
	html_raw(&r->out, "</select></div><div class=\"col-lg-3\"><button type=\"submit\" "
			  "class=\"btn btn-primary w-100\">Tampilkan</button></div></form>");
}

/* ---- the two boxes of gaps --------------------------------------------------------- */

static void gaps_open(struct req *r, const char *id, const char *title, const char *about,
		      size_t count, const char *none)
{
	html(&r->out, "<div class=\"col-md-6\"><section class=\"cas-box %s\" aria-labelledby=\"%s\">"
		      "<h2 class=\"h6\" id=\"%s\">%s <span class=\"badge %s\">%zu</span></h2>"
		      "<p class=\"small text-muted mb-2\">%s</p>",
	     count ? "cas-box-warn" : "cas-box-ok", id, id, title,
	     count ? "text-bg-warning" : "text-bg-success", count, about);
	if (!count)
		html(&r->out, "<p class=\"mb-0\">%s</p>", none);
	else if (count > GAPS_OPEN_MAX)
		html(&r->out, "<details><summary>Tampilkan semua (%zu)</summary>", count);
	if (count)
		html_raw(&r->out, "<ul class=\"cas-gaps\">");
}

static void gaps_close(struct req *r, size_t count)
{
	if (count)
		html_raw(&r->out, "</ul>");
	if (count > GAPS_OPEN_MAX)
		html_raw(&r->out, "</details>");
	html_raw(&r->out, "</section></div>");
}

static void gap_boxes(struct req *r, const struct cascade_view *v)
{
	html_raw(&r->out, "<div class=\"row g-3 mb-3\">");
	gaps_open(r, "h-tanpa-dukungan", "Sasaran tanpa dukungan",
		  "Sasaran organisasi yang belum didukung RHK mana pun.", v->n_unsupported,
		  "Semua sasaran sudah didukung RHK.");
	for (size_t i = 0; i < v->c.n; i++) {
		const struct cascade_row *c = &v->c.rows[i];
		if (v->lay.unsupported[i] && !v->hidden[i])
			html(&r->out, "<li><a href=\"#s-%lld\">%s</a> <small class=\"text-muted\">"
				      "(%s)</small></li>", (long long)-c->key, c->text,
			     c->owner->unit_name);
	}
	gaps_close(r, v->n_unsupported);
	gaps_open(r, "h-tidak-mendukung", "RHK yang tidak mendukung apa pun",
		  "RHK utama yang tidak mengintervensi RHK atasan atau sasaran organisasi.",
		  v->lay.n_orphan, "Semua RHK utama sudah mendukung RHK atasan atau sasaran.");
	for (size_t i = 0; i < v->c.n; i++) {
		const struct cascade_row *c = &v->c.rows[i];
		if (!v->lay.orphan[i])
			continue;
		html_raw(&r->out, "<li><a href=\"");
		cascade_rhk_href(&r->out, v, i);
		html(&r->out, "\">%s</a> <small class=\"text-muted\">(%s, %s)</small></li>", c->text,
		     c->owner->name, c->owner->position);
	}
	gaps_close(r, v->lay.n_orphan);
	html_raw(&r->out, "</div>");
}

/* ---- the page ----------------------------------------------------------------------- */

static void intro(struct req *r, const struct cascade_view *v)
{
	html_raw(&r->out, "<h1 class=\"h3\">Kaskade Kinerja</h1><p class=\"text-muted\">Dari "
			  "sasaran organisasi, melalui setiap rencana hasil kerja (RHK) yang "
			  "mengintervensinya, sampai ke setiap pegawai.</p>");
	filter_form(r, v);
	if (!v->has_period)
		return;
	html(&r->out, "<p class=\"cas-summary\">Periode <strong>%s</strong> ", v->cur.name);
	period_badge(&r->out, v->cur.state);
	html(&r->out, ": %zu sasaran, %zu RHK, %zu pegawai.</p>", v->n_goals, v->n_rhk,
	     v->n_people);
	cascade_fold_notice(&r->out, v);
}

int page_cascade(struct req *r)
{
	struct cascade_view v;
	struct kerr err = KERR_INIT;
	if (view_load(r, &v, &err)) {
		view_release(&v);
		return reply_error(r, &err);
	}
	page_begin(r, "Kaskade Kinerja", NAV_KASKADE);
	intro(r, &v);
	if (!v.has_period)
		html_raw(&r->out, "<div class=\"alert alert-info\" role=\"status\">Belum ada periode "
				  "kinerja. Periode dibuat oleh administrator di halaman <a href=\"/periode\">"
				  "Periode Kinerja</a>.</div>");
	else if (!v.n_goals && !v.n_rhk)
		alert_box(r, "info", "Belum ada sasaran organisasi atau RHK untuk pilihan ini.");
	else {
		gap_boxes(r, &v);
		cascade_tree(&r->out, &v);
	}
	page_end(r);
	view_release(&v);
	return reply_html(r, 200);
}
