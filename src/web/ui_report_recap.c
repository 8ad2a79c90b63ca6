/*
 * ui_report_recap.c - the recap of a unit and period: GET /laporan/rekap
 * (the filter, what each figure means, the employees' table with links
 * to their SKP and the explanation of their predicate, the spread of
 * predicates against the curve per unit, the overdue items) and its
 * files GET /laporan/rekap.xlsx and /laporan/rekap.csv, all with the same
 * parameters (see http/report_access.h).
 */
#include "web/ui_report.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <string.h>

/* Loads the recap the request names; replies itself and returns -1 on failure. */
static int recap_load_or_reply(struct req *r, struct report_req *q, struct recap *rc)
{
	struct kerr err = KERR_INIT;
	char today[11];
	memset(rc, 0, sizeof *rc);
	if (report_req_of_query(r, q, &err))
		return reply_error(r, &err), -1;
	date_wib(today, now_unix());
	struct recap_query rq = { q->period.id, q->unit_id, q->basis, q->tpp_scope, today };
	if (store_recap(r->db, &rq, rc, &err)) {
		recap_release(rc);
		return reply_error(r, &err), -1;
	}
	return 0;
}

/* ---- the page ------------------------------------------------------------------------------- */

static void legend(struct req *r, const struct recap *rc)
{
	html(&r->out, "<details class=\"mb-3\"><summary>Arti setiap kolom</summary><dl class=\"row "
		      "small mt-2\"><dt class=\"col-sm-3\">Capaian</dt><dd class=\"col-sm-9\">Capaian "
		      "SKP pada %s: realisasi setiap IKI dibandingkan targetnya, dirata-ratakan per "
		      "RHK, lalu rata-rata RHK utama (setiap nilai di atas 120%% dihitung 120%%), "
		      "sama seperti di halaman realisasi. Kosong bila belum ada realisasi atau SKP "
		      "kualitatif.</dd><dt class=\"col-sm-3\">Rating dan predikat</dt><dd "
		      "class=\"col-sm-9\">Dari penilaian %s yang sudah ditetapkan; draf belum "
		      "ditampilkan.</dd><dt class=\"col-sm-3\">Respons 360</dt><dd class=\"col-sm-9\">"
		      "Formulir yang dijawab pegawai sebagai penilai dibanding yang diminta darinya "
		      "(termasuk penilaian diri) pada putaran 360 periode ini. Hanya jumlah; siapa "
		      "menilai siapa tidak pernah ditampilkan.</dd>",
	     rc->basis.capaian_checkpoint ? rc->basis.capaian_name : "titik periksa terakhir",
	     rc->basis.checkpoint_id ? rc->basis.name : "tahunan");
	if (rc->with_tpp)
		html_raw(&r->out, "<dt class=\"col-sm-3\">TPP</dt><dd class=\"col-sm-9\">Jumlah "
				  "pada perhitungan TPP terakhir yang sudah disetujui tahun ini.</dd>");
	html_raw(&r->out, "</dl></details>");
}

static void row_html(struct req *r, const struct recap_row *w, int with_tpp)
{
	char cap[32], rate[32], nip[24];
	double share = 0;
	int has_rate = !recap_rate(w->r360_answered, w->r360_asked, &share);
	report_pct_text(w->capaian.set, w->capaian.value, cap, sizeof cap);
	report_pct_text(has_rate, share, rate, sizeof rate);
	nip_display(nip, sizeof nip, w->nip);
	html(&r->out, "<tr data-nip=\"%s\"><td class=\"text-nowrap\">%s</td><th scope=\"row\">",
	     w->nip, nip);
	if (w->skp_id)
		html(&r->out, "<a href=\"/skp/%lld\">%s</a>", (long long)w->skp_id, w->name);
	else
		html(&r->out, "%s", w->name);
	html(&r->out, "<div class=\"small text-muted\">%s</div></th><td>%s</td><td>%s</td>"
		      "<td>%s</td><td class=\"text-end\">%d</td><td class=\"text-end\">%d</td>"
		      "<td class=\"text-end\" data-capaian>%s</td><td>%s</td><td>%s</td><td>",
	     w->position_name, w->unit_name, w->golongan, recap_state_label(w->skp_state),
	     w->n_rhk, w->n_iki, cap, recap_rating_label(w->hasil), recap_rating_label(w->perilaku));
	if (w->predicate < PRED__COUNT)
		html(&r->out, "<a href=\"/skp/%lld/penjelasan\">%s</a>", (long long)w->skp_id,
		     predicate_label(w->predicate));
	html(&r->out, "</td><td class=\"text-end text-nowrap\">%lld / %lld<div class=\"small "
		      "text-muted\">%s</div></td>", (long long)w->r360_answered,
	     (long long)w->r360_asked, rate);
	if (with_tpp)
		html(&r->out, "<td class=\"text-end text-nowrap\" data-tpp>%s%lld</td>",
		     w->has_tpp ? "Rp " : "", w->has_tpp ? (long long)w->tpp : 0LL);
	html_raw(&r->out, "</tr>");
}

static void rows_table(struct req *r, const struct recap *rc)
{
	html(&r->out, "<section aria-labelledby=\"h-pegawai\"><h2 class=\"h5\" id=\"h-pegawai\">"
		      "Pegawai (%zu)</h2><div class=\"table-responsive\"><table class=\"table "
		      "table-sm align-middle\" id=\"tabel-rekap\"><thead><tr><th scope=\"col\">NIP</th>"
		      "<th scope=\"col\">Nama dan jabatan</th><th scope=\"col\">Unit kerja</th>"
		      "<th scope=\"col\">Gol.</th><th scope=\"col\">SKP</th><th scope=\"col\" "
		      "class=\"text-end\">RHK</th><th scope=\"col\" class=\"text-end\">IKI</th>"
		      "<th scope=\"col\" class=\"text-end\">Capaian</th><th scope=\"col\">Hasil "
		      "kerja</th><th scope=\"col\">Perilaku kerja</th><th scope=\"col\">Predikat</th>"
		      "<th scope=\"col\" class=\"text-end\">Respons 360</th>%s</tr></thead><tbody>",
	     rc->n, rc->with_tpp ? "<th scope=\"col\" class=\"text-end\">TPP</th>" : "");
	for (size_t i = 0; i < rc->n; i++)
		row_html(r, &rc->rows[i], rc->with_tpp);
	html_raw(&r->out, "</tbody></table></div></section>");
}

static void curves_table(struct req *r, const struct recap *rc)
{
	static const enum predicate order[] = { PRED_SANGAT_BAIK, PRED_BAIK, PRED_BUTUH_PERBAIKAN,
						PRED_KURANG, PRED_SANGAT_KURANG };
	html_raw(&r->out, "<section class=\"mt-4\" aria-labelledby=\"h-kurva\"><h2 class=\"h5\" "
			  "id=\"h-kurva\">Sebaran predikat terhadap kurva distribusi</h2><p class=\"small\">"
			  "Per unit, pegawai yang langsung berada di unit itu; predikat unit membatasi "
			  "sebaran predikat pegawainya.</p><div class=\"table-responsive\"><table "
			  "class=\"table table-sm\"><thead><tr><th scope=\"col\">Unit</th><th scope=\"col\">"
			  "Predikat unit</th>");
	for (int k = 0; k < 5; k++)
		html(&r->out, "<th scope=\"col\" class=\"text-end\">%s</th>", predicate_label(order[k]));
	html_raw(&r->out, "<th scope=\"col\">Kurva</th></tr></thead><tbody>");
	for (size_t i = 0; i < rc->n_curves; i++) {
		const struct unit_curve *c = &rc->curves[i];
		html(&r->out, "<tr><th scope=\"row\"><a href=\"/predikat-unit/%lld?periode=%lld\">%s</a>"
			      "</th><td>%s</td>", (long long)c->unit.id, (long long)rc->period.id,
		     c->unit.name, c->result.set ? unit_predicate_label(c->result.predicate) : "-");
		for (int k = 0; k < 5; k++)
			html(&r->out, "<td class=\"text-end\">%d</td>", c->count[order[k]]);
		html(&r->out, "<td>%s</td></tr>", !c->result.set ? "-" : c->n_dev ? "Menyimpang"
										 : "Sesuai");
	}
	html_raw(&r->out, "</tbody></table></div></section>");
}

static void overdue_list(struct req *r, const struct recap *rc)
{
	html(&r->out, "<section class=\"mt-4\" aria-labelledby=\"h-terlambat\"><h2 class=\"h5\" "
		      "id=\"h-terlambat\">Pekerjaan yang terlambat (%zu)</h2>", rc->n_overdue);
	if (!rc->n_overdue) {
		html_raw(&r->out, "<p class=\"text-muted\">Tidak ada.</p></section>");
		return;
	}
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm\"><thead><tr>"
			  "<th scope=\"col\">Jenis</th><th scope=\"col\">Pegawai</th><th scope=\"col\">"
			  "Keterangan</th><th scope=\"col\">Tenggat</th><th scope=\"col\" "
			  "class=\"text-end\">Hari</th></tr></thead><tbody>");
	for (size_t i = 0; i < rc->n_overdue; i++) {
		const struct overdue_item *it = &rc->overdue[i];
		html(&r->out, "<tr data-jenis=\"%s\"><td>%s</td><td>%s<div class=\"small text-muted\">"
			      "%s</div></td><td>%s</td><td class=\"text-nowrap\">%s</td><td "
			      "class=\"text-end\">%d</td></tr>", overdue_kind_name(it->kind),
		     overdue_kind_label(it->kind), it->name, it->unit_name, it->what, it->due,
		     it->days_late);
	}
	html_raw(&r->out, "</tbody></table></div></section>");
}

/* GET /laporan/rekap */
int page_report_recap(struct req *r)
{
	struct report_req q;
	struct recap rc;
	if (recap_load_or_reply(r, &q, &rc))
		return 0;
	page_begin(r, "Rekap kinerja", NAV_LAPORAN);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
		      "class=\"breadcrumb-item\"><a href=\"/laporan\">Laporan</a></li></ol></nav>"
		      "<h1 class=\"h3\">Rekap Kinerja %s</h1><p class=\"text-muted\">%s beserta unit di "
		      "bawahnya; penilaian %s.</p>", rc.unit.name, rc.period.name, rc.basis.name);
	report_filter_form(r, "/laporan/rekap", &q);
	report_download_buttons(r, "/laporan/rekap", &q);
	legend(r, &rc);
	rows_table(r, &rc);
	curves_table(r, &rc);
	overdue_list(r, &rc);
	page_end(r);
	recap_release(&rc);
	return reply_html(r, 200);
}

/* GET /laporan/rekap.xlsx */
int page_report_recap_xlsx(struct req *r)
{
	struct report_req q;
	struct recap rc;
	struct kerr err = KERR_INIT;
	if (recap_load_or_reply(r, &q, &rc))
		return 0;
	int bad = recap_xlsx(&rc, &r->out, &err);
	if (!bad)
		report_reply_file(r, "rekap", &rc.unit, &rc.period, "xlsx");
	recap_release(&rc);
	return bad ? reply_error(r, &err) : 0;
}

/* GET /laporan/rekap.csv */
int page_report_recap_csv(struct req *r)
{
	struct report_req q;
	struct recap rc;
	if (recap_load_or_reply(r, &q, &rc))
		return 0;
	recap_csv(&rc, &r->out);
	report_reply_file(r, "rekap", &rc.unit, &rc.period, "csv");
	recap_release(&rc);
	return 0;
}
