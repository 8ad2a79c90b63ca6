/*
 * tpp_items.c - reading allowance (TPP) runs and their items: one run and
 * the list of runs, a page of a run's items, one item with its breakdown,
 * an employee's items across runs, and the comparison of two runs per
 * employee (see tpp.h).
 */
#include "store/tpp.h"
#include "store/db.h"
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- runs ---------------------------------------------------------------------------------- */

#define RUN_SELECT \
	"SELECT r.id, r.unit_id, u.name, r.instansi_id, r.ruleset_id, rs.version, r.kind, " \
	"r.year, r.month_from, r.month_to, COALESCE(r.checkpoint_id, 0), r.label, r.state, " \
	"r.employees, r.total, r.created_by_name, r.created_at, r.computed_at, " \
	"r.approved_by_name, COALESCE(r.approved_at, 0), r.version FROM tpp_run r " \
	"JOIN units u ON u.id = r.unit_id JOIN tpp_ruleset rs ON rs.id = r.ruleset_id "

static void run_from_row(struct db_rows *rows, struct tpp_run *r)
{
	memset(r, 0, sizeof *r);
	r->id = db_int(rows, 0);
	r->unit_id = db_int(rows, 1);
	copy_str(r->unit_name, sizeof r->unit_name, db_text(rows, 2));
	r->instansi_id = db_int(rows, 3);
	r->ruleset_id = db_int(rows, 4);
	r->ruleset_version = (int)db_int(rows, 5);
	if (tpp_run_kind_parse(db_text(rows, 6), &r->kind))
		r->kind = TPP_RUN_BULANAN;
	r->year = (int)db_int(rows, 7);
	r->month_from = (int)db_int(rows, 8);
	r->month_to = (int)db_int(rows, 9);
	r->checkpoint_id = db_int(rows, 10);
	copy_str(r->label, sizeof r->label, db_text(rows, 11));
	copy_str(r->state, sizeof r->state, db_text(rows, 12));
	r->employees = db_int(rows, 13);
	r->total = db_int(rows, 14);
	copy_str(r->created_by, sizeof r->created_by, db_text(rows, 15));
	r->created_at = db_int(rows, 16);
	r->computed_at = db_int(rows, 17);
	copy_str(r->approved_by, sizeof r->approved_by, db_text(rows, 18));
	r->approved_at = db_int(rows, 19);
	r->version = db_int(rows, 20);
}

int store_tpp_run_get(struct db *db, int64_t id, struct tpp_run *out, struct kerr *err)
{
	struct db_rows *rows = db_query(db, RUN_SELECT "WHERE r.id = $1", DB_ARGS(DB_INT(id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		run_from_row(rows, out);
	db_rows_free(rows);
	if (rc < 0)
		return -1;
	if (!rc)
		return kerr_set(err, KERR_NOT_FOUND, "perhitungan", "Perhitungan TPP tidak ditemukan");
	return 0;
}

static void fill_run(struct db_rows *rows, void *run)
{
	run_from_row(rows, run);
}

int store_tpp_run_list(struct db *db, struct tpp_run **out, size_t *n, struct kerr *err)
{
	return db_collect(db_query(db, RUN_SELECT "ORDER BY r.year DESC, r.month_from DESC, r.id DESC",
				   DB_NOARGS, err),
			  sizeof **out, fill_run, NULL, (void **)out, n, err);
}

/* ---- items ---------------------------------------------------------------------------------- */

void tpp_item_release(struct tpp_item *it)
{
	free(it->lines_json);
	it->lines_json = NULL;
}

void tpp_items_free(struct tpp_item *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		tpp_item_release(&v[i]);
	free(v);
}

#define ITEM_COLS \
	"i.id, i.run_id, i.employee_id, i.nip, i.name, i.golongan, i.position_kind, " \
	"i.unit_name, i.predicate, i.base_amount, i.months_paid, i.kinerja, i.disiplin, " \
	"i.potongan, i.pembulatan, i.amount, r.label, r.state"
#define ITEM_FROM " FROM tpp_run_item i JOIN tpp_run r ON r.id = i.run_id "

static int pred_of(const char *s)
{
	enum predicate p;
	return predicate_parse(s, &p) ? TPP_PRED_NONE : (int)p;
}

static void item_from_row(struct db_rows *rows, struct tpp_item *it)
{
	memset(it, 0, sizeof *it);
	it->id = db_int(rows, 0);
	it->run_id = db_int(rows, 1);
	it->employee_id = db_int(rows, 2);
	copy_str(it->nip, sizeof it->nip, db_text(rows, 3));
	copy_str(it->name, sizeof it->name, db_text(rows, 4));
	copy_str(it->golongan, sizeof it->golongan, db_text(rows, 5));
	copy_str(it->position_kind, sizeof it->position_kind, db_text(rows, 6));
	copy_str(it->unit_name, sizeof it->unit_name, db_text(rows, 7));
	it->predicate = pred_of(db_text(rows, 8));
	it->base = db_int(rows, 9);
	it->months_paid = (int)db_int(rows, 10);
	it->kinerja = db_int(rows, 11);
	it->disiplin = db_int(rows, 12);
	it->potongan = db_int(rows, 13);
	it->pembulatan = db_int(rows, 14);
	it->amount = db_int(rows, 15);
	copy_str(it->run_label, sizeof it->run_label, db_text(rows, 16));
	copy_str(it->run_state, sizeof it->run_state, db_text(rows, 17));
}

static void fill_item(struct db_rows *rows, void *item)
{
	item_from_row(rows, item);
}

static void release_items(void *items, size_t n)
{
	tpp_items_free(items, n);
}

static int collect(struct db_rows *rows, struct tpp_item **out, size_t *n, struct kerr *err)
{
	return db_collect(rows, sizeof **out, fill_item, release_items, (void **)out, n, err);
}

/* "%text%" for LIKE, lower case, with % and _ escaped by '\'. */
static void like_pattern(const char *s, char *out, size_t size)
{
	size_t j = 0;
	out[j++] = '%';
	for (; *s && j + 3 < size; s++) {
		char c = *s >= 'A' && *s <= 'Z' ? (char)(*s - 'A' + 'a') : *s;
		if (c == ' ' && (s[1] == ' ' || !s[1]))
			continue;
		if (c == '%' || c == '_' || c == '\\')
			out[j++] = '\\';
		out[j++] = c;
	}
	out[j++] = '%';
	out[j] = 0;
}

#define MATCH " WHERE i.run_id = $1 AND ($2 = '' OR LOWER(i.name) LIKE $2 ESCAPE '\\' " \
	"OR i.nip LIKE $2 ESCAPE '\\') "

int store_tpp_items(struct db *db, int64_t run_id, const char *search, int page, int per_page,
		    struct tpp_item **out, size_t *n, int64_t *total, struct kerr *err)
{
	char pat[200] = "";
	if (search && *search)
		like_pattern(search, pat, sizeof pat);
	if (db_query_int(db, "SELECT COUNT(*) FROM tpp_run_item i" MATCH,
			 DB_ARGS(DB_INT(run_id), DB_TEXT(pat)), total, err) < 0)
		return -1;
	int64_t limit = per_page > 0 ? per_page : *total + 1;
	int64_t offset = per_page > 0 && page > 1 ? (int64_t)(page - 1) * per_page : 0;
	return collect(db_query(db, "SELECT " ITEM_COLS ITEM_FROM MATCH
				"ORDER BY i.unit_name, i.name, i.id LIMIT $3 OFFSET $4",
				DB_ARGS(DB_INT(run_id), DB_TEXT(pat), DB_INT(limit), DB_INT(offset)),
				err), out, n, err);
}

int store_tpp_item_get(struct db *db, int64_t id, struct tpp_item *out, struct kerr *err)
{
	struct tpp_item *v = NULL;
	size_t n = 0;
	if (collect(db_query(db, "SELECT " ITEM_COLS ITEM_FROM "WHERE i.id = $1",
			     DB_ARGS(DB_INT(id)), err), &v, &n, err))
		return -1;
	if (!n) {
		free(v);
		return kerr_set(err, KERR_NOT_FOUND, "rincian", "Rincian TPP tidak ditemukan");
	}
	*out = v[0];
	free(v);
	/* the breakdown, apart: the lists never read it */
	struct db_rows *rows = db_query(db, "SELECT lines_json FROM tpp_run_item WHERE id = $1",
					DB_ARGS(DB_INT(id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	out->lines_json = xstrdup(rc == 1 ? db_text(rows, 0) : "[]");
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int store_tpp_items_of_employee(struct db *db, int64_t employee_id, struct tpp_item **out,
				size_t *n, struct kerr *err)
{
	return collect(db_query(db, "SELECT " ITEM_COLS ITEM_FROM "WHERE i.employee_id = $1 "
				"ORDER BY r.year DESC, r.month_from DESC, r.id DESC",
				DB_ARGS(DB_INT(employee_id)), err), out, n, err);
}

/* ---- comparing two runs ------------------------------------------------------------------------ */

static int diff_cmp(const void *a, const void *b)
{
	const struct tpp_diff *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	if (c)
		return c;
	return x->employee_id < y->employee_id ? -1 : x->employee_id > y->employee_id;
}

int store_tpp_compare(struct db *db, int64_t a, int64_t b, struct tpp_diff **out, size_t *n,
		      size_t *changed, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT employee_id, nip, name, run_id, amount "
					"FROM tpp_run_item WHERE run_id = $1 OR run_id = $2 "
					"ORDER BY employee_id, run_id", DB_ARGS(DB_INT(a), DB_INT(b)),
					err);
	size_t alloc = 0;
	int rc;
	*out = NULL;
	*n = *changed = 0;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		int64_t emp = db_int(rows, 0);
		if (!*n || (*out)[*n - 1].employee_id != emp) {
			if (*n == alloc)
				*out = xrealloc(*out, (alloc = alloc ? alloc * 2 : 64) * sizeof **out);
			struct tpp_diff *d = &(*out)[(*n)++];
			memset(d, 0, sizeof *d);
			d->employee_id = emp;
			copy_str(d->nip, sizeof d->nip, db_text(rows, 1));
			copy_str(d->name, sizeof d->name, db_text(rows, 2));
		}
		struct tpp_diff *d = &(*out)[*n - 1];
		if (db_int(rows, 3) == a) {
			d->in_a = 1;
			d->amount_a = db_int(rows, 4);
		}
		if (db_int(rows, 3) == b) {
			d->in_b = 1;
			d->amount_b = db_int(rows, 4);
		}
	}
	db_rows_free(rows);
	if (rc < 0) {
		free(*out);
		*out = NULL;
		*n = 0;
		return -1;
	}
	for (size_t i = 0; i < *n; i++)
		if ((*out)[i].amount_a != (*out)[i].amount_b || (*out)[i].in_a != (*out)[i].in_b)
			(*changed)++;
	if (*n)
		qsort(*out, *n, sizeof **out, diff_cmp);
	return 0;
}
