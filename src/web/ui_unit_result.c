/*
 * ui_unit_result.c - one unit's predicate and distribution curve:
 * GET /predikat-unit/{unit_id} (the predicate form, the curve table with
 * the deviations, and the reason form when the spread deviates) and the
 * POSTs that set the predicate and the reason; and the links to the
 * curve's bases that the overview (ui_unit_overview.c) shares.  The period
 * is ?periode=ID (default the current one); the GETs take the curve's
 * basis as ?jenis=tahunan or ?titik=ID (a checkpoint's periodik
 * predicates, a provisional spread during the year), by default the
 * latest one with final predicates.
 */
#include "web/ui_assessment.h"
#include "web/ui_calibration.h"
#include "web/ui.h"
#include "web/ui_skp.h"
#include "http/auth.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the curve's basis (shared with ui_unit_overview.c) ---------------------------------- */

/* The query naming a basis: "jenis=tahunan" or "titik=ID". */
void unit_basis_query(char *buf, size_t size, int64_t basis)
{
	if (basis)
		snprintf(buf, size, "titik=%lld", (long long)basis);
	else
		snprintf(buf, size, "jenis=tahunan");
}

/* Links to the curve on each basis (every checkpoint and the tahunan
 * predicates; `base` ends in "?...&"), and for a checkpoint the words
 * saying its spread is provisional. */
void unit_basis_pills(struct req *r, const char *base, const struct period *p, int64_t basis)
{
	struct checkpoint *cps = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	if (store_checkpoint_list(r->db, p->id, &cps, &n, &err)) {
		free(cps);
		return;
	}
	html_raw(&r->out, "<p class=\"small mb-1\">Dasar kurva (predikat yang dihitung):</p>");
	assess_kind_pills(r, base, cps, n, basis ? ASSESS_PERIODIK : ASSESS_TAHUNAN, basis);
	for (size_t i = 0; i < n; i++)
		if (cps[i].id == basis)
			html(&r->out, "<div class=\"alert alert-info\" role=\"note\" data-dasar=\""
				      "periodik\"><strong>Sebaran sementara</strong> menurut predikat "
				      "penilaian periodik %s. Kurva yang mengikat dihitung dari penilaian "
				      "tahunan; alasan penyimpangan dicatat pada kurva tahunan.</div>",
			     cps[i].name);
	free(cps);
}

/* ---- one unit -------------------------------------------------------------------------------- */

struct unit_view {
	struct period p;
	struct unit_curve c;
	int may_set;              /* the caller sets it, and the period is not closed */
	const struct kerr *err;   /* a refused POST */
	const char *failed;       /* "predikat" or "alasan" */
};

static void predicate_form(struct req *r, const struct unit_view *v)
{
	const char *typed = v->failed && !strcmp(v->failed, "predikat") ? req_form(r, "predikat") : NULL;
	const char *cur = typed ? typed : v->c.result.set ? unit_predicate_name(v->c.result.predicate) : "";
	char query[40];
	unit_basis_query(query, sizeof query, v->c.basis_checkpoint);
	html(&r->out, "<form method=\"post\" action=\"/predikat-unit/%lld?periode=%lld&%s\" "
		      "id=\"form-predikat\" class=\"mb-4\">", (long long)v->c.unit.id,
	     (long long)v->p.id, query);
	csrf_field(r);
	html(&r->out, "<input type=\"hidden\" name=\"version\" value=\"%lld\"><div class=\"row g-2 "
		      "align-items-end\"><div class=\"col-md-4\"><label class=\"form-label\" "
		      "for=\"f-predikat\">Predikat unit</label><select class=\"form-select\" "
		      "id=\"f-predikat\" name=\"predikat\" required><option value=\"\">Pilih"
		      "\xe2\x80\xa6</option>", (long long)v->c.result.version);
	for (int i = 0; i < UNIT_PRED__COUNT; i++)
		html(&r->out, "<option value=\"%s\"%s>%s</option>", unit_predicate_name((enum unit_predicate)i),
		     !strcmp(cur, unit_predicate_name((enum unit_predicate)i)) ? " selected" : "",
		     unit_predicate_label((enum unit_predicate)i));
	html(&r->out, "</select></div><div class=\"col-md-6\"><label class=\"form-label\" "
		      "for=\"f-catatan\">Catatan (tidak wajib)</label><input class=\"form-control\" "
		      "id=\"f-catatan\" name=\"catatan\" maxlength=\"%d\" value=\"%s\"></div><div "
		      "class=\"col-md-2\"><button class=\"btn btn-primary w-100\" type=\"submit\">"
		      "Simpan</button></div></div></form>", UNIT_NOTE_MAX, v->c.result.note);
}

static void reason_form(struct req *r, const struct unit_view *v)
{
	const char *typed = v->failed && !strcmp(v->failed, "alasan") ? req_form(r, "alasan") : NULL;
	html(&r->out, "<form method=\"post\" action=\"/predikat-unit/%lld/alasan?periode=%lld"
		      "&jenis=tahunan\" id=\"form-alasan\"><h3 class=\"h6\">Alasan penyimpangan%s</h3>",
	     (long long)v->c.unit.id, (long long)v->p.id,
	     v->c.reason_current ? " (sudah ada; dapat diperbarui)" : " (wajib sebelum periode ditutup)");
	csrf_field(r);
	html(&r->out, "<label class=\"form-label visually-hidden\" for=\"f-alasan\">Alasan</label>"
		      "<textarea class=\"form-control mb-2\" id=\"f-alasan\" name=\"alasan\" rows=\"3\" "
		      "maxlength=\"%d\" required>%s</textarea><button class=\"btn btn-primary\" "
		      "type=\"submit\">Simpan alasan</button></form>", ASSESS_REASON_MAX,
	     typed ? typed : v->c.reason_current ? v->c.reason : "");
}

static int unit_reply(struct req *r, struct unit_view *v, int status)
{
	char base[96];
	page_begin(r, v->c.unit.name, NAV_PENILAIAN);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li class="
		      "\"breadcrumb-item\"><a href=\"/predikat-unit?periode=%lld\">Predikat unit</a>"
		      "</li></ol></nav><h1 class=\"h3 mb-0\">%s</h1><p class=\"text-muted\">%s</p>",
	     (long long)v->p.id, v->c.unit.name, v->p.name);
	if (v->err)
		html(&r->out, "<div class=\"alert alert-danger\" role=\"alert\">Belum disimpan: %s</div>",
		     v->err->msg);
	if (v->c.result.set)
		html(&r->out, "<p class=\"small text-muted\">Ditetapkan oleh %s; kepala unit menerima "
			      "predikat unit sebagai rating hasil kerjanya: %s</p>",
		     v->c.result.set_by_name, rating_label(rating_of_unit_predicate(v->c.result.predicate)));
	if (v->may_set)
		predicate_form(r, v);
	else if (!strcmp(v->p.state, "ditutup"))
		alert_box(r, "secondary", "Periode sudah ditutup; predikat unit dan alasan kurva tidak "
			  "dapat diubah lagi.");
	html_raw(&r->out, "<section aria-labelledby=\"kurva-judul\"><h2 class=\"h5\" "
			  "id=\"kurva-judul\">Kurva distribusi</h2>");
	snprintf(base, sizeof base, "/predikat-unit/%lld?periode=%lld&", (long long)v->c.unit.id,
		 (long long)v->p.id);
	unit_basis_pills(r, base, &v->p, v->c.basis_checkpoint);
	assess_curve_table(r, &v->c, 1);
	if (v->may_set && v->c.n_dev && !v->c.basis_checkpoint)
		reason_form(r, v);
	calibration_link(r, v->p.id, v->c.unit.id, v->c.basis_checkpoint);
	html_raw(&r->out, "</section>");
	page_end(r);
	return reply_html(r, status);
}

/* Loads the unit's page for a reader; replies itself and returns -1 on failure. */
static int unit_load_or_reply(struct req *r, struct unit_view *v)
{
	struct kerr err = KERR_INIT;
	int64_t basis = 0;
	memset(v, 0, sizeof *v);
	if (!unit_may_read(r, r->path_id, &err))
		return reply_error(r, &err), -1;
	if (skp_period_pick_or_reply(r, &v->p))
		return -1;
	if (curve_basis_of_query(r, v->p.id, &basis, &err))
		return reply_error(r, &err), -1;
	if (store_unit_curve_at(r->db, v->p.id, r->path_id, basis, &v->c, &err)) {
		unit_curve_release(&v->c);
		return reply_error(r, &err), -1;
	}
	v->may_set = strcmp(v->p.state, "ditutup") && unit_may_set(r, r->path_id, NULL);
	return 0;
}

/* GET /predikat-unit/{unit_id}?periode=ID */
int page_unit_result(struct req *r)
{
	struct unit_view v;
	if (unit_load_or_reply(r, &v))
		return 0;
	unit_reply(r, &v, 200);
	unit_curve_release(&v.c);
	return 0;
}

/* Ends a POST: 303 back with a notice, or the page again with the error. */
static int post_done(struct req *r, struct unit_view *v, const char *failed, struct kerr *err,
		     const char *notice)
{
	char loc[160], query[40];
	if (!kerr_is_set(err)) {
		unit_basis_query(query, sizeof query, v->c.basis_checkpoint);
		snprintf(loc, sizeof loc, "/predikat-unit/%lld?periode=%lld&%s&pesan=%s",
			 (long long)v->c.unit.id, (long long)v->p.id, query, notice);
		reply_redirect(r, loc);
	} else if (err->code == KERR_INVALID || err->code == KERR_CONFLICT) {
		v->err = err;
		v->failed = failed;
		unit_reply(r, v, kerr_http_status(err));
	} else {
		reply_error(r, err);
	}
	unit_curve_release(&v->c);
	return 0;
}

/* POST /predikat-unit/{unit_id}?periode=ID: predikat, catatan, version */
int page_unit_result_set(struct req *r)
{
	struct unit_view v;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	enum unit_predicate up = UNIT_PRED__COUNT;
	char name[300];
	const char *pred = req_form(r, "predikat"), *ver = req_form(r, "version");
	if (unit_load_or_reply(r, &v))
		return 0;
	if (!unit_may_set(r, r->path_id, &err)) {
		unit_curve_release(&v.c);
		return reply_error(r, &err);
	}
	caller_display_name(r, name, sizeof name);
	if (!pred || unit_predicate_parse(pred, &up))
		kerr_set(&err, KERR_INVALID, "predikat", "Pilih predikat unit");
	else
		store_unit_result_set(r->db, &who, v.p.id, r->path_id, up, req_form(r, "catatan"),
				      ver ? strtoll(ver, NULL, 10) : -1, name, &err);
	return post_done(r, &v, "predikat", &err, "predikat_unit_disimpan");
}

/* POST /predikat-unit/{unit_id}/alasan?periode=ID: alasan */
int page_unit_reason(struct req *r)
{
	struct unit_view v;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	char name[300];
	if (unit_load_or_reply(r, &v))
		return 0;
	if (!unit_may_set(r, r->path_id, &err)) {
		unit_curve_release(&v.c);
		return reply_error(r, &err);
	}
	caller_display_name(r, name, sizeof name);
	store_curve_reason_set(r->db, &who, v.p.id, r->path_id, req_form(r, "alasan"), name, &err);
	return post_done(r, &v, "alasan", &err, "alasan_disimpan");
}
