/*
 * guidance_access.h - who may do what with an employee's guidance records
 * (pembinaan), shared by the pages and the API:
 *
 *   - the employee reads their own sessions, improvement plans and
 *     development plan, responds to a session, and keeps their development
 *     plan (adds, changes, deletes items);
 *   - those who lead them: their superiors (the pejabat penilai or anyone
 *     above in the position chain) and HR (a pengelola kinerja whose scope
 *     holds the employee's unit, an administrator) record and change
 *     sessions, fill the improvement plan (goals, support, checkpoints,
 *     progress, outcome) and keep the development plan with them;
 *   - auditors read everything; nobody else reads anything.
 */
#ifndef KINERJA_GUIDANCE_ACCESS_H
#define KINERJA_GUIDANCE_ACCESS_H

#include "store/guidance.h"

struct req;

/* The caller's part towards an employee (bits). */
enum {
	GUIDE_SELF = 1,     /* the employee */
	GUIDE_LEAD = 2,     /* a superior up the chain, or HR over the employee's unit */
	GUIDE_READ = 4,     /* may read (set for the two above, auditors, administrators) */
};

/* The caller's roles towards employee `employee_id`: 0 when unknown. */
unsigned guidance_roles(struct req *r, int64_t employee_id);
/* The same, for a caller who must be able to read: 404 for an unknown
 * employee, 403 otherwise (err set). */
int guidance_roles_check(struct req *r, int64_t employee_id, unsigned *roles,
			 struct kerr *err);
/* 1 if `roles` has one of the bits of `need`; else 0 with KERR_FORBIDDEN
 * saying who may (`what`: "mencatat sesi", ...). */
int guidance_may(unsigned roles, unsigned need, const char *what, struct kerr *err);

/* Loaders for a caller who may read the record: 404 / 403 (err set,
 * nothing to release); the roles towards its employee in *roles. */
int guidance_session_load(struct req *r, int64_t id, struct guidance_session *s,
			  unsigned *roles, struct kerr *err);
int guidance_plan_load(struct req *r, int64_t id, struct improvement_plan *p, unsigned *roles,
		       struct kerr *err);
int guidance_development_load(struct req *r, int64_t id, struct development_item *d,
			      unsigned *roles, struct kerr *err);

/* What the caller may see in the overviews: their own records (an
 * employee), their subordinates' (one who leads a post), the units of
 * their scope (a pengelola: their unit; auditors and administrators: all,
 * 0; nobody else: -1). */
int guidance_may_lead_anyone(struct req *r);
int64_t guidance_hr_root(const struct req *r);

#endif
