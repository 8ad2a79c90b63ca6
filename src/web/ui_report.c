/*
 * ui_report.c - the reports hub (GET /laporan): the reports the caller
 * may use, each with what it shows (the recap, the contribution report,
 * the bulk documents, the dashboard) and, for an employee, links to
 * their own documents (the SKP and the assessments as PDF); the pieces
 * the report pages share (the filter form, the download buttons); and
 * the route table of every report page.
 */
#include "web/ui_report.h"
#include "web/ui.h"
#include "domain/contribution.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"
#include "store/assessment.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shared pieces ------------------------------------------------------------------------- */

void report_pct_text(int set, double value, char *out, size_t size)
{
	if (!set) {
		snprintf(out, size, "-");
		return;
	}
	contribution_pct_text(value, out, size > 1 ? size - 1 : size);
	strncat(out, "%", size - strlen(out) - 1);
}

void report_query_text(const struct report_req *q, char *out, size_t size)
{
	if (q->basis)
		snprintf(out, size, "periode=%lld&unit=%lld&titik=%lld", (long long)q->period.id,
			 (long long)q->unit_id, (long long)q->basis);
	else
		snprintf(out, size, "periode=%lld&unit=%lld&jenis=tahunan", (long long)q->period.id,
			 (long long)q->unit_id);
}

void report_download_buttons(struct req *r, const char *path, const struct report_req *q)
{
	char query[160];
	report_query_text(q, query, sizeof query);
	html(&r->out, "<p class=\"d-flex flex-wrap gap-2\"><a class=\"btn btn-success\" "
		      "href=\"%s.xlsx?%s\" data-unduh=\"xlsx\">Unduh Excel (.xlsx)</a><a class=\"btn "
		      "btn-outline-success\" href=\"%s.csv?%s\" data-unduh=\"csv\">Unduh CSV</a></p>",
	     path, query, path, query);
}

int report_reply_file(struct req *r, const char *what, const struct unit *u,
		      const struct period *p, const char *ext)
{
	char name[200];
	snprintf(name, sizeof name, "%s-%s-%d.%s", what, u->code, p->year, ext);
	return reply_download(r, !strcmp(ext, "csv") ? "text/csv; charset=utf-8" :
			      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			      name);
}

static void period_options(struct req *r, const struct report_req *q)
{
	struct period *list = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	if (store_period_list(r->db, &list, &n, &err)) {
		html(&r->out, "<option value=\"%lld\" selected>%s</option>", (long long)q->period.id,
		     q->period.name);
	}
	for (size_t i = 0; i < n; i++)
		html(&r->out, "<option value=\"%lld\"%s>%s</option>", (long long)list[i].id,
		     list[i].id == q->period.id ? " selected" : "", list[i].name);
	free(list);
}

static void unit_options(struct req *r, const struct report_req *q)
{
	struct unit *units = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	if (store_unit_list(r->db, &units, &n, &err))
		n = 0;
	for (size_t i = 0; i < n; i++) {
		struct kerr no = KERR_INIT;
		if (units[i].id != q->unit_id && !report_may_see_unit(r, units[i].id, &no))
			continue;
		html(&r->out, "<option value=\"%lld\"%s>%s (%s)</option>", (long long)units[i].id,
		     units[i].id == q->unit_id ? " selected" : "", units[i].name, units[i].code);
	}
	free(units);
}

static void basis_options(struct req *r, const struct report_req *q)
{
	struct checkpoint *cps = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	if (store_checkpoint_list(r->db, q->period.id, &cps, &n, &err))
		n = 0;
	for (size_t i = 0; i < n; i++)
		html(&r->out, "<option value=\"%lld\"%s>Penilaian periodik %s</option>",
		     (long long)cps[i].id, cps[i].id == q->basis ? " selected" : "", cps[i].name);
	html(&r->out, "<option value=\"tahunan\"%s>Penilaian tahunan</option>",
	     q->basis ? "" : " selected");
	free(cps);
}

void report_filter_form(struct req *r, const char *path, const struct report_req *q)
{
	html(&r->out, "<form method=\"get\" action=\"%s\" class=\"row g-2 align-items-end mb-3\" "
		      "aria-label=\"Pilih laporan\"><div class=\"col-sm-6 col-lg-3\"><label "
		      "class=\"form-label\" for=\"f-periode\">Periode</label><select "
		      "class=\"form-select\" id=\"f-periode\" name=\"periode\">", path);
	period_options(r, q);
	html_raw(&r->out, "</select></div><div class=\"col-sm-6 col-lg-4\"><label class=\"form-label\" "
			  "for=\"f-unit\">Unit kerja (beserta unit di bawahnya)</label><select "
			  "class=\"form-select\" id=\"f-unit\" name=\"unit\">");
	unit_options(r, q);
	html_raw(&r->out, "</select></div><div class=\"col-sm-8 col-lg-3\"><label class=\"form-label\" "
			  "for=\"f-dasar\">Dasar penilaian</label><select class=\"form-select\" "
			  "id=\"f-dasar\" name=\"dasar\">");
	basis_options(r, q);
	html_raw(&r->out, "</select></div><div class=\"col-sm-4 col-lg-2\"><button class=\"btn "
			  "btn-primary w-100\" type=\"submit\">Tampilkan</button></div></form>");
}

/* ---- the hub ----------------------------------------------------------------------------------- */

static void card(struct req *r, const char *href, const char *title, const char *text,
		 const char *id)
{
	html(&r->out, "<div class=\"col-md-6\"><div class=\"card h-100\" id=\"%s\"><div class=\"card-body\">"
		      "<h2 class=\"h5 card-title\"><a href=\"%s\">%s</a></h2><p class=\"card-text\">"
		      "%s</p></div></div></div>", id, href, title, text);
}

/* The caller's SKPs of the current period with their ditetapkan assessments. */
static void own_documents(struct req *r)
{
	struct skp_query q = { .employee_id = r->who.employee_id, .page = 1, .per_page = 20 };
	struct skp_summary *v = NULL;
	struct period p;
	size_t n = 0;
	int64_t total = 0;
	struct kerr err = KERR_INIT;
	html_raw(&r->out, "<section class=\"mt-4\" aria-labelledby=\"h-dokumen\"><h2 class=\"h5\" "
			  "id=\"h-dokumen\">Dokumen Anda</h2>");
	if (store_period_current(r->db, &p, &err) ||
	    (q.period_id = p.id, store_skp_list(r->db, &q, &v, &n, &total, &err)) || !n) {
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada SKP pada periode berjalan.</p>"
				  "</section>");
		free(v);
		return;
	}
	html_raw(&r->out, "<ul class=\"list-group\">");
	for (size_t i = 0; i < n; i++) {
		struct assessment *a = NULL;
		size_t na = 0;
		html(&r->out, "<li class=\"list-group-item\"><a href=\"/skp/%lld/pdf\">SKP %s "
			      "(PDF)</a>", (long long)v[i].id, p.name);
		if (!store_assessment_list(r->db, v[i].id, &a, &na, &err))
			for (size_t k = 0; k < na; k++)
				if (a[k].final)
					html(&r->out, " · <a href=\"/penilaian/%lld/pdf\">Evaluasi %s"
						      " (PDF)</a>", (long long)a[k].id,
					     a[k].kind == ASSESS_TAHUNAN ? "tahunan" : "periodik");
		assessments_free(a, na);
		html_raw(&r->out, "</li>");
	}
	html_raw(&r->out, "</ul></section>");
	free(v);
}

/* GET /laporan */
static int page_reports(struct req *r)
{
	int64_t unit = 0;
	struct kerr err = KERR_INIT;
	if (report_default_unit(r, &unit, &err))
		return reply_error(r, &err);
	page_begin(r, "Laporan", NAV_LAPORAN);
	html_raw(&r->out, "<h1 class=\"h3\">Laporan</h1><p>Laporan dibuat dari data yang sama dengan "
			  "halaman SKP, realisasi, 360 dan penilaian, pada saat dibuka.</p>"
			  "<div class=\"row g-3\">");
	if (unit) {
		card(r, "/laporan/rekap", "Rekap kinerja unit", "Satu baris per pegawai unit dan unit "
		     "di bawahnya: status SKP, jumlah RHK dan IKI, capaian, rating, predikat, respons "
		     "360 (dan TPP bagi yang berhak); sebaran predikat terhadap kurva; pekerjaan yang "
		     "terlambat. Dapat diunduh sebagai Excel atau CSV.", "kartu-rekap");
		card(r, "/laporan/kontribusi", "Laporan kontribusi", "Untuk setiap sasaran organisasi: "
		     "unit dan pegawai yang mendukungnya melalui kaskade RHK, capaian masing-masing, "
		     "dan capaian gabungan per sasaran dan per unit beserta cara menghitungnya.",
		     "kartu-kontribusi");
		card(r, "/laporan/massal", "Dokumen massal", "SKP dan dokumen evaluasi seluruh "
		     "pegawai satu unit sekaligus, sebagai satu ZIP atau satu PDF.", "kartu-massal");
	}
	card(r, "/dasbor", "Dasbor", "Posisi periode berjalan dalam grafik dan tabel: SKP "
	     "disetujui, realisasi, 360, penilaian, keberatan, sebaran predikat.", "kartu-dasbor");
	html_raw(&r->out, "</div>");
	if (!unit)
		html_raw(&r->out, "<p class=\"mt-3 text-muted\">Rekap dan laporan kontribusi unit "
				  "tersedia bagi pimpinan unit, pengelola kinerja, auditor dan "
				  "administrator.</p>");
	if (r->who.employee_id)
		own_documents(r);
	page_end(r);
	return reply_html(r, 200);
}

const struct route ui_report_routes[] = {
	{ "GET", "/laporan", page_reports, ACCESS_LOGIN },
	{ "GET", "/laporan/rekap", page_report_recap, ACCESS_LOGIN },
	{ "GET", "/laporan/rekap.xlsx", page_report_recap_xlsx, ACCESS_LOGIN },
	{ "GET", "/laporan/rekap.csv", page_report_recap_csv, ACCESS_LOGIN },
	{ "GET", "/laporan/kontribusi", page_report_contrib, ACCESS_LOGIN },
	{ "GET", "/laporan/kontribusi.xlsx", page_report_contrib_xlsx, ACCESS_LOGIN },
	{ "GET", "/laporan/kontribusi.csv", page_report_contrib_csv, ACCESS_LOGIN },
	{ NULL },
};
