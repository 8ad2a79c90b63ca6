/*
 * users.c - accounts and roles, login sessions, API tokens and the login
 * throttle.
 *
 * Passwords, session tokens and API tokens reach the store already hashed;
 * no hash is ever written to the audit trail.  Sessions and tokens are only
 * found while their user is not disabled.  The throttle is one upsert per
 * failed login, so concurrent servers sharing PostgreSQL count together.
 */
#include "store/store.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- roles ---------------------------------------------------------------- */

static const char *const role_names[] = { "pegawai", "pengelola", "auditor", "admin" };
static const char *const role_labels[] = { "Pegawai", "Pengelola Kinerja", "Auditor",
					    "Administrator" };
#define NROLES (sizeof role_names / sizeof role_names[0])

const char *role_name(enum role r)
{
	return (unsigned)r < NROLES ? role_names[r] : "pegawai";
}

int role_parse(const char *s, enum role *out)
{
	for (size_t i = 0; s && i < NROLES; i++) {
		if (strcasecmp(s, role_names[i]) == 0) {
			*out = (enum role)i;
			return 0;
		}
	}
	return -1;
}

const char *role_label(enum role r)
{
	return (unsigned)r < NROLES ? role_labels[r] : "?";
}

/* ---- helpers -------------------------------------------------------------- */

static json_t *user_json(const struct user *u)
{
	return json_pack("{s:s, s:s, s:s, s:I, s:I, s:b}", "login", u->login, "name", u->name,
			 "role", role_name(u->role), "employee_id", (json_int_t)u->employee_id,
			 "scope_unit_id", (json_int_t)u->scope_unit_id, "disabled", u->disabled);
}

/* 1 if `sql` (one bound id) finds a row, 0 if not, -1 on error. */
static int id_exists(struct db *db, const char *sql, int64_t id, struct kerr *err)
{
	int64_t one;
	return db_query_int(db, sql, DB_ARGS(DB_INT(id)), &one, err);
}

/* ---- users ---------------------------------------------------------------- */

/* The columns user_from_row reads (0-7), of users u and employees e. */
#define USER_COLS \
	"u.id, u.login, COALESCE(u.employee_id, 0), COALESCE(NULLIF(u.name, ''), e.name, ''), " \
	"u.role, COALESCE(u.scope_unit_id, 0), u.disabled, u.password_hash "
#define USER_SELECT \
	"SELECT " USER_COLS "FROM users u LEFT JOIN employees e ON e.id = u.employee_id "

static void user_from_row(struct db_rows *rows, struct user *u)
{
	memset(u, 0, sizeof *u);
	u->id = db_int(rows, 0);
	copy_str(u->login, sizeof u->login, db_text(rows, 1));
	u->employee_id = db_int(rows, 2);
	copy_str(u->name, sizeof u->name, db_text(rows, 3));
	if (role_parse(db_text(rows, 4), &u->role))
		u->role = ROLE_PEGAWAI;
	u->scope_unit_id = db_int(rows, 5);
	u->disabled = db_int(rows, 6) != 0;
	copy_str(u->password_hash, sizeof u->password_hash, db_text(rows, 7));
}

/* Reads the one user `rows` finds; KERR_NOT_FOUND if none.  Frees rows. */
static int user_fetch(struct db_rows *rows, struct user *out, struct kerr *err)
{
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		user_from_row(rows, out);
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "login", "Pengguna tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

int store_user_by_login(struct db *db, const char *login, struct user *out, struct kerr *err)
{
	return user_fetch(db_query(db, USER_SELECT "WHERE u.login = $1",
				   DB_ARGS(DB_TEXT(login)), err), out, err);
}

int store_user_get(struct db *db, int64_t id, struct user *out, struct kerr *err)
{
	return user_fetch(db_query(db, USER_SELECT "WHERE u.id = $1",
				   DB_ARGS(DB_INT(id)), err), out, err);
}

int store_user_list(struct db *db, struct user **out, size_t *n, struct kerr *err)
{
	*out = NULL;
	*n = 0;
	struct db_rows *rows = db_query(db, USER_SELECT "ORDER BY u.login", DB_NOARGS, err);
	if (!rows)
		return -1;
	size_t count = 0, alloc = 16;
	struct user *list = xmalloc(alloc * sizeof *list);
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		if (count == alloc)
			list = xrealloc(list, (alloc *= 2) * sizeof *list);
		user_from_row(rows, &list[count++]);
	}
	db_rows_free(rows);
	if (rc < 0) {
		free(list);
		return -1;
	}
	*out = list;
	*n = count;
	return 0;
}

/* A login is 1..63 letters, digits and . _ - @ (a NIP, an e-mail, a name). */
static int check_login(const char *login, struct kerr *err)
{
	size_t len = strlen(login);
	if (len == 0 || len >= sizeof ((struct user *)0)->login)
		return kerr_set(err, KERR_INVALID, "login", "Login harus diisi, paling banyak 63 karakter");
	for (const char *p = login; *p; p++) {
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || strchr("._-@", *p)))
			return kerr_set(err, KERR_INVALID, "login",
					"Login hanya boleh berisi huruf, angka, dan . _ - @");
	}
	return 0;
}

/* The scope unit, if any, must exist. */
static int check_scope(struct db *db, int64_t scope_unit_id, struct kerr *err)
{
	if (!scope_unit_id)
		return 0;
	int rc = id_exists(db, "SELECT 1 FROM units WHERE id = $1", scope_unit_id, err);
	if (rc == 0)
		return kerr_set(err, KERR_INVALID, "scope_unit_id", "Unit kerja lingkup tidak ada");
	return rc < 0 ? -1 : 0;
}

static int check_user_employee(struct db *db, int64_t employee_id, struct kerr *err)
{
	if (!employee_id)
		return 0;
	int rc = id_exists(db, "SELECT 1 FROM employees WHERE id = $1", employee_id, err);
	if (rc == 0)
		return kerr_set(err, KERR_INVALID, "employee_id", "Pegawai tidak ditemukan");
	if (rc == 1)
		rc = id_exists(db, "SELECT 1 FROM users WHERE employee_id = $1", employee_id, err);
	if (rc == 1)
		return kerr_set(err, KERR_CONFLICT, "employee_id", "Pegawai ini sudah mempunyai akun");
	return rc < 0 ? -1 : 0;
}

static int check_new_user(struct db *db, const struct user *u, struct kerr *err)
{
	if (check_login(u->login, err))
		return -1;
	if (!u->password_hash[0])
		return kerr_set(err, KERR_INVALID, "password", "Kata sandi harus diisi");
	if ((unsigned)u->role >= NROLES)
		return kerr_set(err, KERR_INVALID, "role", "Peran tidak dikenal");
	int64_t one;
	int rc = db_query_int(db, "SELECT 1 FROM users WHERE login = $1",
			      DB_ARGS(DB_TEXT(u->login)), &one, err);
	if (rc == 1)
		return kerr_set(err, KERR_CONFLICT, "login", "Login %s sudah dipakai", u->login);
	if (rc < 0 || check_user_employee(db, u->employee_id, err))
		return -1;
	return check_scope(db, u->scope_unit_id, err);
}

static int user_create_tx(struct db *db, const struct actor *who, struct user *u,
			  struct kerr *err)
{
	int64_t now = now_unix();
	if (check_new_user(db, u, err))
		return -1;
	int rc = db_query_int(db,
		"INSERT INTO users (login, employee_id, name, password_hash, role, scope_unit_id, "
		"disabled, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) "
		"RETURNING id",
		DB_ARGS(DB_TEXT(u->login), DB_ID(u->employee_id), DB_TEXT(u->name),
			DB_TEXT(u->password_hash), DB_TEXT(role_name(u->role)),
			DB_ID(u->scope_unit_id), DB_INT(u->disabled ? 1 : 0), DB_INT(now)),
		&u->id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "Pengguna tidak tersimpan") : -1;
	return store_audit_json(db, who, "create", "user", u->id, NULL, user_json(u), err);
}

int store_user_create(struct db *db, const struct actor *who, struct user *u, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, user_create_tx(db, who, u, err), err);
}

static int set_password_tx(struct db *db, const struct actor *who, int64_t user_id,
			   const char *password_hash, struct kerr *err)
{
	struct user u;
	if (!password_hash || !*password_hash)
		return kerr_set(err, KERR_INVALID, "password", "Kata sandi harus diisi");
	if (store_user_get(db, user_id, &u, err))
		return -1;
	if (db_exec(db, "UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3",
		    DB_ARGS(DB_TEXT(password_hash), DB_INT(now_unix()), DB_INT(user_id)), err) < 0)
		return -1;
	return store_audit_json(db, who, "set_password", "user", user_id, NULL,
			  json_pack("{s:s}", "login", u.login), err);
}

int store_user_set_password(struct db *db, const struct actor *who, int64_t user_id,
			    const char *password_hash, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, set_password_tx(db, who, user_id, password_hash, err), err);
}

static json_t *role_json(enum role role, int64_t scope_unit_id)
{
	return json_pack("{s:s, s:I}", "role", role_name(role), "scope_unit_id",
			 (json_int_t)scope_unit_id);
}

static int set_role_tx(struct db *db, const struct actor *who, int64_t user_id, enum role role,
		       int64_t scope_unit_id, struct kerr *err)
{
	struct user u;
	if ((unsigned)role >= NROLES)
		return kerr_set(err, KERR_INVALID, "role", "Peran tidak dikenal");
	if (store_user_get(db, user_id, &u, err) || check_scope(db, scope_unit_id, err))
		return -1;
	if (db_exec(db, "UPDATE users SET role = $1, scope_unit_id = $2, updated_at = $3 "
		    "WHERE id = $4",
		    DB_ARGS(DB_TEXT(role_name(role)), DB_ID(scope_unit_id), DB_INT(now_unix()),
			    DB_INT(user_id)), err) < 0)
		return -1;
	return store_audit_json(db, who, "set_role", "user", user_id, role_json(u.role, u.scope_unit_id),
			  role_json(role, scope_unit_id), err);
}

int store_user_set_role(struct db *db, const struct actor *who, int64_t user_id, enum role role,
			int64_t scope_unit_id, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, set_role_tx(db, who, user_id, role, scope_unit_id, err), err);
}

/* Disabling also ends the user's sessions at once. */
static int set_disabled_tx(struct db *db, const struct actor *who, int64_t user_id, int disabled,
			   struct kerr *err)
{
	struct user u;
	if (store_user_get(db, user_id, &u, err))
		return -1;
	if (db_exec(db, "UPDATE users SET disabled = $1, updated_at = $2 WHERE id = $3",
		    DB_ARGS(DB_INT(disabled ? 1 : 0), DB_INT(now_unix()), DB_INT(user_id)), err) < 0)
		return -1;
	if (disabled && store_session_delete_user(db, user_id, 0, err))
		return -1;
	return store_audit_json(db, who, disabled ? "disable" : "enable", "user", user_id,
			  json_pack("{s:b}", "disabled", u.disabled),
			  json_pack("{s:b}", "disabled", disabled != 0), err);
}

int store_user_set_disabled(struct db *db, const struct actor *who, int64_t user_id, int disabled,
			    struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, set_disabled_tx(db, who, user_id, disabled, err), err);
}

/* ---- sessions ------------------------------------------------------------- */

int store_session_create(struct db *db, const char *token_hash, int64_t user_id, const char *csrf,
			 int64_t expires_at, const char *ip, struct kerr *err)
{
	if (!token_hash || !*token_hash || !csrf)
		return kerr_set(err, KERR_INTERNAL, "", "Sesi tanpa token");
	return db_exec(db,
		"INSERT INTO sessions (token_hash, user_id, csrf, ip, created_at, expires_at) "
		"VALUES ($1, $2, $3, $4, $5, $6)",
		DB_ARGS(DB_TEXT(token_hash), DB_INT(user_id), DB_TEXT(csrf), DB_TEXT(ip ? ip : ""),
			DB_INT(now_unix()), DB_INT(expires_at)), err) < 0 ? -1 : 0;
}

int store_session_find(struct db *db, const char *token_hash, int64_t now, struct session *out,
		       struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT " USER_COLS ", s.id, s.csrf, s.expires_at FROM sessions s "
		"JOIN users u ON u.id = s.user_id LEFT JOIN employees e ON e.id = u.employee_id "
		"WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled = 0",
		DB_ARGS(DB_TEXT(token_hash), DB_INT(now)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		memset(out, 0, sizeof *out);
		user_from_row(rows, &out->user);
		out->id = db_int(rows, 8);
		out->user_id = out->user.id;
		copy_str(out->csrf, sizeof out->csrf, db_text(rows, 9));
		out->expires_at = db_int(rows, 10);
	}
	db_rows_free(rows);
	return rc;
}

int store_session_touch(struct db *db, int64_t session_id, int64_t expires_at, struct kerr *err)
{
	return db_exec(db, "UPDATE sessions SET expires_at = $1 WHERE id = $2",
		       DB_ARGS(DB_INT(expires_at), DB_INT(session_id)), err) < 0 ? -1 : 0;
}

int store_session_delete(struct db *db, const char *token_hash, struct kerr *err)
{
	return db_exec(db, "DELETE FROM sessions WHERE token_hash = $1",
		       DB_ARGS(DB_TEXT(token_hash)), err) < 0 ? -1 : 0;
}

int store_session_delete_user(struct db *db, int64_t user_id, int64_t keep, struct kerr *err)
{
	return db_exec(db, "DELETE FROM sessions WHERE user_id = $1 AND id <> $2",
		       DB_ARGS(DB_INT(user_id), DB_INT(keep)), err) < 0 ? -1 : 0;
}

int store_session_purge(struct db *db, int64_t now, struct kerr *err)
{
	return db_exec(db, "DELETE FROM sessions WHERE expires_at <= $1",
		       DB_ARGS(DB_INT(now)), err) < 0 ? -1 : 0;
}

/* ---- API tokens ----------------------------------------------------------- */

static int token_create_tx(struct db *db, const struct actor *who, int64_t user_id,
			   const char *name, const char *token_hash, struct kerr *err)
{
	struct user u;
	int64_t id;
	if (!token_hash || !*token_hash)
		return kerr_set(err, KERR_INTERNAL, "", "Token tanpa hash");
	if (strlen(name) > 100)
		return kerr_set(err, KERR_INVALID, "name", "Nama token paling banyak 100 karakter");
	if (store_user_get(db, user_id, &u, err))
		return -1;
	int rc = db_query_int(db,
		"INSERT INTO api_tokens (token_hash, user_id, name, created_at) "
		"VALUES ($1, $2, $3, $4) RETURNING id",
		DB_ARGS(DB_TEXT(token_hash), DB_INT(user_id), DB_TEXT(name), DB_INT(now_unix())),
		&id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "Token tidak tersimpan") : -1;
	return store_audit_json(db, who, "token_create", "api_token", id, NULL,
			  json_pack("{s:I, s:s, s:s}", "user_id", (json_int_t)user_id,
				    "login", u.login, "name", name), err);
}

int store_token_create(struct db *db, const struct actor *who, int64_t user_id, const char *name,
		       const char *token_hash, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, token_create_tx(db, who, user_id, name ? name : "", token_hash, err),
			 err);
}

int store_token_find(struct db *db, const char *token_hash, int64_t *user_id, struct kerr *err)
{
	return db_query_int(db,
		"SELECT t.user_id FROM api_tokens t JOIN users u ON u.id = t.user_id "
		"WHERE t.token_hash = $1 AND t.revoked = 0 AND u.disabled = 0",
		DB_ARGS(DB_TEXT(token_hash)), user_id, err);
}

/* ---- login throttle ------------------------------------------------------- */

int64_t store_throttle_locked_until(struct db *db, const char *key, int64_t now, struct kerr *err)
{
	int64_t until = 0;
	int rc = db_query_int(db, "SELECT locked_until FROM login_throttle WHERE key = $1",
			      DB_ARGS(DB_TEXT(key)), &until, err);
	if (rc < 0)
		return -1;
	return rc == 1 && until > now ? until : 0;
}

/* One statement: the failure count restarts when the window has passed or an
 * earlier lock has run out; reaching max_failures locks the key. */
int store_throttle_fail(struct db *db, const char *key, int64_t now, int window_secs,
			int max_failures, int lock_secs, struct kerr *err)
{
	int64_t lock_to = now + lock_secs;
	int64_t first_lock = max_failures <= 1 ? lock_to : 0;
	return db_exec(db,
		"INSERT INTO login_throttle (key, failures, window_start, locked_until) "
		"VALUES ($1, 1, $2, $6) ON CONFLICT (key) DO UPDATE SET "
		"failures = CASE WHEN login_throttle.window_start <= $3 OR "
		"  (login_throttle.locked_until > 0 AND login_throttle.locked_until <= $2) "
		"  THEN 1 ELSE login_throttle.failures + 1 END, "
		"window_start = CASE WHEN login_throttle.window_start <= $3 OR "
		"  (login_throttle.locked_until > 0 AND login_throttle.locked_until <= $2) "
		"  THEN $2 ELSE login_throttle.window_start END, "
		"locked_until = CASE "
		"  WHEN login_throttle.window_start <= $3 OR "
		"    (login_throttle.locked_until > 0 AND login_throttle.locked_until <= $2) "
		"    THEN $6 "
		"  WHEN login_throttle.failures + 1 >= $4 THEN $5 "
		"  ELSE login_throttle.locked_until END",
		DB_ARGS(DB_TEXT(key), DB_INT(now), DB_INT(now - window_secs), DB_INT(max_failures),
			DB_INT(lock_to), DB_INT(first_lock)), err) < 0 ? -1 : 0;
}

int store_throttle_clear(struct db *db, const char *key, struct kerr *err)
{
	return db_exec(db, "DELETE FROM login_throttle WHERE key = $1",
		       DB_ARGS(DB_TEXT(key)), err) < 0 ? -1 : 0;
}
