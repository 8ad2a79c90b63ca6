/*
 * ui_briefing_coverage.c - GET /sosialisasi/{id}/cakupan: HR's view of a
 * published guide: per unit (within their scope) how many employees it
 * addresses, how many opened and acknowledged its current version, and
 * the percentage; below, who has not acknowledged yet (of one unit when
 * ?unit= is given), with when they opened it and the reminders sent;
 * and the POST that reminds them all, or one of them
 * (/sosialisasi/{id}/pengingat, field pegawai_id).
 */
#include "web/ui_briefing.h"
#include "web/ui.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void coverage_row(struct req *r, const struct guide *g, const struct guide_coverage *c,
			 int total)
{
	char pct[16];
	briefing_percent_text(briefing_permille(c->acked, c->addressed), pct, sizeof pct);
	if (total)
		html_raw(&r->out, "<tr class=\"fw-bold\" data-unit=\"jumlah\"><th scope=\"row\">Jumlah"
				  "</th>");
	else
		html(&r->out, "<tr data-unit=\"%s\"><th scope=\"row\"><a href=\"/sosialisasi/%lld/"
			      "cakupan?unit=%lld#belum\">%s</a></th>", c->unit_code, (long long)g->id,
		     (long long)c->unit_id, c->unit_name);
	html(&r->out, "<td>%lld</td><td>%lld</td><td>%lld</td><td>%s</td></tr>",
	     (long long)c->addressed, (long long)c->opened, (long long)c->acked, pct);
}

static void coverage_table(struct req *r, const struct guide *g, const struct guide_coverage *v,
			   size_t n)
{
	struct guide_coverage sum = { 0 };
	html_raw(&r->out, "<section class=\"mb-4\" id=\"per-unit\"><h2 class=\"h5\">Cakupan per unit"
			  "</h2><div class=\"table-responsive\"><table class=\"table table-sm "
			  "align-middle\"><thead><tr><th scope=\"col\">Unit kerja</th><th scope=\"col\">"
			  "Dituju</th><th scope=\"col\">Sudah membuka</th><th scope=\"col\">Sudah "
			  "memahami</th><th scope=\"col\">Persen memahami</th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		coverage_row(r, g, &v[i], 0);
		sum.addressed += v[i].addressed;
		sum.opened += v[i].opened;
		sum.acked += v[i].acked;
	}
	html_raw(&r->out, "</tbody><tfoot>");
	coverage_row(r, g, &sum, 1);
	html_raw(&r->out, "</tfoot></table></div></section>");
}

static void remind_button(struct req *r, const struct guide *g, int64_t employee_id,
			  const char *label, const char *cls)
{
	html(&r->out, "<form method=\"post\" action=\"/sosialisasi/%lld/pengingat\" "
		      "class=\"d-inline\">", (long long)g->id);
	csrf_field(r);
	if (employee_id)
		html(&r->out, "<input type=\"hidden\" name=\"pegawai_id\" value=\"%lld\">",
		     (long long)employee_id);
	html(&r->out, "<button type=\"submit\" class=\"btn btn-sm %s\">%s</button></form>", cls,
	     label);
}

static void pending_table(struct req *r, const struct guide *g, const struct guide_pending *p,
			  size_t n, int64_t unit_id)
{
	int manage = access_allows(r, ACCESS_MANAGE);
	html(&r->out, "<section class=\"mb-4\" id=\"belum\"><h2 class=\"h5\">Belum menyatakan "
		      "paham (%zu)</h2>", n);
	if (unit_id)
		html(&r->out, "<p class=\"small\">Satu unit saja. <a href=\"/sosialisasi/%lld/cakupan"
			      "#belum\">Tampilkan semua unit</a></p>", (long long)g->id);
	if (!n) {
		html_raw(&r->out, "<p class=\"text-muted\">Semua pegawai yang dituju sudah menyatakan "
				  "paham.</p></section>");
		return;
	}
	if (manage) {
		html_raw(&r->out, "<p>");
		remind_button(r, g, 0, "Ingatkan semua yang belum (dalam cakupan Anda)", "btn-warning");
		html_raw(&r->out, "</p>");
	}
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm "
			  "align-middle\"><thead><tr><th scope=\"col\">Pegawai</th><th scope=\"col\">"
			  "NIP</th><th scope=\"col\">Unit kerja</th><th scope=\"col\">Dibuka</th>"
			  "<th scope=\"col\">Pengingat</th><th scope=\"col\"><span "
			  "class=\"visually-hidden\">Tindakan</span></th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		char opened[40] = "-", reminded[40] = "";
		if (p[i].opened_at)
			format_time_wib(opened, sizeof opened, p[i].opened_at);
		if (p[i].reminded_at)
			format_time_wib(reminded, sizeof reminded, p[i].reminded_at);
		html(&r->out, "<tr data-pegawai=\"%lld\"><th scope=\"row\">%s</th><td>%s</td><td>%s"
			      "</td><td>%s</td><td>", (long long)p[i].employee_id, p[i].name, p[i].nip,
		     p[i].unit_name, opened);
		if (p[i].reminders)
			html(&r->out, "%lld\xc3\x97, terakhir %s", (long long)p[i].reminders, reminded);
		else
			html_raw(&r->out, "-");
		html_raw(&r->out, "</td><td>");
		if (manage)
			remind_button(r, g, p[i].employee_id, "Ingatkan", "btn-outline-secondary");
		html_raw(&r->out, "</td></tr>");
	}
	html_raw(&r->out, "</tbody></table></div></section>");
}

/* GET /sosialisasi/{id}/cakupan?unit=ID */
int page_guide_coverage(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct guide g;
	struct guide_coverage *c = NULL;
	struct guide_pending *p = NULL;
	size_t nc = 0, np = 0;
	unsigned roles = 0;
	int64_t unit_id = 0, scope = guide_scope(r);
	char aud[260];
	if (req_query_id(r, "unit", &unit_id, &err) < 0 ||
	    guide_load(r, r->path_id, &g, &roles, &err))
		return reply_error(r, &err);
	if (!guide_may(roles, GUIDE_ROLE_HR, &err) ||
	    store_guide_coverage(r->db, &g, scope, &c, &nc, &err) ||
	    store_guide_pending(r->db, &g, scope, unit_id, &p, &np, &err)) {
		guide_release(&g);
		free(c);
		return reply_error(r, &err);
	}
	page_begin(r, "Cakupan sosialisasi", NAV_SOSIALISASI);
	briefing_crumbs(r, &g, "Cakupan");
	html(&r->out, "<h1 class=\"h3\">Cakupan: %s</h1><p>Untuk %s \xc2\xb7 versi %lld ", g.title,
	     briefing_audience(&g, aud, sizeof aud), (long long)g.version);
	briefing_state_badge(r, g.state);
	html_raw(&r->out, "</p><p class=\"small\">Dihitung atas pegawai aktif yang dituju dalam "
			  "cakupan Anda, untuk versi terbaru panduan: yang memahami versi lama "
			  "dihitung belum.</p>");
	coverage_table(r, &g, c, nc);
	pending_table(r, &g, p, np, unit_id);
	page_end(r);
	guide_release(&g);
	free(c);
	free(p);
	return reply_html(r, 200);
}

/* POST /sosialisasi/{id}/pengingat (pegawai_id optional) */
int page_guide_remind(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct guide g;
	unsigned roles = 0;
	int64_t count = 0;
	long long employee_id = 0;
	char to[96];
	const char *e = req_form(r, "pegawai_id");
	if (guide_load(r, r->path_id, &g, &roles, &err))
		return reply_error(r, &err);
	guide_release(&g);
	if (e && *e && parse_whole_in(e, 1, INT64_MAX, &employee_id) < 0)
		kerr_set(&err, KERR_INVALID, "pegawai_id", "Pegawai yang diingatkan tidak dikenal");
	if (kerr_is_set(&err) || !guide_may(roles, GUIDE_ROLE_HR, &err) ||
	    store_guide_remind(r->db, &who, r->path_id, guide_scope(r), employee_id, &count, &err))
		return reply_error(r, &err);
	snprintf(to, sizeof to, "/sosialisasi/%lld/cakupan?pesan=sosialisasi_diingatkan#belum",
		 (long long)r->path_id);
	return reply_redirect(r, to);
}
