/*
 * html.c - HTML output that escapes every piece of text it is given.
 */
#include "http/html.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

void html_txt(struct strbuf *sb, const char *text)
{
	const char *run = text;
	for (const char *p = text; ; p++) {
		const char *ent = NULL;
		switch (*p) {
		case '&': ent = "&amp;"; break;
		case '<': ent = "&lt;"; break;
		case '>': ent = "&gt;"; break;
		case '"': ent = "&quot;"; break;
		case '\'': ent = "&#39;"; break;
		case '\0': break;
		default: continue;
		}
		strbuf_add(sb, run, (size_t)(p - run));
		if (!ent)
			return;
		strbuf_addstr(sb, ent);
		run = p + 1;
	}
}

void html_raw(struct strbuf *sb, const char *markup)
{
	strbuf_addstr(sb, markup);
}

/* Copies one printf conversion spec starting at '%' into spec[]; returns its
 * length, or 0 if it is not one html() supports. */
static size_t read_spec(const char *p, char *spec, size_t size)
{
	size_t n = 1;
	if (p[1] == 's') {          /* the common case, without the scans */
		memcpy(spec, "%s", 3);
		return 2;
	}
	while (p[n] && strchr("-+ #0123456789.", p[n]))
		n++;
	while (p[n] && strchr("hlzjt", p[n]))
		n++;
	if (!p[n] || !strchr("sdiuxXfc", p[n]) || n + 2 > size)
		return 0;
	n++;
	memcpy(spec, p, n);
	spec[n] = '\0';
	return n;
}

/* The spec was cut from html()'s literal format, which the compiler checked
 * against the arguments; passing it on as a format is therefore safe. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
/* Writes a decimal number without printf's machinery (the common case). */
static void add_decimal(struct strbuf *sb, long long v)
{
	char digits[24];
	size_t i = sizeof digits;
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	do {
		digits[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		digits[--i] = '-';
	strbuf_add(sb, digits + i, sizeof digits - i);
}

static void add_number(struct strbuf *sb, const char *spec, size_t n, va_list *ap)
{
	if (strcmp(spec, "%d") == 0) {
		add_decimal(sb, va_arg(*ap, int));
		return;
	}
	if (strcmp(spec, "%lld") == 0) {
		add_decimal(sb, va_arg(*ap, long long));
		return;
	}
	char conv = spec[n - 1];
	int longs = 0, size_t_arg = 0;
	for (size_t i = 1; i < n - 1; i++) {
		if (spec[i] == 'l')
			longs++;
		if (spec[i] == 'z')
			size_t_arg = 1;
	}
	if (conv == 'f')
		strbuf_addf(sb, spec, va_arg(*ap, double));
	else if (conv == 'c')
		strbuf_addf(sb, spec, va_arg(*ap, int));
	else if (size_t_arg)
		strbuf_addf(sb, spec, va_arg(*ap, size_t));
	else if (conv == 'd' || conv == 'i')
		longs == 2 ? strbuf_addf(sb, spec, va_arg(*ap, long long)) :
		longs == 1 ? strbuf_addf(sb, spec, va_arg(*ap, long)) :
			     strbuf_addf(sb, spec, va_arg(*ap, int));
	else
		longs == 2 ? strbuf_addf(sb, spec, va_arg(*ap, unsigned long long)) :
		longs == 1 ? strbuf_addf(sb, spec, va_arg(*ap, unsigned long)) :
			     strbuf_addf(sb, spec, va_arg(*ap, unsigned));
}
#pragma GCC diagnostic pop

void html(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	const char *run = fmt;
	for (const char *p = fmt; *p; p++) {
		if (*p != '%')
			continue;
		strbuf_add(sb, run, (size_t)(p - run));
		if (p[1] == '%') {
			strbuf_addch(sb, '%');
			run = ++p + 1;
			continue;
		}
		char spec[16];
		size_t n = read_spec(p, spec, sizeof spec);
		if (!n) {           /* unsupported: write it literally */
			run = p;
			continue;
		}
		if (spec[n - 1] == 's') {
			const char *s = va_arg(ap, const char *);
			html_txt(sb, s ? s : "");
		} else {
			add_number(sb, spec, n, &ap);
		}
		p += n - 1;
		run = p + 1;
	}
	strbuf_addstr(sb, run);
	va_end(ap);
}

void url_encode(struct strbuf *sb, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-_.~", *p)) {
			strbuf_addch(sb, *p);
		} else {
			strbuf_addch(sb, '%');
			strbuf_addch(sb, hex[*p >> 4]);
			strbuf_addch(sb, hex[*p & 15]);
		}
	}
}

int utf8_valid_text(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	while (p < end) {
		unsigned c = *p;
		size_t extra;
		uint32_t cp;
		if (c < 0x80) {
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
				return 0;
			p++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) extra = 1, cp = c & 0x1f;
		else if (c >= 0xe0 && c <= 0xef) extra = 2, cp = c & 0x0f;
		else if (c >= 0xf0 && c <= 0xf4) extra = 3, cp = c & 0x07;
		else return 0;
		if ((size_t)(end - p) <= extra)
			return 0;
		for (size_t i = 1; i <= extra; i++) {
			if ((p[i] & 0xc0) != 0x80)
				return 0;
			cp = (cp << 6) | (p[i] & 0x3f);
		}
		if ((extra == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
		    (extra == 3 && (cp < 0x10000 || cp > 0x10ffff)))
			return 0;
		p += extra + 1;
	}
	return 1;
}
