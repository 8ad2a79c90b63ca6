/*
 * ui_360_raters.c - the rater list of one person rated, on HR's round
 * page (GET /360/putaran/{id}?pegawai=E): who rates them, in which group,
 * how (automatic or added by HR) and how far; the form that adds a rater
 * by NIP (POST /360/putaran/{id}/penilai) and the buttons that remove an
 * assignment not yet answered (POST /360/penilai/{id}/hapus).  HR never
 * sees or changes their own list.
 */
#include "web/ui_360.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/r360_access.h"
#include "http/request.h"
#include "http/router.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int may_change(struct req *r, const struct round360 *rd)
{
	return access_allows(r, ACCESS_MANAGE) && !strcmp(rd->state, "terbuka");
}

static void remove_button(struct req *r, const struct rater360 *a)
{
	html(&r->out, "<form method=\"post\" action=\"/360/penilai/%lld/hapus\" class=\"d-inline\">",
	     (long long)a->id);
	csrf_field(r);
	html(&r->out, "<button type=\"submit\" class=\"btn btn-sm btn-outline-danger\">Hapus"
		      "<span class=\"visually-hidden\"> %s</span></button></form>", a->rater.name);
}

static void rater_row(struct req *r, const struct round360 *rd, const struct rater360 *a)
{
	char nip[32], reminded[40];
	nip_display(nip, sizeof nip, a->rater.nip);
	format_time_wib(reminded, sizeof reminded, a->reminded_at);
	html(&r->out, "<tr><td>%s<br><small class=\"text-muted\">%s \xc2\xb7 %s, %s</small></td>"
		      "<td>%s</td><td>%s</td><td>", a->rater.name, nip,
	     a->rater.position_name[0] ? a->rater.position_name : "-", a->rater.unit_name,
	     r360_group_label(a->grp), strcmp(a->source, "manual") ? "Otomatis" : "Ditambah HR");
	r360_badge(&r->out, a->state);
	if (a->decline_reason[0])
		html(&r->out, "<br><small>Alasan: %s</small>", a->decline_reason);
	html(&r->out, "</td><td>%s</td><td>", a->reminded_at ? reminded : "-");
	if (may_change(r, rd) && strcmp(a->state, "dijawab"))
		remove_button(r, a);
	html_raw(&r->out, "</td></tr>");
}

static void add_form(struct req *r, const struct round360 *rd, int64_t ratee,
		     const struct kerr *err)
{
	html(&r->out, "<form method=\"post\" action=\"/360/putaran/%lld/penilai#penilai\" "
		      "class=\"row g-2 align-items-end\"><input type=\"hidden\" name=\"pegawai\" "
		      "value=\"%lld\">", (long long)rd->id, (long long)ratee);
	csrf_field(r);
	form_text(r, "nip", "NIP penilai yang ditambahkan", "text", req_form(r, "nip") ?
		  req_form(r, "nip") : "", "col-sm-5", " required inputmode=\"numeric\"", err);
	form_select_open(r, "kelompok", "Sebagai", "col-sm-4", err);
	const char *sel = req_form(r, "kelompok") ? req_form(r, "kelompok") : "rekan";
	form_option(r, "atasan", "Atasan", sel);
	form_option(r, "rekan", "Rekan kerja", sel);
	form_option(r, "bawahan", "Bawahan", sel);
	form_option(r, "diri", "Penilaian diri", sel);
	html_raw(&r->out, "</select>");
	form_close(r, "kelompok", err);
	html_raw(&r->out, "<div class=\"col-sm-3\"><button type=\"submit\" class=\"btn "
			  "btn-primary\">Tambah penilai</button></div></form>");
}

void raters_section(struct req *r, const struct round360 *rd, int64_t ratee,
		    const struct kerr *err)
{
	struct employee e;
	struct kerr lerr = KERR_INIT;
	struct rater360_query q = { .round_id = rd->id, .ratee_id = ratee };
	struct rater360 *list = NULL;
	size_t n = 0;
	html_raw(&r->out, "<section class=\"mb-4\" id=\"penilai\" aria-labelledby=\"h-penilai\">");
	if (r360_manage_ratee_id(r, ratee, "pegawai", 1, &e, &lerr) ||
	    store_rater360_list(r->db, &q, &list, &n, &lerr)) {
		alert_box(r, "danger", lerr.msg);
		html_raw(&r->out, "</section>");
		return;
	}
	html(&r->out, "<h2 class=\"h5\" id=\"h-penilai\">Penilai untuk %s</h2>", e.name);
	if (err)
		form_error_alert(r, NULL, err);
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm "
			  "align-middle\"><thead><tr><th scope=\"col\">Penilai</th><th scope=\"col\">"
			  "Kelompok</th><th scope=\"col\">Sumber</th><th scope=\"col\">Status</th>"
			  "<th scope=\"col\">Diingatkan</th><th scope=\"col\"></th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++)
		rater_row(r, rd, &list[i]);
	html_raw(&r->out, "</tbody></table></div>");
	if (may_change(r, rd))
		add_form(r, rd, ratee, err);
	html_raw(&r->out, "</section>");
	free(list);
}

/* ---- changes ----------------------------------------------------------------------------------- */

/* NIPs are often typed with spaces ("19660801 198803 1 001"). */
static int rater_by_nip(struct req *r, const char *typed, int64_t *id, struct kerr *err)
{
	char nip[32];
	size_t k = 0;
	struct employee e;
	struct kerr nf = KERR_INIT;
	for (const char *p = typed ? typed : ""; *p && k + 1 < sizeof nip; p++)
		if (*p != ' ')
			nip[k++] = *p;
	nip[k] = '\0';
	if (!k)
		return kerr_set(err, KERR_INVALID, "nip", "Isi NIP penilai");
	if (store_employee_by_nip(r->db, nip, &e, &nf))
		return nf.code == KERR_NOT_FOUND
			? kerr_set(err, KERR_INVALID, "nip", "Pegawai dengan NIP %s tidak ditemukan", nip)
			: kerr_set(err, nf.code, nf.field, "%s", nf.msg);
	*id = e.id;
	return 0;
}

int page_360_rater_add(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct employee ratee;
	int64_t ratee_id = 0, rater_id = 0, id = 0;
	const char *p = req_form(r, "pegawai"), *grp = req_form(r, "kelompok");
	char *end;
	char loc[96];
	if (p && *p)
		ratee_id = strtoll(p, &end, 10);
	if (r360_manage_ratee_id(r, ratee_id > 0 ? ratee_id : 0, "pegawai", 0, &ratee, &err))
		return reply_error(r, &err);
	if (rater_by_nip(r, req_form(r, "nip"), &rater_id, &err) ||
	    store_rater360_add(r->db, &who, r->path_id, ratee_id, rater_id, grp ? grp : "", &id,
			       &err)) {
		if (!strcmp(err.field, "penilai_id"))
			copy_str(err.field, sizeof err.field, "nip");
		return round_page(r, r->path_id, ratee_id, &err, kerr_http_status(&err));
	}
	snprintf(loc, sizeof loc, "/360/putaran/%lld?pegawai=%lld&pesan=disimpan#penilai",
		 (long long)r->path_id, (long long)ratee_id);
	return reply_redirect(r, loc);
}

int page_360_rater_remove(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct rater360 a;
	struct employee ratee;
	char loc[96];
	if (store_rater360_get(r->db, r->path_id, &a, &err) ||
	    store_employee_get(r->db, a.ratee.id, &ratee, &err) ||
	    r360_may_manage_ratee(r, &ratee, 0, &err))
		return reply_error(r, &err);
	if (store_rater360_remove(r->db, &who, r->path_id, &err))
		return round_page(r, a.round_id, a.ratee.id, &err, kerr_http_status(&err));
	snprintf(loc, sizeof loc, "/360/putaran/%lld?pegawai=%lld&pesan=dihapus#penilai",
		 (long long)a.round_id, (long long)a.ratee.id);
	return reply_redirect(r, loc);
}
