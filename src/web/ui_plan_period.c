/*
 * ui_plan_period.c - one performance period (GET /periode/{id}): its
 * details, the checkpoint calendar with dates, the organisation goals
 * (sasaran organisasi, the top of the cascade), and for administrators the
 * actions allowed in its state (POST /periode/{id}/aksi), the calendar
 * choice (POST /periode/{id}/kalender) and the form to add a goal
 * (POST /periode/{id}/sasaran).
 *
 * A refused change shows the page again with the message next to the form
 * that caused it and what was typed still in it.
 */
#include "web/ui.h"
#include "web/ui_pages.h"
#include "web/ui_plan.h"
#include "web/ui_realisasi.h"
#include "domain/skp.h"
#include "http/html.h"
#include "http/request.h"
#include "store/plan.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The goal form as typed. */
struct goal_form {
	char code[40];
	char unit_code[40];
	char text[4 * SKP_TEXT_MAX + 1];
	char indicator[4 * SKP_TEXT_MAX + 1];
};

/* Which form a refusal belongs to, and what was typed in it. */
struct period_forms {
	const char *section;      /* "aksi", "kalender", "sasaran" or NULL */
	const struct kerr *err;
	const char *cadence;      /* the calendar as chosen, NULL = the period's */
	struct goal_form goal;
};

/* Everything the page is drawn from. */
struct period_view {
	struct period p;
	enum period_state state;
	struct checkpoint *cp;
	size_t ncp;
	struct goal *goals;
	size_t ng;
	struct unit *units;
	size_t nu;
};

static int view_load(struct req *r, struct period_view *v, struct kerr *err)
{
	memset(v, 0, sizeof *v);
	if (store_period_get(r->db, r->path_id, &v->p, err) ||
	    store_checkpoint_list(r->db, v->p.id, &v->cp, &v->ncp, err) ||
	    store_goal_list(r->db, v->p.id, 0, &v->goals, &v->ng, err))
		return -1;
	if (period_state_parse(v->p.state, &v->state))
		v->state = PERIOD_CLOSED;   /* unknown: offer no changes */
	if (r->who.role == ROLE_ADMIN && store_unit_list(r->db, &v->units, &v->nu, err))
		return -1;
	return 0;
}

static void view_release(struct period_view *v)
{
	free(v->cp);
	goals_free(v->goals, v->ng);
	free(v->units);
}

static const struct kerr *err_for(const struct period_forms *f, const char *section)
{
	return f->section && !strcmp(f->section, section) ? f->err : NULL;
}

static int changeable(const struct period_view *v)
{
	return v->state == PERIOD_DRAFT || v->state == PERIOD_OPEN;
}

/* ---- details -------------------------------------------------------------------- */

static void details(struct req *r, const struct period_view *v)
{
	char from[40], to[40], due[40], at[40];
	date_id(from, sizeof from, v->p.start_date);
	date_id(to, sizeof to, v->p.end_date);
	date_id(due, sizeof due, v->p.plan_due);
	format_time_wib(at, sizeof at, v->p.updated_at);
	html(&r->out, "<p>%s</p><dl class=\"row plan-details\">"
		      "<dt class=\"col-sm-4 col-lg-3\">Tahun</dt><dd class=\"col-sm-8 col-lg-9\">%d</dd>"
		      "<dt class=\"col-sm-4 col-lg-3\">Masa penilaian</dt>"
		      "<dd class=\"col-sm-8 col-lg-9\">%s \xe2\x80\x93 %s</dd>"
		      "<dt class=\"col-sm-4 col-lg-3\">Batas penetapan SKP</dt>"
		      "<dd class=\"col-sm-8 col-lg-9\">%s <small class=\"text-muted\">(SKP yang belum "
		      "disetujui sesudah tanggal ini dinyatakan terlambat)</small></dd>"
		      "<dt class=\"col-sm-4 col-lg-3\">Kalender penilaian</dt>"
		      "<dd class=\"col-sm-8 col-lg-9\">%s</dd>"
		      "<dt class=\"col-sm-4 col-lg-3\">Terakhir diubah</dt>"
		      "<dd class=\"col-sm-8 col-lg-9\">%s</dd></dl>",
	     period_state_rules(v->p.state), v->p.year, from, to, due,
	     cadence_label(v->p.cadence), at);
	html(&r->out, "<p class=\"d-print-none\"><a href=\"/kaskade?periode=%lld\">Lihat kaskade "
		      "kinerja periode ini</a></p>", (long long)v->p.id);
}

/* ---- actions -------------------------------------------------------------------- */

static const struct {
	const char *action, *button, *css, *what, *confirm;
} period_buttons[] = {
	{ "buka", "Buka periode", "btn-success",
	  "Pegawai dapat menyusun, mengajukan dan merevisi SKP; pejabat penilai dapat "
	  "menyetujui atau mengembalikannya.", NULL },
	{ "kunci", "Kunci periode", "btn-warning",
	  "Rencana dibekukan: SKP tidak dapat lagi diubah, diajukan, disetujui atau "
	  "dikembalikan, dan sasaran tidak dapat ditambah. Periode masih dapat dibuka kembali.",
	  NULL },
	{ "tutup", "Tutup periode", "btn-danger",
	  "Periode selesai untuk selamanya: tidak ada lagi perubahan, dan periode tidak dapat "
	  "dibuka kembali.", "Tutup periode ini? Tindakan ini tidak dapat dibatalkan." },
};

static void action_form(struct req *r, const struct period_view *v, size_t i)
{
	const char *button = period_buttons[i].button;
	if (!strcmp(period_buttons[i].action, "buka") && v->state == PERIOD_LOCKED)
		button = "Buka kembali periode";
	html(&r->out, "<form method=\"post\" action=\"/periode/%lld/aksi#aksi\" class=\"plan-action\"",
	     (long long)v->p.id);
	if (period_buttons[i].confirm)
		html(&r->out, " data-confirm=\"%s\"", period_buttons[i].confirm);
	html_raw(&r->out, ">");
	csrf_field(r);
	html(&r->out, "<input type=\"hidden\" name=\"aksi\" value=\"%s\"><button type=\"submit\" "
		      "class=\"btn %s\" aria-describedby=\"aksi-%s\">%s</button><p id=\"aksi-%s\">"
		      "%s</p></form>", period_buttons[i].action, period_buttons[i].css,
	     period_buttons[i].action, button, period_buttons[i].action, period_buttons[i].what);
}

static void actions(struct req *r, const struct period_view *v, const struct period_forms *f)
{
	size_t shown = 0;
	html_raw(&r->out, "<section class=\"mb-4 d-print-none\" id=\"aksi\" aria-labelledby=\"h-aksi\">"
			  "<h2 class=\"h5\" id=\"h-aksi\">Ubah status periode</h2>");
	if (err_for(f, "aksi"))
		form_error_alert(r, NULL, f->err);
	for (size_t i = 0; i < sizeof period_buttons / sizeof period_buttons[0]; i++) {
		enum period_state to;
		struct kerr why = KERR_INIT;
		if (period_transition(v->state, period_buttons[i].action, &to, &why))
			continue;
		action_form(r, v, i);
		shown++;
	}
	if (!shown)
		html_raw(&r->out, "<p>Periode sudah ditutup; tidak ada tindakan lagi.</p>");
	html_raw(&r->out, "</section>");
}

/* ---- the calendar ------------------------------------------------------------------ */

static void checkpoint_table(struct req *r, const struct period_view *v)
{
	if (!v->ncp) {
		html_raw(&r->out, "<p>Belum ada titik periksa.</p>");
		return;
	}
	html_raw(&r->out, "<div class=\"table-responsive\" tabindex=\"0\" role=\"region\" "
			  "aria-labelledby=\"h-kalender\"><table class=\"table table-sm "
			  "align-middle plan-calendar\"><caption class=\"visually-hidden\">Titik periksa "
			  "penilaian</caption><thead><tr><th scope=\"col\">No</th><th scope=\"col\">"
			  "Titik periksa</th><th scope=\"col\">Mulai</th><th scope=\"col\">Selesai</th>"
			  "<th scope=\"col\">Status</th></tr></thead><tbody>");
	for (size_t i = 0; i < v->ncp; i++) {
		char from[40], to[40];
		date_id(from, sizeof from, v->cp[i].start_date);
		date_id(to, sizeof to, v->cp[i].end_date);
		html(&r->out, "<tr><td>%d</td><th scope=\"row\">%s</th><td>%s</td><td>%s</td>",
		     v->cp[i].seq, v->cp[i].name, from, to);
		checkpoint_state_cell(r, &v->cp[i], v->state);
		html_raw(&r->out, "</tr>");
	}
	html_raw(&r->out, "</tbody></table></div>");
}

static void calendar_form(struct req *r, const struct period_view *v,
			  const struct period_forms *f)
{
	const struct kerr *err = err_for(f, "kalender");
	const char *value = f->cadence ? f->cadence : v->p.cadence;
	if (!changeable(v)) {
		html(&r->out, "<p class=\"text-muted d-print-none\">Kalender tidak dapat diubah karena "
			      "periode berstatus %s.</p>", period_state_label(v->state));
		return;
	}
	html(&r->out, "<form method=\"post\" action=\"/periode/%lld/kalender#kalender\" "
		      "class=\"row g-2 align-items-end\">", (long long)v->p.id);
	csrf_field(r);
	form_select_open(r, "cadence", "Ganti kalender penilaian", "col-sm-8 col-md-6", err);
	form_option(r, "triwulan", "Triwulanan (Triwulan I, II, III, IV-Akhir)", value);
	form_option(r, "bulanan", "Bulanan (Januari sampai Desember)", value);
	html_raw(&r->out, "</select>");
	form_close(r, "cadence", err);
	html_raw(&r->out, "<div class=\"col-sm-4 col-md-3\"><button type=\"submit\" class=\"btn "
			  "btn-outline-primary w-100\">Ubah kalender</button></div><p class=\"col-12 "
			  "small text-muted mb-0\">Titik periksa disusun ulang sesuai pilihan.</p></form>");
}

static void calendar(struct req *r, const struct period_view *v, const struct period_forms *f)
{
	html(&r->out, "<section class=\"mb-4\" aria-labelledby=\"h-kalender\" id=\"kalender\">"
		      "<h2 class=\"h5\" id=\"h-kalender\">Kalender penilaian: %s</h2>",
	     cadence_label(v->p.cadence));
	checkpoint_table(r, v);
	if (r->who.role == ROLE_ADMIN)
		calendar_form(r, v, f);
	html_raw(&r->out, "</section>");
}

/* ---- organisation goals ------------------------------------------------------------- */

static void goal_table(struct req *r, const struct period_view *v)
{
	if (!v->ng) {
		html_raw(&r->out, "<p>Belum ada sasaran organisasi pada periode ini.</p>");
		return;
	}
	html_raw(&r->out, "<div class=\"table-responsive\" tabindex=\"0\" role=\"region\" "
			  "aria-labelledby=\"h-sasaran\"><table class=\"table table-sm "
			  "table-striped plan-goals\"><caption class=\"visually-hidden\">Sasaran "
			  "organisasi</caption><thead><tr><th scope=\"col\">Kode</th><th scope=\"col\">"
			  "Unit kerja</th><th scope=\"col\">Sasaran</th><th scope=\"col\">Indikator</th>"
			  "</tr></thead><tbody>");
	for (size_t i = 0; i < v->ng; i++) {
		const struct goal *g = &v->goals[i];
		html(&r->out, "<tr id=\"sasaran-%lld\"><th scope=\"row\" class=\"text-nowrap\">%s</th>"
			      "<td>%s</td><td>%s</td><td>%s</td></tr>", (long long)g->id, g->code,
		     g->unit_name, g->text ? g->text : "",
		     g->indicator && *g->indicator ? g->indicator : "-");
	}
	html_raw(&r->out, "</tbody></table></div>");
}

static const char *goal_field_label(const char *field)
{
	static const char *const names[][2] = {
		{ "code", "Kode sasaran" }, { "unit_code", "Unit kerja" }, { "text", "Sasaran" },
		{ "indicator", "Indikator" },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(names[i][0], field))
			return names[i][1];
	return NULL;
}

static void textarea(struct req *r, const char *name, const char *label, const char *value,
		     const char *extra, const struct kerr *err)
{
	form_label(r, name, label, "col-12");
	html(&r->out, "<textarea id=\"f-%s\" name=\"%s\" rows=\"2\"", name, name);
	form_attrs(r, name, "form-control", err);
	html_raw(&r->out, extra);
	html(&r->out, ">%s</textarea>", value);
	form_close(r, name, err);
}

static void goal_form(struct req *r, const struct period_view *v, const struct period_forms *f)
{
	const struct kerr *err = err_for(f, "sasaran");
	const struct goal_form *g = &f->goal;
	html_raw(&r->out, "<div class=\"card d-print-none\" id=\"sasaran-baru\"><div "
			  "class=\"card-body\"><h3 class=\"h6\" id=\"h-sasaran-baru\">Tambah sasaran "
			  "organisasi</h3>");
	if (err)
		form_error_alert(r, goal_field_label(err->field), err);
	html(&r->out, "<form method=\"post\" action=\"/periode/%lld/sasaran#sasaran-baru\" "
		      "class=\"row g-3\" aria-labelledby=\"h-sasaran-baru\">", (long long)v->p.id);
	csrf_field(r);
	form_text(r, "code", "Kode sasaran", "text", g->code, "col-md-4",
		  " required maxlength=\"39\" autocomplete=\"off\" placeholder=\"mis. SS-1\"", err);
	form_select_open(r, "unit_code", "Unit kerja", "col-md-8", err);
	form_option(r, "", "\xe2\x80\x94 pilih unit kerja \xe2\x80\x94", g->unit_code);
	unit_options(&r->out, v->units, v->nu, NULL, 1, g->unit_code);
	html_raw(&r->out, "</select>");
	form_close(r, "unit_code", err);
	textarea(r, "text", "Sasaran", g->text, " required maxlength=\"1000\"", err);
	textarea(r, "indicator", "Indikator (boleh kosong)", g->indicator, " maxlength=\"1000\"",
		 err);
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn "
			  "btn-primary\">Tambah sasaran</button></div></form></div></div>");
}

static void goals(struct req *r, const struct period_view *v, const struct period_forms *f)
{
	html_raw(&r->out, "<section class=\"mb-4\" aria-labelledby=\"h-sasaran\" id=\"sasaran\">"
			  "<h2 class=\"h5\" id=\"h-sasaran\">Sasaran organisasi</h2><p class=\"small "
			  "text-muted\">Sasaran Renstra / Perjanjian Kinerja yang didukung RHK para "
			  "kepala unit.</p>");
	goal_table(r, v);
	if (r->who.role == ROLE_ADMIN && changeable(v))
		goal_form(r, v, f);
	else if (err_for(f, "sasaran"))
		form_error_alert(r, NULL, f->err);
	html_raw(&r->out, "</section>");
}

/* ---- the page -------------------------------------------------------------------------- */

static int period_page(struct req *r, const struct period_forms *f, int status)
{
	struct period_view v;
	struct kerr err = KERR_INIT;
	if (view_load(r, &v, &err)) {
		view_release(&v);
		return reply_error(r, &err);
	}
	page_begin(r, v.p.name, NAV_PERIODE);
	html(&r->out, "<nav aria-label=\"Remah roti\" class=\"d-print-none\"><ol class=\"breadcrumb\">"
		      "<li class=\"breadcrumb-item\"><a href=\"/periode\">Periode Kinerja</a></li>"
		      "<li class=\"breadcrumb-item active\" aria-current=\"page\">%s</li></ol></nav>"
		      "<h1 class=\"h3\">%s ", v.p.name, v.p.name);
	period_badge(&r->out, v.p.state);
	html_raw(&r->out, "</h1>");
	details(r, &v);
	if (r->who.role == ROLE_ADMIN)
		actions(r, &v, f);
	calendar(r, &v, f);
	goals(r, &v, f);
	page_end(r);
	view_release(&v);
	return reply_html(r, status);
}

int page_period_view(struct req *r)
{
	struct period_forms f;
	memset(&f, 0, sizeof f);
	return period_page(r, &f, 200);
}

/* After a change: back to the period, with the notice. */
static int period_saved(struct req *r, const char *notice)
{
	char loc[80];
	snprintf(loc, sizeof loc, "/periode/%lld?pesan=%s", (long long)r->path_id, notice);
	return reply_redirect(r, loc);
}

static int refused(struct req *r, struct period_forms *f, const char *section,
		   const struct kerr *err)
{
	if (!plan_user_error(err) || (err->code == KERR_NOT_FOUND && !strcmp(err->field, "period_id")))
		return reply_error(r, err);
	f->section = section;
	f->err = err;
	return period_page(r, f, kerr_http_status(err));
}

int page_period_act(struct req *r)
{
	struct period_forms f;
	struct kerr err = KERR_INIT;
	char action[16];
	memset(&f, 0, sizeof f);
	form_read(r, "aksi", action, sizeof action, &err);
	struct actor who = req_actor(r);
	if (kerr_is_set(&err) || store_period_act(r->db, &who, r->path_id, action, &err))
		return refused(r, &f, "aksi", &err);
	return period_saved(r, "disimpan");
}

int page_period_calendar(struct req *r)
{
	struct period_forms f;
	struct kerr err = KERR_INIT;
	char cadence[16];
	memset(&f, 0, sizeof f);
	form_read(r, "cadence", cadence, sizeof cadence, &err);
	f.cadence = cadence;
	struct actor who = req_actor(r);
	if (kerr_is_set(&err) || store_period_set_cadence(r->db, &who, r->path_id, cadence, &err))
		return refused(r, &f, "kalender", &err);
	return period_saved(r, "disimpan");
}

/* Reads the goal form and resolves the unit code into g->unit_id. */
static int read_goal(struct req *r, struct goal_form *f, struct goal *g, struct kerr *err)
{
	struct unit u;
	struct kerr why = KERR_INIT;
	form_read(r, "code", f->code, sizeof f->code, err);
	form_read(r, "unit_code", f->unit_code, sizeof f->unit_code, err);
	form_read(r, "text", f->text, sizeof f->text, err);
	form_read(r, "indicator", f->indicator, sizeof f->indicator, err);
	if (kerr_is_set(err))
		return -1;
	if (!f->unit_code[0])
		return kerr_set(err, KERR_INVALID, "unit_code", "Pilih unit kerja sasaran ini");
	if (store_unit_by_code(r->db, f->unit_code, &u, &why))
		return why.code == KERR_NOT_FOUND
			? kerr_set(err, KERR_INVALID, "unit_code", "Unit kerja tidak ditemukan")
			: kerr_set(err, why.code, "", "%s", why.msg);
	memset(g, 0, sizeof *g);
	g->period_id = r->path_id;
	g->unit_id = u.id;
	copy_str(g->code, sizeof g->code, f->code);
	g->text = f->text;
	g->indicator = f->indicator;
	return 0;
}

int page_goal_create(struct req *r)
{
	struct period_forms *f = xcalloc(1, sizeof *f);
	struct goal g;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int rc;
	if (read_goal(r, &f->goal, &g, &err) || store_goal_create(r->db, &who, &g, &err)) {
		if (!strcmp(err.field, "unit_id"))
			copy_str(err.field, sizeof err.field, "unit_code");
		rc = refused(r, f, "sasaran", &err);
	} else {
		rc = period_saved(r, "dibuat");
	}
	free(f);
	return rc;
}
