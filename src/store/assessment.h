/*
 * assessment.h - storing the assessment (penilaian kinerja): the pejabat
 * penilai's hasil kerja and perilaku kerja ratings with their written
 * justifications per checkpoint (periodik) and for the year (tahunan),
 * draft -> ditetapkan -> acknowledged by the employee, every step in its
 * history; the unit predicate a leader sets per period; the distribution
 * curve of a unit with the reason given for a spread that deviates; and
 * the checks that lock all of it (a closed checkpoint freezes its
 * periodik assessments, a closed period the tahunan ones, the unit
 * predicates and the reasons, and may not close while a deviating unit
 * has no reason).  Work over a whole period reads it in a few queries
 * rather than a few per SKP or unit: store_assessment_period,
 * store_unit_curves.
 *
 * Same conventions as plan.h: all SQL in src/store, every change in one
 * transaction with its audit row (entities "assessment", "unit_result",
 * "curve_reason"), 0 / -1 with `err`; a refusal writes nothing.  Field
 * names in errors are the API's ("hasil_kerja", "alasan_perilaku_kerja",
 * "titik", "version", "predikat", "alasan", ...).  Who may rate, read or
 * set a unit's predicate is the caller's to check (http/assess_access.h);
 * the store checks what the data says.
 */
#ifndef KINERJA_STORE_ASSESSMENT_H
#define KINERJA_STORE_ASSESSMENT_H

#include "store/plan.h"
#include "domain/penilaian.h"

/* ---- one assessment ---------------------------------------------------------------- */

/* A rating not given is RATING__LEVELS, a predicate not computable
 * PRED__COUNT. */
struct assessment {
	int64_t id;                 /* 0: none yet */
	int64_t skp_id;
	enum assessment_kind kind;
	int64_t checkpoint_id;      /* periodik; 0 for tahunan */
	int64_t assessor_id;        /* the employee who rated (0: an administrator) */
	char assessor_name[300];    /* their name with titles when they rated */
	enum rating hasil, perilaku;
	char *hasil_reason, *perilaku_reason;   /* never NULL once loaded */
	enum predicate predicate;
	int final;                  /* ditetapkan */
	int64_t finalised_at, acknowledged_at;
	int64_t version;
	int64_t created_at, updated_at;
};

void assessment_release(struct assessment *a);

/* The assessment of SKP `skp_id` of `kind` (checkpoint_id for periodik,
 * ignored for tahunan): 1 found, 0 none (*out then empty: id 0, version
 * 0, no ratings), -1 error.  assessment_release() it either way. */
int store_assessment_get(struct db *db, int64_t skp_id, enum assessment_kind kind,
			 int64_t checkpoint_id, struct assessment *out, struct kerr *err);
/* Every assessment of an SKP: the periodik ones by checkpoint, then the
 * tahunan one.  assessments_free() them. */
int store_assessment_list(struct db *db, int64_t skp_id, struct assessment **out, size_t *n,
			  struct kerr *err);
/* The assessments of `kind` (at checkpoint_id for periodik, which is
 * ignored for tahunan) of every SKP of period `period_id`, by SKP id, in
 * one query: each what store_assessment_get gives for its SKP; SKPs
 * without one are left out.  For work over a whole period.
 * assessments_free() them. */
int store_assessment_period(struct db *db, int64_t period_id, enum assessment_kind kind,
			    int64_t checkpoint_id, struct assessment **out, size_t *n,
			    struct kerr *err);
void assessments_free(struct assessment *a, size_t n);

/* What the pejabat penilai saves. */
struct assessment_input {
	int64_t skp_id;
	enum assessment_kind kind;
	int64_t checkpoint_id;          /* periodik: required (field "titik") */
	enum rating hasil;              /* RATING__LEVELS: not given (a head's tahunan) */
	const char *hasil_reason;
	enum rating perilaku;
	const char *perilaku_reason;
	int64_t version;                /* the one read; 0 when there was none yet */
	int finalise;                   /* and make it ditetapkan */
	int64_t assessor_id;            /* the caller's employee id (0: an administrator) */
	const char *assessor_name;
};

/*
 * Saves the ratings (a new draft, or changes), computing the predicate
 * with predicate_of; with `finalise` makes it ditetapkan.  Refuses: the
 * SKP not disetujui (KERR_CONFLICT "skp"); a periodik without a checkpoint
 * of the SKP's period and months (KERR_INVALID "titik"); a closed
 * checkpoint, or a closed period (KERR_CONFLICT "titik" / "jenis"); a
 * rating missing or a justification missing or too long (KERR_INVALID on
 * "hasil_kerja", "alasan_hasil_kerja", "perilaku_kerja",
 * "alasan_perilaku_kerja"); a stale version (KERR_CONFLICT "version").
 * For the tahunan assessment of the head of a unit the hasil kerja rating
 * is the unit predicate's (rating_of_unit_predicate) and may not be given
 * (KERR_INVALID "hasil_kerja"); finalising it before the unit predicate
 * is set is KERR_CONFLICT "hasil_kerja".  A ditetapkan assessment stays
 * ditetapkan when changed, and the employee acknowledges it again.
 * Sets *id.
 */
int store_assessment_save(struct db *db, const struct actor *who,
			  const struct assessment_input *in, int64_t *id, struct kerr *err);
/* Makes the saved ratings ditetapkan (the rules of save); `version` must
 * match.  No assessment yet is KERR_NOT_FOUND. */
int store_assessment_finalise(struct db *db, const struct actor *who,
			      const struct assessment_input *in, struct kerr *err);
/* The employee acknowledges having seen a ditetapkan assessment
 * (KERR_CONFLICT before); again is a no-op.  Not locked by closing. */
int store_assessment_acknowledge(struct db *db, const struct actor *who, int64_t skp_id,
				 enum assessment_kind kind, int64_t checkpoint_id,
				 const char *actor_name, struct kerr *err);
/*
 * For an objection decision (keberatan): applies new ratings and
 * justifications to ditetapkan assessment `id` even when its checkpoint
 * or period is closed, recomputes the predicate, records the step
 * ("keberatan", with `note`) in its history and the audit trail, and asks
 * the employee to acknowledge again.  The one way a locked assessment
 * changes.
 */
int store_assessment_revise(struct db *db, const struct actor *who, int64_t id,
			    enum rating hasil, const char *hasil_reason, enum rating perilaku,
			    const char *perilaku_reason, const char *actor_name, const char *note,
			    struct kerr *err);
/* The same inside the caller's transaction (so the change commits with
 * what decided it), recorded as `action` ("kalibrasi": an accepted
 * calibration proposal, store/calibration.h). */
int store_assessment_revise_tx(struct db *db, const struct actor *who, int64_t id,
			       enum rating hasil, const char *hasil_reason, enum rating perilaku,
			       const char *perilaku_reason, const char *action,
			       const char *actor_name, const char *note, struct kerr *err);

/* One step in the history of an SKP's assessments. */
struct assessment_event {
	int64_t id;
	int64_t assessment_id;
	enum assessment_kind kind;
	int64_t checkpoint_id;
	int64_t at;
	char actor_name[300];
	char action[16];        /* draf, tetapkan, ubah, diketahui, keberatan, predikat_unit,
				   kalibrasi */
	enum rating hasil, perilaku;
	enum predicate predicate;
	char *note;
};
/* Oldest first. */
int store_assessment_events(struct db *db, int64_t skp_id, struct assessment_event **out,
			    size_t *n, struct kerr *err);
void assessment_events_free(struct assessment_event *e, size_t n);
/* The label of an event's action: "Draf disimpan", "Ditetapkan", ... */
const char *assessment_action_label(const char *action);

/* The approved SKPs of a period that have no pejabat penilai in the
 * system (heads of the organisation, assessed by an administrator). */
int store_assessment_orphans(struct db *db, int64_t period_id, struct skp_summary **out,
			     size_t *n, struct kerr *err);

/* ---- units: heads, leaders and predicates (unit_result.c) ---------------------------- */

/* The position heading a unit: a position of a heading kind
 * (position_kind_is_head) in the unit whose parent position lies outside
 * it (or which has none).  0 when the unit has none. */
int store_unit_head(struct db *db, int64_t unit_id, int64_t *position_id, struct kerr *err);
/* The unit position `position_id` heads, 0 when it heads none. */
int store_position_heads(struct db *db, int64_t position_id, int64_t *unit_id,
			 struct kerr *err);
/* The leader who sets a unit's predicate: the pejabat penilai of the
 * unit's head position (0: nobody in the system, so an administrator). */
int store_unit_leader(struct db *db, int64_t unit_id, int64_t *leader, struct kerr *err);
/* Every unit with its leader (0: an administrator's); free() *units and
 * *leaders. */
int store_unit_leaders(struct db *db, struct unit **units, int64_t **leaders, size_t *n,
		       struct kerr *err);

enum { UNIT_NOTE_MAX = 500 };   /* characters in a unit predicate's note */

struct unit_result {
	int64_t id;               /* 0: no predicate yet */
	int64_t period_id, unit_id;
	int set;                  /* 0: no predicate yet */
	enum unit_predicate predicate;
	char note[UNIT_NOTE_MAX * 4 + 1];
	int64_t set_by_user;
	char set_by_name[300];
	int64_t set_at;
	int64_t version;          /* 0 while none */
};

int store_unit_result_get(struct db *db, int64_t period_id, int64_t unit_id,
			  struct unit_result *out, struct kerr *err);
/* Sets the unit's predicate for the period (note optional, at most
 * UNIT_NOTE_MAX characters: field "catatan"); `version` as read (0
 * when none).  The period must not be closed (KERR_CONFLICT "periode").
 * The tahunan assessment of the unit's head takes the new hasil kerja
 * rating at once (recorded in its history). */
int store_unit_result_set(struct db *db, const struct actor *who, int64_t period_id,
			  int64_t unit_id, enum unit_predicate p, const char *note, int64_t version,
			  const char *actor_name, struct kerr *err);

/* ---- the period's roster (assessment_roster.c) ----------------------------------- */

/* One SKP of a period with its assessment of the kind asked. */
struct roster_row {
	int64_t skp_id;
	char nip[20];
	char name[260];
	char unit_code[64];
	char unit_name[200];
	char position_name[200];
	int exists;               /* an assessment (draft or final) exists */
	int final;                /* ditetapkan: the fields below are filled */
	enum rating hasil, perilaku;          /* RATING__LEVELS unless final */
	enum predicate predicate;             /* PRED__COUNT unless final */
	char assessor_name[300];
	int acknowledged;
};
/* Called per row; a non-zero return stops the walk (negative: an error
 * the callback has put in its own kerr). */
typedef int (*roster_fn)(const struct roster_row *row, void *ctx);
/* Every SKP of the period (of unit_id and the units below it; 0 = all),
 * in unit-code and name order, with its assessment of `kind` (periodik at
 * checkpoint_id).  Returns -1 on a database error or a callback's. */
int store_assessment_roster(struct db *db, int64_t period_id, enum assessment_kind kind,
			    int64_t checkpoint_id, int64_t unit_id, roster_fn fn, void *ctx,
			    struct kerr *err);

/* ---- the distribution curve of a unit (curve_reason.c) ------------------------------- */

struct unit_curve {
	struct unit unit;
	struct unit_result result;
	int64_t basis_checkpoint;         /* 0: the final tahunan predicates; else the
					     final periodik ones of this checkpoint */
	char basis_name[64];              /* "" for tahunan, else "Triwulan III" */
	int members;                      /* active employees directly in the unit */
	int count[PRED__COUNT];           /* final predicates of direct members (basis) */
	int total;
	struct curve_deviation dev[CURVE_MAX_DEVIATIONS];
	size_t n_dev;                     /* 0 without a unit predicate */
	char key[CURVE_KEY_SIZE];         /* curve_key; "" when nothing deviates */
	int has_reason;                   /* a reason is stored ... */
	int reason_current;               /* ... for this very spread */
	char *reason;                     /* "" when none */
	char reason_by[300];
	int64_t reason_at;
};

/* The curve of a unit in a period: the counts of the final tahunan
 * predicates of the employees directly in the unit (by the post their
 * SKP covers; one per employee, their latest SKP), checked against the
 * unit predicate.  unit_curve_release() it. */
int store_unit_curve(struct db *db, int64_t period_id, int64_t unit_id, struct unit_curve *out,
		     struct kerr *err);
/* The same on another basis: checkpoint_id 0 is store_unit_curve; a
 * checkpoint of the period counts the final periodik predicates at that
 * checkpoint instead, a provisional spread during the year.  A
 * provisional curve has no reason (reasons belong to the tahunan
 * spread); a checkpoint of another period is KERR_NOT_FOUND "titik". */
int store_unit_curve_at(struct db *db, int64_t period_id, int64_t unit_id,
			int64_t checkpoint_id, struct unit_curve *out, struct kerr *err);
/* The basis a curve page opens on: 0 (tahunan) once any tahunan
 * assessment of the period is final or while no periodik one is; else
 * the latest checkpoint with a final periodik assessment. */
int store_curve_default_basis(struct db *db, int64_t period_id, int64_t *checkpoint_id,
			      struct kerr *err);
void unit_curve_release(struct unit_curve *c);
/* Records the reason for the unit's current deviating spread (field
 * "alasan"); a unit that does not deviate needs none (KERR_CONFLICT); the
 * period must not be closed. */
int store_curve_reason_set(struct db *db, const struct actor *who, int64_t period_id,
			   int64_t unit_id, const char *reason, const char *actor_name,
			   struct kerr *err);
/* For closing a period (inside its transaction): KERR_CONFLICT on "aksi"
 * naming every unit whose spread deviates without a reason for it. */
int store_curve_close_check(struct db *db, int64_t period_id, struct kerr *err);

/* ---- the curves of every unit at once (curve_period.c) -------------------------------------- */

/* The tahunan curve of every unit in period `period_id`, in
 * store_unit_list's order, each what store_unit_curve gives for its unit,
 * read with one query per table for the whole period.  For work over a
 * whole period; unit_curves_free() them. */
int store_unit_curves(struct db *db, int64_t period_id, struct unit_curve **out, size_t *n,
		      struct kerr *err);
/* The same on another basis, as store_unit_curve_at: checkpoint_id 0 is
 * store_unit_curves; a checkpoint of the period (else KERR_NOT_FOUND
 * "titik") gives every unit's provisional curve, without reasons. */
int store_unit_curves_at(struct db *db, int64_t period_id, int64_t checkpoint_id,
			 struct unit_curve **out, size_t *n, struct kerr *err);
void unit_curves_free(struct unit_curve *c, size_t n);
/* Every unit with the leader who sets its predicate (store_unit_leaders)
 * and its curve on a basis (store_unit_curves_at), in one order, for the
 * overview of unit predicates.  unit_overview_release() it. */
struct unit_overview {
	struct unit *units;
	int64_t *leaders;
	struct unit_curve *curves;
	size_t n;
};
int store_unit_overview(struct db *db, int64_t period_id, int64_t checkpoint_id,
			struct unit_overview *out, struct kerr *err);
void unit_overview_release(struct unit_overview *o);
/* Which of the n curves are of unit `top` or a unit below it (all when top
 * is 0): n flags, free() them.  The curves come in store_unit_list's
 * order, parents not always first. */
unsigned char *unit_curves_within(const struct unit_curve *c, size_t n, int64_t top);
/* Keeps only those curves, in their order (`top`'s first when
 * top_first), releasing the others. */
void unit_curves_keep_within(struct unit_curve **c, size_t *n, int64_t top, int top_first);

#endif
