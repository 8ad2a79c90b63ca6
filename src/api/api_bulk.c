/*
 * api_bulk.c - the JSON API of bulk documents for a unit (see
 * docs/api-bulk.md): asking for a job (POST /api/v1/laporan/massal, 202),
 * the caller's jobs, one job's progress, and its file; and the route
 * table.  Who may do what is in http/bulk_access.h.
 */
#include <stdio.h>
#include <string.h>

#include "api/api_util.h"
#include "http/bulk_access.h"
#include "http/request.h"
#include "http/router.h"
#include "core/timeutil.h"

#define RECENT_JOBS 50

/* The people left out: "NIP\tname\treason" lines as objects. */
static json_t *missing_json(const char *text)
{
	json_t *arr = json_array();
	const char *p = text;
	while (p && *p) {
		const char *end = strchr(p, '\n');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		const char *t1 = memchr(p, '\t', len);
		const char *t2 = t1 ? memchr(t1 + 1, '\t', len - (size_t)(t1 + 1 - p)) : NULL;
		if (t1 && t2)
			json_array_append_new(arr, json_pack("{s:s%, s:s%, s:s%}", "nip", p,
				(size_t)(t1 - p), "nama", t1 + 1, (size_t)(t2 - t1 - 1), "alasan", t2 + 1,
				(size_t)(p + len - t2 - 1)));
		p = end ? end + 1 : NULL;
	}
	return arr;
}

static json_t *file_json(const struct bulk_job *j)
{
	char url[80];
	if (j->seen != BULK_SELESAI || !j->has_file)
		return json_null();
	snprintf(url, sizeof url, "/api/v1/laporan/massal/%lld/berkas", (long long)j->id);
	return json_pack("{s:s, s:I, s:s, s:o}", "nama", j->file_name, "ukuran",
			 (json_int_t)j->file_size, "url", url, "dihapus_pada",
			 api_time(j->finished_at + BULK_KEEP_SECS));
}

static json_t *job_json(const struct bulk_job *j, int with_missing)
{
	json_t *o = json_pack("{s:I, s:s, s:s, s:I, s:I, s:i, s:I, s:s, s:s, s:I, s:s, s:s, s:o, "
			      "s:s, s:s, s:I, s:s}",
		"id", (json_int_t)j->id, "status", bulk_state_name(j->seen), "status_label",
		bulk_state_label(j->seen), "dokumen_total", (json_int_t)j->total, "dokumen_selesai",
		(json_int_t)j->done, "persen", bulk_percent(j->done, j->total),
		"unit_id", (json_int_t)j->spec.unit_id, "kode_unit", j->names.unit_code, "unit",
		j->names.unit_name, "periode_id", (json_int_t)j->spec.period_id, "periode",
		j->names.period_name, "jenis", bulk_kind_name(j->spec.kind), "titik_id",
		api_id(j->spec.checkpoint_id), "titik", j->spec.kind == BULK_SKP ? ""
			: j->names.checkpoint[0] ? j->names.checkpoint : "Tahunan",
		"format", bulk_format_name(j->spec.format), "pemohon_id", (json_int_t)j->user_id,
		"pemohon", j->requester);
	json_object_set_new(o, "galat", j->seen == BULK_GAGAL ? json_string(j->error) : json_null());
	json_object_set_new(o, "jumlah_tidak_termasuk", json_integer(j->missing_count));
	if (with_missing)
		json_object_set_new(o, "tidak_termasuk", missing_json(j->missing));
	json_object_set_new(o, "berkas", file_json(j));
	json_object_set_new(o, "dibuat", api_time(j->created_at));
	json_object_set_new(o, "dimulai", api_time(j->started_at));
	json_object_set_new(o, "diperbarui", api_time(j->updated_at));
	json_object_set_new(o, "selesai_pada", api_time(j->finished_at));
	return o;
}

static int reply_job(struct req *r, int64_t id, int status)
{
	struct bulk_job j;
	struct kerr err = KERR_INIT;
	if (bulk_job_load(r, id, &j, &err))
		return reply_error(r, &err);
	json_t *o = job_json(&j, 1);
	bulk_job_release(&j);
	return reply_json(r, status, o);
}

/* "titik" as a number or a string ("tahunan", or an id in words). */
static int take_titik(json_t *body, char *out, size_t size, struct kerr *err)
{
	json_t *v = json_object_get(body, "titik");
	out[0] = '\0';
	if (!v || json_is_null(v))
		return 0;
	if (json_is_integer(v))
		snprintf(out, size, "%lld", (long long)json_integer_value(v));
	else if (json_is_string(v))
		copy_str(out, size, json_string_value(v));
	else
		return kerr_set(err, KERR_INVALID, "titik", "Kolom 'titik' harus ID titik periksa atau "
				"'tahunan'");
	return 0;
}

static int spec_of_body(json_t *body, struct bulk_spec *spec, struct kerr *err)
{
	static const char *const extra[] = { "unit_id", "periode_id", "titik", NULL };
	char jenis[32] = "", format[16] = "", titik[32];
	const struct json_field f[] = {
		{ "jenis", jenis, sizeof jenis, 1 }, { "format", format, sizeof format, 0 },
	};
	memset(spec, 0, sizeof *spec);
	if (json_take_int(body, "unit_id", 1, 0, &spec->unit_id, err) < 0 ||
	    json_take_int(body, "periode_id", 1, 0, &spec->period_id, err) < 0)
		return -1;
	if (!spec->unit_id)
		return kerr_set(err, KERR_INVALID, "unit_id", "Kolom 'unit_id' wajib diisi");
	if (!spec->period_id)
		return kerr_set(err, KERR_INVALID, "periode_id", "Kolom 'periode_id' wajib diisi");
	if (json_take_strings(body, f, 2, extra, err) || take_titik(body, titik, sizeof titik, err))
		return -1;
	return bulk_spec_words(jenis, titik, format, spec, err);
}

/* POST /api/v1/laporan/massal: 202 with the job queued. */
static int api_bulk_ask(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct bulk_spec spec;
	int64_t id = 0;
	if (!bulk_may_use(r, &err))
		return reply_error(r, &err);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	int rc = spec_of_body(body, &spec, &err);
	json_decref(body);
	if (rc || bulk_ask(r, &spec, &id, &err))
		return reply_error(r, &err);
	char where[64];
	snprintf(where, sizeof where, "/api/v1/laporan/massal/%lld", (long long)id);
	reply_header(r, "Location", where);
	return reply_job(r, id, 202);
}

/* GET /api/v1/laporan/massal: the newest jobs of the caller (everybody's
 * for administrators and auditors). */
static int api_bulk_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct bulk_job *v = NULL;
	size_t n = 0;
	if (!bulk_may_use(r, &err))
		return reply_error(r, &err);
	if (store_bulk_list(r->db, bulk_sees_all(r) ? 0 : r->who.user_id, RECENT_JOBS, now_unix(),
			    &v, &n, &err))
		return reply_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, job_json(&v[i], 0));
	bulk_jobs_free(v, n);
	return reply_json(r, 200, json_pack("{s:o, s:i}", "items", items, "batas_dokumen",
					    r->app->cfg.bulk_max_docs));
}

/* GET /api/v1/laporan/massal/{id} */
static int api_bulk_get(struct req *r)
{
	return reply_job(r, r->path_id, 200);
}

/* GET /api/v1/laporan/massal/{id}/berkas */
static int api_bulk_file(struct req *r)
{
	return reply_bulk_file(r, r->path_id);
}

const struct route api_bulk_routes[] = {
	{ "POST", "/api/v1/laporan/massal", api_bulk_ask, ACCESS_LOGIN },
	{ "GET", "/api/v1/laporan/massal", api_bulk_list, ACCESS_LOGIN },
	{ "GET", "/api/v1/laporan/massal/{id}", api_bulk_get, ACCESS_LOGIN },
	{ "GET", "/api/v1/laporan/massal/{id}/berkas", api_bulk_file, ACCESS_LOGIN },
	{ NULL },
};
