/*
 * recognition_credit.c - the credit points (angka kredit) of the
 * functional employees of a period, in one query over the set: every SKP
 * of a post of kind "fungsional" with its final tahunan predicate and,
 * for a provisional figure, the final periodik predicate of its latest
 * checkpoint; the level (jenjang) read from the post's name and the
 * amount computed with domain/angka_kredit.h from the tables in the
 * database (see recognition.h).
 */
#include "store/recognition.h"
#include "store/assessment_int.h"
#include "store/db.h"
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LATEST_PERIODIK(col) \
	"(SELECT " col " FROM assessment a JOIN checkpoints c ON c.id = a.checkpoint_id " \
	"WHERE a.skp_id = s.id AND a.kind = 'periodik' AND a.state = 'ditetapkan' " \
	"ORDER BY c.seq DESC LIMIT 1)"

static const char credit_sql[] =
	"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $2 "
	"  UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
	"SELECT s.id, s.employee_id, e.nip, e.front_title, e.name, e.back_title, p.name, "
	"COALESCE(pu.name, ''), p.unit_id, s.month_from, s.month_to, COALESCE(t.predicate, ''), "
	"COALESCE(" LATEST_PERIODIK("a.predicate") ", ''), "
	"COALESCE(" LATEST_PERIODIK("c.name") ", '') "
	"FROM skp s JOIN employees e ON e.id = s.employee_id "
	"JOIN positions p ON p.id = s.position_id AND p.kind = 'fungsional' "
	"LEFT JOIN units pu ON pu.id = p.unit_id "
	"LEFT JOIN assessment t ON t.skp_id = s.id AND t.kind = 'tahunan' AND t.state = 'ditetapkan' "
	"WHERE s.period_id = $1 AND ($2 = 0 OR p.unit_id IN (SELECT id FROM sub)) "
	"AND ($3 = 0 OR s.employee_id = $3) "
	"ORDER BY COALESCE(pu.code, ''), e.name_key, s.employee_id, s.month_from";

static void line_from_row(struct db_rows *rows, const struct ak_tables *t, struct credit_line *l)
{
	const char *front = db_text(rows, 3), *back = db_text(rows, 5);
	const char *annual = db_text(rows, 11), *latest = db_text(rows, 12);
	memset(l, 0, sizeof *l);
	l->skp_id = db_int(rows, 0);
	l->employee_id = db_int(rows, 1);
	copy_str(l->nip, sizeof l->nip, db_text(rows, 2));
	snprintf(l->name, sizeof l->name, "%s%s%s%s%s", front, *front ? " " : "", db_text(rows, 4),
		 *back ? ", " : "", back);
	copy_str(l->position_name, sizeof l->position_name, db_text(rows, 6));
	copy_str(l->unit_name, sizeof l->unit_name, db_text(rows, 7));
	l->unit_id = db_int(rows, 8);
	l->month_from = (int)db_int(rows, 9);
	l->month_to = (int)db_int(rows, 10);
	l->months = ak_months(l->month_from, l->month_to);
	l->level = ak_level_of(l->position_name, t->levels, t->n_levels);
	l->predicate = assess_predicate_of(*annual ? annual : latest);
	l->has_predicate = l->predicate < PRED__COUNT;
	l->provisional = !*annual && l->has_predicate;
	copy_str(l->basis_name, sizeof l->basis_name, *annual ? "Tahunan" : db_text(rows, 13));
	if (l->has_predicate)
		l->pct = t->pct[l->predicate];
	if (l->level >= 0)
		l->coefficient = t->levels[l->level].coefficient;
	if (l->has_predicate && l->level >= 0)
		l->amount = ak_amount(l->pct, l->coefficient, l->months);
}

static int load_lines(struct db *db, int64_t unit_id, int64_t employee_id,
		      struct credit_list *out, struct kerr *err)
{
	struct db_rows *rows = db_query(db, credit_sql, DB_ARGS(DB_INT(out->period.id),
		DB_INT(unit_id), DB_INT(employee_id)), err);
	size_t alloc = 0;
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		if (out->n == alloc)
			out->v = xrealloc(out->v, (alloc = alloc ? alloc * 2 : 16) * sizeof *out->v);
		line_from_row(rows, &out->tables, &out->v[out->n++]);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int store_credit_list(struct db *db, int64_t period_id, int64_t unit_id, int64_t employee_id,
		      struct credit_list *out, struct kerr *err)
{
	memset(out, 0, sizeof *out);
	if (store_period_get(db, period_id, &out->period, err))
		return -1;
	if (store_ak_tables(db, &out->tables, err) ||
	    load_lines(db, unit_id, employee_id, out, err)) {
		credit_list_release(out);
		return -1;
	}
	return 0;
}

void credit_list_release(struct credit_list *c)
{
	ak_tables_release(&c->tables);
	free(c->v);
	c->v = NULL;
	c->n = 0;
}

int64_t credit_total(const struct credit_list *c, int64_t employee_id)
{
	int64_t sum = 0;
	for (size_t i = 0; i < c->n; i++)
		if (c->v[i].employee_id == employee_id)
			sum += c->v[i].amount;
	return sum;
}
