/*
 * api_guidance.c - guidance (pembinaan) over the API: the caller's
 * overview (GET /api/v1/pembinaan: their own records, their subordinates'
 * improvement plans, HR's units with overdue counts), what is overdue
 * (GET /api/v1/pembinaan/terlambat), one employee's records
 * (GET /api/v1/pembinaan/pegawai/{id}), sessions (create, read, change,
 * delete, the employee's response), and the route table of every guidance
 * route (the plans' handlers are in api_guidance_plan.c).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "api/api_guidance.h"
#include "api/api_util.h"
#include "http/assess_access.h"
#include "http/request.h"
#include "http/router.h"

#define TEXT_BUF (GUIDANCE_TEXT_MAX * 4 + 1)
#define TOPIC_BUF (GUIDANCE_TOPIC_MAX * 4 + 1)

/* ---- overviews ------------------------------------------------------------------------ */

static json_t *plans_json(struct req *r, const struct guidance_query *q, unsigned roles,
			  struct kerr *err)
{
	struct improvement_plan *v = NULL;
	size_t n = 0;
	if (store_improvement_plan_list(r->db, q, &v, &n, err))
		return NULL;
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, improvement_plan_json(&v[i], roles));
	improvement_plans_free(v, n);
	return a;
}

static json_t *sessions_json(struct req *r, const struct guidance_query *q, unsigned roles,
			     struct kerr *err)
{
	struct guidance_session *v = NULL;
	size_t n = 0;
	if (store_guidance_session_list(r->db, q, &v, &n, err))
		return NULL;
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, guidance_session_json(&v[i], roles));
	guidance_sessions_free(v, n);
	return a;
}

static json_t *devs_json(struct req *r, const struct guidance_query *q, unsigned roles,
			 struct kerr *err)
{
	struct development_item *v = NULL;
	size_t n = 0;
	if (store_development_list(r->db, q, &v, &n, err))
		return NULL;
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, development_item_json(&v[i], roles));
	development_items_free(v, n);
	return a;
}

static json_t *units_json(struct req *r, int64_t root, struct kerr *err)
{
	struct guidance_unit_row *v = NULL;
	size_t n = 0;
	if (store_guidance_units(r->db, root, &v, &n, err))
		return NULL;
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, guidance_unit_json(&v[i]));
	free(v);
	return a;
}

/* Sets key to value, or records a failure (value NULL). */
static int put(json_t *obj, const char *key, json_t *value)
{
	if (!value)
		return -1;
	json_object_set_new(obj, key, value);
	return 0;
}

/* GET /api/v1/pembinaan */
static int api_guidance_overview(struct req *r)
{
	struct kerr err = KERR_INIT;
	json_t *j = json_object();
	int64_t me = r->who.employee_id, root = guidance_hr_root(r);
	int rc = 0;
	if (me) {
		struct guidance_query q = { .employee_id = me };
		json_t *mine = json_object();
		json_object_set_new(j, "saya", mine);
		rc = put(mine, "rencana_perbaikan", plans_json(r, &q, GUIDE_SELF | GUIDE_READ, &err)) ||
		     put(mine, "sesi", sessions_json(r, &q, GUIDE_SELF | GUIDE_READ, &err)) ||
		     put(mine, "pengembangan", devs_json(r, &q, GUIDE_SELF | GUIDE_READ, &err));
	}
	if (!rc && guidance_may_lead_anyone(r)) {
		struct guidance_query q = { .superior_id = me, .only_open = 1 };
		rc = put(j, "bawahan", plans_json(r, &q, GUIDE_LEAD | GUIDE_READ, &err));
	}
	if (!rc && root >= 0)
		rc = put(j, "unit", units_json(r, root, &err));
	if (rc) {
		json_decref(j);
		return reply_error(r, &err);
	}
	return reply_json(r, 200, j);
}

/* GET /api/v1/pembinaan/terlambat: the overdue improvement plans the
 * caller leads (subordinates) or oversees (HR's units), overdue first. */
static int api_guidance_overdue(struct req *r)
{
	struct kerr err = KERR_INIT;
	int64_t root = guidance_hr_root(r);
	json_t *a;
	if (root >= 0) {
		struct guidance_query q = { .unit_root = root, .only_overdue = 1 };
		a = plans_json(r, &q, GUIDE_READ, &err);
	} else if (guidance_may_lead_anyone(r)) {
		struct guidance_query q = { .superior_id = r->who.employee_id, .only_overdue = 1 };
		a = plans_json(r, &q, GUIDE_LEAD | GUIDE_READ, &err);
	} else {
		a = json_array();
	}
	if (!a)
		return reply_error(r, &err);
	return reply_json(r, 200, json_pack("{s:o}", "items", a));
}

/* GET /api/v1/pembinaan/pegawai/{id}: one employee's records. */
static int api_guidance_employee(struct req *r)
{
	struct kerr err = KERR_INIT;
	unsigned roles = 0;
	if (guidance_roles_check(r, r->path_id, &roles, &err))
		return reply_error(r, &err);
	struct guidance_query q = { .employee_id = r->path_id };
	json_t *j = json_pack("{s:I}", "pegawai_id", (json_int_t)r->path_id);
	json_t *can = json_array();
	if (roles & GUIDE_LEAD)
		json_array_append_new(can, json_string("catat_sesi"));
	if (roles & (GUIDE_LEAD | GUIDE_SELF))
		json_array_append_new(can, json_string("tambah_pengembangan"));
	json_object_set_new(j, "aksi_tersedia", can);
	if (put(j, "rencana_perbaikan", plans_json(r, &q, roles, &err)) ||
	    put(j, "sesi", sessions_json(r, &q, roles, &err)) ||
	    put(j, "pengembangan", devs_json(r, &q, roles, &err))) {
		json_decref(j);
		return reply_error(r, &err);
	}
	return reply_json(r, 200, j);
}

/* ---- sessions ------------------------------------------------------------------------------ */

static int reply_session(struct req *r, int64_t id, int status)
{
	struct kerr err = KERR_INIT;
	struct guidance_session s;
	unsigned roles = 0;
	if (guidance_session_load(r, id, &s, &roles, &err))
		return reply_error(r, &err);
	json_t *j = guidance_session_json(&s, roles);
	guidance_session_release(&s);
	return reply_json(r, status, j);
}

struct session_texts {
	char kind[32], held_on[32], follow_up[32], topic[TOPIC_BUF], actions[TEXT_BUF];
};

/* Reads a session body (pegawai_id when `create`) into in and t. */
static int session_read(json_t *body, int create, struct session_input *in,
			struct session_texts *t, struct kerr *err)
{
	static const char *const extra_create[] = { "pegawai_id", NULL };
	static const char *const extra_update[] = { "version", NULL };
	const struct json_field f[] = {
		{ "jenis", t->kind, sizeof t->kind, 0 },
		{ "tanggal", t->held_on, sizeof t->held_on, 0 },
		{ "topik", t->topic, sizeof t->topic, 0 },
		{ "kesepakatan", t->actions, sizeof t->actions, 0 },
		{ "tanggal_tindak_lanjut", t->follow_up, sizeof t->follow_up, 0 },
	};
	if (json_take_strings(body, f, 5, create ? extra_create : extra_update, err))
		return -1;
	if (create && json_take_int(body, "pegawai_id", 1, 0, &in->employee_id, err) <= 0)
		return kerr_set(err, KERR_INVALID, "pegawai_id", "Kolom 'pegawai_id' wajib diisi "
				"(id pegawai yang dibina)");
	if (!create && json_take_int(body, "version", 1, 0, &in->version, err) < 0)
		return -1;
	in->kind = t->kind;
	in->held_on = t->held_on;
	in->topic = t->topic;
	in->actions = t->actions;
	in->follow_up_on = t->follow_up;
	return 0;
}

/* POST /api/v1/pembinaan/sesi {pegawai_id, jenis, tanggal, topik, kesepakatan?,
 * tanggal_tindak_lanjut?}: 201 with the session. */
static int api_session_create(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct session_input in = { 0 };
	struct session_texts *t = xcalloc(1, sizeof *t);
	char name[300];
	unsigned roles = 0;
	int64_t id = 0;
	json_t *body = req_json_or_reply(r);
	if (!body) {
		free(t);
		return 0;
	}
	int rc = session_read(body, 1, &in, t, &err);
	json_decref(body);
	if (!rc && guidance_roles_check(r, in.employee_id, &roles, &err)) {
		rc = -1;
		if (err.code == KERR_NOT_FOUND) {
			kerr_clear(&err);
			kerr_set(&err, KERR_INVALID, "pegawai_id", "Pegawai tidak ditemukan");
		}
	}
	if (!rc && !guidance_may(roles, GUIDE_LEAD, "mencatat sesi pembinaan", &err))
		rc = -1;
	caller_display_name(r, name, sizeof name);
	in.led_by_id = r->who.employee_id;
	in.led_by_name = name;
	if (!rc)
		rc = store_guidance_session_create(r->db, &who, &in, &id, &err);
	free(t);
	return rc ? reply_error(r, &err) : reply_session(r, id, 201);
}

/* GET /api/v1/pembinaan/sesi/{id} */
static int api_session_get(struct req *r)
{
	return reply_session(r, r->path_id, 200);
}

/* Loads the session for a caller with `need` and reads the body. */
static json_t *session_for(struct req *r, unsigned need, const char *what, struct kerr *err)
{
	struct guidance_session s;
	unsigned roles = 0;
	if (guidance_session_load(r, r->path_id, &s, &roles, err))
		return NULL;
	guidance_session_release(&s);
	if (!guidance_may(roles, need, what, err))
		return NULL;
	return req_json_or_reply(r);
}

/* PUT /api/v1/pembinaan/sesi/{id} {jenis, tanggal, topik, kesepakatan?,
 * tanggal_tindak_lanjut?, version?} */
static int api_session_put(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct session_input in = { 0 };
	json_t *body = session_for(r, GUIDE_LEAD, "mengubah sesi pembinaan", &err);
	if (!body)
		return kerr_is_set(&err) ? reply_error(r, &err) : 0;
	struct session_texts *t = xcalloc(1, sizeof *t);
	int rc = session_read(body, 0, &in, t, &err);
	json_decref(body);
	if (!rc)
		rc = store_guidance_session_update(r->db, &who, r->path_id, &in, &err);
	free(t);
	return rc ? reply_error(r, &err) : reply_session(r, r->path_id, 200);
}

/* POST /api/v1/pembinaan/sesi/{id}/tanggapan {tanggapan, version?} */
static int api_session_respond(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t version = 0;
	json_t *body = session_for(r, GUIDE_SELF, "menanggapi sesi pembinaannya", &err);
	if (!body)
		return kerr_is_set(&err) ? reply_error(r, &err) : 0;
	char *text = xcalloc(1, TEXT_BUF);
	static const char *const extra[] = { "version", NULL };
	const struct json_field f[] = { { "tanggapan", text, TEXT_BUF, 1 } };
	int rc = json_take_strings(body, f, 1, extra, &err) < 0 ||
		 json_take_int(body, "version", 1, 0, &version, &err) < 0;
	json_decref(body);
	if (!rc)
		rc = store_guidance_session_respond(r->db, &who, r->path_id, text, version, &err);
	free(text);
	return rc ? reply_error(r, &err) : reply_session(r, r->path_id, 200);
}

/* DELETE /api/v1/pembinaan/sesi/{id}[?version=N] */
static int api_session_delete(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct guidance_session s;
	unsigned roles = 0;
	long long version = 0;
	const char *v = req_query(r, "version");
	if (v && parse_whole_in(v, 1, INT64_MAX, &version) < 0)
		return reply_fail(r, KERR_INVALID, "version", "version harus bilangan bulat positif");
	if (guidance_session_load(r, r->path_id, &s, &roles, &err))
		return reply_error(r, &err);
	guidance_session_release(&s);
	if (!guidance_may(roles, GUIDE_LEAD, "menghapus sesi pembinaan", &err) ||
	    store_guidance_session_delete(r->db, &who, r->path_id, version, &err))
		return reply_error(r, &err);
	return reply_json(r, 200, json_pack("{s:b, s:I}", "dihapus", 1, "id",
					    (json_int_t)r->path_id));
}

const struct route api_guidance_routes[] = {
	{ "GET", "/api/v1/pembinaan", api_guidance_overview, ACCESS_LOGIN },
	{ "GET", "/api/v1/pembinaan/terlambat", api_guidance_overdue, ACCESS_LOGIN },
	{ "GET", "/api/v1/pembinaan/pegawai/{id}", api_guidance_employee, ACCESS_LOGIN },
	{ "POST", "/api/v1/pembinaan/sesi", api_session_create, ACCESS_LOGIN },
	{ "GET", "/api/v1/pembinaan/sesi/{id}", api_session_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/pembinaan/sesi/{id}", api_session_put, ACCESS_LOGIN },
	{ "DELETE", "/api/v1/pembinaan/sesi/{id}", api_session_delete, ACCESS_LOGIN },
	{ "POST", "/api/v1/pembinaan/sesi/{id}/tanggapan", api_session_respond, ACCESS_LOGIN },
	{ "GET", "/api/v1/pembinaan/rencana-perbaikan/{id}", api_plan_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/pembinaan/rencana-perbaikan/{id}", api_plan_put, ACCESS_LOGIN },
	{ "POST", "/api/v1/pembinaan/rencana-perbaikan/{id}/hasil", api_plan_outcome,
	  ACCESS_LOGIN },
	{ "PUT", "/api/v1/pembinaan/titik/{id}", api_checkpoint_put, ACCESS_LOGIN },
	{ "POST", "/api/v1/pembinaan/pengembangan", api_dev_create, ACCESS_LOGIN },
	{ "GET", "/api/v1/pembinaan/pengembangan/{id}", api_dev_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/pembinaan/pengembangan/{id}", api_dev_put, ACCESS_LOGIN },
	{ "DELETE", "/api/v1/pembinaan/pengembangan/{id}", api_dev_delete, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
