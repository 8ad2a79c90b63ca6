/*
 * evaluation_answer.c - answering a survey (the respondent marked as
 * counted, 1 added to the counts of their group, the free texts stored
 * under random keys: nothing that joins the two), the surveys addressed
 * to an employee, participation per reporting group, and the results
 * in cells of at least k answers (see evaluation.h).
 */
#include "store/evaluation.h"
#include "store/evaluation_int.h"
#include "store/db.h"
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The units from the employee's (if active) up to the top, with their
 * distance: up(id, d); $1 the employee. */
#define UP_CTE "WITH RECURSIVE up(id, d) AS (SELECT unit_id, 0 FROM employees WHERE id = $1 " \
	"AND status = 'aktif' UNION ALL SELECT u.parent_id, up.d + 1 FROM units u JOIN up " \
	"ON u.id = up.id WHERE u.parent_id IS NOT NULL) "

int store_survey_addresses(struct db *db, const struct survey *s, int64_t employee_id,
			   int64_t *group, struct kerr *err)
{
	*group = 0;
	if (!employee_id)
		return 0;
	struct db_rows *rows = db_query(db, UP_CTE
		"SELECT (SELECT COUNT(*) FROM up WHERE $3 = 0 OR id = $3), "
		"COALESCE((SELECT g.unit_id FROM survey_group g JOIN up ON g.unit_id = up.id "
		"WHERE g.survey_id = $2 ORDER BY up.d LIMIT 1), 0)",
		DB_ARGS(DB_INT(employee_id), DB_INT(s->id), DB_INT(s->unit_id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err), yes = 0;
	if (rc == 1) {
		yes = db_int(rows, 0) > 0;
		*group = db_int(rows, 1);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : yes;
}

int store_survey_has_answered(struct db *db, int64_t id, int64_t employee_id,
			      struct kerr *err)
{
	int64_t count = 0;
	if (db_query_int(db, "SELECT COUNT(*) FROM survey_respondent WHERE survey_id = $1 AND "
			 "employee_id = $2", DB_ARGS(DB_INT(id), DB_INT(employee_id)), &count,
			 err) < 0)
		return -1;
	return count > 0;
}

/* ---- answering ----------------------------------------------------------------------------- */

/* The answer to question q among a[0..n), NULL if none; *dup set when
 * there are two. */
static const struct survey_answer *answer_for(const struct survey_answer *a, size_t n,
					      int64_t q, int *dup)
{
	const struct survey_answer *hit = NULL;
	for (size_t i = 0; i < n; i++)
		if (a[i].question_id == q) {
			if (hit)
				*dup = 1;
			hit = &a[i];
		}
	return hit;
}

static int answers_check(const struct survey *s, const struct survey_answer *a, size_t n,
			 struct kerr *err)
{
	size_t matched = 0;
	for (size_t i = 0; i < s->nq; i++) {
		int dup = 0;
		const struct survey_answer *x = answer_for(a, n, s->q[i].id, &dup);
		if (dup)
			return kerr_set(err, KERR_INVALID, "jawaban", "Pertanyaan %zu dijawab dua kali",
					i + 1);
		if (s->q[i].kind == QUESTION_TEKS) {
			matched += x != NULL;
			if (x && survey_text_answer_check(x->text, i + 1, err))
				return -1;
			continue;
		}
		if (!x)
			return kerr_set(err, KERR_INVALID, "jawaban", "Pertanyaan %zu belum dijawab: "
					"pilih nilai %d sampai %d", i + 1, SURVEY_SCALE_MIN,
					SURVEY_SCALE_MAX);
		if (survey_scale_check(x->value, i + 1, err))
			return -1;
		matched++;
	}
	if (matched != n)
		return kerr_set(err, KERR_INVALID, "jawaban", "Ada jawaban untuk pertanyaan yang "
				"tidak ada dalam survei ini");
	return 0;
}

static int count_answer(struct db *db, const struct survey *s, int64_t group,
			const struct survey_answer *a, size_t n, struct kerr *err)
{
	for (size_t i = 0; i < s->nq; i++) {
		int dup = 0;
		const struct survey_answer *x = answer_for(a, n, s->q[i].id, &dup);
		if (s->q[i].kind == QUESTION_SKALA) {
			if (db_exec(db, "UPDATE survey_tally SET count = count + 1 WHERE survey_id = $1 "
				    "AND group_unit_id = $2 AND question_id = $3 AND value = $4",
				    DB_ARGS(DB_INT(s->id), DB_INT(group), DB_INT(s->q[i].id),
					    DB_INT(x->value)), err) != 1)
				return kerr_set(err, KERR_INTERNAL, "", "Hitungan survei tidak ditemukan");
		} else if (x && x->text && *x->text) {
			struct db_param p[] = { DB_NULL, DB_INT(s->id), DB_INT(group),
						DB_INT(s->q[i].id), DB_TEXT(x->text) };
			if (survey_insert_random(db, "INSERT INTO survey_text (id, survey_id, "
						 "group_unit_id, question_id, text) VALUES ($1, $2, "
						 "$3, $4, $5) ON CONFLICT (id) DO NOTHING", p, 5, err))
				return -1;
		}
	}
	return 0;
}

static int answer_tx(struct db *db, const struct actor *who, const struct survey *s,
		     int64_t employee_id, const struct survey_answer *a, size_t n,
		     struct kerr *err)
{
	int64_t group = 0;
	if (survey_answer_phase_check(s->phase, err))
		return -1;
	int yes = store_survey_addresses(db, s, employee_id, &group, err);
	if (yes <= 0)
		return yes < 0 ? -1 : kerr_set(err, KERR_FORBIDDEN, "survei", "Survei ini tidak "
					       "ditujukan kepada Anda");
	int done = store_survey_has_answered(db, s->id, employee_id, err);
	if (done)
		return done < 0 ? -1 : kerr_set(err, KERR_CONFLICT, "responden", "Anda sudah "
						"menjawab survei ini; setiap pegawai dihitung sekali "
						"dan jawabannya tidak dapat diubah");
	if (answers_check(s, a, n, err))
		return -1;
	struct db_param p[] = { DB_NULL, DB_INT(s->id), DB_INT(employee_id), DB_INT(group) };
	if (survey_insert_random(db, "INSERT INTO survey_respondent (id, survey_id, employee_id, "
				 "group_unit_id) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING",
				 p, 4, err)) {
		if (db_last_was_unique_violation(db)) {
			kerr_clear(err);
			kerr_set(err, KERR_CONFLICT, "responden", "Anda sudah menjawab survei ini");
		}
		return -1;
	}
	if (count_answer(db, s, group, a, n, err))
		return -1;
	/* the audit row says that someone answered, never what */
	return store_audit_json(db, who, "jawab", "survei", s->id, NULL,
				json_pack("{s:s}", "responden", "terhitung"), err);
}

int store_survey_answer(struct db *db, const struct actor *who, int64_t id,
			int64_t employee_id, const struct survey_answer *a, size_t n,
			struct kerr *err)
{
	struct survey s;
	if (store_survey_get(db, id, &s, err))
		return -1;
	int rc = db_begin(db, err);
	if (!rc)
		rc = db_finish(db, answer_tx(db, who, &s, employee_id, a, n, err), err);
	survey_release(&s);
	return rc;
}

int store_survey_list_mine(struct db *db, int64_t employee_id, struct survey **out,
			   int **answered, size_t *n, struct kerr *err)
{
	*answered = NULL;
	if (survey_collect(db, db_query(db, UP_CTE "SELECT " SURVEY_COLS SURVEY_FROM
					"WHERE s.state <> 'draf' AND EXISTS (SELECT 1 FROM up) AND "
					"(s.unit_id IS NULL OR s.unit_id IN (SELECT id FROM up)) "
					"ORDER BY s.closes_on DESC, s.id DESC LIMIT 200",
					DB_ARGS(DB_INT(employee_id)), err), out, n, err))
		return -1;
	*answered = xcalloc(*n + 1, sizeof **answered);
	for (size_t i = 0; i < *n; i++) {
		int yes = store_survey_has_answered(db, (*out)[i].id, employee_id, err);
		if (yes < 0) {
			surveys_free(*out, *n);
			free(*answered);
			*out = NULL;
			*answered = NULL;
			*n = 0;
			return -1;
		}
		(*answered)[i] = yes;
	}
	return 0;
}

/* ---- participation -------------------------------------------------------------------------- */

int store_survey_groups(struct db *db, int64_t id, struct survey_group_row **out, size_t *n,
			struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT g.unit_id, COALESCE(g.parent_unit_id, -1), COALESCE(u.code, ''), "
		"COALESCE(u.name, ''), g.addressed, (SELECT COUNT(*) FROM survey_respondent r "
		"WHERE r.survey_id = g.survey_id AND r.group_unit_id = g.unit_id) "
		"FROM survey_group g LEFT JOIN units u ON u.id = g.unit_id WHERE g.survey_id = $1 "
		"ORDER BY g.depth, u.name", DB_ARGS(DB_INT(id)), err);
	size_t alloc = 0;
	int rc;
	*out = NULL;
	*n = 0;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		if (*n == alloc) {
			alloc = alloc ? alloc * 2 : 16;
			*out = xrealloc(*out, alloc * sizeof **out);
		}
		struct survey_group_row *g = &(*out)[(*n)++];
		memset(g, 0, sizeof *g);
		g->unit_id = db_int(rows, 0);
		g->parent_unit_id = db_int(rows, 1);
		copy_str(g->unit_code, sizeof g->unit_code, db_text(rows, 2));
		copy_str(g->unit_name, sizeof g->unit_name,
			 g->unit_id ? db_text(rows, 3) : "Seluruh kantor");
		g->addressed = db_int(rows, 4);
		g->respondents = db_int(rows, 5);
	}
	db_rows_free(rows);
	if (rc < 0) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return rc < 0 ? -1 : 0;
}
