/*
 * ui_guidance.c - the guidance (pembinaan) pages: GET /pembinaan (the
 * caller's own plans and sessions; for a superior, their subordinates'
 * open improvement plans with what is overdue and a list of whom they
 * may guide; for HR, the units of their scope with overdue counts and the
 * overdue plans), GET /pembinaan/cari (an employee by NIP), GET
 * /pembinaan/pegawai/{id} (one employee's sessions, improvement plans and
 * development plan), the pieces the guidance pages share, the link from
 * the explanation page, and the route table of every guidance page.
 */
#include "web/ui_guidance.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "http/assess_access.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shared pieces ------------------------------------------------------------------------ */

void guidance_textarea(struct req *r, const char *name, const char *label, const char *value,
		       int rows, const char *col, const struct kerr *err)
{
	form_label(r, name, label, col);
	html(&r->out, "<textarea id=\"f-%s\" name=\"%s\" rows=\"%d\"", name, name, rows);
	form_attrs(r, name, "form-control", err);
	html(&r->out, ">%s</textarea>", value ? value : "");
	form_close(r, name, err);
}

void guidance_crumbs(struct req *r, int64_t employee_id, const char *employee_name,
		     const char *here)
{
	html_raw(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\">"
			  "<li class=\"breadcrumb-item\"><a href=\"/pembinaan\">Pembinaan</a></li>");
	if (employee_id)
		html(&r->out, "<li class=\"breadcrumb-item\"><a href=\"/pembinaan/pegawai/%lld\">%s"
			      "</a></li>", (long long)employee_id, employee_name);
	html(&r->out, "<li class=\"breadcrumb-item active\" aria-current=\"page\">%s</li></ol></nav>",
	     here);
}

void guidance_badge(struct req *r, int overdue, int done, const char *open_label)
{
	if (overdue)
		html_raw(&r->out, "<span class=\"badge text-bg-danger\">Terlambat</span>");
	else if (done)
		html_raw(&r->out, "<span class=\"badge text-bg-success\">Selesai</span>");
	else
		html(&r->out, "<span class=\"badge text-bg-secondary\">%s</span>", open_label);
}

void guidance_caller_name(struct req *r, char *out, size_t size)
{
	caller_display_name(r, out, size);
}

int64_t guidance_form_version(struct req *r)
{
	long long v = 0;
	const char *s = req_form(r, "version");
	return s && parse_whole_in(s, 1, INT64_MAX, &v) == 0 ? v : 0;
}

void guidance_plans_table(struct req *r, const struct improvement_plan *v, size_t n, int who,
			  const char *empty)
{
	if (!n) {
		html(&r->out, "<p class=\"text-muted\">%s</p>", empty);
		return;
	}
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table align-middle\">"
			  "<thead><tr>");
	if (who)
		html_raw(&r->out, "<th scope=\"col\">Pegawai</th><th scope=\"col\">Unit</th>");
	html_raw(&r->out, "<th scope=\"col\">Periode</th><th scope=\"col\">Dibuka</th>"
			  "<th scope=\"col\">Batas enam bulan</th><th scope=\"col\">Titik pemantauan</th>"
			  "<th scope=\"col\">Status</th><th scope=\"col\"><span class=\"visually-hidden\">"
			  "Tindakan</span></th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		const struct improvement_plan *p = &v[i];
		html(&r->out, "<tr data-rencana=\"%lld\">", (long long)p->id);
		if (who)
			html(&r->out, "<th scope=\"row\">%s<br><span class=\"small text-muted\">%s</span>"
				      "</th><td>%s</td>", p->employee_name, p->nip, p->unit_name);
		html(&r->out, "<td>%s</td><td>%s</td><td>%s</td><td>%d dari %d dicatat", p->period_name,
		     p->opened_on, p->due_on, p->checkpoints_done, p->checkpoints);
		if (p->checkpoints_overdue)
			html(&r->out, "; <strong class=\"text-danger\">%d terlambat</strong>",
			     p->checkpoints_overdue);
		html_raw(&r->out, "</td><td>");
		if (p->outcome != OUTCOME_NONE)
			html(&r->out, "<span class=\"badge text-bg-success\">Selesai: %s</span>",
			     improvement_outcome_label(p->outcome));
		else
			guidance_badge(r, p->overdue, 0, "Berjalan");
		html(&r->out, "</td><td><a class=\"btn btn-sm btn-primary\" href=\"/pembinaan/rencana/"
			      "%lld\">Buka</a></td></tr>", (long long)p->id);
	}
	html_raw(&r->out, "</tbody></table></div>");
}

void guidance_plan_link(struct req *r, int64_t assessment_id)
{
	struct kerr err = KERR_INIT;
	struct improvement_plan p;
	unsigned roles = 0;
	int64_t id = 0;
	if (store_improvement_plan_of_assessment(r->db, assessment_id, &id, &err) || !id ||
	    guidance_plan_load(r, id, &p, &roles, &err))
		return;
	html(&r->out, "<p class=\"small mb-1\" data-rencana-perbaikan=\"%lld\">Predikat ini membuka "
		      "<a href=\"/pembinaan/rencana/%lld\">rencana perbaikan kinerja</a> (%s sampai %s, "
		      "%s).</p>", (long long)p.id, (long long)p.id, p.opened_on, p.due_on,
	     p.outcome == OUTCOME_NONE ? (p.overdue ? "ada yang terlambat" : "berjalan")
				       : improvement_outcome_label(p.outcome));
	improvement_plan_release(&p);
}

/* ---- the overview ------------------------------------------------------------------------------ */

static int my_section(struct req *r, struct kerr *err)
{
	struct guidance_query q = { .employee_id = r->who.employee_id };
	struct improvement_plan *v = NULL;
	size_t n = 0;
	if (store_improvement_plan_list(r->db, &q, &v, &n, err))
		return -1;
	html(&r->out, "<section class=\"mb-4\" id=\"saya\"><h2 class=\"h5\">Pembinaan saya</h2>"
		      "<p><a class=\"btn btn-sm btn-outline-primary\" href=\"/pembinaan/pegawai/%lld\">"
		      "Sesi, rencana perbaikan dan rencana pengembangan saya</a></p>",
	     (long long)r->who.employee_id);
	guidance_plans_table(r, v, n, 0, "Anda tidak memiliki rencana perbaikan kinerja.");
	html_raw(&r->out, "</section>");
	improvement_plans_free(v, n);
	return 0;
}

static void people_list(struct req *r, const struct guidance_person_row *v, size_t n)
{
	html_raw(&r->out, "<details class=\"mb-3\"><summary>Pegawai yang Anda bina (bawahan)</summary>"
			  "<ul class=\"list-unstyled mt-2\" id=\"bawahan-daftar\">");
	for (size_t i = 0; i < n; i++)
		html(&r->out, "<li><a href=\"/pembinaan/pegawai/%lld\">%s</a> <span class=\"small "
			      "text-muted\">%s, %s</span></li>", (long long)v[i].id, v[i].name,
		     v[i].position_name, v[i].unit_name);
	if (!n)
		html_raw(&r->out, "<li class=\"text-muted\">Tidak ada.</li>");
	html_raw(&r->out, "</ul></details>");
}

static int lead_section(struct req *r, struct kerr *err)
{
	struct guidance_query q = { .superior_id = r->who.employee_id, .only_open = 1 };
	struct improvement_plan *v = NULL;
	struct guidance_person_row *people = NULL;
	size_t n = 0, np = 0;
	if (store_improvement_plan_list(r->db, &q, &v, &n, err))
		return -1;
	if (store_guidance_subordinates(r->db, r->who.employee_id, &people, &np, err)) {
		improvement_plans_free(v, n);
		return -1;
	}
	size_t late = 0;
	for (size_t i = 0; i < n; i++)
		late += v[i].overdue != 0;
	html(&r->out, "<section class=\"mb-4\" id=\"bawahan\"><h2 class=\"h5\">Rencana perbaikan "
		      "bawahan <span class=\"badge text-bg-%s\">%zu terlambat</span></h2>",
	     late ? "danger" : "secondary", late);
	people_list(r, people, np);
	guidance_plans_table(r, v, n, 1, "Tidak ada rencana perbaikan yang berjalan.");
	html_raw(&r->out, "</section>");
	free(people);
	improvement_plans_free(v, n);
	return 0;
}

static void units_table(struct req *r, const struct guidance_unit_row *u, size_t n)
{
	if (!n) {
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada catatan pembinaan.</p>");
		return;
	}
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm\" "
			  "id=\"ringkasan-unit\"><thead><tr><th scope=\"col\">Unit kerja</th>"
			  "<th scope=\"col\" class=\"text-end\">Rencana berjalan</th><th scope=\"col\" "
			  "class=\"text-end\">Terlambat</th><th scope=\"col\" class=\"text-end\">Selesai"
			  "</th><th scope=\"col\" class=\"text-end\">Sesi</th><th scope=\"col\" "
			  "class=\"text-end\">Pengembangan lewat target</th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++)
		html(&r->out, "<tr data-unit=\"%s\"><th scope=\"row\">%s</th><td class=\"text-end\">%lld"
			      "</td><td class=\"text-end%s\">%lld</td><td class=\"text-end\">%lld</td>"
			      "<td class=\"text-end\">%lld</td><td class=\"text-end\">%lld</td></tr>",
		     u[i].unit_code, u[i].unit_name, (long long)u[i].plans_open,
		     u[i].plans_overdue ? " text-danger fw-bold" : "", (long long)u[i].plans_overdue,
		     (long long)u[i].plans_closed, (long long)u[i].sessions,
		     (long long)u[i].development_overdue);
	html_raw(&r->out, "</tbody></table></div>");
}

static int hr_section(struct req *r, int64_t root, struct kerr *err)
{
	struct guidance_unit_row *u = NULL;
	struct improvement_plan *v = NULL;
	size_t nu = 0, n = 0;
	struct guidance_query q = { .unit_root = root, .only_overdue = 1 };
	if (store_guidance_units(r->db, root, &u, &nu, err))
		return -1;
	if (store_improvement_plan_list(r->db, &q, &v, &n, err)) {
		free(u);
		return -1;
	}
	html_raw(&r->out, "<section class=\"mb-4\" id=\"unit\"><h2 class=\"h5\">Ringkasan per unit "
			  "kerja</h2><form method=\"get\" action=\"/pembinaan/cari\" class=\"row g-2 "
			  "mb-3\" data-mw=\"32\"><div class=\"col\"><label for=\"f-nip\" "
			  "class=\"visually-hidden\">NIP pegawai</label><input id=\"f-nip\" name=\"nip\" "
			  "class=\"form-control\" placeholder=\"NIP pegawai\" required></div><div "
			  "class=\"col-auto\"><button class=\"btn btn-outline-primary\" type=\"submit\">"
			  "Buka pembinaan pegawai</button></div></form>");
	units_table(r, u, nu);
	html_raw(&r->out, "<h2 class=\"h5 mt-4\" id=\"terlambat\">Rencana perbaikan yang terlambat</h2>");
	guidance_plans_table(r, v, n, 1, "Tidak ada yang terlambat.");
	html_raw(&r->out, "</section>");
	free(u);
	improvement_plans_free(v, n);
	return 0;
}

/* GET /pembinaan */
static int page_guidance(struct req *r)
{
	struct kerr err = KERR_INIT;
	int64_t root = guidance_hr_root(r);
	page_begin(r, "Pembinaan", NAV_PEMBINAAN);
	html_raw(&r->out, "<h1 class=\"h3\">Pembinaan Kinerja</h1><p>Sesi dialog kinerja, coaching, "
			  "mentoring dan konseling; rencana perbaikan kinerja yang terbuka otomatis "
			  "bila predikat Butuh Perbaikan, Kurang atau Sangat Kurang ditetapkan "
			  "(enam bulan, dengan titik pemantauan bulanan); dan rencana pengembangan "
			  "kompetensi.</p>");
	if ((r->who.employee_id && my_section(r, &err)) ||
	    (guidance_may_lead_anyone(r) && lead_section(r, &err)) ||
	    (root >= 0 && hr_section(r, root, &err)))
		return reply_error(r, &err);
	page_end(r);
	return reply_html(r, 200);
}

/* GET /pembinaan/cari?nip=... */
static int page_guidance_find(struct req *r)
{
	struct employee e;
	struct kerr err = KERR_INIT;
	char nip[40] = "", to[64];
	size_t k = 0;
	for (const char *s = req_query(r, "nip"); s && *s && k + 1 < sizeof nip; s++)
		if (*s != ' ')
			nip[k++] = *s;
	nip[k] = '\0';
	if (!nip[0] || store_employee_by_nip(r->db, nip, &e, &err))
		return reply_fail(r, KERR_NOT_FOUND, "nip", "Pegawai dengan NIP itu tidak ditemukan");
	snprintf(to, sizeof to, "/pembinaan/pegawai/%lld", (long long)e.id);
	return reply_redirect(r, to);
}

/* ---- one employee -------------------------------------------------------------------------------- */

static void sessions_table(struct req *r, const struct guidance_session *v, size_t n)
{
	if (!n) {
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada sesi yang dicatat.</p>");
		return;
	}
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table align-middle\">"
			  "<thead><tr><th scope=\"col\">Tanggal</th><th scope=\"col\">Jenis</th>"
			  "<th scope=\"col\">Topik</th><th scope=\"col\">Dipimpin oleh</th>"
			  "<th scope=\"col\">Tindak lanjut</th><th scope=\"col\"><span "
			  "class=\"visually-hidden\">Tindakan</span></th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++)
		html(&r->out, "<tr data-sesi=\"%lld\"><td>%s</td><td>%s</td><th scope=\"row\">%s</th>"
			      "<td>%s</td><td>%s</td><td><a class=\"btn btn-sm btn-primary\" "
			      "href=\"/pembinaan/sesi/%lld\">Buka</a></td></tr>", (long long)v[i].id,
		     v[i].held_on, session_kind_label(v[i].kind), v[i].topic, v[i].led_by_name,
		     v[i].follow_up_on[0] ? v[i].follow_up_on : "-", (long long)v[i].id);
	html_raw(&r->out, "</tbody></table></div>");
}

static void devs_table(struct req *r, const struct development_item *v, size_t n)
{
	if (!n) {
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada rencana pengembangan.</p>");
		return;
	}
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table align-middle\">"
			  "<thead><tr><th scope=\"col\">Kompetensi</th><th scope=\"col\">Kegiatan</th>"
			  "<th scope=\"col\">Target</th><th scope=\"col\">Status</th><th scope=\"col\">"
			  "<span class=\"visually-hidden\">Tindakan</span></th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		html(&r->out, "<tr data-pengembangan=\"%lld\"><th scope=\"row\">%s</th><td>%s</td>"
			      "<td>%s</td><td>", (long long)v[i].id, v[i].competency, v[i].activity,
		     v[i].target_on);
		guidance_badge(r, v[i].overdue, v[i].status == DEV_SELESAI,
			       development_status_label(v[i].status));
		html(&r->out, "</td><td><a class=\"btn btn-sm btn-outline-primary\" "
			      "href=\"/pembinaan/pengembangan/%lld\">Buka</a></td></tr>",
		     (long long)v[i].id);
	}
	html_raw(&r->out, "</tbody></table></div>");
}

static int employee_sections(struct req *r, int64_t id, unsigned roles, struct kerr *err)
{
	struct guidance_query q = { .employee_id = id };
	struct improvement_plan *p = NULL;
	struct guidance_session *s = NULL;
	struct development_item *d = NULL;
	size_t np = 0, ns = 0, nd = 0;
	if (store_improvement_plan_list(r->db, &q, &p, &np, err) ||
	    store_guidance_session_list(r->db, &q, &s, &ns, err) ||
	    store_development_list(r->db, &q, &d, &nd, err)) {
		improvement_plans_free(p, np);
		guidance_sessions_free(s, ns);
		return -1;
	}
	html_raw(&r->out, "<section class=\"mb-4\" id=\"rencana-perbaikan\"><h2 class=\"h5\">"
			  "Rencana perbaikan kinerja</h2>");
	guidance_plans_table(r, p, np, 0, "Tidak ada rencana perbaikan kinerja.");
	html_raw(&r->out, "</section><section class=\"mb-4\" id=\"sesi\"><h2 class=\"h5\">Sesi "
			  "pembinaan</h2>");
	if (roles & GUIDE_LEAD)
		html(&r->out, "<p><a class=\"btn btn-sm btn-primary\" href=\"/pembinaan/sesi/baru?"
			      "pegawai=%lld\">Catat sesi</a></p>", (long long)id);
	sessions_table(r, s, ns);
	html_raw(&r->out, "</section><section class=\"mb-4\" id=\"pengembangan\"><h2 class=\"h5\">"
			  "Rencana pengembangan</h2>");
	if (roles & (GUIDE_LEAD | GUIDE_SELF))
		html(&r->out, "<p><a class=\"btn btn-sm btn-primary\" href=\"/pembinaan/pengembangan/"
			      "baru?pegawai=%lld\">Tambah rencana pengembangan</a></p>", (long long)id);
	devs_table(r, d, nd);
	html_raw(&r->out, "</section>");
	improvement_plans_free(p, np);
	guidance_sessions_free(s, ns);
	development_items_free(d, nd);
	return 0;
}

/* GET /pembinaan/pegawai/{id} */
static int page_guidance_employee(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	struct strbuf name = STRBUF_INIT;
	unsigned roles = 0;
	if (guidance_roles_check(r, r->path_id, &roles, &err) ||
	    store_employee_get(r->db, r->path_id, &e, &err))
		return reply_error(r, &err);
	employee_display_name(&name, &e);
	page_begin(r, "Pembinaan pegawai", NAV_PEMBINAAN);
	guidance_crumbs(r, 0, "", name.buf);
	html(&r->out, "<h1 class=\"h3\">Pembinaan: %s</h1><p class=\"text-muted\">NIP %s &middot; "
		      "%s &middot; %s</p>", name.buf, e.nip, e.position_name, e.unit_name);
	strbuf_release(&name);
	if (employee_sections(r, r->path_id, roles, &err))
		return reply_error(r, &err);
	page_end(r);
	return reply_html(r, 200);
}

const struct route ui_guidance_routes[] = {
	{ "GET", "/pembinaan", page_guidance, ACCESS_LOGIN },
	{ "GET", "/pembinaan/cari", page_guidance_find, ACCESS_LOGIN },
	{ "GET", "/pembinaan/pegawai/{id}", page_guidance_employee, ACCESS_LOGIN },
	{ "GET", "/pembinaan/sesi/baru", page_session_new, ACCESS_LOGIN },
	{ "POST", "/pembinaan/sesi", page_session_create, ACCESS_LOGIN },
	{ "GET", "/pembinaan/sesi/{id}", page_session, ACCESS_LOGIN },
	{ "POST", "/pembinaan/sesi/{id}", page_session_update, ACCESS_LOGIN },
	{ "POST", "/pembinaan/sesi/{id}/tanggapan", page_session_respond, ACCESS_LOGIN },
	{ "POST", "/pembinaan/sesi/{id}/hapus", page_session_delete, ACCESS_LOGIN },
	{ "GET", "/pembinaan/rencana/{id}", page_plan, ACCESS_LOGIN },
	{ "POST", "/pembinaan/rencana/{id}", page_plan_update, ACCESS_LOGIN },
	{ "POST", "/pembinaan/rencana/{id}/hasil", page_plan_outcome, ACCESS_LOGIN },
	{ "POST", "/pembinaan/titik/{id}", page_checkpoint_update, ACCESS_LOGIN },
	{ "GET", "/pembinaan/pengembangan/baru", page_dev_new, ACCESS_LOGIN },
	{ "POST", "/pembinaan/pengembangan", page_dev_create, ACCESS_LOGIN },
	{ "GET", "/pembinaan/pengembangan/{id}", page_dev, ACCESS_LOGIN },
	{ "POST", "/pembinaan/pengembangan/{id}", page_dev_update, ACCESS_LOGIN },
	{ "POST", "/pembinaan/pengembangan/{id}/hapus", page_dev_delete, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
