/*
 * list_access.h - one list request (the employees, SKPs, assessments or
 * objections), read and checked the same way by the pages and the API:
 * the parameters (domain/listquery.h), who sees what, and the units,
 * period and checkpoint named checked against the data.
 *
 * Who sees which rows of a list (the viewer's scope):
 *   - administrator and auditor: every unit;
 *   - pengelola kinerja: their scope unit and the units below it;
 *   - an employee who heads a unit (Camat, Lurah, Kepala Seksi, ...):
 *     that unit and the units below it;
 *   - every employee (role pegawai, leaders too): the rows they take part
 *     in (their own SKP, assessment or case, and those they rate, explain
 *     or decide); a plain pegawai sees only those.
 * A unit filter must lie in the viewer's units, or hold the viewer's own
 * unit (it then shows what they see within it): an unknown unit is
 * KERR_INVALID "unit" (422), any other KERR_FORBIDDEN "unit" (403).
 */
#ifndef KINERJA_LIST_ACCESS_H
#define KINERJA_LIST_ACCESS_H

#include "domain/listquery.h"
#include "store/lists.h"

struct req;

struct list_request {
	const struct listq_spec *spec;
	struct listq q;
	struct list_filter f;          /* scope, filters, order and page for the store */
	int64_t scope_unit;            /* 0 every unit, -1 none, else that unit and below */
	struct unit *units;            /* every unit, and which the viewer may filter to */
	unsigned char *allow;
	size_t nu;
	struct period *periods;        /* every period (for the filter form) */
	size_t np;
	struct checkpoint *cps;        /* the chosen period's checkpoints (assessments) */
	size_t ncp;
};

/* Reads and checks the request's list parameters for `spec` (per_page
 * only when `api`); fills lr->f for the store.  0, or -1 with err (the
 * parameter named); list_request_release() it either way. */
int list_request_read(struct req *r, const struct listq_spec *spec, int api,
		      struct list_request *lr, struct kerr *err);
void list_request_release(struct list_request *lr);

/* The viewer's units for lists (see above): 0 every unit, -1 none. */
int list_scope_unit(struct req *r, int64_t *unit, struct kerr *err);

#endif
