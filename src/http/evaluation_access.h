/*
 * evaluation_access.h - who may see and do what in evaluating the
 * performance system, shared by the pages, the API and nothing else:
 *
 *   - the process figures and the results of surveys are read by HR (a
 *     pengelola kinerja: their scope unit and the units below it),
 *     leaders (whoever holds or acts in (Plt) the post heading a unit:
 *     that unit and those below it), auditors and administrators (the
 *     whole office).  A reader sees a survey whose audience overlaps what
 *     they read, its response rate per group, its whole result and the
 *     cells within their part; nobody sees who answered what, since
 *     nothing stored can tell;
 *   - HR writes, opens and closes surveys: an administrator any; a
 *     pengelola one addressed within their scope (the whole office when
 *     their scope holds every active employee).  A draft is hidden (404)
 *     from anyone but HR, auditors and administrators;
 *   - an employee sees and answers, once, a survey addressed to them (the
 *     store checks that it is, and that they have not answered).
 *   - the threshold setting is read by everyone logged in and set by an
 *     administrator (never below 5).
 */
#ifndef KINERJA_EVALUATION_ACCESS_H
#define KINERJA_EVALUATION_ACCESS_H

#include "store/evaluation.h"

struct req;

/* What the caller reads figures and results of: 0 (the whole office) for
 * administrators and auditors, a pengelola's scope, a leader's unit; -1
 * for anyone else (and a pengelola without a scope). */
int64_t eval_reader_root(struct req *r);
/* 1 if the caller may read the figures of unit `unit_id` (0: the whole
 * office); else 0 with KERR_FORBIDDEN on "unit" (an unknown unit:
 * KERR_NOT_FOUND "unit"). */
int eval_may_read_unit(struct req *r, int64_t unit_id, struct kerr *err);
/* 1 if unit `unit_id` (0: the whole office) lies within root (0: all). */
int eval_unit_within(struct req *r, int64_t unit_id, int64_t root);

enum {
	SURVEY_ROLE_ADDRESSED = 1,   /* an active employee it addresses (not a draft) */
	SURVEY_ROLE_READER = 2,      /* reads participation and results */
	SURVEY_ROLE_MANAGE = 4,      /* writes, opens, closes */
	SURVEY_ROLE_SEE = 8,         /* set for all the above */
};

unsigned survey_roles(struct req *r, const struct survey *s);
/* Loads survey `id` with its questions for a caller who may see it: 404
 * when missing or a draft they may not see, 403 otherwise (err set,
 * nothing to release).  survey_release() it. */
int survey_load(struct req *r, int64_t id, struct survey *s, unsigned *roles,
		struct kerr *err);
/* 1 if `roles` has `need` (one SURVEY_ROLE_ bit); else 0 with
 * KERR_FORBIDDEN saying who may. */
int survey_may(unsigned roles, unsigned need, struct kerr *err);
/* 0 if the caller may address a survey to unit `unit_id` (0: the whole
 * office); KERR_FORBIDDEN (or KERR_INVALID for an unknown unit) on
 * "unit_id" otherwise. */
int survey_may_target(struct req *r, int64_t unit_id, struct kerr *err);

#endif
