/*
 * api_360_answers.c - 360-degree behaviour feedback over the API, the
 * raters' and the rated person's side: a rater's forms (list and one
 * form with the values, their guides and the scale), answering and
 * declining, and the results of a person rated in a round: aggregates per
 * rater group only, never who rated.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api_360.h"
#include "api/api_analysis.h"
#include "api/api_util.h"
#include "core/timeutil.h"
#include "domain/berakhlak.h"
#include "http/r360_access.h"
#include "http/request.h"

/* ---- a rater's forms ----------------------------------------------------------------------- */

/* A form as its rater sees it: whom, in which round, and its state. */
static json_t *task_json(const struct rater360 *a)
{
	json_t *round = json_pack("{s:I, s:s, s:s, s:s, s:i}", "id", (json_int_t)a->round_id,
				  "nama", a->round_name, "tutup_pada", a->closes_on, "status",
				  a->round_state, "skala", a->scale);
	return json_pack("{s:I, s:o, s:o, s:s, s:s, s:s, s:o, s:o, s:b}", "id", (json_int_t)a->id,
			 "putaran", round, "pegawai", person360_json(&a->ratee), "kelompok",
			 a->grp, "status", a->state, "alasan_tolak", a->decline_reason, "dijawab",
			 api_time(a->answered_at), "diingatkan", api_time(a->reminded_at),
			 "dapat_diisi", rater360_accepting(a));
}

/* GET /api/v1/360/tugas?status=: the caller's forms, newest round first. */
int api_360_tasks(struct req *r)
{
	struct kerr err = KERR_INIT;
	const char *state = req_query(r, "status");
	struct rater360_query q = { .rater_id = r->who.employee_id, .state = state };
	struct rater360 *list = NULL;
	size_t n = 0;
	if (state && strcmp(state, "menunggu") && strcmp(state, "dijawab") && strcmp(state, "ditolak"))
		return reply_fail(r, KERR_INVALID, "status",
				  "status harus menunggu, dijawab atau ditolak");
	if (r->who.employee_id && store_rater360_list(r->db, &q, &list, &n, &err))
		return reply_360_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, task_json(&list[i]));
	free(list);
	return reply_json(r, 200, api_list(items, (int64_t)n, 1, (int)n));
}

/* The seven values with their guides, and the choices of the scale. */
static json_t *form_parts(int scale)
{
	json_t *values = json_array(), *choices = json_array();
	enum scale360 sc = scale == 5 ? SCALE_5 : SCALE_3;
	for (size_t i = 0; i < VALUES_360; i++) {
		const struct core_value *v = berakhlak_at(i);
		json_array_append_new(values, json_pack("{s:s, s:s, s:[s,s,s]}", "kode", v->code,
			"nama", v->name, "panduan", v->guides[0], v->guides[1], v->guides[2]));
	}
	for (int s = 1; s <= scale360_max(sc); s++) {
		enum rating level;
		struct kerr ignored = KERR_INIT;
		scale360_level(sc, s, &level, &ignored);
		json_array_append_new(choices, json_pack("{s:i, s:s, s:s}", "nilai", s, "tingkat",
			rating_name(level), "label", rating_label(level)));
	}
	return json_pack("{s:o, s:o}", "perilaku", values, "pilihan", choices);
}

/* The caller's own answer to the form, or null. */
static json_t *own_answer_json(struct req *r, int64_t id, struct kerr *err)
{
	int score[VALUES_360];
	char *comment = NULL;
	int rc = store_rater360_own_answer(r->db, id, score, &comment, err);
	if (rc <= 0)
		return rc < 0 ? NULL : json_null();
	json_t *values = json_object();
	for (size_t i = 0; i < VALUES_360; i++)
		json_object_set_new(values, berakhlak_at(i)->code, json_integer(score[i]));
	json_t *j = json_pack("{s:o, s:s}", "nilai", values, "komentar", comment);
	free(comment);
	return j;
}

/* Loads a form of the caller's: 404 unknown, 403 someone else's. */
static int load_own_task(struct req *r, struct rater360 *a, struct kerr *err)
{
	if (store_rater360_get(r->db, r->path_id, a, err))
		return -1;
	if (!r->who.employee_id || a->rater.id != r->who.employee_id)
		return kerr_set(err, KERR_FORBIDDEN, "penugasan",
				"Anda bukan penilai yang ditugaskan pada formulir ini");
	return 0;
}

/* GET /api/v1/360/tugas/{id}: one form, with what answering it needs. */
int api_360_task(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct rater360 a;
	if (load_own_task(r, &a, &err))
		return reply_360_error(r, &err);
	json_t *answer = own_answer_json(r, a.id, &err);
	if (!answer)
		return reply_360_error(r, &err);
	json_t *j = task_json(&a);
	json_object_update_new(j, form_parts(a.scale));
	json_object_set_new(j, "jawaban", answer);
	return reply_json(r, 200, j);
}

/* ---- answering ------------------------------------------------------------------------------- */

/* Reads {"nilai": {code: whole number}}: an unknown code or a value that
 * is not a whole number is refused here, the range by the store. */
static int read_scores(json_t *body, int score[VALUES_360], struct kerr *err)
{
	json_t *obj = json_object_get(body, "nilai"), *v;
	const char *key;
	memset(score, 0, VALUES_360 * sizeof *score);
	if (!obj)
		return kerr_set(err, KERR_INVALID, "nilai", "Kolom 'nilai' wajib diisi");
	if (!json_is_object(obj))
		return kerr_set(err, KERR_INVALID, "nilai",
				"Kolom 'nilai' harus berupa objek {kode nilai: angka}");
	json_object_foreach(obj, key, v) {
		char field[64];
		int i = berakhlak_index(key);
		snprintf(field, sizeof field, "nilai.%s", key);
		if (i < 0)
			return kerr_set(err, KERR_INVALID, field, "Nilai perilaku '%s' tidak dikenal",
					key);
		if (!json_is_integer(v))
			return kerr_set(err, KERR_INVALID, field, "Nilai %s harus berupa bilangan "
					"bulat", berakhlak_at((size_t)i)->name);
		json_int_t n = json_integer_value(v);
		score[i] = n < 1 ? -1 : n > 100 ? 100 : (int)n;
	}
	return 0;
}

/* POST /api/v1/360/tugas/{id}/jawab {nilai: {...}, komentar?} */
int api_360_answer(struct req *r)
{
	static const char *const extra[] = { "nilai", NULL };
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	char comment[4 * COMMENT360_MAX + 1] = "";
	int score[VALUES_360];
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct rater360 a;
	const struct json_field f[] = { { "komentar", comment, sizeof comment, 0 } };
	int rc = json_take_strings(body, f, 1, extra, &err) < 0 || read_scores(body, score, &err);
	json_decref(body);
	if (rc || store_rater360_answer(r->db, &who, r->path_id, r->who.employee_id, score,
					comment, &err) ||
	    store_rater360_get(r->db, r->path_id, &a, &err))
		return reply_360_error(r, &err);
	return reply_json(r, 200, task_json(&a));
}

/* POST /api/v1/360/tugas/{id}/tolak {alasan} */
int api_360_decline(struct req *r)
{
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	char reason[4 * DECLINE360_MAX + 1] = "";
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct rater360 a;
	const struct json_field f[] = { { "alasan", reason, sizeof reason, 1 } };
	int rc = json_take_strings(body, f, 1, NULL, &err);
	json_decref(body);
	if (rc || store_rater360_decline(r->db, &who, r->path_id, r->who.employee_id, reason,
					 &err) ||
	    store_rater360_get(r->db, r->path_id, &a, &err))
		return reply_360_error(r, &err);
	return reply_json(r, 200, task_json(&a));
}

/* ---- results ------------------------------------------------------------------------------------- */

static json_t *values_json(const struct aggregate360 *g)
{
	json_t *arr = json_array();
	for (size_t i = 0; g->shown && i < VALUES_360; i++) {
		const struct core_value *v = berakhlak_at(i);
		json_t *levels = json_object();
		for (int l = 0; l < RATING__LEVELS; l++)
			json_object_set_new(levels, rating_name((enum rating)l),
					    json_integer(g->levels[i][l]));
		json_t *mean = g->n[i] ? json_real((double)(long long)(g->mean[i] * 100 + 0.5) / 100)
				       : json_null();
		json_array_append_new(arr, json_pack("{s:s, s:s, s:i, s:o, s:o}", "kode", v->code,
			"nama", v->name, "jumlah", g->n[i], "rata_rata", mean, "tingkat", levels));
	}
	return arr;
}

static json_t *comments_json(const struct result360 *res, enum rater_group g)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < res->ncomments[g]; i++)
		json_array_append_new(arr, json_string(res->comments[g][i]));
	return arr;
}

static json_t *group_json(const struct result360 *res, enum rater_group g)
{
	const struct aggregate360 *a = &res->group[g];
	return json_pack("{s:s, s:s, s:i, s:b, s:o, s:o}", "kelompok", rater_group_name(g),
			 "label", rater_group_label(g), "jawaban", a->answers, "ditampilkan",
			 a->shown, "nilai", values_json(a), "komentar", comments_json(res, g));
}

static json_t *result_json(const struct round360 *rd, const struct employee *e,
			   const struct result360 *res, enum r360_viewer viewer)
{
	json_t *groups = json_array();
	for (int g = 0; g < RATER__GROUPS; g++)
		if (g != RATER_DIRI)
			json_array_append_new(groups, group_json(res, (enum rater_group)g));
	json_t *self = json_null();
	if (viewer == R360_SELF || viewer == R360_SUPERIOR)
		self = json_pack("{s:b, s:o, s:o}", "dijawab", res->group[RATER_DIRI].answers > 0,
				 "nilai", values_json(&res->group[RATER_DIRI]), "komentar",
				 comments_json(res, RATER_DIRI));
	return json_pack("{s:o, s:{s:I, s:s, s:s, s:s}, s:i, s:i, s:b, s:o, s:o}", "putaran",
			 round360_json(rd, 0), "pegawai", "id", (json_int_t)e->id, "nama",
			 e->name, "jabatan", e->position_name, "unit", e->unit_name, "skala",
			 rd->scale, "ambang", rd->threshold, "ditahan", res->withheld, "kelompok",
			 groups, "diri", self);
}

/* GET /api/v1/360/putaran/{id}/hasil?pegawai=E (default: the caller) */
int api_360_results(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct round360 rd;
	struct employee e;
	struct result360 res;
	enum r360_viewer viewer;
	int64_t ratee = 0;
	if (req_query_id(r, "pegawai", &ratee, &err))
		return reply_360_error(r, &err);
	if (!ratee)
		ratee = r->who.employee_id;
	if (!ratee)
		return reply_fail(r, KERR_INVALID, "pegawai", "Sebutkan pegawai yang dinilai (pegawai)");
	if (store_round360_find(r->db, r->path_id, &rd, &err) ||
	    r360_results_access(r, ratee, &e, &viewer, &err) ||
	    store_result360(r->db, &rd, ratee, &res, &err))
		return reply_360_error(r, &err);
	json_t *j = result_json(&rd, &e, &res, viewer);
	json_object_set_new(j, "disesuaikan", an_json_adjusted_of(r->db, rd.period_id, e.id));
	result360_release(&res);
	return reply_json(r, 200, j);
}
