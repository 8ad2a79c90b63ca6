/*
 * skp_access.c - who may see and act on an SKP, and serving an SKP's
 * evidence files to those who may read it.
 */
#include "http/skp_access.h"
#include "http/auth.h"
#include "http/html.h"
#include "http/request.h"
#include "store/monitor.h"

#include <stdlib.h>
#include <string.h>

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

int may_record_realisasi(struct req *r, const struct skp *s)
{
	return r->who.employee_id && r->who.employee_id == s->employee_id;
}

/* ---- evidence downloads ----------------------------------------------------------- */

/* Checks the principal may read the SKP `skp_id`; 403 otherwise. */
static int may_read_skp_id(struct req *r, int64_t skp_id, struct kerr *err)
{
	struct skp s;
	if (store_skp_get(r->db, skp_id, &s, err))
		return -1;
	int ok = may_read_skp(r, &s);
	skp_release(&s);
	return ok ? 0 : kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat SKP ini");
}

int reply_evidence_download(struct req *r, int64_t id)
{
	struct kerr err = KERR_INIT;
	struct evidence e;
	int64_t skp_id = 0;
	void *data = NULL;
	size_t len = 0;
	memset(&e, 0, sizeof e);
	if (store_evidence_get(r->db, id, &e, &skp_id, &err) || may_read_skp_id(r, skp_id, &err))
		goto fail;
	if (e.kind != EVIDENCE_FILE) {
		kerr_set(&err, KERR_NOT_FOUND, "", "Bukti dukung ini berupa tautan, bukan berkas");
		goto fail;
	}
	const struct evidence_type *type = evidence_type_by_mime(e.content_type);
	if (store_evidence_data(r->db, id, &data, &len, &err))
		goto fail;
	reply_file(r, type ? type->mime : "application/octet-stream", e.name, data, len);
	evidence_release(&e);
	return 0;
fail:
	evidence_release(&e);
	if (err.code == KERR_NOT_FOUND)
		copy_str(err.field, sizeof err.field, "");
	return reply_error(r, &err);
}
