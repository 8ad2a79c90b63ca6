/*
 * r360_results.c - the results of a 360-degree round: per person rated,
 * the aggregates per rater group under the round's anonymity threshold
 * (aggregate360) and the comments of the groups shown.  One person's
 * (store_result360, for their pages) or everyone's in the round in one
 * query (store_result360_all, for work over a whole round); both build
 * each result with the same code, so they give the same figures.
 *
 * The queries read the answers without assignment_id, the only way from
 * an answer to its rater.
 */
#include "store/r360_int.h"
#include "store/db.h"
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

/* The answers of one person rated, with their comments. */
struct answers {
	struct answer360 *v;
	char **comment;
	size_t n, alloc;
};

/* Forgets the answers held, keeping the arrays for the next person. */
static void answers_clear(struct answers *a)
{
	for (size_t i = 0; i < a->n; i++)
		free(a->comment[i]);
	a->n = 0;
}

static void answers_free(struct answers *a)
{
	answers_clear(a);
	free(a->comment);
	free(a->v);
}

/* Adds the answer in the current row: columns `col` on hold grp, the
 * R360_SCORE_COLS and the comment.  A group the domain does not know is
 * skipped. */
static void answer_add(struct answers *a, struct db_rows *rows, int col)
{
	enum rater_group g;
	if (rater_group_parse(db_text(rows, col), &g))
		return;
	if (a->n == a->alloc) {
		a->alloc = a->alloc ? a->alloc * 2 : 16;
		a->v = xrealloc(a->v, a->alloc * sizeof *a->v);
		a->comment = xrealloc(a->comment, a->alloc * sizeof *a->comment);
	}
	a->v[a->n].group = g;
	for (int i = 0; i < VALUES_360; i++)
		a->v[a->n].score[i] = (int)db_int(rows, col + 1 + i);
	a->comment[a->n++] = xstrdup(db_text(rows, col + 1 + VALUES_360));
}

static int cmp_text(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Moves the non-empty comments of the groups shown into res, sorted. */
static void keep_comments(struct answers *a, struct result360 *res)
{
	for (size_t i = 0; i < a->n; i++) {
		enum rater_group g = a->v[i].group;
		if (!res->group[g].shown || !a->comment[i][strspn(a->comment[i], " \t\r\n")])
			continue;
		res->comments[g] = xrealloc(res->comments[g],
					    (res->ncomments[g] + 1) * sizeof *res->comments[g]);
		res->comments[g][res->ncomments[g]++] = a->comment[i];
		a->comment[i] = xstrdup("");
	}
	for (int g = 0; g < RATER__GROUPS; g++)
		if (res->ncomments[g])
			qsort(res->comments[g], res->ncomments[g], sizeof *res->comments[g], cmp_text);
}

/* The result of one person's answers in round rd (their shown comments
 * move from a into it).  While the round is open every group but the
 * self-assessment is withheld: only its count of answers is filled. */
static void result_build(const struct round360 *rd, struct answers *a, struct result360 *out)
{
	memset(out, 0, sizeof *out);
	aggregate360(a->v, a->n, rd->scale == 5 ? SCALE_5 : SCALE_3, rd->threshold, out->group);
	out->withheld = strcmp(rd->state, "ditutup") != 0;
	for (int g = 0; out->withheld && g < RATER__GROUPS; g++)
		if (g != RATER_DIRI)
			out->group[g] = (struct aggregate360){ .answers = out->group[g].answers };
	keep_comments(a, out);
}

/* ---- one person ------------------------------------------------------------------------------ */

static int answers_load(struct db *db, int64_t round_id, int64_t ratee, struct answers *a,
			struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT grp, " R360_SCORE_COLS ", comment "
					"FROM answer360 WHERE round_id = $1 AND ratee_employee_id = $2",
					DB_ARGS(DB_INT(round_id), DB_INT(ratee)), err);
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1)
		answer_add(a, rows, 0);
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int store_result360(struct db *db, const struct round360 *rd, int64_t ratee,
		    struct result360 *out, struct kerr *err)
{
	struct answers a = { 0 };
	memset(out, 0, sizeof *out);
	int rc = answers_load(db, rd->id, ratee, &a, err);
	if (!rc)
		result_build(rd, &a, out);
	answers_free(&a);
	return rc;
}

void result360_release(struct result360 *res)
{
	for (int g = 0; g < RATER__GROUPS; g++) {
		for (size_t i = 0; i < res->ncomments[g]; i++)
			free(res->comments[g][i]);
		free(res->comments[g]);
	}
	memset(res, 0, sizeof *res);
}

/* ---- the whole round ------------------------------------------------------------------------- */

/* Builds the result of `ratee` from a, hands it to fn, forgets a. */
static int emit(const struct round360 *rd, int64_t ratee, struct answers *a, result360_fn fn,
		void *ctx)
{
	struct result360 res;
	result_build(rd, a, &res);
	answers_clear(a);
	int rc = fn(ctx, ratee, &res);
	result360_release(&res);
	return rc;
}

int store_result360_all(struct db *db, const struct round360 *rd, result360_fn fn, void *ctx,
			struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT ratee_employee_id, grp, " R360_SCORE_COLS
					", comment FROM answer360 WHERE round_id = $1 "
					"ORDER BY ratee_employee_id", DB_ARGS(DB_INT(rd->id)), err);
	struct answers a = { 0 };
	int64_t ratee = 0;
	int rc = rows ? 0 : -1;
	while (!rc) {
		int more = db_next(rows, err);
		int64_t who = more == 1 ? db_int(rows, 0) : 0;
		if (a.n && (more != 1 || who != ratee))
			rc = emit(rd, ratee, &a, fn, ctx) ? -1 : 0;
		if (more != 1) {
			rc = more < 0 ? -1 : rc;
			break;
		}
		ratee = who;
		answer_add(&a, rows, 1);
	}
	db_rows_free(rows);
	answers_free(&a);
	return rc;
}
