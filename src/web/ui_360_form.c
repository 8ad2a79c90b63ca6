/*
 * ui_360_form.c - one 360-degree form for its rater (GET /360/tugas/{id}):
 * the seven BerAKHLAK values with their three behaviour guides as help
 * text, a radio choice per value on the round's scale (the three levels,
 * or 1-5 mapped onto them), an optional comment, and a separate form to
 * decline with a reason (POST .../jawab, .../tolak).  A form already
 * answered shows the rater's own answer; a refused answer shows the form
 * again with the message by the field and what was chosen still in it.
 */
#include "web/ui_360.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "domain/berakhlak.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What was typed, and the refusal to show with it. */
struct answer_form {
	int score[VALUES_360];
	char comment[4 * COMMENT360_MAX + 1];
	char reason[4 * DECLINE360_MAX + 1];
	const struct kerr *err;
};

/* A refused answer's message for each value ("" when it is fine). */
struct value_problems {
	char msg[VALUES_360][sizeof ((struct kerr *)0)->msg];
	size_t n;
};

static int bad(const struct answer_form *f, const char *field)
{
	return f->err && kerr_is_set(f->err) && !strcmp(f->err->field, field);
}

/* The message for value i by the rules the store checks (left out, off
 * the scale), "" when it is fine. */
static void value_check(char *out, size_t size, size_t i, int score, int scale)
{
	struct kerr why = KERR_INIT;
	*out = '\0';
	if (score360_check(i, score, scale == 5 ? SCALE_5 : SCALE_3, &why))
		snprintf(out, size, "%s", why.msg);
}

/* After a refusal on a value: the store stops at the first value at fault,
 * so the others are checked here too, for the rater to fix them all at
 * once; the one the store named keeps its message. */
static void find_problems(const struct answer_form *f, int scale, struct value_problems *p)
{
	memset(p, 0, sizeof *p);
	if (!f->err || !kerr_is_set(f->err) || strncmp(f->err->field, "nilai.", 6))
		return;
	for (size_t i = 0; i < VALUES_360; i++) {
		char *msg = p->msg[i];
		if (!strcmp(f->err->field + 6, berakhlak_at(i)->code))
			snprintf(msg, sizeof p->msg[i], "%s", f->err->msg);
		else
			value_check(msg, sizeof p->msg[i], i, f->score[i], scale);
		p->n += *msg != '\0';
	}
}

/* "Jawaban belum dikirim:" with each problem, linked to its value or
 * field; nothing without a refusal of the answer. */
static void error_summary(struct req *r, const struct answer_form *f,
			  const struct value_problems *p)
{
	if (!f->err || !kerr_is_set(f->err) || bad(f, "alasan"))
		return;
	html_raw(&r->out, "<div class=\"alert alert-danger\" role=\"alert\" id=\"galat-jawaban\">"
			  "<p class=\"mb-1\"><strong>Jawaban belum dikirim:</strong></p><ul "
			  "class=\"mb-0\">");
	for (size_t i = 0; i < VALUES_360; i++)
		if (p->msg[i][0])
			html(&r->out, "<li><a class=\"alert-link\" href=\"#nilai-%s\">%s</a></li>",
			     berakhlak_at(i)->code, p->msg[i]);
	if (!p->n && bad(f, "komentar"))
		html(&r->out, "<li><a class=\"alert-link\" href=\"#f-komentar\">%s</a></li>",
		     f->err->msg);
	else if (!p->n)
		html(&r->out, "<li>%s</li>", f->err->msg);
	html_raw(&r->out, "</ul></div>");
}

/* ---- the header --------------------------------------------------------------------------- */

static void header(struct req *r, const struct rater360 *a)
{
	char due[40];
	r360_date(due, sizeof due, a->closes_on);
	html_raw(&r->out, "<dl class=\"row\"><dt class=\"col-sm-3\">Dinilai</dt><dd class=\"col-sm-9\">");
	if (!strcmp(a->grp, "diri"))
		html_raw(&r->out, "Diri Anda sendiri (penilaian diri)");
	else
		html(&r->out, "%s \xe2\x80\x94 %s, %s", a->ratee.name,
		     a->ratee.position_name[0] ? a->ratee.position_name : "-", a->ratee.unit_name);
	html(&r->out, "</dd><dt class=\"col-sm-3\">Anda menilai</dt><dd class=\"col-sm-9\">%s</dd>"
		      "<dt class=\"col-sm-3\">Putaran</dt><dd class=\"col-sm-9\">%s</dd>"
		      "<dt class=\"col-sm-3\">Diisi paling lambat</dt><dd class=\"col-sm-9\">%s</dd>"
		      "<dt class=\"col-sm-3\">Status</dt><dd class=\"col-sm-9\">",
	     r360_role_phrase(a->grp), a->round_name, due);
	r360_badge(&r->out, a->state);
	html_raw(&r->out, "</dd></dl>");
}

/* ---- the answer form ---------------------------------------------------------------------- */

static void choice(struct req *r, const char *code, int value, int scale, int checked)
{
	enum rating level;
	struct kerr ignored = KERR_INIT;
	scale360_level(scale == 5 ? SCALE_5 : SCALE_3, value, &level, &ignored);
	html(&r->out, "<div class=\"form-check\"><input class=\"form-check-input\" type=\"radio\" "
		      "name=\"nilai.%s\" id=\"f-%s-%d\" value=\"%d\" required%s>"
		      "<label class=\"form-check-label\" for=\"f-%s-%d\">", code, code, value, value,
	     checked ? " checked" : "", code, value);
	if (scale == 5)
		html(&r->out, "%d \xe2\x80\x94 %s", value, rating_label(level));
	else
		html(&r->out, "%s", rating_label(level));
	html_raw(&r->out, "</label></div>");
}

/* One value: its guides and its choices as a radio group, described by
 * the guides and, when refused, by the message, which is marked invalid. */
static void value_fieldset(struct req *r, size_t i, int scale, const struct answer_form *f,
			   const char *problem)
{
	const struct core_value *v = berakhlak_at(i);
	const char *code = v->code;
	html(&r->out, "<fieldset class=\"border rounded p-3 mb-3%s\" id=\"nilai-%s\" "
		      "role=\"radiogroup\" aria-required=\"true\" aria-labelledby=\"l-%s\" "
		      "aria-describedby=\"p-%s", *problem ? " border-danger" : "", code, code, code);
	if (*problem)
		html(&r->out, " e-%s\" aria-invalid=\"true", code);
	html(&r->out, "\"><legend class=\"h6 float-none w-auto px-1\" id=\"l-%s\">%zu. %s</legend>"
		      "<ul class=\"small text-muted\" id=\"p-%s\">", code, i + 1, v->name, code);
	for (int g = 0; g < 3; g++)
		html(&r->out, "<li>%s</li>", v->guides[g]);
	html_raw(&r->out, "</ul>");
	for (int s = 1; s <= scale; s++)
		choice(r, code, s, scale, f->score[i] == s);
	if (*problem)
		html(&r->out, "<div class=\"text-danger small mt-1\" id=\"e-%s\">%s</div>", code,
		     problem);
	html_raw(&r->out, "</fieldset>");
}

static void answer_form(struct req *r, const struct rater360 *a, int threshold,
			const struct answer_form *f, const struct value_problems *p)
{
	html(&r->out, "<section class=\"mb-4\" aria-labelledby=\"h-jawab\" id=\"jawab\"><h2 "
		      "class=\"h5\" id=\"h-jawab\">Penilaian perilaku kerja</h2><p class=\"small\">"
		      "Pilih satu tingkat untuk setiap nilai. Nama Anda tidak pernah ditampilkan "
		      "bersama jawaban: pegawai yang dinilai dan atasannya hanya melihat ringkasan "
		      "kelompok, dan hanya bila kelompok itu memiliki paling sedikit %d jawaban.</p>",
	     threshold);
	html(&r->out, "<form method=\"post\" action=\"/360/tugas/%lld/jawab\">", (long long)a->id);
	csrf_field(r);
	for (size_t i = 0; i < VALUES_360; i++)
		value_fieldset(r, i, a->scale, f, p->msg[i]);
	form_label(r, "komentar", "Komentar (boleh kosong; ditampilkan tanpa nama)", "mb-3");
	html(&r->out, "<textarea id=\"f-komentar\" name=\"komentar\" rows=\"3\" maxlength=\"%d\"",
	     COMMENT360_MAX);
	form_attrs(r, "komentar", "form-control", f->err);
	html(&r->out, ">%s</textarea>", f->comment);
	form_close(r, "komentar", f->err);
	html_raw(&r->out, "<button type=\"submit\" class=\"btn btn-primary\">Kirim penilaian</button>"
			  "</form></section>");
}

static void decline_form(struct req *r, const struct rater360 *a, const struct answer_form *f)
{
	html(&r->out, "<section class=\"mb-4\" aria-labelledby=\"h-tolak\" id=\"tolak\"><h2 "
		      "class=\"h5\" id=\"h-tolak\">Tidak dapat menilai?</h2><p class=\"small\">Bila "
		      "Anda tidak cukup mengenal pekerjaan pegawai ini, tolak penugasan ini dengan "
		      "alasannya. Alasan dibaca oleh pengelola kinerja.</p>"
		      "<form method=\"post\" action=\"/360/tugas/%lld/tolak\">", (long long)a->id);
	csrf_field(r);
	form_label(r, "alasan", "Alasan menolak", "mb-3");
	html(&r->out, "<textarea id=\"f-alasan\" name=\"alasan\" rows=\"2\" maxlength=\"%d\" required",
	     DECLINE360_MAX);
	form_attrs(r, "alasan", "form-control", f->err);
	html(&r->out, ">%s</textarea>", f->reason);
	form_close(r, "alasan", f->err);
	html_raw(&r->out, "<button type=\"submit\" class=\"btn btn-outline-danger\">Tolak penugasan"
			  "</button></form></section>");
}

/* ---- a form that can no longer be answered ------------------------------------------------- */

static void own_answer(struct req *r, const struct rater360 *a)
{
	int score[VALUES_360];
	char *comment = NULL;
	struct kerr err = KERR_INIT;
	if (store_rater360_own_answer(r->db, a->id, score, &comment, &err) != 1)
		return;
	html_raw(&r->out, "<h2 class=\"h5\">Jawaban Anda</h2><table class=\"table table-sm w-auto\">"
			  "<tbody>");
	for (size_t i = 0; i < VALUES_360; i++) {
		enum rating level;
		struct kerr ignored = KERR_INIT;
		scale360_level(a->scale == 5 ? SCALE_5 : SCALE_3, score[i], &level, &ignored);
		html(&r->out, "<tr><th scope=\"row\">%s</th><td>%d</td><td>%s</td></tr>",
		     berakhlak_at(i)->name, score[i], rating_label(level));
	}
	html(&r->out, "</tbody></table><p><strong>Komentar:</strong> %s</p>",
	     comment && *comment ? comment : "-");
	free(comment);
}

static void closed_note(struct req *r, const struct rater360 *a)
{
	if (!strcmp(a->state, "dijawab"))
		own_answer(r, a);
	else if (!strcmp(a->state, "ditolak"))
		html(&r->out, "<p>Anda menolak penugasan ini. Alasan: %s</p>", a->decline_reason);
	else
		html_raw(&r->out, "<div class=\"alert alert-secondary\">Putaran ini sudah ditutup atau "
				  "batas waktu pengisiannya sudah lewat.</div>");
}

/* ---- the page ------------------------------------------------------------------------------- */

static int load_task(struct req *r, struct rater360 *a, struct round360 *rd, struct kerr *err)
{
	if (store_rater360_get(r->db, r->path_id, a, err))
		return -1;
	if (!r->who.employee_id || a->rater.id != r->who.employee_id)
		return kerr_set(err, KERR_FORBIDDEN, "", "Formulir ini ditugaskan kepada orang lain");
	return store_round360_find(r->db, a->round_id, rd, err);
}

static int task_page(struct req *r, const struct answer_form *f, int status)
{
	struct rater360 a;
	struct round360 rd;
	struct kerr err = KERR_INIT;
	if (load_task(r, &a, &rd, &err))
		return reply_error(r, &err);
	page_begin(r, "Formulir 360\xc2\xb0", NAV_360);
	html_raw(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb\"><li class=\""
			  "breadcrumb-item\"><a href=\"/360\">Umpan Balik 360\xc2\xb0</a></li><li "
			  "class=\"breadcrumb-item active\" aria-current=\"page\">Formulir</li></ol>"
			  "</nav><h1 class=\"h3\">Formulir Umpan Balik 360\xc2\xb0</h1>");
	if (rater360_accepting(&a)) {
		struct value_problems p;
		find_problems(f, a.scale, &p);
		error_summary(r, f, &p);
		header(r, &a);
		answer_form(r, &a, rd.threshold, f, &p);
		decline_form(r, &a, f);
	} else {
		header(r, &a);
		if (f->err && kerr_is_set(f->err))
			form_error_alert(r, NULL, f->err);
		closed_note(r, &a);
	}
	page_end(r);
	return reply_html(r, status);
}

int page_360_task(struct req *r)
{
	struct answer_form f;
	memset(&f, 0, sizeof f);
	return task_page(r, &f, 200);
}

/* A refusal the rater can fix on the page, or else the error page. */
static int refused(struct req *r, struct answer_form *f, const struct kerr *err)
{
	if (err->code != KERR_INVALID && err->code != KERR_CONFLICT)
		return reply_error(r, err);
	f->err = err;
	return task_page(r, f, kerr_http_status(err));
}

/* To the rater's list, whose notice names what was sent (`what`: the
 * assignment's new state). */
static int sent(struct req *r, const char *what)
{
	char to[96];
	snprintf(to, sizeof to, "/360?pesan=%s&tugas=%lld", what, (long long)r->path_id);
	return reply_redirect(r, to);
}

static void read_scores(struct req *r, int score[VALUES_360])
{
	for (size_t i = 0; i < VALUES_360; i++) {
		char name[64], *end;
		snprintf(name, sizeof name, "nilai.%s", berakhlak_at(i)->code);
		const char *v = req_form(r, name);
		long n = v && *v ? strtol(v, &end, 10) : 0;
		if (v && *v && (*end || n < 1))
			n = -1;
		score[i] = n > 100 ? 100 : (int)n;
	}
}

int page_360_answer(struct req *r)
{
	struct answer_form f;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	memset(&f, 0, sizeof f);
	read_scores(r, f.score);
	form_read(r, "komentar", f.comment, sizeof f.comment, &err);
	if (kerr_is_set(&err) || store_rater360_answer(r->db, &who, r->path_id, r->who.employee_id,
						       f.score, f.comment, &err))
		return refused(r, &f, &err);
	return sent(r, "dijawab");
}

int page_360_decline(struct req *r)
{
	struct answer_form f;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	memset(&f, 0, sizeof f);
	form_read(r, "alasan", f.reason, sizeof f.reason, &err);
	if (kerr_is_set(&err) || store_rater360_decline(r->db, &who, r->path_id, r->who.employee_id,
							f.reason, &err))
		return refused(r, &f, &err);
	return sent(r, "ditolak");
}
