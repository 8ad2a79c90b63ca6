/*
 * r360_int.h - helpers shared by the 360-degree feedback files of
 * src/store (r360.c, r360_assign.c, r360_raters.c, r360_answers.c,
 * r360_results.c) only.
 */
#ifndef KINERJA_R360_INT_H
#define KINERJA_R360_INT_H

#include "store/r360.h"

struct db_rows;

/* The score columns of answer360, in berakhlak_at order. */
#define R360_SCORE_COLS \
	"berorientasi_pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif"

/* r360.c: reads rows into a growing array of `elem`-sized items with
 * `fill`; frees the rows.  *out is NULL and *n 0 on error. */
int r360_collect(struct db_rows *rows, size_t elem, void (*fill)(struct db_rows *, void *),
		 void **out, size_t *n, struct kerr *err);
/* r360.c: the round, refusing (KERR_CONFLICT, field "putaran") one that
 * is closed. */
int r360_round_open_for_change(struct db *db, int64_t id, struct round360 *out,
			       struct kerr *err);
/* r360.c: 1 if s is a rater group that may be stored. */
int r360_group_valid(const char *s);

/* r360_assign.c: the automatic assignments of a new round (inside the
 * caller's transaction); *count set. */
int r360_assign_all(struct db *db, int64_t round_id, int64_t *count, struct kerr *err);

/* Number of UTF-8 characters in s. */
size_t r360_chars(const char *s);

#endif
