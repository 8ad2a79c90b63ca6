/*
 * r360_raters.c - who rates whom in a 360-degree round: listing the
 * assignments (for HR, and a rater's own forms), the changes HR makes to
 * the automatic list (adding and removing raters), reminders to the
 * raters who have not answered yet, and a round's progress per unit and
 * per person rated.
 */
#include "store/r360_int.h"
#include "store/db.h"
#include "store/plan_int.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* ---- reading --------------------------------------------------------------------------- */

#define PERSON_COLS(e, p, u) \
	e ".id, " e ".nip, " e ".name, COALESCE(" p ".name, ''), " u ".name, " e ".unit_id, "

#define RATER_SELECT \
	"SELECT a.id, a.round_id, r.name, r.state, r.closes_on, r.scale, " \
	PERSON_COLS("te", "tp", "tu") PERSON_COLS("re", "rp", "ru") \
	"a.grp, a.source, a.state, a.decline_reason, COALESCE(a.answered_at, 0), " \
	"COALESCE(a.reminded_at, 0), a.created_at FROM rater360 a " \
	"JOIN round360 r ON r.id = a.round_id " \
	"JOIN employees te ON te.id = a.ratee_employee_id JOIN units tu ON tu.id = te.unit_id " \
	"LEFT JOIN positions tp ON tp.id = te.position_id " \
	"JOIN employees re ON re.id = a.rater_employee_id JOIN units ru ON ru.id = re.unit_id " \
	"LEFT JOIN positions rp ON rp.id = re.position_id "

static void person_from_row(struct db_rows *rows, int col, struct person360 *p)
{
	p->id = db_int(rows, col);
	copy_str(p->nip, sizeof p->nip, db_text(rows, col + 1));
	copy_str(p->name, sizeof p->name, db_text(rows, col + 2));
	copy_str(p->position_name, sizeof p->position_name, db_text(rows, col + 3));
	copy_str(p->unit_name, sizeof p->unit_name, db_text(rows, col + 4));
	p->unit_id = db_int(rows, col + 5);
}

static void rater_from_row(struct db_rows *rows, void *out)
{
	struct rater360 *a = out;
	a->id = db_int(rows, 0);
	a->round_id = db_int(rows, 1);
	copy_str(a->round_name, sizeof a->round_name, db_text(rows, 2));
	copy_str(a->round_state, sizeof a->round_state, db_text(rows, 3));
	copy_str(a->closes_on, sizeof a->closes_on, db_text(rows, 4));
	a->scale = atoi(db_text(rows, 5)) == 5 ? 5 : 3;
	person_from_row(rows, 6, &a->ratee);
	person_from_row(rows, 12, &a->rater);
	copy_str(a->grp, sizeof a->grp, db_text(rows, 18));
	copy_str(a->source, sizeof a->source, db_text(rows, 19));
	copy_str(a->state, sizeof a->state, db_text(rows, 20));
	copy_str(a->decline_reason, sizeof a->decline_reason, db_text(rows, 21));
	a->answered_at = db_int(rows, 22);
	a->reminded_at = db_int(rows, 23);
	a->created_at = db_int(rows, 24);
}

int store_rater360_list(struct db *db, const struct rater360_query *q, struct rater360 **out,
			size_t *n, struct kerr *err)
{
	char today[11];
	plan_today_wib(today);
	return r360_collect(db_query(db,
		"WITH RECURSIVE scope(id) AS (SELECT id FROM units WHERE id = $8 "
		"UNION SELECT u.id FROM units u JOIN scope ON u.parent_id = scope.id) "
		RATER_SELECT "WHERE ($1 = 0 OR a.round_id = $1) AND ($2 = 0 OR a.ratee_employee_id = $2) "
		"AND ($3 = 0 OR a.rater_employee_id = $3) AND a.ratee_employee_id <> $4 "
		"AND ($5 = '' OR a.state = $5) "
		"AND ($6 = 0 OR (r.state = 'terbuka' AND r.closes_on >= $7)) "
		"AND ($8 = 0 OR te.unit_id IN (SELECT id FROM scope)) "
		"ORDER BY r.created_at DESC, r.id DESC, te.name_key, te.id, CASE a.grp "
		"WHEN 'atasan' THEN 0 WHEN 'rekan' THEN 1 WHEN 'bawahan' THEN 2 ELSE 3 END, "
		"re.name_key, re.id",
		DB_ARGS(DB_INT(q->round_id), DB_INT(q->ratee_id), DB_INT(q->rater_id),
			DB_INT(q->not_ratee_id), DB_TEXT(q->state ? q->state : ""),
			DB_INT(q->open_only), DB_TEXT(today), DB_INT(q->scope_unit)), err),
		sizeof **out, rater_from_row, (void **)out, n, err);
}

int store_rater360_get(struct db *db, int64_t id, struct rater360 *out, struct kerr *err)
{
	struct rater360 *list;
	size_t n;
	if (r360_collect(db_query(db, RATER_SELECT "WHERE a.id = $1", DB_ARGS(DB_INT(id)), err),
			 sizeof *list, rater_from_row, (void **)&list, &n, err))
		return -1;
	if (n)
		*out = list[0];
	free(list);
	return n ? 0 : kerr_set(err, KERR_NOT_FOUND, "penugasan",
				"Penugasan penilai 360 tidak ditemukan");
}

int rater360_accepting(const struct rater360 *a)
{
	char today[11];
	plan_today_wib(today);
	return !strcmp(a->state, "menunggu") && !strcmp(a->round_state, "terbuka") &&
	       strcmp(today, a->closes_on) <= 0;
}

/* ---- HR's changes -------------------------------------------------------------------------- */

static json_t *assignment_json(int64_t round_id, int64_t ratee, int64_t rater, const char *grp,
			       const char *source)
{
	return json_pack("{s:I, s:I, s:I, s:s, s:s}", "putaran", (json_int_t)round_id,
			 "pegawai_id", (json_int_t)ratee, "penilai_id", (json_int_t)rater,
			 "kelompok", grp, "sumber", source);
}

/* An active employee, or KERR_INVALID on `field`. */
static int active_employee(struct db *db, int64_t id, const char *field, const char *what,
			   struct kerr *err)
{
	struct employee e;
	struct kerr nf = KERR_INIT;
	if (store_employee_get(db, id, &e, &nf))
		return nf.code == KERR_NOT_FOUND
			? kerr_set(err, KERR_INVALID, field, "%s dengan id %lld tidak ditemukan",
				   what, (long long)id)
			: kerr_set(err, nf.code, nf.field, "%s", nf.msg);
	if (strcmp(e.status, "aktif"))
		return kerr_set(err, KERR_INVALID, field, "%s %s tidak aktif", what, e.name);
	return 0;
}

static int check_pair(int64_t ratee, int64_t rater, const char *grp, struct kerr *err)
{
	if (!r360_group_valid(grp))
		return kerr_set(err, KERR_INVALID, "kelompok",
				"Kelompok penilai harus atasan, rekan, bawahan atau diri");
	if (ratee == rater && strcmp(grp, "diri"))
		return kerr_set(err, KERR_INVALID, "penilai_id",
				"Pegawai tidak dapat menilai dirinya sendiri sebagai %s", grp);
	if (ratee != rater && !strcmp(grp, "diri"))
		return kerr_set(err, KERR_INVALID, "kelompok",
				"Penilaian diri hanya diisi oleh pegawai yang dinilai sendiri");
	return 0;
}

static int rater_add_tx(struct db *db, const struct actor *who, int64_t round_id, int64_t ratee,
			int64_t rater, const char *grp, int64_t *id, struct kerr *err)
{
	struct round360 rd;
	int64_t taken = 0;
	if (r360_round_open_for_change(db, round_id, &rd, err) ||
	    active_employee(db, ratee, "pegawai_id", "Pegawai yang dinilai", err) ||
	    active_employee(db, rater, "penilai_id", "Penilai", err))
		return -1;
	if (db_query_int(db, "SELECT COUNT(*) FROM rater360 WHERE round_id = $1 AND "
			     "ratee_employee_id = $2 AND rater_employee_id = $3",
			 DB_ARGS(DB_INT(round_id), DB_INT(ratee), DB_INT(rater)), &taken, err) < 0)
		return -1;
	if (taken)
		return kerr_set(err, KERR_CONFLICT, "penilai_id",
				"Pegawai ini sudah menjadi penilai pada putaran ini");
	int rc = db_query_int(db, "INSERT INTO rater360 (round_id, ratee_employee_id, "
				  "rater_employee_id, grp, source, state, created_at) VALUES "
				  "($1, $2, $3, $4, 'manual', 'menunggu', $5) RETURNING id",
			      DB_ARGS(DB_INT(round_id), DB_INT(ratee), DB_INT(rater), DB_TEXT(grp),
				      DB_INT(now_unix())), id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "Penugasan tidak tersimpan") : -1;
	return store_audit_json(db, who, "create", "rater360", *id, NULL,
				assignment_json(round_id, ratee, rater, grp, "manual"), err);
}

int store_rater360_add(struct db *db, const struct actor *who, int64_t round_id,
		       int64_t ratee_id, int64_t rater_id, const char *grp, int64_t *id,
		       struct kerr *err)
{
	if (check_pair(ratee_id, rater_id, grp, err) || db_begin(db, err))
		return -1;
	return db_finish(db, rater_add_tx(db, who, round_id, ratee_id, rater_id, grp, id, err),
			 err);
}

static int rater_remove_tx(struct db *db, const struct actor *who, int64_t id, struct kerr *err)
{
	struct rater360 a;
	struct round360 rd;
	if (store_rater360_get(db, id, &a, err) ||
	    r360_round_open_for_change(db, a.round_id, &rd, err))
		return -1;
	if (!strcmp(a.state, "dijawab"))
		return kerr_set(err, KERR_CONFLICT, "penugasan",
				"Penugasan yang sudah dijawab tidak dapat dihapus");
	if (db_exec(db, "DELETE FROM rater360 WHERE id = $1 AND state <> 'dijawab'",
		    DB_ARGS(DB_INT(id)), err) < 0)
		return -1;
	json_t *before = assignment_json(a.round_id, a.ratee.id, a.rater.id, a.grp, a.source);
	json_object_set_new(before, "status", json_string(a.state));
	return store_audit_json(db, who, "delete", "rater360", id, before, NULL, err);
}

int store_rater360_remove(struct db *db, const struct actor *who, int64_t id, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, rater_remove_tx(db, who, id, err), err);
}

/* ---- reminders ---------------------------------------------------------------------------------- */

static int remind_tx(struct db *db, const struct actor *who, int64_t round_id, int64_t scope_unit,
		     int64_t *count, struct kerr *err)
{
	struct round360 rd;
	if (r360_round_open_for_change(db, round_id, &rd, err))
		return -1;
	if (!round360_accepting(&rd))
		return kerr_set(err, KERR_CONFLICT, "putaran",
				"Batas waktu pengisian putaran ini (%s) sudah lewat", rd.closes_on);
	*count = db_exec(db,
		"WITH RECURSIVE scope(id) AS (SELECT id FROM units WHERE id = $2 "
		"UNION SELECT u.id FROM units u JOIN scope ON u.parent_id = scope.id) "
		"UPDATE rater360 SET reminded_at = $3 WHERE round_id = $1 AND state = 'menunggu' "
		"AND ($2 = 0 OR ratee_employee_id IN (SELECT e.id FROM employees e "
		"WHERE e.unit_id IN (SELECT id FROM scope)))",
		DB_ARGS(DB_INT(round_id), DB_INT(scope_unit), DB_INT(now_unix())), err);
	if (*count < 0)
		return -1;
	return store_audit_json(db, who, "pengingat", "round360", round_id, NULL,
				json_pack("{s:I}", "jumlah", (json_int_t)*count), err);
}

int store_rater360_remind(struct db *db, const struct actor *who, int64_t round_id,
			  int64_t scope_unit, int64_t *count, struct kerr *err)
{
	*count = 0;
	if (db_begin(db, err))
		return -1;
	return db_finish(db, remind_tx(db, who, round_id, scope_unit, count, err), err);
}

/* ---- progress ---------------------------------------------------------------------------------- */

/* The units at or below $2 (all when $2 is 0), as a CTE named `scope`. */
#define SCOPE_CTE \
	"WITH RECURSIVE scope(id) AS (SELECT id FROM units WHERE id = $2 OR $2 = 0 " \
	"UNION SELECT u.id FROM units u JOIN scope ON u.parent_id = scope.id) "

#define SUM_STATE(st) "SUM(CASE WHEN a.state = '" st "' THEN 1 ELSE 0 END)"

static void progress_from_row(struct db_rows *rows, void *out)
{
	struct progress360 *p = out;
	p->unit_id = db_int(rows, 0);
	copy_str(p->unit_name, sizeof p->unit_name, db_text(rows, 1));
	p->ratees = db_int(rows, 2);
	p->answered = db_int(rows, 3);
	p->pending = db_int(rows, 4);
	p->declined = db_int(rows, 5);
}

int store_round360_progress(struct db *db, int64_t round_id, int64_t scope_unit,
			    struct progress360 **out, size_t *n, struct kerr *err)
{
	return r360_collect(db_query(db, SCOPE_CTE
		"SELECT u.id, u.name, COUNT(DISTINCT a.ratee_employee_id), " SUM_STATE("dijawab") ", "
		SUM_STATE("menunggu") ", " SUM_STATE("ditolak") " FROM rater360 a "
		"JOIN employees e ON e.id = a.ratee_employee_id JOIN units u ON u.id = e.unit_id "
		"WHERE a.round_id = $1 AND e.unit_id IN (SELECT id FROM scope) "
		"GROUP BY u.id, u.code, u.name ORDER BY u.code",
		DB_ARGS(DB_INT(round_id), DB_INT(scope_unit)), err),
		sizeof **out, progress_from_row, (void **)out, n, err);
}

static void ratee_from_row(struct db_rows *rows, void *out)
{
	struct ratee360 *p = out;
	p->employee_id = db_int(rows, 0);
	copy_str(p->nip, sizeof p->nip, db_text(rows, 1));
	copy_str(p->name, sizeof p->name, db_text(rows, 2));
	copy_str(p->position_name, sizeof p->position_name, db_text(rows, 3));
	p->total = db_int(rows, 4);
	p->answered = db_int(rows, 5);
	p->pending = db_int(rows, 6);
	p->declined = db_int(rows, 7);
}

int store_round360_ratees(struct db *db, int64_t round_id, int64_t unit_id,
			  struct ratee360 **out, size_t *n, struct kerr *err)
{
	return r360_collect(db_query(db,
		"SELECT e.id, e.nip, e.name, COALESCE(p.name, ''), COUNT(*), " SUM_STATE("dijawab")
		", " SUM_STATE("menunggu") ", " SUM_STATE("ditolak") " FROM rater360 a "
		"JOIN employees e ON e.id = a.ratee_employee_id "
		"LEFT JOIN positions p ON p.id = e.position_id "
		"WHERE a.round_id = $1 AND e.unit_id = $2 "
		"GROUP BY e.id, e.nip, e.name, e.name_key, p.name ORDER BY e.name_key, e.id",
		DB_ARGS(DB_INT(round_id), DB_INT(unit_id)), err),
		sizeof **out, ratee_from_row, (void **)out, n, err);
}
