/*
 * api_briefing_acts.c - briefing (sosialisasi) over the API, continued:
 * the employee answers the quiz and acknowledges a guide; HR reads the
 * coverage per unit with who has not acknowledged, and reminds them; the
 * criteria guide of the assessment is read by anyone and set by an
 * administrator.
 */
#include <stdlib.h>
#include <string.h>

#include "api/api_briefing.h"
#include "api/api_util.h"
#include "http/request.h"

/* POST /api/v1/sosialisasi/{id}/kuis {jawaban: [indeks...], versi?}: the
 * attempt is kept, graded; 200 with the grade (a failed attempt too). */
int api_guide_answer(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct guide g;
	struct briefing_grade grade;
	unsigned roles = 0;
	int answers[BRIEFING_QUESTIONS_MAX], n = 0, acked = 0;
	int64_t version = 0;
	static const char *const extra[] = { "jawaban", "versi", NULL };
	if (guide_load(r, r->path_id, &g, &roles, &err))
		return reply_error(r, &err);
	guide_release(&g);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	json_t *arr = json_object_get(body, "jawaban"), *v;
	size_t i;
	int rc = json_take_strings(body, NULL, 0, extra, &err) ||
		 json_take_int(body, "versi", 1, 0, &version, &err) < 0 ? -1 : 0;
	if (!rc && (!json_is_array(arr) || json_array_size(arr) > BRIEFING_QUESTIONS_MAX))
		rc = kerr_set(&err, KERR_INVALID, "jawaban", "Kolom 'jawaban' harus daftar indeks "
			      "pilihan (mulai 0), satu untuk setiap pertanyaan");
	json_array_foreach(rc ? NULL : arr, i, v)
		answers[n++] = json_is_integer(v) ? (int)json_integer_value(v) : -1;
	json_decref(body);
	if (!rc)
		rc = store_guide_answer(r->db, &who, r->path_id, r->who.employee_id, version,
					answers, n, 0, &grade, &acked, &err);
	return rc ? reply_error(r, &err) : reply_json(r, 200, guide_grade_json(&grade));
}

/* POST /api/v1/sosialisasi/{id}/ketahui {versi?}: 200 with the guide. */
int api_guide_ack(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct guide g;
	unsigned roles = 0;
	int64_t version = 0;
	int again = 0;
	static const char *const extra[] = { "versi", NULL };
	if (guide_load(r, r->path_id, &g, &roles, &err))
		return reply_error(r, &err);
	guide_release(&g);
	if (r->body.len) {
		json_t *body = req_json_or_reply(r);
		if (!body)
			return 0;
		if (!json_take_strings(body, NULL, 0, extra, &err))
			json_take_int(body, "versi", 1, 0, &version, &err);
		json_decref(body);
	}
	if (kerr_is_set(&err) ||
	    store_guide_acknowledge(r->db, &who, r->path_id, r->who.employee_id, version, &again,
				    &err))
		return reply_error(r, &err);
	return reply_guide(r, r->path_id, 200);
}

/* ---- HR ---------------------------------------------------------------------------------- */

static json_t *pending_json(const struct guide_pending *p)
{
	return json_pack("{s:I, s:s, s:s, s:s, s:o, s:o, s:I}", "pegawai_id",
			 (json_int_t)p->employee_id, "nip", p->nip, "nama", p->name, "unit",
			 p->unit_name, "dibuka", api_time(p->opened_at), "diingatkan",
			 api_time(p->reminded_at), "pengingat", (json_int_t)p->reminders);
}

static json_t *coverage_body(struct req *r, const struct guide *g, int64_t unit_id,
			     struct kerr *err)
{
	struct guide_coverage *c = NULL, sum = { 0 };
	struct guide_pending *p = NULL;
	size_t nc = 0, np = 0;
	int64_t scope = guide_scope(r);
	if (store_guide_coverage(r->db, g, scope, &c, &nc, err) ||
	    store_guide_pending(r->db, g, scope, unit_id, &p, &np, err)) {
		free(c);
		return NULL;
	}
	json_t *units = json_array(), *pending = json_array();
	for (size_t i = 0; i < nc; i++) {
		json_t *one = guide_coverage_json(&c[i]);
		json_object_set_new(one, "unit_id", json_integer(c[i].unit_id));
		json_object_set_new(one, "kode", json_string(c[i].unit_code));
		json_object_set_new(one, "unit", json_string(c[i].unit_name));
		json_array_append_new(units, one);
		sum.addressed += c[i].addressed;
		sum.opened += c[i].opened;
		sum.acked += c[i].acked;
	}
	for (size_t i = 0; i < np; i++)
		json_array_append_new(pending, pending_json(&p[i]));
	free(c);
	free(p);
	return json_pack("{s:o, s:o, s:o, s:o}", "panduan", guide_summary_json(g), "per_unit",
			 units, "jumlah", guide_coverage_json(&sum), "belum", pending);
}

/* GET /api/v1/sosialisasi/{id}/cakupan?unit=ID: per unit within the
 * caller's scope, and who has not acknowledged (of one unit, if given). */
int api_guide_coverage(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct guide g;
	unsigned roles = 0;
	int64_t unit_id = 0;
	if (req_query_id(r, "unit", &unit_id, &err) < 0 ||
	    guide_load(r, r->path_id, &g, &roles, &err))
		return reply_error(r, &err);
	json_t *j = guide_may(roles, GUIDE_ROLE_HR, &err) ? coverage_body(r, &g, unit_id, &err)
							  : NULL;
	guide_release(&g);
	return j ? reply_json(r, 200, j) : reply_error(r, &err);
}

/* POST /api/v1/sosialisasi/{id}/pengingat {pegawai_id?}: {diingatkan}. */
int api_guide_remind(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct guide g;
	unsigned roles = 0;
	int64_t employee_id = 0, count = 0;
	static const char *const extra[] = { "pegawai_id", NULL };
	if (guide_load(r, r->path_id, &g, &roles, &err))
		return reply_error(r, &err);
	guide_release(&g);
	if (!guide_may(roles, GUIDE_ROLE_HR, &err))
		return reply_error(r, &err);
	if (r->body.len) {
		json_t *body = req_json_or_reply(r);
		if (!body)
			return 0;
		if (!json_take_strings(body, NULL, 0, extra, &err))
			json_take_int(body, "pegawai_id", 1, 1, &employee_id, &err);
		json_decref(body);
	}
	if (kerr_is_set(&err) ||
	    store_guide_remind(r->db, &who, r->path_id, guide_scope(r), employee_id, &count, &err))
		return reply_error(r, &err);
	return reply_json(r, 200, json_pack("{s:I}", "diingatkan", (json_int_t)count));
}

/* ---- the criteria guide ---------------------------------------------------------------------- */

static int reply_criteria(struct req *r)
{
	struct kerr err = KERR_INIT;
	int64_t id = 0;
	char title[BRIEFING_TITLE_MAX * 4 + 1], href[64];
	if (store_guide_criteria(r->db, &id, title, sizeof title, &err))
		return reply_error(r, &err);
	snprintf(href, sizeof href, "/sosialisasi/%lld", (long long)id);
	return reply_json(r, 200, json_pack("{s:o}", "panduan", id
		? json_pack("{s:I, s:s, s:s}", "id", (json_int_t)id, "judul", title, "tautan", href)
		: json_null()));
}

/* GET /api/v1/sosialisasi/kriteria */
int api_guide_criteria_get(struct req *r)
{
	return reply_criteria(r);
}

/* PUT /api/v1/sosialisasi/kriteria {panduan_id: ID | null} (admin) */
int api_guide_criteria_put(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	int64_t id = 0;
	static const char *const extra[] = { "panduan_id", NULL };
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	int rc = json_take_strings(body, NULL, 0, extra, &err);
	if (!rc) {
		int got = json_take_int(body, "panduan_id", 1, 1, &id, &err);
		if (got == 0)
			rc = kerr_set(&err, KERR_INVALID, "panduan_id", "Kolom 'panduan_id' wajib "
				      "diisi (id panduan, atau null untuk mengosongkan)");
		else if (got < 0)
			rc = -1;
	}
	json_decref(body);
	if (rc || store_guide_criteria_set(r->db, &who, id, &err))
		return reply_error(r, &err);
	return reply_criteria(r);
}
