/*
 * evaluation_int.h - helpers shared by the evaluation files of src/store
 * only (evaluation_survey.c: reading and writing surveys;
 * evaluation_open.c: opening one, random keys and the reshuffle;
 * evaluation_answer.c: answers and results).
 */
#ifndef KINERJA_EVALUATION_INT_H
#define KINERJA_EVALUATION_INT_H

#include <jansson.h>

#include "store/evaluation.h"

#include "store/db.h"

/* The columns and tables survey_collect reads: "SELECT " SURVEY_COLS
 * SURVEY_FROM "WHERE ..." (literals: the statement cache keys on them). */
#define SURVEY_COLS \
	"s.id, s.title, s.period_id, p.name, COALESCE(s.unit_id, 0), COALESCE(u.code, ''), " \
	"COALESCE(u.name, ''), s.opens_on, s.closes_on, s.state, s.threshold, s.addressed, " \
	"(SELECT COUNT(*) FROM survey_respondent r WHERE r.survey_id = s.id), " \
	"s.created_by_name, s.opened_by_name, s.closed_by_name, s.created_at, s.updated_at, " \
	"COALESCE(s.opened_at, 0), COALESCE(s.closed_at, 0), s.rev "
#define SURVEY_FROM "FROM survey s JOIN periods p ON p.id = s.period_id " \
	"LEFT JOIN units u ON u.id = s.unit_id "


/* Fills *s from a row of those columns; a draft gets threshold_now. */
void survey_from_row(struct db_rows *rows, struct survey *s, int threshold_now);
/* Reads the rows of such a query into *out (frees rows). */
int survey_collect(struct db *db, struct db_rows *rows, struct survey **out, size_t *n,
		   struct kerr *err);
/* The survey as JSON for the audit trail (no answers: it has none). */
json_t *survey_json(const struct survey *s);
/* Inside a transaction: locks survey `id` if it is in `state` (and at
 * rev_seen unless 0) by bumping its rev; else KERR_CONFLICT "status" or
 * "version".  *before: the survey as it was (survey_release it). */
int survey_claim(struct db *db, int64_t id, enum survey_state state, int64_t rev_seen,
		 struct survey *before, struct kerr *err);

/* A random key for survey_respondent and survey_text: 1..2^31-1 (it
 * fits INTEGER on both databases), drawn with libsodium. */
int64_t survey_random_key(void);
/* Inside a transaction: inserts with a random key, drawing again on the
 * rare clash (ON CONFLICT (id) DO NOTHING, so PostgreSQL's transaction
 * survives it).  `sql` has the key as $1 and params[1..] after it. */
int survey_insert_random(struct db *db, const char *sql, struct db_param *params, int n,
			 struct kerr *err);
/* The units of a survey's audience, root first (`root`: the audience
 * unit, 0 for the whole office: a node above the top units), each with
 * its active employees in `addressed`, parents before children.  free()
 * *out. */
int survey_audience_tree(struct db *db, int64_t root, struct survey_node **out, size_t *n,
			 struct kerr *err);
/* Inside a transaction: rewrites the free texts of survey `id` in a
 * random order under new random keys. */
int survey_texts_reshuffle(struct db *db, int64_t id, struct kerr *err);

#endif
