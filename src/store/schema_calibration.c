/*
 * schema_calibration.c - migration of calibration proposals (kalibrasi):
 * table `calibration_proposal`, one row per proposed change to a final
 * assessment, with the ratings and predicate as they were when proposed
 * and the ones proposed, the assessor who decides (fixed when proposed:
 * the assessment's pejabat penilai; NULL an administrator), and what
 * became of it.  At most one waiting proposal per assessment: a partial
 * unique index, which both SQLite and PostgreSQL take.
 */
#include "store/schema.h"

const char schema_calibration[] =
	"CREATE TABLE calibration_proposal ("
	"  id {ID},"
	"  assessment_id BIGINT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
	"  skp_id BIGINT NOT NULL REFERENCES skp(id) ON DELETE CASCADE,"
	"  period_id BIGINT NOT NULL REFERENCES periods(id),"
	"  unit_id BIGINT NOT NULL REFERENCES units(id),"
	"  employee_id BIGINT NOT NULL REFERENCES employees(id),"
	"  assessor_employee_id BIGINT REFERENCES employees(id),"
	"  proposer_user_id BIGINT REFERENCES users(id),"
	"  proposer_employee_id BIGINT REFERENCES employees(id),"
	"  proposer_name TEXT NOT NULL,"
	"  state TEXT NOT NULL DEFAULT 'diajukan',"
	"  orig_hasil_rating TEXT NOT NULL,"
	"  orig_perilaku_rating TEXT NOT NULL,"
	"  orig_predicate TEXT NOT NULL,"
	"  orig_version BIGINT NOT NULL,"
	"  new_hasil_rating TEXT NOT NULL,"
	"  new_perilaku_rating TEXT NOT NULL,"
	"  new_predicate TEXT NOT NULL,"
	"  reason TEXT NOT NULL,"
	"  note TEXT NOT NULL DEFAULT '',"
	"  decided_by_name TEXT NOT NULL DEFAULT '',"
	"  proposed_at BIGINT NOT NULL,"
	"  decided_at BIGINT,"
	"  version BIGINT NOT NULL DEFAULT 1);"
	"CREATE UNIQUE INDEX calibration_one_open ON calibration_proposal(assessment_id) "
	"WHERE state = 'diajukan';"
	"CREATE INDEX calibration_period_unit ON calibration_proposal(period_id, unit_id);"
	"CREATE INDEX calibration_assessor ON calibration_proposal(assessor_employee_id, state);"
	"CREATE INDEX calibration_assessment ON calibration_proposal(assessment_id);";
