/*
 * schema_guidance.c - migration 8: guidance (pembinaan) (see schema.h and
 * store/guidance.h).
 *
 *   guidance_session        a dialog kinerja, coaching, mentoring or
 *                           counselling session with one employee: who led
 *                           it, when, topic, agreed actions, follow-up date,
 *                           and the employee's own response.
 *   improvement_plan        the Rencana Perbaikan Kinerja a low predicate
 *                           opens: one per employee and period at most
 *                           (UNIQUE), goals, support promised, the outcome
 *                           with its recommendation.  Dates are TEXT
 *                           YYYY-MM-DD (WIB), so they compare as text.
 *   improvement_trigger     the final assessments with a low predicate that
 *                           opened the plan or were added to it (one row per
 *                           assessment).
 *   improvement_checkpoint  the plan's checkpoints (monthly by default) with
 *                           the progress recorded at each.
 *   development_plan        the Rencana Pengembangan: competency to build,
 *                           activity, target date, status.
 */
#include "store/schema.h"

const char schema_guidance[] =
	"CREATE TABLE guidance_session ("
	"  id {ID},"
	"  employee_id BIGINT NOT NULL REFERENCES employees(id),"
	"  kind TEXT NOT NULL,"
	"  held_on TEXT NOT NULL,"
	"  topic TEXT NOT NULL,"
	"  actions TEXT NOT NULL DEFAULT '',"
	"  follow_up_on TEXT NOT NULL DEFAULT '',"
	"  led_by_employee_id BIGINT REFERENCES employees(id),"
	"  led_by_name TEXT NOT NULL DEFAULT '',"
	"  response TEXT NOT NULL DEFAULT '',"
	"  response_at BIGINT,"
	"  version BIGINT NOT NULL DEFAULT 1,"
	"  created_at BIGINT NOT NULL,"
	"  updated_at BIGINT NOT NULL);"
	"CREATE INDEX guidance_session_of ON guidance_session(employee_id, held_on);"
	"CREATE TABLE improvement_plan ("
	"  id {ID},"
	"  employee_id BIGINT NOT NULL REFERENCES employees(id),"
	"  period_id BIGINT NOT NULL REFERENCES periods(id),"
	"  opened_on TEXT NOT NULL,"
	"  due_on TEXT NOT NULL,"
	"  goals TEXT NOT NULL DEFAULT '',"
	"  support TEXT NOT NULL DEFAULT '',"
	"  outcome TEXT NOT NULL DEFAULT '',"
	"  outcome_note TEXT NOT NULL DEFAULT '',"
	"  recommendation TEXT NOT NULL DEFAULT '',"
	"  outcome_on TEXT NOT NULL DEFAULT '',"
	"  outcome_by_name TEXT NOT NULL DEFAULT '',"
	"  version BIGINT NOT NULL DEFAULT 1,"
	"  created_at BIGINT NOT NULL,"
	"  updated_at BIGINT NOT NULL,"
	"  UNIQUE (employee_id, period_id));"
	"CREATE INDEX improvement_plan_open ON improvement_plan(outcome, due_on);"
	"CREATE TABLE improvement_trigger ("
	"  id {ID},"
	"  plan_id BIGINT NOT NULL REFERENCES improvement_plan(id),"
	"  assessment_id BIGINT NOT NULL UNIQUE REFERENCES assessment(id),"
	"  predicate TEXT NOT NULL,"
	"  added_at BIGINT NOT NULL);"
	"CREATE INDEX improvement_trigger_of ON improvement_trigger(plan_id);"
	"CREATE TABLE improvement_checkpoint ("
	"  id {ID},"
	"  plan_id BIGINT NOT NULL REFERENCES improvement_plan(id),"
	"  seq INTEGER NOT NULL,"
	"  due_on TEXT NOT NULL,"
	"  target TEXT NOT NULL DEFAULT '',"
	"  progress TEXT NOT NULL DEFAULT '',"
	"  progress_on TEXT NOT NULL DEFAULT '',"
	"  progress_by_name TEXT NOT NULL DEFAULT '',"
	"  UNIQUE (plan_id, seq));"
	"CREATE INDEX improvement_checkpoint_due ON improvement_checkpoint(due_on);"
	"CREATE TABLE development_plan ("
	"  id {ID},"
	"  employee_id BIGINT NOT NULL REFERENCES employees(id),"
	"  competency TEXT NOT NULL,"
	"  activity TEXT NOT NULL,"
	"  target_on TEXT NOT NULL,"
	"  status TEXT NOT NULL DEFAULT 'direncanakan',"
	"  note TEXT NOT NULL DEFAULT '',"
	"  created_by_name TEXT NOT NULL DEFAULT '',"
	"  version BIGINT NOT NULL DEFAULT 1,"
	"  created_at BIGINT NOT NULL,"
	"  updated_at BIGINT NOT NULL);"
	"CREATE INDEX development_plan_of ON development_plan(employee_id);";
