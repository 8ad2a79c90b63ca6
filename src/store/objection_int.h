/*
 * objection_int.h - helpers shared by the objection files of src/store
 * only (objection.c: reading and the setting; objection_flow.c: filing,
 * the explanation and the decision; objection_attach.c: attachments).
 */
#ifndef KINERJA_OBJECTION_INT_H
#define KINERJA_OBJECTION_INT_H

#include <jansson.h>

#include "store/objection.h"

/* The case as JSON for the audit trail (texts and ratings, no files). */
json_t *objection_json(const struct objection *o);

/* Inside a transaction: loads case `id` for a change, holding its row
 * until the end (FOR UPDATE on PostgreSQL; SQLite's write lock is taken
 * by db_begin), and checks `version` (0: any). */
int objection_claim(struct db *db, int64_t id, int64_t version, struct objection *o,
		    struct kerr *err);

/* Checks an uploaded file as evidence is checked (size, extension,
 * content by libmagic) and fills *a (name cleaned, type, size, SHA-256);
 * errors on "berkas".  No database needed. */
int objection_file_check(const struct objection_file *f, struct objection_attachment *a,
			 struct kerr *err);
/* Inside a transaction: stores file f (checked into a) for case o. */
int objection_attachment_insert(struct db *db, const struct actor *who,
				const struct objection *o, const struct objection_file *f,
				struct objection_attachment *a, struct kerr *err);

#endif
