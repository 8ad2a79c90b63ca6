/*
 * guidance.h - storing guidance (pembinaan): sessions of dialog kinerja,
 * coaching, mentoring and counselling with one employee (guidance.c); the
 * improvement plan (Rencana Perbaikan Kinerja) that a final low predicate
 * opens by itself, with its checkpoints, progress and outcome
 * (guidance_plan.c); the development plan (Rencana Pengembangan) and the
 * lists and overviews with what is overdue (guidance_lists.c).  The rules
 * are domain/guidance.h's; the schema is migration 8 (schema_guidance.c).
 *
 * Same conventions as plan.h: all SQL in src/store, every change in one
 * transaction with its audit row (entities "guidance_session",
 * "improvement_plan", "development_plan"), 0 / -1 with `err`; a refusal
 * writes nothing.  Who may record, respond, edit or read is the caller's
 * to check (http/guidance_access.h); the store checks what the data says.
 * Dates are "YYYY-MM-DD" (WIB); "today" is wib_day(now_unix()).
 */
#ifndef KINERJA_STORE_GUIDANCE_H
#define KINERJA_STORE_GUIDANCE_H

#include "store/assessment.h"
#include "domain/guidance.h"

/* ---- sessions (guidance.c) ----------------------------------------------------------- */

struct guidance_session {
	int64_t id;
	int64_t employee_id;
	char employee_name[300];      /* with titles, as now */
	char nip[20];
	enum session_kind kind;
	char held_on[GDATE_SIZE];
	char follow_up_on[GDATE_SIZE];   /* "" when none */
	char *topic, *actions, *response;   /* never NULL once loaded */
	int64_t led_by_id;            /* the employee who led it (0: an administrator) */
	char led_by_name[300];
	int64_t response_at;
	int64_t version, created_at, updated_at;
};

void guidance_session_release(struct guidance_session *s);
void guidance_sessions_free(struct guidance_session *s, size_t n);

/* What the one who led a session records. */
struct session_input {
	int64_t employee_id;          /* create only */
	const char *kind;             /* field "jenis" */
	const char *held_on;          /* "tanggal": a real date, not after today */
	const char *topic;            /* "topik": one line */
	const char *actions;          /* "kesepakatan": the agreed actions, optional */
	const char *follow_up_on;     /* "tanggal_tindak_lanjut": optional, not before held_on */
	int64_t led_by_id;            /* the caller's employee id (0: none) */
	const char *led_by_name;
	int64_t version;              /* update: 0, or the one read */
};

/* Records a session (an unknown or inactive employee: KERR_INVALID
 * "pegawai_id"); sets *id. */
int store_guidance_session_create(struct db *db, const struct actor *who,
				  const struct session_input *in, int64_t *id, struct kerr *err);
/* Changes kind, date, topic, actions and follow-up (the same checks). */
int store_guidance_session_update(struct db *db, const struct actor *who, int64_t id,
				  const struct session_input *in, struct kerr *err);
/* The employee's own response (field "tanggapan"; empty clears it). */
int store_guidance_session_respond(struct db *db, const struct actor *who, int64_t id,
				   const char *response, int64_t version, struct kerr *err);
int store_guidance_session_delete(struct db *db, const struct actor *who, int64_t id,
				  int64_t version, struct kerr *err);
/* KERR_NOT_FOUND.  guidance_session_release() it. */
int store_guidance_session_get(struct db *db, int64_t id, struct guidance_session *out,
			       struct kerr *err);

/* ---- the improvement plan (guidance_plan.c) --------------------------------------------- */

struct improvement_checkpoint {
	int64_t id, plan_id;
	int seq;                      /* 1, 2, ... */
	char due_on[GDATE_SIZE];
	char *target, *progress;      /* never NULL once loaded */
	char progress_on[GDATE_SIZE]; /* "" while none */
	char progress_by[300];
	int overdue;                  /* improvement_checkpoint_overdue today */
};

struct improvement_trigger {
	int64_t assessment_id, skp_id;
	enum assessment_kind kind;
	char checkpoint_name[40];     /* "" for tahunan */
	char period_name[120];
	enum predicate predicate;
	int64_t added_at;
};

struct improvement_plan {
	int64_t id, employee_id, period_id;
	char employee_name[300], nip[20];
	int64_t unit_id, position_id;
	char unit_name[200], period_name[120];
	char opened_on[GDATE_SIZE], due_on[GDATE_SIZE];
	char *goals, *support, *outcome_note, *recommendation;   /* never NULL once loaded */
	enum improvement_outcome outcome;
	char outcome_on[GDATE_SIZE], outcome_by[300];
	int64_t version, created_at, updated_at;
	/* worked out for today */
	int checkpoints, checkpoints_done, checkpoints_overdue;
	int outcome_overdue;
	int overdue;                  /* checkpoints_overdue or outcome_overdue */
	char next_due[GDATE_SIZE];    /* the first checkpoint without progress, "" */
	/* get only */
	struct improvement_checkpoint *cp;
	size_t n_cp;
	struct improvement_trigger *trig;
	size_t n_trig;
};

void improvement_plan_release(struct improvement_plan *p);
void improvement_plans_free(struct improvement_plan *p, size_t n);

/*
 * For the store's assessment code, inside the transaction that makes
 * assessment `a` ditetapkan or changes a ditetapkan one (an objection
 * decision, a unit predicate): when its predicate is Butuh Perbaikan,
 * Kurang or Sangat Kurang, opens the employee's improvement plan (today,
 * with IMPROVEMENT_MONTHS monthly checkpoints) or, when one is open or
 * the employee has one for the SKP's period already, adds the assessment
 * to it.  An assessment is recorded once; anything else does nothing.
 */
int store_improvement_plan_open_for(struct db *db, const struct actor *who,
				    const struct assessment *a, struct kerr *err);

/* One plan with its checkpoints and triggers; KERR_NOT_FOUND. */
int store_improvement_plan_get(struct db *db, int64_t id, struct improvement_plan *out,
			       struct kerr *err);
/* The superior fills the goals (field "tujuan") and the support promised
 * ("dukungan"); a closed plan (outcome recorded) is KERR_CONFLICT
 * "status"; `version` 0 or the one read. */
int store_improvement_plan_update(struct db *db, const struct actor *who, int64_t id,
				  const char *goals, const char *support, int64_t version,
				  struct kerr *err);

/* A change to one checkpoint; NULL leaves a field as it is. */
struct checkpoint_input {
	const char *due_on;           /* "tanggal": within the plan's six months */
	const char *target;           /* "target" */
	const char *progress;         /* "kemajuan": recorded today, with the name */
	const char *actor_name;
	int64_t version;              /* of the plan: 0 or the one read */
};
/* KERR_NOT_FOUND for an unknown checkpoint; the plan closed:
 * KERR_CONFLICT "status".  *plan_id is set to its plan's. */
int store_improvement_checkpoint_update(struct db *db, const struct actor *who, int64_t cp_id,
					const struct checkpoint_input *in, int64_t *plan_id,
					struct kerr *err);
/* Records the outcome (improvement_outcome_check) with a note (field
 * "catatan", optional) and the recommendation (field "rekomendasi";
 * empty: improvement_default_recommendation), closing the plan. */
int store_improvement_outcome(struct db *db, const struct actor *who, int64_t id,
			      enum improvement_outcome o, const char *note,
			      const char *recommendation, const char *actor_name, int64_t version,
			      struct kerr *err);
/* The plan of checkpoint `cp_id` (KERR_NOT_FOUND). */
int store_improvement_checkpoint_plan(struct db *db, int64_t cp_id, int64_t *plan_id,
				      struct kerr *err);
/* The plan an assessment opened or was added to: its id, 0 when none. */
int store_improvement_plan_of_assessment(struct db *db, int64_t assessment_id, int64_t *id,
					 struct kerr *err);

/* ---- the development plan (guidance_lists.c) --------------------------------------------- */

struct development_item {
	int64_t id, employee_id;
	char employee_name[300];
	char *competency, *activity, *note;   /* never NULL once loaded */
	char target_on[GDATE_SIZE];
	enum development_status status;
	char created_by[300];
	int overdue;                  /* development_overdue today */
	int64_t version, created_at, updated_at;
};

void development_item_release(struct development_item *d);
void development_items_free(struct development_item *d, size_t n);

struct development_input {
	int64_t employee_id;          /* create only */
	const char *competency;       /* "kompetensi" */
	const char *activity;         /* "kegiatan" */
	const char *target_on;        /* "target": a real date */
	const char *status;           /* "status": NULL/"" is direncanakan on create, kept on update */
	const char *note;             /* "catatan": optional */
	const char *actor_name;
	int64_t version;
};

int store_development_create(struct db *db, const struct actor *who,
			     const struct development_input *in, int64_t *id, struct kerr *err);
int store_development_update(struct db *db, const struct actor *who, int64_t id,
			     const struct development_input *in, struct kerr *err);
int store_development_delete(struct db *db, const struct actor *who, int64_t id,
			     int64_t version, struct kerr *err);
int store_development_get(struct db *db, int64_t id, struct development_item *out,
			  struct kerr *err);

/* ---- lists (guidance_lists.c) ---------------------------------------------------------------- */

/* Whose records a list holds: one employee, the subordinates of a
 * superior (by the position hierarchy: pejabat penilai or anyone above),
 * or the employees of a unit and the units below it. */
struct guidance_query {
	int64_t employee_id;          /* 0: any */
	int64_t superior_id;          /* 0: any; else only their subordinates */
	int64_t unit_root;            /* 0: any; -1: none; else this unit and below */
	int only_open;                /* plans without an outcome */
	int only_overdue;             /* plans with something overdue */
};

#define GUIDANCE_LIST_MAX 500

/* Improvement plans (without checkpoints and triggers), the overdue
 * first, then by due date; at most GUIDANCE_LIST_MAX. */
int store_improvement_plan_list(struct db *db, const struct guidance_query *q,
				struct improvement_plan **out, size_t *n, struct kerr *err);
/* Sessions, newest first (only_open / only_overdue ignored). */
int store_guidance_session_list(struct db *db, const struct guidance_query *q,
				struct guidance_session **out, size_t *n, struct kerr *err);
/* Development items, by target date (only_open: not selesai or batal). */
int store_development_list(struct db *db, const struct guidance_query *q,
			   struct development_item **out, size_t *n, struct kerr *err);

/* A person guidance may be recorded for. */
struct guidance_person_row {
	int64_t id;
	char nip[20], name[300], unit_name[200], position_name[200];
};
/* The active subordinates of a superior (store_guidance_session_list's
 * rule), by unit and name; at most GUIDANCE_LIST_MAX.  free() *out. */
int store_guidance_subordinates(struct db *db, int64_t superior,
				struct guidance_person_row **out, size_t *n, struct kerr *err);

/* One unit of HR's overview. */
struct guidance_unit_row {
	int64_t unit_id;
	char unit_code[40], unit_name[200];
	int64_t plans_open, plans_overdue, plans_closed, sessions, development_overdue;
};
/* Per unit (at or below unit_root; 0: all) with any guidance record, in
 * unit-code order.  free() *out. */
int store_guidance_units(struct db *db, int64_t unit_root, struct guidance_unit_row **out,
			 size_t *n, struct kerr *err);

#endif
