/*
 * ui_briefing_guide.c - GET /sosialisasi/{id}: one guide as its reader
 * sees it: the text rendered from its markup (domain/briefing.h, escaped
 * by construction), its attachments, and for an employee it addresses
 * their status, the quiz (the last attempt's result, its answers kept)
 * and the form to acknowledge it; opening it is recorded.  For HR the
 * quiz with its right answers and the buttons to change, publish,
 * withdraw, attach files and see the coverage.  And the POSTs of those
 * forms; a refusal of what was sent shows the guide again with the
 * message at its form.
 */
#include "web/ui_briefing.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "http/assess_access.h"
#include "http/html.h"
#include "http/request.h"
#include "store/monitor.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct guide_view {
	struct guide g;
	unsigned roles;
	int mine;                       /* addressed: st is filled */
	struct guide_status st;
	int criteria;                   /* the criteria guide of the assessment */
	const struct kerr *err;         /* a refused POST: its message at its form */
	const char *form;               /* which form: "ketahui", "lampiran" */
	int answers[BRIEFING_QUESTIONS_MAX];   /* chosen (-1: none) */
	int tried;                      /* the last attempt is in answers and grade */
	struct briefing_grade grade;
};

static const struct kerr *err_for(const struct guide_view *v, const char *form)
{
	return v->err && v->form && !strcmp(v->form, form) ? v->err : NULL;
}

static void post_form(struct req *r, const struct guide *g, const char *action,
		      const char *button, const char *cls)
{
	html(&r->out, "<form method=\"post\" action=\"/sosialisasi/%lld/%s\" class=\"d-inline\">",
	     (long long)g->id, action);
	csrf_field(r);
	html(&r->out, "<input type=\"hidden\" name=\"version\" value=\"%lld\"><button type=\"submit\" "
		      "class=\"btn btn-sm %s\">%s</button></form> ", (long long)g->rev, cls, button);
}

/* ---- sections ------------------------------------------------------------------------------- */

static void head(struct req *r, const struct guide_view *v)
{
	const struct guide *g = &v->g;
	char aud[260], when[40];
	briefing_crumbs(r, g, NULL);
	html(&r->out, "<h1 class=\"h3\">%s</h1><p>%s \xc2\xb7 untuk %s \xc2\xb7 versi %lld ",
	     g->title, briefing_kind_label(g->kind), briefing_audience(g, aud, sizeof aud),
	     (long long)g->version);
	briefing_state_badge(r, g->state);
	if (v->criteria)
		html_raw(&r->out, " <span class=\"badge text-bg-primary\">Kriteria penilaian</span>");
	if (g->published_at) {
		format_time_wib(when, sizeof when, g->published_at);
		html(&r->out, "<br><span class=\"small text-muted\">Diterbitkan %s oleh %s</span>",
		     when, g->published_by);
	}
	html_raw(&r->out, "</p>");
}

static void hr_panel(struct req *r, const struct guide_view *v)
{
	const struct guide *g = &v->g;
	if (!(v->roles & (GUIDE_ROLE_HR | GUIDE_ROLE_MANAGE)))
		return;
	html_raw(&r->out, "<div class=\"mb-3 d-print-none\" id=\"kelola\">");
	if ((v->roles & GUIDE_ROLE_MANAGE) && g->state != BRIEF_DITARIK)
		html(&r->out, "<a class=\"btn btn-sm btn-outline-primary\" href=\"/sosialisasi/%lld/"
			      "ubah\">Ubah</a> ", (long long)g->id);
	if ((v->roles & GUIDE_ROLE_MANAGE) && g->state == BRIEF_DRAF)
		post_form(r, g, "terbitkan", "Terbitkan", "btn-success");
	if (g->state == BRIEF_TERBIT)
		html(&r->out, "<a class=\"btn btn-sm btn-outline-secondary\" href=\"/sosialisasi/%lld/"
			      "cakupan\">Cakupan dan pengingat</a> ", (long long)g->id);
	if ((v->roles & GUIDE_ROLE_MANAGE) && g->state != BRIEF_DITARIK)
		post_form(r, g, "tarik", "Tarik panduan", "btn-outline-danger");
	if (g->state == BRIEF_TERBIT && (v->roles & GUIDE_ROLE_MANAGE))
		html_raw(&r->out, "<p class=\"small text-muted mt-2 mb-0\">Mengubah judul, isi, kuis "
				  "atau lampiran panduan yang sudah terbit membuat versi baru yang "
				  "harus dipahami ulang oleh semua pegawai yang dituju.</p>");
	html_raw(&r->out, "</div>");
}

static void body_section(struct req *r, const struct guide *g)
{
	struct strbuf html_body = STRBUF_INIT;
	briefing_render(g->body, &html_body);
	html_raw(&r->out, "<article class=\"border rounded p-3 mb-3\" id=\"isi-panduan\">");
	html_raw(&r->out, html_body.buf);   /* escaped by construction: briefing_markup.c */
	html_raw(&r->out, "</article>");
	strbuf_release(&html_body);
}

static void attachments(struct req *r, const struct guide_view *v)
{
	const struct guide *g = &v->g;
	int manage = (v->roles & GUIDE_ROLE_MANAGE) && g->state != BRIEF_DITARIK;
	if (!g->n_att && !manage)
		return;
	html_raw(&r->out, "<section class=\"mb-3\" id=\"lampiran\"><h2 class=\"h5\">Lampiran</h2>");
	if (!g->n_att)
		html_raw(&r->out, "<p class=\"text-muted\">Tidak ada lampiran.</p>");
	for (size_t i = 0; i < g->n_att; i++) {
		const struct guide_attachment *a = &g->att[i];
		html(&r->out, "<p class=\"mb-1\"><a href=\"/sosialisasi-lampiran/%lld\">%s</a> <span "
			      "class=\"small text-muted\">(%lld bita)</span> ", (long long)a->id, a->name,
		     (long long)a->size);
		if (manage) {
			html(&r->out, "<form method=\"post\" action=\"/sosialisasi-lampiran/%lld/hapus\" "
				      "class=\"d-inline\">", (long long)a->id);
			csrf_field(r);
			html_raw(&r->out, "<button type=\"submit\" class=\"btn btn-link btn-sm p-0\">"
					  "Hapus</button></form>");
		}
		html_raw(&r->out, "</p>");
	}
	if (manage) {
		const struct kerr *e = err_for(v, "lampiran");
		html(&r->out, "<form method=\"post\" action=\"/sosialisasi/%lld/lampiran\" "
			      "enctype=\"multipart/form-data\" class=\"card card-body mt-2\" "
			      "data-form=\"lampiran\">", (long long)g->id);
		csrf_field(r);
		if (e)
			alert_box(r, "danger", e->msg);
		html(&r->out, "<label class=\"form-label\" for=\"f-berkas\">Tambah lampiran (%s; paling "
			      "besar 10 MiB)</label><input type=\"file\" class=\"form-control mb-2%s\" "
			      "id=\"f-berkas\" name=\"berkas\" required><div><button type=\"submit\" "
			      "class=\"btn btn-outline-primary btn-sm\">Unggah</button></div></form>",
		     evidence_types_text(), e ? " is-invalid" : "");
	}
	html_raw(&r->out, "</section>");
}

/* HR's read-only view of the quiz, the right answers marked. */
static void quiz_preview(struct req *r, const struct guide *g)
{
	if (!g->quiz.n)
		return;
	html(&r->out, "<section class=\"mb-3\" id=\"kuis\"><h2 class=\"h5\">Kuis (%d pertanyaan, "
		      "lulus bila paling sedikit %d benar)</h2><ol>", g->quiz.n,
	     briefing_pass_needed(&g->quiz));
	for (int i = 0; i < g->quiz.n; i++) {
		const struct briefing_question *q = &g->quiz.q[i];
		html(&r->out, "<li>%s<ul>", q->text);
		for (int k = 0; k < q->nchoices; k++)
			html(&r->out, "<li>%s%s</li>", q->choices[k],
			     k == q->answer ? " \xe2\x9c\x93 (benar)" : "");
		html_raw(&r->out, "</ul></li>");
	}
	html_raw(&r->out, "</ol></section>");
}

static void quiz_questions(struct req *r, const struct guide_view *v)
{
	const struct guide *g = &v->g;
	html(&r->out, "<fieldset class=\"mb-3\" id=\"kuis\"><legend class=\"h5\">Kuis: jawab paling "
		      "sedikit %d dari %d pertanyaan dengan benar</legend>",
	     briefing_pass_needed(&g->quiz), g->quiz.n);
	if (v->tried && !v->grade.passed)
		html(&r->out, "<div class=\"alert alert-warning\" role=\"status\">Percobaan terakhir: "
			      "%d dari %d benar; belum lulus. Periksa lagi pertanyaan yang ditandai, "
			      "lalu kirim ulang.</div>", v->grade.correct, v->grade.total);
	for (int i = 0; i < g->quiz.n; i++) {
		const struct briefing_question *q = &g->quiz.q[i];
		int wrong = v->tried && (v->grade.wrong & (1u << i));
		html(&r->out, "<div class=\"mb-2\" data-pertanyaan=\"%d\"><p class=\"mb-1\">%d. %s",
		     i + 1, i + 1, q->text);
		if (wrong)
			html_raw(&r->out, " <span class=\"badge text-bg-danger\">Salah</span>");
		html_raw(&r->out, "</p>");
		for (int k = 0; k < q->nchoices; k++)
			html(&r->out, "<div class=\"form-check\"><input class=\"form-check-input\" "
				      "type=\"radio\" name=\"jawaban_%d\" id=\"f-jawaban-%d-%d\" "
				      "value=\"%d\"%s required><label class=\"form-check-label\" "
				      "for=\"f-jawaban-%d-%d\">%s</label></div>", i + 1, i + 1, k, k,
			     v->answers[i] == k ? " checked" : "", i + 1, k, q->choices[k]);
		html_raw(&r->out, "</div>");
	}
	html_raw(&r->out, "</fieldset>");
}

static void my_section(struct req *r, const struct guide_view *v)
{
	const struct guide *g = &v->g;
	char when[40];
	if (!v->mine)
		return;
	html_raw(&r->out, "<section class=\"mb-3\" id=\"pemahaman\"><h2 class=\"h5\">Pemahaman Anda"
			  "</h2><p>");
	briefing_status_badge(r, g, &v->st);
	html_raw(&r->out, "</p>");
	if (guide_status_acked(g, &v->st)) {
		format_time_wib(when, sizeof when, v->st.acked_at);
		html(&r->out, "<p>Anda menyatakan memahami versi %lld panduan ini pada %s.</p></section>",
		     (long long)v->st.acked_version, when);
		return;
	}
	if (g->state != BRIEF_TERBIT) {
		html_raw(&r->out, "<p class=\"text-muted\">Panduan ini sudah ditarik.</p></section>");
		return;
	}
	const struct kerr *e = err_for(v, "ketahui");
	html(&r->out, "<form method=\"post\" action=\"/sosialisasi/%lld/ketahui\" class=\"card "
		      "card-body\" data-form=\"ketahui\">", (long long)g->id);
	csrf_field(r);
	html(&r->out, "<input type=\"hidden\" name=\"versi\" value=\"%lld\">", (long long)g->version);
	if (e)
		alert_box(r, "danger", e->msg);
	if (g->quiz.n)
		quiz_questions(r, v);
	html_raw(&r->out, "<div class=\"form-check mb-3\"><input class=\"form-check-input\" "
			  "type=\"checkbox\" name=\"paham\" id=\"f-paham\" value=\"1\" required><label "
			  "class=\"form-check-label\" for=\"f-paham\">Saya telah membaca dan memahami "
			  "panduan ini</label></div><div><button type=\"submit\" class=\"btn "
			  "btn-primary\">Nyatakan paham</button></div></form></section>");
}

/* ---- the page ------------------------------------------------------------------------------------ */

static int view_load(struct req *r, int64_t id, struct guide_view *v, struct kerr *err)
{
	int64_t criteria = 0;
	memset(v, 0, sizeof *v);
	for (int i = 0; i < BRIEFING_QUESTIONS_MAX; i++)
		v->answers[i] = -1;
	if (guide_load(r, id, &v->g, &v->roles, err))
		return -1;
	v->mine = (v->roles & GUIDE_ROLE_ADDRESSED) != 0;
	if (store_guide_criteria(r->db, &criteria, NULL, 0, err) ||
	    (v->mine && store_guide_status(r->db, &v->g, r->who.employee_id, &v->st, err)) ||
	    (v->mine && v->g.quiz.n &&
	     store_guide_last_attempt(r->db, &v->g, r->who.employee_id, &v->tried, &v->grade,
				      v->answers, BRIEFING_QUESTIONS_MAX, err))) {
		guide_release(&v->g);
		return -1;
	}
	v->criteria = criteria == v->g.id;
	return 0;
}

static int render(struct req *r, struct guide_view *v, int status)
{
	page_begin(r, v->g.title, NAV_SOSIALISASI);
	head(r, v);
	hr_panel(r, v);
	body_section(r, &v->g);
	attachments(r, v);
	if (v->roles & GUIDE_ROLE_HR)
		quiz_preview(r, &v->g);
	my_section(r, v);
	page_end(r);
	guide_release(&v->g);
	return reply_html(r, status);
}

/* GET /sosialisasi/{id} */
int page_guide(struct req *r)
{
	struct guide_view v;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	if (view_load(r, r->path_id, &v, &err))
		return reply_error(r, &err);
	if (v.mine && !guide_status_opened(&v.g, &v.st)) {
		if (store_guide_open(r->db, &who, &v.g, r->who.employee_id, &err))
			log_warn("sosialisasi: pembukaan panduan %lld tidak tercatat: %s",
				 (long long)v.g.id, err.msg);
		else
			store_guide_status(r->db, &v.g, r->who.employee_id, &v.st, &err);
	}
	return render(r, &v, 200);
}

/* The page again after a refused form, with what was sent. */
static int refused(struct req *r, const char *form, const struct kerr *err, const int *answers)
{
	struct guide_view v;
	struct kerr why = KERR_INIT;
	if (err->code != KERR_INVALID && err->code != KERR_TOO_LARGE)
		return reply_error(r, err);
	if (view_load(r, r->path_id, &v, &why))
		return reply_error(r, err);
	v.err = err;
	v.form = form;
	if (answers) {
		memcpy(v.answers, answers, sizeof v.answers);
		v.tried = 0;
	}
	return render(r, &v, kerr_http_status(err));
}

/* ---- the employee's acknowledgement ------------------------------------------------------------- */

/* Reads jawaban_1..n of the form; KERR_INVALID naming the first missing. */
static int read_answers(struct req *r, int n, int *answers, struct kerr *err)
{
	for (int i = 0; i < BRIEFING_QUESTIONS_MAX; i++)
		answers[i] = -1;
	for (int i = 0; i < n; i++) {
		char name[24];
		long long k = -1;
		snprintf(name, sizeof name, "jawaban_%d", i + 1);
		const char *s = req_form(r, name);
		if (s && parse_whole_in(s, 0, BRIEFING_CHOICES_MAX - 1, &k) == 0)
			answers[i] = (int)k;
	}
	for (int i = 0; i < n; i++)
		if (answers[i] < 0)
			return kerr_set(err, KERR_INVALID, "jawaban", "Pertanyaan %d belum dijawab", i + 1);
	return 0;
}

/* POST /sosialisasi/{id}/ketahui (versi, paham, jawaban_N) */
int page_guide_ack(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct guide g;
	struct briefing_grade grade;
	unsigned roles = 0;
	int answers[BRIEFING_QUESTIONS_MAX], again = 0, acked = 0;
	long long version = 0;
	char to[96];
	if (guide_load(r, r->path_id, &g, &roles, &err))
		return reply_error(r, &err);
	int nq = g.quiz.n;
	guide_release(&g);
	if (!guide_may(roles, GUIDE_ROLE_ADDRESSED, &err))
		return reply_error(r, &err);
	const char *vs = req_form(r, "versi");
	if (vs && *vs && parse_whole_in(vs, 1, INT64_MAX, &version) < 0)
		version = 0;
	if (read_answers(r, nq, answers, &err) == 0 && !req_form(r, "paham"))
		kerr_set(&err, KERR_INVALID, "paham", "Centang pernyataan bahwa Anda telah membaca dan "
			 "memahami panduan ini");
	if (kerr_is_set(&err))
		return refused(r, "ketahui", &err, answers);
	if (nq && store_guide_answer(r->db, &who, r->path_id, r->who.employee_id, version,
				     answers, nq, 1, &grade, &acked, &err))
		return refused(r, "ketahui", &err, answers);
	if (!nq && store_guide_acknowledge(r->db, &who, r->path_id, r->who.employee_id, version,
					   &again, &err))
		return refused(r, "ketahui", &err, answers);
	snprintf(to, sizeof to, "/sosialisasi/%lld?pesan=%s", (long long)r->path_id,
		 nq && !acked ? "sosialisasi_kuis_belum_lulus#kuis" : "sosialisasi_dipahami");
	return reply_redirect(r, to);
}

/* ---- HR's buttons ------------------------------------------------------------------------------- */

typedef int (*step_fn)(struct db *db, const struct actor *who, int64_t id, int64_t rev,
		       const char *actor_name, struct kerr *err);

static int withdraw_step(struct db *db, const struct actor *who, int64_t id, int64_t rev,
			 const char *actor_name, struct kerr *err)
{
	(void)actor_name;
	return store_guide_withdraw(db, who, id, rev, err);
}

static int manage_step(struct req *r, step_fn fn, const char *notice)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct guide g;
	unsigned roles = 0;
	long long rev = 0;
	char name[300], to[96];
	if (guide_load(r, r->path_id, &g, &roles, &err))
		return reply_error(r, &err);
	guide_release(&g);
	const char *vs = req_form(r, "version");
	if (vs && *vs && parse_whole_in(vs, 1, INT64_MAX, &rev) < 0)
		rev = 0;
	caller_display_name(r, name, sizeof name);
	if (!guide_may(roles, GUIDE_ROLE_MANAGE, &err) ||
	    fn(r->db, &who, r->path_id, rev, name, &err))
		return reply_error(r, &err);
	snprintf(to, sizeof to, "/sosialisasi/%lld?pesan=%s", (long long)r->path_id, notice);
	return reply_redirect(r, to);
}

/* POST /sosialisasi/{id}/terbitkan */
int page_guide_publish(struct req *r)
{
	return manage_step(r, store_guide_publish, "sosialisasi_diterbitkan");
}

/* POST /sosialisasi/{id}/tarik */
int page_guide_withdraw(struct req *r)
{
	return manage_step(r, withdraw_step, "sosialisasi_ditarik");
}

/* POST /sosialisasi/{id}/lampiran (multipart "berkas") */
int page_guide_attach(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct guide g;
	unsigned roles = 0;
	int64_t id = 0;
	char to[96];
	if (guide_load(r, r->path_id, &g, &roles, &err))
		return reply_error(r, &err);
	guide_release(&g);
	if (!guide_may(roles, GUIDE_ROLE_MANAGE, &err))
		return reply_error(r, &err);
	const struct kv *up = guide_upload(r, "berkas");
	struct guide_file f = { up ? up->filename : NULL, up ? up->val : NULL, up ? up->len : 0 };
	if (!up || !up->filename[0])
		kerr_set(&err, KERR_INVALID, "berkas", "Pilih berkas lampiran");
	else
		store_guide_attach(r->db, &who, r->path_id, &f, &id, &err);
	if (kerr_is_set(&err))
		return refused(r, "lampiran", &err, NULL);
	snprintf(to, sizeof to, "/sosialisasi/%lld?pesan=sosialisasi_lampiran#lampiran",
		 (long long)r->path_id);
	return reply_redirect(r, to);
}

/* POST /sosialisasi-lampiran/{id}/hapus */
int page_guide_attachment_delete(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct guide_attachment a;
	struct guide g;
	unsigned roles = 0;
	char to[96];
	if (store_guide_attachment_get(r->db, r->path_id, &a, &err))
		return reply_error(r, &err);
	int64_t guide_id = a.guide_id;
	guide_attachment_release(&a);
	if (guide_load(r, guide_id, &g, &roles, &err))
		return reply_error(r, &err);
	guide_release(&g);
	if (!guide_may(roles, GUIDE_ROLE_MANAGE, &err) ||
	    store_guide_attachment_delete(r->db, &who, r->path_id, &err))
		return reply_error(r, &err);
	snprintf(to, sizeof to, "/sosialisasi/%lld?pesan=sosialisasi_lampiran_dihapus#lampiran",
		 (long long)guide_id);
	return reply_redirect(r, to);
}
