/*
 * ui_evaluation_survey.c - one survey's page (/evaluasi/survei/{id}): its
 * questions; for an addressed employee the answer form (once: a second
 * answer is refused) kept as typed when refused; for HR and readers the
 * response rate per reporting group and HR's buttons (change, open,
 * close); and the results page: the whole survey, its cells of at least
 * k answers with the units rolled up into them, and the free texts in
 * their stored random order, without dates.  Nothing here can show who
 * answered what: the store holds no such link.
 */
#include "web/ui_evaluation.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "api/api_evaluation.h"
#include "http/assess_access.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the answer form ---------------------------------------------------------------------- */

static void field_name(char *out, size_t size, const struct survey_question *q)
{
	snprintf(out, size, "q_%lld", (long long)q->id);
}

static void scale_question(struct req *r, size_t i, const struct survey_question *q,
			   const char *typed)
{
	char name[32];
	field_name(name, sizeof name, q);
	html(&r->out, "<fieldset class=\"mb-3\"><legend class=\"fs-6\">%zu. %s</legend>", i + 1,
	     q->text);
	for (int v = SURVEY_SCALE_MIN; v <= SURVEY_SCALE_MAX; v++) {
		char value[4];
		snprintf(value, sizeof value, "%d", v);
		html(&r->out, "<div class=\"form-check form-check-inline\"><input class=\"form-check-"
			      "input\" type=\"radio\" name=\"%s\" id=\"%s-%d\" value=\"%d\"%s><label "
			      "class=\"form-check-label\" for=\"%s-%d\">%d <span class=\"small "
			      "text-muted\">%s</span></label></div>", name, name, v, v,
		     typed && !strcmp(typed, value) ? " checked" : "", name, v, v,
		     survey_scale_label(v));
	}
	html_raw(&r->out, "</fieldset>");
}

static void answer_form(struct req *r, const struct survey *s, const struct kerr *err)
{
	html(&r->out, "<form method=\"post\" action=\"/evaluasi/survei/%lld/jawab\" class=\"card "
		      "card-body mb-3\" id=\"jawab\">", (long long)s->id);
	csrf_field(r);
	html_raw(&r->out, "<p class=\"small text-muted\">Jawaban Anda anonim: yang dicatat hanya "
			  "bahwa Anda sudah menjawab, terpisah dari jawabannya; hasil hanya "
			  "ditampilkan untuk kelompok dengan paling sedikit 5 jawaban, setelah survei "
			  "selesai. Anda menjawab sekali dan tidak dapat mengubahnya.</p>");
	if (err)
		form_error_alert(r, NULL, err);
	for (size_t i = 0; i < s->nq; i++) {
		char name[32];
		field_name(name, sizeof name, &s->q[i]);
		const char *typed = err ? req_form(r, name) : NULL;
		if (s->q[i].kind == QUESTION_SKALA) {
			scale_question(r, i, &s->q[i], typed);
			continue;
		}
		html(&r->out, "<div class=\"mb-3\"><label class=\"form-label\" for=\"%s\">%zu. %s "
			      "<span class=\"text-muted small\">(opsional)</span></label><textarea "
			      "class=\"form-control\" id=\"%s\" name=\"%s\" rows=\"3\" maxlength=\"%d\">"
			      "%s</textarea></div>", name, i + 1, s->q[i].text, name, name,
		     SURVEY_ANSWER_TEXT_MAX, typed ? typed : "");
	}
	html_raw(&r->out, "<div><button class=\"btn btn-primary\" type=\"submit\">Kirim jawaban"
			  "</button></div></form>");
}

/* ---- the survey page ------------------------------------------------------------------------ */

static void participation(struct req *r, const struct survey *s)
{
	struct survey_group_row *g = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	char pct[32];
	if (store_survey_groups(r->db, s->id, &g, &n, &err))
		return;
	eval_percent_text(s->respondents, s->addressed, pct, sizeof pct);
	html(&r->out, "<h2 class=\"h5\">Partisipasi</h2><p>%lld dari %lld pegawai yang dituju "
		      "sudah menjawab (%s). Per kelompok pelaporan (unit dengan paling sedikit %d "
		      "pegawai yang dituju; unit yang lebih kecil bergabung ke unit induknya):</p>"
		      "<table class=\"table table-sm\" data-mw=\"40\"><thead><tr><th>"
		      "Kelompok</th><th class=\"text-end\">Dituju</th><th class=\"text-end\">Menjawab"
		      "</th><th class=\"text-end\">%%</th></tr></thead><tbody>",
	     (long long)s->respondents, (long long)s->addressed, pct, s->threshold);
	for (size_t i = 0; i < n; i++) {
		eval_percent_text(g[i].respondents, g[i].addressed, pct, sizeof pct);
		html(&r->out, "<tr><td>%s</td><td class=\"text-end\">%lld</td><td class=\"text-end\">"
			      "%lld</td><td class=\"text-end\">%s</td></tr>", g[i].unit_name,
		     (long long)g[i].addressed, (long long)g[i].respondents, pct);
	}
	html_raw(&r->out, "</tbody></table>");
	free(g);
}

static void hr_buttons(struct req *r, const struct survey *s)
{
	if (s->state == SURVEY_DRAF) {
		html(&r->out, "<div class=\"d-flex gap-2 mb-3\"><a class=\"btn btn-outline-primary\" "
			      "href=\"/evaluasi/survei/%lld/ubah\">Ubah</a><form method=\"post\" "
			      "action=\"/evaluasi/survei/%lld/buka\">", (long long)s->id,
		     (long long)s->id);
		csrf_field(r);
		html(&r->out, "<input type=\"hidden\" name=\"version\" value=\"%lld\"><button class="
			      "\"btn btn-success\" type=\"submit\">Buka survei</button></form></div>"
			      "<p class=\"small text-muted\">Membuka survei menetapkan pegawai yang dituju "
			      "dan kelompok pelaporannya; sesudah itu pertanyaan tidak dapat diubah.</p>",
		     (long long)s->rev);
	} else if (s->state == SURVEY_DIBUKA) {
		html(&r->out, "<form method=\"post\" action=\"/evaluasi/survei/%lld/tutup\" class=\"mb-3"
			      "\">", (long long)s->id);
		csrf_field(r);
		html(&r->out, "<input type=\"hidden\" name=\"version\" value=\"%lld\"><button class="
			      "\"btn btn-outline-danger\" type=\"submit\">Tutup survei sekarang</button>"
			      "</form>", (long long)s->rev);
	}
}

static void survey_view(struct req *r, const struct survey *s, unsigned roles,
			const struct kerr *err)
{
	page_begin(r, s->title, NAV_EVALUASI);
	evaluation_crumbs(r, s, NULL);
	html(&r->out, "<h1 class=\"h3\">%s</h1><p>", s->title);
	survey_phase_badge(r, s->phase);
	html(&r->out, " Periode %s &middot; ditujukan kepada %s &middot; %s s.d. %s</p>",
	     s->period_name, s->unit_id ? s->unit_name : "seluruh pegawai", s->opens_on,
	     s->closes_on);
	if (roles & SURVEY_ROLE_MANAGE)
		hr_buttons(r, s);
	if ((roles & SURVEY_ROLE_READER) && s->phase == PHASE_SELESAI)
		html(&r->out, "<p><a class=\"btn btn-primary\" href=\"/evaluasi/survei/%lld/hasil\">"
			      "Lihat hasil</a></p>", (long long)s->id);
	if (roles & SURVEY_ROLE_ADDRESSED) {
		struct kerr e = KERR_INIT;
		int done = store_survey_has_answered(r->db, s->id, r->who.employee_id, &e);
		if (done > 0)
			alert_box(r, "success", "Anda sudah menjawab survei ini. Terima kasih.");
		else if (s->phase == PHASE_BERJALAN)
			answer_form(r, s, err);
		else if (s->phase == PHASE_BELUM_MULAI)
			alert_box(r, "info", "Survei ini belum dimulai.");
	}
	if ((roles & SURVEY_ROLE_READER) && s->state != SURVEY_DRAF)
		participation(r, s);
	if (!(roles & SURVEY_ROLE_ADDRESSED) || s->phase != PHASE_BERJALAN) {
		html_raw(&r->out, "<h2 class=\"h5\">Pertanyaan</h2><ol>");
		for (size_t i = 0; i < s->nq; i++)
			html(&r->out, "<li>%s <span class=\"small text-muted\">(%s, %s)</span></li>",
			     s->q[i].text, s->q[i].kind == QUESTION_SKALA ? "skala 1\xe2\x80\x93" "5"
			     : "teks bebas", survey_aspect_label(s->q[i].aspect));
		html_raw(&r->out, "</ol>");
	}
	page_end(r);
}

int page_survey(struct req *r)
{
	struct survey s;
	unsigned roles = 0;
	struct kerr err = KERR_INIT;
	if (survey_load(r, r->path_id, &s, &roles, &err))
		return reply_error(r, &err);
	survey_view(r, &s, roles, NULL);
	survey_release(&s);
	return reply_html(r, 200);
}

/* POST /evaluasi/survei/{id}/jawab: q_<id> per question. */
int page_survey_answer(struct req *r)
{
	struct survey s;
	unsigned roles = 0;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	if (survey_load(r, r->path_id, &s, &roles, &err))
		return reply_error(r, &err);
	struct survey_answer *a = xcalloc(s.nq + 1, sizeof *a);
	size_t n = 0;
	for (size_t i = 0; i < s.nq; i++) {
		char name[32];
		long long v = 0;
		field_name(name, sizeof name, &s.q[i]);
		const char *typed = req_form(r, name);
		if (!typed || !*typed)
			continue;
		a[n].question_id = s.q[i].id;
		if (s.q[i].kind == QUESTION_TEKS)
			a[n].text = typed;
		else
			a[n].value = parse_whole_in(typed, 0, 100, &v) ? 0 : v;
		n++;
	}
	int rc = survey_may(roles, SURVEY_ROLE_ADDRESSED, &err) ? 0 : -1;
	if (!rc)
		rc = store_survey_answer(r->db, &who, s.id, r->who.employee_id, a, n, &err);
	free(a);
	if (!rc) {
		survey_release(&s);
		return reply_redirect(r, "/evaluasi?pesan=survei_dijawab");
	}
	if (err.code != KERR_INVALID) {
		survey_release(&s);
		return reply_error(r, &err);
	}
	survey_view(r, &s, roles, &err);
	survey_release(&s);
	return reply_html(r, kerr_http_status(&err));
}

/* ---- HR's steps ------------------------------------------------------------------------------ */

typedef int (*survey_step_fn)(struct db *, const struct actor *, int64_t, int64_t,
			      const char *, struct kerr *);

static int step(struct req *r, survey_step_fn fn, const char *notice)
{
	struct survey s;
	unsigned roles = 0;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	char name[300], to[96];
	long long rev = 0;
	const char *v = req_form(r, "version");
	if (survey_load(r, r->path_id, &s, &roles, &err))
		return reply_error(r, &err);
	survey_release(&s);
	if (v && *v && parse_whole_in(v, 1, INT64_MAX, &rev))
		rev = 0;
	caller_display_name(r, name, sizeof name);
	if (!survey_may(roles, SURVEY_ROLE_MANAGE, &err) ||
	    fn(r->db, &who, r->path_id, rev, name, &err))
		return reply_error(r, &err);
	snprintf(to, sizeof to, "/evaluasi/survei/%lld?pesan=%s", (long long)r->path_id, notice);
	return reply_redirect(r, to);
}

int page_survey_open(struct req *r)
{
	return step(r, store_survey_open, "survei_dibuka");
}

int page_survey_close(struct req *r)
{
	return step(r, store_survey_close, "survei_ditutup");
}

/* ---- results --------------------------------------------------------------------------------- */

static void cell_block(struct req *r, const struct survey *s, const struct survey_cell *c,
		       int whole)
{
	html(&r->out, "<section class=\"card mb-3\"><div class=\"card-body\"><h3 class=\"h6\">%s "
		      "<span class=\"badge text-bg-secondary\">%lld jawaban</span></h3>",
	     c->unit_name, (long long)c->answers);
	if (c->merged[0])
		html(&r->out, "<p class=\"small text-muted\">Termasuk jawaban dari: %s (kelompok di "
			      "bawah %d jawaban).</p>", c->merged, s->threshold);
	html_raw(&r->out, "<table class=\"table table-sm\"><thead><tr><th>Pertanyaan</th>");
	for (int v = SURVEY_SCALE_MIN; v <= SURVEY_SCALE_MAX; v++)
		html(&r->out, "<th class=\"text-end\" title=\"%s\">%d</th>", survey_scale_label(v), v);
	html_raw(&r->out, "<th class=\"text-end\">Rata-rata</th></tr></thead><tbody>");
	for (size_t q = 0; q < s->nq; q++) {
		if (s->q[q].kind != QUESTION_SKALA)
			continue;
		int64_t n = 0;
		char mean[32];
		double m = survey_scale_mean(c->counts[q], &n);
		eval_mean_text(m, n, mean, sizeof mean);
		html(&r->out, "<tr><td>%s <span class=\"small text-muted\">(%s)</span></td>",
		     s->q[q].text, survey_aspect_label(s->q[q].aspect));
		for (int v = SURVEY_SCALE_MIN; v <= SURVEY_SCALE_MAX; v++)
			html(&r->out, "<td class=\"text-end\">%lld</td>", (long long)c->counts[q][v]);
		html(&r->out, "<td class=\"text-end fw-bold\">%s</td></tr>", mean);
	}
	html_raw(&r->out, "</tbody></table>");
	for (size_t q = 0; q < s->nq && !whole; q++) {
		if (s->q[q].kind != QUESTION_TEKS)
			continue;
		html(&r->out, "<h4 class=\"h6\">%s</h4><ul class=\"small\">", s->q[q].text);
		size_t shown = 0;
		for (size_t i = 0; i < c->ntexts; i++)
			if ((size_t)c->text_question[i] == q) {
				html(&r->out, "<li>%s</li>", c->texts[i]);
				shown++;
			}
		if (!shown)
			html_raw(&r->out, "<li class=\"text-muted\">Tidak ada.</li>");
		html_raw(&r->out, "</ul>");
	}
	html_raw(&r->out, "</div></section>");
}

int page_survey_results(struct req *r)
{
	struct survey s;
	struct survey_results res;
	unsigned roles = 0;
	struct kerr err = KERR_INIT;
	if (survey_load(r, r->path_id, &s, &roles, &err))
		return reply_error(r, &err);
	if (!survey_may(roles, SURVEY_ROLE_READER, &err) ||
	    store_survey_results(r->db, &s, &res, &err)) {
		survey_release(&s);
		return reply_error(r, &err);
	}
	int64_t root = eval_reader_root(r);
	page_begin(r, "Hasil survei", NAV_EVALUASI);
	evaluation_crumbs(r, &s, "Hasil");
	html(&r->out, "<h1 class=\"h3\">Hasil: %s</h1><p>%lld jawaban dari %lld pegawai yang "
		      "dituju. Hasil ditampilkan per kelompok dengan paling sedikit %d jawaban; "
		      "kelompok yang lebih kecil digabung ke unit induknya. Jawaban teks diacak dan "
		      "tanpa tanggal.</p><h2 class=\"h5\">Keseluruhan</h2>", s.title,
	     (long long)res.total, (long long)s.addressed, res.threshold);
	cell_block(r, &s, &res.all, 1);
	html_raw(&r->out, "<h2 class=\"h5\">Per unit</h2>");
	for (size_t i = 0; i < res.ncells; i++)
		if (eval_unit_within(r, res.cells[i].unit_id, root))
			cell_block(r, &s, &res.cells[i], 0);
	survey_results_release(&res);
	survey_release(&s);
	page_end(r);
	return reply_html(r, 200);
}
