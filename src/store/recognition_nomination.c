/*
 * recognition_nomination.c - nominations of a "pegawai berprestasi":
 * reading one or a list, recording one (a leader's, with a reason), and
 * the decision of HR or an administrator (approved or rejected with a
 * note; approval keeps the nominee's details as they are then, for the
 * certificate).  Also the name of the instansi a unit belongs to (see
 * recognition.h).
 */
#include "store/recognition.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void nomination_release(struct nomination *n)
{
	free(n->reason);
	free(n->note);
	n->reason = n->note = NULL;
}

void nominations_free(struct nomination *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		nomination_release(&v[i]);
	free(v);
}

#define NOM_SELECT \
	"SELECT n.id, n.period_id, pr.name, n.employee_id, e.front_title, e.name, e.back_title, " \
	"e.nip, COALESCE(p.name, ''), COALESCE(n.unit_id, 0), COALESCE(u.name, ''), n.reason, " \
	"n.state, n.rank_text, COALESCE(n.nominator_employee_id, 0), n.nominator_name, " \
	"n.nominated_at, n.decider_name, n.decider_nip, n.decider_position, n.decision_note, " \
	"COALESCE(n.decided_at, 0), n.nominee_name, n.nominee_nip, n.nominee_position, " \
	"n.nominee_unit, n.version " \
	"FROM recognition_nomination n JOIN periods pr ON pr.id = n.period_id " \
	"JOIN employees e ON e.id = n.employee_id LEFT JOIN positions p ON p.id = e.position_id " \
	"LEFT JOIN units u ON u.id = n.unit_id "

static void from_row(struct db_rows *rows, struct nomination *o)
{
	const char *front = db_text(rows, 4), *back = db_text(rows, 6);
	memset(o, 0, sizeof *o);
	o->id = db_int(rows, 0);
	o->period_id = db_int(rows, 1);
	copy_str(o->period_name, sizeof o->period_name, db_text(rows, 2));
	o->employee_id = db_int(rows, 3);
	snprintf(o->employee_name, sizeof o->employee_name, "%s%s%s%s%s", front, *front ? " " : "",
		 db_text(rows, 5), *back ? ", " : "", back);
	copy_str(o->nip, sizeof o->nip, db_text(rows, 7));
	copy_str(o->position_name, sizeof o->position_name, db_text(rows, 8));
	o->unit_id = db_int(rows, 9);
	copy_str(o->unit_name, sizeof o->unit_name, db_text(rows, 10));
	o->reason = xstrdup(db_text(rows, 11));
	if (nomination_state_parse(db_text(rows, 12), &o->state))
		o->state = NOM_DIAJUKAN;
	copy_str(o->rank_text, sizeof o->rank_text, db_text(rows, 13));
	o->nominator_employee_id = db_int(rows, 14);
	copy_str(o->nominator_name, sizeof o->nominator_name, db_text(rows, 15));
	o->nominated_at = db_int(rows, 16);
	copy_str(o->decider_name, sizeof o->decider_name, db_text(rows, 17));
	copy_str(o->decider_nip, sizeof o->decider_nip, db_text(rows, 18));
	copy_str(o->decider_position, sizeof o->decider_position, db_text(rows, 19));
	o->note = xstrdup(db_text(rows, 20));
	o->decided_at = db_int(rows, 21);
	copy_str(o->nominee_name, sizeof o->nominee_name, db_text(rows, 22));
	copy_str(o->nominee_nip, sizeof o->nominee_nip, db_text(rows, 23));
	copy_str(o->nominee_position, sizeof o->nominee_position, db_text(rows, 24));
	copy_str(o->nominee_unit, sizeof o->nominee_unit, db_text(rows, 25));
	o->version = db_int(rows, 26);
}

static void fill_row(struct db_rows *rows, void *item)
{
	from_row(rows, item);
}

static void release_rows(void *items, size_t n)
{
	nominations_free(items, n);
}

static int collect(struct db_rows *rows, struct nomination **out, size_t *n, struct kerr *err)
{
	return db_collect(rows, sizeof **out, fill_row, release_rows, (void **)out, n, err);
}

static int get_one(struct db *db, const char *sql, int64_t id, struct nomination *out,
		   struct kerr *err)
{
	struct nomination *v = NULL;
	size_t n = 0;
	memset(out, 0, sizeof *out);
	if (collect(db_query(db, sql, DB_ARGS(DB_INT(id)), err), &v, &n, err))
		return -1;
	if (!n) {
		free(v);
		return kerr_set(err, KERR_NOT_FOUND, "", "Usulan pegawai berprestasi tidak ditemukan");
	}
	*out = v[0];
	free(v);
	return 0;
}

int store_nomination_get(struct db *db, int64_t id, struct nomination *out, struct kerr *err)
{
	return get_one(db, NOM_SELECT "WHERE n.id = $1", id, out, err);
}

int store_nomination_list(struct db *db, int64_t period_id, int64_t unit_id,
			  int64_t employee_id, struct nomination **out, size_t *n,
			  struct kerr *err)
{
	static const char sql[] =
		"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $2 "
		"  UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
		NOM_SELECT "WHERE ($1 = 0 OR n.period_id = $1) "
		"AND ($2 = 0 OR n.unit_id IN (SELECT id FROM sub)) "
		"AND ($3 = 0 OR n.employee_id = $3 OR n.nominator_employee_id = $3) "
		"ORDER BY n.nominated_at DESC, n.id DESC LIMIT 500";
	return collect(db_query(db, sql, DB_ARGS(DB_INT(period_id), DB_INT(unit_id),
						 DB_INT(employee_id)), err), out, n, err);
}

static json_t *nomination_json(const struct nomination *o)
{
	return json_pack("{s:I, s:I, s:I, s:s, s:s, s:s, s:s, s:s, s:s}", "period_id",
			 (json_int_t)o->period_id, "employee_id", (json_int_t)o->employee_id,
			 "unit_id", (json_int_t)o->unit_id, "reason", o->reason, "state",
			 nomination_state_name(o->state), "rank", o->rank_text, "nominator",
			 o->nominator_name, "decider", o->decider_name, "note", o->note);
}

/* ---- nominating ------------------------------------------------------------------------- */

static int create_checks(struct db *db, const struct nomination_input *in, struct kerr *err)
{
	struct period p;
	struct employee e;
	int64_t skps = 0, taken = 0;
	if (store_period_get(db, in->period_id, &p, err)) {
		if (err->code == KERR_NOT_FOUND)
			copy_str(err->field, sizeof err->field, "periode");
		return -1;
	}
	if (store_employee_get(db, in->employee_id, &e, err)) {
		if (err->code == KERR_NOT_FOUND)
			copy_str(err->field, sizeof err->field, "pegawai");
		return -1;
	}
	if (in->nominator_employee_id && in->nominator_employee_id == in->employee_id)
		return kerr_set(err, KERR_FORBIDDEN, "pegawai", "Anda tidak dapat mengusulkan diri "
				"sendiri sebagai pegawai berprestasi");
	if (db_query_int(db, "SELECT COUNT(*) FROM skp WHERE period_id = $1 AND employee_id = $2",
			 DB_ARGS(DB_INT(in->period_id), DB_INT(in->employee_id)), &skps, err) < 0 ||
	    db_query_int(db, "SELECT COUNT(*) FROM recognition_nomination WHERE period_id = $1 "
			 "AND employee_id = $2", DB_ARGS(DB_INT(in->period_id),
			 DB_INT(in->employee_id)), &taken, err) < 0)
		return -1;
	if (!skps)
		return kerr_set(err, KERR_CONFLICT, "pegawai", "%s tidak mempunyai SKP pada periode %s",
				e.name, p.name);
	if (taken)
		return kerr_set(err, KERR_CONFLICT, "pegawai", "%s sudah diusulkan sebagai pegawai "
				"berprestasi pada periode %s", e.name, p.name);
	return nomination_text_check(in->reason, 1, "alasan", "Alasan usulan", err);
}

static int create_tx(struct db *db, const struct actor *who, const struct nomination_input *in,
		     int64_t *id, struct kerr *err)
{
	struct nomination o;
	if (create_checks(db, in, err))
		return -1;
	int rc = db_query_int(db,
		"INSERT INTO recognition_nomination (period_id, employee_id, unit_id, reason, state, "
		"rank_text, nominator_user_id, nominator_employee_id, nominator_name, nominated_at) "
		"VALUES ($1, $2, $3, $4, 'diajukan', $5, $6, $7, $8, $9) RETURNING id",
		DB_ARGS(DB_INT(in->period_id), DB_INT(in->employee_id), DB_ID(in->unit_id),
			DB_TEXT(in->reason), DB_TEXT(in->rank_text ? in->rank_text : ""),
			DB_ID(who->user_id), DB_ID(in->nominator_employee_id),
			DB_TEXT(in->nominator_name ? in->nominator_name : ""), DB_INT(now_unix())),
		id, err);
	if (rc < 0 && db_last_was_unique_violation(db)) {
		kerr_clear(err);
		return kerr_set(err, KERR_CONFLICT, "pegawai", "Pegawai ini sudah diusulkan pada "
				"periode ini");
	}
	if (rc != 1)
		return rc ? -1 : kerr_set(err, KERR_DB, "", "Usulan tidak tersimpan");
	if (store_nomination_get(db, *id, &o, err))
		return -1;
	rc = store_audit_json(db, who, "create", "nomination", o.id, NULL, nomination_json(&o), err);
	nomination_release(&o);
	return rc;
}

int store_nomination_create(struct db *db, const struct actor *who,
			    const struct nomination_input *in, int64_t *id, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, create_tx(db, who, in, id, err), err);
}

/* ---- the decision -------------------------------------------------------------------------- */

static int claim(struct db *db, int64_t id, int64_t version, struct nomination *o,
		 struct kerr *err)
{
	int pg = db_kind(db) == DB_POSTGRES;
	if (get_one(db, pg ? NOM_SELECT "WHERE n.id = $1 FOR UPDATE OF n"
			   : NOM_SELECT "WHERE n.id = $1", id, o, err))
		return -1;
	if (version && version != o->version) {
		nomination_release(o);
		return kerr_set(err, KERR_CONFLICT, "version", "Usulan ini telah diubah orang lain "
				"sejak Anda membukanya; muat ulang lalu coba lagi");
	}
	return 0;
}

static int decide_checks(const struct nomination_decision *in, const struct nomination *o,
			 struct kerr *err)
{
	if (o->state != NOM_DIAJUKAN)
		return kerr_set(err, KERR_CONFLICT, "status", "Usulan ini sudah diputus (%s); "
				"putusan tidak dapat diubah", nomination_state_label(o->state));
	if (in->state != NOM_DISETUJUI && in->state != NOM_DITOLAK)
		return kerr_set(err, KERR_INVALID, "putusan", "Putusan harus 'disetujui' atau "
				"'ditolak'");
	return nomination_text_check(in->note, in->state == NOM_DITOLAK, "catatan",
				     in->state == NOM_DITOLAK ? "Alasan penolakan" : "Catatan", err);
}

/* The nominee's unit name for the certificate: the ranked unit's. */
static int decide_tx(struct db *db, const struct actor *who, const struct nomination_decision *in,
		     struct kerr *err)
{
	struct nomination o, after;
	if (claim(db, in->id, in->version, &o, err))
		return -1;
	int rc = decide_checks(in, &o, err);
	int ok = in->state == NOM_DISETUJUI;
	if (!rc && db_exec(db,
		"UPDATE recognition_nomination SET state = $2, decision_note = $3, decided_at = $4, "
		"decider_user_id = $5, decider_name = $6, decider_nip = $7, decider_position = $8, "
		"nominee_name = $9, nominee_nip = $10, nominee_position = $11, nominee_unit = $12, "
		"version = version + 1 WHERE id = $1",
		DB_ARGS(DB_INT(o.id), DB_TEXT(nomination_state_name(in->state)),
			DB_TEXT(in->note ? in->note : ""), DB_INT(now_unix()), DB_ID(who->user_id),
			DB_TEXT(in->decider_name ? in->decider_name : ""),
			DB_TEXT(in->decider_nip ? in->decider_nip : ""),
			DB_TEXT(in->decider_position ? in->decider_position : ""),
			DB_TEXT(ok ? o.employee_name : ""), DB_TEXT(ok ? o.nip : ""),
			DB_TEXT(ok ? o.position_name : ""), DB_TEXT(ok ? o.unit_name : "")), err) < 0)
		rc = -1;
	if (!rc && !(rc = store_nomination_get(db, o.id, &after, err))) {
		rc = store_audit_json(db, who, ok ? "setujui" : "tolak", "nomination", o.id,
				      nomination_json(&o), nomination_json(&after), err);
		nomination_release(&after);
	}
	nomination_release(&o);
	return rc;
}

int store_nomination_decide(struct db *db, const struct actor *who,
			    const struct nomination_decision *in, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, decide_tx(db, who, in, err), err);
}

int store_instansi_name(struct db *db, int64_t unit_id, char *out, size_t size,
			struct kerr *err)
{
	struct unit u;
	out[0] = '\0';
	for (int depth = 0; unit_id && depth < 64; depth++) {
		if (store_unit_get(db, unit_id, &u, err))
			return -1;
		copy_str(out, size, u.name);
		unit_id = u.parent_id;
	}
	return 0;
}
