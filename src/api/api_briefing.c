/*
 * api_briefing.c - briefing (sosialisasi) over the API: the caller's own
 * guides, HR's list with coverage totals, one guide (opening it is
 * recorded for an addressed employee), HR's changes (create, change,
 * publish, withdraw, attachments), attachment downloads, and the route
 * table.  What the employee does, coverage, reminders and the criteria
 * setting are in api_briefing_acts.c.
 */
#include <stdlib.h>
#include <string.h>

#include "api/api_briefing.h"
#include "api/api_util.h"
#include "core/log.h"
#include "http/assess_access.h"
#include "http/request.h"
#include "http/router.h"

#define TITLE_BUF (BRIEFING_TITLE_MAX * 4 + 1)
#define BODY_BUF (BRIEFING_BODY_MAX * 4 + 1)

int reply_guide(struct req *r, int64_t id, int status)
{
	struct guide g;
	struct guide_status st;
	unsigned roles = 0;
	int64_t criteria = 0;
	struct kerr err = KERR_INIT;
	if (guide_load(r, id, &g, &roles, &err) ||
	    store_guide_criteria(r->db, &criteria, NULL, 0, &err)) {
		if (roles)
			guide_release(&g);
		return reply_error(r, &err);
	}
	int mine = (roles & GUIDE_ROLE_ADDRESSED) != 0;
	if (mine && store_guide_status(r->db, &g, r->who.employee_id, &st, &err)) {
		guide_release(&g);
		return reply_error(r, &err);
	}
	json_t *j = guide_to_json(&g, roles, mine ? &st : NULL, criteria == g.id);
	guide_release(&g);
	return reply_json(r, status, j);
}

/* GET /api/v1/sosialisasi/{id}: the guide; an addressed employee's
 * opening of the current version is recorded first. */
static int api_guide_get(struct req *r)
{
	struct guide g;
	unsigned roles = 0;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	if (guide_load(r, r->path_id, &g, &roles, &err))
		return reply_error(r, &err);
	if ((roles & GUIDE_ROLE_ADDRESSED) &&
	    store_guide_open(r->db, &who, &g, r->who.employee_id, &err))
		log_warn("sosialisasi: pembukaan panduan %lld tidak tercatat: %s",
			 (long long)g.id, err.msg);
	guide_release(&g);
	return reply_guide(r, r->path_id, 200);
}

/* GET /api/v1/sosialisasi: the guides addressing the caller. */
static int api_guide_mine(struct req *r)
{
	struct guide *v = NULL;
	struct guide_status *st = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	json_t *items = json_array();
	if (r->who.employee_id &&
	    store_guide_list_mine(r->db, r->who.employee_id, &v, &st, &n, &err)) {
		json_decref(items);
		return reply_error(r, &err);
	}
	for (size_t i = 0; i < n; i++) {
		json_t *one = guide_summary_json(&v[i]);
		json_object_set_new(one, "saya", guide_status_json(&v[i], &st[i]));
		json_array_append_new(items, one);
	}
	guides_free(v, n);
	free(st);
	return reply_json(r, 200, json_pack("{s:o}", "items", items));
}

/* GET /api/v1/sosialisasi/kelola: HR's guides with their totals (within
 * the caller's scope). */
static int api_guide_managed(struct req *r)
{
	struct guide *v = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	int64_t scope = guide_scope(r);
	if (store_guide_list(r->db, scope, &v, &n, &err))
		return reply_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < n && !kerr_is_set(&err); i++) {
		struct guide_coverage c;
		json_t *one = guide_summary_json(&v[i]);
		if (!store_guide_totals(r->db, &v[i], scope, &c, &err))
			json_object_set_new(one, "cakupan", guide_coverage_json(&c));
		json_array_append_new(items, one);
	}
	guides_free(v, n);
	if (kerr_is_set(&err)) {
		json_decref(items);
		return reply_error(r, &err);
	}
	return reply_json(r, 200, json_pack("{s:o}", "items", items));
}

/* ---- HR's changes ------------------------------------------------------------------------- */

/* The texts of a guide's body, in one block. */
struct guide_texts {
	char title[TITLE_BUF], body[BODY_BUF], kind[16];
};

static int quiz_from_json(json_t *body, struct briefing_quiz *quiz, struct kerr *err)
{
	json_t *arr = json_object_get(body, "kuis"), *v;
	size_t i;
	int64_t pass = 0;
	if (json_take_int(body, "lulus_minimal", 0, 1, &pass, err) < 0)
		return -1;
	quiz->pass_mark = (int)(pass > BRIEFING_QUESTIONS_MAX ? BRIEFING_QUESTIONS_MAX + 1 : pass);
	if (!arr || json_is_null(arr))
		return 0;
	if (!json_is_array(arr) || json_array_size(arr) > BRIEFING_QUESTIONS_MAX)
		return kerr_set(err, KERR_INVALID, "kuis", "Kolom 'kuis' harus daftar paling banyak "
				"%d pertanyaan", BRIEFING_QUESTIONS_MAX);
	json_array_foreach(arr, i, v) {
		json_t *text = json_object_get(v, "pertanyaan"), *choices = json_object_get(v, "pilihan");
		json_t *answer = json_object_get(v, "jawaban"), *c;
		size_t k;
		if (!json_is_string(text) || !json_is_array(choices) || !json_is_integer(answer) ||
		    json_array_size(choices) > BRIEFING_CHOICES_MAX)
			return kerr_set(err, KERR_INVALID, "kuis", "Pertanyaan %zu: isi 'pertanyaan' "
					"(teks), 'pilihan' (%d sampai %d teks) dan 'jawaban' (indeks "
					"pilihan yang benar, mulai 0)", i + 1, BRIEFING_CHOICES_MIN,
					BRIEFING_CHOICES_MAX);
		struct briefing_question *q = briefing_quiz_add(quiz, json_string_value(text));
		json_array_foreach(choices, k, c)
			briefing_quiz_add_choice(q, json_is_string(c) ? json_string_value(c) : "",
						 (json_int_t)k == json_integer_value(answer));
		if (json_integer_value(answer) < 0 || json_integer_value(answer) >= (json_int_t)k)
			q->answer = -1;
	}
	return 0;
}

/* Reads {judul, isi, jenis?, unit_id?, kuis?, lulus_minimal?, version?}. */
static int input_from_json(struct req *r, json_t *body, struct guide_input *in,
			   struct guide_texts *t, struct briefing_quiz *quiz, struct kerr *err)
{
	static const char *const extra[] = { "unit_id", "kuis", "lulus_minimal", "version", NULL };
	const struct json_field f[] = {
		{ "judul", t->title, sizeof t->title, 1 },
		{ "isi", t->body, sizeof t->body, 1 },
		{ "jenis", t->kind, sizeof t->kind, 0 },
	};
	copy_str(t->kind, sizeof t->kind, "panduan");
	if (json_take_strings(body, f, 3, extra, err) ||
	    json_take_int(body, "unit_id", 1, 1, &in->unit_id, err) < 0 ||
	    json_take_int(body, "version", 1, 0, &in->rev, err) < 0 ||
	    quiz_from_json(body, quiz, err))
		return -1;
	if (briefing_kind_parse(t->kind, &in->kind))
		return kerr_set(err, KERR_INVALID, "jenis", "Kolom 'jenis' harus 'panduan', "
				"'kriteria' atau 'prosedur'");
	in->title = t->title;
	in->body = t->body;
	in->quiz = quiz;
	return guide_may_target(r, in->unit_id, err);
}

/* POST /api/v1/sosialisasi: a draft, 201. */
static int api_guide_create(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct guide_input in = { .kind = BRIEF_PANDUAN };
	struct briefing_quiz quiz = { 0 };
	char name[300];
	int64_t id = 0;
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct guide_texts *t = xcalloc(1, sizeof *t);
	caller_display_name(r, name, sizeof name);
	in.actor_name = name;
	int rc = input_from_json(r, body, &in, t, &quiz, &err);
	json_decref(body);
	if (!rc)
		rc = store_guide_create(r->db, &who, &in, &id, &err);
	briefing_quiz_release(&quiz);
	free(t);
	return rc ? reply_error(r, &err) : reply_guide(r, id, 201);
}

/* Loads the guide for a caller with role `need`; 0 or -1 with err. */
static int load_for(struct req *r, unsigned need, struct kerr *err)
{
	struct guide g;
	unsigned roles = 0;
	if (guide_load(r, r->path_id, &g, &roles, err))
		return -1;
	guide_release(&g);
	return guide_may(roles, need, err) ? 0 : -1;
}

/* PUT /api/v1/sosialisasi/{id}: the whole guide again. */
static int api_guide_update(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct guide_input in = { .kind = BRIEF_PANDUAN };
	struct briefing_quiz quiz = { 0 };
	int fresh = 0;
	if (load_for(r, GUIDE_ROLE_MANAGE, &err))
		return reply_error(r, &err);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct guide_texts *t = xcalloc(1, sizeof *t);
	int rc = input_from_json(r, body, &in, t, &quiz, &err);
	json_decref(body);
	if (!rc)
		rc = store_guide_update(r->db, &who, r->path_id, &in, &fresh, &err);
	briefing_quiz_release(&quiz);
	free(t);
	return rc ? reply_error(r, &err) : reply_guide(r, r->path_id, 200);
}

/* POST /api/v1/sosialisasi/{id}/terbitkan {version?} */
static int api_guide_publish(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t rev = 0;
	char name[300];
	int rc = load_for(r, GUIDE_ROLE_MANAGE, &err);
	if (!rc && (rc = api_version_body(r, &rev, &err)) > 0)
		return 0;
	caller_display_name(r, name, sizeof name);
	if (!rc)
		rc = store_guide_publish(r->db, &who, r->path_id, rev, name, &err);
	return rc ? reply_error(r, &err) : reply_guide(r, r->path_id, 200);
}

/* POST /api/v1/sosialisasi/{id}/tarik {version?} */
static int api_guide_withdraw(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t rev = 0;
	int rc = load_for(r, GUIDE_ROLE_MANAGE, &err);
	if (!rc && (rc = api_version_body(r, &rev, &err)) > 0)
		return 0;
	if (!rc)
		rc = store_guide_withdraw(r->db, &who, r->path_id, rev, &err);
	return rc ? reply_error(r, &err) : reply_guide(r, r->path_id, 200);
}

/* POST /api/v1/sosialisasi/{id}/lampiran (multipart "berkas"): 201. */
static int api_guide_attach(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct guide_attachment a;
	int64_t id = 0;
	if (load_for(r, GUIDE_ROLE_MANAGE, &err))
		return reply_error(r, &err);
	const struct kv *up = guide_upload(r, "berkas");
	if (!up || !up->filename[0])
		return reply_fail(r, KERR_INVALID, "berkas", "Pilih berkas lampiran (kolom 'berkas', "
				  "multipart/form-data)");
	struct guide_file f = { up->filename, up->val, up->len };
	if (store_guide_attach(r->db, &who, r->path_id, &f, &id, &err) ||
	    store_guide_attachment_get(r->db, id, &a, &err))
		return reply_error(r, &err);
	json_t *j = guide_attachment_to_json(&a);
	guide_attachment_release(&a);
	return reply_json(r, 201, j);
}

/* DELETE /api/v1/sosialisasi-lampiran/{id} */
static int api_guide_attachment_delete(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct guide_attachment a;
	if (store_guide_attachment_get(r->db, r->path_id, &a, &err))
		return reply_error(r, &err);
	int64_t guide_id = a.guide_id;
	guide_attachment_release(&a);
	struct guide g;
	unsigned roles = 0;
	if (guide_load(r, guide_id, &g, &roles, &err))
		return reply_error(r, &err);
	guide_release(&g);
	if (!guide_may(roles, GUIDE_ROLE_MANAGE, &err) ||
	    store_guide_attachment_delete(r->db, &who, r->path_id, &err))
		return reply_error(r, &err);
	return reply_guide(r, guide_id, 200);
}

/* GET /api/v1/sosialisasi-lampiran/{id} */
static int api_guide_download(struct req *r)
{
	return reply_guide_attachment(r, r->path_id);
}

const struct route api_briefing_routes[] = {
	{ "GET", "/api/v1/sosialisasi", api_guide_mine, ACCESS_LOGIN },
	{ "POST", "/api/v1/sosialisasi", api_guide_create, ACCESS_MANAGE },
	{ "GET", "/api/v1/sosialisasi/kelola", api_guide_managed, ACCESS_READ_ALL },
	{ "GET", "/api/v1/sosialisasi/kriteria", api_guide_criteria_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/sosialisasi/kriteria", api_guide_criteria_put, ACCESS_ADMIN },
	{ "GET", "/api/v1/sosialisasi/{id}", api_guide_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/sosialisasi/{id}", api_guide_update, ACCESS_MANAGE },
	{ "POST", "/api/v1/sosialisasi/{id}/terbitkan", api_guide_publish, ACCESS_MANAGE },
	{ "POST", "/api/v1/sosialisasi/{id}/tarik", api_guide_withdraw, ACCESS_MANAGE },
	{ "POST", "/api/v1/sosialisasi/{id}/lampiran", api_guide_attach, ACCESS_MANAGE },
	{ "POST", "/api/v1/sosialisasi/{id}/kuis", api_guide_answer, ACCESS_LOGIN },
	{ "POST", "/api/v1/sosialisasi/{id}/ketahui", api_guide_ack, ACCESS_LOGIN },
	{ "GET", "/api/v1/sosialisasi/{id}/cakupan", api_guide_coverage, ACCESS_READ_ALL },
	{ "POST", "/api/v1/sosialisasi/{id}/pengingat", api_guide_remind, ACCESS_MANAGE },
	{ "GET", "/api/v1/sosialisasi-lampiran/{id}", api_guide_download, ACCESS_LOGIN },
	{ "DELETE", "/api/v1/sosialisasi-lampiran/{id}", api_guide_attachment_delete,
	  ACCESS_MANAGE },
	{ NULL, NULL, NULL, 0 },
};
