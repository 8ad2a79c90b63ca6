/*
 * server.c - libmicrohttpd glue: reads requests, dispatches them through the
 * route table with the access and CSRF checks, writes responses and the
 * access log, and shuts down gracefully.
 *
 * A request's context is created on the first call of the access handler
 * (nothing is queued then, which keeps connections alive), the body is
 * collected on the following calls (forms through MHD's post processor, other
 * bodies raw, both under a size cap) and the response is queued on the last.
 */
#include "http/server.h"
#include "http/auth.h"
#include "http/html.h"
#include "http/router.h"
#include "store/db.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "web/ui.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#define FORM_CAP (1u << 20)            /* urlencoded forms and JSON: 1 MiB */
#define UPLOAD_CAP (25u << 20)         /* multipart uploads and CSV bodies: 25 MiB */

/* Requests begun and not yet completed; idle keep-alive connections do not
 * count, so a graceful stop need not wait for them. */
static atomic_long requests_open;

struct conn_ctx {
	struct req r;
	struct MHD_PostProcessor *pp;
	size_t received, cap;
	int too_large;
	int multipart;
	int64_t started_us;
};

/* ---- reading the request ------------------------------------------------------ */

static enum MHD_Result on_post_field(void *cls, enum MHD_ValueKind kind, const char *key,
				     const char *filename, const char *content_type,
				     const char *transfer_encoding, const char *data, uint64_t off,
				     size_t size)
{
	struct conn_ctx *ctx = cls;
	struct kvlist *f = &ctx->r.form;
	const struct kv *last = f->n ? &f->items[f->n - 1] : NULL;
	/* libmicrohttpd may hand a multipart field over as an empty first
	 * piece and then its value, both at offset 0: that is one field. */
	int split = ctx->multipart && last && last->len == 0 && strcmp(last->key, key) == 0;
	if (off == 0 && !split)
		kvlist_add(f, key, data, size, filename ? filename : (content_type ? "" : NULL));
	else
		kvlist_append(f, key, data, size, filename);
	return MHD_YES;
}

static enum MHD_Result on_query_arg(void *cls, enum MHD_ValueKind kind, const char *key,
				    const char *value)
{
	struct kvlist *l = cls;
	kvlist_add(l, key, value ? value : "", value ? strlen(value) : 0, NULL);
	return MHD_YES;
}

static void client_ip(struct MHD_Connection *c, char *out, size_t size)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	copy_str(out, size, "?");
	if (!ci || !ci->client_addr)
		return;
	const struct sockaddr *sa = ci->client_addr;
	if (sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, out, (socklen_t)size);
	else if (sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, out, (socklen_t)size);
}

/* Behind a trusted reverse proxy the client is the last address the proxy
 * appended to X-Forwarded-For (earlier entries come from the client and
 * can be forged). */
static void forwarded_ip(struct MHD_Connection *c, char *out, size_t size)
{
	const char *xff = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Forwarded-For");
	if (!xff)
		return;
	const char *last = strrchr(xff, ',');
	last = last ? last + 1 : xff;
	while (*last == ' ')
		last++;
	unsigned char probe[sizeof(struct in6_addr)];
	if (inet_pton(AF_INET, last, probe) == 1 || inet_pton(AF_INET6, last, probe) == 1)
		copy_str(out, size, last);
}

static struct conn_ctx *ctx_new(struct app *app, struct MHD_Connection *c, const char *url,
				const char *method)
{
	struct conn_ctx *ctx = xcalloc(1, sizeof *ctx);
	struct req *r = &ctx->r;
	atomic_fetch_add(&requests_open, 1);
	ctx->started_us = now_mono_us();
	r->app = app;
	r->conn = c;
	r->method = method;
	r->path = url;
	r->is_api = strncmp(url, "/api/", 5) == 0;
	r->body = (struct strbuf)STRBUF_INIT;
	r->out = (struct strbuf)STRBUF_INIT;
	client_ip(c, r->ip, sizeof r->ip);
	if (app->cfg.trust_proxy)
		forwarded_ip(c, r->ip, sizeof r->ip);
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, on_query_arg, &r->query);
	const char *ctype = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
	int multipart = ctype && strncasecmp(ctype, "multipart/form-data", 19) == 0;
	int urlenc = ctype && strncasecmp(ctype, "application/x-www-form-urlencoded", 33) == 0;
	int csv = ctype && strncasecmp(ctype, "text/csv", 8) == 0;
	ctx->cap = (multipart || csv) ? UPLOAD_CAP : FORM_CAP;
	ctx->multipart = multipart;
	if (multipart || urlenc)
		ctx->pp = MHD_create_post_processor(c, 16 * 1024, on_post_field, ctx);
	return ctx;
}

static void ctx_free(struct conn_ctx *ctx)
{
	if (ctx->pp)
		MHD_destroy_post_processor(ctx->pp);
	kvlist_release(&ctx->r.query);
	kvlist_release(&ctx->r.form);
	kvlist_release(&ctx->r.headers);
	strbuf_release(&ctx->r.body);
	strbuf_release(&ctx->r.out);
	free(ctx);
	atomic_fetch_sub(&requests_open, 1);
}

static void take_body(struct conn_ctx *ctx, const char *data, size_t size)
{
	if (ctx->too_large || size > ctx->cap - ctx->received) {
		ctx->too_large = 1;
		return;
	}
	ctx->received += size;
	if (ctx->pp)
		MHD_post_process(ctx->pp, data, size);
	else
		strbuf_add(&ctx->r.body, data, size);
}

/* Names the first parameter that is not valid UTF-8 text, or NULL. */
static const char *bad_text_param(const struct req *r)
{
	for (size_t i = 0; i < r->query.n; i++)
		if (!utf8_valid_text(r->query.items[i].val, r->query.items[i].len))
			return r->query.items[i].key;
	for (size_t i = 0; i < r->form.n; i++)
		if (!r->form.items[i].filename &&
		    !utf8_valid_text(r->form.items[i].val, r->form.items[i].len))
			return r->form.items[i].key;
	return NULL;
}

/* ---- dispatching ------------------------------------------------------------- */

static int state_changing(const char *method)
{
	return strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0;
}

static void refuse_access(struct req *r)
{
	if (r->who.user_id) {
		reply_fail(r, KERR_FORBIDDEN, "", "Anda tidak berhak membuka halaman ini");
		return;
	}
	if (r->is_api) {
		reply_fail(r, KERR_UNAUTHORIZED, "", "Silakan masuk (login) terlebih dahulu");
		return;
	}
	/* Back to the same page after login, its query (search, page) included. */
	struct strbuf next = STRBUF_INIT, loc = STRBUF_INIT;
	strbuf_addstr(&next, r->path);
	for (size_t i = 0; i < r->query.n; i++) {
		strbuf_addch(&next, i ? '&' : '?');
		url_encode(&next, r->query.items[i].key);
		strbuf_addch(&next, '=');
		url_encode(&next, r->query.items[i].val);
	}
	strbuf_addstr(&loc, "/masuk?lanjut=");
	url_encode(&loc, next.buf);
	if (req_cookie(r, SESSION_COOKIE))
		strbuf_addstr(&loc, "&habis=1");
	reply_redirect(r, loc.buf);
	strbuf_release(&next);
	strbuf_release(&loc);
}

void server_dispatch(struct req *r)
{
	int method_mismatch;
	const char *bad = bad_text_param(r);
	if (bad) {
		reply_fail(r, KERR_INVALID, bad, "Isian '%s' bukan teks UTF-8 yang sah", bad);
		r->status = 400;
		return;
	}
	auth_identify(r);
	const struct route *rt = router_match(r, &method_mismatch);
	if (!rt) {
		reply_fail(r, KERR_NOT_FOUND, "", method_mismatch ? "Metode %s tidak didukung di alamat ini"
			   : "Halaman tidak ditemukan", r->method);
		if (method_mismatch)
			r->status = 405;
	} else if (!access_allows(r, rt->access)) {
		refuse_access(r);
	} else if (state_changing(r->method) && rt->access != ACCESS_PUBLIC && !auth_csrf_ok(r)) {
		reply_fail(r, KERR_FORBIDDEN, "_csrf",
			   "Token keamanan (CSRF) tidak ada atau tidak cocok; muat ulang halaman lalu coba lagi");
	} else {
		rt->handler(r);
	}
}

static void render_error(struct req *r)
{
	int status = r->status;
	strbuf_reset(&r->out);
	if (r->is_api) {
		json_t *body = json_pack("{s:{s:s,s:s,s:s}}", "error",
					 "code", kerr_code_name(r->error.code),
					 "field", r->error.field, "message", r->error.msg);
		reply_json(r, status, body);
	} else {
		page_error(r);
		reply_html(r, status);
	}
}

/* ---- writing the response ------------------------------------------------------ */

static void add_security_headers(struct MHD_Response *resp, const struct req *r)
{
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "X-Frame-Options", "DENY");
	MHD_add_response_header(resp, "Referrer-Policy", "same-origin");
	MHD_add_response_header(resp, "Content-Security-Policy",
		"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
		"frame-ancestors 'none'; form-action 'self'");
	if (!r->out_is_static)
		MHD_add_response_header(resp, "Cache-Control", "no-store");
}

static enum MHD_Result queue(struct conn_ctx *ctx)
{
	struct req *r = &ctx->r;
	struct MHD_Response *resp;
	if (r->out_is_static) {
		resp = MHD_create_response_from_buffer(r->static_len, (void *)(uintptr_t)r->static_data,
						       MHD_RESPMEM_PERSISTENT);
	} else {
		size_t len;
		char *body = strbuf_detach(&r->out, &len);
		resp = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
	}
	if (!resp)
		return MHD_NO;
	MHD_add_response_header(resp, "Content-Type", r->content_type ? r->content_type : "text/plain");
	add_security_headers(resp, r);
	for (size_t i = 0; i < r->headers.n; i++)
		MHD_add_response_header(resp, r->headers.items[i].key, r->headers.items[i].val);
	enum MHD_Result rc = MHD_queue_response(r->conn, (unsigned)r->status, resp);
	MHD_destroy_response(resp);
	return rc;
}

static void access_log(const struct conn_ctx *ctx)
{
	const struct req *r = &ctx->r;
	if (!log_enabled(LOG_INFO))
		return;
	log_info("%s %s %d %lldus %s %s", r->method, r->path, r->status,
		 (long long)(now_mono_us() - ctx->started_us), r->ip,
		 r->who.login[0] ? r->who.login : "-");
}

static void handle(struct conn_ctx *ctx)
{
	struct req *r = &ctx->r;
	if (ctx->too_large) {
		reply_fail(r, KERR_TOO_LARGE, "", "Isi permintaan terlalu besar (maks. %zu MiB)",
			   ctx->cap >> 20);
		render_error(r);
		return;
	}
	r->db = store_acquire(r->app->store);
	int reads_only = strcmp(r->method, "GET") == 0 || strcmp(r->method, "HEAD") == 0;
	if (reads_only)
		db_snapshot_begin(r->db);
	server_dispatch(r);
	db_snapshot_end(r->db);
	if (!r->status && !r->has_error)
		reply_fail(r, KERR_INTERNAL, "", "Halaman tidak memberi jawaban");
	if (r->has_error)
		render_error(r);
	store_release(r->app->store, r->db);
	r->db = NULL;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version, const char *upload_data,
				  size_t *upload_size, void **con_cls)
{
	struct conn_ctx *ctx = *con_cls;
	if (!ctx) {
		*con_cls = ctx_new(cls, c, url, method);
		return MHD_YES;
	}
	if (*upload_size) {
		take_body(ctx, upload_data, *upload_size);
		*upload_size = 0;
		return MHD_YES;
	}
	handle(ctx);
	access_log(ctx);
	return queue(ctx);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	if (*con_cls)
		ctx_free(*con_cls);
	*con_cls = NULL;
}

/* ---- starting and stopping ------------------------------------------------------- */

static int parse_listen(const char *listen, struct sockaddr_in *sa, struct kerr *err)
{
	char host[100];
	const char *colon = strrchr(listen, ':');
	if (!colon || colon == listen || (size_t)(colon - listen) >= sizeof host)
		return kerr_set(err, KERR_INVALID, "listen", "Alamat '%s' harus berbentuk ALAMAT:PORT", listen);
	memcpy(host, listen, (size_t)(colon - listen));
	host[colon - listen] = '\0';
	char *end;
	long port = strtol(colon + 1, &end, 10);
	memset(sa, 0, sizeof *sa);
	sa->sin_family = AF_INET;
	sa->sin_port = htons((uint16_t)port);
	if (*end || port < 1 || port > 65535 || inet_pton(AF_INET, host, &sa->sin_addr) != 1)
		return kerr_set(err, KERR_INVALID, "listen", "Alamat '%s' tidak sah (contoh 127.0.0.1:8080)", listen);
	return 0;
}

static unsigned worker_threads(const struct app *app)
{
	if (app->cfg.threads > 0)
		return (unsigned)app->cfg.threads;
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (unsigned)n : 2;
}

/* Waits (at most 10 s) for the requests in progress to finish.  Idle
 * keep-alive connections are not waited for: browsers and load balancers
 * hold them open, and MHD_stop_daemon closes them. */
static void wait_for_idle(struct MHD_Daemon *d)
{
	for (int i = 0; i < 100; i++) {
		const union MHD_DaemonInfo *di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
		if (!di || di->num_connections == 0 || atomic_load(&requests_open) == 0)
			return;
		usleep(100 * 1000);
	}
}

static void purge_sessions(struct app *app)
{
	struct kerr err = KERR_INIT;
	struct db *db = store_acquire(app->store);
	if (store_session_purge(db, now_unix(), &err))
		log_warn("gagal membersihkan sesi kedaluwarsa: %s", err.msg);
	store_release(app->store, db);
}

int server_run(struct app *app, struct kerr *err)
{
	struct sockaddr_in sa;
	if (parse_listen(app->cfg.listen, &sa, err))
		return -1;
	sigset_t sigs;
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);   /* worker threads inherit this */
	signal(SIGPIPE, SIG_IGN);
	struct MHD_Daemon *d = MHD_start_daemon(
		MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_TURBO | MHD_USE_ITC, 0, NULL, NULL,
		on_request, app,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
		MHD_OPTION_THREAD_POOL_SIZE, worker_threads(app),
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
		MHD_OPTION_CONNECTION_LIMIT, (unsigned)2000,
		MHD_OPTION_NOTIFY_COMPLETED, on_completed, NULL,
		MHD_OPTION_END);
	if (!d)
		return kerr_set(err, KERR_IO, "listen", "Tidak dapat mendengarkan di %s (port dipakai?)",
				app->cfg.listen);
	log_info("kinerja melayani di http://%s (%u thread)", app->cfg.listen, worker_threads(app));
	purge_sessions(app);
	for (;;) {
		struct timespec hour = { 3600, 0 };
		int sig = sigtimedwait(&sigs, NULL, &hour);
		if (sig == SIGINT || sig == SIGTERM)
			break;
		purge_sessions(app);
	}
	log_info("berhenti: menyelesaikan permintaan yang sedang berjalan");
	MHD_quiesce_daemon(d);
	wait_for_idle(d);
	MHD_stop_daemon(d);
	log_info("berhenti");
	return 0;
}
