/*
 * ui_tpp_rules.c - the allowance (TPP) rule set pages: GET /tpp/aturan
 * (the newest version of a year, every version, and for an administrator
 * the form that stores a new version, filled with the newest one), POST
 * /tpp/aturan (a refusal shows the form again with everything as typed and
 * the field at fault marked), and GET /tpp/aturan/{id} (one version).
 * Field names are the API's ("porsi_kinerja", "besaran.III/a",
 * "pengali_predikat.baik", ...), so the store's errors mark the input.
 */
#include "web/ui_tpp.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "domain/golongan.h"
#include "domain/hierarchy.h"
#include "http/assess_access.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


/* "2,5" (no percent sign) for an input. */
static void pct_value(char *out, size_t size, int64_t bp)
{
	tpp_pct(out, size, bp);
	char *p = strchr(out, '%');
	if (p)
		*p = 0;
}

/* ---- showing a rule set ------------------------------------------------------------------------- */

static void pct_row(struct req *r, const char *label, int64_t bp)
{
	char s[24];
	tpp_pct(s, sizeof s, bp);
	html(&r->out, "<tr><th scope=\"row\">%s</th><td>%s</td></tr>", label, s);
}

static void ruleset_view(struct req *r, const struct tpp_ruleset *rs)
{
	const struct tpp_rules *x = &rs->rules;
	char when[40], unit[40], s[64];
	format_time_wib(when, sizeof when, rs->created_at);
	html(&r->out, "<p>%s, tahun %d, <strong>versi %d</strong>; ditetapkan %s oleh %s; dipakai "
		      "%lld perhitungan.</p>", rs->instansi_name, rs->year, rs->version, when,
	     rs->created_by, (long long)rs->runs);
	if (rs->note[0])
		html(&r->out, "<p class=\"fst-italic\">%s</p>", rs->note);
	html(&r->out, "<div class=\"row\"><div class=\"col-lg-5\"><table class=\"table table-sm\">"
		      "<caption>Besaran dasar per bulan (per %s)</caption><tbody>",
	     x->basis == TPP_BASIS_JABATAN ? "jenis jabatan" : "golongan");
	for (size_t i = 0; i < x->nbase; i++) {
		const char *label = position_kind_label(x->base[i].key);
		html(&r->out, "<tr><th scope=\"row\">%s</th><td class=\"text-end\">",
		     label ? label : x->base[i].key);
		tpp_html_money(r, x->base[i].amount);
		html_raw(&r->out, "</td></tr>");
	}
	html_raw(&r->out, "</tbody></table></div><div class=\"col-lg-7\"><table class=\"table "
			  "table-sm\"><caption>Porsi, pengali dan potongan</caption><tbody>");
	pct_row(r, "Porsi kinerja", x->share_kinerja_bp);
	pct_row(r, "Porsi disiplin", x->share_disiplin_bp);
	for (int p = TPP_PRED_NONE; p >= 0; p--) {
		snprintf(s, sizeof s, "Pengali predikat %s", tpp_pred_label(p));
		pct_row(r, s, x->pred_bp[p]);
	}
	for (int k = 0; k < TPP_ABS__KINDS; k++) {
		snprintf(s, sizeof s, "Potongan per hari: %s", tpp_absence_label((enum tpp_absence)k));
		pct_row(r, s, x->absence_bp[k]);
	}
	tpp_pct(s, sizeof s, x->late_bp_per_block);
	html(&r->out, "<tr><th scope=\"row\">Terlambat</th><td>%s per %lld menit (dibulatkan ke atas)"
		      "</td></tr>", s, (long long)x->late_block_minutes);
	pct_row(r, "Batas potongan terlambat", x->late_cap_bp);
	pct_row(r, "Batas potongan sebulan (dari porsi disiplin)", x->deduction_cap_bp);
	tpp_rupiah(unit, sizeof unit, x->round_unit);
	html(&r->out, "<tr><th scope=\"row\">Pembulatan</th><td>ke %s, %s</td></tr></tbody></table>"
		      "</div></div>", unit, tpp_round_mode_label(x->round_mode));
}

/* ---- the form ------------------------------------------------------------------------------------- */

/* The value to show for `name`: as typed after a refusal, else from rs. */
static const char *value_of(struct req *r, int typed, const char *name, const char *stored)
{
	const char *v = typed ? req_form(r, name) : NULL;
	return typed ? (v ? v : "") : stored;
}

static void pct_input(struct req *r, int typed, const char *name, const char *label, int64_t bp,
		      const char *col, const struct kerr *err)
{
	char v[24];
	pct_value(v, sizeof v, bp);
	form_text(r, name, label, "text", value_of(r, typed, name, v), col,
		  " inputmode=\"decimal\"", err);
}

static void base_inputs(struct req *r, int typed, const struct tpp_ruleset *rs, int pppk,
			const struct kerr *err)
{
	size_t n = pppk ? pppk_golongan_count() : golongan_count();
	char name[48], label[80], v[32];
	for (size_t i = 0; i < n; i++) {
		const struct golongan *g = pppk ? pppk_golongan_at(i) : golongan_at(i);
		int64_t amt = rs->rules.basis == TPP_BASIS_GOLONGAN ? tpp_base_for(&rs->rules, g->code, "")
								     : -1;
		snprintf(name, sizeof name, "besaran.%s", g->code);
		snprintf(label, sizeof label, "%s%s%s", g->code, pppk ? " (PPPK)" : " ", g->pangkat);
		snprintf(v, sizeof v, "%lld", (long long)amt);
		form_text(r, name, label, "text", value_of(r, typed, name, amt >= 0 ? v : ""),
			  "col-6 col-md-3", " inputmode=\"numeric\"", err);
	}
}

static void kind_inputs(struct req *r, int typed, const struct tpp_ruleset *rs,
			const struct kerr *err)
{
	char name[48], v[32];
	for (size_t i = 0; i < position_kind_count(); i++) {
		const char *k = position_kind_at(i);
		int64_t amt = rs->rules.basis == TPP_BASIS_JABATAN ? tpp_base_for(&rs->rules, "", k) : -1;
		snprintf(name, sizeof name, "besaran.%s", k);
		snprintf(v, sizeof v, "%lld", (long long)amt);
		form_text(r, name, position_kind_label(k), "text",
			  value_of(r, typed, name, amt >= 0 ? v : ""), "col-6 col-md-3",
			  " inputmode=\"numeric\"", err);
	}
}

static void shares_inputs(struct req *r, int typed, const struct tpp_rules *x,
			  const struct kerr *err)
{
	char name[64], label[80];
	html_raw(&r->out, "<fieldset class=\"col-12 row g-3\"><legend class=\"h6\">Porsi (harus "
			  "berjumlah 100%)</legend>");
	pct_input(r, typed, "porsi_kinerja", "Porsi kinerja (%)", x->share_kinerja_bp, "col-6 col-md-3",
		  err);
	pct_input(r, typed, "porsi_disiplin", "Porsi disiplin (%)", x->share_disiplin_bp,
		  "col-6 col-md-3", err);
	html_raw(&r->out, "</fieldset><fieldset class=\"col-12 row g-3\"><legend class=\"h6\">"
			  "Pengali porsi kinerja per predikat (%)</legend>");
	for (int p = TPP_PRED_NONE; p >= 0; p--) {
		snprintf(name, sizeof name, "pengali_predikat.%s", tpp_pred_name(p));
		snprintf(label, sizeof label, "%s", tpp_pred_label(p));
		pct_input(r, typed, name, label, x->pred_bp[p], "col-6 col-md-2", err);
	}
	html_raw(&r->out, "</fieldset><fieldset class=\"col-12 row g-3\"><legend class=\"h6\">"
			  "Potongan porsi disiplin per hari tidak hadir (%)</legend>");
	for (int k = 0; k < TPP_ABS__KINDS; k++) {
		snprintf(name, sizeof name, "potongan_per_hari.%s", tpp_absence_name((enum tpp_absence)k));
		pct_input(r, typed, name, tpp_absence_label((enum tpp_absence)k), x->absence_bp[k],
			  "col-6 col-md-3", err);
	}
	html_raw(&r->out, "</fieldset>");
}

static void late_inputs(struct req *r, int typed, const struct tpp_rules *x,
			const struct kerr *err)
{
	char v[24];
	html_raw(&r->out, "<fieldset class=\"col-12 row g-3\"><legend class=\"h6\">Keterlambatan, "
			  "batas dan pembulatan</legend>");
	snprintf(v, sizeof v, "%lld", (long long)x->late_block_minutes);
	form_text(r, "terlambat.menit_per_blok", "Menit per blok terlambat", "number",
		  value_of(r, typed, "terlambat.menit_per_blok", v), "col-6 col-md-2",
		  " min=\"1\" max=\"1440\"", err);
	pct_input(r, typed, "terlambat.persen_per_blok", "Potongan per blok (%)",
		  x->late_bp_per_block, "col-6 col-md-2", err);
	pct_input(r, typed, "terlambat.batas_persen", "Batas potongan terlambat (%)", x->late_cap_bp,
		  "col-6 col-md-2", err);
	pct_input(r, typed, "batas_potongan", "Batas potongan sebulan (%)", x->deduction_cap_bp,
		  "col-6 col-md-2", err);
	snprintf(v, sizeof v, "%lld", (long long)x->round_unit);
	const char *unit = value_of(r, typed, "pembulatan.satuan", v);
	form_select_open(r, "pembulatan.satuan", "Pembulatan ke", "col-6 col-md-2", err);
	form_option(r, "1", "Rp 1", unit);
	form_option(r, "10", "Rp 10", unit);
	form_option(r, "100", "Rp 100", unit);
	form_option(r, "1000", "Rp 1.000", unit);
	tpp_select_close(r, "pembulatan.satuan", err);
	const char *mode = value_of(r, typed, "pembulatan.cara", tpp_round_mode_name(x->round_mode));
	form_select_open(r, "pembulatan.cara", "Cara pembulatan", "col-6 col-md-2", err);
	for (int m = 0; m <= TPP_ROUND_UP; m++)
		form_option(r, tpp_round_mode_name((enum tpp_round_mode)m),
			    tpp_round_mode_label((enum tpp_round_mode)m), mode);
	tpp_select_close(r, "pembulatan.cara", err);
	html_raw(&r->out, "</fieldset>");
}

static void rules_form(struct req *r, const struct tpp_ruleset *rs, int typed,
		       const struct kerr *err)
{
	char year[8];
	snprintf(year, sizeof year, "%d", rs->year);
	html_raw(&r->out, "<section id=\"versi-baru\"><h2 class=\"h5\">Tetapkan versi baru</h2><p "
			  "class=\"small\">Perubahan disimpan sebagai versi baru; versi lama dan "
			  "perhitungan yang memakainya tidak berubah. Persen boleh berdesimal (2,5). "
			  "Besaran dasar dalam rupiah per bulan; kosongkan untuk tidak membayar "
			  "kelompok itu.</p>");
	if (err)
		form_error_alert(r, NULL, err);
	html_raw(&r->out, "<form method=\"post\" action=\"/tpp/aturan\" class=\"row g-3\">");
	csrf_field(r);
	form_text(r, "tahun", "Tahun", "number", value_of(r, typed, "tahun", year), "col-6 col-md-2",
		  " min=\"2000\" max=\"2100\" required", err);
	const char *basis = value_of(r, typed, "dasar", tpp_basis_name(rs->rules.basis));
	form_select_open(r, "dasar", "Besaran dasar menurut", "col-6 col-md-3", err);
	form_option(r, "golongan", "Golongan", basis);
	form_option(r, "jabatan", "Jenis jabatan", basis);
	tpp_select_close(r, "dasar", err);
	shares_inputs(r, typed, &rs->rules, err);
	late_inputs(r, typed, &rs->rules, err);
	html_raw(&r->out, "<fieldset class=\"col-12 row g-3\"><legend class=\"h6\">Besaran dasar per "
			  "golongan (Rp sebulan; dipakai bila dasar = golongan)</legend>");
	base_inputs(r, typed, rs, 0, err);
	html_raw(&r->out, "<details class=\"col-12\"><summary>Golongan PPPK</summary><div "
			  "class=\"row g-3 mt-1\">");
	base_inputs(r, typed, rs, 1, err);
	html_raw(&r->out, "</div></details></fieldset><fieldset class=\"col-12 row g-3\"><legend "
			  "class=\"h6\">Besaran dasar per jenis jabatan (Rp sebulan; dipakai bila "
			  "dasar = jenis jabatan)</legend>");
	kind_inputs(r, typed, rs, err);
	html_raw(&r->out, "</fieldset><div class=\"col-12\"><label for=\"f-catatan\" "
			  "class=\"form-label\">Catatan (dasar hukum, alasan perubahan)</label>"
			  "<textarea id=\"f-catatan\" name=\"catatan\" rows=\"2\" class=\"form-control\">");
	html(&r->out, "%s", value_of(r, typed, "catatan", ""));
	html_raw(&r->out, "</textarea></div><div class=\"col-12\"><button type=\"submit\" "
			  "class=\"btn btn-primary\">Simpan sebagai versi baru</button></div></form>"
			  "</section>");
}

/* ---- the pages ---------------------------------------------------------------------------------- */

static void versions_list(struct req *r, int64_t inst)
{
	struct tpp_ruleset_brief *v = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	char when[40];
	if (store_tpp_ruleset_list(r->db, inst, &v, &n, &err) || !n) {
		free(v);
		return;
	}
	html_raw(&r->out, "<section class=\"mb-4\" id=\"versi\"><h2 class=\"h5\">Semua versi</h2>"
			  "<ul class=\"list-group\">");
	for (size_t i = 0; i < n; i++) {
		format_time_wib(when, sizeof when, v[i].created_at);
		html(&r->out, "<li class=\"list-group-item\"><a href=\"/tpp/aturan/%lld\">Tahun %d, "
			      "versi %d</a> &middot; %s &middot; %s</li>", (long long)v[i].id, v[i].year,
		     v[i].version, when, v[i].created_by);
	}
	html_raw(&r->out, "</ul></section>");
	free(v);
}

static int rules_page(struct req *r, int year, const struct kerr *form_err)
{
	struct kerr err = KERR_INIT;
	int64_t inst = 0;
	struct tpp_ruleset *rs = xcalloc(1, sizeof *rs);
	page_begin(r, "Aturan TPP", NAV_TPP);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
		      "class=\"breadcrumb-item\"><a href=\"/tpp\">TPP</a></li><li "
		      "class=\"breadcrumb-item active\" aria-current=\"page\">Aturan</li></ol></nav>"
		      "<h1 class=\"h3\">Aturan TPP tahun %d</h1><form method=\"get\" action=\"/tpp/aturan\" "
		      "class=\"d-flex gap-2 mb-3\" data-mw=\"20\"><label class=\"visually-hidden\" "
		      "for=\"f-lihat-tahun\">Tampilkan aturan tahun</label><input id=\"f-lihat-tahun\" type=\"number\" "
		      "name=\"tahun\" value=\"%d\" class=\"form-control\"><button class=\"btn "
		      "btn-outline-secondary\">Lihat</button></form>", year, year);
	int have = !store_tpp_instansi_default(r->db, &inst, &err) &&
		   !store_tpp_ruleset_latest(r->db, inst, year, rs, &err);
	if (have) {
		ruleset_view(r, rs);
	} else {
		html(&r->out, "<p class=\"alert alert-info\">Belum ada aturan TPP untuk tahun %d.%s</p>",
		     year, r->who.role == ROLE_ADMIN ? " Isi formulir di bawah; nilai awalnya adalah "
		     "contoh yang dapat diubah." : "");
		tpp_rules_default(&rs->rules);
		rs->year = year;
	}
	if (r->who.role == ROLE_ADMIN)
		rules_form(r, rs, form_err != NULL, form_err);
	versions_list(r, inst);
	free(rs);
	page_end(r);
	return reply_html(r, form_err ? kerr_http_status(form_err) : 200);
}

/* GET /tpp/aturan?tahun=Y */
int page_tpp_rules(struct req *r)
{
	long long year = year_wib();
	const char *y = req_query(r, "tahun");
	if (y && parse_whole_in(y, 2000, 2100, &year) < 0)
		year = year_wib();
	return rules_page(r, (int)year, NULL);
}

/* GET /tpp/aturan/{id} */
int page_tpp_ruleset(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct tpp_ruleset *rs = xmalloc(sizeof *rs);
	if (store_tpp_ruleset_get(r->db, r->path_id, rs, &err)) {
		free(rs);
		return reply_error(r, &err);
	}
	page_begin(r, "Aturan TPP", NAV_TPP);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\"><li "
		      "class=\"breadcrumb-item\"><a href=\"/tpp\">TPP</a></li><li "
		      "class=\"breadcrumb-item\"><a href=\"/tpp/aturan?tahun=%d\">Aturan</a></li><li "
		      "class=\"breadcrumb-item active\" aria-current=\"page\">Versi %d</li></ol></nav>"
		      "<h1 class=\"h3\">Aturan TPP tahun %d, versi %d</h1>", rs->year, rs->version,
	     rs->year, rs->version);
	ruleset_view(r, rs);
	free(rs);
	page_end(r);
	return reply_html(r, 200);
}

/* ---- saving ------------------------------------------------------------------------------------- */

static void read_pct(struct req *r, const char *name, int64_t *bp, struct kerr *err)
{
	const char *v = req_form(r, name);
	if (kerr_is_set(err) || !v)
		return;
	while (*v == ' ')
		v++;
	if (*v == '-')
		kerr_set(err, KERR_INVALID, name, "Nilai tidak boleh negatif");
	else if (tpp_pct_parse(v, bp))
		kerr_set(err, KERR_INVALID, name, "Isi persen, misalnya 60 atau 2,5");
}

static void read_base(struct req *r, struct tpp_rules *x, const char *key, struct kerr *err)
{
	char name[48];
	int64_t amt = 0;
	snprintf(name, sizeof name, "besaran.%s", key);
	const char *v = req_form(r, name);
	if (kerr_is_set(err) || !v || !*v)
		return;
	while (*v == ' ')
		v++;
	if (*v == '-') {
		kerr_set(err, KERR_INVALID, name, "Besaran dasar untuk %s tidak boleh negatif", key);
		return;
	}
	if (tpp_amount_parse(v, &amt)) {
		kerr_set(err, KERR_INVALID, name, "Isi rupiah bulat, misalnya 5000000");
		return;
	}
	if (x->nbase < TPP_BASE_MAX) {
		copy_str(x->base[x->nbase].key, sizeof x->base[0].key, key);
		x->base[x->nbase++].amount = amt;
	}
}

static void read_bases(struct req *r, struct tpp_rules *x, struct kerr *err)
{
	x->nbase = 0;
	if (x->basis == TPP_BASIS_JABATAN) {
		for (size_t i = 0; i < position_kind_count(); i++)
			read_base(r, x, position_kind_at(i), err);
		return;
	}
	for (size_t i = 0; i < golongan_count(); i++)
		read_base(r, x, golongan_at(i)->code, err);
	for (size_t i = 0; i < pppk_golongan_count(); i++)
		read_base(r, x, pppk_golongan_at(i)->code, err);
}

static void read_form(struct req *r, struct tpp_ruleset *rs, struct kerr *err)
{
	struct tpp_rules *x = &rs->rules;
	char name[64];
	long long year = 0, n = 0;
	const char *v;
	tpp_rules_default(x);
	if (!(v = req_form(r, "tahun")) || parse_whole_in(v, 2000, 2100, &year) < 0)
		kerr_set(err, KERR_INVALID, "tahun", "Isi tahun (2000 sampai 2100)");
	rs->year = (int)year;
	if (tpp_basis_parse(req_form(r, "dasar"), &x->basis))
		kerr_set(err, KERR_INVALID, "dasar", "Pilih golongan atau jenis jabatan");
	read_pct(r, "porsi_kinerja", &x->share_kinerja_bp, err);
	read_pct(r, "porsi_disiplin", &x->share_disiplin_bp, err);
	for (int p = TPP_PRED_NONE; p >= 0; p--) {
		snprintf(name, sizeof name, "pengali_predikat.%s", tpp_pred_name(p));
		read_pct(r, name, &x->pred_bp[p], err);
	}
	for (int k = 0; k < TPP_ABS__KINDS; k++) {
		snprintf(name, sizeof name, "potongan_per_hari.%s", tpp_absence_name((enum tpp_absence)k));
		read_pct(r, name, &x->absence_bp[k], err);
	}
	if ((v = req_form(r, "terlambat.menit_per_blok")) && !kerr_is_set(err)) {
		if (parse_whole_in(v, 0, 100000, &n) < 0)
			kerr_set(err, KERR_INVALID, "terlambat.menit_per_blok", "Isi jumlah menit");
		x->late_block_minutes = n;
	}
	read_pct(r, "terlambat.persen_per_blok", &x->late_bp_per_block, err);
	read_pct(r, "terlambat.batas_persen", &x->late_cap_bp, err);
	read_pct(r, "batas_potongan", &x->deduction_cap_bp, err);
	if ((v = req_form(r, "pembulatan.satuan")) && parse_whole_in(v, 0, 1000000, &n) == 0)
		x->round_unit = n;
	if (tpp_round_mode_parse(req_form(r, "pembulatan.cara"), &x->round_mode))
		kerr_set(err, KERR_INVALID, "pembulatan.cara", "Pilih cara pembulatan");
	read_bases(r, x, err);
	form_read(r, "catatan", rs->note, sizeof rs->note, err);
}

/* POST /tpp/aturan (admin) */
int page_tpp_rules_save(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct tpp_ruleset *rs = xcalloc(1, sizeof *rs);
	char to[64];
	read_form(r, rs, &err);
	if (!kerr_is_set(&err) && !store_tpp_instansi_default(r->db, &rs->instansi_id, &err)) {
		caller_display_name(r, rs->created_by, sizeof rs->created_by);
		store_tpp_ruleset_create(r->db, &who, rs, &err);
	}
	int year = rs->year ? rs->year : year_wib();
	free(rs);
	if (!kerr_is_set(&err)) {
		snprintf(to, sizeof to, "/tpp/aturan?tahun=%d&pesan=tpp_aturan_disimpan", year);
		return reply_redirect(r, to);
	}
	if (err.code != KERR_INVALID)
		return reply_error(r, &err);
	return rules_page(r, year, &err);
}
