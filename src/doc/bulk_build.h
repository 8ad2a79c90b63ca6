/*
 * bulk_build.h - making the file of a bulk document job: the documents of
 * official.h for each person of a unit (store/bulk.h lists them), as one
 * ZIP of one PDF per person ("NIP-Nama.pdf") with the people left out in
 * "tidak-termasuk.txt", or as one PDF holding every document, each
 * numbered on its own, with the people left out on a last page.  A ZIP's
 * PDFs are drawn one at a time while libzip writes the archive, so only
 * one of them is in memory at once.  Used by
 * the server's background worker and by `kinerja report bulk`; neither
 * checks access here (the caller has).
 */
#ifndef KINERJA_DOC_BULK_BUILD_H
#define KINERJA_DOC_BULK_BUILD_H

#include "core/strbuf.h"
#include "store/bulk.h"

/* Called after each document made; a non-zero return stops the build
 * (the callback sets err's message through its own means: the build then
 * fails with KERR_IO "Pembuatan dihentikan"). */
typedef int (*bulk_progress_fn)(void *ctx, int64_t done, int64_t total);

struct bulk_build_in {
	enum bulk_kind kind;
	enum bulk_format format;
	const struct bulk_item *items;   /* the people, with gaps (store_bulk_items) */
	size_t n;
	const char *title;               /* "SKP — Kelurahan Genting Kalianak — Periode 2026" */
	bulk_progress_fn progress;       /* may be NULL */
	void *ctx;
};

/* Appends the file's bytes to out.  A document that cannot be drawn fails
 * the whole build, naming the person; nothing is appended then. */
int bulk_build(struct db *db, const struct bulk_build_in *in, struct strbuf *out,
	       struct kerr *err);

/* The same written to the file `path` (the ZIP without holding it in
 * memory); on failure the file may be left half-written: write to a
 * temporary name and rename it. */
int bulk_build_file(struct db *db, const struct bulk_build_in *in, const char *path,
		    struct kerr *err);

/* The title of a job's documents, for the list of those left out. */
void bulk_title(enum bulk_kind kind, const struct bulk_names *names, char *out, size_t size);

#endif
