/*
 * realisasi.c - checkpoints as monitoring sees them (reading one, closing
 * one), the check every monitoring change starts with, the realisasi of
 * an IKI at a checkpoint (created or changed with optimistic locking), and
 * loading everything recorded for one SKP.  Evidence is in evidence.c.
 *
 * Concurrency: every change reads its SKP and checkpoint rows with FOR
 * SHARE on PostgreSQL, so closing a checkpoint or revising the SKP waits
 * for the changes in flight and they for it; SQLite takes the write lock
 * at the start of the transaction (db_begin), which serialises the same.
 */
#include "store/monitor.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* The month (1-12) of a YYYY-MM-DD date. */
static int date_month(const char *d)
{
	return strlen(d) >= 7 ? (d[5] - '0') * 10 + (d[6] - '0') : 0;
}

/* ---- checkpoints ------------------------------------------------------------------ */

#define CHECKPOINT_SELECT \
	"SELECT id, period_id, seq, name, start_date, end_date, state FROM checkpoints " \
	"WHERE id = $1"

static int checkpoint_load(struct db *db, int64_t id, int share, struct checkpoint *c,
			   struct kerr *err)
{
	int pg = share && db_kind(db) == DB_POSTGRES;
	struct db_rows *rows = db_query(db, pg ? CHECKPOINT_SELECT " FOR SHARE" : CHECKPOINT_SELECT,
					DB_ARGS(DB_INT(id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	memset(c, 0, sizeof *c);
	if (rc == 1) {
		c->id = db_int(rows, 0);
		c->period_id = db_int(rows, 1);
		c->seq = (int)db_int(rows, 2);
		copy_str(c->name, sizeof c->name, db_text(rows, 3));
		copy_str(c->start_date, sizeof c->start_date, db_text(rows, 4));
		copy_str(c->end_date, sizeof c->end_date, db_text(rows, 5));
		copy_str(c->state, sizeof c->state, db_text(rows, 6));
	}
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "checkpoint", "Titik periksa tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

int store_checkpoint_get(struct db *db, int64_t id, struct checkpoint *out, struct kerr *err)
{
	return checkpoint_load(db, id, 0, out, err);
}

int store_checkpoint_get_held(struct db *db, int64_t id, struct checkpoint *out,
			      struct kerr *err)
{
	return checkpoint_load(db, id, 1, out, err);
}

int checkpoint_in_skp(const struct checkpoint *c, const struct skp *s)
{
	return c->period_id == s->period_id && date_month(c->start_date) <= s->month_to &&
	       date_month(c->end_date) >= s->month_from;
}

static json_t *checkpoint_json(const struct checkpoint *c)
{
	return json_pack("{s:I, s:i, s:s, s:s}", "period_id", (json_int_t)c->period_id,
			 "seq", c->seq, "name", c->name, "state", c->state);
}

/* A checkpoint closes only once no assessment at it is left a draft: a
 * draft could never be finalised afterwards, and the employee would have
 * no result for the checkpoint. */
static int check_no_drafts(struct db *db, const struct checkpoint *c, struct kerr *err)
{
	int64_t drafts = 0;
	if (db_query_int(db, "SELECT COUNT(*) FROM assessment WHERE checkpoint_id = $1 AND "
			 "state = 'draft'", DB_ARGS(DB_INT(c->id)), &drafts, err) < 0)
		return -1;
	if (drafts)
		return kerr_set(err, KERR_CONFLICT, "checkpoint", "%s belum dapat ditutup: masih ada "
				"%lld penilaian periodik berstatus draf. Pejabat penilainya perlu "
				"menetapkannya dahulu (lihat halaman Penilaian, %s).", c->name,
				(long long)drafts, c->name);
	return 0;
}

static int checkpoint_close_tx(struct db *db, const struct actor *who, int64_t id,
			       struct kerr *err)
{
	struct checkpoint c, after;
	struct period p;
	if (checkpoint_load(db, id, 0, &c, err) || store_period_get(db, c.period_id, &p, err))
		return -1;
	if (strcmp(p.state, "terbuka") && strcmp(p.state, "dikunci"))
		return kerr_set(err, KERR_CONFLICT, "checkpoint",
				"Periode %s berstatus %s; titik periksanya tidak dapat ditutup", p.name,
				p.state);
	int64_t changed = db_exec(db, "UPDATE checkpoints SET state = $1 WHERE id = $2 "
				  "AND state = $3", DB_ARGS(DB_TEXT(CHECKPOINT_CLOSED), DB_INT(id),
							    DB_TEXT(CHECKPOINT_OPEN)), err);
	if (changed <= 0)
		return changed < 0 ? -1 : kerr_set(err, KERR_CONFLICT, "checkpoint",
						   "Titik periksa %s sudah ditutup", c.name);
	/* Counted after the update, which waits for saves holding the row. */
	if (check_no_drafts(db, &c, err))
		return -1;
	after = c;
	copy_str(after.state, sizeof after.state, CHECKPOINT_CLOSED);
	return store_audit_json(db, who, "close", "checkpoint", id, checkpoint_json(&c),
				checkpoint_json(&after), err);
}

int store_checkpoint_close(struct db *db, const struct actor *who, int64_t id,
			   struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, checkpoint_close_tx(db, who, id, err), err);
}

/* ---- may it change? ------------------------------------------------------------------- */

#define SKP_STATE_SELECT \
	"SELECT s.state, s.approach, s.period_id, s.month_from, s.month_to, p.state, p.name " \
	"FROM skp s JOIN periods p ON p.id = s.period_id WHERE s.id = $1"

/* The SKP approved, its period terbuka or dikunci; fills the SKP's fields
 * a checkpoint is checked against. */
static int check_skp(struct db *db, int64_t skp_id, struct skp *s, struct kerr *err)
{
	int pg = db_kind(db) == DB_POSTGRES;
	struct db_rows *rows = db_query(db, pg ? SKP_STATE_SELECT " FOR SHARE OF s" :
					SKP_STATE_SELECT, DB_ARGS(DB_INT(skp_id)), err);
	char pstate[12] = "", pname[120] = "";
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	memset(s, 0, sizeof *s);
	if (rc == 1) {
		s->id = skp_id;
		copy_str(s->state, sizeof s->state, db_text(rows, 0));
		copy_str(s->approach, sizeof s->approach, db_text(rows, 1));
		s->period_id = db_int(rows, 2);
		s->month_from = (int)db_int(rows, 3);
		s->month_to = (int)db_int(rows, 4);
		copy_str(pstate, sizeof pstate, db_text(rows, 5));
		copy_str(pname, sizeof pname, db_text(rows, 6));
	}
	db_rows_free(rows);
	if (rc <= 0)
		return rc < 0 ? -1 : kerr_set(err, KERR_NOT_FOUND, "skp", "SKP tidak ditemukan");
	if (strcmp(s->state, "disetujui"))
		return kerr_set(err, KERR_CONFLICT, "skp",
				"SKP berstatus %s; realisasi hanya dicatat pada SKP yang sudah "
				"disetujui", s->state);
	if (strcmp(pstate, "terbuka") && strcmp(pstate, "dikunci"))
		return kerr_set(err, KERR_CONFLICT, "skp",
				"Periode %s berstatus %s; realisasi tidak dapat diubah", pname, pstate);
	return 0;
}

/* The checkpoint: known, of the SKP's period and months, and open. */
static int check_checkpoint(struct db *db, const struct skp *s, int64_t id, struct kerr *err)
{
	struct checkpoint c;
	struct kerr why = KERR_INIT;
	if (checkpoint_load(db, id, 1, &c, &why))
		return why.code == KERR_NOT_FOUND
			? kerr_set(err, KERR_INVALID, "checkpoint_id", "Titik periksa tidak ditemukan")
			: kerr_set(err, why.code, why.field, "%s", why.msg);
	if (c.period_id != s->period_id)
		return kerr_set(err, KERR_INVALID, "checkpoint_id",
				"Titik periksa %s bukan milik periode SKP ini", c.name);
	if (!checkpoint_in_skp(&c, s))
		return kerr_set(err, KERR_INVALID, "checkpoint_id",
				"Titik periksa %s di luar bulan yang dicakup SKP (bulan %d-%d)", c.name,
				s->month_from, s->month_to);
	if (strcmp(c.state, CHECKPOINT_OPEN))
		return kerr_set(err, KERR_CONFLICT, "checkpoint_id",
				"Titik periksa %s sudah ditutup; realisasinya tidak dapat diubah lagi",
				c.name);
	return 0;
}

int monitor_check_writable(struct db *db, int64_t skp_id, int64_t iki_id,
			   int64_t checkpoint_id, char approach[12], struct kerr *err)
{
	struct skp s;
	int64_t found = 0;
	if (check_skp(db, skp_id, &s, err) || check_checkpoint(db, &s, checkpoint_id, err))
		return -1;
	if (db_query_int(db, "SELECT COUNT(*) FROM iki k JOIN rhk r ON r.id = k.rhk_id "
			 "WHERE k.id = $1 AND r.skp_id = $2",
			 DB_ARGS(DB_INT(iki_id), DB_INT(skp_id)), &found, err) < 0)
		return -1;
	if (!found)
		return kerr_set(err, KERR_INVALID, "iki_id", "IKI ini bukan bagian dari SKP ini");
	copy_str(approach, 12, s.approach);
	return 0;
}

/* ---- realisasi ---------------------------------------------------------------------- */

#define REALISASI_COLS \
	"x.id, x.iki_id, x.checkpoint_id, x.value, x.description, x.note, x.version, " \
	"COALESCE(x.updated_by, 0), x.created_at, x.updated_at"

static void realisasi_from_row(struct db_rows *rows, struct realisasi *x)
{
	memset(x, 0, sizeof *x);
	x->id = db_int(rows, 0);
	x->iki_id = db_int(rows, 1);
	x->checkpoint_id = db_int(rows, 2);
	copy_str(x->value, sizeof x->value, db_text(rows, 3));
	x->description = xstrdup(db_text(rows, 4));
	x->note = xstrdup(db_text(rows, 5));
	x->version = db_int(rows, 6);
	x->updated_by = db_int(rows, 7);
	x->created_at = db_int(rows, 8);
	x->updated_at = db_int(rows, 9);
}

/* The one realisasi `rows` finds: 1, 0 when none, -1.  Frees rows. */
static int realisasi_fetch(struct db_rows *rows, struct realisasi *out, struct kerr *err)
{
	memset(out, 0, sizeof *out);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		realisasi_from_row(rows, out);
	db_rows_free(rows);
	return rc;
}

int store_realisasi_get(struct db *db, int64_t id, struct realisasi *out, struct kerr *err)
{
	int rc = realisasi_fetch(db_query(db, "SELECT " REALISASI_COLS " FROM realisasi x "
					  "WHERE x.id = $1", DB_ARGS(DB_INT(id)), err), out, err);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "realisasi", "Realisasi tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

int store_realisasi_skp(struct db *db, int64_t realisasi_id, int64_t *skp_id,
			struct kerr *err)
{
	int rc = db_query_int(db,
		"SELECT r.skp_id FROM realisasi x JOIN iki k ON k.id = x.iki_id "
		"JOIN rhk r ON r.id = k.rhk_id WHERE x.id = $1",
		DB_ARGS(DB_INT(realisasi_id)), skp_id, err);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "realisasi", "Realisasi tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

static json_t *realisasi_json(const struct realisasi *x)
{
	return json_pack("{s:I, s:I, s:s, s:s, s:s, s:I}", "iki_id", (json_int_t)x->iki_id,
			 "checkpoint_id", (json_int_t)x->checkpoint_id, "value", x->value,
			 "description", x->description ? x->description : "",
			 "note", x->note ? x->note : "", "version", (json_int_t)x->version);
}

static int stale(struct kerr *err)
{
	return kerr_set(err, KERR_CONFLICT, "version",
			"Realisasi ini telah diubah oleh orang lain; muat ulang lalu ulangi");
}

static int realisasi_insert(struct db *db, const struct actor *who, struct realisasi *x,
			    struct kerr *err)
{
	struct kerr why = KERR_INIT;
	x->version = 1;
	x->created_at = x->updated_at = now_unix();
	int rc = db_query_int(db,
		"INSERT INTO realisasi (iki_id, checkpoint_id, value, description, note, version, "
		"updated_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $7) "
		"RETURNING id",
		DB_ARGS(DB_INT(x->iki_id), DB_INT(x->checkpoint_id), DB_TEXT(x->value),
			DB_TEXT(x->description), DB_TEXT(x->note), DB_ID(who->user_id),
			DB_INT(x->created_at)), &x->id, &why);
	if (rc == 1)
		return store_audit_json(db, who, "create", "realisasi", x->id, NULL,
					realisasi_json(x), err);
	if (rc < 0 && db_last_was_unique_violation(db))
		return stale(err);   /* someone recorded it first */
	return rc < 0 ? kerr_set(err, why.code, why.field, "%s", why.msg)
		      : kerr_set(err, KERR_DB, "", "Realisasi tidak tersimpan");
}

static int realisasi_update(struct db *db, const struct actor *who, const struct realisasi *old,
			    struct realisasi *x, struct kerr *err)
{
	x->id = old->id;
	x->version = old->version + 1;
	x->created_at = old->created_at;
	x->updated_at = now_unix();
	int64_t changed = db_exec(db,
		"UPDATE realisasi SET value = $1, description = $2, note = $3, "
		"version = version + 1, updated_by = $4, updated_at = $5 WHERE id = $6 AND version = $7",
		DB_ARGS(DB_TEXT(x->value), DB_TEXT(x->description), DB_TEXT(x->note),
			DB_ID(who->user_id), DB_INT(x->updated_at), DB_INT(old->id),
			DB_INT(old->version)), err);
	if (changed <= 0)
		return changed < 0 ? -1 : stale(err);
	return store_audit_json(db, who, "update", "realisasi", x->id, realisasi_json(old),
				realisasi_json(x), err);
}

static int realisasi_save_tx(struct db *db, const struct actor *who,
			     const struct realisasi_input *in, struct realisasi *x,
			     struct realisasi *old, int *found, struct kerr *err)
{
	char approach[12];
	if (monitor_check_writable(db, in->skp_id, in->iki_id, in->checkpoint_id, approach, err) ||
	    realisasi_validate(approach, in->value, in->description, in->note, x->value, err))
		return -1;
	*found = realisasi_fetch(db_query(db, "SELECT " REALISASI_COLS " FROM realisasi x "
					  "WHERE x.iki_id = $1 AND x.checkpoint_id = $2",
					  DB_ARGS(DB_INT(in->iki_id), DB_INT(in->checkpoint_id)),
					  err), old, err);
	if (*found < 0)
		return -1;
	if (in->version != (*found ? old->version : 0))
		return stale(err);
	x->iki_id = in->iki_id;
	x->checkpoint_id = in->checkpoint_id;
	x->description = (char *)(in->description ? in->description : "");
	x->note = (char *)(in->note ? in->note : "");
	return *found ? realisasi_update(db, who, old, x, err) : realisasi_insert(db, who, x, err);
}

int store_realisasi_save(struct db *db, const struct actor *who,
			 const struct realisasi_input *in, int64_t *id, int *created,
			 struct kerr *err)
{
	struct realisasi x, old;
	int found = 0;
	memset(&x, 0, sizeof x);
	memset(&old, 0, sizeof old);
	if (db_begin(db, err))
		return -1;
	int rc = db_finish(db, realisasi_save_tx(db, who, in, &x, &old, &found, err), err);
	realisasi_release(&old);   /* x's texts are the caller's */
	if (!rc) {
		*id = x.id;
		if (created)
			*created = !found;
	}
	return rc;
}

/* ---- everything recorded for one SKP ------------------------------------------------------- */

static int load_realisasi(struct db *db, int64_t skp_id, struct skp_monitor *m,
			  struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT " REALISASI_COLS " FROM realisasi x JOIN iki k ON k.id = x.iki_id "
		"JOIN rhk r ON r.id = k.rhk_id WHERE r.skp_id = $1 ORDER BY x.checkpoint_id, x.iki_id",
		DB_ARGS(DB_INT(skp_id)), err);
	if (!rows)
		return -1;
	size_t alloc = 0;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		if (m->n_real == alloc)
			m->real = xrealloc(m->real, (alloc = alloc ? alloc * 2 : 16) * sizeof *m->real);
		realisasi_from_row(rows, &m->real[m->n_real++]);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int store_skp_monitor(struct db *db, const struct skp *s, struct skp_monitor *out,
		      struct kerr *err)
{
	memset(out, 0, sizeof *out);
	if (store_checkpoint_list(db, s->period_id, &out->cp, &out->n_cp, err) ||
	    load_realisasi(db, s->id, out, err) || monitor_load_evidence(db, s->id, out, err)) {
		skp_monitor_release(out);
		return -1;
	}
	return 0;
}

void skp_monitor_release(struct skp_monitor *m)
{
	for (size_t i = 0; i < m->n_real; i++)
		realisasi_release(&m->real[i]);
	for (size_t i = 0; i < m->n_ev; i++)
		evidence_release(&m->ev[i]);
	free(m->cp);
	free(m->real);
	free(m->ev);
	memset(m, 0, sizeof *m);
}
