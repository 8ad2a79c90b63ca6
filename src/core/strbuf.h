/*
 * strbuf.h - the one growable string buffer used everywhere in kinerja.
 *
 * Modelled on git's strbuf: `buf` is never NULL (an empty buffer points at a
 * shared "" until the first append) and is always NUL-terminated, so it can
 * be handed to any C string function.  An optional size cap (like curl's
 * dynbuf) makes appends past the cap fail instead of growing without bound;
 * callers that read untrusted input set one.
 */
#ifndef KINERJA_STRBUF_H
#define KINERJA_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

extern char strbuf_empty[];

struct strbuf {
	char *buf;      /* never NULL, always NUL-terminated */
	size_t len;     /* bytes used, excluding the NUL */
	size_t alloc;   /* bytes allocated (0 while buf == strbuf_empty) */
	size_t cap;     /* maximum len; 0 means unlimited */
	int overflow;   /* set once an append was refused by the cap */
};

#define STRBUF_INIT { strbuf_empty, 0, 0, 0, 0 }

void strbuf_init(struct strbuf *sb, size_t hint);
/* Like strbuf_init, but appends that would make len exceed cap are refused. */
void strbuf_init_capped(struct strbuf *sb, size_t cap);
void strbuf_release(struct strbuf *sb);
/* Hands the buffer to the caller (free() it); the strbuf is reset empty. */
char *strbuf_detach(struct strbuf *sb, size_t *len);
void strbuf_reset(struct strbuf *sb);
void strbuf_grow(struct strbuf *sb, size_t extra);

/* Appends return 0, or -1 (and set sb->overflow) when the cap refuses them. */
int strbuf_add(struct strbuf *sb, const void *data, size_t len);
int strbuf_addstr(struct strbuf *sb, const char *s);
int strbuf_addch(struct strbuf *sb, int c);
int strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* Removes trailing ASCII white space. */
void strbuf_rtrim(struct strbuf *sb);

/* Allocation helpers that abort with a message when memory runs out. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Bounded copy that always terminates; returns 0, or -1 if it truncated
 * (then cut between UTF-8 characters, so the copy stays valid text). */
int copy_str(char *dst, size_t dstsize, const char *src);

#endif
