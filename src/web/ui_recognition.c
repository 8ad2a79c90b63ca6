/*
 * ui_recognition.c - the recognition (penghargaan) pages: GET /penghargaan
 * (the caller's own standing; the whole ranking of a unit for those who
 * may see it, with the published order of criteria and what decided each
 * place; the nominations the caller may see), the administrator's
 * tie-break setting (/penghargaan/pengaturan), shared display pieces, and
 * the route table of every recognition and credit-point page.
 */
#include "web/ui_recognition.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "http/assess_access.h"
#include "http/html.h"
#include "http/recognition_access.h"
#include "http/request.h"
#include "http/router.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shared pieces ------------------------------------------------------------------------ */

void rec_pct_text(int has, int64_t hundredths, char *out, size_t size)
{
	if (!has)
		snprintf(out, size, "-");
	else
		snprintf(out, size, "%lld,%02lld%%", (long long)(hundredths / 100),
			 (long long)(hundredths % 100));
}

void nomination_badge(struct req *r, enum nomination_state s)
{
	static const char *const kind[NOM__STATES] = { "text-bg-warning", "text-bg-success",
						       "text-bg-secondary" };
	html(&r->out, "<span class=\"badge %s\" data-status=\"%s\">%s</span>",
	     kind[(unsigned)s < NOM__STATES ? s : 0], nomination_state_name(s),
	     nomination_state_label(s));
}

void nomination_table(struct req *r, const struct nomination *v, size_t n)
{
	char when[40], nip[32];
	if (!n) {
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada usulan.</p>");
		return;
	}
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table align-middle\">"
			  "<thead><tr><th scope=\"col\">Pegawai</th><th scope=\"col\">Unit</th>"
			  "<th scope=\"col\">Diusulkan</th><th scope=\"col\">Status</th>"
			  "<th scope=\"col\"><span class=\"visually-hidden\">Tindakan</span></th></tr>"
			  "</thead><tbody>");
	for (size_t i = 0; i < n; i++) {
		format_time_wib(when, sizeof when, v[i].nominated_at);
		nip_display(nip, sizeof nip, v[i].nip);
		html(&r->out, "<tr data-usulan=\"%lld\"><th scope=\"row\">%s<div class=\"small "
			      "text-muted\">NIP %s</div></th><td>%s</td><td>%s<div class=\"small "
			      "text-muted\">oleh %s</div></td><td>", (long long)v[i].id,
		     v[i].employee_name, nip, v[i].unit_name, when, v[i].nominator_name);
		nomination_badge(r, v[i].state);
		html(&r->out, "</td><td><a class=\"btn btn-sm btn-primary\" href=\"/penghargaan/"
			      "usulan/%lld\">Buka</a></td></tr>", (long long)v[i].id);
	}
	html_raw(&r->out, "</tbody></table></div>");
}

/* ---- the ranking page ----------------------------------------------------------------------- */

static const char *decider_label(const struct rank_entry *e)
{
	switch (e->decider) {
	case RD_PREDICATE:
		return "Predikat";
	case RD_CAPAIAN:
		return "Capaian SKP";
	case RD_CHAIN:
		switch (e->criterion) {
		case TB_PERILAKU: return "Perilaku kerja";
		case TB_HASIL: return "Hasil kerja";
		case TB_360: return "Umpan balik 360\xc2\xb0";
		case TB_MASA_KERJA: return "Masa kerja";
		default: return "NIP";
		}
	default:
		return "";
	}
}

static void chain_list(struct req *r, const struct tiebreak_chain *c)
{
	html_raw(&r->out, "<section class=\"mb-4\" id=\"urutan\"><h2 class=\"h5\">Urutan penentu "
			  "peringkat</h2><ol class=\"mb-1\"><li>Predikat kinerja (Sangat Baik lebih "
			  "dulu)</li><li>Capaian SKP (lebih tinggi lebih dulu)</li>");
	for (size_t i = 0; i < c->n; i++)
		html(&r->out, "<li data-kriteria=\"%s\">%s</li>", tiebreak_name(c->v[i]),
		     tiebreak_label(c->v[i]));
	html_raw(&r->out, "</ol><p class=\"small text-muted\">Dua pegawai tidak pernah berbagi "
			  "peringkat: bila semua kriteria sama, NIP menentukan.");
	if (r->who.role == ROLE_ADMIN)
		html_raw(&r->out, " <a href=\"/penghargaan/pengaturan\">Ubah urutan penentu</a>");
	html_raw(&r->out, "</p></section>");
}

static void basis_text(const struct ranking *rk, char *out, size_t size)
{
	if (rk->basis_checkpoint)
		snprintf(out, size, "predikat penilaian periodik %s (sementara, sampai penilaian "
			 "tahunan ditetapkan); capaian pada %s", rk->basis_name, rk->capaian_name);
	else
		snprintf(out, size, "predikat penilaian tahunan; capaian pada %s",
			 rk->capaian_name[0] ? rk->capaian_name : "-");
}

static void own_card(struct req *r, const struct period *p, int64_t basis)
{
	struct kerr err = KERR_INIT;
	struct ranking rk;
	int64_t unit = 0;
	char cap[32], text[300];
	if (!r->who.employee_id ||
	    store_ranking_unit_of(r->db, p->id, r->who.employee_id, &unit, &err) || !unit ||
	    store_ranking(r->db, p->id, unit, basis, &rk, &err))
		return;
	const struct rank_entry *e = ranking_find(&rk, r->who.employee_id);
	basis_text(&rk, text, sizeof text);
	html_raw(&r->out, "<section class=\"card mb-4\" id=\"posisi-saya\"><div class=\"card-body\">"
			  "<h2 class=\"h5\">Posisi Anda</h2>");
	if (e && e->rank) {
		rec_pct_text(e->key.has_capaian, e->key.capaian, cap, sizeof cap);
		html(&r->out, "<p class=\"fs-5 mb-1\">Peringkat <strong data-peringkat>%d</strong> dari "
			      "<strong data-dari>%zu</strong> di %s</p><p class=\"mb-1\">Predikat %s, "
			      "capaian %s.</p>", e->rank, rk.ranked, rk.unit_name,
		     predicate_label(e->key.predicate), cap);
	} else {
		html(&r->out, "<p>Anda belum mempunyai predikat pada dasar peringkat ini di %s.</p>",
		     rk.unit_name);
	}
	html(&r->out, "<p class=\"small text-muted mb-0\">Dasar: %s.</p></div></section>", text);
	ranking_release(&rk);
}

static void rank_row(struct req *r, const struct ranking *rk, const struct rank_entry *e,
		     int may_nominate)
{
	char nip[32], cap[32], r360[32] = "-";
	nip_display(nip, sizeof nip, e->nip);
	rec_pct_text(e->key.has_capaian, e->key.capaian, cap, sizeof cap);
	if (e->key.r360_den > 0)
		snprintf(r360, sizeof r360, "%.1f%%",
			 100.0 * (double)e->key.r360_num / (double)e->key.r360_den);
	if (e->rank)
		html(&r->out, "<tr data-pegawai=\"%lld\"><td data-peringkat>%d</td>",
		     (long long)e->employee_id, e->rank);
	else
		html(&r->out, "<tr data-pegawai=\"%lld\"><td>-</td>", (long long)e->employee_id);
	html(&r->out, "<th scope=\"row\">%s<div class=\"small text-muted\">NIP %s</div></th>"
		      "<td>%s<div class=\"small text-muted\">%s</div></td><td>%s</td><td>%s</td>"
		      "<td>%s</td><td>%s</td>", e->name, nip, e->position_name, e->unit_name,
	     e->key.has_predicate ? predicate_label(e->key.predicate) : "belum ada", cap, r360,
	     e->rank ? decider_label(e) : "");
	if (may_nominate && e->rank && e->employee_id != r->who.employee_id)
		html(&r->out, "<td><a class=\"btn btn-sm btn-outline-primary\" href=\"/penghargaan/"
			      "usulan/baru?periode=%lld&amp;pegawai=%lld\">Usulkan</a></td></tr>",
		     (long long)rk->period.id, (long long)e->employee_id);
	else
		html_raw(&r->out, "<td></td></tr>");
}

static void ranking_table(struct req *r, const struct ranking *rk)
{
	struct kerr ignored = KERR_INIT;
	char text[300];
	int may_nominate = rec_may_nominate(r, rk->unit_id, &ignored);
	basis_text(rk, text, sizeof text);
	html(&r->out, "<section class=\"mb-4\" id=\"peringkat\"><h2 class=\"h5\">Peringkat %s</h2>"
		      "<p class=\"small text-muted\">Dasar: %s. %zu dari %zu pegawai sudah "
		      "mempunyai predikat.</p>", rk->unit_id ? rk->unit_name : "seluruh instansi",
	     text, rk->ranked, rk->n);
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm "
			  "align-middle\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">Pegawai"
			  "</th><th scope=\"col\">Jabatan / unit</th><th scope=\"col\">Predikat</th>"
			  "<th scope=\"col\">Capaian</th><th scope=\"col\">360\xc2\xb0</th>"
			  "<th scope=\"col\">Ditentukan oleh</th><th scope=\"col\"><span "
			  "class=\"visually-hidden\">Tindakan</span></th></tr></thead><tbody>");
	for (size_t i = 0; i < rk->n; i++)
		rank_row(r, rk, &rk->v[i], may_nominate);
	html_raw(&r->out, "</tbody></table></div></section>");
}

/* The period and unit choice (GET form). */
static void choice_form(struct req *r, const struct period *p, int64_t unit)
{
	struct period *ps = NULL;
	struct unit *us = NULL;
	size_t np = 0, nu = 0;
	struct kerr err = KERR_INIT;
	char sel[32];
	html_raw(&r->out, "<form method=\"get\" action=\"/penghargaan\" class=\"row g-2 mb-4 "
			  "align-items-end\"><div class=\"col-sm-4\"><label class=\"form-label\" "
			  "for=\"f-periode\">Periode</label><select class=\"form-select\" "
			  "id=\"f-periode\" name=\"periode\">");
	if (!store_period_list(r->db, &ps, &np, &err))
		for (size_t i = 0; i < np; i++)
			html(&r->out, "<option value=\"%lld\"%s>%s</option>", (long long)ps[i].id,
			     ps[i].id == p->id ? " selected" : "", ps[i].name);
	free(ps);
	html_raw(&r->out, "</select></div><div class=\"col-sm-5\"><label class=\"form-label\" "
			  "for=\"f-unit\">Unit kerja (beserta unit di bawahnya)</label><select "
			  "class=\"form-select\" id=\"f-unit\" name=\"unit\">");
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR)
		html(&r->out, "<option value=\"\"%s>Seluruh instansi</option>", unit ? "" : " selected");
	if (!store_unit_list(r->db, &us, &nu, &err)) {
		unsigned char *allow = xcalloc(nu + 1, 1);
		struct kerr ignored = KERR_INIT;
		for (size_t i = 0; i < nu; i++)
			allow[i] = rec_may_see_ranking(r, us[i].id, &ignored) || us[i].id == unit;
		snprintf(sel, sizeof sel, "%lld", (long long)unit);
		unit_options(&r->out, us, nu, allow, 0, sel);
		free(allow);
	}
	free(us);
	html_raw(&r->out, "</select></div><div class=\"col-sm-3\"><button type=\"submit\" "
			  "class=\"btn btn-secondary\">Tampilkan</button></div></form>");
}

static int nominations_section(struct req *r, const struct period *p, int64_t unit, int full,
			       struct kerr *err)
{
	struct nomination *v = NULL;
	size_t n = 0;
	int64_t mine = full ? 0 : (r->who.employee_id ? r->who.employee_id : -1);
	if (store_nomination_list(r->db, p->id, full ? unit : 0, mine, &v, &n, err))
		return -1;
	html(&r->out, "<section class=\"mb-4\" id=\"usulan\"><h2 class=\"h5\">Usulan pegawai "
		      "berprestasi%s</h2>", full ? "" : " yang melibatkan Anda");
	nomination_table(r, v, n);
	html_raw(&r->out, "</section>");
	nominations_free(v, n);
	return 0;
}

/* GET /penghargaan?periode=&unit=&titik=|jenis=tahunan */
static int page_recognition(struct req *r)
{
	struct kerr err = KERR_INIT, why = KERR_INIT;
	struct period p;
	struct ranking rk;
	int64_t unit = 0, basis = 0;
	const char *u = req_query(r, "unit");
	if (rec_period_of_query(r, &p, &err) ||
	    (u && *u && req_query_id(r, "unit", &unit, &err)) ||
	    ((!u) && rec_default_unit(r, p.id, &unit, &err)) ||
	    curve_basis_of_query(r, p.id, &basis, &err))
		return reply_error(r, &err);
	int full = rec_may_see_ranking(r, unit, &why);
	if (why.code == KERR_NOT_FOUND)
		return reply_error(r, &why);
	page_begin(r, "Penghargaan", NAV_PENGHARGAAN);
	html(&r->out, "<h1 class=\"h3\">Penghargaan Pegawai Berprestasi</h1><p>Peringkat pegawai "
		      "per periode dan unit kerja, dari predikat dan capaian kinerja. Pimpinan unit "
		      "mengusulkan pegawai berprestasi dengan alasan; pengelola kinerja menyetujui "
		      "atau menolak; pegawai yang disetujui menerima piagam. Lihat juga "
		      "<a href=\"/angka-kredit?periode=%lld\">angka kredit</a>.</p>", (long long)p.id);
	choice_form(r, &p, unit);
	own_card(r, &p, basis);
	if (full && !store_ranking(r->db, p.id, unit, basis, &rk, &err)) {
		ranking_table(r, &rk);
		ranking_release(&rk);
	} else if (!full) {
		html_raw(&r->out, "<p class=\"alert alert-info\">Peringkat lengkap hanya dapat "
				  "dilihat pimpinan unit, pengelola kinerja, auditor dan administrator."
				  "</p>");
	}
	struct tiebreak_chain chain;
	if (!kerr_is_set(&err) && !store_tiebreak_get(r->db, &chain, &err))
		chain_list(r, &chain);
	if (kerr_is_set(&err) || nominations_section(r, &p, unit, full, &err))
		return reply_error(r, &err);
	page_end(r);
	return reply_html(r, 200);
}

/* ---- the tie-break setting ------------------------------------------------------------------- */

#define CHAIN_SLOTS (TB__COUNT - 1)

static void settings_page(struct req *r, const struct tiebreak_chain *c, const struct kerr *err)
{
	char name[16];
	page_begin(r, "Urutan penentu peringkat", NAV_PENGHARGAAN);
	html_raw(&r->out, "<h1 class=\"h3\">Urutan Penentu Peringkat</h1><p>Peringkat selalu "
			  "diurutkan menurut predikat, lalu capaian SKP. Bila keduanya sama, kriteria "
			  "di bawah ini dipakai berurutan; NIP selalu menjadi penentu terakhir. "
			  "Urutan ini diumumkan di halaman penghargaan.</p>");
	if (err)
		form_error_alert(r, "Urutan penentu", err);
	html_raw(&r->out, "<form method=\"post\" action=\"/penghargaan/pengaturan\" class=\"row g-3\" "
			  "data-mw=\"36\">");
	csrf_field(r);
	for (int slot = 0; slot < CHAIN_SLOTS; slot++) {
		enum tiebreak cur = (size_t)slot < c->n ? c->v[slot] : TB_NIP;
		snprintf(name, sizeof name, "urutan%d", slot + 1);
		html(&r->out, "<div class=\"col-12\"><label class=\"form-label\" for=\"f-%s\">Penentu "
			      "%d</label><select class=\"form-select\" id=\"f-%s\" name=\"%s\">"
			      "<option value=\"\">(tidak dipakai)</option>", name, slot + 1, name, name);
		for (int t = 0; t < TB_NIP; t++)
			html(&r->out, "<option value=\"%s\"%s>%s</option>", tiebreak_name((enum tiebreak)t),
			     cur == (enum tiebreak)t ? " selected" : "", tiebreak_label((enum tiebreak)t));
		html_raw(&r->out, "</select></div>");
	}
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">"
			  "Simpan</button> <a class=\"btn btn-link\" href=\"/penghargaan\">Kembali</a>"
			  "</div></form>");
	page_end(r);
}

/* GET /penghargaan/pengaturan (admin) */
static int page_settings(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct tiebreak_chain c;
	if (store_tiebreak_get(r->db, &c, &err))
		return reply_error(r, &err);
	settings_page(r, &c, NULL);
	return reply_html(r, 200);
}

/* POST /penghargaan/pengaturan (admin): urutan1..urutanN */
static int page_settings_save(struct req *r)
{
	struct kerr err = KERR_INIT, ignored = KERR_INIT;
	struct actor who = req_actor(r);
	struct strbuf text = STRBUF_INIT;
	struct tiebreak_chain typed;
	char name[16];
	for (int slot = 0; slot < CHAIN_SLOTS; slot++) {
		snprintf(name, sizeof name, "urutan%d", slot + 1);
		const char *v = req_form(r, name);
		if (v && *v)
			strbuf_addf(&text, "%s%s", text.len ? "," : "", v);
	}
	int rc = store_tiebreak_set(r->db, &who, text.buf, &err);
	if (rc && err.code == KERR_INVALID) {
		memset(&typed, 0, sizeof typed);
		if (tiebreak_chain_parse(text.buf, &typed, "urutan", &ignored))
			store_tiebreak_get(r->db, &typed, &ignored);
		settings_page(r, &typed, &err);
		strbuf_release(&text);
		return reply_html(r, 422);
	}
	strbuf_release(&text);
	return rc ? reply_error(r, &err)
		  : reply_redirect(r, "/penghargaan?pesan=penghargaan_urutan_disimpan#urutan");
}

const struct route ui_recognition_routes[] = {
	{ "GET", "/penghargaan", page_recognition, ACCESS_LOGIN },
	{ "GET", "/penghargaan/pengaturan", page_settings, ACCESS_ADMIN },
	{ "POST", "/penghargaan/pengaturan", page_settings_save, ACCESS_ADMIN },
	{ "GET", "/penghargaan/usulan/baru", page_nomination_new, ACCESS_LOGIN },
	{ "POST", "/penghargaan/usulan", page_nomination_create, ACCESS_LOGIN },
	{ "GET", "/penghargaan/usulan/{id}", page_nomination, ACCESS_LOGIN },
	{ "POST", "/penghargaan/usulan/{id}/putusan", page_nomination_decide, ACCESS_LOGIN },
	{ "GET", "/penghargaan/usulan/{id}/piagam", page_nomination_certificate, ACCESS_LOGIN },
	{ "GET", "/angka-kredit", page_credit_list, ACCESS_LOGIN },
	{ "GET", "/angka-kredit/tabel", page_credit_tables, ACCESS_LOGIN },
	{ "POST", "/angka-kredit/tabel", page_credit_tables_save, ACCESS_ADMIN },
	{ "GET", "/angka-kredit/pegawai/{id}", page_credit_statement, ACCESS_LOGIN },
	{ "GET", "/angka-kredit/pegawai/{id}/pdf", page_credit_pdf, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
