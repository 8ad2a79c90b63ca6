/*
 * assess_access.h - who may do what with assessments and unit predicates,
 * shared by the pages and the API:
 *
 *   - the pejabat penilai (skp_role_of == SKP_ROLE_ASSESSOR) rates; they
 *     alone see a draft;
 *   - the SKP's owner sees a ditetapkan assessment and acknowledges it;
 *   - everyone who may read the SKP (superiors up the chain, the pengelola
 *     of the unit, auditors, administrators) reads ditetapkan assessments
 *     and the explanation of the predicate; nobody else;
 *   - a unit's predicate and the reason for its curve are set by its
 *     leader (the pejabat penilai of the unit's head; an administrator
 *     when there is none in the system), and read by the leader, the
 *     unit's own employees, the pengelola over it, auditors and
 *     administrators.
 */
#ifndef KINERJA_ASSESS_ACCESS_H
#define KINERJA_ASSESS_ACCESS_H

#include "store/assessment.h"

struct req;

/* An SKP loaded for an assessment request. */
struct assess_ctx {
	struct skp s;              /* the whole SKP */
	struct period p;
	enum period_state ps;
	enum skp_role role;        /* the caller's */
	struct employee owner;
	int64_t unit_id;           /* the unit of the post the SKP covers */
	int64_t headed_unit;       /* the unit that post heads, 0 */
	char caller_name[300];     /* the caller's name with titles */
};

/* Loads SKP `skp_id` for someone who may read it: 404 when missing, 403
 * otherwise (err set, nothing to release).  assess_ctx_release() it. */
int assess_ctx_load(struct req *r, int64_t skp_id, struct assess_ctx *c, struct kerr *err);
void assess_ctx_release(struct assess_ctx *c);
/* 1 if the caller rates this SKP; else 0 with KERR_FORBIDDEN in err. */
int assess_may_rate(const struct assess_ctx *c, struct kerr *err);
/* 1 if the caller is the SKP's owner; else 0 with KERR_FORBIDDEN. */
int assess_may_acknowledge(const struct assess_ctx *c, struct kerr *err);
/* 1 if the caller may see assessment a as it is (a draft: the assessor
 * only); 0 means they see "not yet ditetapkan". */
int assess_visible(const struct assess_ctx *c, const struct assessment *a);

/* Reads which assessment a request means: jenis "periodik" (default) with
 * titik = a checkpoint id, or "tahunan".  KERR_INVALID on "jenis" /
 * "titik". */
int assess_which(const char *jenis, const char *titik, enum assessment_kind *kind, int64_t *cp,
		 struct kerr *err);
/* The caller's name as it is recorded: the employee's with titles, else
 * the account's. */
void caller_display_name(struct req *r, char *out, size_t size);

/* 1 if the caller sets unit `unit_id`'s predicate and curve reason; else
 * 0 with KERR_FORBIDDEN in err (when err is not NULL). */
int unit_may_set(struct req *r, int64_t unit_id, struct kerr *err);
/* 1 if the caller may read the unit's predicate and curve; else 0 with
 * KERR_FORBIDDEN (an unknown unit is KERR_NOT_FOUND). */
int unit_may_read(struct req *r, int64_t unit_id, struct kerr *err);

/* The basis of a curve request: ?jenis=tahunan is 0 (the tahunan
 * predicates), ?titik=ID (with or without jenis=periodik) that checkpoint
 * (store_unit_curve_at checks it belongs to the period), neither the
 * period's default (store_curve_default_basis); KERR_INVALID naming the
 * parameter otherwise. */
int curve_basis_of_query(struct req *r, int64_t period_id, int64_t *checkpoint_id,
			 struct kerr *err);

#endif
