/*
 * ui_assessment_parts.c - pieces the assessment pages share: rating and
 * predicate badges, the 3x3 predicate matrix with the employee's cell
 * marked, the ratings with their justifications, the achievements per
 * RHK, the 360-degree aggregates (only what the anonymity rules show,
 * never who answered), the continuous feedback, the checkpoint pills and
 * a unit's curve table (counts only, never names).
 */
#include "web/ui_assessment.h"
#include "web/ui.h"
#include "web/ui_feedback.h"
#include "web/ui_realisasi.h"
#include "core/timeutil.h"
#include "domain/berakhlak.h"
#include "http/html.h"
#include "http/request.h"
#include "store/feedback.h"
#include "store/r360.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- badges and the matrix ---------------------------------------------------------------- */

void assess_rating_badge(struct req *r, enum rating x)
{
	static const char *const cls[RATING__LEVELS] = {
		[RATING_DI_BAWAH] = "text-bg-danger", [RATING_SESUAI] = "text-bg-primary",
		[RATING_DI_ATAS] = "text-bg-success",
	};
	if ((unsigned)x >= RATING__LEVELS)
		html_raw(&r->out, "<span class=\"badge text-bg-light border\">Belum dinilai</span>");
	else
		html(&r->out, "<span class=\"badge %s\">%s</span>", cls[x], rating_label(x));
}

void assess_predicate_badge(struct req *r, enum predicate p)
{
	static const char *const cls[PRED__COUNT] = {
		[PRED_SANGAT_KURANG] = "text-bg-dark", [PRED_KURANG] = "text-bg-danger",
		[PRED_BUTUH_PERBAIKAN] = "text-bg-warning", [PRED_BAIK] = "text-bg-primary",
		[PRED_SANGAT_BAIK] = "text-bg-success",
	};
	if ((unsigned)p >= PRED__COUNT)
		html_raw(&r->out, "<span class=\"badge text-bg-light border\">Belum ada</span>");
	else
		html(&r->out, "<span class=\"badge %s\" data-predikat=\"%s\">%s</span>", cls[p],
		     predicate_name(p), predicate_label(p));
}

const char *assess_status_text(const struct assessment *a, int visible)
{
	if (!visible)
		return "Belum dinilai";
	if (!a->final)
		return "Draf";
	return a->acknowledged_at ? "Ditetapkan, diketahui pegawai" : "Ditetapkan";
}

void assess_matrix(struct req *r, enum rating hasil, enum rating perilaku, const char *id)
{
	html(&r->out, "<table class=\"table table-bordered table-sm text-center align-middle caption-top\" "
		      "id=\"%s\"><caption>Matriks predikat: rating hasil kerja (baris) dan rating "
		      "perilaku kerja (kolom); sel bertanda adalah predikat pegawai ini</caption>"
		      "<thead><tr><th scope=\"col\">Hasil kerja \\ Perilaku kerja</th>", id);
	for (int p = 0; p < RATING__LEVELS; p++)
		html(&r->out, "<th scope=\"col\">%s</th>", rating_label((enum rating)p));
	html_raw(&r->out, "</tr></thead><tbody>");
	for (int h = RATING__LEVELS - 1; h >= 0; h--) {
		html(&r->out, "<tr><th scope=\"row\">%s</th>", rating_label((enum rating)h));
		for (int p = 0; p < RATING__LEVELS; p++) {
			const char *label = predicate_label(predicate_of((enum rating)h, (enum rating)p));
			if ((int)hasil == h && (int)perilaku == p)
				html(&r->out, "<td class=\"table-warning fw-bold border border-3 border-dark\" "
					      "data-sel=\"1\">%s<br><small>(predikat ini)</small></td>", label);
			else
				html(&r->out, "<td>%s</td>", label);
		}
		html_raw(&r->out, "</tr>");
	}
	html_raw(&r->out, "</tbody></table>");
}

const struct assessment_event *assess_decision_of(const struct assessment_event *ev, size_t n,
						 int64_t assessment_id)
{
	const struct assessment_event *found = NULL;
	for (size_t i = 0; i < n; i++)
		if (ev[i].assessment_id == assessment_id && !strcmp(ev[i].action, "keberatan"))
			found = &ev[i];
	return found;
}

void assess_title(char *out, size_t size, const struct assessment *a,
		  const struct checkpoint *cps, size_t n_cp)
{
	const char *cp = "";
	for (size_t i = 0; a->kind == ASSESS_PERIODIK && i < n_cp; i++)
		if (cps[i].id == a->checkpoint_id)
			cp = cps[i].name;
	snprintf(out, size, "%s%s%s", assessment_kind_label(a->kind), *cp ? ": " : "", cp);
}

/* Above the ratings a decision set: whose decision, and when. */
static void decision_note(struct req *r, const struct assessment_event *d)
{
	char when[40];
	format_time_wib(when, sizeof when, d->at);
	html(&r->out, "<p class=\"alert alert-info py-2 mb-2\" data-putusan-keberatan>Penilaian "
		      "ini telah diubah oleh <strong>putusan keberatan</strong> yang ditetapkan %s "
		      "pada %s; rating, alasan, dan predikat di bawah ini berlaku sejak putusan itu. "
		      "Penilaian semula oleh pejabat penilai tetap tercatat di riwayat penilaian.</p>",
	     d->actor_name, when);
}

/* Who rated, when it was ditetapkan, and who changed it by a decision. */
static void ratings_credit(struct req *r, const struct assessment *a,
			   const struct assessment_event *decision)
{
	char when[40];
	format_time_wib(when, sizeof when, a->finalised_at);
	html(&r->out, "<dt class=\"col-sm-4\">%s</dt><dd class=\"col-sm-8\" data-penilai>%s "
		      "(pejabat penilai)</dd><dt class=\"col-sm-4\">Ditetapkan</dt><dd "
		      "class=\"col-sm-8\">%s</dd>", decision ? "Dinilai semula oleh" : "Dinilai oleh",
	     a->assessor_name[0] ? a->assessor_name : "Administrator",
	     a->final ? when : "belum ditetapkan");
	if (!decision)
		return;
	format_time_wib(when, sizeof when, decision->at);
	html(&r->out, "<dt class=\"col-sm-4\">Diubah oleh putusan keberatan</dt><dd "
		      "class=\"col-sm-8\" data-pemutus>%s \xc2\xb7 %s</dd>", decision->actor_name, when);
}

void assess_ratings_block(struct req *r, const struct assessment *a,
			  const struct assessment_event *decision)
{
	char seen[40];
	format_time_wib(seen, sizeof seen, a->acknowledged_at);
	if (decision)
		decision_note(r, decision);
	html_raw(&r->out, "<dl class=\"row mb-2\"><dt class=\"col-sm-4\">Hasil kerja</dt>"
			  "<dd class=\"col-sm-8\">");
	assess_rating_badge(r, a->hasil);
	html(&r->out, "<p class=\"skp-pre mb-0 mt-1\">%s</p></dd><dt class=\"col-sm-4\">Perilaku "
		      "kerja</dt><dd class=\"col-sm-8\">", a->hasil_reason);
	assess_rating_badge(r, a->perilaku);
	html(&r->out, "<p class=\"skp-pre mb-0 mt-1\">%s</p></dd><dt class=\"col-sm-4\">Predikat"
		      "</dt><dd class=\"col-sm-8\">", a->perilaku_reason);
	assess_predicate_badge(r, a->predicate);
	html_raw(&r->out, "</dd>");
	ratings_credit(r, a, decision);
	html(&r->out, "<dt class=\"col-sm-4\">Diketahui pegawai</dt><dd class=\"col-sm-8\">%s"
		      "</dd></dl>", a->acknowledged_at ? seen : "belum");
}

/* ---- achievements --------------------------------------------------------------------------- */

static int cp_wanted(const struct checkpoint *c, const struct skp *s, int64_t only)
{
	return only ? c->id == only : checkpoint_in_skp(c, s);
}

void assess_achievements(struct req *r, const struct skp *s, const struct skp_monitor *m,
			 int64_t only_cp)
{
	struct skp_capaian *cap = xcalloc(m->n_cp ? m->n_cp : 1, sizeof *cap);
	char p[32];
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm caption-top\">"
			  "<caption>Capaian hasil kerja per RHK (realisasi terhadap target)</caption>"
			  "<thead><tr><th scope=\"col\">RHK</th>");
	for (size_t i = 0; i < m->n_cp; i++)
		if (cp_wanted(&m->cp[i], s, only_cp)) {
			skp_capaian_compute(s, m->real, m->n_real, m->cp[i].id, &cap[i]);
			html(&r->out, "<th scope=\"col\" class=\"text-end\">%s</th>", m->cp[i].name);
		}
	html_raw(&r->out, "</tr></thead><tbody>");
	for (size_t k = 0; k < s->n_rhk; k++) {
		html(&r->out, "<tr><td>%zu. %s <span class=\"text-muted small\">(%s)</span></td>",
		     k + 1, s->rhk[k].text, s->rhk[k].kind);
		for (size_t i = 0; i < m->n_cp; i++)
			if (cp_wanted(&m->cp[i], s, only_cp)) {
				pct_text(p, sizeof p, k < cap[i].n_rhk ? cap[i].rhk[k].pct : (struct pct){ 0, 0 });
				html(&r->out, "<td class=\"text-end\">%s</td>", p);
			}
		html_raw(&r->out, "</tr>");
	}
	html_raw(&r->out, "<tr class=\"fw-bold\"><td>SKP (rata-rata RHK utama)</td>");
	for (size_t i = 0; i < m->n_cp; i++)
		if (cp_wanted(&m->cp[i], s, only_cp)) {
			pct_text(p, sizeof p, cap[i].pct);
			html(&r->out, "<td class=\"text-end\">%s</td>", p);
			skp_capaian_release(&cap[i]);
		}
	html_raw(&r->out, "</tr></tbody></table></div>");
	free(cap);
}

/* ---- 360-degree aggregates ------------------------------------------------------------------- */

static void mean_text(char *out, size_t size, const struct aggregate360 *g, size_t v)
{
	if (!g->shown || !g->n[v]) {
		snprintf(out, size, "\xe2\x80\x94");
		return;
	}
	snprintf(out, size, "%.2f", g->mean[v]);
	char *dot = strchr(out, '.');
	if (dot)
		*dot = ',';
}

static void round_table(struct req *r, const struct round360 *rd, const struct result360 *res,
			int self_ok)
{
	char m[16];
	html(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm caption-top\"><caption>"
		      "%s (skala 1-%d; kelompok dengan kurang dari %d jawaban tidak ditampilkan)"
		      "</caption><thead><tr><th scope=\"col\">Nilai BerAKHLAK</th>", rd->name,
	     rd->scale, rd->threshold);
	for (int g = 0; g < RATER__GROUPS; g++)
		if (g != RATER_DIRI || self_ok)
			html(&r->out, "<th scope=\"col\" class=\"text-end\">%s<br><small>%d jawaban%s"
				      "</small></th>", rater_group_label((enum rater_group)g),
			     res->group[g].answers, res->group[g].shown ? "" : ", tidak ditampilkan");
	html_raw(&r->out, "</tr></thead><tbody>");
	if (res->withheld)
		html_raw(&r->out, "<tr><td colspan=\"5\" class=\"small text-muted\">Putaran ini masih "
				  "terbuka: angka kelompok ditampilkan setelah putaran ditutup.</td></tr>");
	for (size_t v = 0; v < VALUES_360; v++) {
		html(&r->out, "<tr><th scope=\"row\">%s</th>", berakhlak_at(v)->name);
		for (int g = 0; g < RATER__GROUPS; g++)
			if (g != RATER_DIRI || self_ok) {
				mean_text(m, sizeof m, &res->group[g], v);
				html(&r->out, "<td class=\"text-end\">%s</td>", m);
			}
		html_raw(&r->out, "</tr>");
	}
	html_raw(&r->out, "</tbody></table></div>");
}

static const struct checkpoint *cp_in(const struct skp_monitor *m, int64_t id)
{
	for (size_t i = 0; i < m->n_cp; i++)
		if (m->cp[i].id == id)
			return &m->cp[i];
	return NULL;
}

void assess_360(struct req *r, const struct assess_ctx *c, const struct skp_monitor *m,
		int64_t only_cp)
{
	struct kerr err = KERR_INIT;
	struct round360 *rounds = NULL;
	size_t n = 0, shown = 0;
	int self_ok = c->role == SKP_ROLE_OWNER || c->role == SKP_ROLE_ASSESSOR;
	if (store_round360_list(r->db, &rounds, &n, &err))
		n = 0;
	for (size_t i = n; i-- > 0;) {
		const struct checkpoint *cp = cp_in(m, rounds[i].checkpoint_id);
		struct result360 res;
		if (rounds[i].period_id != c->s.period_id || !cp || !cp_wanted(cp, &c->s, only_cp) ||
		    store_result360(r->db, &rounds[i], c->s.employee_id, &res, &err))
			continue;
		round_table(r, &rounds[i], &res, self_ok);
		result360_release(&res);
		shown++;
	}
	free(rounds);
	if (!shown)
		html_raw(&r->out, "<p class=\"text-muted small\">Belum ada hasil putaran umpan balik "
				  "360 derajat.</p>");
}

/* ---- feedback ------------------------------------------------------------------------------- */

void assess_feedback(struct req *r, int64_t skp_id)
{
	struct kerr err = KERR_INIT;
	struct feedback_thread *t = NULL;
	size_t n = 0;
	if (store_feedback_threads(r->db, skp_id, &t, &n, &err) || !n) {
		html_raw(&r->out, "<p class=\"text-muted small\">Belum ada umpan balik.</p>");
		feedback_threads_free(t, n);
		return;
	}
	html_raw(&r->out, "<ul class=\"list-group list-group-flush small\">");
	for (size_t i = 0; i < n; i++) {
		const struct feedback_msg *last = &t[i].msgs[t[i].n_msgs - 1];
		struct strbuf what = STRBUF_INIT, text = STRBUF_INIT;
		char when[40];
		feedback_target_text(&what, t[i].rhk_id, t[i].rhk_text, t[i].value_code);
		feedback_excerpt(&text, last->text, 200);
		format_time_wib(when, sizeof when, last->created_at);
		html(&r->out, "<li class=\"list-group-item\"><strong>%s</strong> (%zu pesan)<br>%s: "
			      "%s <span class=\"text-muted\">%s</span></li>", what.buf, t[i].n_msgs,
		     last->author_name, text.buf, when);
		strbuf_release(&what);
		strbuf_release(&text);
	}
	html(&r->out, "</ul><p class=\"small mt-1\"><a href=\"/skp/%lld/umpan-balik\">Semua umpan "
		      "balik</a></p>", (long long)skp_id);
	feedback_threads_free(t, n);
}

/* ---- navigation between checkpoints ------------------------------------------------------- */

void assess_kind_pills(struct req *r, const char *base, const struct checkpoint *cps, size_t n,
		       enum assessment_kind kind, int64_t cp)
{
	html_raw(&r->out, "<nav aria-label=\"Jenis penilaian\"><ul class=\"nav nav-pills "
			  "flex-wrap mb-3\">");
	for (size_t i = 0; i < n; i++) {
		int cur = kind == ASSESS_PERIODIK && cps[i].id == cp;
		html(&r->out, "<li class=\"nav-item\"><a class=\"nav-link%s\" href=\"%sjenis=periodik"
			      "&titik=%lld\">%s%s</a></li>", cur ? " active" : "", base,
		     (long long)cps[i].id, cps[i].name,
		     strcmp(cps[i].state, "ditutup") ? "" : " (ditutup)");
	}
	html(&r->out, "<li class=\"nav-item\"><a class=\"nav-link%s\" href=\"%sjenis=tahunan\">"
		      "Tahunan</a></li></ul></nav>", kind == ASSESS_TAHUNAN ? " active" : "", base);
}

/* ---- a unit's curve -------------------------------------------------------------------------- */

static void curve_counts(struct req *r, const struct unit_curve *c)
{
	html_raw(&r->out, "<table class=\"table table-sm w-auto caption-top\"><caption>Sebaran predikat "
			  "pegawai</caption><thead><tr><th scope=\"col\">Predikat pegawai</th><th "
			  "scope=\"col\" class=\"text-end\">Jumlah</th><th scope=\"col\" "
			  "class=\"text-end\">Persentase</th></tr></thead><tbody>");
	for (int p = PRED__COUNT - 1; p >= 0; p--) {
		char pct[16];
		snprintf(pct, sizeof pct, "%.1f%%", c->total ? c->count[p] * 100.0 / c->total : 0.0);
		char *dot = strchr(pct, '.');
		if (dot)
			*dot = ',';
		html(&r->out, "<tr><td>%s</td><td class=\"text-end\" data-jumlah=\"%s\">%d</td>"
			      "<td class=\"text-end\">%s</td></tr>", predicate_label((enum predicate)p),
		     predicate_name((enum predicate)p), c->count[p], pct);
	}
	html(&r->out, "</tbody></table><p class=\"small text-muted\">Dihitung dari penilaian "
		      "%s%s yang sudah ditetapkan dari pegawai yang langsung berada di unit ini "
		      "(termasuk kepala unit; pegawai sub-unit tidak dihitung): %d dari %d pegawai "
		      "aktif sudah dinilai.</p>", c->basis_checkpoint ? "periodik " : "tahunan",
	     c->basis_name, c->total, c->members);
}

static void curve_rules_list(struct req *r, const struct unit_curve *c)
{
	size_t n = 0;
	const struct curve_rule *rules = curve_rules(c->result.predicate, &n);
	html_raw(&r->out, "<ul class=\"list-unstyled\">");
	for (size_t i = 0; i < n; i++) {
		int broken = 0;
		for (size_t k = 0; k < c->n_dev; k++)
			broken |= c->dev[k].rule == &rules[i];
		html(&r->out, "<li>%s %s</li>", broken ? "\xe2\x9c\x97 Menyimpang:" :
		     "\xe2\x9c\x93 Terpenuhi:", rules[i].text);
	}
	html_raw(&r->out, "</ul>");
}

void assess_curve_table(struct req *r, const struct unit_curve *c, int with_reason)
{
	html_raw(&r->out, "<p>Predikat unit: ");
	if (c->result.set)
		html(&r->out, "<strong data-predikat-unit=\"%s\">%s</strong>",
		     unit_predicate_name(c->result.predicate), unit_predicate_label(c->result.predicate));
	else
		html_raw(&r->out, "<strong>belum ditetapkan</strong>");
	html_raw(&r->out, "</p>");
	curve_counts(r, c);
	if (!c->result.set)
		return;
	html_raw(&r->out, "<h3 class=\"h6\">Aturan kurva distribusi untuk predikat unit ini</h3>");
	curve_rules_list(r, c);
	if (!c->n_dev) {
		html_raw(&r->out, "<p class=\"text-success\" data-kurva=\"sesuai\">Sebaran predikat "
				  "sesuai dengan kurva distribusi.</p>");
		return;
	}
	html_raw(&r->out, "<div class=\"alert alert-warning\" role=\"status\" data-kurva=\"menyimpang\">"
			  "<strong>Sebaran predikat menyimpang dari kurva:</strong><ul class=\"mb-0\">");
	for (size_t i = 0; i < c->n_dev; i++)
		html(&r->out, "<li>%s</li>", c->dev[i].message);
	html_raw(&r->out, "</ul></div>");
	if (with_reason && c->has_reason)
		html(&r->out, "<p><strong>Alasan%s:</strong> <span class=\"skp-pre\">%s</span> "
			      "<span class=\"text-muted small\">(%s)</span></p>",
		     c->reason_current ? "" : " (untuk sebaran sebelumnya; perlu alasan baru)",
		     c->reason, c->reason_by);
}
