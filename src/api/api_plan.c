/*
 * api_plan.c - SKP over the API: list, create or copy, read, header, their
 * results (RHK), indicators (IKI), the superior's behaviour expectations,
 * lampiran, the workflow with its history, the superior's inbox and
 * handing a result down.  Periods, goals and the cascade are in
 * api_periods.c.
 *
 * The route's access level is checked by the server; here every handler
 * checks the SKP it touches (found through the RHK, IKI or lampiran item
 * for those routes): reading needs may_read_skp; changing the content is
 * the owner's alone (whether the SKP is editable now is the store's to
 * say: 409 naming the state); workflow actions take their role from
 * skp_role_of, and the behaviour expectations are the pejabat penilai's.
 * The JSON shapes and the readers of request bodies are in
 * api_plan_json.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api.h"
#include "api/api_plan.h"
#include "api/api_util.h"
#include "api/api_lists.h"
#include "domain/berakhlak.h"
#include "domain/skp.h"
#include "http/auth.h"
#include "http/request.h"
#include "http/router.h"
#include "http/skp_access.h"
#include "store/plan.h"

#define PER_PAGE_DEFAULT 50
#define PER_PAGE_MAX 500

/* ---- one SKP and who may touch it ------------------------------------------------ */

/* An SKP loaded for a request, with its period and the caller's role. */
struct skp_ctx {
	struct skp s;
	struct period p;
	enum period_state ps;
	enum skp_role role;
};

static void skp_ctx_release(struct skp_ctx *c)
{
	skp_release(&c->s);
}

/* Loads SKP `id` (404 when missing); on success release it with
 * skp_ctx_release. */
static int skp_load(struct req *r, int64_t id, struct skp_ctx *c, struct kerr *err)
{
	memset(c, 0, sizeof *c);
	if (store_skp_get(r->db, id, &c->s, err) < 0)
		return -1;
	if (store_period_get(r->db, c->s.period_id, &c->p, err) < 0 ||
	    period_state_parse(c->p.state, &c->ps) != 0) {
		skp_ctx_release(c);
		return kerr_set(err, KERR_INTERNAL, "", "Periode SKP ini tidak dapat dibaca");
	}
	c->role = skp_role_of(r, &c->s);
	return 0;
}

/* Loads SKP `id` for reading: 403 unless may_read_skp. */
static int skp_open_read(struct req *r, int64_t id, struct skp_ctx *c, struct kerr *err)
{
	if (skp_load(r, id, c, err) < 0)
		return -1;
	if (may_read_skp(r, &c->s))
		return 0;
	skp_ctx_release(c);
	return kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat SKP ini");
}

/* Loads SKP `id` for a content change: only its owner; whether it is
 * editable now is left to the store (409 naming the state). */
static int skp_open_edit(struct req *r, int64_t id, struct skp_ctx *c, struct kerr *err)
{
	if (skp_load(r, id, c, err) < 0)
		return -1;
	if (c->role == SKP_ROLE_OWNER)
		return 0;
	skp_ctx_release(c);
	return kerr_set(err, KERR_FORBIDDEN, "", "Hanya pemilik SKP yang dapat mengubahnya");
}

typedef int (*skp_of_fn)(struct db *db, int64_t item_id, int64_t *skp_id, struct kerr *err);

/* The SKP an RHK, IKI or lampiran item belongs to, opened for editing. */
static int item_open_edit(struct req *r, skp_of_fn skp_of, int64_t item_id, struct skp_ctx *c,
			  struct kerr *err)
{
	int64_t skp_id = 0;
	if (skp_of(r->db, item_id, &skp_id, err) < 0)
		return -1;
	return skp_open_edit(r, skp_id, c, err);
}

/* 1 if the caller may set the superior's behaviour expectations now: the
 * pejabat penilai, before approval, with the period open.  Otherwise 0
 * with err saying why (when err is not NULL). */
static int expectation_allowed(const struct skp_ctx *c, struct kerr *err)
{
	enum skp_state st;
	if (c->role != SKP_ROLE_ASSESSOR)
		kerr_set(err, KERR_FORBIDDEN, "",
			 "Hanya pejabat penilai yang dapat mengisi ekspektasi khusus pimpinan");
	else if (skp_state_parse(c->s.state, &st) != 0 || st == SKP_DISETUJUI)
		kerr_set(err, KERR_CONFLICT, "",
			 "SKP yang sudah disetujui hanya dapat diubah melalui perubahan SKP");
	else if (c->ps != PERIOD_OPEN)
		kerr_set(err, KERR_CONFLICT, "", "Periode SKP ini sedang %s, bukan terbuka",
			 period_state_label(c->ps));
	else
		return 1;
	return 0;
}

/* The actions the caller may take now: workflow actions by
 * skp_transition, plus "ubah_isi" and "ubah_ekspektasi". */
static json_t *actions_json(struct req *r, const struct skp_ctx *c)
{
	json_t *arr = json_array();
	enum skp_state st, to;
	if (skp_state_parse(c->s.state, &st) != 0)
		return arr;
	for (int a = 0; a < SKP__ACTIONS; a++) {
		struct kerr ignored = KERR_INIT;
		if (skp_transition(st, (enum skp_action)a, c->role, c->ps, "-", &to, &ignored) == 0)
			json_array_append_new(arr, json_string(skp_action_name((enum skp_action)a)));
	}
	if (may_edit_skp(r, &c->s, c->ps))
		json_array_append_new(arr, json_string("ubah_isi"));
	if (expectation_allowed(c, NULL))
		json_array_append_new(arr, json_string("ubah_ekspektasi"));
	return arr;
}

/* The employee `id` in the header shape, or null. */
static json_t *person_json(struct req *r, int64_t id)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	if (!id || store_employee_get(r->db, id, &e, &err) < 0)
		return json_null();
	return person_to_json(&e);
}

/* The whole SKP as GET /api/v1/skp/{id} shows it. */
static json_t *skp_full_json(struct req *r, const struct skp_ctx *c)
{
	struct kerr err = KERR_INIT;
	int64_t assessor = c->s.assessor_id;
	if (!assessor)
		store_skp_assessor(r->db, &c->s, &assessor, NULL, &err);
	json_t *j = skp_content_to_json(&c->s);
	json_object_set_new(j, "periode", json_pack("{s:I, s:s, s:i, s:s}", "id",
						    (json_int_t)c->p.id, "nama", c->p.name,
						    "tahun", c->p.year, "status", c->p.state));
	json_object_set_new(j, "pegawai", person_json(r, c->s.employee_id));
	json_object_set_new(j, "pejabat_penilai", person_json(r, assessor));
	json_object_set_new(j, "aksi_tersedia", actions_json(r, c));
	return j;
}

/* Replies with the stored SKP `id` (as the caller sees it). */
static int reply_skp(struct req *r, int status, int64_t id)
{
	struct kerr err = KERR_INIT;
	struct skp_ctx c;
	if (skp_load(r, id, &c, &err) < 0)
		return reply_plan_error(r, &err);
	json_t *j = skp_full_json(r, &c);
	skp_ctx_release(&c);
	return reply_json(r, status, j);
}

/* GET /api/v1/skp/{id} */
static int api_skp_get(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_ctx c;
	if (skp_open_read(r, r->path_id, &c, &err) < 0)
		return reply_plan_error(r, &err);
	json_t *j = skp_full_json(r, &c);
	skp_ctx_release(&c);
	return reply_json(r, 200, j);
}

/* ---- lists ------------------------------------------------------------------------ */

static int query_flag(const struct req *r, const char *name)
{
	const char *v = req_query(r, name);
	return v && (!strcmp(v, "1") || !strcmp(v, "ya") || !strcmp(v, "true"));
}

/* What /api/v1/skp did before its filters (kept): without periode the
 * current period; pegawai=ID one employee's SKPs; bawahan=1 those the
 * caller rates; an employee who names neither a unit, an employee nor
 * bawahan gets their own; a pengelola without a unit nothing. */
static int skp_list_legacy(struct req *r, struct list_request *lr, struct kerr *err)
{
	int64_t me = r->who.employee_id;
	if (!lr->q.period_id && period_from_query(r, &lr->f.period_id, err) < 0)
		return -1;
	if (req_query_id(r, "pegawai", &lr->f.employee_id, err) < 0)
		return -1;
	if (query_flag(r, "bawahan")) {
		if (!me)
			return kerr_set(err, KERR_FORBIDDEN, "bawahan",
					"Akun ini tidak terhubung dengan data pegawai");
		lr->f.assessor_id = me;
	}
	if (r->who.role == ROLE_PENGELOLA && !r->who.scope_unit_id)
		return kerr_set(err, KERR_FORBIDDEN, "",
				"Akun pengelola ini belum diberi unit kerja yang dikelola");
	if (r->who.role != ROLE_PEGAWAI || lr->q.unit_id || lr->f.employee_id || lr->f.assessor_id)
		return 0;
	if (!me)
		return kerr_set(err, KERR_FORBIDDEN, "", "Akun ini tidak terhubung dengan data pegawai");
	lr->f.employee_id = me;
	return 0;
}

static json_t *summaries_json(const struct skp_summary *rows, size_t n)
{
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, skp_summary_to_json(&rows[i]));
	return items;
}

static json_t *skp_rows_json(const struct skp_list_row *rows, size_t n)
{
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *j = skp_summary_to_json(&rows[i].s);
		json_object_set_new(j, "periode", json_string(rows[i].period_name));
		json_array_append_new(items, j);
	}
	return items;
}

/* GET /api/v1/skp?periode=&unit=&status=&q=&urut=&arah=&pegawai=&bawahan=1&page=&per_page=:
 * parameters, scope and refusals as list_request_read (http/list_access.h),
 * with what the route did before kept (skp_list_legacy). */
static int api_skp_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct list_request lr;
	struct skp_list_row *rows = NULL;
	size_t n = 0;
	int64_t total = 0;
	if (list_request_read(r, &listq_skp, 1, &lr, &err) || skp_list_legacy(r, &lr, &err) ||
	    (lr.f.period_id && store_list_skp(r->db, &lr.f, &rows, &n, &total, &err))) {
		list_request_release(&lr);
		return reply_plan_error(r, &err);
	}
	json_t *j = api_list_answer(&lr, skp_rows_json(rows, n), total);
	free(rows);
	json_object_set_new(j, "periode_id", api_id(lr.f.period_id));
	list_request_release(&lr);
	return reply_json(r, 200, j);
}

/* GET /api/v1/skp/masuk?periode=: the caller's subordinates with their SKP
 * (or none yet), waiting first. */
static int api_skp_inbox(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_summary *rows = NULL;
	size_t n = 0;
	int64_t period = 0;
	if (!r->who.employee_id)
		return reply_fail(r, KERR_FORBIDDEN, "", "Akun ini tidak terhubung dengan data pegawai");
	if (period_from_query(r, &period, &err) < 0 ||
	    (period && store_skp_inbox(r->db, r->who.employee_id, period, &rows, &n, &err) < 0))
		return reply_plan_error(r, &err);
	for (size_t i = 0; i < n; i++)
		rows[i].period_id = period;   /* also for subordinates without an SKP yet */
	json_t *j = api_list(summaries_json(rows, n), (int64_t)n, 1, (int)n);
	free(rows);
	json_object_set_new(j, "periode_id", api_id(period));
	return reply_json(r, 200, j);
}

/* ---- creating and changing the header ---------------------------------------------- */

/* The month (1-12) of a YYYY-MM-DD date, or `def`. */
static int month_of(const char *date, int def)
{
	int y, m, d;
	if (!date_valid(date) || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return def;
	return m;
}

/* The body of POST /api/v1/skp. */
struct skp_new {
	struct skp s;
	int64_t copy_from;
	int months_given, approach_given;   /* sent in the body */
};

/* The period named in a body (0: the current one); an unknown one is
 * KERR_INVALID on "periode". */
static int body_period(struct req *r, int64_t id, struct period *p, struct kerr *err)
{
	int rc = id ? store_period_get(r->db, id, p, err) : store_period_current(r->db, p, err);
	if (rc == 0 || err->code != KERR_NOT_FOUND)
		return rc;
	kerr_clear(err);
	if (!id)
		return kerr_set(err, KERR_INVALID, "periode",
				"Belum ada periode kinerja yang terbuka; isi kolom 'periode'");
	return kerr_set(err, KERR_INVALID, "periode", "Periode %lld tidak ditemukan", (long long)id);
}

/* {periode, bulan_awal, bulan_akhir, pendekatan, salin_dari}: the period
 * defaults to the current one, the months to the period's, the approach
 * to kuantitatif. */
static int skp_new_read(struct req *r, json_t *body, struct skp_new *n, struct kerr *err)
{
	static const char *const keys[] = { "periode", "bulan_awal", "bulan_akhir", "pendekatan",
					    "salin_dari", NULL };
	struct period p;
	n->months_given = json_object_get(body, "bulan_awal") || json_object_get(body, "bulan_akhir");
	n->approach_given = json_object_get(body, "pendekatan") != NULL;
	if (json_take_strings(body, NULL, 0, keys, err) < 0 ||
	    json_take_int(body, "periode", 1, 0, &n->s.period_id, err) < 0 ||
	    json_take_int(body, "salin_dari", 1, 1, &n->copy_from, err) < 0 ||
	    body_period(r, n->s.period_id, &p, err) < 0)
		return -1;
	int first = month_of(p.start_date, 1), last = month_of(p.end_date, 12);
	n->s.period_id = p.id;
	n->s.month_from = first;
	n->s.month_to = last;
	copy_str(n->s.approach, sizeof n->s.approach, "kuantitatif");
	if (skp_header_read(body, &n->s, keys, err) < 0)
		return -1;
	if (!n->months_given) {   /* the store takes the months not yet covered */
		n->s.month_from = n->s.month_to = 0;
		return 0;
	}
	if (n->s.month_from < first || n->s.month_to > last)
		return kerr_set(err, KERR_INVALID, n->s.month_from < first ? "bulan_awal" : "bulan_akhir",
				"Bulan SKP harus di dalam periode %s (bulan %d sampai %d)", p.name,
				first, last);
	return 0;
}

/* Copies the caller's own SKP n->copy_from into the period with the months
 * and approach sent, in one step (someone else's is 403). */
static int skp_copy(struct req *r, const struct skp_new *n, int64_t *id, struct kerr *err)
{
	struct skp src;
	struct actor who = req_actor(r);
	if (store_skp_get(r->db, n->copy_from, &src, err) < 0) {
		if (err->code != KERR_NOT_FOUND)
			return -1;
		kerr_clear(err);
		return kerr_set(err, KERR_NOT_FOUND, "salin_dari",
				"SKP yang akan disalin (salin_dari %lld) tidak ditemukan",
				(long long)n->copy_from);
	}
	int mine = src.employee_id == r->who.employee_id;
	skp_release(&src);
	if (!mine)
		return kerr_set(err, KERR_FORBIDDEN, "salin_dari", "Hanya SKP Anda sendiri yang dapat disalin");
	struct skp want = { .period_id = n->s.period_id };
	if (n->months_given) {
		want.month_from = n->s.month_from;
		want.month_to = n->s.month_to;
	}
	if (n->approach_given)
		copy_str(want.approach, sizeof want.approach, n->s.approach);
	return store_skp_copy(r->db, &who, n->copy_from, &want, id, err);
}

/* POST /api/v1/skp: the caller's own new SKP (empty, or a copy of one of
 * their earlier SKPs): 201 with the whole SKP. */
static int api_skp_create(struct req *r)
{
	if (!r->who.employee_id)
		return reply_fail(r, KERR_FORBIDDEN, "",
				  "Akun ini tidak terhubung dengan data pegawai: hanya pegawai yang "
				  "menyusun SKP");
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct skp_new n;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t id = 0;
	memset(&n, 0, sizeof n);
	int rc = skp_new_read(r, body, &n, &err);
	json_decref(body);
	n.s.employee_id = r->who.employee_id;
	if (rc == 0 && n.copy_from)
		rc = skp_copy(r, &n, &id, &err);
	else if (rc == 0 && (rc = store_skp_create(r->db, &who, &n.s, &err)) == 0)
		id = n.s.id;
	skp_release(&n.s);
	if (rc < 0)
		return reply_plan_error(r, &err);
	return reply_skp(r, 201, id);
}

/* PUT /api/v1/skp/{id}: 200 with the SKP; 409 on a stale version. */
static int api_skp_update(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_ctx c;
	struct actor who = req_actor(r);
	if (skp_open_edit(r, r->path_id, &c, &err) < 0)
		return reply_plan_error(r, &err);
	json_t *body = req_json_or_reply(r);
	int rc = body ? skp_update_read(body, &c.s, &err) : -1;
	json_decref(body);
	if (rc == 0)
		rc = store_skp_update_header(r->db, &who, &c.s, &err);
	skp_ctx_release(&c);
	if (!body)
		return 0;
	if (rc < 0)
		return reply_plan_error(r, &err);
	return reply_skp(r, 200, r->path_id);
}

/* ---- results (RHK) and indicators (IKI) ------------------------------------------- */

static struct rhk *rhk_find(const struct skp *s, int64_t id)
{
	for (size_t i = 0; i < s->n_rhk; i++)
		if (s->rhk[i].id == id)
			return &s->rhk[i];
	return NULL;
}

static struct iki *iki_find(const struct skp *s, int64_t id)
{
	for (size_t i = 0; i < s->n_rhk; i++)
		for (size_t k = 0; k < s->rhk[i].n_iki; k++)
			if (s->rhk[i].iki[k].id == id)
				return &s->rhk[i].iki[k];
	return NULL;
}

/* Replies with RHK `rhk_id` (iki_id 0) or IKI `iki_id` as stored in SKP
 * `skp_id`. */
static int reply_item(struct req *r, int status, int64_t skp_id, int64_t rhk_id, int64_t iki_id)
{
	struct kerr err = KERR_INIT;
	struct skp s;
	if (store_skp_get(r->db, skp_id, &s, &err) < 0)
		return reply_plan_error(r, &err);
	struct rhk *rk = iki_id ? NULL : rhk_find(&s, rhk_id);
	struct iki *k = iki_id ? iki_find(&s, iki_id) : NULL;
	json_t *j = rk ? rhk_to_json(rk) : k ? iki_to_json(k) : NULL;
	skp_release(&s);
	if (!j)
		return reply_fail(r, KERR_NOT_FOUND, "", "Data tidak ditemukan");
	return reply_json(r, status, j);
}

static int reply_deleted(struct req *r, int64_t id)
{
	return reply_json(r, 200, json_pack("{s:b, s:I}", "dihapus", 1, "id", (json_int_t)id));
}

/* POST /api/v1/skp/{id}/rhk: 201 with the new RHK. */
static int api_rhk_add(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_ctx c;
	struct rhk rk;
	struct actor who = req_actor(r);
	char text[TEXT_BUF];
	if (skp_open_edit(r, r->path_id, &c, &err) < 0)
		return reply_plan_error(r, &err);
	skp_ctx_release(&c);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	memset(&rk, 0, sizeof rk);
	rk.skp_id = r->path_id;
	int rc = rhk_read(body, &rk, text, sizeof text, 1, &err);
	json_decref(body);
	if (rc < 0)
		return reply_plan_error(r, &err);
	if (store_rhk_add(r->db, &who, &rk, &err) < 0)
		return reply_plan_error(r, &err);
	return reply_item(r, 201, rk.skp_id, rk.id, 0);
}

/* PUT /api/v1/rhk/{id}: changes the fields sent; 200 with the RHK. */
static int api_rhk_update(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_ctx c;
	struct actor who = req_actor(r);
	char text[TEXT_BUF];
	if (item_open_edit(r, store_rhk_skp, r->path_id, &c, &err) < 0)
		return reply_plan_error(r, &err);
	json_t *body = req_json_or_reply(r);
	const struct rhk *cur = rhk_find(&c.s, r->path_id);
	struct rhk rk = cur ? *cur : (struct rhk){ 0 };   /* shallow: c.s keeps ownership */
	int rc = body ? rhk_read(body, &rk, text, sizeof text, 0, &err) : -1;
	if (rc == 0)
		rc = store_rhk_update(r->db, &who, &rk, &err);
	int64_t skp_id = c.s.id;
	json_decref(body);
	skp_ctx_release(&c);
	if (!body)
		return 0;
	if (rc < 0)
		return reply_plan_error(r, &err);
	return reply_item(r, 200, skp_id, r->path_id, 0);
}

/* Deletes the RHK, IKI or lampiran item in the path after the owner's
 * check on its SKP (skp_of finds it, del deletes the item). */
typedef int (*item_delete_fn)(struct db *db, const struct actor *who, int64_t id,
			      struct kerr *err);
static int delete_item(struct req *r, skp_of_fn skp_of, item_delete_fn del)
{
	struct kerr err = KERR_INIT;
	struct skp_ctx c;
	struct actor who = req_actor(r);
	if (item_open_edit(r, skp_of, r->path_id, &c, &err) < 0)
		return reply_plan_error(r, &err);
	skp_ctx_release(&c);
	if (del(r->db, &who, r->path_id, &err) < 0)
		return reply_plan_error(r, &err);
	return reply_deleted(r, r->path_id);
}

/* DELETE /api/v1/rhk/{id}, with its indicators. */
static int api_rhk_delete(struct req *r)
{
	return delete_item(r, store_rhk_skp, store_rhk_delete);
}

/* POST /api/v1/rhk/{id}/iki: 201 with the new IKI. */
static int api_iki_add(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_ctx c;
	struct iki k;
	char text[TEXT_BUF], target_text[TEXT_BUF];
	struct actor who = req_actor(r);
	if (item_open_edit(r, store_rhk_skp, r->path_id, &c, &err) < 0)
		return reply_plan_error(r, &err);
	int64_t skp_id = c.s.id;
	skp_ctx_release(&c);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	memset(&k, 0, sizeof k);
	k.rhk_id = r->path_id;
	int rc = iki_read(body, &k, text, target_text, sizeof text, 1, &err);
	json_decref(body);
	if (rc < 0)
		return reply_plan_error(r, &err);
	if (store_iki_add(r->db, &who, &k, &err) < 0)
		return reply_plan_error(r, &err);
	return reply_item(r, 201, skp_id, 0, k.id);
}

/* PUT /api/v1/iki/{id}: changes the fields sent; 200 with the IKI. */
static int api_iki_update(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_ctx c;
	char text[TEXT_BUF], target_text[TEXT_BUF];
	struct actor who = req_actor(r);
	if (item_open_edit(r, store_iki_skp, r->path_id, &c, &err) < 0)
		return reply_plan_error(r, &err);
	json_t *body = req_json_or_reply(r);
	const struct iki *cur = iki_find(&c.s, r->path_id);
	struct iki k = cur ? *cur : (struct iki){ 0 };   /* shallow: c.s keeps ownership */
	int rc = body ? iki_read(body, &k, text, target_text, sizeof text, 0, &err) : -1;
	if (rc == 0)
		rc = store_iki_update(r->db, &who, &k, &err);
	int64_t skp_id = c.s.id;
	json_decref(body);
	skp_ctx_release(&c);
	if (!body)
		return 0;
	if (rc < 0)
		return reply_plan_error(r, &err);
	return reply_item(r, 200, skp_id, 0, r->path_id);
}

/* DELETE /api/v1/iki/{id} */
static int api_iki_delete(struct req *r)
{
	return delete_item(r, store_iki_skp, store_iki_delete);
}

/* ---- behaviour expectations and lampiran ------------------------------------------ */

/* PUT /api/v1/skp/{id}/ekspektasi {kode, teks}: the pejabat penilai's
 * "ekspektasi khusus pimpinan" for one value; 200 with the SKP. */
static int api_skp_expectation(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_ctx c;
	struct actor who = req_actor(r);
	char code[64], text[TEXT_BUF] = "";
	int idx;
	if (skp_load(r, r->path_id, &c, &err) < 0)
		return reply_plan_error(r, &err);
	int allowed = expectation_allowed(&c, &err);
	skp_ctx_release(&c);
	if (!allowed)
		return reply_plan_error(r, &err);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	const struct json_field fields[] = {
		{ "kode", code, sizeof code, 1 },
		{ "teks", text, sizeof text, 0 },
	};
	int rc = json_take_strings(body, fields, sizeof fields / sizeof fields[0], NULL, &err);
	json_decref(body);
	if (rc < 0 || value_code_read(code, &idx, &err) < 0)
		return reply_plan_error(r, &err);
	if (store_skp_set_expectation(r->db, &who, r->path_id, idx, text, &err) < 0)
		return reply_plan_error(r, &err);
	return reply_skp(r, 200, r->path_id);
}

/* POST /api/v1/skp/{id}/lampiran {jenis, teks}: 201 with the item. */
static int api_attachment_add(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_ctx c;
	struct actor who = req_actor(r);
	char kind_s[40], text[TEXT_BUF];
	enum attachment_kind kind;
	int64_t id = 0;
	if (skp_open_edit(r, r->path_id, &c, &err) < 0)
		return reply_plan_error(r, &err);
	skp_ctx_release(&c);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	const struct json_field fields[] = {
		{ "jenis", kind_s, sizeof kind_s, 1 },
		{ "teks", text, sizeof text, 1 },
	};
	int rc = json_take_strings(body, fields, sizeof fields / sizeof fields[0], NULL, &err);
	json_decref(body);
	if (rc == 0 && attachment_json_parse(kind_s, &kind) != 0)
		rc = kerr_set(&err, KERR_INVALID, "jenis",
			      "Kolom 'jenis' harus 'dukungan_sumber_daya', "
			      "'skema_pertanggungjawaban' atau 'konsekuensi'");
	if (rc < 0)
		return reply_plan_error(r, &err);
	if (store_skp_attachment_add(r->db, &who, r->path_id, kind, text, &id, &err) < 0)
		return reply_plan_error(r, &err);
	return reply_json(r, 201, json_pack("{s:I, s:I, s:s, s:s}", "id", (json_int_t)id,
					    "skp_id", (json_int_t)r->path_id,
					    "jenis", attachment_json_key(kind), "teks", text));
}

/* DELETE /api/v1/lampiran/{id} */
static int api_attachment_delete(struct req *r)
{
	return delete_item(r, store_attachment_skp, store_skp_attachment_delete);
}

/* ---- the workflow ---------------------------------------------------------------- */

/* POST /api/v1/skp/{id}/aksi: a workflow step as the owner or the
 * pejabat penilai; 200 with the SKP. */
static int api_skp_act(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_ctx c;
	struct actor who = req_actor(r);
	char note[TEXT_BUF] = "";
	enum skp_action action;
	int64_t version = 0;
	if (skp_load(r, r->path_id, &c, &err) < 0)
		return reply_plan_error(r, &err);
	enum skp_role role = c.role;
	skp_ctx_release(&c);
	if (role == SKP_ROLE_OTHER)
		return reply_fail(r, KERR_FORBIDDEN, "",
				  "Hanya pemilik SKP dan pejabat penilainya yang dapat menjalankan "
				  "aksi pada SKP ini");
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	int rc = skp_act_read(body, &action, note, sizeof note, &version, &err);
	json_decref(body);
	if (rc < 0)
		return reply_plan_error(r, &err);
	if (store_skp_act(r->db, &who, r->path_id, version, action, role, note, &err) < 0)
		return reply_plan_error(r, &err);
	return reply_skp(r, 200, r->path_id);
}

/* GET /api/v1/skp/{id}/riwayat: the SKP's history, oldest first. */
static int api_skp_history(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_ctx c;
	struct skp_event *ev = NULL;
	size_t n = 0;
	if (skp_open_read(r, r->path_id, &c, &err) < 0)
		return reply_plan_error(r, &err);
	skp_ctx_release(&c);
	if (store_skp_events(r->db, r->path_id, &ev, &n, &err) < 0)
		return reply_plan_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, skp_event_to_json(&ev[i]));
	skp_events_free(ev, n);
	return reply_json(r, 200, api_list(items, (int64_t)n, 1, (int)n));
}

/* ---- helping to plan ------------------------------------------------------------- */

/* POST /api/v1/rhk/{id}/turunkan {pegawai: [...]}: the RHK's owner hands it
 * down to chosen subordinates as a proposed RHK; {diterima: N}. */
static int api_rhk_hand_down(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct skp_ctx c;
	struct actor who = req_actor(r);
	int64_t skp_id = 0, *ids = NULL;
	size_t n = 0;
	if (store_rhk_skp(r->db, r->path_id, &skp_id, &err) < 0 ||
	    skp_load(r, skp_id, &c, &err) < 0)
		return reply_plan_error(r, &err);
	enum skp_role role = c.role;
	skp_ctx_release(&c);
	if (role != SKP_ROLE_OWNER)
		return reply_fail(r, KERR_FORBIDDEN, "",
				  "Hanya pemilik RHK yang dapat menurunkannya kepada bawahan");
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	int rc = hand_down_read(body, &ids, &n, &err);
	json_decref(body);
	if (rc < 0)
		return reply_plan_error(r, &err);
	int got = store_rhk_hand_down(r->db, &who, r->path_id, ids, n, &err);
	free(ids);
	if (got < 0)
		return reply_plan_error(r, &err);
	return reply_json(r, 200, json_pack("{s:i}", "diterima", got));
}

const struct route api_plan_routes[] = {
	{ "GET", "/api/v1/skp", api_skp_list, ACCESS_LOGIN },
	{ "POST", "/api/v1/skp", api_skp_create, ACCESS_LOGIN },
	{ "GET", "/api/v1/skp/masuk", api_skp_inbox, ACCESS_LOGIN },
	{ "GET", "/api/v1/skp/{id}", api_skp_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/skp/{id}", api_skp_update, ACCESS_LOGIN },
	{ "POST", "/api/v1/skp/{id}/rhk", api_rhk_add, ACCESS_LOGIN },
	{ "PUT", "/api/v1/skp/{id}/ekspektasi", api_skp_expectation, ACCESS_LOGIN },
	{ "POST", "/api/v1/skp/{id}/lampiran", api_attachment_add, ACCESS_LOGIN },
	{ "POST", "/api/v1/skp/{id}/aksi", api_skp_act, ACCESS_LOGIN },
	{ "GET", "/api/v1/skp/{id}/riwayat", api_skp_history, ACCESS_LOGIN },
	{ "PUT", "/api/v1/rhk/{id}", api_rhk_update, ACCESS_LOGIN },
	{ "DELETE", "/api/v1/rhk/{id}", api_rhk_delete, ACCESS_LOGIN },
	{ "POST", "/api/v1/rhk/{id}/iki", api_iki_add, ACCESS_LOGIN },
	{ "POST", "/api/v1/rhk/{id}/turunkan", api_rhk_hand_down, ACCESS_LOGIN },
	{ "PUT", "/api/v1/iki/{id}", api_iki_update, ACCESS_LOGIN },
	{ "DELETE", "/api/v1/iki/{id}", api_iki_delete, ACCESS_LOGIN },
	{ "DELETE", "/api/v1/lampiran/{id}", api_attachment_delete, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
