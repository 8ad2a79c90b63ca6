/*
 * err.h - the one way kinerja reports errors.
 *
 * Functions that can fail return 0 on success and -1 on failure, and fill a
 * caller-owned `struct kerr` with a code, the name of the offending field
 * (if any) and a human-readable message in Indonesian.  The first error set
 * sticks (later kerr_set calls are ignored until kerr_clear), so a caller
 * may run several steps and check once, as SQLite does with its error codes.
 * The HTTP layer maps the code to a status; the CLI prints the message.
 */
#ifndef KINERJA_ERR_H
#define KINERJA_ERR_H

enum kerr_code {
	KERR_OK = 0,
	KERR_INVALID,      /* bad input: 400 / 422 */
	KERR_UNAUTHORIZED, /* not logged in, bad credentials: 401 */
	KERR_FORBIDDEN,    /* logged in but not allowed: 403 */
	KERR_NOT_FOUND,    /* 404 */
	KERR_CONFLICT,     /* duplicate, stale version, state clash: 409 */
	KERR_TOO_LARGE,    /* body or file over a limit: 413 */
	KERR_RATE_LIMIT,   /* throttled: 429 */
	KERR_DB,           /* database failure: 500 */
	KERR_IO,           /* file or network failure: 500 */
	KERR_INTERNAL,     /* a bug: 500 */
};

struct kerr {
	enum kerr_code code;
	char field[64];   /* the input field at fault, "" if none */
	char msg[512];    /* what is wrong, in words a user understands */
};

#define KERR_INIT { KERR_OK, "", "" }

/* Records the error unless one is already set; always returns -1. */
int kerr_set(struct kerr *e, enum kerr_code code, const char *field,
	     const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void kerr_clear(struct kerr *e);
int kerr_is_set(const struct kerr *e);
/* The HTTP status that reports this error. */
int kerr_http_status(const struct kerr *e);
/* A stable machine-readable name for the code ("invalid", "not_found", ...). */
const char *kerr_code_name(enum kerr_code code);

#endif
