/*
 * router.h - the table of routes and who may use each.
 *
 * Every page and API route is one row: method, pattern, handler and the
 * access it needs.  The server checks the access before calling the handler;
 * handlers then check access to the particular object (an employee's own
 * record, a unit within a manager's scope).  Patterns are literal paths with
 * at most one `{id}` segment (a positive integer, put in r->path_id) and an
 * optional trailing `*` (the rest, in r->path_tail).
 */
#ifndef KINERJA_ROUTER_H
#define KINERJA_ROUTER_H

struct req;

enum access {
	ACCESS_PUBLIC,     /* anyone, logged in or not */
	ACCESS_LOGIN,      /* any logged-in user */
	ACCESS_READ_ALL,   /* pengelola (own scope), auditor, administrator */
	ACCESS_MANAGE,     /* pengelola (own scope), administrator */
	ACCESS_ADMIN,      /* administrator only */
};

typedef int (*handler_fn)(struct req *r);

struct route {
	const char *method;     /* "GET", "POST", ... */
	const char *pattern;
	handler_fn handler;
	enum access access;
};

/* Each resource module exports a table ending in { NULL }. */
extern const struct route ui_login_routes[];
extern const struct route ui_employees_routes[];
extern const struct route ui_org_routes[];
extern const struct route ui_audit_routes[];
extern const struct route api_employees_routes[];
extern const struct route api_org_routes[];
extern const struct route api_misc_routes[];
extern const struct route ui_plan_routes[];
extern const struct route ui_skp_routes[];
extern const struct route api_plan_routes[];
extern const struct route api_period_routes[];
extern const struct route ui_realisasi_routes[];
extern const struct route api_realisasi_routes[];
extern const struct route ui_feedback_routes[];
extern const struct route api_feedback_routes[];
extern const struct route ui_360_routes[];
extern const struct route api_360_routes[];
extern const struct route ui_assessment_routes[];
extern const struct route api_assessment_routes[];
extern const struct route ui_objection_routes[];
extern const struct route api_objection_routes[];
extern const struct route ui_tpp_routes[];
extern const struct route api_tpp_routes[];
extern const struct route ui_guidance_routes[];
extern const struct route api_guidance_routes[];
extern const struct route ui_briefing_routes[];
extern const struct route api_briefing_routes[];
extern const struct route ui_recognition_routes[];
extern const struct route api_recognition_routes[];
extern const struct route ui_evaluation_routes[];
extern const struct route api_evaluation_routes[];
extern const struct route ui_notify_routes[];
extern const struct route api_notify_routes[];
extern const struct route ui_document_routes[];
extern const struct route api_document_routes[];
extern const struct route ui_bulk_routes[];
extern const struct route api_bulk_routes[];
extern const struct route ui_report_routes[];
extern const struct route api_report_routes[];
extern const struct route ui_dashboard_routes[];
extern const struct route api_dashboard_routes[];
extern const struct route ui_analysis_routes[];
extern const struct route api_analysis_routes[];
extern const struct route ui_calibration_routes[];
extern const struct route api_calibration_routes[];

/* Finds the route for method and path, filling r->path_id / r->path_tail.
 * *method_mismatch is set when the path exists under another method. */
const struct route *router_match(struct req *r, int *method_mismatch);
/* 1 if the principal in r passes the route's access level. */
int access_allows(const struct req *r, enum access access);

#endif
