/*
 * auth.c - passwords (argon2id), sessions and API tokens, CSRF, login
 * throttling, and the rules for who may see or change an employee.
 */
#include "http/auth.h"
#include "http/request.h"
#include "core/log.h"
#include "core/timeutil.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

/* argon2id cost: 2 passes over 19 MiB, the OWASP minimum for argon2id. */
#define PWHASH_OPS 2
#define PWHASH_MEM (19u * 1024u * 1024u)

/* Throttling: per account and per client address. */
#define THROTTLE_WINDOW (15 * 60)
#define THROTTLE_ACCT_MAX 5
#define THROTTLE_IP_MAX 30
#define THROTTLE_LOCK (15 * 60)

/* A hash of a random password, verified against for unknown logins so the
 * time a failed login takes does not tell which logins exist. */
static char dummy_hash[crypto_pwhash_STRBYTES];

int auth_init(void)
{
	if (sodium_init() < 0)
		return -1;
	char pw[32];
	struct kerr err = KERR_INIT;
	password_generate(pw, sizeof pw);
	return password_hash(pw, dummy_hash, sizeof dummy_hash, &err);
}

int password_hash(const char *password, char *out, size_t outsize, struct kerr *err)
{
	if (outsize < crypto_pwhash_STRBYTES)
		return kerr_set(err, KERR_INTERNAL, "", "buffer hash terlalu kecil");
	if (crypto_pwhash_str(out, password, strlen(password), PWHASH_OPS, PWHASH_MEM) != 0)
		return kerr_set(err, KERR_INTERNAL, "", "Gagal membuat hash kata sandi (memori kurang)");
	return 0;
}

int password_verify(const char *hash, const char *password)
{
	return crypto_pwhash_str_verify(hash, password, strlen(password)) == 0;
}

int password_acceptable(const char *password, const char *login, struct kerr *err)
{
	size_t n = strlen(password);
	if (n < PASSWORD_MIN_LEN)
		return kerr_set(err, KERR_INVALID, "password",
				"Kata sandi minimal %d karakter", PASSWORD_MIN_LEN);
	if (n > 200)
		return kerr_set(err, KERR_INVALID, "password", "Kata sandi terlalu panjang (maks. 200)");
	if (login && strcmp(password, login) == 0)
		return kerr_set(err, KERR_INVALID, "password", "Kata sandi tidak boleh sama dengan NIP/login");
	return 0;
}

void password_generate(char *out, size_t size)
{
	/* No look-alike characters (0/O, 1/l/I). */
	static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	size_t n = size - 1 < 14 ? size - 1 : 14;
	for (size_t i = 0; i < n; i++)
		out[i] = alphabet[randombytes_uniform(sizeof alphabet - 1)];
	out[n] = '\0';
}

void token_new(char out[65])
{
	unsigned char raw[32];
	randombytes_buf(raw, sizeof raw);
	sodium_bin2hex(out, 65, raw, sizeof raw);
}

void token_hash(const char *token, char out[65])
{
	unsigned char h[32];
	crypto_generichash(h, sizeof h, (const unsigned char *)token, strlen(token), NULL, 0);
	sodium_bin2hex(out, 65, h, sizeof h);
}

int secure_equal(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la != lb || la == 0)
		return 0;
	return sodium_memcmp(a, b, la) == 0;
}

/* ---- who is asking -------------------------------------------------------- */

static void principal_from_user(struct req *r, const struct user *u)
{
	r->who.user_id = u->id;
	r->who.role = u->role;
	r->who.employee_id = u->employee_id;
	r->who.scope_unit_id = u->scope_unit_id;
	copy_str(r->who.login, sizeof r->who.login, u->login);
	copy_str(r->who.name, sizeof r->who.name, u->name[0] ? u->name : u->login);
}

static int load_principal(struct req *r, int64_t user_id)
{
	struct user u;
	struct kerr err = KERR_INIT;
	if (store_user_get(r->db, user_id, &u, &err) || u.disabled)
		return -1;
	principal_from_user(r, &u);
	return 0;
}

static void identify_by_token(struct req *r, const char *token)
{
	char hash[65];
	int64_t user_id = 0;
	struct kerr err = KERR_INIT;
	token_hash(token, hash);
	if (store_token_find(r->db, hash, &user_id, &err) == 1 && load_principal(r, user_id) == 0)
		r->who.via_token = 1;
}

static void identify_by_cookie(struct req *r, const char *token)
{
	char hash[65];
	struct session s;
	struct kerr err = KERR_INIT;
	int64_t now = now_unix(), ttl = (int64_t)r->app->cfg.session_hours * 3600;
	token_hash(token, hash);
	if (store_session_find(r->db, hash, now, &s, &err) != 1)
		return;
	principal_from_user(r, &s.user);
	explicit_bzero(s.user.password_hash, sizeof s.user.password_hash);
	r->who.session_id = s.id;
	copy_str(r->who.csrf, sizeof r->who.csrf, s.csrf);
	/* Sliding expiry, written at most once per half lifetime. */
	if (s.expires_at - now < ttl / 2)
		store_session_touch(r->db, s.id, now + ttl, &err);
}

void auth_identify(struct req *r)
{
	memset(&r->who, 0, sizeof r->who);
	const char *authz = req_header(r, "Authorization");
	if (authz && strncmp(authz, "Bearer ", 7) == 0) {
		identify_by_token(r, authz + 7);
		return;
	}
	const char *cookie = req_cookie(r, SESSION_COOKIE);
	if (cookie && strlen(cookie) == 64)
		identify_by_cookie(r, cookie);
}

int auth_csrf_ok(struct req *r)
{
	if (r->who.via_token)
		return 1;
	const char *sent = req_form(r, "_csrf");
	if (!sent)
		sent = req_header(r, "X-CSRF-Token");
	return sent && r->who.csrf[0] && secure_equal(sent, r->who.csrf);
}

/* ---- logging in and out ----------------------------------------------------- */

static int throttled(struct req *r, const char *acct_key, const char *ip_key, struct kerr *err)
{
	int64_t now = now_unix();
	int64_t until = store_throttle_locked_until(r->db, acct_key, now, err);
	int64_t until_ip = store_throttle_locked_until(r->db, ip_key, now, err);
	if (until < 0 || until_ip < 0)
		return -1;
	if (until_ip > until)
		until = until_ip;
	if (until > now)
		return kerr_set(err, KERR_RATE_LIMIT, "login",
				"Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam %lld menit.",
				(long long)((until - now + 59) / 60));
	return 0;
}

static void set_session_cookie(struct req *r, const char *token, int64_t max_age)
{
	char cookie[256];
	snprintf(cookie, sizeof cookie, "%s=%s; Path=/; HttpOnly; SameSite=Lax; Max-Age=%lld%s",
		 SESSION_COOKIE, token, (long long)max_age, r->app->cfg.behind_tls ? "; Secure" : "");
	reply_header(r, "Set-Cookie", cookie);
}

static int start_session(struct req *r, const struct user *u, struct kerr *err)
{
	char token[65], hash[65], csrf[65];
	int64_t ttl = (int64_t)r->app->cfg.session_hours * 3600;
	token_new(token);
	token_new(csrf);
	csrf[40] = '\0';
	token_hash(token, hash);
	if (store_session_create(r->db, hash, u->id, csrf, now_unix() + ttl, r->ip, err))
		return -1;
	set_session_cookie(r, token, ttl);
	return 0;
}

int auth_login(struct req *r, const char *login, const char *password, struct kerr *err)
{
	char acct_key[96], ip_key[96];
	snprintf(acct_key, sizeof acct_key, "acct:%s", login);
	snprintf(ip_key, sizeof ip_key, "ip:%s", r->ip);
	if (throttled(r, acct_key, ip_key, err))
		return -1;
	struct user u;
	struct kerr lookup = KERR_INIT;
	int found = store_user_by_login(r->db, login, &u, &lookup) == 0;
	if (!found && lookup.code != KERR_NOT_FOUND)
		return kerr_set(err, lookup.code, "", "%s", lookup.msg);
	int ok = password_verify(found ? u.password_hash : dummy_hash, password) && found;
	if (!ok) {
		int64_t now = now_unix();
		store_throttle_fail(r->db, acct_key, now, THROTTLE_WINDOW, THROTTLE_ACCT_MAX, THROTTLE_LOCK, err);
		store_throttle_fail(r->db, ip_key, now, THROTTLE_WINDOW, THROTTLE_IP_MAX, THROTTLE_LOCK, err);
		log_info("login gagal untuk '%s' dari %s", login, r->ip);
		return kerr_set(err, KERR_UNAUTHORIZED, "login", "NIP/login atau kata sandi salah");
	}
	if (u.disabled)
		return kerr_set(err, KERR_FORBIDDEN, "login", "Akun ini dinonaktifkan; hubungi administrator");
	store_throttle_clear(r->db, acct_key, err);
	if (start_session(r, &u, err))
		return -1;
	return load_principal(r, u.id);
}

void auth_logout(struct req *r)
{
	const char *cookie = req_cookie(r, SESSION_COOKIE);
	struct kerr err = KERR_INIT;
	if (cookie) {
		char hash[65];
		token_hash(cookie, hash);
		store_session_delete(r->db, hash, &err);
	}
	set_session_cookie(r, "", 0);
}

/* ---- object-level rules ------------------------------------------------------ */

int may_manage_unit(struct req *r, int64_t unit_id)
{
	struct kerr err = KERR_INIT;
	if (r->who.role == ROLE_ADMIN)
		return 1;
	if (r->who.role != ROLE_PENGELOLA || !r->who.scope_unit_id)
		return 0;
	return store_unit_within(r->db, unit_id, r->who.scope_unit_id, &err) == 1;
}

int may_read_employee(struct req *r, const struct employee *e)
{
	struct kerr err = KERR_INIT;
	if (!r->who.user_id)
		return 0;
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR)
		return 1;
	if (r->who.employee_id && r->who.employee_id == e->id)
		return 1;
	if (r->who.role == ROLE_PENGELOLA && may_manage_unit(r, e->unit_id))
		return 1;
	return r->who.employee_id &&
	       store_employee_is_superior(r->db, r->who.employee_id, e->id, &err) == 1;
}

int may_edit_employee(struct req *r, const struct employee *e)
{
	return (r->who.role == ROLE_ADMIN || r->who.role == ROLE_PENGELOLA) &&
	       may_manage_unit(r, e->unit_id);
}
