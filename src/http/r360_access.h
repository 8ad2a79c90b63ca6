/*
 * r360_access.h - who may see and manage what of the 360-degree feedback,
 * shared by the pages and the API: the person rated sees their own
 * results (with the self-assessment), their pejabat penilai sees them too,
 * the atasan pejabat penilai (who decides objections), HR (a pengelola
 * over the person's unit, administrators) and auditors see the aggregates; HR manages rater lists, but never their own.
 */
#ifndef KINERJA_R360_ACCESS_H
#define KINERJA_R360_ACCESS_H

#include "core/err.h"
#include "store/store.h"

struct req;

enum r360_viewer { R360_NONE, R360_SELF, R360_SUPERIOR, R360_HR };

/* The principal's standing towards the results of `ratee`. */
enum r360_viewer r360_viewer_of(struct req *r, const struct employee *ratee);
/* Loads the employee rated and checks the principal may see their results
 * (KERR_FORBIDDEN otherwise, KERR_NOT_FOUND on field "pegawai"). */
int r360_results_access(struct req *r, int64_t ratee_id, struct employee *ratee,
			enum r360_viewer *viewer, struct kerr *err);
/* 0 if the principal may read (read_only: also auditors) or change the
 * rater list of `ratee`: an administrator, or a pengelola whose scope
 * holds the ratee's unit; nobody their own list.  -1 with KERR_FORBIDDEN. */
int r360_may_manage_ratee(struct req *r, const struct employee *ratee, int read_only,
			  struct kerr *err);
/* 0 if the principal may open, change or close rounds: a round assigns
 * every employee of the instansi, so an administrator, or a pengelola
 * whose scope holds every active employee.  -1 with KERR_FORBIDDEN. */
int r360_may_manage_rounds(struct req *r, struct kerr *err);
/* Loads the employee `id` and applies r360_may_manage_ratee; an unknown
 * id is KERR_INVALID on `field`. */
int r360_manage_ratee_id(struct req *r, int64_t id, const char *field, int read_only,
			 struct employee *out, struct kerr *err);

#endif
