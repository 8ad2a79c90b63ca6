/*
 * official_skp.c - the SKP (Sasaran Kinerja Pegawai) as a PDF in the
 * layout of the form of PermenPANRB 6/2022, the same data and sections as
 * the print page (web/ui_skp_print.c): the title with the approach and the
 * position's kind, the instansi and the period, the identity of the
 * employee and the pejabat penilai kinerja (frozen at approval), the hasil
 * kerja table (the superior's RHK it intervenes, the RHK, aspect, IKI,
 * target), the perilaku kerja table (the seven BerAKHLAK values with
 * their guides and the leader's expectations), the signature blocks, and
 * the lampiran on a page of its own.
 */
#include "doc/official_int.h"
#include "domain/berakhlak.h"
#include "domain/document.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <string.h>

static const float result_mm[6] = { 7, 38, 45, 18, 47, 25 };

/* One RHK: its first row carries the number, the parent and the RHK;
 * each further indicator a row of its own. */
static void rhk_rows(struct pdf_doc *d, const struct rhk *h, int no, int qualitative)
{
	char num[16], rhk[1400], target[400];
	snprintf(num, sizeof num, "%d", no);
	snprintf(rhk, sizeof rhk, "%s%s%s", h->text ? h->text : "",
		 h->perspective[0] ? "\nPerspektif: " : "",
		 h->perspective[0] ? document_perspective_label(h->perspective) : "");
	const char *parent = h->parent_text && *h->parent_text ? h->parent_text : "-";
	if (!h->n_iki) {
		const char *cells[6] = { num, parent, rhk, "-", "-", "-" };
		doc_row_mm(d, result_mm, cells, 6, PDF_REGULAR);
	}
	for (size_t i = 0; i < h->n_iki; i++) {
		const struct iki *k = &h->iki[i];
		document_target(k, qualitative, target, sizeof target);
		const char *cells[6] = { i ? "" : num, i ? "" : parent, i ? "" : rhk,
					 document_aspect_label(k->aspect), k->text, target };
		doc_row_mm(d, result_mm, cells, 6, PDF_REGULAR);
	}
}

static void result_group(struct pdf_doc *d, const struct skp *s, const char *kind,
			 const char *title)
{
	static const float group_mm[1] = { 180 };
	int no = 0, qualitative = !strcmp(s->approach, "kualitatif");
	const char *t[1] = { title };
	doc_row_mm(d, group_mm, t, 1, PDF_BOLD);
	for (size_t i = 0; i < s->n_rhk; i++)
		if (!strcmp(s->rhk[i].kind, kind))
			rhk_rows(d, &s->rhk[i], ++no, qualitative);
	if (!no) {
		const char *none[6] = { "-", "-", "-", "-", "-", "-" };
		doc_row_mm(d, result_mm, none, 6, PDF_REGULAR);
	}
}

static void results(struct pdf_doc *d, const struct skp *s)
{
	static const char *const head[6] = {
		"NO", "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", "RENCANA HASIL KERJA",
		"ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET",
	};
	doc_heading(d, "HASIL KERJA");
	doc_row_mm(d, result_mm, head, 6, PDF_BOLD);
	result_group(d, s, "utama", "A. Utama");
	result_group(d, s, "tambahan", "B. Tambahan");
}

void official_behaviour_table(struct pdf_doc *d, const struct skp *s)
{
	static const float mm[3] = { 7, 103, 70 };
	static const char *const head[3] = { "NO", "PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN" };
	doc_row_mm(d, mm, head, 3, PDF_BOLD);
	for (size_t i = 0; i < BERAKHLAK_COUNT; i++) {
		const struct core_value *v = berakhlak_at(i);
		char no[8], text[1200];
		snprintf(no, sizeof no, "%zu", i + 1);
		snprintf(text, sizeof text, "%s\n- %s\n- %s\n- %s", v->name, v->guides[0],
			 v->guides[1], v->guides[2]);
		const char *exp = s->expectation[i] && *s->expectation[i] ? s->expectation[i] : "-";
		const char *cells[3] = { no, text, exp };
		doc_row_mm(d, mm, cells, 3, PDF_REGULAR);
	}
}

static void attachments(struct pdf_doc *d, const struct skp *s)
{
	for (int k = 0; k < ATT__KINDS; k++) {
		doc_heading(d, attachment_kind_label((enum attachment_kind)k));
		if (!s->n_att[k])
			pdf_para(d, "-", PDF_REGULAR, 9, PDF_LEFT);
		for (size_t i = 0; i < s->n_att[k]; i++) {
			char line[4200];
			snprintf(line, sizeof line, "%zu. %s", i + 1,
				 s->att[k][i].text ? s->att[k][i].text : "");
			pdf_para(d, line, PDF_REGULAR, 9, PDF_LEFT);
		}
	}
}

static void title(struct pdf_doc *d, const struct doc_skp *v)
{
	char approach[80], period[200], status[120];
	enum skp_state st;
	int jpt = !strncmp(v->kind, "jpt", 3);
	snprintf(approach, sizeof approach, "PENDEKATAN HASIL KERJA %s",
		 strcmp(v->s.approach, "kualitatif") ? "KUANTITATIF" : "KUALITATIF");
	snprintf(period, sizeof period, "PERIODE PENILAIAN: %s", v->range);
	doc_title(d, "SASARAN KINERJA PEGAWAI", approach,
		  jpt ? "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
		      : "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL", period, NULL);
	if (!v->approved) {
		snprintf(status, sizeof status, "Status SKP: %s (belum disetujui; data pegawai dan "
			 "pejabat penilai dari data terkini)",
			 skp_state_parse(v->s.state, &st) ? v->s.state : skp_state_label(st));
		pdf_para(d, status, PDF_BOLD, 9, PDF_LEFT);
		pdf_space(d, 4);
	}
}

int official_skp(struct db *db, int64_t skp_id, struct pdf_doc *d, char *filename,
		 size_t size, struct kerr *err)
{
	struct doc_skp v;
	char when[200], year[16];
	if (doc_skp_load(db, skp_id, &v, err)) {
		doc_skp_release(&v);
		return -1;
	}
	doc_begin(db, d, v.instansi);
	title(d, &v);
	doc_identity(d, "PEGAWAI YANG DINILAI", &v.self, "PEJABAT PENILAI KINERJA", &v.boss);
	results(d, &v.s);
	doc_heading(d, "PERILAKU KERJA");
	official_behaviour_table(d, &v.s);
	doc_place_date(v.place, v.approved ? v.s.approved_at : 0, when, sizeof when);
	doc_signatures(d, when, "Pegawai yang Dinilai", &v.self, "Pejabat Penilai Kinerja", &v.boss);
	pdf_page(d);
	doc_title(d, "LAMPIRAN SASARAN KINERJA PEGAWAI", v.instansi, v.range, NULL);
	attachments(d, &v.s);
	doc_signatures(d, when, "Pegawai yang Dinilai", &v.self, "Pejabat Penilai Kinerja", &v.boss);
	if (v.s.month_from > 1 || (v.s.month_to && v.s.month_to < 12))
		snprintf(year, sizeof year, "%d-%02d-%02d", v.p.year % 10000, v.s.month_from % 100,
			 v.s.month_to % 100);
	else
		snprintf(year, sizeof year, "%d", v.p.year % 10000);
	document_filename(filename, size, "skp", v.nip, year);
	doc_skp_release(&v);
	return 0;
}
