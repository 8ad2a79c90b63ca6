/*
 * guidance.h - the pure rules of guidance (pembinaan): the kinds of
 * sessions (dialog kinerja, coaching, mentoring, konseling), calendar
 * dates written YYYY-MM-DD and counted in days, the improvement plan
 * (Rencana Perbaikan Kinerja) that a low predicate opens: its six months,
 * its default monthly checkpoints, what is overdue, its outcome and the
 * recommendation recorded with it (PP 30/2019: six months to improve,
 * then a transfer or demotion may be considered), and the development
 * plan's statuses.  No I/O: the store (store/guidance.h) applies these.
 *
 * Days are counted from 1970-01-01 as wib_day (domain/objection.h) counts
 * today in WIB, so a date typed by a person and "today" compare directly.
 */
#ifndef KINERJA_DOMAIN_GUIDANCE_H
#define KINERJA_DOMAIN_GUIDANCE_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "domain/assess.h"

/* ---- dates ------------------------------------------------------------------------- */

enum { GDATE_SIZE = 11 };   /* "2026-04-17" and its NUL */

/* Parses a real calendar date written YYYY-MM-DD (years 1900-2999) into
 * days since 1970-01-01; -1 for anything else. */
int gdate_parse(const char *s, int64_t *day);
/* Writes day as "YYYY-MM-DD" (GDATE_SIZE bytes). */
void gdate_format(int64_t day, char out[GDATE_SIZE]);
/* The same day `months` months later; a day the target month lacks
 * becomes its last day (31 January + 1 month = 28 or 29 February). */
int64_t gdate_add_months(int64_t day, int months);
/* Checks a date field: KERR_INVALID on `field` naming it as `what` when s
 * is not a real YYYY-MM-DD date; else 0 with *day set (day may be NULL). */
int gdate_check(const char *s, const char *field, const char *what, int64_t *day,
		struct kerr *err);

/* ---- sessions --------------------------------------------------------------------------- */

enum session_kind {
	SESSION_DIALOG, SESSION_COACHING, SESSION_MENTORING, SESSION_KONSELING, SESSION__KINDS
};

/* "dialog_kinerja", "coaching", "mentoring", "konseling" and the labels
 * "Dialog kinerja", "Coaching", "Mentoring", "Konseling". */
const char *session_kind_name(enum session_kind k);
const char *session_kind_label(enum session_kind k);
int session_kind_parse(const char *name, enum session_kind *out);

/* Characters in a topic (one line) and in the longer texts. */
enum { GUIDANCE_TOPIC_MAX = 300, GUIDANCE_TEXT_MAX = 4000 };

/* Checks a text: not blank (unless optional and empty), valid UTF-8, at
 * most `max` characters, line breaks only when `lines`; KERR_INVALID on
 * `field` naming it as `what`. */
int guidance_text_check(const char *s, size_t max, int lines, int optional, const char *field,
			const char *what, struct kerr *err);

/* ---- the improvement plan ------------------------------------------------------------------ */

enum { IMPROVEMENT_MONTHS = 6, IMPROVEMENT_CHECKPOINTS_MAX = 12 };

/* 1 for the predicates that open an improvement plan: Butuh Perbaikan,
 * Kurang/Misconduct, Sangat Kurang. */
int predicate_needs_improvement(enum predicate p);

/* The day six months after the plan opened: by then its outcome is due. */
int64_t improvement_due(int64_t opened);
/* The default checkpoints: monthly after opening, IMPROVEMENT_MONTHS of
 * them (the last on improvement_due).  Fills out[0..IMPROVEMENT_MONTHS). */
void improvement_default_checkpoints(int64_t opened, int64_t out[IMPROVEMENT_MONTHS]);

/* 1 if a checkpoint is overdue today: its date has passed (it is before
 * today) and no progress is recorded. */
int improvement_checkpoint_overdue(int64_t due, int has_progress, int64_t today);
/* 1 if the plan's outcome is overdue today: six months have passed
 * (improvement_due is before today) and no outcome is recorded. */
int improvement_outcome_overdue(int64_t opened, int has_outcome, int64_t today);

/* Checks a checkpoint date: a real date (field "tanggal") from the day the
 * plan opened to its due day, both included. */
int improvement_checkpoint_date_check(const char *s, int64_t opened, int64_t *day,
				      struct kerr *err);

enum improvement_outcome { OUTCOME_NONE, OUTCOME_BERHASIL, OUTCOME_BELUM_BERHASIL };

/* "", "berhasil", "belum_berhasil" and "", "Berhasil", "Belum berhasil". */
const char *improvement_outcome_name(enum improvement_outcome o);
const char *improvement_outcome_label(enum improvement_outcome o);
/* Parses "berhasil" or "belum_berhasil" only; -1 for anything else. */
int improvement_outcome_parse(const char *name, enum improvement_outcome *out);
/* The recommendation recorded with an outcome when none is written: for
 * belum_berhasil, PP 30/2019's consequence to consider. */
const char *improvement_default_recommendation(enum improvement_outcome o);

/* Checks that an outcome may be recorded: one of the two (KERR_INVALID
 * "hasil"), none recorded yet (KERR_CONFLICT "hasil"), and progress
 * recorded at one checkpoint at least (KERR_CONFLICT "hasil": an outcome
 * is a judgement of the checkpoints). */
int improvement_outcome_check(enum improvement_outcome o, int already, int checkpoints_done,
			      struct kerr *err);

/* ---- the development plan -------------------------------------------------------------------- */

enum development_status { DEV_DIRENCANAKAN, DEV_BERJALAN, DEV_SELESAI, DEV_BATAL, DEV__STATES };

/* "direncanakan", "berjalan", "selesai", "batal" and their labels. */
const char *development_status_name(enum development_status s);
const char *development_status_label(enum development_status s);
int development_status_parse(const char *name, enum development_status *out);
/* 1 if an item is overdue today: not selesai or batal and its target date
 * has passed. */
int development_overdue(enum development_status s, int64_t target, int64_t today);

#endif
