/*
 * ui_analysis.h - private to the rater analysis's pages (ui_analysis.c,
 * ui_analysis_raters.c, ui_analysis_more.c): the filter form, the
 * breadcrumb, numbers with a decimal comma, and the handlers the route
 * table in ui_analysis.c points at.
 */
#ifndef KINERJA_UI_ANALYSIS_H
#define KINERJA_UI_ANALYSIS_H

#include "http/analysis_access.h"

struct req;

/* The GET form choosing the period (and, with units, the unit) of `action`. */
void an_filters(struct req *r, const char *action, const struct an_view *v, int units);
/* Breadcrumb Analisis > `here`. */
void an_crumbs(struct req *r, const char *here);
/* x with `decimals` decimals and a decimal comma, "-" when not finite. */
const char *an_num(char *buf, size_t size, double x, int decimals);
/* Opens the view for HR, replying with the error itself (-1). */
int an_view_or_reply(struct req *r, struct an_view *v);
/* Runs the analysis of the view's period, replying with the error (-1). */
int an_run_or_reply(struct req *r, const struct an_view *v, struct analysis *a);
/* The flag badges of a rater. */
void an_badges(struct req *r, unsigned flags);

/* For the 360 pages: the logged-in employee's private nudge about the
 * ratings they gave in the newest period with a closed round (nothing
 * when nothing is flagged), and the adjusted aggregate of a person whose
 * results the caller may see (nothing where the raw results are hidden). */
void an_nudge_card(struct req *r);
void an_adjusted_card(struct req *r, int64_t period_id, int64_t employee_id, int scale);

int page_analysis_raters(struct req *r);
int page_analysis_rater(struct req *r);
int page_analysis_agreement(struct req *r);
int page_analysis_fairness(struct req *r);

#endif
