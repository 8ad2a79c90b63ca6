/*
 * ui_bulk.c - the pages of bulk documents for a unit: the form (unit,
 * period, document, format) with the caller's recent jobs
 * (GET /laporan/massal), asking (POST, then to the job's page), the small
 * pieces the job page shares (ui_bulk.h), and the route table.  One job's
 * progress and its download are in ui_bulk_job.c.
 */
#include "web/ui_bulk.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "http/bulk_access.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"
#include "store/plan.h"
#include "core/timeutil.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RECENT_JOBS 20

/* ---- shared pieces ----------------------------------------------------------------------- */

void bulk_doc_label(const struct bulk_job *j, char *out, size_t size)
{
	if (j->spec.kind == BULK_SKP)
		snprintf(out, size, "SKP");
	else
		snprintf(out, size, "Evaluasi %s", j->names.checkpoint[0] ? j->names.checkpoint
									  : "Tahunan");
}

void bulk_size_text(int64_t bytes, char *out, size_t size)
{
	if (bytes >= 1024 * 1024)
		snprintf(out, size, "%lld,%lld MB", (long long)(bytes / (1024 * 1024)),
			 (long long)(bytes % (1024 * 1024) * 10 / (1024 * 1024)));
	else if (bytes >= 1024)
		snprintf(out, size, "%lld KB", (long long)(bytes / 1024));
	else
		snprintf(out, size, "%lld B", (long long)bytes);
}

void bulk_state_badge(struct req *r, enum bulk_state s)
{
	static const char *const colour[BULK__STATES] = {
		"text-bg-secondary", "text-bg-primary", "text-bg-success", "text-bg-danger",
	};
	html(&r->out, "<span class=\"badge %s\" data-status=\"%s\">%s</span>",
	     (unsigned)s < BULK__STATES ? colour[s] : "text-bg-secondary", bulk_state_name(s),
	     bulk_state_label(s));
}

void bulk_progress_bar(struct req *r, const struct bulk_job *j)
{
	int64_t done = j->seen == BULK_SELESAI ? j->total : j->done;
	int pct = bulk_percent(done, j->total);
	html(&r->out, "<progress class=\"bulk-progress\" id=\"kemajuan\" max=\"%lld\" "
		      "value=\"%lld\" aria-describedby=\"kemajuan-teks\">%d%%</progress>",
	     (long long)(j->total > 0 ? j->total : 1), (long long)(j->total > 0 ? done : 1), pct);
	html(&r->out, "<p class=\"mt-1\" id=\"kemajuan-teks\" data-progress><strong>%lld dari "
		      "%lld dokumen</strong> (%d%%)</p>", (long long)done, (long long)j->total, pct);
}

void bulk_again_form(struct req *r, const struct bulk_job *j, const char *label)
{
	html(&r->out, "<form method=\"post\" action=\"/laporan/massal\" class=\"d-inline\">"
		      "<input type=\"hidden\" name=\"unit_id\" value=\"%lld\">"
		      "<input type=\"hidden\" name=\"periode_id\" value=\"%lld\">"
		      "<input type=\"hidden\" name=\"format\" value=\"%s\">",
	     (long long)j->spec.unit_id, (long long)j->spec.period_id,
	     bulk_format_name(j->spec.format));
	if (j->spec.kind == BULK_SKP)
		html_raw(&r->out, "<input type=\"hidden\" name=\"dokumen\" value=\"skp\">");
	else if (j->spec.checkpoint_id)
		html(&r->out, "<input type=\"hidden\" name=\"dokumen\" value=\"evaluasi:%lld\">",
		     (long long)j->spec.checkpoint_id);
	else
		html_raw(&r->out, "<input type=\"hidden\" name=\"dokumen\" value=\"evaluasi:tahunan\">");
	csrf_field(r);
	html(&r->out, "<button class=\"btn btn-outline-primary\" type=\"submit\">%s</button></form>",
	     label);
}

/* ---- the form ------------------------------------------------------------------------------ */

/* The period the form is for: the one posted, ?periode=ID, else the
 * current one. */
static int form_period(struct req *r, struct period *p, struct kerr *err)
{
	int64_t id = 0;
	long long posted;
	const char *pid = req_form(r, "periode_id");
	if (pid && !parse_whole_in(pid, 1, INT64_MAX, &posted) &&
	    !store_period_get(r->db, posted, p, err))
		return 0;
	kerr_clear(err);
	if (req_query_id(r, "periode", &id, err))
		return -1;
	return id ? store_period_get(r->db, id, p, err) : store_period_current(r->db, p, err);
}

/* A small GET form to switch the period the checkpoints are listed for. */
static void period_switch(struct req *r, const struct period *cur)
{
	struct period *v = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	if (store_period_list(r->db, &v, &n, &err) || n < 2) {
		free(v);
		return;
	}
	char sel[24];
	snprintf(sel, sizeof sel, "%lld", (long long)cur->id);
	html_raw(&r->out, "<form method=\"get\" action=\"/laporan/massal\" class=\"row g-2 "
			  "align-items-end mb-3\">");
	form_select_open(r, "periode", "Periode kinerja", "col-auto", NULL);
	for (size_t i = 0; i < n; i++) {
		char val[24];
		snprintf(val, sizeof val, "%lld", (long long)v[i].id);
		form_option(r, val, v[i].name, sel);
	}
	html_raw(&r->out, "</select></div><div class=\"col-auto\"><button class=\"btn "
			  "btn-outline-secondary\" type=\"submit\">Ganti periode</button></div></form>");
	free(v);
}

/* The document select: the SKP, each checkpoint's evaluation, the annual one. */
static void document_select(struct req *r, const struct period *p, const char *sel,
			    const struct kerr *err)
{
	struct checkpoint *cps = NULL;
	size_t n = 0;
	struct kerr e = KERR_INIT;
	form_select_open(r, "dokumen", "Dokumen", "col-md-4", err);
	form_option(r, "skp", "SKP (rencana kinerja)", sel);
	if (!store_checkpoint_list(r->db, p->id, &cps, &n, &e)) {
		for (size_t i = 0; i < n; i++) {
			char val[40], text[80];
			snprintf(val, sizeof val, "evaluasi:%lld", (long long)cps[i].id);
			snprintf(text, sizeof text, "Dokumen evaluasi %s", cps[i].name);
			form_option(r, val, text, sel);
		}
	}
	free(cps);
	form_option(r, "evaluasi:tahunan", "Dokumen evaluasi tahunan", sel);
	html_raw(&r->out, "</select><div class=\"form-text\">Evaluasi hanya untuk penilaian yang "
			  "sudah ditetapkan.</div>");
	form_close(r, "dokumen", err);
}

static void unit_select(struct req *r, const char *sel, const struct kerr *err)
{
	struct unit *units = NULL;
	size_t n = 0;
	struct kerr e = KERR_INIT;
	form_select_open(r, "unit_id", "Unit kerja (beserta unit di bawahnya)", "col-md-5", err);
	if (!store_unit_list(r->db, &units, &n, &e)) {
		unsigned char *allow = units_within(units, n, bulk_root(r));
		unit_options(&r->out, units, n, allow, 0, sel);
		free(allow);
	}
	free(units);
	html_raw(&r->out, "</select>");
	form_close(r, "unit_id", err);
}

static void format_choice(struct req *r, const char *sel)
{
	html_raw(&r->out, "<fieldset class=\"col-md-3\"><legend class=\"form-label fs-6\">Bentuk "
			  "berkas</legend>");
	for (int f = 0; f < BULK__FORMATS; f++) {
		const char *name = bulk_format_name((enum bulk_format)f);
		html(&r->out, "<div class=\"form-check\"><input class=\"form-check-input\" "
			      "type=\"radio\" name=\"format\" id=\"f-format-%s\" value=\"%s\"%s>"
			      "<label class=\"form-check-label\" for=\"f-format-%s\">%s</label></div>",
		     name, name, !strcmp(sel, name) ? " checked" : "", name,
		     bulk_format_label((enum bulk_format)f));
	}
	html_raw(&r->out, "</fieldset>");
}

/* The values a re-shown form keeps. */
struct form_values {
	char unit[24], document[40], format[8];
};

static void ask_form(struct req *r, const struct period *p, const struct form_values *v,
		     const struct kerr *err)
{
	html_raw(&r->out, "<h2 class=\"h5\">Minta dokumen</h2>");
	if (err && err->code)
		form_error_alert(r, NULL, err);
	period_switch(r, p);
	html(&r->out, "<form method=\"post\" action=\"/laporan/massal\" class=\"row g-3 mb-4\">"
		      "<input type=\"hidden\" name=\"periode_id\" value=\"%lld\">", (long long)p->id);
	csrf_field(r);
	html(&r->out, "<p class=\"mb-0\">Periode: <strong>%s</strong></p>", p->name);
	unit_select(r, v->unit, err);
	document_select(r, p, v->document, err);
	format_choice(r, v->format);
	html_raw(&r->out, "<div class=\"col-12\"><button class=\"btn btn-primary\" type=\"submit\">"
			  "Buat dokumen massal</button></div></form>");
}

/* ---- the list of jobs ------------------------------------------------------------------------ */

static void job_row(struct req *r, const struct bulk_job *j, int show_requester)
{
	char when[40], doc[80];
	format_time_wib(when, sizeof when, j->created_at);
	bulk_doc_label(j, doc, sizeof doc);
	html(&r->out, "<tr><td><a href=\"/laporan/massal/%lld\">%s</a></td><td>%s</td><td>%s</td>"
		      "<td>%s</td>", (long long)j->id, when, doc, j->names.unit_name,
	     j->spec.format == BULK_PDF ? "PDF" : "ZIP");
	if (show_requester)
		html(&r->out, "<td>%s</td>", j->requester);
	html_raw(&r->out, "<td>");
	bulk_state_badge(r, j->seen);
	html(&r->out, " <span class=\"small\">%lld dari %lld</span></td><td>",
	     (long long)(j->seen == BULK_SELESAI ? j->total : j->done), (long long)j->total);
	if (j->seen == BULK_SELESAI && j->has_file)
		html(&r->out, "<a class=\"btn btn-sm btn-success\" href=\"/laporan/massal/%lld/unduh\">"
			      "Unduh</a>", (long long)j->id);
	html_raw(&r->out, "</td></tr>");
}

static void job_list(struct req *r)
{
	struct bulk_job *v = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	int all = bulk_sees_all(r);
	html(&r->out, "<h2 class=\"h5\">%s</h2>", all ? "Permintaan terbaru (semua pengguna)"
						   : "Permintaan Anda");
	if (store_bulk_list(r->db, all ? 0 : r->who.user_id, RECENT_JOBS, now_unix(), &v, &n, &err)) {
		alert_box(r, "danger", err.msg);
		return;
	}
	if (!n)
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada permintaan.</p>");
	else {
		html(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm "
			      "align-middle\"><thead><tr><th scope=\"col\">Diminta</th><th scope=\"col\">"
			      "Dokumen</th><th scope=\"col\">Unit</th><th scope=\"col\">Bentuk</th>%s"
			      "<th scope=\"col\">Status</th><th scope=\"col\">Berkas</th></tr></thead>"
			      "<tbody>", all ? "<th scope=\"col\">Pemohon</th>" : "");
		for (size_t i = 0; i < n; i++)
			job_row(r, &v[i], all);
		html_raw(&r->out, "</tbody></table></div>");
	}
	bulk_jobs_free(v, n);
}

static int form_page(struct req *r, const struct form_values *v, const struct kerr *err,
		     int status)
{
	struct period p;
	struct kerr e = KERR_INIT;
	if (form_period(r, &p, &e))
		return reply_error(r, &e);
	page_begin(r, "Dokumen Massal", NAV_LAPORAN);
	html_raw(&r->out, "<nav aria-label=\"breadcrumb\"><ol class=\"breadcrumb\"><li class=\""
			  "breadcrumb-item\"><a href=\"/laporan\">Laporan</a></li><li class=\""
			  "breadcrumb-item active\" aria-current=\"page\">Dokumen massal</li></ol></nav>"
			  "<h1 class=\"h3\">Dokumen massal per unit</h1>");
	html(&r->out, "<p>Cetak dokumen resmi seluruh pegawai satu unit kerja beserta unit di "
		      "bawahnya sekaligus: SKP, atau dokumen evaluasi kinerja satu titik periksa "
		      "atau tahunan. Hasilnya satu berkas ZIP berisi satu PDF per pegawai (nama "
		      "berkas: NIP-Nama.pdf), atau satu PDF berisi semua dokumen berurutan, "
		      "masing-masing dengan nomor halamannya sendiri. Pegawai yang belum memiliki "
		      "dokumen itu dicantumkan dalam daftar &ldquo;tidak termasuk&rdquo;. Paling "
		      "banyak %d dokumen per permintaan; berkas disimpan 24 jam.</p>",
	     r->app->cfg.bulk_max_docs);
	ask_form(r, &p, v, err);
	job_list(r);
	page_end(r);
	return reply_html(r, status);
}

/* GET /laporan/massal */
static int page_bulk_form(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct form_values v = { "", "skp", "zip" };
	if (!bulk_may_use(r, &err))
		return reply_error(r, &err);
	return form_page(r, &v, NULL, 200);
}

/* The form's fields as a spec; "dokumen" is "skp" or "evaluasi:ID|tahunan". */
static int spec_of_form(struct req *r, const struct form_values *v, struct bulk_spec *spec,
			struct kerr *err)
{
	long long unit = 0, period = 0;
	char jenis[16] = "", *titik = NULL, doc[40];
	memset(spec, 0, sizeof *spec);
	const char *pid = req_form(r, "periode_id");
	if (parse_whole_in(v->unit, 1, INT64_MAX, &unit))
		return kerr_set(err, KERR_INVALID, "unit_id", "Pilih unit kerja");
	if (!pid || parse_whole_in(pid, 1, INT64_MAX, &period))
		return kerr_set(err, KERR_INVALID, "periode_id", "Periode tidak sah");
	copy_str(doc, sizeof doc, v->document);
	char *colon = strchr(doc, ':');
	if (colon) {
		*colon = '\0';
		titik = colon + 1;
	}
	copy_str(jenis, sizeof jenis, doc);
	spec->unit_id = unit;
	spec->period_id = period;
	return bulk_spec_words(jenis, titik, v->format, spec, err);
}

/* The API's field names as the form's: jenis and titik are both in "dokumen". */
static void form_field(struct kerr *err)
{
	if (!strcmp(err->field, "jenis") || !strcmp(err->field, "titik"))
		copy_str(err->field, sizeof err->field, "dokumen");
}

/* POST /laporan/massal: queues the job, then its page. */
static int page_bulk_ask(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct form_values v;
	struct bulk_spec spec;
	int64_t id = 0;
	if (!bulk_may_use(r, &err))
		return reply_error(r, &err);
	form_read(r, "unit_id", v.unit, sizeof v.unit, &err);
	form_read(r, "dokumen", v.document, sizeof v.document, &err);
	form_read(r, "format", v.format, sizeof v.format, &err);
	if (!err.code && !spec_of_form(r, &v, &spec, &err) && !bulk_ask(r, &spec, &id, &err)) {
		char where[80];
		snprintf(where, sizeof where, "/laporan/massal/%lld?pesan=massal_diminta", (long long)id);
		return reply_redirect(r, where);
	}
	if (err.code == KERR_FORBIDDEN && !strcmp(err.field, ""))
		return reply_error(r, &err);
	form_field(&err);
	return form_page(r, &v, &err, kerr_http_status(&err));
}

const struct route ui_bulk_routes[] = {
	{ "GET", "/laporan/massal", page_bulk_form, ACCESS_LOGIN },
	{ "POST", "/laporan/massal", page_bulk_ask, ACCESS_LOGIN },
	{ "GET", "/laporan/massal/{id}", page_bulk_job, ACCESS_LOGIN },
	{ "GET", "/laporan/massal/{id}/unduh", page_bulk_download, ACCESS_LOGIN },
	{ NULL },
};
