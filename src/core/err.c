/*
 * err.c - recording errors and mapping them to HTTP statuses.
 */
#include "core/err.h"
#include "core/strbuf.h"

#include <stdarg.h>
#include <stdio.h>

int kerr_set(struct kerr *e, enum kerr_code code, const char *field, const char *fmt, ...)
{
	if (!e || e->code != KERR_OK)
		return -1;
	e->code = code;
	copy_str(e->field, sizeof e->field, field ? field : "");
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	return -1;
}

void kerr_clear(struct kerr *e)
{
	e->code = KERR_OK;
	e->field[0] = '\0';
	e->msg[0] = '\0';
}

int kerr_is_set(const struct kerr *e)
{
	return e->code != KERR_OK;
}

int kerr_http_status(const struct kerr *e)
{
	switch (e->code) {
	case KERR_OK: return 200;
	case KERR_INVALID: return 422;
	case KERR_UNAUTHORIZED: return 401;
	case KERR_FORBIDDEN: return 403;
	case KERR_NOT_FOUND: return 404;
	case KERR_CONFLICT: return 409;
	case KERR_TOO_LARGE: return 413;
	case KERR_RATE_LIMIT: return 429;
	case KERR_DB: case KERR_IO: case KERR_INTERNAL: return 500;
	}
	return 500;
}

const char *kerr_code_name(enum kerr_code code)
{
	static const char *const names[] = {
		[KERR_OK] = "ok", [KERR_INVALID] = "invalid",
		[KERR_UNAUTHORIZED] = "unauthorized", [KERR_FORBIDDEN] = "forbidden",
		[KERR_NOT_FOUND] = "not_found", [KERR_CONFLICT] = "conflict",
		[KERR_TOO_LARGE] = "too_large", [KERR_RATE_LIMIT] = "rate_limited",
		[KERR_DB] = "database", [KERR_IO] = "io", [KERR_INTERNAL] = "internal",
	};
	if ((unsigned)code < sizeof names / sizeof names[0] && names[code])
		return names[code];
	return "internal";
}
