/*
 * official.h - the official documents of one person from stored data,
 * each drawn into a pdf_doc of pdf.h (its pages appended, numbered on
 * their own), so one download, the API, the command line and the bulk
 * documents of a unit (one ZIP of files or one PDF of many) share them.
 * The caller checks who may see the document; these only read and draw.
 *
 *     struct pdf_doc *d = pdf_new(PDF_PORTRAIT, &err);
 *     official_skp(db, skp_id, d, name, sizeof name, &err);
 *     pdf_save(d, &bytes, &err);
 *
 * KERR_NOT_FOUND when the SKP or assessment does not exist; `filename`
 * gets the file's name ("skp-199001012020011001-2026.pdf").  pdf_save
 * numbers each document's pages on its own.  Every document carries the
 * instansi's name and, when an administrator has uploaded one, its logo
 * (read once per pdf_doc).  The drawing is in official_skp.c,
 * official_eval.c, official_objection.c, official_tpp.c over the shared
 * parts of official_parts.c.
 */
#ifndef KINERJA_DOC_OFFICIAL_H
#define KINERJA_DOC_OFFICIAL_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "store/plan.h"

struct db;
struct pdf_doc;
struct actor;

/* The SKP (Sasaran Kinerja Pegawai) of skp_id. */
int official_skp(struct db *db, int64_t skp_id, struct pdf_doc *d, char *filename,
		 size_t size, struct kerr *err);
/* The Dokumen Evaluasi Kinerja Pegawai of an assessment (periodic or
 * annual). */
int official_evaluation(struct db *db, int64_t assessment_id, struct pdf_doc *d,
			char *filename, size_t size, struct kerr *err);
/* The Keputusan atas Keberatan of objection `objection_id`: the case, the
 * explanation, the decision and its reasons, the predicate before and
 * after.  An objection not yet decided is KERR_CONFLICT "status". */
int official_objection(struct db *db, int64_t objection_id, struct pdf_doc *d,
		       char *filename, size_t size, struct kerr *err);
/* The Rincian TPP of one employee in one run (run item `item_id`): every
 * component and deduction in rupiah and the total. */
int official_tpp(struct db *db, int64_t item_id, struct pdf_doc *d, char *filename,
		 size_t size, struct kerr *err);

/* One person as the form's header shows them. */
struct doc_party {
	char name[300];        /* with titles */
	char nip[32];          /* spaced: "19660801 198803 1 001" */
	char pangkat[120];     /* "Penata, III/c" */
	char position[200];
	char unit[200];
};

/* An SKP with what its documents print around it. */
struct doc_skp {
	struct skp s;
	struct period p;
	struct doc_party self, boss;   /* boss.name "" when there is none */
	char nip[20];                  /* the employee's, as stored: file names */
	int approved;                  /* state disetujui */
	char kind[24];                 /* the post's kind: the title */
	int64_t unit_id;               /* the post's unit: the instansi */
	char instansi[200];
	char place[120];               /* of signing: the instansi's city */
	char range[120];               /* the months covered, in words */
	char approved_ymd[16];         /* the day of approval frozen with the parties, or "" */
};

/* Loads SKP `skp_id` (KERR_NOT_FOUND) and its parties as the form prints
 * them: frozen at approval (header_json) for an approved SKP, else the
 * current records; the PDF (official_skp) and the print page
 * (web/ui_skp_print.c) both show these.  doc_skp_release() it either way. */
int doc_skp_load(struct db *db, int64_t skp_id, struct doc_skp *v, struct kerr *err);
void doc_skp_release(struct doc_skp *v);
/* Reads the instansi's logo into d when one is set and d has none yet;
 * a logo libharu cannot read is left out. */
void official_logo_prepare(struct db *db, struct pdf_doc *d);
/* Checks an uploaded logo (its content by libmagic: PNG or JPEG, at most
 * DOCUMENT_LOGO_MAX bytes, readable by libharu) and stores it, audited.
 * KERR_INVALID on field "logo", nothing stored. */
int official_logo_upload(struct db *db, const struct actor *who, const char *file_name,
			 const void *data, size_t len, struct kerr *err);

#endif
