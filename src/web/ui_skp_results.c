/*
 * ui_skp_results.c - the "Hasil Kerja" section of an SKP page: one table
 * per kind of result (Utama, Tambahan) laid out as the official form does:
 * No, RHK atasan yang diintervensi, RHK, Aspek, IKI, Target.  Each result is
 * a <tbody> whose first cells span its indicators' rows; below them, for
 * the owner, a row of tools (edit, add an indicator, hand down, delete)
 * built in ui_skp_forms.c.  On a phone the table is stacked (app.css),
 * each cell labelled from its data-label.
 *
 * Results are numbered through both tables (Utama first), as the checks
 * before submitting name them ("RHK 3 belum memiliki IKI").
 */
#include "web/ui_skp.h"
#include "web/ui.h"
#include "http/html.h"
#include "http/request.h"

#include <string.h>

/* ---- one result ----------------------------------------------------------------- */

static int tools_wanted(const struct skp_view *v)
{
	return v->editable || skp_can_hand_down(v);
}

/* What the result supports: the superior's RHK, an organisation goal, or
 * nothing yet (a warning for an utama result, which must support one). */
static void link_cell(struct req *r, const struct rhk *k)
{
	const char *text = k->parent_text && *k->parent_text ? k->parent_text : NULL;
	if (k->goal_id) {
		html(&r->out, "<span class=\"badge text-bg-info me-1\">Sasaran organisasi</span>%s",
		     text ? text : "");
	} else if (k->parent_rhk_id) {
		html(&r->out, "%s", text ? text : "RHK atasan");
	} else if (!strcmp(k->kind, "utama")) {
		html_raw(&r->out, "<span class=\"text-danger\">Belum dipilih</span>");
	} else {
		html_raw(&r->out, "<span class=\"text-muted\">\xe2\x80\x94</span>");
	}
}

static void rhk_cell(struct req *r, const struct skp_view *v, const struct rhk *k)
{
	html(&r->out, "<div class=\"skpp-rhk-text\">%s</div>", k->text ? k->text : "");
	if (k->proposed)
		html_raw(&r->out, "<span class=\"badge text-bg-info\">Usulan atasan</span>");
	if (v->is_jpt && k->perspective[0])
		html(&r->out, "<div class=\"small text-muted\">Perspektif: %s</div>",
		     skp_perspective_label(k->perspective));
}

static void target_text(struct req *r, const struct iki *q)
{
	if (q->target_min[0]) {
		html(&r->out, "<span class=\"skpp-target\">%s", q->target_min);
		if (q->target_max[0])
			html(&r->out, " \xe2\x80\x93 %s", q->target_max);
		html(&r->out, " %s</span>", q->unit_label);
	}
	if (q->target_text && *q->target_text)
		html(&r->out, "<div>%s</div>", q->target_text);
	html(&r->out, "<div class=\"small text-muted\">%s %s</div>",
	     strcmp(q->direction, "turun") ? "\xe2\x86\x91" : "\xe2\x86\x93",
	     skp_direction_label(q->direction));
}

static void iki_cells(struct req *r, const struct iki *q, size_t no, size_t j)
{
	html(&r->out, "<td data-label=\"Aspek\">%s</td><td data-label=\"IKI\">"
		      "<span class=\"text-muted\">%zu.%zu</span> %s</td><td data-label=\"Target\">",
	     skp_aspect_label(q->aspect), no, j + 1, q->text ? q->text : "");
	target_text(r, q);
	html_raw(&r->out, "</td>");
}

static void rhk_body(struct req *r, const struct skp_view *v, const struct rhk *k, size_t no)
{
	size_t rows = k->n_iki ? k->n_iki : 1;
	html(&r->out, "<tbody class=\"skpp-rhk\" id=\"rhk-%lld\"><tr><td rowspan=\"%zu\" "
		      "data-label=\"No\" class=\"skpp-no\">%zu</td><td rowspan=\"%zu\" "
		      "data-label=\"RHK atasan yang diintervensi\">",
	     (long long)k->id, rows, no, rows);
	link_cell(r, k);
	html(&r->out, "</td><th scope=\"rowgroup\" rowspan=\"%zu\" data-label=\"RHK\" "
		      "class=\"fw-normal\">", rows);
	rhk_cell(r, v, k);
	html_raw(&r->out, "</th>");
	if (!k->n_iki)
		html_raw(&r->out, "<td colspan=\"3\" data-label=\"IKI\" class=\"text-danger\">"
				  "Belum ada IKI. Setiap RHK memerlukan minimal satu IKI.</td>");
	for (size_t j = 0; j < k->n_iki; j++) {
		if (j)
			html_raw(&r->out, "<tr>");
		iki_cells(r, &k->iki[j], no, j);
		html_raw(&r->out, "</tr>");
	}
	if (!k->n_iki)
		html_raw(&r->out, "</tr>");
	if (tools_wanted(v)) {
		html_raw(&r->out, "<tr class=\"skpp-tools d-print-none\"><td colspan=\"6\">");
		skp_rhk_tools(r, v, k, no);
		html_raw(&r->out, "</td></tr>");
	}
	html_raw(&r->out, "</tbody>");
}

/* ---- one table ------------------------------------------------------------------ */

static size_t count_kind(const struct skp *s, const char *kind)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n_rhk; i++)
		n += !strcmp(s->rhk[i].kind, kind);
	return n;
}

static void kind_table(struct req *r, const struct skp_view *v, const char *kind,
		       const char *title)
{
	size_t n = count_kind(&v->s, kind);
	html(&r->out, "<h3 class=\"h5 mt-4\" id=\"hk-%s\">%s</h3>", kind, title);
	html(&r->out, "<table class=\"table table-bordered skpp-table\" aria-labelledby=\"hk-%s\">"
		      "<thead class=\"table-light\"><tr><th scope=\"col\" class=\"skpp-no\">No</th>"
		      "<th scope=\"col\">RHK atasan yang diintervensi</th>"
		      "<th scope=\"col\">Rencana Hasil Kerja (RHK)</th><th scope=\"col\">Aspek</th>"
		      "<th scope=\"col\">Indikator Kinerja Individu (IKI)</th>"
		      "<th scope=\"col\">Target</th></tr></thead>", kind);
	for (size_t i = 0; i < v->s.n_rhk; i++)
		if (!strcmp(v->s.rhk[i].kind, kind))
			rhk_body(r, v, &v->s.rhk[i], i + 1);
	if (!n)
		html(&r->out, "<tbody><tr><td colspan=\"6\" class=\"text-muted\">Belum ada RHK %s."
			      "</td></tr></tbody>", strcmp(kind, "utama") ? "tambahan" : "utama");
	html_raw(&r->out, "</table>");
	if (v->editable)
		skp_rhk_add_form(r, v, kind, !n && !strcmp(kind, "utama"));
}

static void results_help(struct req *r)
{
	html_raw(&r->out,
		 "<div class=\"skpp-help small text-muted mb-2\"><p class=\"mb-1\"><strong>RHK</strong> "
		 "(Rencana Hasil Kerja) adalah hasil yang direncanakan untuk dicapai pada periode ini. "
		 "<strong>IKI</strong> (Indikator Kinerja Individu) adalah ukuran keberhasilan sebuah "
		 "RHK, dengan aspek (kuantitas, kualitas, waktu, atau biaya) dan target.</p>"
		 "<p class=\"mb-0\"><strong>Intervensi</strong>: setiap RHK utama menunjuk RHK "
		 "pejabat penilai yang didukungnya, sehingga sasaran kantor terurai sampai ke setiap "
		 "pegawai. Pimpinan unit dapat menunjuk sasaran organisasi.</p></div>");
}

void skp_results_section(struct req *r, const struct skp_view *v)
{
	html_raw(&r->out, "<section class=\"mb-4\" id=\"hasil-kerja\" aria-labelledby=\"hk-judul\">"
			  "<h2 class=\"h4\" id=\"hk-judul\">Hasil Kerja</h2>");
	results_help(r);
	if (v->editable)
		skp_unit_datalist(r);
	kind_table(r, v, "utama", "A. Utama");
	kind_table(r, v, "tambahan", "B. Tambahan");
	html_raw(&r->out, "</section>");
}
