/*
 * schema_report.c - migration of the bulk document jobs (see schema.h):
 *
 *   - bulk_job: one request for the documents of a unit (and the units
 *     below it) in a period: who asked (the account, and their name as
 *     shown), the unit, the period, the kind (skp / evaluasi: of
 *     checkpoint_id, NULL for the tahunan one), the format (zip / pdf),
 *     how many documents in all and how many made, the state (menunggu ->
 *     berjalan -> selesai / gagal) with the error of a failed one, the
 *     people left out (one "NIP<TAB>name<TAB>reason" line each), the
 *     file's name and size, and its times.  updated_at moves with every
 *     progress report, so a job whose server died shows by its age;
 *   - bulk_file: the finished file's bytes, apart from the row so lists
 *     never read them; dropped (with the row's file_size set to 0) once
 *     kept for a day.
 */
#include "store/schema.h"

const char schema_report[] =
	"CREATE TABLE bulk_job ("
	"  id {ID},"
	"  user_id BIGINT NOT NULL REFERENCES users(id),"
	"  requester TEXT NOT NULL DEFAULT '',"
	"  unit_id BIGINT NOT NULL REFERENCES units(id),"
	"  period_id BIGINT NOT NULL REFERENCES periods(id),"
	"  kind TEXT NOT NULL,"
	"  checkpoint_id BIGINT REFERENCES checkpoints(id),"
	"  format TEXT NOT NULL,"
	"  total BIGINT NOT NULL DEFAULT 0,"
	"  done BIGINT NOT NULL DEFAULT 0,"
	"  state TEXT NOT NULL DEFAULT 'menunggu',"
	"  error TEXT NOT NULL DEFAULT '',"
	"  missing TEXT NOT NULL DEFAULT '',"
	"  missing_count BIGINT NOT NULL DEFAULT 0,"
	"  file_name TEXT NOT NULL DEFAULT '',"
	"  file_size BIGINT NOT NULL DEFAULT 0,"
	"  created_at BIGINT NOT NULL,"
	"  started_at BIGINT,"
	"  updated_at BIGINT NOT NULL,"
	"  finished_at BIGINT);"
	"CREATE INDEX bulk_job_user ON bulk_job(user_id, id);"
	"CREATE INDEX bulk_job_state ON bulk_job(state, id);"
	"CREATE TABLE bulk_file ("
	"  job_id BIGINT PRIMARY KEY REFERENCES bulk_job(id) ON DELETE CASCADE,"
	"  data {BLOB} NOT NULL);";
