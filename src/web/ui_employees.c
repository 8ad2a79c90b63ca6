/*
 * ui_employees.c - the employee pages: the searchable, filtered, sorted,
 * paged list and its export (CSV, Excel; ui_lists.h), the CSV export in
 * the import's format, one employee's details (with their pejabat penilai and atasan
 * pejabat penilai) and deactivation, plus the route table for everything
 * under /pegawai.  The add/edit form lives in ui_employee_form.c and the CSV
 * import in ui_employee_import.c.
 *
 * A pengelola sees only the units of their scope; other readers see all.
 */
#include "web/ui.h"
#include "web/ui_pages.h"
#include "web/ui_lists.h"
#include "web/list_export.h"
#include "store/list_table.h"
#include "domain/csvcheck.h"
#include "http/auth.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT_BATCH 500

/* ---- the list ---------------------------------------------------------------- */

/* The employee query of a list request (domain/listquery.h): the viewer's
 * units unless a unit is chosen (list_request_read checked it). */
static void list_query_of(const struct list_request *lr, struct employee_query *q)
{
	list_employee_query(&lr->f, q);
}

static void list_buttons(struct req *r)
{
	html_raw(&r->out, "<div class=\"d-flex flex-wrap gap-2 d-print-none\">");
	if (may_manage_people(r))
		html_raw(&r->out,
			 "<a class=\"btn btn-primary\" href=\"/pegawai/baru\">Tambah pegawai</a>"
			 "<a class=\"btn btn-outline-secondary\" href=\"/pegawai/impor\">Impor CSV</a>");
	html_raw(&r->out, "<a class=\"btn btn-outline-secondary\" href=\"/pegawai/ekspor.csv\">"
			  "Ekspor CSV (format impor)</a><a class=\"btn btn-outline-secondary\" "
			  "href=\"/skp/daftar\">Daftar SKP</a><a class=\"btn btn-outline-secondary\" "
			  "href=\"/penilaian/daftar\">Daftar penilaian</a></div>");
}

static void status_badge(struct req *r, const char *status)
{
	html(&r->out, "<span class=\"badge %s\">%s</span>",
	     strcmp(status, "aktif") ? "text-bg-secondary" : "text-bg-success",
	     employee_status_label(status));
}

static void list_row(struct req *r, const struct employee *e)
{
	char nip[32], gol[80];
	struct strbuf name = STRBUF_INIT;
	nip_display(nip, sizeof nip, e->nip);
	golongan_display(gol, sizeof gol, e->golongan);
	employee_display_name(&name, e);
	html(&r->out, "<tr><td class=\"text-nowrap\">%s</td>"
		      "<th scope=\"row\"><a href=\"/pegawai/%lld\">%s</a></th><td>%s</td><td>%s</td>"
		      "<td>%s</td><td>", nip, (long long)e->id, name.buf, gol,
	     e->position_name[0] ? e->position_name : "-", e->unit_name);
	status_badge(r, e->status);
	html_raw(&r->out, "</td></tr>");
	strbuf_release(&name);
}

static void list_table(struct req *r, const struct list_page *p, const struct employee *list,
		       size_t n)
{
	static const struct list_col cols[] = {
		{ "nip", "NIP" }, { "nama", "Nama" }, { "golongan", "Golongan/pangkat" },
		{ NULL, "Jabatan" }, { "unit", "Unit kerja" }, { "status", "Status" },
	};
	enum { NCOLS = sizeof cols / sizeof cols[0] };
	list_table_begin(r, p, "daftar-pegawai", "Daftar pegawai", cols, NCOLS);
	for (size_t i = 0; i < n; i++)
		list_row(r, &list[i]);
	list_table_end(r, n, NCOLS, "Tidak ada pegawai yang cocok.");
}

static int list_page_reply(struct req *r, struct list_request *lr)
{
	struct kerr err = KERR_INIT;
	struct employee_query q;
	struct employee *list = NULL;
	size_t n = 0;
	int64_t total = 0;
	struct list_page p = { "/pegawai", lr, employee_status_label, "pegawai" };
	list_query_of(lr, &q);
	if (store_employee_list(r->db, &q, &list, &n, &total, &err))
		return reply_error(r, &err);
	page_begin(r, "Daftar Pegawai", NAV_PEGAWAI);
	html_raw(&r->out, "<div class=\"d-flex flex-wrap justify-content-between "
			  "align-items-center gap-2 mb-3\"><h1 class=\"h3 mb-0\">Daftar Pegawai</h1>");
	list_buttons(r);
	html_raw(&r->out, "</div>");
	list_filter_form(r, &p);
	list_summary(r, &p, total);
	list_export_buttons(r, &p);
	list_table(r, &p, list, n);
	list_pager(r, &p, total);
	page_end(r);
	free(list);
	return reply_html(r, 200);
}

/* GET /pegawai?q=&unit=&status=&urut=&arah=&page= (and &format=csv|xlsx:
 * the filtered list, every page). */
static int page_employee_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct list_request lr;
	enum export_format fmt;
	int rc;
	if (list_request_read(r, &listq_employees, 0, &lr, &err) ||
	    export_format_of(r, &fmt, &err))
		rc = reply_error(r, &err);
	else if (fmt != EXPORT_NONE)
		rc = list_export_reply(r, &lr, fmt);
	else
		rc = list_page_reply(r, &lr);
	list_request_release(&lr);
	return rc;
}

/* ---- the CSV export ---------------------------------------------------------- */

static void export_row(struct strbuf *out, const struct employee *e)
{
	const char *cells[] = { e->nip, e->nip_kind, e->name, e->front_title, e->back_title,
				e->golongan, e->position_code, e->unit_code, e->status, e->email };
	csv_write_row(out, cells, sizeof cells / sizeof cells[0]);
}

/* A pengelola's export: only the employees of their scope. */
static int export_scope(struct req *r, int64_t scope, struct kerr *err)
{
	csv_write_row(&r->out, employee_csv_columns, employee_csv_ncols);
	struct employee_query q = { .unit_id = scope, .per_page = EXPORT_BATCH };
	for (q.page = 1;; q.page++) {
		struct employee *list = NULL;
		size_t n = 0;
		int64_t total = 0;
		if (store_employee_list(r->db, &q, &list, &n, &total, err))
			return -1;
		for (size_t i = 0; i < n; i++)
			export_row(&r->out, &list[i]);
		free(list);
		if (n < EXPORT_BATCH || (int64_t)q.page * EXPORT_BATCH >= total)
			return 0;
	}
}

static int page_employee_export(struct req *r)
{
	struct kerr err = KERR_INIT;
	int64_t scope = view_scope_unit(r);
	strbuf_reset(&r->out);
	strbuf_addstr(&r->out, "\xEF\xBB\xBF");   /* UTF-8 BOM, so Excel reads UTF-8 */
	int rc = scope ? export_scope(r, scope, &err) : store_employee_export(r->db, &r->out, &err);
	if (rc) {
		strbuf_reset(&r->out);
		return reply_error(r, &err);
	}
	return reply_download(r, "text/csv; charset=utf-8", "pegawai.csv");
}

/* ---- one employee ------------------------------------------------------------ */

static void detail_row(struct req *r, const char *label, const char *value)
{
	html(&r->out, "<dt class=\"col-sm-4\">%s</dt><dd class=\"col-sm-8\">%s</dd>", label,
	     value && *value ? value : "-");
}

/* The pejabat penilai or atasan: name (linked if readable), NIP, jabatan. */
static int assessor_row(struct req *r, const char *label, int64_t id, struct kerr *err)
{
	struct employee a;
	if (!id) {
		detail_row(r, label, "Belum ada");
		return 0;
	}
	if (store_employee_get(r->db, id, &a, err))
		return -1;
	struct strbuf name = STRBUF_INIT;
	char nip[32];
	employee_display_name(&name, &a);
	nip_display(nip, sizeof nip, a.nip);
	html(&r->out, "<dt class=\"col-sm-4\">%s</dt><dd class=\"col-sm-8\">", label);
	if (may_read_employee(r, &a))
		html(&r->out, "<a href=\"/pegawai/%lld\">%s</a>", (long long)a.id, name.buf);
	else
		html(&r->out, "%s", name.buf);
	html(&r->out, "<br><small class=\"text-muted\">NIP %s \xc2\xb7 %s</small></dd>",
	     nip, a.position_name[0] ? a.position_name : "-");
	strbuf_release(&name);
	return 0;
}

static void detail_fields(struct req *r, const struct employee *e)
{
	char nip[32], gol[80], pos[300], when[40];
	nip_display(nip, sizeof nip, e->nip);
	golongan_display(gol, sizeof gol, e->golongan);
	copy_str(pos, sizeof pos, e->position_name);
	if (e->position_code[0])
		snprintf(pos, sizeof pos, "%s \xe2\x80\x94 %s", e->position_code, e->position_name);
	detail_row(r, "NIP", nip);
	detail_row(r, "Jenis NIP", strcmp(e->nip_kind, "pppk") ? "PNS" : "PPPK");
	detail_row(r, "Golongan/pangkat", gol);
	detail_row(r, "Jabatan", pos);
	detail_row(r, "Unit kerja", e->unit_name);
	detail_row(r, "Status", employee_status_label(e->status));
	detail_row(r, "Email", e->email);
	format_time_wib(when, sizeof when, e->updated_at);
	detail_row(r, "Terakhir diubah", when);
}

static void detail_actions(struct req *r, const struct employee *e)
{
	html_raw(&r->out, "<div class=\"d-flex flex-wrap gap-2 mb-3 d-print-none\">");
	if (may_edit_employee(r, e))
		html(&r->out, "<a class=\"btn btn-primary\" href=\"/pegawai/%lld/ubah\">Ubah</a>",
		     (long long)e->id);
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR)
		html(&r->out, "<a class=\"btn btn-outline-secondary\" "
			      "href=\"/audit?entitas=employee&amp;id=%lld\">Riwayat perubahan</a>",
		     (long long)e->id);
	if (r->who.role != ROLE_PEGAWAI)
		html_raw(&r->out, "<a class=\"btn btn-outline-secondary\" href=\"/pegawai\">"
				  "Kembali ke daftar</a>");
	html_raw(&r->out, "</div>");
}

/* The deactivation form, for an active employee the viewer may edit. */
static void deactivate_form(struct req *r, const struct employee *e)
{
	if (!may_edit_employee(r, e) || strcmp(e->status, "aktif"))
		return;
	html(&r->out, "<section class=\"card border-danger mt-4 d-print-none\">"
		      "<div class=\"card-body\"><h2 class=\"h5\">Nonaktifkan pegawai</h2>"
		      "<form method=\"post\" action=\"/pegawai/%lld/nonaktif\" "
		      "class=\"row g-2 align-items-end\" "
		      "data-confirm=\"Nonaktifkan pegawai ini? Statusnya tidak lagi aktif.\">",
	     (long long)e->id);
	csrf_field(r);
	html(&r->out, "<input type=\"hidden\" name=\"version\" value=\"%lld\">"
		      "<div class=\"col-sm-6\"><label for=\"f-nonaktif\" class=\"form-label\">"
		      "Alasan</label><select id=\"f-nonaktif\" name=\"status\" class=\"form-select\">"
		      "<option value=\"pindah\">Pindah</option>"
		      "<option value=\"pensiun\">Pensiun</option></select></div>"
		      "<div class=\"col-sm-6\"><button type=\"submit\" class=\"btn btn-outline-danger\">"
		      "Nonaktifkan</button></div></form></div></section>",
	     (long long)e->version);
}

static int page_employee_show(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	int64_t assessor = 0, superior = 0;
	if (store_employee_get(r->db, r->path_id, &e, &err))
		return reply_error(r, &err);
	if (!may_read_employee(r, &e))
		return reply_fail(r, KERR_FORBIDDEN, "", "Anda tidak berhak melihat data pegawai ini");
	if (store_employee_assessors(r->db, e.id, &assessor, &superior, &err))
		return reply_error(r, &err);
	struct strbuf name = STRBUF_INIT;
	employee_display_name(&name, &e);
	page_begin(r, name.buf, NAV_PEGAWAI);
	html(&r->out, "<h1 class=\"h3\">%s</h1>", name.buf);
	detail_actions(r, &e);
	html_raw(&r->out, "<dl class=\"row\">");
	detail_fields(r, &e);
	int rc = assessor_row(r, "Pejabat penilai", assessor, &err);
	if (!rc)
		rc = assessor_row(r, "Atasan pejabat penilai", superior, &err);
	html_raw(&r->out, "</dl>");
	deactivate_form(r, &e);
	page_end(r);
	strbuf_release(&name);
	return rc ? reply_error(r, &err) : reply_html(r, 200);
}

static int page_employee_deactivate(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	const char *status = req_form(r, "status"), *version = req_form(r, "version");
	if (!status || (strcmp(status, "pindah") && strcmp(status, "pensiun")))
		return reply_fail(r, KERR_INVALID, "status", "Pilih alasan: pindah atau pensiun");
	if (store_employee_get(r->db, r->path_id, &e, &err))
		return reply_error(r, &err);
	if (!may_edit_employee(r, &e))
		return reply_fail(r, KERR_FORBIDDEN, "", "Anda tidak berhak mengubah data pegawai ini");
	if (version && *version)
		e.version = strtoll(version, NULL, 10);
	copy_str(e.status, sizeof e.status, status);
	struct actor who = req_actor(r);
	if (store_employee_update(r->db, &who, &e, &err))
		return reply_error(r, &err);
	char loc[80];
	snprintf(loc, sizeof loc, "/pegawai/%lld?pesan=nonaktif", (long long)e.id);
	return reply_redirect(r, loc);
}

const struct route ui_employees_routes[] = {
	{ "GET", "/pegawai", page_employee_list, ACCESS_READ_ALL },
	{ "GET", "/pegawai/ekspor.csv", page_employee_export, ACCESS_READ_ALL },
	{ "GET", "/pegawai/baru", page_employee_new, ACCESS_MANAGE },
	{ "POST", "/pegawai", page_employee_create, ACCESS_MANAGE },
	{ "GET", "/pegawai/impor", page_import_form, ACCESS_MANAGE },
	{ "POST", "/pegawai/impor", page_import_run, ACCESS_MANAGE },
	{ "GET", "/pegawai/{id}", page_employee_show, ACCESS_LOGIN },
	{ "GET", "/pegawai/{id}/ubah", page_employee_edit, ACCESS_MANAGE },
	{ "POST", "/pegawai/{id}", page_employee_update, ACCESS_MANAGE },
	{ "POST", "/pegawai/{id}/nonaktif", page_employee_deactivate, ACCESS_MANAGE },
	{ NULL, NULL, NULL, 0 },
};
