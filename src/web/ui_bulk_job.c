/*
 * ui_bulk_job.c - one bulk document job as a page (GET /laporan/massal/{id}):
 * what was asked, the progress bar ("12 dari 80 dokumen") refreshing itself
 * without JavaScript (<meta http-equiv="refresh">) while the job waits or
 * runs, the download button when it is done, the error and a button to ask
 * again when it failed, and the people left out; and the download itself
 * (GET /laporan/massal/{id}/unduh).
 */
#include "web/ui_bulk.h"
#include "web/ui.h"
#include "http/bulk_access.h"
#include "http/html.h"
#include "http/request.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <string.h>

#define REFRESH_SECS 3

static void facts(struct req *r, const struct bulk_job *j)
{
	char doc[80], when[40];
	bulk_doc_label(j, doc, sizeof doc);
	format_time_wib(when, sizeof when, j->created_at);
	html(&r->out, "<dl class=\"row mb-3\"><dt class=\"col-sm-3\">Dokumen</dt><dd class=\"col-sm-9\">"
		      "%s</dd><dt class=\"col-sm-3\">Unit kerja</dt><dd class=\"col-sm-9\">%s (%s) "
		      "beserta unit di bawahnya</dd><dt class=\"col-sm-3\">Periode</dt><dd class=\""
		      "col-sm-9\">%s</dd><dt class=\"col-sm-3\">Bentuk berkas</dt><dd class=\"col-sm-9\">"
		      "%s</dd><dt class=\"col-sm-3\">Diminta oleh</dt><dd class=\"col-sm-9\">%s, %s</dd>"
		      "<dt class=\"col-sm-3\">Status</dt><dd class=\"col-sm-9\">", doc,
	     j->names.unit_name, j->names.unit_code, j->names.period_name,
	     bulk_format_label(j->spec.format), j->requester, when);
	bulk_state_badge(r, j->seen);
	html_raw(&r->out, "</dd></dl>");
}

static void download_part(struct req *r, const struct bulk_job *j)
{
	char size[32], until[40];
	if (!j->has_file) {
		html_raw(&r->out, "<p>Berkas sudah dihapus (berkas disimpan 24 jam).</p>");
		bulk_again_form(r, j, "Minta lagi");
		return;
	}
	bulk_size_text(j->file_size, size, sizeof size);
	format_time_wib(until, sizeof until, j->finished_at + BULK_KEEP_SECS);
	html(&r->out, "<p><a class=\"btn btn-success\" href=\"/laporan/massal/%lld/unduh\" "
		      "download>Unduh %s (%s)</a></p><p class=\"small text-muted\">Berkas disimpan "
		      "sampai %s WIB.</p>", (long long)j->id, j->file_name, size, until);
}

static void status_part(struct req *r, const struct bulk_job *j)
{
	switch (j->seen) {
	case BULK_MENUNGGU:
		html(&r->out, "<p>Menunggu giliran dikerjakan. Halaman ini memperbarui diri setiap %d "
			      "detik; Anda boleh meninggalkannya dan kembali nanti lewat "
			      "<a href=\"/laporan/massal\">daftar permintaan</a>.</p>", REFRESH_SECS);
		break;
	case BULK_BERJALAN:
		html(&r->out, "<p>Sedang dibuat. Halaman ini memperbarui diri setiap %d detik "
			      "(<a href=\"/laporan/massal/%lld\">perbarui sekarang</a>).</p>",
		     REFRESH_SECS, (long long)j->id);
		break;
	case BULK_SELESAI:
		download_part(r, j);
		break;
	case BULK_GAGAL:
		alert_box(r, "danger", j->error[0] ? j->error : "Pembuatan dokumen gagal.");
		bulk_again_form(r, j, "Minta lagi");
		break;
	case BULK__STATES:
		break;
	}
}

/* The people whose document is not in the file, and why. */
static void missing_part(struct req *r, const struct bulk_job *j)
{
	if (j->seen == BULK_MENUNGGU)
		return;
	html(&r->out, "<h2 class=\"h5 mt-4\">Tidak termasuk (%lld pegawai)</h2>",
	     (long long)j->missing_count);
	if (!j->missing_count) {
		html_raw(&r->out, "<p class=\"text-muted\">Semua pegawai unit ini memiliki dokumennya.</p>");
		return;
	}
	html_raw(&r->out, "<p>Pegawai berikut tidak memiliki dokumen ini, sehingga tidak ada dalam "
			  "berkas.</p><div class=\"table-responsive\"><table class=\"table table-sm\">"
			  "<thead><tr><th scope=\"col\">NIP</th><th scope=\"col\">Nama</th>"
			  "<th scope=\"col\">Alasan</th></tr></thead><tbody>");
	for (const char *p = j->missing; p && *p;) {
		const char *end = strchr(p, '\n');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		char line[700];
		snprintf(line, sizeof line, "%.*s", (int)len, p);
		char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (t1 && t2) {
			*t1 = *t2 = '\0';
			html(&r->out, "<tr><td>%s</td><td>%s</td><td>%s</td></tr>", line, t1 + 1, t2 + 1);
		}
		p = end ? end + 1 : "";
	}
	html_raw(&r->out, "</tbody></table></div>");
}

int page_bulk_job(struct req *r)
{
	struct bulk_job j;
	struct kerr err = KERR_INIT;
	if (bulk_job_load(r, r->path_id, &j, &err))
		return reply_error(r, &err);
	char title[64];
	snprintf(title, sizeof title, "Dokumen Massal #%lld", (long long)j.id);
	page_begin(r, title, NAV_LAPORAN);
	if (j.seen == BULK_MENUNGGU || j.seen == BULK_BERJALAN)
		html(&r->out, "<meta http-equiv=\"refresh\" content=\"%d\">", REFRESH_SECS);
	html(&r->out, "<nav aria-label=\"breadcrumb\"><ol class=\"breadcrumb\"><li class=\""
		      "breadcrumb-item\"><a href=\"/laporan\">Laporan</a></li><li class=\""
		      "breadcrumb-item\"><a href=\"/laporan/massal\">Dokumen massal</a></li>"
		      "<li class=\"breadcrumb-item active\" aria-current=\"page\">#%lld</li></ol></nav>"
		      "<h1 class=\"h3\">%s</h1>", (long long)j.id, title);
	facts(r, &j);
	bulk_progress_bar(r, &j);
	status_part(r, &j);
	missing_part(r, &j);
	page_end(r);
	bulk_job_release(&j);
	return reply_html(r, 200);
}

int page_bulk_download(struct req *r)
{
	return reply_bulk_file(r, r->path_id);
}
