/*
 * official_int.h - the parts the official documents share (official_parts.c),
 * for the files of src/doc only (the SKP loaded with its parties is in
 * official.h, for the print page too): the party of an employee, the
 * header with the logo and the instansi, the title, the identity table of
 * the employee and the pejabat penilai, section titles, a table's column
 * widths in millimetres, and the signature blocks.
 */
#ifndef KINERJA_DOC_OFFICIAL_INT_H
#define KINERJA_DOC_OFFICIAL_INT_H

#include "doc/official.h"
#include "doc/pdf.h"
#include "store/plan.h"

#define MM(x) ((float)(x) * 72.0f / 25.4f)
#define DOC_FONT 8.0f          /* tables */
#define DOC_MARGIN MM(15)      /* left and right */

/* The party of employee `id` as they are now. */
int doc_party_of(struct db *db, int64_t id, struct doc_party *p, struct kerr *err);

/* Starts a document in d: a numbering section, a page with 15 mm side
 * margins, the logo (when set) and the instansi's name over a rule. */
void doc_begin(struct db *db, struct pdf_doc *d, const char *instansi);
/* Centred title lines: the first bold and large, the rest small; NULL
 * ends the list. */
void doc_title(struct pdf_doc *d, const char *first, ...);
/* A section heading ("HASIL KERJA") with a little space above it. */
void doc_heading(struct pdf_doc *d, const char *text);
/* A labelled line: "Label: value" (label bold). */
void doc_labelled(struct pdf_doc *d, const char *label, const char *value);
/* The identity table: the employee left, `right_title`'s person right
 * (none: dashes). */
void doc_identity(struct pdf_doc *d, const char *left_title, const struct doc_party *left,
		  const char *right_title, const struct doc_party *right);
/* A table row whose widths are in mm (converted); every cell in `style`,
 * a NULL text printed "-" ("" stays blank). */
void doc_row_mm(struct pdf_doc *d, const float *mm, const char *const *texts, size_t n,
		enum pdf_style style);
/* Two signature blocks side by side: the date line above the right one,
 * each with its role, space to sign, the name and "NIP. ..."; left_role
 * NULL: the right one alone. */
void doc_signatures(struct pdf_doc *d, const char *place_date, const char *left_role,
		    const struct doc_party *left, const char *right_role,
		    const struct doc_party *right);
/* The perilaku kerja table: the seven BerAKHLAK values with their guides
 * and the leader's expectations of SKP s (official_skp.c). */
void official_behaviour_table(struct pdf_doc *d, const struct skp *s);
/* "Surabaya, 3 Desember 2026" for unix time `at` (0: today). */
void doc_place_date(const char *place, int64_t at, char *out, size_t size);

#endif
