/*
 * api_util.h - helpers private to the JSON API handlers (the api_*.c files):
 * reading string fields (and integers and ratings) out of a request body
 * with messages that name the field, paging parameters, and the list shape.
 *
 * Why not json_unpack_ex alone: its type errors ("Expected string, got
 * integer") do not say which field is wrong and are in English, while a
 * clerk's client needs {"field":"nama", "message":"..."} in Indonesian.
 */
#ifndef KINERJA_API_UTIL_H
#define KINERJA_API_UTIL_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "domain/assess.h"

struct req;

/* One string field of a JSON request body. */
struct json_field {
	const char *name;
	char *dst;        /* receives the value; untouched when the field is absent */
	size_t size;      /* of dst, including the NUL */
	int required;
};

/* Copies the string fields named in fields[0..n) from obj into their
 * buffers.  Fails with KERR_INVALID naming the field when a required field
 * is absent, a value is not a string (null counts as "" for optional
 * fields), or a value does not fit its buffer; and when obj holds a key
 * that is neither in fields[] nor in the NULL-terminated list `extra`
 * (keys the caller reads itself; extra may be NULL). */
int json_take_strings(json_t *obj, const struct json_field *fields, size_t n,
		      const char *const *extra, struct kerr *err);

/* An optional {"version": N} body (an empty body is fine: *rev 0): 0, -1
 * with err on a bad body, 1 when a reply has been sent already. */
int api_version_body(struct req *r, int64_t *rev, struct kerr *err);

/* Reads an optional integer field: 0 and *out untouched when absent, 1 when
 * present (null gives *out = 0 if null_ok), -1 with KERR_INVALID naming the
 * field when it is of another type, below `min`, or null without null_ok. */
int json_take_int(json_t *obj, const char *name, int64_t min, int null_ok, int64_t *out,
		  struct kerr *err);

/* Reads an optional rating field ("di_bawah", "sesuai", "di_atas"):
 * absent or null leaves *out RATING__LEVELS ("not given"); KERR_INVALID
 * naming the field for anything else. */
int json_take_rating(json_t *obj, const char *name, enum rating *out, struct kerr *err);

/* 1 when the body names the predicate, which is computed from the ratings
 * and never sent: the reply (400, field "predikat") has been sent; else 0. */
int api_refuse_predicate(struct req *r, json_t *body);

/* The query parameter per_page as 1..max (def when absent); -1 with
 * KERR_INVALID on field "per_page" when it is not such a number. */
int api_per_page(const struct req *r, int def, int max, int *out, struct kerr *err);

/* The list shape {"items": items, "total", "page", "per_page"}; steals items. */
json_t *api_list(json_t *items, int64_t total, int page, int per_page);

/* A JSON integer for an id, or null for 0. */
json_t *api_id(int64_t id);

/* A time (unix seconds) as an ISO 8601 string in UTC ("2026-11-28T09:30:00Z"),
 * or null for 0. */
json_t *api_time(int64_t t);

#endif
