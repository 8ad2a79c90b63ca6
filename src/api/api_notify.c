/*
 * api_notify.c - notifications over the API (docs/api-notify.md):
 *
 *   GET /api/v1/notifikasi              what waits on the caller now
 *   GET /api/v1/notifikasi/pengaturan   the caller's e-mail preference
 *   PUT /api/v1/notifikasi/pengaturan   {"email": true|false}
 *
 * Always the caller's own: no route names another user.
 */
#include "api/api_util.h"
#include "core/timeutil.h"
#include "http/request.h"
#include "http/router.h"
#include "store/notify.h"

#include <stdlib.h>
#include <string.h>

static struct notify_who who_of(const struct req *r)
{
	return (struct notify_who){ r->who.user_id, r->who.employee_id,
				    r->who.role == ROLE_ADMIN };
}

static json_t *text_or_null(const char *s)
{
	return s && *s ? json_string(s) : json_null();
}

static json_t *item_json(const struct notify_item *it)
{
	char since[32];
	format_time_iso(since, sizeof since, it->since);
	return json_pack("{s:s, s:s, s:s, s:s, s:o, s:o, s:s, s:o, s:I}",
			 "jenis", notify_kind_name(it->kind),
			 "kelompok", notify_group_name(notify_kind_group(it->kind)),
			 "kunci", it->key, "judul", it->title,
			 "tenggat", text_or_null(it->due),
			 "status_tenggat", text_or_null(notify_urgency_name(it->urgency)),
			 "tautan", it->link, "sejak", text_or_null(since),
			 "rujukan_id", (json_int_t)it->ref_id);
}

/* GET /api/v1/notifikasi */
static int api_notify_list(struct req *r)
{
	struct notify_item *v = NULL;
	struct notify_who who = who_of(r);
	size_t n = 0, count[NG__GROUPS];
	char today[NOTIFY_DATE_SIZE];
	struct kerr err = KERR_INIT;
	store_notify_today(today);
	if (store_notify_pending(r->db, &who, today, &v, &n, &err))
		return reply_error(r, &err);
	json_t *items = json_array(), *groups = json_object();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, item_json(&v[i]));
	notify_count_groups(v, n, count);
	for (int g = 0; g < NG__GROUPS; g++)
		json_object_set_new(groups, notify_group_name((enum notify_group)g),
				    json_integer((json_int_t)count[g]));
	free(v);
	return reply_json(r, 200, json_pack("{s:o, s:I, s:o, s:s}", "items", items,
					    "jumlah", (json_int_t)n, "per_kelompok", groups,
					    "tanggal", today));
}

static int reply_pref(struct req *r)
{
	struct notify_pref p;
	struct kerr err = KERR_INIT;
	if (store_notify_pref_get(r->db, r->who.user_id, &p, &err))
		return reply_error(r, &err);
	return reply_json(r, 200, json_pack("{s:b, s:o}", "email", p.email_on,
					    "alamat", text_or_null(p.email)));
}

/* GET /api/v1/notifikasi/pengaturan */
static int api_pref_get(struct req *r)
{
	return reply_pref(r);
}

/* PUT /api/v1/notifikasi/pengaturan {"email": true|false} */
static int api_pref_put(struct req *r)
{
	json_t *body = req_json_or_reply(r);
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	if (!body)
		return 0;
	json_t *email = json_object_get(body, "email");
	const char *key;
	json_t *val;
	json_object_foreach(body, key, val) {
		if (strcmp(key, "email") != 0) {
			kerr_set(&err, KERR_INVALID, key, "Kolom '%s' tidak dikenal; yang diterima "
				 "hanya \"email\" (true atau false)", key);
			break;
		}
	}
	if (!kerr_is_set(&err) && !json_is_boolean(email))
		kerr_set(&err, KERR_INVALID, "email", "\"email\" harus true (kirimi saya e-mail) "
			 "atau false (cukup di aplikasi)");
	if (!kerr_is_set(&err))
		store_notify_pref_set(r->db, &who, r->who.user_id, json_is_true(email), &err);
	json_decref(body);
	if (kerr_is_set(&err))
		return reply_error(r, &err);
	return reply_pref(r);
}

const struct route api_notify_routes[] = {
	{ "GET", "/api/v1/notifikasi", api_notify_list, ACCESS_LOGIN },
	{ "GET", "/api/v1/notifikasi/pengaturan", api_pref_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/notifikasi/pengaturan", api_pref_put, ACCESS_LOGIN },
	{ NULL, NULL, NULL, ACCESS_PUBLIC },
};
