/*
 * api_guidance.h - private to the guidance API files (api_guidance.c: the
 * overviews, sessions and the route table; api_guidance_plan.c: the
 * improvement and development plans; api_guidance_json.c: the JSON
 * shapes).
 */
#ifndef KINERJA_API_GUIDANCE_H
#define KINERJA_API_GUIDANCE_H

#include <jansson.h>

#include "http/guidance_access.h"

struct req;

/* A session as the caller sees it, with "aksi_tersedia" from `roles`. */
json_t *guidance_session_json(const struct guidance_session *s, unsigned roles);
/* An improvement plan; with its checkpoints and triggers when loaded by
 * store_improvement_plan_get (a list line has none). */
json_t *improvement_plan_json(const struct improvement_plan *p, unsigned roles);
json_t *development_item_json(const struct development_item *d, unsigned roles);
json_t *guidance_unit_json(const struct guidance_unit_row *u);

/* A JSON string of a "YYYY-MM-DD" date, null for "". */
json_t *guidance_date_json(const char *date);

/* The handlers of api_guidance_plan.c, listed in api_guidance.c's table. */
int api_plan_get(struct req *r);
int api_plan_put(struct req *r);
int api_plan_outcome(struct req *r);
int api_checkpoint_put(struct req *r);
int api_dev_create(struct req *r);
int api_dev_get(struct req *r);
int api_dev_put(struct req *r);
int api_dev_delete(struct req *r);

#endif
