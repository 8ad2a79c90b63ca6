/*
 * ui_analysis_more.c - agreement between raters per BerAKHLAK value
 * (GET /analisis/kesepakatan?periode=&unit=) and the fairness checks of
 * the predicates (GET /analisis/keadilan?periode=&unit=&titik=).  HR only
 * (http/analysis_access.h).  Groups below the anonymity threshold never
 * appear: domain/fairness.h pools them.
 */
#include "web/ui_analysis.h"
#include "web/ui.h"
#include "domain/berakhlak.h"
#include "http/html.h"
#include "http/request.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- agreement ------------------------------------------------------------------------------ */

static void agreement_page(struct req *r, const struct an_view *v, const struct rs_result *res)
{
	char icc[16], covers[300];
	an_view_label(v, covers, sizeof covers);
	page_begin(r, "Kesepakatan Penilai", NAV_ANALISIS);
	an_crumbs(r, "Kesepakatan penilai");
	html(&r->out, "<h1 class=\"h3\">Kesepakatan Penilai</h1><p class=\"lead\">%s \xe2\x80\x94 "
		      "%s</p>", covers, v->period.name);
	an_filters(r, "/analisis/kesepakatan", v, 1);
	html_raw(&r->out, "<p>Untuk setiap nilai BerAKHLAK: seberapa besar bagian perbedaan nilai "
			  "yang mencerminkan perbedaan antarorang yang dinilai, bukan perbedaan "
			  "antarpenilai (koefisien korelasi intrakelas, ICC(1)). 1 berarti semua penilai "
			  "orang yang sama memberi nilai yang sama; 0 berarti nilai seseorang lebih "
			  "bergantung pada siapa penilainya. Tafsiran: di bawah 0,5 lemah, 0,5\xe2\x80\x93"
			  "0,75 sedang, 0,75\xe2\x80\x93" "0,9 baik, di atas 0,9 sangat baik. Hanya "
			  "orang yang dinilai paling sedikit dua penilai yang dihitung; penilaian diri "
			  "tidak.</p><div class=\"table-responsive\"><table class=\"table table-sm\" "
			  "id=\"kesepakatan\"><thead><tr><th scope=\"col\">Nilai BerAKHLAK</th><th "
			  "scope=\"col\">ICC(1)</th><th scope=\"col\">Tafsiran</th><th scope=\"col\">"
			  "Orang dinilai</th><th scope=\"col\">Nilai yang dihitung</th></tr></thead><tbody>");
	for (int i = 0; i < RS_ITEMS; i++) {
		const struct rs_agreement *g = &res->agreement[i];
		html(&r->out, "<tr data-kode=\"%s\"><th scope=\"row\">%s</th><td>%s</td><td>%s</td>"
			      "<td>%d</td><td>%d</td></tr>", berakhlak_at((size_t)i)->code,
		     berakhlak_at((size_t)i)->name, an_num(icc, sizeof icc, g->icc, 2),
		     an_icc_words(g->icc), g->n_ratees, g->n_ratings);
	}
	html_raw(&r->out, "</tbody></table></div><p class=\"small text-muted\">Kesepakatan yang "
			  "lemah bukan berarti ada yang salah menilai: rekan, bawahan dan atasan "
			  "melihat sisi kerja yang berbeda. Kesepakatan yang lemah pada satu nilai "
			  "menandakan panduan perilakunya perlu disosialisasikan lagi.</p>");
	page_end(r);
}

int page_analysis_agreement(struct req *r)
{
	struct an_view v;
	struct analysis a;
	struct rs_result sub;
	if (an_view_or_reply(r, &v))
		return 0;
	if (an_run_or_reply(r, &v, &a))
		return an_view_release(&v), 0;
	int whole = !v.root && !v.unit_id;
	unsigned char *keep = an_view_people(&v, &a.d);
	if (!whole && analysis_rerun(&a, keep, -1, &sub)) {
		reply_fail(r, KERR_INTERNAL, "", "Memori tidak cukup");
	} else {
		agreement_page(r, &v, whole ? &a.res : &sub);
		reply_html(r, 200);
		if (!whole)
			rs_result_free(&sub);
	}
	free(keep);
	analysis_release(&a);
	an_view_release(&v);
	return 0;
}

/* ---- fairness ------------------------------------------------------------------------------------ */

static void fair_section(struct req *r, const struct fair_table *t)
{
	struct strbuf why = STRBUF_INIT;
	fair_explain(t, &why);
	html(&r->out, "<section class=\"card mb-3\" id=\"dimensi-%s\"><div class=\"card-body\"><h2 "
		      "class=\"h5\">Menurut %s</h2><p class=\"%s\">%s</p>", fair_dim_name(t->dim),
	     fair_dim_label(t->dim), t->tested && t->p < FAIR_ALPHA ? "fw-semibold" : "", why.buf);
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm\"><thead>"
			  "<tr><th scope=\"col\">Kelompok</th><th scope=\"col\">Jumlah</th>");
	for (int p = PRED__COUNT - 1; p >= 0; p--)
		html(&r->out, "<th scope=\"col\">%s</th>", predicate_label((enum predicate)p));
	html_raw(&r->out, "</tr></thead><tbody>");
	for (size_t i = 0; i < t->n; i++) {
		const struct fair_group *g = &t->g[i];
		html(&r->out, "<tr><th scope=\"row\">%s</th><td>%d</td>", g->label, g->n);
		for (int p = PRED__COUNT - 1; p >= 0; p--)
			html(&r->out, "<td>%d <span class=\"small text-muted\">(%.0f%%)</span></td>",
			     g->count[p], 100.0 * g->count[p] / g->n);
		html_raw(&r->out, "</tr>");
	}
	html_raw(&r->out, "</tbody></table></div>");
	if (t->n_pooled_groups)
		html(&r->out, "<p class=\"small text-muted mb-0\">%d kelompok kecil digabung menjadi "
			      "\xe2\x80\x9cLainnya\xe2\x80\x9d agar tidak seorang pun dapat dikenali.</p>",
		     t->n_pooled_groups);
	if (t->n_hidden)
		html(&r->out, "<p class=\"small text-muted mb-0\">%d pegawai tidak ditampilkan: "
			      "kelompoknya terlalu kecil.</p>", t->n_hidden);
	html_raw(&r->out, "</div></section>");
	strbuf_release(&why);
}

static void basis_links(struct req *r, const struct an_view *v, int64_t cp)
{
	struct checkpoint *cps = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	html(&r->out, "<p class=\"d-print-none\">Dasar: <a href=\"/analisis/keadilan?periode=%lld"
		      "&amp;unit=%lld&amp;titik=tahunan\"%s>Tahunan</a>", (long long)v->period.id,
	     (long long)v->unit_id, cp ? "" : " class=\"fw-bold\"");
	if (!store_checkpoint_list(r->db, v->period.id, &cps, &n, &err))
		for (size_t i = 0; i < n; i++)
			html(&r->out, " \xc2\xb7 <a href=\"/analisis/keadilan?periode=%lld&amp;unit=%lld"
				      "&amp;titik=%lld\"%s>%s</a>", (long long)v->period.id,
			     (long long)v->unit_id, (long long)cps[i].id,
			     cps[i].id == cp ? " class=\"fw-bold\"" : "", cps[i].name);
	free(cps);
	html_raw(&r->out, "</p>");
}

int page_analysis_fairness(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct an_view v;
	struct an_fairness f;
	if (an_view_or_reply(r, &v))
		return 0;
	if (an_fairness_load(r, &v, &f, &err)) {
		an_view_release(&v);
		return reply_error(r, &err);
	}
	char covers[300];
	an_view_label(&v, covers, sizeof covers);
	page_begin(r, "Keadilan Predikat", NAV_ANALISIS);
	an_crumbs(r, "Keadilan predikat");
	html(&r->out, "<h1 class=\"h3\">Keadilan Predikat</h1><p class=\"lead\">%s \xe2\x80\x94 %s, "
		      "%s (%d pegawai berpredikat final)</p>", covers, v.period.name, f.basis, f.people);
	an_filters(r, "/analisis/keadilan", &v, 1);
	basis_links(r, &v, f.checkpoint_id);
	html(&r->out, "<p>Apakah predikat kinerja tersebar berbeda antarkelompok pegawai? Uji "
		      "khi-kuadrat membandingkan sebaran tiap kelompok dengan sebaran bila predikat "
		      "tidak bergantung pada kelompok; beda disebut lebih dari kebetulan bila peluangnya "
		      "terjadi secara kebetulan (p) di bawah 5%%. Kelompok dengan kurang dari %d orang "
		      "tidak pernah ditampilkan tersendiri. Jenis kelamin dibaca dari digit ke-15 NIP."
		      "</p>", f.threshold);
	for (int d = 0; d < FAIR__DIMS; d++)
		fair_section(r, &f.t[d]);
	an_fairness_release(&f);
	page_end(r);
	an_view_release(&v);
	return reply_html(r, 200);
}
