/*
 * ui_skp_print.c - the SKP as the official form lays it out (PermenPANRB
 * 6/2022, lampiran), printable from the browser on A4 portrait
 * (GET /skp/{id}/cetak): the title with the period and the approach, the
 * header table of the employee and the pejabat penilai kinerja, the hasil
 * kerja and perilaku kerja tables (ui_plan_print.c), signature blocks with
 * place and date, and the lampiran on a page of its own.
 *
 * An approved SKP shows the employee and assessor details frozen at
 * approval (header_json, written by the store); any other shows the
 * current records.  The place of signing is ?tempat=, by default the city
 * the instansi is named after ("Pemerintah Kota Surabaya": Surabaya); the
 * date is the approval date, else today (WIB).  On paper app.css hides the
 * navigation and the instructions, and draws the form black on white.
 */
#include "web/ui.h"
#include "web/ui_pages.h"
#include "web/ui_plan.h"
#include "domain/golongan.h"
#include "domain/skp.h"
#include "http/html.h"
#include "http/request.h"
#include "http/skp_access.h"
#include "store/plan.h"
#include "core/timeutil.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* One column of the header table. */
struct party {
	char name[300];
	char nip[32];
	char pangkat[120];
	char position[200];
	char unit[200];
};

struct print_view {
	struct skp s;
	struct period p;
	struct party self, boss;
	int approved;           /* state disetujui */
	int frozen;             /* the parties come from header_json */
	int64_t unit_id;        /* the SKP's unit, for the instansi */
	char kind[24];          /* position kind, for the title */
	char instansi[200];
	char place[80];
	char ymd[16];           /* date of signing */
	char range[120];        /* "1 Januari sd 31 Desember Tahun 2026" */
};

/* ---- the parties ------------------------------------------------------------------- */

static void set_pangkat(struct party *p, const char *pangkat, const char *golongan)
{
	if (pangkat && *pangkat && golongan && *golongan)
		snprintf(p->pangkat, sizeof p->pangkat, "%s, %s", pangkat, golongan);
	else if (golongan && *golongan && pppk_golongan_find(golongan))
		snprintf(p->pangkat, sizeof p->pangkat, "Golongan %s (PPPK)", golongan);
	else
		copy_str(p->pangkat, sizeof p->pangkat, golongan && *golongan ? golongan : "-");
}

static void party_from_employee(struct party *p, const struct employee *e)
{
	struct strbuf name = STRBUF_INIT;
	const struct golongan *g = golongan_find(e->golongan);
	employee_display_name(&name, e);
	copy_str(p->name, sizeof p->name, name.buf);
	strbuf_release(&name);
	nip_display(p->nip, sizeof p->nip, e->nip);
	set_pangkat(p, g ? g->pangkat : "", g ? g->code : e->golongan);
	copy_str(p->position, sizeof p->position, e->position_name[0] ? e->position_name : "-");
	copy_str(p->unit, sizeof p->unit, e->unit_name[0] ? e->unit_name : "-");
}

static const char *json_text(json_t *obj, const char *key)
{
	const char *s = json_string_value(json_object_get(obj, key));
	return s && *s ? s : "-";
}

/* {"name","nip","pangkat","golongan","position","unit"}; 0, or -1 if obj
 * is not an object. */
static int party_from_json(struct party *p, json_t *obj)
{
	if (!json_is_object(obj))
		return -1;
	copy_str(p->name, sizeof p->name, json_text(obj, "name"));
	nip_display(p->nip, sizeof p->nip, json_text(obj, "nip"));
	set_pangkat(p, json_string_value(json_object_get(obj, "pangkat")),
		    json_string_value(json_object_get(obj, "golongan")));
	copy_str(p->position, sizeof p->position, json_text(obj, "position"));
	copy_str(p->unit, sizeof p->unit, json_text(obj, "unit"));
	return 0;
}

/* The header frozen at approval; 1 if it was used. */
static int parties_frozen(struct print_view *v)
{
	json_error_t jerr;
	json_t *h = json_loads(v->s.header_json, 0, &jerr);
	struct party self = { 0 }, boss = { 0 };
	int ok = h && !party_from_json(&self, json_object_get(h, "employee"));
	if (ok) {
		json_t *b = json_object_get(h, "assessor");
		v->self = self;
		if (!party_from_json(&boss, b) || json_is_null(b))
			v->boss = boss;
		const char *d = json_string_value(json_object_get(h, "approved_date"));
		if (d && date_valid(d))
			copy_str(v->ymd, sizeof v->ymd, d);
	}
	json_decref(h);
	return ok;
}

/* The employee and the pejabat penilai from the current records. */
static int parties_current(struct req *r, struct print_view *v, struct kerr *err)
{
	struct employee e, boss;
	int64_t assessor = 0;
	if (store_employee_get(r->db, v->s.employee_id, &e, err) ||
	    store_skp_assessor(r->db, &v->s, &assessor, NULL, err))
		return -1;
	party_from_employee(&v->self, &e);
	copy_str(v->kind, sizeof v->kind, e.position_kind);
	v->unit_id = e.unit_id;
	if (!assessor)
		assessor = v->s.assessor_id;
	if (assessor && store_employee_get(r->db, assessor, &boss, err))
		return -1;
	if (assessor)
		party_from_employee(&v->boss, &boss);
	return 0;
}

/* ---- the rest of the header ---------------------------------------------------------- */

/* The SKP's own position decides the title and the instansi, when it is
 * still there; else the employee's current ones stand. */
static void skp_position(struct req *r, struct print_view *v)
{
	struct position pos;
	struct kerr err = KERR_INIT;
	if (v->s.position_id && !store_position_get(r->db, v->s.position_id, &pos, &err)) {
		copy_str(v->kind, sizeof v->kind, pos.kind);
		v->unit_id = pos.unit_id;
	}
}

/* The name of the root of the unit tree above the SKP's unit. */
static int find_instansi(struct req *r, struct print_view *v, struct kerr *err)
{
	struct unit *units = NULL;
	size_t nu = 0;
	if (store_unit_list(r->db, &units, &nu, err))
		return -1;
	size_t i = unit_index_of(units, nu, v->unit_id);
	for (size_t steps = 0; i < nu && steps <= nu; steps++) {
		copy_str(v->instansi, sizeof v->instansi, units[i].name);
		if (!units[i].parent_id)
			break;
		i = unit_index_of(units, nu, units[i].parent_id);
	}
	free(units);
	return 0;
}

/* ?tempat= (trimmed), else the city or regency the instansi is named after. */
static void pick_place(struct req *r, struct print_view *v)
{
	static const char *const prefixes[] = {
		"Pemerintah Kota ", "Pemerintah Kabupaten ", "Kota ", "Kabupaten ",
	};
	const char *q = req_query(r, "tempat");
	while (q && *q == ' ')
		q++;
	if (q && *q && utf8_valid_text(q, strlen(q))) {
		copy_str(v->place, sizeof v->place, q);
		for (size_t n = strlen(v->place); n && v->place[n - 1] == ' '; n--)
			v->place[n - 1] = '\0';
		return;
	}
	copy_str(v->place, sizeof v->place, "Surabaya");
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t n = strlen(prefixes[i]);
		if (!strncasecmp(v->instansi, prefixes[i], n) && v->instansi[n]) {
			copy_str(v->place, sizeof v->place, v->instansi + n);
			return;
		}
	}
}

static int days_in_month(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 ? 28 + leap : days[(m - 1) % 12];
}

/* The months the SKP covers, within the period, in words. */
static void period_range(struct print_view *v)
{
	char from[16], to[16], a[40], b[40];
	int y = v->p.year % 10000;
	int mf = v->s.month_from >= 1 && v->s.month_from <= 12 ? v->s.month_from : 1;
	int mt = v->s.month_to >= mf && v->s.month_to <= 12 ? v->s.month_to : 12;
	snprintf(from, sizeof from, "%04d-%02d-01", y, mf);
	snprintf(to, sizeof to, "%04d-%02d-%02d", y, mt, days_in_month(y, mt));
	if (date_valid(v->p.start_date) && strcmp(from, v->p.start_date) < 0)
		copy_str(from, sizeof from, v->p.start_date);
	if (date_valid(v->p.end_date) && strcmp(to, v->p.end_date) > 0)
		copy_str(to, sizeof to, v->p.end_date);
	date_id(a, sizeof a, from);
	date_id(b, sizeof b, to);
	size_t la = strlen(a), lb = strlen(b);
	if (!strncmp(from, to, 4) && la > 5 && lb > 5) {
		/* one year: "1 Januari sd 31 Desember Tahun 2026" */
		snprintf(v->range, sizeof v->range, "%.*s sd %.*s Tahun %.4s", (int)(la - 5), a,
			 (int)(lb - 5), b, from);
	} else {
		snprintf(v->range, sizeof v->range, "%s sd %s", a, b);
	}
}

static int view_load(struct req *r, struct print_view *v, struct kerr *err)
{
	enum skp_state st;
	if (store_skp_get(r->db, r->path_id, &v->s, err))
		return -1;
	if (!may_read_skp(r, &v->s))
		return kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat SKP ini");
	if (store_period_get(r->db, v->s.period_id, &v->p, err) || parties_current(r, v, err))
		return -1;
	v->approved = !skp_state_parse(v->s.state, &st) && st == SKP_DISETUJUI;
	ymd_wib(v->ymd, sizeof v->ymd, v->approved && v->s.approved_at ? v->s.approved_at
									: now_unix());
	if (v->approved && v->s.header_json)
		v->frozen = parties_frozen(v);
	skp_position(r, v);
	if (find_instansi(r, v, err))
		return -1;
	pick_place(r, v);
	period_range(v);
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
	if (!v->approved)
		html(&r->out, "<p>SKP ini belum disetujui (status %s): data pegawai dan pejabat "
			      "penilai diambil dari data terkini.</p>", state_label(v->s.state));
	html(&r->out, "<form method=\"get\" action=\"/skp/%lld/cetak\" class=\"row g-2 "
		      "align-items-end\"><div class=\"col-sm-7 col-md-5\"><label for=\"f-tempat\" "
		      "class=\"form-label\">Tempat penandatanganan</label><input type=\"text\" "
		      "id=\"f-tempat\" name=\"tempat\" class=\"form-control\" maxlength=\"60\" "
		      "value=\"%s\"></div><div class=\"col-auto\"><button type=\"submit\" class=\"btn "
		      "btn-outline-primary\">Terapkan</button></div><div class=\"col-auto\"><a "
		      "class=\"btn btn-link\" href=\"/skp/%lld\">Kembali ke SKP</a></div></form>"
		      "</section>", (long long)v->s.id, v->place, (long long)v->s.id);
}

static void title(struct req *r, const struct print_view *v)
{
	int jpt = !strncmp(v->kind, "jpt", 3);
	html(&r->out, "<header class=\"skp-title\"><h1>SASARAN KINERJA PEGAWAI<span>PENDEKATAN "
		      "HASIL KERJA %s</span><span>%s</span></h1></header><div class=\"skp-meta\">"
		      "<span>%s</span><span>PERIODE PENILAIAN: %s</span></div>",
	     strcmp(v->s.approach, "kualitatif") ? "KUANTITATIF" : "KUALITATIF",
	     jpt ? "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
		 : "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
	     v->instansi, v->range);
	if (!v->approved)
		html(&r->out, "<p class=\"skp-status\">Status SKP: %s (belum disetujui)</p>",
		     state_label(v->s.state));
}

static void header_row(struct req *r, int no, const char *label, const char *a, const char *b)
{
	html(&r->out, "<tr><td class=\"skp-no\">%d</td><th scope=\"row\">%s</th><td>%s</td>"
		      "<td class=\"skp-no\">%d</td><th scope=\"row\">%s</th><td>%s</td></tr>",
	     no, label, a, no, label, b);
}

static void header_table(struct req *r, const struct print_view *v)
{
	const struct party *a = &v->self, *b = &v->boss;
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
		       const struct party *p)
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
	sign_block(r, "\xc2\xa0", "Pegawai yang Dinilai", &v->self);
	sign_block(r, line, "Pejabat Penilai Kinerja", &v->boss);
	html_raw(&r->out, "</div>");
}

static void sheet(struct req *r, const struct print_view *v)
{
	html_raw(&r->out, "<article class=\"skp-sheet\" aria-label=\"Sasaran Kinerja Pegawai\">");
	title(r, v);
	header_table(r, v);
	print_results(&r->out, &v->s);
	print_behaviour(&r->out, &v->s);
	signatures(r, v);
	html_raw(&r->out, "<section class=\"skp-lampiran\" aria-labelledby=\"lampiran\">"
			  "<header class=\"skp-title\"><h2 id=\"lampiran\">LAMPIRAN SASARAN KINERJA "
			  "PEGAWAI</h2></header>");
	html(&r->out, "<div class=\"skp-meta\"><span>%s</span><span>PERIODE PENILAIAN: %s</span>"
		      "</div>", v->instansi, v->range);
	print_attachments(&r->out, &v->s);
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
		strbuf_addf(&t, "Cetak SKP %s", v->self.name);
		page_begin(r, t.buf, NAV_SKP);
		strbuf_release(&t);
		toolbar(r, v);
		sheet(r, v);
		page_end(r);
		reply_html(r, 200);
	}
	skp_release(&v->s);
	free(v);
	return 0;
}
