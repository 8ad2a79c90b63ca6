/*
 * bulk_job.c - the bulk document jobs (see bulk.h): queueing one (audited),
 * reading one or a list with the names of its unit, period and
 * checkpoint, the worker's steps (claim, start, progress, finish, fail),
 * dropping old files and stale jobs, and serving the file.
 */
#include "store/bulk.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <stdlib.h>
#include <string.h>

void bulk_job_release(struct bulk_job *j)
{
	if (!j)
		return;
	free(j->missing);
	j->missing = NULL;
}

void bulk_jobs_free(struct bulk_job *j, size_t n)
{
	for (size_t i = 0; j && i < n; i++)
		bulk_job_release(&j[i]);
	free(j);
}

static json_t *spec_json(const struct bulk_spec *s, int64_t total)
{
	return json_pack("{s:I, s:I, s:s, s:o, s:s, s:I}", "unit_id", (json_int_t)s->unit_id,
			 "periode_id", (json_int_t)s->period_id, "jenis", bulk_kind_name(s->kind),
			 "titik", s->checkpoint_id ? json_integer(s->checkpoint_id) : json_null(),
			 "format", bulk_format_name(s->format), "total", (json_int_t)total);
}

static int queue_tx(struct db *db, const struct actor *who, int64_t user_id, const char *requester,
		    const struct bulk_spec *s, int64_t total, int64_t *id, struct kerr *err)
{
	int64_t now = now_unix();
	int rc = db_query_int(db,
		"INSERT INTO bulk_job (user_id, requester, unit_id, period_id, kind, checkpoint_id, "
		"format, total, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) "
		"RETURNING id",
		DB_ARGS(DB_INT(user_id), DB_TEXT(requester), DB_INT(s->unit_id), DB_INT(s->period_id),
			DB_TEXT(bulk_kind_name(s->kind)), DB_ID(s->checkpoint_id),
			DB_TEXT(bulk_format_name(s->format)), DB_INT(total), DB_INT(now)), id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "Permintaan dokumen massal tidak tersimpan")
			       : -1;
	return store_audit_json(db, who, "create", "bulk_job", *id, NULL, spec_json(s, total), err);
}

int store_bulk_queue(struct db *db, const struct actor *who, int64_t user_id,
		     const char *requester, const struct bulk_spec *spec, int64_t total,
		     int64_t *id, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, queue_tx(db, who, user_id, requester, spec, total, id, err), err);
}

/* ---- reading ---------------------------------------------------------------------------- */

#define JOB_COLUMNS \
	"j.id, j.user_id, j.requester, j.unit_id, j.period_id, j.kind, COALESCE(j.checkpoint_id, 0), " \
	"j.format, j.total, j.done, j.state, j.error, j.missing, j.missing_count, j.file_name, " \
	"j.file_size, j.created_at, COALESCE(j.started_at, 0), j.updated_at, " \
	"COALESCE(j.finished_at, 0), u.code, u.name, p.name, p.year, COALESCE(c.name, ''), " \
	"(SELECT COUNT(*) FROM bulk_file f WHERE f.job_id = j.id) "
#define JOB_FROM \
	"FROM bulk_job j JOIN units u ON u.id = j.unit_id JOIN periods p ON p.id = j.period_id " \
	"LEFT JOIN checkpoints c ON c.id = j.checkpoint_id "

static void job_from_row(struct db_rows *rows, struct bulk_job *j, int64_t now)
{
	memset(j, 0, sizeof *j);
	j->id = db_int(rows, 0);
	j->user_id = db_int(rows, 1);
	copy_str(j->requester, sizeof j->requester, db_text(rows, 2));
	j->spec.unit_id = db_int(rows, 3);
	j->spec.period_id = db_int(rows, 4);
	bulk_kind_parse(db_text(rows, 5), &j->spec.kind);
	j->spec.checkpoint_id = db_int(rows, 6);
	bulk_format_parse(db_text(rows, 7), &j->spec.format);
	j->total = db_int(rows, 8);
	j->done = db_int(rows, 9);
	if (bulk_state_parse(db_text(rows, 10), &j->state))
		j->state = BULK_GAGAL;
	copy_str(j->error, sizeof j->error, db_text(rows, 11));
	j->missing = xstrdup(db_text(rows, 12));
	j->missing_count = db_int(rows, 13);
	copy_str(j->file_name, sizeof j->file_name, db_text(rows, 14));
	j->file_size = db_int(rows, 15);
	j->created_at = db_int(rows, 16);
	j->started_at = db_int(rows, 17);
	j->updated_at = db_int(rows, 18);
	j->finished_at = db_int(rows, 19);
	copy_str(j->names.unit_code, sizeof j->names.unit_code, db_text(rows, 20));
	copy_str(j->names.unit_name, sizeof j->names.unit_name, db_text(rows, 21));
	copy_str(j->names.period_name, sizeof j->names.period_name, db_text(rows, 22));
	j->names.year = (int)db_int(rows, 23);
	copy_str(j->names.checkpoint, sizeof j->names.checkpoint, db_text(rows, 24));
	j->has_file = db_int(rows, 25) > 0 && !bulk_file_expired(j->finished_at, now);
	j->seen = bulk_state_seen(j->state, j->updated_at, now);
	if (j->seen != j->state && !j->error[0])
		copy_str(j->error, sizeof j->error, "Server yang mengerjakan permintaan ini berhenti "
			 "sebelum selesai; silakan minta lagi");
}

int store_bulk_get(struct db *db, int64_t id, int64_t now, struct bulk_job *out,
		   struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT " JOB_COLUMNS JOB_FROM "WHERE j.id = $1",
					DB_ARGS(DB_INT(id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		job_from_row(rows, out, now);
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "id", "Permintaan dokumen massal %lld tidak "
				"ditemukan", (long long)id);
	return rc < 0 ? -1 : 0;
}

int store_bulk_list(struct db *db, int64_t user_id, int limit, int64_t now,
		    struct bulk_job **out, size_t *n, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT " JOB_COLUMNS JOB_FROM
					"WHERE ($1 = 0 OR j.user_id = $1) ORDER BY j.id DESC LIMIT $2",
					DB_ARGS(DB_INT(user_id), DB_INT(limit)), err);
	*out = NULL;
	*n = 0;
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		*out = xrealloc(*out, (*n + 1) * sizeof **out);
		job_from_row(rows, &(*out)[(*n)++], now);
	}
	db_rows_free(rows);
	if (rc < 0) {
		bulk_jobs_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

/* ---- the worker's steps ----------------------------------------------------------------- */

int store_bulk_claim(struct db *db, int64_t now, int64_t *id, struct kerr *err)
{
	for (int tries = 0; tries < 20; tries++) {
		int rc = db_query_int(db, "SELECT MIN(id) FROM bulk_job WHERE state = 'menunggu'",
				      DB_NOARGS, id, err);
		if (rc < 0)
			return -1;
		if (rc == 0 || *id == 0)
			return 0;
		int64_t taken = db_exec(db, "UPDATE bulk_job SET state = 'berjalan', started_at = $2, "
					"updated_at = $2 WHERE id = $1 AND state = 'menunggu'",
					DB_ARGS(DB_INT(*id), DB_INT(now)), err);
		if (taken < 0)
			return -1;
		if (taken == 1)
			return 1;
		/* another server took it first: look again */
	}
	return 0;
}

int store_bulk_start(struct db *db, int64_t id, int64_t total, const char *missing,
		     int64_t missing_count, int64_t now, struct kerr *err)
{
	return db_exec(db, "UPDATE bulk_job SET total = $2, done = 0, missing = $3, "
		       "missing_count = $4, updated_at = $5 WHERE id = $1",
		       DB_ARGS(DB_INT(id), DB_INT(total), DB_TEXT(missing), DB_INT(missing_count),
			       DB_INT(now)), err) < 0 ? -1 : 0;
}

int store_bulk_progress(struct db *db, int64_t id, int64_t done, int64_t now, struct kerr *err)
{
	return db_exec(db, "UPDATE bulk_job SET done = $2, updated_at = $3 WHERE id = $1 "
		       "AND state = 'berjalan'", DB_ARGS(DB_INT(id), DB_INT(done), DB_INT(now)),
		       err) < 0 ? -1 : 0;
}

static int finish_tx(struct db *db, int64_t id, const char *file_name, const void *data,
		     size_t len, int64_t now, struct kerr *err)
{
	int64_t changed = db_exec(db, "UPDATE bulk_job SET state = 'selesai', done = total, "
				  "file_name = $2, file_size = $3, finished_at = $4, updated_at = $4 "
				  "WHERE id = $1 AND state = 'berjalan'",
				  DB_ARGS(DB_INT(id), DB_TEXT(file_name), DB_INT(len), DB_INT(now)),
				  err);
	if (changed < 0)
		return -1;
	if (changed == 0)
		return kerr_set(err, KERR_CONFLICT, "id", "Permintaan dokumen massal %lld sudah tidak "
				"berjalan", (long long)id);
	return db_exec(db, "INSERT INTO bulk_file (job_id, data) VALUES ($1, $2)",
		       DB_ARGS(DB_INT(id), DB_BLOB(data, len)), err) < 0 ? -1 : 0;
}

int store_bulk_finish(struct db *db, int64_t id, const char *file_name, const void *data,
		      size_t len, int64_t now, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, finish_tx(db, id, file_name, data, len, now, err), err);
}

int store_bulk_fail(struct db *db, int64_t id, const char *message, int64_t now,
		    struct kerr *err)
{
	return db_exec(db, "UPDATE bulk_job SET state = 'gagal', error = $2, finished_at = $3, "
		       "updated_at = $3 WHERE id = $1 AND state IN ('menunggu', 'berjalan')",
		       DB_ARGS(DB_INT(id), DB_TEXT(message), DB_INT(now)), err) < 0 ? -1 : 0;
}

int store_bulk_purge(struct db *db, int64_t now, struct kerr *err)
{
	if (db_exec(db, "DELETE FROM bulk_file WHERE job_id IN (SELECT id FROM bulk_job "
		    "WHERE finished_at IS NOT NULL AND finished_at <= $1)",
		    DB_ARGS(DB_INT(now - BULK_KEEP_SECS)), err) < 0)
		return -1;
	return db_exec(db, "UPDATE bulk_job SET state = 'gagal', error = $2, finished_at = $3 "
		       "WHERE state = 'berjalan' AND updated_at < $1",
		       DB_ARGS(DB_INT(now - BULK_STALE_SECS), DB_TEXT("Server yang mengerjakan "
			       "permintaan ini berhenti sebelum selesai; silakan minta lagi"),
			       DB_INT(now)), err) < 0 ? -1 : 0;
}

int store_bulk_file(struct db *db, int64_t id, void **data, size_t *len, struct kerr *err)
{
	return db_query_blob(db, "SELECT data FROM bulk_file WHERE job_id = $1",
			     DB_ARGS(DB_INT(id)), data, len, err);
}
