/*
 * guidance_int.h - helpers shared by the guidance files of src/store only
 * (guidance.c: sessions; guidance_plan.c: the improvement plan;
 * guidance_lists.c: the development plan, lists and overviews).
 */
#ifndef KINERJA_GUIDANCE_INT_H
#define KINERJA_GUIDANCE_INT_H

#include <jansson.h>

#include "store/guidance.h"

struct db_rows;

/* The three name columns of employees alias t: front title, name, back title. */
#define GUIDANCE_PERSON(t) "COALESCE(" t ".front_title, ''), COALESCE(" t ".name, ''), " \
	"COALESCE(" t ".back_title, '')"

/* The columns improvement_plan_from_row reads; $1 is today ("YYYY-MM-DD"),
 * for the count of overdue checkpoints. */
#define PLAN_CP_COUNT(cond) "(SELECT COUNT(*) FROM improvement_checkpoint c " \
	"WHERE c.plan_id = p.id" cond ")"
#define PLAN_SELECT \
	"SELECT p.id, p.employee_id, p.period_id, e.nip, COALESCE(e.unit_id, 0), " \
	"COALESCE(e.position_id, 0), COALESCE(u.name, ''), pr.name, p.opened_on, p.due_on, " \
	"p.goals, p.support, p.outcome, p.outcome_note, p.recommendation, p.outcome_on, " \
	"p.outcome_by_name, p.version, p.created_at, p.updated_at, " GUIDANCE_PERSON("e") ", " \
	PLAN_CP_COUNT("") ", " PLAN_CP_COUNT(" AND c.progress_on <> ''") ", " \
	PLAN_CP_COUNT(" AND c.progress_on = '' AND c.due_on < $1") ", " \
	"(SELECT MIN(c.due_on) FROM improvement_checkpoint c WHERE c.plan_id = p.id " \
	"AND c.progress_on = '') " \
	"FROM improvement_plan p JOIN employees e ON e.id = p.employee_id " \
	"LEFT JOIN units u ON u.id = e.unit_id JOIN periods pr ON pr.id = p.period_id "
/* Fills *p (without checkpoints and triggers) from a PLAN_SELECT row,
 * working out what is overdue on day `today`. */
void improvement_plan_from_row(struct db_rows *rows, struct improvement_plan *p, int64_t today);

/* Today in WIB, as a day and as "YYYY-MM-DD". */
int64_t guidance_today(char out[GDATE_SIZE]);
/* Checks employee `id` exists and is active (KERR_INVALID "pegawai_id"). */
int guidance_employee_check(struct db *db, int64_t id, struct kerr *err);
/* Checks `version` (0: any) against the stored one; KERR_CONFLICT "version". */
int guidance_version_check(int64_t version, int64_t stored, const char *what, struct kerr *err);

/* The subordinates of a superior, for filtering rows by the position the
 * employee holds: built once per list. */
struct guidance_chain;
struct guidance_chain *guidance_chain_load(struct db *db, int64_t superior, struct kerr *err);
/* 1 if the holder of position `pos` (employee `employee`) is below the
 * superior: the superior is their pejabat penilai or holds (or acts in) a
 * post above. */
int guidance_chain_below(const struct guidance_chain *c, int64_t employee, int64_t pos);
void guidance_chain_free(struct guidance_chain *c);

#endif
