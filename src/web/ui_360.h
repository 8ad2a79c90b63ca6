/*
 * ui_360.h - private declarations shared by the 360-degree feedback pages:
 * a rater's list and forms (ui_360.c, ui_360_form.c), HR's rounds and
 * rater lists (ui_360_rounds.c, ui_360_raters.c), the results and the
 * settings (ui_360_results.c).  The route table in ui_360.c points at the
 * handlers declared here; the helpers label groups and states alike on
 * every page.
 */
#ifndef KINERJA_UI_360_H
#define KINERJA_UI_360_H

#include <stdint.h>

#include "core/err.h"
#include "store/r360.h"

struct req;
struct strbuf;

/* ---- shared helpers (ui_360.c) -------------------------------------------------- */

/* "sebagai atasan", "sebagai rekan kerja", ... for a rater's form. */
const char *r360_role_phrase(const char *grp);
/* "Menunggu", "Sudah dijawab", "Ditolak"; the value itself if unknown. */
const char *r360_state_label(const char *state);
/* A badge for an assignment state, or a round state (terbuka, ditutup). */
void r360_badge(struct strbuf *out, const char *state);
/* The label of a rater group ("Atasan", "Rekan kerja", ...). */
const char *r360_group_label(const char *grp);
/* "2 Januari 2026" for a YYYY-MM-DD date (as on the planning pages). */
void r360_date(char *out, size_t size, const char *ymd);

/* Home page: the forms waiting for the logged-in rater (nothing if none). */
void home_360_notice(struct req *r);

/* ---- a rater's form (ui_360_form.c) ----------------------------------------------- */

int page_360_task(struct req *r);
int page_360_answer(struct req *r);
int page_360_decline(struct req *r);

/* ---- rounds (ui_360_rounds.c) ------------------------------------------------------- */

int page_360_rounds(struct req *r);
int page_360_round_open(struct req *r);
int page_360_round(struct req *r);
int page_360_round_update(struct req *r);
int page_360_round_close(struct req *r);
int page_360_round_remind(struct req *r);
/* Draws round `id` (with ?unit= or the rater list of `ratee`), showing
 * err (may be NULL) over it; replies with `status`. */
int round_page(struct req *r, int64_t id, int64_t ratee, const struct kerr *err, int status);

/* ---- the rater list of one person (ui_360_raters.c) ---------------------------------- */

/* The rater list of `ratee` with HR's forms, inside the round page. */
void raters_section(struct req *r, const struct round360 *rd, int64_t ratee,
		    const struct kerr *err);
int page_360_rater_add(struct req *r);
int page_360_rater_remove(struct req *r);

/* ---- results and settings (ui_360_results.c) ---------------------------------------- */

int page_360_results(struct req *r);
int page_360_settings(struct req *r);
int page_360_settings_save(struct req *r);

#endif
