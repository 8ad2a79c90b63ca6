/*
 * assessment_int.h - helpers shared by the assessment files of src/store
 * only (assessment.c, assessment_save.c, unit_result.c, curve_reason.c,
 * curve_period.c; the roster also report_recap.c and calibration_table.c):
 * reading an assessment row and a unit predicate row, the audit JSON,
 * recording a step of an assessment's history, the roster of a unit with
 * its assessments, and giving the head of a unit the hasil kerja rating
 * of the unit's predicate.
 */
#ifndef KINERJA_ASSESSMENT_INT_H
#define KINERJA_ASSESSMENT_INT_H

#include <jansson.h>

#include "store/assessment.h"

struct db_rows;

/* The columns assess_from_row reads, of table alias `a`. */
#define ASSESS_COLS \
	"a.id, a.skp_id, a.kind, COALESCE(a.checkpoint_id, 0), " \
	"COALESCE(a.assessor_employee_id, 0), a.assessor_name, a.hasil_rating, a.hasil_reason, " \
	"a.perilaku_rating, a.perilaku_reason, a.predicate, a.state, " \
	"COALESCE(a.finalised_at, 0), COALESCE(a.acknowledged_at, 0), a.version, " \
	"a.created_at, a.updated_at"

/* Fills *a from columns 0-16 of a row (ASSESS_COLS). */
void assess_from_row(struct db_rows *rows, struct assessment *a);
/* An empty assessment (no ratings, texts ""). */
void assess_empty(struct assessment *a);
/* The stored names of a rating / predicate, "" for none; parsing back. */
const char *assess_rating_name(enum rating r);
const char *assess_predicate_name(enum predicate p);
enum rating assess_rating_of(const char *name);
enum predicate assess_predicate_of(const char *name);
/* The predicate of two ratings, PRED__COUNT when one is missing. */
enum predicate assess_predicate(enum rating hasil, enum rating perilaku);

/* The assessment as JSON for the audit trail. */
json_t *assess_json(const struct assessment *a);
/* Records one step in the history of assessment a. */
int assess_event(struct db *db, const struct actor *who, const struct assessment *a,
		 const char *action, const char *actor_name, const char *note, struct kerr *err);
/* Writes a's ratings, texts, state and times back (version bumped; it must
 * still be `version`). */
int assess_update(struct db *db, struct assessment *a, int64_t version, struct kerr *err);

/* unit_result.c: the columns of unit_result that
 * assess_unit_result_from_row reads from column `col` on, which fills
 * *out (its period and unit left as they are) and returns 1 when the row
 * holds a predicate, else 0 (the unit has none: *out stays unset). */
#define UNIT_RESULT_COLS \
	"id, predicate, note, COALESCE(set_by_user, 0), set_by_name, set_at, version"
int assess_unit_result_from_row(struct db_rows *rows, int col, struct unit_result *out);

/* unit_result.c: 0 if period `period_id` exists and is not closed (held
 * FOR SHARE on PostgreSQL); KERR_NOT_FOUND / KERR_CONFLICT on "periode". */
int assess_period_open(struct db *db, int64_t period_id, struct kerr *err);

/* The roster of a unit and period, as the recap (report_recap.c) and the
 * calibration table (calibration_table.c) list it: every employee with an
 * SKP of period $1 for a post in unit $2 or below it, and every active
 * employee there without one, the latest SKP first per employee; with the
 * SKP's ditetapkan assessment of kind $3 at checkpoint $4 (0: tahunan).
 * Aliases: e the employee, s the SKP, p its position, ep the employee's
 * position, un the unit of the post, a the assessment.  ASSESS_ROSTER_SUB
 * goes before the SELECT, ASSESS_ROSTER_FROM after the columns, more LEFT
 * JOINs after it, then ASSESS_ROSTER_WHERE. */
#define ASSESS_ROSTER_SUB \
	"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $2 " \
	"UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
#define ASSESS_ROSTER_FROM \
	"FROM employees e LEFT JOIN skp s ON s.employee_id = e.id AND s.period_id = $1 " \
	"LEFT JOIN positions p ON p.id = s.position_id " \
	"LEFT JOIN positions ep ON ep.id = e.position_id " \
	"JOIN units un ON un.id = COALESCE(p.unit_id, e.unit_id) " \
	"LEFT JOIN assessment a ON a.skp_id = s.id AND a.kind = $3 " \
	"AND COALESCE(a.checkpoint_id, 0) = $4 AND a.state = 'ditetapkan' "
#define ASSESS_ROSTER_WHERE \
	"WHERE un.id IN (SELECT id FROM sub) AND (s.id IS NOT NULL OR e.status = 'aktif') " \
	"ORDER BY e.id, s.month_from DESC"

/* The hasil kerja justification of a head of unit: "Mengikuti predikat
 * unit kerja NAME: Baik". */
void assess_head_reason(char *out, size_t size, const char *unit_name, enum unit_predicate p);
/* Gives the tahunan assessments of the head of unit `unit_id` in the
 * period the hasil kerja rating of predicate p (recorded as
 * "predikat_unit"). */
int assess_sync_heads(struct db *db, const struct actor *who, int64_t period_id,
		      int64_t unit_id, enum unit_predicate p, const char *actor_name,
		      struct kerr *err);

#endif
