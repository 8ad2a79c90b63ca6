/*
 * skp_content.c - changing what an SKP holds: results (RHK), indicators
 * (IKI), the behaviour expectations and the lampiran; finding the SKP an
 * item belongs to; and copying content into a new SKP.  The hand-down of a
 * superior's RHK is in skp_handdown.c.
 *
 * Every edit runs in one transaction: the SKP must be editable (draft or
 * dikembalikan in an open period), the item is validated by the domain
 * rules (rhk_validate, iki_validate), intervensi links are checked (the
 * parent RHK must be in an SKP of the pejabat penilai of the post the SKP
 * covers (store_skp_assessor), in the same period, and make no loop; a
 * goal must be of the period and of the employee's unit
 * or a unit above), the SKP's version is bumped (plan_skp_editable, which
 * also serialises concurrent edits of one SKP), and one audit row is
 * written.  The behaviour expectations, which the pejabat penilai sets,
 * may also change while the SKP awaits their decision (diajukan).  RHK
 * are numbered per kind (utama 1, 2, ...; tambahan 1, ...),
 * IKI per RHK and lampiran items per kind; deleting one closes the gap.
 */
#include "store/plan.h"
#include "store/db.h"
#include "store/plan_int.h"
#include "store/store_int.h"
#include "domain/berakhlak.h"
#include "domain/cascade.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>


/* ---- helpers -------------------------------------------------------------- */

static size_t utf8_chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static int blank(const char *s)
{
	return !s || s[strspn(s, " \t\r\n")] == '\0';
}

json_t *plan_rhk_json(const struct rhk *r)
{
	return json_pack("{s:I, s:s, s:i, s:s, s:I, s:I, s:s, s:b}", "skp_id", (json_int_t)r->skp_id,
			 "kind", r->kind, "seq", r->seq, "text", r->text ? r->text : "",
			 "parent_rhk_id", (json_int_t)r->parent_rhk_id,
			 "goal_id", (json_int_t)r->goal_id, "perspective", r->perspective,
			 "proposed", r->proposed);
}

static json_t *iki_json(const struct iki *k)
{
	return json_pack("{s:I, s:i, s:s, s:s, s:s, s:s, s:s, s:s, s:s}",
			 "rhk_id", (json_int_t)k->rhk_id, "seq", k->seq,
			 "text", k->text ? k->text : "", "aspect", k->aspect,
			 "target_min", k->target_min, "target_max", k->target_max,
			 "target_text", k->target_text ? k->target_text : "",
			 "unit_label", k->unit_label, "direction", k->direction);
}

/* ---- intervensi links --------------------------------------------------------- */

/* The RHK `parent` belongs to an SKP of `assessor` in the period. */
static int parent_is_assessors(struct db *db, int64_t parent, int64_t assessor,
			       int64_t period_id, struct kerr *err)
{
	int64_t found = 0;
	if (!assessor)
		return 0;
	int rc = db_query_int(db,
		"SELECT COUNT(*) FROM rhk x JOIN skp xs ON xs.id = x.skp_id "
		"WHERE x.id = $1 AND xs.employee_id = $2 AND xs.period_id = $3",
		DB_ARGS(DB_INT(parent), DB_INT(assessor), DB_INT(period_id)), &found, err);
	return rc < 0 ? -1 : found > 0;
}

/* 1 if pointing rhk_id at parent would loop: the chain above the parent
 * is loaded (one recursive query) and checked by cascade_would_cycle. */
static int would_loop(struct db *db, int64_t rhk_id, int64_t parent, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"WITH RECURSIVE up(id, parent) AS ("
		"  SELECT id, COALESCE(parent_rhk_id, 0) FROM rhk WHERE id = $1"
		"  UNION SELECT r.id, COALESCE(r.parent_rhk_id, 0) FROM rhk r "
		"  JOIN up ON r.id = up.parent) SELECT id, parent FROM up",
		DB_ARGS(DB_INT(parent)), err);
	if (!rows)
		return -1;
	size_t n = 0, alloc = 16;
	int64_t *ids = xmalloc(alloc * sizeof *ids), *parents = xmalloc(alloc * sizeof *parents);
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		if (n == alloc) {
			ids = xrealloc(ids, (alloc *= 2) * sizeof *ids);
			parents = xrealloc(parents, alloc * sizeof *parents);
		}
		ids[n] = db_int(rows, 0);
		parents[n++] = db_int(rows, 1);
	}
	db_rows_free(rows);
	if (rc == 0)
		rc = cascade_would_cycle(ids, parents, n, rhk_id, parent);
	free(ids);
	free(parents);
	return rc;
}

/* Checks the parent RHK: the assessor's, same period, no loop.  Returns 0
 * or -1 with KERR_INVALID on "parent_rhk_id" (or another error). */
static int check_parent(struct db *db, const struct skp *head, int64_t assessor,
			int64_t rhk_id, int64_t parent, struct kerr *err)
{
	int ok = parent_is_assessors(db, parent, assessor, head->period_id, err);
	if (ok < 0)
		return -1;
	if (!ok)
		return kerr_set(err, KERR_INVALID, "parent_rhk_id",
				"RHK atasan yang diintervensi harus milik pejabat penilai Anda "
				"pada periode yang sama");
	int loop = would_loop(db, rhk_id, parent, err);
	if (loop)
		return loop < 0 ? -1 : kerr_set(err, KERR_INVALID, "parent_rhk_id",
						"Intervensi ini membentuk lingkaran (RHK menunjuk "
						"dirinya sendiri melalui RHK lain)");
	return 0;
}

/* Checks the goal: of the period, of the employee's unit or one above. */
static int check_goal(struct db *db, const struct skp *head, int64_t goal_id,
		      struct kerr *err)
{
	int64_t found = 0;
	int rc = db_query_int(db,
		"WITH RECURSIVE up(id, parent_id) AS ("
		"  SELECT u.id, u.parent_id FROM units u JOIN employees e ON e.unit_id = u.id "
		"  WHERE e.id = $3"
		"  UNION SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id) "
		"SELECT COUNT(*) FROM goals g WHERE g.id = $1 AND g.period_id = $2 "
		"AND g.unit_id IN (SELECT id FROM up)",
		DB_ARGS(DB_INT(goal_id), DB_INT(head->period_id), DB_INT(head->employee_id)),
		&found, err);
	if (rc < 0)
		return -1;
	if (!found)
		return kerr_set(err, KERR_INVALID, "goal_id",
				"Sasaran organisasi harus sasaran periode yang sama dari unit kerja "
				"Anda atau unit di atasnya");
	return 0;
}

/* The links of an RHK being added (rhk_id 0) or changed. */
static int check_links(struct db *db, const struct skp *head, int64_t rhk_id,
		       const struct rhk *r, struct kerr *err)
{
	int64_t assessor = 0;
	if (r->parent_rhk_id && r->goal_id)
		return kerr_set(err, KERR_INVALID, "goal_id",
				"RHK menunjuk RHK atasan atau sasaran organisasi, tidak keduanya");
	if (r->goal_id)
		return check_goal(db, head, r->goal_id, err);
	if (!r->parent_rhk_id)
		return 0;
	if (store_skp_assessor(db, head, &assessor, NULL, err))
		return -1;
	return check_parent(db, head, assessor, rhk_id, r->parent_rhk_id, err);
}

/* ---- results (RHK) ------------------------------------------------------------- */

/* One RHK row (no IKI, no parent text); rhk_release() it. */
static int rhk_load(struct db *db, int64_t id, struct rhk *r, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT id, skp_id, kind, seq, text, COALESCE(parent_rhk_id, 0), "
		"COALESCE(goal_id, 0), perspective, proposed FROM rhk WHERE id = $1",
		DB_ARGS(DB_INT(id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	memset(r, 0, sizeof *r);
	if (rc == 1)
		plan_rhk_from_row(rows, r, 0);
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "rhk_id", "RHK tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

static int next_rhk_seq(struct db *db, int64_t skp_id, const char *kind, int *seq,
			struct kerr *err)
{
	int64_t v = 1;
	int rc = db_query_int(db,
		"SELECT COALESCE(MAX(seq), 0) + 1 FROM rhk WHERE skp_id = $1 AND kind = $2",
		DB_ARGS(DB_INT(skp_id), DB_TEXT(kind)), &v, err);
	*seq = (int)v;
	return rc < 0 ? -1 : 0;
}

/* Closes the gap left at `seq` among the SKP's RHK of `kind`. */
static int close_rhk_gap(struct db *db, int64_t skp_id, const char *kind, int seq,
			 struct kerr *err)
{
	return db_exec(db, "UPDATE rhk SET seq = seq - 1 WHERE skp_id = $1 AND kind = $2 AND seq > $3",
		       DB_ARGS(DB_INT(skp_id), DB_TEXT(kind), DB_INT(seq)), err) < 0 ? -1 : 0;
}

/* Inserts r (skp_id, kind, text, links, perspective, proposed) as the last
 * of its kind; sets r->id and r->seq.  No checks. */
int plan_rhk_insert(struct db *db, struct rhk *r, struct kerr *err)
{
	if (next_rhk_seq(db, r->skp_id, r->kind, &r->seq, err))
		return -1;
	int rc = db_query_int(db,
		"INSERT INTO rhk (skp_id, kind, seq, text, parent_rhk_id, goal_id, perspective, "
		"proposed) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
		DB_ARGS(DB_INT(r->skp_id), DB_TEXT(r->kind), DB_INT(r->seq), DB_TEXT(r->text),
			DB_ID(r->parent_rhk_id), DB_ID(r->goal_id), DB_TEXT(r->perspective),
			DB_INT(r->proposed)), &r->id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "RHK tidak tersimpan") : -1;
	return 0;
}

static int rhk_add_tx(struct db *db, const struct actor *who, struct rhk *r, struct kerr *err)
{
	struct skp head;
	struct period p;
	if (plan_skp_editable(db, r->skp_id, &head, &p, err) || rhk_validate(r, err) ||
	    check_links(db, &head, 0, r, err))
		return -1;
	r->proposed = 0;
	if (plan_rhk_insert(db, r, err))
		return -1;
	return store_audit_json(db, who, "create", "rhk", r->id, NULL, plan_rhk_json(r), err);
}

int store_rhk_add(struct db *db, const struct actor *who, struct rhk *r, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, rhk_add_tx(db, who, r, err), err);
}

/* Writes the changed RHK; a change of kind moves it to the end of the
 * other kind's numbering. */
static int rhk_write(struct db *db, const struct rhk *old, struct rhk *r, struct kerr *err)
{
	r->seq = old->seq;
	if (strcmp(old->kind, r->kind) != 0 &&
	    (close_rhk_gap(db, old->skp_id, old->kind, old->seq, err) ||
	     next_rhk_seq(db, old->skp_id, r->kind, &r->seq, err)))
		return -1;
	return db_exec(db,
		"UPDATE rhk SET kind = $1, seq = $2, text = $3, parent_rhk_id = $4, goal_id = $5, "
		"perspective = $6, proposed = 0 WHERE id = $7",
		DB_ARGS(DB_TEXT(r->kind), DB_INT(r->seq), DB_TEXT(r->text), DB_ID(r->parent_rhk_id),
			DB_ID(r->goal_id), DB_TEXT(r->perspective), DB_INT(r->id)), err) < 0 ? -1 : 0;
}

static int rhk_update_tx(struct db *db, const struct actor *who, const struct rhk *in,
			 struct rhk *old, struct kerr *err)
{
	struct skp head;
	struct period p;
	struct rhk r = *in;
	if (rhk_load(db, in->id, old, err) ||
	    plan_skp_editable(db, old->skp_id, &head, &p, err))
		return -1;
	r.skp_id = old->skp_id;
	r.proposed = 0;
	r.iki = NULL;
	r.n_iki = 0;
	if (rhk_validate(&r, err) || check_links(db, &head, r.id, &r, err) ||
	    rhk_write(db, old, &r, err))
		return -1;
	return store_audit_json(db, who, "update", "rhk", r.id, plan_rhk_json(old),
				plan_rhk_json(&r), err);
}

int store_rhk_update(struct db *db, const struct actor *who, const struct rhk *r,
		     struct kerr *err)
{
	struct rhk old = { 0 };
	if (db_begin(db, err))
		return -1;
	int rc = db_finish(db, rhk_update_tx(db, who, r, &old, err), err);
	rhk_release(&old);
	return rc;
}

/* Refuses deleting an RHK that subordinates' RHK point at. */
static int check_no_dependents(struct db *db, int64_t rhk_id, struct kerr *err)
{
	int64_t n = 0;
	if (db_query_int(db, "SELECT COUNT(*) FROM rhk WHERE parent_rhk_id = $1",
			 DB_ARGS(DB_INT(rhk_id)), &n, err) < 0)
		return -1;
	if (n)
		return kerr_set(err, KERR_CONFLICT, "rhk_id",
				"RHK ini diintervensi oleh %lld RHK bawahan; RHK tersebut harus "
				"dilepas dari RHK ini dahulu", (long long)n);
	return 0;
}

/* Refuses deleting an indicator (iki_id) or every indicator of a result
 * (rhk_id) once realisasi is recorded against it: during a perubahan SKP
 * that would silently take the recorded results and their evidence along. */
static int check_no_realisasi(struct db *db, const char *field, int64_t iki_id, int64_t rhk_id,
			      struct kerr *err)
{
	int64_t n = 0;
	if (db_query_int(db, "SELECT COUNT(*) FROM realisasi r JOIN iki k ON k.id = r.iki_id "
			 "WHERE k.id = $1 OR k.rhk_id = $2",
			 DB_ARGS(DB_INT(iki_id), DB_INT(rhk_id)), &n, err) < 0)
		return -1;
	if (n)
		return kerr_set(err, KERR_CONFLICT, field,
				"Sudah ada %lld realisasi yang dicatat untuk %s ini; realisasi dan "
				"bukti dukungnya tidak boleh ikut terhapus", (long long)n,
				rhk_id ? "RHK" : "IKI");
	return 0;
}

static int rhk_delete_tx(struct db *db, const struct actor *who, int64_t id, struct rhk *old,
			 struct kerr *err)
{
	struct skp head;
	struct period p;
	if (rhk_load(db, id, old, err) || plan_skp_editable(db, old->skp_id, &head, &p, err) ||
	    check_no_dependents(db, id, err) || check_no_realisasi(db, "rhk_id", 0, id, err))
		return -1;
	if (db_exec(db, "DELETE FROM iki WHERE rhk_id = $1", DB_ARGS(DB_INT(id)), err) < 0 ||
	    db_exec(db, "DELETE FROM rhk WHERE id = $1", DB_ARGS(DB_INT(id)), err) < 0 ||
	    close_rhk_gap(db, old->skp_id, old->kind, old->seq, err))
		return -1;
	return store_audit_json(db, who, "delete", "rhk", id, plan_rhk_json(old), NULL, err);
}

int store_rhk_delete(struct db *db, const struct actor *who, int64_t rhk_id, struct kerr *err)
{
	struct rhk old = { 0 };
	if (db_begin(db, err))
		return -1;
	int rc = db_finish(db, rhk_delete_tx(db, who, rhk_id, &old, err), err);
	rhk_release(&old);
	return rc;
}

/* ---- indicators (IKI) -------------------------------------------------------------- */

/* One IKI row and the SKP it belongs to; free its texts. */
static int iki_load(struct db *db, int64_t id, struct iki *k, int64_t *skp_id,
		    struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT k.id, k.rhk_id, k.seq, k.text, k.aspect, k.target_min, k.target_max, "
		"k.target_text, k.unit_label, k.direction, r.skp_id FROM iki k "
		"JOIN rhk r ON r.id = k.rhk_id WHERE k.id = $1", DB_ARGS(DB_INT(id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	memset(k, 0, sizeof *k);
	if (rc == 1) {
		plan_iki_from_row(rows, k);
		*skp_id = db_int(rows, 10);
	}
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "iki_id", "IKI tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

static void iki_free(struct iki *k)
{
	free(k->text);
	free(k->target_text);
}

/* Inserts k (rhk_id and fields) as the RHK's last IKI; sets id and seq. */
static int iki_insert(struct db *db, struct iki *k, struct kerr *err)
{
	int64_t seq = 1;
	if (db_query_int(db, "SELECT COALESCE(MAX(seq), 0) + 1 FROM iki WHERE rhk_id = $1",
			 DB_ARGS(DB_INT(k->rhk_id)), &seq, err) < 0)
		return -1;
	k->seq = (int)seq;
	int rc = db_query_int(db,
		"INSERT INTO iki (rhk_id, seq, text, aspect, target_min, target_max, target_text, "
		"unit_label, direction) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
		DB_ARGS(DB_INT(k->rhk_id), DB_INT(k->seq), DB_TEXT(k->text), DB_TEXT(k->aspect),
			DB_TEXT(k->target_min), DB_TEXT(k->target_max),
			DB_TEXT(k->target_text ? k->target_text : ""), DB_TEXT(k->unit_label),
			DB_TEXT(k->direction)), &k->id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "IKI tidak tersimpan") : -1;
	return 0;
}

/* The editable SKP of an RHK (for an IKI change). */
static int rhk_editable(struct db *db, int64_t rhk_id, struct skp *head, struct kerr *err)
{
	struct rhk r;
	struct period p;
	struct kerr why = KERR_INIT;
	if (rhk_load(db, rhk_id, &r, &why))
		return why.code == KERR_NOT_FOUND
			? kerr_set(err, KERR_INVALID, "rhk_id", "RHK untuk IKI ini tidak ditemukan")
			: kerr_set(err, why.code, why.field, "%s", why.msg);
	int rc = plan_skp_editable(db, r.skp_id, head, &p, err);
	rhk_release(&r);
	return rc;
}

static int iki_add_tx(struct db *db, const struct actor *who, struct iki *k, struct kerr *err)
{
	struct skp head;
	if (rhk_editable(db, k->rhk_id, &head, err) || iki_validate(k, head.approach, err) ||
	    iki_insert(db, k, err))
		return -1;
	return store_audit_json(db, who, "create", "iki", k->id, NULL, iki_json(k), err);
}

int store_iki_add(struct db *db, const struct actor *who, struct iki *k, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, iki_add_tx(db, who, k, err), err);
}

static int iki_update_tx(struct db *db, const struct actor *who, const struct iki *in,
			 struct iki *old, struct kerr *err)
{
	struct skp head;
	struct period p;
	struct iki k = *in;
	int64_t skp_id = 0;
	if (iki_load(db, in->id, old, &skp_id, err) ||
	    plan_skp_editable(db, skp_id, &head, &p, err))
		return -1;
	k.rhk_id = old->rhk_id;
	k.seq = old->seq;
	if (iki_validate(&k, head.approach, err) ||
	    db_exec(db, "UPDATE iki SET text = $1, aspect = $2, target_min = $3, target_max = $4, "
		    "target_text = $5, unit_label = $6, direction = $7 WHERE id = $8",
		    DB_ARGS(DB_TEXT(k.text), DB_TEXT(k.aspect), DB_TEXT(k.target_min),
			    DB_TEXT(k.target_max), DB_TEXT(k.target_text ? k.target_text : ""),
			    DB_TEXT(k.unit_label), DB_TEXT(k.direction), DB_INT(k.id)), err) < 0)
		return -1;
	return store_audit_json(db, who, "update", "iki", k.id, iki_json(old), iki_json(&k), err);
}

int store_iki_update(struct db *db, const struct actor *who, const struct iki *k,
		     struct kerr *err)
{
	struct iki old = { 0 };
	if (db_begin(db, err))
		return -1;
	int rc = db_finish(db, iki_update_tx(db, who, k, &old, err), err);
	iki_free(&old);
	return rc;
}

static int iki_delete_tx(struct db *db, const struct actor *who, int64_t id, struct iki *old,
			 struct kerr *err)
{
	struct skp head;
	struct period p;
	int64_t skp_id = 0;
	if (iki_load(db, id, old, &skp_id, err) || plan_skp_editable(db, skp_id, &head, &p, err) ||
	    check_no_realisasi(db, "iki_id", id, 0, err))
		return -1;
	if (db_exec(db, "DELETE FROM iki WHERE id = $1", DB_ARGS(DB_INT(id)), err) < 0 ||
	    db_exec(db, "UPDATE iki SET seq = seq - 1 WHERE rhk_id = $1 AND seq > $2",
		    DB_ARGS(DB_INT(old->rhk_id), DB_INT(old->seq)), err) < 0)
		return -1;
	return store_audit_json(db, who, "delete", "iki", id, iki_json(old), NULL, err);
}

int store_iki_delete(struct db *db, const struct actor *who, int64_t iki_id, struct kerr *err)
{
	struct iki old = { 0 };
	if (db_begin(db, err))
		return -1;
	int rc = db_finish(db, iki_delete_tx(db, who, iki_id, &old, err), err);
	iki_free(&old);
	return rc;
}

/* ---- behaviour expectations -------------------------------------------------------- */

static int write_expectation(struct db *db, int64_t skp_id, const char *code, const char *text,
			     struct kerr *err)
{
	return db_exec(db,
		"INSERT INTO skp_behaviour (skp_id, value_code, expectation) VALUES ($1, $2, $3) "
		"ON CONFLICT (skp_id, value_code) DO UPDATE SET expectation = excluded.expectation",
		DB_ARGS(DB_INT(skp_id), DB_TEXT(code), DB_TEXT(text)), err) < 0 ? -1 : 0;
}

static int expectation_tx(struct db *db, const struct actor *who, int64_t skp_id, int index,
			  const char *text, struct kerr *err)
{
	struct skp head;
	struct period p;
	if (index < 0 || index >= BERAKHLAK_COUNT)
		return kerr_set(err, KERR_INVALID, "value_index",
				"Nilai BerAKHLAK harus nomor 0 sampai 6");
	if (utf8_chars(text) > SKP_TEXT_MAX)
		return kerr_set(err, KERR_INVALID, "expectation",
				"Ekspektasi khusus pimpinan paling banyak %d karakter", SKP_TEXT_MAX);
	const char *code = berakhlak_at((size_t)index)->code;
	if (plan_skp_expectations_open(db, skp_id, &head, &p, err) ||
	    write_expectation(db, skp_id, code, text, err))
		return -1;
	return store_audit_json(db, who, "update", "skp", skp_id, NULL,
				json_pack("{s:s, s:s}", "value", code, "expectation", text), err);
}

int store_skp_set_expectation(struct db *db, const struct actor *who, int64_t skp_id,
			      int value_index, const char *text, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, expectation_tx(db, who, skp_id, value_index, text ? text : "", err),
			 err);
}

/* ---- lampiran ------------------------------------------------------------------------ */

static int attachment_insert(struct db *db, int64_t skp_id, const char *kind, const char *text,
			     int64_t *id, struct kerr *err)
{
	int64_t seq = 1;
	if (db_query_int(db, "SELECT COALESCE(MAX(seq), 0) + 1 FROM skp_attachment "
			 "WHERE skp_id = $1 AND kind = $2",
			 DB_ARGS(DB_INT(skp_id), DB_TEXT(kind)), &seq, err) < 0)
		return -1;
	int rc = db_query_int(db,
		"INSERT INTO skp_attachment (skp_id, kind, seq, text) VALUES ($1, $2, $3, $4) "
		"RETURNING id", DB_ARGS(DB_INT(skp_id), DB_TEXT(kind), DB_INT(seq), DB_TEXT(text)),
		id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "Lampiran tidak tersimpan") : -1;
	return 0;
}

static int attachment_add_tx(struct db *db, const struct actor *who, int64_t skp_id,
			     enum attachment_kind kind, const char *text, int64_t *id,
			     struct kerr *err)
{
	struct skp head;
	struct period p;
	if ((unsigned)kind >= ATT__KINDS)
		return kerr_set(err, KERR_INVALID, "kind", "Jenis lampiran tidak dikenal");
	if (blank(text))
		return kerr_set(err, KERR_INVALID, "text", "Isi lampiran harus diisi");
	if (utf8_chars(text) > SKP_TEXT_MAX)
		return kerr_set(err, KERR_INVALID, "text", "Isi lampiran paling banyak %d karakter",
				SKP_TEXT_MAX);
	const char *name = attachment_kind_name(kind);
	if (plan_skp_editable(db, skp_id, &head, &p, err) ||
	    attachment_insert(db, skp_id, name, text, id, err))
		return -1;
	return store_audit_json(db, who, "update", "skp", skp_id, NULL,
				json_pack("{s:I, s:s, s:s}", "lampiran_id", (json_int_t)*id,
					  "kind", name, "text", text), err);
}

int store_skp_attachment_add(struct db *db, const struct actor *who, int64_t skp_id,
			     enum attachment_kind kind, const char *text, int64_t *id,
			     struct kerr *err)
{
	int64_t unused = 0;
	if (db_begin(db, err))
		return -1;
	return db_finish(db, attachment_add_tx(db, who, skp_id, kind, text, id ? id : &unused,
					       err), err);
}

/* One lampiran item: the SKP it is in, its kind and place, its text. */
struct att_row {
	int64_t skp_id, seq;
	char kind[32];
	char *text;
};

static int attachment_load(struct db *db, int64_t id, struct att_row *a, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT skp_id, kind, seq, text FROM skp_attachment WHERE id = $1",
		DB_ARGS(DB_INT(id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	memset(a, 0, sizeof *a);
	if (rc == 1) {
		a->skp_id = db_int(rows, 0);
		copy_str(a->kind, sizeof a->kind, db_text(rows, 1));
		a->seq = db_int(rows, 2);
		a->text = xstrdup(db_text(rows, 3));
	}
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "lampiran_id", "Butir lampiran tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

static int attachment_delete_tx(struct db *db, const struct actor *who, int64_t item_id,
				struct kerr *err)
{
	struct skp head;
	struct period p;
	struct att_row a;
	const char *kind = a.kind;   /* DB_TEXT needs a pointer: an array warns */
	int rc = -1;
	if (attachment_load(db, item_id, &a, err))
		return -1;
	if (!plan_skp_editable(db, a.skp_id, &head, &p, err) &&
	    db_exec(db, "DELETE FROM skp_attachment WHERE id = $1",
		    DB_ARGS(DB_INT(item_id)), err) >= 0 &&
	    db_exec(db, "UPDATE skp_attachment SET seq = seq - 1 "
		    "WHERE skp_id = $1 AND kind = $2 AND seq > $3",
		    DB_ARGS(DB_INT(a.skp_id), DB_TEXT(kind), DB_INT(a.seq)), err) >= 0)
		rc = store_audit_json(db, who, "update", "skp", a.skp_id,
				      json_pack("{s:I, s:s, s:s}", "lampiran_id", (json_int_t)item_id,
						"kind", a.kind, "text", a.text), NULL, err);
	free(a.text);
	return rc;
}

int store_skp_attachment_delete(struct db *db, const struct actor *who, int64_t item_id,
				struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, attachment_delete_tx(db, who, item_id, err), err);
}

/* ---- which SKP an item belongs to ------------------------------------------------------ */

static int owner_skp(struct db *db, const char *sql, int64_t id, int64_t *skp_id,
		     const char *field, const char *what, struct kerr *err)
{
	*skp_id = 0;
	int rc = db_query_int(db, sql, DB_ARGS(DB_INT(id)), skp_id, err);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, field, "%s tidak ditemukan", what);
	return rc < 0 ? -1 : 0;
}

int store_rhk_skp(struct db *db, int64_t rhk_id, int64_t *skp_id, struct kerr *err)
{
	return owner_skp(db, "SELECT skp_id FROM rhk WHERE id = $1", rhk_id, skp_id, "rhk_id",
			 "RHK", err);
}

int store_iki_skp(struct db *db, int64_t iki_id, int64_t *skp_id, struct kerr *err)
{
	return owner_skp(db, "SELECT r.skp_id FROM iki k JOIN rhk r ON r.id = k.rhk_id "
			 "WHERE k.id = $1", iki_id, skp_id, "iki_id", "IKI", err);
}

int store_attachment_skp(struct db *db, int64_t item_id, int64_t *skp_id, struct kerr *err)
{
	return owner_skp(db, "SELECT skp_id FROM skp_attachment WHERE id = $1", item_id, skp_id,
			 "lampiran_id", "Butir lampiran", err);
}

/* ---- copying into a new SKP ------------------------------------------------------------- */

/* Keeps a link only where it is still valid for the new SKP: a parent RHK
 * of its pejabat penilai in its period, or a goal of its period and unit. */
static int copy_links(struct db *db, const struct skp *to, const struct rhk *from,
		      struct rhk *r, struct kerr *err)
{
	struct kerr why = KERR_INIT;
	r->parent_rhk_id = r->goal_id = 0;
	if (from->parent_rhk_id &&
	    !check_parent(db, to, to->assessor_id, 0, from->parent_rhk_id, &why))
		r->parent_rhk_id = from->parent_rhk_id;
	else if (from->goal_id && !check_goal(db, to, from->goal_id, &why))
		r->goal_id = from->goal_id;
	if (why.code != KERR_OK && why.code != KERR_INVALID)
		return kerr_set(err, why.code, why.field, "%s", why.msg);
	return 0;
}

static int copy_rhk(struct db *db, const struct skp *to, const struct rhk *from,
		    struct kerr *err)
{
	struct rhk r = { 0 };
	r.skp_id = to->id;
	copy_str(r.kind, sizeof r.kind, from->kind);
	copy_str(r.perspective, sizeof r.perspective, from->perspective);
	r.text = from->text;
	if (copy_links(db, to, from, &r, err) || plan_rhk_insert(db, &r, err))
		return -1;
	for (size_t i = 0; i < from->n_iki; i++) {
		struct iki k = from->iki[i];
		k.rhk_id = r.id;
		if (iki_insert(db, &k, err))
			return -1;
	}
	return 0;
}

/* Copies results with indicators, expectations and lampiran of `from`
 * into the new, empty SKP `to` (inside the caller's transaction). */
int plan_copy_content(struct db *db, const struct skp *from, const struct skp *to,
		      struct kerr *err)
{
	int64_t id;
	for (size_t i = 0; i < from->n_rhk; i++)
		if (copy_rhk(db, to, &from->rhk[i], err))
			return -1;
	for (int v = 0; v < BERAKHLAK_COUNT; v++)
		if (from->expectation[v] && from->expectation[v][0] &&
		    write_expectation(db, to->id, berakhlak_at((size_t)v)->code,
				      from->expectation[v], err))
			return -1;
	for (int k = 0; k < ATT__KINDS; k++)
		for (size_t i = 0; i < from->n_att[k]; i++)
			if (attachment_insert(db, to->id, attachment_kind_name((enum attachment_kind)k),
					      from->att[k][i].text, &id, err))
				return -1;
	return 0;
}
