/*
 * api_evaluation.h - the JSON shapes of evaluating the system, shared by
 * the API files (api_evaluation.c: surveys and the route table;
 * api_evaluation_results.c: answers, results, figures, comparison;
 * api_evaluation_json.c: these shapes) and the CLI.
 */
#ifndef KINERJA_API_EVALUATION_H
#define KINERJA_API_EVALUATION_H

#include <jansson.h>

#include "http/evaluation_access.h"

/* {id, judul, periode_id, periode, unit_id, unit, dibuka, ditutup,
 * status, tahap, ambang, dituju, responden, version}. */
json_t *survey_summary_json(const struct survey *s);
/* The summary with "pertanyaan"; with "partisipasi" (per group) for a
 * reader of an opened survey; with "saya" {dituju, sudah_menjawab} for
 * an addressed employee. */
json_t *survey_detail_json(struct req *r, const struct survey *s, unsigned roles);
/* The mean of a distribution as a JSON real with two decimals, or null. */
json_t *survey_mean_json(const int64_t count[SURVEY_SCALE_MAX + 1]);
/* One cell: {unit_id, unit, jawaban, termasuk, aspek:[...], pertanyaan:[...]}
 * (the free texts of teks questions in "jawaban_teks", in their stored
 * random order, without dates). */
json_t *survey_cell_json(const struct survey *s, const struct survey_cell *c);
/* The results: {survei_id, jumlah_jawaban, ambang, keseluruhan, sel,
 * digabung}; only the cells within `root` (0: all). */
json_t *survey_results_json(struct req *r, const struct survey *s,
			    const struct survey_results *res, int64_t root);
/* {periode_id, periode, unit_id, angka:{...raw counts}, baris:[{kunci,
 * label, penjelasan, nilai}]}. */
json_t *eval_figures_json(const struct eval_figures *f);
/* The value text of figure `which` ("75,0%", "1,25", "3 (2 diputus)"). */
void eval_figure_value(const struct eval_figures *f, enum eval_figure which, char *out,
		       size_t size);

#endif
