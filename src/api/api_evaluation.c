/*
 * api_evaluation.c - evaluating the system over the API: the surveys
 * (list, one, HR writing, opening and closing them), the threshold
 * setting, and the route table.  Answers, results, the process figures
 * and the comparison across periods are in api_evaluation_results.c.
 */
#include <stdlib.h>
#include <string.h>

#include "api/api_evaluation.h"
#include "api/api_util.h"
#include "http/assess_access.h"
#include "http/request.h"
#include "http/router.h"

/* api_evaluation_results.c */
int api_survey_answer(struct req *r);
int api_survey_results(struct req *r);
int api_eval_figures(struct req *r);
int api_eval_compare(struct req *r);

/* GET /api/v1/evaluasi/survei: the surveys the caller may see (HR and
 * readers: all of theirs, drafts for HR; an employee: those addressed to
 * them, with "saya"). */
static int api_survey_list(struct req *r)
{
	struct survey *v = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	if (store_survey_list(r->db, &v, &n, &err))
		return reply_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++) {
		unsigned roles = survey_roles(r, &v[i]);
		int hr = (roles & SURVEY_ROLE_MANAGE) || r->who.role == ROLE_ADMIN ||
			 r->who.role == ROLE_AUDITOR || r->who.role == ROLE_PENGELOLA;
		if (!(roles & SURVEY_ROLE_SEE) || (v[i].state == SURVEY_DRAF && !hr))
			continue;
		json_t *one = survey_summary_json(&v[i]);
		if (roles & SURVEY_ROLE_ADDRESSED)
			json_object_set_new(one, "saya", json_pack("{s:b, s:b}", "dituju", 1,
				"sudah_menjawab", store_survey_has_answered(r->db, v[i].id,
									    r->who.employee_id,
									    &err) > 0));
		json_array_append_new(items, one);
	}
	surveys_free(v, n);
	return reply_json(r, 200, json_pack("{s:o}", "items", items));
}

static int reply_survey(struct req *r, int64_t id, int status)
{
	struct survey s;
	unsigned roles = 0;
	struct kerr err = KERR_INIT;
	if (survey_load(r, id, &s, &roles, &err))
		return reply_error(r, &err);
	json_t *j = survey_detail_json(r, &s, roles);
	survey_release(&s);
	return reply_json(r, status, j);
}

/* GET /api/v1/evaluasi/survei/{id} */
static int api_survey_get(struct req *r)
{
	return reply_survey(r, r->path_id, 200);
}

/* ---- HR's changes ----------------------------------------------------------------------------- */

struct survey_body {
	char title[SURVEY_TITLE_BUF], opens[16], closes[16];
	struct survey_question_def q[SURVEY_QUESTIONS_MAX];
	char text[SURVEY_QUESTIONS_MAX][SURVEY_QUESTION_BUF];
	int has_questions;
};

static int questions_from_json(json_t *arr, struct survey_body *b, size_t *nq,
			       struct kerr *err)
{
	size_t i;
	json_t *v;
	if (!json_is_array(arr) || json_array_size(arr) > SURVEY_QUESTIONS_MAX)
		return kerr_set(err, KERR_INVALID, "pertanyaan", "Kolom 'pertanyaan' harus daftar "
				"1 sampai %d pertanyaan", SURVEY_QUESTIONS_MAX);
	json_array_foreach(arr, i, v) {
		const char *kind = json_string_value(json_object_get(v, "jenis"));
		const char *aspect = json_string_value(json_object_get(v, "aspek"));
		const char *text = json_string_value(json_object_get(v, "teks"));
		if (question_kind_parse(kind, &b->q[i].kind))
			return kerr_set(err, KERR_INVALID, "pertanyaan", "Pertanyaan %zu: 'jenis' "
					"harus 'skala' atau 'teks'", i + 1);
		if (!aspect)
			b->q[i].aspect = ASPECT_LAIN;
		else if (survey_aspect_parse(aspect, &b->q[i].aspect))
			return kerr_set(err, KERR_INVALID, "pertanyaan", "Pertanyaan %zu: 'aspek' "
					"harus kejelasan, keadilan, kebermanfaatan, beban atau lain",
					i + 1);
		if (!text || copy_str(b->text[i], sizeof b->text[i], text))
			return kerr_set(err, KERR_INVALID, "pertanyaan", "Pertanyaan %zu: isi 'teks' "
					"(paling banyak %d karakter)", i + 1, SURVEY_QUESTION_MAX);
		b->q[i].text = b->text[i];
	}
	*nq = json_array_size(arr);
	return 0;
}

/* Reads {judul, periode_id, unit_id?, dibuka, ditutup, pertanyaan?, version?}. */
static int input_from_json(struct req *r, json_t *body, struct survey_input *in,
			   struct survey_body *b, struct kerr *err)
{
	static const char *const extra[] = { "periode_id", "unit_id", "pertanyaan", "version",
					     NULL };
	const struct json_field f[] = {
		{ "judul", b->title, sizeof b->title, 1 },
		{ "dibuka", b->opens, sizeof b->opens, 1 },
		{ "ditutup", b->closes, sizeof b->closes, 1 },
	};
	json_t *q = json_object_get(body, "pertanyaan");
	if (json_take_strings(body, f, 3, extra, err) ||
	    json_take_int(body, "periode_id", 1, 0, &in->period_id, err) < 0 ||
	    json_take_int(body, "unit_id", 1, 1, &in->unit_id, err) < 0 ||
	    json_take_int(body, "version", 1, 0, &in->rev, err) < 0)
		return -1;
	if (!in->period_id)
		return kerr_set(err, KERR_INVALID, "periode_id", "Kolom 'periode_id' wajib diisi");
	if (q && !json_is_null(q)) {
		if (questions_from_json(q, b, &in->nq, err))
			return -1;
		in->q = b->q;
		b->has_questions = 1;
	}
	in->title = b->title;
	in->opens_on = b->opens;
	in->closes_on = b->closes;
	return survey_may_target(r, in->unit_id, err);
}

/* POST /api/v1/evaluasi/survei: a draft (default questions unless
 * given), 201. */
static int api_survey_create(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct survey_input in = { 0 };
	char name[300];
	int64_t id = 0;
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct survey_body *b = xcalloc(1, sizeof *b);
	caller_display_name(r, name, sizeof name);
	in.actor_name = name;
	int rc = input_from_json(r, body, &in, b, &err);
	json_decref(body);
	if (!rc)
		rc = store_survey_create(r->db, &who, &in, &id, &err);
	free(b);
	return rc ? reply_error(r, &err) : reply_survey(r, id, 201);
}

/* Loads the survey for a caller with role `need`; *s filled on success. */
static int load_for(struct req *r, unsigned need, struct survey *s, struct kerr *err)
{
	unsigned roles = 0;
	if (survey_load(r, r->path_id, s, &roles, err))
		return -1;
	if (survey_may(roles, need, err))
		return 0;
	survey_release(s);
	return -1;
}

/* PUT /api/v1/evaluasi/survei/{id}: a draft again (its questions kept
 * when "pertanyaan" is absent). */
static int api_survey_update(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct survey_input in = { 0 };
	struct survey s;
	if (load_for(r, SURVEY_ROLE_MANAGE, &s, &err))
		return reply_error(r, &err);
	json_t *body = req_json_or_reply(r);
	if (!body) {
		survey_release(&s);
		return 0;
	}
	struct survey_body *b = xcalloc(1, sizeof *b);
	int rc = input_from_json(r, body, &in, b, &err);
	json_decref(body);
	if (!rc && !b->has_questions) {
		for (size_t i = 0; i < s.nq && i < SURVEY_QUESTIONS_MAX; i++) {
			b->q[i] = (struct survey_question_def){ s.q[i].kind, s.q[i].aspect, b->text[i] };
			copy_str(b->text[i], sizeof b->text[i], s.q[i].text);
		}
		in.q = b->q;
		in.nq = s.nq < SURVEY_QUESTIONS_MAX ? s.nq : SURVEY_QUESTIONS_MAX;
	}
	if (!rc)
		rc = store_survey_update(r->db, &who, r->path_id, &in, &err);
	free(b);
	survey_release(&s);
	return rc ? reply_error(r, &err) : reply_survey(r, r->path_id, 200);
}

typedef int (*survey_step_fn)(struct db *, const struct actor *, int64_t, int64_t,
			      const char *, struct kerr *);

static int survey_step(struct req *r, survey_step_fn step)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct survey s;
	int64_t rev = 0;
	char name[300];
	int rc = load_for(r, SURVEY_ROLE_MANAGE, &s, &err);
	if (!rc) {
		survey_release(&s);
		if ((rc = api_version_body(r, &rev, &err)) > 0)
			return 0;
	}
	caller_display_name(r, name, sizeof name);
	if (!rc)
		rc = step(r->db, &who, r->path_id, rev, name, &err);
	return rc ? reply_error(r, &err) : reply_survey(r, r->path_id, 200);
}

/* POST /api/v1/evaluasi/survei/{id}/buka {version?} */
static int api_survey_open(struct req *r)
{
	return survey_step(r, store_survey_open);
}

/* POST /api/v1/evaluasi/survei/{id}/tutup {version?} */
static int api_survey_close(struct req *r)
{
	return survey_step(r, store_survey_close);
}

/* ---- the threshold ------------------------------------------------------------------------------ */

static int reply_threshold(struct req *r)
{
	struct kerr err = KERR_INIT;
	int k = 0;
	if (store_survey_threshold(r->db, &k, &err))
		return reply_error(r, &err);
	return reply_json(r, 200, json_pack("{s:i, s:i}", "ambang", k, "minimum",
					    SURVEY_THRESHOLD_MIN));
}

/* GET /api/v1/evaluasi/pengaturan */
static int api_threshold_get(struct req *r)
{
	return reply_threshold(r);
}

/* PUT /api/v1/evaluasi/pengaturan {ambang} (admin) */
static int api_threshold_put(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t k = 0;
	static const char *const extra[] = { "ambang", NULL };
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	int rc = json_take_strings(body, NULL, 0, extra, &err);
	if (!rc && json_take_int(body, "ambang", INT64_MIN, 0, &k, &err) == 0)
		kerr_set(&err, KERR_INVALID, "ambang", "Kolom 'ambang' wajib diisi (jumlah "
			 "jawaban, paling sedikit %d)", SURVEY_THRESHOLD_MIN);
	json_decref(body);
	if (kerr_is_set(&err) || survey_threshold_check(k, &err) ||
	    store_survey_threshold_set(r->db, &who, (int)k, &err))
		return reply_error(r, &err);
	return reply_threshold(r);
}

const struct route api_evaluation_routes[] = {
	{ "GET", "/api/v1/evaluasi/survei", api_survey_list, ACCESS_LOGIN },
	{ "POST", "/api/v1/evaluasi/survei", api_survey_create, ACCESS_MANAGE },
	{ "GET", "/api/v1/evaluasi/survei/{id}", api_survey_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/evaluasi/survei/{id}", api_survey_update, ACCESS_MANAGE },
	{ "POST", "/api/v1/evaluasi/survei/{id}/buka", api_survey_open, ACCESS_MANAGE },
	{ "POST", "/api/v1/evaluasi/survei/{id}/tutup", api_survey_close, ACCESS_MANAGE },
	{ "POST", "/api/v1/evaluasi/survei/{id}/jawaban", api_survey_answer, ACCESS_LOGIN },
	{ "GET", "/api/v1/evaluasi/survei/{id}/hasil", api_survey_results, ACCESS_LOGIN },
	{ "GET", "/api/v1/evaluasi/angka", api_eval_figures, ACCESS_LOGIN },
	{ "GET", "/api/v1/evaluasi/perbandingan", api_eval_compare, ACCESS_LOGIN },
	{ "GET", "/api/v1/evaluasi/pengaturan", api_threshold_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/evaluasi/pengaturan", api_threshold_put, ACCESS_ADMIN },
	{ NULL, NULL, NULL, ACCESS_PUBLIC },
};
