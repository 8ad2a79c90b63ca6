/*
 * api_lists.c - the list answers shared by the list routes, the list of
 * assessments (GET /api/v1/penilaian) and the filtered list of objections
 * on GET /api/v1/keberatan.  Parameters, scope and refusals are
 * list_request_read's (http/list_access.h), as on the pages.
 */
#include "api/api_lists.h"
#include "api/api_util.h"
#include "core/timeutil.h"
#include "http/request.h"

#include <stdlib.h>
#include <string.h>

static json_t *predicate_json(enum predicate p)
{
	return (unsigned)p < PRED__COUNT ? json_string(predicate_name(p)) : json_null();
}

static json_t *rating_json(enum rating x)
{
	return (unsigned)x < RATING__LEVELS ? json_string(rating_name(x)) : json_null();
}

json_t *api_list_answer(const struct list_request *lr, json_t *items, int64_t total)
{
	json_t *j = api_list(items, total, lr->q.page, lr->q.per_page);
	json_object_set_new(j, "jumlah_halaman", json_integer(listq_pages(total, lr->q.per_page)));
	json_object_set_new(j, "urut", json_string(listq_sort_name(lr->spec, &lr->q)));
	json_object_set_new(j, "arah", json_string(lr->q.desc ? "turun" : "naik"));
	return j;
}

/* ---- assessments ------------------------------------------------------------------ */

static json_t *assessment_row_json(const struct assessment_list_row *a)
{
	json_t *j = json_pack("{s:I, s:I, s:I, s:s, s:s, s:s, s:I, s:s, s:s, s:o, s:s, s:s}",
			      "id", (json_int_t)a->id, "skp_id", (json_int_t)a->skp_id,
			      "pegawai_id", (json_int_t)a->employee_id, "nip", a->nip,
			      "nama", a->employee_name, "unit", a->unit_name,
			      "periode_id", (json_int_t)a->period_id, "periode", a->period_name,
			      "jenis", assessment_kind_name(a->kind), "titik_id",
			      api_id(a->checkpoint_id), "titik", a->checkpoint_name,
			      "status", a->final ? "ditetapkan" : "draft");
	json_object_set_new(j, "hasil_kerja", rating_json(a->hasil));
	json_object_set_new(j, "perilaku_kerja", rating_json(a->perilaku));
	json_object_set_new(j, "predikat", predicate_json(a->predicate));
	json_object_set_new(j, "pejabat_penilai", json_string(a->assessor_name));
	json_object_set_new(j, "ditetapkan", api_time(a->finalised_at));
	json_object_set_new(j, "diketahui", api_time(a->acknowledged_at));
	json_object_set_new(j, "diubah", api_time(a->updated_at));
	return j;
}

int api_assessment_list_all(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct list_request lr;
	struct assessment_list_row *rows = NULL;
	size_t n = 0;
	int64_t total = 0;
	if (list_request_read(r, &listq_assessments, 1, &lr, &err) ||
	    store_list_assessments(r->db, &lr.f, &rows, &n, &total, &err)) {
		list_request_release(&lr);
		return reply_error(r, &err);
	}
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, assessment_row_json(&rows[i]));
	free(rows);
	json_t *j = api_list_answer(&lr, items, total);
	list_request_release(&lr);
	return reply_json(r, 200, j);
}

/* ---- objections ------------------------------------------------------------------- */

static json_t *objection_row_json(const struct objection_list_row *o)
{
	json_t *j = json_pack("{s:I, s:I, s:I, s:I, s:s, s:s, s:s, s:I, s:s, s:s, s:s, s:s, s:s}",
			      "id", (json_int_t)o->id, "penilaian_id", (json_int_t)o->assessment_id,
			      "skp_id", (json_int_t)o->skp_id, "pegawai_id",
			      (json_int_t)o->employee_id, "nip", o->nip, "nama", o->employee_name,
			      "unit", o->unit_name, "periode_id", (json_int_t)o->period_id,
			      "periode", o->period_name, "jenis", assessment_kind_name(o->kind),
			      "titik", o->checkpoint_name, "status",
			      objection_state_name(o->state), "status_label",
			      objection_state_label(o->state));
	json_object_set_new(j, "putusan", o->decision == OBJ_UNDECIDED ? json_null()
					  : json_string(objection_decision_name(o->decision)));
	json_object_set_new(j, "predikat_semula", predicate_json(o->orig_predicate));
	json_object_set_new(j, "predikat_baru", predicate_json(o->new_predicate));
	json_object_set_new(j, "diajukan", api_time(o->filed_at));
	json_object_set_new(j, "diputus", api_time(o->decided_at));
	return j;
}

int api_objection_list_filtered(struct req *r, json_t *answer, struct kerr *err)
{
	struct list_request lr;
	struct objection_list_row *rows = NULL;
	size_t n = 0;
	int64_t total = 0;
	if (list_request_read(r, &listq_objections, 1, &lr, err) ||
	    store_list_objections(r->db, &lr.f, &rows, &n, &total, err)) {
		list_request_release(&lr);
		return -1;
	}
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, objection_row_json(&rows[i]));
	free(rows);
	json_t *page = api_list_answer(&lr, items, total);
	json_object_update(answer, page);
	json_decref(page);
	list_request_release(&lr);
	return 0;
}
