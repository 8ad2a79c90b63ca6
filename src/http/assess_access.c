/*
 * assess_access.c - who may rate, read and acknowledge assessments, and
 * set or read a unit's predicate and curve (see assess_access.h).
 */
#include "http/assess_access.h"
#include "http/auth.h"
#include "http/request.h"
#include "http/skp_access.h"

#include <stdlib.h>
#include <string.h>

void caller_display_name(struct req *r, char *out, size_t size)
{
	struct employee e;
	struct kerr err = KERR_INIT;
	if (!r->who.employee_id || store_employee_get(r->db, r->who.employee_id, &e, &err)) {
		copy_str(out, size, r->who.name[0] ? r->who.name : r->who.login);
		return;
	}
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "%s%s%s%s%s", e.front_title, e.front_title[0] ? " " : "", e.name,
		    e.back_title[0] ? ", " : "", e.back_title);
	copy_str(out, size, sb.buf);
	strbuf_release(&sb);
}

/* The unit of the post the SKP covers, and the unit that post heads. */
static int post_units(struct req *r, struct assess_ctx *c, struct kerr *err)
{
	struct position pos;
	c->unit_id = c->owner.unit_id;
	if (!c->s.position_id)
		return 0;
	if (store_position_get(r->db, c->s.position_id, &pos, err))
		return -1;
	c->unit_id = pos.unit_id;
	return store_position_heads(r->db, c->s.position_id, &c->headed_unit, err);
}

int assess_ctx_load(struct req *r, int64_t skp_id, struct assess_ctx *c, struct kerr *err)
{
	memset(c, 0, sizeof *c);
	if (store_skp_get(r->db, skp_id, &c->s, err))
		return -1;
	if (!may_read_skp(r, &c->s)) {
		skp_release(&c->s);
		return kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat SKP ini");
	}
	if (store_period_get(r->db, c->s.period_id, &c->p, err) ||
	    store_employee_get(r->db, c->s.employee_id, &c->owner, err) ||
	    post_units(r, c, err) || period_state_parse(c->p.state, &c->ps)) {
		skp_release(&c->s);
		return kerr_is_set(err) ? -1 : kerr_set(err, KERR_INTERNAL, "",
							"Periode SKP ini tidak dapat dibaca");
	}
	c->role = skp_role_of(r, &c->s);
	caller_display_name(r, c->caller_name, sizeof c->caller_name);
	return 0;
}

void assess_ctx_release(struct assess_ctx *c)
{
	skp_release(&c->s);
}

int assess_may_rate(const struct assess_ctx *c, struct kerr *err)
{
	if (c->role == SKP_ROLE_ASSESSOR)
		return 1;
	kerr_set(err, KERR_FORBIDDEN, "", "Hanya pejabat penilai pegawai ini yang dapat "
		 "menilai kinerjanya");
	return 0;
}

int assess_may_acknowledge(const struct assess_ctx *c, struct kerr *err)
{
	if (c->role == SKP_ROLE_OWNER)
		return 1;
	kerr_set(err, KERR_FORBIDDEN, "", "Hanya pegawai yang dinilai yang dapat menyatakan "
		 "telah mengetahui penilaiannya");
	return 0;
}

int assess_visible(const struct assess_ctx *c, const struct assessment *a)
{
	return a->id && (a->final || c->role == SKP_ROLE_ASSESSOR);
}

int assess_which(const char *jenis, const char *titik, enum assessment_kind *kind, int64_t *cp,
		 struct kerr *err)
{
	*cp = 0;
	*kind = ASSESS_PERIODIK;
	if (jenis && *jenis && assessment_kind_parse(jenis, kind))
		return kerr_set(err, KERR_INVALID, "jenis", "Jenis penilaian harus 'periodik' atau "
				"'tahunan'");
	if (*kind == ASSESS_TAHUNAN)
		return 0;
	char *end = NULL;
	long long v = titik ? strtoll(titik, &end, 10) : 0;
	if (!titik || !*titik || *end || v <= 0)
		return kerr_set(err, KERR_INVALID, "titik", "Penilaian periodik memerlukan titik "
				"periksa (titik=ID)");
	*cp = v;
	return 0;
}

/* ---- units ----------------------------------------------------------------------------- */

int unit_may_set(struct req *r, int64_t unit_id, struct kerr *err)
{
	struct kerr why = KERR_INIT;
	int64_t leader = 0;
	if (store_unit_leader(r->db, unit_id, &leader, &why)) {
		if (err)
			kerr_set(err, why.code, why.field, "%s", why.msg);
		return 0;
	}
	if ((leader && leader == r->who.employee_id) || (!leader && r->who.role == ROLE_ADMIN))
		return 1;
	if (err)
		kerr_set(err, KERR_FORBIDDEN, "", leader
			 ? "Predikat unit ini ditetapkan oleh pimpinan satu tingkat di atasnya "
			   "(pejabat penilai kepala unit)"
			 : "Predikat unit teratas ditetapkan oleh administrator");
	return 0;
}

int unit_may_read(struct req *r, int64_t unit_id, struct kerr *err)
{
	struct unit u;
	struct employee e;
	if (store_unit_get(r->db, unit_id, &u, err))
		return 0;
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR ||
	    (r->who.role == ROLE_PENGELOLA && may_manage_unit(r, unit_id)))
		return 1;
	if (r->who.employee_id && !store_employee_get(r->db, r->who.employee_id, &e, err) &&
	    e.unit_id == unit_id)
		return 1;
	kerr_clear(err);
	if (unit_may_set(r, unit_id, NULL))
		return 1;
	kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat predikat dan kurva unit ini");
	return 0;
}

int curve_basis_of_query(struct req *r, int64_t period_id, int64_t *checkpoint_id,
			 struct kerr *err)
{
	const char *jenis = req_query(r, "jenis");
	*checkpoint_id = 0;
	if (jenis && !strcmp(jenis, "tahunan"))
		return 0;
	if (jenis && strcmp(jenis, "periodik"))
		return kerr_set(err, KERR_INVALID, "jenis", "jenis harus 'periodik' atau 'tahunan'");
	if (req_query_id(r, "titik", checkpoint_id, err))
		return -1;
	if (*checkpoint_id)
		return 0;
	if (jenis)
		return kerr_set(err, KERR_INVALID, "titik", "Kurva periodik memerlukan titik "
				"periksa (titik=ID)");
	return store_curve_default_basis(r->db, period_id, checkpoint_id, err);
}
