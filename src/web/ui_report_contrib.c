/*
 * ui_report_contrib.c - the contribution report: GET /laporan/kontribusi
 * (the rule of the roll-up in plain words; per organisation goal its
 * figure with how it was computed, the units that serve it with theirs,
 * and each RHK with its owner, linked to the SKP and to the realisasi
 * and evidence at the checkpoint; then the roll-up per unit) and its
 * files GET /laporan/kontribusi.xlsx and .csv with the same parameters.
 */
#include "web/ui_report.h"
#include "web/ui.h"
#include "http/html.h"
#include "http/request.h"

#include <stdlib.h>
#include <string.h>

static int contrib_load_or_reply(struct req *r, struct report_req *q, struct contribution *c)
{
	struct kerr err = KERR_INIT;
	memset(c, 0, sizeof *c);
	if (report_req_of_query(r, q, &err))
		return reply_error(r, &err), -1;
	if (store_contribution(r->db, q->period.id, q->unit_id, q->basis, c, &err)) {
		contribution_release(c);
		return reply_error(r, &err), -1;
	}
	return 0;
}

/* ---- the page ------------------------------------------------------------------------------------ */

static void rule_text(struct req *r, const struct contribution *c)
{
	html(&r->out, "<div class=\"alert alert-light border\" role=\"note\" id=\"cara-hitung\"><strong>"
		      "Cara menghitung.</strong> Setiap RHK yang mendukung sebuah sasaran organisasi "
		      "dihitung, sejauh apa pun letaknya di bawah kaskade (RHK staf yang mendukung RHK "
		      "Kepala Seksi yang mendukung RHK Camat yang menunjuk sasaran itu ikut "
		      "mendukung sasaran itu). Hanya RHK dalam SKP yang sudah disetujui. Capaian "
		      "sebuah RHK adalah rata-rata capaian IKI-nya pada %s (realisasi dibanding "
		      "target). Capaian sasaran, unit dan pegawai adalah rata-rata biasa capaian RHK "
		      "yang mendukungnya dan sudah memiliki realisasi; setiap nilai di atas 120%% "
		      "dihitung 120%%; RHK tanpa realisasi disebut tetapi tidak dihitung.</div>",
	     c->basis.capaian_checkpoint ? c->basis.capaian_name : "titik periksa terakhir");
}

static void rhk_item(struct req *r, const struct contribution *c, size_t i)
{
	const struct contrib_rhk *x = &c->rhk[i];
	char pct[32];
	report_pct_text(c->pct[i].set, c->pct[i].value, pct, sizeof pct);
	html(&r->out, "<li class=\"list-group-item\" data-rhk=\"%lld\"><div class=\"d-flex "
		      "justify-content-between gap-2\"><div><a href=\"/skp/%lld\">%s</a> <span "
		      "class=\"small text-muted\">%s</span><div>%s <span class=\"badge "
		      "text-bg-light\">%s</span></div></div><div class=\"text-end text-nowrap\">"
		      "<strong data-capaian>%s</strong>", (long long)x->rhk_id, (long long)x->skp_id,
	     x->owner, x->position, x->text, x->utama ? "utama" : "tambahan", pct);
	if (c->basis.capaian_seq)
		html(&r->out, "<div class=\"small\"><a href=\"/skp/%lld/realisasi?titik=%d#rhk-%lld\">"
			      "Realisasi dan bukti</a></div>", (long long)x->skp_id, c->basis.capaian_seq,
		     (long long)x->rhk_id);
	html_raw(&r->out, "</div></div></li>");
}

static void explained(struct req *r, const struct contribution *c, size_t first, size_t count,
		      const char *subject)
{
	struct strbuf why;
	strbuf_init(&why, 0);
	contribution_explain(c->pct + first, count, subject, &why);
	html(&r->out, "<p class=\"small mb-2\" data-penjelasan>%s</p>", why.buf);
	strbuf_release(&why);
}

static void part_block(struct req *r, const struct contribution *c, const struct contrib_part *pt)
{
	char pct[32];
	report_pct_text(pt->fig.has_mean, pt->fig.mean, pct, sizeof pct);
	html(&r->out, "<div class=\"mb-3\" data-unit=\"%lld\"><h4 class=\"h6 mb-1\">%s: <span "
		      "data-capaian>%s</span></h4>", (long long)pt->unit_id, pt->unit_name, pct);
	explained(r, c, pt->first, pt->count, "sasaran ini di unit ini");
	html_raw(&r->out, "<ul class=\"list-group\">");
	for (size_t i = pt->first; i < pt->first + pt->count; i++)
		rhk_item(r, c, i);
	html_raw(&r->out, "</ul></div>");
}

static void goal_block(struct req *r, const struct contribution *c, size_t g)
{
	const struct contrib_goal *cg = &c->goals[g];
	char pct[32];
	report_pct_text(cg->fig.has_mean, cg->fig.mean, pct, sizeof pct);
	html(&r->out, "<section class=\"card mb-3\" id=\"sasaran-%lld\" data-sasaran=\"%s\"><div "
		      "class=\"card-header\"><h3 class=\"h5 mb-0\">%s %s</h3><div class=\"small "
		      "text-muted\">%s</div></div><div class=\"card-body\"><p class=\"mb-1\">Capaian "
		      "sasaran: <strong class=\"fs-5\" data-capaian>%s</strong> (%zu RHK pendukung)</p>",
	     (long long)cg->goal_id, cg->code, cg->code, cg->text, cg->unit_name, pct, cg->count);
	explained(r, c, cg->first, cg->count, "sasaran ini");
	if (!cg->count)
		html_raw(&r->out, "<p class=\"text-warning-emphasis\">Tidak ada RHK di unit ini yang "
				  "mendukung sasaran ini.</p>");
	for (size_t p = 0; p < c->n_parts; p++)
		if (c->parts[p].goal == g)
			part_block(r, c, &c->parts[p]);
	html_raw(&r->out, "</div></section>");
}

static void units_table(struct req *r, const struct contribution *c)
{
	html_raw(&r->out, "<section class=\"mt-4\" aria-labelledby=\"h-per-unit\"><h2 class=\"h5\" "
			  "id=\"h-per-unit\">Capaian per unit</h2><p class=\"small\">Rata-rata capaian "
			  "semua RHK unit itu yang mendukung sasaran organisasi mana pun.</p><div "
			  "class=\"table-responsive\"><table class=\"table table-sm\" id=\"tabel-unit\">"
			  "<thead><tr><th scope=\"col\">Unit</th><th scope=\"col\" class=\"text-end\">"
			  "Sasaran</th><th scope=\"col\" class=\"text-end\">RHK</th><th scope=\"col\" "
			  "class=\"text-end\">Dengan capaian</th><th scope=\"col\" class=\"text-end\">"
			  "Capaian</th></tr></thead><tbody>");
	for (size_t u = 0; u < c->n_units; u++) {
		const struct contrib_unit *cu = &c->units[u];
		char pct[32];
		report_pct_text(cu->fig.has_mean, cu->fig.mean, pct, sizeof pct);
		html(&r->out, "<tr><th scope=\"row\">%s</th><td class=\"text-end\">%zu</td><td "
			      "class=\"text-end\">%zu</td><td class=\"text-end\">%zu</td><td "
			      "class=\"text-end\">%s</td></tr>", cu->unit_name, cu->goals, cu->fig.n_rhk,
		     cu->fig.n_measured, pct);
	}
	html_raw(&r->out, "</tbody></table></div></section>");
}

/* GET /laporan/kontribusi */
int page_report_contrib(struct req *r)
{
	struct report_req q;
	struct contribution c;
	if (contrib_load_or_reply(r, &q, &c))
		return 0;
	page_begin(r, "Laporan kontribusi", NAV_LAPORAN);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
		      "class=\"breadcrumb-item\"><a href=\"/laporan\">Laporan</a></li></ol></nav>"
		      "<h1 class=\"h3\">Laporan Kontribusi %s</h1><p class=\"text-muted\">%s; capaian "
		      "pada %s. Lihat juga <a href=\"/kaskade\">kaskade</a>.</p>", c.unit.name,
	     c.period.name, c.basis.capaian_checkpoint ? c.basis.capaian_name : "-");
	report_filter_form(r, "/laporan/kontribusi", &q);
	report_download_buttons(r, "/laporan/kontribusi", &q);
	rule_text(r, &c);
	html(&r->out, "<h2 class=\"h5\">Sasaran organisasi (%zu)</h2>", c.n_goals);
	for (size_t g = 0; g < c.n_goals; g++)
		goal_block(r, &c, g);
	units_table(r, &c);
	page_end(r);
	contribution_release(&c);
	return reply_html(r, 200);
}

/* GET /laporan/kontribusi.xlsx */
int page_report_contrib_xlsx(struct req *r)
{
	struct report_req q;
	struct contribution c;
	struct kerr err = KERR_INIT;
	if (contrib_load_or_reply(r, &q, &c))
		return 0;
	int bad = contribution_xlsx(&c, &r->out, &err);
	if (!bad)
		report_reply_file(r, "kontribusi", &c.unit, &c.period, "xlsx");
	contribution_release(&c);
	return bad ? reply_error(r, &err) : 0;
}

/* GET /laporan/kontribusi.csv */
int page_report_contrib_csv(struct req *r)
{
	struct report_req q;
	struct contribution c;
	if (contrib_load_or_reply(r, &q, &c))
		return 0;
	contribution_csv(&c, &r->out);
	report_reply_file(r, "kontribusi", &c.unit, &c.period, "csv");
	contribution_release(&c);
	return 0;
}
