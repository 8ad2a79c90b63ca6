/*
 * objection.c - reading objections (keberatan): one case with its
 * attachments, the cases of an SKP, a person's lists (filed, to decide,
 * to explain) and what waits for them; the case as audit JSON, and the
 * deadline setting (see objection.h).
 */
#include "store/objection_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void objection_attachment_release(struct objection_attachment *a)
{
	free(a->name);
	a->name = NULL;
}

void objection_release(struct objection *o)
{
	free(o->reasons);
	free(o->question);
	free(o->explanation);
	free(o->decision_text);
	for (size_t i = 0; i < o->n_att; i++)
		objection_attachment_release(&o->att[i]);
	free(o->att);
	memset(o, 0, sizeof *o);
}

void objections_free(struct objection *o, size_t n)
{
	for (size_t i = 0; i < n; i++)
		objection_release(&o[i]);
	free(o);
}

/* ---- rows -------------------------------------------------------------------------------- */

#define PERSON(t) "COALESCE(" t ".front_title, ''), COALESCE(" t ".name, ''), " \
	"COALESCE(" t ".back_title, '')"

#define OBJ_SELECT \
	"SELECT o.id, o.assessment_id, o.skp_id, o.employee_id, " \
	"COALESCE(o.assessor_employee_id, 0), COALESCE(o.decider_employee_id, 0), a.kind, " \
	"COALESCE(a.checkpoint_id, 0), COALESCE(c.name, ''), p.name, " \
	"COALESCE(a.finalised_at, 0), o.state, o.reasons, o.explanation_request, " \
	"o.explanation, o.decision_text, o.requested_by_name, o.explained_by_name, " \
	"o.decided_by_name, o.filed_at, COALESCE(o.requested_at, 0), " \
	"COALESCE(o.explained_at, 0), COALESCE(o.decided_at, 0), o.decision, " \
	"o.orig_hasil_rating, o.orig_perilaku_rating, o.orig_predicate, o.new_hasil_rating, " \
	"o.new_perilaku_rating, o.new_predicate, o.version, " \
	PERSON("e") ", " PERSON("x") ", " PERSON("d") " " \
	"FROM objection o JOIN assessment a ON a.id = o.assessment_id " \
	"JOIN skp s ON s.id = o.skp_id JOIN periods p ON p.id = s.period_id " \
	"LEFT JOIN checkpoints c ON c.id = a.checkpoint_id " \
	"JOIN employees e ON e.id = o.employee_id " \
	"LEFT JOIN employees x ON x.id = o.assessor_employee_id " \
	"LEFT JOIN employees d ON d.id = o.decider_employee_id "

static enum rating rating_of(const char *s)
{
	enum rating r;
	return rating_parse(s, &r) ? RATING__LEVELS : r;
}

static enum predicate predicate_of_name(const char *s)
{
	enum predicate p;
	return predicate_parse(s, &p) ? PRED__COUNT : p;
}

static void texts_from_row(struct db_rows *rows, struct objection *o)
{
	o->reasons = xstrdup(db_text(rows, 12));
	o->question = xstrdup(db_text(rows, 13));
	o->explanation = xstrdup(db_text(rows, 14));
	o->decision_text = xstrdup(db_text(rows, 15));
	copy_str(o->requested_by, sizeof o->requested_by, db_text(rows, 16));
	copy_str(o->explained_by, sizeof o->explained_by, db_text(rows, 17));
	copy_str(o->decided_by, sizeof o->decided_by, db_text(rows, 18));
}

static void from_row(struct db_rows *rows, void *out)
{
	struct objection *o = out;
	memset(o, 0, sizeof *o);
	o->id = db_int(rows, 0);
	o->assessment_id = db_int(rows, 1);
	o->skp_id = db_int(rows, 2);
	o->employee_id = db_int(rows, 3);
	o->assessor_id = db_int(rows, 4);
	o->decider_id = db_int(rows, 5);
	if (assessment_kind_parse(db_text(rows, 6), &o->kind))
		o->kind = ASSESS_PERIODIK;
	o->checkpoint_id = db_int(rows, 7);
	copy_str(o->checkpoint_name, sizeof o->checkpoint_name, db_text(rows, 8));
	copy_str(o->period_name, sizeof o->period_name, db_text(rows, 9));
	o->finalised_at = db_int(rows, 10);
	if (objection_state_parse(db_text(rows, 11), &o->state))
		o->state = OBJ_DIAJUKAN;
	texts_from_row(rows, o);
	o->filed_at = db_int(rows, 19);
	o->requested_at = db_int(rows, 20);
	o->explained_at = db_int(rows, 21);
	o->decided_at = db_int(rows, 22);
	if (objection_decision_parse(db_text(rows, 23), &o->decision))
		o->decision = OBJ_UNDECIDED;
	o->orig_hasil = rating_of(db_text(rows, 24));
	o->orig_perilaku = rating_of(db_text(rows, 25));
	o->orig_predicate = predicate_of_name(db_text(rows, 26));
	o->new_hasil = rating_of(db_text(rows, 27));
	o->new_perilaku = rating_of(db_text(rows, 28));
	o->new_predicate = predicate_of_name(db_text(rows, 29));
	o->version = db_int(rows, 30);
	store_person_name(rows, 31, o->employee_name, sizeof o->employee_name);
	store_person_name(rows, 34, o->assessor_name, sizeof o->assessor_name);
	store_person_name(rows, 37, o->decider_name, sizeof o->decider_name);
}

/* Collects the cases a query returns. */
static void release_rows(void *items, size_t n)
{
	objections_free(items, n);
}

static int collect(struct db_rows *rows, struct objection **out, size_t *n, struct kerr *err)
{
	return db_collect(rows, sizeof **out, from_row, release_rows, (void **)out, n, err);
}

/* ---- one case ------------------------------------------------------------------------------ */

static int load_attachments(struct db *db, struct objection *o, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT id, objection_id, name, content_type, size, "
					"sha256, created_at FROM objection_attachment "
					"WHERE objection_id = $1 ORDER BY id", DB_ARGS(DB_INT(o->id)),
					err);
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		o->att = xrealloc(o->att, (o->n_att + 1) * sizeof *o->att);
		struct objection_attachment *a = &o->att[o->n_att++];
		a->id = db_int(rows, 0);
		a->objection_id = db_int(rows, 1);
		a->name = xstrdup(db_text(rows, 2));
		copy_str(a->content_type, sizeof a->content_type, db_text(rows, 3));
		a->size = db_int(rows, 4);
		copy_str(a->sha256, sizeof a->sha256, db_text(rows, 5));
		a->created_at = db_int(rows, 6);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int get_one(struct db *db, const char *sql, int64_t id, struct objection *out,
		   struct kerr *err)
{
	struct objection *list = NULL;
	size_t n = 0;
	memset(out, 0, sizeof *out);
	if (collect(db_query(db, sql, DB_ARGS(DB_INT(id)), err), &list, &n, err))
		return -1;
	if (!n) {
		free(list);
		return kerr_set(err, KERR_NOT_FOUND, "", "Keberatan tidak ditemukan");
	}
	*out = list[0];
	free(list);
	return 0;
}

int store_objection_get(struct db *db, int64_t id, struct objection *out, struct kerr *err)
{
	if (get_one(db, OBJ_SELECT "WHERE o.id = $1", id, out, err))
		return -1;
	if (load_attachments(db, out, err)) {
		objection_release(out);
		return -1;
	}
	return 0;
}

int objection_claim(struct db *db, int64_t id, int64_t version, struct objection *o,
		    struct kerr *err)
{
	int pg = db_kind(db) == DB_POSTGRES;
	if (get_one(db, pg ? OBJ_SELECT "WHERE o.id = $1 FOR UPDATE OF o"
			   : OBJ_SELECT "WHERE o.id = $1", id, o, err))
		return -1;
	if (version && version != o->version)
		return kerr_set(err, KERR_CONFLICT, "version", "Keberatan ini telah diubah orang "
				"lain sejak Anda membukanya; muat ulang lalu coba lagi");
	return 0;
}

/* ---- lists ------------------------------------------------------------------------------------ */

int store_objection_list_skp(struct db *db, int64_t skp_id, struct objection **out, size_t *n,
			     struct kerr *err)
{
	return collect(db_query(db, OBJ_SELECT "WHERE o.skp_id = $1 ORDER BY o.id",
				DB_ARGS(DB_INT(skp_id)), err), out, n, err);
}

#define LIST_ORDER " ORDER BY o.filed_at DESC, o.id DESC LIMIT 200"
#define MINE(col) "WHERE (o." col " = $1 OR ($2 = 1 AND o." col " IS NULL))"

int store_objection_list(struct db *db, enum objection_list which, int64_t employee_id,
			 int admin, struct objection **out, size_t *n, struct kerr *err)
{
	static const char *const sql[] = {
		[OBJ_LIST_FILED] = OBJ_SELECT "WHERE o.employee_id = $1 AND $2 >= 0" LIST_ORDER,
		[OBJ_LIST_TO_DECIDE] = OBJ_SELECT MINE("decider_employee_id") LIST_ORDER,
		[OBJ_LIST_TO_EXPLAIN] = OBJ_SELECT MINE("assessor_employee_id") LIST_ORDER,
	};
	return collect(db_query(db, sql[which], DB_ARGS(DB_INT(employee_id), DB_INT(admin ? 1 : 0)),
				err), out, n, err);
}

int store_objection_waiting(struct db *db, int64_t employee_id, int admin, int64_t *to_decide,
			    int64_t *to_explain, struct kerr *err)
{
	*to_decide = *to_explain = 0;
	if (db_query_int(db, "SELECT COUNT(*) FROM objection o " MINE("decider_employee_id")
			 " AND o.state IN ('diajukan', 'dijelaskan')",
			 DB_ARGS(DB_INT(employee_id), DB_INT(admin ? 1 : 0)), to_decide, err) < 0 ||
	    db_query_int(db, "SELECT COUNT(*) FROM objection o " MINE("assessor_employee_id")
			 " AND o.state = 'penjelasan_diminta'",
			 DB_ARGS(DB_INT(employee_id), DB_INT(admin ? 1 : 0)), to_explain, err) < 0)
		return -1;
	return 0;
}

/* ---- audit JSON ---------------------------------------------------------------------------- */

static const char *rating_or_empty(enum rating r)
{
	return (unsigned)r < RATING__LEVELS ? rating_name(r) : "";
}

static const char *predicate_or_empty(enum predicate p)
{
	return (unsigned)p < PRED__COUNT ? predicate_name(p) : "";
}

json_t *objection_json(const struct objection *o)
{
	return json_pack("{s:I, s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s}",
			 "assessment_id", (json_int_t)o->assessment_id, "employee_id",
			 (json_int_t)o->employee_id, "state", objection_state_name(o->state),
			 "reasons", o->reasons, "explanation_request", o->question,
			 "explanation", o->explanation, "decision",
			 objection_decision_name(o->decision), "decision_text", o->decision_text,
			 "orig_hasil", rating_or_empty(o->orig_hasil), "orig_perilaku",
			 rating_or_empty(o->orig_perilaku), "orig_predicate",
			 predicate_or_empty(o->orig_predicate), "new_hasil",
			 rating_or_empty(o->new_hasil), "new_perilaku",
			 rating_or_empty(o->new_perilaku), "new_predicate",
			 predicate_or_empty(o->new_predicate));
}

/* ---- the deadline setting ---------------------------------------------------------------------- */

int store_objection_days(struct db *db, int *days, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT value FROM settings WHERE key = $1",
					DB_ARGS(DB_TEXT(OBJECTION_DAYS_KEY)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	*days = OBJECTION_DAYS_DEFAULT;
	if (rc == 1) {
		long v = strtol(db_text(rows, 0), NULL, 10);
		if (v >= OBJECTION_DAYS_MIN && v <= OBJECTION_DAYS_MAX)
			*days = (int)v;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int days_set_tx(struct db *db, const struct actor *who, int days, struct kerr *err)
{
	int old = 0;
	char text[16];
	snprintf(text, sizeof text, "%d", days);
	if (store_objection_days(db, &old, err) ||
	    db_exec(db, "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) "
			"ON CONFLICT (key) DO UPDATE SET value = $2, updated_at = $3",
		    DB_ARGS(DB_TEXT(OBJECTION_DAYS_KEY), DB_TEXT(text), DB_INT(now_unix())),
		    err) < 0)
		return -1;
	return store_audit_json(db, who, "update", "pengaturan", 0,
				json_pack("{s:i}", OBJECTION_DAYS_KEY, old),
				json_pack("{s:i}", OBJECTION_DAYS_KEY, days), err);
}

int store_objection_days_set(struct db *db, const struct actor *who, int days,
			     struct kerr *err)
{
	if (objection_days_check(days, err) || db_begin(db, err))
		return -1;
	return db_finish(db, days_set_tx(db, who, days, err), err);
}
