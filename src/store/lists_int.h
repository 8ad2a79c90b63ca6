/*
 * lists_int.h - what the list files of src/store (list_skp.c,
 * list_assessment.c, list_objection.c) share: the scope and filter
 * conditions every list starts with, and the LIKE patterns of a search.
 *
 * Parameters $1..$7 of every list statement are the same:
 *   $1 scope unit (0 all, -1 none)   $2 the viewer's employee id
 *   $3 unit filter (0 any)           $4 period filter (0 any)
 *   $5 status ('' any)               $6 name pattern ('' none)
 *   $7 NIP pattern ('' none)
 * and the list's own follow from $8; LIMIT and OFFSET come last.
 */
#ifndef KINERJA_STORE_LISTS_INT_H
#define KINERJA_STORE_LISTS_INT_H

#include "store/lists.h"
#include "store/db.h"

/* The viewer's units (scope) and the unit filter's (sub), each a unit and
 * everything below it. */
#define LIST_CTES \
	"WITH RECURSIVE scope(id) AS (SELECT id FROM units WHERE id = $1" \
	"  UNION SELECT u.id FROM units u JOIN scope ON u.parent_id = scope.id), " \
	"sub(id) AS (SELECT id FROM units WHERE id = $3" \
	"  UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "

/* The viewer's rows: in their units, or `self` (a condition on $2). */
#define LIST_SCOPE(self) \
	"WHERE ($1 = 0 OR e.unit_id IN (SELECT id FROM scope) OR " self ") "

/* The filters on unit, period, status and name or NIP. */
#define LIST_FILTERS(period_col, state_col) \
	"AND ($3 = 0 OR e.unit_id IN (SELECT id FROM sub)) " \
	"AND ($4 = 0 OR " period_col " = $4) AND ($5 = '' OR " state_col " = $5) " \
	"AND ($6 = '' OR e.name_key LIKE $6 ESCAPE '!' OR ($7 <> '' AND e.nip LIKE $7 ESCAPE '!')) "

/* "Drs. Name, M.Si." columns: front title, name, back title of e. */
#define LIST_PERSON "COALESCE(e.front_title, ''), e.name, COALESCE(e.back_title, '')"

/* The LIKE patterns of f's search, in the two buffers (strbuf_release
 * them), and the limit bounded. */
struct list_args {
	struct strbuf name_like, nip_like;
	int limit;
};
void list_args_init(struct list_args *a, const struct list_filter *f);
void list_args_release(struct list_args *a);

/* Parameters $1..$7 of f and a. */
#define LIST_COMMON_PARAMS(f, a) \
	DB_INT((f)->scope_unit), DB_INT((f)->scope_self), DB_INT((f)->unit_id), \
	DB_INT((f)->period_id), DB_TEXT((f)->status ? (f)->status : ""), \
	DB_TEXT((a)->name_like.buf), DB_TEXT((a)->nip_like.buf)

#endif
