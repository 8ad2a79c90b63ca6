/*
 * ui_calibration.c - the calibration of a unit's assessments (GET
 * /kalibrasi): everyone's ratings, predicate, achievement, 360 aggregate
 * and their assessor's rater flags side by side, sortable by column; the
 * curve of each unit of the subtree, also as it would be were the
 * waiting proposals accepted; the proposals of the unit and period; the
 * downloads.  Also the pieces other pages show (the inbox on /penilaian,
 * the link from /predikat-unit/{id}), and the route table of every
 * calibration page (proposing and one proposal are in
 * ui_calibration_proposal.c).
 */
#include "web/ui_calibration.h"
#include "web/ui.h"
#include "web/ui_assessment.h"
#include "web/ui_report.h"
#include "domain/raterstats.h"
#include "http/html.h"
#include "http/report_access.h"
#include "http/request.h"
#include "http/router.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shared pieces ------------------------------------------------------------------------- */

void calib_what(char *out, size_t size, const struct calib_proposal *p)
{
	if (p->kind == ASSESS_PERIODIK)
		snprintf(out, size, "Penilaian periodik %s, %s", p->checkpoint_name, p->period_name);
	else
		snprintf(out, size, "Penilaian tahunan, %s", p->period_name);
}

void calib_state_badge(struct req *r, enum calib_state s)
{
	static const char *const cls[CALIB__STATES] = {
		[CALIB_DIAJUKAN] = "text-bg-warning", [CALIB_DITERIMA] = "text-bg-success",
		[CALIB_DITOLAK] = "text-bg-secondary", [CALIB_DITARIK] = "text-bg-light border",
	};
	html(&r->out, "<span class=\"badge %s\" data-status=\"%s\">%s</span>",
	     (unsigned)s < CALIB__STATES ? cls[s] : "text-bg-light", calib_state_name(s),
	     calib_state_label(s));
}

/* A table of proposals: who, what, from and to, status, a link. */
static void proposal_table(struct req *r, const struct calib_proposal *v, size_t n,
			   const char *caption)
{
	char what[200];
	html(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm align-middle "
		      "caption-top\"><caption>%s</caption><thead><tr><th scope=\"col\">Pegawai</th>"
		      "<th scope=\"col\">Penilaian</th><th scope=\"col\">Predikat semula</th><th "
		      "scope=\"col\">Diusulkan</th><th scope=\"col\">Status</th><th scope=\"col\">"
		      "<span class=\"visually-hidden\">Tindakan</span></th></tr></thead><tbody>",
	     caption);
	for (size_t i = 0; i < n; i++) {
		calib_what(what, sizeof what, &v[i]);
		html(&r->out, "<tr data-usulan=\"%lld\"><th scope=\"row\">%s</th><td>%s</td><td>",
		     (long long)v[i].id, v[i].employee_name, what);
		assess_predicate_badge(r, v[i].orig_predicate);
		html_raw(&r->out, "</td><td>");
		assess_predicate_badge(r, v[i].new_predicate);
		html_raw(&r->out, "</td><td>");
		calib_state_badge(r, v[i].state);
		html(&r->out, "</td><td><a class=\"btn btn-sm btn-outline-primary\" "
			      "href=\"/kalibrasi/usulan/%lld\">Buka</a></td></tr>", (long long)v[i].id);
	}
	html_raw(&r->out, "</tbody></table></div>");
}

void calibration_inbox(struct req *r)
{
	struct calib_filter f = { .by_assessor = 1, .assessor_id = r->who.employee_id,
				  .state = CALIB_DIAJUKAN };
	struct calib_proposal *v = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	if ((!r->who.employee_id && r->who.role != ROLE_ADMIN) ||
	    store_calib_list(r->db, &f, &v, &n, &err) || !n) {
		calib_proposals_free(v, n);
		return;
	}
	html(&r->out, "<section class=\"mb-4\" id=\"usulan-kalibrasi\" aria-labelledby=\"h-usulan\">"
		      "<h2 class=\"h5\" id=\"h-usulan\">Usulan kalibrasi menunggu keputusan Anda "
		      "<span class=\"badge text-bg-warning\">%zu</span></h2><p class=\"small\">"
		      "Pimpinan unit atau pengelola kinerja mengusulkan perubahan atas penilaian yang "
		      "Anda tetapkan. Buka usulan untuk menerima (penilaian berubah) atau menolaknya "
		      "dengan catatan.</p>", n);
	proposal_table(r, v, n, "Usulan yang menunggu");
	html_raw(&r->out, "</section>");
	calib_proposals_free(v, n);
}

void calibration_link(struct req *r, int64_t period_id, int64_t unit_id, int64_t basis)
{
	struct kerr err = KERR_INIT;
	char query[48];
	if (!report_may_see_unit(r, unit_id, &err))
		return;
	if (basis)
		snprintf(query, sizeof query, "titik=%lld", (long long)basis);
	else
		snprintf(query, sizeof query, "jenis=tahunan");
	html(&r->out, "<p><a class=\"btn btn-sm btn-outline-primary\" id=\"link-kalibrasi\" "
		      "href=\"/kalibrasi?periode=%lld&unit=%lld&%s\">Kalibrasi penilaian unit ini"
		      "</a></p>", (long long)period_id, (long long)unit_id, query);
}

void calibration_link_own(struct req *r, int64_t period_id)
{
	struct kerr err = KERR_INIT;
	int64_t unit = 0;
	if (report_default_unit(r, &unit, &err) || !unit)
		return;
	html(&r->out, "<p><a class=\"btn btn-sm btn-outline-primary\" id=\"link-kalibrasi\" "
		      "href=\"/kalibrasi?periode=%lld&unit=%lld\">Kalibrasi penilaian: semua penilaian "
		      "unit berdampingan</a></p>", (long long)period_id, (long long)unit);
}

/* ---- the table ------------------------------------------------------------------------------- */

/* The query of the page without urut/arah (for the column links). */
static void base_query(const struct calib_req *q, char *out, size_t size)
{
	if (q->basis)
		snprintf(out, size, "periode=%lld&unit=%lld&titik=%lld", (long long)q->period.id,
			 (long long)q->unit_id, (long long)q->basis);
	else
		snprintf(out, size, "periode=%lld&unit=%lld&jenis=tahunan", (long long)q->period.id,
			 (long long)q->unit_id);
}

/* A column heading that sorts by its key: ascending first, then the
 * other way; the current one marked (aria-sort). */
static void sort_head(struct req *r, const struct calib_req *q, enum calib_sort key,
		      const char *cls)
{
	char base[120];
	int cur = q->sort == key, desc = cur && !q->desc;
	base_query(q, base, sizeof base);
	html(&r->out, "<th scope=\"col\" class=\"%s\"", cls);
	if (cur)
		html(&r->out, " aria-sort=\"%s\"", q->desc ? "descending" : "ascending");
	html(&r->out, "><a class=\"list-sort\" href=\"/kalibrasi?%s&urut=%s&arah=%s\">%s%s</a></th>",
	     base, calib_sort_name(key), desc ? "turun" : "naik", calib_sort_label(key),
	     cur ? (q->desc ? " \xe2\x96\xbc" : " \xe2\x96\xb2") : "");
}

static void number_text(char *out, size_t size, double v, const char *unit)
{
	snprintf(out, size, "%.1f%s", v, unit);
	char *dot = strchr(out, '.');
	if (dot)
		*dot = ',';
}

static void r360_cell(struct req *r, const struct calib_row *w)
{
	char m[32];
	if (!w->r360_visible) {
		html_raw(&r->out, "<td class=\"text-muted small\">tidak untuk Anda</td>");
		return;
	}
	if (!w->r360_shown) {
		html(&r->out, "<td class=\"small text-muted\">\xe2\x80\x94 <span class=\"d-block\">"
			      "%d jawaban</span></td>", w->r360_answers);
		return;
	}
	snprintf(m, sizeof m, "%.2f", w->r360_mean);
	char *dot = strchr(m, '.');
	if (dot)
		*dot = ',';
	html(&r->out, "<td class=\"text-end\" data-360=\"%.2f\">%s<span class=\"d-block small "
		      "text-muted\">%d jawaban, skala 1\xe2\x80\x93%d</span></td>", w->r360_mean, m,
	     w->r360_answers, w->r360_scale);
}

static void flags_cell(struct req *r, const struct calib_row *w)
{
	static const enum rs_flag all[] = { RS_LENIENT, RS_SEVERE, RS_HALO, RS_CENTRAL };
	int any = 0;
	html_raw(&r->out, "<td>");
	for (size_t i = 0; w->flags_known && i < sizeof all / sizeof all[0]; i++)
		if (w->assessor_flags & all[i]) {
			html(&r->out, "<span class=\"badge text-bg-warning me-1\" data-tanda=\"%s\">%s"
				      "</span>", rs_flag_code(all[i]), rs_flag_label(all[i]));
			any = 1;
		}
	if (!any)
		html(&r->out, "<span class=\"small text-muted\">%s</span>",
		     w->flags_known ? "tidak ada" : "\xe2\x80\x94");
	html_raw(&r->out, "</td>");
}

static void action_cell(struct req *r, const struct calib_req *q, const struct calib_row *w)
{
	html_raw(&r->out, "<td>");
	if (w->open_proposal)
		html(&r->out, "<a class=\"btn btn-sm btn-outline-warning\" href=\"/kalibrasi/usulan/"
			      "%lld\">Usulan menunggu</a>", (long long)w->open_proposal);
	else if (calib_row_proposable(r, w) && strcmp(q->period.state, "ditutup"))
		html(&r->out, "<a class=\"btn btn-sm btn-outline-primary\" href=\"/kalibrasi/usul?"
			      "penilaian=%lld&unit=%lld\">Usulkan perubahan<span class=\"visually-hidden\">"
			      " untuk %s</span></a>", (long long)w->assessment_id, (long long)q->unit_id,
		     w->name);
	html_raw(&r->out, "</td>");
}

static void row_html(struct req *r, const struct calib_req *q, const struct calib_row *w)
{
	char cap[32] = "\xe2\x80\x94";
	if (w->capaian.set && !isnan(w->capaian.value))
		number_text(cap, sizeof cap, w->capaian.value, "%");
	html(&r->out, "<tr data-pegawai=\"%lld\"><th scope=\"row\">%s<span class=\"d-block small "
		      "text-muted\">%s \xc2\xb7 %s</span></th><td>%s</td><td>",
	     (long long)w->employee_id, w->name, w->nip, w->position_name, w->unit_name);
	assess_rating_badge(r, w->final ? w->hasil : RATING__LEVELS);
	html_raw(&r->out, "</td><td>");
	assess_rating_badge(r, w->final ? w->perilaku : RATING__LEVELS);
	html_raw(&r->out, "</td><td>");
	assess_predicate_badge(r, w->final ? w->predicate : PRED__COUNT);
	html(&r->out, "</td><td class=\"text-end\">%s</td>", cap);
	r360_cell(r, w);
	html(&r->out, "<td>%s</td>", w->final ? w->assessor_name : "");
	if (q->sees_flags)
		flags_cell(r, w);
	action_cell(r, q, w);
	html_raw(&r->out, "</tr>");
}

static void people_table(struct req *r, const struct calib_req *q, const struct calib_table *t)
{
	html(&r->out, "<section aria-labelledby=\"h-pegawai\" class=\"mb-4\"><h2 class=\"h5\" "
		      "id=\"h-pegawai\">Pegawai (%zu)</h2><p class=\"small text-muted\">Klik judul "
		      "kolom untuk mengurutkan; klik lagi untuk membalik urutan.</p>"
		      "<div class=\"table-responsive\"><table class=\"table table-sm align-middle "
		      "calib-table\" id=\"tabel-kalibrasi\"><thead><tr>", t->n);
	sort_head(r, q, CALIB_SORT_NAMA, "");
	sort_head(r, q, CALIB_SORT_UNIT, "");
	sort_head(r, q, CALIB_SORT_HASIL, "");
	sort_head(r, q, CALIB_SORT_PERILAKU, "");
	sort_head(r, q, CALIB_SORT_PREDIKAT, "");
	sort_head(r, q, CALIB_SORT_CAPAIAN, "text-end");
	sort_head(r, q, CALIB_SORT_360, "text-end");
	sort_head(r, q, CALIB_SORT_PENILAI, "");
	if (q->sees_flags)
		html_raw(&r->out, "<th scope=\"col\">Tanda penilai</th>");
	html_raw(&r->out, "<th scope=\"col\"><span class=\"visually-hidden\">Tindakan</span></th>"
			  "</tr></thead><tbody>");
	for (size_t i = 0; i < t->n; i++)
		row_html(r, q, &t->rows[i]);
	html_raw(&r->out, "</tbody></table></div></section>");
}

/* ---- the curves ------------------------------------------------------------------------------ */

static void projection(struct req *r, const struct calib_table *t, const struct unit_curve *c)
{
	int count[PRED__COUNT], moved = 0;
	struct curve_deviation dev[CURVE_MAX_DEVIATIONS];
	memcpy(count, c->count, sizeof count);
	for (size_t i = 0; i < t->n; i++)
		if (t->rows[i].unit_id == c->unit.id && t->rows[i].open_proposal && t->rows[i].final) {
			calib_project(count, t->rows[i].predicate, t->rows[i].proposed);
			moved++;
		}
	if (!moved || !c->result.set)
		return;
	size_t n = curve_check(c->result.predicate, count, dev);
	html(&r->out, "<p class=\"small\" data-proyeksi=\"%zu\"><strong>Jika %d usulan yang "
		      "menunggu diterima:</strong> ", n, moved);
	if (!n)
		html_raw(&r->out, "sebaran predikat sesuai kurva distribusi.");
	for (size_t i = 0; i < n; i++)
		html(&r->out, "%s%s", i ? "; " : "masih menyimpang \xe2\x80\x94 ", dev[i].message);
	html_raw(&r->out, "</p>");
}

static void curves(struct req *r, const struct calib_table *t)
{
	html_raw(&r->out, "<section aria-labelledby=\"h-kurva\" class=\"mb-4\"><h2 class=\"h5\" "
			  "id=\"h-kurva\">Kurva distribusi</h2><p class=\"small\">Predikat unit yang "
			  "ditetapkan pimpinan satu tingkat di atasnya membatasi sebaran predikat "
			  "pegawai yang langsung berada di unit itu. Tabel menunjukkan sebaran saat ini "
			  "dan aturan yang dilanggar; kalimat di bawahnya menunjukkan sebaran bila "
			  "usulan kalibrasi yang menunggu diterima.</p>");
	for (size_t i = 0; i < t->n_curves; i++) {
		const struct unit_curve *c = &t->curves[i];
		if (!c->total && !c->result.set)
			continue;
		html(&r->out, "<h3 class=\"h6 mt-3\">%s</h3>", c->unit.name);
		assess_curve_table(r, c, 0);
		projection(r, t, c);
	}
	html_raw(&r->out, "</section>");
}

/* ---- the legend and the proposals -------------------------------------------------------------- */

static void legend(struct req *r, const struct calib_req *q, const struct calib_table *t)
{
	html_raw(&r->out, "<section aria-labelledby=\"h-penjelasan\" class=\"mb-4\"><h2 class=\"h5\" "
			  "id=\"h-penjelasan\">Arti angka</h2><dl class=\"row small calib-legend\">"
			  "<dt class=\"col-sm-3\">Hasil kerja, perilaku kerja, predikat</dt><dd "
			  "class=\"col-sm-9\">Penilaian yang sudah ditetapkan pejabat penilai pada "
			  "dasar yang dipilih; predikat dihitung dari kedua rating dengan matriks "
			  "predikat. Draf tidak ditampilkan.</dd>");
	html(&r->out, "<dt class=\"col-sm-3\">Capaian</dt><dd class=\"col-sm-9\">Capaian SKP pada "
		      "%s: rata-rata capaian RHK utama, tiap RHK rata-rata capaian IKI-nya (realisasi "
		      "dibanding target), masing-masing paling tinggi dihitung 120%%.</dd>",
	     t->basis.capaian_name[0] ? t->basis.capaian_name : "titik periksa dasar");
	if (t->round_id)
		html(&r->out, "<dt class=\"col-sm-3\">Rata-rata 360</dt><dd class=\"col-sm-9\">Rata-rata "
			      "semua nilai BerAKHLAK yang diberikan atasan, rekan kerja dan bawahan pada "
			      "%s, hanya dari kelompok penilai dengan sekurang-kurangnya %d jawaban "
			      "(penilaian diri tidak dihitung). Siapa yang menilai tidak pernah "
			      "ditampilkan; hanya pihak yang berhak melihat hasil 360 pegawai itu yang "
			      "melihat angkanya.</dd>", t->round_name, t->round_threshold);
	else
		html_raw(&r->out, "<dt class=\"col-sm-3\">Rata-rata 360</dt><dd class=\"col-sm-9\">Belum "
				  "ada putaran umpan balik 360 yang ditutup untuk dasar ini.</dd>");
	if (q->sees_flags)
		html(&r->out, "<dt class=\"col-sm-3\">Tanda penilai</dt><dd class=\"col-sm-9\">Hasil "
			      "analisis penilai periode ini untuk pejabat penilai pegawai itu: "
			      "<strong>Lunak</strong> (rata-rata memberi nilai lebih tinggi daripada "
			      "penilai lain untuk orang yang sama), <strong>Ketat</strong> (lebih "
			      "rendah), <strong>Efek halo</strong> (nilai ketujuh BerAKHLAK hampir "
			      "sama dalam satu formulir), <strong>Kecenderungan tengah</strong> (hampir "
			      "semua \"Sesuai\"). Hanya untuk pengelola kinerja, auditor dan "
			      "administrator; rinciannya di <a href=\"/analisis/penilai?periode=%lld\">"
			      "analisis penilai</a>.</dd>", (long long)q->period.id);
	html_raw(&r->out, "</dl></section>");
}

static void unit_proposals(struct req *r, const struct calib_req *q)
{
	struct calib_filter f = { .period_id = q->period.id, .unit_id = q->unit_id, .state = -1 };
	struct calib_proposal *v = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	html_raw(&r->out, "<section aria-labelledby=\"h-usulan-unit\" class=\"mb-4\"><h2 "
			  "class=\"h5\" id=\"h-usulan-unit\">Usulan perubahan</h2><p class=\"small\">"
			  "Usulan diajukan dari tombol \"Usulkan perubahan\" pada baris pegawai, "
			  "dengan alasan, lalu diputus oleh pejabat penilai pegawai itu. Penilaian "
			  "baru berubah bila usulan diterima.</p>");
	if (store_calib_list(r->db, &f, &v, &n, &err) || !n)
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada usulan perubahan untuk unit dan "
				  "periode ini.</p>");
	else
		proposal_table(r, v, n, "Usulan di unit ini, terbaru di atas");
	calib_proposals_free(v, n);
	html_raw(&r->out, "</section>");
}

/* ---- the page -------------------------------------------------------------------------------- */

static void downloads(struct req *r, const struct calib_req *q)
{
	char base[120];
	base_query(q, base, sizeof base);
	html(&r->out, "<p class=\"d-flex flex-wrap gap-2\"><a class=\"btn btn-sm btn-success\" "
		      "href=\"/api/v1/kalibrasi?%s&urut=%s&arah=%s&format=xlsx\" data-unduh=\"xlsx\">"
		      "Unduh Excel (.xlsx)</a><a class=\"btn btn-sm btn-outline-success\" "
		      "href=\"/api/v1/kalibrasi?%s&urut=%s&arah=%s&format=csv\" data-unduh=\"csv\">"
		      "Unduh CSV</a></p>", base, calib_sort_name(q->sort), q->desc ? "turun" : "naik",
	     base, calib_sort_name(q->sort), q->desc ? "turun" : "naik");
}

static void page(struct req *r, const struct calib_req *q, const struct calib_table *t)
{
	struct report_req rq = { .period = q->period, .unit_id = q->unit_id, .basis = q->basis };
	page_begin(r, "Kalibrasi penilaian", NAV_PENILAIAN);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
		      "class=\"breadcrumb-item\"><a href=\"/penilaian?periode=%lld\">Penilaian</a></li>"
		      "<li class=\"breadcrumb-item\"><a href=\"/predikat-unit/%lld?periode=%lld\">"
		      "Predikat unit</a></li><li class=\"breadcrumb-item active\" aria-current=\"page\">"
		      "Kalibrasi</li></ol></nav><h1 class=\"h3\">Kalibrasi Penilaian: %s</h1>"
		      "<p class=\"text-muted\">%s \xc2\xb7 %s</p>", (long long)q->period.id,
	     (long long)t->unit.id, (long long)q->period.id, t->unit.name, q->period.name,
	     t->basis.name);
	html_raw(&r->out, "<p>Rapat kalibrasi membandingkan penilaian semua pegawai unit ini (beserta "
			  "unit di bawahnya) berdampingan, agar standar antarpejabat penilai sama. "
			  "Pimpinan unit dan pengelola kinerja dapat mengusulkan perubahan dengan "
			  "alasan; pejabat penilai yang menilai menerima atau menolaknya. Setiap "
			  "langkah tercatat di jejak audit.</p>");
	report_filter_form(r, "/kalibrasi", &rq);
	downloads(r, q);
	if (!strcmp(q->period.state, "ditutup"))
		alert_box(r, "secondary", "Periode sudah ditutup: penilaiannya tidak dapat "
			  "dikalibrasi lagi.");
	people_table(r, q, t);
	curves(r, t);
	unit_proposals(r, q);
	legend(r, q, t);
	page_end(r);
}

/* GET /kalibrasi?periode=ID&unit=ID[&titik=ID|jenis=tahunan|dasar=..][&urut=..&arah=..] */
static int page_calibration(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct calib_req q;
	struct calib_table t;
	if (calib_req_of_query(r, &q, &err) || calib_table_for(r, &q, &t, &err))
		return reply_error(r, &err);
	page(r, &q, &t);
	calib_table_release(&t);
	return reply_html(r, 200);
}

const struct route ui_calibration_routes[] = {
	{ "GET", "/kalibrasi", page_calibration, ACCESS_LOGIN },
	{ "GET", "/kalibrasi/usul", page_calib_propose_form, ACCESS_LOGIN },
	{ "POST", "/kalibrasi/usulan", page_calib_propose, ACCESS_LOGIN },
	{ "GET", "/kalibrasi/usulan/{id}", page_calib_proposal, ACCESS_LOGIN },
	{ "POST", "/kalibrasi/usulan/{id}/terima", page_calib_accept, ACCESS_LOGIN },
	{ "POST", "/kalibrasi/usulan/{id}/tolak", page_calib_reject, ACCESS_LOGIN },
	{ "POST", "/kalibrasi/usulan/{id}/tarik", page_calib_withdraw, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
