/*
 * ui_org.c - the organisation chart (GET /organisasi) and the route table
 * for everything under /organisasi.
 *
 * The chart is plain nested lists styled by app.css: the unit tree, and in
 * each unit its positions as a tree by parent position (a position whose
 * parent sits in another unit starts a tree of its own), each with its
 * holder, "Lowong" when vacant and "(Plt: ...)" for an acting holder.  It
 * needs no JavaScript, reads on a phone and prints.  The unit and position
 * forms are in ui_org_forms.c.
 */
#include "web/ui.h"
#include "web/ui_pages.h"
#include "domain/hierarchy.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"

#include <stdlib.h>
#include <string.h>

static const char *const unit_kinds[][2] = {
	{ "instansi", "Instansi" }, { "kecamatan", "Kecamatan" },
	{ "sekretariat", "Sekretariat" }, { "subbagian", "Subbagian" }, { "seksi", "Seksi" },
	{ "kelurahan", "Kelurahan" }, { "lainnya", "Lainnya" },
};

size_t unit_kind_count(void)
{
	return sizeof unit_kinds / sizeof unit_kinds[0];
}

const char *unit_kind_at(size_t i)
{
	return i < unit_kind_count() ? unit_kinds[i][0] : NULL;
}

const char *unit_kind_label(const char *kind)
{
	for (size_t i = 0; i < unit_kind_count(); i++)
		if (!strcmp(unit_kinds[i][0], kind))
			return unit_kinds[i][1];
	return kind;
}

/* Everything the chart is drawn from. */
struct chart {
	struct unit *units;
	size_t nu;
	unsigned char *readable;  /* units whose people the viewer may open */
	struct position *pos;
	size_t np;
	size_t *by_unit;          /* position indices grouped by unit id */
	size_t vacant;
};

static const struct position *by_unit_pos(const struct chart *c, size_t k)
{
	return &c->pos[c->by_unit[k]];
}

static int pos_unit_cmp(const struct chart *c, size_t a, size_t b)
{
	int64_t x = c->pos[a].unit_id, y = c->pos[b].unit_id;
	return x < y ? -1 : x > y ? 1 : (a > b) - (a < b);
}

/* Sorts position indices by unit id, keeping the store's order within a
 * unit (a merge sort: qsort has no context argument). */
static void sort_by_unit(const struct chart *c, size_t *v, size_t *tmp, size_t n)
{
	if (n < 2)
		return;
	size_t h = n / 2, i = 0, j = h, k = 0;
	sort_by_unit(c, v, tmp, h);
	sort_by_unit(c, v + h, tmp, n - h);
	while (i < h && j < n)
		tmp[k++] = pos_unit_cmp(c, v[i], v[j]) <= 0 ? v[i++] : v[j++];
	while (i < h)
		tmp[k++] = v[i++];
	while (j < n)
		tmp[k++] = v[j++];
	memcpy(v, tmp, n * sizeof *v);
}

static int chart_load(struct req *r, struct chart *c, struct kerr *err)
{
	memset(c, 0, sizeof *c);
	if (store_unit_list(r->db, &c->units, &c->nu, err) ||
	    store_position_list(r->db, &c->pos, &c->np, err))
		return -1;
	int all = r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR ||
		  r->who.role == ROLE_PENGELOLA;
	c->readable = units_within(c->units, c->nu, all ? view_scope_unit(r) : -1);
	c->by_unit = xcalloc(c->np + 1, sizeof *c->by_unit);
	size_t *tmp = xcalloc(c->np + 1, sizeof *tmp);
	for (size_t i = 0; i < c->np; i++) {
		c->by_unit[i] = i;
		c->vacant += !c->pos[i].holder_id;
	}
	sort_by_unit(c, c->by_unit, tmp, c->np);
	free(tmp);
	return 0;
}

static void chart_release(struct chart *c)
{
	free(c->units);
	free(c->readable);
	free(c->pos);
	free(c->by_unit);
}

/* ---- positions ----------------------------------------------------------------- */

/* A person's name, as a link when the viewer may open their record. */
static void person(struct req *r, const struct chart *c, const struct position *p, int64_t id,
		   const char *name)
{
	size_t u = unit_index_of(c->units, c->nu, p->unit_id);
	int link = id == r->who.employee_id || (u < c->nu && c->readable[u]);
	if (link)
		html(&r->out, "<a href=\"/pegawai/%lld\">%s</a>", (long long)id, name);
	else
		html(&r->out, "%s", name);
}

static void position_item(struct req *r, const struct chart *c, const struct position *p)
{
	const char *kind = position_kind_label(p->kind);
	html(&r->out, "<div class=\"org-pos\" id=\"jabatan-%lld\"><span class=\"org-pos-name\">%s"
		      "</span> <small class=\"text-muted\">%s</small><br>",
	     (long long)p->id, p->name, kind ? kind : p->kind);
	if (p->holder_id)
		person(r, c, p, p->holder_id, p->holder_name);
	else
		html_raw(&r->out, "<span class=\"org-vacant\">Lowong</span>");
	if (p->plt_id) {
		html_raw(&r->out, " <span class=\"org-plt\">(Plt: ");
		person(r, c, p, p->plt_id, p->plt_name);
		html_raw(&r->out, ")</span>");
	}
	if (r->who.role == ROLE_ADMIN)
		html(&r->out, " <a class=\"org-edit d-print-none\" href=\"/organisasi/jabatan/%lld/ubah\" "
			      "aria-label=\"Ubah jabatan %s\">ubah</a>", (long long)p->id, p->name);
	html_raw(&r->out, "</div>");
}

/* Writes items in depth-first order as nested lists; item(k) draws the k-th. */
static void nested(struct req *r, const char *ul, const size_t *order, const int *depth, size_t n,
		   void (*item)(struct req *, const void *, size_t), const void *ctx)
{
	int cur = -1;
	for (size_t k = 0; k < n; k++) {
		if (depth[k] > cur)
			html(&r->out, "<ul class=\"%s\">", ul);
		else
			html_raw(&r->out, "</li>");
		for (int d = cur; d > depth[k]; d--)
			html_raw(&r->out, "</ul></li>");
		html_raw(&r->out, "<li>");
		item(r, ctx, order[k]);
		cur = depth[k];
	}
	for (; cur >= 0; cur--)
		html_raw(&r->out, "</li></ul>");
}

struct unit_positions {
	const struct chart *c;
	size_t first;    /* into c->by_unit */
};

static void draw_position(struct req *r, const void *ctx, size_t i)
{
	const struct unit_positions *up = ctx;
	position_item(r, up->c, by_unit_pos(up->c, up->first + i));
}

/* The positions of unit u as a tree of their own. */
static void unit_positions(struct req *r, const struct chart *c, int64_t unit_id)
{
	size_t lo = 0, hi = c->np;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (by_unit_pos(c, mid)->unit_id < unit_id)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t n = 0;
	while (lo + n < c->np && by_unit_pos(c, lo + n)->unit_id == unit_id)
		n++;
	if (!n)
		return;
	int64_t *ids = xcalloc(n, sizeof *ids), *parents = xcalloc(n, sizeof *parents);
	size_t *order = xcalloc(n, sizeof *order);
	int *depth = xcalloc(n, sizeof *depth);
	for (size_t k = 0; k < n; k++) {
		ids[k] = by_unit_pos(c, lo + k)->id;
		parents[k] = by_unit_pos(c, lo + k)->parent_id;
	}
	tree_order(ids, parents, n, order, depth);
	struct unit_positions up = { c, lo };
	nested(r, "org-tree org-positions", order, depth, n, draw_position, &up);
	free(depth);
	free(order);
	free(parents);
	free(ids);
}

/* ---- units ---------------------------------------------------------------------- */

static void draw_unit(struct req *r, const void *ctx, size_t i)
{
	const struct chart *c = ctx;
	const struct unit *u = &c->units[i];
	html(&r->out, "<div class=\"org-unit\" id=\"unit-%lld\"><span class=\"org-unit-name\">%s"
		      "</span> <span class=\"badge text-bg-light border\">%s</span> "
		      "<small class=\"org-unit-code\">%s</small></div>",
	     (long long)u->id, u->name, unit_kind_label(u->kind), u->code);
	unit_positions(r, c, u->id);
}

static void chart_summary(struct req *r, const struct chart *c)
{
	html(&r->out, "<p class=\"text-muted\">%zu unit kerja, %zu jabatan, %zu lowong.</p>",
	     c->nu, c->np, c->vacant);
	if (r->who.role == ROLE_ADMIN)
		html_raw(&r->out, "<div class=\"d-flex flex-wrap gap-2 mb-3 d-print-none\">"
				  "<a class=\"btn btn-primary\" href=\"/organisasi/unit/baru\">Tambah unit</a>"
				  "<a class=\"btn btn-outline-primary\" href=\"/organisasi/jabatan/baru\">"
				  "Tambah jabatan</a></div>");
}

static int page_org_chart(struct req *r)
{
	struct chart c;
	struct kerr err = KERR_INIT;
	if (chart_load(r, &c, &err)) {
		chart_release(&c);
		return reply_error(r, &err);
	}
	size_t *order = xcalloc(c.nu + 1, sizeof *order);
	int *depth = xcalloc(c.nu + 1, sizeof *depth);
	units_tree_order(c.units, c.nu, order, depth);
	page_begin(r, "Struktur Organisasi", NAV_ORGANISASI);
	html_raw(&r->out, "<h1 class=\"h3\">Struktur Organisasi</h1>");
	chart_summary(r, &c);
	if (!c.nu)
		alert_box(r, "info", "Belum ada unit kerja.");
	html_raw(&r->out, "<div class=\"org-chart\">");
	nested(r, "org-tree org-units", order, depth, c.nu, draw_unit, &c);
	html_raw(&r->out, "</div>");
	page_end(r);
	free(depth);
	free(order);
	chart_release(&c);
	return reply_html(r, 200);
}

const struct route ui_org_routes[] = {
	{ "GET", "/organisasi", page_org_chart, ACCESS_LOGIN },
	{ "GET", "/organisasi/unit/baru", page_unit_new, ACCESS_ADMIN },
	{ "POST", "/organisasi/unit", page_unit_create, ACCESS_ADMIN },
	{ "GET", "/organisasi/jabatan/baru", page_position_new, ACCESS_ADMIN },
	{ "POST", "/organisasi/jabatan", page_position_create, ACCESS_ADMIN },
	{ "GET", "/organisasi/jabatan/{id}/ubah", page_position_edit, ACCESS_ADMIN },
	{ "POST", "/organisasi/jabatan/{id}", page_position_update, ACCESS_ADMIN },
	{ NULL, NULL, NULL, 0 },
};
