/*
 * skp_access.c - who may see and act on an SKP.
 */
#include "http/skp_access.h"
#include "http/auth.h"
#include "http/request.h"
#include "store/plan.h"

enum skp_role skp_role_of(struct req *r, const struct skp *s)
{
	struct kerr err = KERR_INIT;
	int64_t assessor = 0;
	int64_t me = r->who.employee_id;
	if (me && me == s->employee_id)
		return SKP_ROLE_OWNER;
	if (me && me == s->assessor_id)
		return SKP_ROLE_ASSESSOR;
	if (store_skp_assessor(r->db, s, &assessor, NULL, &err) != 0)
		return SKP_ROLE_OTHER;
	if (me && assessor == me)
		return SKP_ROLE_ASSESSOR;
	/* The head of the whole organisation is assessed by someone outside
	 * it (the regional secretary, the mayor): an administrator records
	 * that decision. */
	if (!assessor && !s->assessor_id && r->who.role == ROLE_ADMIN)
		return SKP_ROLE_ASSESSOR;
	return SKP_ROLE_OTHER;
}

int may_read_skp(struct req *r, const struct skp *s)
{
	struct employee e;
	struct kerr err = KERR_INIT;
	if (!r->who.user_id)
		return 0;
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR)
		return 1;
	if (skp_role_of(r, s) != SKP_ROLE_OTHER)
		return 1;
	if (store_employee_get(r->db, s->employee_id, &e, &err))
		return 0;
	return may_read_employee(r, &e);
}

int may_edit_skp(struct req *r, const struct skp *s, enum period_state period)
{
	enum skp_state st;
	if (skp_state_parse(s->state, &st))
		return 0;
	return r->who.employee_id && r->who.employee_id == s->employee_id &&
	       skp_editable(st, period);
}
