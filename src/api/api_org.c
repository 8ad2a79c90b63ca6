/*
 * api_org.c - the organisation over the API: units (unit kerja) and
 * positions (jabatan), listed for every user and changed by administrators.
 */
#include <stdlib.h>
#include <string.h>

#include "api/api.h"
#include "api/api_util.h"
#include "http/request.h"
#include "http/router.h"

/* ---- units ------------------------------------------------------------- */

/* GET /api/v1/unit: every unit, as one page. */
static int api_unit_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct unit *units = NULL;
	size_t n = 0;
	if (store_unit_list(r->db, &units, &n, &err) < 0)
		return reply_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, unit_to_json(&units[i]));
	free(units);
	return reply_json(r, 200, api_list(items, (int64_t)n, 1, (int)n));
}

/* POST /api/v1/unit: creates {code, name, kind, parent_code}. */
static int api_unit_create(struct req *r)
{
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct unit u = { 0 };
	const struct json_field fields[] = {
		{ "code", u.code, sizeof u.code, 1 },
		{ "name", u.name, sizeof u.name, 1 },
		{ "kind", u.kind, sizeof u.kind, 1 },
		{ "parent_code", u.parent_code, sizeof u.parent_code, 0 },
	};
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int rc = json_take_strings(body, fields, sizeof fields / sizeof fields[0], NULL, &err);
	json_decref(body);
	if (rc < 0 || store_unit_create(r->db, &who, &u, &err) < 0)
		return reply_error(r, &err);
	struct unit saved;
	if (store_unit_get(r->db, u.id, &saved, &err) < 0)
		return reply_json(r, 201, unit_to_json(&u));
	return reply_json(r, 201, unit_to_json(&saved));
}

/* ---- positions --------------------------------------------------------- */

/* GET /api/v1/jabatan: every position with its holder and Plt. */
static int api_position_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct position *ps = NULL;
	size_t n = 0;
	if (store_position_list(r->db, &ps, &n, &err) < 0)
		return reply_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, position_to_json(&ps[i]));
	free(ps);
	return reply_json(r, 200, api_list(items, (int64_t)n, 1, (int)n));
}

/* Replies with the stored position `id` (or `fallback` if it cannot be read). */
static int reply_position(struct req *r, int status, int64_t id, const struct position *fallback)
{
	struct kerr err = KERR_INIT;
	struct position saved;
	if (store_position_get(r->db, id, &saved, &err) < 0)
		return reply_json(r, status, position_to_json(fallback));
	return reply_json(r, status, position_to_json(&saved));
}

/* POST /api/v1/jabatan: creates {code, name, kind, unit_code, parent_code}. */
static int api_position_create(struct req *r)
{
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct position p = { 0 };
	const struct json_field fields[] = {
		{ "code", p.code, sizeof p.code, 1 },
		{ "name", p.name, sizeof p.name, 1 },
		{ "kind", p.kind, sizeof p.kind, 1 },
		{ "unit_code", p.unit_code, sizeof p.unit_code, 1 },
		{ "parent_code", p.parent_code, sizeof p.parent_code, 0 },
	};
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int rc = json_take_strings(body, fields, sizeof fields / sizeof fields[0], NULL, &err);
	json_decref(body);
	if (rc < 0 || store_position_create(r->db, &who, &p, &err) < 0)
		return reply_error(r, &err);
	return reply_position(r, 201, p.id, &p);
}

/* Applies the fields of a PUT body to p: name, kind, unit_code, parent_code
 * (strings) and plt_id (an employee id, or null for none).  "code" may be
 * sent only unchanged. */
static int position_apply(json_t *body, struct position *p, struct kerr *err)
{
	static const char *const extra[] = { "plt_id", "code", NULL };
	json_t *code = json_object_get(body, "code");
	const struct json_field fields[] = {
		{ "name", p->name, sizeof p->name, 0 },
		{ "kind", p->kind, sizeof p->kind, 0 },
		{ "unit_code", p->unit_code, sizeof p->unit_code, 0 },
		{ "parent_code", p->parent_code, sizeof p->parent_code, 0 },
	};
	if (code && !(json_is_string(code) && strcmp(json_string_value(code), p->code) == 0))
		return kerr_set(err, KERR_INVALID, "code", "Kode jabatan tidak dapat diubah");
	if (json_take_strings(body, fields, sizeof fields / sizeof fields[0], extra, err) < 0 ||
	    json_take_int(body, "plt_id", 1, 1, &p->plt_id, err) < 0)
		return -1;
	if (!p->unit_code[0])
		return kerr_set(err, KERR_INVALID, "unit_code", "Kolom 'unit_code' wajib diisi");
	return 0;
}

/* PUT /api/v1/jabatan/{id}: changes the fields given; the rest stay.  A
 * parent that would make a loop is refused by the store (422). */
static int api_position_update(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct position p;
	if (store_position_get(r->db, r->path_id, &p, &err) < 0)
		return reply_error(r, &err);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct actor who = req_actor(r);
	int rc = position_apply(body, &p, &err);
	json_decref(body);
	if (rc < 0 || store_position_update(r->db, &who, &p, &err) < 0)
		return reply_error(r, &err);
	return reply_position(r, 200, p.id, &p);
}

const struct route api_org_routes[] = {
	{ "GET", "/api/v1/unit", api_unit_list, ACCESS_LOGIN },
	{ "POST", "/api/v1/unit", api_unit_create, ACCESS_ADMIN },
	{ "GET", "/api/v1/jabatan", api_position_list, ACCESS_LOGIN },
	{ "POST", "/api/v1/jabatan", api_position_create, ACCESS_ADMIN },
	{ "PUT", "/api/v1/jabatan/{id}", api_position_update, ACCESS_ADMIN },
	{ NULL, NULL, NULL, 0 },
};
