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

/* Codes (of units or positions) to ids, sorted by code for bsearch. */
struct code_entry {
	char *code;
	int64_t id;
};

struct code_map {
	struct code_entry *v;
	size_t n;
};

/* Loads a map from a query returning (code, id) rows. */
int code_map_load(struct db *db, const char *sql, struct code_map *m, struct kerr *err);
/* The id of a code, 0 if it is not in the map. */
int64_t code_map_get(const struct code_map *m, const char *code);
void code_map_free(struct code_map *m);

/* "Drs. Name, M.Si.": the name with its titles from the three columns of
 * a row at `col` (front title, name, back title); employees.c. */
struct db_rows;
void store_person_name(struct db_rows *rows, int col, char *out, size_t size);

/* A position and every position above it, as pos_node rows (the position
 * first); free() them. */
struct pos_node;
int store_position_chain(struct db *db, int64_t pos_id, struct pos_node **out, size_t *n,
			 struct kerr *err);

#endif
