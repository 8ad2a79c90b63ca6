/*
 * ui_briefing_form.c - writing a guide (GET /sosialisasi/baru, POST
 * /sosialisasi) and changing it (GET and POST /sosialisasi/{id}/ubah):
 * title, kind, audience (the whole office or a unit within HR's scope),
 * the text in the guide markup, and the quiz in its text form
 * ("? pertanyaan", "- pilihan", "* pilihan benar") with the pass mark.
 * A refusal shows the form again with what was typed, the field named.
 */
#include "web/ui_briefing.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "http/assess_access.h"
#include "http/html.h"
#include "http/request.h"
#include "http/scope.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What the form holds: from the guide, or as typed. */
struct guide_typed {
	const char *title, *kind, *unit, *body, *quiz, *pass, *rev;
};

static const char MARKUP_HELP[] =
	"Tulis dengan format sederhana: baris diawali <code># </code> menjadi judul bagian, "
	"<code>## </code> subjudul, <code>- </code> butir daftar, <code>1. </code> daftar "
	"bernomor; <code>**tebal**</code>; tautan <code>[teks](https://alamat)</code> atau "
	"<code>[teks](/penilaian)</code>. Baris kosong memisahkan paragraf. HTML tidak dipakai: "
	"semua ditampilkan sebagai teks.";

static const char QUIZ_HELP[] =
	"Opsional. Satu baris satu butir: <code>? </code> pertanyaan, <code>- </code> pilihan "
	"jawaban, <code>* </code> pilihan yang benar (tepat satu per pertanyaan). Paling banyak "
	"10 pertanyaan, 2\xe2\x80\x93" "6 pilihan.<br>Contoh:<br><code>? Berapa hari batas "
	"pengajuan keberatan?<br>- 7 hari<br>* 14 hari<br>- 30 hari</code>";

static void audience_select(struct req *r, const char *selected, const struct kerr *err)
{
	form_audience_select(r, selected, "Sebuah unit berarti unit itu dan unit di bawahnya, termasuk pegawai yang bergabung kemudian.", err);
}

static void textarea(struct req *r, const char *name, const char *label, const char *value,
		     int rows, const char *help, const struct kerr *err)
{
	form_label(r, name, label, "col-12");
	html(&r->out, "<textarea id=\"f-%s\" name=\"%s\" rows=\"%d\"", name, name, rows);
	form_attrs(r, name, "form-control font-monospace", err);
	html(&r->out, ">%s</textarea><div class=\"form-text\">", value);
	html_raw(&r->out, help);
	html_raw(&r->out, "</div>");
	form_close(r, name, err);
}

static void form_fields(struct req *r, const char *action, const struct guide_typed *t,
		       const struct kerr *err)
{
	html(&r->out, "<form method=\"post\" action=\"%s\" class=\"row g-3\" data-mw=\"60\""
		      ">", action);
	csrf_field(r);
	if (t->rev)
		html(&r->out, "<input type=\"hidden\" name=\"version\" value=\"%s\">", t->rev);
	form_text(r, "judul", "Judul", "text", t->title, "col-12", " required maxlength=\"200\"",
		  err);
	form_select_open(r, "jenis", "Jenis", "col-md-6", err);
	for (int k = 0; k < BRIEF__KINDS; k++)
		form_option(r, briefing_kind_name((enum briefing_kind)k),
			    briefing_kind_label((enum briefing_kind)k), t->kind);
	html_raw(&r->out, "</select>");
	form_close(r, "jenis", err);
	audience_select(r, t->unit, err);
	textarea(r, "isi", "Isi panduan", t->body, 16, MARKUP_HELP, err);
	textarea(r, "kuis", "Kuis", t->quiz, 8, QUIZ_HELP, err);
	form_text(r, "lulus_minimal", "Lulus bila benar paling sedikit (0 = semua benar)", "number",
		  t->pass, "col-md-6", " min=\"0\" max=\"10\"", err);
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">"
			  "Simpan</button></div></form>");
}

static void form_page(struct req *r, const struct guide *g, const struct guide_typed *t,
		      const struct kerr *err)
{
	char action[64];
	page_begin(r, g ? "Ubah panduan" : "Tulis panduan", NAV_SOSIALISASI);
	briefing_crumbs(r, g, g ? "Ubah" : "Tulis panduan");
	html(&r->out, "<h1 class=\"h3\">%s</h1>", g ? "Ubah Panduan" : "Tulis Panduan");
	if (g && g->state == BRIEF_TERBIT)
		alert_box(r, "warning", "Panduan ini sudah terbit: mengubah judul, isi atau kuisnya "
			  "membuat versi baru yang harus dipahami ulang oleh semua pegawai yang dituju.");
	else if (!g)
		html_raw(&r->out, "<p>Panduan disimpan sebagai draf; terbitkan dari halamannya bila "
				  "sudah siap. Lampiran ditambahkan di halaman panduan.</p>");
	if (err)
		form_error_alert(r, NULL, err);
	if (g)
		snprintf(action, sizeof action, "/sosialisasi/%lld/ubah", (long long)g->id);
	form_fields(r, g ? action : "/sosialisasi", t, err);
	page_end(r);
}

/* ---- reading the form ---------------------------------------------------------------------------- */

static const char *field(struct req *r, const char *name)
{
	const char *v = req_form(r, name);
	return v ? v : "";
}

static void typed_from_form(struct req *r, struct guide_typed *t)
{
	t->title = field(r, "judul");
	t->kind = field(r, "jenis");
	t->unit = field(r, "unit_id");
	t->body = field(r, "isi");
	t->quiz = field(r, "kuis");
	t->pass = field(r, "lulus_minimal");
	t->rev = req_form(r, "version");
}

/* Fills in from the form; the texts point into the request. */
static int input_from_form(struct req *r, struct guide_input *in, struct briefing_quiz *quiz,
			   struct kerr *err)
{
	long long unit = 0, pass = 0, rev = 0;
	const char *p = field(r, "lulus_minimal");
	in->title = field(r, "judul");
	in->body = field(r, "isi");
	if (briefing_kind_parse(field(r, "jenis"), &in->kind))
		return kerr_set(err, KERR_INVALID, "jenis", "Pilih jenis panduan");
	if (parse_whole_in(field(r, "unit_id"), 0, INT64_MAX, &unit) < 0)
		return kerr_set(err, KERR_INVALID, "unit_id", "Pilih tujuan panduan");
	if (*p && parse_whole_in(p, 0, BRIEFING_QUESTIONS_MAX, &pass) < 0)
		return kerr_set(err, KERR_INVALID, "lulus_minimal", "Isi batas lulus 0 sampai %d",
				BRIEFING_QUESTIONS_MAX);
	if (req_form(r, "version") && parse_whole_in(req_form(r, "version"), 1, INT64_MAX, &rev) < 0)
		rev = 0;
	in->unit_id = unit;
	in->rev = rev;
	if (briefing_quiz_parse(field(r, "kuis"), quiz, err))
		return -1;
	quiz->pass_mark = (int)pass;
	in->quiz = quiz;
	return guide_may_target(r, in->unit_id, err);
}

/* ---- handlers -------------------------------------------------------------------------------------- */

/* GET /sosialisasi/baru */
int page_guide_new(struct req *r)
{
	struct guide_typed t = { "", "panduan", "0", "", "", "0", NULL };
	form_page(r, NULL, &t, NULL);
	return reply_html(r, 200);
}

/* POST /sosialisasi */
int page_guide_create(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct guide_input in = { 0 };
	struct briefing_quiz quiz = { 0 };
	struct guide_typed t;
	char name[300], to[64];
	int64_t id = 0;
	caller_display_name(r, name, sizeof name);
	in.actor_name = name;
	int rc = input_from_form(r, &in, &quiz, &err);
	if (!rc)
		rc = store_guide_create(r->db, &who, &in, &id, &err);
	briefing_quiz_release(&quiz);
	if (!rc) {
		snprintf(to, sizeof to, "/sosialisasi/%lld?pesan=sosialisasi_dibuat", (long long)id);
		return reply_redirect(r, to);
	}
	if (err.code != KERR_INVALID && err.code != KERR_FORBIDDEN)
		return reply_error(r, &err);
	typed_from_form(r, &t);
	form_page(r, NULL, &t, &err);
	return reply_html(r, kerr_http_status(&err));
}

/* Loads the guide for a caller who manages it (err set otherwise). */
static int load_managed(struct req *r, struct guide *g, struct kerr *err)
{
	unsigned roles = 0;
	if (guide_load(r, r->path_id, g, &roles, err))
		return -1;
	if (guide_may(roles, GUIDE_ROLE_MANAGE, err) && g->state != BRIEF_DITARIK)
		return 0;
	kerr_set(err, KERR_CONFLICT, "status", "Panduan ini sudah ditarik dan tidak dapat diubah "
		 "lagi");
	guide_release(g);
	return -1;
}

/* GET /sosialisasi/{id}/ubah */
int page_guide_edit(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct guide g;
	struct strbuf quiz = STRBUF_INIT;
	char unit[24], pass[16], rev[24];
	if (load_managed(r, &g, &err))
		return reply_error(r, &err);
	briefing_quiz_format(&g.quiz, &quiz);
	snprintf(unit, sizeof unit, "%lld", (long long)g.unit_id);
	snprintf(pass, sizeof pass, "%d", g.quiz.pass_mark);
	snprintf(rev, sizeof rev, "%lld", (long long)g.rev);
	struct guide_typed t = { g.title, briefing_kind_name(g.kind), unit, g.body, quiz.buf, pass,
				 rev };
	form_page(r, &g, &t, NULL);
	strbuf_release(&quiz);
	guide_release(&g);
	return reply_html(r, 200);
}

/* POST /sosialisasi/{id}/ubah */
int page_guide_update(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct guide g;
	struct guide_input in = { 0 };
	struct briefing_quiz quiz = { 0 };
	struct guide_typed t;
	int fresh = 0;
	char to[96];
	if (load_managed(r, &g, &err))
		return reply_error(r, &err);
	int rc = input_from_form(r, &in, &quiz, &err);
	if (!rc)
		rc = store_guide_update(r->db, &who, r->path_id, &in, &fresh, &err);
	briefing_quiz_release(&quiz);
	if (!rc) {
		guide_release(&g);
		snprintf(to, sizeof to, "/sosialisasi/%lld?pesan=%s", (long long)r->path_id,
			 fresh ? "sosialisasi_versi_baru" : "sosialisasi_disimpan");
		return reply_redirect(r, to);
	}
	if (err.code != KERR_INVALID && err.code != KERR_FORBIDDEN) {
		guide_release(&g);
		return reply_error(r, &err);
	}
	typed_from_form(r, &t);
	form_page(r, &g, &t, &err);
	guide_release(&g);
	return reply_html(r, kerr_http_status(&err));
}
