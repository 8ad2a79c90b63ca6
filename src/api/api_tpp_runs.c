/*
 * api_tpp_runs.c - allowance (TPP) runs over the API: the list, a new run
 * (monthly or for a checkpoint), one run with a page of its items, computing
 * a draft again, approving (locked for good), comparing two runs per
 * employee, the payroll export (CSV or Excel), one item with its breakdown
 * (its employee or a reader of the run), and the caller's own items.
 */
#include <stdlib.h>
#include <string.h>

#include "api/api_tpp.h"
#include "api/api_util.h"
#include "http/assess_access.h"
#include "http/request.h"
#include "http/tpp_access.h"

/* GET /api/v1/tpp/perhitungan: the runs the caller may read, newest first. */
int api_tpp_run_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct tpp_run *v = NULL;
	size_t n = 0;
	if (store_tpp_run_list(r->db, &v, &n, &err))
		return reply_error(r, &err);
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		if (tpp_may_read_run(r, &v[i]))
			json_array_append_new(arr, tpp_run_to_json(&v[i]));
	free(v);
	return reply_json(r, 200, json_pack("{s:o}", "items", arr));
}

static int reply_run(struct req *r, int64_t id, int status)
{
	struct kerr err = KERR_INIT;
	struct tpp_run run;
	struct tpp_item *items = NULL;
	size_t n = 0;
	int64_t total = 0;
	int per_page = 100, page = req_page(r);
	if (tpp_run_load(r, id, 0, &run, &err) || api_per_page(r, 100, 1000, &per_page, &err) ||
	    store_tpp_items(r->db, id, req_query(r, "q"), page, per_page, &items, &n, &total, &err))
		return reply_error(r, &err);
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, tpp_item_to_json(&items[i]));
	tpp_items_free(items, n);
	json_t *j = tpp_run_to_json(&run);
	json_object_set_new(j, "rincian_pegawai", api_list(arr, total, page, per_page));
	return reply_json(r, status, j);
}

/* GET /api/v1/tpp/perhitungan/{id}?page=&per_page=&q= */
int api_tpp_run_get(struct req *r)
{
	return reply_run(r, r->path_id, 200);
}

static int read_spec(json_t *body, struct tpp_run_spec *s, int64_t *unit, struct kerr *err)
{
	static const char *const extra[] = { "tahun", "bulan", "titik_periksa_id", "unit_id", NULL };
	char kind[16] = "";
	const struct json_field f[] = { { "jenis", kind, sizeof kind, 1 } };
	int64_t year = 0, month = 0, cp = 0;
	if (json_take_strings(body, f, 1, extra, err) ||
	    json_take_int(body, "tahun", 0, 1, &year, err) < 0 ||
	    json_take_int(body, "bulan", 0, 1, &month, err) < 0 ||
	    json_take_int(body, "titik_periksa_id", 0, 1, &cp, err) < 0 ||
	    json_take_int(body, "unit_id", 0, 1, unit, err) < 0)
		return -1;
	if (tpp_run_kind_parse(kind, &s->kind))
		return kerr_set(err, KERR_INVALID, "jenis", "Kolom 'jenis' harus 'bulanan' atau "
				"'triwulan'");
	if (s->kind == TPP_RUN_TRIWULAN && !cp)
		return kerr_set(err, KERR_INVALID, "titik_periksa_id", "Perhitungan triwulan "
				"membutuhkan titik_periksa_id (triwulan yang dinilai)");
	if (s->kind == TPP_RUN_BULANAN && (!year || !month))
		return kerr_set(err, KERR_INVALID, year ? "bulan" : "tahun", "Perhitungan bulanan "
				"membutuhkan tahun dan bulan");
	s->year = (int)(year > 3000 ? 3000 : year);
	s->month = (int)(month > 99 ? 99 : month);
	s->checkpoint_id = cp;
	return 0;
}

/* POST /api/v1/tpp/perhitungan {jenis, tahun, bulan | titik_periksa_id, unit_id?}: 201 */
int api_tpp_run_create(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct tpp_run_spec s;
	char name[300];
	int64_t unit = 0, id = 0;
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	memset(&s, 0, sizeof s);
	int rc = read_spec(body, &s, &unit, &err);
	json_decref(body);
	caller_display_name(r, name, sizeof name);
	s.by_name = name;
	if (!rc)
		rc = tpp_run_unit(r, unit, &s.unit_id, &err);
	if (!rc)
		rc = store_tpp_run_create(r->db, &who, &s, &id, &err);
	return rc ? reply_error(r, &err) : reply_run(r, id, 201);
}

typedef int (*run_step)(struct req *r, int64_t version, struct kerr *err);

/* A change to a run the caller manages, with an optional {version}. */
static int api_step(struct req *r, run_step fn)
{
	struct kerr err = KERR_INIT;
	struct tpp_run run;
	int64_t version = 0;
	if (tpp_run_load(r, r->path_id, 1, &run, &err))
		return reply_error(r, &err);
	if (r->body.len) {
		json_t *body = req_json_or_reply(r);
		if (!body)
			return 0;
		static const char *const extra[] = { "version", NULL };
		int rc = json_take_strings(body, NULL, 0, extra, &err) ||
			 json_take_int(body, "version", 1, 1, &version, &err) < 0;
		json_decref(body);
		if (rc)
			return reply_error(r, &err);
	}
	if (fn(r, version, &err))
		return reply_error(r, &err);
	return reply_run(r, r->path_id, 200);
}

static int do_recompute(struct req *r, int64_t version, struct kerr *err)
{
	struct actor who = req_actor(r);
	return store_tpp_run_recompute(r->db, &who, r->path_id, version, err);
}

static int do_approve(struct req *r, int64_t version, struct kerr *err)
{
	struct actor who = req_actor(r);
	char name[300];
	caller_display_name(r, name, sizeof name);
	return store_tpp_run_approve(r->db, &who, r->path_id, name, version, err);
}

/* POST /api/v1/tpp/perhitungan/{id}/hitung-ulang {version?} */
int api_tpp_run_recompute(struct req *r)
{
	return api_step(r, do_recompute);
}

/* POST /api/v1/tpp/perhitungan/{id}/setujui {version?} */
int api_tpp_run_approve(struct req *r)
{
	return api_step(r, do_approve);
}

/* GET /api/v1/tpp/perhitungan/{id}/banding?dengan=ID[&semua=1] */
int api_tpp_run_compare(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct tpp_run a, b;
	struct tpp_diff *d = NULL;
	size_t n = 0, changed = 0;
	int64_t other = 0;
	const char *all = req_query(r, "semua");
	if (req_query_id(r, "dengan", &other, &err) < 0)
		return reply_error(r, &err);
	if (!other)
		return reply_fail(r, KERR_INVALID, "dengan", "Sebutkan perhitungan pembanding "
				  "(?dengan=ID)");
	if (tpp_run_load(r, r->path_id, 0, &a, &err) || tpp_run_load(r, other, 0, &b, &err) ||
	    store_tpp_compare(r->db, a.id, b.id, &d, &n, &changed, &err))
		return reply_error(r, &err);
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++) {
		if (d[i].amount_a == d[i].amount_b && d[i].in_a == d[i].in_b && !(all && *all == '1'))
			continue;
		json_array_append_new(arr, json_pack("{s:I, s:s, s:s, s:o, s:o, s:I}", "pegawai_id",
						     (json_int_t)d[i].employee_id, "nip", d[i].nip,
						     "nama", d[i].name, "jumlah_a",
						     d[i].in_a ? json_integer(d[i].amount_a) : json_null(),
						     "jumlah_b",
						     d[i].in_b ? json_integer(d[i].amount_b) : json_null(),
						     "selisih", (json_int_t)(d[i].amount_b - d[i].amount_a)));
	}
	free(d);
	return reply_json(r, 200, json_pack("{s:o, s:o, s:I, s:I, s:I, s:o}", "a", tpp_run_to_json(&a),
					    "b", tpp_run_to_json(&b), "pegawai", (json_int_t)n,
					    "berbeda", (json_int_t)changed, "selisih_jumlah",
					    (json_int_t)(b.total - a.total), "items", arr));
}

/* GET /api/v1/tpp/perhitungan/{id}/ekspor?format=csv|xlsx */
int api_tpp_run_export(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct tpp_run run;
	const char *fmt = req_query(r, "format");
	int xlsx = fmt && !strcmp(fmt, "xlsx");
	char name[160];
	if (fmt && !xlsx && strcmp(fmt, "csv"))
		return reply_fail(r, KERR_INVALID, "format", "format harus csv atau xlsx");
	if (tpp_run_load(r, r->path_id, 0, &run, &err))
		return reply_error(r, &err);
	snprintf(name, sizeof name, "tpp-%lld-%s.%s", (long long)run.id, run.label,
		 xlsx ? "xlsx" : "csv");
	for (char *p = name; *p; p++)
		if (*p == ' ')
			*p = '-';
	if (xlsx ? store_tpp_export_xlsx(r->db, run.id, &r->out, &err)
		 : store_tpp_export_csv(r->db, run.id, &r->out, &err))
		return reply_error(r, &err);
	return reply_download(r, xlsx ? "application/vnd.openxmlformats-officedocument."
				  "spreadsheetml.sheet" : "text/csv; charset=utf-8", name);
}

/* GET /api/v1/tpp/rincian/{id}: one item with its breakdown. */
int api_tpp_item_get(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct tpp_item it;
	struct tpp_run run;
	if (tpp_item_load(r, r->path_id, &it, &run, &err))
		return reply_error(r, &err);
	json_t *j = tpp_item_to_json(&it);
	tpp_item_release(&it);
	json_object_set_new(j, "aturan", json_pack("{s:I, s:i}", "id", (json_int_t)run.ruleset_id,
						   "versi", run.ruleset_version));
	return reply_json(r, 200, j);
}

/* GET /api/v1/tpp/saya: the caller's own items, newest run first. */
int api_tpp_mine(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct tpp_item *v = NULL;
	size_t n = 0;
	if (r->who.employee_id &&
	    store_tpp_items_of_employee(r->db, r->who.employee_id, &v, &n, &err))
		return reply_error(r, &err);
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, tpp_item_to_json(&v[i]));
	tpp_items_free(v, n);
	return reply_json(r, 200, json_pack("{s:o}", "items", arr));
}
