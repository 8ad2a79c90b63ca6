/*
 * ui_dashboard_parts.c - the sections of the dashboard page (see
 * ui_dashboard.h): where the period stands, the predicate distribution
 * against the curve with who needs attention (a unit) or the employee's
 * own predicates, the achievement over the checkpoints, the BerAKHLAK
 * profile and the trend over periods.  Each figure is explained in a
 * sentence; each chart is drawn by app.js from the table it sits beside.
 */
#include "web/ui_dashboard.h"
#include "web/ui.h"
#include "domain/berakhlak.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>

void dash_pct_cell(struct req *r, int set, double value)
{
	char text[48];
	if (!set) {
		html_raw(&r->out, "<td class=\"text-end\" data-value=\"\">-</td>");
		return;
	}
	dash_pct_text(value, text, sizeof text);
	html(&r->out, "<td class=\"text-end\" data-value=\"%.1f\">%s</td>", value, text);
}

/* A figure in the overview: a title, the figure and what it means. */
static void figure(struct req *r, const char *id, const char *title, int64_t part, int64_t whole,
		   const char *note)
{
	char text[96];
	dash_ratio_text(part, whole, text, sizeof text);
	html(&r->out, "<div class=\"col-12 col-sm-6 col-xl\"><div class=\"card h-100\"><div class="
		      "\"card-body\"><h3 class=\"h6 card-title\">%s</h3><p class=\"fs-5 mb-1\" "
		      "id=\"%s\">%s</p><p class=\"small text-muted mb-0\">%s</p></div></div></div>",
	     title, id, text, note);
}

/* A table header: the first column's title, then the columns charted. */
static void table_open(struct req *r, const char *id, const char *chart, const char *caption,
		       const char *first, const char *const *series, size_t n, const char *extra)
{
	dash_chart_table(r, id, chart, extra, caption, first);
	for (size_t i = 0; i < n; i++)
		html(&r->out, "<th scope=\"col\" class=\"text-end\" data-series>%s</th>", series[i]);
}

static void count_cell(struct req *r, int64_t v)
{
	html(&r->out, "<td class=\"text-end\" data-value=\"%lld\">%lld</td>", (long long)v,
	     (long long)v);
}

/* ---- where the period stands -------------------------------------------------------------------- */

static void assessment_table(struct req *r, const struct dash_status *st)
{
	static const char *const series[] = { "Wajib dinilai", "Ditetapkan" };
	table_open(r, "tabel-penilaian", "bar", "Penilaian per titik periksa: SKP disetujui yang "
		   "wajib dinilai dan penilaian yang sudah ditetapkan", "Titik periksa", series, 2,
		   NULL);
	html_raw(&r->out, "<th scope=\"col\" class=\"text-end\">Persen</th></tr></thead><tbody>");
	for (size_t i = 0; i <= st->n_cp; i++) {
		int annual = i == st->n_cp;
		int64_t due = annual ? st->annual_due : st->cp[i].assess_due;
		int64_t done = annual ? st->annual_done : st->cp[i].assess_done;
		double pct = 0;
		int set = dash_percent(done, due, &pct) == 0;
		html(&r->out, "<tr><th scope=\"row\">%s%s</th>", annual ? "Tahunan" : st->cp[i].name,
		     !annual && i == st->current ? " (sekarang)" : "");
		count_cell(r, due);
		count_cell(r, done);
		dash_pct_cell(r, set, pct);
		html_raw(&r->out, "</tr>");
	}
	html_raw(&r->out, "</tbody></table></div>");
}

static void rounds_table(struct req *r, const struct dash_scope *sc, const struct dash_status *st)
{
	static const char *const series[] = { "Diminta", "Dijawab" };
	if (!st->n_rounds) {
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada putaran umpan balik 360° pada "
				  "periode ini.</p>");
		return;
	}
	table_open(r, "tabel-360", "bar", sc->employee_id ? "Formulir 360° yang diminta dari Anda, "
		   "per putaran" : "Formulir 360° tentang pegawai unit ini, per putaran", "Putaran",
		   series, 2, NULL);
	html_raw(&r->out, "<th scope=\"col\">Status</th></tr></thead><tbody>");
	for (size_t i = 0; i < st->n_rounds; i++) {
		html(&r->out, "<tr><th scope=\"row\">%s</th>", st->rounds[i].checkpoint_name);
		count_cell(r, st->rounds[i].asked);
		count_cell(r, st->rounds[i].answered);
		html(&r->out, "<td>%s</td></tr>", st->rounds[i].open ? "Terbuka" : "Ditutup");
	}
	html_raw(&r->out, "</tbody></table></div>");
}

static void skp_table(struct req *r, const struct dash_status *st)
{
	static const char *const series[] = { "Jumlah SKP" };
	table_open(r, "tabel-skp", "bar", "SKP per status", "Status", series, 1, NULL);
	html_raw(&r->out, "</tr></thead><tbody>");
	for (int s = 0; s < SKP__STATES; s++) {
		html(&r->out, "<tr><th scope=\"row\">%s</th>", skp_state_label((enum skp_state)s));
		count_cell(r, st->skp_state[s]);
		html_raw(&r->out, "</tr>");
	}
	html_raw(&r->out, "</tbody></table></div>");
}

void dash_section_status(struct req *r, const struct dash_board *b)
{
	const struct dash_scope *sc = &b->sc;
	const struct dash_status *st = &b->st;
	char cp_title[96], assess_title[96];
	const char *cp = st->n_cp ? st->cp[st->current].name : "-";
	snprintf(cp_title, sizeof cp_title, "Realisasi %s", cp);
	snprintf(assess_title, sizeof assess_title, "Penilaian %s", cp);
	html_raw(&r->out, "<section class=\"mb-4\" aria-labelledby=\"h-posisi\"><h2 class=\"h4\" "
			  "id=\"h-posisi\">Posisi periode</h2><div class=\"row g-2 mb-3\">");
	figure(r, "angka-skp", "SKP disetujui", st->skp_state[SKP_DISETUJUI], st->skp_total,
	       "SKP yang sudah disetujui pejabat penilai, dari semua SKP periode ini.");
	figure(r, "angka-realisasi", cp_title, st->iki_recorded, st->iki_total,
	       "Indikator (IKI) SKP disetujui yang realisasinya sudah diisi pada titik periksa "
	       "yang sedang berjalan.");
	figure(r, "angka-360", "Formulir 360° dijawab", st->r360_answered[0] + st->r360_answered[1],
	       st->r360_asked[0] + st->r360_asked[1], sc->employee_id ? "Formulir yang diminta "
	       "dari Anda pada putaran terbuka dan tertutup." : "Formulir tentang pegawai unit ini "
	       "pada putaran terbuka dan tertutup, termasuk penilaian diri.");
	figure(r, "angka-penilaian", assess_title, st->n_cp ? st->cp[st->current].assess_done : 0,
	       st->n_cp ? st->cp[st->current].assess_due : 0, "Penilaian periodik yang sudah "
	       "ditetapkan, dari SKP disetujui yang wajib dinilai pada titik ini.");
	html(&r->out, "<div class=\"col-12 col-sm-6 col-xl\"><div class=\"card h-100\"><div class="
		      "\"card-body\"><h3 class=\"h6 card-title\">Keberatan terbuka</h3><p class=\""
		      "fs-5 mb-1\" id=\"angka-keberatan\">%lld</p><p class=\"small text-muted mb-0\">"
		      "Keberatan yang belum diputus, dari %lld yang diajukan pada periode ini.</p>"
		      "</div></div></div></div>", (long long)st->obj_open, (long long)st->obj_total);
	html_raw(&r->out, "<div class=\"row g-3\"><div class=\"col-12 col-lg-6\">");
	assessment_table(r, st);
	html_raw(&r->out, "</div><div class=\"col-12 col-lg-6\">");
	rounds_table(r, sc, st);
	html_raw(&r->out, "</div><div class=\"col-12 col-lg-6\">");
	skp_table(r, st);
	html_raw(&r->out, "</div></div></section>");
}

/* ---- trends over periods ------------------------------------------------------------------------ */

static void trend_ratio_row(struct req *r, const char *label, const struct dash_trend_col *t,
			    size_t n, size_t field)
{
	html(&r->out, "<tr data-chart-skip><th scope=\"row\">%s</th>", label);
	for (size_t i = 0; i < n; i++) {
		int64_t part = field == 0 ? t[i].skp_approved : field == 1 ? t[i].annual_done
						: t[i].r360_answered;
		int64_t whole = field == 0 ? t[i].skp_total : field == 1 ? t[i].annual_due
						: t[i].r360_asked;
		char text[96];
		dash_ratio_text(part, whole, text, sizeof text);
		html(&r->out, "<td class=\"text-end\">%s</td>", text);
	}
	html_raw(&r->out, "</tr>");
}

void dash_section_trend(struct req *r, const struct dash_board *b)
{
	const struct dash_scope *sc = &b->sc;
	const struct dash_trend_col *t = b->trend;
	size_t n = b->n_trend;
	html_raw(&r->out, "<section class=\"mb-4\" aria-labelledby=\"h-tren\"><h2 class=\"h4\" "
			  "id=\"h-tren\">Tren antarperiode</h2>");
	if (n < 2)
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada periode sebelumnya untuk "
				  "dibandingkan; kolom periode lama muncul di sini begitu ada.</p>");
	html(&r->out, "<p class=\"small text-muted\">Setiap kolom satu periode, dari yang terlama. "
		      "%s</p>", sc->employee_id ? "Predikat: tahunan bila sudah ditetapkan, selain "
		      "itu titik periksa terakhir yang ditetapkan." : "Jumlah pegawai per predikat "
		      "final: tahunan bila sudah ada, selain itu titik periksa terakhir (sementara).");
	html_raw(&r->out, "<div class=\"dash-chart-box\" aria-hidden=\"true\"></div><div class=\""
			  "table-responsive\"><table class=\"table table-sm align-middle chart-data\" "
			  "id=\"tabel-tren\" data-series-in=\"rows\"");
	html_raw(&r->out, sc->employee_id ? " data-chart=\"line\" data-chart-scale=\"predikat\""
					  : " data-chart=\"bar\"");
	html_raw(&r->out, "><caption>Tren antarperiode</caption><thead><tr><th scope=\"col\">"
			  "Angka</th>");
	for (size_t i = 0; i < n; i++)
		html(&r->out, "<th scope=\"col\" class=\"text-end\" data-series>%s</th>", t[i].period.name);
	html_raw(&r->out, "</tr></thead><tbody>");
	trend_ratio_row(r, "SKP disetujui", t, n, 0);
	trend_ratio_row(r, "Penilaian tahunan ditetapkan", t, n, 1);
	trend_ratio_row(r, "Formulir 360° dijawab", t, n, 2);
	html_raw(&r->out, "<tr data-chart-skip><th scope=\"row\">Keberatan diajukan</th>");
	for (size_t i = 0; i < n; i++)
		html(&r->out, "<td class=\"text-end\">%lld</td>", (long long)t[i].obj_total);
	html_raw(&r->out, "</tr>");
	if (sc->employee_id) {
		html_raw(&r->out, "<tr><th scope=\"row\">Predikat Anda</th>");
		for (size_t i = 0; i < n; i++)
			if (t[i].own < PRED__COUNT)
				html(&r->out, "<td class=\"text-end\" data-value=\"%d\">%s</td>",
				     (int)t[i].own + 1, predicate_label(t[i].own));
			else
				html_raw(&r->out, "<td class=\"text-end\" data-value=\"\">-</td>");
		html_raw(&r->out, "</tr>");
	}
	for (int p = PRED__COUNT - 1; !sc->employee_id && p >= 0; p--) {
		html(&r->out, "<tr><th scope=\"row\">%s</th>", predicate_label((enum predicate)p));
		for (size_t i = 0; i < n; i++)
			count_cell(r, t[i].count[p]);
		html_raw(&r->out, "</tr>");
	}
	html_raw(&r->out, "</tbody></table></div></section>");
}
