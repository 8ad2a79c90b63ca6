/*
 * unit_result.c - units as the assessment sees them: which position heads
 * a unit, who leads it from one level up (the pejabat penilai of its
 * head, who sets its predicate), and the unit predicate of a period
 * (predikat kinerja organisasi) with its note.  Setting the predicate
 * gives the tahunan assessment of the unit's head its hasil kerja rating
 * (assess_sync_heads); every unit with its leader and curve for the
 * overview.  The curve is in curve_reason.c.
 */
#include "store/assessment_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"
#include "domain/hierarchy.h"

#include <stdlib.h>
#include <string.h>

/* ---- heads and leaders ------------------------------------------------------------------ */

/* Positions at the top of their unit (no parent, or one in another unit). */
#define TOP_IN_UNIT \
	"SELECT p.unit_id, p.id, p.kind FROM positions p " \
	"LEFT JOIN positions q ON q.id = p.parent_id " \
	"WHERE (q.id IS NULL OR q.unit_id <> p.unit_id)"

int store_unit_head(struct db *db, int64_t unit_id, int64_t *position_id, struct kerr *err)
{
	*position_id = 0;
	struct db_rows *rows = db_query(db, TOP_IN_UNIT " AND p.unit_id = $1 ORDER BY p.id",
					DB_ARGS(DB_INT(unit_id)), err);
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1)
		if (!*position_id && position_kind_is_head(db_text(rows, 2)))
			*position_id = db_int(rows, 1);
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int store_position_heads(struct db *db, int64_t position_id, int64_t *unit_id,
			 struct kerr *err)
{
	struct position p;
	int64_t head = 0;
	*unit_id = 0;
	if (store_position_get(db, position_id, &p, err) || store_unit_head(db, p.unit_id, &head, err))
		return -1;
	if (head == position_id)
		*unit_id = p.unit_id;
	return 0;
}

int store_unit_leader(struct db *db, int64_t unit_id, int64_t *leader, struct kerr *err)
{
	int64_t head = 0;
	struct pos_node *nodes;
	size_t n;
	*leader = 0;
	if (store_unit_head(db, unit_id, &head, err))
		return -1;
	if (!head)
		return 0;
	if (store_position_chain(db, head, &nodes, &n, err))
		return -1;
	struct pos_index *idx = pos_index_build(nodes, n);
	free(nodes);
	if (!idx)
		return kerr_set(err, KERR_INTERNAL, "", "Hierarki jabatan tidak dapat dibaca");
	*leader = hier_assessor(idx, head);
	pos_index_free(idx);
	return 0;
}

/* The head position of each unit (heads[i] for units[i], 0 for none). */
static int unit_heads(struct db *db, const struct unit *units, size_t n, int64_t *heads,
		      struct kerr *err)
{
	struct db_rows *rows = db_query(db, TOP_IN_UNIT " ORDER BY p.unit_id, p.id", DB_NOARGS,
					err);
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		if (!position_kind_is_head(db_text(rows, 2)))
			continue;
		for (size_t i = 0; i < n; i++)
			if (units[i].id == db_int(rows, 0) && !heads[i])
				heads[i] = db_int(rows, 1);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int store_unit_leaders(struct db *db, struct unit **units, int64_t **leaders, size_t *n,
		       struct kerr *err)
{
	struct pos_node *nodes = NULL;
	size_t nn = 0;
	*leaders = NULL;
	if (store_unit_list(db, units, n, err))
		return -1;
	*leaders = xcalloc(*n ? *n : 1, sizeof **leaders);
	int rc = unit_heads(db, *units, *n, *leaders, err);
	if (!rc)
		rc = store_position_nodes(db, &nodes, &nn, err);
	struct pos_index *idx = rc ? NULL : pos_index_build(nodes, nn);
	free(nodes);
	if (!rc && !idx)
		rc = kerr_set(err, KERR_INTERNAL, "", "Hierarki jabatan tidak dapat dibaca");
	for (size_t i = 0; !rc && i < *n; i++)
		(*leaders)[i] = (*leaders)[i] ? hier_assessor(idx, (*leaders)[i]) : 0;
	pos_index_free(idx);
	if (rc) {
		free(*units);
		free(*leaders);
		*units = NULL;
		*leaders = NULL;
		*n = 0;
	}
	return rc;
}

int store_unit_overview(struct db *db, int64_t period_id, int64_t checkpoint_id,
			struct unit_overview *out, struct kerr *err)
{
	size_t ncurves = 0;
	memset(out, 0, sizeof *out);
	if (store_unit_leaders(db, &out->units, &out->leaders, &out->n, err) ||
	    store_unit_curves_at(db, period_id, checkpoint_id, &out->curves, &ncurves, err) ||
	    (ncurves != out->n && kerr_set(err, KERR_CONFLICT, "", "Daftar unit berubah saat "
					   "dibaca; ulangi permintaan"))) {
		unit_curves_free(out->curves, ncurves);
		out->curves = NULL;
		unit_overview_release(out);
		return -1;
	}
	return 0;
}

void unit_overview_release(struct unit_overview *o)
{
	free(o->units);
	free(o->leaders);
	unit_curves_free(o->curves, o->n);
	memset(o, 0, sizeof *o);
}

/* ---- the unit predicate ------------------------------------------------------------------ */

int assess_unit_result_from_row(struct db_rows *rows, int col, struct unit_result *out)
{
	if (unit_predicate_parse(db_text(rows, col + 1), &out->predicate))
		return 0;
	out->id = db_int(rows, col);
	out->set = 1;
	copy_str(out->note, sizeof out->note, db_text(rows, col + 2));
	out->set_by_user = db_int(rows, col + 3);
	copy_str(out->set_by_name, sizeof out->set_by_name, db_text(rows, col + 4));
	out->set_at = db_int(rows, col + 5);
	out->version = db_int(rows, col + 6);
	return 1;
}

int store_unit_result_get(struct db *db, int64_t period_id, int64_t unit_id,
			  struct unit_result *out, struct kerr *err)
{
	memset(out, 0, sizeof *out);
	out->period_id = period_id;
	out->unit_id = unit_id;
	struct db_rows *rows = db_query(db, "SELECT " UNIT_RESULT_COLS " FROM unit_result "
					"WHERE period_id = $1 AND unit_id = $2",
					DB_ARGS(DB_INT(period_id), DB_INT(unit_id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		assess_unit_result_from_row(rows, 0, out);
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static json_t *result_json(const struct unit_result *u)
{
	return json_pack("{s:I, s:I, s:s, s:s, s:I}", "period_id", (json_int_t)u->period_id,
			 "unit_id", (json_int_t)u->unit_id, "predicate",
			 u->set ? unit_predicate_name(u->predicate) : "", "note", u->note,
			 "version", (json_int_t)u->version);
}

static int write_result(struct db *db, const struct actor *who, struct unit_result *u,
			int64_t old_version, const char *name, struct kerr *err)
{
	u->set_at = now_unix();
	u->set_by_user = who->user_id;
	copy_str(u->set_by_name, sizeof u->set_by_name, name && *name ? name : who->login);
	if (old_version) {
		int64_t changed = db_exec(db,
			"UPDATE unit_result SET predicate = $1, note = $2, set_by_user = $3, "
			"set_by_name = $4, set_at = $5, version = version + 1 WHERE id = $6 "
			"AND version = $7", DB_ARGS(DB_TEXT(unit_predicate_name(u->predicate)),
			DB_TEXT(u->note), DB_ID(u->set_by_user), DB_TEXT(u->set_by_name),
			DB_INT(u->set_at), DB_INT(u->id), DB_INT(old_version)), err);
		u->version = old_version + 1;
		return changed < 0 ? -1 : changed ? 0 : kerr_set(err, KERR_CONFLICT, "version",
			"Predikat unit telah diubah oleh orang lain; muat ulang halaman");
	}
	u->version = 1;
	int rc = db_query_int(db,
		"INSERT INTO unit_result (period_id, unit_id, predicate, note, set_by_user, "
		"set_by_name, set_at, version) VALUES ($1, $2, $3, $4, $5, $6, $7, 1) RETURNING id",
		DB_ARGS(DB_INT(u->period_id), DB_INT(u->unit_id),
			DB_TEXT(unit_predicate_name(u->predicate)), DB_TEXT(u->note),
			DB_ID(u->set_by_user), DB_TEXT(u->set_by_name), DB_INT(u->set_at)), &u->id, err);
	if (rc < 0 && db_last_was_unique_violation(db)) {
		kerr_clear(err);
		return kerr_set(err, KERR_CONFLICT, "version", "Predikat unit baru saja ditetapkan "
				"oleh orang lain; muat ulang halaman");
	}
	return rc == 1 ? 0 : rc < 0 ? -1 : kerr_set(err, KERR_DB, "", "Predikat unit tidak tersimpan");
}

/* The period, refusing a closed one (held FOR SHARE on PostgreSQL, so
 * closing it waits for this transaction). */
int assess_period_open(struct db *db, int64_t period_id, struct kerr *err)
{
	const char *sql = db_kind(db) == DB_POSTGRES
		? "SELECT state FROM periods WHERE id = $1 FOR SHARE"
		: "SELECT state FROM periods WHERE id = $1";
	struct db_rows *rows = db_query(db, sql, DB_ARGS(DB_INT(period_id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	int closed = rc == 1 && !strcmp(db_text(rows, 0), "ditutup");
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "periode", "Periode kinerja tidak ditemukan");
	if (closed)
		return kerr_set(err, KERR_CONFLICT, "periode", "Periode sudah ditutup; predikat "
				"unit dan alasan kurva tidak dapat diubah lagi");
	return rc < 0 ? -1 : 0;
}

static int result_set_tx(struct db *db, const struct actor *who, int64_t period_id,
			 int64_t unit_id, enum unit_predicate p, const char *note, int64_t version,
			 const char *name, struct kerr *err)
{
	struct unit_result old, u;
	struct unit unit;
	if (assess_period_open(db, period_id, err) || store_unit_get(db, unit_id, &unit, err) ||
	    store_unit_result_get(db, period_id, unit_id, &old, err))
		return -1;
	if (note && *note && skp_text_check(note, UNIT_NOTE_MAX, 1, "catatan", "Catatan", err))
		return -1;
	if ((unsigned)p >= UNIT_PRED__COUNT)
		return kerr_set(err, KERR_INVALID, "predikat", "Predikat unit wajib dipilih");
	if (version != old.version)
		return kerr_set(err, KERR_CONFLICT, "version", "Predikat unit telah diubah oleh "
				"orang lain; muat ulang halaman");
	u = old;
	u.set = 1;
	u.predicate = p;
	copy_str(u.note, sizeof u.note, note ? note : "");
	if (write_result(db, who, &u, old.version, name, err) ||
	    store_audit_json(db, who, old.set ? "update" : "create", "unit_result", u.id,
			     old.set ? result_json(&old) : NULL, result_json(&u), err))
		return -1;
	return assess_sync_heads(db, who, period_id, unit_id, p, name, err);
}

int store_unit_result_set(struct db *db, const struct actor *who, int64_t period_id,
			  int64_t unit_id, enum unit_predicate p, const char *note, int64_t version,
			  const char *actor_name, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, result_set_tx(db, who, period_id, unit_id, p, note, version,
					   actor_name, err), err);
}
