/*
 * test_briefing.c - unit tests for the briefing rules of
 * domain/briefing.h: the markup renderer (headings, lists, bold, links,
 * and injection: <script>, javascript: links, attribute breakouts, an
 * unclosed bold or link), the quiz in its text form (parsed, formatted
 * back, refused lines), the quiz checks, grading against a pass mark, the
 * coverage percentage, and the names.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "domain/briefing.h"

static char *render(const char *markup)
{
	struct strbuf sb = STRBUF_INIT;
	briefing_render(markup, &sb);
	return strbuf_detach(&sb, NULL);
}

#define ASSERT_RENDERS(markup, expected) do { \
	char *got_ = render(markup); \
	assert_string_equal(got_, expected); \
	free(got_); \
} while (0)

/* ---- the markup ---------------------------------------------------------------------- */

static void test_blocks(void **state)
{
	(void)state;
	ASSERT_RENDERS("# Pokok\n## Rinci\nSatu\ndua\n\nTiga",
		       "<h2 class=\"h5\">Pokok</h2>\n<h3 class=\"h6\">Rinci</h3>\n"
		       "<p>Satu<br>\ndua</p>\n<p>Tiga</p>\n");
	ASSERT_RENDERS("- a\n* b\n1. c\n2. d\nakhir",
		       "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol>\n<li>c</li>\n<li>d</li>\n</ol>\n"
		       "<p>akhir</p>\n");
	ASSERT_RENDERS("", "");
	ASSERT_RENDERS("baris\r\n\r\n", "<p>baris</p>\n");
	ASSERT_RENDERS("#tanpa spasi", "<p>#tanpa spasi</p>\n");
}

static void test_inline(void **state)
{
	(void)state;
	ASSERT_RENDERS("ini **penting** sekali", "<p>ini <strong>penting</strong> sekali</p>\n");
	ASSERT_RENDERS("lihat [juknis](https://bkn.go.id/a?b=1&c=2)",
		       "<p>lihat <a href=\"https://bkn.go.id/a?b=1&amp;c=2\" "
		       "rel=\"noopener noreferrer\">juknis</a></p>\n");
	ASSERT_RENDERS("[Penilaian](/penilaian)",
		       "<p><a href=\"/penilaian\" rel=\"noopener noreferrer\">Penilaian</a></p>\n");
	ASSERT_RENDERS("[surel](mailto:bkd@surabaya.go.id)",
		       "<p><a href=\"mailto:bkd@surabaya.go.id\" rel=\"noopener noreferrer\">surel</a>"
		       "</p>\n");
	ASSERT_RENDERS("- **[tebal](/a)**",
		       "<ul>\n<li><strong><a href=\"/a\" rel=\"noopener noreferrer\">tebal</a>"
		       "</strong></li>\n</ul>\n");
}

static void test_injection_is_text(void **state)
{
	(void)state;
	ASSERT_RENDERS("<script>alert(1)</script>",
		       "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
	ASSERT_RENDERS("# <img src=x onerror=alert(1)>",
		       "<h2 class=\"h5\">&lt;img src=x onerror=alert(1)&gt;</h2>\n");
	ASSERT_RENDERS("**<b>**", "<p><strong>&lt;b&gt;</strong></p>\n");
	ASSERT_RENDERS("Tom & \"Jerry\" 'x'", "<p>Tom &amp; &quot;Jerry&quot; &#39;x&#39;</p>\n");
}

static void test_bad_links_stay_text(void **state)
{
	(void)state;
	ASSERT_RENDERS("[klik](javascript:alert(1))", "<p>[klik](javascript:alert(1))</p>\n");
	ASSERT_RENDERS("[klik](JAVASCRIPT:alert(1))", "<p>[klik](JAVASCRIPT:alert(1))</p>\n");
	ASSERT_RENDERS("[x](https://a.b/\" onmouseover=\"alert(1))",
		       "<p>[x](https://a.b/&quot; onmouseover=&quot;alert(1))</p>\n");
	ASSERT_RENDERS("[x](//evil.example/a)", "<p>[x](//evil.example/a)</p>\n");
	ASSERT_RENDERS("[x](data:text/html,<b>)", "<p>[x](data:text/html,&lt;b&gt;)</p>\n");
	ASSERT_RENDERS("[x](https://a.b/'x')", "<p>[x](https://a.b/&#39;x&#39;)</p>\n");
	ASSERT_RENDERS("[<b>](https://a.b)",
		       "<p><a href=\"https://a.b\" rel=\"noopener noreferrer\">&lt;b&gt;</a></p>\n");
	assert_false(briefing_link_ok("https://", 8));
	assert_false(briefing_link_ok("/a b", 4));
	assert_true(briefing_link_ok("/", 1));
}

static void test_unclosed_markup(void **state)
{
	(void)state;
	ASSERT_RENDERS("**setengah", "<p>**setengah</p>\n");
	ASSERT_RENDERS("[tanpa tutup](https://a.b", "<p>[tanpa tutup](https://a.b</p>\n");
	ASSERT_RENDERS("a ** b ** c **", "<p>a <strong> b </strong> c **</p>\n");
	ASSERT_RENDERS("[](https://a.b)", "<p>[](https://a.b)</p>\n");
}

/* ---- the quiz ------------------------------------------------------------------------------ */

static const char QUIZ_TEXT[] =
	"? Berapa hari batas keberatan?\n"
	"- 7 hari\n"
	"* 14 hari\n"
	"\n"
	"  ?  Siapa pejabat penilai?  \n"
	"* Atasan langsung\n"
	"- Camat\n";

static void test_quiz_parse_and_format(void **state)
{
	(void)state;
	struct briefing_quiz q;
	struct kerr err = KERR_INIT;
	struct strbuf sb = STRBUF_INIT;
	assert_int_equal(briefing_quiz_parse(QUIZ_TEXT, &q, &err), 0);
	assert_int_equal(q.n, 2);
	assert_string_equal(q.q[0].text, "Berapa hari batas keberatan?");
	assert_int_equal(q.q[0].nchoices, 2);
	assert_int_equal(q.q[0].answer, 1);
	assert_string_equal(q.q[1].text, "Siapa pejabat penilai?");
	assert_int_equal(q.q[1].answer, 0);
	assert_int_equal(briefing_quiz_check(&q, &err), 0);
	briefing_quiz_format(&q, &sb);
	assert_string_equal(sb.buf, "? Berapa hari batas keberatan?\n- 7 hari\n* 14 hari\n\n"
			    "? Siapa pejabat penilai?\n* Atasan langsung\n- Camat\n");
	struct briefing_quiz back;
	assert_int_equal(briefing_quiz_parse(sb.buf, &back, &err), 0);
	assert_true(briefing_quiz_equal(&q, &back));
	back.q[1].answer = 1;
	assert_false(briefing_quiz_equal(&q, &back));
	briefing_quiz_release(&back);
	briefing_quiz_release(&q);
	strbuf_release(&sb);
	assert_int_equal(briefing_quiz_parse("", &q, &err), 0);
	assert_int_equal(q.n, 0);
}

static void expect_quiz_refused(const char *text, const char *field, const char *words)
{
	struct briefing_quiz q;
	struct kerr err = KERR_INIT;
	int rc = briefing_quiz_parse(text, &q, &err);
	if (!rc) {
		rc = briefing_quiz_check(&q, &err);
		briefing_quiz_release(&q);
	}
	assert_int_equal(rc, -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.field, field);
	assert_non_null(strstr(err.msg, words));
}

static void test_quiz_refusals(void **state)
{
	(void)state;
	expect_quiz_refused("- pilihan tanpa pertanyaan\n", "kuis", "baris 1");
	expect_quiz_refused("? Q\nteks lepas\n", "kuis", "baris 2");
	expect_quiz_refused("? Q\n- a\n- b\n", "kuis", "tepat satu");
	expect_quiz_refused("? Q\n* a\n* b\n* c\n", "kuis", "tepat satu");
	expect_quiz_refused("? Q\n* a\n", "kuis", "2 sampai 6");
	expect_quiz_refused("? Q\n* a\n- a\n", "kuis", "sama");
	expect_quiz_refused("? Q\n* a\n- b\n- c\n- d\n- e\n- f\n- g\n", "kuis", "2 sampai 6");
	struct strbuf many = STRBUF_INIT;
	for (int i = 0; i < 11; i++)
		strbuf_addf(&many, "? Q%d\n* a\n- b\n", i);
	expect_quiz_refused(many.buf, "kuis", "paling banyak 10");
	strbuf_release(&many);

	struct briefing_quiz q;
	struct kerr err = KERR_INIT;
	assert_int_equal(briefing_quiz_parse("? Q\n* a\n- b\n", &q, &err), 0);
	q.pass_mark = 2;
	assert_int_equal(briefing_quiz_check(&q, &err), -1);
	assert_string_equal(err.field, "lulus_minimal");
	briefing_quiz_release(&q);
}

static void test_grading(void **state)
{
	(void)state;
	struct briefing_quiz q;
	struct briefing_grade g;
	struct kerr err = KERR_INIT;
	assert_int_equal(briefing_quiz_parse("? A\n* 1\n- 2\n? B\n- 1\n* 2\n? C\n* 1\n- 2\n- 3\n",
					     &q, &err), 0);
	/* no pass mark: every answer right */
	int all[] = { 0, 1, 0 }, two[] = { 0, 1, 2 }, none[] = { 1, 0, 1 };
	assert_int_equal(briefing_quiz_grade(&q, all, 3, &g, &err), 0);
	assert_true(g.passed);
	assert_int_equal(g.correct, 3);
	assert_int_equal(g.needed, 3);
	assert_int_equal(briefing_quiz_grade(&q, two, 3, &g, &err), 0);
	assert_false(g.passed);
	assert_int_equal(g.wrong, 1u << 2);
	/* pass mark 2 of 3 */
	q.pass_mark = 2;
	assert_int_equal(briefing_quiz_grade(&q, two, 3, &g, &err), 0);
	assert_true(g.passed);
	assert_int_equal(g.needed, 2);
	assert_int_equal(briefing_quiz_grade(&q, none, 3, &g, &err), 0);
	assert_false(g.passed);
	assert_int_equal(g.correct, 0);
	assert_int_equal(g.wrong, 7u);
	/* malformed answers are refused, nothing graded */
	int out_of_range[] = { 0, 1, 3 };
	assert_int_equal(briefing_quiz_grade(&q, out_of_range, 3, &g, &err), -1);
	assert_string_equal(err.field, "jawaban");
	assert_non_null(strstr(err.msg, "Pertanyaan 3"));
	kerr_clear(&err);
	assert_int_equal(briefing_quiz_grade(&q, all, 2, &g, &err), -1);
	assert_string_equal(err.field, "jawaban");
	briefing_quiz_release(&q);
}

/* ---- texts, coverage, names ------------------------------------------------------------------ */

static void test_texts(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	assert_int_equal(briefing_title_check("Panduan SKP 2026", &err), 0);
	assert_int_equal(briefing_title_check("  ", &err), -1);
	assert_string_equal(err.field, "judul");
	kerr_clear(&err);
	assert_int_equal(briefing_title_check("dua\nbaris", &err), -1);
	kerr_clear(&err);
	assert_int_equal(briefing_body_check("baris\nbaris", &err), 0);
	assert_int_equal(briefing_body_check("", &err), -1);
	assert_string_equal(err.field, "isi");
}

static void test_percentage(void **state)
{
	(void)state;
	char t[16];
	assert_int_equal(briefing_permille(5, 8), 625);
	assert_int_equal(briefing_permille(1, 3), 333);
	assert_int_equal(briefing_permille(2, 3), 667);
	assert_int_equal(briefing_permille(0, 0), 0);
	assert_int_equal(briefing_permille(7, 7), 1000);
	assert_int_equal(briefing_permille(1, 80), 13);   /* 1.25% rounds half up */
	briefing_percent_text(625, t, sizeof t);
	assert_string_equal(t, "62,5%");
	briefing_percent_text(1000, t, sizeof t);
	assert_string_equal(t, "100%");
}

static void test_names(void **state)
{
	(void)state;
	enum briefing_kind k;
	enum briefing_state s;
	for (int i = 0; i < BRIEF__KINDS; i++) {
		assert_int_equal(briefing_kind_parse(briefing_kind_name((enum briefing_kind)i), &k), 0);
		assert_int_equal(k, i);
	}
	for (int i = 0; i < BRIEF__STATES; i++) {
		assert_int_equal(briefing_state_parse(briefing_state_name((enum briefing_state)i), &s), 0);
		assert_int_equal(s, i);
	}
	assert_int_equal(briefing_kind_parse("surat", &k), -1);
	assert_int_equal(briefing_state_parse(NULL, &s), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_blocks),
		cmocka_unit_test(test_inline),
		cmocka_unit_test(test_injection_is_text),
		cmocka_unit_test(test_bad_links_stay_text),
		cmocka_unit_test(test_unclosed_markup),
		cmocka_unit_test(test_quiz_parse_and_format),
		cmocka_unit_test(test_quiz_refusals),
		cmocka_unit_test(test_grading),
		cmocka_unit_test(test_texts),
		cmocka_unit_test(test_percentage),
		cmocka_unit_test(test_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
