/*
 * ui_document.c - the downloads of the official documents as PDF (the
 * SKP, the evaluation document of an assessment, the objection decision
 * and the TPP breakdown; each checks access as the page of its object
 * does, see http/document_access.h) and the page where an administrator
 * sets the instansi's logo drawn on every document's header
 * (/dokumen/pengaturan).
 */
#include "http/router.h"
#include "http/document_access.h"
#include "http/html.h"
#include "http/request.h"
#include "doc/official.h"
#include "domain/document.h"
#include "store/document.h"
#include "core/timeutil.h"
#include "web/ui.h"
#include "web/ui_pages.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* GET /skp/{id}/pdf */
static int page_skp_pdf(struct req *r)
{
	return reply_document(r, DOC_SKP, r->path_id);
}

/* GET /penilaian/{id}/pdf: {id} is the assessment's */
static int page_evaluation_pdf(struct req *r)
{
	return reply_document(r, DOC_EVALUASI, r->path_id);
}

/* GET /keberatan/{id}/pdf */
static int page_objection_pdf(struct req *r)
{
	return reply_document(r, DOC_KEBERATAN, r->path_id);
}

/* GET /tpp/rincian/{id}/pdf */
static int page_tpp_pdf(struct req *r)
{
	return reply_document(r, DOC_TPP, r->path_id);
}

/* GET /dokumen/logo: the logo itself, for the settings page's preview */
static int page_logo(struct req *r)
{
	return reply_document_logo(r);
}

/* ---- the settings page ------------------------------------------------------------------- */

static void current_logo(struct req *r, const struct document_logo *l, int has)
{
	char when[40];
	html_raw(&r->out, "<section class=\"card mb-3\" aria-labelledby=\"logo-kini\"><div "
			  "class=\"card-body\"><h2 class=\"h5\" id=\"logo-kini\">Logo saat ini</h2>");
	if (!has) {
		html_raw(&r->out, "<p class=\"text-muted mb-0\" id=\"tanpa-logo\">Belum ada logo: "
				  "dokumen hanya memuat nama instansi di kepalanya.</p></div></section>");
		return;
	}
	format_time_wib(when, sizeof when, l->uploaded_at);
	html(&r->out, "<img src=\"/dokumen/logo\" alt=\"Logo instansi yang dipasang\" "
		      "class=\"doc-logo-preview mb-2\"><p class=\"small\">%s (%s, %lld KB), diunggah "
		      "oleh %s pada %s.</p><form method=\"post\" action=\"/dokumen/pengaturan/hapus\">",
	     l->file_name[0] ? l->file_name : "logo", l->content_type,
	     (long long)((l->size + 1023) / 1024), l->uploaded_by[0] ? l->uploaded_by : "-", when);
	csrf_field(r);
	html_raw(&r->out, "<button type=\"submit\" class=\"btn btn-outline-danger btn-sm\">Hapus "
			  "logo</button></form></div></section>");
}

static void upload_form(struct req *r, const struct kerr *err)
{
	int bad = err && err->code && !strcmp(err->field, "logo");
	html_raw(&r->out, "<form method=\"post\" action=\"/dokumen/pengaturan\" "
			  "enctype=\"multipart/form-data\" class=\"row g-3\">");
	csrf_field(r);
	html(&r->out, "<div class=\"col-12 col-md-8\"><label for=\"f-logo\" class=\"form-label\">"
		      "Logo baru (PNG atau JPEG, paling besar %d KB)</label><input type=\"file\" "
		      "id=\"f-logo\" name=\"logo\" accept=\"image/png,image/jpeg\" required class=\""
		      "form-control%s\" aria-describedby=\"logo-bantuan%s\">", DOCUMENT_LOGO_MAX / 1024,
	     bad ? " is-invalid" : "", bad ? " logo-salah" : "");
	if (bad)
		html(&r->out, "<div class=\"invalid-feedback\" id=\"logo-salah\">%s</div>", err->msg);
	html_raw(&r->out, "<div class=\"form-text\" id=\"logo-bantuan\">Logo digambar di kiri atas "
			  "setiap dokumen, paling besar 18 x 18 mm, dengan perbandingan sisi tetap. "
			  "Gambar persegi dengan latar putih atau transparan paling rapi.</div></div>"
			  "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">"
			  "Pasang logo</button></div></form>");
}

static void settings_page(struct req *r, const struct kerr *err)
{
	struct document_logo l;
	struct kerr rerr = KERR_INIT;
	int has = store_document_logo_info(r->db, &l, &rerr) == 1;
	page_begin(r, "Pengaturan dokumen resmi", NAV_NONE);
	html_raw(&r->out, "<h1 class=\"h3\">Pengaturan Dokumen Resmi</h1><p>Dokumen resmi dibuat "
			  "sebagai PDF A4 dari data yang tersimpan: SKP (tombol <em>Unduh PDF</em> di "
			  "halaman SKP), Dokumen Evaluasi Kinerja Pegawai (di halaman penjelasan "
			  "predikat), Keputusan atas Keberatan (di halaman keberatan yang sudah "
			  "diputus), Rincian TPP (di halaman rincian TPP pegawai), Pernyataan Angka "
			  "Kredit dan Piagam Penghargaan. Kepala setiap dokumen memuat nama instansi "
			  "dan, bila dipasang di sini, logonya.</p>");
	if (err && err->code)
		form_error_alert(r, "Logo", err);
	current_logo(r, &l, has);
	upload_form(r, err);
	page_end(r);
}

/* GET /dokumen/pengaturan (admin) */
static int page_settings(struct req *r)
{
	settings_page(r, NULL);
	return reply_html(r, 200);
}

/* POST /dokumen/pengaturan (admin; multipart, file field "logo") */
static int page_logo_upload(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	const struct kv *up = req_upload(r, "logo");
	if (!up || !up->len)
		kerr_set(&err, KERR_INVALID, "logo", "Pilih berkas logo (PNG atau JPEG)");
	else
		official_logo_upload(r->db, &who, up->filename, up->val, up->len, &err);
	if (!kerr_is_set(&err))
		return reply_redirect(r, "/dokumen/pengaturan?pesan=logo_dipasang");
	if (err.code != KERR_INVALID)
		return reply_error(r, &err);
	settings_page(r, &err);
	return reply_html(r, 422);
}

/* POST /dokumen/pengaturan/hapus (admin) */
static int page_logo_delete(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	if (store_document_logo_delete(r->db, &who, &err))
		return reply_error(r, &err);
	return reply_redirect(r, "/dokumen/pengaturan?pesan=logo_dihapus");
}

const struct route ui_document_routes[] = {
	{ "GET", "/skp/{id}/pdf", page_skp_pdf, ACCESS_LOGIN },
	{ "GET", "/penilaian/{id}/pdf", page_evaluation_pdf, ACCESS_LOGIN },
	{ "GET", "/keberatan/{id}/pdf", page_objection_pdf, ACCESS_LOGIN },
	{ "GET", "/tpp/rincian/{id}/pdf", page_tpp_pdf, ACCESS_LOGIN },
	{ "GET", "/dokumen/logo", page_logo, ACCESS_LOGIN },
	{ "GET", "/dokumen/pengaturan", page_settings, ACCESS_ADMIN },
	{ "POST", "/dokumen/pengaturan", page_logo_upload, ACCESS_ADMIN },
	{ "POST", "/dokumen/pengaturan/hapus", page_logo_delete, ACCESS_ADMIN },
	{ NULL, NULL, NULL, 0 },
};
