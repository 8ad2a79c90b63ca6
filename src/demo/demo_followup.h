/*
 * demo_followup.h - the word tables of the demo office's follow-up of the
 * year (demo_followup_text.c), read by demo_followup.c: the TPP rule set
 * and the working days of 2026, the two improvement plans taken up, the
 * guidance sessions, the development plan items and the two guides with
 * the first one's quiz.  Posts are position codes ("ASM-YAN-P01"); a
 * session's or an item's "by" is the post of the person who records it.
 * Everything is invented demo data.
 */
#ifndef KINERJA_DEMO_FOLLOWUP_H
#define KINERJA_DEMO_FOLLOWUP_H

#include <stddef.h>
#include <stdint.h>

#define DEMO_TPP_MONTHS 9        /* attendance January-September 2026 */

/* ---- TPP ------------------------------------------------------------------------------- */

struct demo_tpp_base {
	const char *golongan;
	int64_t amount;              /* rupiah a month */
};
extern const struct demo_tpp_base demo_tpp_bases[];
extern const size_t demo_n_tpp_bases;
/* The multipliers by enum predicate (Sangat Kurang .. Sangat Baik), then
 * tanpa penilaian, in percent. */
extern const int demo_tpp_mult[6];
extern const char *const demo_tpp_note;
/* The working days of January..September 2026 (five-day week, national
 * holidays and cuti bersama off). */
extern const int demo_work_days[DEMO_TPP_MONTHS];

/* ---- guidance --------------------------------------------------------------------------- */

#define DEMO_PLAN_TARGETS 3

/* An improvement plan the superior (by) takes up: goals, support, the
 * targets of the first checkpoints, and the progress at the first one
 * (NULL: none yet: that plan's first checkpoint is moved to the day it
 * opened, so it is the one overdue once that day has passed). */
struct demo_improvement {
	const char *post, *by;
	const char *goals, *support;
	const char *target[DEMO_PLAN_TARGETS];
	const char *progress;
};
extern const struct demo_improvement demo_improvements[2];

/* A guidance session: held `held_ago` days before today, the follow-up
 * `follow_in` days after today (0: none); response NULL: none. */
struct demo_session {
	const char *post, *by;
	const char *kind;            /* session_kind_name */
	int held_ago, follow_in;
	const char *topic, *actions, *response;
};
extern const struct demo_session demo_sessions[];
extern const size_t demo_n_sessions;

struct demo_development {
	const char *post, *by;
	const char *competency, *activity;
	const char *target;          /* YYYY-MM-DD */
	const char *status;          /* development_status_name */
	const char *note;
};
extern const struct demo_development demo_developments[];
extern const size_t demo_n_developments;

/* ---- briefing ------------------------------------------------------------------------------ */

struct demo_guide {
	const char *title;
	const char *kind;            /* briefing_kind_name */
	const char *unit;            /* unit code, NULL: the whole office */
	const char *body;            /* the small markup of domain/briefing.h */
	const char *quiz;            /* its text form, NULL: none */
	int pass_mark;               /* 0: every question */
};
/* [0] the criteria guide for the whole office, [1] a procedure for one unit. */
extern const struct demo_guide demo_guides[2];

#endif
