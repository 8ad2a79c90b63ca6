/*
 * api_assessment.h - private to the assessment API files
 * (api_assessment.c: one assessment and the route table;
 * api_assessment_json.c: the JSON shapes; api_unit_result.c: the unit
 * predicate and the curve; api_explain.c: the explanation of a predicate).
 */
#ifndef KINERJA_API_ASSESSMENT_H
#define KINERJA_API_ASSESSMENT_H

#include <jansson.h>

#include "http/assess_access.h"
#include "store/monitor.h"

struct req;

/* ---- JSON shapes (api_assessment_json.c) --------------------------------------------------- */

/* A rating / predicate name or null when none. */
json_t *rating_json(enum rating r);
json_t *predicate_json(enum predicate p);
/* One assessment as the caller may see it (assess_visible; otherwise its
 * status is "belum" and nothing of its content shows), with the
 * checkpoint (NULL for tahunan) and the actions the caller has now. */
json_t *assessment_to_json(const struct assess_ctx *c, const struct assessment *a,
			   enum assessment_kind kind, const struct checkpoint *cp,
			   json_t *actions);
/* The 3x3 matrix: [{hasil_kerja, perilaku_kerja, predikat, predikat_label}]. */
json_t *matrix_json(void);
/* A unit's predicate. */
json_t *unit_result_to_json(const struct unit_result *u);
/* A unit's curve: counts and shares, the rules, the deviations, the reason. */
json_t *curve_to_json(const struct unit_curve *c, int64_t period_id);
/* One step of an assessment's history. */
json_t *assessment_event_to_json(const struct assessment_event *e,
				 const struct checkpoint *cps, size_t n_cp);

/* ---- handlers ------------------------------------------------------------------------------ */

int api_unit_result_get(struct req *r);
int api_unit_result_put(struct req *r);
int api_curve_get(struct req *r);
int api_curve_reason_put(struct req *r);
int api_unit_overview(struct req *r);
int api_explanation(struct req *r);

/* The period of ?periode=ID, else the current one (KERR_NOT_FOUND on
 * "periode" when there is none). */
int assess_period_of_query(struct req *r, struct period *p, struct kerr *err);

#endif
