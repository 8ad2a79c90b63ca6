/*
 * api_360.c - 360-degree behaviour feedback over the API, HR's side: the
 * rounds (list, open, change, close, reminders, progress per unit), the
 * rater list of a person rated (list, add, remove) and the instansi's two
 * settings.  A rater's forms and the results are in api_360_answers.c.
 */
#include <stdlib.h>
#include <string.h>

#include "api/api_360.h"
#include "api/api_util.h"
#include "core/timeutil.h"
#include "http/r360_access.h"
#include "http/request.h"
#include "http/router.h"
#include "http/scope.h"

/* ---- shapes ---------------------------------------------------------------------------------- */

json_t *person360_json(const struct person360 *p)
{
	return json_pack("{s:I, s:s, s:s, s:s, s:I, s:s}", "id", (json_int_t)p->id, "nip", p->nip,
			 "nama", p->name, "jabatan", p->position_name, "unit_id",
			 (json_int_t)p->unit_id, "unit", p->unit_name);
}

json_t *round360_json(const struct round360 *rd, int counts)
{
	json_t *j = json_pack("{s:I, s:I, s:s, s:I, s:s, s:s, s:s, s:s, s:i, s:i, s:o, s:o, s:b}",
			      "id", (json_int_t)rd->id, "periode_id", (json_int_t)rd->period_id,
			      "periode", rd->period_name, "checkpoint_id",
			      (json_int_t)rd->checkpoint_id, "checkpoint", rd->checkpoint_name,
			      "nama", rd->name, "tutup_pada", rd->closes_on, "status", rd->state,
			      "skala", rd->scale, "ambang", rd->threshold, "dibuka",
			      api_time(rd->created_at), "ditutup", api_time(rd->closed_at),
			      "menerima_jawaban", round360_accepting(rd));
	if (counts)
		json_object_set_new(j, "jumlah", json_pack("{s:I, s:I, s:I, s:I}", "penugasan",
			(json_int_t)rd->total, "dijawab", (json_int_t)rd->answered, "menunggu",
			(json_int_t)rd->pending, "ditolak", (json_int_t)rd->declined));
	return j;
}

int reply_360_error(struct req *r, struct kerr *err)
{
	if (err->code == KERR_NOT_FOUND &&
	    (!strcmp(err->field, "putaran") || !strcmp(err->field, "penugasan")))
		err->field[0] = '\0';
	return reply_error(r, err);
}

static int is_hr(const struct req *r)
{
	return access_allows(r, ACCESS_READ_ALL);
}

/* ---- rounds ------------------------------------------------------------------------------------- */

/* GET /api/v1/360/putaran: every round, newest first, as one page. */
static int api_round_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct round360 *list = NULL;
	size_t n = 0;
	if (store_round360_list(r->db, &list, &n, &err))
		return reply_360_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, round360_json(&list[i], is_hr(r)));
	free(list);
	return reply_json(r, 200, api_list(items, (int64_t)n, 1, (int)n));
}

static json_t *progress_json(const struct progress360 *p, size_t n)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, json_pack("{s:I, s:s, s:I, s:I, s:I, s:I}", "unit_id",
			(json_int_t)p[i].unit_id, "unit", p[i].unit_name, "dinilai",
			(json_int_t)p[i].ratees, "dijawab", (json_int_t)p[i].answered, "menunggu",
			(json_int_t)p[i].pending, "ditolak", (json_int_t)p[i].declined));
	return arr;
}

/* Replies with round `id`; HR also get the progress per unit of their scope. */
static int reply_round(struct req *r, int status, int64_t id, json_t *extra)
{
	struct kerr err = KERR_INIT;
	struct round360 rd;
	struct progress360 *p = NULL;
	size_t n = 0;
	if (store_round360_get(r->db, id, &rd, &err) ||
	    (is_hr(r) && store_round360_progress(r->db, id, view_scope_unit(r), &p, &n, &err))) {
		json_decref(extra);
		return reply_360_error(r, &err);
	}
	json_t *j = round360_json(&rd, is_hr(r));
	if (is_hr(r))
		json_object_set_new(j, "kemajuan", progress_json(p, n));
	free(p);
	if (extra)
		json_object_update(j, extra);
	json_decref(extra);
	return reply_json(r, status, j);
}

/* GET /api/v1/360/putaran/{id} */
static int api_round_get(struct req *r)
{
	return reply_round(r, 200, r->path_id, NULL);
}

/* Reads the optional `nama` and `tutup_pada` (required when opening). */
static int read_round(json_t *body, struct round360 *rd, int opening, const char *const *extra,
		      struct kerr *err)
{
	const struct json_field f[] = {
		{ "nama", rd->name, sizeof rd->name, 0 },
		{ "tutup_pada", rd->closes_on, sizeof rd->closes_on, opening },
	};
	return json_take_strings(body, f, 2, extra, err);
}

/* POST /api/v1/360/putaran {checkpoint_id, tutup_pada, nama?} */
static int api_round_open(struct req *r)
{
	static const char *const extra[] = { "checkpoint_id", NULL };
	struct kerr denied = KERR_INIT;
	if (r360_may_manage_rounds(r, &denied))
		return reply_360_error(r, &denied);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct round360 rd;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t assigned = 0;
	memset(&rd, 0, sizeof rd);
	int rc = read_round(body, &rd, 1, extra, &err) < 0 ||
		 json_take_int(body, "checkpoint_id", 1, 0, &rd.checkpoint_id, &err) < 0;
	json_decref(body);
	if (rc || store_round360_open(r->db, &who, &rd, &assigned, &err))
		return reply_360_error(r, &err);
	return reply_round(r, 201, rd.id, json_pack("{s:I}", "penugasan_dibuat",
						    (json_int_t)assigned));
}

/* PUT /api/v1/360/putaran/{id} {nama?, tutup_pada?} */
static int api_round_update(struct req *r)
{
	struct kerr denied = KERR_INIT;
	if (r360_may_manage_rounds(r, &denied))
		return reply_360_error(r, &denied);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct round360 rd;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	memset(&rd, 0, sizeof rd);
	int has_date = json_object_get(body, "tutup_pada") != NULL;
	int rc = read_round(body, &rd, 0, NULL, &err);
	if (!rc && !has_date && !rd.name[0])
		rc = kerr_set(&err, KERR_INVALID, "tutup_pada", "Kirim 'nama' atau 'tutup_pada'");
	json_decref(body);
	if (rc || store_round360_update(r->db, &who, r->path_id, rd.name,
					has_date ? rd.closes_on : NULL, &err))
		return reply_360_error(r, &err);
	return reply_round(r, 200, r->path_id, NULL);
}

/* POST /api/v1/360/putaran/{id}/tutup */
static int api_round_close(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	if (r360_may_manage_rounds(r, &err) || store_round360_close(r->db, &who, r->path_id, &err))
		return reply_360_error(r, &err);
	return reply_round(r, 200, r->path_id, NULL);
}

/* POST /api/v1/360/putaran/{id}/pengingat: {"diingatkan": N} */
static int api_round_remind(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t n = 0;
	if (store_rater360_remind(r->db, &who, r->path_id, view_scope_unit(r), &n, &err))
		return reply_360_error(r, &err);
	return reply_json(r, 200, json_pack("{s:I}", "diingatkan", (json_int_t)n));
}

/* ---- raters --------------------------------------------------------------------------------------- */

static json_t *assignment_json(const struct rater360 *a)
{
	return json_pack("{s:I, s:I, s:o, s:o, s:s, s:s, s:s, s:s, s:o, s:o}", "id",
			 (json_int_t)a->id, "putaran_id", (json_int_t)a->round_id, "pegawai",
			 person360_json(&a->ratee), "penilai", person360_json(&a->rater),
			 "kelompok", a->grp, "sumber", a->source, "status", a->state,
			 "alasan_tolak", a->decline_reason, "dijawab", api_time(a->answered_at),
			 "diingatkan", api_time(a->reminded_at));
}

/* GET /api/v1/360/putaran/{id}/penilai?pegawai=E: HR's view of who rates
 * whom (one person rated, or everyone in scope but the caller). */
static int api_rater_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct rater360_query q = { .round_id = r->path_id, .not_ratee_id = r->who.employee_id,
				    .scope_unit = view_scope_unit(r) };
	struct round360 rd;
	struct employee ratee;
	struct rater360 *list = NULL;
	size_t n = 0;
	if (req_query_id(r, "pegawai", &q.ratee_id, &err) ||
	    store_round360_get(r->db, r->path_id, &rd, &err) ||
	    (q.ratee_id && r360_manage_ratee_id(r, q.ratee_id, "pegawai", 1, &ratee, &err)) ||
	    store_rater360_list(r->db, &q, &list, &n, &err))
		return reply_360_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, assignment_json(&list[i]));
	free(list);
	return reply_json(r, 200, api_list(items, (int64_t)n, 1, (int)n));
}

/* POST /api/v1/360/putaran/{id}/penilai {pegawai_id, penilai_id, kelompok} */
static int api_rater_add(struct req *r)
{
	static const char *const extra[] = { "pegawai_id", "penilai_id", NULL };
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	char grp[16] = "";
	int64_t ratee_id = 0, rater_id = 0, id = 0;
	struct employee ratee;
	struct rater360 a;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	const struct json_field f[] = { { "kelompok", grp, sizeof grp, 1 } };
	int rc = json_take_strings(body, f, 1, extra, &err) < 0 ||
		 json_take_int(body, "pegawai_id", 1, 0, &ratee_id, &err) < 0 ||
		 json_take_int(body, "penilai_id", 1, 0, &rater_id, &err) < 0;
	json_decref(body);
	if (!rc && !rater_id)
		rc = kerr_set(&err, KERR_INVALID, "penilai_id", "Kolom 'penilai_id' wajib diisi");
	if (rc || r360_manage_ratee_id(r, ratee_id, "pegawai_id", 0, &ratee, &err) ||
	    store_rater360_add(r->db, &who, r->path_id, ratee_id, rater_id, grp, &id, &err) ||
	    store_rater360_get(r->db, id, &a, &err))
		return reply_360_error(r, &err);
	return reply_json(r, 201, assignment_json(&a));
}

/* DELETE /api/v1/360/penilai/{id} */
static int api_rater_remove(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct rater360 a;
	struct employee ratee;
	if (store_rater360_get(r->db, r->path_id, &a, &err) ||
	    store_employee_get(r->db, a.ratee.id, &ratee, &err) ||
	    r360_may_manage_ratee(r, &ratee, 0, &err) ||
	    store_rater360_remove(r->db, &who, r->path_id, &err))
		return reply_360_error(r, &err);
	return reply_json(r, 200, json_pack("{s:b, s:I}", "dihapus", 1, "id",
					    (json_int_t)r->path_id));
}

/* ---- settings ------------------------------------------------------------------------------------ */

static int reply_settings(struct req *r)
{
	struct settings360 s;
	struct kerr err = KERR_INIT;
	if (store_settings360_get(r->db, &s, &err))
		return reply_360_error(r, &err);
	return reply_json(r, 200, json_pack("{s:i, s:i, s:i}", "skala_360", s.scale,
					    "ambang_anonimitas", s.threshold,
					    "ambang_minimum", ANONYMITY_MIN));
}

/* A setting sent as a whole number or as its digits ("5"); out of any
 * sensible range it becomes -1, which the store refuses naming the key. */
static int take_setting(json_t *body, const char *key, int *out, struct kerr *err)
{
	json_t *v = json_object_get(body, key);
	long long n = 0;
	char *end = NULL;
	if (!v)
		return 0;
	if (json_is_integer(v))
		n = json_integer_value(v);
	else if (json_is_string(v) && json_string_value(v)[0])
		n = strtoll(json_string_value(v), &end, 10);
	if (!json_is_integer(v) && (!end || *end))
		return kerr_set(err, KERR_INVALID, key, "Kolom '%s' harus berupa bilangan bulat", key);
	*out = n < 0 || n > 1000 ? -1 : (int)n;
	return 0;
}

/* GET /api/v1/360/pengaturan */
static int api_settings_get(struct req *r)
{
	return reply_settings(r);
}

/* PUT /api/v1/360/pengaturan {skala_360?, ambang_anonimitas?} */
static int api_settings_put(struct req *r)
{
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct settings360 s;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	const char *key;
	json_t *v;
	int rc = store_settings360_get(r->db, &s, &err);
	json_object_foreach(body, key, v)
		if (!rc && strcmp(key, "skala_360") && strcmp(key, "ambang_anonimitas"))
			rc = kerr_set(&err, KERR_INVALID, key, "Kolom '%s' tidak dikenal", key);
	if (!rc)
		rc = take_setting(body, "skala_360", &s.scale, &err) ||
		     take_setting(body, "ambang_anonimitas", &s.threshold, &err);
	json_decref(body);
	if (kerr_is_set(&err) || store_settings360_set(r->db, &who, &s, &err))
		return reply_360_error(r, &err);
	return reply_settings(r);
}

const struct route api_360_routes[] = {
	{ "GET", "/api/v1/360/putaran", api_round_list, ACCESS_LOGIN },
	{ "POST", "/api/v1/360/putaran", api_round_open, ACCESS_MANAGE },
	{ "GET", "/api/v1/360/putaran/{id}", api_round_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/360/putaran/{id}", api_round_update, ACCESS_MANAGE },
	{ "POST", "/api/v1/360/putaran/{id}/tutup", api_round_close, ACCESS_MANAGE },
	{ "POST", "/api/v1/360/putaran/{id}/pengingat", api_round_remind, ACCESS_MANAGE },
	{ "GET", "/api/v1/360/putaran/{id}/penilai", api_rater_list, ACCESS_READ_ALL },
	{ "POST", "/api/v1/360/putaran/{id}/penilai", api_rater_add, ACCESS_MANAGE },
	{ "DELETE", "/api/v1/360/penilai/{id}", api_rater_remove, ACCESS_MANAGE },
	{ "GET", "/api/v1/360/putaran/{id}/hasil", api_360_results, ACCESS_LOGIN },
	{ "GET", "/api/v1/360/tugas", api_360_tasks, ACCESS_LOGIN },
	{ "GET", "/api/v1/360/tugas/{id}", api_360_task, ACCESS_LOGIN },
	{ "POST", "/api/v1/360/tugas/{id}/jawab", api_360_answer, ACCESS_LOGIN },
	{ "POST", "/api/v1/360/tugas/{id}/tolak", api_360_decline, ACCESS_LOGIN },
	{ "GET", "/api/v1/360/pengaturan", api_settings_get, ACCESS_ADMIN },
	{ "PUT", "/api/v1/360/pengaturan", api_settings_put, ACCESS_ADMIN },
	{ NULL, NULL, NULL, 0 },
};
