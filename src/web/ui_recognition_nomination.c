/*
 * ui_recognition_nomination.c - the pages of a nomination of a "pegawai
 * berprestasi": the form a leader fills in (GET /penghargaan/usulan/baru,
 * POST /penghargaan/usulan; a refusal shows the form again with what was
 * typed and the message), one nomination with the decision form for HR
 * or an administrator (GET /penghargaan/usulan/{id}, POST .../putusan),
 * and its certificate (GET .../piagam, PDF).
 */
#include "web/ui_recognition.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/document_access.h"
#include "http/recognition_access.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void textarea(struct req *r, const char *name, const char *label, const char *value,
		     const struct kerr *err)
{
	int bad = err && kerr_is_set(err) && !strcmp(err->field, name);
	html(&r->out, "<div class=\"col-12\"><label class=\"form-label\" for=\"f-%s\">%s</label>"
		      "<textarea class=\"form-control%s\" id=\"f-%s\" name=\"%s\" rows=\"5\"%s>%s"
		      "</textarea>", name, label, bad ? " is-invalid" : "", name, name,
	     bad ? " aria-invalid=\"true\"" : "", value ? value : "");
	if (bad)
		html(&r->out, "<div class=\"invalid-feedback\">%s</div>", err->msg);
	html_raw(&r->out, "</div>");
}

/* ---- nominating -------------------------------------------------------------------------- */

static int nominate_form(struct req *r, int64_t period_id, int64_t employee_id,
			 const char *reason, const struct kerr *err, int status)
{
	struct employee e;
	struct period p;
	struct kerr why = KERR_INIT;
	char nip[32];
	if (store_employee_get(r->db, employee_id, &e, &why) ||
	    store_period_get(r->db, period_id, &p, &why))
		return reply_error(r, kerr_is_set(err) ? err : &why);
	nip_display(nip, sizeof nip, e.nip);
	page_begin(r, "Usulkan pegawai berprestasi", NAV_PENGHARGAAN);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
		      "class=\"breadcrumb-item\"><a href=\"/penghargaan?periode=%lld\">Penghargaan</a>"
		      "</li><li class=\"breadcrumb-item active\" aria-current=\"page\">Usulan baru</li>"
		      "</ol></nav><h1 class=\"h3\">Usulkan Pegawai Berprestasi</h1><p><strong>%s"
		      "</strong> (NIP %s), %s, %s &mdash; %s.</p>", (long long)p.id, e.name, nip,
	     e.position_name, e.unit_name, p.name);
	if (err && kerr_is_set(err))
		form_error_alert(r, NULL, err);
	html_raw(&r->out, "<form method=\"post\" action=\"/penghargaan/usulan\" class=\"row g-3\" "
			  "data-mw=\"48\">");
	csrf_field(r);
	html(&r->out, "<input type=\"hidden\" name=\"periode\" value=\"%lld\"><input type=\"hidden\" "
		      "name=\"pegawai\" value=\"%lld\">", (long long)p.id, (long long)e.id);
	textarea(r, "alasan", "Alasan usulan (prestasi yang menjadi dasar)", reason, err);
	html(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">"
		      "Ajukan usulan</button> <a class=\"btn btn-link\" href=\"/penghargaan?periode="
		      "%lld\">Batal</a></div></form>", (long long)p.id);
	page_end(r);
	return reply_html(r, status);
}

static int64_t id_param(const char *s)
{
	char *end = NULL;
	long long v = s && *s ? strtoll(s, &end, 10) : 0;
	return v > 0 && end && !*end ? v : 0;
}

/* GET /penghargaan/usulan/baru?periode=&pegawai= */
int page_nomination_new(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	int64_t period_id = id_param(req_query(r, "periode"));
	int64_t employee_id = id_param(req_query(r, "pegawai")), unit = 0;
	if (!period_id || !employee_id)
		return reply_fail(r, KERR_INVALID, "pegawai", "Pilih pegawai dari peringkat unit "
				  "untuk diusulkan");
	if (store_employee_get(r->db, employee_id, &e, &err) ||
	    store_ranking_unit_of(r->db, period_id, employee_id, &unit, &err) ||
	    !rec_may_nominate(r, unit ? unit : e.unit_id, &err))
		return reply_error(r, &err);
	return nominate_form(r, period_id, employee_id, "", NULL, 200);
}

/* POST /penghargaan/usulan (periode, pegawai, alasan) */
int page_nomination_create(struct req *r)
{
	struct kerr err = KERR_INIT;
	int64_t period_id = id_param(req_form(r, "periode"));
	int64_t employee_id = id_param(req_form(r, "pegawai")), id = 0;
	const char *reason = req_form(r, "alasan");
	char to[64];
	if (!period_id || !employee_id)
		return reply_fail(r, KERR_INVALID, "pegawai", "Periode dan pegawai yang diusulkan "
				  "tidak disebutkan");
	if (!rec_nominate(r, period_id, employee_id, reason ? reason : "", &id, &err)) {
		snprintf(to, sizeof to, "/penghargaan/usulan/%lld?pesan=usulan_diajukan",
			 (long long)id);
		return reply_redirect(r, to);
	}
	if (err.code == KERR_INVALID)
		return nominate_form(r, period_id, employee_id, reason, &err, 422);
	return reply_error(r, &err);
}

/* ---- one nomination ---------------------------------------------------------------------- */

static void decision_form(struct req *r, const struct nomination *n, const char *choice,
			  const char *note, const struct kerr *err)
{
	html(&r->out, "<section class=\"card mb-4\" id=\"putusan\"><div class=\"card-body\"><h2 "
		      "class=\"h5\">Putusan</h2>");
	if (err && kerr_is_set(err))
		form_error_alert(r, NULL, err);
	html(&r->out, "<form method=\"post\" action=\"/penghargaan/usulan/%lld/putusan\" "
		      "class=\"row g-3\">", (long long)n->id);
	csrf_field(r);
	html(&r->out, "<input type=\"hidden\" name=\"version\" value=\"%lld\"><fieldset "
		      "class=\"col-12\"><legend class=\"form-label fs-6\">Keputusan</legend>"
		      "<div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" "
		      "name=\"putusan\" id=\"f-setuju\" value=\"disetujui\"%s><label class=\"form-check"
		      "-label\" for=\"f-setuju\">Setujui (piagam dapat dicetak)</label></div><div "
		      "class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" "
		      "name=\"putusan\" id=\"f-tolak\" value=\"ditolak\"%s><label class=\"form-check-"
		      "label\" for=\"f-tolak\">Tolak (alasan wajib diisi)</label></div></fieldset>",
	     (long long)n->version, choice && !strcmp(choice, "disetujui") ? " checked" : "",
	     choice && !strcmp(choice, "ditolak") ? " checked" : "");
	textarea(r, "catatan", "Catatan putusan", note, err);
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">"
			  "Simpan putusan</button></div></form></div></section>");
}

static int nomination_page(struct req *r, int64_t id, const char *choice, const char *note,
			   const struct kerr *err, int status)
{
	struct kerr why = KERR_INIT;
	struct nomination n;
	unsigned roles = 0;
	char when[40], nip[32];
	if (rec_nomination_load(r, id, &n, &roles, &why))
		return reply_error(r, &why);
	nip_display(nip, sizeof nip, n.nip);
	format_time_wib(when, sizeof when, n.nominated_at);
	page_begin(r, "Usulan pegawai berprestasi", NAV_PENGHARGAAN);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
		      "class=\"breadcrumb-item\"><a href=\"/penghargaan?periode=%lld\">Penghargaan</a>"
		      "</li><li class=\"breadcrumb-item active\" aria-current=\"page\">Usulan</li></ol>"
		      "</nav><h1 class=\"h3\">Usulan Pegawai Berprestasi</h1><dl class=\"row\">"
		      "<dt class=\"col-sm-3\">Pegawai</dt><dd class=\"col-sm-9\">%s (NIP %s)<br>%s"
		      "</dd><dt class=\"col-sm-3\">Unit</dt><dd class=\"col-sm-9\">%s</dd>"
		      "<dt class=\"col-sm-3\">Periode</dt><dd class=\"col-sm-9\">%s</dd>"
		      "<dt class=\"col-sm-3\">Peringkat saat diusulkan</dt><dd class=\"col-sm-9\">%s"
		      "</dd><dt class=\"col-sm-3\">Diusulkan</dt><dd class=\"col-sm-9\">%s oleh %s</dd>"
		      "<dt class=\"col-sm-3\">Status</dt><dd class=\"col-sm-9\">",
	     (long long)n.period_id, n.employee_name, nip, n.position_name, n.unit_name,
	     n.period_name, n.rank_text[0] ? n.rank_text : "-", when, n.nominator_name);
	nomination_badge(r, n.state);
	html(&r->out, "</dd></dl><h2 class=\"h5\">Alasan usulan</h2><p data-pre "
		      "data-alasan>%s</p>", n.reason);
	if (n.state != NOM_DIAJUKAN) {
		format_time_wib(when, sizeof when, n.decided_at);
		html(&r->out, "<h2 class=\"h5\">Putusan</h2><p>%s oleh %s (%s), %s.</p><p "
			      "data-pre>%s</p>", nomination_state_label(n.state),
		     n.decider_name, n.decider_position, when, n.note[0] ? n.note : "");
	}
	if (n.state == NOM_DISETUJUI)
		html(&r->out, "<p><a class=\"btn btn-success\" href=\"/penghargaan/usulan/%lld/piagam\">"
			      "Unduh piagam (PDF)</a></p>", (long long)n.id);
	if (n.state == NOM_DIAJUKAN && (roles & NOM_ROLE_DECIDER))
		decision_form(r, &n, choice, note, err);
	nomination_release(&n);
	page_end(r);
	return reply_html(r, status);
}

/* GET /penghargaan/usulan/{id} */
int page_nomination(struct req *r)
{
	return nomination_page(r, r->path_id, NULL, NULL, NULL, 200);
}

/* POST /penghargaan/usulan/{id}/putusan (putusan, catatan, version) */
int page_nomination_decide(struct req *r)
{
	struct kerr err = KERR_INIT;
	const char *choice = req_form(r, "putusan"), *note = req_form(r, "catatan");
	int64_t version = id_param(req_form(r, "version"));
	char to[64];
	if (!rec_decide(r, r->path_id, choice, note ? note : "", version, &err)) {
		snprintf(to, sizeof to, "/penghargaan/usulan/%lld?pesan=usulan_diputus",
			 (long long)r->path_id);
		return reply_redirect(r, to);
	}
	if (err.code == KERR_INVALID)
		return nomination_page(r, r->path_id, choice, note, &err, 422);
	return reply_error(r, &err);
}

/* GET /penghargaan/usulan/{id}/piagam */
int page_nomination_certificate(struct req *r)
{
	return reply_nomination_certificate(r, r->path_id);
}
