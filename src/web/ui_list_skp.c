/*
 * ui_list_skp.c - GET /skp/daftar: every SKP the viewer may see (a
 * leader: the units they head and below; the pengelola: their scope;
 * auditor and administrator: all; everyone: their own and those they
 * rate), searchable by name or NIP and filtered by unit, period and
 * state, sorted by a column, a page at a time, and exported as CSV or
 * Excel with the same filters (?format=csv|xlsx).
 */
#include "web/ui_lists.h"
#include "web/list_export.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "web/ui_skp.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *state_label(const char *code)
{
	enum skp_state s;
	return skp_state_parse(code, &s) ? code : skp_state_label(s);
}

static void table_row(struct req *r, const struct skp_list_row *row)
{
	const struct skp_summary *s = &row->s;
	char nip[32], approved[40];
	nip_display(nip, sizeof nip, s->nip);
	format_time_wib(approved, sizeof approved, s->approved_at);
	html(&r->out, "<tr><td class=\"text-nowrap\">%s</td><th scope=\"row\"><a href=\"/skp/%lld\">"
		      "%s</a><div class=\"small text-muted\">%s</div></th><td>%s</td><td>%s</td><td>",
	     nip, (long long)s->id, s->employee_name, s->position_name, s->unit_name,
	     row->period_name);
	skp_state_badge(r, s->state);
	if (s->late)
		html_raw(&r->out, " <span class=\"badge text-bg-warning\">Terlambat</span>");
	html(&r->out, "</td><td class=\"text-nowrap\">%s</td></tr>", s->approved_at ? approved : "-");
}

static void table(struct req *r, const struct list_page *p, const struct skp_list_row *rows,
		  size_t n)
{
	static const struct list_col cols[] = {
		{ "nip", "NIP" }, { "nama", "Nama" }, { "unit", "Unit kerja" },
		{ "periode", "Periode" }, { "status", "Status" }, { "disetujui", "Disetujui" },
	};
	enum { NCOLS = sizeof cols / sizeof cols[0] };
	list_table_begin(r, p, "daftar-skp", "Daftar SKP", cols, NCOLS);
	for (size_t i = 0; i < n; i++)
		table_row(r, &rows[i]);
	list_table_end(r, n, NCOLS, "Tidak ada SKP yang cocok dengan saringan.");
}

static void intro(struct req *r)
{
	html_raw(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\">"
			  "<li class=\"breadcrumb-item\"><a href=\"/skp/masuk\">SKP bawahan</a></li>"
			  "<li class=\"breadcrumb-item active\" aria-current=\"page\">Daftar SKP</li>"
			  "</ol></nav><h1 class=\"h3\">Daftar SKP</h1><p>Semua SKP yang dapat Anda "
			  "lihat: SKP Anda sendiri dan yang Anda nilai; pimpinan unit melihat SKP "
			  "seluruh pegawai unitnya beserta sub-unit, pengelola kinerja unit yang "
			  "dikelolanya, auditor dan administrator seluruhnya. Klik judul kolom untuk "
			  "mengurutkan; unduhan CSV dan Excel memuat seluruh baris hasil saringan, "
			  "bukan hanya halaman ini.</p>");
}

int page_skp_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct list_request lr;
	enum export_format fmt;
	struct skp_list_row *rows = NULL;
	size_t n = 0;
	int64_t total = 0;
	struct list_page p = { "/skp/daftar", &lr, state_label, "SKP" };
	if (list_request_read(r, &listq_skp, 0, &lr, &err) || export_format_of(r, &fmt, &err) ||
	    (fmt == EXPORT_NONE && store_list_skp(r->db, &lr.f, &rows, &n, &total, &err))) {
		list_request_release(&lr);
		return reply_error(r, &err);
	}
	if (fmt != EXPORT_NONE) {
		list_export_reply(r, &lr, fmt);
		list_request_release(&lr);
		return 0;
	}
	page_begin(r, "Daftar SKP", NAV_SKP);
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
