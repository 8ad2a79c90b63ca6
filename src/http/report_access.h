/*
 * report_access.h - who may see the reports of a unit (the recap and the
 * contribution report), shared by the pages, the API and the downloads:
 *
 *   - a unit's leaders (whoever holds or acts in the post heading it, or
 *     a post above that one: the Camat for the whole kecamatan, a Lurah
 *     for the kelurahan, a Kepala Seksi for the seksi), for the unit and
 *     the units below it;
 *   - the pengelola kinerja for the units of their scope;
 *   - auditors and administrators for every unit;
 *   - nobody else: a pegawai who leads nothing is refused (403) and finds
 *     their own figures on the dashboard, their SKP and their realisasi
 *     pages (the contribution report is not cut down to one person's
 *     line of the cascade: their line is their SKP's intervensi, shown
 *     on the SKP and cascade pages).
 *
 * The TPP column of the recap is there only for those who may read the
 * TPP runs (http/tpp_access.h): administrators and auditors (every
 * approved run), a pengelola (the runs of units within their scope).  A
 * leader sees the recap without it.
 */
#ifndef KINERJA_REPORT_ACCESS_H
#define KINERJA_REPORT_ACCESS_H

#include "store/report.h"

struct req;

/* What a report request names, checked. */
struct report_req {
	struct period period;
	int64_t unit_id;
	int64_t basis;         /* a checkpoint of the period, 0 tahunan (store_report_basis) */
	int64_t tpp_scope;     /* recap_query.tpp_scope for the caller */
};

/* Reads ?periode=ID (default the current period), ?unit=ID (default the
 * caller's: the whole organisation's top unit for an administrator or an
 * auditor, the scope for a pengelola, the unit they head otherwise) and
 * ?titik=ID or ?jenis=tahunan (default the curve pages' basis), and
 * checks the caller may see the unit.  KERR_INVALID naming a malformed
 * parameter, KERR_NOT_FOUND an unknown period or unit ("periode",
 * "unit"; an unknown checkpoint is the store's "titik"), KERR_FORBIDDEN
 * a unit the caller may not see. */
int report_req_of_query(struct req *r, struct report_req *out, struct kerr *err);
/* 1 if the caller may see the reports of unit `unit_id`; else 0 with
 * KERR_FORBIDDEN (an unknown unit: KERR_NOT_FOUND "unit"). */
int report_may_see_unit(struct req *r, int64_t unit_id, struct kerr *err);
/* The unit the reports open on for the caller (0: none they may see). */
int report_default_unit(struct req *r, int64_t *unit_id, struct kerr *err);
/* -1 without the TPP column, 0 every approved run, else the scope unit. */
int64_t report_tpp_scope(const struct req *r);

#endif
