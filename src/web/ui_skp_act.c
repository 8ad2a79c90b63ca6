/*
 * ui_skp_act.c - the other changes made from an SKP's page: the ekspektasi
 * khusus pimpinan (the pejabat penilai), the lampiran lists (the owner),
 * the workflow actions (ajukan, tarik, ubah by the owner; setujui,
 * kembalikan by the pejabat penilai) and handing a result down to chosen
 * subordinates.  The same shape as ui_skp_post.c, whose skp_post_* helpers
 * end each one.
 */
#include "web/ui_skp.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Refuses (403) a viewer whose role is not `role`; releases the view. */
static int need_role(struct req *r, struct skp_view *v, enum skp_role role, const char *msg)
{
	if (v->role == role)
		return 0;
	reply_fail(r, KERR_FORBIDDEN, "", "%s", msg);
	skp_view_release(v);
	return -1;
}

/* ---- ekspektasi khusus pimpinan ---------------------------------------------------------- */

int page_skp_expectation(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_view v;
	char key[32], anchor[32];
	if (skp_post_load(r, r->path_id, &v) ||
	    need_role(r, &v, SKP_ROLE_ASSESSOR, "Hanya pejabat penilai yang dapat mengisi "
						"ekspektasi khusus pimpinan"))
		return 0;
	const char *s = req_form(r, "nilai");
	char *end = NULL;
	long i = s ? strtol(s, &end, 10) : -1;
	if (!s || end == s || *end || i < 0 || i > 6) {
		kerr_set(&err, KERR_INVALID, "nilai", "Nilai BerAKHLAK tidak dikenal");
		i = 0;
	}
	char *text = skp_post_text(r, "text", &err);
	struct actor who = req_actor(r);
	if (!kerr_is_set(&err))
		store_skp_set_expectation(r->db, &who, v.s.id, (int)i, text, &err);
	snprintf(key, sizeof key, "ekspektasi-%ld", i);
	snprintf(anchor, sizeof anchor, "nilai-%ld", i);
	skp_post_done(r, &v, key, &err, anchor, NULL);
	free(text);
	return 0;
}

/* ---- lampiran ------------------------------------------------------------------------------ */

int page_skp_attachment_add(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_view v;
	enum attachment_kind kind = ATT_DUKUNGAN;
	int64_t id = 0;
	char key[48], anchor[48];
	if (skp_post_load(r, r->path_id, &v) || skp_post_editable(r, &v))
		return 0;
	if (attachment_kind_parse(req_form(r, "kind"), &kind))
		kerr_set(&err, KERR_INVALID, "kind", "Jenis lampiran tidak dikenal");
	char *text = skp_post_text(r, "text", &err);
	struct actor who = req_actor(r);
	if (!kerr_is_set(&err))
		store_skp_attachment_add(r->db, &who, v.s.id, kind, text, &id, &err);
	snprintf(key, sizeof key, "lampiran-%s", attachment_kind_name(kind));
	snprintf(anchor, sizeof anchor, "lampiran-%s-isi", attachment_kind_name(kind));
	skp_post_done(r, &v, key, &err, anchor, NULL);
	free(text);
	return 0;
}

int page_skp_attachment_delete(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_view v;
	int64_t skp_id = 0;
	char key[48];
	if (store_attachment_skp(r->db, r->path_id, &skp_id, &err))
		return reply_error(r, &err);
	if (skp_post_load(r, skp_id, &v) || skp_post_editable(r, &v))
		return 0;
	struct actor who = req_actor(r);
	store_skp_attachment_delete(r->db, &who, r->path_id, &err);
	snprintf(key, sizeof key, "hapus-lampiran-%lld", (long long)r->path_id);
	return skp_post_done(r, &v, key, &err, "lampiran", "dihapus");
}

/* ---- workflow actions ------------------------------------------------------------------------- */

/* The notice shown after each action (ui_layout.c knows them). */
static const char *action_notice(enum skp_action a)
{
	static const char *const codes[SKP__ACTIONS] = {
		[SKP_SUBMIT] = "diajukan", [SKP_APPROVE] = "disetujui",
		[SKP_RETURN] = "dikembalikan", [SKP_WITHDRAW] = "ditarik",
		[SKP_REVISE] = "perubahan",
	};
	return codes[a];
}

/* Refuses, before anything else (a stale version, say), an action that is
 * not the viewer's to take: the owner's steps, or the pejabat penilai's. */
static int not_theirs(const struct skp_view *v, enum skp_action a, struct kerr *err)
{
	struct kerr why = KERR_INIT;
	enum skp_state to;
	if (!skp_transition(v->state, a, v->role, v->pstate, "-", &to, &why) ||
	    why.code != KERR_FORBIDDEN)
		return 0;
	return kerr_set(err, why.code, why.field, "%s", why.msg);
}

int page_skp_act(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_view v;
	enum skp_action a = SKP_SUBMIT;
	char key[32] = "aksi";
	if (skp_post_load(r, r->path_id, &v))
		return 0;
	if (skp_action_parse(req_form(r, "aksi"), &a))
		kerr_set(&err, KERR_INVALID, "aksi", "Tindakan SKP tidak dikenal");
	else
		snprintf(key, sizeof key, "aksi-%s", skp_action_name(a));
	int64_t version = skp_post_version(r, &err);
	char *note = skp_post_text(r, "note", &err);
	struct actor who = req_actor(r);
	if (!kerr_is_set(&err) && !not_theirs(&v, a, &err))
		store_skp_act(r->db, &who, v.s.id, version, a, v.role, note, &err);
	skp_post_done(r, &v, key, &err, "status-judul", action_notice(a));
	free(note);
	return 0;
}

/* ---- handing a result down -------------------------------------------------------------------- */

/* The ticked subordinates (form fields "pegawai"); *n of them. */
static int64_t *read_ticked(struct req *r, size_t *n, struct kerr *err)
{
	int64_t *ids = xcalloc(r->form.n ? r->form.n : 1, sizeof *ids);
	*n = 0;
	for (size_t i = 0; i < r->form.n; i++) {
		const struct kv *kv = &r->form.items[i];
		char *end = NULL;
		if (strcmp(kv->key, "pegawai"))
			continue;
		long long id = strtoll(kv->val, &end, 10);
		if (end == kv->val || *end || id <= 0)
			kerr_set(err, KERR_INVALID, "pegawai", "Pilihan bawahan tidak dikenal");
		else
			ids[(*n)++] = id;
	}
	if (!*n)
		kerr_set(err, KERR_INVALID, "pegawai", "Pilih minimal satu bawahan");
	return ids;
}

int page_skp_hand_down(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_view v;
	int64_t skp_id = 0;
	size_t n = 0;
	char key[40], anchor[40];
	if (store_rhk_skp(r->db, r->path_id, &skp_id, &err))
		return reply_error(r, &err);
	if (skp_post_load(r, skp_id, &v) ||
	    need_role(r, &v, SKP_ROLE_OWNER, "Hanya pemilik RHK yang dapat menurunkannya"))
		return 0;
	int64_t *ids = read_ticked(r, &n, &err);
	struct actor who = req_actor(r);
	if (!kerr_is_set(&err))
		store_rhk_hand_down(r->db, &who, r->path_id, ids, n, &err);
	snprintf(key, sizeof key, "turun-%lld", (long long)r->path_id);
	snprintf(anchor, sizeof anchor, "rhk-%lld", (long long)r->path_id);
	skp_post_done(r, &v, key, &err, anchor, "diturunkan");
	free(ids);
	return 0;
}
