/*
 * list_access.c - reading and checking one list request: parameters,
 * the viewer's scope, and the unit, period and checkpoint named (see
 * list_access.h).
 */
#include "http/list_access.h"
#include "http/auth.h"
#include "http/request.h"
#include "http/scope.h"
#include "store/list_table.h"
#include "store/monitor.h"
#include "store/recognition.h"

#include <stdlib.h>
#include <string.h>

static const char *query_param(void *ctx, const char *name)
{
	return req_query(ctx, name);
}

int list_scope_unit(struct req *r, int64_t *unit, struct kerr *err)
{
	*unit = -1;
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR) {
		*unit = 0;
		return 0;
	}
	if (r->who.role == ROLE_PENGELOLA) {
		*unit = r->who.scope_unit_id ? r->who.scope_unit_id : -1;
		return 0;
	}
	int64_t headed = 0;
	if (r->who.employee_id &&
	    store_employee_headed_unit(r->db, r->who.employee_id, &headed, err))
		return -1;
	if (headed)
		*unit = headed;
	return 0;
}

/* 1 if the viewer's own unit lies at or below unit index i (a filter that
 * still holds their own rows).  Not for a pengelola: their lists are their
 * scope, and a unit above it is outside it. */
static int holds_own_unit(struct req *r, const struct list_request *lr, size_t i)
{
	struct employee me;
	struct kerr ignored = KERR_INIT;
	if (r->who.role == ROLE_PENGELOLA || !r->who.employee_id ||
	    store_employee_get(r->db, r->who.employee_id, &me, &ignored))
		return 0;
	unsigned char *below = units_within(lr->units, lr->nu, lr->units[i].id);
	size_t own = unit_index_of(lr->units, lr->nu, me.unit_id);
	int holds = own < lr->nu && below[own];
	free(below);
	return holds;
}

/* The unit filter: known, and within the viewer's units (or holding
 * their own unit, so still showing their own rows). */
static int check_unit(struct req *r, const struct list_request *lr, struct kerr *err)
{
	if (!lr->q.unit_id)
		return 0;
	size_t i = unit_index_of(lr->units, lr->nu, lr->q.unit_id);
	if (i == lr->nu)
		return kerr_set(err, KERR_INVALID, "unit", "Unit kerja %lld tidak ada",
				(long long)lr->q.unit_id);
	if (!lr->allow[i] && !holds_own_unit(r, lr, i))
		return kerr_set(err, KERR_FORBIDDEN, "unit", "Unit kerja %s di luar unit yang dapat "
				"Anda lihat", lr->units[i].name);
	return 0;
}

static int check_period(struct req *r, struct list_request *lr, struct kerr *err)
{
	int found = 0;
	for (size_t i = 0; i < lr->np; i++)
		found |= lr->periods[i].id == lr->q.period_id;
	if (lr->q.period_id && !found)
		return kerr_set(err, KERR_INVALID, "periode", "Periode %lld tidak ada",
				(long long)lr->q.period_id);
	if (!lr->spec->assessment_kind || !lr->q.period_id)
		return 0;
	return store_checkpoint_list(r->db, lr->q.period_id, &lr->cps, &lr->ncp, err);
}

/* The checkpoint filter: one of the chosen period's, or any that exists. */
static int check_checkpoint(struct req *r, const struct list_request *lr, struct kerr *err)
{
	struct checkpoint c;
	struct kerr why = KERR_INIT;
	int64_t id = lr->q.checkpoint_id;
	if (!id)
		return 0;
	for (size_t i = 0; i < lr->ncp; i++)
		if (lr->cps[i].id == id)
			return 0;
	if (lr->q.period_id || store_checkpoint_get(r->db, id, &c, &why))
		return kerr_set(err, why.code && why.code != KERR_NOT_FOUND ? why.code : KERR_INVALID,
				"titik", "Titik penilaian %lld tidak ada%s", (long long)id,
				lr->q.period_id ? " pada periode yang dipilih" : "");
	return 0;
}

static void fill_filter(struct req *r, struct list_request *lr)
{
	list_filter_of(lr->spec, &lr->q, lr->scope_unit,
		       r->who.role == ROLE_PEGAWAI ? r->who.employee_id : 0,
		       r->who.role == ROLE_ADMIN, &lr->f);
}

int list_request_read(struct req *r, const struct listq_spec *spec, int api,
		      struct list_request *lr, struct kerr *err)
{
	memset(lr, 0, sizeof *lr);
	lr->spec = spec;
	if (listq_parse(spec, query_param, r, api, &lr->q, err) ||
	    list_scope_unit(r, &lr->scope_unit, err) ||
	    store_unit_list(r->db, &lr->units, &lr->nu, err))
		return -1;
	lr->allow = units_within(lr->units, lr->nu, lr->scope_unit);
	if (check_unit(r, lr, err))
		return -1;
	if (spec->period && (store_period_list(r->db, &lr->periods, &lr->np, err) ||
			     check_period(r, lr, err)))
		return -1;
	if (spec->assessment_kind && check_checkpoint(r, lr, err))
		return -1;
	fill_filter(r, lr);
	return 0;
}

void list_request_release(struct list_request *lr)
{
	free(lr->units);
	free(lr->allow);
	free(lr->periods);
	free(lr->cps);
	memset(lr, 0, sizeof *lr);
}
