/*
 * assessment_save.c - changing assessments: the pejabat penilai saves the
 * ratings (a draft, or ditetapkan), finalises a draft, the employee
 * acknowledges.  Revisions from outside the assessor's form (an
 * objection decision, a new unit predicate) are in assessment_revise.c.
 *
 * Locking: a periodik assessment changes only while its checkpoint is
 * terbuka and the period not ditutup; a tahunan one while the period is
 * not ditutup.  On PostgreSQL every change reads its SKP, period and
 * checkpoint rows FOR SHARE, so closing a checkpoint or a period waits for
 * the changes in flight and they for it; SQLite takes the write lock at
 * the start of the transaction (db_begin), which serialises the same.
 */
#include "store/assessment_int.h"
#include "store/db.h"
#include "store/guidance.h"
#include "store/monitor.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What an assessment is of: its SKP, period and checkpoint. */
struct target {
	struct skp s;             /* the header fields only (nothing to release) */
	char period_state[12], period_name[120];
	struct checkpoint cp;     /* periodik */
	int64_t headed_unit;      /* the unit the SKP's post heads, 0 */
};

#define TARGET_SELECT \
	"SELECT s.state, s.period_id, s.month_from, s.month_to, s.employee_id, " \
	"COALESCE(s.position_id, 0), p.state, p.name FROM skp s " \
	"JOIN periods p ON p.id = s.period_id WHERE s.id = $1"

static int skp_load(struct db *db, int64_t skp_id, struct target *t, struct kerr *err)
{
	int pg = db_kind(db) == DB_POSTGRES;
	struct db_rows *rows = db_query(db, pg ? TARGET_SELECT " FOR SHARE OF s, p" : TARGET_SELECT,
					DB_ARGS(DB_INT(skp_id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		t->s.id = skp_id;
		copy_str(t->s.state, sizeof t->s.state, db_text(rows, 0));
		t->s.period_id = db_int(rows, 1);
		t->s.month_from = (int)db_int(rows, 2);
		t->s.month_to = (int)db_int(rows, 3);
		t->s.employee_id = db_int(rows, 4);
		t->s.position_id = db_int(rows, 5);
		copy_str(t->period_state, sizeof t->period_state, db_text(rows, 6));
		copy_str(t->period_name, sizeof t->period_name, db_text(rows, 7));
	}
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "skp", "SKP tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

/* Loads what an assessment is of: the SKP, the checkpoint of a periodik
 * one (belonging to the SKP's period and months), the unit a head leads. */
static int target_load(struct db *db, int64_t skp_id, enum assessment_kind kind, int64_t cp,
		       struct target *t, struct kerr *err)
{
	memset(t, 0, sizeof *t);
	if (skp_load(db, skp_id, t, err))
		return -1;
	if (kind == ASSESS_PERIODIK) {
		if (cp <= 0)
			return kerr_set(err, KERR_INVALID, "titik",
					"Pilih titik periksa (titik) untuk penilaian periodik");
		if (store_checkpoint_get_held(db, cp, &t->cp, err)) {
			if (err->code != KERR_NOT_FOUND)
				return -1;
			kerr_clear(err);
			return kerr_set(err, KERR_INVALID, "titik", "Titik periksa tidak ditemukan");
		}
		if (!checkpoint_in_skp(&t->cp, &t->s))
			return kerr_set(err, KERR_INVALID, "titik", "Titik periksa %s bukan bagian "
					"dari periode dan bulan SKP ini", t->cp.name);
	}
	return t->s.position_id ? store_position_heads(db, t->s.position_id, &t->headed_unit, err)
				: 0;
}

/* Refuses a change the state of the SKP, period or checkpoint forbids. */
static int target_writable(const struct target *t, enum assessment_kind kind, struct kerr *err)
{
	if (strcmp(t->s.state, "disetujui"))
		return kerr_set(err, KERR_CONFLICT, "skp", "SKP berstatus %s; penilaian hanya untuk "
				"SKP yang sudah disetujui", t->s.state);
	if (!strcmp(t->period_state, "ditutup"))
		return kerr_set(err, KERR_CONFLICT, "jenis", "Periode %s sudah ditutup; penilaian "
				"tidak dapat diubah lagi (hanya melalui keputusan keberatan)",
				t->period_name);
	if (strcmp(t->period_state, "terbuka") && strcmp(t->period_state, "dikunci"))
		return kerr_set(err, KERR_CONFLICT, "jenis", "Periode %s belum dibuka",
				t->period_name);
	if (kind == ASSESS_PERIODIK && strcmp(t->cp.state, CHECKPOINT_OPEN))
		return kerr_set(err, KERR_CONFLICT, "titik", "Titik periksa %s sudah ditutup; "
				"penilaiannya tidak dapat diubah lagi (hanya melalui keputusan "
				"keberatan)", t->cp.name);
	return 0;
}

/* The hasil kerja of a head's tahunan assessment, from the unit's
 * predicate (none while it is not set).  reason: 600 bytes. */
static int head_rating(struct db *db, const struct target *t, enum rating *hasil, char *reason,
		       struct kerr *err)
{
	struct unit_result res;
	struct unit u;
	*hasil = RATING__LEVELS;
	reason[0] = '\0';
	if (store_unit_result_get(db, t->s.period_id, t->headed_unit, &res, err) ||
	    store_unit_get(db, t->headed_unit, &u, err))
		return -1;
	if (res.set) {
		*hasil = rating_of_unit_predicate(res.predicate);
		assess_head_reason(reason, 600, u.name, res.predicate);
	}
	return 0;
}

void assess_head_reason(char *out, size_t size, const char *unit_name, enum unit_predicate p)
{
	snprintf(out, size, "Mengikuti predikat unit kerja %s: %s", unit_name,
		 unit_predicate_label(p));
}

/* Checks the ratings given and fills a's (the hasil of a head's tahunan
 * from the unit predicate). */
static int take_ratings(struct db *db, const struct target *t, const struct assessment_input *in,
			struct assessment *a, struct kerr *err)
{
	int head = in->kind == ASSESS_TAHUNAN && t->headed_unit;
	char reason[600];
	if (head && (in->hasil != RATING__LEVELS || (in->hasil_reason && *in->hasil_reason)))
		return kerr_set(err, KERR_INVALID, "hasil_kerja", "Hasil kerja kepala unit diambil "
				"dari predikat unit kerjanya; jangan diisi");
	if (!head && in->hasil == RATING__LEVELS)
		return kerr_set(err, KERR_INVALID, "hasil_kerja", "Rating hasil kerja wajib dipilih");
	if ((!head && assessment_reason_check(in->hasil_reason, "alasan_hasil_kerja",
					     "Alasan rating hasil kerja", err)) ||
	    (in->perilaku == RATING__LEVELS &&
	     kerr_set(err, KERR_INVALID, "perilaku_kerja", "Rating perilaku kerja wajib dipilih")) ||
	    assessment_reason_check(in->perilaku_reason, "alasan_perilaku_kerja",
				    "Alasan rating perilaku kerja", err))
		return -1;
	if (head && head_rating(db, t, &a->hasil, reason, err))
		return -1;
	if (!head)
		a->hasil = in->hasil;
	free(a->hasil_reason);
	a->hasil_reason = xstrdup(head ? reason : in->hasil_reason);
	free(a->perilaku_reason);
	a->perilaku_reason = xstrdup(in->perilaku_reason);
	a->perilaku = in->perilaku;
	a->predicate = assess_predicate(a->hasil, a->perilaku);
	if (in->finalise && a->hasil == RATING__LEVELS)
		return kerr_set(err, KERR_CONFLICT, "hasil_kerja", "Predikat unit kerja kepala unit "
				"ini belum ditetapkan; penilaian tahunan belum dapat ditetapkan");
	return 0;
}

static int insert_row(struct db *db, struct assessment *a, struct kerr *err)
{
	a->created_at = a->updated_at = now_unix();
	a->version = 1;
	int rc = db_query_int(db,
		"INSERT INTO assessment (skp_id, kind, checkpoint_id, assessor_employee_id, "
		"assessor_name, hasil_rating, hasil_reason, perilaku_rating, perilaku_reason, "
		"predicate, state, finalised_at, version, created_at, updated_at) "
		"VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13, $13) RETURNING id",
		DB_ARGS(DB_INT(a->skp_id), DB_TEXT(assessment_kind_name(a->kind)),
			DB_ID(a->checkpoint_id), DB_ID(a->assessor_id), DB_TEXT(a->assessor_name),
			DB_TEXT(assess_rating_name(a->hasil)), DB_TEXT(a->hasil_reason),
			DB_TEXT(assess_rating_name(a->perilaku)), DB_TEXT(a->perilaku_reason),
			DB_TEXT(assess_predicate_name(a->predicate)),
			DB_TEXT(a->final ? ASSESS_FINAL : ASSESS_DRAFT), DB_ID(a->finalised_at),
			DB_INT(a->created_at)), &a->id, err);
	if (rc == 1)
		return 0;
	if (rc < 0 && db_last_was_unique_violation(db)) {
		kerr_clear(err);
		return kerr_set(err, KERR_CONFLICT, "version", "Penilaian ini baru saja dibuat oleh "
				"orang lain; muat ulang halaman");
	}
	return rc == 0 ? kerr_set(err, KERR_DB, "", "Penilaian tidak tersimpan") : -1;
}

/* Applies `in` to the assessment `old` (found: it exists) of target t. */
static int save_core(struct db *db, const struct actor *who, const struct target *t,
		     const struct assessment_input *in, struct assessment *old, int found,
		     int64_t *id, struct kerr *err)
{
	struct assessment a = *old;
	if (in->version != old->version)
		return kerr_set(err, KERR_CONFLICT, "version", "Penilaian telah diubah oleh orang "
				"lain; muat ulang halaman");
	a.hasil_reason = xstrdup(old->hasil_reason);
	a.perilaku_reason = xstrdup(old->perilaku_reason);
	a.skp_id = t->s.id;
	a.kind = in->kind;
	a.checkpoint_id = in->kind == ASSESS_PERIODIK ? t->cp.id : 0;
	a.assessor_id = in->assessor_id;
	copy_str(a.assessor_name, sizeof a.assessor_name, in->assessor_name ? in->assessor_name : "");
	const char *action = old->final ? "ubah" : in->finalise ? "tetapkan" : "draf";
	int rc = take_ratings(db, t, in, &a, err);
	if (!rc && (in->finalise || old->final)) {
		a.final = 1;
		a.finalised_at = now_unix();
		a.acknowledged_at = 0;
	}
	if (!rc)
		rc = found ? assess_update(db, &a, old->version, err) : insert_row(db, &a, err);
	if (!rc)
		rc = store_improvement_plan_open_for(db, who, &a, err);
	if (!rc)
		rc = assess_event(db, who, &a, action, in->assessor_name, "", err);
	if (!rc)
		rc = store_audit_json(db, who, found ? "update" : "create", "assessment", a.id,
				      found ? assess_json(old) : NULL, assess_json(&a), err);
	*id = a.id;
	assessment_release(&a);
	return rc;
}

/* Once the employee objects, the assessment changes only through the
 * objection's decision (store_assessment_revise), and after it, never. */
static int check_no_objection(struct db *db, int64_t assessment_id, struct kerr *err)
{
	int64_t n = 0;
	if (db_query_int(db, "SELECT COUNT(*) FROM objection WHERE assessment_id = $1",
			 DB_ARGS(DB_INT(assessment_id)), &n, err) < 0)
		return -1;
	if (n)
		return kerr_set(err, KERR_CONFLICT, "keberatan", "Pegawai sudah mengajukan keberatan "
				"atas penilaian ini; penilaian hanya dapat berubah melalui putusan "
				"keberatan");
	return 0;
}

/* Loads target and assessment for a change by the pejabat penilai. */
static int load_for_change(struct db *db, const struct assessment_input *in, struct target *t,
			   struct assessment *old, int *found, struct kerr *err)
{
	assess_empty(old);
	if (target_load(db, in->skp_id, in->kind, in->checkpoint_id, t, err) ||
	    target_writable(t, in->kind, err))
		return -1;
	assessment_release(old);
	*found = store_assessment_get(db, in->skp_id, in->kind, t->cp.id, old, err);
	if (*found < 0)
		return -1;
	return *found ? check_no_objection(db, old->id, err) : 0;
}

static int save_tx(struct db *db, const struct actor *who, const struct assessment_input *in,
		   int64_t *id, struct kerr *err)
{
	struct target t;
	struct assessment old;
	int found = 0;
	int rc = load_for_change(db, in, &t, &old, &found, err);
	if (!rc)
		rc = save_core(db, who, &t, in, &old, found, id, err);
	assessment_release(&old);
	return rc;
}

int store_assessment_save(struct db *db, const struct actor *who,
			  const struct assessment_input *in, int64_t *id, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, save_tx(db, who, in, id, err), err);
}

static int finalise_tx(struct db *db, const struct actor *who, const struct assessment_input *in,
		       struct kerr *err)
{
	struct target t;
	struct assessment old;
	int found = 0;
	int64_t id = 0;
	int rc = load_for_change(db, in, &t, &old, &found, err);
	if (!rc && !found)
		rc = kerr_set(err, KERR_NOT_FOUND, "", "Belum ada penilaian; isi dan simpan dahulu");
	if (!rc && old.final)
		rc = kerr_set(err, KERR_CONFLICT, "", "Penilaian ini sudah ditetapkan");
	if (!rc) {
		int head = in->kind == ASSESS_TAHUNAN && t.headed_unit;
		struct assessment_input x = *in;
		x.hasil = head ? RATING__LEVELS : old.hasil;
		x.hasil_reason = head ? "" : old.hasil_reason;
		x.perilaku = old.perilaku;
		x.perilaku_reason = old.perilaku_reason;
		x.finalise = 1;
		rc = save_core(db, who, &t, &x, &old, 1, &id, err);
	}
	assessment_release(&old);
	return rc;
}

int store_assessment_finalise(struct db *db, const struct actor *who,
			      const struct assessment_input *in, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, finalise_tx(db, who, in, err), err);
}

/* ---- the employee acknowledges ------------------------------------------------------------- */

static int acknowledge_tx(struct db *db, const struct actor *who, int64_t skp_id,
			  enum assessment_kind kind, int64_t cp, const char *name, struct kerr *err)
{
	struct assessment a;
	int found = store_assessment_get(db, skp_id, kind, cp, &a, err);
	int rc = found < 0 ? -1 : 0;
	if (!rc && (!found || !a.final))
		rc = kerr_set(err, found ? KERR_CONFLICT : KERR_NOT_FOUND, "",
			      "Penilaian ini belum ditetapkan pejabat penilai");
	if (!rc && !a.acknowledged_at) {
		json_t *before = assess_json(&a);
		a.acknowledged_at = now_unix();
		rc = assess_update(db, &a, a.version, err);
		if (!rc)
			rc = assess_event(db, who, &a, "diketahui", name, "", err);
		if (!rc)
			rc = store_audit_json(db, who, "acknowledge", "assessment", a.id, before,
					      assess_json(&a), err);
		else
			json_decref(before);
	}
	assessment_release(&a);
	return rc;
}

int store_assessment_acknowledge(struct db *db, const struct actor *who, int64_t skp_id,
				 enum assessment_kind kind, int64_t checkpoint_id,
				 const char *actor_name, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, acknowledge_tx(db, who, skp_id, kind, checkpoint_id, actor_name, err),
			 err);
}
