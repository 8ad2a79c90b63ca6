/*
 * api_objection.h - private to the objection API files (api_objection.c:
 * the handlers and the route table; api_objection_json.c: the JSON
 * shapes).
 */
#ifndef KINERJA_API_OBJECTION_H
#define KINERJA_API_OBJECTION_H

#include <jansson.h>

#include "http/objection_access.h"

/* The whole case as the caller sees it, with "aksi_tersedia" from their
 * roles (objection_roles). */
json_t *objection_to_json(const struct objection *o, unsigned roles);
/* One line of a list: without the texts and attachments. */
json_t *objection_summary_json(const struct objection *o);
json_t *objection_attachment_to_json(const struct objection_attachment *a);
/* "2026-04-17" for a wib_day, null for 0. */
json_t *objection_day_json(int64_t day);

#endif
