/*
 * request.h - one HTTP request and its response, as handlers see them.
 *
 * The server (server.c) builds a `struct req` per request: method, path,
 * query and form parameters, the raw body (for JSON), the client address,
 * a database connection from the pool and the logged-in principal.  A
 * handler fills in the response through the reply_* helpers and returns 0.
 * Lower layers never reach back into the server: everything they need is
 * in the request.
 */
#ifndef KINERJA_REQUEST_H
#define KINERJA_REQUEST_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "core/config.h"
#include "core/err.h"
#include "core/strbuf.h"
#include "store/store.h"

struct MHD_Connection;

/* One name=value pair; for an uploaded file, `filename` is set and `val`
 * holds the file's bytes (`len` of them; NUL-terminated too). */
struct kv {
	char *key;
	char *val;
	size_t len;
	char *filename;
};

struct kvlist {
	struct kv *items;
	size_t n, alloc;
};

void kvlist_add(struct kvlist *l, const char *key, const char *val, size_t len,
		const char *filename);
/* Appends to the value of the last item if it has this key (chunked uploads). */
void kvlist_append(struct kvlist *l, const char *key, const char *val, size_t len,
		   const char *filename);
const struct kv *kvlist_find(const struct kvlist *l, const char *key);
void kvlist_release(struct kvlist *l);

/* The logged-in user; user_id 0 means anonymous. */
struct principal {
	int64_t user_id;
	enum role role;
	int64_t employee_id;
	int64_t scope_unit_id;
	char login[64];
	char name[260];
	char csrf[48];
	int64_t session_id;
	int via_token;          /* authenticated with a bearer token */
};

/* Everything the whole server shares (read-only while serving). */
struct app {
	struct config cfg;
	struct store *store;
	char demo_accounts_path[600];
};

struct req {
	struct app *app;
	struct MHD_Connection *conn;
	const char *method;
	const char *path;
	char ip[64];
	int is_api;             /* path begins with /api/ */
	struct kvlist query;
	struct kvlist form;
	struct strbuf body;     /* raw body when it is not a form (JSON) */
	struct db *db;
	struct principal who;
	int64_t path_id;        /* the {id} in the route pattern, 0 if none */
	const char *path_tail;  /* what a trailing * in the pattern matched */

	/* the response */
	int status;
	struct strbuf out;
	const char *content_type;
	struct kvlist headers;
	int out_is_static;      /* out.buf is static data, do not free (assets) */
	const void *static_data;
	size_t static_len;
	int has_error;          /* reply_error was called: the server renders it */
	struct kerr error;
};

/* Parameters: NULL when absent. */
const char *req_query(const struct req *r, const char *name);
const char *req_form(const struct req *r, const char *name);
const struct kv *req_upload(const struct req *r, const char *name);
const char *req_header(const struct req *r, const char *name);
const char *req_cookie(const struct req *r, const char *name);
/* A query parameter as a positive id: 0 when absent, -1 with KERR_INVALID
 * naming the parameter when it is not a positive integer. */
int req_query_id(const struct req *r, const char *name, int64_t *out, struct kerr *err);
/* Parses a whole decimal number in [lo, hi]; -1 if it is not one. */
int parse_whole_in(const char *s, long long lo, long long hi, long long *out);
/* Query parameter as a page number (>= 1; 1 if absent or bad). */
int req_page(const struct req *r);
/* The audit actor for changes made by this request. */
struct actor req_actor(const struct req *r);
/* Parses the body as a JSON object; on failure replies 400 itself and returns NULL. */
json_t *req_json_or_reply(struct req *r);

/* Responses.  Each returns 0 so a handler can `return reply_...(r, ...)`. */
int reply_html(struct req *r, int status);            /* r->out holds the page */
int reply_json(struct req *r, int status, json_t *body);  /* steals body */
int reply_redirect(struct req *r, const char *location);  /* 303 See Other */
int reply_text(struct req *r, int status, const char *text);
/* r->out holds a file to download (CSV, XLSX, PDF), saved as `filename`
 * (any UTF-8 name: an ASCII fallback and the name itself, RFC 6266). */
int reply_download(struct req *r, const char *content_type, const char *filename);
/* The same for a stored file: the response takes over `data` (malloc'ed,
 * `len` bytes and a NUL after them, as db_blob returns it). */
int reply_file(struct req *r, const char *content_type, const char *filename, void *data,
	       size_t len);
/* An error: JSON {"error":{"code","field","message"}} for the API, an HTML
 * page in the layout otherwise (the server renders it after the handler
 * returns).  The status comes from the error code. */
int reply_error(struct req *r, const struct kerr *err);
/* Shorthand for reply_error with a fresh error. */
int reply_fail(struct req *r, enum kerr_code code, const char *field, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void reply_header(struct req *r, const char *name, const char *value);
/* Serves static bytes (embedded assets) with a long cache lifetime. */
int reply_static(struct req *r, const char *content_type, const void *data, size_t len);

#endif
