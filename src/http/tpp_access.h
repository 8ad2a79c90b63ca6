/*
 * tpp_access.h - who may see and do what with the allowance (TPP), shared
 * by the pages and the API:
 *
 *   - an employee sees only their own items (amounts and breakdown), in
 *     draft and approved runs alike (a draft is marked as such);
 *   - HR (pengelola) computes, recomputes, approves, exports and compares
 *     the runs of units within their scope, imports attendance for the
 *     employees of their scope, and reads the rule sets;
 *   - an administrator does all of that for every unit and alone keeps
 *     the rule sets;
 *   - an auditor reads everything and changes nothing.
 */
#ifndef KINERJA_TPP_ACCESS_H
#define KINERJA_TPP_ACCESS_H

#include "store/tpp.h"

struct req;

/* 1 for an administrator or a pengelola. */
int tpp_is_hr(const struct req *r);
/* 1 if the caller may read every item of `run` (administrator, auditor,
 * a pengelola whose scope holds the run's unit); else 0. */
int tpp_may_read_run(struct req *r, const struct tpp_run *run);
/* 1 if the caller may recompute, approve or otherwise act on `run`. */
int tpp_may_manage_run(struct req *r, const struct tpp_run *run);
/* Loads run `id` for a caller who may read it (manage: act on it): 404
 * when missing, 403 otherwise (err set). */
int tpp_run_load(struct req *r, int64_t id, int manage, struct tpp_run *run, struct kerr *err);
/* Loads item `id` with its breakdown for its employee or a reader of its
 * run (*run filled): 404 / 403.  tpp_item_release() it. */
int tpp_item_load(struct req *r, int64_t id, struct tpp_item *it, struct tpp_run *run,
		  struct kerr *err);
/* The unit a new run covers: `asked` (0: the default, the instansi for an
 * administrator, the scope for a pengelola), refused (403 "unit") outside
 * a pengelola's scope. */
int tpp_run_unit(struct req *r, int64_t asked, int64_t *unit_id, struct kerr *err);
/* The root of the employees whose attendance the caller may import: 0 (all)
 * for an administrator, the scope unit for a pengelola (-1 when none). */
int64_t tpp_import_scope(const struct req *r);

#endif
