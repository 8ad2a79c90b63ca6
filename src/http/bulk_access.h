/*
 * bulk_access.h - who may ask for, see and download bulk documents of a
 * unit, shared by the pages and the API:
 *
 *   - asking: a pengelola kinerja for their scope unit and the units below
 *     it, a leader (who holds or acts in the post heading a unit) for that
 *     unit and the units below it, an administrator and an auditor (who
 *     reads every document) for any unit; anyone else is refused 403;
 *   - a job is seen and its file downloaded by whoever asked for it, and
 *     by administrators and auditors; others get 403;
 *   - a request over the size limit (config bulk_max_docs), or one that
 *     names an unknown unit, period, kind, checkpoint or format, is
 *     refused with the field named and nothing queued.
 */
#ifndef KINERJA_BULK_ACCESS_H
#define KINERJA_BULK_ACCESS_H

#include "store/bulk.h"

struct req;

/* The root of the units the caller may ask for (0: every unit), or -1. */
int64_t bulk_root(struct req *r);
/* 1 if the caller may ask for bulk documents at all; else 0 with
 * KERR_FORBIDDEN in err. */
int bulk_may_use(struct req *r, struct kerr *err);
/* 1 if the caller sees everybody's jobs (administrator, auditor). */
int bulk_sees_all(const struct req *r);

/* Fills the words of a spec: jenis "skp" | "evaluasi", titik (for
 * evaluasi: a checkpoint id or "tahunan"), format "zip" | "pdf" (NULL or
 * "": zip).  KERR_INVALID naming "jenis", "titik" or "format". */
int bulk_spec_words(const char *jenis, const char *titik, const char *format,
		    struct bulk_spec *spec, struct kerr *err);
/* Queues the job of `spec` for the caller: their access to the unit, the
 * unit, period and checkpoint, the size limit; then wakes this server's
 * worker.  *id is set; nothing is queued on any refusal. */
int bulk_ask(struct req *r, const struct bulk_spec *spec, int64_t *id, struct kerr *err);
/* Loads job `id` if the caller may see it (KERR_NOT_FOUND, KERR_FORBIDDEN);
 * wakes the worker, so a job queued by a server that has since stopped is
 * taken up.  bulk_job_release() it. */
int bulk_job_load(struct req *r, int64_t id, struct bulk_job *j, struct kerr *err);
/* Replies with the file of job `id` (as bulk_job_load checks), or the
 * error: 409 while it is not finished, 404 once it is dropped. */
int reply_bulk_file(struct req *r, int64_t id);

#endif
