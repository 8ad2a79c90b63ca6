/*
 * analysis_load.c - the ratings of a period for the rater analysis (see
 * analysis.h): the 360 answers of its closed rounds (answer360 joined to
 * rater360 for the rater: only here, and only to compute statistics), the
 * superiors' final perilaku kerja ratings, and the people they concern,
 * in three queries over the whole period whatever its size.
 */
#include "store/analysis.h"
#include "store/db.h"
#include "store/plan.h"
#include "store/r360_int.h"
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Rounds of the period that count: closed ones. */
#define ROUNDS_WHERE "rd.period_id = $1 AND rd.state = 'ditutup'"

/* The answers: rater, ratee, the round's scale and the seven scores.
 * Self-assessments are left out by group and by person. */
static const char sql_answers[] =
	"SELECT r.rater_employee_id, a.ratee_employee_id, rd.scale, " R360_SCORE_COLS " "
	"FROM answer360 a JOIN rater360 r ON r.id = a.assignment_id "
	"JOIN round360 rd ON rd.id = a.round_id "
	"WHERE " ROUNDS_WHERE " AND a.grp <> 'diri' AND r.rater_employee_id <> a.ratee_employee_id";

/* The same, only of rater groups the results show (the round's threshold,
 * never below ANONYMITY_MIN). */
static const char sql_answers_shown[] =
	"SELECT r.rater_employee_id, a.ratee_employee_id, rd.scale, " R360_SCORE_COLS " "
	"FROM answer360 a JOIN rater360 r ON r.id = a.assignment_id "
	"JOIN round360 rd ON rd.id = a.round_id "
	"WHERE " ROUNDS_WHERE " AND a.grp <> 'diri' AND r.rater_employee_id <> a.ratee_employee_id "
	"AND (SELECT COUNT(*) FROM answer360 b WHERE b.round_id = a.round_id "
	"AND b.ratee_employee_id = a.ratee_employee_id AND b.grp = a.grp) >= "
	"CASE WHEN rd.threshold < 3 THEN 3 ELSE rd.threshold END";

/* The superiors' final perilaku kerja ratings (periodik and tahunan). */
static const char sql_overall[] =
	"SELECT a.assessor_employee_id, s.employee_id, a.perilaku_rating "
	"FROM assessment a JOIN skp s ON s.id = a.skp_id "
	"WHERE s.period_id = $1 AND a.state = 'ditetapkan' AND a.assessor_employee_id IS NOT NULL "
	"AND a.assessor_employee_id <> s.employee_id AND a.perilaku_rating <> ''";

/* The persons rater $2 rated in the period (360 answers, final
 * assessments): the ratings about them are all a rater's own figures
 * rest on (analysis.h: store_analysis_load_rater). */
#define RATEES_OF_RATER \
	"(SELECT r2.ratee_employee_id FROM rater360 r2 JOIN round360 rd2 ON rd2.id = r2.round_id " \
	"WHERE rd2.period_id = $1 AND rd2.state = 'ditutup' AND r2.rater_employee_id = $2 " \
	"AND r2.state = 'dijawab' UNION SELECT s2.employee_id FROM assessment a2 " \
	"JOIN skp s2 ON s2.id = a2.skp_id WHERE s2.period_id = $1 AND a2.state = 'ditetapkan' " \
	"AND a2.assessor_employee_id = $2)"

static const char sql_answers_of[] =
	"SELECT r.rater_employee_id, a.ratee_employee_id, rd.scale, " R360_SCORE_COLS " "
	"FROM answer360 a JOIN rater360 r ON r.id = a.assignment_id "
	"JOIN round360 rd ON rd.id = a.round_id "
	"WHERE " ROUNDS_WHERE " AND a.grp <> 'diri' AND r.rater_employee_id <> a.ratee_employee_id "
	"AND a.ratee_employee_id IN " RATEES_OF_RATER;

static const char sql_overall_of[] =
	"SELECT a.assessor_employee_id, s.employee_id, a.perilaku_rating "
	"FROM assessment a JOIN skp s ON s.id = a.skp_id "
	"WHERE s.period_id = $1 AND a.state = 'ditetapkan' AND a.assessor_employee_id IS NOT NULL "
	"AND a.assessor_employee_id <> s.employee_id AND a.perilaku_rating <> '' "
	"AND s.employee_id IN " RATEES_OF_RATER;

/* Everyone who rated or was rated in the period, by id. */
static const char sql_people[] =
	"SELECT e.id, e.nip, e.front_title, e.name, e.back_title, e.golongan, "
	"COALESCE(p.name, ''), COALESCE(p.kind, ''), COALESCE(u.id, 0), COALESCE(u.name, '') "
	"FROM employees e LEFT JOIN positions p ON p.id = e.position_id "
	"LEFT JOIN units u ON u.id = e.unit_id WHERE e.id IN ("
	"SELECT r.rater_employee_id FROM rater360 r JOIN round360 rd ON rd.id = r.round_id "
	"WHERE " ROUNDS_WHERE " UNION "
	"SELECT r.ratee_employee_id FROM rater360 r JOIN round360 rd ON rd.id = r.round_id "
	"WHERE " ROUNDS_WHERE " UNION "
	"SELECT s.employee_id FROM assessment a JOIN skp s ON s.id = a.skp_id "
	"WHERE s.period_id = $1 AND a.state = 'ditetapkan' UNION "
	"SELECT a.assessor_employee_id FROM assessment a JOIN skp s ON s.id = a.skp_id "
	"WHERE s.period_id = $1 AND a.state = 'ditetapkan') ORDER BY e.id";

static void person_fill(struct db_rows *rows, void *item)
{
	struct an_person *p = item;
	p->id = db_int(rows, 0);
	copy_str(p->nip, sizeof p->nip, db_text(rows, 1));
	store_person_name(rows, 2, p->name, sizeof p->name);
	copy_str(p->golongan, sizeof p->golongan, db_text(rows, 5));
	copy_str(p->position_name, sizeof p->position_name, db_text(rows, 6));
	copy_str(p->position_kind, sizeof p->position_kind, db_text(rows, 7));
	p->unit_id = db_int(rows, 8);
	copy_str(p->unit_name, sizeof p->unit_name, db_text(rows, 9));
}

int an_index_of(const struct an_data *d, int64_t employee_id)
{
	size_t lo = 0, hi = d->n_people;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->people[mid].id == employee_id)
			return (int)mid;
		if (d->people[mid].id < employee_id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static void rating_add(struct an_data *d, size_t *alloc, int rater, int ratee, int item, int score)
{
	if (rater < 0 || ratee < 0 || score < 1 || score > d->scale)
		return;
	if (d->n == *alloc) {
		*alloc = *alloc ? *alloc * 2 : 1024;
		d->v = xrealloc(d->v, *alloc * sizeof *d->v);
	}
	d->v[d->n++] = (struct rs_rating){ .rater = rater, .ratee = ratee, .item = (int8_t)item,
					   .score = (int8_t)score };
}

/* The scale of the closed rounds (the larger when they differ) and their
 * count; the instansi's setting when there is none. */
static int scale_load(struct db *db, struct an_data *d, struct kerr *err)
{
	struct settings360 s;
	struct db_rows *rows = db_query(db, "SELECT COUNT(*), COALESCE(MAX(CASE WHEN rd.scale = '5' "
					"THEN 5 ELSE 3 END), 0), COALESCE(MIN(CASE WHEN rd.scale = '5' "
					"THEN 5 ELSE 3 END), 0) FROM round360 rd WHERE " ROUNDS_WHERE,
					DB_ARGS(DB_INT(d->period_id)), err);
	int rc = rows ? db_next(rows, err) : -1;
	if (rc == 1) {
		d->rounds = (int)db_int(rows, 0);
		d->scale = (int)db_int(rows, 1);
		d->rescaled = d->rounds && db_int(rows, 2) != db_int(rows, 1);
	}
	db_rows_free(rows);
	if (rc < 0 || store_settings360_get(db, &s, err))
		return -1;
	d->threshold = s.threshold;
	if (!d->rounds)
		d->scale = s.scale;
	return 0;
}

static int answers_load(struct db *db, struct an_data *d, enum an_basis basis, int64_t rater,
			size_t *alloc, struct kerr *err)
{
	struct db_rows *rows = rater
		? db_query(db, sql_answers_of, DB_ARGS(DB_INT(d->period_id), DB_INT(rater)), err)
		: db_query(db, basis == AN_SHOWN ? sql_answers_shown : sql_answers,
			   DB_ARGS(DB_INT(d->period_id)), err);
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		int by = an_index_of(d, db_int(rows, 0)), ratee = an_index_of(d, db_int(rows, 1));
		int up = d->scale == 5 && strcmp(db_text(rows, 2), "5") != 0;   /* 1-3 on 1-5 */
		for (int i = 0; i < RS_ITEMS; i++) {
			int s = (int)db_int(rows, 3 + i);
			rating_add(d, alloc, by, ratee, i, up ? 2 * s - 1 : s);
		}
		d->n_forms++;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* Di Bawah 1, Sesuai the middle, Di Atas the top. */
static int overall_score(int scale, const char *rating)
{
	enum rating r;
	if (rating_parse(rating, &r))
		return 0;
	return r == RATING_DI_BAWAH ? 1 : r == RATING_SESUAI ? (scale + 1) / 2 : scale;
}

static int overall_load(struct db *db, struct an_data *d, int64_t rater, size_t *alloc,
			struct kerr *err)
{
	struct db_rows *rows = rater
		? db_query(db, sql_overall_of, DB_ARGS(DB_INT(d->period_id), DB_INT(rater)), err)
		: db_query(db, sql_overall, DB_ARGS(DB_INT(d->period_id)), err);
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		size_t before = d->n;
		rating_add(d, alloc, an_index_of(d, db_int(rows, 0)), an_index_of(d, db_int(rows, 1)),
			   RS_ITEM_OVERALL, overall_score(d->scale, db_text(rows, 2)));
		d->n_overall += d->n > before;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int store_analysis_load(struct db *db, int64_t period_id, enum an_basis basis,
			struct an_data *out, struct kerr *err)
{
	return store_analysis_load_rater(db, period_id, basis, 0, out, err);
}

int store_analysis_load_rater(struct db *db, int64_t period_id, enum an_basis basis,
			      int64_t rater, struct an_data *out, struct kerr *err)
{
	struct period p;
	size_t alloc = 0;
	memset(out, 0, sizeof *out);
	out->period_id = period_id;
	if (store_period_get(db, period_id, &p, err))
		return err->code == KERR_NOT_FOUND
			? (kerr_clear(err), kerr_set(err, KERR_NOT_FOUND, "periode",
						     "Periode %lld tidak ditemukan",
						     (long long)period_id)) : -1;
	void *people = NULL;
	if (scale_load(db, out, err) ||
	    db_collect(db_query(db, sql_people, DB_ARGS(DB_INT(period_id)), err), sizeof *out->people,
		       person_fill, NULL, &people, &out->n_people, err))
		return -1;
	out->people = people;
	if (answers_load(db, out, basis, rater, &alloc, err) ||
	    overall_load(db, out, rater, &alloc, err)) {
		an_data_release(out);
		return -1;
	}
	return 0;
}

void an_data_release(struct an_data *d)
{
	free(d->v);
	free(d->people);
	memset(d, 0, sizeof *d);
}
