/*
 * calibration_flow.c - the changes of calibration (see calibration.h):
 * proposing new ratings for a final assessment, and the assessor's
 * acceptance (the ratings applied through store_assessment_revise_tx in
 * the same transaction), rejection, or the proposer's withdrawal.  The
 * facts a step is checked against are read inside its transaction, the
 * assessment's row held on PostgreSQL, so two steps cannot both pass.
 */
#include "store/calibration_int.h"
#include "store/assessment_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The assessment a proposal is about, as it is now. */
struct facts {
	struct calib_target t;
	int64_t assessment_id, skp_id, period_id, unit_id, employee_id, assessor_id;
	int64_t version;
	enum predicate predicate;
	char *hasil_reason, *perilaku_reason;
};

static void facts_release(struct facts *f)
{
	free(f->hasil_reason);
	free(f->perilaku_reason);
	memset(f, 0, sizeof *f);
}

#define FACTS_SQL \
	"SELECT a.state, a.hasil_rating, a.perilaku_rating, a.predicate, a.version, " \
	"COALESCE(a.assessor_employee_id, 0), COALESCE(cp.state, ''), s.id, s.period_id, " \
	"s.employee_id, p.state, COALESCE(pos.unit_id, e.unit_id), a.hasil_reason, " \
	"a.perilaku_reason FROM assessment a JOIN skp s ON s.id = a.skp_id " \
	"JOIN periods p ON p.id = s.period_id JOIN employees e ON e.id = s.employee_id " \
	"LEFT JOIN positions pos ON pos.id = s.position_id " \
	"LEFT JOIN checkpoints cp ON cp.id = a.checkpoint_id WHERE a.id = $1"

static void facts_from_row(struct db_rows *rows, struct facts *f)
{
	f->t.final = !strcmp(db_text(rows, 0), ASSESS_FINAL);
	f->t.hasil = assess_rating_of(db_text(rows, 1));
	f->t.perilaku = assess_rating_of(db_text(rows, 2));
	f->predicate = assess_predicate_of(db_text(rows, 3));
	f->version = db_int(rows, 4);
	f->assessor_id = db_int(rows, 5);
	f->t.checkpoint_closed = !strcmp(db_text(rows, 6), "ditutup");
	f->skp_id = db_int(rows, 7);
	f->period_id = db_int(rows, 8);
	f->employee_id = db_int(rows, 9);
	f->t.period_closed = !strcmp(db_text(rows, 10), "ditutup");
	f->unit_id = db_int(rows, 11);
	f->hasil_reason = xstrdup(db_text(rows, 12));
	f->perilaku_reason = xstrdup(db_text(rows, 13));
}

/* Reads the facts of assessment `id` (its row held on PostgreSQL), with
 * whether another proposal of it waits (other than `except`). */
static int facts_load(struct db *db, int64_t id, int64_t except, struct facts *f,
		      struct kerr *err)
{
	int pg = db_kind(db) == DB_POSTGRES;
	int64_t open = 0;
	memset(f, 0, sizeof *f);
	struct db_rows *rows = db_query(db, pg ? FACTS_SQL " FOR UPDATE OF a" : FACTS_SQL,
					DB_ARGS(DB_INT(id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		facts_from_row(rows, f);
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "penilaian_id", "Penilaian %lld tidak ditemukan",
				(long long)id);
	if (rc < 0)
		return -1;
	f->assessment_id = id;
	if (db_query_int(db, "SELECT COUNT(*) FROM calibration_proposal WHERE assessment_id = $1 "
			 "AND state = 'diajukan' AND id <> $2", DB_ARGS(DB_INT(id), DB_INT(except)),
			 &open, err) < 0)
		return -1;
	f->t.open_proposal = open > 0;
	return 0;
}

/* ---- proposing ------------------------------------------------------------------------ */

static int insert_proposal(struct db *db, const struct actor *who, const struct calib_input *in,
			   const struct facts *f, enum rating h, enum rating b, int64_t *id,
			   struct kerr *err)
{
	int rc = db_query_int(db,
		"INSERT INTO calibration_proposal (assessment_id, skp_id, period_id, unit_id, "
		"employee_id, assessor_employee_id, proposer_user_id, proposer_employee_id, "
		"proposer_name, state, orig_hasil_rating, orig_perilaku_rating, orig_predicate, "
		"orig_version, new_hasil_rating, new_perilaku_rating, new_predicate, reason, "
		"proposed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'diajukan', $10, $11, $12, "
		"$13, $14, $15, $16, $17, $18) RETURNING id",
		DB_ARGS(DB_INT(f->assessment_id), DB_INT(f->skp_id), DB_INT(f->period_id),
			DB_INT(f->unit_id), DB_INT(f->employee_id), DB_ID(f->assessor_id),
			DB_ID(who->user_id), DB_ID(in->proposer_employee_id),
			DB_TEXT(in->proposer_name ? in->proposer_name : ""),
			DB_TEXT(assess_rating_name(f->t.hasil)),
			DB_TEXT(assess_rating_name(f->t.perilaku)),
			DB_TEXT(assess_predicate_name(f->predicate)), DB_INT(f->version),
			DB_TEXT(assess_rating_name(h)), DB_TEXT(assess_rating_name(b)),
			DB_TEXT(assess_predicate_name(predicate_of(h, b))), DB_TEXT(in->reason),
			DB_INT(now_unix())), id, err);
	if (rc < 0 && db_last_was_unique_violation(db)) {
		kerr_clear(err);
		return kerr_set(err, KERR_CONFLICT, "penilaian", "Sudah ada usulan kalibrasi atas "
				"penilaian ini yang menunggu keputusan pejabat penilai");
	}
	return rc == 1 ? 0 : rc == 0 ? kerr_set(err, KERR_DB, "", "Usulan tidak tersimpan") : -1;
}

static int propose_tx(struct db *db, const struct actor *who, const struct calib_input *in,
		      int64_t *id, struct kerr *err)
{
	struct facts f;
	struct calib_proposal p;
	enum rating h = RATING__LEVELS, b = RATING__LEVELS;
	struct calib_change c = { in->hasil, in->perilaku, in->reason };
	int rc = facts_load(db, in->assessment_id, 0, &f, err);
	if (!rc) {
		f.t.by_assessor = in->proposer_employee_id &&
				  in->proposer_employee_id == f.assessor_id;
		rc = calib_proposal_check(&f.t, &c, &h, &b, err);
	}
	if (!rc)
		rc = insert_proposal(db, who, in, &f, h, b, id, err);
	facts_release(&f);
	if (rc || store_calib_get(db, *id, &p, err))
		return -1;
	rc = store_audit_json(db, who, "usul", "kalibrasi", *id, NULL, calib_json(&p), err);
	calib_proposal_release(&p);
	return rc;
}

int store_calib_propose(struct db *db, const struct actor *who, const struct calib_input *in,
			int64_t *id, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, propose_tx(db, who, in, id, err), err);
}

/* ---- deciding ------------------------------------------------------------------------- */

/* The proposed ratings applied: a changed rating takes the proposal's
 * reason as its justification, the other keeps its own. */
static int apply_proposal(struct db *db, const struct actor *who, const struct calib_proposal *p,
			  const struct facts *f, const char *note, const char *name,
			  struct kerr *err)
{
	struct strbuf ev = STRBUF_INIT;
	strbuf_addf(&ev, "Usulan kalibrasi #%lld oleh %s: %s", (long long)p->id,
		    p->proposer_name, p->reason);
	if (note && note[strspn(note, " \t\r\n")])
		strbuf_addf(&ev, "\nCatatan pejabat penilai: %s", note);
	const char *hr = p->new_hasil != f->t.hasil ? p->reason : f->hasil_reason;
	const char *br = p->new_perilaku != f->t.perilaku ? p->reason : f->perilaku_reason;
	int rc = store_assessment_revise_tx(db, who, p->assessment_id, p->new_hasil, hr,
					    p->new_perilaku, br, "kalibrasi", name, ev.buf, err);
	strbuf_release(&ev);
	return rc;
}

static const char *const step_state[] = {
	[CALIB_ACCEPT] = "diterima", [CALIB_REJECT] = "ditolak", [CALIB_WITHDRAW] = "ditarik",
};

static int write_step(struct db *db, const struct actor *who, const struct calib_proposal *p,
		      enum calib_step step, const char *note, const char *name, struct kerr *err)
{
	struct calib_proposal after;
	if (db_exec(db, "UPDATE calibration_proposal SET state = $2, note = $3, "
			"decided_by_name = $4, decided_at = $5, version = version + 1 WHERE id = $1",
		    DB_ARGS(DB_INT(p->id), DB_TEXT(step_state[step]), DB_TEXT(note ? note : ""),
			    DB_TEXT(name ? name : ""), DB_INT(now_unix())), err) < 0 ||
	    store_calib_get(db, p->id, &after, err))
		return -1;
	int rc = store_audit_json(db, who, calib_step_name(step), "kalibrasi", p->id,
				  calib_json(p), calib_json(&after), err);
	calib_proposal_release(&after);
	return rc;
}

static int step_tx(struct db *db, const struct actor *who, int64_t id, enum calib_step step,
		   const char *note, const char *name, int64_t version, struct kerr *err)
{
	struct calib_proposal p;
	struct facts f;
	if (calib_claim(db, id, version, &p, err))
		return -1;
	int rc = facts_load(db, p.assessment_id, p.id, &f, err);
	if (!rc)
		rc = calib_step_check(p.state, step, note, &f.t, f.t.hasil != p.orig_hasil ||
				      f.t.perilaku != p.orig_perilaku, err);
	if (!rc && step == CALIB_ACCEPT)
		rc = apply_proposal(db, who, &p, &f, note, name, err);
	if (!rc)
		rc = write_step(db, who, &p, step, note, name, err);
	facts_release(&f);
	calib_proposal_release(&p);
	return rc;
}

int store_calib_step(struct db *db, const struct actor *who, int64_t id, enum calib_step step,
		     const char *note, const char *actor_name, int64_t version, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, step_tx(db, who, id, step, note, actor_name, version, err), err);
}
