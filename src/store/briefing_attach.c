/*
 * briefing_attach.c - the attachments (lampiran) of a guide: files
 * checked exactly as evidence and objection files are (domain/monitor.h's
 * size, extension and name rules, the content by libmagic through
 * core/filetype.h, the SHA-256 kept), stored with their bytes in
 * guide_attachment so every server can serve them, removed, and read
 * back for download.  A change to a published guide's files makes a new
 * version (see briefing.h).
 */
#include "store/briefing_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "store/monitor.h"
#include "core/filetype.h"
#include "core/timeutil.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

/* Checks the file and fills *a (name cleaned, type, size, SHA-256);
 * errors on "berkas". */
static int file_check(const struct guide_file *f, struct guide_attachment *a, struct kerr *err)
{
	char detected[96] = "";
	char clean[4 * EVIDENCE_NAME_MAX + 1];
	const struct evidence_type *type = NULL;
	unsigned char h[crypto_hash_sha256_BYTES];
	struct kerr why = KERR_INIT;
	evidence_clean_name(f->name ? f->name : "", clean, sizeof clean);
	if ((f->len && f->len <= EVIDENCE_FILE_MAX &&
	     filetype_detect(f->data, f->len, detected, sizeof detected, &why)) ||
	    evidence_file_check(clean, f->len, detected, &type, &why))
		return kerr_set(err, why.code, !strcmp(why.field, "file") ? "berkas" : why.field,
				"%s", why.msg);
	a->name = xstrdup(clean);
	copy_str(a->content_type, sizeof a->content_type, type->mime);
	a->size = (int64_t)f->len;
	crypto_hash_sha256(h, f->data, f->len);
	sodium_bin2hex(a->sha256, sizeof a->sha256, h, sizeof h);
	return 0;
}

static json_t *attachment_json(const struct guide_attachment *a, int64_t version)
{
	return json_pack("{s:I, s:s, s:s, s:I, s:s, s:I}", "lampiran_id", (json_int_t)a->id,
			 "nama", a->name, "tipe", a->content_type, "ukuran", (json_int_t)a->size,
			 "sha256", a->sha256, "versi", (json_int_t)version);
}

/* The version after a content change of g. */
static int64_t next_version(const struct guide *g)
{
	return g->version + (g->state == BRIEF_TERBIT ? 1 : 0);
}

static int attach_tx(struct db *db, const struct actor *who, int64_t guide_id,
		     const struct guide_file *f, struct guide_attachment *a, struct kerr *err)
{
	struct guide g;
	int64_t n = 0;
	if (guide_claim(db, guide_id, 0, &g, err))
		return -1;
	int rc = guide_changeable(&g, err);
	if (!rc && db_query_int(db, "SELECT COUNT(*) FROM guide_attachment WHERE guide_id = $1",
				DB_ARGS(DB_INT(guide_id)), &n, err) < 0)
		rc = -1;
	if (!rc && n >= EVIDENCE_FILES_MAX)
		rc = kerr_set(err, KERR_CONFLICT, "berkas", "Panduan ini sudah memiliki %d lampiran, "
			      "jumlah paling banyak", EVIDENCE_FILES_MAX);
	a->guide_id = guide_id;
	a->created_at = now_unix();
	if (!rc) {
		int got = db_query_int(db,
			"INSERT INTO guide_attachment (guide_id, name, content_type, size, sha256, "
			"created_by, created_at, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
			"RETURNING id",
			DB_ARGS(DB_INT(guide_id), DB_TEXT(a->name), DB_TEXT(a->content_type),
				DB_INT(a->size), DB_TEXT(a->sha256), DB_ID(who->user_id),
				DB_INT(a->created_at), DB_BLOB(f->data, f->len)), &a->id, err);
		rc = got == 1 ? 0 : got == 0 ? kerr_set(err, KERR_DB, "", "Lampiran tidak tersimpan")
					     : -1;
	}
	if (!rc)
		rc = guide_bump(db, &g, 1, err);
	if (!rc)
		rc = store_audit_json(db, who, "lampiran", "panduan", guide_id, NULL,
				      attachment_json(a, next_version(&g)), err);
	guide_release(&g);
	return rc;
}

int store_guide_attach(struct db *db, const struct actor *who, int64_t guide_id,
		       const struct guide_file *f, int64_t *id, struct kerr *err)
{
	struct guide_attachment a;
	memset(&a, 0, sizeof a);
	/* the file first: its checks and hash need no lock on the database */
	int rc = file_check(f, &a, err);
	if (!rc && !db_begin(db, err))
		rc = db_finish(db, attach_tx(db, who, guide_id, f, &a, err), err);
	else
		rc = -1;
	if (!rc)
		*id = a.id;
	guide_attachment_release(&a);
	return rc;
}

static int delete_tx(struct db *db, const struct actor *who, const struct guide_attachment *a,
		     struct kerr *err)
{
	struct guide g;
	if (guide_claim(db, a->guide_id, 0, &g, err))
		return -1;
	int rc = guide_changeable(&g, err);
	if (!rc)
		rc = db_exec(db, "DELETE FROM guide_attachment WHERE id = $1", DB_ARGS(DB_INT(a->id)),
			     err) < 0 ? -1 : 0;
	if (!rc)
		rc = guide_bump(db, &g, 1, err);
	if (!rc)
		rc = store_audit_json(db, who, "hapus_lampiran", "panduan", g.id,
				      attachment_json(a, g.version),
				      json_pack("{s:I}", "versi", (json_int_t)next_version(&g)), err);
	guide_release(&g);
	return rc;
}

int store_guide_attachment_delete(struct db *db, const struct actor *who, int64_t id,
				  struct kerr *err)
{
	struct guide_attachment a;
	if (store_guide_attachment_get(db, id, &a, err))
		return -1;
	int rc = db_begin(db, err);
	if (!rc)
		rc = db_finish(db, delete_tx(db, who, &a, err), err);
	guide_attachment_release(&a);
	return rc;
}

int store_guide_attachment_get(struct db *db, int64_t id, struct guide_attachment *out,
			       struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT id, guide_id, name, content_type, size, "
					"sha256, created_at FROM guide_attachment WHERE id = $1",
					DB_ARGS(DB_INT(id)), err);
	memset(out, 0, sizeof *out);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		out->id = db_int(rows, 0);
		out->guide_id = db_int(rows, 1);
		out->name = xstrdup(db_text(rows, 2));
		copy_str(out->content_type, sizeof out->content_type, db_text(rows, 3));
		out->size = db_int(rows, 4);
		copy_str(out->sha256, sizeof out->sha256, db_text(rows, 5));
		out->created_at = db_int(rows, 6);
	}
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "", "Lampiran panduan tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

int store_guide_attachment_data(struct db *db, int64_t id, void **data, size_t *len,
				struct kerr *err)
{
	int rc = db_query_blob(db, "SELECT data FROM guide_attachment WHERE id = $1",
			       DB_ARGS(DB_INT(id)), data, len, err);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "", "Lampiran panduan tidak ditemukan");
	return rc < 0 ? -1 : 0;
}
