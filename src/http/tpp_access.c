/*
 * tpp_access.c - who may see and do what with the allowance (TPP) (see
 * tpp_access.h).
 */
#include "http/tpp_access.h"
#include "http/request.h"
#include "http/scope.h"

int tpp_is_hr(const struct req *r)
{
	return r->who.role == ROLE_ADMIN || r->who.role == ROLE_PENGELOLA;
}

/* 1 if the run's unit lies within the pengelola's scope. */
static int in_scope(struct req *r, const struct tpp_run *run)
{
	struct kerr err = KERR_INIT;
	int64_t scope = view_scope_unit(r);
	if (scope <= 0)
		return 0;
	return store_unit_within(r->db, run->unit_id, scope, &err) == 1;
}

int tpp_may_read_run(struct req *r, const struct tpp_run *run)
{
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR)
		return 1;
	return r->who.role == ROLE_PENGELOLA && in_scope(r, run);
}

int tpp_may_manage_run(struct req *r, const struct tpp_run *run)
{
	if (r->who.role == ROLE_ADMIN)
		return 1;
	return r->who.role == ROLE_PENGELOLA && in_scope(r, run);
}

int tpp_run_load(struct req *r, int64_t id, int manage, struct tpp_run *run, struct kerr *err)
{
	if (store_tpp_run_get(r->db, id, run, err))
		return -1;
	if (manage ? tpp_may_manage_run(r, run) : tpp_may_read_run(r, run))
		return 0;
	if (manage && tpp_may_read_run(r, run))
		return kerr_set(err, KERR_FORBIDDEN, "", "Hanya administrator dan pengelola kinerja "
				"unit ini yang dapat mengubah perhitungan TPP");
	return kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat perhitungan TPP ini");
}

int tpp_item_load(struct req *r, int64_t id, struct tpp_item *it, struct tpp_run *run,
		  struct kerr *err)
{
	if (store_tpp_item_get(r->db, id, it, err))
		return -1;
	if (store_tpp_run_get(r->db, it->run_id, run, err)) {
		tpp_item_release(it);
		return -1;
	}
	if ((r->who.employee_id && r->who.employee_id == it->employee_id) ||
	    tpp_may_read_run(r, run))
		return 0;
	tpp_item_release(it);
	return kerr_set(err, KERR_FORBIDDEN, "", "Anda hanya dapat melihat rincian TPP Anda sendiri");
}

int tpp_run_unit(struct req *r, int64_t asked, int64_t *unit_id, struct kerr *err)
{
	int64_t scope = view_scope_unit(r);
	if (r->who.role != ROLE_ADMIN && r->who.role != ROLE_PENGELOLA)
		return kerr_set(err, KERR_FORBIDDEN, "", "Hanya administrator dan pengelola kinerja "
				"yang dapat menghitung TPP");
	if (r->who.role == ROLE_ADMIN) {
		if (asked)
			*unit_id = asked;
		else if (store_tpp_instansi_default(r->db, unit_id, err))
			return -1;
		return 0;
	}
	if (scope <= 0)
		return kerr_set(err, KERR_FORBIDDEN, "unit", "Anda belum memiliki unit kelolaan");
	*unit_id = asked ? asked : scope;
	int in = store_unit_within(r->db, *unit_id, scope, err);
	if (in < 0)
		return -1;
	if (!in)
		return kerr_set(err, KERR_FORBIDDEN, "unit", "Unit kerja ini di luar unit yang Anda "
				"kelola");
	return 0;
}

int64_t tpp_import_scope(const struct req *r)
{
	return r->who.role == ROLE_ADMIN ? 0 : view_scope_unit(r);
}
