/*
 * api_realisasi.c - monitoring over the API: an SKP's realisasi with the
 * achievements, recording a realisasi, adding, downloading and deleting
 * its evidence (bukti dukung), and closing a checkpoint.
 *
 * The route's access level is checked by the server; here every handler
 * checks the SKP it touches (found through the IKI, the realisasi or the
 * evidence): reading needs may_read_skp, recording is the owner's alone
 * (may_record_realisasi; anyone else 403), and whether the realisasi may
 * change now (an approved SKP, an open checkpoint, ...) is the store's to
 * say (409 / 422 naming the field).  The JSON shapes are in
 * api_realisasi_json.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "api/api_realisasi.h"
#include "api/api_util.h"
#include "http/request.h"
#include "http/router.h"
#include "http/skp_access.h"

/* Replies with a store error in the API's field names. */
static int reply_monitor_error(struct req *r, struct kerr *err, const char *skp_field)
{
	realisasi_rename_field(err, skp_field);
	return reply_error(r, err);
}

/* Loads SKP `id` for the caller: 403 unless they may read it, and unless
 * they are its owner when `record` is set. */
static int skp_open(struct req *r, int64_t id, int record, struct skp *s, struct kerr *err)
{
	if (store_skp_get(r->db, id, s, err))
		return -1;
	if (record ? may_record_realisasi(r, s) : may_read_skp(r, s))
		return 0;
	skp_release(s);
	return kerr_set(err, KERR_FORBIDDEN, "", record
			? "Hanya pegawai pemilik SKP yang dapat mencatat realisasi dan bukti dukungnya"
			: "Anda tidak berhak melihat SKP ini");
}

/* 1 if the owner may record now, as far as the SKP and its period go. */
static int recordable(struct req *r, const struct skp *s, const struct period *p)
{
	return may_record_realisasi(r, s) && !strcmp(s->state, "disetujui") &&
	       (!strcmp(p->state, "terbuka") || !strcmp(p->state, "dikunci"));
}

/* GET /api/v1/skp/{id}/realisasi */
static int api_monitor_get(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp s;
	struct period p;
	struct skp_monitor m;
	if (skp_open(r, r->path_id, 0, &s, &err))
		return reply_monitor_error(r, &err, "");
	if (store_period_get(r->db, s.period_id, &p, &err) || store_skp_monitor(r->db, &s, &m, &err)) {
		skp_release(&s);
		return reply_monitor_error(r, &err, "");
	}
	struct monitor_view v = { &s, &p, &m, recordable(r, &s, &p) };
	json_t *j = monitor_to_json(&v);
	skp_monitor_release(&m);
	skp_release(&s);
	return reply_json(r, 200, j);
}

/* ---- recording a realisasi ----------------------------------------------------------- */

/* The body of PUT /api/v1/realisasi. */
struct realisasi_body {
	int64_t iki_id, checkpoint_id, version;
	char value[64];
	char description[4 * SKP_TEXT_MAX + 1];
	char note[4 * SKP_TEXT_MAX + 1];
};

/* "nilai" as text, or a JSON number written out ("95.5"); null or absent
 * is none. */
static int read_value(json_t *body, char *out, size_t size, struct kerr *err)
{
	json_t *v = json_object_get(body, "nilai");
	out[0] = '\0';
	if (!v || json_is_null(v))
		return 0;
	if (json_is_integer(v))
		snprintf(out, size, "%lld", (long long)json_integer_value(v));
	else if (json_is_real(v))
		snprintf(out, size, "%.15g", json_real_value(v));
	else if (json_is_string(v) && json_string_length(v) < size)
		copy_str(out, size, json_string_value(v));
	else
		return kerr_set(err, KERR_INVALID, "nilai", json_is_string(v)
				? "Kolom 'nilai' terlalu panjang"
				: "Kolom 'nilai' harus berupa angka atau teks angka");
	return 0;
}

static int read_realisasi(json_t *body, struct realisasi_body *b, struct kerr *err)
{
	static const char *const extra[] = { "iki_id", "titik_periksa_id", "nilai", "version",
					     NULL };
	const struct json_field fields[] = {
		{ "uraian", b->description, sizeof b->description, 0 },
		{ "catatan", b->note, sizeof b->note, 0 },
	};
	memset(b, 0, sizeof *b);
	if (json_take_strings(body, fields, 2, extra, err) ||
	    json_take_int(body, "iki_id", 1, 0, &b->iki_id, err) < 0 ||
	    json_take_int(body, "titik_periksa_id", 1, 0, &b->checkpoint_id, err) < 0 ||
	    json_take_int(body, "version", 0, 1, &b->version, err) < 0 ||
	    read_value(body, b->value, sizeof b->value, err))
		return -1;
	if (!b->iki_id)
		return kerr_set(err, KERR_INVALID, "iki_id", "Kolom 'iki_id' wajib diisi");
	if (!b->checkpoint_id)
		return kerr_set(err, KERR_INVALID, "titik_periksa_id",
				"Kolom 'titik_periksa_id' wajib diisi");
	return 0;
}

/* The SKP of the IKI in the body, which the caller must own. */
static int iki_owner(struct req *r, int64_t iki_id, int64_t *skp_id, struct kerr *err)
{
	struct skp s;
	struct kerr why = KERR_INIT;
	if (store_iki_skp(r->db, iki_id, skp_id, &why))
		return why.code == KERR_NOT_FOUND
			? kerr_set(err, KERR_INVALID, "iki_id", "IKI %lld tidak ditemukan",
				   (long long)iki_id)
			: kerr_set(err, why.code, why.field, "%s", why.msg);
	if (skp_open(r, *skp_id, 1, &s, err)) {
		copy_str(err->field, sizeof err->field, "iki_id");
		return -1;
	}
	skp_release(&s);
	return 0;
}

/* PUT /api/v1/realisasi: 201 when created, 200 when changed. */
static int api_realisasi_put(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct realisasi_body *b = xcalloc(1, sizeof *b);
	struct realisasi x;
	int64_t skp_id = 0, id = 0;
	int created = 0, rc = -1;
	struct actor who = req_actor(r);
	json_t *body = req_json_or_reply(r);
	if (!body) {
		free(b);
		return 0;
	}
	if (!read_realisasi(body, b, &err) && !iki_owner(r, b->iki_id, &skp_id, &err)) {
		struct realisasi_input in = { skp_id, b->iki_id, b->checkpoint_id, b->value,
					      b->description, b->note, b->version };
		rc = store_realisasi_save(r->db, &who, &in, &id, &created, &err);
	}
	json_decref(body);
	free(b);
	if (rc || store_realisasi_get(r->db, id, &x, &err))
		return reply_monitor_error(r, &err, "iki_id");
	json_t *j = realisasi_to_json(&x, 0, NULL, 0);
	realisasi_release(&x);
	return reply_json(r, created ? 201 : 200, j);
}

/* ---- evidence ------------------------------------------------------------------------ */

/* Adds the file in the multipart field "berkas". */
static int add_file(struct req *r, int64_t realisasi_id, int64_t *id, struct kerr *err)
{
	const struct kv *up = req_upload(r, "berkas");
	struct actor who = req_actor(r);
	if (!up || !up->filename || !up->filename[0])
		return kerr_set(err, KERR_INVALID, "berkas",
				"Pilih berkas bukti dukung (kolom 'berkas')");
	return store_evidence_add_file(r->db, &who, realisasi_id, up->filename, up->val, up->len,
				       id, err);
}

/* Adds the link in the JSON body {tautan, judul}. */
static int add_link(struct req *r, int64_t realisasi_id, int64_t *id, struct kerr *err)
{
	char url[EVIDENCE_URL_MAX + 1] = "", title[4 * EVIDENCE_NAME_MAX + 1] = "";
	const struct json_field fields[] = {
		{ "tautan", url, sizeof url, 1 },
		{ "judul", title, sizeof title, 1 },
	};
	struct actor who = req_actor(r);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 1;   /* replied */
	int rc = json_take_strings(body, fields, 2, NULL, err);
	json_decref(body);
	return rc ? -1 : store_evidence_add_link(r->db, &who, realisasi_id, url, title, id, err);
}

/* POST /api/v1/realisasi/{id}/bukti: a file (multipart, field "berkas") or
 * a link (JSON {tautan, judul}); 201 with the evidence. */
static int api_evidence_add(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp s;
	struct evidence e;
	int64_t skp_id = 0, id = 0, owner_skp = 0;
	const char *ctype = req_header(r, "Content-Type");
	if (store_realisasi_skp(r->db, r->path_id, &skp_id, &err) ||
	    skp_open(r, skp_id, 1, &s, &err))
		return reply_monitor_error(r, &err, "");
	skp_release(&s);
	int multipart = ctype && !strncasecmp(ctype, "multipart/form-data", 19);
	int rc = multipart ? add_file(r, r->path_id, &id, &err) : add_link(r, r->path_id, &id, &err);
	if (rc > 0)
		return 0;
	if (rc || store_evidence_get(r->db, id, &e, &owner_skp, &err))
		return reply_monitor_error(r, &err, "");
	json_t *j = evidence_to_json(&e);
	evidence_release(&e);
	return reply_json(r, 201, j);
}

/* GET /api/v1/bukti/{id}: the file's bytes. */
static int api_evidence_download(struct req *r)
{
	return reply_evidence_download(r, r->path_id);
}

/* DELETE /api/v1/bukti/{id} */
static int api_evidence_delete(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct evidence e;
	struct skp s;
	int64_t skp_id = 0;
	struct actor who = req_actor(r);
	if (store_evidence_get(r->db, r->path_id, &e, &skp_id, &err))
		return reply_monitor_error(r, &err, "");
	evidence_release(&e);
	if (skp_open(r, skp_id, 1, &s, &err))
		return reply_monitor_error(r, &err, "");
	skp_release(&s);
	if (store_evidence_delete(r->db, &who, r->path_id, &err))
		return reply_monitor_error(r, &err, "");
	return reply_json(r, 200, json_pack("{s:b, s:I}", "dihapus", 1, "id",
					    (json_int_t)r->path_id));
}

/* POST /api/v1/titik-periksa/{id}/tutup (admin): 200 with the checkpoint. */
static int api_checkpoint_close(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct checkpoint c;
	struct actor who = req_actor(r);
	if (store_checkpoint_close(r->db, &who, r->path_id, &err) ||
	    store_checkpoint_get(r->db, r->path_id, &c, &err))
		return reply_monitor_error(r, &err, "");
	return reply_json(r, 200, checkpoint_state_json(&c));
}

const struct route api_realisasi_routes[] = {
	{ "GET", "/api/v1/skp/{id}/realisasi", api_monitor_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/realisasi", api_realisasi_put, ACCESS_LOGIN },
	{ "POST", "/api/v1/realisasi/{id}/bukti", api_evidence_add, ACCESS_LOGIN },
	{ "GET", "/api/v1/bukti/{id}", api_evidence_download, ACCESS_LOGIN },
	{ "DELETE", "/api/v1/bukti/{id}", api_evidence_delete, ACCESS_LOGIN },
	{ "POST", "/api/v1/titik-periksa/{id}/tutup", api_checkpoint_close, ACCESS_ADMIN },
	{ NULL, NULL, NULL, 0 },
};
