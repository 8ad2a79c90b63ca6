/*
 * ui_analysis_raters.c - the rater list (GET /analisis/penilai?periode=
 * &unit=&urut=&arah=, also as CSV or Excel with &format=) and one
 * rater's figures explained step by step (GET /analisis/penilai/{id}).
 * HR only (http/analysis_access.h).  Neither page says whom a rater
 * rated or with which score: only the rater's aggregate statistics.
 */
#include "web/ui_analysis.h"
#include "web/list_export.h"
#include "web/ui.h"
#include "domain/berakhlak.h"
#include "http/html.h"
#include "http/request.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the list ---------------------------------------------------------------------------------- */

static void how_to_read(struct req *r, const struct analysis *a)
{
	char e[16], z[16];
	html(&r->out, "<details class=\"mb-3\" id=\"cara-membaca\"><summary>Cara membaca angka ini"
		      "</summary><ul class=\"mt-2\"><li><strong>Selisih dari rekan</strong>: untuk "
		      "setiap orang yang dinilai penilai ini dan juga oleh orang lain, nilai rata-rata "
		      "penilai ini dikurangi rata-rata nilai dari penilai lain; lalu dirata-ratakan. "
		      "Positif berarti lebih murah hati, negatif lebih pelit (skala 1\xe2\x80\x93%d)."
		      "</li><li><strong>Selang 95%%</strong>: rentang tempat selisih sebenarnya "
		      "hampir pasti berada; makin sedikit orang yang dinilai, makin lebar.</li><li>"
		      "<strong>Lunak/Ketat</strong> ditandai hanya bila paling sedikit %d orang dinilai, "
		      "selisihnya paling sedikit %s poin, dan buktinya kuat (|z| \xe2\x89\xa5 %s).</li>"
		      "<li><strong>Efek halo</strong>: ketujuh nilai BerAKHLAK dalam satu formulir "
		      "hampir selalu sama. <strong>Kecenderungan tengah</strong>: hampir semua nilai "
		      "di tengah skala.</li><li>Penilai dengan terlalu sedikit penilaian tidak "
		      "dicantumkan. Tanda adalah bahan diskusi, bukan vonis.</li></ul></details>",
	     a->d.scale, a->cfg.min_ratees, an_num(e, sizeof e, a->cfg.min_effect, 2),
	     an_num(z, sizeof z, a->cfg.z_flag, 1));
}

/* A column heading that sorts by `key` (the other direction when it is
 * the current order). */
static void sort_head(struct req *r, const struct an_view *v, const char *label, enum an_sort key,
		      enum an_sort cur, int desc)
{
	int next_desc = key == cur ? !desc : key == AN_SORT_DIFF || key == AN_SORT_N;
	html(&r->out, "<th scope=\"col\"><a class=\"list-sort\" href=\"/analisis/penilai?periode=%lld"
		      "&amp;unit=%lld&amp;urut=%s&amp;arah=%s\">%s%s</a></th>",
	     (long long)v->period.id, (long long)v->unit_id, an_sort_name(key),
	     next_desc ? "turun" : "naik", label, key == cur ? (desc ? " \xe2\x96\xbc" : " \xe2\x96\xb2")
							     : "");
}

static void rater_row(struct req *r, const struct an_view *v, const struct analysis *a, int i)
{
	const struct an_person *p = &a->d.people[i];
	const struct rs_rater *x = &a->res.raters[i];
	struct strbuf why = STRBUF_INIT;
	char d[16], lo[16], hi[16];
	rs_explain(x, &a->cfg, &why);
	html(&r->out, "<tr data-nip=\"%s\"><th scope=\"row\"><a href=\"/analisis/penilai/%lld?"
		      "periode=%lld\">%s</a><div class=\"small text-muted\">%s</div></th><td>%s</td>"
		      "<td class=\"text-end\">%d</td><td class=\"text-end text-nowrap\">%s", p->nip,
	     (long long)p->id, (long long)v->period.id, p->name, p->nip, p->unit_name, x->n_ratees,
	     an_num(d, sizeof d, x->diff, 2));
	if (isfinite(x->ci_low))
		html(&r->out, "<div class=\"small text-muted\">%s s.d. %s</div>",
		     an_num(lo, sizeof lo, x->ci_low, 2), an_num(hi, sizeof hi, x->ci_high, 2));
	html_raw(&r->out, "</td><td>");
	an_badges(r, x->flags);
	html(&r->out, "</td><td class=\"small\">%s</td></tr>", why.buf);
	strbuf_release(&why);
}

static void export_links(struct req *r, const struct an_view *v)
{
	html(&r->out, "<p class=\"d-print-none\"><a class=\"btn btn-outline-primary btn-sm me-2\" "
		      "href=\"/analisis/penilai?periode=%lld&amp;unit=%lld&amp;format=xlsx\">Unduh "
		      "Excel</a><a class=\"btn btn-outline-secondary btn-sm\" href=\"/analisis/penilai?"
		      "periode=%lld&amp;unit=%lld&amp;format=csv\">Unduh CSV</a></p>",
	     (long long)v->period.id, (long long)v->unit_id, (long long)v->period.id,
	     (long long)v->unit_id);
}

static void raters_page(struct req *r, const struct an_view *v, const struct analysis *a,
			const int *rows, size_t n, size_t not_judged, enum an_sort sort, int desc)
{
	char covers[300];
	an_view_label(v, covers, sizeof covers);
	page_begin(r, "Analisis Penilai", NAV_ANALISIS);
	an_crumbs(r, "Penilai");
	html(&r->out, "<h1 class=\"h3\">Analisis Penilai</h1><p class=\"lead\">%s \xe2\x80\x94 %s"
		      "</p><p>Dari %zu formulir 360\xc2\xb0 (%d putaran yang sudah ditutup) dan %zu "
		      "penilaian perilaku kerja oleh atasan. Penilai yang ditandai tampil lebih dulu."
		      "</p>", covers, v->period.name, a->d.n_forms, a->d.rounds, a->d.n_overall);
	an_filters(r, "/analisis/penilai", v, 1);
	how_to_read(r, a);
	export_links(r, v);
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm "
			  "align-middle\" id=\"daftar-penilai\"><caption class=\"visually-hidden\">"
			  "Penilai dan tandanya</caption><thead><tr>");
	sort_head(r, v, "Penilai", AN_SORT_NAME, sort, desc);
	sort_head(r, v, "Unit kerja", AN_SORT_UNIT, sort, desc);
	sort_head(r, v, "Orang dinilai", AN_SORT_N, sort, desc);
	sort_head(r, v, "Selisih dari rekan (selang 95%)", AN_SORT_DIFF, sort, desc);
	sort_head(r, v, "Tanda", AN_SORT_FLAG, sort, desc);
	html_raw(&r->out, "<th scope=\"col\">Penjelasan</th></tr></thead><tbody>");
	for (size_t k = 0; k < n; k++)
		rater_row(r, v, a, rows[k]);
	if (!n)
		html_raw(&r->out, "<tr><td colspan=\"6\">Belum ada penilai dengan cukup penilaian pada "
				  "periode dan unit ini.</td></tr>");
	html_raw(&r->out, "</tbody></table></div>");
	if (not_judged)
		html(&r->out, "<p class=\"small text-muted\">%zu penilai lain belum cukup penilaiannya "
			      "untuk dinilai (paling sedikit %d orang atau %d formulir).</p>", not_judged,
		     a->cfg.min_ratees, a->cfg.min_forms);
	page_end(r);
}

static int sort_of(struct req *r, enum an_sort *sort, int *desc)
{
	const char *s = req_query(r, "urut"), *d = req_query(r, "arah");
	*sort = AN_SORT_FLAG;
	*desc = d && !strcmp(d, "turun");
	if (s && *s && an_sort_parse(s, sort))
		return reply_fail(r, KERR_INVALID, "urut", "Urutan tidak dikenal"), -1;
	return 0;
}

int page_analysis_raters(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct an_view v;
	struct analysis a;
	enum export_format fmt;
	enum an_sort sort;
	int desc;
	size_t n, not_judged;
	if (an_view_or_reply(r, &v))
		return 0;
	if (export_format_of(r, &fmt, &err) || sort_of(r, &sort, &desc) ||
	    an_run_or_reply(r, &v, &a)) {
		if (err.code)
			reply_error(r, &err);
		an_view_release(&v);
		return 0;
	}
	unsigned char *keep = an_view_people(&v, &a.d);
	int *rows = analysis_rater_rows(&a, keep, sort, desc, &n, &not_judged);
	if (fmt != EXPORT_NONE) {
		struct export_table t;
		analysis_export_raters(&a, rows, n, &t);
		reply_export(r, fmt, "analisis-penilai", "Penilai", &t);
		export_table_release(&t);
	} else {
		raters_page(r, &v, &a, rows, n, not_judged, sort, desc);
		reply_html(r, 200);
	}
	free(rows);
	free(keep);
	analysis_release(&a);
	an_view_release(&v);
	return 0;
}

/* ---- one rater ------------------------------------------------------------------------------------ */

static const char *mark(int met)
{
	return met ? "\xe2\x9c\x93 terpenuhi" : "\xe2\x9c\x97 tidak terpenuhi";
}

static void leniency_steps(struct req *r, const struct rs_rater *x, const struct rs_config *c)
{
	char d[16], se[16], z[16], lo[16], hi[16], e[16], zf[16];
	html(&r->out, "<h2 class=\"h5\">Lunak atau ketat: langkah demi langkah</h2><ol id=\"langkah\">"
		      "<li>Orang yang dinilai penilai ini dan juga oleh penilai lain: <strong>%d"
		      "</strong>.</li><li>Untuk setiap orang itu: rata-rata nilai dari penilai ini "
		      "dikurangi rata-rata nilai dari penilai lain.</li><li>Rata-rata selisih itu: "
		      "<strong>%s</strong> poin; galat baku %s; z = selisih \xc3\xb7 galat baku = "
		      "<strong>%s</strong>; selang kepercayaan 95%%: %s s.d. %s.</li><li>Syarat "
		      "ditandai:<ul><li>paling sedikit %d orang: %s</li><li>|selisih| paling sedikit "
		      "%s poin: %s</li><li>|z| paling sedikit %s: %s</li></ul></li></ol>",
	     x->n_ratees, an_num(d, sizeof d, x->diff, 2), an_num(se, sizeof se, x->se, 3),
	     an_num(z, sizeof z, x->z, 2), an_num(lo, sizeof lo, x->ci_low, 2),
	     an_num(hi, sizeof hi, x->ci_high, 2), c->min_ratees, mark(x->n_ratees >= c->min_ratees),
	     an_num(e, sizeof e, c->min_effect, 2),
	     mark(isfinite(x->diff) && fabs(x->diff) >= c->min_effect), an_num(zf, sizeof zf, c->z_flag, 1),
	     mark(!isnan(x->z) && fabs(x->z) >= c->z_flag));
}

static void pattern_steps(struct req *r, const struct rs_rater *x, const struct rs_config *c)
{
	char sd[16], hs[16];
	html(&r->out, "<h2 class=\"h5\">Pola dalam formulir</h2><ul id=\"pola\"><li>Formulir 360 "
		      "diisi: <strong>%d</strong> (perlu paling sedikit %d: %s).</li><li>Efek halo: "
		      "rata-rata simpangan baku ketujuh nilai dalam satu formulir %s, ditandai bila di "
		      "bawah %s: %s.</li>", x->n_forms, c->min_forms, mark(x->n_forms >= c->min_forms),
	     an_num(sd, sizeof sd, x->form_sd, 2), an_num(hs, sizeof hs, c->halo_sd, 2),
	     mark(x->form_sd < c->halo_sd));
	if (isfinite(x->share_middle))
		html(&r->out, "<li>Kecenderungan tengah: %.0f%% nilai di tengah skala, ditandai bila "
			      "paling sedikit %.0f%%: %s.</li>", 100.0 * x->share_middle,
		     100.0 * c->central_share, mark(x->share_middle >= c->central_share));
	html_raw(&r->out, "</ul>");
}

/* The difference per BerAKHLAK value, over the rater's own ratees. */
static void per_value(struct req *r, const struct analysis *a, int i)
{
	unsigned char *keep = xcalloc(a->d.n_people + 1, 1);
	char d[16], lo[16], hi[16];
	for (size_t k = 0; k < a->d.n; k++)
		if (a->d.v[k].rater == i)
			keep[a->d.v[k].ratee] = 1;
	html_raw(&r->out, "<h2 class=\"h5\">Per nilai BerAKHLAK</h2><div class=\"table-responsive\">"
			  "<table class=\"table table-sm\" id=\"per-nilai\"><thead><tr><th scope=\"col\">"
			  "Nilai</th><th scope=\"col\">Orang dinilai</th><th scope=\"col\">Selisih dari "
			  "rekan</th><th scope=\"col\">Selang 95%</th></tr></thead><tbody>");
	for (int item = 0; item < RS_ITEMS; item++) {
		struct rs_result one;
		if (analysis_rerun(a, keep, item, &one))
			break;
		const struct rs_rater *x = &one.raters[i];
		html(&r->out, "<tr><th scope=\"row\">%s</th><td>%d</td><td>%s</td><td>%s s.d. %s</td>"
			      "</tr>", berakhlak_at((size_t)item)->name, x->n_ratees,
		     an_num(d, sizeof d, x->diff, 2), an_num(lo, sizeof lo, x->ci_low, 2),
		     an_num(hi, sizeof hi, x->ci_high, 2));
		rs_result_free(&one);
	}
	html_raw(&r->out, "</tbody></table></div>");
	free(keep);
}

static void rater_page(struct req *r, const struct an_view *v, const struct analysis *a, int i)
{
	const struct an_person *p = &a->d.people[i];
	const struct rs_rater *x = &a->res.raters[i];
	struct strbuf why = STRBUF_INIT;
	char m[16];
	rs_explain(x, &a->cfg, &why);
	page_begin(r, "Analisis Penilai", NAV_ANALISIS);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb\"><li class=\""
		      "breadcrumb-item\"><a href=\"/analisis\">Analisis</a></li><li class=\""
		      "breadcrumb-item\"><a href=\"/analisis/penilai?periode=%lld\">Penilai</a></li>"
		      "<li class=\"breadcrumb-item active\" aria-current=\"page\">%s</li></ol></nav>"
		      "<h1 class=\"h3\">%s</h1><p>NIP %s \xe2\x80\x94 %s, %s \xe2\x80\x94 %s</p><p>",
	     (long long)v->period.id, p->name, p->name, p->nip,
	     p->position_name[0] ? p->position_name : "-", p->unit_name, v->period.name);
	an_badges(r, x->flags);
	html(&r->out, "</p><div class=\"alert alert-light border\" id=\"penjelasan\">%s</div>"
		      "<p>Memberi %d nilai (rata-rata %s pada skala 1\xe2\x80\x93%d). Halaman ini "
		      "hanya memuat angka ringkasan penilai; siapa yang ia nilai dan nilainya tidak "
		      "ditampilkan.</p>", why.buf, x->n_scores, an_num(m, sizeof m, x->mean, 2),
	     a->d.scale);
	leniency_steps(r, x, &a->cfg);
	pattern_steps(r, x, &a->cfg);
	per_value(r, a, i);
	page_end(r);
	strbuf_release(&why);
}

int page_analysis_rater(struct req *r)
{
	struct an_view v;
	struct analysis a;
	if (an_view_or_reply(r, &v))
		return 0;
	if (an_run_or_reply(r, &v, &a))
		return an_view_release(&v), 0;
	int i = an_index_of(&a.d, r->path_id);
	if (i < 0 || !a.res.raters[i].n_scores)
		reply_fail(r, KERR_NOT_FOUND, "pegawai", "Pegawai ini tidak memberi nilai pada "
			   "periode ini");
	else if (!an_view_covers(&v, a.d.people[i].unit_id))
		reply_fail(r, KERR_FORBIDDEN, "pegawai", "Penilai ini di luar cakupan Anda");
	else {
		rater_page(r, &v, &a, i);
		reply_html(r, 200);
	}
	analysis_release(&a);
	an_view_release(&v);
	return 0;
}
