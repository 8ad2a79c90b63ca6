/*
 * official.c - placeholder for the documents of official.h until the
 * documents work lands: every call fails with KERR_IO.
 */
#include "doc/official.h"

#include <stdio.h>

int official_skp(struct db *db, int64_t skp_id, struct pdf_doc *d, char *filename,
		 size_t size, struct kerr *err)
{
	snprintf(filename, size, "skp-%lld.pdf", (long long)skp_id);
	return kerr_set(err, KERR_IO, "", "Dokumen SKP belum tersedia");
}

int official_evaluation(struct db *db, int64_t assessment_id, struct pdf_doc *d,
			char *filename, size_t size, struct kerr *err)
{
	snprintf(filename, size, "evaluasi-%lld.pdf", (long long)assessment_id);
	return kerr_set(err, KERR_IO, "", "Dokumen evaluasi belum tersedia");
}
