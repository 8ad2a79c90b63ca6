/*
 * report.h - the reports of a unit (with the units below it) and a
 * period, read from the data the other pages keep (nothing is stored of
 * its own):
 *
 *   - the recap (rekap, report_recap.c): one row per employee with their
 *     SKP state, RHK and IKI counts, achievement, ratings, predicate, 360
 *     response rate and (for those allowed to see it) TPP; the predicate
 *     distribution of each unit against its curve (the curve store
 *     functions); the overdue items (report_overdue.c);
 *   - the contribution report (laporan kontribusi, report_contrib.c): for
 *     each organisation goal the RHK that serve it through the cascade,
 *     their owners and achievements, and the roll-ups per goal, per unit
 *     within a goal and per unit (domain/contribution.h);
 *   - their CSV (report_csv.c) and Excel (report_xlsx.c) files.
 *
 * Achievements are computed for a whole period at once by the one bulk
 * loader (store/capaian.h: a query for the indicators, one for the
 * realisasi at the checkpoint) with the formulas of the SKP pages
 * (skp_capaian_compute).  The figures
 * and their rules are domain/recap.h's and domain/contribution.h's.  Who
 * may see a report, and whether the TPP column is in it, is the caller's
 * to decide (http/report_access.h); the store is told.
 */
#ifndef KINERJA_STORE_REPORT_H
#define KINERJA_STORE_REPORT_H

#include "store/assessment.h"
#include "store/capaian.h"
#include "domain/contribution.h"
#include "domain/recap.h"

/* ---- the basis: which assessments, and where achievements are read ----------------- */

/* RANK_BASIS_DEFAULT's value: the basis the curve pages open on. */
#define REPORT_BASIS_DEFAULT (-1)

struct report_basis {
	int64_t checkpoint_id;        /* 0: the tahunan assessments */
	char name[64];                /* "Tahunan", "Triwulan III" */
	int64_t capaian_checkpoint;   /* where achievements are read: the basis's, the
					 period's last one for tahunan (0: none) */
	char capaian_name[40];
	int capaian_seq;              /* its number in the calendar (?titik=N of the pages) */
};

/* basis: REPORT_BASIS_DEFAULT, 0 (tahunan) or a checkpoint of the period
 * (else KERR_NOT_FOUND "titik"). */
int store_report_basis(struct db *db, int64_t period_id, int64_t basis, struct report_basis *out,
		       struct kerr *err);

/* ---- the recap (report_recap.c, report_overdue.c) ------------------------------------------ */

struct recap_row {
	int64_t employee_id;
	int64_t skp_id;               /* 0: no SKP in the period */
	char nip[20];
	char name[300];               /* with titles */
	char golongan[8];
	char position_name[200];
	int64_t unit_id;              /* of the post the SKP covers, else the employee's */
	char unit_code[64];
	char unit_name[200];
	char skp_state[14];           /* skp_state_name(), "" without an SKP */
	int n_rhk, n_iki;
	struct pct capaian;
	enum rating hasil, perilaku;  /* RATING__LEVELS: no ditetapkan assessment */
	enum predicate predicate;     /* PRED__COUNT: none */
	int64_t r360_asked, r360_answered;
	int has_tpp;
	int64_t tpp;                  /* whole rupiah */
	char tpp_run[120];            /* the run's label */
};

struct overdue_item {
	enum overdue_kind kind;
	int64_t employee_id;
	char nip[20];
	char name[300];
	char unit_name[200];
	int64_t ref_id;               /* the SKP (skp, realisasi, penilaian), the round (360),
					 the objection; 0 when there is none (no SKP yet) */
	int ref_seq;                  /* realisasi: the checkpoint's number */
	char what[300];               /* "Triwulan II: 2 dari 5 IKI", "Belum dibuat", ... */
	int64_t count;                /* IKI, forms (1 otherwise) */
	char due[11];                 /* YYYY-MM-DD */
	int days_late;
};

struct recap_query {
	int64_t period_id;
	int64_t unit_id;              /* required: the unit and those below it */
	int64_t basis;                /* REPORT_BASIS_DEFAULT, 0 tahunan, a checkpoint */
	int64_t tpp_scope;            /* -1: no TPP column; 0: every approved run; else the
					 runs of this unit and those below it */
	const char *today;            /* "YYYY-MM-DD" (WIB) */
};

struct recap {
	struct period period;
	struct unit unit;
	struct report_basis basis;
	int with_tpp;
	char today[11];
	struct recap_row *rows;       /* by unit code, then name */
	size_t n;
	struct unit_curve *curves;    /* the units of the subtree, in unit-list order */
	size_t n_curves;
	struct overdue_item *overdue; /* by kind, then days late (most first) */
	size_t n_overdue;
};

/* The recap; KERR_NOT_FOUND on "periode", "unit" or "titik".  Release it
 * with recap_release either way. */
int store_recap(struct db *db, const struct recap_query *q, struct recap *out,
		struct kerr *err);
void recap_release(struct recap *r);

/* report_overdue.c: fills out->overdue for the recap's unit and period. */
int store_recap_overdue(struct db *db, struct recap *out, struct kerr *err);

/* ---- the contribution report (report_contrib.c) ----------------------------------------- */

/* One RHK that serves a goal, with its owner.  Texts live in the report. */
struct contrib_rhk {
	int64_t rhk_id, skp_id, employee_id, unit_id;
	int64_t parent_key;           /* its parent RHK, or -goal_id */
	char nip[20];
	const char *text, *owner, *position, *unit_name;
	size_t goal;                  /* index into goals */
	int utama;
};

struct contrib_goal {
	int64_t goal_id;
	char code[40];
	const char *text, *unit_name;
	struct contrib_figure fig;
	size_t first, count;          /* its RHK: rhk[first .. first+count) */
};

/* The RHK of one unit within one goal: rhk[first .. first+count). */
struct contrib_part {
	size_t goal;
	int64_t unit_id;
	const char *unit_name;
	size_t first, count;
	struct contrib_figure fig;
};

/* One unit over every goal. */
struct contrib_unit {
	int64_t unit_id;
	const char *unit_name;
	struct contrib_figure fig;
	size_t goals;                 /* how many goals its RHK serve */
};

struct contribution {
	struct period period;
	struct unit unit;
	struct report_basis basis;
	char today[11];               /* when it was made (WIB) */
	struct cascade cascade;       /* holds the texts */
	struct contrib_goal *goals;   /* in the goal list's order */
	size_t n_goals;
	struct contrib_rhk *rhk;      /* by goal, then unit, then owner (cascade order) */
	struct pct *pct;              /* rhk[i]'s achievement */
	size_t n_rhk;
	struct contrib_part *parts;   /* by goal, then unit */
	size_t n_parts;
	struct contrib_unit *units;   /* by unit code */
	size_t n_units;
};

/* The contribution report of unit `unit_id` and the units below it for
 * the period on `basis` (as store_report_basis): every RHK of an approved
 * SKP of an employee of the subtree that serves a goal, each goal with at
 * least one such RHK or belonging to the subtree.  KERR_NOT_FOUND on
 * "periode", "unit", "titik".  contribution_release() it either way. */
int store_contribution(struct db *db, int64_t period_id, int64_t unit_id, int64_t basis,
		       struct contribution *out, struct kerr *err);
void contribution_release(struct contribution *c);

/* ---- files (report_csv.c, report_xlsx.c) -------------------------------------------------- */

/* CSV, UTF-8 with a BOM (so Excel reads the accents), CRLF, a header row. */
void recap_csv(const struct recap *r, struct strbuf *out);
void contribution_csv(const struct contribution *c, struct strbuf *out);
/* An Excel workbook appended to `out`. */
int recap_xlsx(const struct recap *r, struct strbuf *out, struct kerr *err);
int contribution_xlsx(const struct contribution *c, struct strbuf *out, struct kerr *err);

/* The labels the files and pages show: an SKP state's ("Belum ada"
 * without one), a rating's and a predicate's ("" when none). */
const char *recap_state_label(const char *state);
const char *recap_rating_label(enum rating r);
const char *recap_predicate_label(enum predicate p);

/* The columns of the recap and contribution files, in order (the CSV
 * header; with_tpp adds "tpp" and "tpp_perhitungan"). */
extern const char *const recap_columns[];
extern const size_t recap_ncols;
extern const char *const contribution_columns[];
extern const size_t contribution_ncols;

#endif
