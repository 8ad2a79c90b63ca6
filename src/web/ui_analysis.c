/*
 * ui_analysis.c - the rater analysis's pages (GET /analisis and below):
 * the route table, the hub (what the viewer may see: HR the figures, an
 * employee only their own private nudge), the thresholds page
 * (/analisis/pengaturan, changed by the administrator), and the pieces the
 * other pages share.  The rater list and a rater's figures are in
 * ui_analysis_raters.c, agreement and fairness in ui_analysis_more.c.
 */
#include "web/ui_analysis.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "web/ui_calibration.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"
#include "store/r360.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shared pieces ---------------------------------------------------------------------------- */

const char *an_num(char *buf, size_t size, double x, int decimals)
{
	fair_decimal(buf, size, isfinite(x) ? x : NAN, decimals);
	return buf;
}

void an_crumbs(struct req *r, const char *here)
{
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb\"><li class=\""
		      "breadcrumb-item\"><a href=\"/analisis\">Analisis</a></li><li class=\""
		      "breadcrumb-item active\" aria-current=\"page\">%s</li></ol></nav>", here);
}

static void unit_select(struct req *r, const struct an_view *v)
{
	char sel[24];
	snprintf(sel, sizeof sel, "%lld", (long long)v->unit_id);
	html_raw(&r->out, "<div class=\"col-12 col-sm-auto\"><label class=\"form-label\" for=\""
			  "f-unit\">Unit kerja (beserta unit di bawahnya)</label><select class=\""
			  "form-select\" id=\"f-unit\" name=\"unit\">");
	form_option(r, "", v->root ? "Seluruh cakupan Anda" : "Seluruh kantor",
		    v->unit_id ? sel : "");
	unsigned char *allow = units_within(v->units, v->n_units, v->root);
	unit_options(&r->out, v->units, v->n_units, allow, 0, sel);
	free(allow);
	html_raw(&r->out, "</select></div>");
}

void an_filters(struct req *r, const char *action, const struct an_view *v, int units)
{
	html(&r->out, "<form method=\"get\" action=\"%s\" class=\"row g-2 align-items-end mb-3 "
		      "d-print-none\" id=\"saring-analisis\">", action);
	form_period_select(r, v->period.id);
	if (units)
		unit_select(r, v);
	html_raw(&r->out, "<div class=\"col-auto\"><button class=\"btn btn-primary\" type=\"submit\">"
			  "Tampilkan</button></div></form>");
}

int an_view_or_reply(struct req *r, struct an_view *v)
{
	struct kerr err = KERR_INIT;
	if (!an_view_open(r, 1, v, &err))
		return 0;
	an_view_release(v);
	reply_error(r, &err);
	return -1;
}

int an_run_or_reply(struct req *r, const struct an_view *v, struct analysis *a)
{
	struct kerr err = KERR_INIT;
	if (!store_analysis_run(r->db, v->period.id, AN_ALL, a, &err))
		return 0;
	reply_error(r, &err);
	return -1;
}

void an_badges(struct req *r, unsigned flags)
{
	static const enum rs_flag all[] = { RS_LENIENT, RS_SEVERE, RS_HALO, RS_CENTRAL };
	static const char *const tone[] = { "text-bg-warning", "text-bg-danger", "text-bg-info",
					    "text-bg-secondary" };
	for (size_t k = 0; k < sizeof all / sizeof all[0]; k++)
		if (flags & all[k])
			html(&r->out, "<span class=\"badge %s me-1 analysis-flag\" data-tanda=\"%s\">%s"
				      "</span>", tone[k], rs_flag_code(all[k]), rs_flag_label(all[k]));
	if (!flags)
		html_raw(&r->out, "<span class=\"text-muted\">Tidak ada</span>");
}

/* ---- on the 360 pages ---------------------------------------------------------------------------- */

void an_nudge_card(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct period p;
	struct analysis a;
	struct strbuf nudge = STRBUF_INIT;
	if (!r->who.employee_id || store_period_current(r->db, &p, &err) ||
	    store_analysis_run_rater(r->db, p.id, r->who.employee_id, &a, &err))
		return;
	int i = an_index_of(&a.d, r->who.employee_id);
	if (i >= 0)
		rs_nudge(&a.res.raters[i], &a.cfg, &nudge);
	if (nudge.len)
		html(&r->out, "<section class=\"alert alert-info\" id=\"catatan-pribadi\"><h2 class=\""
			      "h6\">Catatan pribadi untuk Anda (%s)</h2><p class=\"mb-1\" id=\""
			      "pesan-penilai\">%s</p><p class=\"small mb-0\">Hanya Anda yang melihat "
			      "catatan ini di sini; orang yang Anda nilai tidak. <a href=\"/analisis\">"
			      "Selengkapnya</a></p></section>", p.name, nudge.buf);
	strbuf_release(&nudge);
	analysis_release(&a);
}

void an_adjusted_card(struct req *r, int64_t period_id, int64_t employee_id, int scale)
{
	struct kerr err = KERR_INIT;
	double raw, adj;
	int n = 0;
	char x[16], y[16];
	if (store_analysis_adjusted_of(r->db, period_id, employee_id, &raw, &adj, &n, &err) != 1)
		return;
	html(&r->out, "<section class=\"card mb-3\" id=\"disesuaikan\"><div class=\"card-body\"><h3 "
		      "class=\"h5\">Ringkasan periode dan nilai disesuaikan</h3><dl class=\"row mb-2\">"
		      "<dt class=\"col-sm-6\">Rata-rata mentah (skala 1\xe2\x80\x93%d, %d penilai)</dt>"
		      "<dd class=\"col-sm-6\" id=\"nilai-mentah\">%s</dd><dt class=\"col-sm-6\">"
		      "Disesuaikan (saran, tidak mengubah nilai)</dt><dd class=\"col-sm-6\" id=\""
		      "nilai-disesuaikan\">%s</dd></dl><p class=\"small text-muted mb-0\">Nilai "
		      "disesuaikan mengoreksi kecenderungan penilai yang lebih murah hati atau lebih "
		      "pelit daripada rekan-rekannya, diperkirakan dari seluruh penilaian periode ini. "
		      "Hanya jawaban kelompok penilai yang ditampilkan (dan penilaian atasan) yang "
		      "dihitung. Angka ini hanya bahan pertimbangan.</p></div></section>", scale, n,
	     an_num(x, sizeof x, raw, 2), an_num(y, sizeof y, adj, 2));
}

/* ---- the hub ------------------------------------------------------------------------------------ */

/* The employee's own figures as a private nudge. */
static void own_nudge(struct req *r, const struct an_view *v)
{
	struct kerr err = KERR_INIT;
	struct analysis a;
	struct strbuf nudge = STRBUF_INIT;
	html_raw(&r->out, "<section class=\"card mb-3 border-info\" id=\"catatan-pribadi\"><div "
			  "class=\"card-body\"><h2 class=\"h5\">Catatan pribadi tentang penilaian "
			  "yang Anda berikan</h2>");
	if (store_analysis_run_rater(r->db, v->period.id, r->who.employee_id, &a, &err)) {
		html(&r->out, "<p class=\"mb-0\">%s</p></div></section>", err.msg);
		return;
	}
	int i = an_index_of(&a.d, r->who.employee_id);
	if (i >= 0)
		rs_nudge(&a.res.raters[i], &a.cfg, &nudge);
	if (nudge.len)
		html(&r->out, "<p class=\"mb-2\" id=\"pesan-penilai\">%s</p>", nudge.buf);
	else if (i >= 0 && analysis_judged(&a, i))
		html_raw(&r->out, "<p class=\"mb-2\" id=\"pesan-penilai\">Nilai yang Anda berikan "
				  "sejalan dengan rekan-rekan Anda untuk orang yang sama. Terima kasih.</p>");
	else
		html_raw(&r->out, "<p class=\"mb-2\" id=\"pesan-penilai\">Belum cukup penilaian dari "
				  "Anda pada periode ini untuk dibandingkan.</p>");
	html_raw(&r->out, "<p class=\"small text-muted mb-0\">Catatan ini hanya terlihat oleh Anda "
			  "(dan pengelola kepegawaian). Orang yang Anda nilai dan atasan Anda tidak "
			  "melihatnya.</p></div></section>");
	strbuf_release(&nudge);
	analysis_release(&a);
}

static void hr_links(struct req *r, const struct an_view *v)
{
	long long p = (long long)v->period.id;
	html(&r->out, "<div class=\"list-group mb-3\" id=\"menu-analisis\">"
		      "<a class=\"list-group-item list-group-item-action\" href=\"/analisis/penilai?"
		      "periode=%lld\"><strong>Penilai</strong><br><span class=\"small\">Siapa yang "
		      "cenderung lunak, ketat, memberi nilai seragam (efek halo) atau selalu "
		      "\xe2\x80\x9cSesuai\xe2\x80\x9d (kecenderungan tengah), dengan penjelasannya."
		      "</span></a><a class=\"list-group-item list-group-item-action\" href=\""
		      "/analisis/kesepakatan?periode=%lld\"><strong>Kesepakatan penilai</strong><br>"
		      "<span class=\"small\">Seberapa sepakat para penilai tentang orang yang sama, "
		      "per nilai BerAKHLAK.</span></a><a class=\"list-group-item "
		      "list-group-item-action\" href=\"/analisis/keadilan?periode=%lld\"><strong>"
		      "Keadilan predikat</strong><br><span class=\"small\">Sebaran predikat menurut "
		      "unit, jenis jabatan, golongan dan jenis kelamin, dengan uji apakah bedanya "
		      "lebih dari kebetulan.</span></a><a class=\"list-group-item "
		      "list-group-item-action\" href=\"/analisis/pengaturan\"><strong>Pengaturan"
		      "</strong><br><span class=\"small\">Ambang dan jumlah minimum yang dipakai."
		      "</span></a></div>", p, p, p);
}

static int page_analysis_hub(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct an_view v;
	int64_t root;
	int hr = !analysis_hr_root(r, &root, &err);
	if (an_view_open(r, 0, &v, &err)) {
		an_view_release(&v);
		return reply_error(r, &err);
	}
	page_begin(r, "Analisis Penilaian", NAV_ANALISIS);
	html(&r->out, "<h1 class=\"h3\">Analisis Objektivitas Penilaian</h1><p>%s. Analisis ini "
		      "membaca jawaban umpan balik 360\xc2\xb0 dari putaran yang sudah ditutup dan "
		      "penilaian perilaku kerja oleh atasan. Semua angka bersifat saran: tidak ada "
		      "nilai yang berubah karenanya.</p>", v.period.name);
	an_filters(r, "/analisis", &v, 0);
	if (hr)
		hr_links(r, &v);
	calibration_link_own(r, v.period.id);
	if (r->who.employee_id)
		own_nudge(r, &v);
	else if (!hr)
		html_raw(&r->out, "<p>Akun Anda tidak terhubung dengan data pegawai.</p>");
	page_end(r);
	an_view_release(&v);
	return reply_html(r, 200);
}

/* ---- the thresholds ------------------------------------------------------------------------------ */

static const char *const field_label[AN_CONFIG_FIELDS] = {
	"Minimal orang dinilai (yang juga dinilai penilai lain) untuk menilai lunak/ketat",
	"Kekuatan bukti: |z| paling sedikit",
	"Selisih minimal (poin skala) untuk ditandai lunak/ketat",
	"Minimal formulir 360 untuk menilai efek halo dan kecenderungan tengah",
	"Efek halo: rata-rata simpangan baku dalam satu formulir di bawah",
	"Kecenderungan tengah: porsi nilai tengah paling sedikit (0\xe2\x80\x93" "1)",
	"Penyusutan efek penilai pada nilai disesuaikan (kekuatan, dalam nilai)",
};

static void settings_form(struct req *r, const struct rs_config *c, const struct kerr *err)
{
	struct rs_config def;
	char val[40], help[120], scale[4];
	rs_config_default(&def, c->scale_max);
	snprintf(scale, sizeof scale, "%d", c->scale_max);
	page_begin(r, "Pengaturan Analisis", NAV_ANALISIS);
	an_crumbs(r, "Pengaturan");
	html(&r->out, "<h1 class=\"h3\">Pengaturan Analisis Penilai</h1><p>Untuk skala jawaban "
		      "1\xe2\x80\x93%d. Ambang yang lebih longgar menandai lebih banyak penilai, "
		      "termasuk yang sebenarnya wajar; yang lebih ketat hanya menandai pola yang "
		      "sangat jelas. Nilai bawaan tertera di bawah setiap isian.</p>", c->scale_max);
	html(&r->out, "<p><a href=\"/analisis/pengaturan?skala=%d\">Lihat pengaturan untuk skala "
		      "1\xe2\x80\x93%d</a></p>", c->scale_max == 3 ? 5 : 3, c->scale_max == 3 ? 5 : 3);
	if (err)
		form_error_alert(r, NULL, err);
	int admin = r->who.role == ROLE_ADMIN;
	html_raw(&r->out, "<form method=\"post\" action=\"/analisis/pengaturan\" class=\"row g-3\" "
			  "data-mw=\"40\">");
	csrf_field(r);
	html(&r->out, "<input type=\"hidden\" name=\"skala\" value=\"%s\">", scale);
	for (int k = 0; k < AN_CONFIG_FIELDS; k++) {
		snprintf(val, sizeof val, "%.10g", an_config_value(c, k));
		snprintf(help, sizeof help, " step=\"any\" required%s", admin ? "" : " disabled");
		form_text(r, an_config_field[k], field_label[k], "number", val, "col-12", help, err);
		html(&r->out, "<div class=\"form-text\">Bawaan: %.10g</div>", an_config_value(&def, k));
	}
	if (admin)
		html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn "
				  "btn-primary\">Simpan pengaturan</button></div>");
	else
		html_raw(&r->out, "<p class=\"col-12 text-muted\">Hanya administrator yang dapat "
				  "mengubah pengaturan ini.</p>");
	html_raw(&r->out, "</form>");
	page_end(r);
}

static int page_analysis_settings(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct settings360 s;
	struct rs_config c;
	const char *q = req_query(r, "skala");
	if (store_settings360_get(r->db, &s, &err))
		return reply_error(r, &err);
	int scale = q && !strcmp(q, "5") ? 5 : q && !strcmp(q, "3") ? 3 : s.scale;
	if (store_analysis_config_get(r->db, scale, &c, &err))
		return reply_error(r, &err);
	settings_form(r, &c, NULL);
	return reply_html(r, 200);
}

/* Reads the form into c; KERR_INVALID naming a field that is not a number. */
static int read_form(struct req *r, struct rs_config *c, struct kerr *err)
{
	for (int k = 0; k < AN_CONFIG_FIELDS; k++) {
		const char *v = req_form(r, an_config_field[k]);
		char *end = NULL;
		double x = v && *v ? strtod(v, &end) : NAN;
		if (!v || !*v || *end || !isfinite(x) || (an_config_is_count(k) && x != floor(x)))
			return kerr_set(err, KERR_INVALID, an_config_field[k], "Isian ini harus %s",
					an_config_is_count(k) ? "bilangan bulat" : "angka");
		an_config_put(c, k, x);
	}
	return 0;
}

static int page_analysis_settings_save(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct rs_config c;
	struct actor who = req_actor(r);
	const char *q = req_form(r, "skala");
	int scale = q && !strcmp(q, "5") ? 5 : 3;
	if (store_analysis_config_get(r->db, scale, &c, &err))
		return reply_error(r, &err);
	if (read_form(r, &c, &err) || store_analysis_config_set(r->db, &who, &c, &err)) {
		if (err.code != KERR_INVALID)
			return reply_error(r, &err);
		settings_form(r, &c, &err);
		return reply_html(r, kerr_http_status(&err));
	}
	char to[64];
	snprintf(to, sizeof to, "/analisis/pengaturan?skala=%d&pesan=analisis_disimpan", scale);
	return reply_redirect(r, to);
}

const struct route ui_analysis_routes[] = {
	{ "GET", "/analisis", page_analysis_hub, ACCESS_LOGIN },
	{ "GET", "/analisis/penilai", page_analysis_raters, ACCESS_READ_ALL },
	{ "GET", "/analisis/penilai/{id}", page_analysis_rater, ACCESS_READ_ALL },
	{ "GET", "/analisis/kesepakatan", page_analysis_agreement, ACCESS_READ_ALL },
	{ "GET", "/analisis/keadilan", page_analysis_fairness, ACCESS_READ_ALL },
	{ "GET", "/analisis/pengaturan", page_analysis_settings, ACCESS_READ_ALL },
	{ "POST", "/analisis/pengaturan", page_analysis_settings_save, ACCESS_ADMIN },
	{ NULL },
};
