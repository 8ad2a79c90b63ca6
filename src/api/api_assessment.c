/*
 * api_assessment.c - the assessment of an SKP over the API: reading one
 * (GET /api/v1/skp/{id}/penilaian?jenis=periodik&titik=ID | jenis=tahunan),
 * saving the ratings (PUT, the pejabat penilai), finalising them
 * (POST .../tetapkan) and the employee's acknowledgement
 * (POST .../diketahui); and the route table of every assessment route
 * (the unit predicate and curve are in api_unit_result.c, the
 * explanation in api_explain.c).  The predicate is never taken from the
 * client: a body naming it is refused with 400.
 */
#include <stdlib.h>
#include <string.h>

#include "api/api_assessment.h"
#include "api/api_util.h"
#include "api/api_lists.h"
#include "http/request.h"
#include "http/router.h"

#define REASON_BUF (ASSESS_REASON_MAX * 4 + 1)

/* One assessment request: the SKP, which assessment, its checkpoint. */
struct assess_req {
	struct assess_ctx c;
	enum assessment_kind kind;
	struct checkpoint cp;      /* periodik; cp.id 0 for tahunan */
};

static int reply_assess_error(struct req *r, struct kerr *err)
{
	if (!strcmp(err->field, "skp"))
		copy_str(err->field, sizeof err->field, "");
	return reply_error(r, err);
}

/* Loads the SKP (the caller may read it) and the assessment the query names. */
static int req_load(struct req *r, struct assess_req *q, struct kerr *err)
{
	int64_t cp = 0;
	memset(q, 0, sizeof *q);
	if (assess_ctx_load(r, r->path_id, &q->c, err))
		return -1;
	if (assess_which(req_query(r, "jenis"), req_query(r, "titik"), &q->kind, &cp, err))
		goto fail;
	if (q->kind == ASSESS_TAHUNAN)
		return 0;
	if (store_checkpoint_get(r->db, cp, &q->cp, err) || !checkpoint_in_skp(&q->cp, &q->c.s)) {
		kerr_clear(err);
		kerr_set(err, KERR_INVALID, "titik", "Titik periksa bukan bagian dari periode dan "
			 "bulan SKP ini");
		goto fail;
	}
	return 0;
fail:
	assess_ctx_release(&q->c);
	return -1;
}

/* 1 if the assessment may change now (the store checks again). */
static int open_now(const struct assess_req *q)
{
	if (strcmp(q->c.s.state, "disetujui") || q->c.ps == PERIOD_CLOSED || q->c.ps == PERIOD_DRAFT)
		return 0;
	return q->kind == ASSESS_TAHUNAN || !strcmp(q->cp.state, CHECKPOINT_OPEN);
}

static json_t *actions_json(const struct assess_req *q, const struct assessment *a)
{
	json_t *arr = json_array();
	if (q->c.role == SKP_ROLE_ASSESSOR && open_now(q)) {
		json_array_append_new(arr, json_string("simpan"));
		if (a->id && !a->final)
			json_array_append_new(arr, json_string("tetapkan"));
	}
	if (q->c.role == SKP_ROLE_OWNER && a->final && !a->acknowledged_at)
		json_array_append_new(arr, json_string("ketahui"));
	return arr;
}

/* Replies with the assessment as stored now. */
static int reply_assessment(struct req *r, struct assess_req *q)
{
	struct assessment a;
	struct kerr err = KERR_INIT;
	int rc = store_assessment_get(r->db, q->c.s.id, q->kind, q->cp.id, &a, &err);
	if (rc >= 0)
		reply_json(r, 200, assessment_to_json(&q->c, &a, q->kind,
						      q->kind == ASSESS_PERIODIK ? &q->cp : NULL,
						      actions_json(q, &a)));
	else
		reply_assess_error(r, &err);
	assessment_release(&a);
	assess_ctx_release(&q->c);
	return 0;
}

/* GET /api/v1/skp/{id}/penilaian */
static int api_assessment_get(struct req *r)
{
	struct assess_req q;
	struct kerr err = KERR_INIT;
	if (req_load(r, &q, &err))
		return reply_assess_error(r, &err);
	return reply_assessment(r, &q);
}

/* ---- the body of a PUT ------------------------------------------------------------------- */

static int version_field(json_t *body, int64_t *version, struct kerr *err)
{
	int rc = json_take_int(body, "version", 0, 0, version, err);
	if (rc == 0)
		return kerr_set(err, KERR_INVALID, "version", "Kolom 'version' wajib diisi (0 untuk "
				"penilaian baru)");
	return rc < 0 ? -1 : 0;
}

static int body_read(json_t *body, struct assessment_input *in, char *hasil_reason,
		     char *perilaku_reason, struct kerr *err)
{
	static const char *const extra[] = { "hasil_kerja", "perilaku_kerja", "version", "tetapkan",
					      NULL };
	const struct json_field f[] = {
		{ "alasan_hasil_kerja", hasil_reason, REASON_BUF, 0 },
		{ "alasan_perilaku_kerja", perilaku_reason, REASON_BUF, 0 },
	};
	json_t *fin = json_object_get(body, "tetapkan");
	if (json_take_strings(body, f, 2, extra, err) ||
	    json_take_rating(body, "hasil_kerja", &in->hasil, err) ||
	    json_take_rating(body, "perilaku_kerja", &in->perilaku, err) ||
	    version_field(body, &in->version, err))
		return -1;
	if (fin && !json_is_boolean(fin))
		return kerr_set(err, KERR_INVALID, "tetapkan", "Kolom 'tetapkan' harus true atau false");
	in->finalise = fin && json_is_true(fin);
	return 0;
}

static void input_init(struct req *r, const struct assess_req *q, struct assessment_input *in)
{
	memset(in, 0, sizeof *in);
	in->skp_id = q->c.s.id;
	in->kind = q->kind;
	in->checkpoint_id = q->cp.id;
	in->hasil = in->perilaku = RATING__LEVELS;
	in->assessor_id = r->who.employee_id;
	in->assessor_name = q->c.caller_name;
}

/* Loads the request for the pejabat penilai, and its JSON body. */
static json_t *load_for_rating(struct req *r, struct assess_req *q, struct kerr *err)
{
	if (req_load(r, q, err))
		return NULL;
	if (!assess_may_rate(&q->c, err)) {
		assess_ctx_release(&q->c);
		return NULL;
	}
	json_t *body = req_json_or_reply(r);
	if (!body)
		assess_ctx_release(&q->c);
	return body;
}

/* PUT /api/v1/skp/{id}/penilaian {hasil_kerja, alasan_hasil_kerja,
 * perilaku_kerja, alasan_perilaku_kerja, version, tetapkan?} */
static int api_assessment_put(struct req *r)
{
	struct assess_req q;
	struct assessment_input in;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t id = 0;
	json_t *body = load_for_rating(r, &q, &err);
	if (!body)
		return kerr_is_set(&err) ? reply_assess_error(r, &err) : 0;
	if (api_refuse_predicate(r, body)) {
		json_decref(body);
		assess_ctx_release(&q.c);
		return 0;
	}
	char *hasil_reason = xcalloc(1, REASON_BUF), *perilaku_reason = xcalloc(1, REASON_BUF);
	input_init(r, &q, &in);
	int rc = body_read(body, &in, hasil_reason, perilaku_reason, &err);
	json_decref(body);
	in.hasil_reason = hasil_reason;
	in.perilaku_reason = perilaku_reason;
	if (!rc)
		rc = store_assessment_save(r->db, &who, &in, &id, &err);
	free(hasil_reason);
	free(perilaku_reason);
	if (!rc)
		return reply_assessment(r, &q);
	assess_ctx_release(&q.c);
	return reply_assess_error(r, &err);
}

/* POST /api/v1/skp/{id}/penilaian/tetapkan {version} */
static int api_assessment_finalise(struct req *r)
{
	struct assess_req q;
	struct assessment_input in;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	json_t *body = load_for_rating(r, &q, &err);
	if (!body)
		return kerr_is_set(&err) ? reply_assess_error(r, &err) : 0;
	input_init(r, &q, &in);
	static const char *const extra[] = { "version", NULL };
	int rc = json_take_strings(body, NULL, 0, extra, &err) ||
		 version_field(body, &in.version, &err);
	json_decref(body);
	if (rc || store_assessment_finalise(r->db, &who, &in, &err)) {
		assess_ctx_release(&q.c);
		return reply_assess_error(r, &err);
	}
	return reply_assessment(r, &q);
}

/* POST /api/v1/skp/{id}/penilaian/diketahui (the employee; no body needed) */
static int api_assessment_acknowledge(struct req *r)
{
	struct assess_req q;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	if (req_load(r, &q, &err))
		return reply_assess_error(r, &err);
	if (!assess_may_acknowledge(&q.c, &err) ||
	    store_assessment_acknowledge(r->db, &who, q.c.s.id, q.kind, q.cp.id, q.c.caller_name,
					 &err)) {
		assess_ctx_release(&q.c);
		return reply_assess_error(r, &err);
	}
	return reply_assessment(r, &q);
}

const struct route api_assessment_routes[] = {
	{ "GET", "/api/v1/penilaian", api_assessment_list_all, ACCESS_LOGIN },
	{ "GET", "/api/v1/skp/{id}/penilaian", api_assessment_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/skp/{id}/penilaian", api_assessment_put, ACCESS_LOGIN },
	{ "POST", "/api/v1/skp/{id}/penilaian/tetapkan", api_assessment_finalise, ACCESS_LOGIN },
	{ "POST", "/api/v1/skp/{id}/penilaian/diketahui", api_assessment_acknowledge, ACCESS_LOGIN },
	{ "GET", "/api/v1/skp/{id}/penjelasan", api_explanation, ACCESS_LOGIN },
	{ "GET", "/api/v1/predikat-unit", api_unit_overview, ACCESS_LOGIN },
	{ "GET", "/api/v1/unit/{id}/predikat", api_unit_result_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/unit/{id}/predikat", api_unit_result_put, ACCESS_LOGIN },
	{ "GET", "/api/v1/unit/{id}/kurva", api_curve_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/unit/{id}/kurva/alasan", api_curve_reason_put, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
