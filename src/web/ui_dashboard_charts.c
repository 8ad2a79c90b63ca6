/*
 * ui_dashboard_charts.c - the chart sections of the dashboard page (see
 * ui_dashboard.h): the predicate distribution against each unit's curve
 * with who needs attention (linking to their SKP and evaluation PDFs), an
 * employee's own predicates, the achievement over the checkpoints and the
 * BerAKHLAK profile.  Each chart is drawn by app.js from its table, which
 * dash_chart_table opens (for ui_dashboard_parts.c too).
 */
#include "web/ui_dashboard.h"
#include "web/ui.h"
#include "domain/berakhlak.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>

void dash_chart_table(struct req *r, const char *id, const char *chart, const char *extra,
		      const char *caption, const char *first)
{
	html(&r->out, "<div class=\"dash-chart-box\" aria-hidden=\"true\"></div><div class=\""
		      "table-responsive\"><table class=\"table table-sm align-middle chart-data\" "
		      "id=\"%s\" data-chart=\"%s\"", id, chart);
	if (extra)
		html_raw(&r->out, extra);
	html(&r->out, "><caption>%s</caption><thead><tr><th scope=\"col\">%s</th>", caption, first);
}

/* ---- the predicate distribution ----------------------------------------------------------------- */

static void distribution_table(struct req *r, const struct dash_distribution *d)
{
	dash_chart_table(r, "tabel-distribusi", "bar", NULL, "Sebaran predikat pegawai", "Predikat");
	html_raw(&r->out, "<th scope=\"col\" class=\"text-end\" data-series>Jumlah pegawai</th><th "
			  "scope=\"col\" class=\"text-end\">Persen</th></tr></thead><tbody>");
	for (int p = PRED__COUNT - 1; p >= 0; p--) {
		double pct = 0;
		int set = dash_percent(d->count[p], d->total, &pct) == 0;
		html(&r->out, "<tr><th scope=\"row\">%s</th><td class=\"text-end\" data-value=\"%d\">"
			      "%d</td>", predicate_label((enum predicate)p), d->count[p], d->count[p]);
		dash_pct_cell(r, set, pct);
		html_raw(&r->out, "</tr>");
	}
	html(&r->out, "</tbody><tfoot><tr><th scope=\"row\">Jumlah</th><td class=\"text-end\">%d"
		      "</td><td></td></tr></tfoot></table></div>", d->total);
}

static void curve_row(struct req *r, const struct dash_scope *sc, const struct unit_curve *c)
{
	html(&r->out, "<tr><th scope=\"row\"><a href=\"/dasbor?periode=%lld&amp;unit=%lld\">%s</a>"
		      "</th><td>%s</td>", (long long)sc->period_id, (long long)c->unit.id,
	     c->unit.name, c->result.set ? unit_predicate_label(c->result.predicate)
					 : "Belum ditetapkan");
	for (int p = PRED__COUNT - 1; p >= 0; p--)
		html(&r->out, "<td class=\"text-end\">%d</td>", c->count[p]);
	if (!c->result.set)
		html_raw(&r->out, "<td class=\"text-muted\">Belum dapat diperiksa</td></tr>");
	else if (!c->n_dev)
		html_raw(&r->out, "<td><span class=\"badge text-bg-success\">Sesuai kurva</span></td>"
				  "</tr>");
	else {
		html_raw(&r->out, "<td><span class=\"badge text-bg-warning\">Menyimpang</span><ul "
				  "class=\"small mb-0\">");
		for (size_t i = 0; i < c->n_dev; i++)
			html(&r->out, "<li>%s</li>", c->dev[i].message);
		html_raw(&r->out, "</ul></td></tr>");
	}
}

/* The rows of the curve table: those that break their curve first, at
 * most `limit` (dash_curve_pick). */
static void curve_rows(struct req *r, const struct dash_scope *sc,
		       const struct dash_distribution *d, size_t limit)
{
	int *deviates = xcalloc(d->n_units + 1, sizeof *deviates);
	size_t *pick = xcalloc(limit + 1, sizeof *pick);
	for (size_t i = 0; i < d->n_units; i++)
		deviates[i] = d->units[i].n_dev > 0;
	size_t n = dash_curve_pick(deviates, d->n_units, limit, pick);
	for (size_t i = 0; i < n; i++)
		curve_row(r, sc, &d->units[pick[i]]);
	free(pick);
	free(deviates);
}

static void curve_table(struct req *r, const struct dash_scope *sc,
			const struct dash_distribution *d)
{
	size_t shown = d->n_units < DASH_CURVE_ROWS ? d->n_units : DASH_CURVE_ROWS;
	char basis[40] = "jenis=tahunan";
	if (d->basis_checkpoint)
		snprintf(basis, sizeof basis, "titik=%lld", (long long)d->basis_checkpoint);
	html(&r->out, "<h3 class=\"h5 mt-3\">Kurva per unit</h3><p class=\"small text-muted\">"
		      "Predikat unit ditetapkan pimpinan satu tingkat di atasnya dan membatasi "
		      "sebaran predikat pegawai langsung unit itu. %zu dari %zu unit menyimpang dari "
		      "kurvanya. Klik nama unit untuk melihat dasbornya.", d->deviating,
	     d->n_units);
	if (shown < d->n_units)
		html(&r->out, " Ditampilkan %zu unit pertama, yang menyimpang lebih dulu; daftar "
			      "lengkap ada di halaman <a href=\"/predikat-unit?periode=%lld&amp;%s\" "
			      "id=\"kurva-semua\">Predikat unit (lihat semua %zu unit)</a>.", shown,
		     (long long)sc->period_id, basis, d->n_units);
	html_raw(&r->out, "</p><div class=\"table-responsive\"><table class=\"table table-sm align-"
			  "middle\" id=\"tabel-kurva\"><caption>Sebaran predikat pegawai langsung "
			  "tiap unit terhadap kurvanya</caption><thead><tr><th scope=\"col\">Unit</th>"
			  "<th scope=\"col\">Predikat unit</th>");
	for (int p = PRED__COUNT - 1; p >= 0; p--)
		html(&r->out, "<th scope=\"col\" class=\"text-end\">%s</th>",
		     predicate_label((enum predicate)p));
	html_raw(&r->out, "<th scope=\"col\">Kurva</th></tr></thead><tbody>");
	curve_rows(r, sc, d, shown);
	html_raw(&r->out, "</tbody></table></div>");
}

static void attention(struct req *r, const struct dash_board *b)
{
	const struct dash_person *v = b->attention;
	size_t n = b->n_attention;
	html(&r->out, "<h3 class=\"h5 mt-3\">Perlu perhatian</h3><p class=\"small text-muted\">"
		      "Pegawai dengan predikat di bawah Baik pada dasar yang sama (%lld orang%s), "
		      "dengan dokumen evaluasi dan SKP-nya.</p>", (long long)b->attention_total,
	     b->attention_total > (int64_t)n ? "; yang terendah ditampilkan" : "");
	if (!n) {
		html_raw(&r->out, "<p class=\"text-muted\" id=\"perlu-perhatian\">Tidak ada.</p>");
		return;
	}
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm align-"
			  "middle\" id=\"perlu-perhatian\"><caption>Pegawai dengan predikat di bawah "
			  "Baik</caption><thead><tr><th scope=\"col\">Pegawai</th><th scope=\"col\">"
			  "Unit</th><th scope=\"col\">Predikat</th><th scope=\"col\">Dokumen</th></tr>"
			  "</thead><tbody>");
	for (size_t i = 0; i < n; i++)
		html(&r->out, "<tr><th scope=\"row\">%s<div class=\"small fw-normal text-muted\">NIP "
			      "%s</div></th><td>%s</td><td>%s</td><td><a href=\"/penilaian/%lld/pdf\">"
			      "Dokumen evaluasi (PDF)</a> · <a href=\"/skp/%lld/pdf\">SKP (PDF)</a>"
			      "</td></tr>", v[i].name, v[i].nip, v[i].unit_name,
		     predicate_label(v[i].predicate), (long long)v[i].assessment_id,
		     (long long)v[i].skp_id);
	html_raw(&r->out, "</tbody></table></div>");
}

void dash_section_distribution(struct req *r, const struct dash_board *b)
{
	const struct dash_distribution *d = &b->dist;
	html(&r->out, "<section class=\"mb-4\" aria-labelledby=\"h-distribusi\"><h2 class=\"h4\" "
		      "id=\"h-distribusi\">Sebaran predikat terhadap kurva</h2><p>Predikat final "
		      "pegawai pada dasar <strong>%s</strong>%s: satu predikat per pegawai, menurut "
		      "unit jabatan pada SKP terakhirnya.</p>", d->basis_checkpoint ? d->basis_name
		      : "Tahunan", d->basis_checkpoint ? " (sementara, selama tahun berjalan)" : "");
	html_raw(&r->out, "<div class=\"row g-3\"><div class=\"col-12 col-lg-6\">");
	distribution_table(r, d);
	html_raw(&r->out, "</div></div>");
	curve_table(r, &b->sc, d);
	attention(r, b);
	html_raw(&r->out, "</section>");
}

/* ---- the employee's own predicates -------------------------------------------------------------- */

static void own_row(struct req *r, const char *label, enum predicate p)
{
	html(&r->out, "<tr><th scope=\"row\">%s</th>", label);
	if (p < PRED__COUNT)
		html(&r->out, "<td class=\"text-end\" data-value=\"%d\">%s</td></tr>", (int)p + 1,
		     predicate_label(p));
	else
		html_raw(&r->out, "<td class=\"text-end\" data-value=\"\">Belum ditetapkan</td></tr>");
}

void dash_section_own_predicates(struct req *r, const struct dash_board *b)
{
	html_raw(&r->out, "<section class=\"mb-4\" aria-labelledby=\"h-predikat\"><h2 class=\"h4\" "
			  "id=\"h-predikat\">Predikat Anda</h2><p>Predikat kinerja dari penilaian "
			  "yang sudah ditetapkan pejabat penilai, per titik periksa dan tahunan.</p>"
			  "<div class=\"row g-3\"><div class=\"col-12 col-lg-6\">");
	dash_chart_table(r, "tabel-predikat", "line", " data-chart-scale=\"predikat\"",
			 "Predikat Anda per titik periksa", "Titik periksa");
	html_raw(&r->out, "<th scope=\"col\" class=\"text-end\" data-series>Predikat</th></tr>"
			  "</thead><tbody>");
	for (size_t i = 0; i < b->st.n_cp; i++)
		own_row(r, b->st.cp[i].name, b->own_pred[i]);
	own_row(r, "Tahunan", b->own_annual);
	html_raw(&r->out, "</tbody></table></div></div></div></section>");
}

/* ---- achievement ---------------------------------------------------------------------------------- */

static void achievement_head(struct req *r, const struct dash_achievement *a, const char *caption)
{
	dash_chart_table(r, "tabel-capaian", "line",
			 " data-series-in=\"rows\" data-chart-unit=\"%\"", caption, "Hasil kerja");
	for (size_t c = 0; c < a->n_cp; c++)
		html(&r->out, "<th scope=\"col\" class=\"text-end\" data-series>%s</th>", a->cp[c].name);
	html_raw(&r->out, "</tr></thead><tbody>");
}

static void own_achievement(struct req *r, const struct dash_achievement *a)
{
	if (!a->skp_id) {
		html_raw(&r->out, "<p class=\"text-muted\">Anda belum memiliki SKP pada periode ini.</p>");
		return;
	}
	achievement_head(r, a, "Capaian per RHK per titik periksa (persen)");
	for (size_t i = 0; i < a->n_rhk; i++) {
		html(&r->out, "<tr><th scope=\"row\">RHK %zu (%s)<div class=\"small fw-normal "
			      "text-muted\">%s</div></th>", i + 1, a->rhk[i].kind, a->rhk[i].text);
		for (size_t c = 0; c < a->n_cp; c++)
			dash_pct_cell(r, a->rhk[i].pct[c].set, a->rhk[i].pct[c].value);
		html_raw(&r->out, "</tr>");
	}
	html_raw(&r->out, "<tr><th scope=\"row\">Capaian SKP</th>");
	for (size_t c = 0; c < a->n_cp; c++)
		dash_pct_cell(r, a->mean[c].set, a->mean[c].value);
	html(&r->out, "</tr></tbody></table></div><p><a href=\"/skp/%lld/realisasi\">Realisasi dan "
		      "bukti dukung</a> · <a href=\"/skp/%lld/pdf\">Unduh SKP (PDF)</a></p>",
	     (long long)a->skp_id, (long long)a->skp_id);
}

static void unit_achievement(struct req *r, const struct dash_achievement *a)
{
	achievement_head(r, a, "Rata-rata capaian SKP unit per titik periksa (persen)");
	html_raw(&r->out, "<tr><th scope=\"row\">Rata-rata capaian SKP</th>");
	for (size_t c = 0; c < a->n_cp; c++)
		dash_pct_cell(r, a->mean[c].set, a->mean[c].value);
	html_raw(&r->out, "</tr><tr data-chart-skip><th scope=\"row\">SKP yang dihitung</th>");
	for (size_t c = 0; c < a->n_cp; c++)
		html(&r->out, "<td class=\"text-end\">%d</td>", a->skps[c]);
	html_raw(&r->out, "</tr></tbody></table></div>");
}

void dash_section_achievement(struct req *r, const struct dash_board *b)
{
	html(&r->out, "<section class=\"mb-4\" aria-labelledby=\"h-capaian\"><h2 class=\"h4\" id=\""
		      "h-capaian\">Capaian hasil kerja per triwulan</h2><p>%s</p>", b->sc.employee_id
	     ? "Capaian tiap RHK: rata-rata capaian IKI-nya (realisasi dibanding target; tiap IKI "
	       "dihitung paling tinggi 120%). Capaian SKP: rata-rata RHK utama."
	     : "Rata-rata capaian SKP pegawai unit (SKP kuantitatif yang realisasinya sudah diisi "
	       "pada titik itu); capaian SKP adalah rata-rata RHK utamanya, sama dengan halaman "
	       "realisasi.");
	if (b->sc.employee_id)
		own_achievement(r, &b->ach);
	else
		unit_achievement(r, &b->ach);
	html_raw(&r->out, "</section>");
}

/* ---- BerAKHLAK ------------------------------------------------------------------------------------ */

static void own_profile(struct req *r, const struct dash_berakhlak *b)
{
	dash_chart_table(r, "tabel-berakhlak", "radar", NULL, "Rata-rata skor per nilai BerAKHLAK "
			 "per kelompok penilai", "Nilai");
	for (int g = 0; g < RATER__GROUPS; g++)
		html(&r->out, "<th scope=\"col\" class=\"text-end\" data-series>%s (%d jawaban)</th>",
		     rater_group_label((enum rater_group)g), b->own.group[g].answers);
	html_raw(&r->out, "</tr></thead><tbody>");
	for (int i = 0; i < VALUES_360; i++) {
		html(&r->out, "<tr><th scope=\"row\">%s</th>", berakhlak_at((size_t)i)->name);
		for (int g = 0; g < RATER__GROUPS; g++) {
			const struct aggregate360 *x = &b->own.group[g];
			if (x->shown && x->n[i] > 0)
				html(&r->out, "<td class=\"text-end\" data-value=\"%.2f\">%.2f</td>",
				     x->mean[i], x->mean[i]);
			else
				html_raw(&r->out, "<td class=\"text-end\" data-value=\"\">-</td>");
		}
		html_raw(&r->out, "</tr>");
	}
	html_raw(&r->out, "</tbody></table></div><p class=\"small text-muted\">Kelompok dengan "
			  "jawaban kurang dari ambang anonimitas ditampilkan sebagai -; siapa yang "
			  "menilai tidak pernah ditampilkan. Rincian dan komentar ada di halaman "
			  "<a href=\"/360\">360°</a>.</p>");
}

static void unit_profile(struct req *r, const struct dash_berakhlak *b)
{
	if (!b->unit.shown) {
		html(&r->out, "<p class=\"alert alert-secondary\" id=\"berakhlak-tersembunyi\">Profil "
			      "BerAKHLAK unit disembunyikan demi anonimitas: ada %d jawaban tentang %d "
			      "pegawai, sedangkan profil baru ditampilkan mulai %d jawaban tentang "
			      "paling sedikit %d pegawai.</p>", b->unit.answers, b->unit.ratees,
		     b->unit.threshold, b->unit.threshold);
		return;
	}
	dash_chart_table(r, "tabel-berakhlak", "radar", NULL,
			 "Rata-rata skor unit per nilai BerAKHLAK", "Nilai");
	html(&r->out, "<th scope=\"col\" class=\"text-end\" data-series>Rata-rata unit</th></tr>"
		      "</thead><tbody>");
	for (int i = 0; i < VALUES_360; i++)
		html(&r->out, "<tr><th scope=\"row\">%s</th><td class=\"text-end\" data-value=\"%.2f\">"
			      "%.2f</td></tr>", berakhlak_at((size_t)i)->name, b->unit.mean[i],
		     b->unit.mean[i]);
	html(&r->out, "</tbody></table></div><p class=\"small text-muted\">Dari %d jawaban rekan, "
		      "atasan dan bawahan tentang %d pegawai (penilaian diri tidak dihitung).</p>",
	     b->unit.answers, b->unit.ratees);
}

void dash_section_berakhlak(struct req *r, const struct dash_board *b)
{
	html_raw(&r->out, "<section class=\"mb-4\" aria-labelledby=\"h-berakhlak\"><h2 class=\"h4\" "
			  "id=\"h-berakhlak\">Profil BerAKHLAK</h2>");
	if (!b->ber.round.id) {
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada putaran 360° yang ditutup pada "
				  "periode ini.</p></section>");
		return;
	}
	html(&r->out, "<p>Umpan balik perilaku 360° putaran terakhir yang sudah ditutup: "
		      "<strong>%s</strong> (skala 1–%d).</p>", b->ber.round.name, b->ber.round.scale);
	html_raw(&r->out, "<div class=\"row g-3\"><div class=\"col-12 col-lg-8\">");
	if (b->sc.employee_id)
		own_profile(r, &b->ber);
	else
		unit_profile(r, &b->ber);
	html_raw(&r->out, "</div></div></section>");
}
