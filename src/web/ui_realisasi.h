/*
 * ui_realisasi.h - private declarations shared by the realisasi pages
 * (ui_realisasi.c: loading, the page frame, the POST handlers;
 * ui_realisasi_parts.c: the results with their indicators, realisasi,
 * achievements, evidence and forms), and the checkpoint cell the period
 * page (ui_plan_period.c) shows with its "Tutup" button.
 */
#ifndef KINERJA_UI_REALISASI_H
#define KINERJA_UI_REALISASI_H

#include "core/err.h"
#include "domain/skp.h"
#include "store/monitor.h"
#include "store/store.h"

struct req;

/* Everything GET /skp/{id}/realisasi shows. */
struct realisasi_view {
	struct skp s;
	struct period period;
	struct employee owner;
	struct skp_monitor m;
	const struct checkpoint *cp;   /* the checkpoint shown (in m.cp), NULL if none */
	struct skp_capaian cap;        /* at cp */
	int owner_viewing;             /* the viewer is the SKP's owner */
	int may_record;                /* ... and may record at cp now */
	const char *why_read_only;     /* when not: why, for the owner */
	/* a refused POST: the IKI (or evidence) form and what was typed */
	int64_t failed_iki;
	const struct kerr *err;
	const char *typed_value, *typed_description, *typed_note;
};

/* ui_realisasi_parts.c: the summary of the SKP's achievement at the
 * checkpoint, and one card per result with its indicators. */
void realisasi_summary(struct req *r, const struct realisasi_view *v);
void realisasi_results(struct req *r, const struct realisasi_view *v);
/* "94,74%" (Indonesian decimal comma), or "\xe2\x80\x94" when unset. */
void pct_text(char *out, size_t size, struct pct p);

/* For the period page: the checkpoint's state and, for an administrator
 * while the period is terbuka or dikunci, a form closing it (with a
 * confirmation). */
void checkpoint_state_cell(struct req *r, const struct checkpoint *c, enum period_state ps);

#endif
