/*
 * api_objection.c - objections (keberatan) over the API: filing one
 * against a final assessment (POST /api/v1/penilaian/{id}/keberatan) and
 * whether one may (GET of the same), its attachments (multipart "berkas")
 * and their download, one case, the caller's lists, the request for an
 * explanation, the explanation, the decision, and the deadline setting;
 * and the route table.  The predicate of a changed assessment is never
 * taken from the client: a decision naming it is refused with 400.
 */
#include <stdlib.h>
#include <string.h>

#include "api/api_objection.h"
#include "api/api_util.h"
#include "api/api_lists.h"
#include "http/assess_access.h"
#include "http/request.h"
#include "http/router.h"
#include "http/skp_access.h"

#define TEXT_BUF (OBJECTION_TEXT_MAX * 4 + 1)
#define REASON_BUF (ASSESS_REASON_MAX * 4 + 1)

static int reply_case(struct req *r, int64_t id, int status)
{
	struct objection o;
	unsigned roles = 0;
	struct kerr err = KERR_INIT;
	if (objection_load(r, id, &o, &roles, &err))
		return reply_error(r, &err);
	json_t *j = objection_to_json(&o, roles);
	objection_release(&o);
	return reply_json(r, status, j);
}

/* GET /api/v1/keberatan/{id} */
static int api_objection_get(struct req *r)
{
	return reply_case(r, r->path_id, 200);
}

/* POST /api/v1/penilaian/{id}/keberatan {alasan}: 201 with the case. */
static int api_objection_file(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	char *reasons = xcalloc(1, TEXT_BUF);
	const struct json_field f[] = { { "alasan", reasons, TEXT_BUF, 1 } };
	int64_t id = 0;
	json_t *body = req_json_or_reply(r);
	if (!body) {
		free(reasons);
		return 0;
	}
	int rc = json_take_strings(body, f, 1, NULL, &err);
	json_decref(body);
	struct objection_filing in = { r->path_id, r->who.employee_id, reasons, NULL };
	if (!rc)
		rc = store_objection_file(r->db, &who, &in, &id, &err);
	free(reasons);
	return rc ? reply_error(r, &err) : reply_case(r, id, 201);
}

/* GET /api/v1/penilaian/{id}/keberatan: the deadline and the case, if any. */
static int api_objection_window(struct req *r)
{
	struct objection_window w;
	struct kerr err = KERR_INIT;
	struct skp s;
	if (store_objection_window(r->db, r->path_id, &w, &err) ||
	    store_skp_get(r->db, w.skp_id, &s, &err))
		return reply_error(r, &err);
	int ok = may_read_skp(r, &s);
	skp_release(&s);
	if (!ok)
		return reply_fail(r, KERR_FORBIDDEN, "", "Anda tidak berhak melihat penilaian ini");
	json_t *j = json_pack("{s:I, s:b, s:i, s:o, s:b}", "penilaian_id", (json_int_t)r->path_id,
			      "ditetapkan", w.final, "batas_hari", w.days,
			      "batas_waktu", objection_day_json(w.last_day), "boleh_ajukan",
			      w.open && r->who.employee_id == w.employee_id);
	struct objection o;
	unsigned roles = 0;
	if (w.objection_id && !objection_load(r, w.objection_id, &o, &roles, &err)) {
		json_object_set_new(j, "keberatan", objection_to_json(&o, roles));
		objection_release(&o);
	} else {
		json_object_set_new(j, "keberatan", json_null());
	}
	return reply_json(r, 200, j);
}

/* ---- attachments ---------------------------------------------------------------------------- */

/* POST /api/v1/keberatan/{id}/lampiran (multipart "berkas"): 201. */
static int api_objection_attach(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct objection o;
	struct objection_attachment a;
	unsigned roles = 0;
	int64_t id = 0;
	struct actor who = req_actor(r);
	if (objection_load(r, r->path_id, &o, &roles, &err))
		return reply_error(r, &err);
	objection_release(&o);
	if (!objection_may(roles, OBJ_ROLE_FILER, &err))
		return reply_error(r, &err);
	const struct kv *up = objection_upload(r, "berkas");
	if (!up || !up->filename[0])
		return reply_fail(r, KERR_INVALID, "berkas", "Pilih berkas lampiran (kolom 'berkas', "
				  "multipart/form-data)");
	struct objection_file f = { up->filename, up->val, up->len };
	if (store_objection_attach(r->db, &who, r->path_id, &f, &id, &err) ||
	    store_objection_attachment_get(r->db, id, &a, &err))
		return reply_error(r, &err);
	json_t *j = objection_attachment_to_json(&a);
	objection_attachment_release(&a);
	return reply_json(r, 201, j);
}

/* GET /api/v1/keberatan-lampiran/{id}: the file's bytes. */
static int api_objection_download(struct req *r)
{
	return reply_objection_attachment(r, r->path_id);
}

/* ---- lists ---------------------------------------------------------------------------------- */

static json_t *list_json(struct req *r, enum objection_list which, struct kerr *err)
{
	struct objection *v = NULL;
	size_t n = 0;
	if (store_objection_list(r->db, which, r->who.employee_id, r->who.role == ROLE_ADMIN, &v,
				 &n, err))
		return NULL;
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, objection_summary_json(&v[i]));
	objections_free(v, n);
	return arr;
}

/* GET /api/v1/keberatan: the caller's cases, newest first (diajukan,
 * untuk_diputus, untuk_dijelaskan), and the filtered, paged list of every
 * case the caller may see (items, total, page, ...; api_lists.h). */
static int api_objection_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	json_t *answer = json_object();
	if (api_objection_list_filtered(r, answer, &err)) {
		json_decref(answer);
		return reply_error(r, &err);
	}
	json_t *filed = list_json(r, OBJ_LIST_FILED, &err);
	json_t *decide = filed ? list_json(r, OBJ_LIST_TO_DECIDE, &err) : NULL;
	json_t *explain = decide ? list_json(r, OBJ_LIST_TO_EXPLAIN, &err) : NULL;
	if (!explain) {
		json_decref(filed);
		json_decref(decide);
		json_decref(answer);
		return reply_error(r, &err);
	}
	json_object_set_new(answer, "diajukan", filed);
	json_object_set_new(answer, "untuk_diputus", decide);
	json_object_set_new(answer, "untuk_dijelaskan", explain);
	return reply_json(r, 200, answer);
}

/* ---- the explanation and the decision -------------------------------------------------------- */

typedef int (*step_fn)(struct db *db, const struct actor *who, int64_t id, const char *text,
		       const char *actor_name, int64_t version, struct kerr *err);

/* Loads the case for a caller with role `need` and reads the body. */
static json_t *load_for(struct req *r, unsigned need, struct kerr *err)
{
	struct objection o;
	unsigned roles = 0;
	if (objection_load(r, r->path_id, &o, &roles, err))
		return NULL;
	objection_release(&o);
	if (!objection_may(roles, need, err))
		return NULL;
	return req_json_or_reply(r);
}

/* A step with one text (`field`) and an optional version. */
static int api_step(struct req *r, unsigned need, const char *field, step_fn fn)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	char name[300];
	int64_t version = 0;
	json_t *body = load_for(r, need, &err);
	if (!body)
		return kerr_is_set(&err) ? reply_error(r, &err) : 0;
	char *text = xcalloc(1, TEXT_BUF);
	static const char *const extra[] = { "version", NULL };
	const struct json_field f[] = { { field, text, TEXT_BUF, 0 } };
	int rc = json_take_strings(body, f, 1, extra, &err) < 0 ||
		 json_take_int(body, "version", 1, 0, &version, &err) < 0;
	json_decref(body);
	caller_display_name(r, name, sizeof name);
	if (!rc)
		rc = fn(r->db, &who, r->path_id, text, name, version, &err);
	free(text);
	return rc ? reply_error(r, &err) : reply_case(r, r->path_id, 200);
}

/* POST /api/v1/keberatan/{id}/minta-penjelasan {pertanyaan, version?} */
static int api_objection_ask(struct req *r)
{
	return api_step(r, OBJ_ROLE_DECIDER, "pertanyaan", store_objection_ask);
}

/* POST /api/v1/keberatan/{id}/penjelasan {penjelasan, version?} */
static int api_objection_explain(struct req *r)
{
	return api_step(r, OBJ_ROLE_EXPLAINER, "penjelasan", store_objection_explain);
}

static int decision_field(json_t *body, enum objection_decision *out, struct kerr *err)
{
	json_t *v = json_object_get(body, "putusan");
	if (!v || !json_is_string(v) || objection_decision_parse(json_string_value(v), out))
		return kerr_set(err, KERR_INVALID, "putusan", "Kolom 'putusan' wajib diisi: 'tetap' "
				"(penilaian tidak diubah) atau 'diubah'");
	return 0;
}

/* The texts a decision reads, in one block. */
struct ruling_texts {
	char text[TEXT_BUF], hasil[REASON_BUF], perilaku[REASON_BUF];
};

static int ruling_read(json_t *body, struct objection_ruling *in, struct ruling_texts *t,
		       struct kerr *err)
{
	static const char *const extra[] = { "putusan", "hasil_kerja", "perilaku_kerja", "version",
					      NULL };
	const struct json_field f[] = {
		{ "alasan_putusan", t->text, sizeof t->text, 0 },
		{ "alasan_hasil_kerja", t->hasil, sizeof t->hasil, 0 },
		{ "alasan_perilaku_kerja", t->perilaku, sizeof t->perilaku, 0 },
	};
	if (json_take_strings(body, f, 3, extra, err) || decision_field(body, &in->decision, err) ||
	    json_take_rating(body, "hasil_kerja", &in->hasil, err) ||
	    json_take_rating(body, "perilaku_kerja", &in->perilaku, err) ||
	    json_take_int(body, "version", 1, 0, &in->version, err) < 0)
		return -1;
	in->text = t->text;
	json_t *h = json_object_get(body, "alasan_hasil_kerja");
	json_t *p = json_object_get(body, "alasan_perilaku_kerja");
	in->hasil_reason = h && !json_is_null(h) ? t->hasil : NULL;
	in->perilaku_reason = p && !json_is_null(p) ? t->perilaku : NULL;
	return 0;
}

/* POST /api/v1/keberatan/{id}/putusan {putusan, alasan_putusan, hasil_kerja?,
 * perilaku_kerja?, alasan_hasil_kerja?, alasan_perilaku_kerja?, version?} */
static int api_objection_decide(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	char name[300];
	json_t *body = load_for(r, OBJ_ROLE_DECIDER, &err);
	if (!body)
		return kerr_is_set(&err) ? reply_error(r, &err) : 0;
	if (api_refuse_predicate(r, body)) {
		json_decref(body);
		return 0;
	}
	struct ruling_texts *t = xcalloc(1, sizeof *t);
	struct objection_ruling in = { .id = r->path_id, .hasil = RATING__LEVELS,
				       .perilaku = RATING__LEVELS };
	caller_display_name(r, name, sizeof name);
	in.actor_name = name;
	int rc = ruling_read(body, &in, t, &err);
	json_decref(body);
	if (!rc)
		rc = store_objection_decide(r->db, &who, &in, &err);
	free(t);
	return rc ? reply_error(r, &err) : reply_case(r, r->path_id, 200);
}

/* ---- the deadline setting --------------------------------------------------------------------- */

static int reply_days(struct req *r)
{
	struct kerr err = KERR_INIT;
	int days = 0;
	if (store_objection_days(r->db, &days, &err))
		return reply_error(r, &err);
	return reply_json(r, 200, json_pack("{s:i, s:i, s:i}", OBJECTION_DAYS_KEY, days,
					    "minimum", OBJECTION_DAYS_MIN, "maksimum",
					    OBJECTION_DAYS_MAX));
}

/* GET /api/v1/keberatan/pengaturan (admin) */
static int api_days_get(struct req *r)
{
	return reply_days(r);
}

/* PUT /api/v1/keberatan/pengaturan {batas_keberatan_hari} (admin) */
static int api_days_put(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t days = 0;
	static const char *const extra[] = { OBJECTION_DAYS_KEY, NULL };
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	int rc = json_take_strings(body, NULL, 0, extra, &err);
	if (!rc && json_take_int(body, OBJECTION_DAYS_KEY, 0, 0, &days, &err) == 0)
		rc = kerr_set(&err, KERR_INVALID, OBJECTION_DAYS_KEY, "Kolom '%s' wajib diisi "
			      "(jumlah hari)", OBJECTION_DAYS_KEY);
	json_decref(body);
	if (kerr_is_set(&err) || objection_days_check(days, &err) ||
	    store_objection_days_set(r->db, &who, (int)days, &err))
		return reply_error(r, &err);
	return reply_days(r);
}

const struct route api_objection_routes[] = {
	{ "GET", "/api/v1/penilaian/{id}/keberatan", api_objection_window, ACCESS_LOGIN },
	{ "POST", "/api/v1/penilaian/{id}/keberatan", api_objection_file, ACCESS_LOGIN },
	{ "GET", "/api/v1/keberatan", api_objection_list, ACCESS_LOGIN },
	{ "GET", "/api/v1/keberatan/pengaturan", api_days_get, ACCESS_ADMIN },
	{ "PUT", "/api/v1/keberatan/pengaturan", api_days_put, ACCESS_ADMIN },
	{ "GET", "/api/v1/keberatan/{id}", api_objection_get, ACCESS_LOGIN },
	{ "POST", "/api/v1/keberatan/{id}/lampiran", api_objection_attach, ACCESS_LOGIN },
	{ "POST", "/api/v1/keberatan/{id}/minta-penjelasan", api_objection_ask, ACCESS_LOGIN },
	{ "POST", "/api/v1/keberatan/{id}/penjelasan", api_objection_explain, ACCESS_LOGIN },
	{ "POST", "/api/v1/keberatan/{id}/putusan", api_objection_decide, ACCESS_LOGIN },
	{ "GET", "/api/v1/keberatan-lampiran/{id}", api_objection_download, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
