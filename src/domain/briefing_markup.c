/*
 * briefing_markup.c - the small markup of a guide's text rendered as
 * HTML (see briefing.h for the markup).  Escaping by construction: the
 * only tags written are the renderer's own literals; every character of
 * the text goes through esc(); a link's target is written only after
 * briefing_link_ok accepted it, and escaped as well.  A line is never
 * read past its end, so an unclosed "**" or "[" stays plain text.
 */
#include "domain/briefing.h"

#include <string.h>

/* Appends text[0..len) escaped for element content and quoted attributes. */
static void esc(struct strbuf *out, const char *text, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		switch (text[i]) {
		case '&': strbuf_addstr(out, "&amp;"); break;
		case '<': strbuf_addstr(out, "&lt;"); break;
		case '>': strbuf_addstr(out, "&gt;"); break;
		case '"': strbuf_addstr(out, "&quot;"); break;
		case '\'': strbuf_addstr(out, "&#39;"); break;
		default: strbuf_addch(out, (unsigned char)text[i]);
		}
	}
}

int briefing_link_ok(const char *url, size_t len)
{
	static const char *const schemes[] = { "https://", "http://", "mailto:" };
	int ok = 0;
	for (size_t i = 0; i < sizeof schemes / sizeof schemes[0]; i++) {
		size_t n = strlen(schemes[i]);
		if (len > n && !strncmp(url, schemes[i], n))
			ok = 1;
	}
	if (len >= 1 && url[0] == '/' && (len == 1 || url[1] != '/'))
		ok = 1;
	for (size_t i = 0; ok && i < len; i++) {
		unsigned char c = (unsigned char)url[i];
		if (c <= ' ' || c >= 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' ||
		    c == '\\' || c == '`')
			ok = 0;
	}
	return ok;
}

/* Finds `what` in s[from..len); its offset or (size_t)-1. */
static size_t find(const char *s, size_t from, size_t len, const char *what)
{
	size_t n = strlen(what);
	for (size_t i = from; i + n <= len; i++)
		if (!memcmp(s + i, what, n))
			return i;
	return (size_t)-1;
}

/* A link "[text](url)" at s[i]: writes it and returns its length, or 0
 * when it is not one (or its target is not allowed). */
static size_t inline_link(struct strbuf *out, const char *s, size_t i, size_t len)
{
	size_t mid = find(s, i + 1, len, "](");
	if (mid == (size_t)-1 || mid == i + 1 || memchr(s + i + 1, '[', mid - i - 1))
		return 0;
	size_t end = find(s, mid + 2, len, ")");
	if (end == (size_t)-1 || !briefing_link_ok(s + mid + 2, end - mid - 2))
		return 0;
	strbuf_addstr(out, "<a href=\"");
	esc(out, s + mid + 2, end - mid - 2);
	strbuf_addstr(out, "\" rel=\"noopener noreferrer\">");
	esc(out, s + i + 1, mid - i - 1);
	strbuf_addstr(out, "</a>");
	return end + 1 - i;
}

/* One line's inline markup: bold and links. */
static void inline_text(struct strbuf *out, const char *s, size_t len)
{
	size_t i = 0, plain = 0;
	int bold = 0;
	while (i < len) {
		if (s[i] == '*' && i + 1 < len && s[i + 1] == '*' &&
		    (bold || find(s, i + 2, len, "**") != (size_t)-1)) {
			esc(out, s + plain, i - plain);
			strbuf_addstr(out, bold ? "</strong>" : "<strong>");
			bold = !bold;
			i += 2;
			plain = i;
			continue;
		}
		if (s[i] == '[') {
			struct strbuf probe = STRBUF_INIT;
			size_t n = inline_link(&probe, s, i, len);
			if (n) {
				esc(out, s + plain, i - plain);
				strbuf_add(out, probe.buf, probe.len);
				i += n;
				plain = i;
				strbuf_release(&probe);
				continue;
			}
			strbuf_release(&probe);
		}
		i++;
	}
	esc(out, s + plain, len - plain);
	if (bold)
		strbuf_addstr(out, "</strong>");
}

/* ---- blocks ----------------------------------------------------------------------------- */

enum block { B_NONE, B_PARA, B_UL, B_OL };

static void close_block(struct strbuf *out, enum block *open)
{
	static const char *const ends[] = { "", "</p>\n", "</ul>\n", "</ol>\n" };
	strbuf_addstr(out, ends[*open]);
	*open = B_NONE;
}

/* Length of a "1. " marker at the start of s, 0 if none. */
static size_t ordered_marker(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len && i < 4 && s[i] >= '0' && s[i] <= '9')
		i++;
	return i && i + 1 < len && s[i] == '.' && s[i + 1] == ' ' ? i + 2 : 0;
}

static void list_item(struct strbuf *out, enum block *open, enum block kind, const char *s,
		      size_t len)
{
	if (*open != kind) {
		close_block(out, open);
		strbuf_addstr(out, kind == B_UL ? "<ul>\n" : "<ol>\n");
		*open = kind;
	}
	strbuf_addstr(out, "<li>");
	inline_text(out, s, len);
	strbuf_addstr(out, "</li>\n");
}

static void one_line(struct strbuf *out, enum block *open, const char *s, size_t len)
{
	size_t n;
	while (len && (s[len - 1] == '\r' || s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (!len) {
		close_block(out, open);
	} else if (len > 3 && !strncmp(s, "## ", 3)) {
		close_block(out, open);
		strbuf_addstr(out, "<h3 class=\"h6\">");
		inline_text(out, s + 3, len - 3);
		strbuf_addstr(out, "</h3>\n");
	} else if (len > 2 && !strncmp(s, "# ", 2)) {
		close_block(out, open);
		strbuf_addstr(out, "<h2 class=\"h5\">");
		inline_text(out, s + 2, len - 2);
		strbuf_addstr(out, "</h2>\n");
	} else if (len > 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ') {
		list_item(out, open, B_UL, s + 2, len - 2);
	} else if ((n = ordered_marker(s, len)) != 0) {
		list_item(out, open, B_OL, s + n, len - n);
	} else {
		if (*open == B_PARA) {
			strbuf_addstr(out, "<br>\n");
		} else {
			close_block(out, open);
			strbuf_addstr(out, "<p>");
			*open = B_PARA;
		}
		inline_text(out, s, len);
	}
}

void briefing_render(const char *markup, struct strbuf *out)
{
	enum block open = B_NONE;
	for (const char *p = markup ? markup : ""; *p; ) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		one_line(out, &open, p, len);
		p += len + (nl ? 1 : 0);
	}
	close_block(out, &open);
}
