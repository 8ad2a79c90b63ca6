/*
 * server.h - the HTTP server (libmicrohttpd, epoll thread pool).
 */
#ifndef KINERJA_SERVER_H
#define KINERJA_SERVER_H

#include "http/request.h"

/* Serves until SIGINT or SIGTERM, then stops taking new connections, lets
 * requests in flight finish (up to 10 s) and returns 0; -1 if it could not
 * start (err set). */
int server_run(struct app *app, struct kerr *err);

/* Handles one fully-read request (used by the server, and by tests/fuzzers
 * that build a struct req themselves). */
void server_dispatch(struct req *r);

#endif
