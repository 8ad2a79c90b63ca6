/*
 * objection.h - the pure rules of an objection (keberatan) against a final
 * assessment: its states and the two decisions, the deadline counted in
 * calendar days (WIB, UTC+7) from the day the assessment was finalised,
 * the setting that holds it, and the checks on the texts of a case.  No
 * I/O: the store (store/objection.h) applies these.
 *
 * The course of a case: the employee files it (diajukan) with the atasan
 * pejabat penilai; the latter asks the pejabat penilai for an explanation
 * (penjelasan_diminta); the pejabat penilai answers (dijelaskan); the
 * atasan decides (diputus): the ratings stay (tetap) or are changed
 * (diubah).  The decision is final.
 */
#ifndef KINERJA_DOMAIN_OBJECTION_H
#define KINERJA_DOMAIN_OBJECTION_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"

enum objection_state {
	OBJ_DIAJUKAN, OBJ_PENJELASAN_DIMINTA, OBJ_DIJELASKAN, OBJ_DIPUTUS, OBJ__STATES
};

/* "diajukan", "penjelasan_diminta", "dijelaskan", "diputus" (stored and in
 * the API) and "Diajukan", "Penjelasan diminta", ... */
const char *objection_state_name(enum objection_state s);
const char *objection_state_label(enum objection_state s);
int objection_state_parse(const char *name, enum objection_state *out);

enum objection_decision { OBJ_UNDECIDED, OBJ_TETAP, OBJ_DIUBAH };

/* "", "tetap", "diubah" and "", "Penilaian tetap", "Penilaian diubah". */
const char *objection_decision_name(enum objection_decision d);
const char *objection_decision_label(enum objection_decision d);
/* Parses "tetap" or "diubah" only; -1 for anything else. */
int objection_decision_parse(const char *name, enum objection_decision *out);

/* 1 if the atasan pejabat penilai may decide in state s: once the
 * explanation has been asked for (answered or not). */
int objection_decidable(enum objection_state s);

/* Characters in the reasons, the question, the explanation and the
 * written decision. */
enum { OBJECTION_TEXT_MAX = 4000 };

/* Checks one of those texts: not blank, valid UTF-8, at most
 * OBJECTION_TEXT_MAX characters, line breaks allowed; KERR_INVALID on
 * `field`, the message naming it as `what`. */
int objection_text_check(const char *text, const char *field, const char *what,
			 struct kerr *err);

/* ---- the deadline ------------------------------------------------------------ */

#define OBJECTION_DAYS_KEY "batas_keberatan_hari"
enum { OBJECTION_DAYS_DEFAULT = 14, OBJECTION_DAYS_MIN = 1, OBJECTION_DAYS_MAX = 90 };

/* Checks the setting: OBJECTION_DAYS_MIN..OBJECTION_DAYS_MAX (KERR_INVALID
 * on "batas_keberatan_hari"). */
int objection_days_check(int64_t days, struct kerr *err);

/* The calendar day in WIB of a unix time: days since 1970-01-01. */
int64_t wib_day(int64_t unix_secs);
/* "17-04-2026" for a day of wib_day. */
void wib_day_text(int64_t day, char *out, size_t size);

/* The last day an objection may be filed: the WIB day the assessment was
 * finalised plus `days` (finalised on 3 April with 14 days: 17 April). */
int64_t objection_last_day(int64_t finalised_at, int days);
/* 0 if an objection may still be filed at `now`; else KERR_CONFLICT on
 * "batas_waktu" naming the last day and the number of days. */
int objection_deadline_check(int64_t finalised_at, int days, int64_t now, struct kerr *err);

#endif
