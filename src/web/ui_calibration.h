/*
 * ui_calibration.h - the calibration pages (ui_calibration.c: the table of
 * a unit, and the route table; ui_calibration_proposal.c: proposing and
 * one proposal with its decision forms), and the pieces other pages show:
 * the proposals waiting on the pejabat penilai (on /penilaian) and the
 * link to a unit's calibration (on /predikat-unit/{id} and /analisis).
 */
#ifndef KINERJA_UI_CALIBRATION_H
#define KINERJA_UI_CALIBRATION_H

#include <stdint.h>

#include "http/calibration_access.h"

struct req;

/* The proposals waiting on the caller's decision, as a section (nothing
 * when none). */
void calibration_inbox(struct req *r);
/* A button to the calibration of unit `unit_id` in period `period_id`
 * on basis `basis` (a checkpoint, 0 tahunan), when the caller may see it. */
void calibration_link(struct req *r, int64_t period_id, int64_t unit_id, int64_t basis);
/* The same for the unit the caller's reports open on (nothing when they
 * lead no unit and are not HR), on the curve pages' default basis. */
void calibration_link_own(struct req *r, int64_t period_id);

/* ---- shared by the two files -------------------------------------------------------------- */

/* "Triwulan III 2026" / "Tahunan 2026" of a proposal, plain text. */
void calib_what(char *out, size_t size, const struct calib_proposal *p);
/* The state of a proposal as a badge. */
void calib_state_badge(struct req *r, enum calib_state s);

int page_calib_propose_form(struct req *r);
int page_calib_propose(struct req *r);
int page_calib_proposal(struct req *r);
int page_calib_accept(struct req *r);
int page_calib_reject(struct req *r);
int page_calib_withdraw(struct req *r);

#endif
