/*
 * api_misc.c - the small API routes: the health check, "who am I" and the
 * audit trail.
 */
#include <stdlib.h>

#include "api/api.h"
#include "api/api_util.h"
#include "http/request.h"
#include "http/router.h"

/* GET /healthz: proves the database answers; 503 when it does not. */
static int api_health(struct req *r)
{
	struct kerr err = KERR_INIT;
	if (!r->db || store_schema_version(r->db, &err) < 0)
		return reply_json(r, 503, json_pack("{s:s}", "status", "error"));
	return reply_json(r, 200, json_pack("{s:s}", "status", "ok"));
}

/* GET /api/v1/me: the logged-in principal, and the CSRF token a browser
 * client sends back in X-CSRF-Token ("" for bearer tokens). */
static int api_me(struct req *r)
{
	const struct principal *w = &r->who;
	return reply_json(r, 200, json_pack("{s:s, s:s, s:s, s:o, s:o, s:s}",
					    "login", w->login, "name", w->name,
					    "role", role_name(w->role),
					    "employee_id", api_id(w->employee_id),
					    "scope_unit_id", api_id(w->scope_unit_id),
					    "csrf", w->via_token ? "" : w->csrf));
}

/* Fills an audit query from entitas, id, login, page and per_page. */
static int audit_query_from(struct req *r, struct audit_query *q, struct kerr *err)
{
	const char *entity = req_query(r, "entitas");
	const char *login = req_query(r, "login");
	q->entity = entity && entity[0] ? entity : NULL;
	q->login = login && login[0] ? login : NULL;
	q->page = req_page(r);
	if (req_query_id(r, "id", &q->entity_id, err) < 0)
		return -1;
	return api_per_page(r, 50, 500, &q->per_page, err);
}

/* GET /api/v1/audit: the audit trail, newest first; admin and auditor only. */
static int api_audit_list(struct req *r)
{
	if (r->who.role != ROLE_ADMIN && r->who.role != ROLE_AUDITOR)
		return reply_fail(r, KERR_FORBIDDEN, "",
				  "Hanya administrator dan auditor yang boleh melihat jejak audit");
	struct kerr err = KERR_INIT;
	struct audit_query q = { 0 };
	struct audit_entry *rows = NULL;
	size_t n = 0;
	int64_t total = 0;
	if (audit_query_from(r, &q, &err) < 0 ||
	    store_audit_list(r->db, &q, &rows, &n, &total, &err) < 0)
		return reply_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, audit_to_json(&rows[i]));
	audit_entries_free(rows, n);
	return reply_json(r, 200, api_list(items, total, q.page, q.per_page));
}

const struct route api_misc_routes[] = {
	{ "GET", "/healthz", api_health, ACCESS_PUBLIC },
	{ "GET", "/api/v1/me", api_me, ACCESS_LOGIN },
	{ "GET", "/api/v1/audit", api_audit_list, ACCESS_READ_ALL },
	{ NULL, NULL, NULL, 0 },
};
