/*
 * migrations.c - the versioned database schema and the pool of connections.
 *
 * Each migration is one SQL script written for both databases; the only
 * dialect differences, the auto-increment key and binary data, are spelled
 * {ID} and {BLOB} and filled in per back end.  Migrations are applied in order at start-up, each in its own
 * transaction, and recorded in schema_version.  Never edit a released
 * migration: add a new one.  Times are unix seconds in BIGINT columns.
 */
#include "store/store.h"
#include "store/db.h"
#include "core/log.h"
#include "store/schema.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static const char *const migrations[] = {
	/* 1: the platform: organisation, employees, accounts, audit trail */
	"CREATE TABLE units ("
	"  id {ID},"
	"  code TEXT NOT NULL UNIQUE,"
	"  name TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  parent_id BIGINT REFERENCES units(id),"
	"  created_at BIGINT NOT NULL,"
	"  updated_at BIGINT NOT NULL);"
	"CREATE INDEX units_parent ON units(parent_id);"
	"CREATE TABLE employees ("
	"  id {ID},"
	"  nip TEXT NOT NULL UNIQUE,"
	"  nip_kind TEXT NOT NULL DEFAULT 'pns',"
	"  name TEXT NOT NULL,"
	"  name_key TEXT NOT NULL,"
	"  front_title TEXT NOT NULL DEFAULT '',"
	"  back_title TEXT NOT NULL DEFAULT '',"
	"  golongan TEXT NOT NULL DEFAULT '',"
	"  position_id BIGINT UNIQUE,"
	"  unit_id BIGINT NOT NULL REFERENCES units(id),"
	"  status TEXT NOT NULL DEFAULT 'aktif',"
	"  email TEXT NOT NULL DEFAULT '',"
	"  version BIGINT NOT NULL DEFAULT 1,"
	"  created_at BIGINT NOT NULL,"
	"  updated_at BIGINT NOT NULL);"
	"CREATE INDEX employees_unit ON employees(unit_id, name_key);"
	"CREATE TABLE positions ("
	"  id {ID},"
	"  code TEXT NOT NULL UNIQUE,"
	"  name TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  unit_id BIGINT NOT NULL REFERENCES units(id),"
	"  parent_id BIGINT REFERENCES positions(id),"
	"  plt_employee_id BIGINT REFERENCES employees(id),"
	"  created_at BIGINT NOT NULL,"
	"  updated_at BIGINT NOT NULL);"
	"CREATE INDEX positions_parent ON positions(parent_id);"
	"CREATE INDEX positions_unit ON positions(unit_id);"
	"CREATE INDEX positions_plt ON positions(plt_employee_id);"
	"CREATE TABLE users ("
	"  id {ID},"
	"  login TEXT NOT NULL UNIQUE,"
	"  employee_id BIGINT UNIQUE REFERENCES employees(id),"
	"  name TEXT NOT NULL DEFAULT '',"
	"  password_hash TEXT NOT NULL,"
	"  role TEXT NOT NULL DEFAULT 'pegawai',"
	"  scope_unit_id BIGINT REFERENCES units(id),"
	"  disabled BIGINT NOT NULL DEFAULT 0,"
	"  created_at BIGINT NOT NULL,"
	"  updated_at BIGINT NOT NULL);"
	"CREATE TABLE sessions ("
	"  id {ID},"
	"  token_hash TEXT NOT NULL UNIQUE,"
	"  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
	"  csrf TEXT NOT NULL,"
	"  ip TEXT NOT NULL DEFAULT '',"
	"  created_at BIGINT NOT NULL,"
	"  expires_at BIGINT NOT NULL);"
	"CREATE INDEX sessions_user ON sessions(user_id);"
	"CREATE INDEX sessions_expiry ON sessions(expires_at);"
	"CREATE TABLE api_tokens ("
	"  id {ID},"
	"  token_hash TEXT NOT NULL UNIQUE,"
	"  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
	"  name TEXT NOT NULL DEFAULT '',"
	"  revoked BIGINT NOT NULL DEFAULT 0,"
	"  created_at BIGINT NOT NULL);"
	"CREATE TABLE login_throttle ("
	"  key TEXT PRIMARY KEY,"
	"  failures BIGINT NOT NULL,"
	"  window_start BIGINT NOT NULL,"
	"  locked_until BIGINT NOT NULL);"
	"CREATE TABLE audit_log ("
	"  id {ID},"
	"  at BIGINT NOT NULL,"
	"  user_id BIGINT,"
	"  login TEXT NOT NULL,"
	"  ip TEXT NOT NULL DEFAULT '',"
	"  action TEXT NOT NULL,"
	"  entity TEXT NOT NULL,"
	"  entity_id BIGINT,"
	"  before_json TEXT,"
	"  after_json TEXT);"
	"CREATE INDEX audit_entity ON audit_log(entity, entity_id);"
	"CREATE INDEX audit_at ON audit_log(at);",

	/* 2: performance planning: periods and checkpoints, organisation goals,
	 * SKP with RHK (cascading through parent_rhk_id), IKI, behaviour
	 * expectations, lampiran and the workflow history. */
	"CREATE TABLE periods ("
	"  id {ID},"
	"  name TEXT NOT NULL,"
	"  year BIGINT NOT NULL,"
	"  start_date TEXT NOT NULL,"
	"  end_date TEXT NOT NULL,"
	"  plan_due TEXT NOT NULL,"
	"  cadence TEXT NOT NULL DEFAULT 'triwulan',"
	"  state TEXT NOT NULL DEFAULT 'draft',"
	"  created_at BIGINT NOT NULL,"
	"  updated_at BIGINT NOT NULL);"
	"CREATE TABLE checkpoints ("
	"  id {ID},"
	"  period_id BIGINT NOT NULL REFERENCES periods(id) ON DELETE CASCADE,"
	"  seq BIGINT NOT NULL,"
	"  name TEXT NOT NULL,"
	"  start_date TEXT NOT NULL,"
	"  end_date TEXT NOT NULL,"
	"  UNIQUE (period_id, seq));"
	"CREATE TABLE goals ("
	"  id {ID},"
	"  period_id BIGINT NOT NULL REFERENCES periods(id),"
	"  unit_id BIGINT NOT NULL REFERENCES units(id),"
	"  code TEXT NOT NULL,"
	"  text TEXT NOT NULL,"
	"  indicator TEXT NOT NULL DEFAULT '',"
	"  created_at BIGINT NOT NULL,"
	"  UNIQUE (period_id, code));"
	"CREATE INDEX goals_unit ON goals(period_id, unit_id);"
	"CREATE TABLE skp ("
	"  id {ID},"
	"  period_id BIGINT NOT NULL REFERENCES periods(id),"
	"  employee_id BIGINT NOT NULL REFERENCES employees(id),"
	"  position_id BIGINT REFERENCES positions(id),"
	"  assessor_id BIGINT REFERENCES employees(id),"
	"  month_from BIGINT NOT NULL DEFAULT 1,"
	"  month_to BIGINT NOT NULL DEFAULT 12,"
	"  approach TEXT NOT NULL DEFAULT 'kuantitatif',"
	"  state TEXT NOT NULL DEFAULT 'draft',"
	"  revision BIGINT NOT NULL DEFAULT 0,"
	"  return_note TEXT NOT NULL DEFAULT '',"
	"  header_json TEXT,"
	"  version BIGINT NOT NULL DEFAULT 1,"
	"  created_at BIGINT NOT NULL,"
	"  updated_at BIGINT NOT NULL,"
	"  submitted_at BIGINT,"
	"  approved_at BIGINT,"
	"  UNIQUE (period_id, employee_id, month_from));"
	"CREATE INDEX skp_assessor ON skp(assessor_id, state);"
	"CREATE TABLE rhk ("
	"  id {ID},"
	"  skp_id BIGINT NOT NULL REFERENCES skp(id) ON DELETE CASCADE,"
	"  kind TEXT NOT NULL DEFAULT 'utama',"
	"  seq BIGINT NOT NULL,"
	"  text TEXT NOT NULL,"
	"  parent_rhk_id BIGINT REFERENCES rhk(id),"
	"  goal_id BIGINT REFERENCES goals(id),"
	"  perspective TEXT NOT NULL DEFAULT '',"
	"  proposed BIGINT NOT NULL DEFAULT 0);"
	"CREATE INDEX rhk_skp ON rhk(skp_id, seq);"
	"CREATE INDEX rhk_parent ON rhk(parent_rhk_id);"
	"CREATE INDEX rhk_goal ON rhk(goal_id);"
	"CREATE TABLE iki ("
	"  id {ID},"
	"  rhk_id BIGINT NOT NULL REFERENCES rhk(id) ON DELETE CASCADE,"
	"  seq BIGINT NOT NULL,"
	"  text TEXT NOT NULL,"
	"  aspect TEXT NOT NULL DEFAULT 'kuantitas',"
	"  target_min TEXT NOT NULL DEFAULT '',"
	"  target_max TEXT NOT NULL DEFAULT '',"
	"  target_text TEXT NOT NULL DEFAULT '',"
	"  unit_label TEXT NOT NULL DEFAULT '',"
	"  direction TEXT NOT NULL DEFAULT 'naik');"
	"CREATE INDEX iki_rhk ON iki(rhk_id, seq);"
	"CREATE TABLE skp_behaviour ("
	"  skp_id BIGINT NOT NULL REFERENCES skp(id) ON DELETE CASCADE,"
	"  value_code TEXT NOT NULL,"
	"  expectation TEXT NOT NULL DEFAULT '',"
	"  PRIMARY KEY (skp_id, value_code));"
	"CREATE TABLE skp_attachment ("
	"  id {ID},"
	"  skp_id BIGINT NOT NULL REFERENCES skp(id) ON DELETE CASCADE,"
	"  kind TEXT NOT NULL,"
	"  seq BIGINT NOT NULL,"
	"  text TEXT NOT NULL);"
	"CREATE INDEX skp_attachment_skp ON skp_attachment(skp_id, kind, seq);"
	"CREATE TABLE skp_events ("
	"  id {ID},"
	"  skp_id BIGINT NOT NULL REFERENCES skp(id) ON DELETE CASCADE,"
	"  at BIGINT NOT NULL,"
	"  user_id BIGINT,"
	"  login TEXT NOT NULL,"
	"  action TEXT NOT NULL,"
	"  note TEXT NOT NULL DEFAULT '',"
	"  snapshot_json TEXT);"
	"CREATE INDEX skp_events_skp ON skp_events(skp_id, at);",

	/* 3: monitoring: checkpoints that close, realisasi per IKI and
	 * checkpoint with its evidence (files kept in the database, so every
	 * server of a cluster can serve them), and the continuous feedback
	 * between an employee and their superior. */
	"ALTER TABLE checkpoints ADD COLUMN state TEXT NOT NULL DEFAULT 'terbuka';"
	"CREATE TABLE realisasi ("
	"  id {ID},"
	"  iki_id BIGINT NOT NULL REFERENCES iki(id) ON DELETE CASCADE,"
	"  checkpoint_id BIGINT NOT NULL REFERENCES checkpoints(id),"
	"  value TEXT NOT NULL DEFAULT '',"
	"  description TEXT NOT NULL DEFAULT '',"
	"  note TEXT NOT NULL DEFAULT '',"
	"  version BIGINT NOT NULL DEFAULT 1,"
	"  updated_by BIGINT REFERENCES users(id),"
	"  created_at BIGINT NOT NULL,"
	"  updated_at BIGINT NOT NULL,"
	"  UNIQUE (iki_id, checkpoint_id));"
	"CREATE INDEX realisasi_checkpoint ON realisasi(checkpoint_id);"
	"CREATE TABLE evidence ("
	"  id {ID},"
	"  realisasi_id BIGINT NOT NULL REFERENCES realisasi(id) ON DELETE CASCADE,"
	"  kind TEXT NOT NULL,"
	"  name TEXT NOT NULL,"
	"  url TEXT NOT NULL DEFAULT '',"
	"  content_type TEXT NOT NULL DEFAULT '',"
	"  size BIGINT NOT NULL DEFAULT 0,"
	"  sha256 TEXT NOT NULL DEFAULT '',"
	"  created_by BIGINT REFERENCES users(id),"
	"  created_at BIGINT NOT NULL);"
	"CREATE INDEX evidence_realisasi ON evidence(realisasi_id);"
	/* a file's bytes, apart from the row lists read; they go when the
	 * evidence goes (also through an IKI deleted with its realisasi) */
	"CREATE TABLE evidence_blob ("
	"  evidence_id BIGINT PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,"
	"  data {BLOB} NOT NULL);"
	/* Feedback is a record, never edited or deleted: an RHK removed in a
	 * perubahan SKP leaves rhk_id NULL, and rhk_text keeps its words as
	 * they were when the thread began.  skp_employee serves the unread
	 * feedback of an employee's own SKPs. */
	"CREATE TABLE feedback ("
	"  id {ID},"
	"  skp_id BIGINT NOT NULL REFERENCES skp(id) ON DELETE CASCADE,"
	"  rhk_id BIGINT REFERENCES rhk(id) ON DELETE SET NULL,"
	"  rhk_text TEXT NOT NULL DEFAULT '',"
	"  value_code TEXT NOT NULL DEFAULT '',"
	"  thread_id BIGINT REFERENCES feedback(id) ON DELETE CASCADE,"
	"  author_user_id BIGINT REFERENCES users(id),"
	"  author_employee_id BIGINT REFERENCES employees(id),"
	"  author_name TEXT NOT NULL,"
	"  from_superior BIGINT NOT NULL DEFAULT 0,"
	"  text TEXT NOT NULL,"
	"  created_at BIGINT NOT NULL,"
	"  read_at BIGINT);"
	"CREATE INDEX feedback_skp ON feedback(skp_id, created_at);"
	"CREATE INDEX feedback_thread ON feedback(thread_id);"
	"CREATE INDEX feedback_author ON feedback(author_employee_id);"
	"CREATE INDEX skp_employee ON skp(employee_id);",
	/* 4: 360-degree behaviour feedback: the instansi's settings (answer
	 * scale, anonymity threshold), a round per checkpoint, who rates whom
	 * (rater360) and the answers.  An answer knows its rater only through
	 * assignment_id; results are read from answer360 alone. */
	"CREATE TABLE settings ("
	"  key TEXT PRIMARY KEY,"
	"  value TEXT NOT NULL,"
	"  updated_at BIGINT);"
	"INSERT INTO settings (key, value) VALUES ('skala_360', '3');"
	"INSERT INTO settings (key, value) VALUES ('ambang_anonimitas', '3');"
	"CREATE TABLE round360 ("
	"  id {ID},"
	"  period_id BIGINT NOT NULL REFERENCES periods(id),"
	"  checkpoint_id BIGINT NOT NULL UNIQUE REFERENCES checkpoints(id),"
	"  name TEXT NOT NULL,"
	"  closes_on TEXT NOT NULL,"
	"  state TEXT NOT NULL DEFAULT 'terbuka',"
	"  scale TEXT NOT NULL DEFAULT '3',"
	"  threshold BIGINT NOT NULL DEFAULT 3,"
	"  created_by BIGINT REFERENCES users(id),"
	"  created_at BIGINT NOT NULL,"
	"  closed_at BIGINT);"
	"CREATE TABLE rater360 ("
	"  id {ID},"
	"  round_id BIGINT NOT NULL REFERENCES round360(id),"
	"  ratee_employee_id BIGINT NOT NULL REFERENCES employees(id),"
	"  rater_employee_id BIGINT NOT NULL REFERENCES employees(id),"
	"  grp TEXT NOT NULL,"
	"  source TEXT NOT NULL DEFAULT 'otomatis',"
	"  state TEXT NOT NULL DEFAULT 'menunggu',"
	"  decline_reason TEXT NOT NULL DEFAULT '',"
	"  answered_at BIGINT,"
	"  reminded_at BIGINT,"
	"  created_at BIGINT NOT NULL,"
	"  UNIQUE (round_id, ratee_employee_id, rater_employee_id));"
	"CREATE INDEX rater360_rater ON rater360(rater_employee_id, state);"
	"CREATE INDEX rater360_round ON rater360(round_id, state);"
	"CREATE TABLE answer360 ("
	"  id {ID},"
	"  assignment_id BIGINT NOT NULL UNIQUE REFERENCES rater360(id),"
	"  round_id BIGINT NOT NULL REFERENCES round360(id),"
	"  ratee_employee_id BIGINT NOT NULL REFERENCES employees(id),"
	"  grp TEXT NOT NULL,"
	"  berorientasi_pelayanan BIGINT NOT NULL,"
	"  akuntabel BIGINT NOT NULL,"
	"  kompeten BIGINT NOT NULL,"
	"  harmonis BIGINT NOT NULL,"
	"  loyal BIGINT NOT NULL,"
	"  adaptif BIGINT NOT NULL,"
	"  kolaboratif BIGINT NOT NULL,"
	"  comment TEXT NOT NULL DEFAULT '',"
	"  created_at BIGINT NOT NULL);"
	"CREATE INDEX answer360_ratee ON answer360(round_id, ratee_employee_id);",
	/* 5: assessment: the pejabat penilai's ratings per checkpoint (periodik)
	 * and for the year (tahunan), one per SKP, kind and checkpoint, with
	 * every step in assessment_events; the unit predicate a leader sets per
	 * period, and the reason given for a unit whose spread of predicates
	 * deviates from the curve (deviation_key: the spread it was given for). */
	"CREATE TABLE assessment ("
	"  id {ID},"
	"  skp_id BIGINT NOT NULL REFERENCES skp(id) ON DELETE CASCADE,"
	"  kind TEXT NOT NULL,"
	"  checkpoint_id BIGINT REFERENCES checkpoints(id),"
	"  assessor_employee_id BIGINT REFERENCES employees(id),"
	"  assessor_name TEXT NOT NULL DEFAULT '',"
	"  hasil_rating TEXT NOT NULL DEFAULT '',"
	"  hasil_reason TEXT NOT NULL DEFAULT '',"
	"  perilaku_rating TEXT NOT NULL DEFAULT '',"
	"  perilaku_reason TEXT NOT NULL DEFAULT '',"
	"  predicate TEXT NOT NULL DEFAULT '',"
	"  state TEXT NOT NULL DEFAULT 'draft',"
	"  finalised_at BIGINT,"
	"  acknowledged_at BIGINT,"
	"  version BIGINT NOT NULL DEFAULT 1,"
	"  created_at BIGINT NOT NULL,"
	"  updated_at BIGINT NOT NULL);"
	"CREATE UNIQUE INDEX assessment_one ON assessment(skp_id, kind, COALESCE(checkpoint_id, 0));"
	"CREATE INDEX assessment_checkpoint ON assessment(checkpoint_id);"
	"CREATE INDEX skp_position ON skp(position_id, period_id);"
	"CREATE TABLE assessment_events ("
	"  id {ID},"
	"  assessment_id BIGINT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
	"  at BIGINT NOT NULL,"
	"  user_id BIGINT REFERENCES users(id),"
	"  actor_name TEXT NOT NULL DEFAULT '',"
	"  action TEXT NOT NULL,"
	"  hasil_rating TEXT NOT NULL DEFAULT '',"
	"  perilaku_rating TEXT NOT NULL DEFAULT '',"
	"  predicate TEXT NOT NULL DEFAULT '',"
	"  note TEXT NOT NULL DEFAULT '');"
	"CREATE INDEX assessment_events_of ON assessment_events(assessment_id, at);"
	"CREATE TABLE unit_result ("
	"  id {ID},"
	"  period_id BIGINT NOT NULL REFERENCES periods(id),"
	"  unit_id BIGINT NOT NULL REFERENCES units(id),"
	"  predicate TEXT NOT NULL,"
	"  note TEXT NOT NULL DEFAULT '',"
	"  set_by_user BIGINT REFERENCES users(id),"
	"  set_by_name TEXT NOT NULL DEFAULT '',"
	"  set_at BIGINT NOT NULL,"
	"  version BIGINT NOT NULL DEFAULT 1,"
	"  UNIQUE (period_id, unit_id));"
	"CREATE TABLE curve_reason ("
	"  id {ID},"
	"  period_id BIGINT NOT NULL REFERENCES periods(id),"
	"  unit_id BIGINT NOT NULL REFERENCES units(id),"
	"  reason TEXT NOT NULL,"
	"  deviation_key TEXT NOT NULL,"
	"  by_user BIGINT REFERENCES users(id),"
	"  by_name TEXT NOT NULL DEFAULT '',"
	"  at BIGINT NOT NULL,"
	"  UNIQUE (period_id, unit_id));",
	/* 6: objections (keberatan): one per final assessment, filed by its
	 * employee with the atasan pejabat penilai (decider, fixed at filing;
	 * NULL: an administrator), explained by the pejabat penilai who rated
	 * (NULL: an administrator), decided once; the ratings and predicate as
	 * they were at filing are kept beside the new ones.  Attachments keep
	 * their bytes in the row (last column, so lists never read them);
	 * evidence_blob cannot hold them, its key is an evidence row of a
	 * realisasi.  The deadline in days is a setting. */
	"CREATE TABLE objection ("
	"  id {ID},"
	"  assessment_id BIGINT NOT NULL UNIQUE REFERENCES assessment(id) ON DELETE CASCADE,"
	"  skp_id BIGINT NOT NULL REFERENCES skp(id) ON DELETE CASCADE,"
	"  employee_id BIGINT NOT NULL REFERENCES employees(id),"
	"  assessor_employee_id BIGINT REFERENCES employees(id),"
	"  decider_employee_id BIGINT REFERENCES employees(id),"
	"  reasons TEXT NOT NULL,"
	"  state TEXT NOT NULL DEFAULT 'diajukan',"
	"  explanation_request TEXT NOT NULL DEFAULT '',"
	"  requested_by_name TEXT NOT NULL DEFAULT '',"
	"  requested_at BIGINT,"
	"  explanation TEXT NOT NULL DEFAULT '',"
	"  explained_by_name TEXT NOT NULL DEFAULT '',"
	"  explained_at BIGINT,"
	"  decision TEXT NOT NULL DEFAULT '',"
	"  decision_text TEXT NOT NULL DEFAULT '',"
	"  decided_by_name TEXT NOT NULL DEFAULT '',"
	"  orig_hasil_rating TEXT NOT NULL,"
	"  orig_perilaku_rating TEXT NOT NULL,"
	"  orig_predicate TEXT NOT NULL,"
	"  new_hasil_rating TEXT NOT NULL DEFAULT '',"
	"  new_perilaku_rating TEXT NOT NULL DEFAULT '',"
	"  new_predicate TEXT NOT NULL DEFAULT '',"
	"  filed_at BIGINT NOT NULL,"
	"  decided_at BIGINT,"
	"  version BIGINT NOT NULL DEFAULT 1);"
	"CREATE INDEX objection_employee ON objection(employee_id);"
	"CREATE INDEX objection_decider ON objection(decider_employee_id, state);"
	"CREATE INDEX objection_assessor ON objection(assessor_employee_id, state);"
	"CREATE INDEX objection_skp ON objection(skp_id);"
	"CREATE TABLE objection_attachment ("
	"  id {ID},"
	"  objection_id BIGINT NOT NULL REFERENCES objection(id) ON DELETE CASCADE,"
	"  name TEXT NOT NULL,"
	"  content_type TEXT NOT NULL,"
	"  size BIGINT NOT NULL,"
	"  sha256 TEXT NOT NULL,"
	"  created_by BIGINT REFERENCES users(id),"
	"  created_at BIGINT NOT NULL,"
	"  data {BLOB} NOT NULL);"
	"CREATE INDEX objection_attachment_of ON objection_attachment(objection_id);"
	"INSERT INTO settings (key, value) VALUES ('batas_keberatan_hari', '14');",
	/* 7 on: the capabilities of issue 5, each in its own file (schema.h) */
	schema_guidance,     /* guidance (pembinaan): sessions, improvement plans */
	schema_briefing,     /* briefing (sosialisasi): guides, acknowledgements */
	schema_tpp,          /* the allowance (TPP): rule sets, attendance, runs */
	schema_recognition,  /* recognition (rankings, nominations), angka kredit */
	schema_evaluation,   /* evaluating the system: surveys, process figures */
	schema_notify,       /* notifications: preferences, e-mails sent */
	schema_document,     /* official documents: the instansi's logo */
	schema_report,       /* bulk document jobs and their files */
	schema_analysis,     /* rater analysis: thresholds */
	schema_calibration,  /* calibration proposals */
	/* 17: the SKPs of a period in id order, so the achievement of a whole
	 * period (store_capaian_set) walks its SKPs without sorting them */
	"CREATE INDEX skp_period ON skp(period_id);",
};

#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

static char *dialect(struct db *db, const char *sql)
{
	int lite = db_kind(db) == DB_SQLITE;
	const char *id = lite ? "INTEGER PRIMARY KEY AUTOINCREMENT"
		: "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
	struct strbuf sb = STRBUF_INIT;
	for (const char *p = sql; *p; ) {
		if (strncmp(p, "{ID}", 4) == 0) {
			strbuf_addstr(&sb, id);
			p += 4;
		} else if (strncmp(p, "{BLOB}", 6) == 0) {
			strbuf_addstr(&sb, lite ? "BLOB" : "BYTEA");
			p += 6;
		} else {
			strbuf_addch(&sb, *p++);
		}
	}
	return strbuf_detach(&sb, NULL);
}

int store_schema_version(struct db *db, struct kerr *err)
{
	if (db_exec_script(db, "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)", err))
		return -1;
	int64_t v = 0;
	if (db_query_int(db, "SELECT COALESCE(MAX(version), 0) FROM schema_version", DB_NOARGS, &v, err) < 0)
		return -1;
	return (int)v;
}

static int apply_one(struct db *db, int version, struct kerr *err)
{
	char *sql = dialect(db, migrations[version - 1]);
	int rc = db_begin(db, err);
	if (!rc)
		rc = db_exec_script(db, sql, err);
	if (!rc && db_exec(db, "INSERT INTO schema_version (version) VALUES ($1)",
			   DB_ARGS(DB_INT(version)), err) < 0)
		rc = -1;
	free(sql);
	return db_finish(db, rc, err);
}

int store_migrate(struct db *db, struct kerr *err)
{
	/* Several servers may start at once on one PostgreSQL: serialise them. */
	if (db_kind(db) == DB_POSTGRES &&
	    db_exec_script(db, "SELECT pg_advisory_lock(4711)", err))
		return -1;
	int rc = 0;
	int have = store_schema_version(db, err);
	if (have < 0)
		rc = -1;
	for (int v = have + 1; !rc && v <= NMIGRATIONS; v++) {
		log_info("menerapkan migrasi skema %d", v);
		rc = apply_one(db, v, err);
	}
	if (have > NMIGRATIONS)
		rc = kerr_set(err, KERR_DB, "db", "Skema basis data (versi %d) lebih baru dari program ini (%d)",
			      have, NMIGRATIONS);
	if (db_kind(db) == DB_POSTGRES) {
		struct kerr ignored = KERR_INIT;
		db_exec_script(db, "SELECT pg_advisory_unlock(4711)", &ignored);
	}
	return rc;
}

/* ---- the pool ------------------------------------------------------------ */

struct store {
	char *url;
	struct db **conns;
	int *busy;
	int n;
	pthread_mutex_t lock;
	pthread_cond_t freed;
};

int store_open(const char *url, int nconn, struct store **out, struct kerr *err)
{
	struct store *st = xcalloc(1, sizeof *st);
	st->url = xstrdup(url);
	st->n = nconn < 1 ? 1 : nconn;
	st->conns = xcalloc((size_t)st->n, sizeof *st->conns);
	st->busy = xcalloc((size_t)st->n, sizeof *st->busy);
	pthread_mutex_init(&st->lock, NULL);
	pthread_cond_init(&st->freed, NULL);
	*out = NULL;
	for (int i = 0; i < st->n; i++) {
		if (db_open(url, &st->conns[i], err) || (i == 0 && store_migrate(st->conns[0], err))) {
			store_close(st);
			return -1;
		}
	}
	*out = st;
	return 0;
}

void store_close(struct store *st)
{
	if (!st)
		return;
	for (int i = 0; i < st->n; i++)
		db_close(st->conns[i]);
	pthread_mutex_destroy(&st->lock);
	pthread_cond_destroy(&st->freed);
	free(st->conns);
	free(st->busy);
	free(st->url);
	free(st);
}

struct db *store_acquire(struct store *st)
{
	pthread_mutex_lock(&st->lock);
	for (;;) {
		for (int i = 0; i < st->n; i++) {
			if (!st->busy[i]) {
				st->busy[i] = 1;
				pthread_mutex_unlock(&st->lock);
				return st->conns[i];
			}
		}
		pthread_cond_wait(&st->freed, &st->lock);
	}
}

void store_release(struct store *st, struct db *db)
{
	pthread_mutex_lock(&st->lock);
	for (int i = 0; i < st->n; i++)
		if (st->conns[i] == db)
			st->busy[i] = 0;
	pthread_cond_signal(&st->freed);
	pthread_mutex_unlock(&st->lock);
}

const char *store_url(const struct store *st)
{
	return st->url;
}
