/*
 * assessment.c - reading assessments: one, all of an SKP, one kind of
 * every SKP of a period at once, the history of an SKP's assessments, the approved SKPs nobody in the system assesses;
 * and the row helpers the other assessment files share (assessment_int.h):
 * the row reader, the audit JSON, writing a row back and recording a step
 * of its history.  Saving, finalising, acknowledging and revising are in
 * assessment_save.c.
 */
#include "store/assessment_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <stdlib.h>
#include <string.h>

/* ---- names -------------------------------------------------------------------------- */

const char *assess_rating_name(enum rating r)
{
	return (unsigned)r < RATING__LEVELS ? rating_name(r) : "";
}

const char *assess_predicate_name(enum predicate p)
{
	return (unsigned)p < PRED__COUNT ? predicate_name(p) : "";
}

enum rating assess_rating_of(const char *name)
{
	enum rating r;
	return rating_parse(name, &r) ? RATING__LEVELS : r;
}

enum predicate assess_predicate_of(const char *name)
{
	enum predicate p;
	return predicate_parse(name, &p) ? PRED__COUNT : p;
}

enum predicate assess_predicate(enum rating hasil, enum rating perilaku)
{
	if ((unsigned)hasil >= RATING__LEVELS || (unsigned)perilaku >= RATING__LEVELS)
		return PRED__COUNT;
	return predicate_of(hasil, perilaku);
}

const char *assessment_action_label(const char *action)
{
	static const char *const labels[][2] = {
		{ "draf", "Draf disimpan" }, { "tetapkan", "Ditetapkan" },
		{ "ubah", "Diubah setelah ditetapkan" }, { "diketahui", "Diketahui pegawai" },
		{ "keberatan", "Diubah oleh keputusan keberatan" },
		{ "predikat_unit", "Hasil kerja mengikuti predikat unit" },
		{ "kalibrasi", "Diubah atas usulan kalibrasi yang diterima" },
	};
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (!strcmp(action, labels[i][0]))
			return labels[i][1];
	return action;
}

/* ---- rows ----------------------------------------------------------------------------- */

void assess_empty(struct assessment *a)
{
	memset(a, 0, sizeof *a);
	a->hasil = a->perilaku = RATING__LEVELS;
	a->predicate = PRED__COUNT;
	a->hasil_reason = xstrdup("");
	a->perilaku_reason = xstrdup("");
}

void assessment_release(struct assessment *a)
{
	free(a->hasil_reason);
	free(a->perilaku_reason);
	a->hasil_reason = a->perilaku_reason = NULL;
}

void assess_from_row(struct db_rows *rows, struct assessment *a)
{
	memset(a, 0, sizeof *a);
	a->id = db_int(rows, 0);
	a->skp_id = db_int(rows, 1);
	a->kind = strcmp(db_text(rows, 2), "tahunan") ? ASSESS_PERIODIK : ASSESS_TAHUNAN;
	a->checkpoint_id = db_int(rows, 3);
	a->assessor_id = db_int(rows, 4);
	copy_str(a->assessor_name, sizeof a->assessor_name, db_text(rows, 5));
	a->hasil = assess_rating_of(db_text(rows, 6));
	a->hasil_reason = xstrdup(db_text(rows, 7));
	a->perilaku = assess_rating_of(db_text(rows, 8));
	a->perilaku_reason = xstrdup(db_text(rows, 9));
	a->predicate = assess_predicate_of(db_text(rows, 10));
	a->final = !strcmp(db_text(rows, 11), ASSESS_FINAL);
	a->finalised_at = db_int(rows, 12);
	a->acknowledged_at = db_int(rows, 13);
	a->version = db_int(rows, 14);
	a->created_at = db_int(rows, 15);
	a->updated_at = db_int(rows, 16);
}

int store_assessment_get(struct db *db, int64_t skp_id, enum assessment_kind kind,
			 int64_t checkpoint_id, struct assessment *out, struct kerr *err)
{
	int64_t cp = kind == ASSESS_TAHUNAN ? 0 : checkpoint_id;
	struct db_rows *rows = db_query(db,
		"SELECT " ASSESS_COLS " FROM assessment a WHERE a.skp_id = $1 AND a.kind = $2 "
		"AND COALESCE(a.checkpoint_id, 0) = $3",
		DB_ARGS(DB_INT(skp_id), DB_TEXT(assessment_kind_name(kind)), DB_INT(cp)), err);
	assess_empty(out);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		assessment_release(out);
		assess_from_row(rows, out);
	}
	db_rows_free(rows);
	return rc;
}

/* Reads the assessments of `rows` into a growing array; frees the rows. */
static int assess_collect(struct db_rows *rows, struct assessment **out, size_t *n,
			  struct kerr *err)
{
	size_t alloc = 0;
	int rc = rows ? 0 : -1;
	*out = NULL;
	*n = 0;
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (*n == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			*out = xrealloc(*out, alloc * sizeof **out);
		}
		assess_from_row(rows, &(*out)[(*n)++]);
	}
	db_rows_free(rows);
	if (rc < 0) {
		assessments_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc < 0 ? -1 : 0;
}

int store_assessment_list(struct db *db, int64_t skp_id, struct assessment **out, size_t *n,
			  struct kerr *err)
{
	return assess_collect(db_query(db,
		"SELECT " ASSESS_COLS " FROM assessment a LEFT JOIN checkpoints c "
		"ON c.id = a.checkpoint_id WHERE a.skp_id = $1 "
		"ORDER BY CASE a.kind WHEN 'tahunan' THEN 1 ELSE 0 END, c.seq, a.id",
		DB_ARGS(DB_INT(skp_id)), err), out, n, err);
}

int store_assessment_period(struct db *db, int64_t period_id, enum assessment_kind kind,
			    int64_t checkpoint_id, struct assessment **out, size_t *n,
			    struct kerr *err)
{
	int64_t cp = kind == ASSESS_TAHUNAN ? 0 : checkpoint_id;
	return assess_collect(db_query(db,
		"SELECT " ASSESS_COLS " FROM skp s JOIN assessment a ON a.skp_id = s.id "
		"WHERE s.period_id = $1 AND a.kind = $2 AND COALESCE(a.checkpoint_id, 0) = $3 "
		"ORDER BY a.skp_id", DB_ARGS(DB_INT(period_id),
		DB_TEXT(assessment_kind_name(kind)), DB_INT(cp)), err), out, n, err);
}

void assessments_free(struct assessment *a, size_t n)
{
	for (size_t i = 0; i < n; i++)
		assessment_release(&a[i]);
	free(a);
}

/* ---- writing back, the history and the audit ------------------------------------------------- */

json_t *assess_json(const struct assessment *a)
{
	return json_pack("{s:I, s:s, s:I, s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:I}",
			 "skp_id", (json_int_t)a->skp_id, "kind", assessment_kind_name(a->kind),
			 "checkpoint_id", (json_int_t)a->checkpoint_id,
			 "assessor_employee_id", (json_int_t)a->assessor_id,
			 "assessor_name", a->assessor_name, "hasil_rating", assess_rating_name(a->hasil),
			 "hasil_reason", a->hasil_reason, "perilaku_rating",
			 assess_rating_name(a->perilaku), "perilaku_reason", a->perilaku_reason,
			 "predicate", assess_predicate_name(a->predicate),
			 "state", a->final ? ASSESS_FINAL : ASSESS_DRAFT, "version", (json_int_t)a->version);
}

int assess_update(struct db *db, struct assessment *a, int64_t version, struct kerr *err)
{
	a->updated_at = now_unix();
	int64_t changed = db_exec(db,
		"UPDATE assessment SET assessor_employee_id = $1, assessor_name = $2, "
		"hasil_rating = $3, hasil_reason = $4, perilaku_rating = $5, perilaku_reason = $6, "
		"predicate = $7, state = $8, finalised_at = $9, acknowledged_at = $10, "
		"version = version + 1, updated_at = $11 WHERE id = $12 AND version = $13",
		DB_ARGS(DB_ID(a->assessor_id), DB_TEXT(a->assessor_name),
			DB_TEXT(assess_rating_name(a->hasil)), DB_TEXT(a->hasil_reason),
			DB_TEXT(assess_rating_name(a->perilaku)), DB_TEXT(a->perilaku_reason),
			DB_TEXT(assess_predicate_name(a->predicate)),
			DB_TEXT(a->final ? ASSESS_FINAL : ASSESS_DRAFT), DB_ID(a->finalised_at),
			DB_ID(a->acknowledged_at), DB_INT(a->updated_at), DB_INT(a->id),
			DB_INT(version)), err);
	if (changed <= 0)
		return changed < 0 ? -1 : kerr_set(err, KERR_CONFLICT, "version",
						   "Penilaian telah diubah oleh orang lain; muat ulang "
						   "halaman");
	a->version = version + 1;
	return 0;
}

int assess_event(struct db *db, const struct actor *who, const struct assessment *a,
		 const char *action, const char *actor_name, const char *note, struct kerr *err)
{
	return db_exec(db,
		"INSERT INTO assessment_events (assessment_id, at, user_id, actor_name, action, "
		"hasil_rating, perilaku_rating, predicate, note) "
		"VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
		DB_ARGS(DB_INT(a->id), DB_INT(now_unix()), DB_ID(who->user_id),
			DB_TEXT(actor_name && *actor_name ? actor_name : who->login), DB_TEXT(action),
			DB_TEXT(assess_rating_name(a->hasil)), DB_TEXT(assess_rating_name(a->perilaku)),
			DB_TEXT(assess_predicate_name(a->predicate)), DB_TEXT(note ? note : "")),
		err) < 0 ? -1 : 0;
}

/* ---- the history ----------------------------------------------------------------------------- */

static void event_from_row(struct db_rows *rows, struct assessment_event *e)
{
	memset(e, 0, sizeof *e);
	e->id = db_int(rows, 0);
	e->assessment_id = db_int(rows, 1);
	e->kind = strcmp(db_text(rows, 2), "tahunan") ? ASSESS_PERIODIK : ASSESS_TAHUNAN;
	e->checkpoint_id = db_int(rows, 3);
	e->at = db_int(rows, 4);
	copy_str(e->actor_name, sizeof e->actor_name, db_text(rows, 5));
	copy_str(e->action, sizeof e->action, db_text(rows, 6));
	e->hasil = assess_rating_of(db_text(rows, 7));
	e->perilaku = assess_rating_of(db_text(rows, 8));
	e->predicate = assess_predicate_of(db_text(rows, 9));
	e->note = xstrdup(db_text(rows, 10));
}

int store_assessment_events(struct db *db, int64_t skp_id, struct assessment_event **out,
			    size_t *n, struct kerr *err)
{
	*out = NULL;
	*n = 0;
	struct db_rows *rows = db_query(db,
		"SELECT e.id, e.assessment_id, a.kind, COALESCE(a.checkpoint_id, 0), e.at, "
		"e.actor_name, e.action, e.hasil_rating, e.perilaku_rating, e.predicate, e.note "
		"FROM assessment_events e JOIN assessment a ON a.id = e.assessment_id "
		"WHERE a.skp_id = $1 ORDER BY e.at, e.id", DB_ARGS(DB_INT(skp_id)), err);
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		*out = xrealloc(*out, (*n + 1) * sizeof **out);
		event_from_row(rows, &(*out)[(*n)++]);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

void assessment_events_free(struct assessment_event *e, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(e[i].note);
	free(e);
}

/* ---- SKPs nobody in the system assesses ------------------------------------------------------ */

int store_assessment_orphans(struct db *db, int64_t period_id, struct skp_summary **out,
			     size_t *n, struct kerr *err)
{
	*out = NULL;
	*n = 0;
	struct db_rows *rows = db_query(db,
		"SELECT s.id, s.employee_id, e.nip, e.name, COALESCE(p.name, ''), u.name, s.state "
		"FROM skp s JOIN employees e ON e.id = s.employee_id "
		"JOIN units u ON u.id = e.unit_id LEFT JOIN positions p ON p.id = s.position_id "
		"WHERE s.period_id = $1 AND s.assessor_id IS NULL AND s.state = 'disetujui' "
		"ORDER BY e.name_key, s.id", DB_ARGS(DB_INT(period_id)), err);
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		*out = xrealloc(*out, (*n + 1) * sizeof **out);
		struct skp_summary *s = &(*out)[(*n)++];
		memset(s, 0, sizeof *s);
		s->id = db_int(rows, 0);
		s->period_id = period_id;
		s->employee_id = db_int(rows, 1);
		copy_str(s->nip, sizeof s->nip, db_text(rows, 2));
		copy_str(s->employee_name, sizeof s->employee_name, db_text(rows, 3));
		copy_str(s->position_name, sizeof s->position_name, db_text(rows, 4));
		copy_str(s->unit_name, sizeof s->unit_name, db_text(rows, 5));
		copy_str(s->state, sizeof s->state, db_text(rows, 6));
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}
