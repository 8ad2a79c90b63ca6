/*
 * auth.h - passwords, sessions, tokens, CSRF and object-level access rules.
 *
 * Passwords are hashed with argon2id (libsodium crypto_pwhash_str).  Session
 * and API tokens are 256-bit random values; only their BLAKE2b hash is
 * stored, so a copy of the database does not hand out live sessions.
 * Sessions live in the database, so any server process can serve any user.
 */
#ifndef KINERJA_AUTH_H
#define KINERJA_AUTH_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "store/store.h"

struct req;

#define SESSION_COOKIE "kinerja_sesi"
#define LOGIN_CSRF_COOKIE "kinerja_csrf"
#define PASSWORD_MIN_LEN 8

/* Must be called once before any other function here. */
int auth_init(void);

/* Hashes a password with argon2id; out must hold crypto_pwhash_STRBYTES (128). */
int password_hash(const char *password, char *out, size_t outsize, struct kerr *err);
int password_verify(const char *hash, const char *password);
/* Checks a new password against the rules (length, not the login). */
int password_acceptable(const char *password, const char *login, struct kerr *err);
/* A random password that is easy to type, for demo and new accounts. */
void password_generate(char *out, size_t size);

/* A random token (hex, 64 chars) and the hash stored for it. */
void token_new(char out[65]);
void token_hash(const char *token, char out[65]);
/* Constant-time string equality. */
int secure_equal(const char *a, const char *b);

/* Fills r->who from the session cookie or an `Authorization: Bearer` header.
 * Anonymous requests leave r->who.user_id at 0.  Never fails the request
 * itself: a bad or expired session is simply not logged in. */
void auth_identify(struct req *r);
/* For state-changing requests authenticated by cookie: 1 if the CSRF token in
 * the form field `_csrf` or the X-CSRF-Token header matches the session. */
int auth_csrf_ok(struct req *r);

/* Logs in: checks throttling, the password and the account; on success
 * creates a session and sets the cookie on the response. */
int auth_login(struct req *r, const char *login, const char *password, struct kerr *err);
void auth_logout(struct req *r);

/* Object-level rules: what the principal may do to one employee. */
int may_read_employee(struct req *r, const struct employee *e);
int may_edit_employee(struct req *r, const struct employee *e);
/* A pengelola's scope check for a unit (admins pass everything). */
int may_manage_unit(struct req *r, int64_t unit_id);

#endif
