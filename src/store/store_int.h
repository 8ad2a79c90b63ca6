/*
 * store_int.h - helpers shared by the files of src/store only.
 */
#ifndef KINERJA_STORE_INT_H
#define KINERJA_STORE_INT_H

#include <jansson.h>

#include "store/store.h"

/* Writes the audit row for a change, with before/after as JSON objects
 * (either may be NULL); takes ownership of both. */
int store_audit_json(struct db *db, const struct actor *who, const char *action,
		     const char *entity, int64_t id, json_t *before, json_t *after,
		     struct kerr *err);

#endif
