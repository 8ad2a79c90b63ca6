/*
 * api_guidance_plan.c - the improvement plan (Rencana Perbaikan Kinerja)
 * and the development plan (Rencana Pengembangan) over the API: reading a
 * plan, its goals and support, a checkpoint's date, target and progress,
 * the outcome; creating, reading, changing and deleting a development
 * item.  The routes are in api_guidance.c's table.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "api/api_guidance.h"
#include "api/api_util.h"
#include "http/assess_access.h"
#include "http/request.h"

#define TEXT_BUF (GUIDANCE_TEXT_MAX * 4 + 1)
#define TOPIC_BUF (GUIDANCE_TOPIC_MAX * 4 + 1)

/* ---- the improvement plan ------------------------------------------------------------ */

static int reply_plan(struct req *r, int64_t id, int status)
{
	struct kerr err = KERR_INIT;
	struct improvement_plan p;
	unsigned roles = 0;
	if (guidance_plan_load(r, id, &p, &roles, &err))
		return reply_error(r, &err);
	json_t *j = improvement_plan_json(&p, roles);
	improvement_plan_release(&p);
	return reply_json(r, status, j);
}

/* GET /api/v1/pembinaan/rencana-perbaikan/{id} */
int api_plan_get(struct req *r)
{
	return reply_plan(r, r->path_id, 200);
}

/* Loads plan `id` for one who leads its employee, then reads the body. */
static json_t *plan_for(struct req *r, int64_t id, const char *what, struct kerr *err)
{
	struct improvement_plan p;
	unsigned roles = 0;
	if (guidance_plan_load(r, id, &p, &roles, err))
		return NULL;
	improvement_plan_release(&p);
	if (!guidance_may(roles, GUIDE_LEAD, what, err))
		return NULL;
	return req_json_or_reply(r);
}

struct plan_texts {
	char a[TEXT_BUF], b[TEXT_BUF], c[TEXT_BUF];
};

/* PUT /api/v1/pembinaan/rencana-perbaikan/{id} {tujuan, dukungan?, version?} */
int api_plan_put(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t version = 0;
	json_t *body = plan_for(r, r->path_id, "mengisi rencana perbaikan", &err);
	if (!body)
		return kerr_is_set(&err) ? reply_error(r, &err) : 0;
	struct plan_texts *t = xcalloc(1, sizeof *t);
	static const char *const extra[] = { "version", NULL };
	const struct json_field f[] = {
		{ "tujuan", t->a, sizeof t->a, 0 }, { "dukungan", t->b, sizeof t->b, 0 },
	};
	int rc = json_take_strings(body, f, 2, extra, &err) < 0 ||
		 json_take_int(body, "version", 1, 0, &version, &err) < 0;
	json_decref(body);
	if (!rc)
		rc = store_improvement_plan_update(r->db, &who, r->path_id, t->a, t->b, version,
						   &err);
	free(t);
	return rc ? reply_error(r, &err) : reply_plan(r, r->path_id, 200);
}

/* A text field given: present and not null. */
static const char *given(json_t *body, const char *name, const char *buf)
{
	json_t *v = json_object_get(body, name);
	return v && !json_is_null(v) ? buf : NULL;
}

/* PUT /api/v1/pembinaan/titik/{id} {tanggal?, target?, kemajuan?, version?}:
 * the plan. */
int api_checkpoint_put(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t plan_id = 0;
	char name[300], date[32] = "";
	if (store_improvement_checkpoint_plan(r->db, r->path_id, &plan_id, &err))
		return reply_error(r, &err);
	json_t *body = plan_for(r, plan_id, "mencatat kemajuan rencana perbaikan", &err);
	if (!body)
		return kerr_is_set(&err) ? reply_error(r, &err) : 0;
	struct plan_texts *t = xcalloc(1, sizeof *t);
	struct checkpoint_input in = { 0 };
	static const char *const extra[] = { "version", NULL };
	const struct json_field f[] = {
		{ "tanggal", date, sizeof date, 0 }, { "target", t->a, sizeof t->a, 0 },
		{ "kemajuan", t->b, sizeof t->b, 0 },
	};
	int rc = json_take_strings(body, f, 3, extra, &err) < 0 ||
		 json_take_int(body, "version", 1, 0, &in.version, &err) < 0;
	in.due_on = given(body, "tanggal", date);
	in.target = given(body, "target", t->a);
	in.progress = given(body, "kemajuan", t->b);
	json_decref(body);
	caller_display_name(r, name, sizeof name);
	in.actor_name = name;
	if (!rc)
		rc = store_improvement_checkpoint_update(r->db, &who, r->path_id, &in, &plan_id, &err);
	free(t);
	return rc ? reply_error(r, &err) : reply_plan(r, plan_id, 200);
}

/* POST /api/v1/pembinaan/rencana-perbaikan/{id}/hasil {hasil, catatan?,
 * rekomendasi?, version?} */
int api_plan_outcome(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t version = 0;
	char name[300], outcome[32] = "";
	enum improvement_outcome o = OUTCOME_NONE;
	json_t *body = plan_for(r, r->path_id, "mencatat hasil rencana perbaikan", &err);
	if (!body)
		return kerr_is_set(&err) ? reply_error(r, &err) : 0;
	struct plan_texts *t = xcalloc(1, sizeof *t);
	static const char *const extra[] = { "version", NULL };
	const struct json_field f[] = {
		{ "hasil", outcome, sizeof outcome, 0 }, { "catatan", t->a, sizeof t->a, 0 },
		{ "rekomendasi", t->b, sizeof t->b, 0 },
	};
	int rc = json_take_strings(body, f, 3, extra, &err) < 0 ||
		 json_take_int(body, "version", 1, 0, &version, &err) < 0;
	json_decref(body);
	if (!rc && improvement_outcome_parse(outcome, &o))
		o = OUTCOME_NONE;   /* refused by the store, after what matters more */
	caller_display_name(r, name, sizeof name);
	if (!rc)
		rc = store_improvement_outcome(r->db, &who, r->path_id, o, t->a, t->b, name, version,
					       &err);
	free(t);
	return rc ? reply_error(r, &err) : reply_plan(r, r->path_id, 200);
}

/* ---- the development plan ---------------------------------------------------------------- */

static int reply_dev(struct req *r, int64_t id, int status)
{
	struct kerr err = KERR_INIT;
	struct development_item d;
	unsigned roles = 0;
	if (guidance_development_load(r, id, &d, &roles, &err))
		return reply_error(r, &err);
	json_t *j = development_item_json(&d, roles);
	development_item_release(&d);
	return reply_json(r, status, j);
}

struct dev_texts {
	char competency[TOPIC_BUF], activity[TEXT_BUF], note[TEXT_BUF], target[32], status[32];
};

static int dev_read(json_t *body, int create, struct development_input *in, struct dev_texts *t,
		    struct kerr *err)
{
	static const char *const extra_create[] = { "pegawai_id", NULL };
	static const char *const extra_update[] = { "version", NULL };
	const struct json_field f[] = {
		{ "kompetensi", t->competency, sizeof t->competency, 0 },
		{ "kegiatan", t->activity, sizeof t->activity, 0 },
		{ "target", t->target, sizeof t->target, 0 },
		{ "status", t->status, sizeof t->status, 0 },
		{ "catatan", t->note, sizeof t->note, 0 },
	};
	if (json_take_strings(body, f, 5, create ? extra_create : extra_update, err))
		return -1;
	if (create && json_take_int(body, "pegawai_id", 1, 0, &in->employee_id, err) <= 0)
		return kerr_set(err, KERR_INVALID, "pegawai_id", "Kolom 'pegawai_id' wajib diisi");
	if (!create && json_take_int(body, "version", 1, 0, &in->version, err) < 0)
		return -1;
	in->competency = t->competency;
	in->activity = t->activity;
	in->target_on = t->target;
	in->status = t->status;
	in->note = t->note;
	return 0;
}

/* POST /api/v1/pembinaan/pengembangan {pegawai_id, kompetensi, kegiatan, target,
 * status?, catatan?}: 201. */
int api_dev_create(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct development_input in = { 0 };
	char name[300];
	unsigned roles = 0;
	int64_t id = 0;
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct dev_texts *t = xcalloc(1, sizeof *t);
	int rc = dev_read(body, 1, &in, t, &err);
	json_decref(body);
	if (!rc && guidance_roles_check(r, in.employee_id, &roles, &err)) {
		rc = -1;
		if (err.code == KERR_NOT_FOUND) {
			kerr_clear(&err);
			kerr_set(&err, KERR_INVALID, "pegawai_id", "Pegawai tidak ditemukan");
		}
	}
	if (!rc && !guidance_may(roles, GUIDE_SELF | GUIDE_LEAD, "menyusun rencana pengembangan",
				 &err))
		rc = -1;
	caller_display_name(r, name, sizeof name);
	in.actor_name = name;
	if (!rc)
		rc = store_development_create(r->db, &who, &in, &id, &err);
	free(t);
	return rc ? reply_error(r, &err) : reply_dev(r, id, 201);
}

/* GET /api/v1/pembinaan/pengembangan/{id} */
int api_dev_get(struct req *r)
{
	return reply_dev(r, r->path_id, 200);
}

/* 0 if the caller may change item `id` (the employee, who leads them). */
static int dev_may_change(struct req *r, int64_t id, struct kerr *err)
{
	struct development_item d;
	unsigned roles = 0;
	if (guidance_development_load(r, id, &d, &roles, err))
		return -1;
	development_item_release(&d);
	return guidance_may(roles, GUIDE_SELF | GUIDE_LEAD, "mengubah rencana pengembangan", err)
		? 0 : -1;
}

/* PUT /api/v1/pembinaan/pengembangan/{id} {kompetensi, kegiatan, target,
 * status?, catatan?, version?} */
int api_dev_put(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct development_input in = { 0 };
	if (dev_may_change(r, r->path_id, &err))
		return reply_error(r, &err);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	struct dev_texts *t = xcalloc(1, sizeof *t);
	int rc = dev_read(body, 0, &in, t, &err);
	json_decref(body);
	if (!rc)
		rc = store_development_update(r->db, &who, r->path_id, &in, &err);
	free(t);
	return rc ? reply_error(r, &err) : reply_dev(r, r->path_id, 200);
}

/* DELETE /api/v1/pembinaan/pengembangan/{id}[?version=N] */
int api_dev_delete(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	long long version = 0;
	const char *v = req_query(r, "version");
	if (v && parse_whole_in(v, 1, INT64_MAX, &version) < 0)
		return reply_fail(r, KERR_INVALID, "version", "version harus bilangan bulat positif");
	if (dev_may_change(r, r->path_id, &err) ||
	    store_development_delete(r->db, &who, r->path_id, version, &err))
		return reply_error(r, &err);
	return reply_json(r, 200, json_pack("{s:b, s:I}", "dihapus", 1, "id",
					    (json_int_t)r->path_id));
}
