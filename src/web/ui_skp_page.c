/*
 * ui_skp_page.c - one SKP (GET /skp/{id}): loading everything the page
 * shows, the frame of the page (title, the return note, the status with
 * what happens next), and the header: the employee and the pejabat
 * penilai, the period, the months and the approach, with the form that
 * changes the last two.  The results, behaviour, lampiran, actions and
 * history sections are in ui_skp_results.c and ui_skp_parts.c; the POSTs
 * in ui_skp_post.c.
 */
#include "web/ui_skp.h"
#include "web/ui.h"
#include "web/ui_feedback.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"
#include "http/skp_access.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- loading --------------------------------------------------------------------- */

void skp_view_release(struct skp_view *v)
{
	skp_release(&v->s);
	if (v->has_parent)
		skp_release(&v->parent);
	goals_free(v->goals, v->ngoals);
	free(v->subs);
	skp_events_free(v->events, v->nevents);
	memset(v, 0, sizeof *v);
}

/* The pejabat penilai shown: the one above the post the SKP covers while
 * the owner drafts, the one it was submitted to afterwards. */
static int load_people(struct req *r, struct skp_view *v, struct kerr *err)
{
	if (store_employee_get(r->db, v->s.employee_id, &v->owner, err) ||
	    store_skp_assessor_of(r->db, &v->s, &v->owner, &v->current_assessor, NULL, err))
		return -1;
	int drafting = v->state == SKP_DRAFT || v->state == SKP_DIKEMBALIKAN;
	int64_t shown = drafting && v->current_assessor ? v->current_assessor : v->s.assessor_id;
	if (!shown)
		shown = v->current_assessor;
	if (shown && store_employee_get(r->db, shown, &v->assessor, err))
		return -1;
	v->is_head = position_kind_is_head(v->owner.position_kind);
	v->is_jpt = !strncmp(v->owner.position_kind, "jpt_", 4);
	return 0;
}

/* What the edit forms choose from: the superior's results and the goals. */
static int load_choices(struct req *r, struct skp_view *v, struct kerr *err)
{
	if (v->current_assessor) {
		if (store_skp_find(r->db, v->current_assessor, v->s.period_id, 0, &v->parent,
				   err) == 0)
			v->has_parent = 1;
		else if (err->code != KERR_NOT_FOUND)
			return -1;
		kerr_clear(err);
	}
	if (v->is_head || !v->current_assessor)
		return store_goal_list(r->db, v->s.period_id, v->owner.unit_id, &v->goals,
				       &v->ngoals, err);
	return 0;
}

static int load_view(struct req *r, int64_t id, struct skp_view *v, struct kerr *err)
{
	if (store_skp_get(r->db, id, &v->s, err))
		return -1;
	if (!may_read_skp(r, &v->s))
		return kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat SKP ini");
	if (store_period_get(r->db, v->s.period_id, &v->period, err))
		return -1;
	if (period_state_parse(v->period.state, &v->pstate) ||
	    skp_state_parse(v->s.state, &v->state))
		return kerr_set(err, KERR_INTERNAL, "", "Status SKP atau periode tidak dikenal");
	if (load_people(r, v, err))
		return -1;
	v->role = skp_role_of(r, &v->s);
	v->editable = may_edit_skp(r, &v->s, v->pstate);
	if (v->editable && load_choices(r, v, err))
		return -1;
	if (v->role == SKP_ROLE_OWNER && v->pstate == PERIOD_OPEN) {
		int leads = store_employee_leads(r->db, v->owner.id, v->owner.position_id, err);
		if (leads < 0 || (leads && store_skp_inbox(r->db, v->owner.id, v->s.period_id,
							   &v->subs, &v->nsubs, err)))
			return -1;
	}
	return store_skp_events(r->db, id, &v->events, &v->nevents, err);
}

int skp_view_load_or_reply(struct req *r, int64_t id, struct skp_view *v)
{
	struct kerr err = KERR_INIT;
	memset(v, 0, sizeof *v);
	if (load_view(r, id, v, &err) == 0)
		return 0;
	skp_view_release(v);
	reply_error(r, &err);
	return -1;
}

/* ---- the status --------------------------------------------------------------- */

static const char *owner_next(enum skp_state st)
{
	switch (st) {
	case SKP_DRAFT:
		return "SKP ini masih draf. Lengkapi hasil kerja (RHK) beserta indikatornya (IKI), "
		       "lalu tekan \xe2\x80\x9c" "Ajukan\xe2\x80\x9d di bagian Tindakan agar "
		       "pejabat penilai memeriksanya.";
	case SKP_DIAJUKAN:
		return "SKP sudah diajukan dan menunggu pejabat penilai. Selama menunggu isinya "
		       "tidak dapat diubah; tarik pengajuan bila Anda perlu memperbaikinya.";
	case SKP_DISETUJUI:
		return "SKP telah disetujui dan menjadi dasar penilaian kinerja. Perubahan hanya "
		       "melalui perubahan SKP yang disetujui kembali oleh pejabat penilai.";
	case SKP_DIKEMBALIKAN:
		return "Pejabat penilai mengembalikan SKP ini dengan catatan. Perbaiki isinya, "
		       "lalu ajukan kembali.";
	default:
		return "";
	}
}

static const char *assessor_next(enum skp_state st)
{
	switch (st) {
	case SKP_DRAFT:
		return "Pegawai masih menyusun SKP ini; Anda dapat mengisi ekspektasi khusus "
		       "pimpinan pada bagian Perilaku Kerja.";
	case SKP_DIAJUKAN:
		return "SKP ini menunggu keputusan Anda: periksa hasil kerja dan indikatornya, lalu "
		       "setujui, atau kembalikan dengan catatan perbaikan.";
	case SKP_DISETUJUI:
		return "Anda telah menyetujui SKP ini; ia menjadi dasar penilaian kinerja.";
	case SKP_DIKEMBALIKAN:
		return "SKP ini dikembalikan kepada pegawai untuk diperbaiki dan menunggu diajukan "
		       "kembali.";
	default:
		return "";
	}
}

static const char *other_next(enum skp_state st)
{
	switch (st) {
	case SKP_DRAFT:
		return "SKP ini masih disusun oleh pegawai.";
	case SKP_DIAJUKAN:
		return "SKP ini menunggu persetujuan pejabat penilai.";
	case SKP_DISETUJUI:
		return "SKP ini telah disetujui pejabat penilai.";
	case SKP_DIKEMBALIKAN:
		return "SKP ini dikembalikan kepada pegawai untuk diperbaiki.";
	default:
		return "";
	}
}

/* 1 if the viewer may take at least one action now. */
static int has_actions(const struct skp_view *v)
{
	for (int a = 0; a < SKP__ACTIONS; a++) {
		struct kerr err = KERR_INIT;
		enum skp_state to;
		if (!skp_transition(v->state, (enum skp_action)a, v->role, v->pstate, "-", &to,
				    &err))
			return 1;
	}
	return 0;
}

static void status_card(struct req *r, const struct skp_view *v)
{
	const char *next = v->role == SKP_ROLE_OWNER ? owner_next(v->state) :
			   v->role == SKP_ROLE_ASSESSOR ? assessor_next(v->state) :
			   other_next(v->state);
	html_raw(&r->out, "<section class=\"card skpp-status mb-3\" aria-labelledby=\"status-judul\">"
			  "<div class=\"card-body\"><h2 class=\"h5 card-title\" id=\"status-judul\">"
			  "Status: ");
	skp_state_badge(r, v->s.state);
	html(&r->out, "</h2><p class=\"mb-2\">%s</p>", next);
	if (v->pstate != PERIOD_OPEN)
		html(&r->out, "<p class=\"mb-2 text-muted\">Periode %s berstatus %s: SKP tidak "
			      "dapat diubah, diajukan, atau disetujui.</p>",
		     v->period.name, period_state_label(v->pstate));
	if (has_actions(v))
		html_raw(&r->out, "<a class=\"btn btn-sm btn-primary d-print-none\" href=\"#tindakan\">"
				  "Ke bagian Tindakan</a>");
	html_raw(&r->out, "</div></section>");
}

static void return_note(struct req *r, const struct skp_view *v)
{
	if (v->state != SKP_DIKEMBALIKAN || !v->s.return_note || !v->s.return_note[0])
		return;
	html(&r->out, "<div class=\"alert alert-warning skpp-note\" role=\"status\"><h2 "
		      "class=\"h6 alert-heading\">Catatan pejabat penilai</h2><p class=\"mb-0\">%s"
		      "</p></div>", v->s.return_note);
}

/* ---- the header ------------------------------------------------------------------ */

static void person_row(struct req *r, const char *label, const char *value)
{
	html(&r->out, "<dt class=\"col-5 col-lg-4\">%s</dt><dd class=\"col-7 col-lg-8\">%s</dd>",
	     label, value && *value ? value : "-");
}

static void person_card(struct req *r, const char *title, const struct employee *e)
{
	html(&r->out, "<div class=\"col-md-6\"><div class=\"card h-100\"><div class=\"card-body\">"
		      "<h3 class=\"h6 card-title\">%s</h3>", title);
	if (!e->id) {
		html_raw(&r->out, "<p class=\"text-muted mb-0\">Belum ada pejabat penilai: jabatan di "
				  "atasnya lowong atau belum diatur.</p></div></div></div>");
		return;
	}
	struct strbuf name = STRBUF_INIT;
	char nip[32], gol[80];
	employee_display_name(&name, e);
	nip_display(nip, sizeof nip, e->nip);
	golongan_display(gol, sizeof gol, e->golongan);
	html_raw(&r->out, "<dl class=\"row mb-0 small\">");
	person_row(r, "Nama", name.buf);
	person_row(r, "NIP", nip);
	person_row(r, "Pangkat / golongan", gol);
	person_row(r, "Jabatan", e->position_name);
	person_row(r, "Unit kerja", e->unit_name);
	html_raw(&r->out, "</dl></div></div></div>");
	strbuf_release(&name);
}

/* "1 Januari 2026" from "2026-01-01". */
static void date_text(char *out, size_t size, const char *ymd)
{
	int y = 0, m = 0, d = 0;
	if (sscanf(ymd, "%4d-%2d-%2d", &y, &m, &d) == 3)
		snprintf(out, size, "%d %s %d", d, skp_month_name(m), y);
	else
		snprintf(out, size, "%s", ymd);
}

static void month_select(struct sform *f, const char *name, const char *label, int value)
{
	char cur[8], val[8];
	snprintf(cur, sizeof cur, "%d", value);
	const char *sel = sform_value(f, name, cur);
	sform_select_open(f, name, label, "col-6 col-md-3");
	for (int m = 1; m <= 12; m++) {
		snprintf(val, sizeof val, "%d", m);
		form_option(f->r, val, skp_month_name(m), sel);
	}
	sform_select_close(f, name);
}

static void header_form(struct req *r, const struct skp_view *v)
{
	struct sform f;
	char action[64], version[24];
	sform_init(&f, r, v, "kepala");
	snprintf(action, sizeof action, "/skp/%lld/header", (long long)v->s.id);
	snprintf(version, sizeof version, "%lld", (long long)v->s.version);
	sform_details_open(&f, "Ubah bulan atau pendekatan", "btn btn-sm btn-outline-primary", 0);
	sform_open(&f, action, "row g-2 align-items-end", NULL);
	sform_hidden(&f, "version", version);
	month_select(&f, "month_from", "Bulan awal", v->s.month_from);
	month_select(&f, "month_to", "Bulan akhir", v->s.month_to);
	const char *ap = sform_value(&f, "approach", v->s.approach);
	sform_select_open(&f, "approach", "Pendekatan", "col-md-4");
	form_option(r, "kuantitatif", "Kuantitatif (target berupa angka)", ap);
	form_option(r, "kualitatif", "Kualitatif (target berupa uraian)", ap);
	sform_select_close(&f, "approach");
	html_raw(&r->out, "<div class=\"col-md-2\"><button type=\"submit\" class=\"btn "
			  "btn-primary w-100\">Simpan</button></div>");
	sform_end(&f);
	html_raw(&r->out, "</div></details>");
}

static void plan_facts(struct req *r, const struct skp_view *v)
{
	char from[40], to[40], months[64], when[40];
	date_text(from, sizeof from, v->period.start_date);
	date_text(to, sizeof to, v->period.end_date);
	skp_months_text(months, sizeof months, v->s.month_from, v->s.month_to);
	format_time_wib(when, sizeof when, v->s.updated_at);
	html(&r->out, "<dl class=\"row skpp-facts mt-3 mb-2\">"
		      "<dt class=\"col-sm-3\">Periode</dt><dd class=\"col-sm-9\">%s "
		      "<span class=\"text-muted\">(%s s.d. %s)</span></dd>"
		      "<dt class=\"col-sm-3\">Bulan yang dicakup</dt><dd class=\"col-sm-9\">%s</dd>"
		      "<dt class=\"col-sm-3\">Pendekatan</dt><dd class=\"col-sm-9\">%s</dd>"
		      "<dt class=\"col-sm-3\">Revisi</dt><dd class=\"col-sm-9\">",
	     v->period.name, from, to, months, skp_approach_label(v->s.approach));
	if (v->s.revision)
		html(&r->out, "Perubahan ke-%d", v->s.revision);
	else
		html_raw(&r->out, "Belum ada perubahan");
	html(&r->out, "</dd><dt class=\"col-sm-3\">Terakhir diubah</dt><dd class=\"col-sm-9\">%s"
		      "</dd></dl>", when);
}

static void header_section(struct req *r, const struct skp_view *v)
{
	html_raw(&r->out, "<section class=\"mb-4\" id=\"identitas\" aria-labelledby=\"kepala-judul\">"
			  "<h2 class=\"h4\" id=\"kepala-judul\">Identitas</h2><div class=\"row g-3\">");
	person_card(r, "Pegawai yang dinilai", &v->owner);
	person_card(r, "Pejabat penilai", &v->assessor);
	html_raw(&r->out, "</div>");
	plan_facts(r, v);
	if (v->editable)
		header_form(r, v);
	html_raw(&r->out, "</section>");
}

/* ---- the page ------------------------------------------------------------------- */

static void page_top(struct req *r, const struct skp_view *v, const char *name)
{
	html_raw(&r->out, "<nav aria-label=\"Remah roti\" class=\"d-print-none\">"
			  "<ol class=\"breadcrumb small mb-2\">");
	if (v->role == SKP_ROLE_OWNER)
		html_raw(&r->out, "<li class=\"breadcrumb-item\"><a href=\"/skp\">SKP Saya</a></li>");
	else if (v->role == SKP_ROLE_ASSESSOR)
		html_raw(&r->out, "<li class=\"breadcrumb-item\"><a href=\"/skp/masuk\">SKP Bawahan"
				  "</a></li>");
	html(&r->out, "<li class=\"breadcrumb-item active\" aria-current=\"page\">%s</li></ol></nav>"
		      "<div class=\"d-flex flex-wrap justify-content-between align-items-start "
		      "gap-2 mb-3\"><div><h1 class=\"h3 mb-0\">Sasaran Kinerja Pegawai</h1>"
		      "<p class=\"text-muted mb-0\">%s \xc2\xb7 %s</p></div>", name, name,
	     v->period.name);
	html_raw(&r->out, "<div class=\"d-flex flex-wrap gap-2 d-print-none\">");
	if (v->state == SKP_DISETUJUI)
		html(&r->out, "<a class=\"btn btn-primary\" href=\"/skp/%lld/realisasi\">Realisasi "
			      "dan bukti dukung</a>", (long long)v->s.id);
	if (v->state == SKP_DISETUJUI && v->role == SKP_ROLE_ASSESSOR)
		html(&r->out, "<a class=\"btn btn-primary\" href=\"/penilaian/%lld\">Nilai kinerja"
			      "</a>", (long long)v->s.id);
	if (v->state == SKP_DISETUJUI || v->s.approved_at)
		html(&r->out, "<a class=\"btn btn-outline-primary\" href=\"/skp/%lld/penjelasan\">"
			      "Penjelasan predikat</a>", (long long)v->s.id);
	html(&r->out, "<a class=\"btn btn-outline-secondary\" href=\"/skp/%lld/cetak\">"
		      "Cetak SKP</a><a class=\"btn btn-outline-secondary\" href=\"/skp/%lld/pdf\" "
		      "download>Unduh PDF</a></div></div>", (long long)v->s.id, (long long)v->s.id);
}

static void failed_alert(struct req *r, const struct skp_view *v)
{
	if (!v->failed || !v->err)
		return;
	html(&r->out, "<div class=\"alert alert-danger\" role=\"alert\">Perubahan belum disimpan: "
		      "%s <a href=\"#%s\" class=\"alert-link\">Ke isian yang perlu diperbaiki</a>"
		      "</div>", v->err->msg, v->failed);
}

int skp_view_reply(struct req *r, struct skp_view *v, int status)
{
	struct strbuf name = STRBUF_INIT, title = STRBUF_INIT;
	employee_display_name(&name, &v->owner);
	strbuf_addf(&title, "SKP %s", name.buf);
	page_begin(r, title.buf, NAV_SKP);
	page_top(r, v, name.buf);
	failed_alert(r, v);
	return_note(r, v);
	status_card(r, v);
	feedback_skp_link(r, &v->s, v->role);
	header_section(r, v);
	skp_results_section(r, v);
	skp_behaviour_section(r, v);
	skp_attachment_section(r, v);
	skp_actions_section(r, v);
	skp_history_section(r, v);
	page_end(r);
	strbuf_release(&title);
	strbuf_release(&name);
	return reply_html(r, status);
}

int page_skp_show(struct req *r)
{
	struct skp_view v;
	if (skp_view_load_or_reply(r, r->path_id, &v))
		return 0;
	skp_view_reply(r, &v, 200);
	skp_view_release(&v);
	return 0;
}
