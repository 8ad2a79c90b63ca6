/*
 * briefing_access.h - who may do what with a guide (sosialisasi), shared
 * by the pages and the API:
 *
 *   - HR reads every guide whose audience overlaps their scope (drafts
 *     too), with its coverage and the list of who has not acknowledged,
 *     counted within their scope: a pengelola (scope: their unit and
 *     those below it), auditors and administrators (everything);
 *   - HR manages (writes, publishes, withdraws, attaches files) a guide
 *     whose audience lies within their scope: an administrator any; a
 *     pengelola one for a unit within their scope, or for the whole
 *     office when their scope holds every active employee;
 *   - HR reminds, within their scope (pengelola in scope, administrator);
 *   - an employee reads a published (or withdrawn) guide that addresses
 *     them, and opens, answers and acknowledges it (the store checks that
 *     it addresses them); a draft is hidden (404) from anyone else, a
 *     published guide for others is refused (403, naming the audience).
 */
#ifndef KINERJA_BRIEFING_ACCESS_H
#define KINERJA_BRIEFING_ACCESS_H

#include "store/briefing.h"

struct req;
struct strbuf;

enum {
	GUIDE_ROLE_ADDRESSED = 1,   /* an active employee it addresses (published or withdrawn) */
	GUIDE_ROLE_HR = 2,          /* reads it with its coverage, reminds (within scope) */
	GUIDE_ROLE_MANAGE = 4,      /* changes it */
	GUIDE_ROLE_READER = 8,      /* set for all the above */
};

/* The unit HR's figures are counted within: 0 (all) for administrators
 * and auditors, the pengelola's scope unit (-1 when none), -1 for others. */
int64_t guide_scope(const struct req *r);

unsigned guide_roles(struct req *r, const struct guide *g);
/* Loads guide `id` (store_guide_get) for a caller who may read it: 404
 * when missing or a draft they may not see, 403 otherwise (err set,
 * nothing to release).  guide_release() it. */
int guide_load(struct req *r, int64_t id, struct guide *g, unsigned *roles, struct kerr *err);
/* 1 if `roles` has `need` (one GUIDE_ROLE_ bit); else 0 with
 * KERR_FORBIDDEN saying who may. */
int guide_may(unsigned roles, unsigned need, struct kerr *err);
/* 0 if the caller may address a guide to unit `unit_id` (0: the whole
 * office); KERR_FORBIDDEN on "unit_id" otherwise. */
int guide_may_target(struct req *r, int64_t unit_id, struct kerr *err);

/* Serves the bytes of attachment `id` to a caller who may read its guide
 * (RFC 6266 file name); 404 / 403 otherwise.  Returns 0. */
int reply_guide_attachment(struct req *r, int64_t id);

/* Multipart fields as the forms read them (every piece of a text field
 * joined; the last file); see objection_access.h for why. */
const char *guide_form(struct req *r, const char *name, struct strbuf *buf);
const struct kv *guide_upload(struct req *r, const char *name);

#endif
