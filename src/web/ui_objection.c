/*
 * ui_objection.c - the objection (keberatan) pages: GET /keberatan (the
 * caller's cases: filed, to decide as atasan pejabat penilai, to explain
 * as pejabat penilai), POST /keberatan (filing, from the form on the
 * explanation page; a refusal shows the form again with the message),
 * the administrator's deadline setting (/keberatan/pengaturan), the
 * download of an attachment, and the route table of every objection page
 * (one case and its forms are in ui_objection_case.c).
 */
#include "web/ui_objection.h"
#include "web/ui_lists.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the lists ---------------------------------------------------------------------------- */

static void list_table(struct req *r, const char *title, const char *id,
		       const struct objection *v, size_t n, const char *empty)
{
	char what[200], when[40];
	html(&r->out, "<section class=\"mb-4\" id=\"%s\"><h2 class=\"h5\">%s</h2>", id, title);
	if (!n) {
		html(&r->out, "<p class=\"text-muted\">%s</p></section>", empty);
		return;
	}
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table align-middle\">"
			  "<thead><tr><th scope=\"col\">Pegawai</th><th scope=\"col\">Penilaian</th>"
			  "<th scope=\"col\">Diajukan</th><th scope=\"col\">Status</th><th scope=\"col\">"
			  "<span class=\"visually-hidden\">Tindakan</span></th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		objection_title(&v[i], what, sizeof what);
		format_time_wib(when, sizeof when, v[i].filed_at);
		html(&r->out, "<tr data-keberatan=\"%lld\"><th scope=\"row\">%s</th><td>%s</td>"
			      "<td>%s</td><td>", (long long)v[i].id, v[i].employee_name, what, when);
		objection_state_badge(r, v[i].state);
		html(&r->out, "</td><td><a class=\"btn btn-sm btn-primary\" href=\"/keberatan/%lld\">"
			      "Buka</a></td></tr>", (long long)v[i].id);
	}
	html_raw(&r->out, "</tbody></table></div></section>");
}

static int one_list(struct req *r, enum objection_list which, const char *title,
		    const char *id, const char *empty, struct kerr *err)
{
	struct objection *v = NULL;
	size_t n = 0;
	if (store_objection_list(r->db, which, r->who.employee_id, r->who.role == ROLE_ADMIN, &v,
				 &n, err))
		return -1;
	list_table(r, title, id, v, n, empty);
	objections_free(v, n);
	return 0;
}

/* GET /keberatan */
static int page_objection_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct objection_listing all;
	if (objection_listing_open(r, &all))
		return 0;   /* an export, or a refused filter */
	page_begin(r, "Keberatan", NAV_KEBERATAN);
	objection_notice(r);
	html_raw(&r->out, "<h1 class=\"h3\">Keberatan atas Penilaian Kinerja</h1><p>Pegawai "
			  "mengajukan keberatan atas penilaian yang sudah ditetapkan kepada atasan "
			  "pejabat penilai, melalui halaman penjelasan predikat SKP-nya. Atasan "
			  "pejabat penilai meminta penjelasan pejabat penilai, lalu memutus; putusan "
			  "bersifat final.</p>");
	if (r->who.role == ROLE_ADMIN)
		html_raw(&r->out, "<p><a class=\"btn btn-sm btn-outline-secondary\" "
				  "href=\"/keberatan/pengaturan\">Pengaturan batas waktu keberatan"
				  "</a></p>");
	if ((r->who.employee_id &&
	     one_list(r, OBJ_LIST_FILED, "Keberatan yang saya ajukan", "diajukan",
		      "Anda belum pernah mengajukan keberatan.", &err)) ||
	    one_list(r, OBJ_LIST_TO_DECIDE, "Keberatan yang saya putus (atasan pejabat penilai)",
		     "untuk-diputus", "Tidak ada keberatan untuk Anda putus.", &err) ||
	    one_list(r, OBJ_LIST_TO_EXPLAIN, "Keberatan yang meminta penjelasan saya (pejabat "
		     "penilai)", "untuk-dijelaskan", "Tidak ada keberatan atas penilaian Anda.", &err)) {
		objection_listing_show(r, &all);
		return reply_error(r, &err);
	}
	objection_listing_show(r, &all);
	page_end(r);
	return reply_html(r, 200);
}

/* ---- filing -------------------------------------------------------------------------------- */

/* The form again, after a refusal of what was typed. */
static int refile_page(struct req *r, int64_t assessment_id, const char *reasons,
		       const struct kerr *err)
{
	struct objection_window w;
	struct kerr why = KERR_INIT;
	if (store_objection_window(r->db, assessment_id, &w, &why))
		return reply_error(r, err);
	page_begin(r, "Ajukan keberatan", NAV_KEBERATAN);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
		      "class=\"breadcrumb-item\"><a href=\"/skp/%lld/penjelasan\">Penjelasan "
		      "predikat</a></li><li class=\"breadcrumb-item active\" aria-current=\"page\">"
		      "Ajukan keberatan</li></ol></nav><h1 class=\"h3\">Ajukan Keberatan</h1>",
	     (long long)w.skp_id);
	form_error_alert(r, NULL, err);
	objection_filing_form(r, assessment_id, w.last_day, reasons, err);
	page_end(r);
	return reply_html(r, kerr_http_status(err));
}

/* POST /keberatan (multipart: penilaian, alasan, berkas optional) */
static int page_objection_file(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct strbuf pb = STRBUF_INIT, rb = STRBUF_INIT;
	const char *p = objection_form(r, "penilaian", &pb);
	const char *reasons = objection_form(r, "alasan", &rb);
	const struct kv *up = objection_upload(r, "berkas");
	char *end = NULL, to[64];
	long long aid = p ? strtoll(p, &end, 10) : 0;
	int64_t id = 0;
	int rc = 0;
	if (!p || !*p || *end || aid <= 0)
		rc = kerr_set(&err, KERR_INVALID, "penilaian", "Penilaian yang diajukan keberatan "
			      "tidak disebutkan");
	struct objection_file f = { up ? up->filename : NULL, up ? up->val : NULL,
				    up ? up->len : 0 };
	struct objection_filing in = { aid, r->who.employee_id, reasons ? reasons : "",
				       up && up->filename[0] ? &f : NULL };
	if (!rc)
		rc = store_objection_file(r->db, &who, &in, &id, &err);
	if (!rc) {
		snprintf(to, sizeof to, "/keberatan/%lld?pesan=keberatan_diajukan", (long long)id);
		reply_redirect(r, to);
	} else if (aid > 0 && (err.code == KERR_INVALID || err.code == KERR_TOO_LARGE)) {
		refile_page(r, aid, reasons, &err);
	} else {
		reply_error(r, &err);
	}
	strbuf_release(&pb);
	strbuf_release(&rb);
	return 0;
}

/* GET /keberatan-lampiran/{id} */
static int page_objection_download(struct req *r)
{
	return reply_objection_attachment(r, r->path_id);
}

/* ---- the deadline setting ------------------------------------------------------------------------- */

static void days_page(struct req *r, const char *value, const struct kerr *err)
{
	page_begin(r, "Pengaturan keberatan", NAV_KEBERATAN);
	html(&r->out, "<h1 class=\"h3\">Pengaturan Keberatan</h1><p>Pegawai dapat mengajukan "
		      "keberatan paling lambat sekian hari kalender (WIB) sejak penilaiannya "
		      "ditetapkan. Berlaku untuk pengajuan berikutnya.</p>");
	if (err)
		form_error_alert(r, NULL, err);
	html_raw(&r->out, "<form method=\"post\" action=\"/keberatan/pengaturan\" class=\"row g-3\" "
			  "data-mw=\"32\">");
	csrf_field(r);
	form_text(r, OBJECTION_DAYS_KEY, "Batas waktu pengajuan keberatan (hari, 1\xe2\x80\x93" "90)",
		  "number", value, "col-12", " min=\"1\" max=\"90\" required", err);
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">"
			  "Simpan</button></div></form>");
	page_end(r);
}

/* GET /keberatan/pengaturan (admin) */
static int page_days(struct req *r)
{
	struct kerr err = KERR_INIT;
	int days = 0;
	char value[16];
	if (store_objection_days(r->db, &days, &err))
		return reply_error(r, &err);
	snprintf(value, sizeof value, "%d", days);
	days_page(r, value, NULL);
	return reply_html(r, 200);
}

/* POST /keberatan/pengaturan (admin) */
static int page_days_save(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	const char *v = req_form(r, OBJECTION_DAYS_KEY);
	char *end = NULL;
	long n = v && *v ? strtol(v, &end, 10) : 0;
	if (!v || !*v || *end)
		kerr_set(&err, KERR_INVALID, OBJECTION_DAYS_KEY, "Isi jumlah hari (bilangan bulat)");
	else if (!objection_days_check(n, &err))
		store_objection_days_set(r->db, &who, (int)n, &err);
	if (!kerr_is_set(&err))
		return reply_redirect(r, "/keberatan/pengaturan?pesan=disimpan");
	if (err.code != KERR_INVALID)
		return reply_error(r, &err);
	days_page(r, v ? v : "", &err);
	return reply_html(r, kerr_http_status(&err));
}

const struct route ui_objection_routes[] = {
	{ "GET", "/keberatan", page_objection_list, ACCESS_LOGIN },
	{ "POST", "/keberatan", page_objection_file, ACCESS_LOGIN },
	{ "GET", "/keberatan/pengaturan", page_days, ACCESS_ADMIN },
	{ "POST", "/keberatan/pengaturan", page_days_save, ACCESS_ADMIN },
	{ "GET", "/keberatan/{id}", page_objection_case, ACCESS_LOGIN },
	{ "POST", "/keberatan/{id}/lampiran", page_objection_attach, ACCESS_LOGIN },
	{ "POST", "/keberatan/{id}/minta-penjelasan", page_objection_ask, ACCESS_LOGIN },
	{ "POST", "/keberatan/{id}/penjelasan", page_objection_explain, ACCESS_LOGIN },
	{ "POST", "/keberatan/{id}/putusan", page_objection_decide, ACCESS_LOGIN },
	{ "GET", "/keberatan-lampiran/{id}", page_objection_download, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
