/*
 * api_document.c - the JSON API of the official documents as PDF: the SKP,
 * the evaluation document of an assessment, the objection decision, the
 * TPP breakdown, and (the same bytes as their own routes) the credit-point
 * statement and the recognition certificate; each checks access as the
 * page of its object does (http/document_access.h).  And the instansi's
 * logo on every document's header: read, uploaded and removed by an
 * administrator (docs/api-documents.md).
 */
#include "http/router.h"
#include "http/document_access.h"
#include "http/request.h"
#include "api/api_recognition.h"
#include "doc/official.h"
#include "domain/document.h"
#include "store/document.h"
#include "core/timeutil.h"

#include <jansson.h>
#include <stddef.h>

/* GET /api/v1/dokumen/skp/{id} */
static int api_skp_pdf(struct req *r)
{
	return reply_document(r, DOC_SKP, r->path_id);
}

/* GET /api/v1/dokumen/penilaian/{id}: {id} is the assessment's */
static int api_evaluation_pdf(struct req *r)
{
	return reply_document(r, DOC_EVALUASI, r->path_id);
}

/* GET /api/v1/dokumen/keberatan/{id} */
static int api_objection_pdf(struct req *r)
{
	return reply_document(r, DOC_KEBERATAN, r->path_id);
}

/* GET /api/v1/dokumen/tpp/{id}: {id} is the run item's (rincian) */
static int api_tpp_pdf(struct req *r)
{
	return reply_document(r, DOC_TPP, r->path_id);
}

/* GET /api/v1/dokumen/logo */
static int api_logo(struct req *r)
{
	return reply_document_logo(r);
}

/* ---- the logo's settings ------------------------------------------------------------------ */

static int reply_settings(struct req *r, int status)
{
	struct kerr err = KERR_INIT;
	struct document_logo l;
	char when[32];
	int has = store_document_logo_info(r->db, &l, &err);
	if (has < 0)
		return reply_error(r, &err);
	format_time_iso(when, sizeof when, l.uploaded_at);
	json_t *logo = has ? json_pack("{s:s, s:I, s:s, s:s, s:s, s:s, s:s}", "tipe",
				       l.content_type, "ukuran", (json_int_t)l.size, "sha256", l.sha256,
				       "nama_berkas", l.file_name, "diunggah_oleh", l.uploaded_by,
				       "diunggah_pada", when, "url", "/api/v1/dokumen/logo")
			   : json_null();
	return reply_json(r, status, json_pack("{s:o, s:i}", "logo", logo, "ukuran_maks",
					       DOCUMENT_LOGO_MAX));
}

/* GET /api/v1/dokumen/pengaturan (admin) */
static int api_settings(struct req *r)
{
	return reply_settings(r, 200);
}

/* POST /api/v1/dokumen/logo (admin; multipart, file field "logo") */
static int api_logo_upload(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	const struct kv *up = req_upload(r, "logo");
	if (!up || !up->len)
		return reply_fail(r, KERR_INVALID, "logo", "Kirim berkas logo (PNG atau JPEG) pada "
				  "isian multipart \"logo\"");
	if (official_logo_upload(r->db, &who, up->filename, up->val, up->len, &err))
		return reply_error(r, &err);
	return reply_settings(r, 201);
}

/* DELETE /api/v1/dokumen/logo (admin) */
static int api_logo_delete(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	if (store_document_logo_delete(r->db, &who, &err))
		return reply_error(r, &err);
	return reply_settings(r, 200);
}

const struct route api_document_routes[] = {
	{ "GET", "/api/v1/dokumen/skp/{id}", api_skp_pdf, ACCESS_LOGIN },
	{ "GET", "/api/v1/dokumen/penilaian/{id}", api_evaluation_pdf, ACCESS_LOGIN },
	{ "GET", "/api/v1/dokumen/keberatan/{id}", api_objection_pdf, ACCESS_LOGIN },
	{ "GET", "/api/v1/dokumen/tpp/{id}", api_tpp_pdf, ACCESS_LOGIN },
	{ "GET", "/api/v1/dokumen/kredit/{id}", api_credit_statement_pdf, ACCESS_LOGIN },
	{ "GET", "/api/v1/dokumen/piagam/{id}", api_nomination_certificate, ACCESS_LOGIN },
	{ "GET", "/api/v1/dokumen/pengaturan", api_settings, ACCESS_ADMIN },
	{ "GET", "/api/v1/dokumen/logo", api_logo, ACCESS_LOGIN },
	{ "POST", "/api/v1/dokumen/logo", api_logo_upload, ACCESS_ADMIN },
	{ "DELETE", "/api/v1/dokumen/logo", api_logo_delete, ACCESS_ADMIN },
	{ NULL, NULL, NULL, 0 },
};
