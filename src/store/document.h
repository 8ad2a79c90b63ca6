/*
 * document.h - storing what the official documents need beyond the data
 * they print: the instansi's logo (one, replaced by a new upload, kept in
 * the database so every server draws it) and the way from an assessment's
 * id to its SKP.  Same conventions as the rest of the store: 0 / -1 with
 * `err`, every change in one transaction with its audit row (entity
 * "dokumen_logo"); who may change the logo (an administrator) is the
 * caller's to check, and so is what the bytes are (doc/official.h's
 * official_logo_upload checks them before they come here).
 */
#ifndef KINERJA_STORE_DOCUMENT_H
#define KINERJA_STORE_DOCUMENT_H

#include "store/store.h"

struct document_logo {
	char content_type[32];     /* image/png, image/jpeg */
	int64_t size;
	char sha256[65];
	char file_name[256];
	char uploaded_by[300];     /* the account's name or login, "" when gone */
	int64_t uploaded_at;
};

/* The logo's details: 1 when one is set, 0 when none (*out zeroed), -1. */
int store_document_logo_info(struct db *db, struct document_logo *out, struct kerr *err);
/* Its bytes (malloc'ed with a NUL after them; free() them): 1, 0 none, -1. */
int store_document_logo_data(struct db *db, void **data, size_t *len, struct kerr *err);
/* Replaces the logo with checked bytes of type `content_type`; the audit
 * row records the old and new type, size and SHA-256. */
int store_document_logo_set(struct db *db, const struct actor *who, const char *content_type,
			    const char *file_name, const void *data, size_t len,
			    struct kerr *err);
/* Removes the logo; none set is KERR_NOT_FOUND "logo". */
int store_document_logo_delete(struct db *db, const struct actor *who, struct kerr *err);

/* The SKP of assessment `assessment_id` (KERR_NOT_FOUND "penilaian"). */
int store_assessment_skp(struct db *db, int64_t assessment_id, int64_t *skp_id,
			 struct kerr *err);

#endif
