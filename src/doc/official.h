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
 * gets the file's name ("skp-199001012020011001-2026.pdf").
 */
#ifndef KINERJA_DOC_OFFICIAL_H
#define KINERJA_DOC_OFFICIAL_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"

struct db;
struct pdf_doc;

/* The SKP (Sasaran Kinerja Pegawai) of skp_id. */
int official_skp(struct db *db, int64_t skp_id, struct pdf_doc *d, char *filename,
		 size_t size, struct kerr *err);
/* The Dokumen Evaluasi Kinerja Pegawai of an assessment (periodic or
 * annual). */
int official_evaluation(struct db *db, int64_t assessment_id, struct pdf_doc *d,
			char *filename, size_t size, struct kerr *err);

#endif
