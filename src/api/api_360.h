/*
 * api_360.h - helpers shared by the 360-degree feedback API handlers
 * (api_360.c: rounds, raters, settings; api_360_answers.c: a rater's
 * forms, answers, refusals and the results): the JSON shapes and the
 * error reply.
 */
#ifndef KINERJA_API_360_H
#define KINERJA_API_360_H

#include <jansson.h>

#include "store/r360.h"

struct req;

/* {"id", "nip", "nama", "jabatan", "unit_id", "unit"} */
json_t *person360_json(const struct person360 *p);
/* A round; with the counts of its assignments when `counts`. */
json_t *round360_json(const struct round360 *rd, int counts);
/* Replies with an error; a missing object named in the path has no field. */
int reply_360_error(struct req *r, struct kerr *err);

/* api_360_answers.c: the handlers the route table in api_360.c points at. */
int api_360_results(struct req *r);
int api_360_tasks(struct req *r);
int api_360_task(struct req *r);
int api_360_answer(struct req *r);
int api_360_decline(struct req *r);

#endif
