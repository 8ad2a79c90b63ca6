/*
 * ui_tpp_item.c - one employee's allowance (TPP) in one run, line by line
 * (GET /tpp/rincian/{id}): for the employee themselves and for those who
 * may read the whole run; anybody else gets 403.
 */
#include "web/ui_tpp.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "domain/hierarchy.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

static void lines_table(struct req *r, const struct tpp_item *it)
{
	json_t *lines = json_loads(it->lines_json ? it->lines_json : "[]", 0, NULL);
	size_t i;
	json_t *l;
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table caption-top\" "
			  "id=\"rincian\"><caption>Rincian perhitungan</caption><thead><tr><th "
			  "scope=\"col\">Uraian"
			  "</th><th scope=\"col\" class=\"text-end\">Jumlah</th></tr></thead><tbody>");
	json_array_foreach(lines, i, l) {
		const char *kind = json_string_value(json_object_get(l, "jenis"));
		html(&r->out, "<tr data-jenis=\"%s\"><td>%s</td><td class=\"text-end\">", kind ? kind : "",
		     json_string_value(json_object_get(l, "uraian")) ?
		     json_string_value(json_object_get(l, "uraian")) : "");
		tpp_html_money(r, json_integer_value(json_object_get(l, "jumlah")));
		html_raw(&r->out, "</td></tr>");
	}
	json_decref(lines);
	html_raw(&r->out, "</tbody><tfoot><tr><th scope=\"row\">Jumlah TPP</th><th "
			  "class=\"text-end\" id=\"jumlah\">");
	tpp_html_money(r, it->amount);
	html_raw(&r->out, "</th></tr></tfoot></table></div>");
}

/* GET /tpp/rincian/{id} */
int page_tpp_item(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct tpp_item it;
	struct tpp_run run;
	char nip[24];
	if (tpp_item_load(r, r->path_id, &it, &run, &err))
		return reply_error(r, &err);
	int own = r->who.employee_id == it.employee_id;
	const char *kind = position_kind_label(it.position_kind);
	nip_display(nip, sizeof nip, it.nip);
	page_begin(r, "Rincian TPP", NAV_TPP);
	html_raw(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
			  "class=\"breadcrumb-item\"><a href=\"/tpp\">TPP</a></li>");
	if (tpp_may_read_run(r, &run))
		html(&r->out, "<li class=\"breadcrumb-item\"><a href=\"/tpp/perhitungan/%lld\">%s</a>"
			      "</li>", (long long)run.id, run.label);
	html(&r->out, "<li class=\"breadcrumb-item active\" aria-current=\"page\">Rincian</li></ol>"
		      "</nav><h1 class=\"h3\">Rincian TPP %s</h1><p><a class=\"btn btn-outline-secondary\" "
		      "href=\"/tpp/rincian/%lld/pdf\" download>Unduh PDF</a></p>", run.label,
	     (long long)it.id);
	if (strcmp(run.state, TPP_RUN_APPROVED))
		alert_box(r, "warning", "Perhitungan ini masih draf: jumlahnya dapat berubah sampai "
			  "disetujui.");
	html(&r->out, "<dl class=\"row\"><dt class=\"col-sm-3\">Pegawai</dt><dd class=\"col-sm-9\">"
		      "%s%s<br><span class=\"small text-muted\">NIP %s</span></dd><dt "
		      "class=\"col-sm-3\">Golongan / jabatan</dt><dd class=\"col-sm-9\">%s / %s</dd>"
		      "<dt class=\"col-sm-3\">Unit</dt><dd class=\"col-sm-9\">%s</dd><dt "
		      "class=\"col-sm-3\">Predikat yang dipakai</dt><dd class=\"col-sm-9\">%s</dd>"
		      "<dt class=\"col-sm-3\">Besaran dasar</dt><dd class=\"col-sm-9\">", it.name,
	     own ? " (Anda)" : "", nip, it.golongan[0] ? it.golongan : "-", kind ? kind : "-",
	     it.unit_name, tpp_pred_label(it.predicate));
	tpp_html_money(r, it.base);
	if (access_allows(r, ACCESS_READ_ALL))
		html(&r->out, " sebulan (<a href=\"/tpp/aturan/%lld\">aturan versi %d</a>)",
		     (long long)run.ruleset_id, run.ruleset_version);
	else
		html(&r->out, " sebulan (aturan versi %d)", run.ruleset_version);
	html(&r->out, "; %d bulan dibayar</dd></dl>", it.months_paid);
	lines_table(r, &it);
	tpp_item_release(&it);
	page_end(r);
	return reply_html(r, 200);
}
