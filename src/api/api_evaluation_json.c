/*
 * api_evaluation_json.c - the JSON shapes of surveys, their results and
 * the process figures (see api_evaluation.h).  Nothing here can name a
 * respondent with an answer: the results hold counts and texts only.
 */
#include "api/api_evaluation.h"
#include "api/api_util.h"
#include "http/request.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *phase_name(enum survey_phase p)
{
	switch (p) {
	case PHASE_DRAF: return "draf";
	case PHASE_BELUM_MULAI: return "belum_dimulai";
	case PHASE_BERJALAN: return "berjalan";
	default: return "selesai";
	}
}

json_t *survey_summary_json(const struct survey *s)
{
	return json_pack("{s:I, s:s, s:I, s:s, s:o, s:s, s:s, s:s, s:s, s:s, s:i, s:I, s:I, s:I}",
			 "id", (json_int_t)s->id, "judul", s->title, "periode_id",
			 (json_int_t)s->period_id, "periode", s->period_name, "unit_id",
			 api_id(s->unit_id), "unit", s->unit_id ? s->unit_name : "Seluruh kantor",
			 "dibuka", s->opens_on, "ditutup", s->closes_on, "status",
			 survey_state_name(s->state), "tahap", phase_name(s->phase), "ambang",
			 s->threshold, "dituju", (json_int_t)s->addressed, "responden",
			 (json_int_t)s->respondents, "version", (json_int_t)s->rev);
}

static json_t *participation_json(struct req *r, const struct survey *s)
{
	struct survey_group_row *g = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	json_t *items = json_array();
	if (store_survey_groups(r->db, s->id, &g, &n, &err))
		return items;
	for (size_t i = 0; i < n; i++) {
		char pct[32];
		eval_percent_text(g[i].respondents, g[i].addressed, pct, sizeof pct);
		json_array_append_new(items, json_pack("{s:o, s:s, s:I, s:I, s:s}", "unit_id",
						       api_id(g[i].unit_id), "unit", g[i].unit_name,
						       "dituju", (json_int_t)g[i].addressed,
						       "responden", (json_int_t)g[i].respondents,
						       "persen", pct));
	}
	free(g);
	return items;
}

json_t *survey_detail_json(struct req *r, const struct survey *s, unsigned roles)
{
	struct kerr err = KERR_INIT;
	json_t *j = survey_summary_json(s), *q = json_array();
	for (size_t i = 0; i < s->nq; i++)
		json_array_append_new(q, json_pack("{s:I, s:i, s:s, s:s, s:s}", "id",
						   (json_int_t)s->q[i].id, "urutan", s->q[i].seq,
						   "jenis", question_kind_name(s->q[i].kind), "aspek",
						   survey_aspect_name(s->q[i].aspect), "teks",
						   s->q[i].text));
	json_object_set_new(j, "pertanyaan", q);
	if ((roles & SURVEY_ROLE_READER) && s->state != SURVEY_DRAF)
		json_object_set_new(j, "partisipasi", participation_json(r, s));
	if (roles & SURVEY_ROLE_ADDRESSED) {
		int done = store_survey_has_answered(r->db, s->id, r->who.employee_id, &err);
		json_object_set_new(j, "saya", json_pack("{s:b, s:b}", "dituju", 1,
							 "sudah_menjawab", done > 0));
	}
	return j;
}

json_t *survey_mean_json(const int64_t count[SURVEY_SCALE_MAX + 1])
{
	int64_t n = 0;
	double mean = survey_scale_mean(count, &n);
	return n ? json_real(round(mean * 100.0) / 100.0) : json_null();
}

static json_t *question_result_json(const struct survey *s, const struct survey_cell *c,
				    size_t q)
{
	const struct survey_question *x = &s->q[q];
	json_t *j = json_pack("{s:I, s:s, s:s, s:s}", "id", (json_int_t)x->id, "jenis",
			      question_kind_name(x->kind), "aspek", survey_aspect_name(x->aspect),
			      "teks", x->text);
	if (x->kind == QUESTION_SKALA) {
		json_t *dist = json_object();
		for (int v = SURVEY_SCALE_MIN; v <= SURVEY_SCALE_MAX; v++) {
			char key[4];
			snprintf(key, sizeof key, "%d", v);
			json_object_set_new(dist, key, json_integer(c->counts[q][v]));
		}
		json_object_set_new(j, "sebaran", dist);
		json_object_set_new(j, "rata_rata", survey_mean_json(c->counts[q]));
		return j;
	}
	json_t *texts = json_array();
	for (size_t i = 0; i < c->ntexts; i++)
		if ((size_t)c->text_question[i] == q)
			json_array_append_new(texts, json_string(c->texts[i]));
	json_object_set_new(j, "jawaban_teks", texts);
	return j;
}

json_t *survey_cell_json(const struct survey *s, const struct survey_cell *c)
{
	json_t *aspects = json_array(), *questions = json_array();
	for (int a = 0; a < ASPECT__COUNT; a++) {
		int64_t count[SURVEY_SCALE_MAX + 1];
		if (!survey_cell_aspect(s, c, (enum survey_aspect)a, count))
			continue;
		json_array_append_new(aspects, json_pack("{s:s, s:s, s:o}", "aspek",
							 survey_aspect_name((enum survey_aspect)a),
							 "label",
							 survey_aspect_label((enum survey_aspect)a),
							 "rata_rata", survey_mean_json(count)));
	}
	for (size_t q = 0; q < s->nq; q++)
		json_array_append_new(questions, question_result_json(s, c, q));
	return json_pack("{s:o, s:s, s:I, s:s, s:o, s:o}", "unit_id", api_id(c->unit_id), "unit",
			 c->unit_name, "jawaban", (json_int_t)c->answers, "termasuk", c->merged,
			 "aspek", aspects, "pertanyaan", questions);
}

json_t *survey_results_json(struct req *r, const struct survey *s,
			    const struct survey_results *res, int64_t root)
{
	json_t *cells = json_array(), *merged = json_array();
	for (size_t i = 0; i < res->ncells; i++)
		if (eval_unit_within(r, res->cells[i].unit_id, root) ||
		    (root == 0 && !res->cells[i].unit_id))
			json_array_append_new(cells, survey_cell_json(s, &res->cells[i]));
	for (size_t i = 0; i < res->nhidden; i++)
		if (res->hidden[i].into_unit_id || res->hidden[i].into_name[0])
			json_array_append_new(merged, json_pack("{s:o, s:s, s:o, s:s}", "unit_id",
								api_id(res->hidden[i].unit_id),
								"unit", res->hidden[i].unit_name,
								"ke_unit_id",
								api_id(res->hidden[i].into_unit_id),
								"ke_unit", res->hidden[i].into_name));
	return json_pack("{s:I, s:I, s:i, s:o, s:o, s:o}", "survei_id", (json_int_t)s->id,
			 "jumlah_jawaban", (json_int_t)res->total, "ambang", res->threshold,
			 "keseluruhan", survey_cell_json(s, &res->all), "sel", cells, "digabung",
			 merged);
}

/* ---- the figures ---------------------------------------------------------------------------- */

void eval_figure_value(const struct eval_figures *f, enum eval_figure which, char *out,
		       size_t size)
{
	switch (which) {
	case FIG_SKP_TEPAT_WAKTU:
		eval_percent_text(f->skp_on_time, f->skp_total, out, size);
		break;
	case FIG_UMPAN_BALIK:
		eval_ratio_text(f->feedback_threads, f->employees, out, size);
		break;
	case FIG_RESPON_360:
		eval_percent_text(f->r360_answered, f->r360_assigned, out, size);
		break;
	case FIG_KEBERATAN_DIAJUKAN:
		snprintf(out, size, "%lld (%lld diputus)", (long long)f->obj_filed,
			 (long long)f->obj_decided);
		break;
	case FIG_KEBERATAN_DIUBAH:
		eval_percent_text(f->obj_changed, f->obj_decided, out, size);
		break;
	default:
		eval_percent_text(f->plans_completed, f->plans_opened, out, size);
	}
}

/* The numerator and denominator of a figure, as counted. */
static json_t *figure_counts(const struct eval_figures *f, enum eval_figure which)
{
	switch (which) {
	case FIG_SKP_TEPAT_WAKTU:
		return json_pack("{s:I, s:I}", "tepat_waktu", (json_int_t)f->skp_on_time, "skp",
				 (json_int_t)f->skp_total);
	case FIG_UMPAN_BALIK:
		return json_pack("{s:I, s:I}", "utas", (json_int_t)f->feedback_threads, "pegawai",
				 (json_int_t)f->employees);
	case FIG_RESPON_360:
		return json_pack("{s:I, s:I}", "dijawab", (json_int_t)f->r360_answered,
				 "penugasan", (json_int_t)f->r360_assigned);
	case FIG_KEBERATAN_DIAJUKAN:
		return json_pack("{s:I, s:I}", "diajukan", (json_int_t)f->obj_filed, "diputus",
				 (json_int_t)f->obj_decided);
	case FIG_KEBERATAN_DIUBAH:
		return json_pack("{s:I, s:I, s:I}", "diubah", (json_int_t)f->obj_changed, "tetap",
				 (json_int_t)(f->obj_decided - f->obj_changed), "diputus",
				 (json_int_t)f->obj_decided);
	default:
		return json_pack("{s:I, s:I, s:I}", "selesai", (json_int_t)f->plans_completed,
				 "berhasil", (json_int_t)f->plans_succeeded, "dibuka",
				 (json_int_t)f->plans_opened);
	}
}

json_t *eval_figures_json(const struct eval_figures *f)
{
	json_t *rows = json_array(), *raw = json_object();
	for (int i = 0; i < FIG__COUNT; i++) {
		char value[64];
		enum eval_figure w = (enum eval_figure)i;
		eval_figure_value(f, w, value, sizeof value);
		json_object_set_new(raw, eval_figure_name(w), figure_counts(f, w));
		json_array_append_new(rows, json_pack("{s:s, s:s, s:s, s:s}", "kunci",
						      eval_figure_name(w), "label",
						      eval_figure_label(w), "penjelasan",
						      eval_figure_explanation(w), "nilai", value));
	}
	return json_pack("{s:I, s:s, s:o, s:o, s:o}", "periode_id", (json_int_t)f->period_id,
			 "periode", f->period_name, "unit_id", api_id(f->unit_id), "angka", raw,
			 "baris", rows);
}
