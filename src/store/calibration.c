/*
 * calibration.c - reading calibration proposals (kalibrasi): one, a
 * filtered list, how many wait on someone, whether any still wait when
 * the period closes; the proposal as audit JSON
 * (see calibration.h).  The changes are in calibration_flow.c, the table
 * in calibration_table.c.
 */
#include "store/calibration_int.h"
#include "store/assessment_int.h"
#include "store/db.h"
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void calib_proposal_release(struct calib_proposal *p)
{
	free(p->reason);
	free(p->note);
	memset(p, 0, sizeof *p);
}

void calib_proposals_free(struct calib_proposal *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		calib_proposal_release(&p[i]);
	free(p);
}

/* ---- rows -------------------------------------------------------------------------------- */

#define PERSON(t) "COALESCE(" t ".front_title, ''), COALESCE(" t ".name, ''), " \
	"COALESCE(" t ".back_title, '')"

#define CALIB_SELECT \
	"SELECT c.id, c.assessment_id, c.skp_id, c.period_id, c.unit_id, u.name, c.employee_id, " \
	PERSON("e") ", e.nip, COALESCE(c.assessor_employee_id, 0), " PERSON("x") ", " \
	"a.assessor_name, COALESCE(c.proposer_user_id, 0), COALESCE(c.proposer_employee_id, 0), " \
	"c.proposer_name, a.kind, COALESCE(a.checkpoint_id, 0), COALESCE(cp.name, ''), p.name, " \
	"c.state, c.orig_hasil_rating, c.orig_perilaku_rating, c.orig_predicate, c.orig_version, " \
	"c.new_hasil_rating, c.new_perilaku_rating, c.new_predicate, c.reason, c.note, " \
	"c.decided_by_name, c.proposed_at, COALESCE(c.decided_at, 0), c.version " \
	"FROM calibration_proposal c JOIN assessment a ON a.id = c.assessment_id " \
	"JOIN periods p ON p.id = c.period_id JOIN units u ON u.id = c.unit_id " \
	"LEFT JOIN checkpoints cp ON cp.id = a.checkpoint_id " \
	"JOIN employees e ON e.id = c.employee_id " \
	"LEFT JOIN employees x ON x.id = c.assessor_employee_id "

static void proposal_from_row(struct db_rows *rows, void *dst)
{
	struct calib_proposal *p = dst;
	enum calib_state st = CALIB_DIAJUKAN;
	memset(p, 0, sizeof *p);
	p->id = db_int(rows, 0);
	p->assessment_id = db_int(rows, 1);
	p->skp_id = db_int(rows, 2);
	p->period_id = db_int(rows, 3);
	p->unit_id = db_int(rows, 4);
	copy_str(p->unit_name, sizeof p->unit_name, db_text(rows, 5));
	p->employee_id = db_int(rows, 6);
	store_person_name(rows, 7, p->employee_name, sizeof p->employee_name);
	copy_str(p->nip, sizeof p->nip, db_text(rows, 10));
	p->assessor_id = db_int(rows, 11);
	if (p->assessor_id)
		store_person_name(rows, 12, p->assessor_name, sizeof p->assessor_name);
	else
		copy_str(p->assessor_name, sizeof p->assessor_name, db_text(rows, 15));
	p->proposer_user_id = db_int(rows, 16);
	p->proposer_employee_id = db_int(rows, 17);
	copy_str(p->proposer_name, sizeof p->proposer_name, db_text(rows, 18));
	if (assessment_kind_parse(db_text(rows, 19), &p->kind))
		p->kind = ASSESS_PERIODIK;
	p->checkpoint_id = db_int(rows, 20);
	copy_str(p->checkpoint_name, sizeof p->checkpoint_name, db_text(rows, 21));
	copy_str(p->period_name, sizeof p->period_name, db_text(rows, 22));
	calib_state_parse(db_text(rows, 23), &st);
	p->state = st;
	p->orig_hasil = assess_rating_of(db_text(rows, 24));
	p->orig_perilaku = assess_rating_of(db_text(rows, 25));
	p->orig_predicate = assess_predicate_of(db_text(rows, 26));
	p->orig_version = db_int(rows, 27);
	p->new_hasil = assess_rating_of(db_text(rows, 28));
	p->new_perilaku = assess_rating_of(db_text(rows, 29));
	p->new_predicate = assess_predicate_of(db_text(rows, 30));
	p->reason = xstrdup(db_text(rows, 31));
	p->note = xstrdup(db_text(rows, 32));
	copy_str(p->decided_by, sizeof p->decided_by, db_text(rows, 33));
	p->proposed_at = db_int(rows, 34);
	p->decided_at = db_int(rows, 35);
	p->version = db_int(rows, 36);
}

static void proposals_release(void *v, size_t n)
{
	calib_proposals_free(v, n);
}

static int get_one(struct db *db, const char *sql, int64_t id, struct calib_proposal *out,
		   struct kerr *err)
{
	struct calib_proposal *v = NULL;
	size_t n = 0;
	memset(out, 0, sizeof *out);
	if (db_collect(db_query(db, sql, DB_ARGS(DB_INT(id)), err), sizeof *v, proposal_from_row,
		       proposals_release, (void **)&v, &n, err))
		return -1;
	if (!n) {
		free(v);
		return kerr_set(err, KERR_NOT_FOUND, "usulan", "Usulan kalibrasi tidak ditemukan");
	}
	*out = v[0];
	free(v);
	return 0;
}

int store_calib_get(struct db *db, int64_t id, struct calib_proposal *out, struct kerr *err)
{
	return get_one(db, CALIB_SELECT "WHERE c.id = $1", id, out, err);
}

int calib_claim(struct db *db, int64_t id, int64_t version, struct calib_proposal *p,
		struct kerr *err)
{
	int pg = db_kind(db) == DB_POSTGRES;
	if (get_one(db, pg ? CALIB_SELECT "WHERE c.id = $1 FOR UPDATE OF c"
			   : CALIB_SELECT "WHERE c.id = $1", id, p, err))
		return -1;
	if (version && version != p->version) {
		calib_proposal_release(p);
		return kerr_set(err, KERR_CONFLICT, "version", "Usulan ini telah diubah orang lain "
				"sejak Anda membukanya; muat ulang lalu coba lagi");
	}
	return 0;
}

/* ---- lists -------------------------------------------------------------------------------- */

static const char list_sql[] =
	"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $2 "
	"UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
	CALIB_SELECT "WHERE ($1 = 0 OR c.period_id = $1) "
	"AND ($2 = 0 OR c.unit_id IN (SELECT id FROM sub)) "
	"AND ($3 = 0 OR c.assessment_id = $3) "
	"AND ($4 = 0 OR ($5 = 0 AND c.assessor_employee_id IS NULL) "
	"OR c.assessor_employee_id = $5) "
	"AND ($6 = 0 OR c.proposer_user_id = $6) AND ($7 = '' OR c.state = $7) "
	"ORDER BY c.id DESC LIMIT 500";

int store_calib_list(struct db *db, const struct calib_filter *f, struct calib_proposal **out,
		     size_t *n, struct kerr *err)
{
	const char *state = f->state >= 0 ? calib_state_name((enum calib_state)f->state) : "";
	return db_collect(db_query(db, list_sql, DB_ARGS(DB_INT(f->period_id), DB_INT(f->unit_id),
		DB_INT(f->assessment_id), DB_INT(f->by_assessor ? 1 : 0), DB_INT(f->assessor_id),
		DB_INT(f->proposer_user_id), DB_TEXT(state)), err), sizeof **out,
		proposal_from_row, proposals_release, (void **)out, n, err);
}

int store_calib_waiting(struct db *db, int64_t employee_id, int admin, int64_t *n,
			struct kerr *err)
{
	*n = 0;
	return db_query_int(db, "SELECT COUNT(*) FROM calibration_proposal WHERE state = "
			    "'diajukan' AND (assessor_employee_id = $1 OR ($2 = 1 AND "
			    "assessor_employee_id IS NULL))",
			    DB_ARGS(DB_INT(employee_id), DB_INT(admin ? 1 : 0)), n, err) < 0 ? -1 : 0;
}

int store_calib_close_check(struct db *db, int64_t period_id, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT u.name, COUNT(*) FROM calibration_proposal cp "
		"JOIN units u ON u.id = cp.unit_id WHERE cp.period_id = $1 AND cp.state = 'diajukan' "
		"GROUP BY u.id, u.name ORDER BY u.name", DB_ARGS(DB_INT(period_id)), err);
	if (!rows)
		return -1;
	struct strbuf units = STRBUF_INIT;
	int64_t waiting = 0;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		waiting += db_int(rows, 1);
		strbuf_addf(&units, "%s%s (%lld)", units.len ? ", " : "", db_text(rows, 0),
			    (long long)db_int(rows, 1));
	}
	db_rows_free(rows);
	if (rc == 0 && waiting)
		kerr_set(err, KERR_CONFLICT, "aksi", "Periode belum dapat ditutup: %lld usulan "
			 "kalibrasi masih menunggu keputusan pejabat penilai: %s", (long long)waiting,
			 units.buf);
	strbuf_release(&units);
	return rc < 0 || waiting ? -1 : 0;
}

int store_calib_assessment_of(struct db *db, int64_t assessment_id, int64_t *unit_id,
			      int64_t *employee_id, int64_t *assessor_id, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT COALESCE(pos.unit_id, e.unit_id), s.employee_id, "
		"COALESCE(a.assessor_employee_id, 0) FROM assessment a JOIN skp s ON s.id = a.skp_id "
		"JOIN employees e ON e.id = s.employee_id LEFT JOIN positions pos ON "
		"pos.id = s.position_id WHERE a.id = $1", DB_ARGS(DB_INT(assessment_id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		*unit_id = db_int(rows, 0);
		*employee_id = db_int(rows, 1);
		*assessor_id = db_int(rows, 2);
	}
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "penilaian_id", "Penilaian %lld tidak ditemukan",
				(long long)assessment_id);
	return rc < 0 ? -1 : 0;
}

/* The columns of CALIB_SELECT for an assessment without a proposal. */
static const char draft_sql[] =
	"SELECT 0, a.id, s.id, s.period_id, un.id, un.name, e.id, " PERSON("e") ", e.nip, "
	"COALESCE(a.assessor_employee_id, 0), " PERSON("x") ", a.assessor_name, 0, 0, '', "
	"a.kind, COALESCE(a.checkpoint_id, 0), COALESCE(cp.name, ''), p.name, 'diajukan', "
	"a.hasil_rating, a.perilaku_rating, a.predicate, a.version, '', '', '', '', '', '', 0, 0, 0 "
	"FROM assessment a JOIN skp s ON s.id = a.skp_id JOIN periods p ON p.id = s.period_id "
	"JOIN employees e ON e.id = s.employee_id LEFT JOIN positions pos ON pos.id = s.position_id "
	"JOIN units un ON un.id = COALESCE(pos.unit_id, e.unit_id) "
	"LEFT JOIN checkpoints cp ON cp.id = a.checkpoint_id "
	"LEFT JOIN employees x ON x.id = a.assessor_employee_id WHERE a.id = $1";

int store_calib_draft(struct db *db, int64_t assessment_id, struct calib_proposal *out,
		      struct kerr *err)
{
	if (!get_one(db, draft_sql, assessment_id, out, err))
		return 0;
	if (err->code == KERR_NOT_FOUND) {
		kerr_clear(err);
		kerr_set(err, KERR_NOT_FOUND, "penilaian_id", "Penilaian %lld tidak ditemukan",
			 (long long)assessment_id);
	}
	return -1;
}

/* ---- audit ------------------------------------------------------------------------------- */

json_t *calib_json(const struct calib_proposal *p)
{
	return json_pack("{s:I, s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s}",
			 "assessment_id", (json_int_t)p->assessment_id, "employee_id",
			 (json_int_t)p->employee_id, "state", calib_state_name(p->state),
			 "proposer", p->proposer_name, "reason", p->reason, "note", p->note,
			 "orig_hasil", assess_rating_name(p->orig_hasil), "orig_perilaku",
			 assess_rating_name(p->orig_perilaku), "orig_predicate",
			 assess_predicate_name(p->orig_predicate), "new_hasil",
			 assess_rating_name(p->new_hasil), "new_perilaku",
			 assess_rating_name(p->new_perilaku), "new_predicate",
			 assess_predicate_name(p->new_predicate));
}
