/*
 * objection_flow.c - the course of an objection (keberatan): filing it
 * against a final assessment within the deadline (with its decider fixed:
 * the atasan pejabat penilai of the SKP's post), the request for an
 * explanation, the explanation, and the final decision, which changes the
 * assessment only through store_assessment_revise.
 *
 * store_assessment_revise runs its own transaction, so a decision is two:
 * the case is decided first (its row held, so a second decision waits and
 * then finds it decided), then the ratings change; should that fail, the
 * case is put back as it was (audited as "batal_putusan"), so a decision
 * never stands without its ratings.  Everything a decision could be
 * refused for is checked before the first transaction commits.
 */
#include "store/objection_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"
#include "domain/hierarchy.h"

#include <stdlib.h>
#include <string.h>

/* ---- filing ------------------------------------------------------------------------------ */

/* What filing needs to know about the assessment. */
struct target {
	int64_t skp_id, employee_id, assessor_id, position_id, finalised_at;
	int final;
	char hasil[16], perilaku[16], predicate[24];
};

static int target_load(struct db *db, int64_t id, struct target *t, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT a.skp_id, s.employee_id, COALESCE(a.assessor_employee_id, 0), "
		"COALESCE(s.position_id, 0), COALESCE(a.finalised_at, 0), a.state, a.hasil_rating, "
		"a.perilaku_rating, a.predicate FROM assessment a JOIN skp s ON s.id = a.skp_id "
		"WHERE a.id = $1", DB_ARGS(DB_INT(id)), err);
	memset(t, 0, sizeof *t);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		t->skp_id = db_int(rows, 0);
		t->employee_id = db_int(rows, 1);
		t->assessor_id = db_int(rows, 2);
		t->position_id = db_int(rows, 3);
		t->finalised_at = db_int(rows, 4);
		t->final = !strcmp(db_text(rows, 5), ASSESS_FINAL);
		copy_str(t->hasil, sizeof t->hasil, db_text(rows, 6));
		copy_str(t->perilaku, sizeof t->perilaku, db_text(rows, 7));
		copy_str(t->predicate, sizeof t->predicate, db_text(rows, 8));
	}
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "penilaian", "Penilaian tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

/* The atasan pejabat penilai of the SKP's post (else the employee's
 * current one): 0 when nobody in the system is, so an administrator. */
static int find_decider(struct db *db, const struct target *t, int64_t *decider,
			struct kerr *err)
{
	struct employee e;
	struct pos_node *nodes;
	size_t n;
	int64_t pos = t->position_id;
	*decider = 0;
	if (!pos && store_employee_get(db, t->employee_id, &e, err))
		return -1;
	if (!pos)
		pos = e.position_id;
	if (!pos)
		return 0;
	if (store_position_chain(db, pos, &nodes, &n, err))
		return -1;
	struct pos_index *idx = pos_index_build(nodes, n);
	free(nodes);
	if (!idx)
		return kerr_set(err, KERR_INTERNAL, "", "Hierarki jabatan tidak dapat dibaca");
	*decider = hier_assessor_superior(idx, pos);
	pos_index_free(idx);
	return 0;
}

/* The checks of filing that read the database, in the order a person
 * would want to hear them. */
static int file_checks(struct db *db, const struct objection_filing *in, const struct target *t,
		       struct kerr *err)
{
	int64_t taken = 0;
	int days = 0;
	if (!in->employee_id || in->employee_id != t->employee_id)
		return kerr_set(err, KERR_FORBIDDEN, "", "Hanya pegawai yang dinilai yang dapat "
				"mengajukan keberatan atas penilaiannya");
	if (!t->final)
		return kerr_set(err, KERR_CONFLICT, "penilaian", "Keberatan hanya dapat diajukan atas "
				"penilaian yang sudah ditetapkan");
	if (db_query_int(db, "SELECT COUNT(*) FROM objection WHERE assessment_id = $1",
			 DB_ARGS(DB_INT(in->assessment_id)), &taken, err) < 0)
		return -1;
	if (taken)
		return kerr_set(err, KERR_CONFLICT, "penilaian", "Keberatan atas penilaian ini sudah "
				"diajukan; setiap penilaian hanya dapat diajukan keberatan satu kali");
	if (store_objection_days(db, &days, err) ||
	    objection_deadline_check(t->finalised_at, days, now_unix(), err))
		return -1;
	return objection_text_check(in->reasons, "alasan", "Alasan keberatan", err);
}

static int insert_case(struct db *db, const struct objection_filing *in, const struct target *t,
		       int64_t decider, int64_t *id, struct kerr *err)
{
	int rc = db_query_int(db,
		"INSERT INTO objection (assessment_id, skp_id, employee_id, assessor_employee_id, "
		"decider_employee_id, reasons, state, orig_hasil_rating, orig_perilaku_rating, "
		"orig_predicate, filed_at) VALUES ($1, $2, $3, $4, $5, $6, 'diajukan', $7, $8, $9, "
		"$10) RETURNING id",
		DB_ARGS(DB_INT(in->assessment_id), DB_INT(t->skp_id), DB_INT(t->employee_id),
			DB_ID(t->assessor_id), DB_ID(decider), DB_TEXT(in->reasons),
			DB_TEXT(t->hasil), DB_TEXT(t->perilaku), DB_TEXT(t->predicate),
			DB_INT(now_unix())), id, err);
	if (rc < 0 && db_last_was_unique_violation(db)) {
		kerr_clear(err);
		return kerr_set(err, KERR_CONFLICT, "penilaian", "Keberatan atas penilaian ini sudah "
				"diajukan");
	}
	return rc == 1 ? 0 : rc == 0 ? kerr_set(err, KERR_DB, "", "Keberatan tidak tersimpan") : -1;
}

static int file_tx(struct db *db, const struct actor *who, const struct objection_filing *in,
		   struct objection_attachment *a, const struct kerr *file_err, int64_t *id,
		   struct kerr *err)
{
	struct target t;
	struct objection o;
	int64_t decider = 0;
	if (target_load(db, in->assessment_id, &t, err) || file_checks(db, in, &t, err))
		return -1;
	if (kerr_is_set(file_err))
		return kerr_set(err, file_err->code, file_err->field, "%s", file_err->msg);
	if (find_decider(db, &t, &decider, err) || insert_case(db, in, &t, decider, id, err) ||
	    objection_claim(db, *id, 0, &o, err))
		return -1;
	int rc = store_audit_json(db, who, "create", "objection", o.id, NULL, objection_json(&o),
				  err);
	if (!rc && in->file)
		rc = objection_attachment_insert(db, who, &o, in->file, a, err);
	objection_release(&o);
	return rc;
}

int store_objection_file(struct db *db, const struct actor *who,
			 const struct objection_filing *in, int64_t *id, struct kerr *err)
{
	struct objection_attachment a;
	struct kerr file_err = KERR_INIT;
	memset(&a, 0, sizeof a);
	/* the file first, outside the transaction; its verdict is given after
	 * the checks that matter more (who, which assessment, the deadline) */
	if (in->file)
		objection_file_check(in->file, &a, &file_err);
	int rc = db_begin(db, err);
	if (!rc)
		rc = db_finish(db, file_tx(db, who, in, &a, &file_err, id, err), err);
	objection_attachment_release(&a);
	return rc;
}

int store_objection_window(struct db *db, int64_t assessment_id, struct objection_window *w,
			   struct kerr *err)
{
	struct target t;
	memset(w, 0, sizeof *w);
	if (target_load(db, assessment_id, &t, err) || store_objection_days(db, &w->days, err) ||
	    db_query_int(db, "SELECT id FROM objection WHERE assessment_id = $1",
			 DB_ARGS(DB_INT(assessment_id)), &w->objection_id, err) < 0)
		return -1;
	w->skp_id = t.skp_id;
	w->employee_id = t.employee_id;
	w->final = t.final;
	w->finalised_at = t.finalised_at;
	if (t.final)
		w->last_day = objection_last_day(t.finalised_at, w->days);
	w->open = t.final && !w->objection_id && wib_day(now_unix()) <= w->last_day;
	return 0;
}

/* ---- the explanation --------------------------------------------------------------------- */

/* One step of the explanation: in state `from`, sql sets the text with
 * the actor's name and time and moves the case on. */
struct step {
	enum objection_state from;
	const char *sql;          /* $1 id, $2 text, $3 name, $4 time */
	const char *field, *what, *action, *wrong_state;
};

static int step_tx(struct db *db, const struct actor *who, const struct step *s, int64_t id,
		   const char *text, const char *name, int64_t version, struct kerr *err)
{
	struct objection o, after;
	if (objection_claim(db, id, version, &o, err))
		return -1;
	int rc = 0;
	if (o.state != s->from)
		rc = kerr_set(err, KERR_CONFLICT, "status", "%s (status keberatan: %s)",
			      s->wrong_state, objection_state_label(o.state));
	if (!rc)
		rc = objection_text_check(text, s->field, s->what, err);
	if (!rc && db_exec(db, s->sql, DB_ARGS(DB_INT(id), DB_TEXT(text), DB_TEXT(name),
					       DB_INT(now_unix())), err) < 0)
		rc = -1;
	if (!rc && !(rc = objection_claim(db, id, 0, &after, err))) {
		rc = store_audit_json(db, who, s->action, "objection", id, objection_json(&o),
				      objection_json(&after), err);
		objection_release(&after);
	}
	objection_release(&o);
	return rc;
}

static int run_step(struct db *db, const struct actor *who, const struct step *s, int64_t id,
		    const char *text, const char *name, int64_t version, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, step_tx(db, who, s, id, text, name, version, err), err);
}

int store_objection_ask(struct db *db, const struct actor *who, int64_t id,
			const char *question, const char *actor_name, int64_t version,
			struct kerr *err)
{
	static const struct step s = {
		OBJ_DIAJUKAN,
		"UPDATE objection SET state = 'penjelasan_diminta', explanation_request = $2, "
		"requested_by_name = $3, requested_at = $4, version = version + 1 WHERE id = $1",
		"pertanyaan", "Permintaan penjelasan", "minta_penjelasan",
		"Penjelasan hanya dapat diminta sekali, sebelum keberatan diputus",
	};
	return run_step(db, who, &s, id, question, actor_name, version, err);
}

int store_objection_explain(struct db *db, const struct actor *who, int64_t id,
			    const char *explanation, const char *actor_name, int64_t version,
			    struct kerr *err)
{
	static const struct step s = {
		OBJ_PENJELASAN_DIMINTA,
		"UPDATE objection SET state = 'dijelaskan', explanation = $2, "
		"explained_by_name = $3, explained_at = $4, version = version + 1 WHERE id = $1",
		"penjelasan", "Penjelasan", "penjelasan",
		"Penjelasan hanya dapat diberikan sekali, setelah diminta atasan pejabat penilai",
	};
	return run_step(db, who, &s, id, explanation, actor_name, version, err);
}
