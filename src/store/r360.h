/*
 * r360.h - storing 360-degree behaviour feedback: the instansi's settings
 * (answer scale, anonymity threshold), a round (putaran) per checkpoint
 * with its automatic list of raters, the changes HR makes to that list,
 * the answers and refusals, reminders, and the aggregated results (of one
 * person, or of a whole round at once).
 *
 * Same conventions as store.h: all SQL in src/store, every change in one
 * transaction with its audit row, 0 / -1 with `err`.  Field names in
 * errors are the API's (`tutup_pada`, `penilai_id`, `nilai.akuntabel`), so
 * pages and API report them alike.
 *
 * Anonymity lives here: an answer knows its rater only through its
 * assignment; store_result360 reads answers without it and returns the
 * figures and comments of a rater group only when the group reached the
 * round's threshold (aggregate360 in domain/assess.h).
 */
#ifndef KINERJA_STORE_R360_H
#define KINERJA_STORE_R360_H

#include "store/store.h"
#include "domain/assess.h"

/* ---- settings ------------------------------------------------------------------ */

struct settings360 {
	int scale;        /* 3 or 5 */
	int threshold;    /* >= ANONYMITY_MIN */
};

#define THRESHOLD360_MAX 50

/* The saved settings (3 and 3 when none are saved). */
int store_settings360_get(struct db *db, struct settings360 *out, struct kerr *err);
/* Saves both after checking them (field "skala_360": 3 or 5; field
 * "ambang_anonimitas": ANONYMITY_MIN..THRESHOLD360_MAX); audited as entity
 * "pengaturan".  Rounds already open keep what they copied. */
int store_settings360_set(struct db *db, const struct actor *who, const struct settings360 *s,
			  struct kerr *err);

/* ---- rounds ------------------------------------------------------------------------ */

/* Peers assigned automatically to rate each person (see r360_assign.c). */
#define R360_PEERS_MAX 6

struct round360 {
	int64_t id;
	int64_t period_id;
	char period_name[120];
	int64_t checkpoint_id;
	char checkpoint_name[40];
	char name[200];
	char closes_on[11];     /* YYYY-MM-DD: the last day answers are taken */
	char state[12];         /* terbuka, ditutup */
	int scale;              /* 3 or 5, copied from the settings when opened */
	int threshold;          /* copied too */
	int64_t created_at, closed_at;
	/* counts over all its assignments (filled by list and get) */
	int64_t total, answered, pending, declined;
};

#define ROUND360_NAME_MAX 150

/* Newest first. */
int store_round360_list(struct db *db, struct round360 **out, size_t *n, struct kerr *err);
int store_round360_get(struct db *db, int64_t id, struct round360 *out, struct kerr *err);
/* How many active employees holding a position are outside unit
 * `scope_unit_id` and the units below it (whom a round would also assign). */
int store_round360_outside_scope(struct db *db, int64_t scope_unit_id, int64_t *n,
				 struct kerr *err);
/* The same without the counts (total, answered, ... left 0): for answering,
 * declining and results, which must not count a whole round each time. */
int store_round360_find(struct db *db, int64_t id, struct round360 *out, struct kerr *err);
/* Opens a round for rd->checkpoint_id (field "checkpoint_id") closing on
 * rd->closes_on (field "tutup_pada": a real date, not before today), named
 * rd->name ("" = a name from the checkpoint and period; field "nama").
 * The period must be terbuka or dikunci and the checkpoint not closed; one
 * round per checkpoint (KERR_CONFLICT).  Assigns raters to every active
 * employee holding a position: the pejabat penilai (atasan), the others
 * in the same unit with the same pejabat penilai (rekan), the direct
 * subordinates (bawahan), and themself (diri).  Fills rd and *assigned. */
int store_round360_open(struct db *db, const struct actor *who, struct round360 *rd,
			int64_t *assigned, struct kerr *err);
/* Changes the name and/or the closing date (NULL keeps it) of an open
 * round; a date in the past ends answering at once. */
int store_round360_update(struct db *db, const struct actor *who, int64_t id, const char *name,
			  const char *closes_on, struct kerr *err);
int store_round360_close(struct db *db, const struct actor *who, int64_t id, struct kerr *err);
/* 1 if the round takes answers today (terbuka and today <= closes_on). */
int round360_accepting(const struct round360 *rd);

/* Progress of a round per unit of the persons rated. */
struct progress360 {
	int64_t unit_id;
	char unit_name[200];
	int64_t ratees, answered, pending, declined;
};
/* scope_unit 0 = every unit, else that unit and those below it. */
int store_round360_progress(struct db *db, int64_t round_id, int64_t scope_unit,
			    struct progress360 **out, size_t *n, struct kerr *err);

/* The persons rated in one unit, with their counts (HR's view). */
struct ratee360 {
	int64_t employee_id;
	char nip[20];
	char name[260];
	char position_name[200];
	int64_t total, answered, pending, declined;
};
int store_round360_ratees(struct db *db, int64_t round_id, int64_t unit_id,
			  struct ratee360 **out, size_t *n, struct kerr *err);

/* ---- assignments (who rates whom) --------------------------------------------------- */

struct person360 {
	int64_t id;
	char nip[20];
	char name[260];
	char position_name[200];
	char unit_name[200];
	int64_t unit_id;
};

struct rater360 {
	int64_t id;
	int64_t round_id;
	char round_name[200];
	char round_state[12];
	char closes_on[11];
	int scale;
	struct person360 ratee, rater;
	char grp[10];           /* atasan, rekan, bawahan, diri */
	char source[10];        /* otomatis, manual */
	char state[10];         /* menunggu, dijawab, ditolak */
	char decline_reason[2048];
	int64_t answered_at, reminded_at, created_at;
};

#define DECLINE360_MAX 500
#define COMMENT360_MAX 1000

struct rater360_query {
	int64_t round_id;       /* 0 = any */
	int64_t ratee_id;       /* 0 = any */
	int64_t rater_id;       /* 0 = any */
	int64_t not_ratee_id;   /* 0 = none; else leave out this person's raters */
	int64_t scope_unit;     /* 0 = any; else ratees of this unit and below */
	const char *state;      /* NULL = any */
	int open_only;          /* only rounds taking answers today */
};

/* Ordered by round (newest first), ratee, group, rater; free() *out. */
int store_rater360_list(struct db *db, const struct rater360_query *q, struct rater360 **out,
			size_t *n, struct kerr *err);
int store_rater360_get(struct db *db, int64_t id, struct rater360 *out, struct kerr *err);
/* 1 if the form may be answered today: waiting, in a round taking answers. */
int rater360_accepting(const struct rater360 *a);
/* HR adds a rater (source manual): the round open, both active
 * employees, grp atasan/rekan/bawahan for someone else or diri for the
 * person themself, no duplicate (KERR_CONFLICT).  *id set. */
int store_rater360_add(struct db *db, const struct actor *who, int64_t round_id,
		       int64_t ratee_id, int64_t rater_id, const char *grp, int64_t *id,
		       struct kerr *err);
/* HR removes an assignment not yet answered, while the round is open. */
int store_rater360_remove(struct db *db, const struct actor *who, int64_t id, struct kerr *err);
/* Marks the pending assignments of an open round (of ratees in scope_unit
 * and below; 0 = all) as reminded now; *count set. */
int store_rater360_remind(struct db *db, const struct actor *who, int64_t round_id,
			  int64_t scope_unit, int64_t *count, struct kerr *err);

/* The answer of rater `rater_id` to assignment `id`: one score per value
 * (berakhlak_at order, each within the round's scale; field
 * "nilai.<code>"), an optional comment (field "komentar").  Only the
 * assigned rater (KERR_FORBIDDEN), once, while the round takes answers
 * (KERR_CONFLICT).  The audit row says only that the assignment was
 * answered. */
int store_rater360_answer(struct db *db, const struct actor *who, int64_t id, int64_t rater_id,
			  const int score[VALUES_360], const char *comment, struct kerr *err);
/* Declines assignment `id` with a reason (field "alasan"); the same rules. */
int store_rater360_decline(struct db *db, const struct actor *who, int64_t id, int64_t rater_id,
			   const char *reason, struct kerr *err);
/* The rater's own answer to assignment `id` (for them alone): 1 found,
 * 0 none, -1 error. */
int store_rater360_own_answer(struct db *db, int64_t id, int score[VALUES_360], char **comment,
			      struct kerr *err);

/* ---- results ------------------------------------------------------------------------- */

struct result360 {
	struct aggregate360 group[RATER__GROUPS];
	/* the comments of the groups shown (and of the self-assessment),
	 * sorted by text; nothing of a group that is not shown */
	char **comments[RATER__GROUPS];
	size_t ncomments[RATER__GROUPS];
	int withheld;   /* the round is still open: no group's figures yet */
};

/* The results of `ratee` in round `rd`, per rater group.  While the round
 * is open every group but the self-assessment is withheld (only its count
 * of answers is filled): figures that change with each new answer would
 * let anyone who watches them work out one rater's scores. */
int store_result360(struct db *db, const struct round360 *rd, int64_t ratee,
		    struct result360 *out, struct kerr *err);
void result360_release(struct result360 *res);

/* Called once per person rated by store_result360_all; `res` is released
 * after it returns.  0 to go on; -1 (with the caller's error set) stops. */
typedef int (*result360_fn)(void *ctx, int64_t ratee, const struct result360 *res);
/* The results of everyone rated in round `rd`, in one query over the
 * round's answers: fn(ctx, ratee, &res) per person with at least one
 * answer, in employee id order, each result what store_result360 gives
 * (a person without answers has an empty one).  For work over a whole
 * round; 0, or -1 with err (or when fn stopped). */
int store_result360_all(struct db *db, const struct round360 *rd, result360_fn fn, void *ctx,
			struct kerr *err);

#endif
