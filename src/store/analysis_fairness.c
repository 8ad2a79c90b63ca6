/*
 * analysis_fairness.c - the final predicates of a period, one per
 * employee, with what the fairness checks group them by (unit of the
 * post the SKP covers, position kind, golongan, the NIP for sex); see
 * analysis.h.  The same choice as the distribution curve
 * (curve_period.c): on the basis asked, the SKP with the latest months.
 */
#include "store/analysis.h"
#include "store/db.h"
#include "domain/hierarchy.h"
#include "domain/penilaian.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void predicate_fill(struct db_rows *rows, void *item)
{
	struct an_predicate *p = item;
	memset(p, 0, sizeof *p);
	p->employee_id = db_int(rows, 0);
	copy_str(p->nip, sizeof p->nip, db_text(rows, 1));
	copy_str(p->golongan, sizeof p->golongan, db_text(rows, 2));
	copy_str(p->position_kind, sizeof p->position_kind, db_text(rows, 3));
	p->unit_id = db_int(rows, 4);
	copy_str(p->unit_name, sizeof p->unit_name, db_text(rows, 5));
	if (predicate_parse(db_text(rows, 6), &p->predicate))
		p->predicate = PRED__COUNT;
}

int store_analysis_predicates(struct db *db, int64_t period_id, int64_t checkpoint_id,
			      struct an_predicate **out, size_t *n, struct kerr *err)
{
	const char *kind = assessment_kind_name(checkpoint_id ? ASSESS_PERIODIK : ASSESS_TAHUNAN);
	struct an_predicate *all = NULL;
	size_t total = 0, kept = 0;
	if (db_collect(db_query(db,
		"SELECT s.employee_id, e.nip, e.golongan, COALESCE(p.kind, ''), u.id, u.name, "
		"a.predicate FROM skp s JOIN employees e ON e.id = s.employee_id "
		"LEFT JOIN positions p ON p.id = s.position_id "
		"JOIN units u ON u.id = COALESCE(p.unit_id, e.unit_id) "
		"JOIN assessment a ON a.skp_id = s.id AND a.kind = $2 "
		"AND COALESCE(a.checkpoint_id, 0) = $3 AND a.state = 'ditetapkan' "
		"WHERE s.period_id = $1 ORDER BY s.employee_id, s.month_from DESC",
		DB_ARGS(DB_INT(period_id), DB_TEXT(kind), DB_INT(checkpoint_id)), err),
		       sizeof *all, predicate_fill, NULL, (void **)&all, &total, err))
		return -1;
	for (size_t i = 0; i < total; i++)   /* the first row of each employee: latest SKP */
		if (all[i].predicate != PRED__COUNT &&
		    (!kept || all[kept - 1].employee_id != all[i].employee_id))
			all[kept++] = all[i];
	*out = all;
	*n = kept;
	return 0;
}

/* Counts one person in each dimension's table. */
static void count_person(const struct an_predicate *p, struct fair_table out[FAIR__DIMS])
{
	char key[64], label[200];
	snprintf(key, sizeof key, "%lld", (long long)p->unit_id);
	fair_add(&out[FAIR_UNIT], key, p->unit_name, p->predicate);
	fair_add(&out[FAIR_POSITION_KIND], p->position_kind[0] ? p->position_kind : "-",
		 p->position_kind[0] ? position_kind_label(p->position_kind) : "Tanpa jabatan",
		 p->predicate);
	fair_golongan_of(p->golongan, key, sizeof key, label, sizeof label);
	fair_add(&out[FAIR_GOLONGAN], key, label, p->predicate);
	fair_sex_of(p->nip, key, sizeof key, label, sizeof label);
	fair_add(&out[FAIR_SEX], key, label, p->predicate);
}

int store_fairness_tables(struct db *db, int64_t period_id, int64_t checkpoint_id,
			  int (*covers)(const void *ctx, int64_t unit_id), const void *ctx,
			  int threshold, struct fair_table out[FAIR__DIMS], int *people,
			  struct kerr *err)
{
	struct an_predicate *v = NULL;
	size_t n = 0;
	for (int d = 0; d < FAIR__DIMS; d++)
		fair_table_init(&out[d], (enum fair_dim)d);
	*people = 0;
	if (store_analysis_predicates(db, period_id, checkpoint_id, &v, &n, err))
		return -1;
	for (size_t i = 0; i < n; i++)
		if (!covers || covers(ctx, v[i].unit_id)) {
			count_person(&v[i], out);
			(*people)++;
		}
	free(v);
	for (int d = 0; d < FAIR__DIMS; d++)
		fair_finish(&out[d], threshold);
	return 0;
}
