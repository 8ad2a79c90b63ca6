/*
 * evidence.c - the evidence (bukti dukung) of a realisasi: files, whose
 * bytes live in evidence_blob so that every server of a cluster can serve
 * them, and links; adding, deleting, reading one, a file's bytes, and the
 * evidence of a whole SKP.
 *
 * A file is checked before anything is written: its size, its extension
 * and its content (libmagic, core/filetype.h) must agree
 * (evidence_file_check), before any transaction begins; its SHA-256
 * (libsodium) is kept with it.  Every change first checks the realisasi
 * may change now (monitor_check_writable), then takes the realisasi's row
 * (FOR UPDATE on PostgreSQL, so two uploads cannot both pass the count
 * limit).
 */
#include "store/monitor.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/filetype.h"
#include "core/timeutil.h"

#include <jansson.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

/* ---- reading ------------------------------------------------------------------------ */

#define EVIDENCE_COLS \
	"e.id, e.realisasi_id, e.kind, e.name, e.url, e.content_type, e.size, e.sha256, " \
	"COALESCE(e.created_by, 0), e.created_at"

static void evidence_from_row(struct db_rows *rows, struct evidence *e)
{
	memset(e, 0, sizeof *e);
	e->id = db_int(rows, 0);
	e->realisasi_id = db_int(rows, 1);
	if (evidence_kind_parse(db_text(rows, 2), &e->kind))
		e->kind = EVIDENCE_FILE;
	e->name = xstrdup(db_text(rows, 3));
	e->url = xstrdup(db_text(rows, 4));
	copy_str(e->content_type, sizeof e->content_type, db_text(rows, 5));
	e->size = db_int(rows, 6);
	copy_str(e->sha256, sizeof e->sha256, db_text(rows, 7));
	e->created_by = db_int(rows, 8);
	e->created_at = db_int(rows, 9);
}

int store_evidence_get(struct db *db, int64_t id, struct evidence *out, int64_t *skp_id,
		       struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT " EVIDENCE_COLS ", r.skp_id FROM evidence e "
		"JOIN realisasi x ON x.id = e.realisasi_id JOIN iki k ON k.id = x.iki_id "
		"JOIN rhk r ON r.id = k.rhk_id WHERE e.id = $1", DB_ARGS(DB_INT(id)), err);
	memset(out, 0, sizeof *out);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		evidence_from_row(rows, out);
		*skp_id = db_int(rows, 10);
	}
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "evidence", "Bukti dukung tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

int store_evidence_data(struct db *db, int64_t id, void **data, size_t *len,
			struct kerr *err)
{
	int rc = db_query_blob(db, "SELECT data FROM evidence_blob WHERE evidence_id = $1",
			       DB_ARGS(DB_INT(id)), data, len, err);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "evidence",
				"Bukti dukung ini tidak memiliki berkas untuk diunduh");
	return rc < 0 ? -1 : 0;
}

int monitor_load_evidence(struct db *db, int64_t skp_id, struct skp_monitor *m,
			  struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT " EVIDENCE_COLS " FROM evidence e JOIN realisasi x ON x.id = e.realisasi_id "
		"JOIN iki k ON k.id = x.iki_id JOIN rhk r ON r.id = k.rhk_id WHERE r.skp_id = $1 "
		"ORDER BY e.realisasi_id, e.id", DB_ARGS(DB_INT(skp_id)), err);
	if (!rows)
		return -1;
	size_t alloc = 0;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		if (m->n_ev == alloc)
			m->ev = xrealloc(m->ev, (alloc = alloc ? alloc * 2 : 16) * sizeof *m->ev);
		evidence_from_row(rows, &m->ev[m->n_ev++]);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* ---- the realisasi a change is made to ----------------------------------------------------- */

#define REALISASI_LOCK "SELECT id FROM realisasi WHERE id = $1"

/* Takes realisasi `id` for a change of its evidence: checks it may change
 * now (which holds its SKP and checkpoint rows, as a realisasi change
 * does, so both take the locks in the same order), then locks its row, so
 * that two changes of its evidence run one after the other. */
static int claim_realisasi(struct db *db, int64_t id, struct kerr *err)
{
	struct realisasi x;
	int64_t skp_id = 0, found = 0;
	char approach[12];
	if (store_realisasi_get(db, id, &x, err))
		return -1;
	realisasi_release(&x);
	if (store_realisasi_skp(db, id, &skp_id, err) ||
	    monitor_check_writable(db, skp_id, x.iki_id, x.checkpoint_id, approach, err))
		return -1;
	int pg = db_kind(db) == DB_POSTGRES;
	if (db_query_int(db, pg ? REALISASI_LOCK " FOR UPDATE" : REALISASI_LOCK,
			 DB_ARGS(DB_INT(id)), &found, err) < 0)
		return -1;
	return found ? 0 : kerr_set(err, KERR_NOT_FOUND, "realisasi", "Realisasi tidak ditemukan");
}

/* Refuses another piece of evidence of `kind` past `max`. */
static int check_count(struct db *db, int64_t realisasi_id, enum evidence_kind kind, int max,
		       struct kerr *err)
{
	int64_t n = 0;
	if (db_query_int(db, "SELECT COUNT(*) FROM evidence WHERE realisasi_id = $1 AND kind = $2",
			 DB_ARGS(DB_INT(realisasi_id), DB_TEXT(evidence_kind_name(kind))), &n,
			 err) < 0)
		return -1;
	if (n >= max)
		return kerr_set(err, KERR_CONFLICT, kind == EVIDENCE_FILE ? "file" : "url",
				"Realisasi ini sudah memiliki %d %s bukti dukung; hapus salah satu "
				"terlebih dahulu", max, kind == EVIDENCE_FILE ? "berkas" : "tautan");
	return 0;
}

static json_t *evidence_json(const struct evidence *e)
{
	return json_pack("{s:I, s:s, s:s, s:s, s:s, s:I, s:s}", "realisasi_id",
			 (json_int_t)e->realisasi_id, "kind", evidence_kind_name(e->kind),
			 "name", e->name ? e->name : "", "url", e->url ? e->url : "",
			 "content_type", e->content_type, "size", (json_int_t)e->size,
			 "sha256", e->sha256);
}

static int evidence_insert(struct db *db, const struct actor *who, struct evidence *e,
			   struct kerr *err)
{
	e->created_at = now_unix();
	int rc = db_query_int(db,
		"INSERT INTO evidence (realisasi_id, kind, name, url, content_type, size, sha256, "
		"created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
		DB_ARGS(DB_INT(e->realisasi_id), DB_TEXT(evidence_kind_name(e->kind)),
			DB_TEXT(e->name), DB_TEXT(e->url), DB_TEXT(e->content_type),
			DB_INT(e->size), DB_TEXT(e->sha256), DB_ID(who->user_id),
			DB_INT(e->created_at)), &e->id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "Bukti dukung tidak tersimpan") : -1;
	return 0;
}

/* ---- files --------------------------------------------------------------------------- */

static void sha256_hex(const void *data, size_t len, char out[65])
{
	unsigned char h[crypto_hash_sha256_BYTES];
	crypto_hash_sha256(h, data, len);
	sodium_bin2hex(out, 65, h, sizeof h);
}

/* The file's name and type, after its content is checked. */
static int check_file(const char *name, const void *data, size_t len, struct evidence *e,
		      struct kerr *err)
{
	char detected[96] = "";
	const struct evidence_type *type = NULL;
	char clean[4 * EVIDENCE_NAME_MAX + 1];
	evidence_clean_name(name, clean, sizeof clean);
	if (len && len <= EVIDENCE_FILE_MAX &&
	    filetype_detect(data, len, detected, sizeof detected, err))
		return -1;
	if (evidence_file_check(clean, len, detected, &type, err))
		return -1;
	e->kind = EVIDENCE_FILE;
	e->name = xstrdup(clean);
	e->url = xstrdup("");
	copy_str(e->content_type, sizeof e->content_type, type->mime);
	e->size = (int64_t)len;
	sha256_hex(data, len, e->sha256);
	return 0;
}

static int add_file_tx(struct db *db, const struct actor *who, struct evidence *e,
		       const void *data, size_t len, struct kerr *err)
{
	if (claim_realisasi(db, e->realisasi_id, err) ||
	    check_count(db, e->realisasi_id, EVIDENCE_FILE, EVIDENCE_FILES_MAX, err) ||
	    evidence_insert(db, who, e, err))
		return -1;
	if (db_exec(db, "INSERT INTO evidence_blob (evidence_id, data) VALUES ($1, $2)",
		    DB_ARGS(DB_INT(e->id), DB_BLOB(data, len)), err) < 0)
		return -1;
	return store_audit_json(db, who, "create", "evidence", e->id, NULL, evidence_json(e), err);
}

int store_evidence_add_file(struct db *db, const struct actor *who, int64_t realisasi_id,
			    const char *name, const void *data, size_t len, int64_t *id,
			    struct kerr *err)
{
	struct evidence e;
	memset(&e, 0, sizeof e);
	e.realisasi_id = realisasi_id;
	/* the file first: its checks and hash need no lock on the database */
	int rc = check_file(name, data, len, &e, err);
	if (!rc && !db_begin(db, err))
		rc = db_finish(db, add_file_tx(db, who, &e, data, len, err), err);
	else
		rc = -1;
	if (!rc)
		*id = e.id;
	evidence_release(&e);
	return rc;
}

/* ---- links --------------------------------------------------------------------------- */

static int add_link_tx(struct db *db, const struct actor *who, struct evidence *e,
		       struct kerr *err)
{
	if (claim_realisasi(db, e->realisasi_id, err) ||
	    evidence_link_check(e->url, e->name, err) ||
	    check_count(db, e->realisasi_id, EVIDENCE_LINK, EVIDENCE_LINKS_MAX, err) ||
	    evidence_insert(db, who, e, err))
		return -1;
	return store_audit_json(db, who, "create", "evidence", e->id, NULL, evidence_json(e), err);
}

int store_evidence_add_link(struct db *db, const struct actor *who, int64_t realisasi_id,
			    const char *url, const char *title, int64_t *id, struct kerr *err)
{
	struct evidence e;
	memset(&e, 0, sizeof e);
	e.realisasi_id = realisasi_id;
	e.kind = EVIDENCE_LINK;
	e.url = (char *)(url ? url : "");
	e.name = (char *)(title ? title : "");
	if (db_begin(db, err))
		return -1;
	int rc = db_finish(db, add_link_tx(db, who, &e, err), err);
	if (!rc)
		*id = e.id;
	return rc;   /* e's texts are the caller's */
}

/* ---- deleting ------------------------------------------------------------------------- */

static int delete_tx(struct db *db, const struct actor *who, int64_t id, struct evidence *e,
		     struct kerr *err)
{
	int64_t skp_id = 0;
	if (store_evidence_get(db, id, e, &skp_id, err) ||
	    claim_realisasi(db, e->realisasi_id, err))
		return -1;
	if (db_exec(db, "DELETE FROM evidence WHERE id = $1", DB_ARGS(DB_INT(id)), err) < 0)
		return -1;
	return store_audit_json(db, who, "delete", "evidence", id, evidence_json(e), NULL, err);
}

int store_evidence_delete(struct db *db, const struct actor *who, int64_t id,
			  struct kerr *err)
{
	struct evidence e;
	memset(&e, 0, sizeof e);
	if (db_begin(db, err))
		return -1;
	int rc = db_finish(db, delete_tx(db, who, id, &e, err), err);
	evidence_release(&e);
	return rc;
}
