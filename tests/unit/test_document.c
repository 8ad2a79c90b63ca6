/*
 * test_document.c - unit tests for the rules of the official documents in
 * domain/document.h: which logo is accepted (type, size, empty), file
 * names made safe, dates and periods in words (leap years, a period over
 * two years, bad dates), names with titles, the pangkat line of PNS and
 * PPPK golongan, an indicator's target and realisasi as printed, and the
 * sentence that explains the predicate from the matrix.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "domain/document.h"

static void test_logo_check(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	assert_int_equal(document_logo_check("image/png", 1000, &err), 0);
	assert_int_equal(document_logo_check("image/jpeg", DOCUMENT_LOGO_MAX, &err), 0);
	assert_int_equal(document_logo_check("image/gif", 1000, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.field, "logo");
	assert_non_null(strstr(err.msg, "image/gif"));
	kerr_clear(&err);
	assert_int_equal(document_logo_check("image/png", DOCUMENT_LOGO_MAX + 1, &err), -1);
	assert_string_equal(err.field, "logo");
	assert_non_null(strstr(err.msg, "512 KB"));
	kerr_clear(&err);
	assert_int_equal(document_logo_check("image/png", 0, &err), -1);
	kerr_clear(&err);
	assert_int_equal(document_logo_check(NULL, 10, &err), -1);
	assert_non_null(strstr(err.msg, "tidak dikenali"));
}

static void test_filename(void **state)
{
	(void)state;
	char out[128];
	document_filename(out, sizeof out, "evaluasi", "199001012020011001", "2026 Triwulan I");
	assert_string_equal(out, "evaluasi-199001012020011001-2026-triwulan-i.pdf");
	document_filename(out, sizeof out, "tpp", "19900101", "Juli 2026 / \"draf\"");
	assert_string_equal(out, "tpp-19900101-juli-2026-draf.pdf");
	document_filename(out, sizeof out, "skp", "", "");
	assert_string_equal(out, "skp.pdf");
	document_filename(out, sizeof out, "", NULL, "../..");
	assert_string_equal(out, "dokumen.pdf");
	document_filename(out, sizeof out, "keputusan-keberatan", "1", "7");
	assert_string_equal(out, "keputusan-keberatan-1-7.pdf");
}

static void test_dates(void **state)
{
	(void)state;
	char out[80];
	assert_int_equal(document_date_words("2026-01-01", out, sizeof out), 0);
	assert_string_equal(out, "1 Januari 2026");
	assert_int_equal(document_date_words("2028-02-29", out, sizeof out), 0);
	assert_string_equal(out, "29 Februari 2028");
	assert_int_equal(document_date_words("2026-02-29", out, sizeof out), -1);
	assert_string_equal(out, "-");
	assert_int_equal(document_date_words("kemarin", out, sizeof out), -1);
	document_range("2026-01-01", "2026-03-31", out, sizeof out);
	assert_string_equal(out, "1 Januari sd 31 Maret Tahun 2026");
	document_range("2025-07-01", "2026-06-30", out, sizeof out);
	assert_string_equal(out, "1 Juli 2025 sd 30 Juni 2026");
	document_range("2026-13-01", "2026-06-30", out, sizeof out);
	assert_string_equal(out, "-");
}

static void test_names_and_pangkat(void **state)
{
	(void)state;
	char out[200];
	document_person_name("Dr.", "Siti Aminah", "S.Sos., M.Si.", out, sizeof out);
	assert_string_equal(out, "Dr. Siti Aminah, S.Sos., M.Si.");
	document_person_name("", "Budi", "", out, sizeof out);
	assert_string_equal(out, "Budi");
	document_pangkat("III/b", out, sizeof out);
	assert_string_equal(out, "Penata Muda Tk I, III/b");
	document_pangkat("IV/e", out, sizeof out);
	assert_string_equal(out, "Pembina Utama, IV/e");
	document_pangkat("IX", out, sizeof out);
	assert_string_equal(out, "Golongan IX (PPPK)");
	document_pangkat("", out, sizeof out);
	assert_string_equal(out, "-");
	document_pangkat("Z/z", out, sizeof out);
	assert_string_equal(out, "Z/z");
}

static void test_target_and_realisasi(void **state)
{
	(void)state;
	char out[200];
	struct iki k;
	memset(&k, 0, sizeof k);
	strcpy(k.target_min, "95");
	strcpy(k.unit_label, "%");
	strcpy(k.direction, "naik");
	document_target(&k, 0, out, sizeof out);
	assert_string_equal(out, "95%");
	strcpy(k.target_min, "3");
	strcpy(k.target_max, "5");
	strcpy(k.unit_label, "hari");
	document_target(&k, 0, out, sizeof out);
	assert_string_equal(out, "3 - 5 hari");
	k.target_max[0] = '\0';
	strcpy(k.direction, "turun");
	document_target(&k, 0, out, sizeof out);
	assert_string_equal(out, "maks. 3 hari");
	char words[] = "Laporan diterima tanpa revisi";
	k.target_text = words;
	document_target(&k, 1, out, sizeof out);
	assert_string_equal(out, "Laporan diterima tanpa revisi");
	k.target_text = NULL;
	k.target_min[0] = '\0';
	document_target(&k, 0, out, sizeof out);
	assert_string_equal(out, "-");
	document_realisasi("450", "dokumen", NULL, out, sizeof out);
	assert_string_equal(out, "450 dokumen");
	document_realisasi("97.5", "%", "Semua berkas", out, sizeof out);
	assert_string_equal(out, "97.5%: Semua berkas");
	document_realisasi("", "dokumen", "Tuntas", out, sizeof out);
	assert_string_equal(out, "Tuntas");
	document_realisasi("", "", "", out, sizeof out);
	assert_string_equal(out, "-");
	assert_string_equal(document_aspect_label("kuantitas"), "Kuantitas");
	assert_string_equal(document_aspect_label("lain"), "lain");
	assert_string_equal(document_aspect_label(""), "-");
}

static void test_predicate_reason(void **state)
{
	(void)state;
	char out[600];
	document_predicate_reason(RATING_SESUAI, RATING_DI_ATAS, 0, out, sizeof out);
	assert_non_null(strstr(out, "Rating hasil kerja Sesuai Ekspektasi dan rating perilaku kerja "
				    "Di Atas Ekspektasi bertemu pada sel Baik"));
	document_predicate_reason(RATING_DI_ATAS, RATING_DI_ATAS, 0, out, sizeof out);
	assert_non_null(strstr(out, "sel Sangat Baik"));
	document_predicate_reason(RATING_DI_BAWAH, RATING_SESUAI, 1, out, sizeof out);
	assert_non_null(strstr(out, "kepala unit"));
	assert_non_null(strstr(out, "sel Butuh Perbaikan"));
	document_predicate_reason(RATING_DI_ATAS, RATING_DI_BAWAH, 0, out, sizeof out);
	assert_non_null(strstr(out, "sel Kurang/Misconduct"));
	document_predicate_reason(RATING__LEVELS, RATING_SESUAI, 0, out, sizeof out);
	assert_non_null(strstr(out, "Belum ada predikat"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_logo_check),
		cmocka_unit_test(test_filename),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_names_and_pangkat),
		cmocka_unit_test(test_target_and_realisasi),
		cmocka_unit_test(test_predicate_reason),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
