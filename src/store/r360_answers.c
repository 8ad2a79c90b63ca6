/*
 * r360_answers.c - answering a 360-degree form (a score per BerAKHLAK
 * value and a comment), declining one with a reason, and the rater
 * reading their own answer back.  The results (aggregates per rater
 * group) are in r360_results.c.
 *
 * An answer row carries the round, the person rated and the rater group,
 * and knows its rater only through assignment_id.  The audit row of an
 * answer says only which assignment was answered.
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
	for (size_t i = 0; i < VALUES_360; i++)
		if (score360_check(i, score[i], scale == 5 ? SCALE_5 : SCALE_3, err))
			return -1;
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
			R360_SCORE_COLS ", comment, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
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
	struct db_rows *rows = db_query(db, "SELECT " R360_SCORE_COLS ", comment FROM answer360 "
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
