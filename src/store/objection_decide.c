/*
 * objection_decide.c - the final decision on an objection (keberatan):
 * tetap (the ratings stay) or diubah (new ratings through
 * store_assessment_revise, which recomputes the predicate and records the
 * step in the assessment's history).
 *
 * Two transactions (store_assessment_revise has its own): first the case
 * is decided, its row held so that a second decision waits and then finds
 * it decided; then the ratings change.  Everything that could refuse the
 * change (the ratings, their justifications) is checked before the first
 * commits; should the second still fail (the database), the case is put
 * back as it was and that is audited ("batal_putusan").
 */
#include "store/objection_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <stdlib.h>
#include <string.h>

/* The assessment's ratings and justifications as they are now. */
struct current {
	enum rating hasil, perilaku;
	char *hasil_reason, *perilaku_reason;
};

static void current_release(struct current *c)
{
	free(c->hasil_reason);
	free(c->perilaku_reason);
}

static int current_load(struct db *db, int64_t assessment_id, struct current *c,
			struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT hasil_rating, hasil_reason, perilaku_rating, "
					"perilaku_reason FROM assessment WHERE id = $1",
					DB_ARGS(DB_INT(assessment_id)), err);
	memset(c, 0, sizeof *c);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		if (rating_parse(db_text(rows, 0), &c->hasil))
			c->hasil = RATING__LEVELS;
		c->hasil_reason = xstrdup(db_text(rows, 1));
		if (rating_parse(db_text(rows, 2), &c->perilaku))
			c->perilaku = RATING__LEVELS;
		c->perilaku_reason = xstrdup(db_text(rows, 3));
	}
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "penilaian", "Penilaian tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

/* ---- checks ------------------------------------------------------------------------------- */

/* What needs no database: the text, and which ratings a decision takes. */
static int ruling_check(const struct objection_ruling *in, struct kerr *err)
{
	int hasil = (unsigned)in->hasil < RATING__LEVELS;
	int perilaku = (unsigned)in->perilaku < RATING__LEVELS;
	if (in->decision != OBJ_TETAP && in->decision != OBJ_DIUBAH)
		return kerr_set(err, KERR_INVALID, "putusan", "Putusan harus 'tetap' atau 'diubah'");
	if (objection_text_check(in->text, "alasan_putusan", "Alasan putusan", err))
		return -1;
	if (in->decision == OBJ_TETAP && (hasil || perilaku || in->hasil_reason ||
					  in->perilaku_reason))
		return kerr_set(err, KERR_INVALID, hasil || in->hasil_reason ? "hasil_kerja"
				: "perilaku_kerja", "Rating baru hanya diisi bila putusan 'diubah'");
	if (in->decision == OBJ_DIUBAH && (!hasil || !perilaku))
		return kerr_set(err, KERR_INVALID, hasil ? "perilaku_kerja" : "hasil_kerja",
				"Putusan 'diubah' memerlukan rating hasil kerja dan perilaku kerja "
				"baru: 'di_bawah', 'sesuai' atau 'di_atas'");
	return 0;
}

/* The justification a rating gets: the one given, else (for a rating
 * that does not change) the current one. */
static int reason_for(enum rating now, enum rating want, const char *given, const char *current,
		      const char *field, const char *what, const char **out, struct kerr *err)
{
	if (!given && now != want)
		return kerr_set(err, KERR_INVALID, field, "%s wajib diisi karena ratingnya diubah",
				what);
	*out = given ? given : current;
	return assessment_reason_check(*out, field, what, err);
}

/* diubah: the ratings must differ from the assessment's, and each
 * changed one have its justification. */
static int change_check(const struct objection_ruling *in, const struct current *c,
			const char **hasil_reason, const char **perilaku_reason,
			struct kerr *err)
{
	if (in->hasil == c->hasil && in->perilaku == c->perilaku)
		return kerr_set(err, KERR_INVALID, "hasil_kerja", "Rating yang dipilih sama dengan "
				"penilaian saat ini; pilih putusan 'tetap' bila penilaian tidak diubah");
	if (reason_for(c->hasil, in->hasil, in->hasil_reason, c->hasil_reason,
		       "alasan_hasil_kerja", "Alasan rating hasil kerja", hasil_reason, err))
		return -1;
	return reason_for(c->perilaku, in->perilaku, in->perilaku_reason, c->perilaku_reason,
			  "alasan_perilaku_kerja", "Alasan rating perilaku kerja", perilaku_reason,
			  err);
}

static int state_check(const struct objection *o, struct kerr *err)
{
	if (o->state == OBJ_DIPUTUS)
		return kerr_set(err, KERR_CONFLICT, "status", "Keberatan ini sudah diputus; putusan "
				"bersifat final dan tidak dapat diubah");
	if (!objection_decidable(o->state))
		return kerr_set(err, KERR_CONFLICT, "status", "Mintalah penjelasan pejabat penilai "
				"terlebih dahulu sebelum memutus keberatan");
	return 0;
}

/* ---- writing -------------------------------------------------------------------------------- */

static const char *rating_text(enum rating r)
{
	return (unsigned)r < RATING__LEVELS ? rating_name(r) : "";
}

static int write_decision(struct db *db, const struct actor *who, const struct objection *o,
			  const struct objection_ruling *in, struct kerr *err)
{
	int change = in->decision == OBJ_DIUBAH;
	enum predicate p = change ? predicate_of(in->hasil, in->perilaku) : PRED__COUNT;
	struct objection after;
	if (db_exec(db, "UPDATE objection SET state = 'diputus', decision = $2, decision_text = $3, "
			"decided_by_name = $4, decided_at = $5, new_hasil_rating = $6, "
			"new_perilaku_rating = $7, new_predicate = $8, version = version + 1 "
			"WHERE id = $1",
		    DB_ARGS(DB_INT(o->id), DB_TEXT(objection_decision_name(in->decision)),
			    DB_TEXT(in->text), DB_TEXT(in->actor_name), DB_INT(now_unix()),
			    DB_TEXT(change ? rating_text(in->hasil) : ""),
			    DB_TEXT(change ? rating_text(in->perilaku) : ""),
			    DB_TEXT(change ? predicate_name(p) : "")), err) < 0 ||
	    objection_claim(db, o->id, 0, &after, err))
		return -1;
	int rc = store_audit_json(db, who, "putusan", "objection", o->id, objection_json(o),
				  objection_json(&after), err);
	objection_release(&after);
	return rc;
}

/* The first transaction: checks everything, decides the case; fills the
 * justifications the ratings will get (owned by *c) and the case before. */
static int decide_tx(struct db *db, const struct actor *who, const struct objection_ruling *in,
		     struct objection *o, struct current *c, const char **hr, const char **pr,
		     struct kerr *err)
{
	if (objection_claim(db, in->id, in->version, o, err) || state_check(o, err) ||
	    current_load(db, o->assessment_id, c, err))
		return -1;
	if (in->decision == OBJ_DIUBAH && change_check(in, c, hr, pr, err))
		return -1;
	return write_decision(db, who, o, in, err);
}

/* Puts the case back as it was before a decision whose ratings could not
 * be applied. */
static int undo_tx(struct db *db, const struct actor *who, const struct objection *o,
		   struct kerr *err)
{
	if (db_exec(db, "UPDATE objection SET state = $2, decision = '', decision_text = '', "
			"decided_by_name = '', decided_at = NULL, new_hasil_rating = '', "
			"new_perilaku_rating = '', new_predicate = '', version = version + 1 "
			"WHERE id = $1", DB_ARGS(DB_INT(o->id),
			DB_TEXT(objection_state_name(o->state))), err) < 0)
		return -1;
	return store_audit_json(db, who, "batal_putusan", "objection", o->id, NULL,
				objection_json(o), err);
}

static void undo(struct db *db, const struct actor *who, const struct objection *o)
{
	struct kerr ignored = KERR_INIT;
	if (!db_begin(db, &ignored))
		db_finish(db, undo_tx(db, who, o, &ignored), &ignored);
}

int store_objection_decide(struct db *db, const struct actor *who,
			   const struct objection_ruling *in, struct kerr *err)
{
	struct objection o;
	struct current c;
	const char *hr = NULL, *pr = NULL;
	memset(&o, 0, sizeof o);
	memset(&c, 0, sizeof c);
	if (ruling_check(in, err) || db_begin(db, err))
		return -1;
	int rc = db_finish(db, decide_tx(db, who, in, &o, &c, &hr, &pr, err), err);
	if (!rc && in->decision == OBJ_DIUBAH) {
		rc = store_assessment_revise(db, who, o.assessment_id, in->hasil, hr, in->perilaku,
					     pr, in->actor_name, in->text, err);
		if (rc)
			undo(db, who, &o);
	}
	current_release(&c);
	objection_release(&o);
	return rc;
}
