/*
 * codes.c - unit and position codes mapped to ids, loaded once: the import
 * writes through them, and the CSV checkers ask them whether a code exists
 * instead of querying the database once per row.
 */
#include "store/store.h"
#include "store/db.h"
#include "store/store_int.h"
#include "domain/csvcheck.h"

#include <stdlib.h>
#include <string.h>

static int cmp_code(const void *a, const void *b)
{
	return strcmp(((const struct code_entry *)a)->code, ((const struct code_entry *)b)->code);
}

int code_map_load(struct db *db, const char *sql, struct code_map *m, struct kerr *err)
{
	struct db_rows *rows = db_query(db, sql, DB_NOARGS, err);
	size_t alloc = 64;
	int rc = rows ? 0 : -1;
	m->n = 0;
	m->v = xmalloc(alloc * sizeof *m->v);
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (m->n == alloc)
			m->v = xrealloc(m->v, (alloc *= 2) * sizeof *m->v);
		m->v[m->n].code = xstrdup(db_text(rows, 0));
		m->v[m->n++].id = db_int(rows, 1);
	}
	db_rows_free(rows);
	qsort(m->v, m->n, sizeof *m->v, cmp_code);
	return rc < 0 ? -1 : 0;
}

int64_t code_map_get(const struct code_map *m, const char *code)
{
	struct code_entry key = { (char *)code, 0 };
	const struct code_entry *hit = m->n ? bsearch(&key, m->v, m->n, sizeof key, cmp_code) : NULL;
	return hit ? hit->id : 0;
}

void code_map_free(struct code_map *m)
{
	for (size_t i = 0; i < m->n; i++)
		free(m->v[i].code);
	free(m->v);
}

/* ---- the checkers' lookup ---------------------------------------------------- */

struct store_codes {
	struct code_map units, positions;
};

#define UNIT_CODES_SQL "SELECT code, id FROM units"
#define POSITION_CODES_SQL "SELECT code, id FROM positions"

struct store_codes *store_codes_load(struct db *db, struct kerr *err)
{
	struct store_codes *c = xcalloc(1, sizeof *c);
	if (code_map_load(db, UNIT_CODES_SQL, &c->units, err) ||
	    code_map_load(db, POSITION_CODES_SQL, &c->positions, err)) {
		store_codes_free(c);
		return NULL;
	}
	return c;
}

void store_codes_free(struct store_codes *c)
{
	if (!c)
		return;
	code_map_free(&c->units);
	code_map_free(&c->positions);
	free(c);
}

int store_codes_unit_exists(void *codes, const char *code)
{
	return code_map_get(&((struct store_codes *)codes)->units, code) != 0;
}

int store_codes_position_exists(void *codes, const char *code)
{
	return code_map_get(&((struct store_codes *)codes)->positions, code) != 0;
}

int store_check_import(struct db *db, const struct csv_table *t, int positions,
		       struct csv_report *report, struct kerr *err)
{
	struct store_codes *codes = store_codes_load(db, err);
	if (!codes)
		return -1;
	struct employee_csv_lookup lk = { codes, store_codes_unit_exists,
					  store_codes_position_exists };
	if (positions)
		position_csv_check(t, &lk, report);
	else
		employee_csv_check(t, &lk, report);
	store_codes_free(codes);
	return 0;
}
