/*
 * api_evaluation_results.c - answering a survey, its results (whole, in
 * cells, or one unit's cell: refused for a group under the threshold),
 * the process figures of a period and unit, and the comparison of every
 * period side by side (see docs/api-evaluation.md).
 */
#include <stdlib.h>
#include <string.h>

#include "api/api_evaluation.h"
#include "api/api_util.h"
#include "http/request.h"
#include "http/router.h"

int api_survey_answer(struct req *r);
int api_survey_results(struct req *r);
int api_eval_figures(struct req *r);
int api_eval_compare(struct req *r);

#define ANSWERS_MAX (2 * SURVEY_QUESTIONS_MAX)

/* Reads {"jawaban": [{"pertanyaan_id", "nilai" | "teks"}, ...]}. */
static int answers_from_json(json_t *body, struct survey_answer *a, size_t *n,
			     struct kerr *err)
{
	static const char *const extra[] = { "jawaban", NULL };
	json_t *arr = json_object_get(body, "jawaban"), *v;
	size_t i;
	if (json_take_strings(body, NULL, 0, extra, err))
		return -1;
	if (!json_is_array(arr) || json_array_size(arr) > ANSWERS_MAX)
		return kerr_set(err, KERR_INVALID, "jawaban", "Kolom 'jawaban' wajib berupa daftar "
				"{pertanyaan_id, nilai} atau {pertanyaan_id, teks}");
	json_array_foreach(arr, i, v) {
		json_t *q = json_object_get(v, "pertanyaan_id"), *val = json_object_get(v, "nilai");
		json_t *text = json_object_get(v, "teks");
		if (!json_is_integer(q) || (val && !json_is_integer(val)) ||
		    (text && !json_is_string(text)) || (!val && !text))
			return kerr_set(err, KERR_INVALID, "jawaban", "Jawaban %zu: isi "
					"'pertanyaan_id' dan 'nilai' (1-5) atau 'teks'", i + 1);
		a[i].question_id = json_integer_value(q);
		a[i].value = val ? json_integer_value(val) : 0;
		a[i].text = text ? json_string_value(text) : NULL;
	}
	*n = json_array_size(arr);
	return 0;
}

/* POST /api/v1/evaluasi/survei/{id}/jawaban: 201 {tercatat}; the reply
 * holds nothing of the answer. */
int api_survey_answer(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct survey s;
	unsigned roles = 0;
	struct survey_answer a[ANSWERS_MAX];
	size_t n = 0;
	if (survey_load(r, r->path_id, &s, &roles, &err))
		return reply_error(r, &err);
	survey_release(&s);
	if (!survey_may(roles, SURVEY_ROLE_ADDRESSED, &err))
		return reply_error(r, &err);
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	int rc = answers_from_json(body, a, &n, &err);
	if (!rc)
		rc = store_survey_answer(r->db, &who, r->path_id, r->who.employee_id, a, n, &err);
	json_decref(body);
	if (rc)
		return reply_error(r, &err);
	return reply_json(r, 201, json_pack("{s:b, s:I}", "tercatat", 1, "survei_id",
					    (json_int_t)r->path_id));
}

/* GET /api/v1/evaluasi/survei/{id}/hasil[?unit=ID] */
int api_survey_results(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct survey s;
	struct survey_results res;
	unsigned roles = 0;
	int64_t unit = 0;
	if (req_query_id(r, "unit", &unit, &err))
		return reply_error(r, &err);
	if (survey_load(r, r->path_id, &s, &roles, &err))
		return reply_error(r, &err);
	if (!survey_may(roles, SURVEY_ROLE_READER, &err) ||
	    (unit && !eval_may_read_unit(r, unit, &err)) ||
	    store_survey_results(r->db, &s, &res, &err)) {
		survey_release(&s);
		return reply_error(r, &err);
	}
	json_t *j = NULL;
	if (unit) {
		const struct survey_cell *c = survey_results_cell(&res, unit, &err);
		if (c)
			j = json_pack("{s:I, s:i, s:o}", "survei_id", (json_int_t)s.id, "ambang",
				      res.threshold, "sel", survey_cell_json(&s, c));
	} else {
		j = survey_results_json(r, &s, &res, eval_reader_root(r));
	}
	survey_results_release(&res);
	survey_release(&s);
	return j ? reply_json(r, 200, j) : reply_error(r, &err);
}

/* The unit a figures request means: ?unit=ID, else the caller's root. */
static int unit_of_query(struct req *r, int64_t *unit, struct kerr *err)
{
	if (req_query_id(r, "unit", unit, err))
		return -1;
	if (!*unit) {
		int64_t root = eval_reader_root(r);
		*unit = root > 0 ? root : 0;
	}
	return eval_may_read_unit(r, *unit, err) ? 0 : -1;
}

/* GET /api/v1/evaluasi/angka?periode=ID&unit=ID */
int api_eval_figures(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct eval_figures f;
	struct period p;
	int64_t unit = 0, period = 0;
	if (unit_of_query(r, &unit, &err) || req_query_id(r, "periode", &period, &err))
		return reply_error(r, &err);
	if (!period) {
		if (store_period_current(r->db, &p, &err))
			return reply_error(r, &err);
		period = p.id;
	}
	if (store_eval_figures(r->db, period, unit, &f, &err))
		return reply_error(r, &err);
	return reply_json(r, 200, eval_figures_json(&f));
}

/* The closed surveys of a period the caller reads, with their whole result. */
static json_t *period_surveys(struct req *r, const struct survey *v, size_t n, int64_t period)
{
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++) {
		struct survey s;
		struct survey_results res;
		unsigned roles = 0;
		struct kerr err = KERR_INIT;
		if (v[i].period_id != period || v[i].state == SURVEY_DRAF)
			continue;
		if (survey_load(r, v[i].id, &s, &roles, &err))
			continue;
		if (!(roles & SURVEY_ROLE_READER)) {
			survey_release(&s);
			continue;
		}
		json_t *one = survey_summary_json(&s);
		if (!store_survey_results(r->db, &s, &res, &err)) {
			json_object_set_new(one, "keseluruhan", survey_cell_json(&s, &res.all));
			survey_results_release(&res);
		} else {
			json_object_set_new(one, "hasil_ditahan", json_string(err.msg));
		}
		json_array_append_new(items, one);
		survey_release(&s);
	}
	return items;
}

/* GET /api/v1/evaluasi/perbandingan?unit=ID: every period, oldest first. */
int api_eval_compare(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct period *p = NULL;
	struct survey *v = NULL;
	size_t np = 0, nv = 0;
	int64_t unit = 0;
	if (unit_of_query(r, &unit, &err) || store_period_list(r->db, &p, &np, &err))
		return reply_error(r, &err);
	if (store_survey_list(r->db, &v, &nv, &err)) {
		free(p);
		return reply_error(r, &err);
	}
	json_t *periods = json_array();
	for (size_t i = np; i-- > 0 && !kerr_is_set(&err); ) {
		struct eval_figures f;
		if (store_eval_figures(r->db, p[i].id, unit, &f, &err))
			break;
		json_t *one = eval_figures_json(&f);
		json_object_set_new(one, "survei", period_surveys(r, v, nv, p[i].id));
		json_array_append_new(periods, one);
	}
	free(p);
	surveys_free(v, nv);
	if (kerr_is_set(&err)) {
		json_decref(periods);
		return reply_error(r, &err);
	}
	return reply_json(r, 200, json_pack("{s:o, s:o}", "unit_id", api_id(unit), "periode",
					    periods));
}
