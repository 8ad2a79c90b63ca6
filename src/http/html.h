/*
 * html.h - writing HTML with escaping by construction.
 *
 * html(sb, fmt, ...) is printf-like, but every %s argument is HTML-escaped
 * (& < > " ' become entities), so text from users or the database can only
 * ever land in a page as text.  The format string itself is trusted markup
 * and must be a literal.  Numbers (%d %i %u %ld %lld %lu %llu %zu %x %f
 * %.Nf) are written as printf would.  Markup that is already safe (built by
 * these functions) is appended with html_raw(), a visible, separate call.
 */
#ifndef KINERJA_HTML_H
#define KINERJA_HTML_H

#include "core/strbuf.h"

void html(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends text, escaped for both element content and quoted attribute values. */
void html_txt(struct strbuf *sb, const char *text);
/* Appends trusted markup unchanged. */
void html_raw(struct strbuf *sb, const char *markup);
/* Appends `s` percent-encoded for use in a URL query value. */
void url_encode(struct strbuf *sb, const char *s);
/* 1 if `s` is valid UTF-8 with no control characters other than tab/CR/LF. */
int utf8_valid_text(const char *s, size_t len);

#endif
