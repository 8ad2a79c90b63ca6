/*
 * ui_tpp_attendance.c - the attendance (kehadiran) data of the allowance
 * (TPP): GET /tpp/kehadiran (the rows stored per month of a year in the
 * caller's scope, and for HR the upload form) and POST /tpp/kehadiran
 * (the CSV checked whole: one bad row and nothing is stored, every
 * problem listed by line, column and reason, as the employee import does).
 */
#include "web/ui_tpp.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "domain/csvcheck.h"
#include "domain/csvtable.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define UPLOAD_MAX_BYTES (20u << 20)
#define UPLOAD_MAX_ROWS 400000


static void help(struct req *r)
{
	html_raw(&r->out, "<p>Berkas CSV (UTF-8, pemisah koma atau titik koma seperti disimpan "
			  "Excel), satu baris per pegawai per bulan, dengan kolom:</p><ul class=\"small\">"
			  "<li><code>nip, tahun, bulan, hari_kerja</code> (wajib): hari kerja pegawai "
			  "pada bulan itu;</li><li><code>hari_kerja_bulan</code>: hari kerja sebulan "
			  "penuh (kosong = sama dengan hari_kerja); pegawai yang mulai bekerja di tengah "
			  "bulan dibayar sebanding (hari_kerja / hari_kerja_bulan);</li><li><code>"
			  "tanpa_keterangan, izin, sakit, cuti</code>: jumlah hari tidak hadir;</li>"
			  "<li><code>terlambat_menit</code>: jumlah menit terlambat sebulan.</li></ul>"
			  "<p class=\"small\">Bulan yang sudah ada untuk seorang pegawai diganti. Bulan "
			  "tanpa data kehadiran tidak dibayar. Contoh baris: <code>19900115 201501 1 001,"
			  "2026,7,22,22,1,0,2,0,45</code></p>");
}

static void upload_form(struct req *r, const struct kerr *err)
{
	html(&r->out, "<form method=\"post\" action=\"/tpp/kehadiran\" enctype=\"multipart/form-data\" "
		      "class=\"row g-3 mb-4\"><div class=\"col-md-8\"><label for=\"f-berkas\" "
		      "class=\"form-label\">Berkas CSV kehadiran</label><input type=\"file\" "
		      "id=\"f-berkas\" name=\"berkas\" accept=\".csv,text/csv\" required "
		      "class=\"form-control%s\"></div>",
	     err && !strcmp(err->field, "berkas") ? " is-invalid" : "");
	csrf_field(r);
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">"
			  "Impor</button></div></form>");
}

static void months_table(struct req *r, int year)
{
	struct tpp_attendance_month *m = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	if (store_tpp_attendance_months(r->db, year, tpp_import_scope(r), &m, &n, &err))
		return;
	html(&r->out, "<section id=\"bulan\"><h2 class=\"h5\">Data tersimpan tahun %d</h2>", year);
	if (!n) {
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada data kehadiran.</p></section>");
		free(m);
		return;
	}
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm\"><thead>"
			  "<tr><th scope=\"col\">Bulan</th><th scope=\"col\" class=\"text-end\">Pegawai"
			  "</th><th scope=\"col\" class=\"text-end\">Hari tidak hadir</th><th "
			  "scope=\"col\" class=\"text-end\">Menit terlambat</th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++)
		html(&r->out, "<tr><th scope=\"row\">%s</th><td class=\"text-end\">%lld</td><td "
			      "class=\"text-end\">%lld</td><td class=\"text-end\">%lld</td></tr>",
		     tpp_month_name(m[i].month), (long long)m[i].employees,
		     (long long)m[i].absent_days, (long long)m[i].late_minutes);
	html_raw(&r->out, "</tbody></table></div></section>");
	free(m);
}

static void head(struct req *r)
{
	html_raw(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
			  "class=\"breadcrumb-item\"><a href=\"/tpp\">TPP</a></li><li "
			  "class=\"breadcrumb-item active\" aria-current=\"page\">Kehadiran</li></ol>"
			  "</nav><h1 class=\"h3\">Data Kehadiran untuk TPP</h1>");
}

static int attendance_page(struct req *r, const struct kerr *err)
{
	long long year = year_wib();
	const char *y = req_query(r, "tahun");
	if (y && parse_whole_in(y, 2000, 2100, &year) < 0)
		year = year_wib();
	page_begin(r, "Kehadiran TPP", NAV_TPP);
	head(r);
	if (err)
		form_error_alert(r, NULL, err);
	if (tpp_is_hr(r)) {
		help(r);
		upload_form(r, err);
	}
	months_table(r, (int)year);
	page_end(r);
	return reply_html(r, err ? kerr_http_status(err) : 200);
}

/* GET /tpp/kehadiran?tahun=Y */
int page_tpp_attendance(struct req *r)
{
	return attendance_page(r, NULL);
}

static int issue_cmp(const void *a, const void *b)
{
	const struct csv_issue *x = a, *y = b;
	return x->line < y->line ? -1 : x->line > y->line;
}

static int refused_page(struct req *r, struct csv_report *rep)
{
	page_begin(r, "Kehadiran TPP", NAV_TPP);
	head(r);
	alert_box(r, "danger", "Tidak ada data yang disimpan.");
	html(&r->out, "<p>%zu dari %zu baris bermasalah. Perbaiki berkasnya lalu impor ulang.</p>",
	     rep->rows_bad, rep->rows_checked);
	qsort(rep->items, rep->n, sizeof *rep->items, issue_cmp);
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm "
			  "table-striped\"><caption>Masalah yang ditemukan</caption><thead><tr>"
			  "<th scope=\"col\">Baris</th><th scope=\"col\">Kolom</th><th scope=\"col\">"
			  "Alasan</th></tr></thead><tbody>");
	for (size_t i = 0; i < rep->n; i++)
		html(&r->out, "<tr><td>%zu</td><td>%s</td><td>%s</td></tr>", rep->items[i].line,
		     rep->items[i].column[0] ? rep->items[i].column : "-", rep->items[i].reason);
	html_raw(&r->out, "</tbody></table></div>");
	if (rep->issues_total > rep->n)
		html(&r->out, "<p>Ditampilkan %zu dari %zu masalah.</p>", rep->n, rep->issues_total);
	upload_form(r, NULL);
	page_end(r);
	return reply_html(r, 422);
}

/* POST /tpp/kehadiran (multipart "berkas") */
int page_tpp_attendance_import(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct csv_table t = CSV_TABLE_INIT;
	struct csv_report rep = CSV_REPORT_INIT;
	struct tpp_attendance_row *rows = NULL;
	size_t n = 0;
	int64_t replaced = 0;
	char to[96];
	const struct kv *f = req_upload(r, "berkas");
	if (!f || !f->len)
		kerr_set(&err, KERR_INVALID, "berkas", "Pilih berkas CSV kehadiran yang akan diimpor");
	else if (f->len > UPLOAD_MAX_BYTES)
		kerr_set(&err, KERR_TOO_LARGE, "berkas", "Berkas terlalu besar (paling besar 20 MiB)");
	else if (!csv_table_parse(f->val, f->len, UPLOAD_MAX_ROWS, &t, &err) &&
		 !store_tpp_attendance_check(r->db, &t, tpp_import_scope(r), &rep, &rows, &n, &err) &&
		 rows)
		store_tpp_attendance_save(r->db, &who, rows, n, f->filename, &replaced, &err);
	if (!kerr_is_set(&err) && rows)
		snprintf(to, sizeof to, "/tpp/kehadiran?pesan=tpp_kehadiran_diimpor&baris=%zu", n);
	free(rows);
	if (!kerr_is_set(&err) && !rep.rows_bad && n) {
		csv_report_release(&rep);
		csv_table_release(&t);
		return reply_redirect(r, to);
	}
	if (!kerr_is_set(&err))
		refused_page(r, &rep);
	else if (err.code == KERR_INVALID || err.code == KERR_TOO_LARGE)
		attendance_page(r, &err);
	else
		reply_error(r, &err);
	csv_report_release(&rep);
	csv_table_release(&t);
	return 0;
}
