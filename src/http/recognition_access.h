/*
 * recognition_access.h - who may see and do what with recognition
 * (penghargaan) and credit points (angka kredit), shared by the pages
 * and the API:
 *
 *   - a whole ranking of a unit (and the units below it): the unit's
 *     leaders (whoever holds or acts in the post heading it, or a post
 *     above that one), HR (a pengelola whose scope holds the unit),
 *     auditors and administrators; the ranking of the whole office:
 *     auditors and administrators.  Everyone else sees only their own
 *     standing ("rank k of n in their unit");
 *   - a nomination is made by a leader of the nominee's unit (or an
 *     administrator); it is approved or rejected by HR in scope or an
 *     administrator; it is read by the nominee, the nominator, those who
 *     may see the unit's whole ranking, and whoever may decide it;
 *   - the tie-break chain and the credit-point tables are set by an
 *     administrator and read by everyone logged in (they are published);
 *   - a credit-point statement is read by the employee, their superiors,
 *     HR in scope, auditors and administrators (may_read_employee); the
 *     list of a period by HR (in scope), auditors and administrators.
 */
#ifndef KINERJA_RECOGNITION_ACCESS_H
#define KINERJA_RECOGNITION_ACCESS_H

#include "store/recognition.h"

struct req;

/* 1 if the caller may see the whole ranking of unit `unit_id` (0: the
 * whole office); else 0 with KERR_FORBIDDEN (an unknown unit:
 * KERR_NOT_FOUND "unit"). */
int rec_may_see_ranking(struct req *r, int64_t unit_id, struct kerr *err);
/* The unit a ranking page opens on for the caller: 0 (the office) for an
 * administrator or auditor, the scope for a pengelola, the unit the
 * caller heads, else their own ranking unit in the period (0 if none). */
int rec_default_unit(struct req *r, int64_t period_id, int64_t *unit_id, struct kerr *err);
/* The period a request names (?periode=ID; absent: the current one):
 * KERR_INVALID / KERR_NOT_FOUND on "periode". */
int rec_period_of_query(struct req *r, struct period *p, struct kerr *err);

/* 1 if the caller may nominate for unit `unit_id`; else 0 with
 * KERR_FORBIDDEN naming who may. */
int rec_may_nominate(struct req *r, int64_t unit_id, struct kerr *err);
/* 1 if the caller may approve or reject a nomination in unit `unit_id`. */
int rec_may_decide(struct req *r, int64_t unit_id, struct kerr *err);

enum { NOM_ROLE_READER = 1, NOM_ROLE_DECIDER = 2 };

/* Loads nomination `id` for a caller who may read it: 404 / 403 (err
 * set, nothing to release).  *roles: NOM_ROLE_ bits.
 * nomination_release() it. */
int rec_nomination_load(struct req *r, int64_t id, struct nomination *n, unsigned *roles,
			struct kerr *err);

/* Nominates employee `employee_id` for period `period_id` with `reason`,
 * for the pages and the API alike: the nominee's ranking unit decides
 * who may (rec_may_nominate), the nominee's place in it is recorded; then
 * store_nomination_create.  Sets *id. */
int rec_nominate(struct req *r, int64_t period_id, int64_t employee_id, const char *reason,
		 int64_t *id, struct kerr *err);
/* Decides nomination `id` ("disetujui" or "ditolak", else KERR_INVALID
 * "putusan") as a caller who may (else KERR_FORBIDDEN), with their name,
 * NIP and position as the signature. */
int rec_decide(struct req *r, int64_t id, const char *decision, const char *note,
	       int64_t version, struct kerr *err);

/* 1 if the caller may read employee `employee_id`'s credit statement;
 * else 0 with KERR_FORBIDDEN (unknown: KERR_NOT_FOUND). *e is filled. */
int credit_may_read(struct req *r, int64_t employee_id, struct employee *e, struct kerr *err);
/* The units whose list the caller reads: 0 (all) for an administrator
 * or auditor, the scope for a pengelola; else 0 with KERR_FORBIDDEN. */
int credit_list_unit(struct req *r, int64_t *unit_id, struct kerr *err);
/* The caller's name, NIP and position as a decision records them. */
void rec_caller_signature(struct req *r, char *name, size_t nsize, char *nip, size_t nipsize,
			  char *position, size_t psize);

#endif
