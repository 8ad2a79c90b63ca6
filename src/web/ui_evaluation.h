/*
 * ui_evaluation.h - the pages of evaluating the system: what other pages
 * show of them (the home page card of surveys waiting for the employee),
 * and the declarations private to the evaluation page files:
 * ui_evaluation.c (the route table, the overview /evaluasi with the
 * figures of every period side by side, the threshold setting, the home
 * card), ui_evaluation_survey.c (one survey: answering it, HR's steps,
 * its results) and ui_evaluation_form.c (writing and changing a draft).
 */
#ifndef KINERJA_UI_EVALUATION_H
#define KINERJA_UI_EVALUATION_H

#include "http/evaluation_access.h"

struct req;

/* The home page card: the surveys addressed to the employee that take
 * answers now and that they have not answered; nothing when none. */
void evaluation_home_card(struct req *r);

/* ---- shared by the evaluation pages ------------------------------------------------------- */

/* A badge for a survey's phase. */
void survey_phase_badge(struct req *r, enum survey_phase p);
/* Breadcrumbs: Evaluasi > (survey) > `here` (survey and here may be NULL). */
void evaluation_crumbs(struct req *r, const struct survey *s, const char *here);

/* ---- handlers ------------------------------------------------------------------------------- */

int page_survey(struct req *r);              /* ui_evaluation_survey.c */
int page_survey_answer(struct req *r);
int page_survey_open(struct req *r);
int page_survey_close(struct req *r);
int page_survey_results(struct req *r);
int page_survey_new(struct req *r);          /* ui_evaluation_form.c */
int page_survey_create(struct req *r);
int page_survey_edit(struct req *r);
int page_survey_update(struct req *r);

#endif
