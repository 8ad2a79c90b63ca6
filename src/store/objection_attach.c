/*
 * objection_attach.c - the attachments (lampiran) of an objection: files
 * checked exactly as evidence files are (domain/monitor.h's size,
 * extension and name rules, the content by libmagic through
 * core/filetype.h, the SHA-256 kept), stored with their bytes in
 * objection_attachment, and read back for download.
 */
#include "store/objection_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "store/monitor.h"
#include "core/filetype.h"
#include "core/timeutil.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

int objection_file_check(const struct objection_file *f, struct objection_attachment *a,
			 struct kerr *err)
{
	char detected[96] = "";
	char clean[4 * EVIDENCE_NAME_MAX + 1];
	const struct evidence_type *type = NULL;
	unsigned char h[crypto_hash_sha256_BYTES];
	struct kerr why = KERR_INIT;
	evidence_clean_name(f->name ? f->name : "", clean, sizeof clean);
	if ((f->len && f->len <= EVIDENCE_FILE_MAX &&
	     filetype_detect(f->data, f->len, detected, sizeof detected, &why)) ||
	    evidence_file_check(clean, f->len, detected, &type, &why)) {
		/* the upload's field is "berkas", as in the API and the forms */
		return kerr_set(err, why.code, !strcmp(why.field, "file") ? "berkas" : why.field,
				"%s", why.msg);
	}
	a->name = xstrdup(clean);
	copy_str(a->content_type, sizeof a->content_type, type->mime);
	a->size = (int64_t)f->len;
	crypto_hash_sha256(h, f->data, f->len);
	sodium_bin2hex(a->sha256, sizeof a->sha256, h, sizeof h);
	return 0;
}

static json_t *attachment_json(const struct objection_attachment *a)
{
	return json_pack("{s:I, s:s, s:s, s:I, s:s}", "objection_id", (json_int_t)a->objection_id,
			 "name", a->name, "content_type", a->content_type, "size",
			 (json_int_t)a->size, "sha256", a->sha256);
}

int objection_attachment_insert(struct db *db, const struct actor *who,
				const struct objection *o, const struct objection_file *f,
				struct objection_attachment *a, struct kerr *err)
{
	int64_t n = 0;
	if (db_query_int(db, "SELECT COUNT(*) FROM objection_attachment WHERE objection_id = $1",
			 DB_ARGS(DB_INT(o->id)), &n, err) < 0)
		return -1;
	if (n >= EVIDENCE_FILES_MAX)
		return kerr_set(err, KERR_CONFLICT, "berkas", "Keberatan ini sudah memiliki %d "
				"lampiran, jumlah paling banyak", EVIDENCE_FILES_MAX);
	a->objection_id = o->id;
	a->created_at = now_unix();
	int rc = db_query_int(db,
		"INSERT INTO objection_attachment (objection_id, name, content_type, size, sha256, "
		"created_by, created_at, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
		DB_ARGS(DB_INT(o->id), DB_TEXT(a->name), DB_TEXT(a->content_type), DB_INT(a->size),
			DB_TEXT(a->sha256), DB_ID(who->user_id), DB_INT(a->created_at),
			DB_BLOB(f->data, f->len)), &a->id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "Lampiran tidak tersimpan") : -1;
	return store_audit_json(db, who, "lampiran", "objection", o->id, NULL,
				attachment_json(a), err);
}

static int attach_tx(struct db *db, const struct actor *who, int64_t objection_id,
		     const struct objection_file *f, struct objection_attachment *a,
		     struct kerr *err)
{
	struct objection o;
	if (objection_claim(db, objection_id, 0, &o, err))
		return -1;
	int rc = 0;
	if (o.state == OBJ_DIPUTUS)
		rc = kerr_set(err, KERR_CONFLICT, "status", "Keberatan ini sudah diputus; lampiran "
			      "tidak dapat ditambah lagi");
	if (!rc)
		rc = objection_attachment_insert(db, who, &o, f, a, err);
	objection_release(&o);
	return rc;
}

int store_objection_attach(struct db *db, const struct actor *who, int64_t objection_id,
			   const struct objection_file *f, int64_t *id, struct kerr *err)
{
	struct objection_attachment a;
	memset(&a, 0, sizeof a);
	/* the file first: its checks and hash need no lock on the database */
	int rc = objection_file_check(f, &a, err);
	if (!rc && !db_begin(db, err))
		rc = db_finish(db, attach_tx(db, who, objection_id, f, &a, err), err);
	else
		rc = -1;
	if (!rc)
		*id = a.id;
	objection_attachment_release(&a);
	return rc;
}

int store_objection_attachment_get(struct db *db, int64_t id, struct objection_attachment *out,
				   struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT id, objection_id, name, content_type, size, "
					"sha256, created_at FROM objection_attachment WHERE id = $1",
					DB_ARGS(DB_INT(id)), err);
	memset(out, 0, sizeof *out);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		out->id = db_int(rows, 0);
		out->objection_id = db_int(rows, 1);
		out->name = xstrdup(db_text(rows, 2));
		copy_str(out->content_type, sizeof out->content_type, db_text(rows, 3));
		out->size = db_int(rows, 4);
		copy_str(out->sha256, sizeof out->sha256, db_text(rows, 5));
		out->created_at = db_int(rows, 6);
	}
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "", "Lampiran keberatan tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

int store_objection_attachment_data(struct db *db, int64_t id, void **data, size_t *len,
				    struct kerr *err)
{
	int rc = db_query_blob(db, "SELECT data FROM objection_attachment WHERE id = $1",
			       DB_ARGS(DB_INT(id)), data, len, err);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "", "Lampiran keberatan tidak ditemukan");
	return rc < 0 ? -1 : 0;
}
