/*
 * dashboard.h - the figures of the dashboards (dasbor), counted set-based
 * over a unit and the units below it (or the whole office), or for one
 * employee: a few GROUP BY queries per section, never one per employee,
 * so a city of tens of thousands answers as fast as an office.
 *
 *   - where the period stands (dashboard_status.c): SKPs per state,
 *     realisasi at the current checkpoint, 360 forms answered per round,
 *     assessments done against those due per checkpoint and for the year,
 *     objections open;
 *   - the predicate distribution against the curve, the achievement over
 *     the checkpoints and the BerAKHLAK profile (dashboard_charts.c);
 *   - the trend over periods (dashboard_trend.c);
 *   - all of it at once (dashboard_board.c), kept between requests in a
 *     small in-process cache checked against the data version
 *     (dashboard_cache.c).
 *
 * Scope: an SKP counts in the unit of the post it covers (else its
 * employee's), as on the curve and in the ranking; a 360 form in the unit
 * of the person rated (for one employee: the forms they were asked to
 * fill in).  Who may see which scope is the caller's to check
 * (http/dashboard_access.h).  Read-only: nothing here writes.  0 / -1
 * with `err`; an unknown period is KERR_NOT_FOUND "periode", an unknown
 * unit KERR_NOT_FOUND "unit".
 */
#ifndef KINERJA_STORE_DASHBOARD_H
#define KINERJA_STORE_DASHBOARD_H

#include "store/plan.h"
#include "store/assessment.h"
#include "store/r360.h"
#include "domain/dashboard.h"
#include "domain/monitor.h"
#include "domain/skp.h"

/* What a dashboard shows: one unit and the units below it (unit_id; 0:
 * the whole office) or one employee (employee_id). */
struct dash_scope {
	int64_t period_id;
	int64_t unit_id;
	int64_t employee_id;      /* non-zero: this employee's own dashboard */
};

/* ---- where the period stands (dashboard_status.c) ---------------------------------------- */

struct dash_checkpoint {
	int64_t id;
	char name[40];
	int seq;
	int closed;
	int64_t assess_due;       /* approved SKPs whose months it overlaps */
	int64_t assess_done;      /* of them, with a ditetapkan periodik assessment at it */
};

struct dash_round {
	int64_t id;
	char name[200];
	char checkpoint_name[40];
	int open;                 /* terbuka (else ditutup) */
	int64_t asked, answered;  /* forms in scope */
};

struct dash_status {
	struct period period;
	int64_t skp_total;
	int64_t skp_state[SKP__STATES];
	struct dash_checkpoint *cp;     /* the period's checkpoints in order */
	size_t n_cp;
	size_t current;                 /* index of the current one (dash_current_checkpoint) */
	int64_t iki_total;              /* IKI of approved SKPs the current checkpoint overlaps */
	int64_t iki_recorded;           /* of them, with a realisasi at it */
	int64_t annual_due, annual_done;
	struct dash_round *rounds;      /* the period's 360 rounds, by checkpoint */
	size_t n_rounds;
	int64_t r360_asked[2], r360_answered[2];   /* [0] closed rounds, [1] open ones */
	int64_t obj_total, obj_open;    /* objections filed, not yet decided */
};

/* Fills *out for the scope (the period and unit must exist).
 * dash_status_release() it. */
int store_dash_status(struct db *db, const struct dash_scope *sc, struct dash_status *out,
		      struct kerr *err);
void dash_status_release(struct dash_status *s);
/* Checks the scope's period and unit exist (KERR_NOT_FOUND "periode" /
 * "unit"); fills *p and, for a unit, *u (may be NULL). */
int store_dash_check(struct db *db, const struct dash_scope *sc, struct period *p,
		     struct unit *u, struct kerr *err);

/* ---- the predicate distribution (dashboard_charts.c) -------------------------------------- */

struct dash_distribution {
	int64_t basis_checkpoint;       /* 0: the final tahunan predicates */
	char basis_name[64];            /* "" for tahunan */
	int count[PRED__COUNT];         /* final predicates over the scope on that basis */
	int total;
	struct unit_curve *units;       /* the curve of each unit of the scope with anyone */
	size_t n_units;
	size_t deviating;               /* units whose spread breaks their curve */
};

/* A unit scope's spread of predicates on the period's default basis
 * (store_curve_default_basis: tahunan once any is final, else the latest
 * checkpoint with final periodik ones, a provisional curve) and each
 * unit's own curve (store_unit_curves_at).  dash_distribution_release(). */
int store_dash_distribution(struct db *db, const struct dash_scope *sc,
			    struct dash_distribution *out, struct kerr *err);
void dash_distribution_release(struct dash_distribution *d);

/* ---- achievement over the checkpoints (dashboard_charts.c) -------------------------------- */

struct dash_rhk_row {
	int64_t id;
	char kind[10];
	char *text;
	struct pct *pct;                /* per checkpoint of dash_achievement.cp */
};

struct dash_achievement {
	struct checkpoint *cp;
	size_t n_cp;
	/* one employee: their latest SKP of the period, per RHK */
	int64_t skp_id;
	struct dash_rhk_row *rhk;
	size_t n_rhk;
	/* per checkpoint: the employee's SKP achievement, or the mean of the
	 * scope's SKP achievements and how many SKPs had one */
	struct pct *mean;
	int *skps;
};

int store_dash_achievement(struct db *db, const struct dash_scope *sc,
			   struct dash_achievement *out, struct kerr *err);
void dash_achievement_release(struct dash_achievement *a);

/* ---- BerAKHLAK (dashboard_charts.c) ----------------------------------------------------- */

struct dash_berakhlak {
	struct round360 round;          /* the latest closed round of the period (id 0: none) */
	struct result360 own;           /* one employee: their results per rater group */
	struct dash_profile unit;       /* a unit: the pooled profile */
};

int store_dash_berakhlak(struct db *db, const struct dash_scope *sc, struct dash_berakhlak *out,
			 struct kerr *err);
void dash_berakhlak_release(struct dash_berakhlak *b);

/* The employee's own final predicates in the period (their latest SKP):
 * per checkpoint of the period (PRED__COUNT when none) and the tahunan
 * one.  pred has room for n_cp. */
int store_dash_own_predicates(struct db *db, const struct dash_scope *sc,
			      const struct dash_status *st, enum predicate *pred,
			      enum predicate *annual, struct kerr *err);

/* ---- who needs attention (dashboard_people.c) ------------------------------------------------ */

#define DASH_ATTENTION_MAX 50

/* An employee of a unit scope whose final predicate on the basis is below
 * Baik, with what the dashboard links to. */
struct dash_person {
	int64_t employee_id, skp_id, assessment_id;
	char nip[20];
	char name[300];           /* with titles */
	char unit_name[200];
	enum predicate predicate;
};

/* Up to DASH_ATTENTION_MAX of them on basis `checkpoint_id` (0: tahunan),
 * lowest predicate first, then by name; *total says how many there are in
 * all.  free() *out. */
int store_dash_attention(struct db *db, const struct dash_scope *sc, int64_t checkpoint_id,
			 struct dash_person **out, size_t *n, int64_t *total, struct kerr *err);

/* ---- trends over periods (dashboard_trend.c) --------------------------------------------- */

#define DASH_TREND_MAX 5

struct dash_trend_col {
	struct period period;
	int64_t skp_total, skp_approved;
	int64_t annual_due, annual_done;
	int64_t r360_asked, r360_answered;
	int64_t obj_total;
	int count[PRED__COUNT];         /* a unit: its distribution on the period's basis */
	enum predicate own;             /* an employee: their predicate (PRED__COUNT: none) */
	char basis_name[64];
};

/* The scope's figures in the selected period and up to DASH_TREND_MAX-1
 * earlier ones, oldest first (dash_trend_pick).  The selected period's
 * column is taken from `st` and (a unit) `d`, already computed for the
 * dashboard; the earlier ones are counted (their status, and their
 * spread of predicates by one GROUP BY).  free() *out. */
int store_dash_trend(struct db *db, const struct dash_scope *sc, const struct dash_status *st,
		     const struct dash_distribution *d, struct dash_trend_col **out, size_t *n,
		     struct kerr *err);

/* ---- the whole dashboard (dashboard_board.c, dashboard_cache.c) ------------------------- */

/* Every figure of one dashboard, as the page and the API show them. */
struct dash_board {
	struct dash_scope sc;
	struct dash_status st;
	/* a unit */
	struct dash_distribution dist;
	struct dash_person *attention;  /* up to DASH_ATTENTION_MAX, lowest first */
	size_t n_attention;
	int64_t attention_total;
	/* an employee: their own predicates per checkpoint of st (PRED__COUNT: none) */
	enum predicate *own_pred;
	enum predicate own_annual;
	struct dash_achievement ach;
	struct dash_berakhlak ber;
	struct dash_trend_col *trend;
	size_t n_trend;
	/* how it was made */
	int64_t computed_at;            /* unix time */
	int shared;                     /* 1: kept in the cache, may be served again */
};

/* Computes every figure of the scope's dashboard.  dash_board_release(). */
int store_dash_board(struct db *db, const struct dash_scope *sc, struct dash_board *out,
		     struct kerr *err);
void dash_board_release(struct dash_board *b);

/*
 * The dashboard of a scope, from the in-process cache when its figures
 * are current, else computed (store_dash_board) and, for a unit scope,
 * kept for the next request.  Current means: computed at the data
 * version the database has now - the id of the newest audit_log row,
 * which every change the program makes writes in its own transaction
 * (realisasi, 360 answers, assessments, objections, SKP steps, unit
 * predicates, rounds opened in bulk, imports, settings ...) - so a change
 * shows on the very next request, on every server sharing the database.
 * A computation is kept only if the version did not move while it ran
 * (and, on PostgreSQL, no other transaction was in flight when it
 * started, as an audit id is taken before its transaction commits).
 * A big instance, where some change is made every second, may allow
 * staleness (dash_cache_set_max_stale, `--dashboard-max-stale`): a board
 * then answers for that many seconds after it was computed whatever
 * changed, and is kept even if the data moved while it was computed; the
 * page says when its figures were computed ("Angka per ...").
 * The cache is bounded (DASH_CACHE_ENTRIES boards, the least recently
 * used dropped), safe across the server's threads, and one computation
 * per scope and version runs at a time (others wait for it).  An
 * employee's own dashboard is cheap and never kept.
 * NULL with err on an error; dash_board_put() what it returns.
 */
#define DASH_CACHE_ENTRIES 32
const struct dash_board *dash_board_get(struct db *db, const struct dash_scope *sc,
					struct kerr *err);
void dash_board_put(const struct dash_board *b);
/* Seconds a unit board may be served after the data changed (0, the
 * default: never; config dashboard_max_stale). */
void dash_cache_set_max_stale(int seconds);
/* Empties the cache (tests of the store, and a server that stops). */
void dash_cache_clear(void);

#endif
