/*
 * calibration.h - storing the calibration of a unit's assessments
 * (kalibrasi): the table of a unit and period (every employee of the unit
 * and the units below it with their ratings, predicate, achievement, 360
 * aggregate and their assessor's id for the rater flags; the curves of
 * the subtree's units), and the proposals to change one final
 * assessment, which its pejabat penilai accepts (the ratings change
 * through store_assessment_revise_tx, in the same transaction) or
 * rejects, and the proposer may withdraw.  The rules are
 * domain/calibration.h's.
 *
 * Schema: schema_calibration.c (table calibration_proposal).
 *
 * Same conventions as assessment.h: all SQL in src/store, every change in
 * one transaction with its audit row (entity "kalibrasi"; an accepted
 * proposal also writes the assessment's own "kalibrasi" event and audit
 * row), 0 / -1 with `err`; a refusal writes nothing.  Who may see the
 * table, propose, decide and read is the caller's to check
 * (http/calibration_access.h); the store checks what the data says.
 */
#ifndef KINERJA_STORE_CALIBRATION_H
#define KINERJA_STORE_CALIBRATION_H

#include "store/export_table.h"
#include "store/report.h"
#include "domain/calibration.h"

/* ---- proposals ------------------------------------------------------------------------- */

struct calib_proposal {
	int64_t id;
	int64_t assessment_id, skp_id, period_id;
	int64_t unit_id;                 /* of the post the SKP covers */
	char unit_name[200];
	int64_t employee_id;             /* the employee assessed */
	char employee_name[300];         /* with titles, as now */
	char nip[20];
	int64_t assessor_id;             /* who decides: the pejabat penilai who rated (0: admin) */
	char assessor_name[300];
	int64_t proposer_user_id, proposer_employee_id;
	char proposer_name[300];
	enum assessment_kind kind;
	int64_t checkpoint_id;           /* 0 for tahunan */
	char checkpoint_name[40];
	char period_name[120];
	enum calib_state state;
	enum rating orig_hasil, orig_perilaku;
	enum predicate orig_predicate;
	int64_t orig_version;            /* of the assessment when proposed */
	enum rating new_hasil, new_perilaku;
	enum predicate new_predicate;
	char *reason, *note;             /* never NULL once loaded */
	char decided_by[300];
	int64_t proposed_at, decided_at;
	int64_t version;
};

void calib_proposal_release(struct calib_proposal *p);
void calib_proposals_free(struct calib_proposal *p, size_t n);

/* One proposal; KERR_NOT_FOUND "usulan". */
int store_calib_get(struct db *db, int64_t id, struct calib_proposal *out, struct kerr *err);

/* Which proposals a list holds (every condition set applies). */
struct calib_filter {
	int64_t period_id;               /* 0: any */
	int64_t unit_id;                 /* 0: any; else this unit and those below it */
	int64_t assessment_id;           /* 0: any */
	int by_assessor;                 /* only those assessor_id decides ... */
	int64_t assessor_id;             /* ... (0 with by_assessor: an administrator's) */
	int64_t proposer_user_id;        /* 0: any */
	int state;                       /* enum calib_state, or -1 for any */
};

#define CALIB_LIST_MAX 500   /* newest first, at most this many */

int store_calib_list(struct db *db, const struct calib_filter *f, struct calib_proposal **out,
		     size_t *n, struct kerr *err);

/* What a proposal says. */
struct calib_input {
	int64_t assessment_id;
	enum rating hasil, perilaku;     /* RATING__LEVELS: keep as it is */
	const char *reason;
	int64_t proposer_employee_id;    /* the caller's (0: none) */
	const char *proposer_name;
};

/*
 * Records a proposal.  Refuses: no such assessment (KERR_NOT_FOUND
 * "penilaian_id"); what calib_proposal_check refuses (an assessment not
 * ditetapkan, a closed period or checkpoint, a proposal still waiting,
 * the assessor's own, no change, no reason).  Fixes the assessor who
 * decides: the one who rated.  Sets *id.
 */
int store_calib_propose(struct db *db, const struct actor *who, const struct calib_input *in,
			int64_t *id, struct kerr *err);

/*
 * Accepts, rejects or withdraws proposal `id` (calib_step_check;
 * `version`: 0, or the one read, else KERR_CONFLICT "version").
 * The assessment counts as changed since the proposal when its ratings
 * differ from those proposed on (an acknowledgement does not change it).
 * Accepting applies the proposed ratings in the same transaction through
 * store_assessment_revise_tx: the changed rating's justification becomes
 * the proposal's reason, the predicate is recomputed, the step is in the
 * assessment's history (action "kalibrasi", the note naming the proposal)
 * and the employee acknowledges again.
 */
int store_calib_step(struct db *db, const struct actor *who, int64_t id, enum calib_step step,
		     const char *note, const char *actor_name, int64_t version, struct kerr *err);

/* The unit of the post assessment `assessment_id`'s SKP covers (else
 * its employee's), the employee and who rated (0: an administrator), for
 * checking who may propose; KERR_NOT_FOUND "penilaian_id". */
int store_calib_assessment_of(struct db *db, int64_t assessment_id, int64_t *unit_id,
			      int64_t *employee_id, int64_t *assessor_id, struct kerr *err);

/* A proposal not yet made on assessment `assessment_id`: the fields of
 * the assessment, its employee, unit, assessor and period filled as a
 * proposal has them (orig_* the ratings now; new_* none; id 0), for the
 * form that makes one.  KERR_NOT_FOUND "penilaian_id". */
int store_calib_draft(struct db *db, int64_t assessment_id, struct calib_proposal *out,
		      struct kerr *err);

/* How many proposals wait on employee `employee_id` (admin: also those
 * of assessments an administrator rated). */
int store_calib_waiting(struct db *db, int64_t employee_id, int admin, int64_t *n,
			struct kerr *err);

/* 0 when no calibration proposal of period `period_id` waits for its
 * assessor; else KERR_CONFLICT "aksi" naming how many wait and where, so
 * that a period is not closed over undecided proposals. */
int store_calib_close_check(struct db *db, int64_t period_id, struct kerr *err);

/* ---- the table -------------------------------------------------------------------------------- */

struct calib_query {
	int64_t period_id;
	int64_t unit_id;                 /* the unit and those below it */
	int64_t basis;                   /* REPORT_BASIS_DEFAULT, 0 tahunan, a checkpoint */
	int with_flags;                  /* run the rater analysis for the assessors' flags */
};

struct calib_table {
	struct period period;
	struct unit unit;
	struct report_basis basis;
	struct calib_row *rows;          /* by unit code, then name (calib_sort_rows reorders) */
	size_t n;
	struct unit_curve *curves;       /* the subtree's units, the asked one first */
	size_t n_curves;
	int64_t round_id;                /* the 360 round read (0: none) */
	char round_name[200];
	int round_threshold;             /* its anonymity threshold */
};

/*
 * The table: every employee with an SKP of the period for a post in the
 * subtree (their latest), and every active employee of it without one;
 * their ditetapkan assessment on the basis; the SKP's achievement at the
 * basis's checkpoint (store_capaian_set, as the recap); the pooled mean
 * of the others' 360 scores in the basis's round (the checkpoint's, or
 * for tahunan the period's latest closed one) over the rater groups the
 * anonymity threshold shows (store_result360_all); the waiting proposal;
 * with_flags, the rater flags of each assessor from the period's rater
 * analysis (store_analysis_run on AN_ALL; flags_known set for assessors
 * it has figures for).  Rows come with r360_visible 0: whose 360 figures
 * the viewer may see is the caller's to decide (it clears the others).
 * KERR_NOT_FOUND on "periode", "unit", "titik".  calib_table_release()
 * it either way.
 */
int store_calib_table(struct db *db, const struct calib_query *q, struct calib_table *out,
		      struct kerr *err);
void calib_table_release(struct calib_table *t);

/* The table's rows as a file (export_table.h: CSV or Excel), with the
 * 360 column and the flag column when with_360 / with_flags; a row whose
 * 360 figures the viewer may not see has that cell empty. */
int calib_table_export(const struct calib_table *t, int with_360, int with_flags,
		       enum export_format format, struct strbuf *out, struct kerr *err);

#endif
