/*
 * ui_skp_print.c - the SKP as the official form lays it out (PermenPANRB
 * 6/2022, lampiran), printable from the browser on A4 portrait
 * (GET /skp/{id}/cetak): the title with the period and the approach, the
 * header table of the employee and the pejabat penilai kinerja, the hasil
 * kerja and perilaku kerja tables (ui_plan_print.c), signature blocks with
 * place and date, and the lampiran on a page of its own.
 *
 * The SKP and its parties are loaded as the PDF loads them (doc_skp_load,
 * doc/official.h): an approved SKP shows the employee and assessor details
 * frozen at approval (header_json, written by the store); any other shows
 * the current records.  The place of signing is ?tempat=, by default the
 * city the instansi is named after ("Pemerintah Kota Surabaya": Surabaya);
 * the date is the approval date, else today (WIB).  On paper app.css hides the
 * navigation and the instructions, and draws the form black on white.
 */
#include "web/ui.h"
#include "web/ui_pages.h"
#include "web/ui_plan.h"
#include "doc/official.h"
#include "domain/skp.h"
#include "http/html.h"
#include "http/request.h"
#include "http/skp_access.h"
#include "store/plan.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct print_view {
	struct doc_skp d;       /* the SKP and its parties as the PDF has them (doc/official.h) */
	char place[80];         /* of signing */
	char ymd[16];           /* date of signing */
};

/* ?tempat= (trimmed), else the city or regency the instansi is named after. */
static void pick_place(struct req *r, struct print_view *v)
{
	const char *q = req_query(r, "tempat");
	while (q && *q == ' ')
		q++;
	if (q && *q && utf8_valid_text(q, strlen(q))) {
		copy_str(v->place, sizeof v->place, q);
		for (size_t n = strlen(v->place); n && v->place[n - 1] == ' '; n--)
			v->place[n - 1] = '\0';
		return;
	}
	copy_str(v->place, sizeof v->place, v->d.place);
}

static int view_load(struct req *r, struct print_view *v, struct kerr *err)
{
	if (doc_skp_load(r->db, r->path_id, &v->d, err))
		return -1;
	if (!may_read_skp(r, &v->d.s))
		return kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat SKP ini");
	ymd_wib(v->ymd, sizeof v->ymd, v->d.approved && v->d.s.approved_at ? v->d.s.approved_at
									    : now_unix());
	if (v->d.approved_ymd[0])
		copy_str(v->ymd, sizeof v->ymd, v->d.approved_ymd);
	pick_place(r, v);
	return 0;
}

/* ---- drawing ------------------------------------------------------------------------- */

static const char *state_label(const char *state)
{
	enum skp_state st;
	return skp_state_parse(state, &st) ? state : skp_state_label(st);
}

static void toolbar(struct req *r, const struct print_view *v)
{
	html(&r->out, "<section class=\"card card-body mb-3 d-print-none skp-toolbar\" aria-label=\""
		      "Petunjuk cetak\"><p><strong>Tampilan cetak SKP.</strong> Tekan <kbd>Ctrl</kbd>+"
		      "<kbd>P</kbd> (di Mac <kbd>\xe2\x8c\x98</kbd>+<kbd>P</kbd>) untuk mencetak atau "
		      "menyimpan sebagai PDF; pilih kertas A4, tegak.</p>");
	if (!v->d.approved)
		html(&r->out, "<p>SKP ini belum disetujui (status %s): data pegawai dan pejabat "
			      "penilai diambil dari data terkini.</p>", state_label(v->d.s.state));
	html(&r->out, "<form method=\"get\" action=\"/skp/%lld/cetak\" class=\"row g-2 "
		      "align-items-end\"><div class=\"col-sm-7 col-md-5\"><label for=\"f-tempat\" "
		      "class=\"form-label\">Tempat penandatanganan</label><input type=\"text\" "
		      "id=\"f-tempat\" name=\"tempat\" class=\"form-control\" maxlength=\"60\" "
		      "value=\"%s\"></div><div class=\"col-auto\"><button type=\"submit\" class=\"btn "
		      "btn-outline-primary\">Terapkan</button></div><div class=\"col-auto\"><a "
		      "class=\"btn btn-link\" href=\"/skp/%lld\">Kembali ke SKP</a></div></form>"
		      "</section>", (long long)v->d.s.id, v->place, (long long)v->d.s.id);
}

static void title(struct req *r, const struct print_view *v)
{
	int jpt = !strncmp(v->d.kind, "jpt", 3);
	html(&r->out, "<header class=\"skp-title\"><h1>SASARAN KINERJA PEGAWAI<span>PENDEKATAN "
		      "HASIL KERJA %s</span><span>%s</span></h1></header><div class=\"skp-meta\">"
		      "<span>%s</span><span>PERIODE PENILAIAN: %s</span></div>",
	     strcmp(v->d.s.approach, "kualitatif") ? "KUANTITATIF" : "KUALITATIF",
	     jpt ? "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
		 : "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
	     v->d.instansi, v->d.range);
	if (!v->d.approved)
		html(&r->out, "<p class=\"skp-status\">Status SKP: %s (belum disetujui)</p>",
		     state_label(v->d.s.state));
}

static void header_row(struct req *r, int no, const char *label, const char *a, const char *b)
{
	html(&r->out, "<tr><td class=\"skp-no\">%d</td><th scope=\"row\">%s</th><td>%s</td>"
		      "<td class=\"skp-no\">%d</td><th scope=\"row\">%s</th><td>%s</td></tr>",
	     no, label, a, no, label, b);
}

static void header_table(struct req *r, const struct print_view *v)
{
	const struct doc_party *a = &v->d.self, *b = &v->d.boss;
	int none = !b->name[0];
	html_raw(&r->out, "<div class=\"table-responsive\" tabindex=\"0\" role=\"region\" "
			  "aria-label=\"Identitas pegawai dan pejabat penilai\"><table "
			  "class=\"skp-table skp-head\">"
			  "<caption class=\"visually-hidden\">Pegawai yang dinilai dan pejabat penilai "
			  "kinerja</caption><colgroup><col class=\"skp-col-no\"><col class=\"skp-col-label\">"
			  "<col><col class=\"skp-col-no\"><col class=\"skp-col-label\"><col></colgroup>"
			  "<thead><tr><th scope=\"col\">NO</th><th scope=\"col\" colspan=\"2\">PEGAWAI "
			  "YANG DINILAI</th><th scope=\"col\">NO</th><th scope=\"col\" colspan=\"2\">"
			  "PEJABAT PENILAI KINERJA</th></tr></thead><tbody>");
	header_row(r, 1, "NAMA", a->name, none ? "-" : b->name);
	header_row(r, 2, "NIP", a->nip, none ? "-" : b->nip);
	header_row(r, 3, "PANGKAT/\xe2\x80\x8bGOL. RUANG", a->pangkat, none ? "-" : b->pangkat);
	header_row(r, 4, "JABATAN", a->position, none ? "-" : b->position);
	header_row(r, 5, "UNIT KERJA", a->unit, none ? "-" : b->unit);
	html_raw(&r->out, "</tbody></table></div>");
}

static void sign_block(struct req *r, const char *date_line, const char *role,
		       const struct doc_party *p)
{
	html(&r->out, "<div class=\"skp-sign-col\"><p class=\"skp-sign-date\">%s</p><p>%s</p>"
		      "<div class=\"skp-sign-space\"></div><p class=\"skp-sign-name\">%s</p>"
		      "<p>NIP. %s</p></div>", date_line, role, p->name[0] ? p->name : "-",
	     p->nip[0] ? p->nip : "-");
}

static void signatures(struct req *r, const struct print_view *v)
{
	char date[40], line[140];
	date_id(date, sizeof date, v->ymd);
	snprintf(line, sizeof line, "%s, %s", v->place, date);
	html_raw(&r->out, "<div class=\"skp-sign\">");
	sign_block(r, "\xc2\xa0", "Pegawai yang Dinilai", &v->d.self);
	sign_block(r, line, "Pejabat Penilai Kinerja", &v->d.boss);
	html_raw(&r->out, "</div>");
}

static void sheet(struct req *r, const struct print_view *v)
{
	html_raw(&r->out, "<article class=\"skp-sheet\" aria-label=\"Sasaran Kinerja Pegawai\">");
	title(r, v);
	header_table(r, v);
	print_results(&r->out, &v->d.s);
	print_behaviour(&r->out, &v->d.s);
	signatures(r, v);
	html_raw(&r->out, "<section class=\"skp-lampiran\" aria-labelledby=\"lampiran\">"
			  "<header class=\"skp-title\"><h2 id=\"lampiran\">LAMPIRAN SASARAN KINERJA "
			  "PEGAWAI</h2></header>");
	html(&r->out, "<div class=\"skp-meta\"><span>%s</span><span>PERIODE PENILAIAN: %s</span>"
		      "</div>", v->d.instansi, v->d.range);
	print_attachments(&r->out, &v->d.s);
	signatures(r, v);
	html_raw(&r->out, "</section></article>");
}

int page_skp_print(struct req *r)
{
	struct print_view *v = xcalloc(1, sizeof *v);
	struct kerr err = KERR_INIT;
	if (view_load(r, v, &err)) {
		reply_error(r, &err);
	} else {
		struct strbuf t = STRBUF_INIT;
		strbuf_addf(&t, "Cetak SKP %s", v->d.self.name);
		page_begin(r, t.buf, NAV_SKP);
		strbuf_release(&t);
		toolbar(r, v);
		sheet(r, v);
		page_end(r);
		reply_html(r, 200);
	}
	doc_skp_release(&v->d);
	free(v);
	return 0;
}
