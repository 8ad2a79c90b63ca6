/*
 * ui_tpp_run.c - one allowance (TPP) run: GET /tpp/perhitungan/{id} (its
 * figures, the actions HR may take, the per-employee amounts paged and
 * searchable, each linking to the breakdown), computing a draft again and
 * approving it (POST .../hitung-ulang, .../setujui: an approved run is
 * refused with the reason), comparing it with another run per employee
 * (GET .../banding?dengan=ID) and the payroll export (.../ekspor.csv,
 * .../ekspor.xlsx).
 */
#include "web/ui_tpp.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "domain/hierarchy.h"
#include "http/assess_access.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PER_PAGE 100

static void crumbs(struct req *r, const struct tpp_run *run, const char *last)
{
	html_raw(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
			  "class=\"breadcrumb-item\"><a href=\"/tpp\">TPP</a></li>");
	if (last)
		html(&r->out, "<li class=\"breadcrumb-item\"><a href=\"/tpp/perhitungan/%lld\">%s</a>"
			      "</li><li class=\"breadcrumb-item active\" aria-current=\"page\">%s</li>",
		     (long long)run->id, run->label, last);
	else
		html(&r->out, "<li class=\"breadcrumb-item active\" aria-current=\"page\">%s</li>",
		     run->label);
	html_raw(&r->out, "</ol></nav>");
}

static void facts(struct req *r, const struct tpp_run *run)
{
	char when[40], approved[40];
	format_time_wib(when, sizeof when, run->computed_at);
	html(&r->out, "<dl class=\"row\"><dt class=\"col-sm-3\">Unit</dt><dd class=\"col-sm-9\">%s "
		      "(beserta unit di bawahnya)</dd><dt class=\"col-sm-3\">Jenis</dt><dd "
		      "class=\"col-sm-9\">%s, bulan %s sampai %s %d</dd><dt class=\"col-sm-3\">Aturan"
		      "</dt><dd class=\"col-sm-9\"><a href=\"/tpp/aturan/%lld\">versi %d</a></dd>"
		      "<dt class=\"col-sm-3\">Dihitung</dt><dd class=\"col-sm-9\">%s oleh %s</dd>"
		      "<dt class=\"col-sm-3\">Status</dt><dd class=\"col-sm-9\">", run->unit_name,
	     run->kind == TPP_RUN_TRIWULAN ? "Triwulan" : "Bulanan", tpp_month_name(run->month_from),
	     tpp_month_name(run->month_to), run->year, (long long)run->ruleset_id,
	     run->ruleset_version, when, run->created_by);
	tpp_state_badge(r, run->state);
	if (run->approved_at) {
		format_time_wib(approved, sizeof approved, run->approved_at);
		html(&r->out, " %s oleh %s", approved, run->approved_by);
	}
	html(&r->out, "</dd><dt class=\"col-sm-3\">Pegawai</dt><dd class=\"col-sm-9\">%lld</dd>"
		      "<dt class=\"col-sm-3\">Jumlah TPP</dt><dd class=\"col-sm-9\"><strong>",
	     (long long)run->employees);
	tpp_html_money(r, run->total);
	html_raw(&r->out, "</strong></dd></dl>");
}

static void compare_form(struct req *r, const struct tpp_run *run)
{
	struct tpp_run *v = NULL;
	size_t n = 0, shown = 0;
	struct kerr err = KERR_INIT;
	if (store_tpp_run_list(r->db, &v, &n, &err))
		return;
	struct strbuf opts = STRBUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (v[i].id == run->id || !tpp_may_read_run(r, &v[i]))
			continue;
		html(&opts, "<option value=\"%lld\">%s (%s, %s)</option>", (long long)v[i].id,
		     v[i].label, v[i].unit_name, v[i].state);
		shown++;
	}
	if (shown) {
		html(&r->out, "<form method=\"get\" action=\"/tpp/perhitungan/%lld/banding\" "
			      "class=\"d-flex gap-2 align-items-end flex-wrap mb-3\"><div><label "
			      "for=\"f-dengan\" class=\"form-label\">Bandingkan dengan</label><select "
			      "id=\"f-dengan\" name=\"dengan\" class=\"form-select\">", (long long)run->id);
		html_raw(&r->out, opts.buf);
		html_raw(&r->out, "</select></div><button class=\"btn btn-outline-secondary\">"
				  "Bandingkan</button></form>");
	}
	strbuf_release(&opts);
	free(v);
}

static void actions(struct req *r, const struct tpp_run *run)
{
	html(&r->out, "<div class=\"d-flex gap-2 flex-wrap mb-3 d-print-none\">"
		      "<a class=\"btn btn-outline-primary\" href=\"/tpp/perhitungan/%lld/ekspor.csv\">"
		      "Ekspor CSV</a><a class=\"btn btn-outline-primary\" "
		      "href=\"/tpp/perhitungan/%lld/ekspor.xlsx\">Ekspor Excel</a>",
	     (long long)run->id, (long long)run->id);
	if (tpp_may_manage_run(r, run) && strcmp(run->state, TPP_RUN_APPROVED)) {
		html(&r->out, "<form method=\"post\" action=\"/tpp/perhitungan/%lld/hitung-ulang\">",
		     (long long)run->id);
		csrf_field(r);
		html(&r->out, "<input type=\"hidden\" name=\"version\" value=\"%lld\"><button "
			      "class=\"btn btn-outline-secondary\">Hitung ulang</button></form>"
			      "<form method=\"post\" action=\"/tpp/perhitungan/%lld/setujui\" "
			      "data-confirm=\"Setujui dan kunci perhitungan ini? Setelah disetujui, "
			      "jumlahnya tidak dapat dihitung ulang.\">",
		     (long long)run->version, (long long)run->id);
		csrf_field(r);
		html(&r->out, "<input type=\"hidden\" name=\"version\" value=\"%lld\"><button "
			      "class=\"btn btn-success\">Setujui dan kunci</button></form>",
		     (long long)run->version);
	}
	html_raw(&r->out, "</div>");
}

static void items_table(struct req *r, const struct tpp_item *v, size_t n)
{
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm "
			  "align-middle caption-top\"><caption>Jumlah per pegawai</caption><thead><tr><th "
			  "scope=\"col\">Pegawai</th><th scope=\"col\">Golongan</th><th scope=\"col\">"
			  "Jabatan</th><th scope=\"col\">Predikat</th><th scope=\"col\" "
			  "class=\"text-end\">Kinerja</th><th scope=\"col\" class=\"text-end\">Disiplin"
			  "</th><th scope=\"col\" class=\"text-end\">Potongan</th><th scope=\"col\" "
			  "class=\"text-end\">Pembulatan</th><th scope=\"col\" class=\"text-end\">"
			  "Jumlah</th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		char nip[24];
		const char *kind = position_kind_label(v[i].position_kind);
		nip_display(nip, sizeof nip, v[i].nip);
		html(&r->out, "<tr data-pegawai=\"%lld\"><th scope=\"row\"><a href=\"/tpp/rincian/%lld\">"
			      "%s</a><br><span class=\"small text-muted\">%s &middot; %s</span></th>"
			      "<td>%s</td><td>%s</td><td>%s</td><td class=\"text-end\">",
		     (long long)v[i].employee_id, (long long)v[i].id, v[i].name, nip, v[i].unit_name,
		     v[i].golongan[0] ? v[i].golongan : "-", kind ? kind : "-",
		     tpp_pred_label(v[i].predicate));
		tpp_html_money(r, v[i].kinerja);
		html_raw(&r->out, "</td><td class=\"text-end\">");
		tpp_html_money(r, v[i].disiplin);
		html_raw(&r->out, "</td><td class=\"text-end\">");
		tpp_html_money(r, v[i].potongan);
		html_raw(&r->out, "</td><td class=\"text-end\">");
		tpp_html_money(r, v[i].pembulatan);
		html_raw(&r->out, "</td><td class=\"text-end fw-semibold\">");
		tpp_html_money(r, v[i].amount);
		html_raw(&r->out, "</td></tr>");
	}
	if (!n)
		html_raw(&r->out, "<tr><td colspan=\"9\" class=\"text-muted\">Tidak ada pegawai.</td></tr>");
	html_raw(&r->out, "</tbody></table></div>");
}

/* The run page, with an error alert when err is set (status from it). */
static int run_page(struct req *r, int64_t id, const struct kerr *alert)
{
	struct kerr err = KERR_INIT;
	struct tpp_run run;
	struct tpp_item *v = NULL;
	size_t n = 0;
	int64_t total = 0;
	int page = req_page(r);
	const char *q = req_query(r, "q");
	if (tpp_run_load(r, id, 0, &run, &err) ||
	    store_tpp_items(r->db, id, q, page, PER_PAGE, &v, &n, &total, &err))
		return reply_error(r, &err);
	page_begin(r, run.label, NAV_TPP);
	crumbs(r, &run, NULL);
	html(&r->out, "<h1 class=\"h3\">TPP %s</h1>", run.label);
	if (alert)
		alert_box(r, "danger", alert->msg);
	facts(r, &run);
	actions(r, &run);
	compare_form(r, &run);
	html(&r->out, "<form method=\"get\" class=\"d-flex gap-2 mb-2\" data-mw=\"28\">"
		      "<label class=\"visually-hidden\" for=\"f-q\">Cari</label><input id=\"f-q\" "
		      "name=\"q\" value=\"%s\" class=\"form-control\" placeholder=\"Nama atau NIP\">"
		      "<button class=\"btn btn-outline-secondary\">Cari</button></form>", q ? q : "");
	items_table(r, v, n);
	tpp_items_free(v, n);
	char base[64];
	static const char *const keep[] = { "q", NULL };
	snprintf(base, sizeof base, "/tpp/perhitungan/%lld", (long long)id);
	pager(r, base, page, PER_PAGE, total, keep);
	page_end(r);
	return reply_html(r, alert ? kerr_http_status(alert) : 200);
}

/* GET /tpp/perhitungan/{id} */
int page_tpp_run(struct req *r)
{
	return run_page(r, r->path_id, NULL);
}

typedef int (*step_fn)(struct req *r, int64_t version, struct kerr *err);

static int step(struct req *r, step_fn fn, const char *notice)
{
	struct kerr err = KERR_INIT;
	struct tpp_run run;
	long long version = 0;
	const char *v = req_form(r, "version");
	char to[96];
	if (tpp_run_load(r, r->path_id, 1, &run, &err))
		return reply_error(r, &err);
	if (v && *v && parse_whole_in(v, 1, INT64_MAX, &version) < 0)
		return reply_fail(r, KERR_INVALID, "version", "Versi tidak valid");
	if (fn(r, version, &err)) {
		if (err.code == KERR_CONFLICT)
			return run_page(r, r->path_id, &err);
		return reply_error(r, &err);
	}
	snprintf(to, sizeof to, "/tpp/perhitungan/%lld?pesan=%s", (long long)r->path_id, notice);
	return reply_redirect(r, to);
}

static int recompute(struct req *r, int64_t version, struct kerr *err)
{
	struct actor who = req_actor(r);
	return store_tpp_run_recompute(r->db, &who, r->path_id, version, err);
}

static int approve(struct req *r, int64_t version, struct kerr *err)
{
	struct actor who = req_actor(r);
	char name[300];
	caller_display_name(r, name, sizeof name);
	return store_tpp_run_approve(r->db, &who, r->path_id, name, version, err);
}

/* POST /tpp/perhitungan/{id}/hitung-ulang */
int page_tpp_run_recompute(struct req *r)
{
	return step(r, recompute, "tpp_dihitung_ulang");
}

/* POST /tpp/perhitungan/{id}/setujui */
int page_tpp_run_approve(struct req *r)
{
	return step(r, approve, "tpp_disetujui");
}

/* ---- comparison ----------------------------------------------------------------------------------- */

static void diff_cell(struct req *r, int in, int64_t amount)
{
	html_raw(&r->out, "<td class=\"text-end\">");
	if (in)
		tpp_html_money(r, amount);
	else
		html_raw(&r->out, "<span class=\"text-muted\">tidak ada</span>");
	html_raw(&r->out, "</td>");
}

/* GET /tpp/perhitungan/{id}/banding?dengan=ID */
int page_tpp_run_compare(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct tpp_run a, b;
	struct tpp_diff *d = NULL;
	size_t n = 0, changed = 0;
	int64_t other = 0;
	if (req_query_id(r, "dengan", &other, &err) < 0)
		return reply_error(r, &err);
	if (!other)
		return reply_fail(r, KERR_INVALID, "dengan", "Pilih perhitungan pembanding");
	if (tpp_run_load(r, r->path_id, 0, &a, &err) || tpp_run_load(r, other, 0, &b, &err) ||
	    store_tpp_compare(r->db, a.id, b.id, &d, &n, &changed, &err))
		return reply_error(r, &err);
	page_begin(r, "Banding TPP", NAV_TPP);
	crumbs(r, &a, "Banding");
	html(&r->out, "<h1 class=\"h3\">%s dibandingkan dengan %s</h1><p>A: %s (aturan versi %d, %s); "
		      "B: %s (aturan versi %d, %s). %zu dari %zu pegawai berbeda. Selisih jumlah "
		      "(B &minus; A): <strong>", a.label, b.label, a.label, a.ruleset_version, a.state,
	     b.label, b.ruleset_version, b.state, changed, n);
	tpp_html_money(r, b.total - a.total);
	html_raw(&r->out, "</strong></p><div class=\"table-responsive\"><table class=\"table "
			  "table-sm\"><thead><tr><th scope=\"col\">Pegawai</th><th scope=\"col\" "
			  "class=\"text-end\">A</th><th scope=\"col\" class=\"text-end\">B</th><th "
			  "scope=\"col\" class=\"text-end\">Selisih</th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		if (d[i].amount_a == d[i].amount_b && d[i].in_a == d[i].in_b)
			continue;
		html(&r->out, "<tr data-pegawai=\"%lld\"><th scope=\"row\">%s</th>",
		     (long long)d[i].employee_id, d[i].name);
		diff_cell(r, d[i].in_a, d[i].amount_a);
		diff_cell(r, d[i].in_b, d[i].amount_b);
		html_raw(&r->out, "<td class=\"text-end\">");
		tpp_html_money(r, d[i].amount_b - d[i].amount_a);
		html_raw(&r->out, "</td></tr>");
	}
	if (!changed)
		html_raw(&r->out, "<tr><td colspan=\"4\" class=\"text-muted\">Tidak ada perbedaan."
				  "</td></tr>");
	html_raw(&r->out, "</tbody></table></div>");
	free(d);
	page_end(r);
	return reply_html(r, 200);
}

/* ---- export --------------------------------------------------------------------------------------- */

static int export(struct req *r, int xlsx)
{
	struct kerr err = KERR_INIT;
	struct tpp_run run;
	char name[160];
	if (tpp_run_load(r, r->path_id, 0, &run, &err))
		return reply_error(r, &err);
	snprintf(name, sizeof name, "tpp-%lld-%s.%s", (long long)run.id, run.label,
		 xlsx ? "xlsx" : "csv");
	for (char *p = name; *p; p++)
		if (*p == ' ')
			*p = '-';
	strbuf_reset(&r->out);
	if (xlsx ? store_tpp_export_xlsx(r->db, run.id, &r->out, &err)
		 : store_tpp_export_csv(r->db, run.id, &r->out, &err))
		return reply_error(r, &err);
	return reply_download(r, xlsx ? "application/vnd.openxmlformats-officedocument."
				  "spreadsheetml.sheet" : "text/csv; charset=utf-8", name);
}

/* GET /tpp/perhitungan/{id}/ekspor.csv */
int page_tpp_run_csv(struct req *r)
{
	return export(r, 0);
}

/* GET /tpp/perhitungan/{id}/ekspor.xlsx */
int page_tpp_run_xlsx(struct req *r)
{
	return export(r, 1);
}
