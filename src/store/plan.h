/*
 * plan.h - storing performance plans: periods and their checkpoints,
 * organisation goals, SKP with their results (RHK), indicators (IKI),
 * behaviour expectations and lampiran, the workflow and its history, and
 * the cascade.  Same conventions as store.h: all SQL in src/store, every
 * change in one transaction with its audit row, 0 / -1 with `err`.
 */
#ifndef KINERJA_STORE_PLAN_H
#define KINERJA_STORE_PLAN_H

#include "store/store.h"
#include "domain/skp.h"

/* ---- periods --------------------------------------------------------------- */

struct period {
	int64_t id;
	char name[120];
	int year;
	char start_date[11], end_date[11];   /* YYYY-MM-DD */
	char plan_due[11];                   /* SKPs not approved by then are late */
	char cadence[12];                    /* triwulan, bulanan */
	char state[12];                      /* period_state_name() */
	int64_t created_at, updated_at;
};

struct checkpoint {
	int64_t id;
	int64_t period_id;
	int seq;
	char name[40];
	char start_date[11], end_date[11];
	char state[12];                      /* terbuka, ditutup (see store/monitor.h) */
};

int store_period_list(struct db *db, struct period **out, size_t *n, struct kerr *err);
int store_period_get(struct db *db, int64_t id, struct period *out, struct kerr *err);
/* The newest period that is open (else locked, else any); KERR_NOT_FOUND if none. */
int store_period_current(struct db *db, struct period *out, struct kerr *err);
/* Creates a period in state draft with the checkpoint calendar of its
 * cadence; validates name, dates (start <= plan_due <= end) and cadence. */
int store_period_create(struct db *db, const struct actor *who, struct period *p,
			struct kerr *err);
/* Applies a period action ("buka", "kunci", "tutup"); see period_transition. */
int store_period_act(struct db *db, const struct actor *who, int64_t id, const char *action,
		     struct kerr *err);
/* Changes the cadence and rebuilds the checkpoints (draft or open periods
 * only, and only while no realisasi is recorded and no checkpoint closed). */
int store_period_set_cadence(struct db *db, const struct actor *who, int64_t id,
			     const char *cadence, struct kerr *err);
int store_checkpoint_list(struct db *db, int64_t period_id, struct checkpoint **out, size_t *n,
			  struct kerr *err);

/* ---- organisation goals (Renstra / Perjanjian Kinerja) ---------------------- */

struct goal {
	int64_t id;
	int64_t period_id;
	int64_t unit_id;
	char unit_name[200];
	char code[40];
	char *text;
	char *indicator;
	int64_t created_at;
};

void goals_free(struct goal *g, size_t n);
/* Goals of a period; unit_id 0 = all, else that unit and the units above it
 * (the goals an RHK of that unit may point at). */
int store_goal_list(struct db *db, int64_t period_id, int64_t unit_id, struct goal **out,
		    size_t *n, struct kerr *err);
int store_goal_create(struct db *db, const struct actor *who, struct goal *g, struct kerr *err);

/* ---- SKP ------------------------------------------------------------------- */

/* One line of a list of SKPs (lists, the superior's inbox). */
struct skp_summary {
	int64_t id;
	int64_t period_id;
	int64_t employee_id;
	char nip[20];
	char employee_name[260];
	char position_name[200];
	char unit_name[200];
	int64_t assessor_id;
	char state[14];
	int revision;
	int month_from, month_to;
	int n_rhk;
	int64_t updated_at, submitted_at, approved_at;
	int late;              /* not approved and the period's plan_due has passed */
};

/* Loads a whole SKP (results with indicators, expectations, lampiran);
 * skp_release() it. */
int store_skp_get(struct db *db, int64_t id, struct skp *out, struct kerr *err);
/* The SKP of an employee in a period covering `month` (0 = the latest one);
 * 0 found, -1 with KERR_NOT_FOUND if none. */
int store_skp_find(struct db *db, int64_t employee_id, int64_t period_id, int month,
		   struct skp *out, struct kerr *err);

struct skp_query {
	int64_t period_id;     /* required */
	int64_t assessor_id;   /* 0 = any; else SKPs whose pejabat penilai is this employee */
	int64_t unit_id;       /* 0 = any; else this unit and below */
	int64_t employee_id;   /* 0 = any */
	const char *state;     /* NULL = any */
	int page, per_page;
};
int store_skp_list(struct db *db, const struct skp_query *q, struct skp_summary **out,
		   size_t *n, int64_t *total, struct kerr *err);
/* The superior's inbox: every subordinate (by the position hierarchy) with
 * their SKP in the period or none yet (id 0, state ""), waiting first. */
int store_skp_inbox(struct db *db, int64_t assessor_id, int64_t period_id,
		    struct skp_summary **out, size_t *n, struct kerr *err);

/* Creates an empty draft SKP for the employee (active, in the open period,
 * months within the period and not overlapping another SKP of theirs) with
 * the seven behaviour values; s->id set.  Months 0-0 take the first months
 * of the period no other SKP of theirs covers (the whole period for the
 * first one).  Uses the employee's current position and pejabat penilai. */
int store_skp_create(struct db *db, const struct actor *who, struct skp *s, struct kerr *err);
/* The pejabat penilai of the post an SKP covers (0 = none) and whether that
 * post heads a unit: the employee's current ones while they hold the post;
 * for the SKP of a post they have left (a change of position mid-period)
 * the one above that post, so the SKP stays with the superior it was
 * planned with.  Reads head->employee_id and head->position_id; is_head
 * may be NULL. */
int store_skp_assessor(struct db *db, const struct skp *head, int64_t *assessor, int *is_head,
		       struct kerr *err);
/* The same for a caller that has loaded the SKP's employee already. */
int store_skp_assessor_of(struct db *db, const struct skp *head, const struct employee *e,
			  int64_t *assessor, int *is_head, struct kerr *err);
/* Copies results, indicators, expectations and lampiran from another SKP of
 * the same employee (e.g. last period's) into a new draft in
 * want->period_id, with want's months and approach (0 / "" = the source's,
 * months clipped to the period); create's rules apply.  Intervensi links
 * are kept only where the parent is still the superior's in the new period. */
int store_skp_copy(struct db *db, const struct actor *who, int64_t from_skp_id,
		   const struct skp *want, int64_t *new_id, struct kerr *err);
/* Changes approach and months; `version` must match (else KERR_CONFLICT). */
int store_skp_update_header(struct db *db, const struct actor *who, const struct skp *s,
			    struct kerr *err);

/* Content edits; each checks the SKP is editable (skp_editable) and bumps
 * its version.  RHK parent links are checked: the parent must be an RHK in
 * an SKP of the employee's pejabat penilai in the same period (field
 * "parent_rhk_id"), the goal must be of the employee's unit or above (field
 * "goal_id"), and no loop. */
int store_rhk_add(struct db *db, const struct actor *who, struct rhk *r, struct kerr *err);
int store_rhk_update(struct db *db, const struct actor *who, const struct rhk *r,
		     struct kerr *err);
int store_rhk_delete(struct db *db, const struct actor *who, int64_t rhk_id, struct kerr *err);
int store_iki_add(struct db *db, const struct actor *who, struct iki *k, struct kerr *err);
int store_iki_update(struct db *db, const struct actor *who, const struct iki *k,
		     struct kerr *err);
int store_iki_delete(struct db *db, const struct actor *who, int64_t iki_id, struct kerr *err);
/* value_index 0-6 (berakhlak_at order). */
int store_skp_set_expectation(struct db *db, const struct actor *who, int64_t skp_id,
			      int value_index, const char *text, struct kerr *err);
int store_skp_attachment_add(struct db *db, const struct actor *who, int64_t skp_id,
			     enum attachment_kind kind, const char *text, int64_t *id,
			     struct kerr *err);
int store_skp_attachment_delete(struct db *db, const struct actor *who, int64_t item_id,
				struct kerr *err);
/* The SKP an RHK / IKI / lampiran item belongs to (for access checks). */
int store_rhk_skp(struct db *db, int64_t rhk_id, int64_t *skp_id, struct kerr *err);
int store_iki_skp(struct db *db, int64_t iki_id, int64_t *skp_id, struct kerr *err);
int store_attachment_skp(struct db *db, int64_t item_id, int64_t *skp_id, struct kerr *err);

/* Runs a workflow action for `role` (see skp_transition), with the checks
 * submitting needs (skp_check_complete); records the step in the history
 * (with a snapshot of the content on approval, and the employee and
 * assessor details frozen into header_json) and the audit trail.
 * `version` must match. */
int store_skp_act(struct db *db, const struct actor *who, int64_t skp_id, int64_t version,
		  enum skp_action action, enum skp_role role, const char *note,
		  struct kerr *err);

/* The SKP's history, oldest first. */
struct skp_event {
	int64_t id;
	int64_t at;
	char login[64];
	char actor_name[260];
	char action[24];
	char *note;
	int has_snapshot;
};
int store_skp_events(struct db *db, int64_t skp_id, struct skp_event **out, size_t *n,
		     struct kerr *err);
void skp_events_free(struct skp_event *e, size_t n);

/* The superior hands one of their RHK down to chosen subordinates as a
 * proposed RHK (the "matriks peran hasil"): each subordinate's SKP in the
 * period gets an utama RHK pointing at it (a draft SKP is created for those
 * without one).  Subordinates must be the superior's direct subordinates,
 * and their SKP editable.  Returns how many received it. */
int store_rhk_hand_down(struct db *db, const struct actor *who, int64_t rhk_id,
			const int64_t *employee_ids, size_t n, struct kerr *err);

/* ---- the cascade ---------------------------------------------------------------- */

/* Who a node belongs to, shared by all the rows of one SKP: an RHK's
 * employee with their jabatan, unit and SKP state; for a goal only its
 * unit (employee_id 0, the texts ""). */
struct cascade_owner {
	int64_t employee_id;
	int64_t unit_id;
	const char *name;       /* the texts live in the cascade's arena */
	const char *position;
	const char *unit_name;
	const char *state;      /* the SKP's state name */
	enum skp_state state_id;   /* SKP__STATES: none (a goal) or unknown */
};

enum cascade_kind { CASCADE_GOAL, CASCADE_UTAMA, CASCADE_TAMBAHAN };

/* One node of the cascade view: a goal or an RHK, and its owner. */
struct cascade_row {
	int64_t key;            /* goal: -goal_id; RHK: rhk id */
	int64_t parent_key;     /* see struct cascade_item */
	const char *text;       /* in the cascade's arena */
	const struct cascade_owner *owner;   /* never NULL */
	unsigned char kind;     /* enum cascade_kind */
	unsigned char must_support;   /* an utama RHK */
};

/* The rows of a cascade with the owners they point at and the arena that
 * holds every text; cascade_release() frees it all. */
struct cascade {
	struct cascade_row *rows;
	size_t n;
	struct cascade_owner *owners;
	size_t n_owners;
	struct cascade_chunk *arena;
};

/* "utama", "tambahan", or "" for a goal. */
const char *cascade_kind_name(enum cascade_kind k);
void cascade_release(struct cascade *c);
/* Every goal and every RHK of the period (unit_id 0), or of one unit and
 * the units below it, together with the goals and parent RHK they point at
 * (so the tree reaches the top).  Ordered by unit, then owner.  `out` is
 * filled (empty on error) and must be cascade_release()d either way. */
int store_cascade(struct db *db, int64_t period_id, int64_t unit_id, struct cascade *out,
		  struct kerr *err);

#endif
