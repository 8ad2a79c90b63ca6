/*
 * ui_list_assessment.c - GET /penilaian/daftar: every assessment the
 * viewer may see (ditetapkan ones in their units, and the drafts they
 * rate themselves), searchable by name or NIP and filtered by unit,
 * period, jenis (periodik / tahunan) and checkpoint, state and predicate,
 * sorted by a column, a page at a time, and exported as CSV or Excel with
 * the same filters (?format=csv|xlsx).
 */
#include "web/ui_lists.h"
#include "web/list_export.h"
#include "web/ui.h"
#include "web/ui_assessment.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *state_label(const char *code)
{
	return !strcmp(code, "draft") ? "Draf" : !strcmp(code, "ditetapkan") ? "Ditetapkan" : code;
}

/* "Triwulan I" or "Tahunan". */
static const char *point_label(const struct assessment_list_row *a)
{
	return a->kind == ASSESS_TAHUNAN ? "Tahunan" : a->checkpoint_name;
}

static void table_row(struct req *r, const struct assessment_list_row *a)
{
	char nip[32], when[40], link[96];
	nip_display(nip, sizeof nip, a->nip);
	format_time_wib(when, sizeof when, a->finalised_at);
	if (a->kind == ASSESS_TAHUNAN)
		snprintf(link, sizeof link, "/penilaian/%lld?jenis=tahunan", (long long)a->skp_id);
	else
		snprintf(link, sizeof link, "/penilaian/%lld?titik=%lld", (long long)a->skp_id,
			 (long long)a->checkpoint_id);
	html(&r->out, "<tr><td class=\"text-nowrap\">%s</td><th scope=\"row\"><a href=\"%s\">%s</a>"
		      "</th><td>%s</td><td>%s</td><td>%s</td><td>", nip, link, a->employee_name,
	     a->unit_name, a->period_name, point_label(a));
	html(&r->out, "<span class=\"badge %s\">%s</span></td><td>", a->final ? "text-bg-success"
	     : "text-bg-secondary", a->final ? "Ditetapkan" : "Draf");
	assess_predicate_badge(r, a->predicate);
	html(&r->out, "</td><td class=\"text-nowrap\">%s</td></tr>", a->finalised_at ? when : "-");
}

static void table(struct req *r, const struct list_page *p,
		  const struct assessment_list_row *rows, size_t n)
{
	static const struct list_col cols[] = {
		{ "nip", "NIP" }, { "nama", "Nama" }, { "unit", "Unit kerja" },
		{ "periode", "Periode" }, { "titik", "Titik" }, { "status", "Status" },
		{ "predikat", "Predikat" }, { "ditetapkan", "Ditetapkan" },
	};
	enum { NCOLS = sizeof cols / sizeof cols[0] };
	list_table_begin(r, p, "daftar-penilaian", "Daftar penilaian", cols, NCOLS);
	for (size_t i = 0; i < n; i++)
		table_row(r, &rows[i]);
	list_table_end(r, n, NCOLS, "Tidak ada penilaian yang cocok dengan saringan.");
}

static void intro(struct req *r)
{
	html_raw(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\">"
			  "<li class=\"breadcrumb-item\"><a href=\"/penilaian\">Penilaian</a></li>"
			  "<li class=\"breadcrumb-item active\" aria-current=\"page\">Daftar penilaian"
			  "</li></ol></nav><h1 class=\"h3\">Daftar Penilaian Kinerja</h1><p>Penilaian "
			  "periodik (per titik penilaian) dan tahunan yang dapat Anda lihat: yang sudah "
			  "ditetapkan pada unit Anda (pimpinan unit: unit beserta sub-unit; pengelola "
			  "kinerja: unit yang dikelola; auditor dan administrator: seluruhnya), penilaian "
			  "Anda sendiri, dan draf yang Anda nilai sebagai pejabat penilai. Draf orang "
			  "lain tidak ditampilkan. Predikat berasal dari matriks resmi hasil kerja dan "
			  "perilaku kerja.</p>");
}

int page_assessment_list_all(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct list_request lr;
	enum export_format fmt;
	struct assessment_list_row *rows = NULL;
	size_t n = 0;
	int64_t total = 0;
	struct list_page p = { "/penilaian/daftar", &lr, state_label, "penilaian" };
	if (list_request_read(r, &listq_assessments, 0, &lr, &err) ||
	    export_format_of(r, &fmt, &err) ||
	    (fmt == EXPORT_NONE && store_list_assessments(r->db, &lr.f, &rows, &n, &total, &err))) {
		list_request_release(&lr);
		return reply_error(r, &err);
	}
	if (fmt != EXPORT_NONE) {
		list_export_reply(r, &lr, fmt);
		list_request_release(&lr);
		return 0;
	}
	page_begin(r, "Daftar penilaian", NAV_PENILAIAN);
	intro(r);
	list_filter_form(r, &p);
	list_summary(r, &p, total);
	list_export_buttons(r, &p);
	table(r, &p, rows, n);
	list_pager(r, &p, total);
	page_end(r);
	free(rows);
	list_request_release(&lr);
	return reply_html(r, 200);
}
