/*
 * api_lists.h - the list routes' shared API pieces (api_lists.c): the
 * answer of a filtered, paged, sorted list, the assessment list
 * (GET /api/v1/penilaian) and the filtered part of GET /api/v1/keberatan.
 */
#ifndef KINERJA_API_LISTS_H
#define KINERJA_API_LISTS_H

#include <jansson.h>

#include "http/list_access.h"

struct req;

/* {"items", "total", "page", "per_page", "jumlah_halaman", "urut", "arah"};
 * steals items. */
json_t *api_list_answer(const struct list_request *lr, json_t *items, int64_t total);

/* GET /api/v1/penilaian (route in api_assessment.c). */
int api_assessment_list_all(struct req *r);

/* Adds the filtered, paged list of every case the caller may see to
 * `answer` (items, total, page, per_page, ...); -1 with err on a refused
 * parameter. */
int api_objection_list_filtered(struct req *r, json_t *answer, struct kerr *err);

#endif
