/*
 * doc_certificate.c - the certificate of a "pegawai berprestasi" (Piagam
 * Penghargaan Pegawai Berprestasi) on one A4 landscape page: a double
 * frame, the instansi, the title and number, the person (name with
 * titles, NIP, position, unit), the period, the reason of the approved
 * nomination, and the place, date and signature block of the approver
 * (see doc.h).
 */
#include "doc/doc.h"
#include "doc/pdf.h"

#include <stdio.h>

#define MM(x) ((float)(x) * 72.0f / 25.4f)

static const char *or_dash(const char *s)
{
	return s && *s ? s : "-";
}

/* "Nama : value" as two boxes at the cursor. */
static void field(struct pdf_doc *d, float x, float label_w, float value_w, const char *label,
		  const char *value)
{
	float y = pdf_y(d) - 12;
	pdf_box(d, x, y, label_w, label, PDF_SERIF, 12, PDF_LEFT);
	float below = pdf_box(d, x + label_w, y, value_w, or_dash(value), PDF_SERIF_BOLD, 12,
			      PDF_LEFT);
	pdf_set_y(d, below + 12 - 4);
}

static void signature(struct pdf_doc *d, const struct certificate *c)
{
	char line[200];
	float w = MM(95), x = pdf_width(d) - MM(25) - w;
	float y = MM(62);
	snprintf(line, sizeof line, "%s, %s", or_dash(c->place), or_dash(c->date));
	y = pdf_box(d, x, y, w, line, PDF_SERIF, 11, PDF_CENTER);
	y = pdf_box(d, x, y, w, or_dash(c->signer_role), PDF_SERIF, 11, PDF_CENTER);
	y -= MM(16);
	y = pdf_box(d, x, y, w, or_dash(c->signer_name), PDF_SERIF_BOLD, 11, PDF_CENTER);
	pdf_line(d, x + MM(10), y + 9, x + w - MM(10), y + 9, 0.6f);
	if (c->signer_nip && *c->signer_nip) {
		snprintf(line, sizeof line, "NIP %s", c->signer_nip);
		pdf_box(d, x, y - 2, w, line, PDF_SERIF, 10, PDF_CENTER);
	}
}

int doc_certificate(const struct certificate *c, struct strbuf *out, struct kerr *err)
{
	struct pdf_doc *d = pdf_new(PDF_LANDSCAPE, err);
	if (!d)
		return -1;
	pdf_margins(d, MM(30), MM(30), MM(24), MM(20));
	pdf_page(d);
	pdf_frame(d, MM(10), 2.5f);
	pdf_frame(d, MM(13), 0.8f);
	if (c->logo && !pdf_set_logo(d, c->logo, c->logo_len)) {
		pdf_logo(d, (pdf_width(d) - MM(20)) / 2, pdf_y(d), MM(20), MM(20));
		pdf_space(d, MM(21));
	}
	pdf_para(d, or_dash(c->instansi), PDF_SERIF_BOLD, 15, PDF_CENTER);
	pdf_space(d, 10);
	pdf_para(d, "PIAGAM PENGHARGAAN", PDF_SERIF_BOLD, 30, PDF_CENTER);
	pdf_para(d, "PEGAWAI BERPRESTASI", PDF_SERIF_BOLD, 18, PDF_CENTER);
	if (c->number && *c->number)
		pdf_para(d, c->number, PDF_SERIF, 11, PDF_CENTER);
	pdf_space(d, 12);
	pdf_para(d, "diberikan kepada:", PDF_SERIF, 12, PDF_CENTER);
	pdf_space(d, 6);
	float x = MM(55), lw = MM(38), vw = pdf_width(d) - x - lw - MM(45);
	field(d, x, lw, vw, "Nama", c->name);
	field(d, x, lw, vw, "NIP", c->nip);
	field(d, x, lw, vw, "Jabatan", c->position);
	field(d, x, lw, vw, "Unit kerja", c->unit);
	pdf_space(d, 8);
	char line[300];
	snprintf(line, sizeof line, "sebagai Pegawai Berprestasi pada %s, atas:", or_dash(c->period));
	pdf_para(d, line, PDF_SERIF, 12, PDF_CENTER);
	pdf_space(d, 4);
	pdf_margins(d, MM(45), MM(45), MM(24), MM(20));
	pdf_para(d, or_dash(c->reason), PDF_SERIF, 12, PDF_CENTER);
	signature(d, c);
	int rc = pdf_save(d, out, err);
	pdf_free(d);
	return rc;
}
