/*
 * evaluation.h - the pure rules of evaluating the performance system
 * itself: the anonymous survey of employees (its questions, aspects,
 * states and dates, the anonymity threshold, the reporting groups fixed
 * when it opens and the cells its results are shown in) and the process
 * figures (what each one counts, and how a rate is written).  No I/O: the
 * store (store/evaluation.h) applies these.
 *
 * Anonymity in numbers.  A survey's answers are never kept per person:
 * each answer is filed under a *reporting group*, a unit fixed when the
 * survey opens whose part of the audience (the people it addresses in the
 * unit and in the units below it that are not groups themselves) is at
 * least the threshold k (never below 5).  Smaller units roll up into their
 * parent; the audience's own unit is always a group.  When results are
 * shown (only once the survey is over), a group with fewer than k answers
 * rolls up again into its parent for display, and the groups that end up
 * with k answers or more are the *cells*.  The cells partition the answers
 * and the whole survey is shown beside them, so the part of the answers
 * not in a shown sub-unit cell (the audience unit's own cell) must itself
 * be 0 or at least k: otherwise "whole minus the cells" would give away
 * the answers of fewer than k people.  When it falls short, the smallest
 * cells directly below it are merged back into it until it does.
 */
#ifndef KINERJA_DOMAIN_EVALUATION_H
#define KINERJA_DOMAIN_EVALUATION_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"

/* ---- questions ------------------------------------------------------------------------- */

/* What a question asks about: the four the issue names, and others. */
enum survey_aspect {
	ASPECT_KEJELASAN, ASPECT_KEADILAN, ASPECT_MANFAAT, ASPECT_BEBAN, ASPECT_LAIN,
	ASPECT__COUNT
};

/* "kejelasan", "keadilan", "kebermanfaatan", "beban", "lain" and their labels. */
const char *survey_aspect_name(enum survey_aspect a);
const char *survey_aspect_label(enum survey_aspect a);
int survey_aspect_parse(const char *name, enum survey_aspect *out);

/* A statement answered on the 1-5 scale (1 sangat tidak setuju .. 5 sangat
 * setuju), or a free text. */
enum question_kind { QUESTION_SKALA, QUESTION_TEKS };

const char *question_kind_name(enum question_kind k);   /* "skala", "teks" */
int question_kind_parse(const char *name, enum question_kind *out);

enum {
	SURVEY_SCALE_MIN = 1, SURVEY_SCALE_MAX = 5,
	SURVEY_QUESTIONS_MAX = 20,
	SURVEY_TITLE_MAX = 200,        /* characters */
	SURVEY_QUESTION_MAX = 500,
	SURVEY_ANSWER_TEXT_MAX = 2000,
};

/* "Sangat tidak setuju" .. "Sangat setuju" for 1..5; "" otherwise. */
const char *survey_scale_label(int value);

struct survey_question_def {
	enum question_kind kind;
	enum survey_aspect aspect;
	const char *text;
};

/* The default set: one statement each on clarity, fairness, usefulness
 * and burden (all worded so that 5 is good), and one free text. */
extern const struct survey_question_def survey_default_questions[];
extern const size_t survey_default_count;

/* The title (field "judul"): one line, 1..SURVEY_TITLE_MAX characters. */
int survey_title_check(const char *title, struct kerr *err);
/* The questions (field "pertanyaan", the message naming the number of
 * the one at fault): 1..SURVEY_QUESTIONS_MAX, each a non-blank line of at
 * most SURVEY_QUESTION_MAX characters, at least one on the scale. */
int survey_questions_check(const struct survey_question_def *q, size_t n, struct kerr *err);
/* The answer to scaled question number `no` (1-based; field "jawaban"):
 * SURVEY_SCALE_MIN..SURVEY_SCALE_MAX. */
int survey_scale_check(int64_t value, size_t no, struct kerr *err);
/* A free-text answer (optional: "" is fine; field "jawaban"). */
int survey_text_answer_check(const char *text, size_t no, struct kerr *err);

/* ---- states and dates ------------------------------------------------------------------ */

enum survey_state { SURVEY_DRAF, SURVEY_DIBUKA, SURVEY_DITUTUP, SURVEY__STATES };

/* "draf", "dibuka", "ditutup" and "Draf", "Dibuka", "Ditutup". */
const char *survey_state_name(enum survey_state s);
const char *survey_state_label(enum survey_state s);
int survey_state_parse(const char *name, enum survey_state *out);

/* Where a survey stands today: being written; opened but its first day
 * has not come; taking answers; over (closed by HR, or past its last
 * day).  Days as gdate_parse counts them (WIB). */
enum survey_phase { PHASE_DRAF, PHASE_BELUM_MULAI, PHASE_BERJALAN, PHASE_SELESAI };

enum survey_phase survey_phase_of(enum survey_state s, int64_t opens_on, int64_t closes_on,
				  int64_t today);
/* "Draf", "Belum dimulai", "Berjalan", "Selesai". */
const char *survey_phase_label(enum survey_phase p);

/* The dates (fields "dibuka" and "ditutup"): real YYYY-MM-DD dates, the
 * last day not before the first.  Sets the days when given. */
int survey_dates_check(const char *opens_on, const char *closes_on, int64_t *opens,
		       int64_t *closes, struct kerr *err);
/* 0 if answers are taken in phase p; else KERR_CONFLICT on "status"
 * saying why (not open yet, over). */
int survey_answer_phase_check(enum survey_phase p, struct kerr *err);
/* 0 if results may be shown in phase p (only once it is over: figures
 * that move with each answer would give each answer away); else
 * KERR_CONFLICT on "status". */
int survey_results_phase_check(enum survey_phase p, struct kerr *err);

/* ---- the threshold --------------------------------------------------------------------- */

#define SURVEY_THRESHOLD_KEY "ambang_survei"
enum { SURVEY_THRESHOLD_MIN = 5, SURVEY_THRESHOLD_DEFAULT = 5, SURVEY_THRESHOLD_MAX = 100 };

/* SURVEY_THRESHOLD_MIN..SURVEY_THRESHOLD_MAX (KERR_INVALID on "ambang"). */
int survey_threshold_check(int64_t k, struct kerr *err);
/* The threshold to apply: k, raised to SURVEY_THRESHOLD_MIN if below. */
int survey_threshold_effective(int64_t k);

/* ---- reporting groups and cells ---------------------------------------------------------- */

#define SURVEY_NO_NODE ((size_t)-1)

/* One unit of a survey's audience tree.  v[0] is the audience's own unit
 * (the root); every other node's parent comes before it in the array. */
struct survey_node {
	int64_t unit_id;
	size_t parent;          /* index of the parent; SURVEY_NO_NODE for v[0] */
	int64_t addressed;      /* people addressed whose own unit this is */
	int64_t answers;        /* answers filed under this unit (groups only) */
	/* filled in: */
	int is_group;           /* survey_plan_groups */
	int64_t pooled;         /* survey_plan_groups: addressed in its group part;
				 * survey_plan_cells: answers in its cell */
	int shown;              /* survey_plan_cells: a cell of its own */
	size_t cell;            /* survey_plan_cells: the cell its answers count in
				 * (SURVEY_NO_NODE: none shown) */
};

/* Marks the reporting groups: bottom-up, a unit whose own addressed
 * people plus those of the non-group units below it number at least k is
 * a group; v[0] always is.  `pooled` gets that number. */
void survey_plan_groups(struct survey_node *v, size_t n, int k);

/* Works out the cells from the answers filed under the groups (non-group
 * nodes must have 0 answers): a group with k answers or more (counting
 * those rolled up into it) is shown, a smaller one rolls up into its
 * parent; v[0] is shown when it ends with k or more, and when it ends
 * with fewer than k but more than 0 the smallest cells directly below it
 * are merged back into it first.  Returns the total number of answers;
 * nothing is shown when that is below k. */
int64_t survey_plan_cells(struct survey_node *v, size_t n, int k);

/* ---- numbers ------------------------------------------------------------------------------- */

/* The mean of a 1-5 distribution count[1..5] (count[0] unused), and *n
 * the number of answers; 0 when there are none. */
double survey_scale_mean(const int64_t count[SURVEY_SCALE_MAX + 1], int64_t *n);

/* "75,0%" for 3 of 4, "-" when den is 0 (Indonesian decimal comma). */
void eval_percent_text(int64_t num, int64_t den, char *out, size_t size);
/* "1,25" for 5 / 4 (two decimals), "-" when den is 0. */
void eval_ratio_text(int64_t num, int64_t den, char *out, size_t size);
/* "3,75" for a mean, "-" when n is 0. */
void eval_mean_text(double mean, int64_t n, char *out, size_t size);

/* ---- the process figures ------------------------------------------------------------------- */

enum eval_figure {
	FIG_SKP_TEPAT_WAKTU,    /* SKPs approved by the period's plan_due / SKPs */
	FIG_UMPAN_BALIK,        /* feedback threads / employees with an SKP */
	FIG_RESPON_360,         /* 360 assignments answered / assigned */
	FIG_KEBERATAN_DIAJUKAN, /* objections filed */
	FIG_KEBERATAN_DIUBAH,   /* decided with the ratings changed / decided */
	FIG_RENCANA_PERBAIKAN,  /* improvement plans with an outcome / opened */
	FIG__COUNT
};

/* "skp_tepat_waktu", ... (the API's keys) and the row labels. */
const char *eval_figure_name(enum eval_figure f);
const char *eval_figure_label(enum eval_figure f);
/* One sentence saying how the figure is computed. */
const char *eval_figure_explanation(enum eval_figure f);

#endif
