/*
 * guidance_access.c - who may read and record an employee's guidance
 * (see guidance_access.h).
 */
#include "http/guidance_access.h"
#include "http/auth.h"
#include "http/request.h"
#include "http/scope.h"

#include <string.h>

unsigned guidance_roles(struct req *r, int64_t employee_id)
{
	struct employee e;
	struct kerr err = KERR_INIT;
	int64_t me = r->who.employee_id;
	unsigned roles = 0;
	if (!r->who.user_id || store_employee_get(r->db, employee_id, &e, &err))
		return 0;
	if (me && me == e.id)
		roles |= GUIDE_SELF;
	else if (r->who.role == ROLE_ADMIN ||
		 (r->who.role == ROLE_PENGELOLA && may_manage_unit(r, e.unit_id)) ||
		 (me && r->who.role != ROLE_AUDITOR &&
		  store_employee_is_superior(r->db, me, e.id, &err) == 1))
		roles |= GUIDE_LEAD;
	if (roles || r->who.role == ROLE_AUDITOR || may_read_employee(r, &e))
		roles |= GUIDE_READ;
	return roles;
}

int guidance_roles_check(struct req *r, int64_t employee_id, unsigned *roles,
			 struct kerr *err)
{
	struct employee e;
	if (store_employee_get(r->db, employee_id, &e, err))
		return -1;
	*roles = guidance_roles(r, employee_id);
	if (*roles & GUIDE_READ)
		return 0;
	return kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat pembinaan pegawai ini");
}

int guidance_may(unsigned roles, unsigned need, const char *what, struct kerr *err)
{
	if (roles & need)
		return 1;
	if (need == GUIDE_SELF)
		kerr_set(err, KERR_FORBIDDEN, "", "Hanya pegawai yang bersangkutan yang dapat %s",
			 what);
	else if (need & GUIDE_SELF)
		kerr_set(err, KERR_FORBIDDEN, "", "Hanya pegawai yang bersangkutan, atasannya atau "
			 "pengelola kinerja unitnya yang dapat %s", what);
	else
		kerr_set(err, KERR_FORBIDDEN, "", "Hanya atasan pegawai (pejabat penilai atau di "
			 "atasnya) atau pengelola kinerja unitnya yang dapat %s", what);
	return 0;
}

/* The roles towards the employee of a record, or 403 (the record released
 * by the caller). */
static int record_roles(struct req *r, int64_t employee_id, unsigned *roles, struct kerr *err)
{
	*roles = guidance_roles(r, employee_id);
	if (*roles & GUIDE_READ)
		return 0;
	return kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat pembinaan pegawai ini");
}

int guidance_session_load(struct req *r, int64_t id, struct guidance_session *s,
			  unsigned *roles, struct kerr *err)
{
	if (store_guidance_session_get(r->db, id, s, err))
		return -1;
	if (!record_roles(r, s->employee_id, roles, err))
		return 0;
	guidance_session_release(s);
	return -1;
}

int guidance_plan_load(struct req *r, int64_t id, struct improvement_plan *p, unsigned *roles,
		       struct kerr *err)
{
	if (store_improvement_plan_get(r->db, id, p, err))
		return -1;
	if (!record_roles(r, p->employee_id, roles, err))
		return 0;
	improvement_plan_release(p);
	return -1;
}

int guidance_development_load(struct req *r, int64_t id, struct development_item *d,
			      unsigned *roles, struct kerr *err)
{
	if (store_development_get(r->db, id, d, err))
		return -1;
	if (!record_roles(r, d->employee_id, roles, err))
		return 0;
	development_item_release(d);
	return -1;
}

int guidance_may_lead_anyone(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	if (!r->who.employee_id || store_employee_get(r->db, r->who.employee_id, &e, &err))
		return 0;
	return store_employee_leads(r->db, e.id, e.position_id, &err) == 1;
}

int64_t guidance_hr_root(const struct req *r)
{
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR)
		return 0;
	if (r->who.role == ROLE_PENGELOLA)
		return r->who.scope_unit_id ? r->who.scope_unit_id : -1;
	return -1;
}
