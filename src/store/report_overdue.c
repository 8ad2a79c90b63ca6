/*
 * report_overdue.c - the overdue items of a recap (see report.h and
 * domain/recap.h), what the data can say of a unit's subtree on a day:
 *   - SKP not approved (or not made) after the period's plan_due: from
 *     the recap's rows;
 *   - IKI of approved SKPs without a realisasi at a closed checkpoint
 *     their months overlap, counted per SKP and checkpoint;
 *   - 360 forms left unanswered (menunggu) in closed rounds of the
 *     period, counted per rater and round (never whom they would rate);
 *   - approved SKPs without a ditetapkan periodik assessment for a
 *     checkpoint that has ended (a draft, or none);
 *   - objections not yet decided, since the day they were filed.
 * One set-based query per kind over the subtree.
 */
#include "store/report.h"
#include "store/db.h"
#include "core/timeutil.h"
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SUB_CTE \
	"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $2" \
	"  UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "

/* The owner of an SKP s, its unit un (columns 2-7 of every query). */
#define OWNER "e.id, e.nip, e.front_title, e.name, e.back_title, un.name"
#define SKP_FROM \
	"FROM skp s JOIN employees e ON e.id = s.employee_id " \
	"LEFT JOIN positions p ON p.id = s.position_id " \
	"JOIN units un ON un.id = COALESCE(p.unit_id, e.unit_id) "
#define SKP_IN_SUB "s.period_id = $1 AND un.id IN (SELECT id FROM sub) "
#define MONTH(d) "CAST(substr(" d ", 6, 2) AS INTEGER)"
#define OVERLAPS "c.period_id = s.period_id AND " MONTH("c.start_date") " <= s.month_to " \
	"AND " MONTH("c.end_date") " >= s.month_from "

/* Columns: 0 ref, 1 seq, 2-7 owner, 8 label, 9 count, 10 of, 11 due (text), 12 due (unix). */
static const char realisasi_sql[] = SUB_CTE
	"SELECT s.id, c.seq, " OWNER ", c.name, "
	"SUM(CASE WHEN x.id IS NULL THEN 1 ELSE 0 END), COUNT(*), c.end_date, 0 " SKP_FROM
	"JOIN checkpoints c ON " OVERLAPS "AND c.state = 'ditutup' "
	"JOIN rhk r ON r.skp_id = s.id JOIN iki i ON i.rhk_id = r.id "
	"LEFT JOIN realisasi x ON x.iki_id = i.id AND x.checkpoint_id = c.id "
	"WHERE " SKP_IN_SUB "AND s.state = 'disetujui' "
	"GROUP BY s.id, c.seq, e.id, e.nip, e.front_title, e.name, e.back_title, un.name, c.name, "
	"c.end_date HAVING SUM(CASE WHEN x.id IS NULL THEN 1 ELSE 0 END) > 0";

static const char r360_sql[] = SUB_CTE
	"SELECT rd.id, 0, " OWNER ", rd.name, COUNT(*), COUNT(*), rd.closes_on, 0 "
	"FROM rater360 a JOIN round360 rd ON rd.id = a.round_id "
	"JOIN employees e ON e.id = a.rater_employee_id JOIN units un ON un.id = e.unit_id "
	"WHERE rd.period_id = $1 AND rd.state = 'ditutup' AND a.state = 'menunggu' "
	"AND un.id IN (SELECT id FROM sub) "
	"GROUP BY rd.id, e.id, e.nip, e.front_title, e.name, e.back_title, un.name, rd.name, "
	"rd.closes_on";

static const char assessment_sql[] = SUB_CTE
	"SELECT s.id, c.seq, " OWNER ", c.name, 1, CASE WHEN a.id IS NULL THEN 0 ELSE 1 END, "
	"c.end_date, 0 " SKP_FROM "JOIN checkpoints c ON " OVERLAPS "AND c.end_date < $3 "
	"LEFT JOIN assessment a ON a.skp_id = s.id AND a.kind = 'periodik' "
	"AND a.checkpoint_id = c.id "
	"WHERE " SKP_IN_SUB "AND s.state = 'disetujui' AND (a.id IS NULL OR a.state <> 'ditetapkan')";

static const char objection_sql[] = SUB_CTE
	"SELECT o.id, 0, " OWNER ", COALESCE(c.name, 'Tahunan'), 1, 1, '', o.filed_at "
	"FROM objection o JOIN skp s ON s.id = o.skp_id "
	"JOIN assessment a ON a.id = o.assessment_id "
	"LEFT JOIN checkpoints c ON c.id = a.checkpoint_id "
	"JOIN employees e ON e.id = s.employee_id LEFT JOIN positions p ON p.id = s.position_id "
	"JOIN units un ON un.id = COALESCE(p.unit_id, e.unit_id) "
	"WHERE " SKP_IN_SUB "AND o.state IN ('diajukan', 'penjelasan_diminta', 'dijelaskan')";

struct item_list {
	struct recap *out;
	size_t alloc;
};

static struct overdue_item *next_item(struct item_list *l, enum overdue_kind kind)
{
	struct recap *o = l->out;
	if (o->n_overdue == l->alloc)
		o->overdue = xrealloc(o->overdue, (l->alloc = l->alloc ? l->alloc * 2 : 64) *
				      sizeof *o->overdue);
	struct overdue_item *it = &o->overdue[o->n_overdue++];
	memset(it, 0, sizeof *it);
	it->kind = kind;
	return it;
}

/* What the item says: "Triwulan II: 2 dari 5 IKI tanpa realisasi", ... */
static void describe(struct overdue_item *it, const char *label, int64_t count, int64_t of)
{
	switch (it->kind) {
	case OVERDUE_REALISASI:
		snprintf(it->what, sizeof it->what, "%s: %lld dari %lld IKI tanpa realisasi", label,
			 (long long)count, (long long)of);
		break;
	case OVERDUE_360:
		snprintf(it->what, sizeof it->what, "%s: %lld formulir tidak dijawab", label,
			 (long long)count);
		break;
	case OVERDUE_ASSESSMENT:
		snprintf(it->what, sizeof it->what, "%s: %s", label,
			 of ? "masih draf" : "belum dinilai");
		break;
	default:
		snprintf(it->what, sizeof it->what, "Penilaian %s: belum diputus", label);
		break;
	}
}

static void item_from(struct db_rows *rows, struct overdue_item *it, const char *today)
{
	it->ref_id = db_int(rows, 0);
	it->ref_seq = (int)db_int(rows, 1);
	it->employee_id = db_int(rows, 2);
	copy_str(it->nip, sizeof it->nip, db_text(rows, 3));
	store_person_name(rows, 4, it->name, sizeof it->name);
	copy_str(it->unit_name, sizeof it->unit_name, db_text(rows, 7));
	it->count = db_int(rows, 9);
	describe(it, db_text(rows, 8), it->count, db_int(rows, 10));
	if (db_text(rows, 11)[0])
		copy_str(it->due, sizeof it->due, db_text(rows, 11));
	else
		date_wib(it->due, db_int(rows, 12));
	it->days_late = recap_days_late(it->due, today);
}

static int run_kind(struct db *db, struct item_list *l, enum overdue_kind kind, const char *sql,
		    struct kerr *err)
{
	struct recap *o = l->out;
	struct db_rows *rows = kind == OVERDUE_ASSESSMENT
		? db_query(db, sql, DB_ARGS(DB_INT(o->period.id), DB_INT(o->unit.id),
					    DB_TEXT(o->today)), err)
		: db_query(db, sql, DB_ARGS(DB_INT(o->period.id), DB_INT(o->unit.id)), err);
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1)
		item_from(rows, next_item(l, kind), o->today);
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* SKPs not approved once the plans are due, from the recap's rows. */
static void skp_items(struct item_list *l)
{
	struct recap *o = l->out;
	int late = recap_days_late(o->period.plan_due, o->today);
	if (late <= 0 || late == INT32_MIN)
		return;
	for (size_t i = 0; i < o->n; i++) {
		const struct recap_row *w = &o->rows[i];
		if (!strcmp(w->skp_state, "disetujui"))
			continue;
		struct overdue_item *it = next_item(l, OVERDUE_SKP);
		it->employee_id = w->employee_id;
		it->ref_id = w->skp_id;
		copy_str(it->nip, sizeof it->nip, w->nip);
		copy_str(it->name, sizeof it->name, w->name);
		copy_str(it->unit_name, sizeof it->unit_name, w->unit_name);
		enum skp_state st;
		snprintf(it->what, sizeof it->what, "SKP %s",
			 skp_state_parse(w->skp_state, &st) ? "belum dibuat"
							    : skp_state_label(st));
		it->count = 1;
		copy_str(it->due, sizeof it->due, o->period.plan_due);
		it->days_late = late;
	}
}

static int cmp_item(const void *a, const void *b)
{
	const struct overdue_item *x = a, *y = b;
	if (x->kind != y->kind)
		return (int)x->kind - (int)y->kind;
	if (x->days_late != y->days_late)
		return x->days_late > y->days_late ? -1 : 1;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->ref_id > y->ref_id) - (x->ref_id < y->ref_id);
}

int store_recap_overdue(struct db *db, struct recap *out, struct kerr *err)
{
	struct item_list l = { out, 0 };
	skp_items(&l);
	if (run_kind(db, &l, OVERDUE_REALISASI, realisasi_sql, err) ||
	    run_kind(db, &l, OVERDUE_360, r360_sql, err) ||
	    run_kind(db, &l, OVERDUE_ASSESSMENT, assessment_sql, err) ||
	    run_kind(db, &l, OVERDUE_OBJECTION, objection_sql, err))
		return -1;
	qsort(out->overdue, out->n_overdue, sizeof *out->overdue, cmp_item);
	return 0;
}
