/*
 * api_unit_result.c - the unit predicate and the distribution curve over
 * the API: reading and setting a unit's predicate for a period
 * (/api/v1/unit/{id}/predikat?periode=ID), reading its curve and giving
 * the reason for a deviating spread (/api/v1/unit/{id}/kurva,
 * .../kurva/alasan), and the units the caller leads
 * (/api/v1/predikat-unit).  Who may is http/assess_access.h's; the rules
 * on the data are the store's.
 */
#include <stdlib.h>
#include <string.h>

#include "api/api_assessment.h"
#include "api/api_util.h"
#include "http/request.h"

int assess_period_of_query(struct req *r, struct period *p, struct kerr *err)
{
	int64_t id = 0;
	if (req_query_id(r, "periode", &id, err))
		return -1;
	struct kerr why = KERR_INIT;
	if (id ? store_period_get(r->db, id, p, &why) : store_period_current(r->db, p, &why)) {
		if (why.code == KERR_NOT_FOUND)
			return kerr_set(err, KERR_NOT_FOUND, "periode", "Periode kinerja tidak ditemukan");
		return kerr_set(err, why.code, why.field, "%s", why.msg);
	}
	return 0;
}

/* The leader of the unit as {id, nama}, null when an administrator sets it. */
static json_t *leader_json(struct req *r, int64_t unit_id)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	int64_t leader = 0;
	if (store_unit_leader(r->db, unit_id, &leader, &err) || !leader ||
	    store_employee_get(r->db, leader, &e, &err))
		return json_null();
	return json_pack("{s:I, s:s}", "id", (json_int_t)e.id, "nama", e.name);
}

static int may_change(struct req *r, const struct period *p, int64_t unit_id)
{
	return strcmp(p->state, "ditutup") && unit_may_set(r, unit_id, NULL);
}

/* Loads the period of the query and checks the caller may read (or, with
 * `set`, change) unit r->path_id. */
static int unit_req(struct req *r, struct period *p, int set, struct kerr *err)
{
	if (!unit_may_read(r, r->path_id, err) || (set && !unit_may_set(r, r->path_id, err)))
		return -1;
	return assess_period_of_query(r, p, err);
}

static int reply_result(struct req *r, const struct period *p, int status)
{
	struct unit_result u;
	struct kerr err = KERR_INIT;
	if (store_unit_result_get(r->db, p->id, r->path_id, &u, &err))
		return reply_error(r, &err);
	json_t *j = unit_result_to_json(&u);
	json_object_set_new(j, "penetap", leader_json(r, r->path_id));
	json_object_set_new(j, "boleh_ubah", json_boolean(may_change(r, p, r->path_id)));
	return reply_json(r, status, j);
}

/* GET /api/v1/unit/{id}/predikat?periode=ID */
int api_unit_result_get(struct req *r)
{
	struct period p;
	struct kerr err = KERR_INIT;
	if (unit_req(r, &p, 0, &err))
		return reply_error(r, &err);
	return reply_result(r, &p, 200);
}

/* PUT /api/v1/unit/{id}/predikat?periode=ID {predikat, catatan?, version} */
int api_unit_result_put(struct req *r)
{
	struct period p;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	char pred[32] = "", note[UNIT_NOTE_MAX * 4 + 1] = "", name[300];
	int64_t version = -1;
	enum unit_predicate up = UNIT_PRED__COUNT;
	if (unit_req(r, &p, 1, &err))
		return reply_error(r, &err);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	static const char *const extra[] = { "version", NULL };
	const struct json_field f[] = { { "predikat", pred, sizeof pred, 1 },
					{ "catatan", note, sizeof note, 0 } };
	int rc = json_take_strings(body, f, 2, extra, &err);
	if (!rc && json_take_int(body, "version", 0, 0, &version, &err) == 0)
		rc = kerr_set(&err, KERR_INVALID, "version", "Kolom 'version' wajib diisi (0 bila "
			      "predikat unit belum ada)");
	json_decref(body);
	if (!rc && !kerr_is_set(&err) && unit_predicate_parse(pred, &up))
		kerr_set(&err, KERR_INVALID, "predikat", "Predikat unit harus 'istimewa', 'baik', "
			 "'butuh_perbaikan', 'kurang' atau 'sangat_kurang'");
	caller_display_name(r, name, sizeof name);
	if (kerr_is_set(&err) || store_unit_result_set(r->db, &who, p.id, r->path_id, up, note,
						       version, name, &err))
		return reply_error(r, &err);
	return reply_result(r, &p, 200);
}

static int reply_curve(struct req *r, const struct period *p, int64_t basis)
{
	struct unit_curve c;
	struct kerr err = KERR_INIT;
	if (store_unit_curve_at(r->db, p->id, r->path_id, basis, &c, &err)) {
		unit_curve_release(&c);
		return reply_error(r, &err);
	}
	json_t *j = curve_to_json(&c, p->id);
	json_object_set_new(j, "boleh_ubah", json_boolean(may_change(r, p, r->path_id)));
	unit_curve_release(&c);
	return reply_json(r, 200, j);
}

/* GET /api/v1/unit/{id}/kurva?periode=ID[&jenis=tahunan|&titik=ID] */
int api_curve_get(struct req *r)
{
	struct period p;
	struct kerr err = KERR_INIT;
	int64_t basis = 0;
	if (unit_req(r, &p, 0, &err) || curve_basis_of_query(r, p.id, &basis, &err))
		return reply_error(r, &err);
	return reply_curve(r, &p, basis);
}

/* PUT /api/v1/unit/{id}/kurva/alasan?periode=ID {alasan} */
int api_curve_reason_put(struct req *r)
{
	struct period p;
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	char name[300];
	if (unit_req(r, &p, 1, &err))
		return reply_error(r, &err);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	char *reason = xcalloc(1, ASSESS_REASON_MAX * 4 + 1);
	const struct json_field f[] = { { "alasan", reason, ASSESS_REASON_MAX * 4 + 1, 1 } };
	int rc = json_take_strings(body, f, 1, NULL, &err);
	json_decref(body);
	caller_display_name(r, name, sizeof name);
	if (!rc)
		rc = store_curve_reason_set(r->db, &who, p.id, r->path_id, reason, name, &err);
	free(reason);
	return rc ? reply_error(r, &err) : reply_curve(r, &p, 0);
}

/* One unit of the overview: its predicate and whether its curve deviates. */
static json_t *overview_item(const struct unit_curve *c, int64_t basis)
{
	return json_pack("{s:I, s:s, s:s, s:o, s:i, s:i, s:b, s:b}", "unit_id",
			 (json_int_t)c->unit.id, "kode", c->unit.code, "unit", c->unit.name,
			 "predikat_unit", unit_result_to_json(&c->result), "anggota", c->members,
			 "dinilai", c->total, "menyimpang", c->n_dev > 0,
			 "perlu_alasan", c->n_dev > 0 && !c->reason_current && !basis);
}

/* GET /api/v1/predikat-unit?periode=ID[&jenis=tahunan|&titik=ID]: the
 * units whose predicate the caller sets (as a leader; an administrator:
 * those nobody leads), their curves on the basis (default: the latest). */
int api_unit_overview(struct req *r)
{
	struct period p;
	struct kerr err = KERR_INIT;
	struct unit_overview all;
	int64_t basis = 0;
	if (assess_period_of_query(r, &p, &err) || curve_basis_of_query(r, p.id, &basis, &err) ||
	    store_unit_overview(r->db, p.id, basis, &all, &err))
		return reply_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < all.n; i++)
		if (all.leaders[i] ? all.leaders[i] == r->who.employee_id : r->who.role == ROLE_ADMIN)
			json_array_append_new(items, overview_item(&all.curves[i], basis));
	unit_overview_release(&all);
	size_t k = json_array_size(items);
	json_t *list = api_list(items, (int64_t)k, 1, (int)k);
	json_object_set_new(list, "periode_id", json_integer(p.id));
	json_object_set_new(list, "titik_id", basis ? json_integer(basis) : json_null());
	return reply_json(r, 200, list);
}
