/*
 * r360_access.c - who may see and manage what of the 360-degree feedback.
 */
#include "http/r360_access.h"
#include "store/r360.h"
#include "http/auth.h"
#include "http/request.h"

enum r360_viewer r360_viewer_of(struct req *r, const struct employee *ratee)
{
	struct kerr err = KERR_INIT;
	int64_t assessor = 0, above = 0;
	int64_t me = r->who.employee_id;
	if (!r->who.user_id)
		return R360_NONE;
	if (me && me == ratee->id)
		return R360_SELF;
	if (me && store_employee_assessors(r->db, ratee->id, &assessor, &above, &err) == 0) {
		if (assessor == me)
			return R360_SUPERIOR;
		if (above == me)   /* the atasan pejabat penilai, who decides objections */
			return R360_HR;
	}
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR ||
	    (r->who.role == ROLE_PENGELOLA && may_manage_unit(r, ratee->unit_id)))
		return R360_HR;
	return R360_NONE;
}

int r360_results_access(struct req *r, int64_t ratee_id, struct employee *ratee,
			enum r360_viewer *viewer, struct kerr *err)
{
	struct kerr nf = KERR_INIT;
	if (store_employee_get(r->db, ratee_id, ratee, &nf))
		return kerr_set(err, nf.code, nf.code == KERR_NOT_FOUND ? "pegawai" : nf.field,
				"%s", nf.msg);
	*viewer = r360_viewer_of(r, ratee);
	if (*viewer == R360_NONE)
		return kerr_set(err, KERR_FORBIDDEN, "pegawai",
				"Anda tidak berhak melihat hasil 360 pegawai ini");
	return 0;
}

int r360_may_manage_ratee(struct req *r, const struct employee *ratee, int read_only,
			  struct kerr *err)
{
	int hr = r->who.role == ROLE_ADMIN || (read_only && r->who.role == ROLE_AUDITOR) ||
		 (r->who.role == ROLE_PENGELOLA && may_manage_unit(r, ratee->unit_id));
	if (!hr)
		return kerr_set(err, KERR_FORBIDDEN, "pegawai_id",
				"Pegawai ini di luar cakupan Anda");
	if (r->who.employee_id && r->who.employee_id == ratee->id)
		return kerr_set(err, KERR_FORBIDDEN, "pegawai_id",
				"Daftar penilai Anda sendiri tidak dapat Anda lihat atau ubah");
	return 0;
}

int r360_may_manage_rounds(struct req *r, struct kerr *err)
{
	int64_t outside = 0;
	if (r->who.role == ROLE_ADMIN)
		return 0;
	if (r->who.role != ROLE_PENGELOLA || !r->who.scope_unit_id)
		return kerr_set(err, KERR_FORBIDDEN, "putaran", "Hanya pengelola kepegawaian atau "
				"administrator yang mengatur putaran 360");
	if (store_round360_outside_scope(r->db, r->who.scope_unit_id, &outside, err))
		return -1;
	if (outside)
		return kerr_set(err, KERR_FORBIDDEN, "putaran", "Putaran 360 berlaku untuk seluruh "
				"instansi, dan %lld pegawai di luar cakupan Anda; putaran diatur oleh "
				"administrator", (long long)outside);
	return 0;
}

int r360_manage_ratee_id(struct req *r, int64_t id, const char *field, int read_only,
			 struct employee *out, struct kerr *err)
{
	struct kerr nf = KERR_INIT;
	if (!id)
		return kerr_set(err, KERR_INVALID, field, "Pilih pegawai yang dinilai");
	if (store_employee_get(r->db, id, out, &nf))
		return nf.code == KERR_NOT_FOUND
			? kerr_set(err, KERR_INVALID, field, "Pegawai dengan id %lld tidak ditemukan",
				   (long long)id)
			: kerr_set(err, nf.code, nf.field, "%s", nf.msg);
	return r360_may_manage_ratee(r, out, read_only, err);
}
