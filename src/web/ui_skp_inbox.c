/*
 * ui_skp_inbox.c - "SKP Bawahan" (GET /skp/masuk): for a pejabat penilai,
 * every direct subordinate with the state of their SKP in the period
 * (waiting first), late ones marked, counts at the top that also filter
 * the list (?status=diajukan|dikembalikan|draft|belum|disetujui|terlambat).
 */
#include "web/ui_skp.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The groups of the counts, in the order shown. */
static const struct {
	const char *code, *label, *badge;
} groups[] = {
	{ "diajukan", "Menunggu persetujuan", "text-bg-warning" },
	{ "dikembalikan", "Dikembalikan", "text-bg-danger" },
	{ "draft", "Draf", "text-bg-secondary" },
	{ "belum", "Belum dibuat", "text-bg-light border" },
	{ "disetujui", "Disetujui", "text-bg-success" },
};
#define NGROUPS (sizeof groups / sizeof groups[0])

static size_t group_of(const struct skp_summary *s)
{
	const char *st = s->id && s->state[0] ? s->state : "belum";
	for (size_t g = 0; g < NGROUPS; g++)
		if (!strcmp(groups[g].code, st))
			return g;
	return 3;
}

static int shown(const struct skp_summary *s, const char *filter)
{
	if (!filter || !*filter)
		return 1;
	if (!strcmp(filter, "terlambat"))
		return s->late;
	return !strcmp(groups[group_of(s)].code, filter);
}

/* ---- the counts ----------------------------------------------------------------- */

static void count_link(struct req *r, const struct period *p, const char *code,
		       const char *label, size_t n, const char *filter, const char *cls)
{
	int on = filter && !strcmp(filter, code);
	html(&r->out, "<li class=\"col-6 col-md-4 col-xl-2\"><a class=\"card h-100 text-decoration-none "
		      "skpp-count%s\" href=\"/skp/masuk?periode=%lld&amp;status=%s\"",
	     on ? " border-primary" : "", (long long)p->id, code);
	if (on)
		html_raw(&r->out, " aria-current=\"true\"");
	html(&r->out, "><span class=\"card-body py-2\"><span class=\"d-block fs-4 fw-semibold\">%zu"
		      "</span><span class=\"badge %s\">%s</span></span></a></li>", n, cls, label);
}

static void counts(struct req *r, const struct period *p, const struct skp_summary *list,
		   size_t n, const char *filter)
{
	size_t c[NGROUPS] = { 0 }, late = 0;
	for (size_t i = 0; i < n; i++) {
		c[group_of(&list[i])]++;
		late += list[i].late != 0;
	}
	html(&r->out, "<p class=\"mb-2\">%zu bawahan langsung.", n);
	if (filter && *filter)
		html(&r->out, " <a href=\"/skp/masuk?periode=%lld\">Tampilkan semua</a>",
		     (long long)p->id);
	html_raw(&r->out, "</p><ul class=\"row g-2 list-unstyled mb-3\" aria-label=\"Ringkasan\">");
	for (size_t g = 0; g < NGROUPS; g++)
		count_link(r, p, groups[g].code, groups[g].label, c[g], filter, groups[g].badge);
	count_link(r, p, "terlambat", "Terlambat", late, filter, "text-bg-danger");
	html_raw(&r->out, "</ul>");
}

/* ---- the list ----------------------------------------------------------------------- */

static void inbox_row(struct req *r, const struct skp_summary *s)
{
	char nip[32], when[40];
	const size_t g = group_of(s);
	nip_display(nip, sizeof nip, s->nip);
	format_time_wib(when, sizeof when, s->submitted_at ? s->submitted_at : s->updated_at);
	html(&r->out, "<tr><th scope=\"row\">%s<div class=\"small text-muted fw-normal\">NIP %s"
		      "</div></th><td data-label=\"Jabatan\">%s<div class=\"small text-muted\">%s"
		      "</div></td><td data-label=\"Status\"><span class=\"badge %s\">%s</span>",
	     s->employee_name, nip, s->position_name, s->unit_name, groups[g].badge,
	     groups[g].label);
	if (s->late)
		html_raw(&r->out, " <span class=\"badge text-bg-danger\">Terlambat</span>");
	html(&r->out, "</td><td data-label=\"Diajukan/diubah\">%s</td><td data-label=\"SKP\">",
	     s->id ? when : "-");
	if (s->id)
		html(&r->out, "<a class=\"btn btn-sm %s\" href=\"/skp/%lld\">%s<span "
			      "class=\"visually-hidden\"> SKP %s</span></a>",
		     g == 0 ? "btn-primary" : "btn-outline-secondary", (long long)s->id,
		     g == 0 ? "Periksa" : "Lihat", s->employee_name);
	else
		html_raw(&r->out, "<span class=\"text-muted\">Belum ada</span>");
	html_raw(&r->out, "</td></tr>");
}

static void inbox_table(struct req *r, const struct skp_summary *list, size_t n,
			const char *filter)
{
	size_t rows = 0;
	html_raw(&r->out, "<table class=\"table table-hover align-middle skpp-table\">"
			  "<caption class=\"visually-hidden\">SKP bawahan</caption>"
			  "<thead class=\"table-light\"><tr><th scope=\"col\">Pegawai</th>"
			  "<th scope=\"col\">Jabatan</th><th scope=\"col\">Status SKP</th>"
			  "<th scope=\"col\">Diajukan/diubah</th><th scope=\"col\">SKP</th></tr>"
			  "</thead><tbody>");
	for (size_t i = 0; i < n; i++)
		if (shown(&list[i], filter)) {
			inbox_row(r, &list[i]);
			rows++;
		}
	if (!rows)
		html_raw(&r->out, "<tr><td colspan=\"5\" class=\"text-muted\">Tidak ada SKP bawahan "
				  "yang cocok.</td></tr>");
	html_raw(&r->out, "</tbody></table>");
}

static void inbox_page(struct req *r, const struct period *p, const struct skp_summary *list,
		       size_t n)
{
	const char *filter = req_query(r, "status");
	page_begin(r, "SKP Bawahan", NAV_SKP);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
		      "class=\"breadcrumb-item\"><a href=\"/skp\">SKP Saya</a></li><li "
		      "class=\"breadcrumb-item active\" aria-current=\"page\">SKP Bawahan</li></ol>"
		      "</nav><h1 class=\"h3\">SKP Bawahan</h1><p class=\"text-muted\">Pegawai yang Anda "
		      "nilai sebagai pejabat penilai, dengan status SKP mereka pada periode "
		      "<strong>%s</strong>. Periksa SKP yang menunggu persetujuan: setujui, atau "
		      "kembalikan dengan catatan. SKP yang belum disetujui setelah tenggat penyusunan "
		      "ditandai <em>Terlambat</em>.</p>", p->name);
	skp_period_switcher(r, "/skp/masuk", p);
	html(&r->out, "<p><a class=\"btn btn-sm btn-outline-primary\" href=\"/skp/daftar?periode="
		      "%lld\">Daftar semua SKP yang dapat Anda lihat (cari, saring, unduh)</a></p>",
	     (long long)p->id);
	if (!n) {
		alert_box(r, "info", "Anda tidak menjadi pejabat penilai bagi pegawai mana pun pada "
				     "periode ini.");
	} else {
		counts(r, p, list, n, filter);
		inbox_table(r, list, n, filter);
	}
	page_end(r);
}

int page_skp_inbox(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct period p;
	struct skp_summary *list = NULL;
	size_t n = 0;
	if (!r->who.employee_id)
		return reply_fail(r, KERR_FORBIDDEN, "", "Akun Anda tidak terhubung dengan data "
							 "pegawai, jadi tidak memiliki bawahan");
	if (skp_period_pick_or_reply(r, &p))
		return 0;
	if (store_skp_inbox(r->db, r->who.employee_id, p.id, &list, &n, &err))
		return reply_error(r, &err);
	inbox_page(r, &p, list, n);
	free(list);
	return reply_html(r, 200);
}
