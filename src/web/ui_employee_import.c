/*
 * ui_employee_import.c - importing employees or positions from a CSV file:
 * the upload form (GET /pegawai/impor) and the check-then-store run behind
 * it (POST /pegawai/impor).
 *
 * The whole file is parsed and checked first (domain/csvcheck.h).  If any
 * row is bad and the user did not ask to skip bad rows, nothing is stored
 * and every problem is listed by line, column and reason, so the clerk can
 * fix the file in Excel.  Otherwise the good rows are written in one
 * transaction and a summary is shown.  A pengelola may only import
 * employees of their own scope; positions are the administrator's.
 */
#include "web/ui.h"
#include "web/ui_pages.h"
#include "domain/csvcheck.h"
#include "domain/nip.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define IMPORT_MAX_BYTES (20u << 20)
#define IMPORT_MAX_ROWS 200000

/* ---- the form --------------------------------------------------------------- */

static void import_help(struct req *r)
{
	html_raw(&r->out,
		 "<p>Berkas CSV (UTF-8, pemisah koma atau titik koma, seperti disimpan oleh Excel) "
		 "dengan baris pertama berisi nama kolom. Ukuran paling besar 20 MiB atau "
		 "200.000 baris.</p><ul class=\"small\">"
		 "<li><strong>Pegawai</strong>: <code>nip, jenis_nip, nama, gelar_depan, "
		 "gelar_belakang, golongan, kode_jabatan, kode_unit, status, email</code> "
		 "(wajib: nip, nama, kode_unit). NIP yang sudah ada diperbarui.</li>"
		 "<li><strong>Jabatan</strong>: <code>kode, nama, jenis, kode_unit, kode_atasan</code> "
		 "(wajib: kode, nama, jenis, kode_unit).</li></ul>"
		 "<p class=\"small\">Contoh format: unduh <a href=\"/pegawai/ekspor.csv\">ekspor "
		 "pegawai</a>.</p>");
}

static void import_form(struct req *r, const char *jenis, const char *bad_field)
{
	html_raw(&r->out, "<form method=\"post\" action=\"/pegawai/impor\" "
			  "enctype=\"multipart/form-data\" class=\"row g-3 d-print-none\">");
	csrf_field(r);
	html_raw(&r->out, "<div class=\"col-md-4\"><label for=\"f-jenis\" class=\"form-label\">"
			  "Jenis data</label><select id=\"f-jenis\" name=\"jenis\" class=\"form-select\">"
			  "<option value=\"pegawai\">Pegawai</option>");
	if (r->who.role == ROLE_ADMIN)
		html(&r->out, "<option value=\"jabatan\"%s>Jabatan</option>",
		     jenis && !strcmp(jenis, "jabatan") ? " selected" : "");
	html(&r->out, "</select></div><div class=\"col-md-8\"><label for=\"f-berkas\" "
		      "class=\"form-label\">Berkas CSV</label><input type=\"file\" id=\"f-berkas\" "
		      "name=\"berkas\" accept=\".csv,text/csv\" required class=\"form-control%s\"></div>",
	     bad_field && !strcmp(bad_field, "berkas") ? " is-invalid" : "");
	html_raw(&r->out, "<div class=\"col-12 form-check ms-2\"><input class=\"form-check-input\" "
			  "type=\"checkbox\" id=\"f-lewati\" name=\"lewati_salah\" value=\"1\">"
			  "<label class=\"form-check-label\" for=\"f-lewati\">Lewati baris yang salah "
			  "dan simpan baris lainnya</label></div><div class=\"col-12 d-flex gap-2\">"
			  "<button type=\"submit\" class=\"btn btn-primary\">Impor</button>"
			  "<a class=\"btn btn-outline-secondary\" href=\"/pegawai\">Batal</a></div></form>");
}

/* The upload page, with an error alert when err is set. */
static int form_page(struct req *r, const struct kerr *err)
{
	page_begin(r, "Impor CSV", NAV_PEGAWAI);
	html_raw(&r->out, "<h1 class=\"h3\">Impor data dari CSV</h1>");
	if (err)
		alert_box(r, "danger", err->msg);
	import_help(r);
	import_form(r, req_form(r, "jenis"), err ? "berkas" : NULL);
	page_end(r);
	return reply_html(r, err ? kerr_http_status(err) : 200);
}

int page_import_form(struct req *r)
{
	return form_page(r, NULL);
}

/* ---- the results ------------------------------------------------------------- */

static int issue_cmp(const void *a, const void *b)
{
	const struct csv_issue *x = a, *y = b;
	return x->line < y->line ? -1 : x->line > y->line;
}

static void issue_table(struct req *r, struct csv_report *rep)
{
	qsort(rep->items, rep->n, sizeof *rep->items, issue_cmp);
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm "
			  "table-striped\"><caption>Masalah yang ditemukan</caption><thead><tr>"
			  "<th scope=\"col\">Baris</th><th scope=\"col\">Kolom</th>"
			  "<th scope=\"col\">Alasan</th></tr></thead><tbody>");
	for (size_t i = 0; i < rep->n; i++)
		html(&r->out, "<tr><td>%zu</td><td>%s</td><td>%s</td></tr>", rep->items[i].line,
		     rep->items[i].column[0] ? rep->items[i].column : "-", rep->items[i].reason);
	html_raw(&r->out, "</tbody></table></div>");
	if (rep->issues_total > rep->n)
		html(&r->out, "<p>Ditampilkan %zu dari %zu masalah; perbaiki yang ini lalu impor "
			      "ulang untuk melihat sisanya.</p>", rep->n, rep->issues_total);
}

/* Nothing was stored: the problems, and the form to try again. */
static int refused_page(struct req *r, struct csv_report *rep, const struct kerr *err)
{
	page_begin(r, "Impor CSV", NAV_PEGAWAI);
	html_raw(&r->out, "<h1 class=\"h3\">Hasil impor</h1>");
	alert_box(r, "danger", "Tidak ada data yang disimpan.");
	if (err)
		alert_box(r, "warning", err->msg);
	else
		html(&r->out, "<p>%zu dari %zu baris bermasalah. Perbaiki berkasnya, atau centang "
			      "\xe2\x80\x9cLewati baris yang salah\xe2\x80\x9d untuk menyimpan baris "
			      "yang benar saja.</p>", rep->rows_bad, rep->rows_checked);
	if (rep->n)
		issue_table(r, rep);
	import_form(r, req_form(r, "jenis"), NULL);
	page_end(r);
	return reply_html(r, 422);
}

static int done_page(struct req *r, struct csv_report *rep, int written)
{
	char text[160];
	snprintf(text, sizeof text, "%d baris disimpan, %zu baris dilewati.", written,
		 rep->rows_bad);
	page_begin(r, "Impor CSV", NAV_PEGAWAI);
	html_raw(&r->out, "<h1 class=\"h3\">Hasil impor</h1>");
	alert_box(r, "success", text);
	if (rep->n) {
		html_raw(&r->out, "<h2 class=\"h5\">Baris yang dilewati</h2>");
		issue_table(r, rep);
	}
	html_raw(&r->out, "<p class=\"d-print-none\"><a class=\"btn btn-primary\" href=\"/pegawai\">"
			  "Ke daftar pegawai</a> <a class=\"btn btn-outline-secondary\" "
			  "href=\"/organisasi\">Lihat organisasi</a></p>");
	page_end(r);
	return reply_html(r, 200);
}

/* ---- the run ------------------------------------------------------------------ */

/* Which kind of file, and whether this user may import it; replies itself
 * and returns -1 if not. */
static int import_kind(struct req *r, int *positions)
{
	const char *jenis = req_form(r, "jenis");
	struct kerr err = KERR_INIT;
	*positions = jenis && !strcmp(jenis, "jabatan");
	if (jenis && *jenis && strcmp(jenis, "pegawai") && !*positions) {
		kerr_set(&err, KERR_INVALID, "jenis", "Jenis data harus pegawai atau jabatan");
		form_page(r, &err);
		return -1;
	}
	if (*positions && r->who.role != ROLE_ADMIN) {
		reply_fail(r, KERR_FORBIDDEN, "jenis", "Hanya administrator yang boleh mengimpor jabatan");
		return -1;
	}
	return 0;
}

/* Reads and parses the uploaded file; on a problem shows the form again. */
static int read_upload(struct req *r, struct csv_table *t)
{
	struct kerr err = KERR_INIT;
	const struct kv *f = req_upload(r, "berkas");
	if (!f || !f->len)
		kerr_set(&err, KERR_INVALID, "berkas", "Pilih berkas CSV yang akan diimpor");
	else if (f->len > IMPORT_MAX_BYTES)
		kerr_set(&err, KERR_TOO_LARGE, "berkas", "Berkas terlalu besar (paling besar 20 MiB)");
	else
		csv_table_parse(f->val, f->len, IMPORT_MAX_ROWS, t, &err);
	if (!kerr_is_set(&err))
		return 0;
	form_page(r, &err);
	return -1;
}

/* Checks every row into rep; the scope pass runs for a pengelola. */
static int check_rows(struct req *r, const struct csv_table *t, int positions,
		      struct csv_report *rep, struct kerr *err)
{
	if (store_check_import(r->db, t, positions, rep, err))
		return -1;
	if (positions)
		return 0;
	return view_scope_unit(r) && !rep->header_bad ? scope_mark_import_rows(r, t, rep, err) : 0;
}

int page_import_run(struct req *r)
{
	int positions;
	struct csv_table t = CSV_TABLE_INIT;
	struct csv_report rep = CSV_REPORT_INIT;
	struct kerr err = KERR_INIT;
	if (import_kind(r, &positions) || read_upload(r, &t))
		return 0;
	int skip = req_form(r, "lewati_salah") != NULL;
	struct actor who = req_actor(r);
	int written = -1;
	if (check_rows(r, &t, positions, &rep, &err))
		reply_error(r, &err);
	else if (rep.header_bad || (rep.rows_bad && !skip))
		refused_page(r, &rep, NULL);
	else if ((written = positions ? store_position_import(r->db, &who, &t, &rep, &err)
				      : store_employee_import(r->db, &who, &t, &rep, &err)) >= 0)
		done_page(r, &rep, written);
	else if (err.code == KERR_INVALID || err.code == KERR_CONFLICT)
		refused_page(r, &rep, &err);
	else
		reply_error(r, &err);
	csv_report_release(&rep);
	csv_table_release(&t);
	return 0;
}
