/*
 * evaluation.h - storing the evaluation of the performance system: the
 * anonymous survey of employees (evaluation_survey.c: writing, opening
 * and closing a survey, the threshold setting; evaluation_answer.c:
 * answering, the employee's surveys, participation and results) and the
 * process figures per unit and period (evaluation_figures.c).  The rules
 * are domain/evaluation.h's; the schema is schema_evaluation.c's.
 *
 * Same conventions as plan.h: all SQL in src/store, every change in one
 * transaction with its audit row (entity "survei"; the setting:
 * "pengaturan"), 0 / -1 with `err`; a refusal writes nothing.  Who may
 * write, answer or read is the caller's to check
 * (http/evaluation_access.h); the store checks what the data says (a
 * survey addressed to the employee, a first answer, the threshold).
 *
 * Anonymity: no function here returns who answered what, because nothing
 * stored can tell.  The audit row of an answer names the survey and the
 * one who answered, never the answer.
 */
#ifndef KINERJA_STORE_EVALUATION_H
#define KINERJA_STORE_EVALUATION_H

#include "store/plan.h"
#include "domain/evaluation.h"
#include "domain/guidance.h"

#define SURVEY_TITLE_BUF (SURVEY_TITLE_MAX * 4 + 1)
#define SURVEY_QUESTION_BUF (SURVEY_QUESTION_MAX * 4 + 1)

struct survey_question {
	int64_t id;
	int seq;
	enum question_kind kind;
	enum survey_aspect aspect;
	char text[SURVEY_QUESTION_BUF];
};

struct survey {
	int64_t id;
	char title[SURVEY_TITLE_BUF];
	int64_t period_id;
	char period_name[120];
	int64_t unit_id;              /* 0: the whole office */
	char unit_code[40], unit_name[200];
	char opens_on[GDATE_SIZE], closes_on[GDATE_SIZE];
	enum survey_state state;
	enum survey_phase phase;      /* today */
	int threshold;                /* fixed when opened (the setting until then) */
	int64_t addressed;            /* fixed when opened */
	int64_t respondents;
	char created_by_name[300], opened_by_name[300], closed_by_name[300];
	int64_t created_at, updated_at, opened_at, closed_at;
	int64_t rev;
	struct survey_question *q;    /* store_survey_get only */
	size_t nq;
};

void survey_release(struct survey *s);
void surveys_free(struct survey *v, size_t n);

/* One survey with its questions; KERR_NOT_FOUND. */
int store_survey_get(struct db *db, int64_t id, struct survey *out, struct kerr *err);
/* Every survey, newest first (at most 500; no questions). */
int store_survey_list(struct db *db, struct survey **out, size_t *n, struct kerr *err);

struct survey_input {
	const char *title;                        /* "judul" */
	int64_t period_id;                        /* "periode_id" */
	int64_t unit_id;                          /* 0: the whole office ("unit_id") */
	const char *opens_on, *closes_on;         /* "dibuka", "ditutup" */
	const struct survey_question_def *q;      /* NULL: the default set */
	size_t nq;
	const char *actor_name;
	int64_t rev;                              /* update: 0, or the one read */
};

/* A draft; refuses a bad title, dates, questions, an unknown period
 * (KERR_INVALID "periode_id") or unit ("unit_id").  Sets *id. */
int store_survey_create(struct db *db, const struct actor *who, const struct survey_input *in,
			int64_t *id, struct kerr *err);
/* Rewrites a draft (its questions too); once opened: KERR_CONFLICT
 * "status". */
int store_survey_update(struct db *db, const struct actor *who, int64_t id,
			const struct survey_input *in, struct kerr *err);
/* Opens a draft: fixes the threshold, the people addressed and the
 * reporting groups, and creates the counts.  Refuses an audience smaller
 * than the threshold (KERR_CONFLICT "unit_id": its results could never
 * be shown). */
int store_survey_open(struct db *db, const struct actor *who, int64_t id, int64_t rev,
		      const char *actor_name, struct kerr *err);
/* Closes an opened survey for good (KERR_CONFLICT "status" otherwise)
 * and rewrites its free-text answers in a random order with new keys. */
int store_survey_close(struct db *db, const struct actor *who, int64_t id, int64_t rev,
		       const char *actor_name, struct kerr *err);

/* The threshold setting (SURVEY_THRESHOLD_DEFAULT when unset or out of
 * range), and setting it (survey_threshold_check; audited as
 * "pengaturan").  Surveys already open keep theirs. */
int store_survey_threshold(struct db *db, int *k, struct kerr *err);
int store_survey_threshold_set(struct db *db, const struct actor *who, int k,
			       struct kerr *err);

/* ---- answering (evaluation_answer.c) ------------------------------------------------------ */

/* 1 if survey s addresses employee `employee_id` (active, their unit
 * within the audience), with the group their answer is filed under in
 * *group (when s is open); 0 if not; -1 on error. */
int store_survey_addresses(struct db *db, const struct survey *s, int64_t employee_id,
			   int64_t *group, struct kerr *err);
/* 1 if the employee has answered survey `id`, 0 if not, -1 on error. */
int store_survey_has_answered(struct db *db, int64_t id, int64_t employee_id,
			      struct kerr *err);

/* One answer: the value (skala) or the text (teks, may be "") of a question. */
struct survey_answer {
	int64_t question_id;
	int64_t value;
	const char *text;
};

/*
 * Records employee `employee_id`'s answers to survey `id`: one per
 * question (a missing or extra one: KERR_INVALID "jawaban").  Refuses a
 * survey not taking answers (KERR_CONFLICT "status"), one not addressed
 * to them (KERR_FORBIDDEN "survei"), and a second answer (KERR_CONFLICT
 * "responden": they are already counted) - writing nothing.  Marks them
 * as counted, adds 1 to the counts of their group and stores the texts
 * under a random key, in one transaction; the audit row names the survey.
 */
int store_survey_answer(struct db *db, const struct actor *who, int64_t id,
			int64_t employee_id, const struct survey_answer *a, size_t n,
			struct kerr *err);

/* The surveys (not drafts) addressed to the employee, newest first, with
 * answered[i] set for those they have answered; free() both. */
int store_survey_list_mine(struct db *db, int64_t employee_id, struct survey **out,
			   int **answered, size_t *n, struct kerr *err);

/* ---- participation and results (evaluation_answer.c) ------------------------------------ */

struct survey_group_row {
	int64_t unit_id;              /* 0: the whole office */
	int64_t parent_unit_id;       /* -1 for the audience's own unit */
	char unit_code[40], unit_name[200];
	int64_t addressed, respondents;
};

/* The reporting groups of an opened survey, parents first. */
int store_survey_groups(struct db *db, int64_t id, struct survey_group_row **out, size_t *n,
			struct kerr *err);

/* The answers of one cell (or of the whole survey). */
struct survey_cell {
	int64_t unit_id;              /* the group shown (0: the whole office) */
	char unit_code[40], unit_name[200];
	int64_t answers;
	int64_t (*counts)[SURVEY_SCALE_MAX + 1];   /* per question (nq rows) */
	char **texts;                 /* the free texts, in their stored (random) order */
	int64_t *text_question;       /* the question index of each text */
	size_t ntexts;
	char merged[1000];            /* names of the units rolled up into it, "" if none */
};

struct survey_results {
	int64_t total;                /* answers in all */
	int threshold;
	struct survey_cell all;       /* the whole survey */
	struct survey_cell *cells;    /* parents first */
	size_t ncells;
	/* units whose answers are not shown on their own: where they went */
	struct survey_hidden {
		int64_t unit_id;
		char unit_name[200];
		int64_t answers;
		int64_t into_unit_id;
		char into_name[200];
	} *hidden;
	size_t nhidden;
};

void survey_results_release(struct survey_results *r);

/*
 * The results of survey s (with its questions, as store_survey_get gives
 * it): refuses a survey not over yet (KERR_CONFLICT "status") and one
 * with fewer answers than its threshold (KERR_FORBIDDEN "survei").
 */
int store_survey_results(struct db *db, const struct survey *s, struct survey_results *out,
			 struct kerr *err);
/* The cell of `unit_id` in results r (0: the whole survey), or NULL
 * with KERR_FORBIDDEN "unit" naming the reason: fewer than k answers,
 * rolled up into another unit; KERR_NOT_FOUND "unit" if the unit is not
 * in the survey's audience. */
const struct survey_cell *survey_results_cell(const struct survey_results *r, int64_t unit_id,
					      struct kerr *err);

/* The distribution of the scaled questions of survey s about aspect `a`
 * in cell c, summed into count[1..5]; the number of such questions. */
size_t survey_cell_aspect(const struct survey *s, const struct survey_cell *c,
			  enum survey_aspect a, int64_t count[SURVEY_SCALE_MAX + 1]);

/* ---- the process figures (evaluation_figures.c) -------------------------------------------- */

struct eval_figures {
	int64_t period_id;
	char period_name[120];
	int64_t unit_id;                                /* 0: the whole office */
	int64_t skp_total, skp_on_time;
	int64_t employees, feedback_threads;
	int64_t r360_assigned, r360_answered;
	int64_t obj_filed, obj_decided, obj_changed;
	int64_t plans_opened, plans_completed, plans_succeeded;
};

/* The figures of period `period_id` for unit `unit_id` and the units
 * below it (0: the whole office), counted set-based in a few queries.
 * An SKP counts in the unit of the post it covers (else its employee's);
 * an employee in the unit of their latest SKP of the period (else their
 * own).  KERR_NOT_FOUND "periode" / "unit". */
int store_eval_figures(struct db *db, int64_t period_id, int64_t unit_id,
		       struct eval_figures *out, struct kerr *err);

/* The unit whose head post the employee holds or acts in (Plt); 0 when
 * none. */
int store_eval_led_unit(struct db *db, int64_t employee_id, int64_t *unit_id,
			struct kerr *err);

#endif
