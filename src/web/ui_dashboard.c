/*
 * ui_dashboard.c - the dashboards (GET /dasbor?periode=ID&unit=ID&saya=1):
 * where a period stands, the predicate distribution against the curve (a
 * unit) or the employee's own predicates, achievement over the quarters,
 * the BerAKHLAK profile and the trend over periods, as charts with the
 * same figures in tables (ui_dashboard_parts.c, ui_dashboard_charts.c).
 * The figures are one dash_board (store/dashboard.h: a unit's kept
 * between requests while the data stays the same, hence "Angka per ...").
 * Who sees which dashboard: http/dashboard_access.h.  The page loads
 * Chart.js (/static/chart.min.js); app.js draws each chart from its
 * table, so without JavaScript the tables alone carry every figure.
 */
#include "web/ui_dashboard.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "http/dashboard_access.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void heading(struct req *r, const struct dash_scope *sc, const struct period *p,
		    const struct unit *u)
{
	html_raw(&r->out, "<h1 class=\"h3\">Dasbor kinerja</h1>");
	if (sc->employee_id)
		html(&r->out, "<p class=\"lead\" id=\"cakupan\">Dasbor pribadi %s — %s</p>", r->who.name,
		     p->name);
	else if (sc->unit_id)
		html(&r->out, "<p class=\"lead\" id=\"cakupan\">%s beserta unit di bawahnya — %s</p>",
		     u->name, p->name);
	else
		html(&r->out, "<p class=\"lead\" id=\"cakupan\">Seluruh kantor — %s</p>", p->name);
}

/* The units the filter offers: every unit the caller reads, or in a big
 * tree (a city) one level down from the selected unit at a time
 * (dash_unit_choices); 1 if it was narrowed. */
static int unit_choices(const struct unit *units, size_t n, int64_t root, int64_t selected,
			unsigned char *allow)
{
	int64_t *ids = xcalloc(n + 1, sizeof *ids), *parents = xcalloc(n + 1, sizeof *parents);
	size_t before = 0;
	for (size_t i = 0; i < n; i++) {
		ids[i] = units[i].id;
		parents[i] = units[i].parent_id;
		before += allow[i] != 0;
	}
	size_t after = dash_unit_choices(ids, parents, n, root, selected, DASH_UNIT_CHOICES, allow);
	free(ids);
	free(parents);
	return after < before;
}

static void unit_select(struct req *r, int64_t root, int64_t selected)
{
	struct unit *units = NULL;
	unsigned char *allow = NULL;
	size_t n = 0;
	int narrowed = 0;
	struct kerr err = KERR_INIT;
	char sel[24];
	snprintf(sel, sizeof sel, "%lld", (long long)selected);
	if (!store_unit_list(r->db, &units, &n, &err)) {
		allow = units_within(units, n, root);
		narrowed = unit_choices(units, n, root, selected, allow);
	}
	html_raw(&r->out, "<div class=\"col-12 col-sm-auto\"><label class=\"form-label\" for=\""
			  "f-unit\">Unit kerja (beserta unit di bawahnya)</label><select class=\""
			  "form-select\" id=\"f-unit\" name=\"unit\"");
	html_raw(&r->out, narrowed ? " aria-describedby=\"f-unit-help\">" : ">");
	if (root == 0)
		form_option(r, "", "Seluruh kantor", selected ? sel : "");
	if (allow)
		unit_options(&r->out, units, n, allow, 0, sel);
	free(allow);
	free(units);
	html_raw(&r->out, "</select>");
	if (narrowed)
		html_raw(&r->out, "<div class=\"form-text\" id=\"f-unit-help\">Unit kerja banyak, jadi "
				  "pilihan ini memuat unit terpilih dengan atasannya dan unit satu "
				  "tingkat di bawahnya: pilih, tekan Tampilkan, lalu turun lagi. Tabel "
				  "kurva juga menautkan dasbor tiap unit.</div>");
	html_raw(&r->out, "</div>");
}

static void filters(struct req *r, const struct dash_scope *sc, int64_t root)
{
	html_raw(&r->out, "<form method=\"get\" action=\"/dasbor\" class=\"row g-2 align-items-end "
			  "mb-3 d-print-none\" id=\"saring-dasbor\">");
	form_period_select(r, sc->period_id);
	if (sc->employee_id)
		html_raw(&r->out, "<input type=\"hidden\" name=\"saya\" value=\"1\">");
	else
		unit_select(r, root, sc->unit_id);
	html_raw(&r->out, "<div class=\"col-auto\"><button class=\"btn btn-primary\" type=\"submit\">"
			  "Tampilkan</button></div></form>");
}

/* The other dashboard the caller has, and the recap of this one. */
static void links(struct req *r, const struct dash_scope *sc, int64_t root)
{
	html_raw(&r->out, "<p class=\"d-print-none\" id=\"tautan-dasbor\">");
	if (sc->employee_id && root >= 0)
		html(&r->out, "<a class=\"btn btn-outline-secondary btn-sm me-2\" href=\"/dasbor?"
			      "periode=%lld\">Dasbor unit</a>", (long long)sc->period_id);
	if (!sc->employee_id && r->who.employee_id)
		html(&r->out, "<a class=\"btn btn-outline-secondary btn-sm me-2\" href=\"/dasbor?"
			      "periode=%lld&amp;saya=1\">Dasbor saya</a>", (long long)sc->period_id);
	if (!sc->employee_id && sc->unit_id)
		html(&r->out, "<a class=\"btn btn-outline-primary btn-sm\" href=\"/laporan/rekap.xlsx?"
			      "periode=%lld&amp;unit=%lld\">Unduh rekap (Excel)</a>",
		     (long long)sc->period_id, (long long)sc->unit_id);
	else if (!sc->employee_id)
		html(&r->out, "<a class=\"btn btn-outline-primary btn-sm\" href=\"/laporan/rekap.xlsx?"
			      "periode=%lld\">Unduh rekap (Excel)</a>", (long long)sc->period_id);
	html_raw(&r->out, "</p>");
}

/* When the figures were computed: a unit's may come from the cache. */
static void computed_at(struct req *r, const struct dash_board *b)
{
	char when[64];
	struct tm tm;
	if (b->sc.employee_id)
		return;
	wib_tm(b->computed_at, &tm);
	strftime(when, sizeof when, "%H.%M WIB, %d-%m-%Y", &tm);
	html(&r->out, "<p class=\"small text-muted\" id=\"angka-per\">Angka per %s. Angka "
		      "dihitung ulang begitu ada perubahan data (realisasi, penilaian, jawaban "
		      "360°, keberatan, persetujuan SKP).</p>", when);
}

static void sections(struct req *r, const struct dash_board *b)
{
	computed_at(r, b);
	dash_section_status(r, b);
	if (b->sc.employee_id)
		dash_section_own_predicates(r, b);
	else
		dash_section_distribution(r, b);
	dash_section_achievement(r, b);
	dash_section_berakhlak(r, b);
	dash_section_trend(r, b);
}

/* GET /dasbor */
static int page_dashboard(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct dash_scope sc;
	struct period p;
	struct unit u;
	int64_t root;
	const struct dash_board *b = NULL;
	if (dash_scope_of_request(r, &sc, &root, &p, &u, &err) ||
	    !(b = dash_board_get(r->db, &sc, &err)))
		return reply_error(r, &err);
	page_begin_script(r, "Dasbor", NAV_DASBOR, "/static/chart.min.js");
	heading(r, &sc, &p, &u);
	filters(r, &sc, root);
	links(r, &sc, root);
	sections(r, b);
	dash_board_put(b);
	page_end(r);
	return reply_html(r, 200);
}

const struct route ui_dashboard_routes[] = {
	{ "GET", "/dasbor", page_dashboard, ACCESS_LOGIN },
	{ NULL },
};
