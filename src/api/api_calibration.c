/*
 * api_calibration.c - the JSON API of the calibration of a unit's
 * assessments (docs/api-calibration.md): the table (also as CSV or Excel
 * with ?format=), the proposals of a unit or waiting on the caller,
 * proposing, one proposal, and accepting, rejecting or withdrawing it;
 * and the route table.  The predicate is never taken from the client: a
 * proposal naming it is refused with 400.
 */
#include "api/api_calibration.h"
#include "api/api_util.h"
#include "http/assess_access.h"
#include "http/auth.h"
#include "http/request.h"
#include "http/router.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEXT_BUF (CALIB_TEXT_MAX * 4 + 1)

/* ---- the table ----------------------------------------------------------------------------- */

static int reply_table_file(struct req *r, const struct calib_table *t,
			    const struct calib_req *q, enum export_format f)
{
	struct kerr err = KERR_INIT;
	char name[120];
	if (calib_table_export(t, 1, q->sees_flags, f, &r->out, &err))
		return reply_error(r, &err);
	snprintf(name, sizeof name, "kalibrasi-%s-%d.%s", t->unit.code, t->period.year,
		 f == EXPORT_XLSX ? "xlsx" : "csv");
	return reply_download(r, f == EXPORT_XLSX ? "application/vnd.openxmlformats-"
			      "officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8", name);
}

/* GET /api/v1/kalibrasi?periode&unit&titik|jenis&urut&arah[&format=csv|xlsx] */
static int api_calib_table(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct calib_req q;
	struct calib_table t;
	enum export_format f = EXPORT_NONE;
	if (export_format_parse(req_query(r, "format"), &f, &err) ||
	    calib_req_of_query(r, &q, &err) || calib_table_for(r, &q, &t, &err))
		return reply_error(r, &err);
	if (f != EXPORT_NONE)
		reply_table_file(r, &t, &q, f);
	else
		reply_json(r, 200, calib_table_json(&t, r, &q));
	calib_table_release(&t);
	return 0;
}

/* ---- lists --------------------------------------------------------------------------------- */

static json_t *list_json(struct req *r, const struct calib_filter *f, struct kerr *err)
{
	struct calib_proposal *v = NULL;
	size_t n = 0;
	if (store_calib_list(r->db, f, &v, &n, err))
		return NULL;
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, calib_proposal_json(&v[i], calib_roles(r, &v[i])));
	calib_proposals_free(v, n);
	return arr;
}

static int state_of_query(struct req *r, int *state, struct kerr *err)
{
	const char *s = req_query(r, "status");
	enum calib_state st;
	*state = -1;
	if (!s || !*s)
		return 0;
	if (calib_state_parse(s, &st))
		return kerr_set(err, KERR_INVALID, "status", "status harus diajukan, diterima, "
				"ditolak atau ditarik");
	*state = (int)st;
	return 0;
}

/* GET /api/v1/kalibrasi/usulan[?periode&unit&status]: with ?unit (or
 * ?periode) the proposals of a unit the caller may see (default the
 * caller's unit); always untuk_diputus (waiting on the caller) and
 * diajukan_saya (the caller's own). */
static int api_calib_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct calib_filter mine = { .by_assessor = 1, .assessor_id = r->who.employee_id,
				     .state = CALIB_DIAJUKAN };
	struct calib_filter own = { .proposer_user_id = r->who.user_id, .state = -1 };
	json_t *answer = json_object(), *items = NULL;
	if (req_query(r, "unit") || req_query(r, "periode")) {
		struct calib_req q;
		struct calib_filter f = { .state = -1 };
		if (calib_req_of_query(r, &q, &err) || state_of_query(r, &f.state, &err))
			goto fail;
		f.period_id = q.period.id;
		f.unit_id = q.unit_id;
		if (!(items = list_json(r, &f, &err)))
			goto fail;
		json_object_set_new(answer, "items", items);
	}
	if (!r->who.employee_id && r->who.role != ROLE_ADMIN)
		json_object_set_new(answer, "untuk_diputus", json_array());
	else if (!(items = list_json(r, &mine, &err)))
		goto fail;
	else
		json_object_set_new(answer, "untuk_diputus", items);
	if (!(items = list_json(r, &own, &err)))
		goto fail;
	json_object_set_new(answer, "diajukan_saya", items);
	return reply_json(r, 200, answer);
fail:
	json_decref(answer);
	return reply_error(r, &err);
}

/* ---- one proposal ------------------------------------------------------------------------------ */

static int reply_proposal(struct req *r, int64_t id, int status)
{
	struct calib_proposal p;
	unsigned roles = 0;
	struct kerr err = KERR_INIT;
	if (calib_load(r, id, &p, &roles, &err))
		return reply_error(r, &err);
	json_t *j = calib_proposal_json(&p, roles);
	calib_proposal_release(&p);
	return reply_json(r, status, j);
}

/* GET /api/v1/kalibrasi/usulan/{id} */
static int api_calib_get(struct req *r)
{
	return reply_proposal(r, r->path_id, 200);
}

/* The body of a proposal: penilaian_id, hasil_kerja?, perilaku_kerja?, alasan. */
static int proposal_read(json_t *body, struct calib_input *in, char *reason, struct kerr *err)
{
	static const char *const extra[] = { "penilaian_id", "hasil_kerja", "perilaku_kerja", NULL };
	const struct json_field f[] = { { "alasan", reason, TEXT_BUF, 0 } };
	if (json_take_strings(body, f, 1, extra, err) ||
	    json_take_int(body, "penilaian_id", 1, 0, &in->assessment_id, err) < 0 ||
	    json_take_rating(body, "hasil_kerja", &in->hasil, err) ||
	    json_take_rating(body, "perilaku_kerja", &in->perilaku, err))
		return -1;
	if (!in->assessment_id)
		return kerr_set(err, KERR_INVALID, "penilaian_id", "Kolom 'penilaian_id' wajib diisi: "
				"penilaian yang diusulkan untuk diubah");
	in->reason = reason;
	return 0;
}

/* POST /api/v1/kalibrasi/usulan {penilaian_id, hasil_kerja?, perilaku_kerja?, alasan}: 201 */
static int api_calib_propose(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct calib_input in = { .hasil = RATING__LEVELS, .perilaku = RATING__LEVELS };
	char name[300];
	int64_t id = 0;
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	if (api_refuse_predicate(r, body)) {
		json_decref(body);
		return 0;
	}
	char *reason = xcalloc(1, TEXT_BUF);
	int rc = proposal_read(body, &in, reason, &err);
	json_decref(body);
	caller_display_name(r, name, sizeof name);
	in.proposer_employee_id = r->who.employee_id;
	in.proposer_name = name;
	if (!rc && !calib_may_propose(r, in.assessment_id, &err))
		rc = -1;
	if (!rc)
		rc = store_calib_propose(r->db, &who, &in, &id, &err);
	free(reason);
	return rc ? reply_error(r, &err) : reply_proposal(r, id, 201);
}

/* POST /api/v1/kalibrasi/usulan/{id}/terima|tolak|tarik {catatan?, version?} */
static int api_step(struct req *r, enum calib_step step)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct calib_proposal p;
	unsigned roles = 0;
	int64_t version = 0;
	char name[300];
	if (calib_load(r, r->path_id, &p, &roles, &err))
		return reply_error(r, &err);
	calib_proposal_release(&p);
	if (!calib_may_step(roles, step, &err))
		return reply_error(r, &err);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	char *note = xcalloc(1, TEXT_BUF);
	static const char *const extra[] = { "version", NULL };
	const struct json_field f[] = { { "catatan", note, TEXT_BUF, 0 } };
	int rc = json_take_strings(body, f, 1, extra, &err) < 0 ||
		 json_take_int(body, "version", 1, 0, &version, &err) < 0;
	json_decref(body);
	caller_display_name(r, name, sizeof name);
	if (!rc)
		rc = store_calib_step(r->db, &who, r->path_id, step, note, name, version, &err);
	free(note);
	return rc ? reply_error(r, &err) : reply_proposal(r, r->path_id, 200);
}

static int api_calib_accept(struct req *r)
{
	return api_step(r, CALIB_ACCEPT);
}

static int api_calib_reject(struct req *r)
{
	return api_step(r, CALIB_REJECT);
}

static int api_calib_withdraw(struct req *r)
{
	return api_step(r, CALIB_WITHDRAW);
}

const struct route api_calibration_routes[] = {
	{ "GET", "/api/v1/kalibrasi", api_calib_table, ACCESS_LOGIN },
	{ "GET", "/api/v1/kalibrasi/usulan", api_calib_list, ACCESS_LOGIN },
	{ "POST", "/api/v1/kalibrasi/usulan", api_calib_propose, ACCESS_LOGIN },
	{ "GET", "/api/v1/kalibrasi/usulan/{id}", api_calib_get, ACCESS_LOGIN },
	{ "POST", "/api/v1/kalibrasi/usulan/{id}/terima", api_calib_accept, ACCESS_LOGIN },
	{ "POST", "/api/v1/kalibrasi/usulan/{id}/tolak", api_calib_reject, ACCESS_LOGIN },
	{ "POST", "/api/v1/kalibrasi/usulan/{id}/tarik", api_calib_withdraw, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
