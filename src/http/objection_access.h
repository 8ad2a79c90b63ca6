/*
 * objection_access.h - who may do what with an objection (keberatan),
 * shared by the pages and the API:
 *
 *   - the assessed employee files it (the store checks that) and adds
 *     attachments until it is decided;
 *   - the atasan pejabat penilai fixed at filing (an administrator when
 *     nobody in the system is) asks for the explanation and decides;
 *   - the pejabat penilai who rated (an administrator when one did)
 *     explains;
 *   - those three and everyone who may read the SKP (superiors up the
 *     chain, the pengelola of the unit, auditors, administrators) read the
 *     case and download its attachments; nobody else.
 */
#ifndef KINERJA_OBJECTION_ACCESS_H
#define KINERJA_OBJECTION_ACCESS_H

#include "store/objection.h"

struct req;

/* The caller's part in a case (bits). */
enum {
	OBJ_ROLE_FILER = 1,      /* the assessed employee */
	OBJ_ROLE_EXPLAINER = 2,  /* the pejabat penilai who rated */
	OBJ_ROLE_DECIDER = 4,    /* the atasan pejabat penilai */
	OBJ_ROLE_READER = 8,     /* may read the case (set for all the above) */
};

unsigned objection_roles(struct req *r, const struct objection *o);

/* Loads case `id` for a caller who may read it: 404 when missing, 403
 * otherwise (err set, nothing to release).  objection_release() it. */
int objection_load(struct req *r, int64_t id, struct objection *o, unsigned *roles,
		   struct kerr *err);
/* 1 if `roles` has `need` (one OBJ_ROLE_ bit); else 0 with KERR_FORBIDDEN
 * saying who may. */
int objection_may(unsigned roles, unsigned need, struct kerr *err);

/*
 * Multipart fields as the objection forms read them.  libmicrohttpd
 * (0.9.75) may hand a value over as an empty first piece and then the
 * value, both at offset 0, which the server's field callback stores as
 * two items of the same name (req_form / req_upload then see the empty
 * one).  These take every piece: the text of all non-file items named
 * `name` joined into *buf (NULL when there is none), and the last file
 * item named `name` (NULL when none).
 */
const char *objection_form(struct req *r, const char *name, struct strbuf *buf);
const struct kv *objection_upload(struct req *r, const char *name);

/* Serves the bytes of attachment `id` to a caller who may read its case,
 * as an attachment of its stored type with a safe file name; replies
 * with 404 / 403 otherwise.  Returns 0. */
int reply_objection_attachment(struct req *r, int64_t id);

#endif
