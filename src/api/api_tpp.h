/*
 * api_tpp.h - the allowance (TPP) in JSON, private to the TPP API files
 * (api_tpp.c: rule sets, attendance and the route table; api_tpp_runs.c:
 * runs, items, comparison and export; api_tpp_json.c: the shapes and
 * reading a rule set) and to `kinerja tpp rules set`, which reads the
 * same JSON as POST /api/v1/tpp/aturan.
 *
 * Percentages are numbers in percent ("porsi_kinerja": 60, 2.5) or
 * strings ("2,5"), at most two decimals; amounts are whole rupiah.
 */
#ifndef KINERJA_API_TPP_H
#define KINERJA_API_TPP_H

#include <jansson.h>

#include "store/tpp.h"

struct req;

/* Reads a rule set from `body` (see docs/api-tpp.md): every part left out
 * keeps tpp_rules_default()'s value; "tahun" and "besaran" are required.
 * KERR_INVALID naming the field for a value of the wrong type, a
 * negative amount or an unknown key.  rs->instansi_id is 0 when
 * "instansi_id" is not given.  The rules are not checked here (the store
 * does: tpp_rules_check). */
int tpp_ruleset_from_json(json_t *body, struct tpp_ruleset *rs, struct kerr *err);
json_t *tpp_ruleset_to_json(const struct tpp_ruleset *rs);
/* A percentage in basis points as a JSON number of percent (60, 2.5). */
json_t *tpp_pct_json(int64_t bp);
json_t *tpp_run_to_json(const struct tpp_run *run);
/* An item; with its breakdown lines when it->lines_json is set. */
json_t *tpp_item_to_json(const struct tpp_item *it);

/* Handlers of api_tpp_runs.c, listed in api_tpp.c's route table. */
int api_tpp_run_list(struct req *r);
int api_tpp_run_create(struct req *r);
int api_tpp_run_get(struct req *r);
int api_tpp_run_recompute(struct req *r);
int api_tpp_run_approve(struct req *r);
int api_tpp_run_compare(struct req *r);
int api_tpp_run_export(struct req *r);
int api_tpp_item_get(struct req *r);
int api_tpp_mine(struct req *r);

#endif
