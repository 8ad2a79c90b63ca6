/*
 * notify_mail.c - the e-mail digest of notifications, pure: checking and
 * splitting addresses, header text as RFC 2047 encoded words, the Date
 * header, quoted-printable text, and the digest message itself (see
 * notify.h).  Sending is core/smtp.c's; what to send, the store's.
 */
#include "domain/notify.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

/* ---- addresses ------------------------------------------------------------------------------ */

static int addr_char_ok(unsigned char c)
{
	return c > 32 && c < 127 && !strchr("\"(),:;<>[\\]", c);
}

int notify_email_valid(const char *addr)
{
	size_t len = addr ? strlen(addr) : 0;
	const char *at = addr ? strchr(addr, '@') : NULL;
	if (!len || len > NOTIFY_ADDR_MAX || !at || at == addr || strchr(at + 1, '@'))
		return 0;
	for (const char *p = addr; *p; p++)
		if (!addr_char_ok((unsigned char)*p))
			return 0;
	const char *dom = at + 1;
	size_t dlen = strlen(dom);
	if (!dlen || dom[0] == '.' || dom[dlen - 1] == '.' || strstr(dom, "..") ||
	    !strchr(dom, '.'))
		return 0;
	return 1;
}

/* Copies s[0..n) without the blanks at both ends. */
static void copy_trimmed(char *out, size_t size, const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n >= size)
		n = size - 1;
	memcpy(out, s, n);
	out[n] = '\0';
}

int notify_addr_parse(const char *spec, char *name, size_t name_size, char *addr,
		      size_t addr_size, const char *field, struct kerr *err)
{
	const char *lt = spec ? strchr(spec, '<') : NULL;
	name[0] = addr[0] = '\0';
	if (!spec)
		spec = "";
	if (strpbrk(spec, "\r\n"))
		return kerr_set(err, KERR_INVALID, field, "Alamat e-mail '%s' memuat baris baru", spec);
	if (lt) {
		const char *gt = strchr(lt, '>');
		if (!gt || gt[1] != '\0')
			return kerr_set(err, KERR_INVALID, field, "Alamat '%s' harus berbentuk "
					"'Nama <alamat@domain>' atau 'alamat@domain'", spec);
		copy_trimmed(name, name_size, spec, (size_t)(lt - spec));
		size_t nl = strlen(name);
		if (nl >= 2 && name[0] == '"' && name[nl - 1] == '"') {
			memmove(name, name + 1, nl - 2);
			name[nl - 2] = '\0';
		}
		copy_trimmed(addr, addr_size, lt + 1, (size_t)(gt - lt - 1));
	} else {
		copy_trimmed(addr, addr_size, spec, strlen(spec));
	}
	if (!notify_email_valid(addr))
		return kerr_set(err, KERR_INVALID, field, "Alamat e-mail '%s' tidak sah", spec);
	return 0;
}

/* ---- headers -------------------------------------------------------------------------------- */

static int printable_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 32 || (unsigned char)*s > 126)
			return 0;
	return 1;
}

static void base64(struct strbuf *out, const unsigned char *p, size_t n)
{
	static const char tab[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)p[i] << 16;
		if (i + 1 < n)
			v |= (unsigned)p[i + 1] << 8;
		if (i + 2 < n)
			v |= p[i + 2];
		strbuf_addch(out, tab[(v >> 18) & 63]);
		strbuf_addch(out, tab[(v >> 12) & 63]);
		strbuf_addch(out, i + 1 < n ? tab[(v >> 6) & 63] : '=');
		strbuf_addch(out, i + 2 < n ? tab[v & 63] : '=');
	}
}

/* Bytes of s (at most max) that end on a UTF-8 character boundary. */
static size_t utf8_cut(const char *s, size_t max)
{
	size_t n = strlen(s);
	if (n <= max)
		return n;
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	return max;
}

enum { LINE_MAX_BYTES = 76, WORD_OVERHEAD = 12 };   /* "=?UTF-8?B?" and "?=" */

void notify_header_text(struct strbuf *out, const char *text, size_t used)
{
	if (printable_ascii(text)) {
		strbuf_addstr(out, text);
		return;
	}
	const char *p = text;
	int first = 1;
	while (*p) {
		size_t room = (first ? LINE_MAX_BYTES - used : LINE_MAX_BYTES - 1) - WORD_OVERHEAD;
		if (first && used + WORD_OVERHEAD + 8 > LINE_MAX_BYTES)
			room = 8;        /* a long header name: one short word, then fold */
		size_t take = utf8_cut(p, room / 4 * 3);
		if (!take)       /* one character longer than a word: never with UTF-8 */
			take = 1;
		if (!first)
			strbuf_addstr(out, "\r\n ");
		strbuf_addstr(out, "=?UTF-8?B?");
		base64(out, (const unsigned char *)p, take);
		strbuf_addstr(out, "?=");
		p += take;
		first = 0;
	}
}

void notify_header_mailbox(struct strbuf *out, const char *name, const char *addr,
			   size_t used)
{
	if (!name || !*name) {
		strbuf_addstr(out, addr);
		return;
	}
	if (printable_ascii(name)) {
		strbuf_addch(out, '"');
		for (const char *p = name; *p; p++) {
			if (*p == '"' || *p == '\\')
				strbuf_addch(out, '\\');
			strbuf_addch(out, *p);
		}
		strbuf_addch(out, '"');
	} else {
		notify_header_text(out, name, used);
	}
	strbuf_addf(out, " <%s>", addr);
}

void notify_date_header(char *buf, size_t size, int64_t unix_secs)
{
	static const char *const days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
					      "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct tm tm;
	wib_tm(unix_secs, &tm);
	snprintf(buf, size, "%s, %02d %s %04d %02d:%02d:%02d +0700", days[tm.tm_wday], tm.tm_mday,
		 months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/* ---- quoted-printable ----------------------------------------------------------------------- */

/* One line (no line end) as quoted-printable, with soft breaks. */
static void qp_line(struct strbuf *out, const char *s, size_t n)
{
	size_t col = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char enc[4];
		int last = i + 1 == n;
		if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
			snprintf(enc, sizeof enc, "%c", c);
		else
			snprintf(enc, sizeof enc, "=%02X", c);
		size_t w = strlen(enc);
		/* keep room for a soft break "=" unless this is the line's end */
		if (col + w > (last ? LINE_MAX_BYTES : LINE_MAX_BYTES - 1)) {
			strbuf_addstr(out, "=\r\n");
			col = 0;
		}
		strbuf_addstr(out, enc);
		col += w;
	}
}

void notify_qp(struct strbuf *out, const char *text)
{
	const char *p = text;
	while (*p) {
		size_t n = strcspn(p, "\n");
		size_t len = n && p[n - 1] == '\r' ? n - 1 : n;
		qp_line(out, p, len);
		strbuf_addstr(out, "\r\n");
		p += n;
		if (*p == '\n')
			p++;
	}
}

/* ---- the digest ----------------------------------------------------------------------------- */

void notify_digest_subject(struct strbuf *out, size_t n)
{
	strbuf_addf(out, "kinerja \xe2\x80\x94 %zu pekerjaan menunggu tindakan Anda", n);
}

static void digest_item(struct strbuf *out, const struct notify_digest *d,
			const struct notify_item *it)
{
	char due[NOTIFY_DATE_SIZE];
	strbuf_addf(out, "- %s\n", it->title);
	if (*it->due) {
		notify_date_text(it->due, due);
		const char *u = notify_urgency_label(it->urgency);
		strbuf_addf(out, "  Batas waktu: %s%s%s%s\n", due, *u ? " (" : "", u, *u ? ")" : "");
	}
	strbuf_addf(out, "  %s%s\n", d->public_url, it->link);
}

void notify_digest_body(struct strbuf *out, const struct notify_digest *d)
{
	char today[NOTIFY_DATE_SIZE];
	notify_date_text(d->today, today);
	strbuf_addf(out, "Yth. %s,\n\n", d->to_name && *d->to_name ? d->to_name : d->to_addr);
	strbuf_addf(out, "Ada %zu pekerjaan di kinerja yang menunggu tindakan Anda (per %s):\n",
		    d->n, today);
	int group = -1;
	for (size_t i = 0; i < d->n; i++) {
		int g = (int)notify_kind_group(d->items[i].kind);
		if (g != group) {
			strbuf_addf(out, "\n%s\n", notify_group_label((enum notify_group)g));
			group = g;
		}
		digest_item(out, d, &d->items[i]);
	}
	strbuf_addf(out, "\nDaftar lengkap pekerjaan Anda: %s/notifikasi\n"
		    "Tidak ingin menerima e-mail ini lagi? Matikan pemberitahuan e-mail di "
		    "%s/notifikasi.\n\n-- \nkinerja \xe2\x80\x94 Sistem Manajemen Kinerja ASN\n",
		    d->public_url, d->public_url);
}

void notify_digest_message(struct strbuf *out, const struct notify_digest *d)
{
	char date[64];
	struct strbuf subject = STRBUF_INIT, body = STRBUF_INIT;
	notify_date_header(date, sizeof date, d->now);
	strbuf_addf(out, "Date: %s\r\nFrom: ", date);
	notify_header_mailbox(out, d->from_name, d->from_addr, 6);
	strbuf_addstr(out, "\r\nTo: ");
	notify_header_mailbox(out, d->to_name, d->to_addr, 4);
	strbuf_addstr(out, "\r\nSubject: ");
	notify_digest_subject(&subject, d->n);
	notify_header_text(out, subject.buf, 9);
	strbuf_addf(out, "\r\nMessage-ID: %s\r\nMIME-Version: 1.0\r\n"
		    "Content-Type: text/plain; charset=UTF-8\r\n"
		    "Content-Transfer-Encoding: quoted-printable\r\n"
		    "Auto-Submitted: auto-generated\r\n\r\n", d->message_id);
	notify_digest_body(&body, d);
	notify_qp(out, body.buf);
	strbuf_release(&subject);
	strbuf_release(&body);
}
