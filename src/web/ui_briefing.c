/*
 * ui_briefing.c - the briefing (sosialisasi) pages: GET /sosialisasi (the
 * employee's own guides: to read, read, acknowledged; for HR the guides
 * they manage with their coverage, the button to write one, and for an
 * administrator the setting naming the criteria guide of the
 * assessment), POST /sosialisasi/kriteria, the home page card, the link
 * to the criteria guide for the assessment pages, the small pieces the
 * briefing pages share, and the route table of every briefing page.
 */
#include "web/ui_briefing.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shared pieces ------------------------------------------------------------------------ */

void briefing_state_badge(struct req *r, enum briefing_state s)
{
	static const char *const cls[BRIEF__STATES] = {
		[BRIEF_DRAF] = "text-bg-secondary", [BRIEF_TERBIT] = "text-bg-success",
		[BRIEF_DITARIK] = "text-bg-dark",
	};
	html(&r->out, "<span class=\"badge %s\" data-status=\"%s\">%s</span>",
	     (unsigned)s < BRIEF__STATES ? cls[s] : "text-bg-light", briefing_state_name(s),
	     briefing_state_label(s));
}

const char *briefing_audience(const struct guide *g, char *buf, size_t size)
{
	if (!g->unit_id)
		copy_str(buf, size, "Seluruh kantor");
	else
		snprintf(buf, size, "%s (dan unit di bawahnya)", g->unit_name);
	return buf;
}

void briefing_status_badge(struct req *r, const struct guide *g, const struct guide_status *st)
{
	if (guide_status_acked(g, st))
		html_raw(&r->out, "<span class=\"badge text-bg-success\" data-saya=\"diketahui\">"
				  "Dipahami</span>");
	else if (guide_status_opened(g, st))
		html_raw(&r->out, "<span class=\"badge text-bg-info\" data-saya=\"dibaca\">Dibaca, "
				  "belum dinyatakan paham</span>");
	else
		html_raw(&r->out, "<span class=\"badge text-bg-warning\" data-saya=\"belum_dibaca\">"
				  "Perlu dibaca</span>");
	if (st->acked_version && st->acked_version < g->version)
		html_raw(&r->out, " <span class=\"badge text-bg-light border\">Versi baru</span>");
	if (st->reminded_at && !guide_status_acked(g, st))
		html_raw(&r->out, " <span class=\"badge text-bg-danger\">Pengingat</span>");
}

void briefing_crumbs(struct req *r, const struct guide *g, const char *here)
{
	html_raw(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
			  "class=\"breadcrumb-item\"><a href=\"/sosialisasi\">Sosialisasi</a></li>");
	if (g && here)
		html(&r->out, "<li class=\"breadcrumb-item\"><a href=\"/sosialisasi/%lld\">%s</a>"
			      "</li>", (long long)g->id, g->title);
	html(&r->out, "<li class=\"breadcrumb-item active\" aria-current=\"page\">%s</li></ol></nav>",
	     here ? here : g ? g->title : "");
}

/* ---- the employee's own guides ------------------------------------------------------------- */

static void mine_group(struct req *r, const char *title, const char *id, const struct guide *v,
		       const struct guide_status *st, size_t n, int which, const char *empty)
{
	size_t shown = 0;
	char when[40];
	html(&r->out, "<section class=\"mb-4\" id=\"%s\"><h2 class=\"h5\">%s</h2><ul "
		      "class=\"list-group\">", id, title);
	for (size_t i = 0; i < n; i++) {
		int state = guide_status_acked(&v[i], &st[i]) ? 2 : guide_status_opened(&v[i], &st[i]);
		if (state != which)
			continue;
		shown++;
		format_time_wib(when, sizeof when, v[i].published_at);
		html(&r->out, "<li class=\"list-group-item\" data-panduan=\"%lld\"><a href=\"/sosialisasi/"
			      "%lld\">%s</a> <span class=\"small text-muted\">%s \xc2\xb7 versi %lld "
			      "\xc2\xb7 terbit %s</span> ", (long long)v[i].id, (long long)v[i].id,
		     v[i].title, briefing_kind_label(v[i].kind), (long long)v[i].version, when);
		briefing_status_badge(r, &v[i], &st[i]);
		html_raw(&r->out, "</li>");
	}
	if (!shown)
		html(&r->out, "<li class=\"list-group-item text-muted\">%s</li>", empty);
	html_raw(&r->out, "</ul></section>");
}

static int mine_section(struct req *r, struct kerr *err)
{
	struct guide *v = NULL;
	struct guide_status *st = NULL;
	size_t n = 0;
	if (store_guide_list_mine(r->db, r->who.employee_id, &v, &st, &n, err))
		return -1;
	mine_group(r, "Perlu dibaca", "perlu-dibaca", v, st, n, 0,
		   "Tidak ada panduan baru untuk Anda.");
	mine_group(r, "Sudah dibaca, belum dinyatakan paham", "sudah-dibaca", v, st, n, 1,
		   "Tidak ada.");
	mine_group(r, "Sudah dipahami", "sudah-dipahami", v, st, n, 2, "Belum ada.");
	guides_free(v, n);
	free(st);
	return 0;
}

/* ---- HR's guides ---------------------------------------------------------------------------- */

static void managed_row(struct req *r, const struct guide *g, int64_t scope)
{
	struct guide_coverage c;
	struct kerr err = KERR_INIT;
	char aud[260], pct[16] = "-";
	html(&r->out, "<tr data-panduan=\"%lld\"><th scope=\"row\"><a href=\"/sosialisasi/%lld\">%s"
		      "</a></th><td>%s</td><td>%s</td><td>", (long long)g->id, (long long)g->id,
	     g->title, briefing_kind_label(g->kind), briefing_audience(g, aud, sizeof aud));
	briefing_state_badge(r, g->state);
	html(&r->out, "</td><td>%lld</td>", (long long)g->version);
	if (g->state == BRIEF_TERBIT && !store_guide_totals(r->db, g, scope, &c, &err)) {
		briefing_percent_text(briefing_permille(c.acked, c.addressed), pct, sizeof pct);
		html(&r->out, "<td>%lld dari %lld (%s) <a class=\"small\" href=\"/sosialisasi/%lld/"
			      "cakupan\">Cakupan</a></td></tr>", (long long)c.acked,
		     (long long)c.addressed, pct, (long long)g->id);
	} else {
		html_raw(&r->out, "<td class=\"text-muted\">-</td></tr>");
	}
}

static int managed_section(struct req *r, struct kerr *err)
{
	struct guide *v = NULL;
	size_t n = 0;
	int64_t scope = guide_scope(r);
	if (store_guide_list(r->db, scope, &v, &n, err))
		return -1;
	html_raw(&r->out, "<section class=\"mb-4\" id=\"kelola\"><h2 class=\"h5\">Panduan yang "
			  "dikelola</h2>");
	if (access_allows(r, ACCESS_MANAGE))
		html_raw(&r->out, "<p><a class=\"btn btn-primary btn-sm\" href=\"/sosialisasi/baru\">"
				  "Tulis panduan baru</a></p>");
	if (!n) {
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada panduan.</p></section>");
		free(v);
		return 0;
	}
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table align-middle\">"
			  "<thead><tr><th scope=\"col\">Judul</th><th scope=\"col\">Jenis</th>"
			  "<th scope=\"col\">Ditujukan kepada</th><th scope=\"col\">Status</th>"
			  "<th scope=\"col\">Versi</th><th scope=\"col\">Sudah memahami</th></tr>"
			  "</thead><tbody>");
	for (size_t i = 0; i < n; i++)
		managed_row(r, &v[i], scope);
	html_raw(&r->out, "</tbody></table></div></section>");
	guides_free(v, n);
	return 0;
}

/* The administrator's choice of the criteria guide. */
static int criteria_form(struct req *r, const struct kerr *shown, struct kerr *err)
{
	struct guide *v = NULL;
	size_t n = 0;
	int64_t current = 0;
	char sel[24];
	if (store_guide_list(r->db, 0, &v, &n, err) ||
	    store_guide_criteria(r->db, &current, NULL, 0, err)) {
		guides_free(v, n);
		return -1;
	}
	snprintf(sel, sizeof sel, "%lld", (long long)current);
	html_raw(&r->out, "<section class=\"mb-4\" id=\"kriteria\"><h2 class=\"h5\">Panduan kriteria "
			  "penilaian</h2><p class=\"small\">Formulir penilaian dan halaman penjelasan "
			  "predikat menautkan panduan ini. Hanya panduan yang sudah terbit untuk "
			  "seluruh kantor yang dapat dipilih.</p><form method=\"post\" "
			  "action=\"/sosialisasi/kriteria\" class=\"row g-2\" data-mw=\"40\">");
	csrf_field(r);
	form_select_open(r, "panduan_id", "Panduan kriteria", "col-sm-9", shown);
	form_option(r, "0", "(tidak ada)", sel);
	for (size_t i = 0; i < n; i++) {
		char id[24];
		if (v[i].state != BRIEF_TERBIT || v[i].unit_id)
			continue;
		snprintf(id, sizeof id, "%lld", (long long)v[i].id);
		form_option(r, id, v[i].title, sel);
	}
	html_raw(&r->out, "</select>");
	form_close(r, "panduan_id", shown);
	html_raw(&r->out, "<div class=\"col-sm-3 align-self-end\"><button type=\"submit\" "
			  "class=\"btn btn-outline-primary\">Simpan</button></div></form></section>");
	guides_free(v, n);
	return 0;
}

static int list_page(struct req *r, const struct kerr *criteria_err)
{
	struct kerr err = KERR_INIT;
	page_begin(r, "Sosialisasi", NAV_SOSIALISASI);
	html_raw(&r->out, "<h1 class=\"h3\">Sosialisasi Panduan dan Kriteria</h1><p>Panduan, "
			  "kriteria, dan prosedur kinerja yang diterbitkan pengelola kepegawaian. "
			  "Bacalah setiap panduan yang ditujukan kepada Anda, jawab kuisnya bila ada, "
			  "lalu nyatakan bahwa Anda telah memahaminya.</p>");
	if (criteria_err)
		form_error_alert(r, NULL, criteria_err);
	if ((r->who.employee_id && mine_section(r, &err)) ||
	    (access_allows(r, ACCESS_READ_ALL) && managed_section(r, &err)))
		return reply_error(r, &err);
	if (r->who.role == ROLE_ADMIN && criteria_form(r, criteria_err, &err))
		return reply_error(r, &err);
	page_end(r);
	return reply_html(r, criteria_err ? kerr_http_status(criteria_err) : 200);
}

/* GET /sosialisasi */
static int page_guides(struct req *r)
{
	return list_page(r, NULL);
}

/* POST /sosialisasi/kriteria {panduan_id} (admin) */
static int page_criteria_save(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	const char *v = req_form(r, "panduan_id");
	long long id = 0;
	if (!v || parse_whole_in(v, 0, INT64_MAX, &id) < 0)
		kerr_set(&err, KERR_INVALID, "panduan_id", "Pilih panduan kriteria");
	else
		store_guide_criteria_set(r->db, &who, id, &err);
	if (!kerr_is_set(&err))
		return reply_redirect(r, "/sosialisasi?pesan=sosialisasi_kriteria_disimpan#kriteria");
	if (err.code != KERR_INVALID && err.code != KERR_CONFLICT)
		return reply_error(r, &err);
	return list_page(r, &err);
}

/* GET /sosialisasi-lampiran/{id} */
static int page_guide_download(struct req *r)
{
	return reply_guide_attachment(r, r->path_id);
}

/* ---- for other pages ---------------------------------------------------------------------------- */

void briefing_home_card(struct req *r)
{
	struct guide *v = NULL;
	struct guide_status *st = NULL;
	size_t n = 0, pending = 0;
	struct kerr err = KERR_INIT;
	if (!r->who.employee_id)
		return;
	if (store_guide_list_mine(r->db, r->who.employee_id, &v, &st, &n, &err)) {
		log_warn("sosialisasi di beranda: %s", err.msg);
		return;
	}
	for (size_t i = 0; i < n; i++)
		pending += !guide_status_acked(&v[i], &st[i]);
	if (pending) {
		html(&r->out, "<section class=\"card mb-3 border-info\" id=\"sosialisasi-menunggu\" "
			      "aria-labelledby=\"sm-judul\"><div class=\"card-body\"><h2 class=\"h5\" "
			      "id=\"sm-judul\">%zu panduan perlu Anda pahami</h2><ul class=\"mb-2\">",
		     pending);
		for (size_t i = 0, shown = 0; i < n && shown < 10; i++) {
			if (guide_status_acked(&v[i], &st[i]))
				continue;
			shown++;
			html(&r->out, "<li><a href=\"/sosialisasi/%lld\">%s</a> ", (long long)v[i].id,
			     v[i].title);
			briefing_status_badge(r, &v[i], &st[i]);
			html_raw(&r->out, "</li>");
		}
		html_raw(&r->out, "</ul><a class=\"btn btn-sm btn-info\" href=\"/sosialisasi\">Buka "
				  "daftar panduan</a></div></section>");
	}
	guides_free(v, n);
	free(st);
}

void briefing_criteria_link(struct req *r)
{
	int64_t id = 0;
	char title[BRIEFING_TITLE_MAX * 4 + 1];
	struct kerr err = KERR_INIT;
	if (store_guide_criteria(r->db, &id, title, sizeof title, &err) || !id)
		return;
	html(&r->out, "<p class=\"small\" id=\"kriteria-penilaian\">Kriteria penilaian: <a "
		      "href=\"/sosialisasi/%lld\">%s</a></p>", (long long)id, title);
}

const struct route ui_briefing_routes[] = {
	{ "GET", "/sosialisasi", page_guides, ACCESS_LOGIN },
	{ "POST", "/sosialisasi", page_guide_create, ACCESS_MANAGE },
	{ "GET", "/sosialisasi/baru", page_guide_new, ACCESS_MANAGE },
	{ "POST", "/sosialisasi/kriteria", page_criteria_save, ACCESS_ADMIN },
	{ "GET", "/sosialisasi/{id}", page_guide, ACCESS_LOGIN },
	{ "GET", "/sosialisasi/{id}/ubah", page_guide_edit, ACCESS_MANAGE },
	{ "POST", "/sosialisasi/{id}/ubah", page_guide_update, ACCESS_MANAGE },
	{ "POST", "/sosialisasi/{id}/terbitkan", page_guide_publish, ACCESS_MANAGE },
	{ "POST", "/sosialisasi/{id}/tarik", page_guide_withdraw, ACCESS_MANAGE },
	{ "POST", "/sosialisasi/{id}/lampiran", page_guide_attach, ACCESS_MANAGE },
	{ "POST", "/sosialisasi/{id}/ketahui", page_guide_ack, ACCESS_LOGIN },
	{ "GET", "/sosialisasi/{id}/cakupan", page_guide_coverage, ACCESS_READ_ALL },
	{ "POST", "/sosialisasi/{id}/pengingat", page_guide_remind, ACCESS_MANAGE },
	{ "GET", "/sosialisasi-lampiran/{id}", page_guide_download, ACCESS_LOGIN },
	{ "POST", "/sosialisasi-lampiran/{id}/hapus", page_guide_attachment_delete, ACCESS_MANAGE },
	{ NULL, NULL, NULL, 0 },
};
