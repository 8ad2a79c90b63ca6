/*
 * ui_recognition_credit.c - the credit-point (angka kredit) pages: the
 * list of a period's functional employees for HR, auditors and
 * administrators (GET /angka-kredit; anyone else is sent to their own
 * statement), the annual statement of one employee, printable, and its
 * PDF (GET /angka-kredit/pegawai/{id}[/pdf]), and the tables -
 * published to everyone, changed by an administrator
 * (GET, POST /angka-kredit/tabel).
 */
#include "web/ui_recognition.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "doc/doc_recognition.h"
#include "http/html.h"
#include "http/document_access.h"
#include "http/recognition_access.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void line_cells(struct req *r, const struct credit_list *c, const struct credit_line *l)
{
	char months[64], coef[32], amount[32], pred[120];
	doc_months(l->month_from, l->month_to, months, sizeof months);
	ak_format(l->coefficient, ',', coef, sizeof coef);
	ak_format(l->amount, ',', amount, sizeof amount);
	if (!l->has_predicate)
		snprintf(pred, sizeof pred, "belum ada");
	else if (l->provisional)
		snprintf(pred, sizeof pred, "%s (sementara: %s)", predicate_label(l->predicate),
			 l->basis_name);
	else
		snprintf(pred, sizeof pred, "%s", predicate_label(l->predicate));
	html(&r->out, "<td>%s</td><td>%s<div class=\"small text-muted\">%s</div></td><td>%s</td>"
		      "<td class=\"text-end\">%lld%%</td><td class=\"text-end\">%s</td>"
		      "<td class=\"text-end\" data-angka-kredit>%s</td>", months, l->position_name,
	     l->level >= 0 ? c->tables.levels[l->level].label : "jenjang tidak dikenali", pred,
	     (long long)l->pct, l->level >= 0 ? coef : "-", amount);
}

static void formula_note(struct req *r)
{
	html_raw(&r->out, "<p class=\"small text-muted\">Angka kredit = persentase predikat &times; "
			  "koefisien tahunan jenjang &times; bulan/12, dihitung tepat dalam seperseribu "
			  "dan dibulatkan setengah ke atas (PermenPANRB 1/2023). Selama penilaian "
			  "tahunan belum ditetapkan, angka dihitung <em>sementara</em> dari penilaian "
			  "periodik terakhir yang ditetapkan. <a href=\"/angka-kredit/tabel\">Tabel "
			  "persentase dan koefisien</a>.</p>");
}

/* GET /angka-kredit?periode= */
int page_credit_list(struct req *r)
{
	struct kerr err = KERR_INIT, why = KERR_INIT;
	struct period p;
	struct credit_list c;
	int64_t unit = 0;
	char to[96], nip[32];
	if (rec_period_of_query(r, &p, &err))
		return reply_error(r, &err);
	if (!credit_list_unit(r, &unit, &why)) {
		if (!r->who.employee_id)
			return reply_error(r, &why);
		snprintf(to, sizeof to, "/angka-kredit/pegawai/%lld?periode=%lld",
			 (long long)r->who.employee_id, (long long)p.id);
		return reply_redirect(r, to);
	}
	if (store_credit_list(r->db, p.id, unit, 0, &c, &err))
		return reply_error(r, &err);
	page_begin(r, "Angka kredit", NAV_PENGHARGAAN);
	html(&r->out, "<h1 class=\"h3\">Angka Kredit Jabatan Fungsional</h1><p>%s: %zu SKP pada "
		      "jabatan fungsional.</p>", p.name, c.n);
	formula_note(r);
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm "
			  "align-middle\"><thead><tr><th scope=\"col\">Pegawai</th><th scope=\"col\">"
			  "Masa</th><th scope=\"col\">Jabatan</th><th scope=\"col\">Predikat</th>"
			  "<th scope=\"col\" class=\"text-end\">%</th><th scope=\"col\" "
			  "class=\"text-end\">Koefisien</th><th scope=\"col\" class=\"text-end\">"
			  "Angka kredit</th></tr></thead><tbody>");
	for (size_t i = 0; i < c.n; i++) {
		nip_display(nip, sizeof nip, c.v[i].nip);
		html(&r->out, "<tr data-pegawai=\"%lld\"><th scope=\"row\"><a href=\"/angka-kredit/"
			      "pegawai/%lld?periode=%lld\">%s</a><div class=\"small text-muted\">NIP %s"
			      "</div></th>", (long long)c.v[i].employee_id,
		     (long long)c.v[i].employee_id, (long long)p.id, c.v[i].name, nip);
		line_cells(r, &c, &c.v[i]);
		html_raw(&r->out, "</tr>");
	}
	if (!c.n)
		html_raw(&r->out, "<tr><td colspan=\"7\" class=\"text-muted\">Tidak ada SKP pada "
				  "jabatan fungsional.</td></tr>");
	html_raw(&r->out, "</tbody></table></div>");
	credit_list_release(&c);
	page_end(r);
	return reply_html(r, 200);
}

/* GET /angka-kredit/pegawai/{id}?periode= */
int page_credit_statement(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	struct period p;
	struct credit_list c;
	char nip[32], total[32];
	if (!credit_may_read(r, r->path_id, &e, &err) || rec_period_of_query(r, &p, &err) ||
	    store_credit_list(r->db, p.id, 0, e.id, &c, &err))
		return reply_error(r, &err);
	nip_display(nip, sizeof nip, e.nip);
	ak_format(credit_total(&c, e.id), ',', total, sizeof total);
	page_begin(r, "Pernyataan angka kredit", NAV_PENGHARGAAN);
	html(&r->out, "<h1 class=\"h3\">Pernyataan Angka Kredit</h1><p class=\"mb-1\">%s</p>"
		      "<dl class=\"row\"><dt class=\"col-sm-3\">Nama</dt><dd class=\"col-sm-9\">",
	     p.name);
	struct strbuf name = STRBUF_INIT;
	employee_display_name(&name, &e);
	html(&r->out, "%s</dd><dt class=\"col-sm-3\">NIP</dt><dd class=\"col-sm-9\">%s</dd>"
		      "<dt class=\"col-sm-3\">Jabatan</dt><dd class=\"col-sm-9\">%s</dd>"
		      "<dt class=\"col-sm-3\">Unit kerja</dt><dd class=\"col-sm-9\">%s</dd></dl>",
	     name.buf, nip, e.position_name, e.unit_name);
	strbuf_release(&name);
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm "
			  "align-middle\"><thead><tr><th scope=\"col\">Masa penilaian</th><th "
			  "scope=\"col\">Jabatan (jenjang)</th><th scope=\"col\">Predikat</th>"
			  "<th scope=\"col\" class=\"text-end\">%</th><th scope=\"col\" "
			  "class=\"text-end\">Koefisien</th><th scope=\"col\" class=\"text-end\">"
			  "Angka kredit</th></tr></thead><tbody>");
	for (size_t i = 0; i < c.n; i++) {
		html_raw(&r->out, "<tr>");
		line_cells(r, &c, &c.v[i]);
		html_raw(&r->out, "</tr>");
	}
	if (!c.n)
		html_raw(&r->out, "<tr><td colspan=\"6\" class=\"text-muted\">Tidak ada SKP pada "
				  "jabatan fungsional dalam periode ini; angka kredit hanya untuk "
				  "jabatan fungsional.</td></tr>");
	html(&r->out, "</tbody><tfoot><tr><th scope=\"row\" colspan=\"5\">Jumlah</th><td "
		      "class=\"text-end fw-bold\" data-jumlah>%s</td></tr></tfoot></table></div>",
	     total);
	formula_note(r);
	html(&r->out, "<p class=\"d-print-none\"><a class=\"btn btn-primary\" href=\"/angka-kredit/"
		      "pegawai/%lld/pdf?periode=%lld\">Unduh PDF</a></p>", (long long)e.id,
	     (long long)p.id);
	credit_list_release(&c);
	page_end(r);
	return reply_html(r, 200);
}

/* GET /angka-kredit/pegawai/{id}/pdf?periode= */
int page_credit_pdf(struct req *r)
{
	return reply_credit_statement(r, r->path_id);
}

/* ---- the tables ------------------------------------------------------------------------------ */

/* The page; `typed` holds what was typed (names "pct_PRED", "coef_CODE")
 * after a refusal, else the stored values are shown. */
static void tables_page(struct req *r, const struct ak_tables *t, int typed,
			const struct kerr *err)
{
	int admin = r->who.role == ROLE_ADMIN;
	char name[64], value[32];
	page_begin(r, "Tabel angka kredit", NAV_PENGHARGAAN);
	html_raw(&r->out, "<h1 class=\"h3\">Tabel Angka Kredit</h1><p>Angka kredit = persentase "
			  "predikat &times; koefisien tahunan jenjang &times; bulan/12. Nilai bawaan "
			  "dari PermenPANRB 1/2023; tabel ini data yang dapat diubah administrator "
			  "bila ketentuan berubah.</p>");
	if (err)
		form_error_alert(r, NULL, err);
	html_raw(&r->out, "<form method=\"post\" action=\"/angka-kredit/tabel\" class=\"row g-3\" "
			  "data-mw=\"40\">");
	csrf_field(r);
	html_raw(&r->out, "<h2 class=\"h5\">Persentase predikat</h2>");
	for (int p = PRED__COUNT - 1; p >= 0; p--) {
		snprintf(name, sizeof name, "persentase.%s", predicate_name((enum predicate)p));
		if (typed)
			snprintf(value, sizeof value, "%s", req_form(r, name) ? req_form(r, name) : "");
		else
			snprintf(value, sizeof value, "%d", t->pct[p]);
		form_text(r, name, predicate_label((enum predicate)p), "number", value, "col-sm-6",
			  admin ? " min=\"0\" max=\"1000\" required" : " readonly", err);
	}
	html_raw(&r->out, "<h2 class=\"h5\">Koefisien tahunan per jenjang</h2>");
	for (size_t i = 0; i < t->n_levels; i++) {
		snprintf(name, sizeof name, "koefisien.%s", t->levels[i].code);
		if (typed)
			snprintf(value, sizeof value, "%s", req_form(r, name) ? req_form(r, name) : "");
		else
			ak_format(t->levels[i].coefficient, ',', value, sizeof value);
		form_text(r, name, t->levels[i].label, "text", value, "col-sm-6",
			  admin ? " inputmode=\"decimal\" required" : " readonly", err);
	}
	if (admin)
		html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn "
				  "btn-primary\">Simpan tabel</button></div>");
	html_raw(&r->out, "</form>");
	page_end(r);
}

/* GET /angka-kredit/tabel */
int page_credit_tables(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct ak_tables t;
	if (store_ak_tables(r->db, &t, &err))
		return reply_error(r, &err);
	tables_page(r, &t, 0, NULL);
	ak_tables_release(&t);
	return reply_html(r, 200);
}

/* Reads the form into in (levels as stored, values typed). */
static int read_form(struct req *r, const struct ak_tables *cur, struct ak_tables *in,
		     struct kerr *err)
{
	char name[64];
	*in = (struct ak_tables){ .levels = xcalloc(cur->n_levels + 1, sizeof *in->levels),
				  .n_levels = cur->n_levels };
	for (int p = 0; p < PRED__COUNT; p++) {
		long long v = 0;
		snprintf(name, sizeof name, "persentase.%s", predicate_name((enum predicate)p));
		const char *typed = req_form(r, name);
		if (!typed || parse_whole_in(typed, 0, 1000, &v))
			return kerr_set(err, KERR_INVALID, name, "Persentase %s harus bilangan bulat 0 "
					"sampai 1000", predicate_label((enum predicate)p));
		in->pct[p] = (int)v;
	}
	for (size_t i = 0; i < cur->n_levels; i++) {
		in->levels[i] = cur->levels[i];
		snprintf(name, sizeof name, "koefisien.%s", cur->levels[i].code);
		if (ak_parse(req_form(r, name), &in->levels[i].coefficient))
			return kerr_set(err, KERR_INVALID, name, "Koefisien %s harus angka dengan paling "
					"banyak tiga desimal, misalnya 12,5", cur->levels[i].label);
	}
	return 0;
}

/* POST /angka-kredit/tabel (admin) */
int page_credit_tables_save(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct ak_tables cur, in;
	memset(&in, 0, sizeof in);
	if (store_ak_tables(r->db, &cur, &err))
		return reply_error(r, &err);
	int rc = read_form(r, &cur, &in, &err) || store_ak_tables_set(r->db, &who, &in, &err);
	ak_tables_release(&in);
	if (!rc) {
		ak_tables_release(&cur);
		return reply_redirect(r, "/angka-kredit/tabel?pesan=angka_kredit_disimpan");
	}
	if (err.code != KERR_INVALID) {
		ak_tables_release(&cur);
		return reply_error(r, &err);
	}
	tables_page(r, &cur, 1, &err);
	ak_tables_release(&cur);
	return reply_html(r, 422);
}
