/*
 * ui_listform.c - the filter form, sortable headers, summary line, paging
 * and export buttons shared by the list pages (see ui_lists.h).
 */
#include "web/ui_lists.h"
#include "web/ui.h"
#include "web/list_export.h"
#include "store/list_table.h"
#include "web/ui_pages.h"
#include "domain/assess.h"
#include "domain/penilaian.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <string.h>

const char *const list_keep[] = { "q", "unit", "periode", "status", "predikat", "jenis", "titik",
				  "urut", "arah", NULL };

/* The current filters (and order, unless skip_order) as "&k=v..." */
static void keep_query(struct req *r, struct strbuf *q, int skip_order)
{
	for (const char *const *k = list_keep; *k; k++) {
		const char *v = req_query(r, *k);
		if (skip_order && (!strcmp(*k, "urut") || !strcmp(*k, "arah")))
			continue;
		if (v && *v) {
			strbuf_addf(q, "&%s=", *k);
			url_encode(q, v);
		}
	}
}

static void select_open(struct req *r, const char *name, const char *label, const char *any)
{
	html(&r->out, "<div class=\"col-sm-6 col-lg-3\"><label for=\"l-%s\" class=\"form-label\">%s"
		      "</label><select id=\"l-%s\" name=\"%s\" class=\"form-select\">"
		      "<option value=\"\">%s</option>", name, label, name, name, any);
}

static void option(struct req *r, const char *value, const char *text, const char *selected)
{
	html(&r->out, "<option value=\"%s\"%s>%s</option>", value,
	     selected && !strcmp(selected, value) ? " selected" : "", text);
}

static void search_field(struct req *r)
{
	const char *q = req_query(r, "q");
	html(&r->out, "<div class=\"col-sm-6 col-lg-3\"><label for=\"l-q\" class=\"form-label\">"
		      "Cari nama atau NIP</label><input type=\"search\" id=\"l-q\" name=\"q\" "
		      "class=\"form-control\" maxlength=\"100\" value=\"%s\" "
		      "aria-describedby=\"l-q-help\"><div id=\"l-q-help\" class=\"form-text\">"
		      "NIP boleh diketik dengan spasi.</div></div>", q ? q : "");
}

static void unit_field(struct req *r, const struct list_request *lr)
{
	if (lr->scope_unit < 0)
		return;   /* a plain pegawai sees their own rows only */
	select_open(r, "unit", "Unit kerja (beserta sub-unit)", "Semua unit yang dapat dilihat");
	unit_options(&r->out, lr->units, lr->nu, lr->allow, 0, req_query(r, "unit"));
	html_raw(&r->out, "</select></div>");
}

static void period_field(struct req *r, const struct list_request *lr)
{
	char id[24];
	select_open(r, "periode", "Periode", "Semua periode");
	for (size_t i = 0; i < lr->np; i++) {
		snprintf(id, sizeof id, "%lld", (long long)lr->periods[i].id);
		option(r, id, lr->periods[i].name, req_query(r, "periode"));
	}
	html_raw(&r->out, "</select></div>");
}

static void status_field(struct req *r, const struct list_page *p)
{
	select_open(r, "status", "Status", "Semua status");
	for (const char *const *s = p->lr->spec->statuses; *s; s++)
		option(r, *s, p->status_label ? p->status_label(*s) : *s, req_query(r, "status"));
	html_raw(&r->out, "</select></div>");
}

static void predicate_field(struct req *r)
{
	select_open(r, "predikat", "Predikat", "Semua predikat");
	for (int i = PRED__COUNT - 1; i >= 0; i--)
		option(r, predicate_name((enum predicate)i), predicate_label((enum predicate)i),
		       req_query(r, "predikat"));
	html_raw(&r->out, "</select></div>");
}

/* Jenis and, once a period is chosen, its checkpoints. */
static void kind_fields(struct req *r, const struct list_request *lr)
{
	char id[24];
	select_open(r, "jenis", "Jenis penilaian", "Periodik dan tahunan");
	option(r, "periodik", "Periodik", req_query(r, "jenis"));
	option(r, "tahunan", "Tahunan", req_query(r, "jenis"));
	html_raw(&r->out, "</select></div>");
	if (!lr->ncp)
		return;
	select_open(r, "titik", "Titik penilaian", "Semua titik");
	for (size_t i = 0; i < lr->ncp; i++) {
		snprintf(id, sizeof id, "%lld", (long long)lr->cps[i].id);
		option(r, id, lr->cps[i].name, req_query(r, "titik"));
	}
	html_raw(&r->out, "</select></div>");
}

static void hidden_order(struct req *r)
{
	const char *urut = req_query(r, "urut"), *arah = req_query(r, "arah");
	if (urut && *urut)
		html(&r->out, "<input type=\"hidden\" name=\"urut\" value=\"%s\">", urut);
	if (arah && *arah)
		html(&r->out, "<input type=\"hidden\" name=\"arah\" value=\"%s\">", arah);
}

void list_filter_form(struct req *r, const struct list_page *p)
{
	const struct listq_spec *spec = p->lr->spec;
	html(&r->out, "<form method=\"get\" action=\"%s\" role=\"search\" aria-label=\"Saring "
		      "daftar %s\" class=\"row g-2 align-items-end mb-3 d-print-none list-filter\">",
	     p->path, p->noun);
	search_field(r);
	unit_field(r, p->lr);
	if (spec->period)
		period_field(r, p->lr);
	if (spec->assessment_kind)
		kind_fields(r, p->lr);
	if (spec->statuses)
		status_field(r, p);
	if (spec->predicate)
		predicate_field(r);
	hidden_order(r);
	html(&r->out, "<div class=\"col-sm-6 col-lg-3 d-flex gap-2\"><button type=\"submit\" "
		      "class=\"btn btn-primary\">Cari</button><a class=\"btn "
		      "btn-outline-secondary\" href=\"%s\">Hapus saringan</a></div></form>", p->path);
}

void list_sort_th(struct req *r, const struct list_page *p, const char *key, const char *label)
{
	const struct listq *q = &p->lr->q;
	int current = !strcmp(listq_sort_name(p->lr->spec, q), key);
	struct strbuf link = STRBUF_INIT;
	strbuf_addf(&link, "%s?urut=%s&arah=%s", p->path, key,
		    current && !q->desc ? "turun" : "naik");
	keep_query(r, &link, 1);
	if (current)
		html(&r->out, "<th scope=\"col\" aria-sort=\"%s\">",
		     q->desc ? "descending" : "ascending");
	else
		html_raw(&r->out, "<th scope=\"col\">");
	html(&r->out, "<a class=\"list-sort\" href=\"%s\">%s", link.buf, label);
	if (current)
		html(&r->out, " <span aria-hidden=\"true\">%s</span><span class=\"visually-hidden\">"
			      " (diurutkan %s)</span>", q->desc ? "\xe2\x96\xbc" : "\xe2\x96\xb2",
		     q->desc ? "turun" : "naik");
	html_raw(&r->out, "</a></th>");
	strbuf_release(&link);
}

void list_table_begin(struct req *r, const struct list_page *p, const char *id,
		      const char *caption, const struct list_col *cols, size_t n)
{
	html(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm table-striped "
		      "table-hover align-middle\" id=\"%s\"><caption class=\"visually-hidden\">%s"
		      "</caption><thead><tr>", id, caption);
	for (size_t i = 0; i < n; i++)
		if (cols[i].key)
			list_sort_th(r, p, cols[i].key, cols[i].label);
		else
			html(&r->out, "<th scope=\"col\">%s</th>", cols[i].label);
	html_raw(&r->out, "</tr></thead><tbody>");
}

void list_table_end(struct req *r, size_t rows, size_t ncols, const char *empty)
{
	if (!rows)
		html(&r->out, "<tr><td colspan=\"%zu\">%s</td></tr>", ncols, empty);
	html_raw(&r->out, "</tbody></table></div>");
}

void list_summary(struct req *r, const struct list_page *p, int64_t total)
{
	const struct listq *q = &p->lr->q;
	html(&r->out, "<p class=\"text-muted\" id=\"ringkasan-daftar\">%lld %s "
		      "ditemukan \xc2\xb7 Halaman %d dari %lld \xc2\xb7 %d per halaman \xc2\xb7 "
		      "diurutkan menurut %s (%s), lalu NIP.</p>", (long long)total, p->noun, q->page,
	     (long long)listq_pages(total, q->per_page), q->per_page,
	     listq_sort_name(p->lr->spec, q), q->desc ? "turun" : "naik");
}

void list_pager(struct req *r, const struct list_page *p, int64_t total)
{
	pager(r, p->path, p->lr->q.page, p->lr->q.per_page, total, list_keep);
}

void list_export_buttons(struct req *r, const struct list_page *p)
{
	struct strbuf q = STRBUF_INIT;
	keep_query(r, &q, 0);
	html(&r->out, "<div class=\"d-flex flex-wrap gap-2 mb-3 d-print-none\"><a class=\"btn "
		      "btn-sm btn-outline-secondary\" href=\"%s?format=csv%s\">Unduh CSV (daftar "
		      "tersaring)</a><a class=\"btn btn-sm btn-outline-secondary\" "
		      "href=\"%s?format=xlsx%s\">Unduh Excel (daftar tersaring)</a></div>", p->path,
	     q.buf, p->path, q.buf);
	strbuf_release(&q);
}

int list_export_reply(struct req *r, struct list_request *lr, int fmt)
{
	struct kerr err = KERR_INIT;
	struct export_table t;
	const struct list_export_def *def = list_export_def_of(lr->spec->kind);
	if (list_table_fill(r->db, lr->spec->kind, &lr->f, &t, &err)) {
		export_table_release(&t);
		return reply_error(r, &err);
	}
	reply_export(r, (enum export_format)fmt, def->base, def->sheet, &t);
	export_table_release(&t);
	return 0;
}
