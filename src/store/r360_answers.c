/*
 * r360_answers.c - answering a 360-degree form (a score per BerAKHLAK
 * value and a comment), declining one with a reason, the rater reading
 * their own answer back, and the results of a person rated: aggregates
 * per rater group under the round's anonymity threshold.
 *
 * An answer row carries the round, the person rated and the rater group,
 * and knows its rater only through assignment_id; the results query never
 * reads that column.  The audit row of an answer says only which
 * assignment was answered.
 */
#include "store/r360_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"
#include "domain/berakhlak.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCORE_COLS \
	"berorientasi_pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif"

/* ---- checks shared by answering and declining ----------------------------------------------- */

/* The assignment, refusing anyone but its rater and a form that may not
 * be answered now. */
static int open_form(struct db *db, int64_t id, int64_t rater_id, struct rater360 *a,
		     struct round360 *rd, struct kerr *err)
{
	if (store_rater360_get(db, id, a, err))
		return -1;
	if (!rater_id || a->rater.id != rater_id)
		return kerr_set(err, KERR_FORBIDDEN, "penugasan",
				"Anda bukan penilai yang ditugaskan pada formulir ini");
	if (store_round360_find(db, a->round_id, rd, err))
		return -1;
	if (strcmp(rd->state, "terbuka"))
		return kerr_set(err, KERR_CONFLICT, "putaran", "Putaran 360 \"%s\" sudah ditutup",
				rd->name);
	if (!round360_accepting(rd))
		return kerr_set(err, KERR_CONFLICT, "putaran",
				"Batas waktu pengisian (%s) sudah lewat", rd->closes_on);
	if (!strcmp(a->state, "dijawab"))
		return kerr_set(err, KERR_CONFLICT, "penugasan",
				"Formulir ini sudah dijawab; jawaban tidak dapat diubah");
	if (!strcmp(a->state, "ditolak"))
		return kerr_set(err, KERR_CONFLICT, "penugasan", "Formulir ini sudah Anda tolak");
	return 0;
}

/* 1 if s holds a control character other than tab and line breaks. */
static int has_control(const char *s)
{
	for (; *s; s++)
		if (((unsigned char)*s < 0x20 && !strchr("\t\r\n", *s)) || *s == 0x7f)
			return 1;
	return 0;
}

static int check_text(const char *field, const char *what, const char *s, size_t max,
		      int required, struct kerr *err)
{
	if (required && !s[strspn(s, " \t\r\n")])
		return kerr_set(err, KERR_INVALID, field, "%s wajib diisi", what);
	if (r360_chars(s) > max)
		return kerr_set(err, KERR_INVALID, field, "%s paling banyak %zu karakter", what, max);
	if (has_control(s))
		return kerr_set(err, KERR_INVALID, field, "%s berisi karakter yang tidak sah", what);
	return 0;
}

static int check_scores(const int score[VALUES_360], int scale, struct kerr *err)
{
	enum scale360 sc = scale == 5 ? SCALE_5 : SCALE_3;
	for (int i = 0; i < VALUES_360; i++) {
		const struct core_value *v = berakhlak_at((size_t)i);
		struct kerr why = KERR_INIT;
		enum rating level;
		char field[64];
		snprintf(field, sizeof field, "nilai.%s", v->code);
		if (!score[i])
			return kerr_set(err, KERR_INVALID, field, "Nilai %s wajib diisi", v->name);
		if (scale360_level(sc, score[i], &level, &why))
			return kerr_set(err, KERR_INVALID, field, "Nilai %s harus 1 sampai %d, "
					"bukan %d", v->name, scale360_max(sc), score[i]);
	}
	return 0;
}

/* Moves the assignment from menunggu to `state`; a concurrent answer that
 * got there first makes this a conflict. */
static int mark(struct db *db, int64_t id, const char *state, const char *reason,
		struct kerr *err)
{
	int64_t n = db_exec(db, "UPDATE rater360 SET state = $2, decline_reason = $3, "
				"answered_at = $4 WHERE id = $1 AND state = 'menunggu'",
			    DB_ARGS(DB_INT(id), DB_TEXT(state), DB_TEXT(reason), DB_INT(now_unix())),
			    err);
	if (n < 0)
		return -1;
	return n == 1 ? 0 : kerr_set(err, KERR_CONFLICT, "penugasan", "Formulir ini sudah dijawab");
}

/* ---- answering ---------------------------------------------------------------------------------- */

static int answer_tx(struct db *db, const struct actor *who, int64_t id, int64_t rater_id,
		     const int score[VALUES_360], const char *comment, struct kerr *err)
{
	struct rater360 a;
	struct round360 rd;
	if (open_form(db, id, rater_id, &a, &rd, err) || check_scores(score, rd.scale, err) ||
	    mark(db, id, "dijawab", "", err))
		return -1;
	if (db_exec(db, "INSERT INTO answer360 (assignment_id, round_id, ratee_employee_id, grp, "
			SCORE_COLS ", comment, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
			"$9, $10, $11, $12, $13)",
		    DB_ARGS(DB_INT(id), DB_INT(a.round_id), DB_INT(a.ratee.id), DB_TEXT(a.grp),
			    DB_INT(score[0]), DB_INT(score[1]), DB_INT(score[2]), DB_INT(score[3]),
			    DB_INT(score[4]), DB_INT(score[5]), DB_INT(score[6]), DB_TEXT(comment),
			    DB_INT(now_unix())), err) < 0)
		return -1;
	/* Only that this assignment was answered: no scores, no names. */
	return store_audit_json(db, who, "jawab", "rater360", id, NULL,
				json_pack("{s:s}", "status", "dijawab"), err);
}

int store_rater360_answer(struct db *db, const struct actor *who, int64_t id, int64_t rater_id,
			  const int score[VALUES_360], const char *comment, struct kerr *err)
{
	if (!comment)
		comment = "";
	if (check_text("komentar", "Komentar", comment, COMMENT360_MAX, 0, err) ||
	    db_begin(db, err))
		return -1;
	return db_finish(db, answer_tx(db, who, id, rater_id, score, comment, err), err);
}

static int decline_tx(struct db *db, const struct actor *who, int64_t id, int64_t rater_id,
		      const char *reason, struct kerr *err)
{
	struct rater360 a;
	struct round360 rd;
	if (open_form(db, id, rater_id, &a, &rd, err) || mark(db, id, "ditolak", reason, err))
		return -1;
	return store_audit_json(db, who, "tolak", "rater360", id, NULL,
				json_pack("{s:s, s:s}", "status", "ditolak", "alasan", reason), err);
}

int store_rater360_decline(struct db *db, const struct actor *who, int64_t id, int64_t rater_id,
			   const char *reason, struct kerr *err)
{
	if (!reason)
		reason = "";
	if (check_text("alasan", "Alasan menolak", reason, DECLINE360_MAX, 1, err) ||
	    db_begin(db, err))
		return -1;
	return db_finish(db, decline_tx(db, who, id, rater_id, reason, err), err);
}

int store_rater360_own_answer(struct db *db, int64_t id, int score[VALUES_360], char **comment,
			      struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT " SCORE_COLS ", comment FROM answer360 "
					"WHERE assignment_id = $1", DB_ARGS(DB_INT(id)), err);
	int rc = rows ? db_next(rows, err) : -1;
	*comment = NULL;
	if (rc == 1) {
		for (int i = 0; i < VALUES_360; i++)
			score[i] = (int)db_int(rows, i);
		*comment = xstrdup(db_text(rows, VALUES_360));
	}
	db_rows_free(rows);
	return rc;
}

/* ---- results ------------------------------------------------------------------------------------- */

struct answers {
	struct answer360 *v;
	char **comment;
	size_t n, alloc;
};

static void answers_free(struct answers *a)
{
	for (size_t i = 0; i < a->n; i++)
		free(a->comment[i]);
	free(a->comment);
	free(a->v);
}

static int answers_load(struct db *db, int64_t round_id, int64_t ratee, struct answers *a,
			struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT grp, " SCORE_COLS ", comment FROM answer360 "
					"WHERE round_id = $1 AND ratee_employee_id = $2",
					DB_ARGS(DB_INT(round_id), DB_INT(ratee)), err);
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		enum rater_group g;
		if (rater_group_parse(db_text(rows, 0), &g))
			continue;
		if (a->n == a->alloc) {
			a->alloc = a->alloc ? a->alloc * 2 : 16;
			a->v = xrealloc(a->v, a->alloc * sizeof *a->v);
			a->comment = xrealloc(a->comment, a->alloc * sizeof *a->comment);
		}
		a->v[a->n].group = g;
		for (int i = 0; i < VALUES_360; i++)
			a->v[a->n].score[i] = (int)db_int(rows, 1 + i);
		a->comment[a->n++] = xstrdup(db_text(rows, 1 + VALUES_360));
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
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

int store_result360(struct db *db, const struct round360 *rd, int64_t ratee,
		    struct result360 *out, struct kerr *err)
{
	struct answers a = { 0 };
	memset(out, 0, sizeof *out);
	if (answers_load(db, rd->id, ratee, &a, err)) {
		answers_free(&a);
		return -1;
	}
	aggregate360(a.v, a.n, rd->scale == 5 ? SCALE_5 : SCALE_3, rd->threshold, out->group);
	out->withheld = strcmp(rd->state, "ditutup") != 0;
	for (int g = 0; out->withheld && g < RATER__GROUPS; g++)
		if (g != RATER_DIRI)
			out->group[g] = (struct aggregate360){ .answers = out->group[g].answers };
	keep_comments(&a, out);
	answers_free(&a);
	return 0;
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
