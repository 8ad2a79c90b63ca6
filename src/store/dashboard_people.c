/*
 * dashboard_people.c - who in a unit's dashboard needs attention (see
 * dashboard.h): the employees whose final predicate on the period's basis
 * is below Baik, lowest first, with the ids the dashboard links to (their
 * SKP and the assessment's evaluation document).  One query over the
 * scope, capped at DASH_ATTENTION_MAX rows.
 */
#include "store/dashboard_int.h"
#include "store/assessment_int.h"
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The predicates below Baik, lowest first (a CASE for ORDER BY). */
#define LOW_ORDER "CASE a.predicate WHEN 'sangat_kurang' THEN 0 WHEN 'kurang' THEN 1 ELSE 2 END"
#define LOW_WHERE "a.predicate IN ('sangat_kurang', 'kurang', 'butuh_perbaikan') "
#define BASIS_JOIN "JOIN assessment a ON a.skp_id = s.id AND a.state = 'ditetapkan' AND " \
	"a.kind = CASE WHEN $4 = 0 THEN 'tahunan' ELSE 'periodik' END AND " \
	"COALESCE(a.checkpoint_id, 0) = $4 "

static void person_fill(struct db_rows *rows, void *item)
{
	struct dash_person *x = item;
	memset(x, 0, sizeof *x);
	x->employee_id = db_int(rows, 0);
	x->skp_id = db_int(rows, 1);
	x->assessment_id = db_int(rows, 2);
	copy_str(x->nip, sizeof x->nip, db_text(rows, 3));
	store_person_name(rows, 4, x->name, sizeof x->name);
	copy_str(x->unit_name, sizeof x->unit_name, db_text(rows, 7));
	x->predicate = assess_predicate_of(db_text(rows, 8));
}

int store_dash_attention(struct db *db, const struct dash_scope *sc, int64_t checkpoint_id,
			 struct dash_person **out, size_t *n, int64_t *total, struct kerr *err)
{
	const struct db_param args[] = { DB_INT(sc->period_id), DB_INT(sc->unit_id),
		DB_INT(sc->employee_id), DB_INT(checkpoint_id) };
	*out = NULL;
	*n = 0;
	if (db_query_ints(db, DASH_SUB "SELECT COUNT(*) " DASH_SKP_FROM BASIS_JOIN "WHERE "
			 DASH_SKP_WHERE "AND " LOW_WHERE, args, 4, total, 1, err))
		return -1;
	struct db_rows *rows = db_query(db, DASH_SUB "SELECT e.id, s.id, a.id, e.nip, "
		"e.front_title, e.name, e.back_title, COALESCE(pu.name, eu.name, ''), a.predicate "
		DASH_SKP_FROM "LEFT JOIN units pu ON pu.id = p.unit_id LEFT JOIN units eu ON eu.id = "
		"e.unit_id " BASIS_JOIN "WHERE " DASH_SKP_WHERE "AND " LOW_WHERE "ORDER BY "
		LOW_ORDER ", e.name_key, e.id LIMIT 50", args, 4, err);
	return db_collect(rows, sizeof **out, person_fill, NULL, (void **)out, n, err);
}
