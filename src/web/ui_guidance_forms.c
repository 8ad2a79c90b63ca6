/*
 * ui_guidance_forms.c - the pages of guidance sessions and of the
 * development plan: recording a session (/pembinaan/sesi/baru), one
 * session with its edit form (who leads the employee), the employee's
 * response form and deletion; adding a development item
 * (/pembinaan/pengembangan/baru), one item with its edit form and
 * deletion.  A refused form comes back with what was typed and the field
 * named; other refusals are error pages.
 */
#include "web/ui_guidance.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "domain/objection.h"
#include "http/html.h"
#include "http/request.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEXT_BUF (GUIDANCE_TEXT_MAX * 4 + 1)
#define TOPIC_BUF (GUIDANCE_TOPIC_MAX * 4 + 1)

/* The employee a form is for (?pegawai= or the form field), with the
 * caller's roles; 0, or -1 with err. */
static int form_employee(struct req *r, const char *value, struct employee *e, unsigned *roles,
			 struct kerr *err)
{
	long long id = 0;
	if (!value || parse_whole_in(value, 1, INT64_MAX, &id) < 0)
		return kerr_set(err, KERR_INVALID, "pegawai", "Pegawai tidak disebutkan");
	if (guidance_roles_check(r, id, roles, err) || store_employee_get(r->db, id, e, err))
		return -1;
	return 0;
}

static void person_name(const struct employee *e, char *out, size_t size)
{
	struct strbuf sb = STRBUF_INIT;
	employee_display_name(&sb, e);
	copy_str(out, size, sb.buf);
	strbuf_release(&sb);
}

/* ---- the session form ------------------------------------------------------------------- */

struct session_vals {
	char kind[32], held_on[32], follow_up[32], topic[TOPIC_BUF], actions[TEXT_BUF];
};

static void session_vals_read(struct req *r, struct session_vals *v, struct kerr *err)
{
	form_read(r, "jenis", v->kind, sizeof v->kind, err);
	form_read(r, "tanggal", v->held_on, sizeof v->held_on, err);
	form_read(r, "topik", v->topic, sizeof v->topic, err);
	form_read(r, "kesepakatan", v->actions, sizeof v->actions, err);
	form_read(r, "tanggal_tindak_lanjut", v->follow_up, sizeof v->follow_up, err);
}

static void session_fields(struct req *r, const struct session_vals *v, const struct kerr *err)
{
	form_select_open(r, "jenis", "Jenis sesi", "col-sm-6", err);
	for (int k = 0; k < SESSION__KINDS; k++)
		form_option(r, session_kind_name((enum session_kind)k),
			    session_kind_label((enum session_kind)k), v->kind);
	html_raw(&r->out, "</select>");
	form_close(r, "jenis", err);
	form_text(r, "tanggal", "Tanggal sesi", "date", v->held_on, "col-sm-6", " required", err);
	form_text(r, "topik", "Topik", "text", v->topic, "col-12", " required maxlength=\"300\"", err);
	guidance_textarea(r, "kesepakatan", "Tindakan yang disepakati", v->actions, 4, "col-12", err);
	form_text(r, "tanggal_tindak_lanjut", "Tanggal tindak lanjut (boleh kosong)", "date",
		  v->follow_up, "col-sm-6", "", err);
}

static void session_form(struct req *r, const char *action, int64_t employee_id,
			 int64_t version, const struct session_vals *v, const struct kerr *err,
			 const char *button)
{
	html(&r->out, "<form method=\"post\" action=\"%s\" class=\"row g-3 mb-4\" "
		      "data-mw=\"48\">", action);
	csrf_field(r);
	if (employee_id)
		html(&r->out, "<input type=\"hidden\" name=\"pegawai\" value=\"%lld\">",
		     (long long)employee_id);
	if (version)
		html(&r->out, "<input type=\"hidden\" name=\"version\" value=\"%lld\">",
		     (long long)version);
	session_fields(r, v, err);
	html(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">%s"
		      "</button></div></form>", button);
}

static int session_new_page(struct req *r, const struct employee *e, const struct session_vals *v,
			    const struct kerr *err)
{
	char name[300];
	person_name(e, name, sizeof name);
	page_begin(r, "Catat sesi pembinaan", NAV_PEMBINAAN);
	guidance_crumbs(r, e->id, name, "Catat sesi");
	html(&r->out, "<h1 class=\"h3\">Catat Sesi Pembinaan</h1><p>Pegawai: <strong>%s</strong> "
		      "(NIP %s). Pegawai dapat membaca dan menanggapi catatan ini.</p>", name, e->nip);
	if (err)
		form_error_alert(r, NULL, err);
	session_form(r, "/pembinaan/sesi", e->id, 0, v, err, "Simpan sesi");
	page_end(r);
	return reply_html(r, err ? kerr_http_status(err) : 200);
}

/* GET /pembinaan/sesi/baru?pegawai=ID */
int page_session_new(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	unsigned roles = 0;
	struct session_vals *v = xcalloc(1, sizeof *v);
	int rc = form_employee(r, req_query(r, "pegawai"), &e, &roles, &err);
	if (!rc && !guidance_may(roles, GUIDE_LEAD, "mencatat sesi pembinaan", &err))
		rc = -1;
	if (!rc) {
		copy_str(v->kind, sizeof v->kind, "dialog_kinerja");
		gdate_format(wib_day(now_unix()), v->held_on);
		session_new_page(r, &e, v, NULL);
	}
	free(v);
	return rc ? reply_error(r, &err) : 0;
}

/* POST /pembinaan/sesi */
int page_session_create(struct req *r)
{
	struct kerr err = KERR_INIT, form = KERR_INIT;
	struct employee e;
	struct actor who = req_actor(r);
	unsigned roles = 0;
	int64_t id = 0;
	char name[300], to[64];
	if (form_employee(r, req_form(r, "pegawai"), &e, &roles, &err) ||
	    !guidance_may(roles, GUIDE_LEAD, "mencatat sesi pembinaan", &err))
		return reply_error(r, &err);
	struct session_vals *v = xcalloc(1, sizeof *v);
	session_vals_read(r, v, &form);
	guidance_caller_name(r, name, sizeof name);
	struct session_input in = { e.id, v->kind, v->held_on, v->topic, v->actions, v->follow_up,
				    r->who.employee_id, name, 0 };
	if (!kerr_is_set(&form))
		store_guidance_session_create(r->db, &who, &in, &id, &form);
	if (!kerr_is_set(&form)) {
		snprintf(to, sizeof to, "/pembinaan/sesi/%lld?pesan=sesi_dicatat", (long long)id);
		reply_redirect(r, to);
	} else if (form.code == KERR_INVALID) {
		session_new_page(r, &e, v, &form);
	} else {
		reply_error(r, &form);
	}
	free(v);
	return 0;
}

/* ---- one session ------------------------------------------------------------------------------- */

static void session_view(struct req *r, const struct guidance_session *s)
{
	char when[40];
	html(&r->out, "<dl class=\"row\" id=\"sesi-isi\"><dt class=\"col-sm-3\">Jenis</dt><dd "
		      "class=\"col-sm-9\">%s</dd><dt class=\"col-sm-3\">Tanggal</dt><dd "
		      "class=\"col-sm-9\">%s</dd><dt class=\"col-sm-3\">Dipimpin oleh</dt><dd "
		      "class=\"col-sm-9\">%s</dd><dt class=\"col-sm-3\">Topik</dt><dd "
		      "class=\"col-sm-9\">%s</dd><dt class=\"col-sm-3\">Tindakan yang disepakati</dt>"
		      "<dd class=\"col-sm-9\" data-pre>%s</dd><dt "
		      "class=\"col-sm-3\">Tanggal tindak lanjut</dt><dd class=\"col-sm-9\">%s</dd>"
		      "<dt class=\"col-sm-3\">Tanggapan pegawai</dt><dd class=\"col-sm-9\" "
		      "data-pre>%s", session_kind_label(s->kind), s->held_on,
	     s->led_by_name[0] ? s->led_by_name : "Administrator", s->topic,
	     s->actions[0] ? s->actions : "-", s->follow_up_on[0] ? s->follow_up_on : "-",
	     s->response[0] ? s->response : "Belum ada tanggapan.");
	if (s->response_at) {
		format_time_wib(when, sizeof when, s->response_at);
		html(&r->out, " <span class=\"small text-muted\">(%s)</span>", when);
	}
	html_raw(&r->out, "</dd></dl>");
}

static void respond_form(struct req *r, const struct guidance_session *s, const char *text,
			 const struct kerr *err)
{
	html(&r->out, "<h2 class=\"h5\">Tanggapan saya</h2><form method=\"post\" "
		      "action=\"/pembinaan/sesi/%lld/tanggapan\" class=\"row g-3 mb-4\" "
		      "data-mw=\"48\"><input type=\"hidden\" name=\"version\" "
		      "value=\"%lld\">", (long long)s->id, (long long)s->version);
	csrf_field(r);
	guidance_textarea(r, "tanggapan", "Tanggapan atau catatan Anda atas sesi ini", text, 4,
			  "col-12", err);
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">"
			  "Simpan tanggapan</button></div></form>");
}

static void delete_form(struct req *r, const char *action, int64_t version, const char *what)
{
	html(&r->out, "<form method=\"post\" action=\"%s\" class=\"mb-4\"><input type=\"hidden\" "
		      "name=\"version\" value=\"%lld\">", action, (long long)version);
	csrf_field(r);
	html(&r->out, "<button type=\"submit\" class=\"btn btn-outline-danger btn-sm\">Hapus %s"
		      "</button></form>", what);
}

/* The page of session s; `v`/`text` refill a refused edit or response. */
static int session_page(struct req *r, const struct guidance_session *s, unsigned roles,
			const struct session_vals *v, const char *text, const struct kerr *err)
{
	char action[64];
	page_begin(r, "Sesi pembinaan", NAV_PEMBINAAN);
	guidance_crumbs(r, s->employee_id, s->employee_name, "Sesi");
	html(&r->out, "<h1 class=\"h3\">%s: %s</h1>", session_kind_label(s->kind), s->employee_name);
	if (err)
		form_error_alert(r, NULL, err);
	session_view(r, s);
	if (roles & GUIDE_SELF)
		respond_form(r, s, text ? text : s->response, text ? err : NULL);
	if (roles & GUIDE_LEAD) {
		struct session_vals *cur = xcalloc(1, sizeof *cur);
		if (!v) {
			copy_str(cur->kind, sizeof cur->kind, session_kind_name(s->kind));
			copy_str(cur->held_on, sizeof cur->held_on, s->held_on);
			copy_str(cur->follow_up, sizeof cur->follow_up, s->follow_up_on);
			copy_str(cur->topic, sizeof cur->topic, s->topic);
			copy_str(cur->actions, sizeof cur->actions, s->actions);
		}
		snprintf(action, sizeof action, "/pembinaan/sesi/%lld", (long long)s->id);
		html_raw(&r->out, "<h2 class=\"h5\">Ubah catatan sesi</h2>");
		session_form(r, action, 0, s->version, v ? v : cur, v ? err : NULL, "Simpan perubahan");
		snprintf(action, sizeof action, "/pembinaan/sesi/%lld/hapus", (long long)s->id);
		delete_form(r, action, s->version, "sesi ini");
		free(cur);
	}
	page_end(r);
	return reply_html(r, err ? kerr_http_status(err) : 200);
}

/* GET /pembinaan/sesi/{id} */
int page_session(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct guidance_session s;
	unsigned roles = 0;
	if (guidance_session_load(r, r->path_id, &s, &roles, &err))
		return reply_error(r, &err);
	session_page(r, &s, roles, NULL, NULL, NULL);
	guidance_session_release(&s);
	return 0;
}

/* Loads the session for a change by a caller with `need`. */
static int session_for(struct req *r, unsigned need, const char *what,
		       struct guidance_session *s, unsigned *roles, struct kerr *err)
{
	if (guidance_session_load(r, r->path_id, s, roles, err))
		return -1;
	if (guidance_may(*roles, need, what, err))
		return 0;
	guidance_session_release(s);
	return -1;
}

/* POST /pembinaan/sesi/{id} */
int page_session_update(struct req *r)
{
	struct kerr err = KERR_INIT, form = KERR_INIT;
	struct guidance_session s;
	struct actor who = req_actor(r);
	unsigned roles = 0;
	char to[64];
	if (session_for(r, GUIDE_LEAD, "mengubah sesi pembinaan", &s, &roles, &err))
		return reply_error(r, &err);
	struct session_vals *v = xcalloc(1, sizeof *v);
	session_vals_read(r, v, &form);
	struct session_input in = { 0, v->kind, v->held_on, v->topic, v->actions, v->follow_up,
				    0, NULL, guidance_form_version(r) };
	if (!kerr_is_set(&form))
		store_guidance_session_update(r->db, &who, s.id, &in, &form);
	if (!kerr_is_set(&form)) {
		snprintf(to, sizeof to, "/pembinaan/sesi/%lld?pesan=disimpan", (long long)s.id);
		reply_redirect(r, to);
	} else if (form.code == KERR_INVALID) {
		session_page(r, &s, roles, v, NULL, &form);
	} else {
		reply_error(r, &form);
	}
	free(v);
	guidance_session_release(&s);
	return 0;
}

/* POST /pembinaan/sesi/{id}/tanggapan */
int page_session_respond(struct req *r)
{
	struct kerr err = KERR_INIT, form = KERR_INIT;
	struct guidance_session s;
	struct actor who = req_actor(r);
	unsigned roles = 0;
	char to[64];
	if (session_for(r, GUIDE_SELF, "menanggapi sesi pembinaannya", &s, &roles, &err))
		return reply_error(r, &err);
	char *text = xcalloc(1, TEXT_BUF);
	form_read(r, "tanggapan", text, TEXT_BUF, &form);
	if (!kerr_is_set(&form))
		store_guidance_session_respond(r->db, &who, s.id, text, guidance_form_version(r),
					       &form);
	if (!kerr_is_set(&form)) {
		snprintf(to, sizeof to, "/pembinaan/sesi/%lld?pesan=tanggapan_disimpan",
			 (long long)s.id);
		reply_redirect(r, to);
	} else if (form.code == KERR_INVALID) {
		session_page(r, &s, roles, NULL, text, &form);
	} else {
		reply_error(r, &form);
	}
	free(text);
	guidance_session_release(&s);
	return 0;
}

/* POST /pembinaan/sesi/{id}/hapus */
int page_session_delete(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct guidance_session s;
	struct actor who = req_actor(r);
	unsigned roles = 0;
	char to[80];
	if (session_for(r, GUIDE_LEAD, "menghapus sesi pembinaan", &s, &roles, &err))
		return reply_error(r, &err);
	snprintf(to, sizeof to, "/pembinaan/pegawai/%lld?pesan=sesi_dihapus",
		 (long long)s.employee_id);
	guidance_session_release(&s);
	if (store_guidance_session_delete(r->db, &who, r->path_id, guidance_form_version(r), &err))
		return reply_error(r, &err);
	return reply_redirect(r, to);
}

/* ---- the development plan ------------------------------------------------------------------------- */

struct dev_vals {
	char competency[TOPIC_BUF], activity[TEXT_BUF], note[TEXT_BUF], target[32], status[32];
};

static void dev_vals_read(struct req *r, struct dev_vals *v, struct kerr *err)
{
	form_read(r, "kompetensi", v->competency, sizeof v->competency, err);
	form_read(r, "kegiatan", v->activity, sizeof v->activity, err);
	form_read(r, "target", v->target, sizeof v->target, err);
	form_read(r, "status", v->status, sizeof v->status, err);
	form_read(r, "catatan", v->note, sizeof v->note, err);
}

static void dev_form(struct req *r, const char *action, int64_t employee_id, int64_t version,
		     const struct dev_vals *v, const struct kerr *err, const char *button)
{
	html(&r->out, "<form method=\"post\" action=\"%s\" class=\"row g-3 mb-4\" "
		      "data-mw=\"48\">", action);
	csrf_field(r);
	if (employee_id)
		html(&r->out, "<input type=\"hidden\" name=\"pegawai\" value=\"%lld\">",
		     (long long)employee_id);
	if (version)
		html(&r->out, "<input type=\"hidden\" name=\"version\" value=\"%lld\">",
		     (long long)version);
	form_text(r, "kompetensi", "Kompetensi yang dikembangkan", "text", v->competency, "col-12",
		  " required maxlength=\"300\"", err);
	guidance_textarea(r, "kegiatan", "Kegiatan (pelatihan, coaching, penugasan, ...)",
			  v->activity, 3, "col-12", err);
	form_text(r, "target", "Tanggal target", "date", v->target, "col-sm-6", " required", err);
	form_select_open(r, "status", "Status", "col-sm-6", err);
	for (int k = 0; k < DEV__STATES; k++)
		form_option(r, development_status_name((enum development_status)k),
			    development_status_label((enum development_status)k), v->status);
	html_raw(&r->out, "</select>");
	form_close(r, "status", err);
	guidance_textarea(r, "catatan", "Catatan (boleh kosong)", v->note, 3, "col-12", err);
	html(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">%s"
		      "</button></div></form>", button);
}

static int dev_new_page(struct req *r, const struct employee *e, const struct dev_vals *v,
			const struct kerr *err)
{
	char name[300];
	person_name(e, name, sizeof name);
	page_begin(r, "Tambah rencana pengembangan", NAV_PEMBINAAN);
	guidance_crumbs(r, e->id, name, "Tambah rencana pengembangan");
	html(&r->out, "<h1 class=\"h3\">Rencana Pengembangan</h1><p>Pegawai: <strong>%s</strong> "
		      "(NIP %s).</p>", name, e->nip);
	if (err)
		form_error_alert(r, NULL, err);
	dev_form(r, "/pembinaan/pengembangan", e->id, 0, v, err, "Simpan");
	page_end(r);
	return reply_html(r, err ? kerr_http_status(err) : 200);
}

/* GET /pembinaan/pengembangan/baru?pegawai=ID */
int page_dev_new(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	unsigned roles = 0;
	if (form_employee(r, req_query(r, "pegawai"), &e, &roles, &err) ||
	    !guidance_may(roles, GUIDE_SELF | GUIDE_LEAD, "menyusun rencana pengembangan", &err))
		return reply_error(r, &err);
	struct dev_vals *v = xcalloc(1, sizeof *v);
	copy_str(v->status, sizeof v->status, "direncanakan");
	dev_new_page(r, &e, v, NULL);
	free(v);
	return 0;
}

/* POST /pembinaan/pengembangan */
int page_dev_create(struct req *r)
{
	struct kerr err = KERR_INIT, form = KERR_INIT;
	struct employee e;
	struct actor who = req_actor(r);
	unsigned roles = 0;
	int64_t id = 0;
	char name[300], to[80];
	if (form_employee(r, req_form(r, "pegawai"), &e, &roles, &err) ||
	    !guidance_may(roles, GUIDE_SELF | GUIDE_LEAD, "menyusun rencana pengembangan", &err))
		return reply_error(r, &err);
	struct dev_vals *v = xcalloc(1, sizeof *v);
	dev_vals_read(r, v, &form);
	guidance_caller_name(r, name, sizeof name);
	struct development_input in = { e.id, v->competency, v->activity, v->target, v->status,
					v->note, name, 0 };
	if (!kerr_is_set(&form))
		store_development_create(r->db, &who, &in, &id, &form);
	if (!kerr_is_set(&form)) {
		snprintf(to, sizeof to, "/pembinaan/pegawai/%lld?pesan=pengembangan_disimpan#"
			 "pengembangan", (long long)e.id);
		reply_redirect(r, to);
	} else if (form.code == KERR_INVALID) {
		dev_new_page(r, &e, v, &form);
	} else {
		reply_error(r, &form);
	}
	free(v);
	return 0;
}

static int dev_page(struct req *r, const struct development_item *d, unsigned roles,
		    const struct dev_vals *v, const struct kerr *err)
{
	char action[80];
	page_begin(r, "Rencana pengembangan", NAV_PEMBINAAN);
	guidance_crumbs(r, d->employee_id, d->employee_name, "Rencana pengembangan");
	html(&r->out, "<h1 class=\"h3\">Rencana Pengembangan: %s</h1>", d->competency);
	if (err)
		form_error_alert(r, NULL, err);
	html(&r->out, "<dl class=\"row\"><dt class=\"col-sm-3\">Kegiatan</dt><dd class=\"col-sm-9\" "
		      "data-pre>%s</dd><dt class=\"col-sm-3\">Target</dt>"
		      "<dd class=\"col-sm-9\">%s ", d->activity, d->target_on);
	guidance_badge(r, d->overdue, d->status == DEV_SELESAI, development_status_label(d->status));
	html(&r->out, "</dd><dt class=\"col-sm-3\">Catatan</dt><dd class=\"col-sm-9\">%s</dd>"
		      "<dt class=\"col-sm-3\">Dicatat oleh</dt><dd class=\"col-sm-9\">%s</dd></dl>",
	     d->note[0] ? d->note : "-", d->created_by);
	if (roles & (GUIDE_SELF | GUIDE_LEAD)) {
		struct dev_vals *cur = xcalloc(1, sizeof *cur);
		if (!v) {
			copy_str(cur->competency, sizeof cur->competency, d->competency);
			copy_str(cur->activity, sizeof cur->activity, d->activity);
			copy_str(cur->target, sizeof cur->target, d->target_on);
			copy_str(cur->status, sizeof cur->status, development_status_name(d->status));
			copy_str(cur->note, sizeof cur->note, d->note);
		}
		snprintf(action, sizeof action, "/pembinaan/pengembangan/%lld", (long long)d->id);
		html_raw(&r->out, "<h2 class=\"h5\">Ubah</h2>");
		dev_form(r, action, 0, d->version, v ? v : cur, err, "Simpan perubahan");
		snprintf(action, sizeof action, "/pembinaan/pengembangan/%lld/hapus", (long long)d->id);
		delete_form(r, action, d->version, "rencana ini");
		free(cur);
	}
	page_end(r);
	return reply_html(r, err ? kerr_http_status(err) : 200);
}

/* GET /pembinaan/pengembangan/{id} */
int page_dev(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct development_item d;
	unsigned roles = 0;
	if (guidance_development_load(r, r->path_id, &d, &roles, &err))
		return reply_error(r, &err);
	dev_page(r, &d, roles, NULL, NULL);
	development_item_release(&d);
	return 0;
}

static int dev_for(struct req *r, struct development_item *d, unsigned *roles, struct kerr *err)
{
	if (guidance_development_load(r, r->path_id, d, roles, err))
		return -1;
	if (guidance_may(*roles, GUIDE_SELF | GUIDE_LEAD, "mengubah rencana pengembangan", err))
		return 0;
	development_item_release(d);
	return -1;
}

/* POST /pembinaan/pengembangan/{id} */
int page_dev_update(struct req *r)
{
	struct kerr err = KERR_INIT, form = KERR_INIT;
	struct development_item d;
	struct actor who = req_actor(r);
	unsigned roles = 0;
	char to[80];
	if (dev_for(r, &d, &roles, &err))
		return reply_error(r, &err);
	struct dev_vals *v = xcalloc(1, sizeof *v);
	dev_vals_read(r, v, &form);
	struct development_input in = { 0, v->competency, v->activity, v->target, v->status,
					v->note, NULL, guidance_form_version(r) };
	if (!kerr_is_set(&form))
		store_development_update(r->db, &who, d.id, &in, &form);
	if (!kerr_is_set(&form)) {
		snprintf(to, sizeof to, "/pembinaan/pengembangan/%lld?pesan=pengembangan_disimpan",
			 (long long)d.id);
		reply_redirect(r, to);
	} else if (form.code == KERR_INVALID) {
		dev_page(r, &d, roles, v, &form);
	} else {
		reply_error(r, &form);
	}
	free(v);
	development_item_release(&d);
	return 0;
}

/* POST /pembinaan/pengembangan/{id}/hapus */
int page_dev_delete(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct development_item d;
	struct actor who = req_actor(r);
	unsigned roles = 0;
	char to[100];
	if (dev_for(r, &d, &roles, &err))
		return reply_error(r, &err);
	snprintf(to, sizeof to, "/pembinaan/pegawai/%lld?pesan=pengembangan_dihapus#pengembangan",
		 (long long)d.employee_id);
	development_item_release(&d);
	if (store_development_delete(r->db, &who, r->path_id, guidance_form_version(r), &err))
		return reply_error(r, &err);
	return reply_redirect(r, to);
}
