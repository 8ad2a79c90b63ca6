/*
 * schema_evaluation.c - migration of evaluating the system: the anonymous
 * survey of employees (see schema.h, store/evaluation.h and the anonymity
 * rules of domain/evaluation.h).  The process figures need no table: they
 * are counted from the SKP, feedback, 360, objection and guidance tables.
 *
 *   survey             one survey: title, period, audience (unit_id and the
 *                      units below it; NULL: the whole office), first and
 *                      last day (TEXT YYYY-MM-DD, WIB), state (draf, dibuka,
 *                      ditutup), and, fixed when it opens, the threshold k
 *                      and the number of people addressed.  rev: optimistic
 *                      locking.
 *   survey_question    its questions (skala 1-5 or teks) with their aspect.
 *   survey_group       the reporting groups fixed when it opens: units
 *                      (0: the whole office) whose part of the audience
 *                      numbers k or more, with their parent group, depth
 *                      and the people addressed in them.
 *   survey_respondent  WHO has answered (to refuse a second answer and to
 *                      count the response rate) and the group they were
 *                      counted in.  No time, no date, no link to any answer.
 *   survey_tally       the scaled answers as counts per group, question and
 *                      value (1-5), every row created (at 0) when the survey
 *                      opens: an answer only adds 1 to counts, so no row
 *                      records an answer, when it came, or in what order.
 *   survey_text        the free-text answers per group and question: no
 *                      respondent, no time; the key is a random number
 *                      drawn by the program (INTEGER PRIMARY KEY, which on
 *                      SQLite is the rowid, so not even the hidden rowid
 *                      follows the order of submission), and closing the
 *                      survey rewrites them in a random order with new keys
 *                      (PostgreSQL keeps rows in the order they were written
 *                      until then; see docs/api-evaluation.md).
 *
 * The respondent's id is random too.  Nothing joins survey_respondent to
 * survey_tally or survey_text but the group, which holds k people or more.
 * The threshold setting (ambang_survei, never below 5) is in settings.
 */
#include "store/schema.h"

const char schema_evaluation[] =
	"CREATE TABLE survey ("
	"  id {ID},"
	"  title TEXT NOT NULL,"
	"  period_id BIGINT NOT NULL REFERENCES periods(id),"
	"  unit_id BIGINT REFERENCES units(id),"
	"  opens_on TEXT NOT NULL,"
	"  closes_on TEXT NOT NULL,"
	"  state TEXT NOT NULL DEFAULT 'draf',"
	"  threshold BIGINT NOT NULL DEFAULT 5,"
	"  addressed BIGINT NOT NULL DEFAULT 0,"
	"  rev BIGINT NOT NULL DEFAULT 1,"
	"  created_by_name TEXT NOT NULL DEFAULT '',"
	"  opened_by_name TEXT NOT NULL DEFAULT '',"
	"  closed_by_name TEXT NOT NULL DEFAULT '',"
	"  created_at BIGINT NOT NULL,"
	"  updated_at BIGINT NOT NULL,"
	"  opened_at BIGINT,"
	"  closed_at BIGINT);"
	"CREATE INDEX survey_period ON survey(period_id, state);"
	"CREATE TABLE survey_question ("
	"  id {ID},"
	"  survey_id BIGINT NOT NULL REFERENCES survey(id) ON DELETE CASCADE,"
	"  seq BIGINT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  aspect TEXT NOT NULL,"
	"  text TEXT NOT NULL,"
	"  UNIQUE (survey_id, seq));"
	"CREATE TABLE survey_group ("
	"  survey_id BIGINT NOT NULL REFERENCES survey(id) ON DELETE CASCADE,"
	"  unit_id BIGINT NOT NULL,"
	"  parent_unit_id BIGINT,"
	"  depth BIGINT NOT NULL,"
	"  addressed BIGINT NOT NULL,"
	"  PRIMARY KEY (survey_id, unit_id));"
	"CREATE TABLE survey_respondent ("
	"  id INTEGER PRIMARY KEY,"
	"  survey_id BIGINT NOT NULL REFERENCES survey(id) ON DELETE CASCADE,"
	"  employee_id BIGINT NOT NULL REFERENCES employees(id),"
	"  group_unit_id BIGINT NOT NULL,"
	"  UNIQUE (survey_id, employee_id));"
	"CREATE INDEX survey_respondent_employee ON survey_respondent(employee_id);"
	"CREATE TABLE survey_tally ("
	"  survey_id BIGINT NOT NULL REFERENCES survey(id) ON DELETE CASCADE,"
	"  group_unit_id BIGINT NOT NULL,"
	"  question_id BIGINT NOT NULL REFERENCES survey_question(id) ON DELETE CASCADE,"
	"  value BIGINT NOT NULL,"
	"  count BIGINT NOT NULL DEFAULT 0,"
	"  PRIMARY KEY (survey_id, group_unit_id, question_id, value));"
	"CREATE TABLE survey_text ("
	"  id INTEGER PRIMARY KEY,"
	"  survey_id BIGINT NOT NULL REFERENCES survey(id) ON DELETE CASCADE,"
	"  group_unit_id BIGINT NOT NULL,"
	"  question_id BIGINT NOT NULL REFERENCES survey_question(id) ON DELETE CASCADE,"
	"  text TEXT NOT NULL);"
	"CREATE INDEX survey_text_of ON survey_text(survey_id, group_unit_id);"
	"INSERT INTO settings (key, value) VALUES ('ambang_survei', '5');";
