/*
 * bulk_worker.h - the background worker of bulk documents: one thread per
 * server, with its own database connection, started by the first bulk
 * request the server sees.  It takes the oldest waiting job of the
 * database (whichever server queued it), makes its file, reports its
 * progress every few documents and stores the file; then the next.  It
 * wakes when kicked and once a minute, and then also drops old files and
 * marks stale jobs failed (store_bulk_purge).
 */
#ifndef KINERJA_BULK_WORKER_H
#define KINERJA_BULK_WORKER_H

#include <stdint.h>

#include "core/err.h"

struct app;
struct db;

/* Starts the worker of this process if it is not running, and wakes it. */
void bulk_worker_kick(struct app *app);

/* Runs job `id` (already claimed: berjalan) on db to the end: selesai with
 * its file, or gagal with the reason.  0, or -1 when it failed. */
int bulk_run_job(struct db *db, int64_t id, struct kerr *err);

#endif
