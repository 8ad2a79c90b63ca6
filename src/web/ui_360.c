/*
 * ui_360.c - the 360-degree feedback pages a person uses (GET /360): the
 * forms waiting for them as a rater (with a reminder badge), the forms
 * done, their own results per round and their direct subordinates'; the
 * notice on the home page; the labels the other 360 pages share; and the
 * route table of every 360 page.
 */
#include "web/ui_360.h"
#include "web/ui_analysis.h"
#include "web/ui.h"
#include "web/ui_plan.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"
#include "store/plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- labels ---------------------------------------------------------------------------- */

const char *r360_role_phrase(const char *grp)
{
	if (!strcmp(grp, "atasan"))
		return "sebagai atasan langsung";
	if (!strcmp(grp, "rekan"))
		return "sebagai rekan kerja";
	if (!strcmp(grp, "bawahan"))
		return "sebagai bawahan langsung";
	return "penilaian diri";
}

const char *r360_group_label(const char *grp)
{
	enum rater_group g;
	return rater_group_parse(grp, &g) ? grp : rater_group_label(g);
}

const char *r360_state_label(const char *state)
{
	static const char *const labels[][2] = {
		{ "menunggu", "Menunggu" }, { "dijawab", "Sudah dijawab" }, { "ditolak", "Ditolak" },
		{ "terbuka", "Terbuka" }, { "ditutup", "Ditutup" },
	};
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (!strcmp(labels[i][0], state))
			return labels[i][1];
	return state;
}

void r360_badge(struct strbuf *out, const char *state)
{
	const char *css = !strcmp(state, "dijawab") || !strcmp(state, "terbuka") ? "bg-success"
		: !strcmp(state, "ditolak") ? "bg-secondary"
		: !strcmp(state, "menunggu") ? "bg-warning text-dark" : "bg-dark";
	html(out, "<span class=\"badge %s\">%s</span>", css, r360_state_label(state));
}

void r360_date(char *out, size_t size, const char *ymd)
{
	date_id(out, size, ymd);
}

/* ---- the forms of a rater ---------------------------------------------------------------- */

/* "Penilaian diri" or the person rated, with their position. */
static void ratee_cell(struct req *r, const struct rater360 *a)
{
	if (!strcmp(a->grp, "diri")) {
		html_raw(&r->out, "<strong>Penilaian diri</strong>");
		return;
	}
	html(&r->out, "<strong>%s</strong><br><small class=\"text-muted\">%s, %s</small>",
	     a->ratee.name, a->ratee.position_name[0] ? a->ratee.position_name : "-",
	     a->ratee.unit_name);
}

static void pending_item(struct req *r, const struct rater360 *a)
{
	char due[40];
	r360_date(due, sizeof due, a->closes_on);
	html(&r->out, "<li class=\"list-group-item d-flex flex-wrap justify-content-between "
		      "align-items-center gap-2\"><div>");
	ratee_cell(r, a);
	if (strcmp(a->grp, "diri"))
		html(&r->out, " <span class=\"text-muted\">(%s)</span>", r360_role_phrase(a->grp));
	if (a->reminded_at)
		html_raw(&r->out, " <span class=\"badge bg-danger\">Pengingat</span>");
	html(&r->out, "<br><small>%s \xc2\xb7 diisi paling lambat %s</small></div>"
		      "<a class=\"btn btn-primary btn-sm\" href=\"/360/tugas/%lld\">Isi formulir</a></li>",
	     a->round_name, due, (long long)a->id);
}

static void pending_section(struct req *r, const struct rater360 *list, size_t n)
{
	size_t shown = 0;
	html_raw(&r->out, "<section class=\"mb-4\" aria-labelledby=\"h-tunggu\"><h2 class=\"h5\" "
			  "id=\"h-tunggu\">Formulir yang perlu Anda isi</h2>"
			  "<ul class=\"list-group\">");
	for (size_t i = 0; i < n; i++)
		if (rater360_accepting(&list[i])) {
			pending_item(r, &list[i]);
			shown++;
		}
	html_raw(&r->out, "</ul>");
	if (!shown)
		html_raw(&r->out, "<p>Tidak ada formulir 360\xc2\xb0 yang menunggu Anda.</p>");
	html_raw(&r->out, "</section>");
}

static void done_section(struct req *r, const struct rater360 *list, size_t n)
{
	html_raw(&r->out, "<section class=\"mb-4\" aria-labelledby=\"h-selesai\"><h2 class=\"h5\" "
			  "id=\"h-selesai\">Formulir lainnya</h2><div class=\"table-responsive\">"
			  "<table class=\"table table-sm align-middle\"><thead><tr>"
			  "<th scope=\"col\">Putaran</th><th scope=\"col\">Dinilai</th>"
			  "<th scope=\"col\">Status</th><th scope=\"col\"></th></tr></thead><tbody>");
	size_t shown = 0;
	for (size_t i = 0; i < n; i++) {
		const struct rater360 *a = &list[i];
		if (rater360_accepting(a))
			continue;
		html(&r->out, "<tr><td>%s</td><td>", a->round_name);
		ratee_cell(r, a);
		html_raw(&r->out, "</td><td>");
		r360_badge(&r->out, a->state);
		html(&r->out, "</td><td><a href=\"/360/tugas/%lld\">Lihat</a></td></tr>",
		     (long long)a->id);
		shown++;
	}
	html_raw(&r->out, "</tbody></table></div>");
	if (!shown)
		html_raw(&r->out, "<p>Belum ada.</p>");
	html_raw(&r->out, "</section>");
}

/* ---- results: mine and my subordinates' ---------------------------------------------------- */

static void subordinates_of(struct req *r, const struct round360 *rd)
{
	struct skp_summary *subs = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	if (store_skp_inbox(r->db, r->who.employee_id, rd->period_id, &subs, &n, &err) || !n) {
		free(subs);
		return;
	}
	html(&r->out, "<li class=\"list-group-item\"><strong>%s</strong> \xe2\x80\x94 bawahan: ",
	     rd->name);
	for (size_t i = 0; i < n; i++)
		html(&r->out, "%s<a href=\"/360/hasil/%lld?pegawai=%lld\">%s</a>", i ? ", " : "",
		     (long long)rd->id, (long long)subs[i].employee_id, subs[i].employee_name);
	html_raw(&r->out, "</li>");
	free(subs);
}

static void results_section(struct req *r, const struct round360 *rounds, size_t n)
{
	html_raw(&r->out, "<section class=\"mb-4\" aria-labelledby=\"h-hasil\"><h2 class=\"h5\" "
			  "id=\"h-hasil\">Hasil umpan balik 360\xc2\xb0 Anda</h2>");
	if (!n)
		html_raw(&r->out, "<p>Belum ada putaran 360\xc2\xb0.</p>");
	html_raw(&r->out, "<ul>");
	for (size_t i = 0; i < n; i++)
		html(&r->out, "<li><a href=\"/360/hasil/%lld\">%s</a></li>", (long long)rounds[i].id,
		     rounds[i].name);
	html_raw(&r->out, "</ul><h2 class=\"h5\">Hasil 360\xc2\xb0 bawahan langsung Anda</h2>"
			  "<ul class=\"list-group mb-2\">");
	for (size_t i = 0; i < n && i < 4; i++)
		subordinates_of(r, &rounds[i]);
	html_raw(&r->out, "</ul><p class=\"small text-muted\">Hanya tampil bila Anda pejabat "
			  "penilai.</p></section>");
}

static void intro(struct req *r)
{
	html_raw(&r->out, "<p>Rekan kerja, bawahan langsung dan atasan memberi umpan balik atas "
			  "perilaku kerja BerAKHLAK. Jawaban tidak pernah ditampilkan dengan nama: "
			  "pegawai yang dinilai dan atasannya hanya melihat ringkasan per kelompok "
			  "penilai, dan hanya bila kelompok itu cukup banyak menjawab.</p>");
	if (access_allows(r, ACCESS_READ_ALL))
		html_raw(&r->out, "<p><a class=\"btn btn-outline-primary btn-sm\" href=\"/360/putaran\">"
				  "Kelola putaran 360\xc2\xb0</a></p>");
	if (r->who.role == ROLE_ADMIN)
		html_raw(&r->out, "<p><a href=\"/360/pengaturan\">Pengaturan skala dan ambang "
				  "anonimitas</a></p>");
}

/* What the rater just sent, for the notice. */
static void sent_text(struct strbuf *t, const struct rater360 *a, int answered)
{
	int self = a && !strcmp(a->grp, "diri");
	if (answered && self)
		strbuf_addstr(t, "Penilaian diri Anda telah dikirim.");
	else if (answered && a)
		strbuf_addf(t, "Jawaban Anda untuk %s telah dikirim.", a->ratee.name);
	else if (answered)
		strbuf_addstr(t, "Jawaban Anda telah dikirim.");
	else if (a && !self)
		strbuf_addf(t, "Penugasan menilai %s telah Anda tolak; alasannya dikirim kepada "
			    "pengelola kinerja.", a->ratee.name);
	else
		strbuf_addstr(t, "Penugasan telah Anda tolak; alasannya dikirim kepada pengelola "
			      "kinerja.");
}

/* After a form was sent (?pesan=dijawab|ditolak&tugas=ID): the notice,
 * naming the person rated when the form is among the caller's. */
static void sent_notice(struct req *r, const struct rater360 *list, size_t n)
{
	const char *code = req_query(r, "pesan"), *task = req_query(r, "tugas");
	const struct rater360 *a = NULL;
	struct strbuf t = STRBUF_INIT;
	if (!code || (strcmp(code, "dijawab") && strcmp(code, "ditolak")))
		return;
	long long id = task ? strtoll(task, NULL, 10) : 0;
	for (size_t i = 0; i < n && id > 0; i++)
		if (list[i].id == id && !strcmp(list[i].state, code))
			a = &list[i];
	sent_text(&t, a, !strcmp(code, "dijawab"));
	alert_box(r, "success", t.buf);
	strbuf_release(&t);
}

/* GET /360 */
static int page_360_home(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct rater360_query q = { .rater_id = r->who.employee_id };
	struct rater360 *list = NULL;
	struct round360 *rounds = NULL;
	size_t n = 0, nr = 0;
	if ((r->who.employee_id && store_rater360_list(r->db, &q, &list, &n, &err)) ||
	    store_round360_list(r->db, &rounds, &nr, &err)) {
		free(list);
		return reply_error(r, &err);
	}
	page_begin(r, "Umpan Balik 360\xc2\xb0", NAV_360);
	sent_notice(r, list, n);
	html_raw(&r->out, "<h1 class=\"h3\">Umpan Balik 360\xc2\xb0</h1>");
	intro(r);
	if (r->who.employee_id) {
		an_nudge_card(r);
		pending_section(r, list, n);
		results_section(r, rounds, nr);
		done_section(r, list, n);
	}
	page_end(r);
	free(list);
	free(rounds);
	return reply_html(r, 200);
}

/* ---- the home page notice ------------------------------------------------------------------ */

void home_360_notice(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct rater360_query q = { .rater_id = r->who.employee_id, .state = "menunggu",
				    .open_only = 1 };
	struct rater360 *list = NULL;
	size_t n = 0;
	if (!r->who.employee_id || store_rater360_list(r->db, &q, &list, &n, &err) || !n) {
		free(list);
		return;
	}
	html(&r->out, "<section class=\"alert alert-info\" aria-labelledby=\"h-360-tunggu\">"
		      "<h2 class=\"h6\" id=\"h-360-tunggu\">%zu formulir umpan balik 360\xc2\xb0 "
		      "menunggu Anda</h2><ul class=\"mb-2\">", n);
	for (size_t i = 0; i < n && i < 10; i++) {
		char due[40];
		r360_date(due, sizeof due, list[i].closes_on);
		int self = !strcmp(list[i].grp, "diri");
		html(&r->out, "<li><a href=\"/360/tugas/%lld\">%s</a>%s%s%s, paling lambat %s",
		     (long long)list[i].id, self ? "Penilaian diri" : list[i].ratee.name,
		     self ? "" : " (", self ? "" : r360_role_phrase(list[i].grp), self ? "" : ")",
		     due);
		if (list[i].reminded_at)
			html_raw(&r->out, " <span class=\"badge bg-danger\">Pengingat</span>");
		html_raw(&r->out, "</li>");
	}
	html_raw(&r->out, "</ul><a href=\"/360\">Buka daftar formulir 360\xc2\xb0</a></section>");
	free(list);
}

const struct route ui_360_routes[] = {
	{ "GET", "/360", page_360_home, ACCESS_LOGIN },
	{ "GET", "/360/tugas/{id}", page_360_task, ACCESS_LOGIN },
	{ "POST", "/360/tugas/{id}/jawab", page_360_answer, ACCESS_LOGIN },
	{ "POST", "/360/tugas/{id}/tolak", page_360_decline, ACCESS_LOGIN },
	{ "GET", "/360/putaran", page_360_rounds, ACCESS_READ_ALL },
	{ "POST", "/360/putaran", page_360_round_open, ACCESS_MANAGE },
	{ "GET", "/360/putaran/{id}", page_360_round, ACCESS_READ_ALL },
	{ "POST", "/360/putaran/{id}/ubah", page_360_round_update, ACCESS_MANAGE },
	{ "POST", "/360/putaran/{id}/tutup", page_360_round_close, ACCESS_MANAGE },
	{ "POST", "/360/putaran/{id}/pengingat", page_360_round_remind, ACCESS_MANAGE },
	{ "POST", "/360/putaran/{id}/penilai", page_360_rater_add, ACCESS_MANAGE },
	{ "POST", "/360/penilai/{id}/hapus", page_360_rater_remove, ACCESS_MANAGE },
	{ "GET", "/360/hasil/{id}", page_360_results, ACCESS_LOGIN },
	{ "GET", "/360/pengaturan", page_360_settings, ACCESS_ADMIN },
	{ "POST", "/360/pengaturan", page_360_settings_save, ACCESS_ADMIN },
	{ NULL, NULL, NULL, 0 },
};
