/*
 * ui_evaluation.c - the evaluation pages' route table and the overview
 * /evaluasi: the employee's own surveys; for HR, leaders and auditors the
 * process figures of every period side by side (columns = periods), each
 * explained in a sentence, with the whole result of each period's survey
 * under them; the list of surveys; the threshold setting; and the home
 * page card of surveys waiting for the employee.
 */
#include "web/ui_evaluation.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "api/api_evaluation.h"
#include "core/log.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"
#include "http/scope.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void survey_phase_badge(struct req *r, enum survey_phase p)
{
	static const char *const kind[] = { "secondary", "info", "success", "dark" };
	html(&r->out, "<span class=\"badge text-bg-%s\">%s</span>", kind[p], survey_phase_label(p));
}

void evaluation_crumbs(struct req *r, const struct survey *s, const char *here)
{
	html_raw(&r->out, "<nav aria-label=\"breadcrumb\"><ol class=\"breadcrumb\"><li class=\""
			  "breadcrumb-item\"><a href=\"/evaluasi\">Evaluasi</a></li>");
	if (s && here)
		html(&r->out, "<li class=\"breadcrumb-item\"><a href=\"/evaluasi/survei/%lld\">%s</a>"
			      "</li>", (long long)s->id, s->title);
	html(&r->out, "<li class=\"breadcrumb-item active\" aria-current=\"page\">%s</li></ol></nav>",
	     here ? here : s ? s->title : "");
}

/* ---- the employee's surveys ------------------------------------------------------------------ */

static void my_surveys(struct req *r, int card)
{
	struct survey *v = NULL;
	int *done = NULL;
	size_t n = 0, waiting = 0;
	struct kerr err = KERR_INIT;
	if (!r->who.employee_id)
		return;
	if (store_survey_list_mine(r->db, r->who.employee_id, &v, &done, &n, &err)) {
		log_warn("survei di beranda: %s", err.msg);
		return;
	}
	for (size_t i = 0; i < n; i++)
		waiting += v[i].phase == PHASE_BERJALAN && !done[i];
	if (card && waiting) {
		html(&r->out, "<section class=\"card mb-3 border-primary\" id=\"survei-menunggu\" "
			      "aria-labelledby=\"sv-judul\"><div class=\"card-body\"><h2 class=\"h5\" "
			      "id=\"sv-judul\">%zu survei evaluasi menunggu jawaban Anda</h2><p class="
			      "\"small text-muted\">Jawaban Anda anonim: tidak ada yang dapat melihat "
			      "siapa menjawab apa.</p><ul class=\"mb-2\">", waiting);
		for (size_t i = 0; i < n; i++)
			if (v[i].phase == PHASE_BERJALAN && !done[i])
				html(&r->out, "<li><a href=\"/evaluasi/survei/%lld\">%s</a> (sampai %s)"
					      "</li>", (long long)v[i].id, v[i].title, v[i].closes_on);
		html_raw(&r->out, "</ul></div></section>");
	} else if (!card) {
		html_raw(&r->out, "<h2 class=\"h5 mt-3\">Survei untuk Anda</h2>");
		if (!n)
			html_raw(&r->out, "<p class=\"text-muted\">Belum ada survei yang ditujukan "
					  "kepada Anda.</p>");
		else
			html_raw(&r->out, "<ul class=\"list-group mb-3\">");
		for (size_t i = 0; i < n; i++) {
			html(&r->out, "<li class=\"list-group-item\"><a href=\"/evaluasi/survei/%lld\">"
				      "%s</a> ", (long long)v[i].id, v[i].title);
			survey_phase_badge(r, v[i].phase);
			html(&r->out, " <span class=\"small text-muted\">%s s.d. %s</span> %s</li>",
			     v[i].opens_on, v[i].closes_on, done[i] ? "<span class=\"badge "
			     "text-bg-success\">Sudah dijawab</span>" : "");
		}
		if (n)
			html_raw(&r->out, "</ul>");
	}
	surveys_free(v, n);
	free(done);
}

void evaluation_home_card(struct req *r)
{
	my_surveys(r, 1);
}

/* ---- the figures side by side ---------------------------------------------------------------- */

static void unit_picker(struct req *r, int64_t root, int64_t unit)
{
	struct unit *units = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	char sel[24];
	snprintf(sel, sizeof sel, "%lld", (long long)unit);
	html_raw(&r->out, "<form method=\"get\" action=\"/evaluasi\" class=\"row g-2 align-items-end "
			  "mb-3\"><div class=\"col-auto\"><label class=\"form-label\" for=\"f-unit\">"
			  "Unit kerja (beserta unit di bawahnya)</label><select class=\"form-select\" "
			  "id=\"f-unit\" name=\"unit\">");
	if (root == 0)
		form_option(r, "0", "Seluruh kantor", sel);
	if (!store_unit_list(r->db, &units, &n, &err)) {
		unsigned char *allow = units_within(units, n, root);
		unit_options(&r->out, units, n, allow, 0, sel);
		free(allow);
	}
	free(units);
	html_raw(&r->out, "</select></div><div class=\"col-auto\"><button class=\"btn "
			  "btn-outline-primary\" type=\"submit\">Tampilkan</button></div></form>");
}

/* The latest closed survey of period `period` the caller reads, loaded
 * with its results into *s / *res (0), or -1 (*why set when withheld). */
static int period_survey(struct req *r, const struct survey *v, size_t n, int64_t period,
			 struct survey *s, struct survey_results *res, char *why, size_t size)
{
	for (size_t i = 0; i < n; i++) {
		unsigned roles = 0;
		struct kerr err = KERR_INIT;
		if (v[i].period_id != period || v[i].phase != PHASE_SELESAI ||
		    survey_load(r, v[i].id, s, &roles, &err))
			continue;
		if (!(roles & SURVEY_ROLE_READER)) {
			survey_release(s);
			continue;
		}
		if (!store_survey_results(r->db, s, res, &err))
			return 0;
		snprintf(why, size, "%s", err.msg);
		survey_release(s);
		return -1;
	}
	snprintf(why, size, "%s", "");
	return -1;
}

static void figure_rows(struct req *r, const struct eval_figures *f, size_t np)
{
	for (int i = 0; i < FIG__COUNT; i++) {
		html(&r->out, "<tr><th scope=\"row\">%s<div class=\"small fw-normal text-muted\">%s"
			      "</div></th>", eval_figure_label((enum eval_figure)i),
		     eval_figure_explanation((enum eval_figure)i));
		for (size_t p = 0; p < np; p++) {
			char value[64];
			eval_figure_value(&f[p], (enum eval_figure)i, value, sizeof value);
			html(&r->out, "<td class=\"text-end\">%s</td>", value);
		}
		html_raw(&r->out, "</tr>");
	}
}

static void survey_rows(struct req *r, const struct period *p, size_t np)
{
	struct survey *v = NULL, *s = xcalloc(np + 1, sizeof *s);
	struct survey_results *res = xcalloc(np + 1, sizeof *res);
	char (*why)[600] = xcalloc(np + 1, sizeof *why);
	int *ok = xcalloc(np + 1, sizeof *ok);
	size_t nv = 0;
	struct kerr err = KERR_INIT;
	store_survey_list(r->db, &v, &nv, &err);
	for (size_t i = 0; i < np; i++)
		ok[i] = !period_survey(r, v, nv, p[np - 1 - i].id, &s[i], &res[i], why[i],
				       sizeof why[i]);
	html_raw(&r->out, "<tr><th scope=\"row\">Survei pegawai<div class="
			  "\"small fw-normal text-muted\">Survei anonim yang selesai pada periode itu: "
			  "jawaban yang masuk dibagi pegawai yang dituju, lalu rata-rata tiap aspek "
			  "(skala 1\xe2\x80\x93" "5, makin tinggi makin baik; beban: makin tinggi makin "
			  "ringan).</div></th>");
	for (size_t i = 0; i < np; i++) {
		char pct[32];
		if (!ok[i]) {
			html(&r->out, "<td class=\"small text-muted\">%s</td>",
			     why[i][0] ? why[i] : "Belum ada survei yang selesai");
			continue;
		}
		eval_percent_text(s[i].respondents, s[i].addressed, pct, sizeof pct);
		html(&r->out, "<td class=\"text-end\"><a href=\"/evaluasi/survei/%lld/hasil\">%s</a>"
			      "<div class=\"small\">respons %s</div></td>", (long long)s[i].id,
		     s[i].title, pct);
	}
	html_raw(&r->out, "</tr>");
	for (int a = 0; a < ASPECT_LAIN; a++) {
		html(&r->out, "<tr><th scope=\"row\" class=\"fw-normal\">%s</th>",
		     survey_aspect_label((enum survey_aspect)a));
		for (size_t i = 0; i < np; i++) {
			int64_t count[SURVEY_SCALE_MAX + 1], n = 0;
			char mean[32] = "-";
			if (ok[i] && survey_cell_aspect(&s[i], &res[i].all, (enum survey_aspect)a, count))
				eval_mean_text(survey_scale_mean(count, &n), n, mean, sizeof mean);
			html(&r->out, "<td class=\"text-end\">%s</td>", mean);
		}
		html_raw(&r->out, "</tr>");
	}
	for (size_t i = 0; i < np; i++)
		if (ok[i]) {
			survey_results_release(&res[i]);
			survey_release(&s[i]);
		}
	surveys_free(v, nv);
	free(s);
	free(res);
	free(why);
	free(ok);
}

static void comparison(struct req *r, int64_t root)
{
	struct kerr err = KERR_INIT;
	struct period *p = NULL;
	size_t np = 0;
	int64_t unit = 0;
	if (!req_query_id(r, "unit", &unit, &err) && !unit)
		unit = root > 0 ? root : 0;
	if (kerr_is_set(&err) || !eval_may_read_unit(r, unit, &err) ||
	    store_period_list(r->db, &p, &np, &err)) {
		form_error_alert(r, NULL, &err);
		free(p);
		return;
	}
	html_raw(&r->out, "<h2 class=\"h5 mt-4\">Angka proses per periode</h2><p>Setiap kolom "
			  "satu periode, dari yang terlama; bandingkan kolom untuk melihat apakah "
			  "perubahan membantu.</p>");
	unit_picker(r, root, unit);
	struct eval_figures *f = xcalloc(np + 1, sizeof *f);
	for (size_t i = 0; i < np && !kerr_is_set(&err); i++)
		store_eval_figures(r->db, p[np - 1 - i].id, unit, &f[i], &err);
	if (kerr_is_set(&err)) {
		form_error_alert(r, NULL, &err);
	} else {
		html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm "
				  "align-middle\" id=\"angka-proses\"><thead><tr><th scope=\"col\">Angka"
				  "</th>");
		for (size_t i = 0; i < np; i++)
			html(&r->out, "<th scope=\"col\" class=\"text-end\">%s</th>", p[np - 1 - i].name);
		html_raw(&r->out, "</tr></thead><tbody>");
		figure_rows(r, f, np);
		survey_rows(r, p, np);
		html_raw(&r->out, "</tbody></table></div>");
	}
	free(f);
	free(p);
}

/* ---- the list of surveys and the setting -------------------------------------------------------- */

static void survey_list(struct req *r)
{
	struct survey *v = NULL;
	size_t n = 0, shown = 0;
	struct kerr err = KERR_INIT;
	if (store_survey_list(r->db, &v, &n, &err))
		return;
	html_raw(&r->out, "<h2 class=\"h5 mt-4\">Survei</h2>");
	if (access_allows(r, ACCESS_MANAGE))
		html_raw(&r->out, "<p><a class=\"btn btn-primary btn-sm\" href=\"/evaluasi/survei/baru\">"
				  "Buat survei</a></p>");
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm\"><thead>"
			  "<tr><th>Judul</th><th>Periode</th><th>Ditujukan kepada</th><th>Tanggal</th>"
			  "<th>Tahap</th><th class=\"text-end\">Responden</th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		unsigned roles = survey_roles(r, &v[i]);
		if (!(roles & (SURVEY_ROLE_READER | SURVEY_ROLE_MANAGE)) ||
		    (v[i].state == SURVEY_DRAF && !(roles & SURVEY_ROLE_MANAGE) &&
		     r->who.role != ROLE_AUDITOR && r->who.role != ROLE_ADMIN &&
		     r->who.role != ROLE_PENGELOLA))
			continue;
		shown++;
		html(&r->out, "<tr><td><a href=\"/evaluasi/survei/%lld\">%s</a></td><td>%s</td><td>%s"
			      "</td><td>%s s.d. %s</td><td>", (long long)v[i].id, v[i].title,
		     v[i].period_name, v[i].unit_id ? v[i].unit_name : "Seluruh kantor",
		     v[i].opens_on, v[i].closes_on);
		survey_phase_badge(r, v[i].phase);
		html(&r->out, "</td><td class=\"text-end\">%lld / %lld</td></tr>",
		     (long long)v[i].respondents, (long long)v[i].addressed);
	}
	if (!shown)
		html_raw(&r->out, "<tr><td colspan=\"6\" class=\"text-muted\">Belum ada survei.</td>"
				  "</tr>");
	html_raw(&r->out, "</tbody></table></div>");
	surveys_free(v, n);
}

static void threshold_form(struct req *r)
{
	int k = SURVEY_THRESHOLD_DEFAULT;
	struct kerr err = KERR_INIT;
	store_survey_threshold(r->db, &k, &err);
	html(&r->out, "<p class=\"small text-muted\">Hasil survei hanya ditampilkan untuk kelompok "
		      "dengan paling sedikit <strong>%d</strong> jawaban.</p>", k);
	if (r->who.role != ROLE_ADMIN)
		return;
	html_raw(&r->out, "<form method=\"post\" action=\"/evaluasi/pengaturan\" class=\"row g-2 "
			  "align-items-end\" data-mw=\"30\">");
	csrf_field(r);
	html(&r->out, "<div class=\"col\"><label class=\"form-label\" for=\"f-ambang\">Ambang "
		      "anonimitas survei (paling sedikit %d)</label><input class=\"form-control\" "
		      "id=\"f-ambang\" name=\"ambang\" type=\"number\" min=\"%d\" max=\"%d\" "
		      "value=\"%d\"></div><div class=\"col-auto\"><button class=\"btn "
		      "btn-outline-primary\" type=\"submit\">Simpan</button></div></form>",
	     SURVEY_THRESHOLD_MIN, SURVEY_THRESHOLD_MIN, SURVEY_THRESHOLD_MAX, k);
}

static int page_evaluation(struct req *r)
{
	int64_t root = eval_reader_root(r);
	page_begin(r, "Evaluasi Sistem Kinerja", NAV_EVALUASI);
	html_raw(&r->out, "<h1 class=\"h3\">Evaluasi Sistem Kinerja</h1><p>Survei anonim pegawai "
			  "tentang sistem manajemen kinerja, dan angka proses per unit dan periode.</p>");
	my_surveys(r, 0);
	if (root >= 0)
		comparison(r, root);
	if (root >= 0 || access_allows(r, ACCESS_MANAGE)) {
		survey_list(r);
		threshold_form(r);
	}
	page_end(r);
	return reply_html(r, 200);
}

/* POST /evaluasi/pengaturan (admin) */
static int page_threshold_set(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	long long k = 0;
	const char *v = req_form(r, "ambang");
	if (!v || parse_whole_in(v, -1000000, 1000000, &k))
		kerr_set(&err, KERR_INVALID, "ambang", "Isi ambang dengan bilangan bulat, paling "
			 "sedikit %d", SURVEY_THRESHOLD_MIN);
	if (kerr_is_set(&err) || store_survey_threshold_set(r->db, &who, (int)k, &err))
		return reply_error(r, &err);
	return reply_redirect(r, "/evaluasi?pesan=ambang_survei_disimpan");
}

const struct route ui_evaluation_routes[] = {
	{ "GET", "/evaluasi", page_evaluation, ACCESS_LOGIN },
	{ "POST", "/evaluasi/pengaturan", page_threshold_set, ACCESS_ADMIN },
	{ "GET", "/evaluasi/survei/baru", page_survey_new, ACCESS_MANAGE },
	{ "POST", "/evaluasi/survei", page_survey_create, ACCESS_MANAGE },
	{ "GET", "/evaluasi/survei/{id}", page_survey, ACCESS_LOGIN },
	{ "GET", "/evaluasi/survei/{id}/ubah", page_survey_edit, ACCESS_MANAGE },
	{ "POST", "/evaluasi/survei/{id}/ubah", page_survey_update, ACCESS_MANAGE },
	{ "POST", "/evaluasi/survei/{id}/buka", page_survey_open, ACCESS_MANAGE },
	{ "POST", "/evaluasi/survei/{id}/tutup", page_survey_close, ACCESS_MANAGE },
	{ "POST", "/evaluasi/survei/{id}/jawab", page_survey_answer, ACCESS_LOGIN },
	{ "GET", "/evaluasi/survei/{id}/hasil", page_survey_results, ACCESS_LOGIN },
	{ NULL, NULL, NULL, ACCESS_PUBLIC },
};
