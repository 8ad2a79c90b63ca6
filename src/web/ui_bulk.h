/*
 * ui_bulk.h - private declarations shared by the pages of bulk documents
 * (ui_bulk.c: the form and the list of jobs; ui_bulk_job.c: one job's
 * progress and its download).
 */
#ifndef KINERJA_UI_BULK_H
#define KINERJA_UI_BULK_H

#include "store/bulk.h"

struct req;

/* "SKP", "Evaluasi Triwulan III", "Evaluasi Tahunan". */
void bulk_doc_label(const struct bulk_job *j, char *out, size_t size);
/* "1,2 MB", "840 KB", "512 B". */
void bulk_size_text(int64_t bytes, char *out, size_t size);
/* The state as a coloured badge. */
void bulk_state_badge(struct req *r, enum bulk_state s);
/* A Bootstrap progress bar with "12 dari 80 dokumen" under it. */
void bulk_progress_bar(struct req *r, const struct bulk_job *j);
/* The hidden fields (and the button) that ask for the same documents
 * again: a form posting to /laporan/massal. */
void bulk_again_form(struct req *r, const struct bulk_job *j, const char *label);

/* Pages of ui_bulk_job.c. */
int page_bulk_job(struct req *r);
int page_bulk_download(struct req *r);

#endif
