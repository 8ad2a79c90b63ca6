/*
 * ui_skp_parts.c - the lower sections of an SKP page: "Perilaku Kerja" (the
 * seven BerAKHLAK values with their guides and the ekspektasi khusus
 * pimpinan the pejabat penilai writes), "Lampiran" (three lists the owner
 * keeps), "Tindakan" (the workflow steps the viewer may take now, each a
 * small form) and "Riwayat" (the workflow history).
 */
#include "web/ui_skp.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "domain/berakhlak.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <string.h>

/* ---- perilaku kerja ---------------------------------------------------------------- */

static int may_set_expectations(const struct skp_view *v)
{
	return v->role == SKP_ROLE_ASSESSOR && v->pstate == PERIOD_OPEN &&
	       v->state != SKP_DISETUJUI;
}

static void expectation_form(struct req *r, const struct skp_view *v, size_t i,
			     const char *name, const char *text)
{
	struct sform f;
	char key[24], action[56], idx[8], label[160];
	snprintf(key, sizeof key, "ekspektasi-%zu", i);
	snprintf(action, sizeof action, "/skp/%lld/ekspektasi", (long long)v->s.id);
	snprintf(idx, sizeof idx, "%zu", i);
	snprintf(label, sizeof label, "Ekspektasi untuk %s", name);
	sform_init(&f, r, v, key);
	sform_details_open(&f, text && *text ? "Ubah ekspektasi" : "Isi ekspektasi",
			   "btn btn-sm btn-outline-primary", 0);
	sform_open(&f, action, "row g-2 skpp-form", NULL);
	sform_hidden(&f, "nilai", idx);
	sform_textarea(&f, "text", label, text, "col-12", " maxlength=\"1000\"");
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary "
			  "btn-sm\">Simpan ekspektasi</button></div>");
	sform_end(&f);
	html_raw(&r->out, "</div></details>");
}

static void behaviour_row(struct req *r, const struct skp_view *v, size_t i)
{
	const struct core_value *cv = berakhlak_at(i);
	const char *text = v->s.expectation[i];
	html(&r->out, "<tr id=\"nilai-%zu\"><td data-label=\"No\" class=\"skpp-no\">%zu</td>"
		      "<th scope=\"row\" data-label=\"Nilai dasar\">%s</th>"
		      "<td data-label=\"Panduan perilaku\"><ul class=\"mb-0 ps-3\">",
	     i, i + 1, cv->name);
	for (size_t g = 0; g < 3; g++)
		html(&r->out, "<li>%s</li>", cv->guides[g]);
	html_raw(&r->out, "</ul></td><td data-label=\"Ekspektasi khusus pimpinan\">");
	if (text && *text)
		html(&r->out, "<p class=\"mb-1 skpp-pre\">%s</p>", text);
	else
		html_raw(&r->out, "<p class=\"mb-1 text-muted\">Belum diisi.</p>");
	if (may_set_expectations(v))
		expectation_form(r, v, i, cv->name, text);
	html_raw(&r->out, "</td></tr>");
}

void skp_behaviour_section(struct req *r, const struct skp_view *v)
{
	html_raw(&r->out, "<section class=\"mb-4\" id=\"perilaku\" aria-labelledby=\"pk-judul\">"
			  "<h2 class=\"h4\" id=\"pk-judul\">Perilaku Kerja</h2>"
			  "<p class=\"skpp-help small text-muted\">Perilaku kerja dinilai dari tujuh nilai "
			  "dasar ASN <strong>BerAKHLAK</strong>, masing-masing dengan tiga panduan "
			  "perilaku. Pejabat penilai dapat menambahkan <strong>ekspektasi khusus "
			  "pimpinan</strong>: perilaku yang secara khusus diharapkan dari pegawai ini.</p>"
			  "<table class=\"table table-bordered skpp-table skpp-behaviour\">"
			  "<caption class=\"visually-hidden\">Perilaku kerja BerAKHLAK</caption>"
			  "<thead class=\"table-light\"><tr><th scope=\"col\" class=\"skpp-no\">No</th>"
			  "<th scope=\"col\">Nilai dasar</th><th scope=\"col\">Panduan perilaku</th>"
			  "<th scope=\"col\">Ekspektasi khusus pimpinan</th></tr></thead><tbody>");
	for (size_t i = 0; i < BERAKHLAK_COUNT; i++)
		behaviour_row(r, v, i);
	html_raw(&r->out, "</tbody></table></section>");
}

/* ---- lampiran ---------------------------------------------------------------------- */

static const char *const att_help[ATT__KINDS] = {
	[ATT_DUKUNGAN] = "Sarana, anggaran, pelatihan, atau bantuan yang diperlukan untuk "
			 "mencapai hasil kerja.",
	[ATT_SKEMA] = "Cara hasil kerja dilaporkan dan dipertanggungjawabkan, misalnya laporan "
		      "bulanan kepada atasan.",
	[ATT_KONSEKUENSI] = "Akibat bila hasil kerja tercapai atau tidak tercapai.",
};

static void attachment_item(struct req *r, const struct skp_view *v, const struct skp_item *it)
{
	html(&r->out, "<li class=\"list-group-item d-flex justify-content-between "
		      "align-items-start gap-2\"><span class=\"skpp-pre\">%s</span>", it->text);
	if (v->editable) {
		struct sform f;
		char key[40], action[64];
		snprintf(key, sizeof key, "hapus-lampiran-%lld", (long long)it->id);
		snprintf(action, sizeof action, "/skp/lampiran/%lld/hapus", (long long)it->id);
		sform_init(&f, r, v, key);
		sform_open(&f, action, "d-print-none", " data-confirm=\"Hapus butir ini?\"");
		html_raw(&r->out, "<button type=\"submit\" class=\"btn btn-sm btn-outline-danger\">"
				  "Hapus</button>");
		sform_end(&f);
	}
	html_raw(&r->out, "</li>");
}

static void attachment_add_form(struct req *r, const struct skp_view *v, enum attachment_kind k)
{
	struct sform f;
	char key[48], action[56];
	snprintf(key, sizeof key, "lampiran-%s", attachment_kind_name(k));
	snprintf(action, sizeof action, "/skp/%lld/lampiran", (long long)v->s.id);
	sform_init(&f, r, v, key);
	sform_open(&f, action, "row g-2 mt-2 d-print-none", NULL);
	sform_hidden(&f, "kind", attachment_kind_name(k));
	sform_textarea(&f, "text", "Tambah butir", "", "col-12", " required maxlength=\"1000\"");
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-sm "
			  "btn-outline-primary\">Tambah</button></div>");
	sform_end(&f);
}

static void attachment_card(struct req *r, const struct skp_view *v, enum attachment_kind k)
{
	html(&r->out, "<div class=\"col-lg-4\"><div class=\"card h-100\"><div class=\"card-body\" "
		      "id=\"lampiran-%s-isi\"><h3 class=\"h6 card-title\">%s</h3><p class=\"small "
		      "text-muted\">%s</p>", attachment_kind_name(k), attachment_kind_label(k),
	     att_help[k]);
	if (v->s.n_att[k]) {
		html_raw(&r->out, "<ol class=\"list-group list-group-numbered\">");
		for (size_t i = 0; i < v->s.n_att[k]; i++)
			attachment_item(r, v, &v->s.att[k][i]);
		html_raw(&r->out, "</ol>");
	} else {
		html_raw(&r->out, "<p class=\"text-muted mb-0\">Belum ada.</p>");
	}
	if (v->editable)
		attachment_add_form(r, v, k);
	html_raw(&r->out, "</div></div></div>");
}

void skp_attachment_section(struct req *r, const struct skp_view *v)
{
	html_raw(&r->out, "<section class=\"mb-4\" id=\"lampiran\" aria-labelledby=\"lp-judul\">"
			  "<h2 class=\"h4\" id=\"lp-judul\">Lampiran</h2><div class=\"row g-3\">");
	for (int k = 0; k < ATT__KINDS; k++)
		attachment_card(r, v, (enum attachment_kind)k);
	html_raw(&r->out, "</div></section>");
}

/* ---- tindakan ------------------------------------------------------------------------ */

static const char *const action_help[SKP__ACTIONS] = {
	[SKP_SUBMIT] = "Kirim SKP kepada pejabat penilai untuk diperiksa dan disetujui.",
	[SKP_APPROVE] = "SKP menjadi dasar penilaian kinerja pegawai pada periode ini.",
	[SKP_RETURN] = "Kembalikan SKP kepada pegawai untuk diperbaiki, dengan catatan.",
	[SKP_WITHDRAW] = "Ambil kembali pengajuan untuk memperbaiki SKP sebelum diperiksa.",
	[SKP_REVISE] = "Buka kembali SKP yang sudah disetujui untuk diubah; versi yang disetujui "
		       "tetap tersimpan di riwayat dan perubahannya harus disetujui lagi.",
};

static const char *const action_button[SKP__ACTIONS] = {
	[SKP_SUBMIT] = "btn-primary", [SKP_APPROVE] = "btn-success",
	[SKP_RETURN] = "btn-outline-danger", [SKP_WITHDRAW] = "btn-outline-secondary",
	[SKP_REVISE] = "btn-outline-primary",
};

static int action_allowed(const struct skp_view *v, enum skp_action a)
{
	struct kerr err = KERR_INIT;
	enum skp_state to;
	return !skp_transition(v->state, a, v->role, v->pstate, "-", &to, &err);
}

/* Before the owner submits: what is still missing, as the store will check. */
static void completeness_hint(struct req *r, const struct skp_view *v)
{
	struct kerr err = KERR_INIT;
	if (!skp_check_complete(&v->s, v->is_head, v->current_assessor != 0, &err)) {
		alert_box(r, "success", "SKP sudah lengkap dan siap diajukan.");
		return;
	}
	struct strbuf t = STRBUF_INIT;
	strbuf_addf(&t, "Belum dapat diajukan: %s", err.msg);
	alert_box(r, "warning", t.buf);
	strbuf_release(&t);
}

static void action_form(struct req *r, const struct skp_view *v, enum skp_action a)
{
	struct sform f;
	char key[32], action[48], version[24];
	snprintf(key, sizeof key, "aksi-%s", skp_action_name(a));
	snprintf(action, sizeof action, "/skp/%lld/aksi", (long long)v->s.id);
	snprintf(version, sizeof version, "%lld", (long long)v->s.version);
	sform_init(&f, r, v, key);
	html_raw(&r->out, "<div class=\"col-md-6\"><div class=\"border rounded p-3 h-100\">");
	sform_open(&f, action, "row g-2", NULL);
	sform_hidden(&f, "aksi", skp_action_name(a));
	sform_hidden(&f, "version", version);
	html(&r->out, "<p class=\"col-12 mb-1\">%s</p>", action_help[a]);
	if (a == SKP_RETURN)
		sform_textarea(&f, "note", "Catatan perbaikan untuk pegawai (wajib)", "", "col-12",
			       " required maxlength=\"2000\"");
	html(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn %s\">%s</button>"
		      "</div>", action_button[a], skp_action_label(a));
	sform_end(&f);
	html_raw(&r->out, "</div></div>");
}

void skp_actions_section(struct req *r, const struct skp_view *v)
{
	int any = 0;
	for (int a = 0; a < SKP__ACTIONS; a++)
		any |= action_allowed(v, (enum skp_action)a);
	if (!any)
		return;
	html_raw(&r->out, "<section class=\"card mb-4 d-print-none\" id=\"tindakan\" "
			  "aria-labelledby=\"tn-judul\"><div class=\"card-body\">"
			  "<h2 class=\"h4 card-title\" id=\"tn-judul\">Tindakan</h2>");
	if (action_allowed(v, SKP_SUBMIT))
		completeness_hint(r, v);
	html_raw(&r->out, "<div class=\"row g-3\">");
	for (int a = 0; a < SKP__ACTIONS; a++)
		if (action_allowed(v, (enum skp_action)a))
			action_form(r, v, (enum skp_action)a);
	html_raw(&r->out, "</div></div></section>");
}

/* ---- riwayat --------------------------------------------------------------------------- */

static const char *event_label(const char *action)
{
	static const char *const done[SKP__ACTIONS] = {
		[SKP_SUBMIT] = "Diajukan", [SKP_APPROVE] = "Disetujui",
		[SKP_RETURN] = "Dikembalikan", [SKP_WITHDRAW] = "Pengajuan ditarik",
		[SKP_REVISE] = "Perubahan SKP dimulai",
	};
	enum skp_action a;
	return skp_action_parse(action, &a) ? action : done[a];
}

static void event_row(struct req *r, const struct skp_event *e)
{
	char when[40];
	format_time_wib(when, sizeof when, e->at);
	html(&r->out, "<tr><td data-label=\"Waktu\" class=\"text-nowrap\">%s</td>"
		      "<td data-label=\"Oleh\">%s</td><td data-label=\"Tindakan\">%s",
	     when, e->actor_name[0] ? e->actor_name : e->login, event_label(e->action));
	if (e->has_snapshot)
		html_raw(&r->out, " <span class=\"badge text-bg-light border\">isi disimpan</span>");
	html(&r->out, "</td><td data-label=\"Catatan\" class=\"skpp-pre\">%s</td></tr>",
	     e->note && *e->note ? e->note : "");
}

void skp_history_section(struct req *r, const struct skp_view *v)
{
	html_raw(&r->out, "<section class=\"mb-4\" id=\"riwayat\" aria-labelledby=\"rw-judul\">"
			  "<h2 class=\"h4\" id=\"rw-judul\">Riwayat</h2>");
	if (!v->nevents) {
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada langkah persetujuan.</p>");
	} else {
		html_raw(&r->out, "<table class=\"table table-sm table-striped skpp-table skpp-history\">"
				  "<caption class=\"visually-hidden\">Riwayat SKP</caption><thead>"
				  "<tr><th scope=\"col\">Waktu</th><th scope=\"col\">Oleh</th>"
				  "<th scope=\"col\">Tindakan</th><th scope=\"col\">Catatan</th></tr>"
				  "</thead><tbody>");
		for (size_t i = 0; i < v->nevents; i++)
			event_row(r, &v->events[i]);
		html_raw(&r->out, "</tbody></table>");
	}
	html(&r->out, "<p class=\"d-print-none\"><a href=\"/skp/%lld/cetak\">Cetak SKP dalam bentuk "
		      "formulir resmi</a></p></section>", (long long)v->s.id);
}
