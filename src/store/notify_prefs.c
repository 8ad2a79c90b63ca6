/*
 * notify_prefs.c - the e-mail side of notifications in the store (see
 * notify.h): each user's preference (table notify_pref), the recipients
 * of a digest, and the items e-mailed per user and day (table
 * notify_sent), recorded with their audit row.
 */
#include "store/notify.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <stdlib.h>
#include <string.h>

/* Days of notify_sent kept: enough to read back what was sent lately. */
enum { SENT_KEEP_DAYS = 31 };

int store_notify_pref_get(struct db *db, int64_t user_id, struct notify_pref *out,
			  struct kerr *err)
{
	memset(out, 0, sizeof *out);
	out->email_on = 1;
	struct db_rows *rows = db_query(db,
		"SELECT COALESCE(e.email, ''), COALESCE(p.email_off, 0), COALESCE(p.updated_at, 0) "
		"FROM users u LEFT JOIN employees e ON e.id = u.employee_id "
		"LEFT JOIN notify_pref p ON p.user_id = u.id WHERE u.id = $1",
		DB_ARGS(DB_INT(user_id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		copy_str(out->email, sizeof out->email, db_text(rows, 0));
		out->email_on = db_int(rows, 1) == 0;
		out->updated_at = db_int(rows, 2);
	}
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "", "Pengguna tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

static int pref_write(struct db *db, const struct actor *who, int64_t user_id, int email_on,
		      struct kerr *err)
{
	struct notify_pref old;
	int64_t now = now_unix();
	if (store_notify_pref_get(db, user_id, &old, err))
		return -1;
	if (old.email_on == (email_on != 0))
		return 0;
	int64_t changed = db_exec(db, "UPDATE notify_pref SET email_off = $1, updated_at = $2 "
				  "WHERE user_id = $3",
				  DB_ARGS(DB_INT(!email_on), DB_INT(now), DB_INT(user_id)), err);
	if (changed < 0)
		return -1;
	if (!changed && db_exec(db, "INSERT INTO notify_pref (user_id, email_off, updated_at) "
				"VALUES ($1, $2, $3)",
				DB_ARGS(DB_INT(user_id), DB_INT(!email_on), DB_INT(now)), err) < 0)
		return -1;
	return store_audit_json(db, who, "pengaturan", "notifikasi", user_id,
				json_pack("{s:b}", "email", old.email_on),
				json_pack("{s:b}", "email", email_on != 0), err);
}

int store_notify_pref_set(struct db *db, const struct actor *who, int64_t user_id,
			  int email_on, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, pref_write(db, who, user_id, email_on, err), err);
}

/* ---- digests ---------------------------------------------------------------------------------- */

int store_notify_recipients(struct db *db, struct notify_recipient **out, size_t *n,
			    struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT u.id, e.id, u.role, u.login, e.front_title, e.name, e.back_title, e.email "
		"FROM users u JOIN employees e ON e.id = u.employee_id "
		"LEFT JOIN notify_pref p ON p.user_id = u.id WHERE u.disabled = 0 "
		"AND e.status = 'aktif' AND e.email <> '' AND COALESCE(p.email_off, 0) = 0 "
		"ORDER BY u.id", DB_NOARGS, err);
	size_t alloc = 16;
	struct notify_recipient *v = xmalloc(alloc * sizeof *v);
	int rc = rows ? 0 : -1;
	*n = 0;
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (*n == alloc)
			v = xrealloc(v, (alloc *= 2) * sizeof *v);
		struct notify_recipient *r = &v[(*n)++];
		const char *front = db_text(rows, 4), *back = db_text(rows, 6);
		memset(r, 0, sizeof *r);
		r->user_id = db_int(rows, 0);
		r->employee_id = db_int(rows, 1);
		r->admin = !strcmp(db_text(rows, 2), "admin");
		copy_str(r->login, sizeof r->login, db_text(rows, 3));
		snprintf(r->name, sizeof r->name, "%s%s%s%s%s", front, *front ? " " : "",
			 db_text(rows, 5), *back ? ", " : "", back);
		copy_str(r->email, sizeof r->email, db_text(rows, 7));
	}
	db_rows_free(rows);
	if (rc < 0) {
		free(v);
		*n = 0;
		*out = NULL;
		return -1;
	}
	*out = v;
	return 0;
}

int store_notify_was_sent(struct db *db, int64_t user_id, const char *key, const char *day,
			  int *sent, struct kerr *err)
{
	int64_t one = 0;
	int rc = db_query_int(db, "SELECT 1 FROM notify_sent WHERE user_id = $1 AND item_key = $2 "
			      "AND sent_on = $3", DB_ARGS(DB_INT(user_id), DB_TEXT(key),
			      DB_TEXT(day)), &one, err);
	*sent = rc == 1;
	return rc < 0 ? -1 : 0;
}

static int mark_sent(struct db *db, const struct actor *who, int64_t user_id, const char *to,
		     const struct notify_item *v, size_t n, const char *day, struct kerr *err)
{
	char oldest[NOTIFY_DATE_SIZE];
	int64_t now = now_unix();
	json_t *keys = json_array();
	notify_date_add(day, -SENT_KEEP_DAYS, oldest);
	if (db_exec(db, "DELETE FROM notify_sent WHERE user_id = $1 AND sent_on < $2",
		    DB_ARGS(DB_INT(user_id), DB_TEXT(oldest)), err) < 0) {
		json_decref(keys);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		json_array_append_new(keys, json_string(v[i].key));
		if (db_exec(db, "INSERT INTO notify_sent (user_id, item_key, sent_on, sent_at) "
			    "VALUES ($1, $2, $3, $4)", DB_ARGS(DB_INT(user_id), DB_TEXT(v[i].key),
			    DB_TEXT(day), DB_INT(now)), err) < 0) {
			json_decref(keys);
			return -1;
		}
	}
	return store_audit_json(db, who, "email", "notifikasi", user_id, NULL,
				json_pack("{s:s, s:s, s:o}", "kepada", to, "tanggal", day,
					  "item", keys), err);
}

int store_notify_mark_sent(struct db *db, const struct actor *who, int64_t user_id,
			   const char *to, const struct notify_item *v, size_t n, const char *day,
			   struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, mark_sent(db, who, user_id, to, v, n, day, err), err);
}
