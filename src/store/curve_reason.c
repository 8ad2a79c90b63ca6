/*
 * curve_reason.c - the distribution curve of a unit in a period: the
 * final tahunan predicates of the employees directly in the unit counted
 * and checked against the unit predicate (curve_check) - or, during the
 * year, the final periodik ones of a checkpoint, a provisional spread -
 * the reason the
 * leader gives for a spread that deviates (kept with the spread's
 * signature, curve_key, so a changed spread needs a new reason), and the
 * check that keeps a period from closing while a deviating unit has no
 * reason for its current spread.
 */
#include "store/assessment_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <stdlib.h>
#include <string.h>

/* The final predicates of the unit's direct members on the curve's basis
 * (tahunan, or periodik at c->basis_checkpoint), one per employee (the
 * SKP with the latest months). */
static int count_predicates(struct db *db, int64_t period_id, int64_t unit_id,
			    struct unit_curve *c, struct kerr *err)
{
	const char *kind = assessment_kind_name(c->basis_checkpoint ? ASSESS_PERIODIK : ASSESS_TAHUNAN);
	/* Two halves so that each can start from the unit through an index
	 * (a unit's curve must not scan the whole period's SKPs): SKPs of a
	 * post in the unit, and SKPs with no post of an employee of the unit.
	 * The unary + keeps SQLite from reaching for the period's index
	 * instead (it means nothing to PostgreSQL). */
	struct db_rows *rows = db_query(db,
		"SELECT s.employee_id, a.predicate, s.month_from FROM positions p "
		"JOIN skp s ON s.position_id = p.id AND +s.period_id = $1 "
		"JOIN assessment a ON a.skp_id = s.id AND a.kind = $3 "
		"AND COALESCE(a.checkpoint_id, 0) = $4 AND a.state = 'ditetapkan' WHERE p.unit_id = $2 "
		"UNION ALL "
		"SELECT s.employee_id, a.predicate, s.month_from FROM employees e "
		"JOIN skp s ON s.employee_id = e.id AND +s.period_id = $1 AND s.position_id IS NULL "
		"JOIN assessment a ON a.skp_id = s.id AND a.kind = $3 "
		"AND COALESCE(a.checkpoint_id, 0) = $4 AND a.state = 'ditetapkan' WHERE e.unit_id = $2 "
		"ORDER BY 1, 3 DESC",
		DB_ARGS(DB_INT(period_id), DB_INT(unit_id), DB_TEXT(kind),
			DB_INT(c->basis_checkpoint)), err);
	if (!rows)
		return -1;
	int64_t last = 0;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		enum predicate p;
		if (db_int(rows, 0) == last || predicate_parse(db_text(rows, 1), &p))
			continue;
		last = db_int(rows, 0);
		c->count[p]++;
		c->total++;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int load_reason(struct db *db, int64_t period_id, int64_t unit_id, struct unit_curve *c,
		       struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT reason, deviation_key, by_name, at FROM curve_reason "
		"WHERE period_id = $1 AND unit_id = $2", DB_ARGS(DB_INT(period_id), DB_INT(unit_id)),
		err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		c->has_reason = 1;
		free(c->reason);
		c->reason = xstrdup(db_text(rows, 0));
		c->reason_current = c->key[0] && !strcmp(c->key, db_text(rows, 1));
		copy_str(c->reason_by, sizeof c->reason_by, db_text(rows, 2));
		c->reason_at = db_int(rows, 3);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* Names the checkpoint basis, which must belong to the period. */
static int load_basis(struct db *db, int64_t period_id, struct unit_curve *c, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT name FROM checkpoints WHERE id = $1 AND "
					"period_id = $2", DB_ARGS(DB_INT(c->basis_checkpoint),
					DB_INT(period_id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		copy_str(c->basis_name, sizeof c->basis_name, db_text(rows, 0));
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "titik", "Titik periksa %lld bukan bagian dari "
				"periode ini", (long long)c->basis_checkpoint);
	return rc < 0 ? -1 : 0;
}

int store_unit_curve(struct db *db, int64_t period_id, int64_t unit_id, struct unit_curve *out,
		     struct kerr *err)
{
	return store_unit_curve_at(db, period_id, unit_id, 0, out, err);
}

int store_unit_curve_at(struct db *db, int64_t period_id, int64_t unit_id,
			int64_t checkpoint_id, struct unit_curve *out, struct kerr *err)
{
	int64_t members = 0;
	memset(out, 0, sizeof *out);
	out->reason = xstrdup("");
	out->basis_checkpoint = checkpoint_id;
	if ((checkpoint_id && load_basis(db, period_id, out, err)) ||
	    store_unit_get(db, unit_id, &out->unit, err) ||
	    store_unit_result_get(db, period_id, unit_id, &out->result, err) ||
	    db_query_int(db, "SELECT COUNT(*) FROM employees WHERE unit_id = $1 AND status = 'aktif'",
			 DB_ARGS(DB_INT(unit_id)), &members, err) < 0 ||
	    count_predicates(db, period_id, unit_id, out, err))
		return -1;
	out->members = (int)members;
	if (out->result.set) {
		out->n_dev = curve_check(out->result.predicate, out->count, out->dev);
		curve_key(out->result.predicate, out->count, out->key);
	}
	return checkpoint_id ? 0 : load_reason(db, period_id, unit_id, out, err);
}

int store_curve_default_basis(struct db *db, int64_t period_id, int64_t *checkpoint_id,
			      struct kerr *err)
{
	int64_t one = 0, latest = 0;
	*checkpoint_id = 0;
	int annual = db_query_int(db, "SELECT 1 FROM skp s JOIN assessment a ON a.skp_id = s.id "
				  "AND a.kind = 'tahunan' AND a.state = 'ditetapkan' WHERE "
				  "s.period_id = $1 LIMIT 1", DB_ARGS(DB_INT(period_id)), &one, err);
	if (annual < 0)
		return -1;
	if (annual)
		return 0;
	/* Checkpoints latest first, each probed through assessment_checkpoint. */
	if (db_query_int(db, "SELECT c.id FROM checkpoints c WHERE c.period_id = $1 AND EXISTS "
			 "(SELECT 1 FROM assessment a WHERE a.checkpoint_id = c.id AND "
			 "a.state = 'ditetapkan') ORDER BY c.seq DESC LIMIT 1",
			 DB_ARGS(DB_INT(period_id)), &latest, err) < 0)
		return -1;
	*checkpoint_id = latest;
	return 0;
}

void unit_curve_release(struct unit_curve *c)
{
	free(c->reason);
	c->reason = NULL;
}

/* ---- the reason ------------------------------------------------------------------------- */

static int write_reason(struct db *db, const struct actor *who, int64_t period_id,
			int64_t unit_id, const char *reason, const char *key, const char *name,
			int64_t *id, struct kerr *err)
{
	int64_t now = now_unix();
	const char *by = name && *name ? name : who->login;
	int64_t changed = db_exec(db,
		"UPDATE curve_reason SET reason = $1, deviation_key = $2, by_user = $3, by_name = $4, "
		"at = $5 WHERE period_id = $6 AND unit_id = $7",
		DB_ARGS(DB_TEXT(reason), DB_TEXT(key), DB_ID(who->user_id), DB_TEXT(by), DB_INT(now),
			DB_INT(period_id), DB_INT(unit_id)), err);
	if (changed < 0)
		return -1;
	if (!changed && db_exec(db,
		"INSERT INTO curve_reason (period_id, unit_id, reason, deviation_key, by_user, "
		"by_name, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
		DB_ARGS(DB_INT(period_id), DB_INT(unit_id), DB_TEXT(reason), DB_TEXT(key),
			DB_ID(who->user_id), DB_TEXT(by), DB_INT(now)), err) < 0)
		return -1;
	return db_query_int(db, "SELECT id FROM curve_reason WHERE period_id = $1 AND unit_id = $2",
			    DB_ARGS(DB_INT(period_id), DB_INT(unit_id)), id, err) == 1 ? 0 : -1;
}

static int reason_set_tx(struct db *db, const struct actor *who, int64_t period_id,
			 int64_t unit_id, const char *reason, const char *name, struct kerr *err)
{
	struct unit_curve c;
	int64_t id = 0;
	if (assess_period_open(db, period_id, err))
		return -1;
	int rc = store_unit_curve(db, period_id, unit_id, &c, err);
	if (!rc && !c.n_dev)
		rc = kerr_set(err, KERR_CONFLICT, "alasan", "Sebaran predikat pegawai unit ini tidak "
			      "menyimpang dari kurva distribusi; alasan tidak diperlukan");
	if (!rc)
		rc = assessment_reason_check(reason, "alasan", "Alasan penyimpangan kurva", err);
	json_t *before = !rc && c.has_reason
		? json_pack("{s:s}", "reason", c.reason) : NULL;
	if (!rc)
		rc = write_reason(db, who, period_id, unit_id, reason, c.key, name, &id, err);
	if (!rc) {
		rc = store_audit_json(db, who, before ? "update" : "create", "curve_reason", id,
				      before, json_pack("{s:I, s:I, s:s, s:s}", "period_id",
				      (json_int_t)period_id, "unit_id", (json_int_t)unit_id,
				      "reason", reason, "deviation_key", c.key), err);
		before = NULL;
	}
	json_decref(before);
	unit_curve_release(&c);
	return rc;
}

int store_curve_reason_set(struct db *db, const struct actor *who, int64_t period_id,
			   int64_t unit_id, const char *reason, const char *actor_name,
			   struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, reason_set_tx(db, who, period_id, unit_id, reason, actor_name, err),
			 err);
}

/* ---- closing the period ----------------------------------------------------------------- */

/* Appends the name of unit `unit_id` to `names` when its spread deviates
 * without a reason for it. */
int store_curve_close_check(struct db *db, int64_t period_id, struct kerr *err)
{
	struct unit_curve *cs = NULL;
	size_t n = 0;
	struct strbuf names = STRBUF_INIT;
	if (store_unit_curves(db, period_id, &cs, &n, err))
		return -1;
	for (size_t i = 0; i < n; i++)
		if (cs[i].n_dev && !cs[i].reason_current)
			strbuf_addf(&names, "%s%s", names.len ? ", " : "", cs[i].unit.name);
	unit_curves_free(cs, n);
	if (names.len)
		kerr_set(err, KERR_CONFLICT, "aksi", "Periode belum dapat ditutup: sebaran predikat "
			 "pegawai pada unit berikut menyimpang dari kurva distribusi dan belum diberi "
			 "alasan tertulis: %s", names.buf);
	int failed = names.len > 0;
	strbuf_release(&names);
	return failed ? -1 : 0;
}
