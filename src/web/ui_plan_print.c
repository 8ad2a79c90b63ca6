/*
 * ui_plan_print.c - the tables of the SKP print view (ui_skp_print.c): the
 * hasil kerja table with its intervensi, aspect, indicator and target
 * columns, the perilaku kerja table with the seven BerAKHLAK values, and
 * the numbered lists of the lampiran.  Everything is escaped through
 * html(); the layout on paper is app.css's.
 */
#include "web/ui_plan.h"
#include "domain/berakhlak.h"
#include "domain/document.h"
#include "domain/skp.h"
#include "http/html.h"

#include <string.h>

/* ---- hasil kerja ---------------------------------------------------------------- */

static const char *aspect_label(const char *aspect)
{
	static const char *const names[][2] = {
		{ "kuantitas", "Kuantitas" }, { "kualitas", "Kualitas" }, { "waktu", "Waktu" },
		{ "biaya", "Biaya" },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(names[i][0], aspect))
			return names[i][1];
	return aspect;
}

/* "95 %", "3 - 5 hari", "maks. 3 hari", or the target in words. */
static void target(struct strbuf *out, const struct iki *k, int qualitative)
{
	if ((qualitative || !k->target_min[0]) && k->target_text && *k->target_text) {
		html(out, "%s", k->target_text);
		return;
	}
	if (!k->target_min[0]) {
		html_raw(out, "-");
		return;
	}
	if (!strcmp(k->direction, "turun") && !k->target_max[0])
		html_raw(out, "maks. ");
	html(out, "%s", k->target_min);
	if (k->target_max[0])
		html(out, " \xe2\x80\x93 %s", k->target_max);
	if (k->unit_label[0])
		html(out, "%s%s", strcmp(k->unit_label, "%") ? " " : "", k->unit_label);
}

static void iki_cells(struct strbuf *out, const struct iki *k, int qualitative)
{
	html(out, "<td>%s</td><td>%s</td><td class=\"skp-target\">", aspect_label(k->aspect),
	     k->text ? k->text : "");
	target(out, k, qualitative);
	html_raw(out, "</td>");
}

/* One RHK: its first row carries NO, the parent and the RHK over all its
 * indicators (rowspan); each further indicator is a row of its own. */
static void rhk_rows(struct strbuf *out, const struct rhk *h, int no, int qualitative)
{
	size_t span = h->n_iki ? h->n_iki : 1;
	html(out, "<tr><td class=\"skp-no\" rowspan=\"%zu\">%d</td><td rowspan=\"%zu\">%s</td>"
		  "<td rowspan=\"%zu\">%s", span, no, span,
	     h->parent_text && *h->parent_text ? h->parent_text : "-", span, h->text ? h->text : "");
	if (h->perspective[0])
		html(out, "<br><small>Perspektif: %s</small>", document_perspective_label(h->perspective));
	html_raw(out, "</td>");
	if (!h->n_iki)
		html_raw(out, "<td>-</td><td>-</td><td>-</td></tr>");
	for (size_t i = 0; i < h->n_iki; i++) {
		if (i)
			html_raw(out, "<tr>");
		iki_cells(out, &h->iki[i], qualitative);
		html_raw(out, "</tr>");
	}
}

static void result_group(struct strbuf *out, const struct skp *s, const char *kind,
			 const char *title)
{
	int no = 0, qualitative = !strcmp(s->approach, "kualitatif");
	html(out, "<tbody><tr class=\"skp-group\"><th colspan=\"6\" scope=\"rowgroup\">%s</th></tr>",
	     title);
	for (size_t i = 0; i < s->n_rhk; i++)
		if (!strcmp(s->rhk[i].kind, kind))
			rhk_rows(out, &s->rhk[i], ++no, qualitative);
	if (!no)
		html_raw(out, "<tr><td class=\"skp-no\">-</td><td colspan=\"5\">-</td></tr>");
	html_raw(out, "</tbody>");
}

void print_results(struct strbuf *out, const struct skp *s)
{
	html_raw(out, "<h2 class=\"skp-h\" id=\"hasil-kerja\">HASIL KERJA</h2><div "
		      "class=\"table-responsive\" tabindex=\"0\" role=\"region\" "
		      "aria-labelledby=\"hasil-kerja\">"
		      "<table class=\"skp-table skp-results\" "
		      "aria-labelledby=\"hasil-kerja\"><colgroup><col class=\"skp-col-no\"><col "
		      "class=\"skp-col-parent\"><col class=\"skp-col-rhk\"><col class=\"skp-col-aspect\">"
		      "<col class=\"skp-col-iki\"><col class=\"skp-col-target\"></colgroup><thead><tr>"
		      "<th scope=\"col\">NO</th><th scope=\"col\">RENCANA HASIL KERJA PIMPINAN YANG "
		      "DIINTERVENSI</th><th scope=\"col\">RENCANA HASIL KERJA</th><th scope=\"col\">"
		      "ASPEK</th><th scope=\"col\">INDIKATOR KINERJA INDIVIDU</th><th scope=\"col\">"
		      "TARGET</th></tr></thead>");
	result_group(out, s, "utama", "A. Utama");
	result_group(out, s, "tambahan", "B. Tambahan");
	html_raw(out, "</table></div>");
}

/* ---- perilaku kerja --------------------------------------------------------------- */

void print_behaviour(struct strbuf *out, const struct skp *s)
{
	html_raw(out, "<h2 class=\"skp-h\" id=\"perilaku-kerja\">PERILAKU KERJA</h2><div "
		      "class=\"table-responsive\" tabindex=\"0\" role=\"region\" "
		      "aria-labelledby=\"perilaku-kerja\">"
		      "<table class=\"skp-table skp-behaviour\" "
		      "aria-labelledby=\"perilaku-kerja\"><colgroup><col class=\"skp-col-no\"><col "
		      "class=\"skp-col-value\"><col class=\"skp-col-expect\"></colgroup><thead><tr>"
		      "<th scope=\"col\">NO</th><th scope=\"col\">PERILAKU KERJA</th><th scope=\"col\">"
		      "EKSPEKTASI KHUSUS PIMPINAN</th></tr></thead><tbody>");
	for (size_t i = 0; i < BERAKHLAK_COUNT; i++) {
		const struct core_value *v = berakhlak_at(i);
		const char *exp = s->expectation[i] && *s->expectation[i] ? s->expectation[i] : "-";
		html(out, "<tr><td class=\"skp-no\">%zu</td><td><strong>%s</strong><ul "
			  "class=\"skp-guides\">", i + 1, v->name);
		for (size_t g = 0; g < 3; g++)
			html(out, "<li>%s</li>", v->guides[g]);
		html(out, "</ul></td><td class=\"skp-pre\">%s</td></tr>", exp);
	}
	html_raw(out, "</tbody></table></div>");
}

/* ---- lampiran ------------------------------------------------------------------------ */

void print_attachments(struct strbuf *out, const struct skp *s)
{
	for (int k = 0; k < ATT__KINDS; k++) {
		html(out, "<h3 class=\"skp-h3\">%s</h3>", attachment_kind_label((enum attachment_kind)k));
		if (!s->n_att[k]) {
			html_raw(out, "<p class=\"skp-none\">-</p>");
			continue;
		}
		html_raw(out, "<ol class=\"skp-list\">");
		for (size_t i = 0; i < s->n_att[k]; i++)
			html(out, "<li class=\"skp-pre\">%s</li>",
			     s->att[k][i].text ? s->att[k][i].text : "");
		html_raw(out, "</ol>");
	}
}
