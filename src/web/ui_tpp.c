/*
 * ui_tpp.c - the allowance (TPP) overview at /tpp: an employee's own
 * amounts in every run (each linking to its breakdown); for HR, auditors
 * and administrators the runs, the links to the rule set and the
 * attendance data; for HR the form that computes a new run (POST
 * /tpp/perhitungan: a refusal shows the form again with what was typed
 * and the field marked).  Also the money and state helpers of the TPP
 * pages and the route table of every TPP page.
 */
#include "web/ui_tpp.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "http/assess_access.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"
#include "store/plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void tpp_html_money(struct req *r, int64_t amount)
{
	char s[48];
	tpp_rupiah(s, sizeof s, amount);
	html(&r->out, "%s", s);
}

void tpp_select_close(struct req *r, const char *name, const struct kerr *err)
{
	html_raw(&r->out, "</select>");
	form_close(r, name, err);
}

void tpp_state_badge(struct req *r, const char *state)
{
	if (!strcmp(state, TPP_RUN_APPROVED))
		html_raw(&r->out, "<span class=\"badge text-bg-success\">Disetujui (terkunci)</span>");
	else
		html_raw(&r->out, "<span class=\"badge text-bg-warning\">Draf</span>");
}

/* ---- the employee's own amounts ------------------------------------------------------------ */

static int own_items(struct req *r, struct kerr *err)
{
	struct tpp_item *v = NULL;
	size_t n = 0;
	if (store_tpp_items_of_employee(r->db, r->who.employee_id, &v, &n, err))
		return -1;
	html_raw(&r->out, "<section class=\"mb-4\" id=\"tpp-saya\"><h2 class=\"h5\">TPP saya</h2>");
	if (!n) {
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada perhitungan TPP untuk Anda.</p>"
				  "</section>");
		free(v);
		return 0;
	}
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table align-middle\">"
			  "<thead><tr><th scope=\"col\">Perhitungan</th><th scope=\"col\">Status</th>"
			  "<th scope=\"col\">Predikat</th><th scope=\"col\" class=\"text-end\">Jumlah"
			  "</th><th scope=\"col\"><span class=\"visually-hidden\">Tindakan</span></th>"
			  "</tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		html(&r->out, "<tr data-rincian=\"%lld\"><th scope=\"row\">%s</th><td>",
		     (long long)v[i].id, v[i].run_label);
		tpp_state_badge(r, v[i].run_state);
		html(&r->out, "</td><td>%s</td><td class=\"text-end\">", tpp_pred_label(v[i].predicate));
		tpp_html_money(r, v[i].amount);
		html(&r->out, "</td><td><a class=\"btn btn-sm btn-primary\" href=\"/tpp/rincian/%lld\">"
			      "Lihat rincian</a></td></tr>", (long long)v[i].id);
	}
	html_raw(&r->out, "</tbody></table></div><p class=\"small text-muted\">Perhitungan berstatus "
			  "draf masih dapat berubah sampai disetujui.</p></section>");
	tpp_items_free(v, n);
	return 0;
}

/* ---- the runs ---------------------------------------------------------------------------------- */

static int run_list(struct req *r, struct kerr *err)
{
	struct tpp_run *v = NULL;
	size_t n = 0, shown = 0;
	char when[40];
	if (store_tpp_run_list(r->db, &v, &n, err))
		return -1;
	html_raw(&r->out, "<section class=\"mb-4\" id=\"perhitungan\"><h2 class=\"h5\">Perhitungan "
			  "TPP</h2><div class=\"table-responsive\"><table class=\"table align-middle\">"
			  "<thead><tr><th scope=\"col\">Perhitungan</th><th scope=\"col\">Unit</th>"
			  "<th scope=\"col\">Aturan</th><th scope=\"col\" class=\"text-end\">Pegawai"
			  "</th><th scope=\"col\" class=\"text-end\">Jumlah</th><th scope=\"col\">Status"
			  "</th><th scope=\"col\">Dihitung</th><th scope=\"col\"><span "
			  "class=\"visually-hidden\">Tindakan</span></th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		if (!tpp_may_read_run(r, &v[i]))
			continue;
		shown++;
		format_time_wib(when, sizeof when, v[i].computed_at);
		html(&r->out, "<tr data-perhitungan=\"%lld\"><th scope=\"row\">%s</th><td>%s</td>"
			      "<td>versi %d</td><td class=\"text-end\">%lld</td><td class=\"text-end\">",
		     (long long)v[i].id, v[i].label, v[i].unit_name, v[i].ruleset_version,
		     (long long)v[i].employees);
		tpp_html_money(r, v[i].total);
		html_raw(&r->out, "</td><td>");
		tpp_state_badge(r, v[i].state);
		html(&r->out, "</td><td>%s</td><td><a class=\"btn btn-sm btn-primary\" "
			      "href=\"/tpp/perhitungan/%lld\">Buka</a></td></tr>", when,
		     (long long)v[i].id);
	}
	if (!shown)
		html_raw(&r->out, "<tr><td colspan=\"8\" class=\"text-muted\">Belum ada perhitungan."
				  "</td></tr>");
	html_raw(&r->out, "</tbody></table></div></section>");
	free(v);
	return 0;
}

/* What the new-run form holds (as typed). */
struct run_form {
	const char *jenis, *tahun, *bulan, *titik, *unit;
};

static const char *or_empty(const char *s)
{
	return s ? s : "";
}

static void checkpoint_options(struct req *r, const char *selected)
{
	struct period *ps = NULL;
	size_t np = 0;
	struct kerr err = KERR_INIT;
	char id[24], text[200];
	if (store_period_list(r->db, &ps, &np, &err))
		return;
	for (size_t i = 0; i < np; i++) {
		struct checkpoint *cs = NULL;
		size_t nc = 0;
		if (store_checkpoint_list(r->db, ps[i].id, &cs, &nc, &err))
			break;
		for (size_t k = 0; k < nc; k++) {
			snprintf(id, sizeof id, "%lld", (long long)cs[k].id);
			snprintf(text, sizeof text, "%s %d (%s)", cs[k].name, ps[i].year, ps[i].name);
			form_option(r, id, text, selected);
		}
		free(cs);
	}
	free(ps);
}

static void unit_choice(struct req *r, const char *selected, const struct kerr *err)
{
	struct unit *units = NULL;
	size_t n = 0;
	struct kerr e = KERR_INIT;
	if (store_unit_list(r->db, &units, &n, &e))
		return;
	unsigned char *allow = units_within(units, n, view_scope_unit(r));
	form_select_open(r, "unit", "Unit kerja (beserta unit di bawahnya)", "col-md-4", err);
	form_option(r, "", r->who.role == ROLE_ADMIN ? "Seluruh instansi" : "Seluruh unit kelolaan",
		    selected);
	unit_options(&r->out, units, n, allow, 0, selected);
	tpp_select_close(r, "unit", err);
	free(allow);
	free(units);
}

static void new_run_form(struct req *r, const struct run_form *f, const struct kerr *err)
{
	char year[16], mo[4];
	struct tm tm;
	wib_tm(now_unix(), &tm);
	snprintf(year, sizeof year, "%d", tm.tm_year + 1900);
	html_raw(&r->out, "<section class=\"mb-4\" id=\"hitung\"><h2 class=\"h5\">Hitung TPP</h2>"
			  "<p class=\"small\">Triwulan: bulan-bulan triwulan itu, predikat dari "
			  "penilaian periodik yang ditetapkan pada triwulan tersebut. Bulanan: satu "
			  "bulan, predikat dari penilaian periodik terakhir yang ditetapkan pada titik "
			  "periksa yang dimulai paling lambat awal bulan itu. Dipakai versi terbaru "
			  "aturan TPP tahun itu.</p>");
	if (err)
		form_error_alert(r, NULL, err);
	html_raw(&r->out, "<form method=\"post\" action=\"/tpp/perhitungan\" class=\"row g-3\">");
	csrf_field(r);
	form_select_open(r, "jenis", "Jenis perhitungan", "col-md-2", err);
	form_option(r, "triwulan", "Triwulan", or_empty(f->jenis));
	form_option(r, "bulanan", "Bulanan", or_empty(f->jenis));
	tpp_select_close(r, "jenis", err);
	form_select_open(r, "titik_periksa", "Triwulan (untuk perhitungan triwulan)", "col-md-3", err);
	checkpoint_options(r, or_empty(f->titik));
	tpp_select_close(r, "titik_periksa", err);
	form_text(r, "tahun", "Tahun (bulanan)", "number", f->tahun ? f->tahun : year, "col-md-2",
		  " min=\"2000\" max=\"2100\"", err);
	form_select_open(r, "bulan", "Bulan (bulanan)", "col-md-2", err);
	for (int m = 1; m <= 12; m++) {
		snprintf(mo, sizeof mo, "%d", m);
		form_option(r, mo, tpp_month_name(m), or_empty(f->bulan));
	}
	tpp_select_close(r, "bulan", err);
	unit_choice(r, or_empty(f->unit), err);
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">"
			  "Hitung</button></div></form></section>");
}

static int overview(struct req *r, const struct run_form *f, const struct kerr *form_err)
{
	struct kerr err = KERR_INIT;
	page_begin(r, "TPP", NAV_TPP);
	html_raw(&r->out, "<h1 class=\"h3\">Tambahan Penghasilan Pegawai (TPP)</h1><p>TPP dihitung "
			  "dari besaran dasar per golongan atau jenis jabatan: porsi kinerja dikalikan "
			  "pengali predikat, porsi disiplin dikurangi potongan kehadiran. Setiap "
			  "pegawai dapat melihat rincian perhitungannya sendiri.</p>");
	int reader = access_allows(r, ACCESS_READ_ALL);
	if (reader)
		html_raw(&r->out, "<p class=\"d-flex gap-2 flex-wrap\"><a class=\"btn btn-outline-primary\" "
				  "href=\"/tpp/aturan\">Aturan TPP</a><a class=\"btn "
				  "btn-outline-primary\" href=\"/tpp/kehadiran\">Data kehadiran</a></p>");
	if ((r->who.employee_id && own_items(r, &err)) || (reader && run_list(r, &err)))
		return reply_error(r, &err);
	if (tpp_is_hr(r))
		new_run_form(r, f, form_err);
	page_end(r);
	return reply_html(r, form_err ? kerr_http_status(form_err) : 200);
}

/* GET /tpp */
static int page_tpp(struct req *r)
{
	struct run_form f = { NULL, NULL, NULL, NULL, NULL };
	return overview(r, &f, NULL);
}

static int form_number(struct req *r, const char *name, long long lo, long long hi,
		       long long *out, struct kerr *err)
{
	const char *v = req_form(r, name);
	*out = 0;
	if (!v || !*v)
		return 0;
	if (parse_whole_in(v, lo, hi, out) < 0)
		return kerr_set(err, KERR_INVALID, name, "Isian '%s' tidak valid", name);
	return 0;
}

/* POST /tpp/perhitungan */
static int page_tpp_run_create(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct tpp_run_spec s;
	struct run_form f = { req_form(r, "jenis"), req_form(r, "tahun"), req_form(r, "bulan"),
			      req_form(r, "titik_periksa"), req_form(r, "unit") };
	long long year = 0, month = 0, cp = 0, unit = 0;
	char name[300], to[64];
	int64_t id = 0;
	memset(&s, 0, sizeof s);
	if (tpp_run_kind_parse(f.jenis, &s.kind))
		kerr_set(&err, KERR_INVALID, "jenis", "Pilih jenis perhitungan: triwulan atau bulanan");
	form_number(r, "tahun", 2000, 2100, &year, &err);
	form_number(r, "bulan", 1, 12, &month, &err);
	form_number(r, "titik_periksa", 1, INT64_MAX, &cp, &err);
	form_number(r, "unit", 1, INT64_MAX, &unit, &err);
	if (!kerr_is_set(&err) && s.kind == TPP_RUN_TRIWULAN && !cp)
		kerr_set(&err, KERR_INVALID, "titik_periksa", "Pilih triwulan yang dihitung");
	if (!kerr_is_set(&err) && s.kind == TPP_RUN_BULANAN && (!year || !month))
		kerr_set(&err, KERR_INVALID, year ? "bulan" : "tahun", "Isi tahun dan bulan");
	s.year = (int)year;
	s.month = (int)month;
	s.checkpoint_id = cp;
	caller_display_name(r, name, sizeof name);
	s.by_name = name;
	if (!kerr_is_set(&err) && !tpp_run_unit(r, unit, &s.unit_id, &err))
		store_tpp_run_create(r->db, &who, &s, &id, &err);
	if (!kerr_is_set(&err)) {
		snprintf(to, sizeof to, "/tpp/perhitungan/%lld?pesan=tpp_dihitung", (long long)id);
		return reply_redirect(r, to);
	}
	if (err.code != KERR_INVALID && err.code != KERR_CONFLICT)
		return reply_error(r, &err);
	return overview(r, &f, &err);
}

const struct route ui_tpp_routes[] = {
	{ "GET", "/tpp", page_tpp, ACCESS_LOGIN },
	{ "POST", "/tpp/perhitungan", page_tpp_run_create, ACCESS_MANAGE },
	{ "GET", "/tpp/aturan", page_tpp_rules, ACCESS_READ_ALL },
	{ "POST", "/tpp/aturan", page_tpp_rules_save, ACCESS_ADMIN },
	{ "GET", "/tpp/aturan/{id}", page_tpp_ruleset, ACCESS_READ_ALL },
	{ "GET", "/tpp/kehadiran", page_tpp_attendance, ACCESS_READ_ALL },
	{ "POST", "/tpp/kehadiran", page_tpp_attendance_import, ACCESS_MANAGE },
	{ "GET", "/tpp/perhitungan/{id}", page_tpp_run, ACCESS_READ_ALL },
	{ "POST", "/tpp/perhitungan/{id}/hitung-ulang", page_tpp_run_recompute, ACCESS_MANAGE },
	{ "POST", "/tpp/perhitungan/{id}/setujui", page_tpp_run_approve, ACCESS_MANAGE },
	{ "GET", "/tpp/perhitungan/{id}/banding", page_tpp_run_compare, ACCESS_READ_ALL },
	{ "GET", "/tpp/perhitungan/{id}/ekspor.csv", page_tpp_run_csv, ACCESS_READ_ALL },
	{ "GET", "/tpp/perhitungan/{id}/ekspor.xlsx", page_tpp_run_xlsx, ACCESS_READ_ALL },
	{ "GET", "/tpp/rincian/{id}", page_tpp_item, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
