/*
 * objection_access.c - who may read and act on an objection, and serving
 * its attachments (see objection_access.h).
 */
#include "http/objection_access.h"
#include "http/html.h"
#include "http/request.h"
#include "http/skp_access.h"
#include "store/monitor.h"

#include <stdlib.h>
#include <string.h>

unsigned objection_roles(struct req *r, const struct objection *o)
{
	unsigned roles = 0;
	int64_t me = r->who.employee_id;
	int admin = r->who.role == ROLE_ADMIN;
	struct skp s;
	struct kerr err = KERR_INIT;
	if (me && me == o->employee_id)
		roles |= OBJ_ROLE_FILER;
	if ((o->assessor_id && me == o->assessor_id) || (!o->assessor_id && admin))
		roles |= OBJ_ROLE_EXPLAINER;
	if ((o->decider_id && me == o->decider_id) || (!o->decider_id && admin))
		roles |= OBJ_ROLE_DECIDER;
	if (roles || admin || r->who.role == ROLE_AUDITOR)
		return roles | OBJ_ROLE_READER;
	if (!store_skp_get(r->db, o->skp_id, &s, &err)) {
		if (may_read_skp(r, &s))
			roles |= OBJ_ROLE_READER;
		skp_release(&s);
	}
	return roles;
}

int objection_load(struct req *r, int64_t id, struct objection *o, unsigned *roles,
		   struct kerr *err)
{
	if (store_objection_get(r->db, id, o, err))
		return -1;
	*roles = objection_roles(r, o);
	if (*roles & OBJ_ROLE_READER)
		return 0;
	objection_release(o);
	return kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat keberatan ini");
}

int objection_may(unsigned roles, unsigned need, struct kerr *err)
{
	if (roles & need)
		return 1;
	switch (need) {
	case OBJ_ROLE_FILER:
		kerr_set(err, KERR_FORBIDDEN, "", "Hanya pegawai yang mengajukan keberatan yang "
			 "dapat menambah lampirannya");
		break;
	case OBJ_ROLE_EXPLAINER:
		kerr_set(err, KERR_FORBIDDEN, "", "Hanya pejabat penilai yang menilai pegawai ini "
			 "yang dapat memberi penjelasan");
		break;
	default:
		kerr_set(err, KERR_FORBIDDEN, "", "Hanya atasan pejabat penilai yang dapat meminta "
			 "penjelasan dan memutus keberatan ini");
	}
	return 0;
}

/* ---- multipart fields ------------------------------------------------------------------ */

const char *objection_form(struct req *r, const char *name, struct strbuf *buf)
{
	int found = 0;
	strbuf_reset(buf);
	for (size_t i = 0; i < r->form.n; i++) {
		const struct kv *kv = &r->form.items[i];
		if (!kv->filename && !strcmp(kv->key, name)) {
			strbuf_add(buf, kv->val, kv->len);
			found = 1;
		}
	}
	return found ? buf->buf : NULL;
}

const struct kv *objection_upload(struct req *r, const char *name)
{
	const struct kv *last = NULL;
	for (size_t i = 0; i < r->form.n; i++)
		if (r->form.items[i].filename && !strcmp(r->form.items[i].key, name))
			last = &r->form.items[i];
	return last;
}

/* ---- downloads ------------------------------------------------------------------------- */

static int may_read_case(struct req *r, int64_t objection_id, struct kerr *err)
{
	struct objection o;
	unsigned roles = 0;
	if (objection_load(r, objection_id, &o, &roles, err))
		return -1;
	objection_release(&o);
	return 0;
}

int reply_objection_attachment(struct req *r, int64_t id)
{
	struct kerr err = KERR_INIT;
	struct objection_attachment a;
	void *data = NULL;
	size_t len = 0;
	if (store_objection_attachment_get(r->db, id, &a, &err))
		return reply_error(r, &err);
	if (may_read_case(r, a.objection_id, &err) ||
	    store_objection_attachment_data(r->db, id, &data, &len, &err)) {
		objection_attachment_release(&a);
		return reply_error(r, &err);
	}
	const struct evidence_type *type = evidence_type_by_mime(a.content_type);
	reply_file(r, type ? type->mime : "application/octet-stream", a.name, data, len);
	objection_attachment_release(&a);
	return 0;
}
