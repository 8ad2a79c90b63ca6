/*
 * calibration_access.h - who may do what in calibration (kalibrasi),
 * shared by the pages and the API:
 *
 *   - the table of a unit: its leaders (whoever holds or acts in the post
 *     heading it, or a post above: the Camat for the kecamatan, a Lurah
 *     for the kelurahan, a Kepala Seksi for the seksi), the pengelola
 *     kinerja over it, auditors and administrators (report_may_see_unit);
 *     nobody else;
 *   - in it, an employee's 360 aggregates only for who may see that
 *     person's 360 results (http/r360_access.h), and the assessors' rater
 *     flags only for HR: administrators, auditors and the pengelola over
 *     the unit (issue 7: never for a leader who is not HR);
 *   - proposing a change to an assessment: a leader of the unit of the
 *     post the SKP covers, the pengelola over it, an administrator; never
 *     on one's own assessment; auditors read only;
 *   - accepting or rejecting: the pejabat penilai who rated (an
 *     administrator when one did); withdrawing: the proposer (or an
 *     administrator);
 *   - reading a proposal: those, and whoever may see the table of the
 *     proposal's unit.
 */
#ifndef KINERJA_CALIBRATION_ACCESS_H
#define KINERJA_CALIBRATION_ACCESS_H

#include "store/calibration.h"

struct req;

/* What a table request names, checked. */
struct calib_req {
	struct period period;
	int64_t unit_id;
	int64_t basis;             /* a checkpoint of the period, 0 tahunan */
	enum calib_sort sort;
	int desc;
	int sees_flags;            /* the caller may see the rater flags */
};

/* Reads ?periode=ID (default the current period), ?unit=ID (default the
 * caller's: the top unit for an administrator or auditor, the scope for a
 * pengelola, the unit they head otherwise), ?titik=ID or ?jenis=tahunan
 * (default the curve pages' basis), ?urut= and ?arah=, and checks the
 * caller may see the unit.  KERR_INVALID naming a malformed parameter,
 * KERR_NOT_FOUND an unknown period or unit, KERR_FORBIDDEN a unit the
 * caller may not see (field "unit"). */
int calib_req_of_query(struct req *r, struct calib_req *out, struct kerr *err);

/* Loads the table for the request, with the 360 figures of the rows the
 * caller may not see cleared and the rows sorted as asked. */
int calib_table_for(struct req *r, const struct calib_req *q, struct calib_table *t,
		    struct kerr *err);

/* 1 if the caller may propose a change to assessment `assessment_id`;
 * else 0 with err (KERR_FORBIDDEN saying who may, KERR_NOT_FOUND
 * "penilaian_id"). */
int calib_may_propose(struct req *r, int64_t assessment_id, struct kerr *err);
/* The same answer without the database round trips for a row of a table
 * the caller sees: 1 if a propose button makes sense. */
int calib_row_proposable(struct req *r, const struct calib_row *w);

/* The caller's part in a proposal (bits). */
enum {
	CALIB_ROLE_DECIDER = 1,    /* accepts or rejects */
	CALIB_ROLE_PROPOSER = 2,   /* may withdraw */
	CALIB_ROLE_READER = 4,     /* may read (set for the above) */
};

unsigned calib_roles(struct req *r, const struct calib_proposal *p);
/* Loads proposal `id` for a caller who may read it: 404 when missing, 403
 * otherwise (nothing to release then). */
int calib_load(struct req *r, int64_t id, struct calib_proposal *p, unsigned *roles,
	       struct kerr *err);
/* 1 if `roles` allow `step`; else 0 with KERR_FORBIDDEN saying who may. */
int calib_may_step(unsigned roles, enum calib_step step, struct kerr *err);

#endif
