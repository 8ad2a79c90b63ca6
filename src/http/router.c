/*
 * router.c - matching a request to its route, and the access levels.
 */
#include "http/router.h"
#include "http/request.h"

#include <stdlib.h>
#include <string.h>

static const struct route *const tables[] = {
	ui_login_routes, ui_employees_routes, ui_org_routes, ui_audit_routes,
	api_employees_routes, api_org_routes, api_misc_routes,
	ui_plan_routes, ui_skp_routes, api_plan_routes, api_period_routes,
	ui_realisasi_routes, api_realisasi_routes, ui_feedback_routes, api_feedback_routes,
	ui_360_routes, api_360_routes, ui_assessment_routes, api_assessment_routes,
	ui_objection_routes, api_objection_routes,
	ui_tpp_routes, api_tpp_routes,
	ui_guidance_routes, api_guidance_routes,
	ui_briefing_routes, api_briefing_routes,
	ui_recognition_routes, api_recognition_routes,
	ui_evaluation_routes, api_evaluation_routes,
	ui_notify_routes, api_notify_routes,
	ui_document_routes, api_document_routes,
	ui_bulk_routes, api_bulk_routes,
	ui_report_routes, api_report_routes,
	ui_dashboard_routes, api_dashboard_routes,
	ui_analysis_routes, api_analysis_routes,
	ui_calibration_routes, api_calibration_routes,
};

/* Matches one pattern against a path; fills *id / *tail on success. */
static int pattern_match(const char *pat, const char *path, int64_t *id, const char **tail)
{
	*id = 0;
	*tail = NULL;
	while (*pat) {
		if (pat[0] == '*' && pat[1] == '\0') {
			*tail = path;
			return 1;
		}
		if (strncmp(pat, "{id}", 4) == 0) {
			if (*path < '1' || *path > '9')
				return 0;
			char *end;
			long long v = strtoll(path, &end, 10);
			if (v <= 0 || end - path > 15)
				return 0;
			*id = v;
			path = end;
			pat += 4;
			continue;
		}
		if (*pat++ != *path++)
			return 0;
	}
	return *path == '\0';
}

const struct route *router_match(struct req *r, int *method_mismatch)
{
	*method_mismatch = 0;
	int head = strcmp(r->method, "HEAD") == 0;
	for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
		for (const struct route *rt = tables[t]; rt->method; rt++) {
			int64_t id;
			const char *tail;
			if (!pattern_match(rt->pattern, r->path, &id, &tail))
				continue;
			if (strcmp(rt->method, r->method) != 0 &&
			    !(head && strcmp(rt->method, "GET") == 0)) {
				*method_mismatch = 1;
				continue;
			}
			r->path_id = id;
			r->path_tail = tail;
			return rt;
		}
	}
	return NULL;
}

int access_allows(const struct req *r, enum access access)
{
	const struct principal *w = &r->who;
	if (access == ACCESS_PUBLIC)
		return 1;
	if (!w->user_id)
		return 0;
	switch (access) {
	case ACCESS_LOGIN: return 1;
	case ACCESS_READ_ALL:
		return w->role == ROLE_PENGELOLA || w->role == ROLE_AUDITOR || w->role == ROLE_ADMIN;
	case ACCESS_MANAGE: return w->role == ROLE_PENGELOLA || w->role == ROLE_ADMIN;
	case ACCESS_ADMIN: return w->role == ROLE_ADMIN;
	default: return 0;
	}
}
