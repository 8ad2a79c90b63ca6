/*
 * smtp.h - sending one e-mail message through an SMTP server (libcurl).
 *
 * A `struct smtp` is one client for one server, kept across messages so
 * a run that sends many digests reuses the connection.  The server is a
 * URL: smtp://host:port (STARTTLS when the server offers it) or
 * smtps://host:port; a user name and password, when the server wants
 * them, come from the environment only (KINERJA_SMTP_USER,
 * KINERJA_SMTP_PASSWORD), never from a flag or a file another user
 * might read.
 */
#ifndef KINERJA_SMTP_H
#define KINERJA_SMTP_H

#include <stddef.h>

#include "core/err.h"

struct smtp;

/* 1 if `url` is smtp://HOST[:PORT] or smtps://HOST[:PORT] (a path is
 * allowed: curl takes it as the name to greet with). */
int smtp_url_valid(const char *url);

/* A client for `url`; NULL with err set when libcurl cannot start. */
struct smtp *smtp_new(const char *url, struct kerr *err);
void smtp_free(struct smtp *s);

/* Sends `msg` (a whole RFC 5322 message, CRLF lines) from `from` to `to`
 * (bare addresses).  Failures are KERR_IO: a refusal by the server on
 * field "smtp", with its code and words ("server SMTP menolak (kode 550):
 * RCPT failed: 550"); a server that cannot be reached or talked to on
 * field "smtp_url". */
int smtp_send(struct smtp *s, const char *from, const char *to, const char *msg, size_t len,
	      struct kerr *err);

#endif
