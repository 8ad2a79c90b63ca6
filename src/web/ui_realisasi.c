/*
 * ui_realisasi.c - the realisasi page of one SKP (GET /skp/{id}/realisasi
 * ?titik=N, N the checkpoint's number in the period's calendar): loading
 * what it shows, choosing the checkpoint, the frame of the page (the
 * checkpoint selector, why it is read-only when it is), and the POSTs it
 * sends: a realisasi, an evidence file (multipart), a link, deleting
 * evidence; a file download; and closing a checkpoint from the period
 * page.  The body of the page is in ui_realisasi_parts.c.
 *
 * Readers are those who may read the SKP (may_read_skp); only its owner
 * records (may_record_realisasi), and the store decides whether the
 * realisasi may change now.  Saved: 303 back to the indicator with a
 * notice.  Refused by a rule: the page again at that checkpoint with the
 * error under the form and what was typed (422, 409, 413).
 */
#include "web/ui_realisasi.h"
#include "web/ui.h"
#include "web/ui_skp.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"
#include "http/skp_access.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- loading ------------------------------------------------------------------------ */

static void view_release(struct realisasi_view *v)
{
	skp_release(&v->s);
	skp_monitor_release(&v->m);
	skp_capaian_release(&v->cap);
	memset(v, 0, sizeof *v);
}

static int view_load(struct req *r, int64_t skp_id, struct realisasi_view *v, struct kerr *err)
{
	memset(v, 0, sizeof *v);
	if (store_skp_get(r->db, skp_id, &v->s, err))
		return -1;
	if (!may_read_skp(r, &v->s))
		return kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat SKP ini");
	if (store_period_get(r->db, v->s.period_id, &v->period, err) ||
	    store_employee_get(r->db, v->s.employee_id, &v->owner, err) ||
	    store_skp_monitor(r->db, &v->s, &v->m, err))
		return -1;
	v->owner_viewing = may_record_realisasi(r, &v->s);
	return 0;
}

/* Today in WIB, YYYY-MM-DD. */
static void today(char out[11])
{
	date_wib(out, now_unix());
}

/* The checkpoint shown: by id (after a POST), by number (?titik=N), else
 * the latest of the SKP's that has begun, else its first.  NULL when the
 * SKP has none, or the one asked for is not the SKP's. */
static const struct checkpoint *pick(const struct realisasi_view *v, int64_t id, int seq)
{
	const struct checkpoint *found = NULL;
	char now[11];
	today(now);
	for (size_t i = 0; i < v->m.n_cp; i++) {
		const struct checkpoint *c = &v->m.cp[i];
		if (!checkpoint_in_skp(c, &v->s))
			continue;
		if (id || seq) {
			if (c->id == id || (!id && c->seq == seq))
				return c;
		} else if (!found || strcmp(c->start_date, now) <= 0) {
			found = c;
		}
	}
	return found;
}

/* Why the viewer cannot record at the checkpoint shown, or NULL. */
static const char *read_only_reason(const struct realisasi_view *v)
{
	if (!v->owner_viewing)
		return "Anda melihat realisasi ini sebagai pembaca; hanya pegawai pemilik SKP yang "
		       "mengisinya.";
	if (strcmp(v->s.state, "disetujui"))
		return "SKP ini belum disetujui; realisasi hanya dicatat pada SKP yang sudah disetujui "
		       "pejabat penilai.";
	if (strcmp(v->period.state, "terbuka") && strcmp(v->period.state, "dikunci"))
		return "Periode SKP ini tidak terbuka; realisasi tidak dapat diubah.";
	if (strcmp(v->cp->state, CHECKPOINT_OPEN))
		return "Titik periksa ini sudah ditutup administrator; realisasinya tidak dapat diubah "
		       "lagi.";
	return NULL;
}

/* Chooses the checkpoint and computes what the page shows at it. */
static int view_at(struct realisasi_view *v, int64_t cp_id, int seq, struct kerr *err)
{
	skp_capaian_release(&v->cap);
	v->cp = pick(v, cp_id, seq);
	if (!v->cp)
		return (cp_id || seq) ? kerr_set(err, KERR_NOT_FOUND, "titik",
						 "Titik periksa ini tidak ada pada SKP ini") : 0;
	skp_capaian_compute(&v->s, v->m.real, v->m.n_real, v->cp->id, &v->cap);
	v->why_read_only = read_only_reason(v);
	v->may_record = !v->why_read_only;
	return 0;
}

/* ---- the page ----------------------------------------------------------------------- */

static void selector(struct req *r, const struct realisasi_view *v)
{
	html_raw(&r->out, "<nav aria-label=\"Titik periksa\" class=\"mb-3\"><ul class=\"nav nav-pills "
			  "flex-wrap\">");
	for (size_t i = 0; i < v->m.n_cp; i++) {
		const struct checkpoint *c = &v->m.cp[i];
		int on = c == v->cp, closed = strcmp(c->state, CHECKPOINT_OPEN) != 0;
		if (!checkpoint_in_skp(c, &v->s))
			continue;
		if (on)   /* aria-current is markup: html() would escape it as an argument */
			html(&r->out, "<li class=\"nav-item\"><a class=\"nav-link active\" "
				      "aria-current=\"page\" href=\"/skp/%lld/realisasi?titik=%d\">",
			     (long long)v->s.id, c->seq);
		else
			html(&r->out, "<li class=\"nav-item\"><a class=\"nav-link\" href=\"/skp/%lld/"
				      "realisasi?titik=%d\">", (long long)v->s.id, c->seq);
		html(&r->out, "%s%s</a></li>", c->name, closed ? " (ditutup)" : "");
	}
	html_raw(&r->out, "</ul></nav>");
}

static void frame_top(struct req *r, const struct realisasi_view *v)
{
	char months[64];
	skp_months_text(months, sizeof months, v->s.month_from, v->s.month_to);
	html(&r->out, "<nav aria-label=\"Remah roti\"><ol class=\"breadcrumb small mb-2\">"
		      "<li class=\"breadcrumb-item\"><a href=\"/skp/%lld\">SKP %s</a></li>"
		      "<li class=\"breadcrumb-item active\" aria-current=\"page\">Realisasi</li></ol>"
		      "</nav><h1 class=\"h3 mb-0\">Realisasi dan Bukti Dukung</h1><p class=\"text-muted\">"
		      "%s \xc2\xb7 %s \xc2\xb7 %s \xc2\xb7 pendekatan %s</p>", (long long)v->s.id,
	     v->owner.name, v->owner.name, v->period.name, months,
	     skp_approach_label(v->s.approach));
}

static int render(struct req *r, struct realisasi_view *v, int status)
{
	struct strbuf title = STRBUF_INIT;
	strbuf_addf(&title, "Realisasi SKP %s", v->owner.name);
	page_begin(r, title.buf, NAV_SKP);
	frame_top(r, v);
	if (!v->cp) {
		html_raw(&r->out, "<p class=\"alert alert-info\">Periode SKP ini belum memiliki titik "
				  "periksa pada bulan yang dicakup SKP.</p>");
	} else {
		selector(r, v);
		if (v->err)
			html(&r->out, "<div class=\"alert alert-danger\" role=\"alert\">Belum disimpan: %s "
				      "<a class=\"alert-link\" href=\"#iki-%lld\">Ke isian</a></div>",
			     v->err->msg, (long long)v->failed_iki);
		if (v->why_read_only)
			html(&r->out, "<p class=\"alert alert-info\" role=\"status\">%s</p>",
			     v->why_read_only);
		realisasi_summary(r, v);
		realisasi_results(r, v);
	}
	page_end(r);
	strbuf_release(&title);
	return reply_html(r, status);
}

/* GET /skp/{id}/realisasi?titik=N */
static int page_realisasi(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct realisasi_view v;
	const char *t = req_query(r, "titik");
	int seq = t ? atoi(t) : 0;
	if (t && seq <= 0)
		seq = -1;   /* not a number: not found */
	if (view_load(r, r->path_id, &v, &err) || view_at(&v, 0, seq, &err)) {
		view_release(&v);
		return reply_error(r, &err);
	}
	render(r, &v, 200);
	view_release(&v);
	return 0;
}

/* ---- the POSTs ---------------------------------------------------------------------- */

/* Loads the SKP for a change by its owner; replies itself otherwise. */
static int post_load(struct req *r, int64_t skp_id, struct realisasi_view *v)
{
	struct kerr err = KERR_INIT;
	if (view_load(r, skp_id, v, &err) == 0 && !v->owner_viewing)
		kerr_set(&err, KERR_FORBIDDEN, "",
			 "Hanya pegawai pemilik SKP yang dapat mencatat realisasi dan bukti dukungnya");
	if (!kerr_is_set(&err))
		return 0;
	view_release(v);
	reply_error(r, &err);
	return -1;
}

/* Ends a POST: saved: 303 to the indicator at its checkpoint with the
 * notice; refused by a rule: the page again with the error; else an error
 * page.  Releases the view. */
static int post_done(struct req *r, struct realisasi_view *v, int64_t iki, int64_t cp,
		     const struct kerr *err, const char *notice)
{
	struct kerr none = KERR_INIT;
	if (!kerr_is_set(err) && !view_at(v, cp, 0, &none) && v->cp) {
		char loc[160];
		snprintf(loc, sizeof loc, "/skp/%lld/realisasi?titik=%d&pesan=%s#iki-%lld",
			 (long long)v->s.id, v->cp->seq, notice, (long long)iki);
		reply_redirect(r, loc);
	} else if (!kerr_is_set(err)) {
		char loc[80];
		snprintf(loc, sizeof loc, "/skp/%lld/realisasi?pesan=%s", (long long)v->s.id, notice);
		reply_redirect(r, loc);
	} else if (err->code == KERR_INVALID || err->code == KERR_CONFLICT ||
		   err->code == KERR_TOO_LARGE) {
		v->failed_iki = iki;
		v->err = err;
		if (view_at(v, cp, 0, &none) || !v->cp)
			view_at(v, 0, 0, &none);
		render(r, v, kerr_http_status(err));
	} else {
		reply_error(r, err);
	}
	view_release(v);
	return 0;
}

/* A positive id in a form field, 0 with err set otherwise. */
static int64_t form_id(struct req *r, const char *name, int zero_ok, struct kerr *err)
{
	const char *s = req_form(r, name);
	char *end = NULL;
	long long v = s ? strtoll(s, &end, 10) : -1;
	if (!s || end == s || *end || v < 0 || (!v && !zero_ok)) {
		kerr_set(err, KERR_INVALID, name, "Isian tersembunyi '%s' tidak sah; muat ulang halaman",
			 name);
		return 0;
	}
	return v;
}

/* POST /skp/{id}/realisasi: iki_id, checkpoint_id, version, value,
 * description, note. */
static int page_realisasi_save(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct realisasi_view v;
	struct actor who = req_actor(r);
	int64_t id = 0;
	if (post_load(r, r->path_id, &v))
		return 0;
	struct realisasi_input in = { .skp_id = v.s.id };
	in.iki_id = form_id(r, "iki_id", 0, &err);
	in.checkpoint_id = form_id(r, "checkpoint_id", 0, &err);
	in.version = form_id(r, "version", 1, &err);
	char *value = skp_post_text(r, "value", &err);
	char *desc = skp_post_text(r, "description", &err);
	char *note = skp_post_text(r, "note", &err);
	in.value = value;
	in.description = desc;
	in.note = note;
	v.typed_value = value;
	v.typed_description = desc;
	v.typed_note = note;
	if (!kerr_is_set(&err))
		store_realisasi_save(r->db, &who, &in, &id, NULL, &err);
	post_done(r, &v, in.iki_id, in.checkpoint_id, &err, "realisasi_disimpan");
	free(value);
	free(desc);
	free(note);
	return 0;
}

/* The realisasi in the path, and its SKP loaded for its owner's change. */
static int load_by_realisasi(struct req *r, struct realisasi *x, struct realisasi_view *v)
{
	struct kerr err = KERR_INIT;
	int64_t skp_id = 0;
	if (store_realisasi_get(r->db, r->path_id, x, &err) ||
	    store_realisasi_skp(r->db, r->path_id, &skp_id, &err)) {
		realisasi_release(x);
		reply_error(r, &err);
		return -1;
	}
	if (post_load(r, skp_id, v)) {
		realisasi_release(x);
		return -1;
	}
	return 0;
}

/* POST /realisasi/{id}/bukti: the multipart field "berkas". */
static int page_evidence_upload(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct realisasi_view v;
	struct realisasi x;
	struct actor who = req_actor(r);
	int64_t id = 0;
	if (load_by_realisasi(r, &x, &v))
		return 0;
	const struct kv *up = req_upload(r, "berkas");
	if (!up || !up->filename || !up->filename[0])
		kerr_set(&err, KERR_INVALID, "file", "Pilih berkas bukti dukung yang akan diunggah");
	else
		store_evidence_add_file(r->db, &who, x.id, up->filename, up->val, up->len, &id, &err);
	post_done(r, &v, x.iki_id, x.checkpoint_id, &err, "bukti_ditambah");
	realisasi_release(&x);
	return 0;
}

/* POST /realisasi/{id}/tautan: url, title. */
static int page_evidence_link(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct realisasi_view v;
	struct realisasi x;
	struct actor who = req_actor(r);
	int64_t id = 0;
	if (load_by_realisasi(r, &x, &v))
		return 0;
	char *url = skp_post_text(r, "url", &err);
	char *title = skp_post_text(r, "title", &err);
	if (!kerr_is_set(&err))
		store_evidence_add_link(r->db, &who, x.id, url, title, &id, &err);
	post_done(r, &v, x.iki_id, x.checkpoint_id, &err, "bukti_ditambah");
	free(url);
	free(title);
	realisasi_release(&x);
	return 0;
}

/* POST /bukti/{id}/hapus */
static int page_evidence_delete(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct realisasi_view v;
	struct realisasi x;
	struct evidence e;
	int64_t skp_id = 0;
	struct actor who = req_actor(r);
	if (store_evidence_get(r->db, r->path_id, &e, &skp_id, &err) ||
	    store_realisasi_get(r->db, e.realisasi_id, &x, &err)) {
		evidence_release(&e);
		return reply_error(r, &err);
	}
	evidence_release(&e);
	if (!post_load(r, skp_id, &v)) {
		store_evidence_delete(r->db, &who, r->path_id, &err);
		post_done(r, &v, x.iki_id, x.checkpoint_id, &err, "bukti_dihapus");
	}
	realisasi_release(&x);
	return 0;
}

/* GET /bukti/{id} */
static int page_evidence_download(struct req *r)
{
	return reply_evidence_download(r, r->path_id);
}

/* POST /titik-periksa/{id}/tutup (admin, from the period page) */
static int page_checkpoint_close(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct checkpoint c;
	struct actor who = req_actor(r);
	if (store_checkpoint_close(r->db, &who, r->path_id, &err) ||
	    store_checkpoint_get(r->db, r->path_id, &c, &err))
		return reply_error(r, &err);
	char loc[96];
	snprintf(loc, sizeof loc, "/periode/%lld?pesan=titik_ditutup#kalender",
		 (long long)c.period_id);
	return reply_redirect(r, loc);
}

const struct route ui_realisasi_routes[] = {
	{ "GET", "/skp/{id}/realisasi", page_realisasi, ACCESS_LOGIN },
	{ "POST", "/skp/{id}/realisasi", page_realisasi_save, ACCESS_LOGIN },
	{ "POST", "/realisasi/{id}/bukti", page_evidence_upload, ACCESS_LOGIN },
	{ "POST", "/realisasi/{id}/tautan", page_evidence_link, ACCESS_LOGIN },
	{ "POST", "/bukti/{id}/hapus", page_evidence_delete, ACCESS_LOGIN },
	{ "GET", "/bukti/{id}", page_evidence_download, ACCESS_LOGIN },
	{ "POST", "/titik-periksa/{id}/tutup", page_checkpoint_close, ACCESS_ADMIN },
	{ NULL, NULL, NULL, 0 },
};
