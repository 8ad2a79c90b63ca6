/*
 * api_report.c - the JSON API of the reports: the recap of a unit and
 * period (GET /api/v1/laporan/rekap) and the contribution report (GET
 * /api/v1/laporan/kontribusi), both with ?periode=ID&unit=ID and
 * ?titik=ID or ?jenis=tahunan.  Who may see which unit, and whether the
 * TPP column is there, is http/report_access.h's; the shapes are
 * api_report_json.c's.
 */
#include "api/api_report.h"
#include "http/report_access.h"
#include "http/request.h"
#include "http/router.h"
#include "core/timeutil.h"

#include <stddef.h>

/* GET /api/v1/laporan/rekap */
static int api_recap(struct req *r)
{
	struct report_req q;
	struct kerr err = KERR_INIT;
	struct recap rc;
	char today[11];
	if (report_req_of_query(r, &q, &err))
		return reply_error(r, &err);
	date_wib(today, now_unix());
	struct recap_query rq = { q.period.id, q.unit_id, q.basis, q.tpp_scope, today };
	if (store_recap(r->db, &rq, &rc, &err)) {
		recap_release(&rc);
		return reply_error(r, &err);
	}
	json_t *body = recap_to_json(&rc);
	recap_release(&rc);
	return reply_json(r, 200, body);
}

/* GET /api/v1/laporan/kontribusi */
static int api_contribution(struct req *r)
{
	struct report_req q;
	struct kerr err = KERR_INIT;
	struct contribution c;
	if (report_req_of_query(r, &q, &err))
		return reply_error(r, &err);
	if (store_contribution(r->db, q.period.id, q.unit_id, q.basis, &c, &err)) {
		contribution_release(&c);
		return reply_error(r, &err);
	}
	json_t *body = contribution_to_json(&c);
	contribution_release(&c);
	return reply_json(r, 200, body);
}

const struct route api_report_routes[] = {
	{ "GET", "/api/v1/laporan/rekap", api_recap, ACCESS_LOGIN },
	{ "GET", "/api/v1/laporan/kontribusi", api_contribution, ACCESS_LOGIN },
	{ NULL },
};
