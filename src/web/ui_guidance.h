/*
 * ui_guidance.h - the guidance (pembinaan) pages: the declarations private
 * to ui_guidance.c (the route table, the overview /pembinaan, one
 * employee's page, the pieces the pages share), ui_guidance_forms.c
 * (sessions and the development plan: their pages and forms) and
 * ui_guidance_plan.c (the improvement plan's page and forms); and the
 * link other pages show (guidance_plan_link).
 */
#ifndef KINERJA_UI_GUIDANCE_H
#define KINERJA_UI_GUIDANCE_H

#include "http/guidance_access.h"

struct req;

/* ---- for other pages ------------------------------------------------------------------ */

/* For the explanation page of a final assessment with a low predicate: a
 * line linking to the improvement plan it opened (nothing when none, or
 * when the caller may not read it). */
void guidance_plan_link(struct req *r, int64_t assessment_id);

/* ---- shared pieces (ui_guidance.c) ------------------------------------------------------ */

/* A textarea named `name` (id "f-NAME"), marked invalid with the message
 * when err is on that field. */
void guidance_textarea(struct req *r, const char *name, const char *label, const char *value,
		       int rows, const char *col, const struct kerr *err);
/* A breadcrumb: Pembinaan > the employee's page (when employee_id) > here. */
void guidance_crumbs(struct req *r, int64_t employee_id, const char *employee_name,
		     const char *here);
/* "Terlambat" (red), "Selesai" (green) or `open_label` badges. */
void guidance_badge(struct req *r, int overdue, int done, const char *open_label);
/* The improvement plans of a list as a table (the employee column when
 * `who`). */
void guidance_plans_table(struct req *r, const struct improvement_plan *v, size_t n, int who,
			  const char *empty);
/* The caller's name as recorded. */
void guidance_caller_name(struct req *r, char *out, size_t size);
/* The version of a form (field "version"), 0 when absent or bad. */
int64_t guidance_form_version(struct req *r);

/* ---- handlers (ui_guidance_forms.c) ------------------------------------------------------ */

int page_session_new(struct req *r);
int page_session_create(struct req *r);
int page_session(struct req *r);
int page_session_update(struct req *r);
int page_session_respond(struct req *r);
int page_session_delete(struct req *r);
int page_dev_new(struct req *r);
int page_dev_create(struct req *r);
int page_dev(struct req *r);
int page_dev_update(struct req *r);
int page_dev_delete(struct req *r);

/* ---- handlers (ui_guidance_plan.c) -------------------------------------------------------- */

int page_plan(struct req *r);
int page_plan_update(struct req *r);
int page_checkpoint_update(struct req *r);
int page_plan_outcome(struct req *r);

#endif
