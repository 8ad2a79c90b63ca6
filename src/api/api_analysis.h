/*
 * api_analysis.h - private to the rater analysis's API (api_analysis.c,
 * api_analysis_more.c): the JSON pieces both use.
 */
#ifndef KINERJA_API_ANALYSIS_H
#define KINERJA_API_ANALYSIS_H

#include <jansson.h>

#include "http/analysis_access.h"

/* x rounded to 4 decimals, or null when it is not finite. */
json_t *an_json_num(double x);
/* {"id", "nama", "tahun"} of a period. */
json_t *an_json_period(const struct period *p);
/* {"id", "nip", "nama", "jabatan", "unit": {"id", "nama"}} of a person. */
json_t *an_json_person(const struct an_person *p);
/* The unit asked for ({"id", "nama"}), or null when none was; and the
 * caller's scope, the unit a pengelola's figures are limited to, or null
 * for everything. */
json_t *an_json_unit(const struct an_view *v);
json_t *an_json_scope(const struct an_view *v);
/* The thresholds {skala, min_ratees, ...}. */
json_t *an_json_config(const struct rs_config *c);

/* The adjusted view of one person for the 360 results ({"mentah",
 * "disesuaikan", "n_penilai", "keterangan"}), or null where the raw
 * results show nothing of the period. */
json_t *an_json_adjusted_of(struct db *db, int64_t period_id, int64_t employee_id);

int api_analysis_agreement(struct req *r);
int api_analysis_fairness(struct req *r);
int api_analysis_adjusted(struct req *r);
int api_analysis_mine(struct req *r);
int api_analysis_settings(struct req *r);
int api_analysis_settings_save(struct req *r);

#endif
