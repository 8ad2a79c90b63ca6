/*
 * ui_feedback.c - the continuous feedback page of one SKP
 * (GET /skp/{id}/umpan-balik): the threads grouped by result (RHK) and by
 * BerAKHLAK value, each message dated with its author, a reply form under
 * each thread for the owner and the pejabat penilai, and for the pejabat
 * penilai a form to start a thread; and its two POSTs (start, reply).
 * Opening the page as the owner or the pejabat penilai marks what the
 * other side wrote read (after showing it as new once).
 *
 * Saved: 303 back to the thread (?pesan=terkirim#utas-ID).  Refused by a
 * rule: the page again with that form showing what was typed and the
 * error (422, 409).  Not allowed or not found: an error page.
 */
#include "web/ui_feedback.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "domain/berakhlak.h"
#include "http/feedback_access.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Everything the page shows, and the form refused (if any). */
struct fb_view {
	struct fb_ctx c;
	struct employee owner;
	struct strbuf owner_name;
	struct feedback_thread *t;
	size_t n;
	struct kerr closed;         /* why feedback may not be written now */
	int64_t failed_thread;      /* the reply form of this thread was refused */
	int failed_new;             /* the new-thread form was refused */
	const struct kerr *err;
	const char *typed_text, *typed_target;
};

static void view_release(struct fb_view *v)
{
	feedback_threads_free(v->t, v->n);
	strbuf_release(&v->owner_name);
	fb_ctx_release(&v->c);
}

/* Loads SKP `skp_id` with its threads; on failure replies itself. */
static int view_load_or_reply(struct req *r, int64_t skp_id, struct fb_view *v)
{
	struct kerr err = KERR_INIT;
	memset(v, 0, sizeof *v);
	strbuf_init(&v->owner_name, 0);
	if (fb_ctx_load(r, skp_id, &v->c, &err)) {
		strbuf_release(&v->owner_name);
		reply_error(r, &err);
		return -1;
	}
	feedback_open(&v->c.s, &v->c.p, &v->closed);
	if (store_employee_get(r->db, v->c.s.employee_id, &v->owner, &err) ||
	    store_feedback_threads(r->db, skp_id, &v->t, &v->n, &err)) {
		view_release(v);
		reply_error(r, &err);
		return -1;
	}
	employee_display_name(&v->owner_name, &v->owner);
	return 0;
}

/* ---- forms ------------------------------------------------------------------------ */

/* The error of a refused form: under field `name` when it is at fault
 * (returns 1), else nothing (0). */
static int field_error(struct req *r, const struct kerr *err, const char *name, const char *id)
{
	if (!err || strcmp(err->field, name))
		return 0;
	html(&r->out, "<div id=\"%s-msg\" class=\"invalid-feedback d-block\">%s</div>", id,
	     err->msg);
	return 1;
}

/* The text box `teks` with its label; err set only on a refused form. */
static void text_box(struct req *r, const char *id, const char *label, const char *value,
		     const struct kerr *err)
{
	int bad = err && !strcmp(err->field, "teks");
	html(&r->out, "<div class=\"mb-2\"><label for=\"%s\" class=\"form-label\">%s</label>"
		      "<textarea id=\"%s\" name=\"teks\" rows=\"3\" maxlength=\"%d\" required", id,
	     label, id, FEEDBACK_TEXT_MAX);
	if (bad)
		html(&r->out, " class=\"form-control is-invalid\" aria-invalid=\"true\" "
			      "aria-describedby=\"%s-msg\">", id);
	else
		html_raw(&r->out, " class=\"form-control\">");
	html(&r->out, "%s</textarea>", value ? value : "");
	field_error(r, err, "teks", id);
	html_raw(&r->out, "</div>");
}

/* An error of the form as a whole (not about one of its fields). */
static void form_alert(struct req *r, const struct kerr *err)
{
	if (err && strcmp(err->field, "teks") && strcmp(err->field, "tentang"))
		alert_box(r, "danger", err->msg);
}

static void target_options(struct req *r, const struct fb_view *v, const char *sel)
{
	char val[48];
	html_raw(&r->out, "<option value=\"\">— pilih —</option><optgroup label=\"Hasil kerja (RHK)\">");
	for (size_t i = 0; i < v->c.s.n_rhk; i++) {
		const struct rhk *k = &v->c.s.rhk[i];
		struct strbuf label = STRBUF_INIT;
		snprintf(val, sizeof val, "rhk-%lld", (long long)k->id);
		strbuf_addf(&label, "RHK %zu: ", i + 1);
		feedback_excerpt(&label, k->text ? k->text : "", 120);
		form_option(r, val, label.buf, sel);
		strbuf_release(&label);
	}
	html_raw(&r->out, "</optgroup><optgroup label=\"Perilaku kerja (BerAKHLAK)\">");
	for (size_t i = 0; i < BERAKHLAK_COUNT; i++) {
		snprintf(val, sizeof val, "nilai-%s", berakhlak_at(i)->code);
		form_option(r, val, berakhlak_at(i)->name, sel);
	}
	html_raw(&r->out, "</optgroup>");
}

/* The pejabat penilai's form to start a thread. */
static void new_form(struct req *r, const struct fb_view *v)
{
	const struct kerr *err = v->failed_new ? v->err : NULL;
	int bad = err && !strcmp(err->field, "tentang");
	html(&r->out, "<section class=\"card mb-4 d-print-none\" id=\"baru\" aria-labelledby=\"baru-"
		      "judul\"><div class=\"card-body\"><h2 class=\"h5\" id=\"baru-judul\">Tulis umpan "
		      "balik baru</h2><form method=\"post\" action=\"/skp/%lld/umpan-balik\">",
	     (long long)v->c.s.id);
	csrf_field(r);
	form_alert(r, err);
	html(&r->out, "<div class=\"mb-2\"><label for=\"f-tentang\" class=\"form-label\">Tentang"
		      "</label><select id=\"f-tentang\" name=\"tentang\" required class=\"form-select%s\">",
	     bad ? " is-invalid" : "");
	target_options(r, v, err ? v->typed_target : NULL);
	html_raw(&r->out, "</select>");
	field_error(r, err, "tentang", "f-tentang");
	html_raw(&r->out, "</div>");
	text_box(r, "f-baru-teks", "Umpan balik", err ? v->typed_text : NULL, err);
	html_raw(&r->out, "<button type=\"submit\" class=\"btn btn-primary\">Kirim umpan balik"
			  "</button></form></div></section>");
}

static void reply_form(struct req *r, const struct fb_view *v, const struct feedback_thread *t)
{
	const struct kerr *err = v->failed_thread == t->id ? v->err : NULL;
	char id[40];
	snprintf(id, sizeof id, "f-balas-%lld", (long long)t->id);
	html(&r->out, "<form method=\"post\" action=\"/umpan-balik/%lld/balas\" class=\"mt-3 "
		      "d-print-none\">", (long long)t->id);
	csrf_field(r);
	form_alert(r, err);
	text_box(r, id, "Balasan", err ? v->typed_text : NULL, err);
	html_raw(&r->out, "<button type=\"submit\" class=\"btn btn-sm btn-outline-primary\">Kirim "
			  "balasan</button></form>");
}

/* ---- the threads ------------------------------------------------------------------ */

/* Whether the viewer is the one a message was written to. */
static int to_viewer(const struct fb_view *v, const struct feedback_msg *m)
{
	return (v->c.role == SKP_ROLE_OWNER && m->from_superior) ||
	       (v->c.role == SKP_ROLE_ASSESSOR && !m->from_superior);
}

static void message(struct req *r, const struct fb_view *v, const struct feedback_msg *m)
{
	char when[40], seen[40];
	format_time_wib(when, sizeof when, m->created_at);
	format_time_wib(seen, sizeof seen, m->read_at);
	html(&r->out, "<li class=\"list-group-item px-0\" id=\"pesan-%lld\"><div class=\"d-flex "
		      "flex-wrap gap-2 align-items-baseline\"><strong>%s</strong><span class=\"badge "
		      "text-bg-light border\">%s</span><span class=\"small text-muted\">%s</span>",
	     (long long)m->id, m->author_name, m->from_superior ? "Pejabat penilai" : "Pegawai",
	     when);
	if (to_viewer(v, m) && !m->read_at)
		html_raw(&r->out, "<span class=\"badge text-bg-danger\">Baru</span>");
	else if (m->read_at)
		html(&r->out, "<span class=\"small text-muted\">dibaca %s</span>", seen);
	else
		html_raw(&r->out, "<span class=\"small text-muted\">belum dibaca</span>");
	html(&r->out, "</div><p class=\"mb-0 skpp-pre\">%s</p></li>", m->text);
}

static void thread_card(struct req *r, const struct fb_view *v, const struct feedback_thread *t)
{
	html(&r->out, "<article class=\"card mb-3\" id=\"utas-%lld\"><div class=\"card-body\">"
		      "<ul class=\"list-group list-group-flush\">", (long long)t->id);
	for (size_t i = 0; i < t->n_msgs; i++)
		message(r, v, &t->msgs[i]);
	html_raw(&r->out, "</ul>");
	if (v->c.open && fb_may_reply(&v->c, NULL))
		reply_form(r, v, t);
	html_raw(&r->out, "</div></article>");
}

/* The threads about one thing, under a heading; nothing when none. */
static void group(struct req *r, const struct fb_view *v, const char *title, int64_t rhk_id,
		  const char *code)
{
	int shown = 0;
	for (size_t i = 0; i < v->n; i++) {
		const struct feedback_thread *t = &v->t[i];
		if (t->rhk_id != rhk_id || strcmp(t->value_code, code))
			continue;
		if (!shown++)
			html(&r->out, "<h3 class=\"h6 mt-3\">%s</h3>", title);
		thread_card(r, v, t);
	}
}

static void results_part(struct req *r, const struct fb_view *v)
{
	html_raw(&r->out, "<section class=\"mb-4\" id=\"hasil-kerja\" aria-labelledby=\"hk-judul\">"
			  "<h2 class=\"h4\" id=\"hk-judul\">Hasil kerja</h2>");
	for (size_t i = 0; i < v->c.s.n_rhk; i++) {
		struct strbuf title = STRBUF_INIT;
		const struct rhk *k = &v->c.s.rhk[i];
		strbuf_addf(&title, "RHK %zu: %s", i + 1, k->text ? k->text : "");
		group(r, v, title.buf, k->id, "");
		strbuf_release(&title);
	}
	for (size_t i = 0; i < v->n; i++)   /* RHK removed in a perubahan SKP */
		if (!v->t[i].rhk_id && !v->t[i].value_code[0]) {
			struct strbuf title = STRBUF_INIT;
			feedback_target_text(&title, 0, v->t[i].rhk_text, "");
			html(&r->out, "<h3 class=\"h6 mt-3\">%s</h3>", title.buf);
			thread_card(r, v, &v->t[i]);
			strbuf_release(&title);
		}
	html_raw(&r->out, "</section>");
}

static void behaviour_part(struct req *r, const struct fb_view *v)
{
	html_raw(&r->out, "<section class=\"mb-4\" id=\"perilaku\" aria-labelledby=\"pk-judul\">"
			  "<h2 class=\"h4\" id=\"pk-judul\">Perilaku kerja</h2>");
	for (size_t i = 0; i < BERAKHLAK_COUNT; i++)
		group(r, v, berakhlak_at(i)->name, 0, berakhlak_at(i)->code);
	html_raw(&r->out, "</section>");
}

/* ---- the page --------------------------------------------------------------------- */

static void page_top(struct req *r, const struct fb_view *v)
{
	html_raw(&r->out, "<nav aria-label=\"Remah roti\" class=\"d-print-none\"><ol class=\""
			  "breadcrumb small mb-2\">");
	if (v->c.role == SKP_ROLE_OWNER)
		html_raw(&r->out, "<li class=\"breadcrumb-item\"><a href=\"/skp\">SKP Saya</a></li>");
	else if (v->c.role == SKP_ROLE_ASSESSOR)
		html_raw(&r->out, "<li class=\"breadcrumb-item\"><a href=\"/skp/masuk\">SKP Bawahan"
				  "</a></li>");
	html(&r->out, "<li class=\"breadcrumb-item\"><a href=\"/skp/%lld\">%s</a></li><li class=\""
		      "breadcrumb-item active\" aria-current=\"page\">Umpan balik</li></ol></nav>"
		      "<h1 class=\"h3 mb-0\">Umpan Balik Berkelanjutan</h1><p class=\"text-muted\">"
		      "%s \xc2\xb7 %s</p>", (long long)v->c.s.id, v->owner_name.buf,
	     v->owner_name.buf, v->c.p.name);
}

static void intro(struct req *r, const struct fb_view *v)
{
	const char *who = v->c.role == SKP_ROLE_ASSESSOR
		? "Tulis umpan balik atas hasil kerja atau perilaku kerja bawahan Anda kapan saja; "
		  "pegawai melihatnya di beranda dan dapat membalasnya."
		: v->c.role == SKP_ROLE_OWNER
		? "Umpan balik dari pejabat penilai atas hasil kerja dan perilaku kerja Anda. Anda "
		  "dapat membalas setiap umpan balik."
		: "Umpan balik antara pejabat penilai dan pegawai atas SKP ini (hanya dibaca).";
	html(&r->out, "<p>%s Umpan balik tersimpan beserta waktunya dan tidak dapat diubah atau "
		      "dihapus.</p>", who);
	if (!v->c.open)
		alert_box(r, "info", v->closed.msg);
}

static int view_reply(struct req *r, struct fb_view *v, int status)
{
	struct strbuf title = STRBUF_INIT;
	strbuf_addf(&title, "Umpan balik SKP %s", v->owner_name.buf);
	page_begin(r, title.buf, NAV_SKP);
	page_top(r, v);
	intro(r, v);
	if (v->c.open && fb_may_start(&v->c, NULL))
		new_form(r, v);
	if (!v->n)
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada umpan balik pada SKP ini.</p>");
	else {
		results_part(r, v);
		behaviour_part(r, v);
	}
	page_end(r);
	strbuf_release(&title);
	return reply_html(r, status);
}

/* GET /skp/{id}/umpan-balik: shows what is new once, then marks it read. */
static int page_fb_show(struct req *r)
{
	struct fb_view v;
	struct kerr err = KERR_INIT;
	if (view_load_or_reply(r, r->path_id, &v))
		return 0;
	if (fb_mark_read(r, &v.c, &err))
		reply_error(r, &err);
	else
		view_reply(r, &v, 200);
	view_release(&v);
	return 0;
}

/* ---- the POSTs -------------------------------------------------------------------- */

/* The form's text, trimmed by the store. */
static const char *form_text_of(struct req *r)
{
	const char *t = req_form(r, "teks");
	return t ? t : "";
}

/* Ends a POST on SKP v: 303 to the thread when saved; a refusal by the
 * rules: the page again with the form; else an error page. */
static int post_done(struct req *r, struct fb_view *v, int64_t thread, struct kerr *err)
{
	char loc[96];
	if (!kerr_is_set(err)) {
		snprintf(loc, sizeof loc, "/skp/%lld/umpan-balik?pesan=terkirim#utas-%lld",
			 (long long)v->c.s.id, (long long)thread);
		reply_redirect(r, loc);
	} else if (err->code == KERR_INVALID || err->code == KERR_CONFLICT) {
		if (!strcmp(err->field, "text"))
			copy_str(err->field, sizeof err->field, "teks");
		else if (!strcmp(err->field, "rhk_id") || !strcmp(err->field, "value_code"))
			copy_str(err->field, sizeof err->field, "tentang");
		v->err = err;
		v->typed_text = form_text_of(r);
		v->typed_target = req_form(r, "tentang");
		view_reply(r, v, kerr_http_status(err));
	} else {
		reply_error(r, err);
	}
	view_release(v);
	return 0;
}

/* "rhk-12" or "nilai-akuntabel" from the form's `tentang`. */
static void read_target(struct req *r, int64_t *rhk_id, const char **code)
{
	const char *t = req_form(r, "tentang");
	*rhk_id = 0;
	*code = "";
	if (t && !strncmp(t, "rhk-", 4))
		*rhk_id = strtoll(t + 4, NULL, 10);
	else if (t && !strncmp(t, "nilai-", 6))
		*code = t + 6;
}

/* POST /skp/{id}/umpan-balik (tentang, teks): the pejabat penilai starts a thread. */
static int page_fb_start(struct req *r)
{
	struct fb_view v;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t rhk_id = 0, id = 0;
	const char *code = "";
	if (view_load_or_reply(r, r->path_id, &v))
		return 0;
	if (!fb_may_start(&v.c, &err)) {
		view_release(&v);
		return reply_error(r, &err);
	}
	struct feedback_author a = fb_author(r, &v.c);
	read_target(r, &rhk_id, &code);
	v.failed_new = 1;
	store_feedback_start(r->db, &who, &a, v.c.s.id, rhk_id < 0 ? 0 : rhk_id, code,
			     form_text_of(r), &id, &err);
	return post_done(r, &v, id, &err);
}

/* POST /umpan-balik/{id}/balas (teks): the owner or the pejabat penilai replies. */
static int page_fb_reply(struct req *r)
{
	struct fb_view v;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t thread = 0, skp_id = 0, id = 0;
	if (store_feedback_thread_of(r->db, r->path_id, &thread, &skp_id, &err))
		return reply_error(r, &err);
	if (view_load_or_reply(r, skp_id, &v))
		return 0;
	if (!fb_may_reply(&v.c, &err)) {
		view_release(&v);
		return reply_error(r, &err);
	}
	struct feedback_author a = fb_author(r, &v.c);
	v.failed_thread = thread;
	store_feedback_reply(r->db, &who, &a, thread, form_text_of(r), &id, &err);
	return post_done(r, &v, thread, &err);
}

const struct route ui_feedback_routes[] = {
	{ "GET", "/skp/{id}/umpan-balik", page_fb_show, ACCESS_LOGIN },
	{ "POST", "/skp/{id}/umpan-balik", page_fb_start, ACCESS_LOGIN },
	{ "POST", "/umpan-balik/{id}/balas", page_fb_reply, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
