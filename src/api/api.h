/*
 * api.h - JSON shapes shared by the API handlers under /api/v1.
 *
 * All API responses are JSON.  Errors have the shape
 *   {"error": {"code": "invalid", "field": "nip", "message": "..."}}
 * (reply_error does that).  Lists have the shape
 *   {"items": [...], "total": N, "page": P, "per_page": K}.
 */
#ifndef KINERJA_API_H
#define KINERJA_API_H

#include <jansson.h>

#include "store/store.h"

json_t *employee_to_json(const struct employee *e);
json_t *unit_to_json(const struct unit *u);
json_t *position_to_json(const struct position *p);
json_t *audit_to_json(const struct audit_entry *a);

#endif
