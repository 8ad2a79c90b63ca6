/*
 * ui_plan.c - the performance periods (GET /periode: the list, what may
 * change in each state, and the administrator's form to add a period,
 * POST /periode), the helpers the planning pages share (dates in
 * Indonesian, state badges), and the route table for the periods, the
 * cascade view and the SKP print view.
 *
 * One period's page (calendar, actions, organisation goals) is in
 * ui_plan_period.c, the cascade in ui_cascade.c, the print view in
 * ui_skp_print.c.
 */
#include "web/ui.h"
#include "web/ui_pages.h"
#include "web/ui_plan.h"
#include "domain/skp.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"
#include "store/plan.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- shared display helpers ---------------------------------------------------- */

static const char *const months[12] = {
	"Januari", "Februari", "Maret", "April", "Mei", "Juni",
	"Juli", "Agustus", "September", "Oktober", "November", "Desember",
};

const char *month_name_id(int month)
{
	return month >= 1 && month <= 12 ? months[month - 1] : "";
}

void date_id(char *out, size_t size, const char *ymd)
{
	if (!date_valid(ymd)) {
		copy_str(out, size, ymd ? ymd : "");
		return;
	}
	int y = atoi(ymd), m = atoi(ymd + 5), d = atoi(ymd + 8);
	snprintf(out, size, "%d %s %d", d, month_name_id(m), y);
}

void ymd_wib(char *out, size_t size, int64_t unix_secs)
{
	struct tm tm;
	wib_tm(unix_secs, &tm);
	strftime(out, size, "%Y-%m-%d", &tm);
}

/* Badge colours by state; text-bg-* keeps the text readable on each. */
static const char *const period_badges[PERIOD__STATES] = {
	[PERIOD_DRAFT] = "text-bg-secondary", [PERIOD_OPEN] = "text-bg-success",
	[PERIOD_LOCKED] = "text-bg-warning", [PERIOD_CLOSED] = "text-bg-dark",
};

/* The same colours as the SKP pages' badges (skp_state_badge, ui_skp_fields.c). */
static const char *const skp_badges[SKP__STATES] = {
	[SKP_DRAFT] = "text-bg-secondary", [SKP_DIAJUKAN] = "text-bg-warning",
	[SKP_DISETUJUI] = "text-bg-success", [SKP_DIKEMBALIKAN] = "text-bg-danger",
};

void period_badge(struct strbuf *out, const char *state)
{
	enum period_state s;
	if (period_state_parse(state, &s))
		html(out, "<span class=\"badge text-bg-light border\">%s</span>", state);
	else
		html(out, "<span class=\"badge %s\">%s</span>", period_badges[s],
		     period_state_label(s));
}

void skp_badge(struct strbuf *out, const char *state)
{
	enum skp_state s;
	if (!state || !*state)
		html_raw(out, "<span class=\"badge text-bg-light border\">Belum ada SKP</span>");
	else if (skp_state_parse(state, &s))
		html(out, "<span class=\"badge text-bg-light border\">%s</span>", state);
	else
		html(out, "<span class=\"badge %s\">SKP %s</span>", skp_badges[s],
		     skp_state_label(s));
}

const char *cadence_label(const char *cadence)
{
	if (!strcmp(cadence, "triwulan"))
		return "Triwulanan";
	if (!strcmp(cadence, "bulanan"))
		return "Bulanan";
	return cadence;
}

const char *period_state_rules(const char *state)
{
	static const char *const rules[PERIOD__STATES] = {
		[PERIOD_DRAFT] = "Periode sedang disiapkan: administrator dapat mengubah kalender "
				 "penilaian dan menambah sasaran organisasi; pegawai belum dapat "
				 "menyusun SKP.",
		[PERIOD_OPEN] = "Pegawai menyusun, mengajukan dan merevisi SKP; pejabat penilai "
				"menyetujui atau mengembalikannya. Kalender penilaian dan sasaran "
				"organisasi masih dapat diubah.",
		[PERIOD_LOCKED] = "Rencana dibekukan: SKP tidak dapat diubah, diajukan, disetujui "
				  "atau dikembalikan, dan sasaran organisasi tidak dapat ditambah. "
				  "Administrator dapat membuka kembali periode.",
		[PERIOD_CLOSED] = "Periode selesai dan final: tidak ada lagi perubahan apa pun.",
	};
	enum period_state s;
	return period_state_parse(state, &s) ? "" : rules[s];
}

int plan_user_error(const struct kerr *err)
{
	return err->code == KERR_INVALID || err->code == KERR_CONFLICT ||
	       err->code == KERR_NOT_FOUND;
}

/* ---- the list of periods ---------------------------------------------------------- */

/* What the create form holds: the period as typed, the year as text. */
struct period_form {
	struct period p;
	char year[12];
};

static void states_explained(struct req *r)
{
	html_raw(&r->out, "<section class=\"card mb-4\" aria-labelledby=\"h-status\"><div "
			  "class=\"card-body\"><h2 class=\"h5\" id=\"h-status\">Arti status periode"
			  "</h2><dl class=\"plan-states mb-0\">");
	for (int i = 0; i < PERIOD__STATES; i++) {
		const char *name = period_state_name((enum period_state)i);
		html_raw(&r->out, "<dt>");
		period_badge(&r->out, name);
		html(&r->out, "</dt><dd>%s</dd>", period_state_rules(name));
	}
	html_raw(&r->out, "</dl></div></section>");
}

static void period_row(struct req *r, const struct period *p)
{
	char from[40], to[40], due[40];
	date_id(from, sizeof from, p->start_date);
	date_id(to, sizeof to, p->end_date);
	date_id(due, sizeof due, p->plan_due);
	html(&r->out, "<tr><th scope=\"row\"><a href=\"/periode/%lld\">%s</a></th><td>%d</td>"
		      "<td>%s \xe2\x80\x93 %s</td><td>%s</td><td>%s</td><td>", (long long)p->id,
	     p->name, p->year, from, to, due, cadence_label(p->cadence));
	period_badge(&r->out, p->state);
	html_raw(&r->out, "</td></tr>");
}

static void period_table(struct req *r, const struct period *list, size_t n)
{
	if (!n) {
		alert_box(r, "info", "Belum ada periode kinerja.");
		return;
	}
	html_raw(&r->out, "<div class=\"table-responsive mb-4\" tabindex=\"0\" role=\"region\" "
			  "aria-label=\"Daftar periode kinerja\"><table class=\"table table-sm "
			  "table-striped align-middle\"><caption class=\"visually-hidden\">Daftar "
			  "periode kinerja</caption><thead><tr><th scope=\"col\">Nama</th>"
			  "<th scope=\"col\">Tahun</th><th scope=\"col\">Masa penilaian</th>"
			  "<th scope=\"col\">Batas penetapan SKP</th><th scope=\"col\">Kalender</th>"
			  "<th scope=\"col\">Status</th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++)
		period_row(r, &list[i]);
	html_raw(&r->out, "</tbody></table></div>");
}

static const char *period_field_label(const char *field)
{
	static const char *const names[][2] = {
		{ "name", "Nama periode" }, { "year", "Tahun" }, { "start_date", "Tanggal mulai" },
		{ "end_date", "Tanggal selesai" }, { "plan_due", "Batas penetapan SKP" },
		{ "cadence", "Kalender penilaian" },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(names[i][0], field))
			return names[i][1];
	return NULL;
}

static void cadence_select(struct req *r, const char *value, const struct kerr *err)
{
	form_select_open(r, "cadence", "Kalender penilaian", "col-md-6", err);
	form_option(r, "triwulan", "Triwulanan (Triwulan I, II, III, IV-Akhir)", value);
	form_option(r, "bulanan", "Bulanan (Januari sampai Desember)", value);
	html_raw(&r->out, "</select>");
	form_close(r, "cadence", err);
}

static void period_create_form(struct req *r, const struct period_form *f,
			       const struct kerr *err)
{
	html_raw(&r->out, "<section class=\"card mb-4 d-print-none\" id=\"baru\" "
			  "aria-labelledby=\"h-baru\"><div class=\"card-body\"><h2 class=\"h5\" "
			  "id=\"h-baru\">Tambah periode</h2>"
			  "<p class=\"text-muted small\">Periode baru berstatus Draf. Untuk pegawai yang "
			  "pindah jabatan, periode boleh lebih pendek dari setahun.</p>");
	if (err)
		form_error_alert(r, period_field_label(err->field), err);
	html_raw(&r->out, "<form method=\"post\" action=\"/periode#baru\" class=\"row g-3\">");
	csrf_field(r);
	form_text(r, "name", "Nama periode", "text", f->p.name, "col-md-8",
		  " required maxlength=\"119\" placeholder=\"mis. Periode Kinerja 2026\"", err);
	form_text(r, "year", "Tahun", "number", f->year, "col-md-4",
		  " required min=\"2000\" max=\"2100\" inputmode=\"numeric\"", err);
	form_text(r, "start_date", "Tanggal mulai", "date", f->p.start_date, "col-md-4",
		  " required", err);
	form_text(r, "end_date", "Tanggal selesai", "date", f->p.end_date, "col-md-4",
		  " required", err);
	form_text(r, "plan_due", "Batas penetapan SKP (penyusunan rencana)", "date", f->p.plan_due,
		  "col-md-4", " required", err);
	cadence_select(r, f->p.cadence, err);
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">"
			  "Tambah periode</button></div></form></div></section>");
}

static int period_list_page(struct req *r, const struct period_form *f, const struct kerr *err,
			    int status)
{
	struct period *list = NULL;
	size_t n = 0;
	struct kerr lerr = KERR_INIT;
	if (store_period_list(r->db, &list, &n, &lerr))
		return reply_error(r, &lerr);
	page_begin(r, "Periode Kinerja", NAV_PERIODE);
	html_raw(&r->out, "<h1 class=\"h3\">Periode Kinerja</h1><p class=\"text-muted\">Setiap "
			  "periode punya kalender titik periksa (triwulanan atau bulanan) dan "
			  "sasaran organisasi yang menjadi puncak kaskade kinerja.</p>");
	period_table(r, list, n);
	states_explained(r);
	if (r->who.role == ROLE_ADMIN)
		period_create_form(r, f, err);
	page_end(r);
	free(list);
	return reply_html(r, status);
}

/* The form for a new period: this year (WIB), January to December. */
static void period_form_defaults(struct period_form *f)
{
	char today[16];
	memset(f, 0, sizeof *f);
	ymd_wib(today, sizeof today, now_unix());
	int y = atoi(today);
	snprintf(f->year, sizeof f->year, "%d", y);
	unsigned yy = (unsigned)y % 10000u;
	snprintf(f->p.start_date, sizeof f->p.start_date, "%04u-01-01", yy);
	snprintf(f->p.end_date, sizeof f->p.end_date, "%04u-12-31", yy);
	snprintf(f->p.plan_due, sizeof f->p.plan_due, "%04u-01-31", yy);
	copy_str(f->p.cadence, sizeof f->p.cadence, "triwulan");
}

static int page_period_list(struct req *r)
{
	struct period_form f;
	period_form_defaults(&f);
	return period_list_page(r, &f, NULL, 200);
}

static void read_year(struct req *r, struct period_form *f, struct kerr *err)
{
	char *end = NULL;
	form_read(r, "year", f->year, sizeof f->year, err);
	long y = strtol(f->year, &end, 10);
	if (!f->year[0] || !end || *end || y < 0 || y > 9999)
		kerr_set(err, KERR_INVALID, "year", "Tahun harus angka empat digit, mis. 2026");
	else
		f->p.year = (int)y;
}

static int page_period_create(struct req *r)
{
	struct period_form f;
	struct kerr err = KERR_INIT;
	memset(&f, 0, sizeof f);
	form_read(r, "name", f.p.name, sizeof f.p.name, &err);
	read_year(r, &f, &err);
	form_read(r, "start_date", f.p.start_date, sizeof f.p.start_date, &err);
	form_read(r, "end_date", f.p.end_date, sizeof f.p.end_date, &err);
	form_read(r, "plan_due", f.p.plan_due, sizeof f.p.plan_due, &err);
	form_read(r, "cadence", f.p.cadence, sizeof f.p.cadence, &err);
	struct actor who = req_actor(r);
	if (kerr_is_set(&err) || store_period_create(r->db, &who, &f.p, &err))
		return plan_user_error(&err) ? period_list_page(r, &f, &err, kerr_http_status(&err))
					     : reply_error(r, &err);
	char loc[64];
	snprintf(loc, sizeof loc, "/periode/%lld?pesan=dibuat", (long long)f.p.id);
	return reply_redirect(r, loc);
}

const struct route ui_plan_routes[] = {
	{ "GET", "/periode", page_period_list, ACCESS_LOGIN },
	{ "POST", "/periode", page_period_create, ACCESS_ADMIN },
	{ "GET", "/periode/{id}", page_period_view, ACCESS_LOGIN },
	{ "POST", "/periode/{id}/aksi", page_period_act, ACCESS_ADMIN },
	{ "POST", "/periode/{id}/kalender", page_period_calendar, ACCESS_ADMIN },
	{ "POST", "/periode/{id}/sasaran", page_goal_create, ACCESS_ADMIN },
	{ "GET", "/kaskade", page_cascade, ACCESS_LOGIN },
	{ "GET", "/skp/{id}/cetak", page_skp_print, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
