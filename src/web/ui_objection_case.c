/*
 * ui_objection_case.c - GET /keberatan/{id}: the whole case of an
 * objection (keberatan): the ratings and predicate as they were at
 * filing, the reasons, the attachments, the explanation asked for and
 * given, and the decision with the new ratings; with the form each person
 * may use now: the employee adds attachments until it is decided, the
 * atasan pejabat penilai asks for the explanation and decides (the three
 * levels as radios for changed ratings), the pejabat penilai explains.
 * And the POSTs of those forms; a refusal of what was typed shows the
 * case again with the message at the form.
 */
#include "web/ui_objection.h"
#include "web/ui.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct case_view {
	struct objection o;
	unsigned roles;
	const struct kerr *err;     /* a refused POST: its message at its form */
	const char *form;           /* which form was refused: "lampiran", ... */
};

static const struct kerr *err_for(const struct case_view *v, const char *form)
{
	return v->err && v->form && !strcmp(v->form, form) ? v->err : NULL;
}

/* What was typed in a refused form, else "". */
static const char *typed(struct req *r, const struct case_view *v, const char *form,
			 const char *name)
{
	const char *t = err_for(v, form) ? req_form(r, name) : NULL;
	return t ? t : "";
}

static void form_open(struct req *r, const struct case_view *v, const char *action,
		      const char *extra)
{
	html(&r->out, "<form method=\"post\" action=\"/keberatan/%lld/%s\" class=\"card card-body "
		      "mb-2\" data-form=\"%s\"%s>", (long long)v->o.id, action, action, extra);
	csrf_field(r);
	html(&r->out, "<input type=\"hidden\" name=\"version\" value=\"%lld\">",
	     (long long)v->o.version);
	if (err_for(v, action))
		alert_box(r, "danger", v->err->msg);
}

static void by_line(struct req *r, const char *who, int64_t at)
{
	char when[40];
	format_time_wib(when, sizeof when, at);
	html(&r->out, "<p class=\"small text-muted mb-2\">%s \xc2\xb7 %s</p>", who, when);
}

/* ---- sections --------------------------------------------------------------------------- */

static void head(struct req *r, const struct case_view *v)
{
	char what[200], filed[40];
	const struct objection *o = &v->o;
	objection_title(o, what, sizeof what);
	format_time_wib(filed, sizeof filed, o->filed_at);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
		      "class=\"breadcrumb-item\"><a href=\"/keberatan\">Keberatan</a></li><li "
		      "class=\"breadcrumb-item active\" aria-current=\"page\">Keberatan #%lld</li>"
		      "</ol></nav><h1 class=\"h3\">Keberatan atas Penilaian Kinerja</h1><p>%s \xc2\xb7 "
		      "%s \xc2\xb7 diajukan %s ", (long long)o->id, o->employee_name, what, filed);
	objection_state_badge(r, o->state);
	if (o->decision != OBJ_UNDECIDED)
		html(&r->out, " <a class=\"btn btn-sm btn-outline-secondary\" href=\"/keberatan/%lld/pdf\" "
			      "download>Unduh PDF keputusan</a>", (long long)o->id);
	html(&r->out, "</p><dl class=\"row\"><dt class=\"col-sm-4\">Pejabat penilai (memberi "
		      "penjelasan)</dt><dd class=\"col-sm-8\">%s</dd><dt class=\"col-sm-4\">Atasan "
		      "pejabat penilai (memutus)</dt><dd class=\"col-sm-8\">%s</dd></dl>",
	     o->assessor_id ? o->assessor_name : "Administrator",
	     o->decider_id ? o->decider_name : "Administrator");
	html(&r->out, "<section class=\"mb-3\" id=\"semula\"><h2 class=\"h5\">Penilaian semula "
		      "</h2><p>Saat keberatan diajukan: ");
	objection_ratings(r, o->orig_hasil, o->orig_perilaku, o->orig_predicate);
	html(&r->out, "</p><p><a href=\"/skp/%lld/penjelasan#riwayat\">Riwayat penilaian dan "
		      "penjelasan predikat</a></p></section><section class=\"mb-3\" id=\"alasan\">"
		      "<h2 class=\"h5\">Alasan keberatan</h2><p class=\"skp-pre\">%s</p></section>",
	     (long long)o->skp_id, o->reasons);
}

static void attachments(struct req *r, const struct case_view *v)
{
	html_raw(&r->out, "<section class=\"mb-3\" id=\"lampiran\"><h2 class=\"h5\">Lampiran</h2>");
	if (!v->o.n_att)
		html_raw(&r->out, "<p class=\"text-muted\">Tidak ada lampiran.</p>");
	else
		html_raw(&r->out, "<ul>");
	for (size_t i = 0; i < v->o.n_att; i++) {
		const struct objection_attachment *a = &v->o.att[i];
		html(&r->out, "<li><a href=\"/keberatan-lampiran/%lld\">%s</a> <span class=\"small "
			      "text-muted\">(%lld bita)</span></li>", (long long)a->id, a->name,
		     (long long)a->size);
	}
	if (v->o.n_att)
		html_raw(&r->out, "</ul>");
	if ((v->roles & OBJ_ROLE_FILER) && v->o.state != OBJ_DIPUTUS) {
		form_open(r, v, "lampiran", " enctype=\"multipart/form-data\"");
		html_raw(&r->out, "<label class=\"form-label\" for=\"f-berkas\">Tambah lampiran (PDF, "
				  "gambar, atau dokumen kantor; paling besar 10 MiB)</label><input "
				  "type=\"file\" class=\"form-control mb-2\" id=\"f-berkas\" "
				  "name=\"berkas\" required><div><button type=\"submit\" class=\"btn "
				  "btn-outline-primary btn-sm\">Unggah</button></div></form>");
	}
	html_raw(&r->out, "</section>");
}

static void explanation(struct req *r, const struct case_view *v)
{
	const struct objection *o = &v->o;
	html_raw(&r->out, "<section class=\"mb-3\" id=\"penjelasan\"><h2 class=\"h5\">Penjelasan "
			  "pejabat penilai</h2>");
	if (o->requested_at) {
		html(&r->out, "<h3 class=\"h6\">Permintaan penjelasan</h3><p class=\"skp-pre mb-1\">"
			      "%s</p>", o->question);
		by_line(r, o->requested_by, o->requested_at);
	} else if ((v->roles & OBJ_ROLE_DECIDER) && o->state == OBJ_DIAJUKAN) {
		form_open(r, v, "minta-penjelasan", "");
		objection_textarea(r, "pertanyaan", o->id, "Hal yang perlu dijelaskan pejabat "
				   "penilai", typed(r, v, "minta-penjelasan", "pertanyaan"), 4,
				   err_for(v, "minta-penjelasan"));
		html_raw(&r->out, "<div><button type=\"submit\" class=\"btn btn-primary\">Minta "
				  "penjelasan</button></div></form>");
	} else {
		html_raw(&r->out, "<p class=\"text-muted\">Atasan pejabat penilai belum meminta "
				  "penjelasan.</p>");
	}
	if (o->explained_at) {
		html(&r->out, "<h3 class=\"h6\">Penjelasan</h3><p class=\"skp-pre mb-1\">%s</p>",
		     o->explanation);
		by_line(r, o->explained_by, o->explained_at);
	} else if ((v->roles & OBJ_ROLE_EXPLAINER) && o->state == OBJ_PENJELASAN_DIMINTA) {
		form_open(r, v, "penjelasan", "");
		objection_textarea(r, "penjelasan", o->id, "Penjelasan Anda", typed(r, v,
				   "penjelasan", "penjelasan"), 5, err_for(v, "penjelasan"));
		html_raw(&r->out, "<div><button type=\"submit\" class=\"btn btn-primary\">Kirim "
				  "penjelasan</button></div></form>");
	} else if (o->requested_at) {
		html_raw(&r->out, "<p class=\"text-muted\">Menunggu penjelasan pejabat penilai.</p>");
	}
	html_raw(&r->out, "</section>");
}

static void rating_radios(struct req *r, const char *name, const char *legend, enum rating now)
{
	html(&r->out, "<fieldset class=\"mb-2\"><legend class=\"h6\">%s</legend>", legend);
	for (int k = RATING__LEVELS - 1; k >= 0; k--) {
		const char *val = rating_name((enum rating)k);
		html(&r->out, "<div class=\"form-check form-check-inline\"><input class=\"form-check-"
			      "input\" type=\"radio\" name=\"%s\" id=\"f-%s-%s\" value=\"%s\"%s><label "
			      "class=\"form-check-label\" for=\"f-%s-%s\">%s</label></div>", name, name,
		     val, val, (int)now == k ? " checked" : "", name, val,
		     rating_label((enum rating)k));
	}
	html_raw(&r->out, "</fieldset>");
}

static void optional_reason(struct req *r, const char *name, const char *label)
{
	html(&r->out, "<div class=\"mb-2\"><label class=\"form-label\" for=\"f-%s\">%s</label>"
		      "<textarea class=\"form-control\" id=\"f-%s\" name=\"%s\" rows=\"3\" "
		      "maxlength=\"%d\"></textarea></div>", name, label, name, name,
	     ASSESS_REASON_MAX);
}

static void decision_form(struct req *r, const struct case_view *v)
{
	const struct objection *o = &v->o;
	form_open(r, v, "putusan", "");
	if (o->state == OBJ_PENJELASAN_DIMINTA)
		html_raw(&r->out, "<div class=\"alert alert-warning\">Pejabat penilai belum memberi "
				  "penjelasan. Sebaiknya putusan diambil setelah kedua pihak "
				  "didengar.</div>");
	html_raw(&r->out, "<fieldset class=\"mb-3\"><legend class=\"h6\">Putusan</legend><div "
			  "class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" "
			  "name=\"putusan\" id=\"f-putusan-tetap\" value=\"tetap\" required><label "
			  "class=\"form-check-label\" for=\"f-putusan-tetap\">Penilaian tetap "
			  "(keberatan tidak diterima)</label></div><div class=\"form-check\"><input "
			  "class=\"form-check-input\" type=\"radio\" name=\"putusan\" "
			  "id=\"f-putusan-diubah\" value=\"diubah\"><label class=\"form-check-label\" "
			  "for=\"f-putusan-diubah\">Penilaian diubah menjadi rating di bawah ini"
			  "</label></div></fieldset><div class=\"border rounded p-2 mb-3\"><p "
			  "class=\"small mb-2\">Hanya bila diubah: pilih rating baru; predikat dihitung "
			  "dari matriks. Rating yang diubah memerlukan alasan.</p>");
	rating_radios(r, "hasil_kerja", "Rating hasil kerja", o->orig_hasil);
	optional_reason(r, "alasan_hasil_kerja", "Alasan rating hasil kerja (bila diubah)");
	rating_radios(r, "perilaku_kerja", "Rating perilaku kerja", o->orig_perilaku);
	optional_reason(r, "alasan_perilaku_kerja", "Alasan rating perilaku kerja (bila diubah)");
	html_raw(&r->out, "</div>");
	objection_textarea(r, "alasan_putusan", o->id, "Alasan putusan (tertulis)",
			   typed(r, v, "putusan", "alasan_putusan"), 5, err_for(v, "putusan"));
	html_raw(&r->out, "<div><button type=\"submit\" class=\"btn btn-danger\">Tetapkan putusan "
			  "(final)</button></div></form>");
}

/* Not decided yet, and not decidable by the caller now: for the one who
 * decides, before the explanation is asked for, the step that comes first. */
static void undecided(struct req *r, const struct case_view *v)
{
	html_raw(&r->out, "<p class=\"text-muted\">Belum diputus.</p>");
	if ((v->roles & OBJ_ROLE_DECIDER) && v->o.state == OBJ_DIAJUKAN)
		html_raw(&r->out, "<p class=\"small\" data-langkah>Langkah berikutnya: minta dahulu "
				  "<a href=\"#penjelasan\">penjelasan pejabat penilai</a>, lalu putuskan "
				  "keberatan ini di sini setelah penjelasannya diterima.</p>");
}

static void decision(struct req *r, const struct case_view *v)
{
	const struct objection *o = &v->o;
	html_raw(&r->out, "<section class=\"mb-3\" id=\"putusan\"><h2 class=\"h5\">Putusan</h2>");
	if (o->state == OBJ_DIPUTUS) {
		html(&r->out, "<p data-putusan=\"%s\"><strong>%s</strong>",
		     objection_decision_name(o->decision), objection_decision_label(o->decision));
		if (o->decision == OBJ_DIUBAH) {
			html_raw(&r->out, " menjadi ");
			objection_ratings(r, o->new_hasil, o->new_perilaku, o->new_predicate);
		}
		html(&r->out, "</p><p class=\"skp-pre mb-1\">%s</p>", o->decision_text);
		by_line(r, o->decided_by, o->decided_at);
		html_raw(&r->out, "<p class=\"small\">Putusan ini final dan tercatat.</p>");
	} else if ((v->roles & OBJ_ROLE_DECIDER) && objection_decidable(o->state)) {
		decision_form(r, v);
	} else {
		undecided(r, v);
	}
	html_raw(&r->out, "</section>");
}

static int case_page(struct req *r, struct case_view *v, int status)
{
	char title[64];
	snprintf(title, sizeof title, "Keberatan #%lld", (long long)v->o.id);
	page_begin(r, title, NAV_KEBERATAN);
	objection_notice(r);
	head(r, v);
	attachments(r, v);
	explanation(r, v);
	decision(r, v);
	page_end(r);
	return reply_html(r, status);
}

/* GET /keberatan/{id} */
int page_objection_case(struct req *r)
{
	struct case_view v;
	struct kerr err = KERR_INIT;
	memset(&v, 0, sizeof v);
	if (objection_load(r, r->path_id, &v.o, &v.roles, &err))
		return reply_error(r, &err);
	case_page(r, &v, 200);
	objection_release(&v.o);
	return 0;
}

/* ---- the forms ---------------------------------------------------------------------------- */

static int64_t form_version(struct req *r, struct strbuf *buf)
{
	const char *s = objection_form(r, "version", buf);
	long long v = s ? strtoll(s, NULL, 10) : 0;
	return v > 0 ? v : 0;
}

/* After a POST: on success to the case with `notice`; a refusal of what
 * was typed shows the case again at `form`; anything else an error page. */
static int post_done(struct req *r, unsigned need, const char *form, const char *notice,
		     int (*act)(struct req *r, struct kerr *err))
{
	struct case_view v;
	struct kerr err = KERR_INIT;
	char to[96];
	memset(&v, 0, sizeof v);
	if (objection_load(r, r->path_id, &v.o, &v.roles, &err))
		return reply_error(r, &err);
	if (objection_may(v.roles, need, &err) && !act(r, &err)) {
		objection_release(&v.o);
		snprintf(to, sizeof to, "/keberatan/%lld?pesan=%s", (long long)r->path_id, notice);
		return reply_redirect(r, to);
	}
	if (err.code == KERR_INVALID || err.code == KERR_TOO_LARGE) {
		v.err = &err;
		v.form = form;
		case_page(r, &v, kerr_http_status(&err));
	} else {
		reply_error(r, &err);
	}
	objection_release(&v.o);
	return 0;
}

static int act_attach(struct req *r, struct kerr *err)
{
	struct actor who = req_actor(r);
	const struct kv *up = objection_upload(r, "berkas");
	int64_t id = 0;
	if (!up || !up->filename[0])
		return kerr_set(err, KERR_INVALID, "berkas", "Pilih berkas lampiran yang akan "
				"diunggah");
	struct objection_file f = { up->filename, up->val, up->len };
	return store_objection_attach(r->db, &who, r->path_id, &f, &id, err);
}

typedef int (*step_fn)(struct db *db, const struct actor *who, int64_t id, const char *text,
		       const char *actor_name, int64_t version, struct kerr *err);

/* Asking for the explanation, or giving it: one text field. */
static int act_step(struct req *r, const char *field, step_fn fn, struct kerr *err)
{
	struct actor who = req_actor(r);
	struct strbuf tb = STRBUF_INIT, vb = STRBUF_INIT;
	char name[300];
	const char *text = objection_form(r, field, &tb);
	caller_display_name(r, name, sizeof name);
	int rc = fn(r->db, &who, r->path_id, text ? text : "", name, form_version(r, &vb), err);
	strbuf_release(&tb);
	strbuf_release(&vb);
	return rc;
}

static int act_ask(struct req *r, struct kerr *err)
{
	return act_step(r, "pertanyaan", store_objection_ask, err);
}

static int act_explain(struct req *r, struct kerr *err)
{
	return act_step(r, "penjelasan", store_objection_explain, err);
}

/* The texts of the decision form, and reading them. */
struct ruling_form {
	struct strbuf text, putusan, hasil, perilaku, rh, rp, version;
};

/* A rating radio (absent: not given). */
static enum rating rating_of_form(const char *v)
{
	enum rating x;
	return v && !rating_parse(v, &x) ? x : RATING__LEVELS;
}

/* A reason textarea (blank: none). */
static const char *reason_of_form(const char *v)
{
	return v && v[strspn(v, " \t\r\n")] ? v : NULL;
}

static int read_ruling(struct req *r, struct ruling_form *f, struct objection_ruling *in,
		       struct kerr *err)
{
	const char *text = objection_form(r, "alasan_putusan", &f->text);
	in->id = r->path_id;
	in->version = form_version(r, &f->version);
	in->text = text ? text : "";
	in->hasil = in->perilaku = RATING__LEVELS;
	if (objection_decision_parse(objection_form(r, "putusan", &f->putusan), &in->decision))
		return kerr_set(err, KERR_INVALID, "putusan", "Pilih putusan: penilaian tetap atau "
				"diubah");
	if (in->decision != OBJ_DIUBAH)
		return 0;   /* with tetap the radios (which start checked) are not read */
	in->hasil = rating_of_form(objection_form(r, "hasil_kerja", &f->hasil));
	in->perilaku = rating_of_form(objection_form(r, "perilaku_kerja", &f->perilaku));
	in->hasil_reason = reason_of_form(objection_form(r, "alasan_hasil_kerja", &f->rh));
	in->perilaku_reason = reason_of_form(objection_form(r, "alasan_perilaku_kerja", &f->rp));
	return 0;
}

static int act_decide(struct req *r, struct kerr *err)
{
	struct actor who = req_actor(r);
	struct ruling_form f = { STRBUF_INIT, STRBUF_INIT, STRBUF_INIT, STRBUF_INIT, STRBUF_INIT,
				 STRBUF_INIT, STRBUF_INIT };
	struct objection_ruling in;
	char name[300];
	memset(&in, 0, sizeof in);
	caller_display_name(r, name, sizeof name);
	in.actor_name = name;
	int rc = read_ruling(r, &f, &in, err);
	if (!rc)
		rc = store_objection_decide(r->db, &who, &in, err);
	struct strbuf *all[] = { &f.text, &f.putusan, &f.hasil, &f.perilaku, &f.rh, &f.rp,
				 &f.version };
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
		strbuf_release(all[i]);
	return rc;
}

/* POST /keberatan/{id}/lampiran (multipart "berkas") */
int page_objection_attach(struct req *r)
{
	return post_done(r, OBJ_ROLE_FILER, "lampiran", "lampiran_ditambah", act_attach);
}

/* POST /keberatan/{id}/minta-penjelasan */
int page_objection_ask(struct req *r)
{
	return post_done(r, OBJ_ROLE_DECIDER, "minta-penjelasan", "penjelasan_diminta", act_ask);
}

/* POST /keberatan/{id}/penjelasan */
int page_objection_explain(struct req *r)
{
	return post_done(r, OBJ_ROLE_EXPLAINER, "penjelasan", "penjelasan_dikirim", act_explain);
}

/* POST /keberatan/{id}/putusan */
int page_objection_decide(struct req *r)
{
	return post_done(r, OBJ_ROLE_DECIDER, "putusan", "keberatan_diputus", act_decide);
}
