/*
 * api_employees.c - employees (pegawai) over the API: list, read, create,
 * update with optimistic locking, and CSV import and export.
 *
 * The route's access level is checked by the server; here each handler
 * checks the particular employee or unit: a pengelola works only inside the
 * unit they manage (and the units below it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api.h"
#include "api/api_util.h"
#include "api/api_lists.h"
#include "domain/csvcheck.h"
#include "domain/nip.h"
#include "http/auth.h"
#include "http/scope.h"
#include "http/request.h"
#include "http/router.h"

#define PER_PAGE_DEFAULT 50
#define PER_PAGE_MAX 500
#define IMPORT_MAX_ROWS 200000

/* ---- listing ------------------------------------------------------------- */

/* GET /api/v1/pegawai?q=&unit=&status=&urut=&arah=&page=&per_page=: the
 * parameters, scope and refusals of list_request_read (a pengelola sees
 * only their scope: the unit filter defaults to it and may not point
 * outside it). */
static int api_employee_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct list_request lr;
	struct employee_query q = { 0 };
	struct employee *rows = NULL;
	size_t n = 0;
	int64_t total = 0;
	if (r->who.role == ROLE_PENGELOLA && !r->who.scope_unit_id)
		return reply_fail(r, KERR_FORBIDDEN, "", "Akun pengelola ini belum diberi unit kerja "
				  "yang dikelola");
	int rc = list_request_read(r, &listq_employees, 1, &lr, &err);
	if (!rc) {
		const char *status = listq_status(lr.spec, &lr.q);
		q = (struct employee_query){ lr.q.search[0] ? lr.q.search : NULL,
					     lr.q.unit_id ? lr.q.unit_id : lr.scope_unit,
					     status[0] ? status : NULL, 0, lr.q.page, lr.q.per_page,
					     lr.q.sort, lr.q.desc };
		rc = store_employee_list(r->db, &q, &rows, &n, &total, &err);
	}
	if (rc) {
		list_request_release(&lr);
		return reply_error(r, &err);
	}
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, employee_to_json(&rows[i]));
	free(rows);
	json_t *j = api_list_answer(&lr, items, total);
	list_request_release(&lr);
	return reply_json(r, 200, j);
}

/* ---- one employee ------------------------------------------------------------ */

/* GET /api/v1/pegawai/{id}, with the ids of the pejabat penilai and the
 * atasan pejabat penilai (null when there is none). */
static int api_employee_get(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	int64_t assessor = 0, superior = 0;
	if (store_employee_get(r->db, r->path_id, &e, &err) < 0)
		return reply_error(r, &err);
	if (!may_read_employee(r, &e))
		return reply_fail(r, KERR_FORBIDDEN, "", "Anda tidak berhak melihat data pegawai ini");
	if (store_employee_assessors(r->db, e.id, &assessor, &superior, &err) < 0)
		return reply_error(r, &err);
	json_t *j = employee_to_json(&e);
	json_object_set_new(j, "pejabat_penilai_id", api_id(assessor));
	json_object_set_new(j, "atasan_pejabat_penilai_id", api_id(superior));
	return reply_json(r, 200, j);
}

/* Reads the fields of a create (all required ones present) or update body
 * (fields absent keep their value; "version" required) into e. */
static int employee_read(json_t *body, struct employee *e, int creating, struct kerr *err)
{
	static const char *const update_extra[] = { "version", NULL };
	char nip[64];
	copy_str(nip, sizeof nip, e->nip);
	const struct json_field fields[] = {
		{ "nip", nip, sizeof nip, creating },
		{ "jenis_nip", e->nip_kind, sizeof e->nip_kind, 0 },
		{ "nama", e->name, sizeof e->name, creating },
		{ "gelar_depan", e->front_title, sizeof e->front_title, 0 },
		{ "gelar_belakang", e->back_title, sizeof e->back_title, 0 },
		{ "golongan", e->golongan, sizeof e->golongan, 0 },
		{ "kode_jabatan", e->position_code, sizeof e->position_code, 0 },
		{ "kode_unit", e->unit_code, sizeof e->unit_code, creating },
		{ "status", e->status, sizeof e->status, 0 },
		{ "email", e->email, sizeof e->email, 0 },
	};
	if (json_take_strings(body, fields, sizeof fields / sizeof fields[0],
			      creating ? NULL : update_extra, err) < 0)
		return -1;
	if (!creating && json_take_int(body, "version", 1, 0, &e->version, err) == 0)
		return kerr_set(err, KERR_INVALID, "version",
				"Kolom 'version' wajib diisi (dari data yang terakhir dibaca)");
	if (kerr_is_set(err) || nip_normalize(nip, e->nip, err) < 0)
		return -1;
	const char *status = employee_status_canonical(e->status);
	if (status)
		copy_str(e->status, sizeof e->status, status);
	if (!e->nip_kind[0])
		copy_str(e->nip_kind, sizeof e->nip_kind, "pns");
	return 0;
}

/* The store names fields as in struct employee; the API in Indonesian. */
static void rename_field(struct kerr *err)
{
	static const char *const names[][2] = {
		{ "nip_kind", "jenis_nip" }, { "name", "nama" },
		{ "front_title", "gelar_depan" }, { "back_title", "gelar_belakang" },
		{ "position_code", "kode_jabatan" }, { "unit_code", "kode_unit" },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(err->field, names[i][0]) == 0) {
			copy_str(err->field, sizeof err->field, names[i][1]);
			return;
		}
}

/* Resolves kode_unit and kode_jabatan, refusing either outside the
 * caller's scope (the rule the pages apply too). */
static int employee_resolve(struct req *r, struct employee *e, struct kerr *err)
{
	if (!e->unit_code[0])
		return kerr_set(err, KERR_INVALID, "kode_unit", "Kolom 'kode_unit' wajib diisi");
	if (scope_check_placement(r, e, err) == 0)
		return 0;
	rename_field(err);
	return -1;
}

/* Creates (e->id == 0) or updates e in the store. */
static int employee_save(struct req *r, struct employee *e, struct kerr *err)
{
	struct actor who = req_actor(r);
	int rc = e->id ? store_employee_update(r->db, &who, e, err)
		       : store_employee_create(r->db, &who, e, err);
	if (rc < 0)
		rename_field(err);
	return rc;
}

/* Replies with the stored employee e->id (or e itself if it cannot be read). */
static int reply_employee(struct req *r, int status, const struct employee *e)
{
	struct kerr err = KERR_INIT;
	struct employee saved;
	if (store_employee_get(r->db, e->id, &saved, &err) < 0)
		return reply_json(r, status, employee_to_json(e));
	return reply_json(r, status, employee_to_json(&saved));
}

/* POST /api/v1/pegawai: 201 with the new employee. */
static int api_employee_create(struct req *r)
{
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct employee e = { 0 };
	struct kerr err = KERR_INIT;
	int rc = employee_read(body, &e, 1, &err);
	json_decref(body);
	if (rc < 0 || employee_resolve(r, &e, &err) < 0 || employee_save(r, &e, &err) < 0)
		return reply_error(r, &err);
	return reply_employee(r, 201, &e);
}

/* PUT /api/v1/pegawai/{id}: 200 with the employee, 409 when "version" is
 * not the stored one any more (someone else saved in between). */
static int api_employee_update(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	if (store_employee_get(r->db, r->path_id, &e, &err) < 0)
		return reply_error(r, &err);
	if (!may_edit_employee(r, &e))
		return reply_fail(r, KERR_FORBIDDEN, "", "Anda tidak berhak mengubah data pegawai ini");
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	int rc = employee_read(body, &e, 0, &err);
	json_decref(body);
	if (rc < 0 || employee_resolve(r, &e, &err) < 0 || employee_save(r, &e, &err) < 0)
		return reply_error(r, &err);
	return reply_employee(r, 200, &e);
}

/* ---- import ------------------------------------------------------------------ */

struct import_opts {
	int positions;   /* jenis=jabatan */
	int skip;        /* lewati_salah=1: write the good rows, skip the bad */
};

static int import_opts_read(struct req *r, struct import_opts *o, struct kerr *err)
{
	const char *jenis = req_query(r, "jenis");
	const char *skip = req_query(r, "lewati_salah");
	o->positions = jenis && strcmp(jenis, "jabatan") == 0;
	o->skip = skip && (strcmp(skip, "1") == 0 || strcmp(skip, "ya") == 0 ||
			   strcmp(skip, "true") == 0);
	if (jenis && jenis[0] && !o->positions && strcmp(jenis, "pegawai") != 0)
		return kerr_set(err, KERR_INVALID, "jenis", "jenis harus 'pegawai' atau 'jabatan'");
	if (o->positions && r->who.role != ROLE_ADMIN)
		return kerr_set(err, KERR_FORBIDDEN, "jenis",
				"Hanya administrator yang boleh mengimpor jabatan");
	return 0;
}

/* Checks a parsed file; returns the number of bad rows, or -1 (err set)
 * when the scope could not be checked. */
static int import_check(struct req *r, const struct import_opts *o,
			const struct csv_table *t, struct csv_report *rep, struct kerr *err)
{
	if (store_check_import(r->db, t, o->positions, rep, err))
		return -1;
	if (!o->positions && r->who.role != ROLE_ADMIN && scope_mark_import_rows(r, t, rep, err))
		return -1;
	return (int)rep->rows_bad;
}

/* {"written","skipped","issues_total","issues":[{"line","column","reason"}]} */
static json_t *import_result(const struct csv_report *rep, int64_t written)
{
	json_t *issues = json_array();
	for (size_t i = 0; i < rep->n; i++) {
		const struct csv_issue *it = &rep->items[i];
		json_array_append_new(issues, json_pack("{s:I, s:s, s:s}",
							"line", (json_int_t)it->line,
							"column", it->column,
							"reason", it->reason));
	}
	return json_pack("{s:I, s:I, s:I, s:o}", "written", (json_int_t)written,
			 "skipped", (json_int_t)rep->rows_bad,
			 "issues_total", (json_int_t)rep->issues_total, "issues", issues);
}

/* 422: the issues, the error shape, and nothing written. */
static int reply_import_refused(struct req *r, const struct csv_report *rep)
{
	json_t *j = import_result(rep, 0);
	char msg[160];
	if (rep->header_bad)
		snprintf(msg, sizeof msg, "Tidak ada data yang disimpan: baris judul (header) bermasalah");
	else
		snprintf(msg, sizeof msg, "Tidak ada data yang disimpan: %zu baris bermasalah",
			 rep->rows_bad);
	json_object_set_new(j, "error", json_pack("{s:s, s:s, s:s}", "code", "invalid",
						  "field", "file", "message", msg));
	return reply_json(r, 422, j);
}

/* The file: the raw body, or a multipart upload in the field "berkas". */
static const char *import_data(const struct req *r, size_t *len)
{
	const struct kv *up = req_upload(r, "berkas");
	if (up) {
		*len = up->len;
		return up->val;
	}
	*len = r->body.len;
	return r->body.buf;
}

/* Writes the good rows of a checked file; returns the count or -1. */
static int import_write(struct req *r, const struct import_opts *o, const struct csv_table *t,
			const struct csv_report *rep, struct kerr *err)
{
	struct actor who = req_actor(r);
	if (o->positions)
		return store_position_import(r->db, &who, t, rep, err);
	return store_employee_import(r->db, &who, t, rep, err);
}

/* POST /api/v1/pegawai/impor?jenis=pegawai|jabatan&lewati_salah=1, body text/csv. */
static int api_employee_import(struct req *r)
{
	struct import_opts o;
	struct kerr err = KERR_INIT;
	struct csv_table t = CSV_TABLE_INIT;
	struct csv_report rep = CSV_REPORT_INIT;
	size_t len;
	const char *data = import_data(r, &len);
	if (import_opts_read(r, &o, &err) < 0 ||
	    csv_table_parse(data, len, IMPORT_MAX_ROWS, &t, &err) < 0)
		return reply_error(r, &err);
	int written = -1;
	int bad = import_check(r, &o, &t, &rep, &err);
	if (bad >= 0 && ((bad == 0 && rep.issues_total == 0) || (o.skip && !rep.header_bad)))
		written = import_write(r, &o, &t, &rep, &err);
	if (written >= 0)
		reply_json(r, 200, import_result(&rep, written));
	else if (kerr_is_set(&err))
		reply_error(r, &err);
	else
		reply_import_refused(r, &rep);
	csv_report_release(&rep);
	csv_table_release(&t);
	return 0;
}

/* ---- export ------------------------------------------------------------------ */

static void employee_csv_row(struct strbuf *out, const struct employee *e)
{
	const char *cells[] = { e->nip, e->nip_kind, e->name, e->front_title, e->back_title,
				e->golongan, e->position_code, e->unit_code, e->status,
				e->email };
	csv_write_row(out, cells, sizeof cells / sizeof cells[0]);
}

/* The employee export limited to a pengelola's scope (same columns as
 * store_employee_export), written page by page. */
static int export_scope(struct req *r, struct strbuf *out, struct kerr *err)
{
	struct employee_query q = { NULL, r->who.scope_unit_id, NULL, 0, 1, PER_PAGE_MAX, 0, 0 };
	if (!q.unit_id)
		return kerr_set(err, KERR_FORBIDDEN, "",
				"Akun pengelola ini belum diberi unit kerja yang dikelola");
	csv_write_row(out, employee_csv_columns, employee_csv_ncols);
	for (;; q.page++) {
		struct employee *rows = NULL;
		size_t n = 0;
		int64_t total = 0;
		if (store_employee_list(r->db, &q, &rows, &n, &total, err) < 0)
			return -1;
		for (size_t i = 0; i < n; i++)
			employee_csv_row(out, &rows[i]);
		free(rows);
		if (n == 0 || (int64_t)q.page * q.per_page >= total)
			return 0;
	}
}

/* GET /api/v1/pegawai/ekspor?jenis=pegawai|jabatan: a CSV download that
 * the import reads back unchanged. */
static int api_employee_export(struct req *r)
{
	struct kerr err = KERR_INIT;
	const char *jenis = req_query(r, "jenis");
	int positions = jenis && strcmp(jenis, "jabatan") == 0;
	int rc;
	if (jenis && jenis[0] && !positions && strcmp(jenis, "pegawai") != 0)
		return reply_fail(r, KERR_INVALID, "jenis", "jenis harus 'pegawai' atau 'jabatan'");
	strbuf_reset(&r->out);
	if (positions)
		rc = store_position_export(r->db, &r->out, &err);
	else if (r->who.role == ROLE_PENGELOLA)
		rc = export_scope(r, &r->out, &err);
	else
		rc = store_employee_export(r->db, &r->out, &err);
	if (rc < 0) {
		strbuf_reset(&r->out);
		return reply_error(r, &err);
	}
	return reply_download(r, "text/csv; charset=utf-8", positions ? "jabatan.csv" : "pegawai.csv");
}

const struct route api_employees_routes[] = {
	{ "GET", "/api/v1/pegawai", api_employee_list, ACCESS_READ_ALL },
	{ "GET", "/api/v1/pegawai/ekspor", api_employee_export, ACCESS_READ_ALL },
	{ "POST", "/api/v1/pegawai/impor", api_employee_import, ACCESS_MANAGE },
	{ "GET", "/api/v1/pegawai/{id}", api_employee_get, ACCESS_LOGIN },
	{ "POST", "/api/v1/pegawai", api_employee_create, ACCESS_MANAGE },
	{ "PUT", "/api/v1/pegawai/{id}", api_employee_update, ACCESS_MANAGE },
	{ NULL, NULL, NULL, 0 },
};
