/*
 * api_periods.c - performance periods over the API (with their checkpoint
 * calendars and actions), the organisation goals of a period, and the
 * cascade view; plus the two helpers the SKP handlers share.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api.h"
#include "api/api_plan.h"
#include "api/api_util.h"
#include "domain/cascade.h"
#include "domain/skp.h"
#include "http/auth.h"
#include "http/request.h"
#include "http/router.h"
#include "store/plan.h"

/* Replies with an error, the store's field names renamed to the API's.  A
 * missing object named in the path has no field. */
int reply_plan_error(struct req *r, struct kerr *err)
{
	plan_rename_field(err);
	if (err->code == KERR_NOT_FOUND && strcmp(err->field, "salin_dari") != 0)
		err->field[0] = '\0';
	return reply_error(r, err);
}

/* The period from the query parameter `periode`, else the current one;
 * 0 in *id (no error) when there is none at all. */
int period_from_query(struct req *r, int64_t *id, struct kerr *err)
{
	struct period p;
	if (req_query_id(r, "periode", id, err) < 0)
		return -1;
	if (*id)
		return 0;
	if (store_period_current(r->db, &p, err) == 0) {
		*id = p.id;
		return 0;
	}
	if (err->code != KERR_NOT_FOUND)
		return -1;
	kerr_clear(err);
	return 0;
}

/* ---- periods --------------------------------------------------------------------- */

/* GET /api/v1/periode: every period, as one page. */
static int api_period_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct period *ps = NULL;
	size_t n = 0;
	if (store_period_list(r->db, &ps, &n, &err) < 0)
		return reply_plan_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, period_to_json(&ps[i]));
	free(ps);
	return reply_json(r, 200, api_list(items, (int64_t)n, 1, (int)n));
}

/* Replies with period `id` and its checkpoint calendar. */
static int reply_period(struct req *r, int status, int64_t id)
{
	struct kerr err = KERR_INIT;
	struct period p;
	struct checkpoint *cps = NULL;
	size_t n = 0;
	if (store_period_get(r->db, id, &p, &err) < 0 ||
	    store_checkpoint_list(r->db, id, &cps, &n, &err) < 0)
		return reply_plan_error(r, &err);
	json_t *j = period_to_json(&p);
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, checkpoint_to_json(&cps[i]));
	free(cps);
	json_object_set_new(j, "checkpoint", arr);
	return reply_json(r, status, j);
}

/* GET /api/v1/periode/{id} */
static int api_period_get(struct req *r)
{
	return reply_period(r, 200, r->path_id);
}

/* POST /api/v1/periode: 201 with the new period (state draft). */
static int api_period_create(struct req *r)
{
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct period p;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	memset(&p, 0, sizeof p);
	int rc = period_read(body, &p, &err);
	json_decref(body);
	if (rc < 0)
		return reply_plan_error(r, &err);
	if (store_period_create(r->db, &who, &p, &err) < 0)
		return reply_plan_error(r, &err);
	return reply_period(r, 201, p.id);
}

/* Reads the one required text field `name` of a small body into dst. */
static int read_one(struct req *r, const char *name, char *dst, size_t size, struct kerr *err)
{
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 1;
	const struct json_field f[] = { { name, dst, size, 1 } };
	int rc = json_take_strings(body, f, 1, NULL, err);
	json_decref(body);
	return rc;
}

/* POST /api/v1/periode/{id}/aksi {aksi: buka|kunci|tutup} */
static int api_period_act(struct req *r)
{
	char action[16];
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int rc = read_one(r, "aksi", action, sizeof action, &err);
	if (rc)
		return rc > 0 ? 0 : reply_plan_error(r, &err);
	if (strcmp(action, "buka") && strcmp(action, "kunci") && strcmp(action, "tutup"))
		return reply_fail(r, KERR_INVALID, "aksi",
				  "Kolom 'aksi' harus 'buka', 'kunci' atau 'tutup'");
	if (store_period_act(r->db, &who, r->path_id, action, &err) < 0)
		return reply_plan_error(r, &err);
	return reply_period(r, 200, r->path_id);
}

/* PUT /api/v1/periode/{id}/kalender {kalender: triwulan|bulanan} */
static int api_period_cadence(struct req *r)
{
	char cadence[16];
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int rc = read_one(r, "kalender", cadence, sizeof cadence, &err);
	if (rc)
		return rc > 0 ? 0 : reply_plan_error(r, &err);
	if (store_period_set_cadence(r->db, &who, r->path_id, cadence, &err) < 0)
		return reply_plan_error(r, &err);
	return reply_period(r, 200, r->path_id);
}

/* ---- organisation goals ------------------------------------------------------------ */

/* GET /api/v1/periode/{id}/sasaran?unit=ID: the period's goals; with a
 * unit, those an RHK of that unit may point at (its own and above). */
static int api_goal_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct period p;
	struct goal *gs = NULL;
	size_t n = 0;
	int64_t unit = 0;
	if (req_query_id(r, "unit", &unit, &err) < 0 ||
	    store_period_get(r->db, r->path_id, &p, &err) < 0 ||
	    store_goal_list(r->db, p.id, unit, &gs, &n, &err) < 0)
		return reply_plan_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, goal_to_json(&gs[i]));
	goals_free(gs, n);
	return reply_json(r, 200, api_list(items, (int64_t)n, 1, (int)n));
}

/* The unit of kode_unit, as KERR_INVALID on that field when unknown. */
static int unit_of_code(struct req *r, const char *code, struct unit *u, struct kerr *err)
{
	if (store_unit_by_code(r->db, code, u, err) == 0)
		return 0;
	if (err->code != KERR_NOT_FOUND)
		return -1;
	kerr_clear(err);
	return kerr_set(err, KERR_INVALID, "kode_unit", "Unit kerja dengan kode '%s' tidak ditemukan",
			code);
}

/* POST /api/v1/periode/{id}/sasaran {kode, kode_unit, teks, indikator} */
static int api_goal_create(struct req *r)
{
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct goal g;
	struct unit u;
	char unit_code[sizeof u.code], text[TEXT_BUF], indicator[TEXT_BUF] = "";
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	memset(&g, 0, sizeof g);
	g.period_id = r->path_id;
	g.text = text;
	g.indicator = indicator;
	const struct json_field fields[] = {
		{ "kode", g.code, sizeof g.code, 1 },
		{ "kode_unit", unit_code, sizeof unit_code, 1 },
		{ "teks", text, sizeof text, 1 },
		{ "indikator", indicator, sizeof indicator, 0 },
	};
	int rc = json_take_strings(body, fields, sizeof fields / sizeof fields[0], NULL, &err);
	json_decref(body);
	if (rc < 0 || unit_of_code(r, unit_code, &u, &err) < 0)
		return reply_plan_error(r, &err);
	g.unit_id = u.id;
	copy_str(g.unit_name, sizeof g.unit_name, u.name);
	if (store_goal_create(r->db, &who, &g, &err) < 0)
		return reply_plan_error(r, &err);
	return reply_json(r, 201, goal_to_json(&g));
}

/* GET /api/v1/kaskade?periode=&unit=: the cascade of goals and results,
 * depth first, with the goals no RHK supports and the RHK that support
 * nothing. */
static int api_cascade(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct cascade c;
	int64_t period = 0, unit = 0;
	if (period_from_query(r, &period, &err) < 0 || req_query_id(r, "unit", &unit, &err) < 0)
		return reply_plan_error(r, &err);
	if (!period)
		return reply_fail(r, KERR_NOT_FOUND, "periode", "Belum ada periode kinerja");
	if (store_cascade(r->db, period, unit, &c, &err) < 0)
		return reply_plan_error(r, &err);
	json_t *j = cascade_to_json(&c);
	cascade_release(&c);
	json_object_set_new(j, "periode_id", json_integer(period));
	json_object_set_new(j, "unit_id", api_id(unit));
	return reply_json(r, 200, j);
}

const struct route api_period_routes[] = {
	{ "GET", "/api/v1/periode", api_period_list, ACCESS_LOGIN },
	{ "POST", "/api/v1/periode", api_period_create, ACCESS_ADMIN },
	{ "GET", "/api/v1/periode/{id}", api_period_get, ACCESS_LOGIN },
	{ "POST", "/api/v1/periode/{id}/aksi", api_period_act, ACCESS_ADMIN },
	{ "PUT", "/api/v1/periode/{id}/kalender", api_period_cadence, ACCESS_ADMIN },
	{ "GET", "/api/v1/periode/{id}/sasaran", api_goal_list, ACCESS_LOGIN },
	{ "POST", "/api/v1/periode/{id}/sasaran", api_goal_create, ACCESS_ADMIN },
	{ "GET", "/api/v1/kaskade", api_cascade, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
