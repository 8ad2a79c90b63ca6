/*
 * feedback_access.h - who may read and write continuous feedback on an
 * SKP, shared by the pages and the API: the pejabat penilai starts threads
 * and replies, the SKP's owner replies, everyone who may read the SKP
 * (superiors further up, the pengelola of the unit, auditors and
 * administrators) reads; nobody else sees it.  The store checks the rest
 * (the SKP approved at least once, the period not closed, the target).
 */
#ifndef KINERJA_FEEDBACK_ACCESS_H
#define KINERJA_FEEDBACK_ACCESS_H

#include "domain/skp.h"
#include "store/feedback.h"

struct req;

/* An SKP loaded for a feedback request. */
struct fb_ctx {
	struct skp s;            /* the whole SKP (its results for the targets) */
	struct period p;
	enum skp_role role;      /* the caller's */
	int open;                /* feedback may be written now (feedback_open) */
	char author_name[300];   /* the caller as an author: their name with titles */
};

/* Loads SKP `skp_id` for someone who may read it: 404 when missing, 403
 * otherwise (err set, nothing to release).  fb_ctx_release() it. */
int fb_ctx_load(struct req *r, int64_t skp_id, struct fb_ctx *c, struct kerr *err);
void fb_ctx_release(struct fb_ctx *c);

/* 1 if the caller may start a thread / reply on this SKP (whatever its
 * state); else 0 with err (KERR_FORBIDDEN) saying why, when err is set. */
int fb_may_start(const struct fb_ctx *c, struct kerr *err);
int fb_may_reply(const struct fb_ctx *c, struct kerr *err);
/* The caller as the author of a message on this SKP. */
struct feedback_author fb_author(const struct req *r, const struct fb_ctx *c);
/* 1 if the caller is the pejabat penilai's side (the superior). */
int fb_is_superior(const struct fb_ctx *c);
/* As the owner or the pejabat penilai, marks the other side's messages
 * read; nothing for other readers. */
int fb_mark_read(struct req *r, const struct fb_ctx *c, struct kerr *err);

#endif
