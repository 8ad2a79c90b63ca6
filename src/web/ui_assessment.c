/*
 * ui_assessment.c - GET /penilaian: the pejabat penilai's list of their
 * subordinates for a period and a checkpoint (or the tahunan assessment),
 * each with the state of their SKP, of the assessment and its predicate,
 * linking to the rating form; for an administrator also the approved SKPs
 * of those nobody in the system assesses.  And the route table of every
 * assessment page.
 */
#include "web/ui_assessment.h"
#include "web/ui_calibration.h"
#include "web/ui_lists.h"
#include "web/ui.h"
#include "web/ui_skp.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Which assessment the list shows: ?jenis=tahunan, or ?titik=ID, else the
 * first checkpoint still open (else the last one). */
static void pick_kind(struct req *r, const struct checkpoint *cps, size_t n,
		      enum assessment_kind *kind, int64_t *cp)
{
	const char *jenis = req_query(r, "jenis"), *titik = req_query(r, "titik");
	*kind = jenis && !strcmp(jenis, "tahunan") ? ASSESS_TAHUNAN : ASSESS_PERIODIK;
	*cp = 0;
	if (*kind == ASSESS_TAHUNAN || !n)
		return;
	long long want = titik ? strtoll(titik, NULL, 10) : 0;
	for (size_t i = 0; i < n; i++)
		if (cps[i].id == want)
			*cp = want;
	for (size_t i = 0; !*cp && i < n; i++)
		if (!strcmp(cps[i].state, "terbuka"))
			*cp = cps[i].id;
	if (!*cp)
		*cp = cps[n - 1].id;
}

/* One subordinate: name, post, SKP state, assessment state and predicate. */
static void row(struct req *r, const struct skp_summary *s, enum assessment_kind kind,
		int64_t cp)
{
	struct assessment a;
	struct kerr err = KERR_INIT;
	char link[96];
	memset(&a, 0, sizeof a);
	a.predicate = PRED__COUNT;
	int found = s->id ? store_assessment_get(r->db, s->id, kind, cp, &a, &err) : 0;
	html(&r->out, "<tr><th scope=\"row\">%s<div class=\"small text-muted\">%s</div></th>"
		      "<td>%s<div class=\"small text-muted\">%s</div></td><td>", s->employee_name,
	     s->nip, s->position_name, s->unit_name);
	skp_state_badge(r, s->state);
	html(&r->out, "</td><td>%s</td><td>", assess_status_text(&a, found > 0));
	assess_predicate_badge(r, found > 0 ? a.predicate : PRED__COUNT);
	html_raw(&r->out, "</td><td>");
	if (s->id && !strcmp(s->state, "disetujui")) {
		if (kind == ASSESS_TAHUNAN)
			snprintf(link, sizeof link, "/penilaian/%lld?jenis=tahunan", (long long)s->id);
		else
			snprintf(link, sizeof link, "/penilaian/%lld?jenis=periodik&titik=%lld",
				 (long long)s->id, (long long)cp);
		html(&r->out, "<a class=\"btn btn-sm btn-primary\" href=\"%s\">%s</a>", link,
		     found > 0 && a.final ? "Lihat" : "Nilai");
	} else {
		html_raw(&r->out, "<span class=\"small text-muted\">SKP belum disetujui</span>");
	}
	html_raw(&r->out, "</td></tr>");
	assessment_release(&a);
}

static void table(struct req *r, const char *title, const struct skp_summary *s, size_t n,
		  enum assessment_kind kind, int64_t cp)
{
	html(&r->out, "<h2 class=\"h5\">%s</h2>", title);
	if (!n) {
		html_raw(&r->out, "<p class=\"text-muted\">Tidak ada pegawai.</p>");
		return;
	}
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table align-middle\">"
			  "<thead><tr><th scope=\"col\">Pegawai</th><th scope=\"col\">Jabatan</th>"
			  "<th scope=\"col\">SKP</th><th scope=\"col\">Penilaian</th><th scope=\"col\">"
			  "Predikat</th><th scope=\"col\"><span class=\"visually-hidden\">Tindakan"
			  "</span></th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++)
		row(r, &s[i], kind, cp);
	html_raw(&r->out, "</tbody></table></div>");
}

/* A link to the explanation of the caller's own predicate, if they have
 * an SKP in the period. */
static void own_link(struct req *r, const struct period *p)
{
	struct skp own;
	struct kerr err = KERR_INIT;
	if (!r->who.employee_id || store_skp_find(r->db, r->who.employee_id, p->id, 0, &own, &err))
		return;
	html(&r->out, "<p>Penilaian kinerja Anda sendiri: <a href=\"/skp/%lld/penjelasan\">"
		      "penjelasan predikat</a>.</p>", (long long)own.id);
	skp_release(&own);
}

static int list_reply(struct req *r, const struct period *p, const struct checkpoint *cps,
		      size_t ncp, struct kerr *err)
{
	struct skp_summary *subs = NULL, *orphans = NULL;
	size_t nsubs = 0, norph = 0;
	enum assessment_kind kind;
	int64_t cp;
	char base[64];
	pick_kind(r, cps, ncp, &kind, &cp);
	if ((r->who.employee_id &&
	     store_skp_inbox(r->db, r->who.employee_id, p->id, &subs, &nsubs, err)) ||
	    (r->who.role == ROLE_ADMIN && store_assessment_orphans(r->db, p->id, &orphans, &norph,
								   err))) {
		free(subs);
		return -1;
	}
	page_begin(r, "Penilaian Kinerja", NAV_PENILAIAN);
	html(&r->out, "<h1 class=\"h3\">Penilaian Kinerja</h1><p class=\"text-muted\">%s. Pejabat "
		      "penilai menilai hasil kerja dan perilaku kerja bawahannya per titik periksa "
		      "(periodik) dan untuk setahun (tahunan); predikat dihitung dari kedua rating.</p>",
	     p->name);
	html(&r->out, "<p><a class=\"btn btn-sm btn-outline-primary\" href=\"/predikat-unit?"
		      "periode=%lld\">Predikat unit dan kurva distribusi</a> <a class=\"btn btn-sm "
		      "btn-outline-primary\" href=\"/penilaian/daftar?periode=%lld\">Daftar semua "
		      "penilaian (cari, saring, unduh)</a></p>", (long long)p->id, (long long)p->id);
	skp_period_switcher(r, "/penilaian", p);
	snprintf(base, sizeof base, "/penilaian?periode=%lld&", (long long)p->id);
	assess_kind_pills(r, base, cps, ncp, kind, cp);
	own_link(r, p);
	calibration_inbox(r);
	if (r->who.employee_id)
		table(r, "Bawahan yang Anda nilai", subs, nsubs, kind, cp);
	if (r->who.role == ROLE_ADMIN)
		table(r, "Pegawai tanpa pejabat penilai dalam sistem (dinilai administrator)",
		      orphans, norph, kind, cp);
	page_end(r);
	free(subs);
	free(orphans);
	return reply_html(r, 200);
}

/* GET /penilaian?periode=ID&jenis=periodik&titik=ID|jenis=tahunan */
static int page_assessment_list(struct req *r)
{
	struct period p;
	struct checkpoint *cps = NULL;
	size_t ncp = 0;
	struct kerr err = KERR_INIT;
	if (!r->who.employee_id && r->who.role != ROLE_ADMIN)
		return reply_fail(r, KERR_FORBIDDEN, "", "Penilaian kinerja dilakukan oleh pejabat "
				  "penilai (pegawai dengan bawahan)");
	if (skp_period_pick_or_reply(r, &p))
		return 0;
	if (store_checkpoint_list(r->db, p.id, &cps, &ncp, &err) ||
	    list_reply(r, &p, cps, ncp, &err))
		reply_error(r, &err);
	free(cps);
	return 0;
}

const struct route ui_assessment_routes[] = {
	{ "GET", "/penilaian", page_assessment_list, ACCESS_LOGIN },
	{ "GET", "/penilaian/daftar", page_assessment_list_all, ACCESS_LOGIN },
	{ "GET", "/penilaian/{id}", page_assessment_form, ACCESS_LOGIN },
	{ "POST", "/penilaian/{id}", page_assessment_save, ACCESS_LOGIN },
	{ "POST", "/penilaian/{id}/diketahui", page_assessment_ack, ACCESS_LOGIN },
	{ "GET", "/skp/{id}/penjelasan", page_explain, ACCESS_LOGIN },
	{ "GET", "/predikat-unit", page_unit_overview, ACCESS_LOGIN },
	{ "GET", "/predikat-unit/{id}", page_unit_result, ACCESS_LOGIN },
	{ "POST", "/predikat-unit/{id}", page_unit_result_set, ACCESS_LOGIN },
	{ "POST", "/predikat-unit/{id}/alasan", page_unit_reason, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
