/*
 * assessment_revise.c - changes to assessments from outside the pejabat
 * penilai's form: an objection decision (keberatan) applies new ratings
 * even to a locked assessment (an accepted calibration proposal the same
 * way, inside its own transaction), and a new unit predicate gives the tahunan
 * assessment of the unit's head its hasil kerja rating.  Both go through
 * apply_ratings, which recomputes the predicate, asks the employee to
 * acknowledge again and records the step in the history and the audit
 * trail.
 */
#include "store/assessment_int.h"
#include "store/db.h"
#include "store/guidance.h"
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

/* ---- changes from outside the assessor's form ----------------------------------------------- */

static int row_by_id(struct db *db, int64_t id, struct assessment *a, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT " ASSESS_COLS " FROM assessment a "
					"WHERE a.id = $1", DB_ARGS(DB_INT(id)), err);
	assess_empty(a);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		assessment_release(a);
		assess_from_row(rows, a);
	}
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "", "Penilaian tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

/* Writes new ratings to row a (loaded), recording `action`. */
static int apply_ratings(struct db *db, const struct actor *who, struct assessment *a,
			 enum rating hasil, const char *hasil_reason, enum rating perilaku,
			 const char *perilaku_reason, const char *action, const char *name,
			 const char *note, struct kerr *err)
{
	json_t *before = assess_json(a);
	char *h = xstrdup(hasil_reason), *b = xstrdup(perilaku_reason);
	free(a->hasil_reason);
	free(a->perilaku_reason);
	a->hasil_reason = h;
	a->perilaku_reason = b;
	a->hasil = hasil;
	a->perilaku = perilaku;
	a->predicate = assess_predicate(hasil, perilaku);
	a->acknowledged_at = 0;
	int rc = assess_update(db, a, a->version, err);
	if (!rc)
		rc = store_improvement_plan_open_for(db, who, a, err);
	if (!rc)
		rc = assess_event(db, who, a, action, name, note, err);
	if (!rc)
		return store_audit_json(db, who, action, "assessment", a->id, before,
					assess_json(a), err);
	json_decref(before);
	return rc;
}

static int revise_tx(struct db *db, const struct actor *who, int64_t id, enum rating hasil,
		     const char *hasil_reason, enum rating perilaku, const char *perilaku_reason,
		     const char *action, const char *name, const char *note, struct kerr *err)
{
	struct assessment a;
	int rc = row_by_id(db, id, &a, err);
	if (!rc && !a.final)
		rc = kerr_set(err, KERR_CONFLICT, "", "Hanya penilaian yang sudah ditetapkan yang "
			      "dapat diubah oleh keputusan keberatan");
	if (!rc && ((unsigned)hasil >= RATING__LEVELS || (unsigned)perilaku >= RATING__LEVELS))
		rc = kerr_set(err, KERR_INVALID, "hasil_kerja", "Kedua rating wajib dipilih");
	if (!rc && (assessment_reason_check(hasil_reason, "alasan_hasil_kerja",
					    "Alasan rating hasil kerja", err) ||
		    assessment_reason_check(perilaku_reason, "alasan_perilaku_kerja",
					    "Alasan rating perilaku kerja", err)))
		rc = -1;
	if (!rc)
		rc = apply_ratings(db, who, &a, hasil, hasil_reason, perilaku, perilaku_reason,
				   action, name, note, err);
	assessment_release(&a);
	return rc;
}

int store_assessment_revise(struct db *db, const struct actor *who, int64_t id,
			    enum rating hasil, const char *hasil_reason, enum rating perilaku,
			    const char *perilaku_reason, const char *actor_name, const char *note,
			    struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, revise_tx(db, who, id, hasil, hasil_reason, perilaku,
				       perilaku_reason, "keberatan", actor_name, note, err), err);
}

int store_assessment_revise_tx(struct db *db, const struct actor *who, int64_t id,
			       enum rating hasil, const char *hasil_reason, enum rating perilaku,
			       const char *perilaku_reason, const char *action,
			       const char *actor_name, const char *note, struct kerr *err)
{
	return revise_tx(db, who, id, hasil, hasil_reason, perilaku, perilaku_reason, action,
			 actor_name, note, err);
}

/* Gives one head's assessment `id` the hasil kerja of predicate p. */
static int sync_one(struct db *db, const struct actor *who, int64_t id, const char *unit_name,
		    enum unit_predicate p, const char *actor_name, struct kerr *err)
{
	struct assessment a;
	char reason[600];
	enum rating hasil = rating_of_unit_predicate(p);
	assess_head_reason(reason, sizeof reason, unit_name, p);
	int rc = row_by_id(db, id, &a, err);
	if (!rc && (a.hasil != hasil || strcmp(a.hasil_reason, reason)))
		rc = apply_ratings(db, who, &a, hasil, reason, a.perilaku, a.perilaku_reason,
				   "predikat_unit", actor_name, "", err);
	assessment_release(&a);
	return rc;
}

int assess_sync_heads(struct db *db, const struct actor *who, int64_t period_id,
		      int64_t unit_id, enum unit_predicate p, const char *actor_name,
		      struct kerr *err)
{
	int64_t head = 0, *ids = NULL;
	size_t n = 0;
	struct unit u;
	if (store_unit_head(db, unit_id, &head, err) || store_unit_get(db, unit_id, &u, err))
		return -1;
	if (!head)
		return 0;
	struct db_rows *rows = db_query(db,
		"SELECT a.id FROM assessment a JOIN skp s ON s.id = a.skp_id WHERE s.period_id = $1 "
		"AND s.position_id = $2 AND a.kind = 'tahunan' ORDER BY a.id",
		DB_ARGS(DB_INT(period_id), DB_INT(head)), err);
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		ids = xrealloc(ids, (n + 1) * sizeof *ids);
		ids[n++] = db_int(rows, 0);
	}
	db_rows_free(rows);
	for (size_t i = 0; rc == 0 && i < n; i++)
		rc = sync_one(db, who, ids[i], u.name, p, actor_name, err);
	free(ids);
	return rc < 0 ? -1 : 0;
}
