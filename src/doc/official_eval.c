/*
 * official_eval.c - the Dokumen Evaluasi Kinerja Pegawai of one assessment
 * (periodik at a checkpoint, or tahunan) as a PDF: the identity of the
 * employee and the pejabat penilai, the realisasi of each RHK and IKI with
 * its evidence (file names and links) and achievement, the continuous
 * feedback, the ratings of hasil kerja and perilaku kerja with their
 * justifications, the predicate and how the matrix gives it (as the page
 * /skp/{id}/penjelasan explains it), an objection decision that changed
 * it, and the signature blocks.  The tahunan document shows the realisasi
 * of the latest checkpoint that has any.
 */
#include "doc/official_int.h"
#include "doc/doc_recognition.h"
#include "domain/berakhlak.h"
#include "domain/document.h"
#include "store/assessment.h"
#include "store/document.h"
#include "store/feedback.h"
#include "store/monitor.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const float real_mm[7] = { 7, 35, 16, 35, 20, 47, 20 };

struct eval_view {
	struct doc_skp v;
	struct assessment *all;
	size_t n_all;
	const struct assessment *a;
	struct skp_monitor m;
	const struct checkpoint *basis;     /* whose realisasi are shown; NULL: none */
	const struct checkpoint *at;        /* periodik: the assessment's checkpoint */
	struct skp_capaian cap;
	struct feedback_thread *fb;
	size_t n_fb;
	struct assessment_event *ev;
	size_t n_ev;
	int64_t headed_unit;
	struct doc_party rater;
};

static void view_release(struct eval_view *e)
{
	assessments_free(e->all, e->n_all);
	skp_monitor_release(&e->m);
	skp_capaian_release(&e->cap);
	feedback_threads_free(e->fb, e->n_fb);
	assessment_events_free(e->ev, e->n_ev);
	doc_skp_release(&e->v);
}

static const struct checkpoint *checkpoint_of(const struct skp_monitor *m, int64_t id)
{
	for (size_t i = 0; i < m->n_cp; i++)
		if (m->cp[i].id == id)
			return &m->cp[i];
	return NULL;
}

/* The latest checkpoint with any realisasi of the SKP. */
static const struct checkpoint *latest_recorded(const struct skp_monitor *m)
{
	const struct checkpoint *best = NULL;
	for (size_t i = 0; i < m->n_real; i++) {
		const struct checkpoint *c = checkpoint_of(m, m->real[i].checkpoint_id);
		if (c && (!best || c->seq > best->seq))
			best = c;
	}
	return best;
}

static int view_load(struct db *db, int64_t assessment_id, struct eval_view *e, struct kerr *err)
{
	int64_t skp_id = 0;
	memset(e, 0, sizeof *e);
	if (store_assessment_skp(db, assessment_id, &skp_id, err) || doc_skp_load(db, skp_id, &e->v, err) ||
	    store_assessment_list(db, skp_id, &e->all, &e->n_all, err) ||
	    store_skp_monitor(db, &e->v.s, &e->m, err) ||
	    store_feedback_threads(db, skp_id, &e->fb, &e->n_fb, err) ||
	    store_assessment_events(db, skp_id, &e->ev, &e->n_ev, err))
		return -1;
	for (size_t i = 0; i < e->n_all; i++)
		if (e->all[i].id == assessment_id)
			e->a = &e->all[i];
	if (!e->a)
		return kerr_set(err, KERR_NOT_FOUND, "penilaian", "Penilaian #%lld tidak ada",
				(long long)assessment_id);
	e->at = e->a->kind == ASSESS_PERIODIK ? checkpoint_of(&e->m, e->a->checkpoint_id) : NULL;
	e->basis = e->at ? e->at : latest_recorded(&e->m);
	skp_capaian_compute(&e->v.s, e->m.real, e->m.n_real, e->basis ? e->basis->id : 0, &e->cap);
	if (e->v.s.position_id && store_position_heads(db, e->v.s.position_id, &e->headed_unit, err))
		return -1;
	if (e->a->assessor_id)
		return doc_party_of(db, e->a->assessor_id, &e->rater, err);
	e->rater = e->v.boss;
	return 0;
}

/* ---- hasil kerja ---------------------------------------------------------------------------- */

static void pct_text(const struct pct *p, char *out, size_t size)
{
	if (!p->set)
		copy_str(out, size, "-");
	else
		snprintf(out, size, "%.1f%%", p->value);
	for (char *c = out; *c; c++)
		if (*c == '.')
			*c = ',';
}

/* The realisasi of IKI k at the basis checkpoint with its evidence. */
static void realisasi_text(const struct eval_view *e, const struct iki *k, struct strbuf *out)
{
	char text[2400];
	const struct realisasi *x = e->basis ? realisasi_find(e->m.real, e->m.n_real, k->id,
							      e->basis->id) : NULL;
	if (!x) {
		strbuf_addstr(out, "Belum ada realisasi");
		return;
	}
	document_realisasi(x->value, k->unit_label, x->description, text, sizeof text);
	strbuf_addstr(out, text);
	int first = 1;
	for (size_t i = 0; i < e->m.n_ev; i++) {
		const struct evidence *v = &e->m.ev[i];
		if (v->realisasi_id != x->id)
			continue;
		strbuf_addstr(out, first ? "\nBukti dukung:" : "");
		first = 0;
		if (v->kind == EVIDENCE_LINK)
			strbuf_addf(out, "\n- %s (%s)", v->name, v->url);
		else
			strbuf_addf(out, "\n- %s (%lld KB)", v->name, (long long)((v->size + 1023) / 1024));
	}
	if (first)
		strbuf_addstr(out, "\nBukti dukung: -");
}

static void rhk_rows(struct pdf_doc *d, const struct eval_view *e, size_t r, int no)
{
	const struct rhk *h = &e->v.s.rhk[r];
	int qualitative = !strcmp(e->v.s.approach, "kualitatif");
	char num[16], target[400], pct[32], rhk_pct[32], rhk[1200];
	struct strbuf real = STRBUF_INIT;
	snprintf(num, sizeof num, "%d", no);
	if (r < e->cap.n_rhk)
		pct_text(&e->cap.rhk[r].pct, rhk_pct, sizeof rhk_pct);
	else
		copy_str(rhk_pct, sizeof rhk_pct, "-");
	snprintf(rhk, sizeof rhk, "%s\n(capaian RHK: %s)", h->text ? h->text : "", rhk_pct);
	if (!h->n_iki) {
		const char *cells[7] = { num, rhk, "-", "-", "-", "-", "-" };
		doc_row_mm(d, real_mm, cells, 7, PDF_REGULAR);
	}
	for (size_t i = 0; i < h->n_iki; i++) {
		const struct iki *k = &h->iki[i];
		document_target(k, qualitative, target, sizeof target);
		strbuf_reset(&real);
		realisasi_text(e, k, &real);
		if (r < e->cap.n_rhk && i < e->cap.rhk[r].n_iki)
			pct_text(&e->cap.rhk[r].iki[i], pct, sizeof pct);
		else
			copy_str(pct, sizeof pct, "-");
		const char *cells[7] = { i ? "" : num, i ? "" : rhk, document_aspect_label(k->aspect),
					 k->text, target, real.buf, pct };
		doc_row_mm(d, real_mm, cells, 7, PDF_REGULAR);
	}
	strbuf_release(&real);
}

static void results(struct pdf_doc *d, const struct eval_view *e)
{
	static const float group_mm[1] = { 180 };
	static const char *const head[7] = {
		"NO", "RENCANA HASIL KERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET",
		"REALISASI BERDASARKAN BUKTI DUKUNG", "CAPAIAN",
	};
	static const char *const kinds[2][2] = { { "utama", "A. Utama" }, { "tambahan", "B. Tambahan" } };
	char line[400], pct[32], range[160];
	doc_heading(d, "HASIL KERJA");
	if (e->basis)
		document_range(e->basis->start_date, e->basis->end_date, range, sizeof range);
	if (e->basis)
		snprintf(line, sizeof line, "Realisasi pada titik periksa %s (%s). Capaian = "
			 "realisasi dibanding target (untuk IKI yang makin kecil makin baik: 2 - "
			 "realisasi/target); capaian RHK adalah rata-rata IKI-nya.", e->basis->name,
			 range);
	else
		snprintf(line, sizeof line, "Belum ada realisasi yang dicatat.");
	pdf_para(d, line, PDF_REGULAR, 8, PDF_LEFT);
	pdf_space(d, 3);
	doc_row_mm(d, real_mm, head, 7, PDF_BOLD);
	for (int g = 0; g < 2; g++) {
		int no = 0;
		const char *t[1] = { kinds[g][1] };
		doc_row_mm(d, group_mm, t, 1, PDF_BOLD);
		for (size_t r = 0; r < e->v.s.n_rhk; r++)
			if (!strcmp(e->v.s.rhk[r].kind, kinds[g][0]))
				rhk_rows(d, e, r, ++no);
	}
	pct_text(&e->cap.pct, pct, sizeof pct);
	snprintf(line, sizeof line, "Capaian hasil kerja (rata-rata RHK utama): %s", pct);
	pdf_space(d, 3);
	pdf_para(d, line, PDF_BOLD, 9, PDF_LEFT);
}

/* ---- feedback, ratings, predicate ----------------------------------------------------------- */

static void feedback(struct pdf_doc *d, const struct eval_view *e)
{
	size_t shown = 0;
	doc_heading(d, "UMPAN BALIK BERKELANJUTAN");
	for (size_t t = e->n_fb; t-- > 0;) {
		const struct feedback_thread *th = &e->fb[t];
		for (size_t i = 0; i < th->n_msgs; i++) {
			const struct feedback_msg *msg = &th->msgs[i];
			char day[11], when[40], line[2800];
			date_wib(day, msg->created_at);
			if (e->at && strcmp(day, e->at->end_date) > 0)
				continue;
			int value = th->value_code[0] ? berakhlak_index(th->value_code) : -1;
			doc_date_id(msg->created_at, when, sizeof when);
			snprintf(line, sizeof line, "%s - %s (%s), tentang %s: %s", when, msg->author_name,
				 msg->from_superior ? "pejabat penilai" : "pegawai",
				 value >= 0 ? berakhlak_at((size_t)value)->name
					    : th->rhk_text && *th->rhk_text ? th->rhk_text : "-",
				 msg->text);
			pdf_para(d, line, PDF_REGULAR, 8, PDF_LEFT);
			shown++;
		}
	}
	if (!shown)
		pdf_para(d, "Tidak ada umpan balik tercatat.", PDF_REGULAR, 8, PDF_LEFT);
}

static void rating(struct pdf_doc *d, const char *what, enum rating x, const char *reason)
{
	char line[200];
	snprintf(line, sizeof line, "RATING %s: %s", what,
		 x < RATING__LEVELS ? rating_label(x) : "belum diberikan");
	pdf_space(d, 4);
	pdf_para(d, line, PDF_BOLD, 9, PDF_LEFT);
	doc_labelled(d, "Alasan", reason);
}

/* The last objection decision that changed this assessment, if any. */
static void decision_note(struct pdf_doc *d, const struct eval_view *e)
{
	const struct assessment_event *last = NULL;
	char when[40], line[2400];
	for (size_t i = 0; i < e->n_ev; i++)
		if (e->ev[i].assessment_id == e->a->id && !strcmp(e->ev[i].action, "keberatan"))
			last = &e->ev[i];
	if (!last)
		return;
	doc_date_id(last->at, when, sizeof when);
	snprintf(line, sizeof line, "Rating diubah melalui putusan keberatan pada %s oleh %s "
		 "(atasan pejabat penilai): %s", when, last->actor_name, last->note ? last->note : "");
	pdf_para(d, line, PDF_REGULAR, 9, PDF_LEFT);
}

static void predicate(struct pdf_doc *d, const struct eval_view *e)
{
	char line[1200];
	const struct assessment *a = e->a;
	doc_heading(d, "PREDIKAT KINERJA PEGAWAI");
	snprintf(line, sizeof line, "%s", a->predicate < PRED__COUNT ? predicate_label(a->predicate)
								   : "Belum ada predikat");
	pdf_para(d, line, PDF_BOLD, 13, PDF_LEFT);
	document_predicate_reason(a->hasil, a->perilaku, a->kind == ASSESS_TAHUNAN && e->headed_unit,
				  line, sizeof line);
	pdf_para(d, line, PDF_REGULAR, 9, PDF_LEFT);
	decision_note(d, e);
	if (a->acknowledged_at) {
		char when[40];
		doc_date_id(a->acknowledged_at, when, sizeof when);
		snprintf(line, sizeof line, "Diketahui pegawai pada %s.", when);
		pdf_para(d, line, PDF_REGULAR, 9, PDF_LEFT);
	}
}

/* ---- the document ---------------------------------------------------------------------------- */

static void title(struct pdf_doc *d, const struct eval_view *e)
{
	char which[120], range[200];
	if (e->at)
		snprintf(which, sizeof which, "PERIODE: %s", e->at->name);
	else
		snprintf(which, sizeof which, "PERIODE: TAHUNAN");
	for (char *c = which; *c; c++)
		if (*c >= 'a' && *c <= 'z')
			*c = (char)(*c - 'a' + 'A');
	if (e->at)
		document_range(e->at->start_date, e->at->end_date, range, sizeof range);
	else
		copy_str(range, sizeof range, e->v.range);
	char period[400];
	snprintf(period, sizeof period, "PERIODE PENILAIAN: %s", range);
	doc_title(d, "DOKUMEN EVALUASI KINERJA PEGAWAI", which, strcmp(e->v.s.approach, "kualitatif")
		  ? "PENDEKATAN HASIL KERJA KUANTITATIF" : "PENDEKATAN HASIL KERJA KUALITATIF", period,
		  NULL);
	if (!e->a->final) {
		pdf_para(d, "DRAF: penilaian ini belum ditetapkan dan masih dapat berubah.", PDF_BOLD, 9,
			 PDF_LEFT);
		pdf_space(d, 4);
	}
}

int official_evaluation(struct db *db, int64_t assessment_id, struct pdf_doc *d,
			char *filename, size_t size, struct kerr *err)
{
	struct eval_view *e = xcalloc(1, sizeof *e);
	char when[200], suffix[80];
	int rc = view_load(db, assessment_id, e, err);
	if (!rc) {
		doc_begin(db, d, e->v.instansi);
		title(d, e);
		doc_identity(d, "PEGAWAI YANG DINILAI", &e->v.self, "PEJABAT PENILAI KINERJA", &e->rater);
		results(d, e);
		feedback(d, e);
		rating(d, "HASIL KERJA", e->a->hasil, e->a->hasil_reason);
		doc_heading(d, "PERILAKU KERJA");
		official_behaviour_table(d, &e->v.s);
		rating(d, "PERILAKU KERJA", e->a->perilaku, e->a->perilaku_reason);
		predicate(d, e);
		doc_place_date(e->v.place, e->a->final ? e->a->finalised_at : 0, when, sizeof when);
		doc_signatures(d, when, "Pegawai yang Dinilai", &e->v.self, "Pejabat Penilai Kinerja",
			       &e->rater);
		snprintf(suffix, sizeof suffix, "%d %s", e->v.p.year % 10000,
			 e->at ? e->at->name : "tahunan");
		document_filename(filename, size, "evaluasi", e->v.nip, suffix);
	}
	view_release(e);
	free(e);
	return rc;
}
