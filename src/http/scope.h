/*
 * scope.h - a pengelola kinerja's scope (their unit and everything below it),
 * applied the same way by the pages and the API: which units they see, where
 * they may place an employee, and which rows of an import they may write.
 */
#ifndef KINERJA_SCOPE_H
#define KINERJA_SCOPE_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "store/store.h"

struct req;
struct csv_table;
struct csv_report;

/* The root of the units the principal may see in lists: the pengelola's
 * scope unit (-1, matching nothing, if they have none), or 0 (everything)
 * for other roles. */
int64_t view_scope_unit(const struct req *r);
/* Marks which of units[0..n) lie at or below the unit with id `root` (all
 * when root is 0).  Returns a calloc'ed array of n flags; free() it. */
unsigned char *units_within(const struct unit *units, size_t n, int64_t root);
/* Index in units[0..n) of the unit with this id, or n if none. */
size_t unit_index_of(const struct unit *units, size_t n, int64_t id);

/* Resolves e->unit_code and e->position_code (filling unit_id and
 * position_id) and refuses, with KERR_FORBIDDEN on field "unit_code" or
 * "position_code", a unit or a position outside the principal's scope;
 * an unknown code is KERR_INVALID on that field. */
int scope_check_placement(struct req *r, struct employee *e, struct kerr *err);

/* Marks bad (with an issue) every good row of an employee file that reaches
 * outside the principal's scope: its unit, its position, or an existing
 * employee of another unit.  Does nothing for an administrator. */
int scope_mark_import_rows(struct req *r, const struct csv_table *t, struct csv_report *rep,
			   struct kerr *err);

/* May the principal address something (a guide, a survey: `what`, a
 * noun phrase such as "Panduan") to unit `unit_id` and the units below it
 * (0: the whole office)?  An administrator anywhere; a pengelola within
 * their scope, and the whole office only when nobody active is outside
 * it; nobody else.  An unknown unit is KERR_INVALID, the rest
 * KERR_FORBIDDEN, both on field "unit_id"; `doing` completes "Hanya
 * pengelola kinerja atau administrator yang ...". */
int scope_may_address(struct req *r, int64_t unit_id, const char *what, const char *doing,
		      struct kerr *err);

#endif
