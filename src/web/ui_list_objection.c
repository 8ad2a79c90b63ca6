/*
 * ui_list_objection.c - the list of every objection (keberatan) the
 * viewer may see, on GET /keberatan under the caller's own cases: the
 * cases in their units (a leader: the units they head and below; the
 * pengelola: their scope; auditor and administrator: all) and those they
 * filed, explain or decide, searchable by name or NIP and filtered by
 * unit, period, state and the predicate objected to, sorted by a column
 * (newest first by default), a page at a time, and exported as CSV or
 * Excel with the same filters (/keberatan?format=csv|xlsx).
 */
#include "web/ui_lists.h"
#include "web/list_export.h"
#include "web/ui.h"
#include "web/ui_assessment.h"
#include "web/ui_objection.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *state_label(const char *code)
{
	enum objection_state s;
	return objection_state_parse(code, &s) ? code : objection_state_label(s);
}

static const char *point_label(const struct objection_list_row *o)
{
	return o->kind == ASSESS_TAHUNAN ? "Tahunan" : o->checkpoint_name;
}

int objection_listing_open(struct req *r, struct objection_listing *l)
{
	struct kerr err = KERR_INIT;
	enum export_format fmt = EXPORT_NONE;
	memset(l, 0, sizeof *l);
	if (list_request_read(r, &listq_objections, 0, &l->lr, &err) ||
	    export_format_of(r, &fmt, &err) ||
	    (fmt == EXPORT_NONE &&
	     store_list_objections(r->db, &l->lr.f, &l->rows, &l->n, &l->total, &err))) {
		list_request_release(&l->lr);
		reply_error(r, &err);
		return 1;
	}
	if (fmt == EXPORT_NONE)
		return 0;
	list_export_reply(r, &l->lr, fmt);
	list_request_release(&l->lr);
	return 1;
}

static void table_row(struct req *r, const struct objection_list_row *o)
{
	char nip[32], when[40];
	nip_display(nip, sizeof nip, o->nip);
	format_time_wib(when, sizeof when, o->filed_at);
	html(&r->out, "<tr><td class=\"text-nowrap\">%s</td><th scope=\"row\"><a href=\"/keberatan/%lld\">"
		      "%s</a></th><td>%s</td><td>%s<div class=\"small text-muted\">%s</div></td><td>",
	     nip, (long long)o->id, o->employee_name, o->unit_name, o->period_name, point_label(o));
	assess_predicate_badge(r, o->orig_predicate);
	html(&r->out, "</td><td class=\"text-nowrap\">%s</td><td>", when);
	objection_state_badge(r, o->state);
	html_raw(&r->out, "</td></tr>");
}

static void table(struct req *r, const struct list_page *p, const struct objection_listing *l)
{
	static const struct list_col cols[] = {
		{ "nip", "NIP" }, { "nama", "Nama" }, { "unit", "Unit kerja" },
		{ "periode", "Periode" }, { NULL, "Predikat semula" }, { "diajukan", "Diajukan" },
		{ "status", "Status" },
	};
	enum { NCOLS = sizeof cols / sizeof cols[0] };
	list_table_begin(r, p, "daftar-keberatan", "Daftar keberatan", cols, NCOLS);
	for (size_t i = 0; i < l->n; i++)
		table_row(r, &l->rows[i]);
	list_table_end(r, l->n, NCOLS, "Tidak ada keberatan yang cocok dengan saringan.");
}

void objection_listing_show(struct req *r, struct objection_listing *l)
{
	struct list_page p = { "/keberatan", &l->lr, state_label, "keberatan" };
	html_raw(&r->out, "<section class=\"mb-4\" id=\"semua-keberatan\"><h2 class=\"h5\">Semua "
			  "keberatan yang dapat Anda lihat</h2><p class=\"small text-muted\">Keberatan "
			  "yang Anda ajukan, jelaskan atau putus, dan keberatan pegawai di unit Anda "
			  "(pimpinan unit: unit beserta sub-unit; pengelola kinerja: unit yang dikelola; "
			  "auditor dan administrator: seluruhnya). Urutan bawaan: yang terbaru diajukan "
			  "lebih dahulu.</p>");
	list_filter_form(r, &p);
	list_summary(r, &p, l->total);
	list_export_buttons(r, &p);
	table(r, &p, l);
	list_pager(r, &p, l->total);
	html_raw(&r->out, "</section>");
	free(l->rows);
	list_request_release(&l->lr);
	memset(l, 0, sizeof *l);
}
