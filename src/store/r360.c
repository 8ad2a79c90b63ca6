/*
 * r360.c - 360-degree feedback: the instansi's settings (answer scale and
 * anonymity threshold, in the `settings` table), and the rounds (putaran):
 * listing, opening one for a checkpoint (the raters are assigned by
 * r360_assign.c in the same transaction), changing its name or closing
 * date, and closing it.  Assignments and progress are in r360_raters.c,
 * answers in r360_answers.c, results in r360_results.c.
 */
#include "store/r360_int.h"
#include "store/db.h"
#include "store/plan_int.h"
#include "store/store_int.h"
#include "core/timeutil.h"
#include "domain/skp.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ----------------------------------------------------------------------- */

size_t r360_chars(const char *s)
{
	size_t n = 0;
	for (; s && *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

int r360_group_valid(const char *s)
{
	enum rater_group g;
	return s && rater_group_parse(s, &g) == 0;
}

int r360_collect(struct db_rows *rows, size_t elem, void (*fill)(struct db_rows *, void *),
		 void **out, size_t *n, struct kerr *err)
{
	size_t alloc = 8;
	char *list = xcalloc(alloc, elem);
	int rc = rows ? 0 : -1;
	*n = 0;
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (*n == alloc) {
			list = xrealloc(list, alloc * 2 * elem);
			memset(list + alloc * elem, 0, alloc * elem);
			alloc *= 2;
		}
		fill(rows, list + (*n)++ * elem);
	}
	db_rows_free(rows);
	if (rc < 0) {
		free(list);
		*out = NULL;
		*n = 0;
		return -1;
	}
	*out = list;
	return 0;
}

/* ---- settings ----------------------------------------------------------------------- */

static int setting_int(struct db *db, const char *key, int def, int *out, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT value FROM settings WHERE key = $1",
					DB_ARGS(DB_TEXT(key)), err);
	int rc = rows ? db_next(rows, err) : -1;
	*out = rc == 1 ? atoi(db_text(rows, 0)) : def;
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int store_settings360_get(struct db *db, struct settings360 *out, struct kerr *err)
{
	if (setting_int(db, "skala_360", 3, &out->scale, err) ||
	    setting_int(db, "ambang_anonimitas", ANONYMITY_MIN, &out->threshold, err))
		return -1;
	if (out->scale != 5)
		out->scale = 3;
	out->threshold = anonymity_threshold(out->threshold);
	return 0;
}

static int setting_put(struct db *db, const char *key, int value, struct kerr *err)
{
	char text[16];
	snprintf(text, sizeof text, "%d", value);
	return db_exec(db, "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) "
			   "ON CONFLICT (key) DO UPDATE SET value = $2, updated_at = $3",
		       DB_ARGS(DB_TEXT(key), DB_TEXT(text), DB_INT(now_unix())), err) < 0 ? -1 : 0;
}

static json_t *settings_json(const struct settings360 *s)
{
	return json_pack("{s:i, s:i}", "skala_360", s->scale, "ambang_anonimitas", s->threshold);
}

static int settings_set_tx(struct db *db, const struct actor *who, const struct settings360 *s,
			   struct kerr *err)
{
	struct settings360 old;
	if (store_settings360_get(db, &old, err) || setting_put(db, "skala_360", s->scale, err) ||
	    setting_put(db, "ambang_anonimitas", s->threshold, err))
		return -1;
	return store_audit_json(db, who, "update", "pengaturan", 0, settings_json(&old),
				settings_json(s), err);
}

int store_settings360_set(struct db *db, const struct actor *who, const struct settings360 *s,
			  struct kerr *err)
{
	if (s->scale != 3 && s->scale != 5)
		return kerr_set(err, KERR_INVALID, "skala_360",
				"Skala penilaian 360 harus 3 (tiga tingkat) atau 5 (1-5)");
	if (s->threshold < ANONYMITY_MIN || s->threshold > THRESHOLD360_MAX)
		return kerr_set(err, KERR_INVALID, "ambang_anonimitas",
				"Ambang anonimitas harus %d sampai %d jawaban: di bawah %d "
				"penilai dapat dikenali", ANONYMITY_MIN, THRESHOLD360_MAX,
				ANONYMITY_MIN);
	if (db_begin(db, err))
		return -1;
	return db_finish(db, settings_set_tx(db, who, s, err), err);
}

/* ---- reading rounds ------------------------------------------------------------------ */

#define COUNT_STATE(st) \
	"(SELECT COUNT(*) FROM rater360 a WHERE a.round_id = r.id AND a.state = '" st "'), "

#define ROUND_COLS \
	"SELECT r.id, r.period_id, p.name, r.checkpoint_id, c.name, r.name, r.closes_on, " \
	"r.state, r.scale, r.threshold, r.created_at, COALESCE(r.closed_at, 0), "
#define ROUND_FROM \
	"0 FROM round360 r JOIN periods p ON p.id = r.period_id " \
	"JOIN checkpoints c ON c.id = r.checkpoint_id "
/* With the counts over its assignments (for HR's lists and progress). */
#define ROUND_SELECT ROUND_COLS \
	"(SELECT COUNT(*) FROM rater360 a WHERE a.round_id = r.id), " \
	COUNT_STATE("dijawab") COUNT_STATE("menunggu") COUNT_STATE("ditolak") ROUND_FROM
/* Without them: a city's round has a quarter of a million assignments, and
 * answering one form must not count them all. */
#define ROUND_SELECT_BARE ROUND_COLS "0, 0, 0, 0, " ROUND_FROM

static void round_from_row(struct db_rows *rows, void *out)
{
	struct round360 *rd = out;
	rd->id = db_int(rows, 0);
	rd->period_id = db_int(rows, 1);
	copy_str(rd->period_name, sizeof rd->period_name, db_text(rows, 2));
	rd->checkpoint_id = db_int(rows, 3);
	copy_str(rd->checkpoint_name, sizeof rd->checkpoint_name, db_text(rows, 4));
	copy_str(rd->name, sizeof rd->name, db_text(rows, 5));
	copy_str(rd->closes_on, sizeof rd->closes_on, db_text(rows, 6));
	copy_str(rd->state, sizeof rd->state, db_text(rows, 7));
	rd->scale = atoi(db_text(rows, 8)) == 5 ? 5 : 3;
	rd->threshold = anonymity_threshold((int)db_int(rows, 9));
	rd->created_at = db_int(rows, 10);
	rd->closed_at = db_int(rows, 11);
	rd->total = db_int(rows, 12);
	rd->answered = db_int(rows, 13);
	rd->pending = db_int(rows, 14);
	rd->declined = db_int(rows, 15);
}

int store_round360_list(struct db *db, struct round360 **out, size_t *n, struct kerr *err)
{
	return r360_collect(db_query(db, ROUND_SELECT "ORDER BY r.created_at DESC, r.id DESC",
				     DB_NOARGS, err),
			    sizeof **out, round_from_row, (void **)out, n, err);
}

static int round_get(struct db *db, const char *sql, int64_t id, struct round360 *out,
		     struct kerr *err)
{
	struct round360 *list;
	size_t n;
	if (r360_collect(db_query(db, sql, DB_ARGS(DB_INT(id)), err), sizeof *list, round_from_row,
			 (void **)&list, &n, err))
		return -1;
	if (n)
		*out = list[0];
	free(list);
	return n ? 0 : kerr_set(err, KERR_NOT_FOUND, "putaran", "Putaran 360 tidak ditemukan");
}

int store_round360_get(struct db *db, int64_t id, struct round360 *out, struct kerr *err)
{
	return round_get(db, ROUND_SELECT "WHERE r.id = $1", id, out, err);
}

int store_round360_outside_scope(struct db *db, int64_t scope_unit_id, int64_t *n,
				 struct kerr *err)
{
	return db_query_int(db,
		"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $1 "
		"UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
		"SELECT COUNT(*) FROM employees e JOIN positions p ON p.id = e.position_id "
		"WHERE e.status = 'aktif' AND p.unit_id NOT IN (SELECT id FROM sub)",
		DB_ARGS(DB_INT(scope_unit_id)), n, err) < 0 ? -1 : 0;
}

int store_round360_find(struct db *db, int64_t id, struct round360 *out, struct kerr *err)
{
	return round_get(db, ROUND_SELECT_BARE "WHERE r.id = $1", id, out, err);
}

int round360_accepting(const struct round360 *rd)
{
	char today[11];
	plan_today_wib(today);
	return !strcmp(rd->state, "terbuka") && strcmp(today, rd->closes_on) <= 0;
}

int r360_round_open_for_change(struct db *db, int64_t id, struct round360 *out,
			       struct kerr *err)
{
	if (store_round360_find(db, id, out, err))
		return -1;
	if (strcmp(out->state, "terbuka"))
		return kerr_set(err, KERR_CONFLICT, "putaran", "Putaran 360 \"%s\" sudah ditutup",
				out->name);
	return 0;
}

static json_t *round_json(const struct round360 *rd)
{
	return json_pack("{s:I, s:I, s:s, s:s, s:s, s:i, s:i}", "period_id",
			 (json_int_t)rd->period_id, "checkpoint_id", (json_int_t)rd->checkpoint_id,
			 "nama", rd->name, "tutup_pada", rd->closes_on, "status", rd->state,
			 "skala", rd->scale, "ambang", rd->threshold);
}

/* ---- opening a round ------------------------------------------------------------------- */

static int check_name(const char *name, struct kerr *err)
{
	if (r360_chars(name) > ROUND360_NAME_MAX)
		return kerr_set(err, KERR_INVALID, "nama", "Nama putaran paling banyak %d karakter",
				ROUND360_NAME_MAX);
	for (const char *p = name; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return kerr_set(err, KERR_INVALID, "nama",
					"Nama putaran tidak boleh berisi baris baru");
	return 0;
}

static int check_closing(const char *closes_on, int not_past, struct kerr *err)
{
	char today[11];
	if (!date_valid(closes_on))
		return kerr_set(err, KERR_INVALID, "tutup_pada",
				"Tanggal tutup harus tanggal yang ada, ditulis TTTT-BB-HH");
	plan_today_wib(today);
	if (not_past && strcmp(closes_on, today) < 0)
		return kerr_set(err, KERR_INVALID, "tutup_pada",
				"Tanggal tutup tidak boleh sebelum hari ini (%s)", today);
	return 0;
}

/* Checks the checkpoint and its period; fills the default name. */
static int check_checkpoint(struct db *db, struct round360 *rd, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT c.period_id, c.name, c.state, p.state, p.name FROM checkpoints c "
		"JOIN periods p ON p.id = c.period_id WHERE c.id = $1",
		DB_ARGS(DB_INT(rd->checkpoint_id)), err);
	int rc = rows ? db_next(rows, err) : -1;
	if (rc == 0)
		kerr_set(err, KERR_INVALID, "checkpoint_id", "Titik periksa (checkpoint) %lld tidak "
			 "ditemukan", (long long)rd->checkpoint_id);
	else if (rc == 1 && !strcmp(db_text(rows, 2), "ditutup"))
		kerr_set(err, KERR_CONFLICT, "checkpoint_id", "Titik periksa %s sudah ditutup",
			 db_text(rows, 1));
	else if (rc == 1 && strcmp(db_text(rows, 3), "terbuka") && strcmp(db_text(rows, 3), "dikunci"))
		kerr_set(err, KERR_CONFLICT, "checkpoint_id", "Periode %s berstatus %s: putaran 360 "
			 "hanya dibuka pada periode terbuka atau dikunci", db_text(rows, 4),
			 db_text(rows, 3));
	else if (rc == 1) {
		rd->period_id = db_int(rows, 0);
		if (!rd->name[0])
			snprintf(rd->name, sizeof rd->name, "Umpan balik 360\xc2\xb0 %s \xe2\x80\x94 %s",
				 db_text(rows, 1), db_text(rows, 4));
	}
	db_rows_free(rows);
	return kerr_is_set(err) ? -1 : 0;
}

static int round_insert(struct db *db, const struct actor *who, struct round360 *rd,
			struct kerr *err)
{
	struct settings360 s;
	int64_t taken = 0;
	if (db_query_int(db, "SELECT COUNT(*) FROM round360 WHERE checkpoint_id = $1",
			 DB_ARGS(DB_INT(rd->checkpoint_id)), &taken, err) < 0)
		return -1;
	if (taken)
		return kerr_set(err, KERR_CONFLICT, "checkpoint_id",
				"Putaran 360 untuk titik periksa ini sudah dibuka");
	if (store_settings360_get(db, &s, err))
		return -1;
	rd->scale = s.scale;
	rd->threshold = s.threshold;
	copy_str(rd->state, sizeof rd->state, "terbuka");
	int rc = db_query_int(db,
		"INSERT INTO round360 (period_id, checkpoint_id, name, closes_on, state, scale, "
		"threshold, created_by, created_at) VALUES ($1, $2, $3, $4, 'terbuka', $5, $6, $7, $8) "
		"RETURNING id",
		DB_ARGS(DB_INT(rd->period_id), DB_INT(rd->checkpoint_id), DB_TEXT(rd->name),
			DB_TEXT(rd->closes_on), DB_TEXT(s.scale == 5 ? "5" : "3"),
			DB_INT(s.threshold), DB_ID(who->user_id), DB_INT(now_unix())), &rd->id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "Putaran 360 tidak tersimpan") : -1;
	return 0;
}

static int round_open_tx(struct db *db, const struct actor *who, struct round360 *rd,
			 int64_t *assigned, struct kerr *err)
{
	if (check_checkpoint(db, rd, err) || check_name(rd->name, err) ||
	    round_insert(db, who, rd, err) || r360_assign_all(db, rd->id, assigned, err))
		return -1;
	json_t *after = round_json(rd);
	json_object_set_new(after, "penugasan", json_integer(*assigned));
	return store_audit_json(db, who, "create", "round360", rd->id, NULL, after, err);
}

int store_round360_open(struct db *db, const struct actor *who, struct round360 *rd,
			int64_t *assigned, struct kerr *err)
{
	*assigned = 0;
	if (!rd->checkpoint_id)
		return kerr_set(err, KERR_INVALID, "checkpoint_id", "Pilih titik periksa (checkpoint)");
	if (check_name(rd->name, err) || check_closing(rd->closes_on, 1, err))
		return -1;
	if (db_begin(db, err))
		return -1;
	if (db_finish(db, round_open_tx(db, who, rd, assigned, err), err))
		return -1;
	return store_round360_get(db, rd->id, rd, err);
}

/* ---- changing and closing ------------------------------------------------------------------ */

static int round_update_tx(struct db *db, const struct actor *who, int64_t id, const char *name,
			   const char *closes_on, struct kerr *err)
{
	struct round360 old, upd;
	if (r360_round_open_for_change(db, id, &old, err))
		return -1;
	upd = old;
	if (name && *name)
		copy_str(upd.name, sizeof upd.name, name);
	if (closes_on)
		copy_str(upd.closes_on, sizeof upd.closes_on, closes_on);
	if (db_exec(db, "UPDATE round360 SET name = $2, closes_on = $3 WHERE id = $1",
		    DB_ARGS(DB_INT(id), DB_TEXT(upd.name), DB_TEXT(upd.closes_on)), err) < 0)
		return -1;
	return store_audit_json(db, who, "update", "round360", id, round_json(&old),
				round_json(&upd), err);
}

int store_round360_update(struct db *db, const struct actor *who, int64_t id, const char *name,
			  const char *closes_on, struct kerr *err)
{
	if ((name && check_name(name, err)) || (closes_on && check_closing(closes_on, 0, err)))
		return -1;
	if (db_begin(db, err))
		return -1;
	return db_finish(db, round_update_tx(db, who, id, name, closes_on, err), err);
}

static int round_close_tx(struct db *db, const struct actor *who, int64_t id, struct kerr *err)
{
	struct round360 old, upd;
	if (r360_round_open_for_change(db, id, &old, err))
		return -1;
	upd = old;
	copy_str(upd.state, sizeof upd.state, "ditutup");
	if (db_exec(db, "UPDATE round360 SET state = 'ditutup', closed_at = $2 WHERE id = $1",
		    DB_ARGS(DB_INT(id), DB_INT(now_unix())), err) < 0)
		return -1;
	return store_audit_json(db, who, "tutup", "round360", id, round_json(&old),
				round_json(&upd), err);
}

int store_round360_close(struct db *db, const struct actor *who, int64_t id, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, round_close_tx(db, who, id, err), err);
}
