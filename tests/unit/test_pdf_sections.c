/*
 * test_pdf_sections.c - unit tests for the PDF layer's numbering of
 * several documents in one PDF (doc/pdf.h): each document begun with
 * pdf_document_begin numbers its pages on its own ("Halaman 2 dari 2"),
 * a PDF without documents numbers all its pages, and numbering twice
 * writes each number once.  The text is read back with poppler-utils'
 * pdftotext; a table row longer than a page goes on over the next one.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc/pdf.h"

/* The text of the PDF's bytes (pdftotext), malloc'ed. */
static char *text_of(const struct strbuf *pdf)
{
	char path[] = "/tmp/kinerja-pdf-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, pdf->buf, pdf->len), (ssize_t)pdf->len);
	close(fd);
	char cmd[128];
	snprintf(cmd, sizeof cmd, "pdftotext -q %s -", path);
	FILE *p = popen(cmd, "r");
	assert_non_null(p);
	struct strbuf out = STRBUF_INIT;
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, p)) > 0)
		strbuf_add(&out, buf, n);
	pclose(p);
	unlink(path);
	return strbuf_detach(&out, NULL);
}

static int count(const char *hay, const char *needle)
{
	int n = 0;
	for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

static void document(struct pdf_doc *d, int pages, const char *title)
{
	pdf_document_begin(d);
	for (int i = 0; i < pages; i++) {
		pdf_page(d);
		pdf_para(d, title, PDF_BOLD, 12, PDF_LEFT);
	}
}

static void test_each_document_numbered_on_its_own(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	struct strbuf pdf = STRBUF_INIT;
	struct pdf_doc *d = pdf_new(PDF_PORTRAIT, &err);
	assert_non_null(d);
	document(d, 3, "Dokumen A");
	document(d, 2, "Dokumen B");
	document(d, 1, "Dokumen C");
	assert_int_equal(pdf_page_count(d), 6);
	pdf_page_numbers(d);            /* again in pdf_save: no second number */
	assert_int_equal(pdf_save(d, &pdf, &err), 0);
	pdf_free(d);
	char *t = text_of(&pdf);
	assert_int_equal(count(t, "Halaman 1 dari 3"), 1);
	assert_int_equal(count(t, "Halaman 3 dari 3"), 1);
	assert_int_equal(count(t, "Halaman 2 dari 2"), 1);
	assert_int_equal(count(t, "Halaman 1 dari 1"), 1);
	assert_int_equal(count(t, "Halaman"), 6);
	assert_null(strstr(t, "dari 6"));
	free(t);
	strbuf_release(&pdf);
}

static void test_without_documents_all_pages_count(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	struct strbuf pdf = STRBUF_INIT;
	struct pdf_doc *d = pdf_new(PDF_PORTRAIT, &err);
	for (int i = 0; i < 2; i++)
		pdf_page(d);
	pdf_page_numbers(d);
	assert_int_equal(pdf_save(d, &pdf, &err), 0);
	pdf_free(d);
	char *t = text_of(&pdf);
	assert_int_equal(count(t, "dari 2"), 2);
	free(t);
	strbuf_release(&pdf);
}

static void test_long_row_goes_over_pages(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	struct strbuf pdf = STRBUF_INIT, longtext = STRBUF_INIT;
	struct pdf_doc *d = pdf_new(PDF_PORTRAIT, &err);
	for (int i = 1; i <= 120; i++)
		strbuf_addf(&longtext, "baris-%d\n", i);
	strbuf_addstr(&longtext, "https://contoh.go.id/sebuah/tautan/yang/sangat/panjang/tanpa/spasi/"
			      "sama/sekali/sehingga/harus/dipotong/di/tengah");
	float w[2] = { 100, 300 };
	struct pdf_cell c[2] = { { "1", PDF_REGULAR, PDF_LEFT }, { longtext.buf, PDF_REGULAR, PDF_LEFT } };
	pdf_document_begin(d);
	pdf_page(d);
	assert_int_equal(pdf_row(d, w, c, 2, 8), 1);
	assert_true(pdf_page_count(d) >= 2);
	assert_int_equal(pdf_save(d, &pdf, &err), 0);
	pdf_free(d);
	char *t = text_of(&pdf);
	assert_non_null(strstr(t, "baris-1\n"));
	assert_non_null(strstr(t, "baris-120"));
	assert_non_null(strstr(t, "Halaman 2 dari 2"));
	free(t);
	strbuf_release(&pdf);
	strbuf_release(&longtext);
}

static void test_image_check(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	static const unsigned char broken[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13,
						'I', 'H', 'D', 'R', 0, 0, 0, 8, 0, 0, 0, 8, 8, 2, 0, 0,
						0, 'x', 'y', 'z', 'w' };
	assert_int_equal(pdf_image_check(broken, sizeof broken, "logo", &err), -1);
	assert_string_equal(err.field, "logo");
	kerr_clear(&err);
	assert_int_equal(pdf_image_check("GIF89a", 6, "logo", &err), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_document_numbered_on_its_own),
		cmocka_unit_test(test_without_documents_all_pages_count),
		cmocka_unit_test(test_long_row_goes_over_pages),
		cmocka_unit_test(test_image_check),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
