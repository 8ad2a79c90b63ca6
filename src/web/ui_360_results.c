/*
 * ui_360_results.c - the results of a person rated in a 360-degree round
 * (GET /360/hasil/{round}?pegawai=E, default the reader): per rater group
 * the number of answers and, once the group reached the round's anonymity
 * threshold, the mean and spread over the three levels per BerAKHLAK value
 * and the comments (without names, sorted by text); the self-assessment
 * apart, for the person and their pejabat penilai only.  Nothing on the
 * page names or links a rater.  Also the administrator's settings page
 * (GET/POST /360/pengaturan): the answer scale and the threshold.
 */
#include "web/ui_360.h"
#include "web/ui_analysis.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "domain/berakhlak.h"
#include "http/html.h"
#include "http/r360_access.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the results ------------------------------------------------------------------------ */

static void values_table(struct req *r, const struct aggregate360 *g, int scale)
{
	html(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm\"><thead><tr>"
		      "<th scope=\"col\">Nilai BerAKHLAK</th><th scope=\"col\">Rata-rata (1\xe2\x80\x93"
		      "%d)</th><th scope=\"col\">Di Bawah</th><th scope=\"col\">Sesuai</th>"
		      "<th scope=\"col\">Di Atas</th></tr></thead><tbody>", scale);
	for (size_t i = 0; i < VALUES_360; i++) {
		html(&r->out, "<tr><th scope=\"row\">%s</th>", berakhlak_at(i)->name);
		if (g->n[i])
			html(&r->out, "<td>%.2f</td>", g->mean[i]);
		else
			html_raw(&r->out, "<td>-</td>");
		html(&r->out, "<td>%d</td><td>%d</td><td>%d</td></tr>", g->levels[i][RATING_DI_BAWAH],
		     g->levels[i][RATING_SESUAI], g->levels[i][RATING_DI_ATAS]);
	}
	html_raw(&r->out, "</tbody></table></div>");
}

static void comments(struct req *r, const struct result360 *res, enum rater_group g)
{
	if (!res->ncomments[g])
		return;
	html_raw(&r->out, "<h4 class=\"h6\">Komentar <small class=\"text-muted\">(tanpa nama, "
			  "diurutkan menurut abjad)</small></h4><ul>");
	for (size_t i = 0; i < res->ncomments[g]; i++)
		html(&r->out, "<li>%s</li>", res->comments[g][i]);
	html_raw(&r->out, "</ul>");
}

static void group_card(struct req *r, const struct round360 *rd, const struct result360 *res,
		       enum rater_group g)
{
	const struct aggregate360 *a = &res->group[g];
	html(&r->out, "<section class=\"card mb-3\"><div class=\"card-body\"><h3 class=\"h5\">%s "
		      "<small class=\"text-muted\">(%d jawaban)</small></h3>", rater_group_label(g),
	     a->answers);
	if (res->withheld) {
		html(&r->out, "<p class=\"mb-0\">Belum ditampilkan: hasil tampil setelah putaran "
			      "ditutup (jawaban diterima sampai %s), agar tidak seorang pun dapat "
			      "dikenali dari perubahan hasil setiap kali ada jawaban baru.</p>",
		     rd->closes_on);
	} else if (a->shown) {
		values_table(r, a, rd->scale);
		comments(r, res, g);
	} else {
		html(&r->out, "<p class=\"mb-0\">Belum ditampilkan: hasil kelompok ini tampil bila "
			      "paling sedikit %d penilai menjawab, agar tidak seorang pun dapat "
			      "dikenali dari jawabannya.</p>", rd->threshold);
	}
	html_raw(&r->out, "</div></section>");
}

static void self_card(struct req *r, const struct round360 *rd, const struct result360 *res)
{
	html_raw(&r->out, "<section class=\"card mb-3 border-info\"><div class=\"card-body\">"
			  "<h3 class=\"h5\">Penilaian diri</h3>");
	if (res->group[RATER_DIRI].answers) {
		values_table(r, &res->group[RATER_DIRI], rd->scale);
		comments(r, res, RATER_DIRI);
	} else {
		html_raw(&r->out, "<p class=\"mb-0\">Penilaian diri belum diisi.</p>");
	}
	html_raw(&r->out, "</div></section>");
}

static void results_body(struct req *r, const struct round360 *rd, const struct employee *e,
			 const struct result360 *res, enum r360_viewer viewer)
{
	html(&r->out, "<h1 class=\"h3\">Hasil Umpan Balik 360\xc2\xb0</h1><p><strong>%s</strong>"
		      " \xe2\x80\x94 %s, %s<br>%s</p><p class=\"small text-muted\">Hasil setiap "
		      "kelompok penilai tampil sebagai ringkasan, tanpa nama penilai, bila kelompok "
		      "itu memiliki paling sedikit %d jawaban. Penilaian diri disajikan terpisah.</p>",
	     e->name, e->position_name[0] ? e->position_name : "-", e->unit_name, rd->name,
	     rd->threshold);
	for (int g = 0; g < RATER__GROUPS; g++)
		if (g != RATER_DIRI)
			group_card(r, rd, res, (enum rater_group)g);
	if (viewer == R360_SELF || viewer == R360_SUPERIOR)
		self_card(r, rd, res);
}

int page_360_results(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct round360 rd;
	struct employee e;
	struct result360 res;
	enum r360_viewer viewer;
	const char *p = req_query(r, "pegawai");
	char *end = NULL;
	int64_t ratee = p && *p ? strtoll(p, &end, 10) : r->who.employee_id;
	if (p && *p && (*end || ratee <= 0))
		return reply_fail(r, KERR_INVALID, "pegawai", "pegawai harus bilangan bulat positif");
	if (!ratee)
		return reply_fail(r, KERR_NOT_FOUND, "pegawai", "Akun Anda tidak terhubung dengan "
				  "data pegawai; pilih pegawai yang dinilai");
	if (store_round360_find(r->db, r->path_id, &rd, &err) ||
	    r360_results_access(r, ratee, &e, &viewer, &err) ||
	    store_result360(r->db, &rd, ratee, &res, &err))
		return reply_error(r, &err);
	page_begin(r, "Hasil 360\xc2\xb0", NAV_360);
	html_raw(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb\"><li class=\""
			  "breadcrumb-item\"><a href=\"/360\">Umpan Balik 360\xc2\xb0</a></li><li "
			  "class=\"breadcrumb-item active\" aria-current=\"page\">Hasil</li></ol></nav>");
	results_body(r, &rd, &e, &res, viewer);
	an_adjusted_card(r, rd.period_id, e.id, rd.scale);
	page_end(r);
	result360_release(&res);
	return reply_html(r, 200);
}

/* ---- settings ------------------------------------------------------------------------------ */

static void settings_page(struct req *r, const struct settings360 *s, const struct kerr *err)
{
	char scale[4], threshold[16];
	snprintf(scale, sizeof scale, "%d", s->scale);
	snprintf(threshold, sizeof threshold, "%d", s->threshold);
	page_begin(r, "Pengaturan 360\xc2\xb0", NAV_360);
	html_raw(&r->out, "<h1 class=\"h3\">Pengaturan Umpan Balik 360\xc2\xb0</h1><p>Berlaku untuk "
			  "putaran yang dibuka sesudah disimpan; putaran yang sudah berjalan tetap "
			  "memakai pengaturan saat dibuka.</p>");
	if (err)
		form_error_alert(r, NULL, err);
	html_raw(&r->out, "<form method=\"post\" action=\"/360/pengaturan\" class=\"row g-3\" "
			  "data-mw=\"40\">");
	csrf_field(r);
	form_select_open(r, "skala_360", "Skala jawaban", "col-12", err);
	form_option(r, "3", "Tiga tingkat: Di Bawah / Sesuai / Di Atas Ekspektasi", scale);
	form_option(r, "5", "Skala 1\xe2\x80\x93" "5 (1\xe2\x80\x93" "2 Di Bawah, 3 Sesuai, "
		    "4\xe2\x80\x93" "5 Di Atas Ekspektasi)", scale);
	html_raw(&r->out, "</select>");
	form_close(r, "skala_360", err);
	form_text(r, "ambang_anonimitas", "Ambang anonimitas (jawaban per kelompok, paling "
		  "sedikit 3)", "number", threshold, "col-12", " min=\"3\" max=\"50\" required", err);
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">"
			  "Simpan pengaturan</button></div></form>");
	page_end(r);
}

int page_360_settings(struct req *r)
{
	struct settings360 s;
	struct kerr err = KERR_INIT;
	if (store_settings360_get(r->db, &s, &err))
		return reply_error(r, &err);
	settings_page(r, &s, NULL);
	return reply_html(r, 200);
}

static int form_int(struct req *r, const char *name)
{
	const char *v = req_form(r, name);
	char *end;
	long n = v && *v ? strtol(v, &end, 10) : -1;
	return v && *v && !*end && n >= 0 && n <= 1000 ? (int)n : -1;
}

int page_360_settings_save(struct req *r)
{
	struct settings360 s = { form_int(r, "skala_360"), form_int(r, "ambang_anonimitas") };
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	if (store_settings360_set(r->db, &who, &s, &err)) {
		if (err.code != KERR_INVALID)
			return reply_error(r, &err);
		settings_page(r, &s, &err);
		return reply_html(r, kerr_http_status(&err));
	}
	return reply_redirect(r, "/360/pengaturan?pesan=disimpan");
}
