/*
 * bulk.h - storing bulk document jobs (dokumen massal, see
 * domain/bulk.h): who is in a unit's documents and who is left out
 * (bulk_items.c), and the jobs themselves with their progress and their
 * finished file, in the database so any of several servers shows a job's
 * progress and serves its file (bulk_job.c).
 *
 * Same conventions as store.h: all SQL in src/store, 0 / -1 with `err`.
 * Queueing a job is audited (entity "bulk_job"); the worker's progress
 * reports are not (they change no data anyone relies on).  Who may ask
 * for or read a job is the caller's to check (http/bulk_access.h).
 */
#ifndef KINERJA_STORE_BULK_H
#define KINERJA_STORE_BULK_H

#include "domain/bulk.h"
#include "store/store.h"

/* What a job makes. */
struct bulk_spec {
	int64_t unit_id;
	int64_t period_id;
	enum bulk_kind kind;
	int64_t checkpoint_id;     /* evaluasi: the checkpoint, 0 = tahunan; skp: 0 */
	enum bulk_format format;
};

/* The names behind a spec, as shown and used in file names. */
struct bulk_names {
	char unit_code[40];
	char unit_name[200];
	char period_name[120];
	int year;
	char checkpoint[40];       /* "Triwulan III"; "" for tahunan or the SKP */
};

/* Checks the spec against the data: the unit (KERR_INVALID "unit_id"),
 * the period ("periode_id") and, for an evaluation, the checkpoint of that
 * period ("titik"), each named in the message; fills *names. */
int store_bulk_resolve(struct db *db, const struct bulk_spec *spec, struct bulk_names *names,
		       struct kerr *err);

/* One document to make, or one person left out (gap != BULK_GAP_NONE). */
struct bulk_item {
	int64_t employee_id;
	int64_t skp_id;            /* 0: no SKP in the period */
	int64_t assessment_id;     /* evaluasi: the assessment, 0 none */
	char nip[20];
	char name[260];
	char unit_code[40];
	int seq;                   /* 1, or 2.. for a later SKP of the same person */
	enum bulk_gap gap;
};

/* The SKPs of the period whose post lies in the unit or below it (the
 * employee's unit when the SKP covers no post), and the active employees
 * of those units with no SKP in the period, in unit-code and name order;
 * *ndocs counts the items without a gap.  free() *out. */
int store_bulk_items(struct db *db, const struct bulk_spec *spec, struct bulk_item **out,
		     size_t *n, size_t *ndocs, struct kerr *err);
/* The people left out, one "NIP<TAB>name<TAB>reason" line each. */
void bulk_missing_text(const struct bulk_item *items, size_t n, struct strbuf *out);

/* ---- jobs ------------------------------------------------------------------------ */

struct bulk_job {
	int64_t id;
	int64_t user_id;
	char requester[300];
	struct bulk_spec spec;
	struct bulk_names names;
	int64_t total, done;
	enum bulk_state state;     /* as stored */
	enum bulk_state seen;      /* as a reader sees it (bulk_state_seen) */
	char error[512];
	char *missing;             /* see bulk_missing_text; never NULL once loaded */
	int64_t missing_count;
	char file_name[200];
	int64_t file_size;
	int has_file;              /* the file is still kept */
	int64_t created_at, started_at, updated_at, finished_at;
};

void bulk_job_release(struct bulk_job *j);
void bulk_jobs_free(struct bulk_job *j, size_t n);

/* Queues a job (state menunggu) of `total` documents asked by account
 * `user_id` (shown as `requester`); *id is set.  Audited. */
int store_bulk_queue(struct db *db, const struct actor *who, int64_t user_id,
		     const char *requester, const struct bulk_spec *spec, int64_t total,
		     int64_t *id, struct kerr *err);
/* The job `id` (KERR_NOT_FOUND "id" if none), seen at `now`. */
int store_bulk_get(struct db *db, int64_t id, int64_t now, struct bulk_job *out,
		   struct kerr *err);
/* The newest `limit` jobs, of account user_id (0: everybody's). */
int store_bulk_list(struct db *db, int64_t user_id, int limit, int64_t now,
		    struct bulk_job **out, size_t *n, struct kerr *err);

/* Takes the oldest waiting job for this worker (menunggu -> berjalan):
 * 1 with *id, 0 when none waits, -1 on error.  Safe with several servers:
 * a job is taken once. */
int store_bulk_claim(struct db *db, int64_t now, int64_t *id, struct kerr *err);
/* The worker's count of documents and the people left out, as found when
 * it starts. */
int store_bulk_start(struct db *db, int64_t id, int64_t total, const char *missing,
		     int64_t missing_count, int64_t now, struct kerr *err);
/* Progress: `done` documents made (updated_at moves with it). */
int store_bulk_progress(struct db *db, int64_t id, int64_t done, int64_t now, struct kerr *err);
/* The finished file: stored with its name, the job selesai. */
int store_bulk_finish(struct db *db, int64_t id, const char *file_name, const void *data,
		      size_t len, int64_t now, struct kerr *err);
/* The job failed with `message`. */
int store_bulk_fail(struct db *db, int64_t id, const char *message, int64_t now,
		    struct kerr *err);
/* Drops the files of jobs finished BULK_KEEP_SECS before now, and marks
 * as failed the running jobs nobody has updated for BULK_STALE_SECS. */
int store_bulk_purge(struct db *db, int64_t now, struct kerr *err);
/* The file's bytes (free() them): 1, or 0 when it is not (or no longer)
 * kept, -1 on error. */
int store_bulk_file(struct db *db, int64_t id, void **data, size_t *len, struct kerr *err);

#endif
