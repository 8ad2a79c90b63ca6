/*
 * bulk_worker.c - the background worker of bulk documents (see
 * bulk_worker.h): the thread, its wake-ups, and running one job.
 */
#include "http/bulk_worker.h"
#include "http/request.h"
#include "doc/bulk_build.h"
#include "store/bulk.h"
#include "core/log.h"
#include "core/timeutil.h"

#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#define IDLE_WAKE_SECS 60
#define RETRY_OPEN_SECS 30

static pthread_once_t started = PTHREAD_ONCE_INIT;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static int kicked;
static struct app *worker_app;
static struct store *worker_store;   /* the worker's own connection */

struct progress_ctx {
	struct db *db;
	int64_t id;
};

static int on_progress(void *ctx, int64_t done, int64_t total)
{
	struct progress_ctx *p = ctx;
	struct kerr err = KERR_INIT;
	(void)total;
	if (store_bulk_progress(p->db, p->id, done, now_unix(), &err))
		log_warn("dokumen massal %lld: kemajuan tidak tersimpan: %s", (long long)p->id, err.msg);
	return 0;
}

/* Makes the file of job j and stores it. */
static int make_file(struct db *db, const struct bulk_job *j, struct kerr *err)
{
	struct bulk_item *items = NULL;
	size_t n = 0, ndocs = 0;
	struct strbuf missing = STRBUF_INIT, bytes = STRBUF_INIT;
	char title[600], name[200];
	int rc = store_bulk_items(db, &j->spec, &items, &n, &ndocs, err);
	if (!rc) {
		bulk_missing_text(items, n, &missing);
		rc = store_bulk_start(db, j->id, (int64_t)ndocs, missing.buf, (int64_t)(n - ndocs),
				      now_unix(), err);
	}
	if (!rc) {
		struct progress_ctx p = { db, j->id };
		bulk_title(j->spec.kind, &j->names, title, sizeof title);
		struct bulk_build_in in = { j->spec.kind, j->spec.format, items, n, title,
					    on_progress, &p };
		rc = bulk_build(db, &in, &bytes, err);
	}
	if (!rc) {
		bulk_file_name(j->spec.kind, j->names.checkpoint, j->names.unit_code, j->names.year,
			       j->spec.format, name, sizeof name);
		rc = store_bulk_finish(db, j->id, name, bytes.buf, bytes.len, now_unix(), err);
	}
	strbuf_release(&bytes);
	strbuf_release(&missing);
	free(items);
	return rc;
}

int bulk_run_job(struct db *db, int64_t id, struct kerr *err)
{
	struct bulk_job j;
	if (store_bulk_get(db, id, now_unix(), &j, err))
		return -1;
	int64_t t0 = now_mono_us();
	int rc = make_file(db, &j, err);
	if (rc) {
		struct kerr ignored = KERR_INIT;
		log_warn("dokumen massal %lld gagal: %s", (long long)id, err->msg);
		store_bulk_fail(db, id, err->msg, now_unix(), &ignored);
	} else {
		log_info("dokumen massal %lld selesai dalam %.1f detik", (long long)id,
			 (double)(now_mono_us() - t0) / 1e6);
	}
	bulk_job_release(&j);
	return rc;
}

/* Runs every waiting job; returns when none waits. */
static void drain(struct db *db)
{
	struct kerr err = KERR_INIT;
	int64_t id;
	if (store_bulk_purge(db, now_unix(), &err))
		log_warn("dokumen massal: pembersihan gagal: %s", err.msg);
	for (;;) {
		kerr_clear(&err);
		int rc = store_bulk_claim(db, now_unix(), &id, &err);
		if (rc < 0)
			log_warn("dokumen massal: antrean tidak terbaca: %s", err.msg);
		if (rc != 1)
			return;
		kerr_clear(&err);
		bulk_run_job(db, id, &err);
	}
}

/* Waits for a kick or IDLE_WAKE_SECS (`secs`). */
static void wait_for_work(int secs)
{
	struct timespec until;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += secs;
	pthread_mutex_lock(&lock);
	while (!kicked && pthread_cond_timedwait(&wake, &lock, &until) == 0)
		;
	kicked = 0;
	pthread_mutex_unlock(&lock);
}

static void *worker_main(void *arg)
{
	(void)arg;
	for (;;) {
		struct kerr err = KERR_INIT;
		if (!worker_store &&
		    store_open(store_url(worker_app->store), 1, &worker_store, &err)) {
			log_warn("dokumen massal: basis data tidak dapat dibuka: %s", err.msg);
			wait_for_work(RETRY_OPEN_SECS);
			continue;
		}
		struct db *db = store_acquire(worker_store);
		drain(db);
		store_release(worker_store, db);
		wait_for_work(IDLE_WAKE_SECS);
	}
	return NULL;
}

static void start_thread(void)
{
	pthread_t t;
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	if (pthread_create(&t, &attr, worker_main, NULL))
		log_warn("dokumen massal: thread pekerja tidak dapat dimulai");
	pthread_attr_destroy(&attr);
}

void bulk_worker_kick(struct app *app)
{
	pthread_mutex_lock(&lock);
	if (!worker_app)
		worker_app = app;
	kicked = 1;
	pthread_cond_signal(&wake);
	pthread_mutex_unlock(&lock);
	pthread_once(&started, start_thread);
}
