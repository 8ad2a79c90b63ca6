/*
 * assessment_roster.c - every SKP of a period with its assessment of one
 * kind (a checkpoint's periodik one, or the tahunan one), for HR's recaps
 * and the command line: who is rated how, who is not rated yet.  Rows are
 * streamed to a callback in unit and name order, so a city or a country
 * never sits in memory at once.  A draft shows as a draft without its
 * ratings (a draft is the pejabat penilai's alone).
 */
#include "store/assessment_int.h"
#include "store/db.h"
#include "store/store_int.h"

#include <string.h>

/* The SKPs of the period (of unit_id and the units below it; 0 = all),
 * with the post's unit, or the employee's when the SKP covers no post. */
static const char roster_sql[] =
	"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $4 "
	"  UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
	"SELECT s.id, e.nip, e.name, COALESCE(pu.code, eu.code, ''), COALESCE(pu.name, eu.name, ''), "
	"COALESCE(p.name, ''), COALESCE(a.state, ''), COALESCE(a.hasil_rating, ''), "
	"COALESCE(a.perilaku_rating, ''), COALESCE(a.predicate, ''), COALESCE(a.assessor_name, ''), "
	"COALESCE(a.acknowledged_at, 0) "
	"FROM skp s JOIN employees e ON e.id = s.employee_id "
	"LEFT JOIN positions p ON p.id = s.position_id LEFT JOIN units pu ON pu.id = p.unit_id "
	"LEFT JOIN units eu ON eu.id = e.unit_id "
	"LEFT JOIN assessment a ON a.skp_id = s.id AND a.kind = $2 "
	"AND COALESCE(a.checkpoint_id, 0) = $3 "
	"WHERE s.period_id = $1 AND ($4 = 0 OR COALESCE(p.unit_id, e.unit_id) IN (SELECT id FROM sub)) "
	"ORDER BY 4, 3, s.month_from";

static void roster_from_row(struct db_rows *rows, struct roster_row *out)
{
	memset(out, 0, sizeof *out);
	out->skp_id = db_int(rows, 0);
	copy_str(out->nip, sizeof out->nip, db_text(rows, 1));
	copy_str(out->name, sizeof out->name, db_text(rows, 2));
	copy_str(out->unit_code, sizeof out->unit_code, db_text(rows, 3));
	copy_str(out->unit_name, sizeof out->unit_name, db_text(rows, 4));
	copy_str(out->position_name, sizeof out->position_name, db_text(rows, 5));
	const char *state = db_text(rows, 6);
	out->hasil = out->perilaku = RATING__LEVELS;
	out->predicate = PRED__COUNT;
	if (!*state)
		return;
	out->exists = 1;
	out->final = !strcmp(state, ASSESS_FINAL);
	if (!out->final)
		return;
	out->hasil = assess_rating_of(db_text(rows, 7));
	out->perilaku = assess_rating_of(db_text(rows, 8));
	out->predicate = assess_predicate_of(db_text(rows, 9));
	copy_str(out->assessor_name, sizeof out->assessor_name, db_text(rows, 10));
	out->acknowledged = db_int(rows, 11) != 0;
}

int store_assessment_roster(struct db *db, int64_t period_id, enum assessment_kind kind,
			    int64_t checkpoint_id, int64_t unit_id, roster_fn fn, void *ctx,
			    struct kerr *err)
{
	struct db_rows *rows = db_query(db, roster_sql, DB_ARGS(DB_INT(period_id),
		DB_TEXT(assessment_kind_name(kind)),
		DB_INT(kind == ASSESS_TAHUNAN ? 0 : checkpoint_id), DB_INT(unit_id)), err);
	if (!rows)
		return -1;
	struct roster_row row;
	int rc, stop = 0;
	while (!stop && (rc = db_next(rows, err)) == 1) {
		roster_from_row(rows, &row);
		stop = fn(&row, ctx);
	}
	db_rows_free(rows);
	return stop < 0 ? -1 : rc < 0 ? -1 : 0;
}
