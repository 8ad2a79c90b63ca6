/*
 * request.c - reading a request's parameters and writing its response.
 */
#include "http/request.h"
#include "domain/monitor.h"
#include "http/html.h"

#include <microhttpd.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- name/value lists ---------------------------------------------------- */

void kvlist_add(struct kvlist *l, const char *key, const char *val, size_t len,
		const char *filename)
{
	if (l->n == l->alloc) {
		l->alloc = l->alloc ? l->alloc * 2 : 8;
		l->items = xrealloc(l->items, l->alloc * sizeof *l->items);
	}
	struct kv *kv = &l->items[l->n++];
	kv->key = xstrdup(key);
	kv->val = xstrndup(val ? val : "", len);
	kv->len = len;
	kv->filename = filename ? xstrdup(filename) : NULL;
}

void kvlist_append(struct kvlist *l, const char *key, const char *val, size_t len,
		   const char *filename)
{
	struct kv *last = l->n ? &l->items[l->n - 1] : NULL;
	if (!last || strcmp(last->key, key) != 0) {
		kvlist_add(l, key, val, len, filename);
		return;
	}
	last->val = xrealloc(last->val, last->len + len + 1);
	memcpy(last->val + last->len, val, len);
	last->len += len;
	last->val[last->len] = '\0';
}

const struct kv *kvlist_find(const struct kvlist *l, const char *key)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->items[i].key, key) == 0)
			return &l->items[i];
	return NULL;
}

void kvlist_release(struct kvlist *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->items[i].key);
		free(l->items[i].val);
		free(l->items[i].filename);
	}
	free(l->items);
	l->items = NULL;
	l->n = l->alloc = 0;
}

/* ---- reading -------------------------------------------------------------- */

const char *req_query(const struct req *r, const char *name)
{
	const struct kv *kv = kvlist_find(&r->query, name);
	return kv ? kv->val : NULL;
}

int parse_whole_in(const char *s, long long lo, long long hi, long long *out)
{
	char *end;
	if (!s[0] || s[0] == '-' || s[0] == '+' || s[0] == ' ')
		return -1;
	long long v = strtoll(s, &end, 10);
	if (*end || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

int req_query_id(const struct req *r, const char *name, int64_t *out, struct kerr *err)
{
	const char *s = req_query(r, name);
	long long v = 0;
	if (s && parse_whole_in(s, 1, INT64_MAX, &v) < 0)
		return kerr_set(err, KERR_INVALID, name, "%s harus bilangan bulat positif", name);
	*out = v;
	return 0;
}

const char *req_form(const struct req *r, const char *name)
{
	const struct kv *kv = kvlist_find(&r->form, name);
	return kv && !kv->filename ? kv->val : NULL;
}

const struct kv *req_upload(const struct req *r, const char *name)
{
	const struct kv *kv = kvlist_find(&r->form, name);
	return kv && kv->filename ? kv : NULL;
}

const char *req_header(const struct req *r, const char *name)
{
	return r->conn ? MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name) : NULL;
}

const char *req_cookie(const struct req *r, const char *name)
{
	return r->conn ? MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, name) : NULL;
}

int req_page(const struct req *r)
{
	const char *p = req_query(r, "page");
	if (!p)
		return 1;
	char *end;
	long n = strtol(p, &end, 10);
	return (*end || n < 1 || n > 1000000) ? 1 : (int)n;
}

struct actor req_actor(const struct req *r)
{
	struct actor a = { r->who.user_id, r->who.login[0] ? r->who.login : "anonim", r->ip };
	return a;
}

json_t *req_json_or_reply(struct req *r)
{
	json_error_t jerr;
	json_t *root = json_loadb(r->body.buf, r->body.len, JSON_REJECT_DUPLICATES, &jerr);
	if (!root) {
		reply_fail(r, KERR_INVALID, "", "JSON tidak sah (baris %d, kolom %d): %s",
			   jerr.line, jerr.column, jerr.text);
		r->status = 400;
		return NULL;
	}
	if (!json_is_object(root)) {
		json_decref(root);
		reply_fail(r, KERR_INVALID, "", "Isi permintaan harus berupa objek JSON");
		r->status = 400;
		return NULL;
	}
	return root;
}

/* ---- writing -------------------------------------------------------------- */

void reply_header(struct req *r, const char *name, const char *value)
{
	kvlist_add(&r->headers, name, value, strlen(value), NULL);
}

int reply_html(struct req *r, int status)
{
	r->status = status;
	r->content_type = "text/html; charset=utf-8";
	return 0;
}

int reply_json(struct req *r, int status, json_t *body)
{
	strbuf_reset(&r->out);
	char *s = json_dumps(body, JSON_COMPACT | JSON_ENSURE_ASCII);
	strbuf_addstr(&r->out, s ? s : "null");
	free(s);
	json_decref(body);
	r->status = status;
	r->content_type = "application/json";
	return 0;
}

int reply_redirect(struct req *r, const char *location)
{
	strbuf_reset(&r->out);
	reply_header(r, "Location", location);
	r->status = 303;
	r->content_type = "text/plain; charset=utf-8";
	return 0;
}

int reply_text(struct req *r, int status, const char *text)
{
	strbuf_reset(&r->out);
	strbuf_addstr(&r->out, text);
	r->status = status;
	r->content_type = "text/plain; charset=utf-8";
	return 0;
}

int reply_download(struct req *r, const char *content_type, const char *filename)
{
	char ascii[256];
	struct strbuf disp = STRBUF_INIT;
	evidence_ascii_name(filename, ascii, sizeof ascii);
	strbuf_addf(&disp, "attachment; filename=\"%s\"; filename*=UTF-8''", ascii);
	url_encode(&disp, filename);
	reply_header(r, "Content-Disposition", disp.buf);
	strbuf_release(&disp);
	r->status = 200;
	r->content_type = content_type;
	return 0;
}

int reply_file(struct req *r, const char *content_type, const char *filename, void *data,
	       size_t len)
{
	strbuf_release(&r->out);   /* no copy of up to 10 MiB: the buffer moves over */
	r->out.buf = data;
	r->out.len = len;
	r->out.alloc = len + 1;
	return reply_download(r, content_type, filename);
}

int reply_static(struct req *r, const char *content_type, const void *data, size_t len)
{
	r->out_is_static = 1;
	r->static_data = data;
	r->static_len = len;
	r->status = 200;
	r->content_type = content_type;
	reply_header(r, "Cache-Control", "public, max-age=86400");
	return 0;
}

int reply_error(struct req *r, const struct kerr *err)
{
	r->error = *err;
	r->has_error = 1;
	r->status = kerr_http_status(err);
	return 0;
}

int reply_fail(struct req *r, enum kerr_code code, const char *field, const char *fmt, ...)
{
	struct kerr e = KERR_INIT;
	e.code = code;
	copy_str(e.field, sizeof e.field, field ? field : "");
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e.msg, sizeof e.msg, fmt, ap);
	va_end(ap);
	return reply_error(r, &e);
}
