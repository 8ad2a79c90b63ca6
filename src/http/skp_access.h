/*
 * skp_access.h - who may see and act on an SKP, shared by the pages and the
 * API: the owner edits and submits, the pejabat penilai approves or
 * returns, superiors further up, the pengelola of the unit, auditors and
 * administrators read.  The same readers see the realisasi and download its
 * evidence; only the owner records them.
 */
#ifndef KINERJA_SKP_ACCESS_H
#define KINERJA_SKP_ACCESS_H

#include "domain/skp.h"

struct req;

/* The principal's role towards the SKP: owner, assessor (the employee's
 * current pejabat penilai, or the one it was submitted to; for the head of
 * the whole organisation, who has no pejabat penilai in the system, an
 * administrator), or other. */
enum skp_role skp_role_of(struct req *r, const struct skp *s);
/* 1 if the principal may read the SKP. */
int may_read_skp(struct req *r, const struct skp *s);
/* 1 if the principal may change the SKP's content now (the owner, and the
 * SKP editable in its period state). */
int may_edit_skp(struct req *r, const struct skp *s, enum period_state period);
/* 1 if the principal may record the SKP's realisasi and evidence: its
 * owner alone.  Whether they may change now (an approved SKP, an open
 * checkpoint, ...) is the store's to say (store/monitor.h). */
int may_record_realisasi(struct req *r, const struct skp *s);
/* Serves the bytes of evidence file `id` to a principal who may read its
 * SKP, as an attachment of its stored type with a safe file name; replies
 * with 404 / 403 otherwise (JSON on the API, a page elsewhere).  Returns 0. */
int reply_evidence_download(struct req *r, int64_t id);

#endif
