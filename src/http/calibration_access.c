/*
 * calibration_access.c - who may see the calibration table and its
 * figures, propose, decide and read proposals (see calibration_access.h).
 */
#include "http/calibration_access.h"
#include "http/assess_access.h"
#include "http/auth.h"
#include "http/r360_access.h"
#include "http/report_access.h"
#include "http/request.h"
#include "store/recognition.h"

#include <math.h>
#include <string.h>

/* HR: administrators, auditors, the pengelola over the unit. */
static int is_hr_of(struct req *r, int64_t unit_id)
{
	return r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR ||
	       (r->who.role == ROLE_PENGELOLA && may_manage_unit(r, unit_id));
}

int calib_req_of_query(struct req *r, struct calib_req *out, struct kerr *err)
{
	struct report_req rq;
	memset(out, 0, sizeof *out);
	if (calib_sort_parse(req_query(r, "urut"), &out->sort, err) ||
	    calib_dir_parse(req_query(r, "arah"), &out->desc, err))
		return -1;
	if (report_req_of_query(r, &rq, err)) {
		if (err->code != KERR_FORBIDDEN)
			return -1;
		kerr_clear(err);
		return kerr_set(err, KERR_FORBIDDEN, "unit", "Kalibrasi penilaian sebuah unit hanya "
				"untuk pimpinan unit itu (atau atasannya), pengelola kinerja yang "
				"membawahinya, auditor dan administrator");
	}
	out->period = rq.period;
	out->unit_id = rq.unit_id;
	out->basis = rq.basis;
	out->sees_flags = is_hr_of(r, out->unit_id);
	return 0;
}

/* Clears the 360 figures of the rows the caller may not see. */
static void mask_360(struct req *r, struct calib_table *t, int hr)
{
	for (size_t i = 0; i < t->n; i++) {
		struct calib_row *w = &t->rows[i];
		struct employee e = { .id = w->employee_id, .unit_id = w->unit_id };
		w->r360_visible = hr || r360_viewer_of(r, &e) != R360_NONE;
		if (w->r360_visible)
			continue;
		w->r360_answers = w->r360_shown = 0;
		w->r360_mean = NAN;
	}
}

int calib_table_for(struct req *r, const struct calib_req *q, struct calib_table *t,
		    struct kerr *err)
{
	struct calib_query cq = { q->period.id, q->unit_id, q->basis, q->sees_flags };
	if (store_calib_table(r->db, &cq, t, err))
		return -1;
	mask_360(r, t, is_hr_of(r, q->unit_id));
	if (!q->sees_flags)
		for (size_t i = 0; i < t->n; i++)
			t->rows[i].flags_known = 0, t->rows[i].assessor_flags = 0;
	calib_sort_rows(t->rows, t->n, q->sort, q->desc);
	return 0;
}

/* ---- proposing --------------------------------------------------------------------------- */

int calib_may_propose(struct req *r, int64_t assessment_id, struct kerr *err)
{
	int64_t unit = 0, employee = 0, assessor = 0, me = r->who.employee_id;
	if (store_calib_assessment_of(r->db, assessment_id, &unit, &employee, &assessor, err))
		return 0;
	if (me && me == employee) {
		kerr_set(err, KERR_FORBIDDEN, "penilaian_id", "Anda tidak dapat mengusulkan perubahan "
			 "atas penilaian Anda sendiri; gunakan keberatan bila tidak sepakat");
		return 0;
	}
	if (r->who.role == ROLE_ADMIN ||
	    (r->who.role == ROLE_PENGELOLA && may_manage_unit(r, unit)))
		return 1;
	int leads = me && r->who.role != ROLE_AUDITOR
		? store_employee_leads_unit(r->db, me, unit, err) : 0;
	if (leads < 0)
		return 0;
	if (leads)
		return 1;
	kerr_set(err, KERR_FORBIDDEN, "penilaian_id", "Usulan kalibrasi diajukan oleh pimpinan unit "
		 "pegawai ini (atau atasannya), pengelola kinerja yang membawahinya, atau "
		 "administrator");
	return 0;
}

int calib_row_proposable(struct req *r, const struct calib_row *w)
{
	int64_t me = r->who.employee_id;
	return r->who.role != ROLE_AUDITOR && w->final && !w->open_proposal &&
	       (!me || (me != w->employee_id && me != w->assessor_id));
}

/* ---- one proposal ------------------------------------------------------------------------ */

unsigned calib_roles(struct req *r, const struct calib_proposal *p)
{
	unsigned roles = 0;
	int64_t me = r->who.employee_id;
	int admin = r->who.role == ROLE_ADMIN;
	struct kerr err = KERR_INIT;
	if ((p->assessor_id && me == p->assessor_id) || (!p->assessor_id && admin))
		roles |= CALIB_ROLE_DECIDER;
	if ((p->proposer_user_id && p->proposer_user_id == r->who.user_id) || admin)
		roles |= CALIB_ROLE_PROPOSER;
	if (roles || r->who.role == ROLE_AUDITOR || report_may_see_unit(r, p->unit_id, &err))
		roles |= CALIB_ROLE_READER;
	return roles;
}

int calib_load(struct req *r, int64_t id, struct calib_proposal *p, unsigned *roles,
	       struct kerr *err)
{
	if (store_calib_get(r->db, id, p, err))
		return -1;
	*roles = calib_roles(r, p);
	if (*roles & CALIB_ROLE_READER)
		return 0;
	calib_proposal_release(p);
	return kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat usulan kalibrasi ini");
}

int calib_may_step(unsigned roles, enum calib_step step, struct kerr *err)
{
	if (step == CALIB_WITHDRAW) {
		if (roles & CALIB_ROLE_PROPOSER)
			return 1;
		kerr_set(err, KERR_FORBIDDEN, "", "Hanya pengusul yang dapat menarik usulan ini");
		return 0;
	}
	if (roles & CALIB_ROLE_DECIDER)
		return 1;
	kerr_set(err, KERR_FORBIDDEN, "", "Hanya pejabat penilai yang menilai pegawai ini yang "
		 "dapat menerima atau menolak usulan kalibrasi");
	return 0;
}
