/*
 * ui_guidance_plan.c - the improvement plan's page (/pembinaan/rencana/{id}):
 * the assessments that opened it (linked to their explanation), its six
 * months and what is overdue, the goals and support promised, the
 * checkpoints with the progress recorded at each and, for those who lead
 * the employee while it is open, a form per checkpoint (date, target,
 * progress), the goals form and the outcome form; once closed, the
 * outcome and the recommendation recorded.
 */
#include "web/ui_guidance.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEXT_BUF (GUIDANCE_TEXT_MAX * 4 + 1)

/* What a refused form typed, to show it again. */
struct plan_refill {
	const char *form;             /* "rencana", "titik", "hasil" */
	int64_t cp_id;                /* titik */
	const char *a, *b, *c;        /* the texts, in the order the form reads them */
	const struct kerr *err;
};

static void triggers(struct req *r, const struct improvement_plan *p)
{
	char when[40];
	html_raw(&r->out, "<h2 class=\"h5\">Penilaian yang membuka rencana ini</h2><ul id=\"pemicu\">");
	for (size_t i = 0; i < p->n_trig; i++) {
		const struct improvement_trigger *t = &p->trig[i];
		format_time_wib(when, sizeof when, t->added_at);
		html(&r->out, "<li><a href=\"/skp/%lld/penjelasan\">%s %s %s</a>: <strong>%s</strong> "
			      "<span class=\"small text-muted\">(dicatat %s)</span></li>",
		     (long long)t->skp_id, assessment_kind_label(t->kind), t->checkpoint_name,
		     t->period_name, (unsigned)t->predicate < PRED__COUNT
		     ? predicate_label(t->predicate) : "-", when);
	}
	html_raw(&r->out, "</ul>");
}

static void header(struct req *r, const struct improvement_plan *p)
{
	html(&r->out, "<h1 class=\"h3\">Rencana Perbaikan Kinerja: %s</h1><p class=\"text-muted\">"
		      "NIP %s &middot; %s &middot; periode %s</p><p>Dibuka <strong>%s</strong>, batas "
		      "enam bulan <strong>%s</strong> ", p->employee_name, p->nip, p->unit_name,
	     p->period_name, p->opened_on, p->due_on);
	if (p->outcome != OUTCOME_NONE)
		html(&r->out, "<span class=\"badge text-bg-success\">Selesai: %s</span>",
		     improvement_outcome_label(p->outcome));
	else
		guidance_badge(r, p->overdue, 0, "Berjalan");
	html_raw(&r->out, "</p>");
	if (p->outcome_overdue)
		html_raw(&r->out, "<div class=\"alert alert-warning\">Enam bulan telah lewat dan hasil "
				  "rencana perbaikan belum dicatat.</div>");
}

static void goals(struct req *r, const struct improvement_plan *p, int edit,
		  const struct plan_refill *f)
{
	int mine = f && !strcmp(f->form, "rencana");
	html_raw(&r->out, "<section class=\"mb-4\" id=\"tujuan\"><h2 class=\"h5\">Tujuan dan "
			  "dukungan</h2>");
	if (!edit) {
		html(&r->out, "<dl class=\"row\"><dt class=\"col-sm-3\">Tujuan perbaikan</dt><dd "
			      "class=\"col-sm-9\" data-pre>%s</dd><dt "
			      "class=\"col-sm-3\">Dukungan yang dijanjikan</dt><dd class=\"col-sm-9\" "
			      "data-pre>%s</dd></dl></section>",
		     p->goals[0] ? p->goals : "Belum diisi.", p->support[0] ? p->support : "-");
		return;
	}
	html(&r->out, "<form method=\"post\" action=\"/pembinaan/rencana/%lld\" class=\"row g-3\" "
		      "data-mw=\"48\"><input type=\"hidden\" name=\"version\" "
		      "value=\"%lld\">", (long long)p->id, (long long)p->version);
	csrf_field(r);
	guidance_textarea(r, "tujuan", "Tujuan perbaikan", mine ? f->a : p->goals, 4, "col-12",
			  mine ? f->err : NULL);
	guidance_textarea(r, "dukungan", "Dukungan yang dijanjikan (pelatihan, pendampingan, ...)",
			  mine ? f->b : p->support, 3, "col-12", mine ? f->err : NULL);
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">"
			  "Simpan tujuan dan dukungan</button></div></form></section>");
}

static void checkpoint_form(struct req *r, const struct improvement_plan *p,
			    const struct improvement_checkpoint *c, const struct plan_refill *f)
{
	int mine = f && !strcmp(f->form, "titik") && f->cp_id == c->id;
	const struct kerr *err = mine ? f->err : NULL;
	html(&r->out, "<details%s><summary>Catat kemajuan / ubah</summary><form method=\"post\" "
		      "action=\"/pembinaan/titik/%lld\" class=\"row g-2 mt-1\"><input type=\"hidden\" "
		      "name=\"version\" value=\"%lld\">", mine ? " open" : "", (long long)c->id,
	     (long long)p->version);
	csrf_field(r);
	form_text(r, "tanggal", "Tanggal", "date", mine ? f->a : c->due_on, "col-sm-6", " required",
		  err);
	guidance_textarea(r, "target", "Target", mine ? f->b : c->target, 2, "col-12", err);
	guidance_textarea(r, "kemajuan", "Kemajuan yang dicapai", mine ? f->c : c->progress, 3,
			  "col-12", err);
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-sm "
			  "btn-primary\">Simpan</button></div></form></details>");
}

static void checkpoints(struct req *r, const struct improvement_plan *p, int edit,
			const struct plan_refill *f)
{
	html_raw(&r->out, "<section class=\"mb-4\" id=\"titik\"><h2 class=\"h5\">Titik pemantauan"
			  "</h2><div class=\"table-responsive\"><table class=\"table align-top\"><thead>"
			  "<tr><th scope=\"col\">#</th><th scope=\"col\">Tanggal</th><th scope=\"col\">"
			  "Target</th><th scope=\"col\">Kemajuan</th><th scope=\"col\">Status</th>"
			  "</tr></thead><tbody>");
	for (size_t i = 0; i < p->n_cp; i++) {
		const struct improvement_checkpoint *c = &p->cp[i];
		html(&r->out, "<tr data-titik=\"%lld\"><td>%d</td><td>%s</td><td "
			      "data-pre>%s</td><td data-pre>%s", (long long)c->id,
		     c->seq, c->due_on, c->target[0] ? c->target : "-",
		     c->progress[0] ? c->progress : "-");
		if (c->progress_on[0])
			html(&r->out, "<br><span class=\"small text-muted\">%s, %s</span>", c->progress_by,
			     c->progress_on);
		if (edit)
			checkpoint_form(r, p, c, f);
		html_raw(&r->out, "</td><td>");
		guidance_badge(r, c->overdue, c->progress_on[0] != '\0', "Menunggu");
		html_raw(&r->out, "</td></tr>");
	}
	html_raw(&r->out, "</tbody></table></div></section>");
}

static void outcome(struct req *r, const struct improvement_plan *p, int edit,
		    const struct plan_refill *f)
{
	int mine = f && !strcmp(f->form, "hasil");
	const struct kerr *err = mine ? f->err : NULL;
	html_raw(&r->out, "<section class=\"mb-4\" id=\"hasil\"><h2 class=\"h5\">Hasil</h2>");
	if (p->outcome != OUTCOME_NONE) {
		html(&r->out, "<dl class=\"row\"><dt class=\"col-sm-3\">Hasil</dt><dd class=\"col-sm-9\">"
			      "<strong>%s</strong> (%s, %s)</dd><dt class=\"col-sm-3\">Catatan</dt><dd "
			      "class=\"col-sm-9\" data-pre>%s</dd><dt "
			      "class=\"col-sm-3\">Rekomendasi</dt><dd class=\"col-sm-9\" "
			      "data-pre>%s</dd></dl></section>",
		     improvement_outcome_label(p->outcome), p->outcome_by, p->outcome_on,
		     p->outcome_note[0] ? p->outcome_note : "-", p->recommendation);
		return;
	}
	if (!edit) {
		html_raw(&r->out, "<p class=\"text-muted\">Belum dicatat.</p></section>");
		return;
	}
	if (!p->checkpoints_done)
		html_raw(&r->out, "<p class=\"small text-muted\">Hasil dapat dicatat setelah kemajuan "
				  "dicatat pada sedikitnya satu titik pemantauan.</p>");
	html(&r->out, "<form method=\"post\" action=\"/pembinaan/rencana/%lld/hasil\" class=\"row "
		      "g-3\" data-mw=\"48\"><input type=\"hidden\" name=\"version\" "
		      "value=\"%lld\">", (long long)p->id, (long long)p->version);
	csrf_field(r);
	form_select_open(r, "hasil", "Hasil rencana perbaikan", "col-sm-6", err);
	form_option(r, "", "Pilih...", mine ? f->a : "");
	form_option(r, "berhasil", "Berhasil", mine ? f->a : "");
	form_option(r, "belum_berhasil", "Belum berhasil", mine ? f->a : "");
	html_raw(&r->out, "</select>");
	form_close(r, "hasil", err);
	guidance_textarea(r, "catatan", "Catatan", mine ? f->b : "", 3, "col-12", err);
	guidance_textarea(r, "rekomendasi", "Rekomendasi (kosongkan untuk rekomendasi baku: bila "
			  "belum berhasil, PP 30/2019 \xe2\x80\x94 pemindahan atau penurunan jabatan "
			  "dapat dipertimbangkan)", mine ? f->c : "", 3, "col-12", err);
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">"
			  "Catat hasil dan tutup rencana</button></div></form></section>");
}

static int plan_page(struct req *r, const struct improvement_plan *p, unsigned roles,
		     const struct plan_refill *f)
{
	int edit = (roles & GUIDE_LEAD) && p->outcome == OUTCOME_NONE;
	page_begin(r, "Rencana perbaikan kinerja", NAV_PEMBINAAN);
	guidance_crumbs(r, p->employee_id, p->employee_name, "Rencana perbaikan");
	if (f && f->err)
		form_error_alert(r, NULL, f->err);
	header(r, p);
	triggers(r, p);
	goals(r, p, edit, f);
	checkpoints(r, p, edit, f);
	outcome(r, p, edit, f);
	page_end(r);
	return reply_html(r, f && f->err ? kerr_http_status(f->err) : 200);
}

/* GET /pembinaan/rencana/{id} */
int page_plan(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct improvement_plan p;
	unsigned roles = 0;
	if (guidance_plan_load(r, r->path_id, &p, &roles, &err))
		return reply_error(r, &err);
	plan_page(r, &p, roles, NULL);
	improvement_plan_release(&p);
	return 0;
}

/* Ends a POST: to the plan's page with `notice`, the page again for a
 * refused form, an error page otherwise. */
static int finish(struct req *r, int64_t plan_id, const char *notice, struct plan_refill *f)
{
	struct kerr err = KERR_INIT;
	struct improvement_plan p;
	unsigned roles = 0;
	char to[96];
	if (!kerr_is_set(f->err)) {
		snprintf(to, sizeof to, "/pembinaan/rencana/%lld?pesan=%s#%s", (long long)plan_id,
			 notice, f->form);
		return reply_redirect(r, to);
	}
	if (f->err->code != KERR_INVALID || guidance_plan_load(r, plan_id, &p, &roles, &err))
		return reply_error(r, f->err);
	plan_page(r, &p, roles, f);
	improvement_plan_release(&p);
	return 0;
}

/* 0 if the caller leads the employee of plan `id`. */
static int may_lead_plan(struct req *r, int64_t id, const char *what, struct kerr *err)
{
	struct improvement_plan p;
	unsigned roles = 0;
	if (guidance_plan_load(r, id, &p, &roles, err))
		return -1;
	improvement_plan_release(&p);
	return guidance_may(roles, GUIDE_LEAD, what, err) ? 0 : -1;
}

/* POST /pembinaan/rencana/{id} (tujuan, dukungan) */
int page_plan_update(struct req *r)
{
	struct kerr err = KERR_INIT, form = KERR_INIT;
	struct actor who = req_actor(r);
	if (may_lead_plan(r, r->path_id, "mengisi rencana perbaikan", &err))
		return reply_error(r, &err);
	char *a = xcalloc(2, TEXT_BUF), *b = a + TEXT_BUF;
	form_read(r, "tujuan", a, TEXT_BUF, &form);
	form_read(r, "dukungan", b, TEXT_BUF, &form);
	if (!kerr_is_set(&form))
		store_improvement_plan_update(r->db, &who, r->path_id, a, b, guidance_form_version(r),
					      &form);
	struct plan_refill f = { "rencana", 0, a, b, NULL, &form };
	finish(r, r->path_id, "rencana_disimpan", &f);
	free(a);
	return 0;
}

/* POST /pembinaan/titik/{id} (tanggal, target, kemajuan) */
int page_checkpoint_update(struct req *r)
{
	struct kerr err = KERR_INIT, form = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t plan_id = 0;
	char name[300], date[32] = "";
	if (store_improvement_checkpoint_plan(r->db, r->path_id, &plan_id, &err) ||
	    may_lead_plan(r, plan_id, "mencatat kemajuan rencana perbaikan", &err))
		return reply_error(r, &err);
	char *a = xcalloc(2, TEXT_BUF), *b = a + TEXT_BUF;
	form_read(r, "tanggal", date, sizeof date, &form);
	form_read(r, "target", a, TEXT_BUF, &form);
	form_read(r, "kemajuan", b, TEXT_BUF, &form);
	guidance_caller_name(r, name, sizeof name);
	/* an empty progress leaves it unrecorded; a form always sends the date */
	struct checkpoint_input in = { date, a, b[0] ? b : NULL, name, guidance_form_version(r) };
	if (!kerr_is_set(&form))
		store_improvement_checkpoint_update(r->db, &who, r->path_id, &in, &plan_id, &form);
	struct plan_refill f = { "titik", r->path_id, date, a, b, &form };
	finish(r, plan_id, "kemajuan_dicatat", &f);
	free(a);
	return 0;
}

/* POST /pembinaan/rencana/{id}/hasil (hasil, catatan, rekomendasi) */
int page_plan_outcome(struct req *r)
{
	struct kerr err = KERR_INIT, form = KERR_INIT;
	struct actor who = req_actor(r);
	enum improvement_outcome o = OUTCOME_NONE;
	char name[300], choice[32] = "";
	if (may_lead_plan(r, r->path_id, "mencatat hasil rencana perbaikan", &err))
		return reply_error(r, &err);
	char *a = xcalloc(2, TEXT_BUF), *b = a + TEXT_BUF;
	form_read(r, "hasil", choice, sizeof choice, &form);
	form_read(r, "catatan", a, TEXT_BUF, &form);
	form_read(r, "rekomendasi", b, TEXT_BUF, &form);
	if (improvement_outcome_parse(choice, &o))
		o = OUTCOME_NONE;
	guidance_caller_name(r, name, sizeof name);
	if (!kerr_is_set(&form))
		store_improvement_outcome(r->db, &who, r->path_id, o, a, b, name,
					  guidance_form_version(r), &form);
	struct plan_refill f = { "hasil", 0, choice, a, b, &form };
	if (form.code == KERR_CONFLICT && !strcmp(form.field, "hasil")) {
		/* no progress yet, or recorded already: the page says so */
		struct improvement_plan p;
		unsigned roles = 0;
		if (guidance_plan_load(r, r->path_id, &p, &roles, &err))
			return free(a), reply_error(r, &err);
		plan_page(r, &p, roles, &f);
		improvement_plan_release(&p);
	} else {
		finish(r, r->path_id, "hasil_dicatat", &f);
	}
	free(a);
	return 0;
}
