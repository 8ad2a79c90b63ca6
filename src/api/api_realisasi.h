/*
 * api_realisasi.h - private to api_realisasi.c and api_realisasi_json.c:
 * the JSON shapes of monitoring (an SKP's realisasi per checkpoint with the
 * achievements, one realisasi, one piece of evidence, a checkpoint) and the
 * mapping of the store's field names to the API's.
 */
#ifndef KINERJA_API_REALISASI_H
#define KINERJA_API_REALISASI_H

#include <jansson.h>

#include "store/monitor.h"

/* What the caller may do, for the monitoring view. */
struct monitor_view {
	const struct skp *s;
	const struct period *p;
	const struct skp_monitor *m;
	int may_record;            /* the owner, the SKP approved, the period open or locked */
};

/* GET /api/v1/skp/{id}/realisasi: the SKP's checkpoints (those its months
 * overlap), each with every result and indicator, the realisasi and its
 * evidence, and the achievements. */
json_t *monitor_to_json(const struct monitor_view *v);
/* One realisasi; with_evidence: and its evidence among ev[0..n_ev) as
 * "bukti". */
json_t *realisasi_to_json(const struct realisasi *x, int with_evidence, const struct evidence *ev,
			  size_t n_ev);
json_t *evidence_to_json(const struct evidence *e);
json_t *checkpoint_state_json(const struct checkpoint *c);
/* A percentage rounded to two decimals, or null. */
json_t *pct_json(struct pct p);
/* The store's field name to the API's ("value" -> "nilai", ...); `skp`
 * names what a refusal about the SKP's state is put on. */
void realisasi_rename_field(struct kerr *err, const char *skp);

#endif
