/*
 * report_access.c - who may see the reports of a unit, and what a report
 * request names (see report_access.h).
 */
#include "http/report_access.h"
#include "http/auth.h"
#include "http/assess_access.h"
#include "http/recognition_access.h"
#include "http/request.h"
#include "store/recognition.h"
#include "store/tpp.h"

#include <stdint.h>
#include <string.h>

int report_may_see_unit(struct req *r, int64_t unit_id, struct kerr *err)
{
	struct unit u;
	if (store_unit_get(r->db, unit_id, &u, err)) {
		if (err->code == KERR_NOT_FOUND)
			kerr_set(err, KERR_NOT_FOUND, "unit", "Unit kerja %lld tidak ditemukan",
				 (long long)unit_id);
		return 0;
	}
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR)
		return 1;
	if (r->who.role == ROLE_PENGELOLA && may_manage_unit(r, unit_id))
		return 1;
	int leads = r->who.employee_id ? store_employee_leads_unit(r->db, r->who.employee_id,
								    unit_id, err) : 0;
	if (leads < 0)
		return 0;
	if (leads)
		return 1;
	kerr_set(err, KERR_FORBIDDEN, "unit", "Laporan unit %s hanya dapat dilihat pimpinan unit itu "
		 "(atau atasannya), pengelola kinerja yang membawahinya, auditor dan administrator; "
		 "capaian Anda sendiri ada di dasbor dan halaman SKP Anda", u.name);
	return 0;
}

int report_default_unit(struct req *r, int64_t *unit_id, struct kerr *err)
{
	*unit_id = 0;
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR) {
		struct kerr none = KERR_INIT;
		return store_tpp_instansi_default(r->db, unit_id, &none) &&
		       none.code != KERR_NOT_FOUND ? kerr_set(err, none.code, "", "%s", none.msg) : 0;
	}
	if (r->who.role == ROLE_PENGELOLA && r->who.scope_unit_id) {
		*unit_id = r->who.scope_unit_id;
		return 0;
	}
	if (!r->who.employee_id)
		return 0;
	return store_employee_headed_unit(r->db, r->who.employee_id, unit_id, err);
}

int64_t report_tpp_scope(const struct req *r)
{
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR)
		return 0;
	if (r->who.role == ROLE_PENGELOLA && r->who.scope_unit_id)
		return r->who.scope_unit_id;
	return -1;
}

/* ?dasar=tahunan|ID (the pages' filter form), else ?titik / ?jenis as
 * the curve pages read them. */
static int basis_of_query(struct req *r, struct report_req *out, struct kerr *err)
{
	const char *dasar = req_query(r, "dasar");
	long long id = 0;
	if (!dasar)
		return curve_basis_of_query(r, out->period.id, &out->basis, err);
	if (!strcmp(dasar, "tahunan"))
		out->basis = 0;
	else if (!parse_whole_in(dasar, 1, INT64_MAX, &id))
		out->basis = id;
	else
		return kerr_set(err, KERR_INVALID, "dasar", "dasar harus 'tahunan' atau ID titik "
				"periksa");
	return 0;
}

int report_req_of_query(struct req *r, struct report_req *out, struct kerr *err)
{
	memset(out, 0, sizeof *out);
	if (req_query_id(r, "unit", &out->unit_id, err) ||
	    rec_period_of_query(r, &out->period, err))
		return -1;
	if (!out->unit_id && report_default_unit(r, &out->unit_id, err))
		return -1;
	if (!out->unit_id)
		return kerr_set(err, KERR_FORBIDDEN, "unit", "Rekap dan laporan kontribusi unit hanya "
				"untuk pimpinan unit, pengelola kinerja, auditor dan administrator; "
				"capaian Anda sendiri ada di dasbor dan halaman SKP Anda");
	if (!report_may_see_unit(r, out->unit_id, err) || basis_of_query(r, out, err))
		return -1;
	out->tpp_scope = report_tpp_scope(r);
	return 0;
}
