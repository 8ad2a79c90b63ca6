/*
 * doc.h - the official documents kinerja prints as PDF through the layer
 * of pdf.h: the certificate of a "pegawai berprestasi" (Piagam
 * Penghargaan, doc_certificate.c) and the annual statement of credit
 * points (Pernyataan Angka Kredit, doc_credit.c).  Each takes plain texts
 * (the caller reads the data and formats numbers and dates) and appends
 * the PDF's bytes to `out`; KERR_IO when the PDF cannot be made.
 */
#ifndef KINERJA_DOC_DOC_H
#define KINERJA_DOC_DOC_H

#include <stddef.h>

#include "core/err.h"
#include "core/strbuf.h"

struct certificate {
	const char *instansi;       /* "Pemerintah Kota Surabaya" */
	const char *number;         /* "Nomor: PPB/2026/7" */
	const char *name;           /* with titles */
	const char *nip;            /* as shown: "19660801 198803 1 001" */
	const char *position, *unit;
	const char *period;         /* "Periode Kinerja 2026" */
	const char *reason;
	const char *place, *date;   /* "Surabaya", "3 Desember 2026" */
	const char *signer_role;    /* "Pengelola Kinerja" / the approver's position */
	const char *signer_name, *signer_nip;
	const void *logo;           /* the instansi's logo (PNG/JPEG), NULL: none */
	size_t logo_len;
};

/* "Piagam Penghargaan Pegawai Berprestasi": A4 landscape, one page. */
int doc_certificate(const struct certificate *c, struct strbuf *out, struct kerr *err);

/* One row of the statement's table. */
struct credit_row {
	const char *months;         /* "Januari - Desember (12 bulan)" */
	const char *position;       /* "Pranata Komputer Ahli Pertama (Ahli Pertama)" */
	const char *predicate;      /* "Baik (Tahunan)" / "Baik (sementara: Triwulan III)" */
	const char *pct;            /* "100%" */
	const char *coefficient;    /* "12,500" */
	const char *amount;         /* "12,500" */
};

struct credit_statement {
	const char *instansi;
	const char *period;         /* "Periode Kinerja 2026" */
	const char *name, *nip, *position, *unit;
	const struct credit_row *rows;
	size_t n_rows;
	const char *total;          /* "12,500" */
	const char *note;           /* the formula and the source of the tables */
	const char *place, *date;
	const void *logo;           /* the instansi's logo (PNG/JPEG), NULL: none */
	size_t logo_len;
};

/* "Pernyataan Angka Kredit": A4 portrait, page numbers. */
int doc_credit_statement(const struct credit_statement *s, struct strbuf *out,
			 struct kerr *err);

#endif
