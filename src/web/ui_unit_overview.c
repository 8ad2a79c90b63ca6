/*
 * ui_unit_overview.c - GET /predikat-unit: the units whose predicate the
 * caller sets, and for administrators, auditors and the pengelola the
 * other units they may read, each with its predicate, how many were
 * assessed and where its spread stands against the curve.  A city has
 * hundreds of units, so the page takes a filter: ?q= (a part of the unit's
 * name or code) and ?kurva= (perlu_alasan, menyimpang, sesuai, belum),
 * and pages the other units (?page=N, LISTQ_PER_PAGE a page).  An unknown
 * kurva or an over-long q is 422 naming the parameter.  The period is
 * ?periode=ID; the curve's basis ?jenis=tahunan or ?titik=ID, as on one
 * unit's page (ui_unit_result.c).
 */
#include "web/ui_assessment.h"
#include "web/ui.h"
#include "web/ui_skp.h"
#include "domain/listquery.h"
#include "http/auth.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where a unit's spread stands, as ?kurva= names it. */
enum curve_filter { CF_ALL, CF_NEEDS_REASON, CF_DEVIATES, CF_FITS, CF_NOT_SET, CF__COUNT };

static const char *const filter_name[CF__COUNT] = {
	"", "perlu_alasan", "menyimpang", "sesuai", "belum",
};
static const char *const filter_label[CF__COUNT] = {
	"Semua", "Perlu alasan", "Menyimpang", "Sesuai kurva", "Predikat unit belum ditetapkan",
};

struct overview_query {
	enum curve_filter kurva;
	const char *q;             /* "" = any */
	int page;
};

static int overview_query_parse(struct req *r, struct overview_query *oq, struct kerr *err)
{
	const char *k = req_query(r, "kurva");
	oq->kurva = CF_ALL;
	oq->q = req_query(r, "q") ? req_query(r, "q") : "";
	oq->page = req_page(r);
	if (strlen(oq->q) > LISTQ_SEARCH_MAX)
		return kerr_set(err, KERR_INVALID, "q", "Kata pencarian paling banyak %d karakter",
				LISTQ_SEARCH_MAX);
	if (!k || !*k)
		return 0;
	for (int i = 1; i < CF__COUNT; i++)
		if (!strcmp(k, filter_name[i])) {
			oq->kurva = (enum curve_filter)i;
			return 0;
		}
	return kerr_set(err, KERR_INVALID, "kurva", "kurva harus salah satu dari: perlu_alasan, "
			"menyimpang, sesuai, belum");
}

/* 1 if the unit's spread is what the filter asks for; a provisional
 * (checkpoint) spread never needs a reason. */
static int curve_matches(const struct unit_curve *c, int64_t basis, enum curve_filter f)
{
	switch (f) {
	case CF_NEEDS_REASON:
		return c->result.set && c->n_dev && !basis && !c->reason_current;
	case CF_DEVIATES:
		return c->result.set && c->n_dev;
	case CF_FITS:
		return c->result.set && !c->n_dev;
	case CF_NOT_SET:
		return !c->result.set;
	default:
		return 1;
	}
}

static int overview_matches(const struct overview_query *oq, const struct unit_curve *c,
			    int64_t basis)
{
	return curve_matches(c, basis, oq->kurva) &&
	       (!*oq->q || strcasestr(c->unit.name, oq->q) || strcasestr(c->unit.code, oq->q));
}

static void overview_row(struct req *r, const struct period *p, int64_t basis,
			 const struct unit_curve *c, int mine)
{
	char query[40];
	unit_basis_query(query, sizeof query, basis);
	html(&r->out, "<tr><th scope=\"row\">%s</th><td>%s</td><td class=\"text-end\">%d / %d</td>"
		      "<td>%s</td><td><a class=\"btn btn-sm btn-%s\" href=\"/predikat-unit/%lld?"
		      "periode=%lld&%s\">%s</a></td></tr>", c->unit.name,
	     c->result.set ? unit_predicate_label(c->result.predicate) : "Belum ditetapkan",
	     c->total, c->members, !c->result.set ? "\xe2\x80\x94" : !c->n_dev ? "Sesuai kurva" :
	     basis ? "Menyimpang (sementara)" :
	     c->reason_current ? "Menyimpang, ada alasan" : "Menyimpang, perlu alasan",
	     mine ? "primary" : "outline-secondary", (long long)c->unit.id, (long long)p->id,
	     query, mine ? "Tetapkan" : "Lihat");
}

/* The units of the list, what the caller asked for. */
struct overview {
	const struct period *p;
	int64_t basis;
	const struct unit_overview *all;
	struct overview_query q;
};

/* 1 if unit i belongs in the table of the units the caller sets (mine)
 * or in the table of the others the caller may read. */
static int overview_has(struct req *r, const struct overview *o, size_t i, int mine)
{
	int64_t leader = o->all->leaders[i];
	int sets = leader ? leader == r->who.employee_id : r->who.role == ROLE_ADMIN;
	int reads = r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR ||
		    (r->who.role == ROLE_PENGELOLA && may_manage_unit(r, o->all->units[i].id));
	return mine ? sets : (!sets && reads);
}

/* One table; `paged`: only the rows of ?page= (LISTQ_PER_PAGE each) and
 * the paging links under it. */
static void overview_table(struct req *r, const struct overview *o, const char *title, int mine,
			   int paged)
{
	static const char *const keep[] = { "periode", "jenis", "titik", "kurva", "q", NULL };
	int64_t matched = 0, first = paged ? (int64_t)(o->q.page - 1) * LISTQ_PER_PAGE : 0;
	html(&r->out, "<h2 class=\"h5\">%s</h2><div class=\"table-responsive\"><table class=\"table "
		      "align-middle\" data-tabel=\"%s\"><thead><tr><th scope=\"col\">Unit</th><th "
		      "scope=\"col\">Predikat unit</th><th scope=\"col\" class=\"text-end\">Dinilai / "
		      "pegawai</th><th scope=\"col\">Kurva</th><th scope=\"col\"><span class=\""
		      "visually-hidden\">Tindakan</span></th></tr></thead><tbody>", title,
	     mine ? "milik" : "lain");
	for (size_t i = 0; i < o->all->n; i++) {
		const struct unit_curve *c = &o->all->curves[i];
		if (!overview_has(r, o, i, mine) || !overview_matches(&o->q, c, o->basis))
			continue;
		if (!paged || (matched >= first && matched < first + LISTQ_PER_PAGE))
			overview_row(r, o->p, o->basis, c, mine);
		matched++;
	}
	html_raw(&r->out, "</tbody></table></div>");
	if (!matched)
		html(&r->out, "<p class=\"text-muted\">%s</p>", o->q.kurva || *o->q.q
			      ? "Tidak ada unit yang cocok dengan saringan." : "Tidak ada unit.");
	else if (paged)
		pager(r, "/predikat-unit", o->q.page, LISTQ_PER_PAGE, matched, keep);
}

static void overview_filter_form(struct req *r, const struct overview *o)
{
	html(&r->out, "<form method=\"get\" action=\"/predikat-unit\" role=\"search\" aria-label="
		      "\"Saring daftar unit\" class=\"row g-2 align-items-end mb-3 d-print-none\">"
		      "<input type=\"hidden\" name=\"periode\" value=\"%lld\">", (long long)o->p->id);
	if (o->basis)
		html(&r->out, "<input type=\"hidden\" name=\"titik\" value=\"%lld\">", (long long)o->basis);
	else
		html_raw(&r->out, "<input type=\"hidden\" name=\"jenis\" value=\"tahunan\">");
	html(&r->out, "<div class=\"col-sm-6 col-lg-4\"><label class=\"form-label\" for=\"f-q\">Cari "
		      "unit</label><input class=\"form-control\" type=\"search\" id=\"f-q\" name=\"q\" "
		      "maxlength=\"%d\" value=\"%s\" placeholder=\"Nama atau kode unit\"></div><div "
		      "class=\"col-sm-6 col-lg-4\"><label class=\"form-label\" for=\"f-kurva\">Kurva"
		      "</label><select class=\"form-select\" id=\"f-kurva\" name=\"kurva\">",
	     LISTQ_SEARCH_MAX, o->q.q);
	for (int i = 0; i < CF__COUNT; i++)
		html(&r->out, "<option value=\"%s\"%s>%s</option>", filter_name[i],
		     (int)o->q.kurva == i ? " selected" : "", filter_label[i]);
	html(&r->out, "</select></div><div class=\"col-sm-6 col-lg-4 d-flex gap-2\"><button "
		      "type=\"submit\" class=\"btn btn-primary\">Cari</button><a class=\"btn "
		      "btn-outline-secondary\" href=\"/predikat-unit?periode=%lld\">Hapus saringan</a>"
		      "</div></form>", (long long)o->p->id);
}

static void overview_page(struct req *r, const struct overview *o)
{
	char base[64];
	page_begin(r, "Predikat unit", NAV_PENILAIAN);
	html(&r->out, "<h1 class=\"h3\">Predikat Unit dan Kurva Distribusi</h1><p>%s. Pimpinan "
		      "satu tingkat di atas (pejabat penilai kepala unit) menetapkan predikat setiap "
		      "unit; predikat itu menjadi rating hasil kerja kepala unit dan membatasi "
		      "sebaran predikat pegawainya (kurva distribusi). Sebaran yang menyimpang "
		      "memerlukan alasan tertulis sebelum periode ditutup.</p>", o->p->name);
	skp_period_switcher(r, "/predikat-unit", o->p);
	snprintf(base, sizeof base, "/predikat-unit?periode=%lld&", (long long)o->p->id);
	unit_basis_pills(r, base, o->p, o->basis);
	overview_filter_form(r, o);
	overview_table(r, o, "Unit yang predikatnya Anda tetapkan", 1, 0);
	if (r->who.role != ROLE_PEGAWAI)
		overview_table(r, o, "Unit lain", 0, 1);
	page_end(r);
}

/* GET /predikat-unit?periode=ID[&jenis=tahunan|&titik=ID][&kurva=..][&q=..][&page=N] */
int page_unit_overview(struct req *r)
{
	struct period p;
	struct kerr err = KERR_INIT;
	struct unit_overview all;
	int64_t basis = 0;
	struct overview_query oq;
	if (skp_period_pick_or_reply(r, &p))
		return 0;
	if (overview_query_parse(r, &oq, &err) || curve_basis_of_query(r, p.id, &basis, &err) ||
	    store_unit_overview(r->db, p.id, basis, &all, &err))
		return reply_error(r, &err);
	struct overview o = { &p, basis, &all, oq };
	overview_page(r, &o);
	unit_overview_release(&all);
	return reply_html(r, 200);
}
