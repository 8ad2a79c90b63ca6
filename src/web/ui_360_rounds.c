/*
 * ui_360_rounds.c - HR's pages for 360-degree rounds: the list of rounds
 * with the form that opens one for a checkpoint (GET/POST /360/putaran),
 * and one round (GET /360/putaran/{id}): its details, progress per unit
 * (answered, waiting, declined), the persons rated in a unit (?unit=), the
 * rater list of one of them (?pegawai=, in ui_360_raters.c), and the
 * actions: reminders, a new closing date, closing the round.
 */
#include "web/ui_360.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "web/ui_plan.h"
#include "core/timeutil.h"
#include "domain/skp.h"
#include "http/auth.h"
#include "http/html.h"
#include "http/r360_access.h"
#include "http/request.h"
#include "http/router.h"
#include "http/scope.h"
#include "store/plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The positive integer in query or form parameter `v`, else 0. */
static int64_t param_id(const char *v)
{
	char *end;
	long long n = v && *v ? strtoll(v, &end, 10) : 0;
	return n > 0 && !*end ? n : 0;
}

/* ---- the list of rounds ----------------------------------------------------------------- */

struct open_form {
	char checkpoint[24];
	char closes_on[16];
	char name[4 * ROUND360_NAME_MAX + 1];
	const struct kerr *err;
};

static void rounds_table(struct req *r, const struct round360 *list, size_t n)
{
	if (!n) {
		html_raw(&r->out, "<p>Belum ada putaran 360\xc2\xb0.</p>");
		return;
	}
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm "
			  "align-middle\"><thead><tr><th scope=\"col\">Putaran</th><th scope=\"col\">"
			  "Titik periksa</th><th scope=\"col\">Tutup</th><th scope=\"col\">Status</th>"
			  "<th scope=\"col\">Dijawab</th><th scope=\"col\">Menunggu</th>"
			  "<th scope=\"col\">Ditolak</th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		const struct round360 *rd = &list[i];
		char due[40];
		r360_date(due, sizeof due, rd->closes_on);
		html(&r->out, "<tr><td><a href=\"/360/putaran/%lld\">%s</a></td><td>%s (%s)</td>"
			      "<td>%s</td><td>", (long long)rd->id, rd->name, rd->checkpoint_name,
		     rd->period_name, due);
		r360_badge(&r->out, rd->state);
		html(&r->out, "</td><td>%lld dari %lld</td><td>%lld</td><td>%lld</td></tr>",
		     (long long)rd->answered, (long long)rd->total, (long long)rd->pending,
		     (long long)rd->declined);
	}
	html_raw(&r->out, "</tbody></table></div>");
}

static int has_round(const struct round360 *list, size_t n, int64_t checkpoint)
{
	for (size_t i = 0; i < n; i++)
		if (list[i].checkpoint_id == checkpoint)
			return 1;
	return 0;
}

/* <option>s for the checkpoints of open or locked periods without a round. */
static void checkpoint_options(struct req *r, const struct round360 *rounds, size_t nr,
			       const char *selected)
{
	struct period *ps = NULL;
	size_t np = 0;
	struct kerr err = KERR_INIT;
	if (store_period_list(r->db, &ps, &np, &err))
		return;
	for (size_t i = 0; i < np; i++) {
		struct checkpoint *cp = NULL;
		size_t nc = 0;
		if ((strcmp(ps[i].state, "terbuka") && strcmp(ps[i].state, "dikunci")) ||
		    store_checkpoint_list(r->db, ps[i].id, &cp, &nc, &err))
			continue;
		for (size_t k = 0; k < nc; k++) {
			char value[24], text[200];
			if (has_round(rounds, nr, cp[k].id))
				continue;
			snprintf(value, sizeof value, "%lld", (long long)cp[k].id);
			snprintf(text, sizeof text, "%s \xe2\x80\x94 %s", cp[k].name, ps[i].name);
			form_option(r, value, text, selected);
		}
		free(cp);
	}
	free(ps);
}

static void open_round_form(struct req *r, const struct round360 *rounds, size_t nr,
			    const struct open_form *f)
{
	html_raw(&r->out, "<section class=\"card mb-4\" id=\"buka\" aria-labelledby=\"h-buka\">"
			  "<div class=\"card-body\"><h2 class=\"h5\" id=\"h-buka\">Buka putaran baru</h2>"
			  "<p class=\"small text-muted\">Penilai ditetapkan otomatis untuk setiap pegawai "
			  "aktif yang memegang jabatan: atasan langsung (pejabat penilai), rekan di unit "
			  "yang sama dengan atasan yang sama, bawahan langsung, dan penilaian diri.</p>");
	if (f->err)
		form_error_alert(r, NULL, f->err);
	html_raw(&r->out, "<form method=\"post\" action=\"/360/putaran\" class=\"row g-3\">");
	csrf_field(r);
	form_select_open(r, "checkpoint_id", "Titik periksa", "col-md-5", f->err);
	form_option(r, "", "\xe2\x80\x94 pilih titik periksa \xe2\x80\x94", f->checkpoint);
	checkpoint_options(r, rounds, nr, f->checkpoint);
	html_raw(&r->out, "</select>");
	form_close(r, "checkpoint_id", f->err);
	form_text(r, "tutup_pada", "Diisi paling lambat", "date", f->closes_on, "col-md-3",
		  " required", f->err);
	form_text(r, "nama", "Nama putaran (boleh kosong)", "text", f->name, "col-md-4",
		  " maxlength=\"150\"", f->err);
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">"
			  "Buka putaran</button></div></form></div></section>");
}

static int rounds_page(struct req *r, const struct open_form *f, int status)
{
	struct round360 *list = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	if (store_round360_list(r->db, &list, &n, &err))
		return reply_error(r, &err);
	page_begin(r, "Putaran 360\xc2\xb0", NAV_360);
	html_raw(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb\"><li class=\""
			  "breadcrumb-item\"><a href=\"/360\">Umpan Balik 360\xc2\xb0</a></li><li "
			  "class=\"breadcrumb-item active\" aria-current=\"page\">Putaran</li></ol>"
			  "</nav><h1 class=\"h3\">Putaran Umpan Balik 360\xc2\xb0</h1>");
	rounds_table(r, list, n);
	struct kerr denied = KERR_INIT;
	if (!r360_may_manage_rounds(r, &denied))
		open_round_form(r, list, n, f);
	page_end(r);
	free(list);
	return reply_html(r, status);
}

int page_360_rounds(struct req *r)
{
	struct open_form f;
	memset(&f, 0, sizeof f);
	char today[16];
	ymd_wib(today, sizeof today, now_unix() + 14 * 86400);
	copy_str(f.closes_on, sizeof f.closes_on, today);
	return rounds_page(r, &f, 200);
}

int page_360_round_open(struct req *r)
{
	struct kerr denied = KERR_INIT;
	if (r360_may_manage_rounds(r, &denied))
		return reply_error(r, &denied);
	struct open_form f;
	struct round360 rd;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t assigned = 0;
	char loc[64];
	memset(&f, 0, sizeof f);
	memset(&rd, 0, sizeof rd);
	form_read(r, "checkpoint_id", f.checkpoint, sizeof f.checkpoint, &err);
	form_read(r, "tutup_pada", f.closes_on, sizeof f.closes_on, &err);
	form_read(r, "nama", f.name, sizeof f.name, &err);
	rd.checkpoint_id = param_id(f.checkpoint);
	copy_str(rd.closes_on, sizeof rd.closes_on, f.closes_on);
	copy_str(rd.name, sizeof rd.name, f.name);
	if (kerr_is_set(&err) || store_round360_open(r->db, &who, &rd, &assigned, &err)) {
		f.err = &err;
		return rounds_page(r, &f, kerr_http_status(&err));
	}
	snprintf(loc, sizeof loc, "/360/putaran/%lld?pesan=dibuat", (long long)rd.id);
	return reply_redirect(r, loc);
}

/* ---- one round ------------------------------------------------------------------------------ */

static void details(struct req *r, const struct round360 *rd)
{
	char due[40];
	r360_date(due, sizeof due, rd->closes_on);
	html(&r->out, "<dl class=\"row\"><dt class=\"col-sm-3\">Titik periksa</dt><dd class=\""
		      "col-sm-9\">%s (%s)</dd><dt class=\"col-sm-3\">Diisi paling lambat</dt>"
		      "<dd class=\"col-sm-9\">%s</dd><dt class=\"col-sm-3\">Skala</dt><dd class=\""
		      "col-sm-9\">%s</dd><dt class=\"col-sm-3\">Ambang anonimitas</dt><dd class=\""
		      "col-sm-9\">%d jawaban per kelompok</dd><dt class=\"col-sm-3\">Jawaban</dt>"
		      "<dd class=\"col-sm-9\">%lld dijawab, %lld menunggu, %lld ditolak dari %lld "
		      "penugasan</dd></dl>", rd->checkpoint_name, rd->period_name, due,
	     rd->scale == 5 ? "1\xe2\x80\x93" "5 (1\xe2\x80\x93" "2 Di Bawah, 3 Sesuai, 4\xe2\x80\x93"
			      "5 Di Atas Ekspektasi)" : "Tiga tingkat (Di Bawah / Sesuai / Di Atas "
			      "Ekspektasi)", rd->threshold, (long long)rd->answered,
	     (long long)rd->pending, (long long)rd->declined, (long long)rd->total);
}

static void action_button(struct req *r, const struct round360 *rd, const char *action,
			  const char *label, const char *css, const char *confirm)
{
	html(&r->out, "<form method=\"post\" action=\"/360/putaran/%lld/%s\" class=\"d-inline me-2\"",
	     (long long)rd->id, action);
	if (confirm)
		html(&r->out, " data-confirm=\"%s\"", confirm);
	html_raw(&r->out, ">");
	csrf_field(r);
	html(&r->out, "<button type=\"submit\" class=\"btn %s\">%s</button></form>", css, label);
}

static void actions(struct req *r, const struct round360 *rd)
{
	if (!access_allows(r, ACCESS_MANAGE) || strcmp(rd->state, "terbuka"))
		return;
	struct kerr denied = KERR_INIT;
	int rounds = !r360_may_manage_rounds(r, &denied);
	html_raw(&r->out, "<section class=\"mb-4\" aria-labelledby=\"h-aksi\"><h2 class=\"h5\" "
			  "id=\"h-aksi\">Tindakan</h2><div class=\"mb-3\">");
	action_button(r, rd, "pengingat", "Kirim pengingat", "btn-outline-primary", NULL);
	if (!rounds) {   /* the whole round is an administrator's (see r360_may_manage_rounds) */
		html_raw(&r->out, "</div></section>");
		return;
	}
	action_button(r, rd, "tutup", "Tutup putaran", "btn-outline-danger",
		      "Tutup putaran ini? Jawaban tidak dapat lagi dikirim.");
	html(&r->out, "</div><form method=\"post\" action=\"/360/putaran/%lld/ubah\" class=\"row "
		      "g-2 align-items-end\">", (long long)rd->id);
	csrf_field(r);
	form_text(r, "tutup_pada", "Ubah tanggal tutup", "date", rd->closes_on, "col-sm-4", "", NULL);
	html_raw(&r->out, "<div class=\"col-sm-3\"><button type=\"submit\" class=\"btn "
			  "btn-outline-secondary\">Simpan tanggal</button></div></form></section>");
}

static void progress(struct req *r, const struct round360 *rd)
{
	struct progress360 *p = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	if (store_round360_progress(r->db, rd->id, view_scope_unit(r), &p, &n, &err))
		return;
	html_raw(&r->out, "<section class=\"mb-4\" aria-labelledby=\"h-kemajuan\"><h2 class=\"h5\" "
			  "id=\"h-kemajuan\">Kemajuan per unit</h2><div class=\"table-responsive\">"
			  "<table class=\"table table-sm\"><thead><tr><th scope=\"col\">Unit kerja</th>"
			  "<th scope=\"col\">Pegawai dinilai</th><th scope=\"col\">Dijawab</th>"
			  "<th scope=\"col\">Menunggu</th><th scope=\"col\">Ditolak</th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++)
		html(&r->out, "<tr><td><a href=\"/360/putaran/%lld?unit=%lld#dinilai\">%s</a></td>"
			      "<td>%lld</td><td>%lld</td><td>%lld</td><td>%lld</td></tr>",
		     (long long)rd->id, (long long)p[i].unit_id, p[i].unit_name,
		     (long long)p[i].ratees, (long long)p[i].answered, (long long)p[i].pending,
		     (long long)p[i].declined);
	html_raw(&r->out, "</tbody></table></div></section>");
	free(p);
}

/* The persons rated in one unit, each with their counts. */
static void ratees(struct req *r, const struct round360 *rd, int64_t unit)
{
	struct ratee360 *p = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	if ((r->who.role == ROLE_PENGELOLA && !may_manage_unit(r, unit)) ||
	    store_round360_ratees(r->db, rd->id, unit, &p, &n, &err))
		return;
	html_raw(&r->out, "<section class=\"mb-4\" id=\"dinilai\" aria-labelledby=\"h-dinilai\">"
			  "<h2 class=\"h5\" id=\"h-dinilai\">Pegawai yang dinilai</h2><ul class=\""
			  "list-group\">");
	for (size_t i = 0; i < n; i++) {
		html(&r->out, "<li class=\"list-group-item\">%s <small class=\"text-muted\">(%s)</small>"
			      " \xe2\x80\x94 %lld dijawab, %lld menunggu, %lld ditolak",
		     p[i].name, p[i].position_name, (long long)p[i].answered,
		     (long long)p[i].pending, (long long)p[i].declined);
		if (p[i].employee_id != r->who.employee_id)
			html(&r->out, " \xc2\xb7 <a href=\"/360/putaran/%lld?pegawai=%lld#penilai\">"
				      "Daftar penilai</a>", (long long)rd->id,
			     (long long)p[i].employee_id);
		html_raw(&r->out, "</li>");
	}
	html_raw(&r->out, "</ul></section>");
	free(p);
}

int round_page(struct req *r, int64_t id, int64_t ratee, const struct kerr *err, int status)
{
	struct round360 rd;
	struct kerr lerr = KERR_INIT;
	int64_t unit = param_id(req_query(r, "unit"));
	const char *reminded = req_query(r, "diingatkan");
	if (store_round360_get(r->db, id, &rd, &lerr))
		return reply_error(r, &lerr);
	page_begin(r, rd.name, NAV_360);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb\"><li class=\""
		      "breadcrumb-item\"><a href=\"/360/putaran\">Putaran 360\xc2\xb0</a></li><li "
		      "class=\"breadcrumb-item active\" aria-current=\"page\">%s</li></ol></nav>"
		      "<h1 class=\"h3\">%s ", rd.name, rd.name);
	r360_badge(&r->out, rd.state);
	html_raw(&r->out, "</h1>");
	if (reminded && param_id(reminded) >= 0)
		html(&r->out, "<div class=\"alert alert-success\" role=\"status\">Pengingat dikirim "
			      "untuk %lld penugasan yang belum dijawab.</div>",
		     (long long)param_id(reminded));
	if (err && !ratee)
		form_error_alert(r, NULL, err);
	details(r, &rd);
	actions(r, &rd);
	progress(r, &rd);
	if (unit)
		ratees(r, &rd, unit);
	if (ratee)
		raters_section(r, &rd, ratee, err);
	page_end(r);
	return reply_html(r, status);
}

int page_360_round(struct req *r)
{
	return round_page(r, r->path_id, param_id(req_query(r, "pegawai")), NULL, 200);
}

/* After a change: the round again, or the refusal shown on it. */
static int round_done(struct req *r, const struct kerr *err, const char *query)
{
	char loc[96];
	if (kerr_is_set(err))
		return err->code == KERR_NOT_FOUND || err->code == KERR_FORBIDDEN
			? reply_error(r, err)
			: round_page(r, r->path_id, 0, err, kerr_http_status(err));
	snprintf(loc, sizeof loc, "/360/putaran/%lld?%s", (long long)r->path_id, query);
	return reply_redirect(r, loc);
}

int page_360_round_update(struct req *r)
{
	char closes_on[16] = "";
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	form_read(r, "tutup_pada", closes_on, sizeof closes_on, &err);
	if (!kerr_is_set(&err) && !r360_may_manage_rounds(r, &err))
		store_round360_update(r->db, &who, r->path_id, NULL, closes_on, &err);
	return round_done(r, &err, "pesan=disimpan");
}

int page_360_round_close(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	if (!r360_may_manage_rounds(r, &err))
		store_round360_close(r->db, &who, r->path_id, &err);
	return round_done(r, &err, "pesan=disimpan");
}

int page_360_round_remind(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t n = 0;
	char query[48];
	store_rater360_remind(r->db, &who, r->path_id, view_scope_unit(r), &n, &err);
	snprintf(query, sizeof query, "diingatkan=%lld", (long long)n);
	return round_done(r, &err, query);
}
