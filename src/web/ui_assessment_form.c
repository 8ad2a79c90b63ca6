/*
 * ui_assessment_form.c - one assessment (GET /penilaian/{skp_id}?jenis=
 * periodik&titik=ID | jenis=tahunan): the evidence of the period beside
 * the rating form of the pejabat penilai (the hasil kerja and perilaku
 * kerja ratings, each with its written justification; save as a draft or
 * save and finalise), the computed predicate in the matrix once saved,
 * and for the employee the ditetapkan result with the button that says
 * they have seen it.  The POSTs: saving (POST /penilaian/{id}) and the
 * acknowledgement (POST /penilaian/{id}/diketahui).
 */
#include "web/ui_assessment.h"
#include "web/ui.h"
#include "web/ui_briefing.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct form_view {
	struct assess_ctx c;
	enum assessment_kind kind;
	struct checkpoint cp;            /* periodik */
	struct assessment a;
	int visible;
	struct assessment_event *ev;     /* the SKP's history, once a is ditetapkan */
	size_t nev;
	struct skp_monitor m;
	struct unit_result unit;         /* a head's tahunan: the unit's predicate */
	const char *closed;              /* why it cannot change now, NULL if it can */
	const struct kerr *err;          /* a refused POST, with what was typed */
	int from_form;
};

static void view_release(struct form_view *v)
{
	assessment_release(&v->a);
	assessment_events_free(v->ev, v->nev);
	skp_monitor_release(&v->m);
	assess_ctx_release(&v->c);
}

static const char *closed_reason(const struct form_view *v)
{
	if (strcmp(v->c.s.state, "disetujui"))
		return "SKP ini belum disetujui; penilaian hanya untuk SKP yang sudah disetujui.";
	if (v->c.ps == PERIOD_CLOSED)
		return "Periode sudah ditutup; penilaian tidak dapat diubah lagi (hanya melalui "
		       "keputusan keberatan).";
	if (v->kind == ASSESS_PERIODIK && strcmp(v->cp.state, CHECKPOINT_OPEN))
		return "Titik periksa ini sudah ditutup; penilaiannya tidak dapat diubah lagi (hanya "
		       "melalui keputusan keberatan).";
	return NULL;
}

/* The rest of the view once the SKP is loaded (the checkpoint named, the
 * assessment, the evidence). */
static int load_rest(struct req *r, struct form_view *v, const char *jenis, const char *titik,
		     struct kerr *err)
{
	int64_t cp = 0;
	if (assess_which(jenis, titik, &v->kind, &cp, err))
		return -1;
	if (v->kind == ASSESS_PERIODIK &&
	    (store_checkpoint_get(r->db, cp, &v->cp, err) || !checkpoint_in_skp(&v->cp, &v->c.s))) {
		kerr_clear(err);
		return kerr_set(err, KERR_NOT_FOUND, "titik", "Titik periksa ini bukan bagian dari "
				"periode dan bulan SKP ini");
	}
	int found = store_assessment_get(r->db, v->c.s.id, v->kind, v->cp.id, &v->a, err);
	if (found < 0 || store_skp_monitor(r->db, &v->c.s, &v->m, err))
		return -1;
	if (v->kind == ASSESS_TAHUNAN && v->c.headed_unit &&
	    store_unit_result_get(r->db, v->c.s.period_id, v->c.headed_unit, &v->unit, err))
		return -1;
	v->visible = assess_visible(&v->c, &v->a);
	v->closed = closed_reason(v);
	if (v->visible && v->a.final)
		return store_assessment_events(r->db, v->c.s.id, &v->ev, &v->nev, err);
	return 0;
}

/* Without jenis and titik: the first checkpoint of the SKP still open,
 * else its last one (written to buf as an id). */
static const char *default_titik(struct req *r, const struct skp *s, char *buf, size_t size)
{
	struct kerr err = KERR_INIT;
	struct checkpoint *cps = NULL;
	size_t n = 0;
	int64_t pick = 0;
	if (store_checkpoint_list(r->db, s->period_id, &cps, &n, &err))
		n = 0;
	for (size_t i = 0; i < n; i++)
		if (checkpoint_in_skp(&cps[i], s))
			pick = cps[i].id;
	for (size_t i = 0; i < n; i++)
		if (checkpoint_in_skp(&cps[i], s) && !strcmp(cps[i].state, "terbuka")) {
			pick = cps[i].id;
			break;
		}
	free(cps);
	snprintf(buf, size, "%lld", (long long)pick);
	return buf;
}

/* Loads SKP `id` and the assessment named by the query (or, from_form,
 * the form); replies itself on failure and returns -1. */
static int view_load_or_reply(struct req *r, struct form_view *v, int from_form)
{
	struct kerr err = KERR_INIT;
	memset(v, 0, sizeof *v);
	v->from_form = from_form;
	if (assess_ctx_load(r, r->path_id, &v->c, &err))
		return reply_error(r, &err), -1;
	const char *jenis = from_form ? req_form(r, "jenis") : req_query(r, "jenis");
	const char *titik = from_form ? req_form(r, "titik") : req_query(r, "titik");
	char buf[24];
	if (!from_form && !jenis && !titik)
		titik = default_titik(r, &v->c.s, buf, sizeof buf);
	if (load_rest(r, v, jenis, titik, &err)) {
		view_release(v);
		return reply_error(r, &err), -1;
	}
	return 0;
}

/* "?jenis=periodik&titik=3" or "?jenis=tahunan". */
static void which_query(char *out, size_t size, const struct form_view *v)
{
	if (v->kind == ASSESS_TAHUNAN)
		snprintf(out, size, "jenis=tahunan");
	else
		snprintf(out, size, "jenis=periodik&titik=%lld", (long long)v->cp.id);
}

/* ---- the form ----------------------------------------------------------------------------- */

static const char *rating_name_or(enum rating x)
{
	return (unsigned)x < RATING__LEVELS ? rating_name(x) : "";
}

static void field_error(struct req *r, const struct form_view *v, const char *name)
{
	if (v->err && !strcmp(v->err->field, name))
		html(&r->out, "<div class=\"invalid-feedback d-block\" id=\"err-%s\">%s</div>", name,
		     v->err->msg);
}

static void rating_radios(struct req *r, const struct form_view *v, const char *name,
			  const char *legend, const char *current)
{
	int bad = v->err && !strcmp(v->err->field, name);
	html(&r->out, "<fieldset class=\"mb-2\" id=\"%s\"><legend class=\"h6\">%s</legend>",
	     name, legend);
	for (int k = RATING__LEVELS - 1; k >= 0; k--) {
		const char *val = rating_name((enum rating)k);
		html(&r->out, "<div class=\"form-check form-check-inline\"><input class=\"form-check-input"
			      "%s\" type=\"radio\" name=\"%s\" id=\"f-%s-%s\" value=\"%s\"%s required>"
			      "<label class=\"form-check-label\" for=\"f-%s-%s\">%s</label></div>",
		     bad ? " is-invalid" : "", name, name, val, val,
		     current && !strcmp(current, val) ? " checked" : "", name, val,
		     rating_label((enum rating)k));
	}
	field_error(r, v, name);
	html_raw(&r->out, "</fieldset>");
}

static void reason_area(struct req *r, const struct form_view *v, const char *name,
			const char *label, const char *value)
{
	int bad = v->err && !strcmp(v->err->field, name);
	html(&r->out, "<div class=\"mb-3\"><label class=\"form-label\" for=\"f-%s\">%s</label>"
		      "<textarea class=\"form-control%s\" id=\"f-%s\" name=\"%s\" rows=\"4\" "
		      "maxlength=\"%d\" required>%s</textarea>", name, label, bad ? " is-invalid" : "",
	     name, name, ASSESS_REASON_MAX, value);
	field_error(r, v, name);
	html_raw(&r->out, "</div>");
}

/* The stored value, or what was typed when the POST was refused. */
static const char *value_of(struct req *r, const struct form_view *v, const char *name,
			    const char *stored)
{
	const char *t = v->from_form ? req_form(r, name) : NULL;
	return t ? t : stored;
}

static void head_note(struct req *r, const struct form_view *v)
{
	if (v->unit.set)
		html(&r->out, "<div class=\"alert alert-info\">Pegawai ini kepala unit: rating hasil "
			      "kerjanya mengikuti predikat unit kerjanya, <strong>%s</strong> "
			      "(%s). Anda hanya menilai perilaku kerja.</div>",
		     unit_predicate_label(v->unit.predicate),
		     rating_label(rating_of_unit_predicate(v->unit.predicate)));
	else
		html_raw(&r->out, "<div class=\"alert alert-warning\">Pegawai ini kepala unit: rating "
				  "hasil kerjanya mengikuti predikat unit kerjanya, yang belum "
				  "ditetapkan pimpinan. Penilaian dapat disimpan sebagai draf, tetapi "
				  "baru dapat ditetapkan setelah predikat unit ditetapkan.</div>");
	field_error(r, v, "hasil_kerja");
}

static void rating_form(struct req *r, const struct form_view *v)
{
	int head = v->kind == ASSESS_TAHUNAN && v->c.headed_unit;
	html(&r->out, "<form method=\"post\" action=\"/penilaian/%lld\" id=\"form-penilaian\">",
	     (long long)v->c.s.id);
	csrf_field(r);
	html(&r->out, "<input type=\"hidden\" name=\"jenis\" value=\"%s\"><input type=\"hidden\" "
		      "name=\"titik\" value=\"%lld\"><input type=\"hidden\" name=\"version\" "
		      "value=\"%lld\">", assessment_kind_name(v->kind), (long long)v->cp.id,
	     (long long)(v->visible ? v->a.version : 0));
	if (head)
		head_note(r, v);
	else {
		rating_radios(r, v, "hasil_kerja", "Rating hasil kerja",
			      value_of(r, v, "hasil_kerja", rating_name_or(v->a.hasil)));
		reason_area(r, v, "alasan_hasil_kerja", "Alasan rating hasil kerja (wajib)",
			    value_of(r, v, "alasan_hasil_kerja", v->a.hasil_reason));
	}
	rating_radios(r, v, "perilaku_kerja", "Rating perilaku kerja",
		      value_of(r, v, "perilaku_kerja", rating_name_or(v->a.perilaku)));
	reason_area(r, v, "alasan_perilaku_kerja", "Alasan rating perilaku kerja (wajib)",
		    value_of(r, v, "alasan_perilaku_kerja", v->a.perilaku_reason));
	html_raw(&r->out, "<p class=\"small text-muted\">Predikat tidak diisi: predikat dihitung "
			  "dari kedua rating menurut matriks predikat.</p><div class=\"d-flex "
			  "flex-wrap gap-2\">");
	if (!v->a.final)
		html_raw(&r->out, "<button type=\"submit\" name=\"aksi\" value=\"simpan\" class=\"btn "
				  "btn-outline-primary\">Simpan draf</button>");
	html(&r->out, "<button type=\"submit\" name=\"aksi\" value=\"tetapkan\" class=\"btn "
		      "btn-primary\">%s</button></div></form>",
	     v->a.final ? "Simpan perubahan (tetap ditetapkan)" : "Simpan dan tetapkan");
}

/* ---- the page ------------------------------------------------------------------------------- */

static void evidence_column(struct req *r, const struct form_view *v)
{
	int64_t only = v->kind == ASSESS_PERIODIK ? v->cp.id : 0;
	html_raw(&r->out, "<section class=\"col-lg-5\" aria-labelledby=\"bukti-judul\">"
			  "<h2 class=\"h5\" id=\"bukti-judul\">Bukti kinerja</h2>");
	assess_achievements(r, &v->c.s, &v->m, only);
	html(&r->out, "<p class=\"small\"><a href=\"/skp/%lld/realisasi\">Realisasi dan bukti "
		      "dukung</a></p><h3 class=\"h6\">Umpan balik berkelanjutan</h3>",
	     (long long)v->c.s.id);
	assess_feedback(r, v->c.s.id);
	html_raw(&r->out, "<h3 class=\"h6 mt-3\">Umpan balik 360 derajat</h3>");
	assess_360(r, &v->c, &v->m, only);
	html_raw(&r->out, "</section>");
}

/* The saved result: ratings, justifications, the predicate in the matrix. */
static void result_part(struct req *r, const struct form_view *v)
{
	html(&r->out, "<h3 class=\"h6\">%s</h3>", v->a.final ? "Hasil penilaian" :
	     "Draf tersimpan (belum terlihat oleh pegawai)");
	assess_ratings_block(r, &v->a, assess_decision_of(v->ev, v->nev, v->a.id));
	assess_matrix(r, v->a.hasil, v->a.perilaku, "matriks");
}

static void owner_ack(struct req *r, const struct form_view *v)
{
	if (v->a.acknowledged_at)
		return;
	html(&r->out, "<form method=\"post\" action=\"/penilaian/%lld/diketahui\" "
		      "id=\"form-diketahui\">", (long long)v->c.s.id);
	csrf_field(r);
	html(&r->out, "<input type=\"hidden\" name=\"jenis\" value=\"%s\"><input type=\"hidden\" "
		      "name=\"titik\" value=\"%lld\"><button type=\"submit\" class=\"btn "
		      "btn-success\">Saya sudah mengetahui penilaian ini</button></form>",
	     assessment_kind_name(v->kind), (long long)v->cp.id);
}

static void rating_column(struct req *r, const struct form_view *v)
{
	html(&r->out, "<section class=\"col-lg-7\" aria-labelledby=\"nilai-judul\"><h2 "
		      "class=\"h5\" id=\"nilai-judul\">Penilaian</h2><p>Status: <strong>%s"
		      "</strong></p>", assess_status_text(&v->a, v->visible));
	if (v->err)
		html(&r->out, "<div class=\"alert alert-danger\" role=\"alert\">Penilaian belum "
			      "disimpan: %s</div>", v->err->msg);
	if (v->closed)
		alert_box(r, "secondary", v->closed);
	if (v->visible)
		result_part(r, v);
	else
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada penilaian yang ditetapkan.</p>");
	if (v->c.role == SKP_ROLE_ASSESSOR && !v->closed) {
		html(&r->out, "<h3 class=\"h6 mt-3\">%s</h3>", v->visible ? "Ubah penilaian" :
		     "Isi penilaian");
		rating_form(r, v);
	}
	if (v->c.role == SKP_ROLE_OWNER && v->visible && v->a.final)
		owner_ack(r, v);
	html(&r->out, "<p class=\"mt-3\"><a href=\"/skp/%lld/penjelasan\">Penjelasan predikat "
		      "langkah demi langkah</a></p></section>", (long long)v->c.s.id);
}

static int view_reply(struct req *r, struct form_view *v, int status)
{
	struct strbuf title = STRBUF_INIT;
	char base[48];
	strbuf_addf(&title, "Penilaian %s", v->c.owner.name);
	page_begin(r, title.buf, NAV_PENILAIAN);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
		      "class=\"breadcrumb-item\"><a href=\"/penilaian?periode=%lld\">Penilaian</a></li>"
		      "<li class=\"breadcrumb-item\"><a href=\"/skp/%lld\">SKP %s</a></li></ol></nav>"
		      "<h1 class=\"h3 mb-0\">%s%s%s</h1><p class=\"text-muted\">%s \xc2\xb7 %s \xc2\xb7 "
		      "%s</p>", (long long)v->c.p.id, (long long)v->c.s.id, v->c.owner.name,
	     assessment_kind_label(v->kind), v->kind == ASSESS_PERIODIK ? ": " : "",
	     v->kind == ASSESS_PERIODIK ? v->cp.name : "", v->c.owner.name,
	     v->c.owner.position_name, v->c.p.name);
	snprintf(base, sizeof base, "/penilaian/%lld?", (long long)v->c.s.id);
	assess_kind_pills(r, base, v->m.cp, v->m.n_cp, v->kind, v->cp.id);
	briefing_criteria_link(r);
	html_raw(&r->out, "<div class=\"row g-4\">");
	evidence_column(r, v);
	rating_column(r, v);
	html_raw(&r->out, "</div>");
	page_end(r);
	strbuf_release(&title);
	return reply_html(r, status);
}

/* GET /penilaian/{skp_id}?jenis=periodik&titik=ID | jenis=tahunan */
int page_assessment_form(struct req *r)
{
	struct form_view v;
	if (view_load_or_reply(r, &v, 0))
		return 0;
	view_reply(r, &v, 200);
	view_release(&v);
	return 0;
}

/* ---- the POSTs ----------------------------------------------------------------------------- */

/* A rating from the form: "" is none; anything else not a level is refused. */
static int form_rating(struct req *r, const char *name, enum rating *out, struct kerr *err)
{
	const char *s = req_form(r, name);
	*out = RATING__LEVELS;
	if (!s || !*s)
		return 0;
	if (rating_parse(s, out))
		return kerr_set(err, KERR_INVALID, name, "Rating harus Di Bawah, Sesuai, atau Di Atas "
				"Ekspektasi");
	return 0;
}

static int save(struct req *r, struct form_view *v, struct kerr *err)
{
	struct actor who = req_actor(r);
	struct assessment_input in;
	const char *ver = req_form(r, "version"), *aksi = req_form(r, "aksi");
	int64_t id = 0;
	memset(&in, 0, sizeof in);
	in.skp_id = v->c.s.id;
	in.kind = v->kind;
	in.checkpoint_id = v->cp.id;
	in.version = ver ? strtoll(ver, NULL, 10) : -1;
	in.finalise = aksi && !strcmp(aksi, "tetapkan");
	in.hasil_reason = req_form(r, "alasan_hasil_kerja");
	in.perilaku_reason = req_form(r, "alasan_perilaku_kerja");
	in.assessor_id = r->who.employee_id;
	in.assessor_name = v->c.caller_name;
	if (form_rating(r, "hasil_kerja", &in.hasil, err) ||
	    form_rating(r, "perilaku_kerja", &in.perilaku, err))
		return -1;
	return store_assessment_save(r->db, &who, &in, &id, err);
}

/* 303 back to the assessment with a notice. */
static int done(struct req *r, struct form_view *v, const char *notice)
{
	char q[64], loc[160];
	which_query(q, sizeof q, v);
	snprintf(loc, sizeof loc, "/penilaian/%lld?%s&pesan=%s", (long long)v->c.s.id, q, notice);
	reply_redirect(r, loc);
	view_release(v);
	return 0;
}

/* POST /penilaian/{skp_id}: jenis, titik, hasil_kerja, alasan_hasil_kerja,
 * perilaku_kerja, alasan_perilaku_kerja, version, aksi (simpan|tetapkan). */
int page_assessment_save(struct req *r)
{
	struct form_view v;
	struct kerr err = KERR_INIT;
	if (view_load_or_reply(r, &v, 1))
		return 0;
	if (!assess_may_rate(&v.c, &err) ||
	    (kvlist_find(&r->form, "predikat") &&
	     kerr_set(&err, KERR_INVALID, "predikat", "Predikat tidak diisi: predikat dihitung dari "
		      "rating hasil kerja dan perilaku kerja"))) {
		view_release(&v);
		reply_error(r, &err);
		if (!strcmp(err.field, "predikat"))
			r->status = 400;
		return 0;
	}
	if (!save(r, &v, &err)) {
		const char *aksi = req_form(r, "aksi");
		return done(r, &v, aksi && !strcmp(aksi, "tetapkan") ? "penilaian_ditetapkan"
								     : "penilaian_disimpan");
	}
	if (err.code == KERR_INVALID || err.code == KERR_CONFLICT) {
		v.err = &err;
		view_reply(r, &v, kerr_http_status(&err));
	} else {
		reply_error(r, &err);
	}
	view_release(&v);
	return 0;
}

/* POST /penilaian/{skp_id}/diketahui: jenis, titik (the employee). */
int page_assessment_ack(struct req *r)
{
	struct form_view v;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	if (view_load_or_reply(r, &v, 1))
		return 0;
	if (!assess_may_acknowledge(&v.c, &err) ||
	    store_assessment_acknowledge(r->db, &who, v.c.s.id, v.kind, v.cp.id, v.c.caller_name,
					 &err)) {
		view_release(&v);
		return reply_error(r, &err);
	}
	return done(r, &v, "penilaian_diketahui");
}
