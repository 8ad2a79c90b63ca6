/*
 * smtp.c - sending e-mail through an SMTP server with libcurl's SMTP
 * support (see smtp.h).  libcurl speaks the protocol (EHLO, STARTTLS,
 * AUTH, MAIL FROM, RCPT TO, DATA, dot-stuffing); this file hands it the
 * message from memory and turns its failures into one clear sentence.
 */
#include "core/smtp.h"
#include "core/strbuf.h"

#include <curl/curl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum { CONNECT_TIMEOUT_S = 15, TOTAL_TIMEOUT_S = 120 };

struct smtp {
	CURL *curl;
	char *url;
	char errbuf[CURL_ERROR_SIZE];
};

/* The message being read by libcurl. */
struct upload {
	const char *data;
	size_t len, pos;
};

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static CURLcode curl_init_rc;

static void curl_init(void)
{
	curl_init_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

int smtp_url_valid(const char *url)
{
	const char *host;
	if (!url)
		return 0;
	if (!strncmp(url, "smtp://", 7))
		host = url + 7;
	else if (!strncmp(url, "smtps://", 8))
		host = url + 8;
	else
		return 0;
	if (!*host || *host == ':' || *host == '/')
		return 0;
	for (const char *p = url; *p; p++)
		if ((unsigned char)*p <= 32 || (unsigned char)*p >= 127)
			return 0;
	return 1;
}

struct smtp *smtp_new(const char *url, struct kerr *err)
{
	pthread_once(&curl_once, curl_init);
	if (curl_init_rc != CURLE_OK) {
		kerr_set(err, KERR_INTERNAL, "", "libcurl tidak dapat dimulai: %s",
			 curl_easy_strerror(curl_init_rc));
		return NULL;
	}
	if (!smtp_url_valid(url)) {
		kerr_set(err, KERR_INVALID, "smtp_url", "Alamat server SMTP '%s' harus berbentuk "
			 "smtp://host:port atau smtps://host:port", url ? url : "");
		return NULL;
	}
	struct smtp *s = xcalloc(1, sizeof *s);
	s->curl = curl_easy_init();
	if (!s->curl) {
		free(s);
		kerr_set(err, KERR_INTERNAL, "", "libcurl tidak dapat dimulai");
		return NULL;
	}
	s->url = xstrdup(url);
	return s;
}

void smtp_free(struct smtp *s)
{
	if (!s)
		return;
	curl_easy_cleanup(s->curl);
	free(s->url);
	free(s);
}

static size_t read_message(char *buf, size_t size, size_t nitems, void *arg)
{
	struct upload *u = arg;
	size_t room = size * nitems, left = u->len - u->pos;
	size_t n = left < room ? left : room;
	memcpy(buf, u->data + u->pos, n);
	u->pos += n;
	return n;
}

/* Sets the options of one message on the reused handle. */
static void set_options(struct smtp *s, const char *from, struct curl_slist *rcpt,
			struct upload *u)
{
	const char *user = getenv("KINERJA_SMTP_USER");
	const char *password = getenv("KINERJA_SMTP_PASSWORD");
	CURL *c = s->curl;
	curl_easy_setopt(c, CURLOPT_URL, s->url);
	curl_easy_setopt(c, CURLOPT_MAIL_FROM, from);
	curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
	curl_easy_setopt(c, CURLOPT_READFUNCTION, read_message);
	curl_easy_setopt(c, CURLOPT_READDATA, u);
	curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, (curl_off_t)u->len);
	/* a password never goes over a connection without TLS */
	curl_easy_setopt(c, CURLOPT_USE_SSL, (long)(user && *user ? CURLUSESSL_ALL : CURLUSESSL_TRY));
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, (long)CONNECT_TIMEOUT_S);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, (long)TOTAL_TIMEOUT_S);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, s->errbuf);
	if (user && *user) {
		curl_easy_setopt(c, CURLOPT_USERNAME, user);
		curl_easy_setopt(c, CURLOPT_PASSWORD, password ? password : "");
	}
}

int smtp_send(struct smtp *s, const char *from, const char *to, const char *msg, size_t len,
	      struct kerr *err)
{
	struct strbuf fromb = STRBUF_INIT, tob = STRBUF_INIT;
	struct upload u = { msg, len, 0 };
	strbuf_addf(&fromb, "<%s>", from);
	strbuf_addf(&tob, "<%s>", to);
	struct curl_slist *rcpt = curl_slist_append(NULL, tob.buf);
	s->errbuf[0] = '\0';
	set_options(s, fromb.buf, rcpt, &u);
	CURLcode rc = curl_easy_perform(s->curl);
	long code = 0;
	curl_easy_getinfo(s->curl, CURLINFO_RESPONSE_CODE, &code);
	curl_slist_free_all(rcpt);
	strbuf_release(&fromb);
	strbuf_release(&tob);
	if (rc == CURLE_OK)
		return 0;
	const char *why = s->errbuf[0] ? s->errbuf : curl_easy_strerror(rc);
	if (code >= 400)
		return kerr_set(err, KERR_IO, "smtp", "server SMTP menolak (kode %ld): %s", code, why);
	return kerr_set(err, KERR_IO, "smtp_url", "server SMTP %s tidak dapat dihubungi: %s", s->url,
			why);
}
