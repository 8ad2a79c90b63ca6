/*
 * doc_credit.c - the annual statement of credit points (Pernyataan Angka
 * Kredit) on A4 portrait: the instansi and title, the employee, a table
 * of the period's SKPs of functional posts (months, position and level,
 * predicate, percentage, coefficient, amount) with the total, the note
 * on how it is computed, place and date; page numbers (see doc.h).
 */
#include "doc/doc.h"
#include "doc/pdf.h"

#include <stdio.h>

#define MM(x) ((float)(x) * 72.0f / 25.4f)
#define COLS 6

static const char *or_dash(const char *s)
{
	return s && *s ? s : "-";
}

/* Column widths in mm (170 in all). */
static const float col_mm[COLS] = { 34, 46, 32, 16, 20, 22 };

/* One table row at the cursor; a new page first when it would not fit. */
static void row(struct pdf_doc *d, const char *const cell[COLS], enum pdf_style style)
{
	float x = pdf_left(d), y = pdf_y(d) - 11, low = y;
	if (y < MM(30)) {
		pdf_page(d);
		y = low = pdf_y(d) - 11;
	}
	for (int i = 0; i < COLS; i++) {
		float w = MM(col_mm[i]);
		float b = pdf_box(d, x + 2, y, w - 4, or_dash(cell[i]), style, 9,
				  i >= 3 ? PDF_RIGHT : PDF_LEFT);
		if (b < low)
			low = b;
		x += w;
	}
	pdf_line(d, pdf_left(d), low + 6, pdf_left(d) + MM(170), low + 6, 0.4f);
	pdf_set_y(d, low + 2);
}

static void person(struct pdf_doc *d, const struct credit_statement *s)
{
	const char *label[] = { "Nama", "NIP", "Jabatan", "Unit kerja" };
	const char *value[] = { s->name, s->nip, s->position, s->unit };
	for (int i = 0; i < 4; i++) {
		float y = pdf_y(d) - 11;
		pdf_box(d, pdf_left(d), y, MM(30), label[i], PDF_REGULAR, 10, PDF_LEFT);
		float b = pdf_box(d, pdf_left(d) + MM(30), y, MM(140), or_dash(value[i]), PDF_BOLD,
				  10, PDF_LEFT);
		pdf_set_y(d, b + 11 - 2);
	}
}

int doc_credit_statement(const struct credit_statement *s, struct strbuf *out,
			 struct kerr *err)
{
	static const char *const head[COLS] = {
		"Masa penilaian", "Jabatan (jenjang)", "Predikat", "Persentase", "Koefisien",
		"Angka kredit",
	};
	char line[300];
	struct pdf_doc *d = pdf_new(PDF_PORTRAIT, err);
	if (!d)
		return -1;
	pdf_page(d);
	if (s->logo && !pdf_set_logo(d, s->logo, s->logo_len))
		pdf_logo(d, pdf_left(d), pdf_y(d), MM(16), MM(16));
	pdf_para(d, or_dash(s->instansi), PDF_BOLD, 12, PDF_CENTER);
	pdf_para(d, "PERNYATAAN ANGKA KREDIT", PDF_BOLD, 16, PDF_CENTER);
	pdf_para(d, or_dash(s->period), PDF_REGULAR, 11, PDF_CENTER);
	pdf_space(d, 14);
	person(d, s);
	pdf_space(d, 10);
	row(d, head, PDF_BOLD);
	for (size_t i = 0; i < s->n_rows; i++) {
		const struct credit_row *r = &s->rows[i];
		const char *cell[COLS] = { r->months, r->position, r->predicate, r->pct,
					   r->coefficient, r->amount };
		row(d, cell, PDF_REGULAR);
	}
	const char *total[COLS] = { "Jumlah", "", "", "", "", s->total };
	row(d, total, PDF_BOLD);
	pdf_space(d, 10);
	pdf_para(d, or_dash(s->note), PDF_REGULAR, 9, PDF_LEFT);
	pdf_space(d, 18);
	snprintf(line, sizeof line, "%s, %s", or_dash(s->place), or_dash(s->date));
	pdf_para(d, line, PDF_REGULAR, 10, PDF_RIGHT);
	pdf_page_numbers(d);
	int rc = pdf_save(d, out, err);
	pdf_free(d);
	return rc;
}
