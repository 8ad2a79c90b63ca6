/*
 * test_bulk.c - unit tests for the rules of bulk documents of
 * domain/bulk.h: the names of kinds, formats and states, why a person's
 * document is left out, the size limit and its message, a job whose
 * server died showing as failed, how long a file is kept, the progress
 * figures and when they are written, and the names of the files.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "domain/bulk.h"

static void test_names_round_trip(void **state)
{
	(void)state;
	enum bulk_kind k;
	enum bulk_format f;
	enum bulk_state s;
	for (int i = 0; i < BULK__KINDS; i++) {
		assert_int_equal(bulk_kind_parse(bulk_kind_name((enum bulk_kind)i), &k), 0);
		assert_int_equal(k, i);
	}
	for (int i = 0; i < BULK__FORMATS; i++) {
		assert_int_equal(bulk_format_parse(bulk_format_name((enum bulk_format)i), &f), 0);
		assert_int_equal(f, i);
	}
	for (int i = 0; i < BULK__STATES; i++) {
		assert_int_equal(bulk_state_parse(bulk_state_name((enum bulk_state)i), &s), 0);
		assert_int_equal(s, i);
	}
	assert_string_equal(bulk_kind_name(BULK_EVALUASI), "evaluasi");
	assert_string_equal(bulk_format_name(BULK_PDF), "pdf");
	assert_string_equal(bulk_state_name(BULK_BERJALAN), "berjalan");
	assert_int_equal(bulk_kind_parse("SKP", &k), -1);
	assert_int_equal(bulk_kind_parse("", &k), -1);
	assert_int_equal(bulk_kind_parse(NULL, &k), -1);
	assert_int_equal(bulk_format_parse("docx", &f), -1);
	assert_int_equal(bulk_state_parse("batal", &s), -1);
	assert_string_equal(bulk_kind_name((enum bulk_kind)7), "");
}

static void test_skp_needs_only_an_skp(void **state)
{
	(void)state;
	struct bulk_candidate none = { 0, 0, 0 }, plain = { 1, 0, 0 };
	assert_int_equal(bulk_gap_of(BULK_SKP, &none), BULK_GAP_NO_SKP);
	assert_int_equal(bulk_gap_of(BULK_SKP, &plain), BULK_GAP_NONE);
}

static void test_evaluation_needs_a_final_assessment(void **state)
{
	(void)state;
	struct bulk_candidate none = { 0, 0, 0 }, unrated = { 1, 0, 0 }, draft = { 1, 1, 0 },
			      final = { 1, 1, 1 };
	assert_int_equal(bulk_gap_of(BULK_EVALUASI, &none), BULK_GAP_NO_SKP);
	assert_int_equal(bulk_gap_of(BULK_EVALUASI, &unrated), BULK_GAP_NOT_RATED);
	assert_int_equal(bulk_gap_of(BULK_EVALUASI, &draft), BULK_GAP_DRAFT);
	assert_int_equal(bulk_gap_of(BULK_EVALUASI, &final), BULK_GAP_NONE);
	assert_string_equal(bulk_gap_text(BULK_GAP_NONE), "");
	assert_non_null(strstr(bulk_gap_text(BULK_GAP_NO_SKP), "SKP"));
	assert_non_null(strstr(bulk_gap_text(BULK_GAP_DRAFT), "draf"));
}

static void test_size_limit_names_count_and_limit(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	assert_int_equal(bulk_check_size(10, 10, &err), 0);
	assert_int_equal(bulk_check_size(1, 2000, &err), 0);
	assert_int_equal(bulk_check_size(11, 10, &err), -1);
	assert_int_equal(err.code, KERR_TOO_LARGE);
	assert_string_equal(err.field, "unit_id");
	assert_non_null(strstr(err.msg, "11 dokumen"));
	assert_non_null(strstr(err.msg, "batas 10"));
	assert_non_null(strstr(err.msg, "bulk_max_docs"));
	kerr_clear(&err);
	assert_int_equal(bulk_check_size(0, 10, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.field, "unit_id");
}

static void test_running_job_not_updated_shows_failed(void **state)
{
	(void)state;
	int64_t now = 1790000000;
	assert_int_equal(bulk_state_seen(BULK_BERJALAN, now - BULK_STALE_SECS, now), BULK_BERJALAN);
	assert_int_equal(bulk_state_seen(BULK_BERJALAN, now - BULK_STALE_SECS - 1, now), BULK_GAGAL);
	assert_int_equal(bulk_state_seen(BULK_BERJALAN, now - 5, now), BULK_BERJALAN);
	/* a waiting job is taken up by any server's worker: never stale */
	assert_int_equal(bulk_state_seen(BULK_MENUNGGU, now - 86400, now), BULK_MENUNGGU);
	assert_int_equal(bulk_state_seen(BULK_SELESAI, now - 86400, now), BULK_SELESAI);
}

static void test_file_kept_for_a_day(void **state)
{
	(void)state;
	int64_t done = 1790000000;
	assert_int_equal(bulk_file_expired(done, done + BULK_KEEP_SECS - 1), 0);
	assert_int_equal(bulk_file_expired(done, done + BULK_KEEP_SECS), 1);
	assert_int_equal(bulk_file_expired(0, done), 0);
	assert_int_equal(BULK_KEEP_SECS, 24 * 3600);
}

static void test_progress_figures(void **state)
{
	(void)state;
	assert_int_equal(bulk_percent(0, 80), 0);
	assert_int_equal(bulk_percent(12, 80), 15);
	assert_int_equal(bulk_percent(79, 80), 98);
	assert_int_equal(bulk_percent(80, 80), 100);
	assert_int_equal(bulk_percent(1, 3), 33);
	assert_int_equal(bulk_percent(0, 0), 100);
}

static void test_progress_written_every_few_documents_and_at_the_end(void **state)
{
	(void)state;
	int writes = 0;
	for (int64_t done = 1; done <= 12; done++)
		writes += bulk_report_due(done, 12);
	/* after 5, 10 and the last */
	assert_int_equal(writes, 3);
	assert_int_equal(bulk_report_due(12, 12), 1);
	assert_int_equal(bulk_report_due(BULK_PROGRESS_EVERY, 100), 1);
	assert_int_equal(bulk_report_due(BULK_PROGRESS_EVERY + 1, 100), 0);
}

static void test_entry_names_by_nip_and_name(void **state)
{
	(void)state;
	char out[120];
	bulk_entry_name("199001012020011001", "Siti Aminah", 1, out, sizeof out);
	assert_string_equal(out, "199001012020011001-Siti_Aminah.pdf");
	bulk_entry_name("199001012020011001", "Ni Luh Putu  Ayu' (Ayu)", 2, out, sizeof out);
	assert_string_equal(out, "199001012020011001-Ni_Luh_Putu_Ayu_Ayu-2.pdf");
	bulk_entry_name("198803022014112370", "Dewi Rosé/../x", 1, out, sizeof out);
	assert_string_equal(out, "198803022014112370-Dewi_Ros_x.pdf");
	char tiny[12];
	bulk_entry_name("199001012020011001", "Siti", 1, tiny, sizeof tiny);
	assert_true(strlen(tiny) < sizeof tiny);
}

static void test_archive_names(void **state)
{
	(void)state;
	char out[120];
	bulk_file_name(BULK_SKP, "Triwulan I", "ASM-GTK", 2026, BULK_ZIP, out, sizeof out);
	assert_string_equal(out, "skp-ASM-GTK-2026.zip");
	bulk_file_name(BULK_EVALUASI, "Triwulan III", "ASM-GTK", 2026, BULK_PDF, out, sizeof out);
	assert_string_equal(out, "evaluasi-triwulan-iii-ASM-GTK-2026.pdf");
	bulk_file_name(BULK_EVALUASI, "", "ASM", 2026, BULK_ZIP, out, sizeof out);
	assert_string_equal(out, "evaluasi-tahunan-ASM-2026.zip");
	bulk_file_name(BULK_EVALUASI, NULL, "A/B C", 2027, BULK_ZIP, out, sizeof out);
	assert_string_equal(out, "evaluasi-tahunan-A-B-C-2027.zip");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names_round_trip),
		cmocka_unit_test(test_skp_needs_only_an_skp),
		cmocka_unit_test(test_evaluation_needs_a_final_assessment),
		cmocka_unit_test(test_size_limit_names_count_and_limit),
		cmocka_unit_test(test_running_job_not_updated_shows_failed),
		cmocka_unit_test(test_file_kept_for_a_day),
		cmocka_unit_test(test_progress_figures),
		cmocka_unit_test(test_progress_written_every_few_documents_and_at_the_end),
		cmocka_unit_test(test_entry_names_by_nip_and_name),
		cmocka_unit_test(test_archive_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
