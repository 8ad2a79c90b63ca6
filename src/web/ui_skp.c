/*
 * ui_skp.c - "SKP Saya" (GET /skp): the caller's SKPs in a period, the form
 * that creates one (or copies last period's), and POST /skp behind it; plus
 * the route table for everything under /skp.  The SKP page itself is
 * ui_skp_page.c, the superior's list ui_skp_inbox.c; the print view
 * (/skp/{id}/cetak) is routed by ui_plan.c.
 *
 * The period is the current one unless ?periode=ID names another.
 */
#include "web/ui_skp.h"
#include "web/ui_lists.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MINE_MAX 24   /* SKPs of one person in one period: one per position held */

/* What "SKP Saya" shows. */
struct mine {
	struct period period;
	struct skp_summary *list;    /* the caller's SKPs in the period */
	size_t n;
	struct skp_summary *subs;    /* the people the caller assesses */
	size_t nsubs;
	struct skp_summary prev;     /* the caller's latest SKP of an earlier period */
	struct period prev_period;
	int has_prev;
	const char *failed;          /* "buat" or "salin" when refused */
	const struct kerr *err;
};

static void mine_release(struct mine *m)
{
	free(m->list);
	free(m->subs);
}

/* ---- loading ----------------------------------------------------------------------- */

static int my_skps(struct req *r, int64_t period_id, struct skp_summary **out, size_t *n,
		   struct kerr *err)
{
	struct skp_query q = { .period_id = period_id, .employee_id = r->who.employee_id,
			       .page = 1, .per_page = MINE_MAX };
	int64_t total = 0;
	return store_skp_list(r->db, &q, out, n, &total, err);
}

/* The latest SKP of the caller in a period before this one, to copy. */
static int find_previous(struct req *r, struct mine *m, struct kerr *err)
{
	struct period *ps = NULL;
	size_t np = 0;
	if (store_period_list(r->db, &ps, &np, err))
		return -1;
	for (size_t i = 0; i < np; i++) {
		const struct period *p = &ps[i];
		if (p->id == m->period.id || strcmp(p->start_date, m->period.start_date) >= 0 ||
		    (m->has_prev && strcmp(p->start_date, m->prev_period.start_date) <= 0))
			continue;
		struct skp_summary *list = NULL;
		size_t n = 0;
		if (my_skps(r, p->id, &list, &n, err)) {
			free(ps);
			return -1;
		}
		for (size_t k = 0; k < n; k++)
			if (!m->has_prev || m->prev_period.id != p->id ||
			    list[k].month_to > m->prev.month_to) {
				m->prev = list[k];
				m->prev_period = *p;
				m->has_prev = 1;
			}
		free(list);
	}
	free(ps);
	return 0;
}

static int mine_load(struct req *r, struct mine *m, struct kerr *err)
{
	if (my_skps(r, m->period.id, &m->list, &m->n, err) ||
	    store_skp_inbox(r->db, r->who.employee_id, m->period.id, &m->subs, &m->nsubs, err))
		return -1;
	return m->n ? 0 : find_previous(r, m, err);
}

/* ---- rendering ----------------------------------------------------------------------- */

static void inbox_card(struct req *r, const struct mine *m)
{
	size_t waiting = 0;
	for (size_t i = 0; i < m->nsubs; i++)
		waiting += !strcmp(m->subs[i].state, "diajukan");
	if (!m->nsubs)
		return;
	html(&r->out, "<div class=\"alert alert-info d-flex flex-wrap justify-content-between "
		      "align-items-center gap-2\" role=\"status\"><span>Anda pejabat penilai bagi "
		      "%zu pegawai; <strong>%zu SKP</strong> menunggu persetujuan Anda.</span>"
		      "<a class=\"btn btn-sm btn-primary\" href=\"/skp/masuk?periode=%lld\">SKP bawahan"
		      "</a></div>", m->nsubs, waiting, (long long)m->period.id);
}

static void list_row(struct req *r, const struct skp_summary *s)
{
	char months[64], when[40];
	skp_months_text(months, sizeof months, s->month_from, s->month_to);
	format_time_wib(when, sizeof when, s->updated_at);
	html(&r->out, "<tr><th scope=\"row\"><a href=\"/skp/%lld\">SKP %s</a><div class=\"small "
		      "text-muted\">%s</div></th><td data-label=\"Status\">", (long long)s->id, months,
	     s->position_name);
	skp_state_badge(r, s->state);
	if (s->late)
		html_raw(&r->out, " <span class=\"badge text-bg-danger\">Terlambat</span>");
	html(&r->out, "</td><td data-label=\"RHK\">%d</td><td data-label=\"Revisi\">%d</td>"
		      "<td data-label=\"Terakhir diubah\">%s</td></tr>", s->n_rhk, s->revision, when);
}

static void list_table(struct req *r, const struct mine *m)
{
	html_raw(&r->out, "<table class=\"table table-hover align-middle skpp-table\">"
			  "<caption class=\"visually-hidden\">SKP saya pada periode ini</caption>"
			  "<thead class=\"table-light\"><tr><th scope=\"col\">SKP</th>"
			  "<th scope=\"col\">Status</th><th scope=\"col\">Jumlah RHK</th>"
			  "<th scope=\"col\">Revisi</th><th scope=\"col\">Terakhir diubah</th></tr>"
			  "</thead><tbody>");
	for (size_t i = 0; i < m->n; i++)
		list_row(r, &m->list[i]);
	html_raw(&r->out, "</tbody></table>");
}

static int period_month(const char *date, int fallback)
{
	int mo = strlen(date) >= 7 ? (date[5] - '0') * 10 + (date[6] - '0') : 0;
	return mo >= 1 && mo <= 12 ? mo : fallback;
}

static void month_choice(struct sform *f, const char *name, const char *label, int value)
{
	char cur[8], val[8];
	snprintf(cur, sizeof cur, "%d", value);
	const char *sel = sform_value(f, name, cur);
	sform_select_open(f, name, label, "col-6 col-md-3");
	for (int mo = 1; mo <= 12; mo++) {
		snprintf(val, sizeof val, "%d", mo);
		form_option(f->r, val, skp_month_name(mo), sel);
	}
	sform_select_close(f, name);
}

static void form_for(struct sform *f, struct req *r, const struct mine *m, const char *key)
{
	sform_init(f, r, NULL, key);
	if (m->failed && !strcmp(m->failed, key))
		f->err = m->err;
}

static void create_form(struct req *r, const struct mine *m)
{
	struct sform f;
	char pid[24];
	form_for(&f, r, m, "buat");
	snprintf(pid, sizeof pid, "%lld", (long long)m->period.id);
	sform_open(&f, "/skp", "row g-3", NULL);
	sform_hidden(&f, "periode", pid);
	month_choice(&f, "month_from", "Bulan awal", period_month(m->period.start_date, 1));
	month_choice(&f, "month_to", "Bulan akhir", period_month(m->period.end_date, 12));
	const char *ap = sform_value(&f, "approach", "kuantitatif");
	sform_select_open(&f, "approach", "Pendekatan", "col-md-6");
	form_option(r, "kuantitatif", "Kuantitatif (target berupa angka)", ap);
	form_option(r, "kualitatif", "Kualitatif (target berupa uraian)", ap);
	sform_select_close(&f, "approach");
	html_raw(&r->out, "<div class=\"col-12 form-text mt-0\">Bulan: bagian periode yang dicakup "
			  "SKP ini (seluruh tahun, kecuali Anda pindah jabatan di tengah periode). "
			  "Kuantitatif: setiap indikator memiliki target angka. Kualitatif: target "
			  "diuraikan dengan kata-kata.</div><div class=\"col-12\"><button type=\"submit\" "
			  "class=\"btn btn-primary\">Buat SKP</button></div>");
	sform_end(&f);
}

static void copy_form(struct req *r, const struct mine *m)
{
	struct sform f;
	char pid[24], from[24], months[64];
	form_for(&f, r, m, "salin");
	snprintf(pid, sizeof pid, "%lld", (long long)m->period.id);
	snprintf(from, sizeof from, "%lld", (long long)m->prev.id);
	skp_months_text(months, sizeof months, m->prev.month_from, m->prev.month_to);
	html(&r->out, "<div class=\"card mt-3\"><div class=\"card-body\"><h3 class=\"h6\">Salin dari "
		      "SKP periode sebelumnya</h3><p class=\"small\">Anda memiliki <a href=\"/skp/%lld\">"
		      "SKP %s (%s, %d RHK)</a>. Hasil kerja, indikator, dan lampirannya disalin ke SKP "
		      "baru yang masih draf, lalu dapat Anda sesuaikan.</p>", (long long)m->prev.id,
	     m->prev_period.name, months, m->prev.n_rhk);
	sform_open(&f, "/skp", "", NULL);
	sform_hidden(&f, "periode", pid);
	sform_hidden(&f, "salin_dari", from);
	html_raw(&r->out, "<button type=\"submit\" class=\"btn btn-outline-primary\">Salin dari SKP "
			  "periode sebelumnya</button>");
	sform_end(&f);
	html_raw(&r->out, "</div></div>");
}

static void create_section(struct req *r, const struct mine *m)
{
	if (strcmp(m->period.state, "terbuka")) {
		if (!m->n)
			alert_box(r, "info", "Periode ini tidak terbuka, jadi SKP baru tidak dapat dibuat.");
		return;
	}
	if (m->n) {
		html(&r->out, "<details class=\"skpp-details mt-3\"%s><summary class=\"btn btn-sm "
			      "btn-outline-secondary\">Buat SKP lain pada periode ini (pindah jabatan)"
			      "</summary><div class=\"skpp-details-body\">", m->failed ? " open" : "");
		create_form(r, m);
		html_raw(&r->out, "</div></details>");
		return;
	}
	html_raw(&r->out, "<section class=\"card\" aria-labelledby=\"buat-judul\"><div "
			  "class=\"card-body\"><h2 class=\"h5\" id=\"buat-judul\">Buat SKP</h2><p>Anda "
			  "belum memiliki SKP pada periode ini. Buat SKP baru, lalu isi hasil kerja "
			  "dan indikatornya.</p>");
	create_form(r, m);
	if (m->has_prev)
		copy_form(r, m);
	html_raw(&r->out, "</div></section>");
}

static void mine_page(struct req *r, const struct mine *m)
{
	page_begin(r, "SKP Saya", NAV_SKP);
	html(&r->out, "<h1 class=\"h3\">SKP Saya</h1><p class=\"text-muted\">Sasaran Kinerja Pegawai "
		      "(SKP) memuat hasil kerja yang Anda rencanakan pada satu periode beserta ukuran "
		      "keberhasilannya. Anda menyusunnya, lalu pejabat penilai (atasan langsung) "
		      "memeriksa dan menyetujuinya. Periode: <strong>%s</strong>.</p>",
	     m->period.name);
	skp_period_switcher(r, "/skp", &m->period);
	if (m->failed && m->err && strcmp(m->period.state, "terbuka"))
		form_error_alert(r, skp_field_label(m->err->field), m->err);
	inbox_card(r, m);
	if (m->n)
		list_table(r, m);
	create_section(r, m);
	page_end(r);
}

static int mine_reply(struct req *r, struct mine *m, int status)
{
	struct kerr err = KERR_INIT;
	if (mine_load(r, m, &err)) {
		mine_release(m);
		return reply_error(r, &err);
	}
	mine_page(r, m);
	mine_release(m);
	return reply_html(r, status);
}

/* ---- handlers ------------------------------------------------------------------------ */

static int no_employee(struct req *r)
{
	page_begin(r, "SKP Saya", NAV_SKP);
	html_raw(&r->out, "<h1 class=\"h3\">SKP Saya</h1>");
	alert_box(r, "info", "Akun Anda tidak terhubung dengan data pegawai, jadi tidak memiliki "
			     "SKP. SKP pegawai dapat dibuka dari halaman masing-masing.");
	page_end(r);
	return reply_html(r, 200);
}

static int page_skp_mine(struct req *r)
{
	struct mine m;
	memset(&m, 0, sizeof m);
	if (!r->who.employee_id)
		return no_employee(r);
	if (skp_period_pick_or_reply(r, &m.period))
		return 0;
	return mine_reply(r, &m, 200);
}

/* Copies the caller's own SKP `from` into the period; *id set. */
static int copy_own(struct req *r, int64_t from, int64_t period_id, int64_t *id,
		    struct kerr *err)
{
	struct skp src;
	struct kerr why = KERR_INIT;
	if (kerr_is_set(err))
		return -1;
	if (store_skp_get(r->db, from, &src, &why))
		return why.code == KERR_NOT_FOUND
			? kerr_set(err, KERR_INVALID, "salin_dari", "SKP yang akan disalin tidak ada")
			: kerr_set(err, why.code, why.field, "%s", why.msg);
	int own = src.employee_id == r->who.employee_id;
	skp_release(&src);
	if (!own)
		return kerr_set(err, KERR_FORBIDDEN, "salin_dari", "Hanya SKP Anda sendiri yang dapat "
								   "disalin");
	struct actor who = req_actor(r);
	struct skp want = { .period_id = period_id };
	return store_skp_copy(r->db, &who, from, &want, id, err);
}

/* A month field: absent or empty is 0 (both 0: the whole period). */
static int read_month(struct req *r, const char *name, const char *what, struct kerr *err)
{
	const char *v = req_form(r, name);
	char *end = NULL;
	if (!v || !*v)
		return 0;
	long mo = strtol(v, &end, 10);
	if (*end || mo < 1 || mo > 12) {
		kerr_set(err, KERR_INVALID, name, "%s harus 1 sampai 12", what);
		return 0;
	}
	return (int)mo;
}

static int create_new(struct req *r, int64_t period_id, int64_t *id, struct kerr *err)
{
	struct skp s;
	memset(&s, 0, sizeof s);
	s.employee_id = r->who.employee_id;
	s.period_id = period_id;
	s.month_from = read_month(r, "month_from", "Bulan awal", err);
	s.month_to = read_month(r, "month_to", "Bulan akhir", err);
	form_read(r, "approach", s.approach, sizeof s.approach, err);
	struct actor who = req_actor(r);
	if (kerr_is_set(err) || store_skp_create(r->db, &who, &s, err))
		return -1;
	*id = s.id;
	return 0;
}

static int page_skp_create(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct mine m;
	int64_t id = 0;
	memset(&m, 0, sizeof m);
	if (!r->who.employee_id)
		return reply_fail(r, KERR_FORBIDDEN, "", "Akun Anda tidak terhubung dengan data pegawai");
	int64_t pid = skp_post_id(r, "periode", NULL, &err);
	if (kerr_is_set(&err) || store_period_get(r->db, pid, &m.period, &err))
		return reply_fail(r, KERR_INVALID, "periode", "Periode tidak ditemukan");
	const char *from = req_form(r, "salin_dari");
	int copy = from && *from;
	int rc = copy ? copy_own(r, skp_post_id(r, "salin_dari", NULL, &err), pid, &id, &err)
		      : create_new(r, pid, &id, &err);
	if (!rc) {
		char loc[64];
		snprintf(loc, sizeof loc, "/skp/%lld?pesan=dibuat", (long long)id);
		return reply_redirect(r, loc);
	}
	if (err.code != KERR_INVALID && err.code != KERR_CONFLICT)
		return reply_error(r, &err);
	m.failed = copy ? "salin" : "buat";
	m.err = &err;
	return mine_reply(r, &m, kerr_http_status(&err));
}

const struct route ui_skp_routes[] = {
	{ "GET", "/skp", page_skp_mine, ACCESS_LOGIN },
	{ "POST", "/skp", page_skp_create, ACCESS_LOGIN },
	{ "GET", "/skp/masuk", page_skp_inbox, ACCESS_LOGIN },
	{ "GET", "/skp/daftar", page_skp_list, ACCESS_LOGIN },
	{ "GET", "/skp/{id}", page_skp_show, ACCESS_LOGIN },
	{ "POST", "/skp/{id}/header", page_skp_header, ACCESS_LOGIN },
	{ "POST", "/skp/{id}/rhk", page_skp_rhk_add, ACCESS_LOGIN },
	{ "POST", "/skp/{id}/ekspektasi", page_skp_expectation, ACCESS_LOGIN },
	{ "POST", "/skp/{id}/lampiran", page_skp_attachment_add, ACCESS_LOGIN },
	{ "POST", "/skp/{id}/aksi", page_skp_act, ACCESS_LOGIN },
	{ "POST", "/skp/rhk/{id}", page_skp_rhk_update, ACCESS_LOGIN },
	{ "POST", "/skp/rhk/{id}/hapus", page_skp_rhk_delete, ACCESS_LOGIN },
	{ "POST", "/skp/rhk/{id}/iki", page_skp_iki_add, ACCESS_LOGIN },
	{ "POST", "/skp/rhk/{id}/turunkan", page_skp_hand_down, ACCESS_LOGIN },
	{ "POST", "/skp/iki/{id}", page_skp_iki_update, ACCESS_LOGIN },
	{ "POST", "/skp/iki/{id}/hapus", page_skp_iki_delete, ACCESS_LOGIN },
	{ "POST", "/skp/lampiran/{id}/hapus", page_skp_attachment_delete, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
