/*
 * list_export.h - replying with the export of a filtered list (employees,
 * SKPs, assessments, objections) as a CSV or Excel download.  The table
 * and its writers are store/export_table.h (shared with the command
 * line); this reads ?format= and sends the file.
 */
#ifndef KINERJA_LIST_EXPORT_H
#define KINERJA_LIST_EXPORT_H

#include "store/export_table.h"

struct req;

/* Reads ?format=: absent or "" is EXPORT_NONE, else csv or xlsx;
 * KERR_INVALID "format" naming them otherwise. */
int export_format_of(struct req *r, enum export_format *out, struct kerr *err);

/* Replies with the table as `base`.csv or `base`.xlsx (a sheet named
 * `sheet`).  Returns 0. */
int reply_export(struct req *r, enum export_format fmt, const char *base, const char *sheet,
		 const struct export_table *t);

#endif
