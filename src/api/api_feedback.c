/*
 * api_feedback.c - continuous feedback (umpan balik) over the API: the
 * threads of an SKP, starting a thread (the pejabat penilai), replying
 * (the pejabat penilai or the SKP's owner), marking what one received
 * read, and the caller's unread feedback.  Who may do what is in
 * http/feedback_access.h; the rules on the data are the store's
 * (store/feedback.h).  The route's access level and CSRF are checked by
 * the server.
 */
#include <stdlib.h>
#include <string.h>

#include "api/api_util.h"
#include "core/timeutil.h"
#include "domain/berakhlak.h"
#include "http/feedback_access.h"
#include "http/request.h"
#include "http/router.h"
#include "store/feedback.h"

#define NEW_PER_PAGE 10
#define NEW_PER_PAGE_MAX 100

/* ---- JSON shapes ---------------------------------------------------------------- */

static json_t *text_or_null(const char *s)
{
	return s && s[0] ? json_string(s) : json_null();
}

/* Adds what a thread or note is about: rhk_id, rhk_teks, nilai, nilai_nama. */
static void target_json(json_t *j, int64_t rhk_id, const char *rhk_text, const char *code)
{
	int v = code[0] ? berakhlak_index(code) : -1;
	json_object_set_new(j, "rhk_id", api_id(rhk_id));
	json_object_set_new(j, "rhk_teks", code[0] ? json_null() : text_or_null(rhk_text));
	json_object_set_new(j, "nilai", text_or_null(code));
	json_object_set_new(j, "nilai_nama", v >= 0 ? json_string(berakhlak_at((size_t)v)->name)
						     : json_null());
}

static json_t *msg_json(const struct feedback_msg *m)
{
	return json_pack("{s:I, s:I, s:s, s:o, s:b, s:s, s:o, s:o}", "id", (json_int_t)m->id,
			 "utas_id", (json_int_t)m->thread_id, "penulis", m->author_name,
			 "penulis_pegawai_id", api_id(m->author_employee_id),
			 "dari_atasan", m->from_superior, "teks", m->text,
			 "dibuat", api_time(m->created_at), "dibaca", api_time(m->read_at));
}

static json_t *thread_json(const struct feedback_thread *t)
{
	json_t *msgs = json_array();
	for (size_t i = 0; i < t->n_msgs; i++)
		json_array_append_new(msgs, msg_json(&t->msgs[i]));
	json_t *j = json_pack("{s:I, s:I}", "id", (json_int_t)t->id, "skp_id", (json_int_t)t->skp_id);
	target_json(j, t->rhk_id, t->rhk_text, t->value_code);
	json_object_set_new(j, "dibuat", api_time(t->n_msgs ? t->msgs[0].created_at : 0));
	json_object_set_new(j, "pesan", msgs);
	return j;
}

static json_t *note_json(const struct feedback_note *x)
{
	json_t *j = json_pack("{s:I, s:I, s:I, s:s, s:s, s:b, s:s, s:o}", "id", (json_int_t)x->id,
			      "utas_id", (json_int_t)x->thread_id, "skp_id", (json_int_t)x->skp_id,
			      "pegawai", x->owner_name, "penulis", x->author_name,
			      "dari_atasan", x->from_superior, "teks", x->text,
			      "dibuat", api_time(x->created_at));
	target_json(j, x->rhk_id, x->rhk_text, x->value_code);
	return j;
}

/* ---- errors --------------------------------------------------------------------- */

/* Replies with the error, the store's field names as the API spells them. */
static int reply_fb_error(struct req *r, struct kerr *err)
{
	static const char *const names[][2] = {
		{ "text", "teks" }, { "value_code", "nilai" }, { "rhk_id", "rhk_id" },
		{ "skp", "" }, { "thread_id", "" },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(err->field, names[i][0]) == 0) {
			copy_str(err->field, sizeof err->field, names[i][1]);
			break;
		}
	return reply_error(r, err);
}

/* ---- reading ---------------------------------------------------------------------- */

/* The threads of SKP `skp_id` as a list (the caller checked access). */
static json_t *threads_list(struct req *r, int64_t skp_id, int64_t only, struct kerr *err)
{
	struct feedback_thread *t = NULL;
	size_t n = 0;
	if (store_feedback_threads(r->db, skp_id, &t, &n, err) < 0)
		return NULL;
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		if (!only || t[i].id == only)
			json_array_append_new(items, thread_json(&t[i]));
	feedback_threads_free(t, n);
	size_t k = json_array_size(items);
	return api_list(items, (int64_t)k, 1, (int)k);
}

/* What the caller may do on the SKP's feedback now. */
static json_t *actions_json(const struct fb_ctx *c)
{
	json_t *a = json_array();
	if (c->open && fb_may_start(c, NULL))
		json_array_append_new(a, json_string("mulai"));
	if (c->open && fb_may_reply(c, NULL))
		json_array_append_new(a, json_string("balas"));
	return a;
}

/* GET /api/v1/skp/{id}/umpan-balik: the threads, newest first. */
static int api_fb_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct fb_ctx c;
	int64_t unread = 0;
	if (fb_ctx_load(r, r->path_id, &c, &err) < 0)
		return reply_fb_error(r, &err);
	json_t *j = threads_list(r, c.s.id, 0, &err);
	if (j && (c.role == SKP_ROLE_OWNER || c.role == SKP_ROLE_ASSESSOR) &&
	    store_feedback_unread_count(r->db, c.s.id, fb_is_superior(&c), &unread, &err) < 0) {
		json_decref(j);
		j = NULL;
	}
	if (j) {
		json_object_set_new(j, "skp_id", json_integer(c.s.id));
		json_object_set_new(j, "belum_dibaca", json_integer(unread));
		json_object_set_new(j, "aksi_tersedia", actions_json(&c));
	}
	fb_ctx_release(&c);
	return j ? reply_json(r, 200, j) : reply_fb_error(r, &err);
}

/* Replies `status` with thread `id` of SKP `skp_id`. */
static int reply_thread(struct req *r, int status, int64_t skp_id, int64_t id)
{
	struct kerr err = KERR_INIT;
	json_t *list = threads_list(r, skp_id, id, &err);
	if (!list)
		return reply_fb_error(r, &err);
	json_t *t = json_incref(json_array_get(json_object_get(list, "items"), 0));
	json_decref(list);
	if (!t)
		return reply_fail(r, KERR_NOT_FOUND, "", "Umpan balik tidak ditemukan");
	return reply_json(r, status, t);
}

/* ---- writing ---------------------------------------------------------------------- */

/* The string `name` of the body ("" when absent or null). */
static int body_text(json_t *body, const char *name, const char **out, struct kerr *err)
{
	json_t *v = json_object_get(body, name);
	*out = "";
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_string(v))
		return kerr_set(err, KERR_INVALID, name, "Kolom '%s' harus berupa teks", name);
	*out = json_string_value(v);
	return 0;
}

/* {rhk_id | nilai, teks}: the target and the text (owned by body). */
static int start_read(json_t *body, int64_t *rhk_id, char *code, size_t size, const char **text,
		      struct kerr *err)
{
	static const char *const extra[] = { "rhk_id", "teks", NULL };
	const struct json_field fields[] = { { "nilai", code, size, 0 } };
	if (json_take_strings(body, fields, 1, extra, err) < 0 ||
	    json_take_int(body, "rhk_id", 1, 1, rhk_id, err) < 0)
		return -1;
	return body_text(body, "teks", text, err);
}

/* POST /api/v1/skp/{id}/umpan-balik {rhk_id | nilai, teks}: 201 with the thread. */
static int api_fb_start(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct fb_ctx c;
	char code[64] = "";
	const char *text = "";
	int64_t rhk_id = 0, id = 0;
	struct actor who = req_actor(r);
	if (fb_ctx_load(r, r->path_id, &c, &err) < 0)
		return reply_fb_error(r, &err);
	struct feedback_author a = fb_author(r, &c);
	int allowed = fb_may_start(&c, &err);
	fb_ctx_release(&c);
	if (!allowed)
		return reply_fb_error(r, &err);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	int rc = start_read(body, &rhk_id, code, sizeof code, &text, &err);
	if (rc == 0)
		rc = store_feedback_start(r->db, &who, &a, r->path_id, rhk_id, code, text, &id, &err);
	json_decref(body);
	return rc < 0 ? reply_fb_error(r, &err) : reply_thread(r, 201, r->path_id, id);
}

/* POST /api/v1/umpan-balik/{id}/balas {teks}: 201 with the whole thread. */
static int api_fb_reply(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct fb_ctx c;
	const char *text = "";
	int64_t thread = 0, skp_id = 0, id = 0;
	struct actor who = req_actor(r);
	if (store_feedback_thread_of(r->db, r->path_id, &thread, &skp_id, &err) < 0 ||
	    fb_ctx_load(r, skp_id, &c, &err) < 0)
		return reply_fb_error(r, &err);
	struct feedback_author a = fb_author(r, &c);
	int allowed = fb_may_reply(&c, &err);
	fb_ctx_release(&c);
	if (!allowed)
		return reply_fb_error(r, &err);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	static const char *const extra[] = { "teks", NULL };
	int rc = json_take_strings(body, NULL, 0, extra, &err);
	if (rc == 0)
		rc = body_text(body, "teks", &text, &err);
	if (rc == 0)
		rc = store_feedback_reply(r->db, &who, &a, thread, text, &id, &err);
	json_decref(body);
	return rc < 0 ? reply_fb_error(r, &err) : reply_thread(r, 201, skp_id, thread);
}

/* POST /api/v1/skp/{id}/umpan-balik/dibaca: the owner or the pejabat
 * penilai has read what the other side wrote; {ditandai: N}. */
static int api_fb_mark_read(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct fb_ctx c;
	int64_t marked = 0;
	if (fb_ctx_load(r, r->path_id, &c, &err) < 0)
		return reply_fb_error(r, &err);
	int allowed = fb_may_reply(&c, &err);
	int superior = fb_is_superior(&c);
	fb_ctx_release(&c);
	if (!allowed || store_feedback_mark_read(r->db, r->path_id, superior, &marked, &err) < 0)
		return reply_fb_error(r, &err);
	return reply_json(r, 200, json_pack("{s:I}", "ditandai", (json_int_t)marked));
}

/* GET /api/v1/umpan-balik/baru?per_page=: what the caller has not read
 * yet, newest first; total counts all of it. */
static int api_fb_new(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct feedback_note *v = NULL;
	size_t n = 0;
	int64_t total = 0;
	int per_page = NEW_PER_PAGE;
	if (api_per_page(r, NEW_PER_PAGE, NEW_PER_PAGE_MAX, &per_page, &err) < 0 ||
	    store_feedback_unread(r->db, r->who.employee_id, (size_t)per_page, &v, &n, &total,
				  &err) < 0)
		return reply_fb_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, note_json(&v[i]));
	feedback_notes_free(v, n);
	return reply_json(r, 200, api_list(items, total, 1, per_page));
}

const struct route api_feedback_routes[] = {
	{ "GET", "/api/v1/skp/{id}/umpan-balik", api_fb_list, ACCESS_LOGIN },
	{ "POST", "/api/v1/skp/{id}/umpan-balik", api_fb_start, ACCESS_LOGIN },
	{ "POST", "/api/v1/skp/{id}/umpan-balik/dibaca", api_fb_mark_read, ACCESS_LOGIN },
	{ "POST", "/api/v1/umpan-balik/{id}/balas", api_fb_reply, ACCESS_LOGIN },
	{ "GET", "/api/v1/umpan-balik/baru", api_fb_new, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
