/*
 * official_tpp.c - the Rincian TPP of one employee in one run as a PDF:
 * the employee as the run recorded them (name, NIP, golongan, kind of
 * position, unit), the predicate that scaled the performance share, the
 * base amount and the months paid, every line of the computation
 * (components and deductions in rupiah) and the sums per component with
 * the total, and the approval (or a note that the run is still a draft).
 */
#include "doc/official_int.h"
#include "doc/doc_recognition.h"
#include "domain/document.h"
#include "domain/hierarchy.h"
#include "store/recognition.h"
#include "store/tpp.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

static const float line_mm[3] = { 10, 130, 40 };

static void amount_row(struct pdf_doc *d, const char *no, const char *text, int64_t amount,
		       enum pdf_style style)
{
	char money[48];
	float w[3] = { MM(line_mm[0]), MM(line_mm[1]), MM(line_mm[2]) };
	tpp_rupiah(money, sizeof money, amount);
	struct pdf_cell c[3] = { { no, style, PDF_LEFT }, { text, style, PDF_LEFT },
				 { money, style, PDF_RIGHT } };
	pdf_row(d, w, c, 3, DOC_FONT + 1);
}

static void person(struct pdf_doc *d, const struct tpp_item *it)
{
	static const float mm[2] = { 45, 135 };
	char nip[32], pangkat[120];
	const char *kind = position_kind_label(it->position_kind);
	doc_nip(it->nip, nip, sizeof nip);
	document_pangkat(it->golongan, pangkat, sizeof pangkat);
	const char *rows[5][2] = {
		{ "Nama", it->name }, { "NIP", nip }, { "Pangkat/gol. ruang", pangkat },
		{ "Jenis jabatan", kind ? kind : "-" },
		{ "Unit kerja", it->unit_name[0] ? it->unit_name : "-" },
	};
	for (int i = 0; i < 5; i++)
		doc_row_mm(d, mm, rows[i], 2, i ? PDF_REGULAR : PDF_BOLD);
}

static void basis(struct pdf_doc *d, const struct tpp_item *it, const struct tpp_run *run)
{
	char money[48], line[300];
	pdf_space(d, 6);
	doc_labelled(d, "Predikat kinerja yang dipakai", tpp_pred_label(it->predicate));
	tpp_rupiah(money, sizeof money, it->base);
	snprintf(line, sizeof line, "%s sebulan (aturan TPP versi %d)", money, run->ruleset_version);
	doc_labelled(d, "Besaran dasar", line);
	snprintf(line, sizeof line, "%d bulan (%s)", it->months_paid, run->label);
	doc_labelled(d, "Bulan dibayar", line);
}

static void lines(struct pdf_doc *d, const struct tpp_item *it)
{
	json_t *arr = json_loads(it->lines_json ? it->lines_json : "[]", 0, NULL), *l;
	size_t i;
	int no = 0;
	char num[16];
	doc_heading(d, "RINCIAN PERHITUNGAN");
	float w[3] = { MM(line_mm[0]), MM(line_mm[1]), MM(line_mm[2]) };
	struct pdf_cell head[3] = { { "NO", PDF_BOLD, PDF_LEFT }, { "URAIAN", PDF_BOLD, PDF_LEFT },
				    { "JUMLAH", PDF_BOLD, PDF_RIGHT } };
	pdf_row(d, w, head, 3, DOC_FONT + 1);
	json_array_foreach(arr, i, l) {
		const char *text = json_string_value(json_object_get(l, "uraian"));
		snprintf(num, sizeof num, "%d", ++no);
		amount_row(d, num, text ? text : "-", json_integer_value(json_object_get(l, "jumlah")),
			   PDF_REGULAR);
	}
	json_decref(arr);
	doc_heading(d, "JUMLAH PER KOMPONEN");
	amount_row(d, "1", "Komponen kinerja", it->kinerja, PDF_REGULAR);
	amount_row(d, "2", "Komponen disiplin", it->disiplin, PDF_REGULAR);
	amount_row(d, "3", "Potongan", it->potongan, PDF_REGULAR);
	amount_row(d, "4", "Pembulatan", it->pembulatan, PDF_REGULAR);
	amount_row(d, "", "JUMLAH TPP", it->amount, PDF_BOLD);
}

static void approval(struct db *db, struct pdf_doc *d, const struct tpp_run *run,
		     const char *instansi)
{
	char place[120], line[300];
	struct doc_party signer;
	(void)db;
	pdf_space(d, 6);
	if (strcmp(run->state, TPP_RUN_APPROVED)) {
		pdf_para(d, "DRAF: perhitungan ini belum disetujui; jumlahnya dapat berubah sampai "
			 "disetujui.", PDF_BOLD, 9, PDF_LEFT);
		return;
	}
	memset(&signer, 0, sizeof signer);
	copy_str(signer.name, sizeof signer.name, run->approved_by[0] ? run->approved_by : "-");
	doc_place_of(instansi, place, sizeof place);
	doc_place_date(place, run->approved_at, line, sizeof line);
	doc_signatures(d, line, NULL, NULL, "Yang menyetujui perhitungan", &signer);
}

int official_tpp(struct db *db, int64_t item_id, struct pdf_doc *d, char *filename,
		 size_t size, struct kerr *err)
{
	struct tpp_item it;
	struct tpp_run run;
	char instansi[200], status[160];
	if (store_tpp_item_get(db, item_id, &it, err))
		return -1;
	int rc = store_tpp_run_get(db, it.run_id, &run, err) ||
		 store_instansi_name(db, run.unit_id, instansi, sizeof instansi, err);
	if (!rc) {
		doc_begin(db, d, instansi);
		snprintf(status, sizeof status, "Status perhitungan: %s",
			 strcmp(run.state, TPP_RUN_APPROVED) ? "draf" : "disetujui");
		doc_title(d, "RINCIAN TAMBAHAN PENGHASILAN PEGAWAI (TPP)", run.label, status, NULL);
		person(d, &it);
		basis(d, &it, &run);
		lines(d, &it);
		approval(db, d, &run, instansi);
		document_filename(filename, size, "tpp", it.nip, run.label);
	}
	tpp_item_release(&it);
	return rc ? -1 : 0;
}
