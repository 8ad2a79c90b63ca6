/*
 * schema_briefing.c - migration 9: briefing (sosialisasi) (see schema.h
 * and store/briefing.h).
 *
 * guide: one row per guide, its current text (the markup of
 * domain/briefing.h), its audience (unit_id: that unit and the units
 * below it; NULL: the whole office), its state (draf, terbit, ditarik),
 * its content version (bumped by each change of a published guide) and
 * rev (bumped by every change: optimistic locking).  Older texts are in
 * the audit trail.
 * guide_question: the quiz of the current version (choices a JSON array).
 * guide_attachment: files with their bytes (last column, never read by
 * lists), so every server can serve them.
 * guide_reader: per guide and employee, when they first opened it, the
 * last version they opened, and the reminders sent to them.
 * guide_ack: one row per acknowledged version.
 * guide_attempt: every quiz attempt with its answers.
 * The criteria guide of the assessment is the setting panduan_kriteria.
 */
#include "store/schema.h"

const char schema_briefing[] =
	"CREATE TABLE guide ("
	"  id {ID},"
	"  title TEXT NOT NULL,"
	"  kind TEXT NOT NULL DEFAULT 'panduan',"
	"  body TEXT NOT NULL,"
	"  unit_id BIGINT REFERENCES units(id),"
	"  state TEXT NOT NULL DEFAULT 'draf',"
	"  version BIGINT NOT NULL DEFAULT 1,"
	"  pass_mark BIGINT NOT NULL DEFAULT 0,"
	"  rev BIGINT NOT NULL DEFAULT 1,"
	"  created_by_name TEXT NOT NULL DEFAULT '',"
	"  published_by_name TEXT NOT NULL DEFAULT '',"
	"  created_at BIGINT NOT NULL,"
	"  updated_at BIGINT NOT NULL,"
	"  published_at BIGINT);"
	"CREATE INDEX guide_state ON guide(state, unit_id);"
	"CREATE TABLE guide_question ("
	"  id {ID},"
	"  guide_id BIGINT NOT NULL REFERENCES guide(id) ON DELETE CASCADE,"
	"  seq BIGINT NOT NULL,"
	"  question TEXT NOT NULL,"
	"  choices TEXT NOT NULL,"
	"  answer BIGINT NOT NULL,"
	"  UNIQUE (guide_id, seq));"
	"CREATE TABLE guide_attachment ("
	"  id {ID},"
	"  guide_id BIGINT NOT NULL REFERENCES guide(id) ON DELETE CASCADE,"
	"  name TEXT NOT NULL,"
	"  content_type TEXT NOT NULL,"
	"  size BIGINT NOT NULL,"
	"  sha256 TEXT NOT NULL,"
	"  created_by BIGINT REFERENCES users(id),"
	"  created_at BIGINT NOT NULL,"
	"  data {BLOB} NOT NULL);"
	"CREATE INDEX guide_attachment_of ON guide_attachment(guide_id);"
	"CREATE TABLE guide_reader ("
	"  id {ID},"
	"  guide_id BIGINT NOT NULL REFERENCES guide(id) ON DELETE CASCADE,"
	"  employee_id BIGINT NOT NULL REFERENCES employees(id),"
	"  first_opened_at BIGINT,"
	"  opened_at BIGINT,"
	"  opened_version BIGINT NOT NULL DEFAULT 0,"
	"  reminded_at BIGINT,"
	"  reminders BIGINT NOT NULL DEFAULT 0,"
	"  UNIQUE (guide_id, employee_id));"
	"CREATE INDEX guide_reader_employee ON guide_reader(employee_id);"
	"CREATE TABLE guide_ack ("
	"  id {ID},"
	"  guide_id BIGINT NOT NULL REFERENCES guide(id) ON DELETE CASCADE,"
	"  employee_id BIGINT NOT NULL REFERENCES employees(id),"
	"  version BIGINT NOT NULL,"
	"  acked_at BIGINT NOT NULL,"
	"  UNIQUE (guide_id, employee_id, version));"
	"CREATE INDEX guide_ack_employee ON guide_ack(employee_id);"
	"CREATE TABLE guide_attempt ("
	"  id {ID},"
	"  guide_id BIGINT NOT NULL REFERENCES guide(id) ON DELETE CASCADE,"
	"  employee_id BIGINT NOT NULL REFERENCES employees(id),"
	"  version BIGINT NOT NULL,"
	"  answers TEXT NOT NULL,"
	"  correct BIGINT NOT NULL,"
	"  total BIGINT NOT NULL,"
	"  passed BIGINT NOT NULL,"
	"  at BIGINT NOT NULL);"
	"CREATE INDEX guide_attempt_of ON guide_attempt(guide_id, employee_id, version);";
