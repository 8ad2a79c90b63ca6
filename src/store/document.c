/*
 * document.c - the instansi's logo for the official documents and the
 * lookup of an assessment's SKP (see document.h).
 */
#include "store/document.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <sodium.h>
#include <string.h>

int store_document_logo_info(struct db *db, struct document_logo *out, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT l.content_type, l.size, l.sha256, l.file_name, "
		"COALESCE(NULLIF(u.name, ''), NULLIF(e.name, ''), u.login, ''), l.uploaded_at "
		"FROM document_logo l LEFT JOIN users u ON u.id = l.uploaded_by "
		"LEFT JOIN employees e ON e.id = u.employee_id ORDER BY l.id DESC LIMIT 1",
		DB_NOARGS, err);
	memset(out, 0, sizeof *out);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		copy_str(out->content_type, sizeof out->content_type, db_text(rows, 0));
		out->size = db_int(rows, 1);
		copy_str(out->sha256, sizeof out->sha256, db_text(rows, 2));
		copy_str(out->file_name, sizeof out->file_name, db_text(rows, 3));
		copy_str(out->uploaded_by, sizeof out->uploaded_by, db_text(rows, 4));
		out->uploaded_at = db_int(rows, 5);
	}
	db_rows_free(rows);
	return rc;
}

int store_document_logo_data(struct db *db, void **data, size_t *len, struct kerr *err)
{
	*data = NULL;
	*len = 0;
	return db_query_blob(db, "SELECT data FROM document_logo ORDER BY id DESC LIMIT 1",
			     DB_NOARGS, data, len, err);
}

static json_t *logo_json(const struct document_logo *l)
{
	return json_pack("{s:s, s:I, s:s, s:s}", "tipe", l->content_type, "ukuran",
			 (json_int_t)l->size, "sha256", l->sha256, "nama_berkas", l->file_name);
}

static int set_tx(struct db *db, const struct actor *who, const struct document_logo *now,
		  const void *data, size_t len, struct kerr *err)
{
	struct document_logo old;
	int had = store_document_logo_info(db, &old, err);
	if (had < 0 || db_exec(db, "DELETE FROM document_logo", DB_NOARGS, err) < 0)
		return -1;
	if (db_exec(db, "INSERT INTO document_logo (content_type, size, sha256, file_name, "
			"uploaded_by, uploaded_at, data) VALUES ($1, $2, $3, $4, $5, $6, $7)",
		    DB_ARGS(DB_TEXT(now->content_type), DB_INT(now->size), DB_TEXT(now->sha256),
			    DB_TEXT(now->file_name), DB_ID(who->user_id), DB_INT(now->uploaded_at),
			    DB_BLOB(data, len)), err) < 0)
		return -1;
	return store_audit_json(db, who, had ? "ganti" : "unggah", "dokumen_logo", 0,
				had ? logo_json(&old) : NULL, logo_json(now), err);
}

int store_document_logo_set(struct db *db, const struct actor *who, const char *content_type,
			    const char *file_name, const void *data, size_t len,
			    struct kerr *err)
{
	struct document_logo now;
	unsigned char h[crypto_hash_sha256_BYTES];
	memset(&now, 0, sizeof now);
	copy_str(now.content_type, sizeof now.content_type, content_type);
	copy_str(now.file_name, sizeof now.file_name, file_name ? file_name : "");
	now.size = (int64_t)len;
	now.uploaded_at = now_unix();
	crypto_hash_sha256(h, data, len);
	sodium_bin2hex(now.sha256, sizeof now.sha256, h, sizeof h);
	if (db_begin(db, err))
		return -1;
	return db_finish(db, set_tx(db, who, &now, data, len, err), err);
}

static int delete_tx(struct db *db, const struct actor *who, struct kerr *err)
{
	struct document_logo old;
	int had = store_document_logo_info(db, &old, err);
	if (had < 0)
		return -1;
	if (!had)
		return kerr_set(err, KERR_NOT_FOUND, "logo", "Belum ada logo yang dipasang");
	if (db_exec(db, "DELETE FROM document_logo", DB_NOARGS, err) < 0)
		return -1;
	return store_audit_json(db, who, "hapus", "dokumen_logo", 0, logo_json(&old), NULL, err);
}

int store_document_logo_delete(struct db *db, const struct actor *who, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, delete_tx(db, who, err), err);
}

int store_assessment_skp(struct db *db, int64_t assessment_id, int64_t *skp_id,
			 struct kerr *err)
{
	int rc = db_query_int(db, "SELECT skp_id FROM assessment WHERE id = $1",
			      DB_ARGS(DB_INT(assessment_id)), skp_id, err);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "penilaian", "Penilaian #%lld tidak ada",
				(long long)assessment_id);
	return rc < 0 ? -1 : 0;
}
