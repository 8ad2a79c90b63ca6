/*
 * ui_assessment_explain.c - GET /skp/{id}/penjelasan: the employee's
 * predicate explained step by step: the achievements per RHK at each
 * checkpoint, each ditetapkan assessment with its ratings, their
 * justifications, who gave them and the cell of the predicate matrix,
 * the 360-degree aggregates by rater group (only what the anonymity rules
 * show), the distribution curve of the employee's unit (counts only), and
 * every step of the assessments with its time.  Readable by whoever may
 * read the SKP: the employee, their pejabat penilai and superiors up the
 * chain, the pengelola of the unit, auditors and administrators.  Its
 * last section, the objections (keberatan) with the form to file one, is
 * ui_objection_parts.c's.
 */
#include "web/ui_assessment.h"
#include "web/ui.h"
#include "web/ui_objection.h"
#include "web/ui_briefing.h"
#include "web/ui_guidance.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <string.h>

struct explain_view {
	struct assess_ctx c;
	struct skp_monitor m;
	struct assessment *a;
	size_t n;
	struct assessment_event *ev;
	size_t nev;
	struct unit_curve curve;
};

static void view_release(struct explain_view *v)
{
	assessments_free(v->a, v->n);
	assessment_events_free(v->ev, v->nev);
	unit_curve_release(&v->curve);
	skp_monitor_release(&v->m);
	assess_ctx_release(&v->c);
}

static int view_load(struct req *r, struct explain_view *v, struct kerr *err)
{
	int64_t basis = 0;
	memset(v, 0, sizeof *v);
	if (assess_ctx_load(r, r->path_id, &v->c, err))
		return -1;
	v->curve.reason = NULL;
	if (store_skp_monitor(r->db, &v->c.s, &v->m, err) ||
	    store_assessment_list(r->db, v->c.s.id, &v->a, &v->n, err) ||
	    store_assessment_events(r->db, v->c.s.id, &v->ev, &v->nev, err) ||
	    store_curve_default_basis(r->db, v->c.s.period_id, &basis, err) ||
	    store_unit_curve_at(r->db, v->c.s.period_id, v->c.unit_id, basis, &v->curve, err)) {
		view_release(v);
		return -1;
	}
	return 0;
}

static const char *cp_name(const struct explain_view *v, int64_t id)
{
	for (size_t i = 0; i < v->m.n_cp; i++)
		if (v->m.cp[i].id == id)
			return v->m.cp[i].name;
	return "";
}

/* ---- the steps ---------------------------------------------------------------------------- */

static void one_assessment(struct req *r, const struct explain_view *v, const struct assessment *a)
{
	char id[32], q[64], title[96];
	snprintf(id, sizeof id, "matriks-%lld", (long long)a->id);
	if (a->kind == ASSESS_TAHUNAN)
		snprintf(q, sizeof q, "jenis=tahunan");
	else
		snprintf(q, sizeof q, "jenis=periodik&titik=%lld", (long long)a->checkpoint_id);
	assess_title(title, sizeof title, a, v->m.cp, v->m.n_cp);
	html(&r->out, "<article class=\"card mb-3\" data-penilaian=\"%s\"><div class=\"card-body\">"
		      "<h3 class=\"h6 card-title\">%s%s</h3>", assessment_kind_name(a->kind), title,
	     a->final ? "" : " (draf, hanya terlihat oleh pejabat penilai)");
	if (a->kind == ASSESS_TAHUNAN && v->c.headed_unit)
		html_raw(&r->out, "<p class=\"small\">Pegawai ini kepala unit: rating hasil kerjanya "
				  "mengikuti predikat unit kerjanya (Istimewa \xe2\x86\x92 Di Atas "
				  "Ekspektasi, Baik \xe2\x86\x92 Sesuai Ekspektasi, selainnya \xe2\x86\x92 "
				  "Di Bawah Ekspektasi).</p>");
	assess_ratings_block(r, a, a->final ? assess_decision_of(v->ev, v->nev, a->id) : NULL);
	assess_matrix(r, a->hasil, a->perilaku, id);
	html(&r->out, "<p><a class=\"btn btn-sm btn-outline-secondary\" href=\"/penilaian/%lld/pdf\" "
		      "download>Unduh PDF Dokumen Evaluasi Kinerja Pegawai</a></p>", (long long)a->id);
	if (a->final)
		guidance_plan_link(r, a->id);
	if (v->c.role == SKP_ROLE_OWNER && a->final && !a->acknowledged_at)
		html(&r->out, "<a class=\"btn btn-sm btn-success\" href=\"/penilaian/%lld?%s\">Buka "
			      "untuk menyatakan mengetahui</a>", (long long)v->c.s.id, q);
	html_raw(&r->out, "</div></article>");
}

static void ratings_step(struct req *r, const struct explain_view *v)
{
	size_t shown = 0;
	html_raw(&r->out, "<section class=\"mb-4\" id=\"rating\"><h2 class=\"h5\">2. Rating, "
			  "alasan, dan predikat</h2><p>Pejabat penilai memberi rating hasil kerja dan "
			  "perilaku kerja (Di Bawah, Sesuai, atau Di Atas Ekspektasi), masing-masing "
			  "dengan alasan tertulis. Predikat adalah sel pertemuan kedua rating pada "
			  "matriks; tidak ada bobot.</p>");
	for (size_t i = 0; i < v->n; i++)
		if (assess_visible(&v->c, &v->a[i])) {
			one_assessment(r, v, &v->a[i]);
			shown++;
		}
	if (!shown)
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada penilaian yang ditetapkan.</p>");
	html_raw(&r->out, "</section>");
}

static void history_step(struct req *r, const struct explain_view *v)
{
	html_raw(&r->out, "<section class=\"mb-4\" id=\"riwayat\"><h2 class=\"h5\">5. Riwayat "
			  "penilaian</h2><div class=\"table-responsive\"><table class=\"table "
			  "table-sm\"><thead><tr><th scope=\"col\">Waktu</th><th scope=\"col\">Penilaian"
			  "</th><th scope=\"col\">Langkah</th><th scope=\"col\">Oleh</th><th "
			  "scope=\"col\">Hasil kerja</th><th scope=\"col\">Perilaku kerja</th><th "
			  "scope=\"col\">Predikat</th></tr></thead><tbody>");
	for (size_t i = 0; i < v->nev; i++) {
		const struct assessment_event *e = &v->ev[i];
		char when[40];
		if (!strcmp(e->action, "draf") && v->c.role != SKP_ROLE_ASSESSOR)
			continue;
		format_time_wib(when, sizeof when, e->at);
		html(&r->out, "<tr><td>%s</td><td>%s%s</td><td>%s%s%s</td><td>%s</td><td>", when,
		     e->kind == ASSESS_TAHUNAN ? "Tahunan" : "Periodik ",
		     e->kind == ASSESS_TAHUNAN ? "" : cp_name(v, e->checkpoint_id),
		     assessment_action_label(e->action), e->note[0] ? ": " : "", e->note, e->actor_name);
		assess_rating_badge(r, e->hasil);
		html_raw(&r->out, "</td><td>");
		assess_rating_badge(r, e->perilaku);
		html_raw(&r->out, "</td><td>");
		assess_predicate_badge(r, e->predicate);
		html_raw(&r->out, "</td></tr>");
	}
	html_raw(&r->out, "</tbody></table></div></section>");
}

static void steps(struct req *r, const struct explain_view *v)
{
	html_raw(&r->out, "<section class=\"mb-4\" id=\"capaian\"><h2 class=\"h5\">1. Capaian "
			  "hasil kerja</h2><p>Capaian setiap RHK dari realisasi terhadap target, per "
			  "titik periksa.</p>");
	assess_achievements(r, &v->c.s, &v->m, 0);
	html_raw(&r->out, "</section>");
	ratings_step(r, v);
	html_raw(&r->out, "<section class=\"mb-4\" id=\"umpan-balik-360\"><h2 class=\"h5\">3. "
			  "Umpan balik 360 derajat</h2><p>Masukan atasan, rekan kerja, dan bawahan "
			  "tentang perilaku kerja, sebagai bahan pertimbangan pejabat penilai. "
			  "Identitas pemberi umpan balik tidak pernah ditampilkan; kelompok dengan "
			  "jawaban di bawah ambang anonimitas hanya ditampilkan jumlah jawabannya.</p>");
	assess_360(r, &v->c, &v->m, 0);
	html(&r->out, "</section><section class=\"mb-4\" id=\"kurva\"><h2 class=\"h5\">4. Kurva "
		      "distribusi unit %s</h2><p>Predikat unit menentukan sebaran predikat pegawainya "
		      "yang wajar. Yang ditampilkan hanya jumlah, tanpa nama pegawai.</p>",
	     v->curve.unit.name);
	assess_curve_table(r, &v->curve, 0);
	html_raw(&r->out, "</section>");
	history_step(r, v);
	objection_explain_section(r, &v->c, v->a, v->n, &v->m);
}

/* GET /skp/{id}/penjelasan */
int page_explain(struct req *r)
{
	struct explain_view v;
	struct kerr err = KERR_INIT;
	struct strbuf title = STRBUF_INIT;
	if (view_load(r, &v, &err))
		return reply_error(r, &err);
	strbuf_addf(&title, "Penjelasan predikat %s", v.c.owner.name);
	page_begin(r, title.buf, NAV_SKP);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
		      "class=\"breadcrumb-item\"><a href=\"/skp/%lld\">SKP %s</a></li><li "
		      "class=\"breadcrumb-item active\" aria-current=\"page\">Penjelasan predikat</li>"
		      "</ol></nav><h1 class=\"h3 mb-0\">Penjelasan Predikat Kinerja</h1><p "
		      "class=\"text-muted\">%s \xc2\xb7 %s \xc2\xb7 %s \xc2\xb7 %s</p>",
	     (long long)v.c.s.id, v.c.owner.name, v.c.owner.name, v.c.owner.position_name,
	     v.c.owner.unit_name, v.c.p.name);
	briefing_criteria_link(r);
	steps(r, &v);
	page_end(r);
	strbuf_release(&title);
	view_release(&v);
	return reply_html(r, 200);
}
