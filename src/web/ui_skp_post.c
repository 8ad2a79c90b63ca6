/*
 * ui_skp_post.c - the changes to an SKP's content made from its page: the
 * header (months, approach), results (RHK) and their indicators (IKI).
 * The behaviour expectations, lampiran, workflow actions and hand-down are
 * in ui_skp_act.c; both share skp_post_* from here.
 *
 * Every handler loads the SKP the object belongs to, checks the viewer may
 * change it, reads the form and calls the store.  Saved: 303 back to the
 * SKP page at the changed part (?pesan=disimpan#anchor).  Refused by a rule:
 * the SKP page again with that form open, what was typed and the error
 * (422, 409).  Not allowed or not found: an error page.
 */
#include "web/ui_skp.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shared by the POST handlers ---------------------------------------------------- */

int skp_post_load(struct req *r, int64_t skp_id, struct skp_view *v)
{
	return skp_view_load_or_reply(r, skp_id, v);
}

int skp_post_editable(struct req *r, struct skp_view *v)
{
	if (v->editable)
		return 0;
	if (v->role != SKP_ROLE_OWNER)
		reply_fail(r, KERR_FORBIDDEN, "", "Hanya pegawai pemilik SKP yang dapat mengubah isinya");
	else if (v->pstate != PERIOD_OPEN)
		reply_fail(r, KERR_CONFLICT, "", "Periode %s berstatus %s; SKP tidak dapat diubah",
			   v->period.name, period_state_label(v->pstate));
	else
		reply_fail(r, KERR_CONFLICT, "", "SKP berstatus %s; isinya tidak dapat diubah. %s",
			   skp_state_label(v->state), v->state == SKP_DISETUJUI ?
			   "Buat perubahan SKP terlebih dahulu." : "Tarik pengajuannya terlebih dahulu.");
	skp_view_release(v);
	return -1;
}

const char *skp_post_notice(const char *code)
{
	return notice_text(code) ? code : "disimpan";
}

int skp_post_done(struct req *r, struct skp_view *v, const char *key, const struct kerr *err,
		  const char *anchor, const char *notice)
{
	if (!kerr_is_set(err)) {
		char loc[160];
		snprintf(loc, sizeof loc, "/skp/%lld?pesan=%s#%s", (long long)v->s.id,
			 skp_post_notice(notice ? notice : "disimpan"), anchor);
		reply_redirect(r, loc);
	} else if (err->code == KERR_INVALID || err->code == KERR_CONFLICT) {
		v->failed = key;
		v->err = err;
		skp_view_reply(r, v, kerr_http_status(err));
	} else {
		reply_error(r, err);
	}
	skp_view_release(v);
	return 0;
}

char *skp_post_text(struct req *r, const char *name, struct kerr *err)
{
	const char *v = req_form(r, name);
	if (!v)
		v = "";
	while (*v == ' ' || *v == '\t' || *v == '\r' || *v == '\n')
		v++;
	size_t len = strlen(v);
	while (len && strchr(" \t\r\n", v[len - 1]))
		len--;
	if (!utf8_valid_text(v, len)) {
		kerr_set(err, KERR_INVALID, name, "Isian berisi karakter yang tidak sah");
		len = 0;
	}
	return xstrndup(v, len);
}

int64_t skp_post_id(struct req *r, const char *name, const char *prefix, struct kerr *err)
{
	const char *v = req_form(r, name);
	size_t n = prefix ? strlen(prefix) : 0;
	char *end = NULL;
	if (!v || (n && strncmp(v, prefix, n))) {
		kerr_set(err, KERR_INVALID, name, "Pilihan tidak dikenal");
		return 0;
	}
	long long id = strtoll(v + n, &end, 10);
	if (end == v + n || *end || id <= 0) {
		kerr_set(err, KERR_INVALID, name, "Pilihan tidak dikenal");
		return 0;
	}
	return id;
}

int64_t skp_post_version(struct req *r, struct kerr *err)
{
	const char *v = req_form(r, "version");
	char *end = NULL;
	long long n = v ? strtoll(v, &end, 10) : 0;
	if (!v || end == v || *end || n <= 0)
		kerr_set(err, KERR_INVALID, "version", "Versi data tidak ada; muat ulang halaman");
	return n;
}

/* ---- the header ----------------------------------------------------------------------- */

static int read_int(struct req *r, const char *name, int lo, int hi, const char *what,
		    struct kerr *err)
{
	const char *v = req_form(r, name);
	char *end = NULL;
	long n = v ? strtol(v, &end, 10) : 0;
	if (!v || end == v || *end || n < lo || n > hi) {
		kerr_set(err, KERR_INVALID, name, "%s harus %d sampai %d", what, lo, hi);
		return 0;
	}
	return (int)n;
}

int page_skp_header(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_view v;
	struct skp h;
	if (skp_post_load(r, r->path_id, &v) || skp_post_editable(r, &v))
		return 0;
	memset(&h, 0, sizeof h);
	h.id = v.s.id;
	h.employee_id = v.s.employee_id;
	h.period_id = v.s.period_id;
	h.month_from = read_int(r, "month_from", 1, 12, "Bulan awal", &err);
	h.month_to = read_int(r, "month_to", 1, 12, "Bulan akhir", &err);
	form_read(r, "approach", h.approach, sizeof h.approach, &err);
	h.version = skp_post_version(r, &err);
	struct actor who = req_actor(r);
	if (!kerr_is_set(&err))
		store_skp_update_header(r->db, &who, &h, &err);
	return skp_post_done(r, &v, "kepala", &err, "identitas", NULL);
}

/* ---- results ----------------------------------------------------------------------------- */

/* The one choice of what a result supports: "rhk-ID", "sasaran-ID" or "". */
static void read_link(struct req *r, struct rhk *k, struct kerr *err)
{
	const char *s = req_form(r, "induk");
	if (!s || !*s)
		return;
	if (!strncmp(s, "rhk-", 4))
		k->parent_rhk_id = skp_post_id(r, "induk", "rhk-", err);
	else if (!strncmp(s, "sasaran-", 8))
		k->goal_id = skp_post_id(r, "induk", "sasaran-", err);
	else
		kerr_set(err, KERR_INVALID, "induk", "Pilihan RHK atasan tidak dikenal");
}

static void read_rhk(struct req *r, struct rhk *k, struct kerr *err)
{
	k->text = skp_post_text(r, "text", err);
	form_read(r, "kind", k->kind, sizeof k->kind, err);
	form_read(r, "perspective", k->perspective, sizeof k->perspective, err);
	read_link(r, k, err);
}

/* The kind as a form key part: only the two the page has forms for. */
static const char *kind_key(const char *kind)
{
	return strcmp(kind, "tambahan") ? "utama" : "tambahan";
}

int page_skp_rhk_add(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_view v;
	struct rhk k = { 0 };
	char key[32], anchor[40] = "hasil-kerja";
	if (skp_post_load(r, r->path_id, &v) || skp_post_editable(r, &v))
		return 0;
	k.skp_id = v.s.id;
	read_rhk(r, &k, &err);
	struct actor who = req_actor(r);
	if (!kerr_is_set(&err) && !store_rhk_add(r->db, &who, &k, &err) && k.id)
		snprintf(anchor, sizeof anchor, "rhk-%lld", (long long)k.id);
	snprintf(key, sizeof key, "rhk-baru-%s", kind_key(k.kind));
	skp_post_done(r, &v, key, &err, anchor, NULL);
	free(k.text);
	return 0;
}

/* The SKP an RHK belongs to, loaded for a change; replies itself. */
static int load_by_rhk(struct req *r, int64_t rhk_id, struct skp_view *v)
{
	struct kerr err = KERR_INIT;
	int64_t skp_id = 0;
	if (store_rhk_skp(r->db, rhk_id, &skp_id, &err)) {
		reply_error(r, &err);
		return -1;
	}
	return skp_post_load(r, skp_id, v) || skp_post_editable(r, v) ? -1 : 0;
}

int page_skp_rhk_update(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_view v;
	struct rhk k = { 0 };
	char key[40], anchor[40];
	if (load_by_rhk(r, r->path_id, &v))
		return 0;
	k.id = r->path_id;
	k.skp_id = v.s.id;
	read_rhk(r, &k, &err);
	struct actor who = req_actor(r);
	if (!kerr_is_set(&err))
		store_rhk_update(r->db, &who, &k, &err);
	snprintf(key, sizeof key, "ubah-rhk-%lld", (long long)k.id);
	snprintf(anchor, sizeof anchor, "rhk-%lld", (long long)k.id);
	skp_post_done(r, &v, key, &err, anchor, NULL);
	free(k.text);
	return 0;
}

int page_skp_rhk_delete(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_view v;
	char key[40];
	if (load_by_rhk(r, r->path_id, &v))
		return 0;
	struct actor who = req_actor(r);
	store_rhk_delete(r->db, &who, r->path_id, &err);
	snprintf(key, sizeof key, "hapus-rhk-%lld", (long long)r->path_id);
	return skp_post_done(r, &v, key, &err, "hasil-kerja", "dihapus");
}

/* ---- indicators --------------------------------------------------------------------------- */

static void read_iki(struct req *r, struct iki *q, struct kerr *err)
{
	q->text = skp_post_text(r, "text", err);
	form_read(r, "aspect", q->aspect, sizeof q->aspect, err);
	form_read(r, "target_min", q->target_min, sizeof q->target_min, err);
	form_read(r, "target_max", q->target_max, sizeof q->target_max, err);
	q->target_text = skp_post_text(r, "target_text", err);
	form_read(r, "unit_label", q->unit_label, sizeof q->unit_label, err);
	form_read(r, "direction", q->direction, sizeof q->direction, err);
}

int page_skp_iki_add(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_view v;
	struct iki q = { 0 };
	char key[40], anchor[40];
	if (load_by_rhk(r, r->path_id, &v))
		return 0;
	q.rhk_id = r->path_id;
	read_iki(r, &q, &err);
	struct actor who = req_actor(r);
	if (!kerr_is_set(&err))
		store_iki_add(r->db, &who, &q, &err);
	snprintf(key, sizeof key, "iki-baru-%lld", (long long)q.rhk_id);
	snprintf(anchor, sizeof anchor, "rhk-%lld", (long long)q.rhk_id);
	skp_post_done(r, &v, key, &err, anchor, NULL);
	free(q.text);
	free(q.target_text);
	return 0;
}

/* The SKP an IKI belongs to, loaded for a change, and the IKI's RHK. */
static int load_by_iki(struct req *r, int64_t iki_id, struct skp_view *v, int64_t *rhk_id)
{
	struct kerr err = KERR_INIT;
	int64_t skp_id = 0;
	if (store_iki_skp(r->db, iki_id, &skp_id, &err)) {
		reply_error(r, &err);
		return -1;
	}
	if (skp_post_load(r, skp_id, v) || skp_post_editable(r, v))
		return -1;
	*rhk_id = 0;
	for (size_t i = 0; i < v->s.n_rhk; i++)
		for (size_t j = 0; j < v->s.rhk[i].n_iki; j++)
			if (v->s.rhk[i].iki[j].id == iki_id)
				*rhk_id = v->s.rhk[i].id;
	return 0;
}

int page_skp_iki_update(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_view v;
	struct iki q = { 0 };
	char key[40], anchor[40];
	if (load_by_iki(r, r->path_id, &v, &q.rhk_id))
		return 0;
	q.id = r->path_id;
	read_iki(r, &q, &err);
	struct actor who = req_actor(r);
	if (!kerr_is_set(&err))
		store_iki_update(r->db, &who, &q, &err);
	snprintf(key, sizeof key, "ubah-iki-%lld", (long long)q.id);
	snprintf(anchor, sizeof anchor, "rhk-%lld", (long long)q.rhk_id);
	skp_post_done(r, &v, key, &err, anchor, NULL);
	free(q.text);
	free(q.target_text);
	return 0;
}

int page_skp_iki_delete(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_view v;
	int64_t rhk_id = 0;
	char key[40], anchor[40];
	if (load_by_iki(r, r->path_id, &v, &rhk_id))
		return 0;
	struct actor who = req_actor(r);
	store_iki_delete(r->db, &who, r->path_id, &err);
	snprintf(key, sizeof key, "hapus-iki-%lld", (long long)r->path_id);
	snprintf(anchor, sizeof anchor, "rhk-%lld", (long long)rhk_id);
	return skp_post_done(r, &v, key, &err, anchor, "dihapus");
}
