/*
 * feedback_access.c - who may read and write continuous feedback on an SKP
 * (see feedback_access.h).
 */
#include "http/feedback_access.h"
#include "http/request.h"
#include "http/skp_access.h"

#include <string.h>

/* The caller's name as it signs a message: the employee's with their
 * titles ("Drs. Budi Santoso, M.Si."), else the account's. */
static void author_name(struct req *r, char *out, size_t size)
{
	struct employee e;
	struct kerr err = KERR_INIT;
	if (!r->who.employee_id || store_employee_get(r->db, r->who.employee_id, &e, &err)) {
		copy_str(out, size, r->who.name);
		return;
	}
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "%s%s%s%s%s", e.front_title, e.front_title[0] ? " " : "", e.name,
		    e.back_title[0] ? ", " : "", e.back_title);
	copy_str(out, size, sb.buf);
	strbuf_release(&sb);
}

int fb_ctx_load(struct req *r, int64_t skp_id, struct fb_ctx *c, struct kerr *err)
{
	enum period_state ps;
	struct kerr why = KERR_INIT;
	memset(c, 0, sizeof *c);
	if (store_skp_get(r->db, skp_id, &c->s, err))
		return -1;
	if (!may_read_skp(r, &c->s)) {
		skp_release(&c->s);
		return kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat SKP ini");
	}
	if (store_period_get(r->db, c->s.period_id, &c->p, err) ||
	    period_state_parse(c->p.state, &ps)) {
		skp_release(&c->s);
		return kerr_is_set(err) ? -1 : kerr_set(err, KERR_INTERNAL, "",
							"Periode SKP ini tidak dapat dibaca");
	}
	c->role = skp_role_of(r, &c->s);
	c->open = feedback_open(&c->s, &c->p, &why) == 0;
	author_name(r, c->author_name, sizeof c->author_name);
	return 0;
}

void fb_ctx_release(struct fb_ctx *c)
{
	skp_release(&c->s);
}

int fb_is_superior(const struct fb_ctx *c)
{
	return c->role == SKP_ROLE_ASSESSOR;
}

int fb_may_start(const struct fb_ctx *c, struct kerr *err)
{
	if (c->role == SKP_ROLE_ASSESSOR)
		return 1;
	if (c->role == SKP_ROLE_OWNER)
		kerr_set(err, KERR_FORBIDDEN, "", "Umpan balik dimulai oleh pejabat penilai; Anda "
			 "dapat membalas umpan balik yang Anda terima");
	else
		kerr_set(err, KERR_FORBIDDEN, "", "Hanya pejabat penilai yang dapat menulis umpan "
			 "balik pada SKP ini");
	return 0;
}

int fb_may_reply(const struct fb_ctx *c, struct kerr *err)
{
	if (c->role == SKP_ROLE_ASSESSOR || c->role == SKP_ROLE_OWNER)
		return 1;
	kerr_set(err, KERR_FORBIDDEN, "", "Hanya pegawai pemilik SKP dan pejabat penilainya yang "
		 "dapat membalas umpan balik");
	return 0;
}

struct feedback_author fb_author(const struct req *r, const struct fb_ctx *c)
{
	return (struct feedback_author){ .employee_id = r->who.employee_id,
					 .name = c->author_name,
					 .from_superior = fb_is_superior(c) };
}

int fb_mark_read(struct req *r, const struct fb_ctx *c, struct kerr *err)
{
	if (c->role != SKP_ROLE_ASSESSOR && c->role != SKP_ROLE_OWNER)
		return 0;
	return store_feedback_mark_read(r->db, c->s.id, fb_is_superior(c), NULL, err);
}
