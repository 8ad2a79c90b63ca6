/*
 * ui_calibration_proposal.c - proposing a change to one assessment (GET
 * /kalibrasi/usul?penilaian=ID, POST /kalibrasi/usulan) and one proposal
 * (GET /kalibrasi/usulan/{id}) with the pejabat penilai's forms to accept
 * or reject it and the proposer's to withdraw it (POST .../terima,
 * .../tolak, .../tarik).  A refusal of what was typed shows the page
 * again with the message and the 4xx status; the route table is in
 * ui_calibration.c.
 */
#include "web/ui_calibration.h"
#include "web/ui.h"
#include "web/ui_assessment.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "http/assess_access.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- pieces -------------------------------------------------------------------------------- */

static void ratings_row(struct req *r, const char *label, enum rating h, enum rating b,
			enum predicate p, const char *id)
{
	html(&r->out, "<tr id=\"%s\"><th scope=\"row\">%s</th><td>", id, label);
	assess_rating_badge(r, h);
	html_raw(&r->out, "</td><td>");
	assess_rating_badge(r, b);
	html_raw(&r->out, "</td><td>");
	assess_predicate_badge(r, p);
	html_raw(&r->out, "</td></tr>");
}

/* The employee, the assessment and its ratings now (and, for a made
 * proposal, the proposed ones). */
static void subject(struct req *r, const struct calib_proposal *p, int proposed)
{
	char what[200];
	calib_what(what, sizeof what, p);
	html(&r->out, "<dl class=\"row\"><dt class=\"col-sm-3\">Pegawai</dt><dd class=\"col-sm-9\">"
		      "%s <span class=\"text-muted\">(NIP %s)</span></dd><dt class=\"col-sm-3\">Unit "
		      "kerja</dt><dd class=\"col-sm-9\">%s</dd><dt class=\"col-sm-3\">Penilaian</dt><dd "
		      "class=\"col-sm-9\">%s</dd><dt class=\"col-sm-3\">Pejabat penilai</dt><dd "
		      "class=\"col-sm-9\">%s</dd></dl>", p->employee_name, p->nip, p->unit_name, what,
	     p->assessor_name);
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm w-auto "
			  "caption-top\"><caption>Rating dan predikat</caption><thead><tr><th "
			  "scope=\"col\"><span class=\"visually-hidden\">Versi</span></th><th "
			  "scope=\"col\">Hasil kerja</th><th scope=\"col\">Perilaku kerja</th><th "
			  "scope=\"col\">Predikat</th></tr></thead><tbody>");
	ratings_row(r, proposed ? "Semula" : "Saat ini", p->orig_hasil, p->orig_perilaku,
		    p->orig_predicate, "rating-semula");
	if (proposed)
		ratings_row(r, "Diusulkan", p->new_hasil, p->new_perilaku, p->new_predicate,
			    "rating-usulan");
	html_raw(&r->out, "</tbody></table></div>");
}

static void rating_select(struct req *r, const char *name, const char *label, enum rating now,
			  const char *chosen, const struct kerr *err)
{
	int bad = err && !strcmp(err->field, name);
	html(&r->out, "<div class=\"col-md-6\"><label class=\"form-label\" for=\"f-%s\">%s</label>"
		      "<select class=\"form-select%s\" id=\"f-%s\" name=\"%s\"%s><option value=\"\">"
		      "Tetap (%s)</option>", name, label, bad ? " is-invalid" : "", name, name,
	     bad ? " aria-describedby=\"e-rating\"" : "", rating_label(now));
	for (int i = RATING__LEVELS - 1; i >= 0; i--)
		if ((enum rating)i != now)
			html(&r->out, "<option value=\"%s\"%s>%s</option>", rating_name((enum rating)i),
			     chosen && !strcmp(chosen, rating_name((enum rating)i)) ? " selected" : "",
			     rating_label((enum rating)i));
	html_raw(&r->out, "</select>");
	if (bad)
		html(&r->out, "<div class=\"invalid-feedback\" id=\"e-rating\">%s</div>", err->msg);
	html_raw(&r->out, "</div>");
}

/* A text area named `name` with id "f-`name`-`sfx`" (several forms on one
 * page have one each). */
static void textarea(struct req *r, const char *name, const char *sfx, const char *label,
		     const char *help, const char *value, int required, const struct kerr *err)
{
	int bad = err && !strcmp(err->field, name);
	html(&r->out, "<div class=\"col-12\"><label class=\"form-label\" for=\"f-%s-%s\">%s</label>"
		      "<textarea class=\"form-control%s\" id=\"f-%s-%s\" name=\"%s\" rows=\"3\" "
		      "maxlength=\"%d\" aria-describedby=\"h-%s-%s\"%s>%s</textarea><div "
		      "class=\"form-text\" id=\"h-%s-%s\">%s</div>", name, sfx, label,
	     bad ? " is-invalid" : "", name, sfx, name, CALIB_TEXT_MAX, name, sfx,
	     required ? " required" : "", value ? value : "", name, sfx, help);
	if (bad)
		html(&r->out, "<div class=\"invalid-feedback d-block\">%s</div>", err->msg);
	html_raw(&r->out, "</div>");
}

/* ---- proposing -------------------------------------------------------------------------------- */

static void propose_page(struct req *r, const struct calib_proposal *d, int64_t unit_id,
			 const struct kerr *err)
{
	page_begin(r, "Usulkan perubahan penilaian", NAV_PENILAIAN);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
		      "class=\"breadcrumb-item\"><a href=\"/kalibrasi?periode=%lld&unit=%lld\">"
		      "Kalibrasi</a></li><li class=\"breadcrumb-item active\" aria-current=\"page\">"
		      "Usulkan perubahan</li></ol></nav><h1 class=\"h3\">Usulkan Perubahan Penilaian"
		      "</h1><p>Usulan dikirim kepada pejabat penilai pegawai ini, yang menerima "
		      "(penilaian berubah dan predikat dihitung ulang) atau menolaknya dengan "
		      "catatan. Pilih rating yang diusulkan; yang tidak diubah biarkan \"Tetap\".</p>",
	     (long long)d->period_id, (long long)(unit_id ? unit_id : d->unit_id));
	if (err)
		form_error_alert(r, NULL, err);
	subject(r, d, 0);
	html_raw(&r->out, "<form method=\"post\" action=\"/kalibrasi/usulan\" class=\"row g-3\" "
			  "id=\"form-usulan\">");
	csrf_field(r);
	html(&r->out, "<input type=\"hidden\" name=\"penilaian\" value=\"%lld\"><input "
		      "type=\"hidden\" name=\"unit\" value=\"%lld\">", (long long)d->assessment_id,
	     (long long)unit_id);
	rating_select(r, "hasil_kerja", "Rating hasil kerja yang diusulkan", d->orig_hasil,
		      req_form(r, "hasil_kerja"), err);
	rating_select(r, "perilaku_kerja", "Rating perilaku kerja yang diusulkan", d->orig_perilaku,
		      req_form(r, "perilaku_kerja"), err);
	textarea(r, "alasan", "usulan", "Alasan usulan", "Wajib, paling banyak 2000 karakter. Bila diterima, "
		 "alasan ini menjadi alasan rating yang diubah.", req_form(r, "alasan"), 1, err);
	html_raw(&r->out, "<div class=\"col-12\"><button class=\"btn btn-primary\" type=\"submit\">"
			  "Ajukan usulan</button></div></form>");
	html_raw(&r->out, "<h2 class=\"h6 mt-4\">Matriks predikat</h2>");
	assess_matrix(r, d->orig_hasil, d->orig_perilaku, "matriks-predikat");
	page_end(r);
}

/* GET /kalibrasi/usul?penilaian=ID[&unit=ID] */
int page_calib_propose_form(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct calib_proposal d;
	int64_t id = 0, unit = 0;
	if (req_query_id(r, "penilaian", &id, &err) || req_query_id(r, "unit", &unit, &err))
		return reply_error(r, &err);
	if (!id)
		return reply_fail(r, KERR_INVALID, "penilaian", "Pilih penilaian yang diusulkan "
				  "untuk diubah (penilaian=ID)");
	if (!calib_may_propose(r, id, &err) || store_calib_draft(r->db, id, &d, &err))
		return reply_error(r, &err);
	propose_page(r, &d, unit, NULL);
	calib_proposal_release(&d);
	return reply_html(r, 200);
}

static int rating_of_form(struct req *r, const char *name, enum rating *out, struct kerr *err)
{
	const char *v = req_form(r, name);
	*out = RATING__LEVELS;
	if (!v || !*v)
		return 0;
	if (rating_parse(v, out))
		return kerr_set(err, KERR_INVALID, name, "Pilih rating dari daftar");
	return 0;
}

/* POST /kalibrasi/usulan: penilaian, unit, hasil_kerja, perilaku_kerja, alasan */
int page_calib_propose(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct calib_input in = { .reason = req_form(r, "alasan") };
	struct calib_proposal d;
	const char *p = req_form(r, "penilaian"), *u = req_form(r, "unit");
	char name[300], to[80];
	long long aid = 0, unit = 0;
	int64_t id = 0;
	if (!p || parse_whole_in(p, 1, INT64_MAX, &aid))
		return reply_fail(r, KERR_INVALID, "penilaian", "Penilaian yang diusulkan tidak "
				  "disebutkan");
	if (u && *u && parse_whole_in(u, 1, INT64_MAX, &unit))
		unit = 0;
	if (!calib_may_propose(r, aid, &err))
		return reply_error(r, &err);
	caller_display_name(r, name, sizeof name);
	in.assessment_id = aid;
	in.proposer_employee_id = r->who.employee_id;
	in.proposer_name = name;
	if (!rating_of_form(r, "hasil_kerja", &in.hasil, &err) &&
	    !rating_of_form(r, "perilaku_kerja", &in.perilaku, &err) &&
	    !store_calib_propose(r->db, &who, &in, &id, &err)) {
		snprintf(to, sizeof to, "/kalibrasi/usulan/%lld?pesan=kalibrasi_diajukan",
			 (long long)id);
		return reply_redirect(r, to);
	}
	if ((err.code != KERR_INVALID && err.code != KERR_CONFLICT) ||
	    store_calib_draft(r->db, aid, &d, &(struct kerr)KERR_INIT))
		return reply_error(r, &err);
	propose_page(r, &d, unit, &err);
	calib_proposal_release(&d);
	return reply_html(r, kerr_http_status(&err));
}

/* ---- one proposal ------------------------------------------------------------------------------ */

static void step_form(struct req *r, const struct calib_proposal *p, enum calib_step step,
		      const char *title, const char *button, const char *btn_class,
		      const char *help, const struct kerr *err)
{
	const char *typed = err && req_form(r, "langkah") &&
			    !strcmp(req_form(r, "langkah"), calib_step_name(step))
			    ? req_form(r, "catatan") : NULL;
	html(&r->out, "<form method=\"post\" action=\"/kalibrasi/usulan/%lld/%s\" class=\"row g-2 "
		      "mb-4\" id=\"form-%s\"><h2 class=\"h6\">%s</h2>", (long long)p->id,
	     calib_step_name(step), calib_step_name(step), title);
	csrf_field(r);
	html(&r->out, "<input type=\"hidden\" name=\"langkah\" value=\"%s\"><input type=\"hidden\" "
		      "name=\"version\" value=\"%lld\">", calib_step_name(step), (long long)p->version);
	textarea(r, "catatan", calib_step_name(step), step == CALIB_REJECT ? "Catatan (wajib)"
		 : "Catatan", help, typed, step == CALIB_REJECT, typed ? err : NULL);
	html(&r->out, "<div class=\"col-12\"><button class=\"btn %s\" type=\"submit\">%s</button>"
		      "</div></form>", btn_class, button);
}

static void proposal_page(struct req *r, const struct calib_proposal *p, unsigned roles,
			  const struct kerr *err)
{
	char when[40], decided[40];
	format_time_wib(when, sizeof when, p->proposed_at);
	page_begin(r, "Usulan kalibrasi", NAV_PENILAIAN);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
		      "class=\"breadcrumb-item\"><a href=\"/kalibrasi?periode=%lld&unit=%lld\">"
		      "Kalibrasi</a></li><li class=\"breadcrumb-item active\" aria-current=\"page\">"
		      "Usulan #%lld</li></ol></nav><h1 class=\"h3\">Usulan Kalibrasi #%lld ",
	     (long long)p->period_id, (long long)p->unit_id, (long long)p->id, (long long)p->id);
	calib_state_badge(r, p->state);
	html_raw(&r->out, "</h1>");
	if (err)
		form_error_alert(r, NULL, err);
	subject(r, p, 1);
	html(&r->out, "<h2 class=\"h6\">Alasan usulan</h2><p class=\"calib-text\">%s</p><p "
		      "class=\"small text-muted\">Diusulkan oleh %s, %s.</p>", p->reason,
	     p->proposer_name, when);
	if (p->state != CALIB_DIAJUKAN) {
		format_time_wib(decided, sizeof decided, p->decided_at);
		html(&r->out, "<div class=\"alert alert-secondary\" role=\"status\">%s oleh %s, %s.%s%s"
			      "</div>", calib_state_label(p->state), p->decided_by, decided,
		     p->note[0] ? " Catatan: " : "", p->note);
	}
	if (p->state == CALIB_DIAJUKAN && (roles & CALIB_ROLE_DECIDER)) {
		step_form(r, p, CALIB_ACCEPT, "Terima usulan", "Terima dan ubah penilaian",
			  "btn-success", "Tidak wajib. Penilaian berubah seketika; pegawai diminta "
			  "menyatakan telah mengetahuinya lagi.", err);
		step_form(r, p, CALIB_REJECT, "Tolak usulan", "Tolak usulan", "btn-outline-danger",
			  "Wajib: jelaskan mengapa penilaian tetap.", err);
	}
	if (p->state == CALIB_DIAJUKAN && (roles & CALIB_ROLE_PROPOSER))
		step_form(r, p, CALIB_WITHDRAW, "Tarik usulan", "Tarik usulan", "btn-outline-secondary",
			  "Tidak wajib.", err);
	if (p->state == CALIB_DIAJUKAN && !(roles & (CALIB_ROLE_DECIDER | CALIB_ROLE_PROPOSER)))
		html_raw(&r->out, "<p class=\"text-muted\">Menunggu keputusan pejabat penilai.</p>");
	if (p->kind == ASSESS_PERIODIK)
		html(&r->out, "<p><a href=\"/skp/%lld/penjelasan\">Penjelasan predikat pegawai</a> "
			      "\xc2\xb7 <a href=\"/penilaian/%lld?jenis=periodik&titik=%lld\">Penilaian"
			      "</a></p>", (long long)p->skp_id, (long long)p->skp_id,
		     (long long)p->checkpoint_id);
	else
		html(&r->out, "<p><a href=\"/skp/%lld/penjelasan\">Penjelasan predikat pegawai</a> "
			      "\xc2\xb7 <a href=\"/penilaian/%lld?jenis=tahunan\">Penilaian</a></p>",
		     (long long)p->skp_id, (long long)p->skp_id);
	page_end(r);
}

/* GET /kalibrasi/usulan/{id} */
int page_calib_proposal(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct calib_proposal p;
	unsigned roles = 0;
	if (calib_load(r, r->path_id, &p, &roles, &err))
		return reply_error(r, &err);
	proposal_page(r, &p, roles, NULL);
	calib_proposal_release(&p);
	return reply_html(r, 200);
}

static int page_step(struct req *r, enum calib_step step, const char *notice)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct calib_proposal p;
	unsigned roles = 0;
	const char *ver = req_form(r, "version");
	long long version = 0;
	char name[300], to[80];
	if (calib_load(r, r->path_id, &p, &roles, &err))
		return reply_error(r, &err);
	calib_proposal_release(&p);
	if (!calib_may_step(roles, step, &err))
		return reply_error(r, &err);
	if (ver && *ver && parse_whole_in(ver, 1, INT64_MAX, &version))
		version = -1;
	caller_display_name(r, name, sizeof name);
	if (!store_calib_step(r->db, &who, r->path_id, step, req_form(r, "catatan"), name, version,
			      &err)) {
		snprintf(to, sizeof to, "/kalibrasi/usulan/%lld?pesan=%s", (long long)r->path_id,
			 notice);
		return reply_redirect(r, to);
	}
	if ((err.code != KERR_INVALID && err.code != KERR_CONFLICT) ||
	    calib_load(r, r->path_id, &p, &roles, &(struct kerr)KERR_INIT))
		return reply_error(r, &err);
	proposal_page(r, &p, roles, &err);
	calib_proposal_release(&p);
	return reply_html(r, kerr_http_status(&err));
}

int page_calib_accept(struct req *r)
{
	return page_step(r, CALIB_ACCEPT, "kalibrasi_diterima");
}

int page_calib_reject(struct req *r)
{
	return page_step(r, CALIB_REJECT, "kalibrasi_ditolak");
}

int page_calib_withdraw(struct req *r)
{
	return page_step(r, CALIB_WITHDRAW, "kalibrasi_ditarik");
}
