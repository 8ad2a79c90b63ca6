/*
 * briefing_access.c - who may read, manage and acknowledge a guide, and
 * serving its attachments (see briefing_access.h).
 */
#include "http/briefing_access.h"
#include "http/scope.h"
#include "http/objection_access.h"
#include "http/request.h"
#include "store/monitor.h"

#include <stdlib.h>
#include <string.h>

int64_t guide_scope(const struct req *r)
{
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR)
		return 0;
	if (r->who.role == ROLE_PENGELOLA)
		return r->who.scope_unit_id ? r->who.scope_unit_id : -1;
	return -1;
}

/* 1 if a pengelola with scope `scope` sees guide g: its audience is the
 * whole office, or overlaps the scope (within it, or above it). */
static int hr_overlaps(struct req *r, int64_t scope, const struct guide *g)
{
	struct kerr err = KERR_INIT;
	if (scope <= 0)
		return scope == 0;
	if (!g->unit_id)
		return 1;
	return store_unit_within(r->db, g->unit_id, scope, &err) == 1 ||
	       store_unit_within(r->db, scope, g->unit_id, &err) == 1;
}

unsigned guide_roles(struct req *r, const struct guide *g)
{
	unsigned roles = 0;
	struct kerr err = KERR_INIT;
	int64_t scope = guide_scope(r);
	int addressed = 0;
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR ||
	    (r->who.role == ROLE_PENGELOLA && hr_overlaps(r, scope, g)))
		roles |= GUIDE_ROLE_HR;
	if ((roles & GUIDE_ROLE_HR) && r->who.role != ROLE_AUDITOR &&
	    !guide_may_target(r, g->unit_id, &err))
		roles |= GUIDE_ROLE_MANAGE;
	if (g->state != BRIEF_DRAF && r->who.employee_id &&
	    !store_guide_addresses(r->db, g, r->who.employee_id, &addressed, &err) && addressed)
		roles |= GUIDE_ROLE_ADDRESSED;
	return roles ? roles | GUIDE_ROLE_READER : 0;
}

int guide_load(struct req *r, int64_t id, struct guide *g, unsigned *roles, struct kerr *err)
{
	if (store_guide_get(r->db, id, g, err))
		return -1;
	*roles = guide_roles(r, g);
	if (*roles & GUIDE_ROLE_READER)
		return 0;
	int draft = g->state == BRIEF_DRAF;
	char audience[200];
	copy_str(audience, sizeof audience, g->unit_id ? g->unit_name : "seluruh pegawai aktif");
	guide_release(g);
	if (draft)
		return kerr_set(err, KERR_NOT_FOUND, "", "Panduan tidak ditemukan");
	return kerr_set(err, KERR_FORBIDDEN, "", "Panduan ini tidak ditujukan kepada Anda: "
			"ditujukan kepada %s", audience);
}

int guide_may(unsigned roles, unsigned need, struct kerr *err)
{
	if (roles & need)
		return 1;
	switch (need) {
	case GUIDE_ROLE_ADDRESSED:
		kerr_set(err, KERR_FORBIDDEN, "pegawai", "Panduan ini tidak ditujukan kepada Anda; "
			 "hanya pegawai yang dituju yang menyatakan memahaminya");
		break;
	case GUIDE_ROLE_MANAGE:
		kerr_set(err, KERR_FORBIDDEN, "", "Hanya administrator, atau pengelola kepegawaian "
			 "yang cakupannya meliputi seluruh tujuan panduan ini, yang dapat mengubahnya");
		break;
	default:
		kerr_set(err, KERR_FORBIDDEN, "", "Hanya pengelola kepegawaian dalam cakupannya, "
			 "auditor dan administrator yang melihat cakupan panduan ini");
	}
	return 0;
}

int guide_may_target(struct req *r, int64_t unit_id, struct kerr *err)
{
	return scope_may_address(r, unit_id, "Panduan", "menerbitkan panduan", err);
}

/* ---- downloads and multipart ------------------------------------------------------------ */

int reply_guide_attachment(struct req *r, int64_t id)
{
	struct kerr err = KERR_INIT;
	struct guide_attachment a;
	struct guide g;
	unsigned roles = 0;
	void *data = NULL;
	size_t len = 0;
	if (store_guide_attachment_get(r->db, id, &a, &err))
		return reply_error(r, &err);
	if (guide_load(r, a.guide_id, &g, &roles, &err) ||
	    (guide_release(&g), store_guide_attachment_data(r->db, id, &data, &len, &err))) {
		guide_attachment_release(&a);
		return reply_error(r, &err);
	}
	const struct evidence_type *type = evidence_type_by_mime(a.content_type);
	reply_file(r, type ? type->mime : "application/octet-stream", a.name, data, len);
	guide_attachment_release(&a);
	return 0;
}

const char *guide_form(struct req *r, const char *name, struct strbuf *buf)
{
	return objection_form(r, name, buf);
}

const struct kv *guide_upload(struct req *r, const char *name)
{
	return objection_upload(r, name);
}
