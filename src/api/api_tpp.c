/*
 * api_tpp.c - the allowance (TPP) over the API: the rule sets (read by HR
 * and auditors, a new version by an administrator), the attendance
 * import (HR: text/csv body or multipart "berkas"; all or nothing, every
 * problem with its line and column) and its monthly summary, and the
 * route table of every TPP route (the runs are in api_tpp_runs.c).
 */
#include <stdlib.h>
#include <string.h>

#include "api/api_tpp.h"
#include "api/api_util.h"
#include "domain/csvcheck.h"
#include "domain/csvtable.h"
#include "http/assess_access.h"
#include "http/request.h"
#include "http/router.h"
#include "http/tpp_access.h"

#define ATTENDANCE_MAX_ROWS 1000000

/* ---- rule sets ------------------------------------------------------------------------------ */

static int reply_ruleset(struct req *r, int64_t id, int status)
{
	struct kerr err = KERR_INIT;
	struct tpp_ruleset *rs = xmalloc(sizeof *rs);
	int rc = store_tpp_ruleset_get(r->db, id, rs, &err);
	json_t *j = rc ? NULL : tpp_ruleset_to_json(rs);
	free(rs);
	return rc ? reply_error(r, &err) : reply_json(r, status, j);
}

/* The instansi of ?instansi= (default: the first). */
static int query_instansi(struct req *r, int64_t *id, struct kerr *err)
{
	if (req_query_id(r, "instansi", id, err) < 0)
		return -1;
	return *id ? 0 : store_tpp_instansi_default(r->db, id, err);
}

/* GET /api/v1/tpp/aturan?tahun=Y[&instansi=ID]: the newest version of the
 * year (null when none) and every version of the instansi. */
static int api_rules_get(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct tpp_ruleset_brief *v = NULL;
	size_t n = 0;
	int64_t inst = 0;
	long long year = 0;
	const char *y = req_query(r, "tahun");
	if (y && parse_whole_in(y, 2000, 2100, &year) < 0)
		return reply_fail(r, KERR_INVALID, "tahun", "tahun harus 2000 sampai 2100");
	if (query_instansi(r, &inst, &err) || store_tpp_ruleset_list(r->db, inst, &v, &n, &err))
		return reply_error(r, &err);
	json_t *versions = json_array(), *latest = json_null();
	for (size_t i = 0; i < n; i++) {
		if (year && v[i].year != year)
			continue;
		json_array_append_new(versions, json_pack("{s:I, s:i, s:i, s:s, s:s}", "id",
							  (json_int_t)v[i].id, "tahun", v[i].year,
							  "versi", v[i].version, "dibuat_oleh",
							  v[i].created_by, "catatan", v[i].note));
	}
	struct tpp_ruleset *rs = xmalloc(sizeof *rs);
	if (year && !store_tpp_ruleset_latest(r->db, inst, (int)year, rs, &err)) {
		json_decref(latest);
		latest = tpp_ruleset_to_json(rs);
	}
	free(rs);
	free(v);
	return reply_json(r, 200, json_pack("{s:I, s:o, s:o}", "instansi_id", (json_int_t)inst,
					    "terbaru", latest, "versi", versions));
}

/* GET /api/v1/tpp/aturan/{id} */
static int api_rules_get_one(struct req *r)
{
	return reply_ruleset(r, r->path_id, 200);
}

/* POST /api/v1/tpp/aturan: a new version (201). */
static int api_rules_create(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct tpp_ruleset *rs = xmalloc(sizeof *rs);
	int rc = tpp_ruleset_from_json(body, rs, &err);
	json_decref(body);
	if (!rc && !rs->instansi_id)
		rc = store_tpp_instansi_default(r->db, &rs->instansi_id, &err);
	if (!rc) {
		caller_display_name(r, rs->created_by, sizeof rs->created_by);
		rc = store_tpp_ruleset_create(r->db, &who, rs, &err);
	}
	int64_t id = rs->id;
	free(rs);
	return rc ? reply_error(r, &err) : reply_ruleset(r, id, 201);
}

/* ---- attendance ---------------------------------------------------------------------------------- */

/* {"written","replaced","issues_total","issues":[{"line","column","reason"}]} */
static json_t *import_result(const struct csv_report *rep, int64_t written, int64_t replaced)
{
	json_t *issues = json_array();
	for (size_t i = 0; i < rep->n; i++)
		json_array_append_new(issues, json_pack("{s:I, s:s, s:s}", "line",
							(json_int_t)rep->items[i].line, "column",
							rep->items[i].column, "reason",
							rep->items[i].reason));
	return json_pack("{s:I, s:I, s:I, s:o}", "written", (json_int_t)written, "replaced",
			 (json_int_t)replaced, "issues_total", (json_int_t)rep->issues_total,
			 "issues", issues);
}

static int reply_refused(struct req *r, const struct csv_report *rep)
{
	json_t *j = import_result(rep, 0, 0);
	const struct csv_issue *first = rep->n ? &rep->items[0] : NULL;
	char msg[400];
	snprintf(msg, sizeof msg, "Tidak ada data yang disimpan: %zu baris bermasalah%s%s%s",
		 rep->rows_bad, first ? " (pertama: " : "", first ? first->reason : "",
		 first ? ")" : "");
	json_object_set_new(j, "error", json_pack("{s:s, s:s, s:s}", "code", "invalid", "field",
						  first && first->column[0] ? first->column : "file",
						  "message", msg));
	return reply_json(r, 422, j);
}

/* POST /api/v1/tpp/kehadiran (text/csv, or multipart "berkas") */
static int api_attendance_import(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct csv_table t = CSV_TABLE_INIT;
	struct csv_report rep = CSV_REPORT_INIT;
	struct tpp_attendance_row *rows = NULL;
	size_t n = 0, len = r->body.len;
	int64_t replaced = 0;
	const struct kv *up = req_upload(r, "berkas");
	const char *data = up ? up->val : r->body.buf;
	if (up)
		len = up->len;
	if (!len)
		return reply_fail(r, KERR_INVALID, "berkas", "Kirim berkas CSV kehadiran (text/csv "
				  "atau multipart 'berkas')");
	if (csv_table_parse(data, len, ATTENDANCE_MAX_ROWS, &t, &err) ||
	    store_tpp_attendance_check(r->db, &t, tpp_import_scope(r), &rep, &rows, &n, &err))
		reply_error(r, &err);
	else if (!rows)
		reply_refused(r, &rep);
	else if (store_tpp_attendance_save(r->db, &who, rows, n, up ? up->filename : "api",
					   &replaced, &err))
		reply_error(r, &err);
	else
		reply_json(r, 201, import_result(&rep, (int64_t)n, replaced));
	free(rows);
	csv_report_release(&rep);
	csv_table_release(&t);
	return 0;
}

/* GET /api/v1/tpp/kehadiran?tahun=Y: rows per month in the caller's scope. */
static int api_attendance_months(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct tpp_attendance_month *m = NULL;
	size_t n = 0;
	long long year = 0;
	const char *y = req_query(r, "tahun");
	if (!y || parse_whole_in(y, 2000, 2100, &year) < 0)
		return reply_fail(r, KERR_INVALID, "tahun", "tahun wajib diisi (2000 sampai 2100)");
	if (store_tpp_attendance_months(r->db, (int)year, tpp_import_scope(r), &m, &n, &err))
		return reply_error(r, &err);
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, json_pack("{s:i, s:I, s:I, s:I}", "bulan", m[i].month,
						     "pegawai", (json_int_t)m[i].employees,
						     "hari_tidak_hadir", (json_int_t)m[i].absent_days,
						     "menit_terlambat", (json_int_t)m[i].late_minutes));
	free(m);
	return reply_json(r, 200, json_pack("{s:I, s:o}", "tahun", (json_int_t)year, "bulan", arr));
}

const struct route api_tpp_routes[] = {
	{ "GET", "/api/v1/tpp/aturan", api_rules_get, ACCESS_READ_ALL },
	{ "POST", "/api/v1/tpp/aturan", api_rules_create, ACCESS_ADMIN },
	{ "GET", "/api/v1/tpp/aturan/{id}", api_rules_get_one, ACCESS_READ_ALL },
	{ "GET", "/api/v1/tpp/kehadiran", api_attendance_months, ACCESS_READ_ALL },
	{ "POST", "/api/v1/tpp/kehadiran", api_attendance_import, ACCESS_MANAGE },
	{ "GET", "/api/v1/tpp/perhitungan", api_tpp_run_list, ACCESS_READ_ALL },
	{ "POST", "/api/v1/tpp/perhitungan", api_tpp_run_create, ACCESS_MANAGE },
	{ "GET", "/api/v1/tpp/perhitungan/{id}", api_tpp_run_get, ACCESS_READ_ALL },
	{ "POST", "/api/v1/tpp/perhitungan/{id}/hitung-ulang", api_tpp_run_recompute, ACCESS_MANAGE },
	{ "POST", "/api/v1/tpp/perhitungan/{id}/setujui", api_tpp_run_approve, ACCESS_MANAGE },
	{ "GET", "/api/v1/tpp/perhitungan/{id}/banding", api_tpp_run_compare, ACCESS_READ_ALL },
	{ "GET", "/api/v1/tpp/perhitungan/{id}/ekspor", api_tpp_run_export, ACCESS_READ_ALL },
	{ "GET", "/api/v1/tpp/rincian/{id}", api_tpp_item_get, ACCESS_LOGIN },
	{ "GET", "/api/v1/tpp/saya", api_tpp_mine, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
