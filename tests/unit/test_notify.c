/*
 * test_notify.c - unit tests for the notification rules of
 * domain/notify.h: urgency against the due date (its boundaries), an
 * item's key, title and link, the order of a list (grouped, and across
 * groups for the home page), e-mail addresses, RFC 2047 header words
 * (decoded back, no line too long, no UTF-8 character split), the Date
 * header, quoted-printable text, and the digest message as a whole.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/notify.h"

/* ---- decoders, to read back what was encoded -------------------------------------------- */

static int b64_value(char c)
{
	const char *tab = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = strchr(tab, c);
	return c && p ? (int)(p - tab) : -1;
}

/* Appends the bytes of base64 text s[0..n). */
static void b64_decode(struct strbuf *out, const char *s, size_t n)
{
	unsigned acc = 0;
	int bits = 0;
	for (size_t i = 0; i < n && s[i] != '='; i++) {
		int v = b64_value(s[i]);
		assert_true(v >= 0);
		acc = (acc << 6) | (unsigned)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			strbuf_addch(out, (int)((acc >> bits) & 0xFF));
		}
	}
}

/* Decodes a header value made of encoded words (and plain text); checks
 * every word is whole UTF-8 on its own. */
static void header_decode(struct strbuf *out, const char *v)
{
	while (*v) {
		if (!strncmp(v, "=?UTF-8?B?", 10)) {
			const char *end = strstr(v + 10, "?=");
			assert_non_null(end);
			struct strbuf word = STRBUF_INIT;
			b64_decode(&word, v + 10, (size_t)(end - v - 10));
			assert_true(word.len == 0 || ((unsigned char)word.buf[0] & 0xC0) != 0x80);
			unsigned char last = word.len ? (unsigned char)word.buf[word.len - 1] : 0;
			assert_true(last < 0x80 || (last & 0xC0) == 0x80);
			strbuf_add(out, word.buf, word.len);
			strbuf_release(&word);
			v = end + 2;
			while (*v == '\r' || *v == '\n' || *v == ' ')
				v++;
		} else {
			strbuf_addch(out, *v++);
		}
	}
}

static int hex_value(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Quoted-printable back to text with LF line ends. */
static void qp_decode(struct strbuf *out, const char *s)
{
	while (*s) {
		if (s[0] == '=' && s[1] == '\r' && s[2] == '\n') {
			s += 3;
		} else if (s[0] == '=') {
			assert_true(hex_value(s[1]) >= 0 && hex_value(s[2]) >= 0);
			strbuf_addch(out, hex_value(s[1]) * 16 + hex_value(s[2]));
			s += 3;
		} else if (s[0] == '\r' && s[1] == '\n') {
			strbuf_addch(out, '\n');
			s += 2;
		} else {
			strbuf_addch(out, *s++);
		}
	}
}

/* Every line of s ends in CRLF and is at most `max` bytes long. */
static void assert_lines(const char *s, size_t max)
{
	while (*s) {
		const char *crlf = strstr(s, "\r\n");
		assert_non_null(crlf);
		assert_null(memchr(s, '\n', (size_t)(crlf - s)));
		if ((size_t)(crlf - s) > max)
			fail_msg("line longer than %zu: %.*s", max, (int)(crlf - s), s);
		s = crlf + 2;
	}
}

/* ---- items ---------------------------------------------------------------------------------- */

static void test_urgency_boundaries(void **state)
{
	(void)state;
	assert_int_equal(notify_urgency_of("2026-04-16", "2026-04-17"), NU_LATE);
	assert_int_equal(notify_urgency_of("2026-04-17", "2026-04-17"), NU_TODAY);
	assert_int_equal(notify_urgency_of("2026-04-18", "2026-04-17"), NU_SOON);
	assert_int_equal(notify_urgency_of("2026-04-24", "2026-04-17"), NU_SOON);   /* 7 days */
	assert_int_equal(notify_urgency_of("2026-04-25", "2026-04-17"), NU_LATER);  /* 8 days */
	assert_int_equal(notify_urgency_of("2027-01-01", "2026-12-31"), NU_SOON);
	assert_int_equal(notify_urgency_of("", "2026-04-17"), NU_NONE);
	assert_int_equal(notify_urgency_of("2026-02-30", "2026-04-17"), NU_NONE);
	assert_int_equal(notify_urgency_of(NULL, "2026-04-17"), NU_NONE);
	char d[NOTIFY_DATE_SIZE];
	notify_date_add("2026-12-28", 7, d);
	assert_string_equal(d, "2027-01-04");
	notify_date_text("2026-01-31", d);
	assert_string_equal(d, "31-01-2026");
	notify_date_text("", d);
	assert_string_equal(d, "");
}

static struct notify_item make(enum notify_kind kind, int64_t ref, int64_t ref2, const char *who,
			       const char *what, const char *due, int64_t since)
{
	struct notify_item it;
	memset(&it, 0, sizeof it);
	it.kind = kind;
	it.ref_id = ref;
	it.ref2 = ref2;
	snprintf(it.who, sizeof it.who, "%s", who);
	snprintf(it.what, sizeof it.what, "%s", what);
	snprintf(it.due, sizeof it.due, "%s", due);
	it.since = since;
	notify_item_finish(&it, "2026-04-17");
	return it;
}

static void test_item_key_title_link(void **state)
{
	(void)state;
	struct notify_item a = make(NOTIFY_SKP_APPROVE, 12, 0, "Nur Aini, S.E.", "Tahun 2026",
				    "2026-01-31", 5);
	assert_string_equal(a.key, "skp_persetujuan:12");
	assert_string_equal(a.link, "/skp/12");
	assert_string_equal(a.title, "Setujui atau kembalikan SKP Nur Aini, S.E. (Tahun 2026)");
	assert_int_equal(a.urgency, NU_LATE);

	struct notify_item p = make(NOTIFY_ASSESSMENT_ACK, 7, 3, "", "periodik Triwulan I, Tahun 2026",
				    "", 0);
	assert_string_equal(p.link, "/penilaian/7?jenis=periodik&titik=3");
	assert_string_equal(p.key, "penilaian_diketahui:7:3");
	assert_non_null(strstr(p.title, "periodik Triwulan I"));
	struct notify_item t = make(NOTIFY_ASSESSMENT_ACK, 7, 0, "", "tahunan, Tahun 2026", "", 0);
	assert_string_equal(t.link, "/penilaian/7?jenis=tahunan");
	assert_string_not_equal(t.key, p.key);

	struct notify_item r = make(NOTIFY_360_ANSWER, 44, 2, "Dewi", "Putaran Triwulan I",
				    "2026-04-20", 0);
	assert_string_equal(r.link, "/360/tugas/44");
	assert_non_null(strstr(r.title, "untuk Dewi"));
	assert_int_equal(r.urgency, NU_SOON);
	r.seq = 1;   /* a self-assessment names nobody */
	notify_item_finish(&r, "2026-04-17");
	assert_null(strstr(r.title, "Dewi"));

	struct notify_item g1 = make(NOTIFY_GUIDE_ACK, 5, 1, "", "Pedoman", "", 0);
	struct notify_item g2 = make(NOTIFY_GUIDE_ACK, 5, 2, "", "Pedoman", "", 0);
	assert_string_equal(g1.link, "/sosialisasi/5");
	assert_string_not_equal(g1.key, g2.key);   /* a new version waits anew */

	struct notify_item o = make(NOTIFY_OBJECTION_DECIDE, 9, 0, "Siti", "tahunan, Tahun 2026", "", 0);
	assert_string_equal(o.link, "/keberatan/9");
	assert_string_equal(o.key, "keberatan_putus:9");
	struct notify_item c = make(NOTIFY_PLAN_CHECKPOINT, 4, 21, "Retno", "Tahun 2026",
				    "2026-04-17", 0);
	assert_string_equal(c.link, "/pembinaan/rencana/4");
	assert_int_equal(c.urgency, NU_TODAY);
	for (int k = 0; k < NOTIFY__KINDS; k++) {
		assert_true(strlen(notify_kind_name((enum notify_kind)k)) > 0);
		assert_true(strlen(notify_group_label(notify_kind_group((enum notify_kind)k))) > 0);
	}
}

static void test_sort_grouped_then_urgent(void **state)
{
	(void)state;
	struct notify_item v[] = {
		make(NOTIFY_GUIDE_ACK, 1, 1, "", "Panduan", "", 100),
		make(NOTIFY_SKP_APPROVE, 2, 0, "B", "2026", "2026-05-30", 50),     /* later */
		make(NOTIFY_SKP_APPROVE, 3, 0, "C", "2026", "2026-04-10", 10),     /* late */
		make(NOTIFY_360_ANSWER, 4, 1, "D", "Putaran", "2026-04-18", 1),   /* soon */
		make(NOTIFY_SKP_REVISE, 5, 0, "", "2026", "", 300),                /* no due, newest */
		make(NOTIFY_SKP_REVISE, 6, 0, "", "2026", "", 200),
	};
	size_t n = sizeof v / sizeof v[0], count[NG__GROUPS];
	notify_sort(v, n);
	int64_t want[] = { 3, 2, 5, 6, 4, 1 };
	for (size_t i = 0; i < n; i++)
		assert_int_equal(v[i].ref_id, want[i]);
	notify_count_groups(v, n, count);
	assert_int_equal(count[NG_SKP], 4);
	assert_int_equal(count[NG_360], 1);
	assert_int_equal(count[NG_SOSIALISASI], 1);
	assert_int_equal(count[NG_KEBERATAN], 0);
	notify_sort_urgent(v, n);
	assert_int_equal(v[0].ref_id, 3);   /* late */
	assert_int_equal(v[1].ref_id, 4);   /* soon, another group */
	assert_int_equal(v[2].ref_id, 2);   /* later */
	assert_int_equal(v[3].ref_id, 5);   /* no due date: newest first */
}

/* ---- addresses and headers ------------------------------------------------------------------ */

static void test_addresses(void **state)
{
	(void)state;
	char name[NOTIFY_NAME_SIZE], addr[NOTIFY_ADDR_MAX + 1];
	struct kerr err = KERR_INIT;
	assert_true(notify_email_valid("dewi.handayani@asemrowo.surabaya.go.id"));
	assert_false(notify_email_valid("dewi@localhost"));
	assert_false(notify_email_valid("dewi@@x.id"));
	assert_false(notify_email_valid("de wi@x.id"));
	assert_false(notify_email_valid("dewi@x.id>\r\nBcc: a@b.c"));
	assert_false(notify_email_valid("@x.id"));
	assert_false(notify_email_valid("dewi@.x.id"));
	assert_false(notify_email_valid(""));
	assert_int_equal(notify_addr_parse("Kinerja Asemrowo <kinerja@asemrowo.go.id>", name,
					   sizeof name, addr, sizeof addr, "f", &err), 0);
	assert_string_equal(name, "Kinerja Asemrowo");
	assert_string_equal(addr, "kinerja@asemrowo.go.id");
	assert_int_equal(notify_addr_parse("\"Kinerja, Kec.\" <k@a.id>", name, sizeof name, addr,
					   sizeof addr, "f", &err), 0);
	assert_string_equal(name, "Kinerja, Kec.");
	assert_int_equal(notify_addr_parse(" k@a.id ", name, sizeof name, addr, sizeof addr, "f",
					   &err), 0);
	assert_string_equal(name, "");
	assert_string_equal(addr, "k@a.id");
	assert_int_equal(notify_addr_parse("Kinerja <k@a.id", name, sizeof name, addr, sizeof addr,
					   "--smtp-from", &err), -1);
	assert_string_equal(err.field, "--smtp-from");
	kerr_clear(&err);
	assert_int_equal(notify_addr_parse("k@a.id\r\nBcc: x@y.id", name, sizeof name, addr,
					   sizeof addr, "f", &err), -1);
}

static void test_header_ascii_stays_plain(void **state)
{
	(void)state;
	struct strbuf sb = STRBUF_INIT;
	notify_header_text(&sb, "3 pekerjaan menunggu", 9);
	assert_string_equal(sb.buf, "3 pekerjaan menunggu");
	strbuf_reset(&sb);
	notify_header_mailbox(&sb, "Drs. \"Ali\", M.Si.", "ali@a.id", 4);
	assert_string_equal(sb.buf, "\"Drs. \\\"Ali\\\", M.Si.\" <ali@a.id>");
	strbuf_reset(&sb);
	notify_header_mailbox(&sb, "", "ali@a.id", 4);
	assert_string_equal(sb.buf, "ali@a.id");
	strbuf_release(&sb);
}

static void test_header_utf8_encoded_words(void **state)
{
	(void)state;
	/* long, with two- and three-byte characters at every position */
	const char *text = "kinerja \xe2\x80\x94 Penilaian Triwulan I untuk Siti \xc3\x87"
			   "ahyani, Pengelola Kinerja \xe2\x80\x94 s\xc3\xa9""kretariat "
			   "Kecamatan Asemrowo, Kota Surabaya \xe2\x80\x94 2026";
	struct strbuf sb = STRBUF_INIT, back = STRBUF_INIT, line = STRBUF_INIT;
	strbuf_addstr(&sb, "Subject: ");
	notify_header_text(&sb, text, 9);
	strbuf_addstr(&sb, "\r\n");
	assert_null(strstr(sb.buf, "\xe2"));          /* no raw 8-bit byte is left */
	assert_lines(sb.buf, 76);
	assert_non_null(strstr(sb.buf, "\r\n =?UTF-8?B?"));   /* folded */
	header_decode(&back, sb.buf + 9);
	strbuf_rtrim(&back);
	assert_string_equal(back.buf, text);
	strbuf_reset(&sb);
	notify_header_mailbox(&sb, "Siti \xc3\x87""ahyani", "siti@a.id", 4);
	assert_non_null(strstr(sb.buf, "=?UTF-8?B?"));
	assert_non_null(strstr(sb.buf, " <siti@a.id>"));
	strbuf_release(&sb);
	strbuf_release(&back);
	strbuf_release(&line);
}

static void test_date_header_in_wib(void **state)
{
	(void)state;
	char buf[64];
	notify_date_header(buf, sizeof buf, 0);
	assert_string_equal(buf, "Thu, 01 Jan 1970 07:00:00 +0700");
	notify_date_header(buf, sizeof buf, 1775149200);   /* 2026-04-03 00:00 WIB */
	assert_string_equal(buf, "Fri, 03 Apr 2026 00:00:00 +0700");
}

static void test_quoted_printable(void **state)
{
	(void)state;
	struct strbuf sb = STRBUF_INIT, back = STRBUF_INIT;
	char long_line[301];
	memset(long_line, 'x', 300);
	long_line[300] = '\0';
	notify_qp(&sb, "a=b c\nakhir spasi \n\xc3\xa9t\xc3\xa9\n");
	assert_string_equal(sb.buf, "a=3Db c\r\nakhir spasi=20\r\n=C3=A9t=C3=A9\r\n");
	strbuf_reset(&sb);
	strbuf_addstr(&back, long_line);
	strbuf_addstr(&back, "\nhttp://k.test/penilaian/7?jenis=periodik&titik=3\n");
	notify_qp(&sb, back.buf);
	assert_lines(sb.buf, 76);
	strbuf_reset(&back);
	qp_decode(&back, sb.buf);
	assert_non_null(strstr(back.buf, long_line));
	assert_non_null(strstr(back.buf, "?jenis=periodik&titik=3\n"));
	strbuf_release(&sb);
	strbuf_release(&back);
}

/* ---- the digest ---------------------------------------------------------------------------- */

static void test_digest_message(void **state)
{
	(void)state;
	struct notify_item v[] = {
		make(NOTIFY_SKP_APPROVE, 28, 0, "Achmad Priyo", "Tahun 2026", "2026-01-31", 9),
		make(NOTIFY_GUIDE_ACK, 1, 1, "", "Pedoman Penilaian \xe2\x80\x94 2026", "", 8),
	};
	notify_sort(v, 2);
	struct notify_digest d = {
		"Kinerja Asemrowo", "kinerja@asemrowo.go.id", "Hosniyah Pratiwi, S.Sos.",
		"hosniyah@asemrowo.go.id", "https://kinerja.example.go.id", "<1.2.ab@asemrowo.go.id>",
		1775149200, "2026-04-17", v, 2,
	};
	struct strbuf msg = STRBUF_INIT, body = STRBUF_INIT, subject = STRBUF_INIT;
	notify_digest_message(&msg, &d);
	assert_lines(msg.buf, 78);
	const char *sep = strstr(msg.buf, "\r\n\r\n");
	assert_non_null(sep);
	assert_true(!strncmp(msg.buf, "Date: Fri, 03 Apr 2026 00:00:00 +0700\r\n", 39));
	assert_non_null(strstr(msg.buf, "\r\nFrom: \"Kinerja Asemrowo\" <kinerja@asemrowo.go.id>\r\n"));
	assert_non_null(strstr(msg.buf, "\r\nTo: \"Hosniyah Pratiwi, S.Sos.\" "
				       "<hosniyah@asemrowo.go.id>\r\n"));
	assert_non_null(strstr(msg.buf, "\r\nMessage-ID: <1.2.ab@asemrowo.go.id>\r\n"));
	assert_non_null(strstr(msg.buf, "\r\nMIME-Version: 1.0\r\n"));
	assert_non_null(strstr(msg.buf, "\r\nContent-Type: text/plain; charset=UTF-8\r\n"));
	assert_non_null(strstr(msg.buf, "\r\nContent-Transfer-Encoding: quoted-printable\r\n"));
	for (const char *p = msg.buf; p < sep; p++)   /* headers are 7-bit */
		assert_true((unsigned char)*p < 128);
	const char *subj = strstr(msg.buf, "\r\nSubject: ");
	assert_non_null(subj);
	const char *subj_end = strstr(subj + 2, "\r\nMessage-ID");
	struct strbuf raw = STRBUF_INIT;
	strbuf_add(&raw, subj + 11, (size_t)(subj_end - subj - 11));
	header_decode(&subject, raw.buf);
	assert_string_equal(subject.buf, "kinerja \xe2\x80\x94 2 pekerjaan menunggu tindakan Anda");
	qp_decode(&body, sep + 4);
	assert_non_null(strstr(body.buf, "Yth. Hosniyah Pratiwi, S.Sos.,\n"));
	assert_non_null(strstr(body.buf, "Ada 2 pekerjaan"));
	assert_non_null(strstr(body.buf, "\nSKP\n- Setujui atau kembalikan SKP Achmad Priyo (Tahun 2026)\n"
				       "  Batas waktu: 31-01-2026 (Terlambat)\n"
				       "  https://kinerja.example.go.id/skp/28\n"));
	assert_non_null(strstr(body.buf, "\nSosialisasi\n- Baca panduan \"Pedoman Penilaian "
				       "\xe2\x80\x94 2026\" dan nyatakan paham\n"
				       "  https://kinerja.example.go.id/sosialisasi/1\n"));
	assert_non_null(strstr(body.buf, "https://kinerja.example.go.id/notifikasi"));
	assert_true(strstr(body.buf, "\nSKP\n") < strstr(body.buf, "\nSosialisasi\n"));
	strbuf_release(&raw);
	strbuf_release(&msg);
	strbuf_release(&body);
	strbuf_release(&subject);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_urgency_boundaries),
		cmocka_unit_test(test_item_key_title_link),
		cmocka_unit_test(test_sort_grouped_then_urgent),
		cmocka_unit_test(test_addresses),
		cmocka_unit_test(test_header_ascii_stays_plain),
		cmocka_unit_test(test_header_utf8_encoded_words),
		cmocka_unit_test(test_date_header_in_wib),
		cmocka_unit_test(test_quoted_printable),
		cmocka_unit_test(test_digest_message),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
