/*
 * ui_evaluation_form.c - writing a survey (GET /evaluasi/survei/baru,
 * POST /evaluasi/survei) and changing a draft (GET and POST
 * /evaluasi/survei/{id}/ubah): title, period, audience (the whole office
 * or a unit within HR's scope), first and last day, and the questions as
 * rows (kind, aspect, text; a row left empty is dropped, two empty rows
 * to add).  A new survey starts from the default questions.  A refusal
 * shows the form again with what was typed, the field named.
 */
#include "web/ui_evaluation.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "domain/objection.h"
#include "http/assess_access.h"
#include "http/html.h"
#include "http/request.h"
#include "http/scope.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROWS_MAX SURVEY_QUESTIONS_MAX

/* What the form holds: from the survey, or as typed. */
struct survey_typed {
	char title[SURVEY_TITLE_BUF], period[24], unit[24], opens[16], closes[16], rev[24];
	struct survey_question_def q[ROWS_MAX];
	char text[ROWS_MAX][SURVEY_QUESTION_BUF];
	size_t nq;
};

static void from_survey(struct survey_typed *t, const struct survey *s)
{
	copy_str(t->title, sizeof t->title, s->title);
	snprintf(t->period, sizeof t->period, "%lld", (long long)s->period_id);
	snprintf(t->unit, sizeof t->unit, "%lld", (long long)s->unit_id);
	copy_str(t->opens, sizeof t->opens, s->opens_on);
	copy_str(t->closes, sizeof t->closes, s->closes_on);
	snprintf(t->rev, sizeof t->rev, "%lld", (long long)s->rev);
	for (size_t i = 0; i < s->nq && i < ROWS_MAX; i++) {
		copy_str(t->text[i], sizeof t->text[i], s->q[i].text);
		t->q[i] = (struct survey_question_def){ s->q[i].kind, s->q[i].aspect, t->text[i] };
		t->nq = i + 1;
	}
}

static void from_defaults(struct req *r, struct survey_typed *t)
{
	struct period p;
	struct kerr err = KERR_INIT;
	gdate_format(wib_day(now_unix()), t->opens);
	gdate_format(wib_day(now_unix()) + 14, t->closes);
	copy_str(t->unit, sizeof t->unit, "0");
	if (!store_period_current(r->db, &p, &err))
		snprintf(t->period, sizeof t->period, "%lld", (long long)p.id);
	for (size_t i = 0; i < survey_default_count; i++) {
		copy_str(t->text[i], sizeof t->text[i], survey_default_questions[i].text);
		t->q[i] = survey_default_questions[i];
		t->q[i].text = t->text[i];
	}
	t->nq = survey_default_count;
}

/* ---- the form --------------------------------------------------------------------------------- */

static void period_select(struct req *r, const char *selected, const struct kerr *err)
{
	struct period *p = NULL;
	size_t n = 0;
	struct kerr e = KERR_INIT;
	form_select_open(r, "periode_id", "Periode", "col-md-6", err);
	if (!store_period_list(r->db, &p, &n, &e))
		for (size_t i = 0; i < n; i++) {
			char id[24];
			snprintf(id, sizeof id, "%lld", (long long)p[i].id);
			form_option(r, id, p[i].name, selected);
		}
	free(p);
	html_raw(&r->out, "</select>");
	form_close(r, "periode_id", err);
}

static void audience_select(struct req *r, const char *selected, const struct kerr *err)
{
	form_audience_select(r, selected, "Sebuah unit berarti unit itu dan unit di bawahnya. Harus paling sedikit 5 pegawai.", err);
}

static void question_row(struct req *r, size_t i, const struct survey_question_def *q)
{
	char kind_sel[8], aspect_sel[24];
	copy_str(kind_sel, sizeof kind_sel, q ? question_kind_name(q->kind) : "skala");
	copy_str(aspect_sel, sizeof aspect_sel, q ? survey_aspect_name(q->aspect) : "lain");
	html(&r->out, "<div class=\"row g-2 mb-2\"><div class=\"col-md-2\"><label class=\"visually-"
		      "hidden\" for=\"f-p%zu-jenis\">Jenis pertanyaan %zu</label><select class=\"form-"
		      "select\" id=\"f-p%zu-jenis\" name=\"pertanyaan_%zu_jenis\">", i + 1, i + 1,
	     i + 1, i + 1);
	form_option(r, "skala", "Skala 1-5", kind_sel);
	form_option(r, "teks", "Teks bebas", kind_sel);
	html(&r->out, "</select></div><div class=\"col-md-3\"><label class=\"visually-hidden\" "
		      "for=\"f-p%zu-aspek\">Aspek pertanyaan %zu</label><select class=\"form-select\" "
		      "id=\"f-p%zu-aspek\" name=\"pertanyaan_%zu_aspek\">", i + 1, i + 1, i + 1, i + 1);
	for (int a = 0; a < ASPECT__COUNT; a++)
		form_option(r, survey_aspect_name((enum survey_aspect)a),
			    survey_aspect_label((enum survey_aspect)a), aspect_sel);
	html(&r->out, "</select></div><div class=\"col-md-7\"><label class=\"visually-hidden\" "
		      "for=\"f-p%zu-teks\">Teks pertanyaan %zu</label><input class=\"form-control\" "
		      "id=\"f-p%zu-teks\" name=\"pertanyaan_%zu_teks\" maxlength=\"%d\" value=\"%s\" "
		      "placeholder=\"(kosongkan untuk menghapus)\"></div></div>", i + 1, i + 1, i + 1,
	     i + 1, SURVEY_QUESTION_MAX, q ? q->text : "");
}

static void form_fields(struct req *r, const char *action, const struct survey_typed *t,
			const struct kerr *err)
{
	html(&r->out, "<form method=\"post\" action=\"%s\" class=\"row g-3\" data-mw=\"60\""
		      ">", action);
	csrf_field(r);
	if (t->rev[0])
		html(&r->out, "<input type=\"hidden\" name=\"version\" value=\"%s\">", t->rev);
	form_text(r, "judul", "Judul", "text", t->title, "col-12", " required maxlength=\"200\"",
		  err);
	period_select(r, t->period, err);
	audience_select(r, t->unit, err);
	form_text(r, "dibuka", "Dibuka mulai", "date", t->opens, "col-md-6", " required", err);
	form_text(r, "ditutup", "Ditutup setelah", "date", t->closes, "col-md-6", " required", err);
	html_raw(&r->out, "<fieldset class=\"col-12\"><legend class=\"fs-6\">Pertanyaan</legend>"
			  "<p class=\"form-text\">Pernyataan berskala dijawab 1 (sangat tidak setuju) "
			  "sampai 5 (sangat setuju): tulis sehingga 5 berarti baik. Aspek "
			  "menentukan baris pembanding antarperiode.</p>");
	if (err && !strcmp(err->field, "pertanyaan"))
		html(&r->out, "<div class=\"alert alert-danger py-2\" id=\"err-pertanyaan\">%s</div>",
		     err->msg);
	for (size_t i = 0; i < t->nq; i++)
		question_row(r, i, &t->q[i]);
	for (size_t i = t->nq; i < t->nq + 2 && i < ROWS_MAX; i++)
		question_row(r, i, NULL);
	html_raw(&r->out, "</fieldset><div class=\"col-12\"><button type=\"submit\" class=\"btn "
			  "btn-primary\">Simpan draf</button></div></form>");
}

static void form_page(struct req *r, const struct survey *s, const struct survey_typed *t,
		      const struct kerr *err)
{
	char action[64];
	page_begin(r, s ? "Ubah survei" : "Buat survei", NAV_EVALUASI);
	evaluation_crumbs(r, s, s ? "Ubah" : "Buat survei");
	html(&r->out, "<h1 class=\"h3\">%s</h1>", s ? "Ubah Survei" : "Buat Survei");
	if (!s)
		html_raw(&r->out, "<p>Survei disimpan sebagai draf dengan pertanyaan bawaan "
				  "(kejelasan, keadilan, kebermanfaatan, beban, dan saran); ubah "
				  "sesuai kebutuhan lalu buka dari halamannya.</p>");
	if (err)
		form_error_alert(r, NULL, err);
	if (s)
		snprintf(action, sizeof action, "/evaluasi/survei/%lld/ubah", (long long)s->id);
	form_fields(r, s ? action : "/evaluasi/survei", t, err);
	page_end(r);
}

/* ---- reading the form ---------------------------------------------------------------------------- */

static int64_t form_id(struct req *r, const char *name, const char *label, struct kerr *err)
{
	long long v = 0;
	const char *s = req_form(r, name);
	if (s && *s && parse_whole_in(s, 0, INT64_MAX, &v))
		kerr_set(err, KERR_INVALID, name, "Pilih %s", label);
	return v;
}

/* Reads the form into t and in; the rows with an empty text are dropped. */
static int typed_input(struct req *r, struct survey_typed *t, struct survey_input *in,
		       struct kerr *err)
{
	form_read(r, "judul", t->title, sizeof t->title, err);
	form_read(r, "periode_id", t->period, sizeof t->period, err);
	form_read(r, "unit_id", t->unit, sizeof t->unit, err);
	form_read(r, "dibuka", t->opens, sizeof t->opens, err);
	form_read(r, "ditutup", t->closes, sizeof t->closes, err);
	form_read(r, "version", t->rev, sizeof t->rev, err);
	for (size_t i = 0; i < ROWS_MAX; i++) {
		char name[40], kind[16] = "", aspect[24] = "";
		snprintf(name, sizeof name, "pertanyaan_%zu_teks", i + 1);
		form_read(r, name, t->text[t->nq], sizeof t->text[t->nq], err);
		if (!t->text[t->nq][0])
			continue;
		snprintf(name, sizeof name, "pertanyaan_%zu_jenis", i + 1);
		form_read(r, name, kind, sizeof kind, err);
		snprintf(name, sizeof name, "pertanyaan_%zu_aspek", i + 1);
		form_read(r, name, aspect, sizeof aspect, err);
		struct survey_question_def *q = &t->q[t->nq];
		if (question_kind_parse(kind, &q->kind))
			q->kind = QUESTION_SKALA;
		if (survey_aspect_parse(aspect, &q->aspect))
			q->aspect = ASPECT_LAIN;
		q->text = t->text[t->nq++];
	}
	in->title = t->title;
	in->period_id = form_id(r, "periode_id", "periode", err);
	in->unit_id = form_id(r, "unit_id", "unit kerja", err);
	in->opens_on = t->opens;
	in->closes_on = t->closes;
	in->q = t->q;
	in->nq = t->nq;
	in->rev = t->rev[0] ? strtoll(t->rev, NULL, 10) : 0;
	if (!t->nq && !kerr_is_set(err))
		kerr_set(err, KERR_INVALID, "pertanyaan", "Isi paling sedikit satu pertanyaan");
	if (!kerr_is_set(err))
		survey_may_target(r, in->unit_id, err);
	return kerr_is_set(err) ? -1 : 0;
}

int page_survey_new(struct req *r)
{
	struct survey_typed *t = xcalloc(1, sizeof *t);
	from_defaults(r, t);
	form_page(r, NULL, t, NULL);
	free(t);
	return reply_html(r, 200);
}

int page_survey_create(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct survey_input in = { 0 };
	struct survey_typed *t = xcalloc(1, sizeof *t);
	char name[300], to[64];
	int64_t id = 0;
	caller_display_name(r, name, sizeof name);
	in.actor_name = name;
	if (typed_input(r, t, &in, &err) || store_survey_create(r->db, &who, &in, &id, &err)) {
		if (err.code == KERR_INVALID) {
			form_page(r, NULL, t, &err);
			free(t);
			return reply_html(r, 422);
		}
		free(t);
		return reply_error(r, &err);
	}
	free(t);
	snprintf(to, sizeof to, "/evaluasi/survei/%lld?pesan=survei_dibuat", (long long)id);
	return reply_redirect(r, to);
}

/* Loads the survey for HR who may change it: 0, or -1 after replying. */
static int load_managed(struct req *r, struct survey *s)
{
	unsigned roles = 0;
	struct kerr err = KERR_INIT;
	if (survey_load(r, r->path_id, s, &roles, &err))
		return reply_error(r, &err), -1;
	if (!survey_may(roles, SURVEY_ROLE_MANAGE, &err) ||
	    (s->state != SURVEY_DRAF && kerr_set(&err, KERR_CONFLICT, "status", "Survei yang "
						 "sudah dibuka tidak dapat diubah lagi"))) {
		survey_release(s);
		return reply_error(r, &err), -1;
	}
	return 0;
}

int page_survey_edit(struct req *r)
{
	struct survey s;
	if (load_managed(r, &s))
		return 0;
	struct survey_typed *t = xcalloc(1, sizeof *t);
	from_survey(t, &s);
	form_page(r, &s, t, NULL);
	free(t);
	survey_release(&s);
	return reply_html(r, 200);
}

int page_survey_update(struct req *r)
{
	struct survey s;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct survey_input in = { 0 };
	char to[64];
	if (load_managed(r, &s))
		return 0;
	struct survey_typed *t = xcalloc(1, sizeof *t);
	int rc = typed_input(r, t, &in, &err);
	if (!rc)
		rc = store_survey_update(r->db, &who, s.id, &in, &err);
	if (rc && err.code == KERR_INVALID) {
		form_page(r, &s, t, &err);
		free(t);
		survey_release(&s);
		return reply_html(r, 422);
	}
	free(t);
	survey_release(&s);
	if (rc)
		return reply_error(r, &err);
	snprintf(to, sizeof to, "/evaluasi/survei/%lld?pesan=survei_disimpan", (long long)r->path_id);
	return reply_redirect(r, to);
}
