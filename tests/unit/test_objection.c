/*
 * test_objection.c - unit tests for the objection rules of
 * domain/objection.h: the state and decision names, when a case may be
 * decided, the deadline counted in WIB calendar days (the last day still
 * counts, the day after does not, and the message names the last day),
 * the range of the setting and the check on a text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "domain/objection.h"

#define DAY 86400
/* 2026-04-03 00:00 WIB (2026-04-02 17:00 UTC) */
#define APRIL3_WIB 1775149200

static void test_names_round_trip(void **state)
{
	(void)state;
	enum objection_state s;
	enum objection_decision d;
	for (int i = 0; i < OBJ__STATES; i++) {
		assert_int_equal(objection_state_parse(objection_state_name((enum objection_state)i), &s), 0);
		assert_int_equal(s, i);
	}
	assert_int_equal(objection_state_parse("ditolak", &s), -1);
	assert_int_equal(objection_state_parse(NULL, &s), -1);
	assert_int_equal(objection_decision_parse("tetap", &d), 0);
	assert_int_equal(d, OBJ_TETAP);
	assert_int_equal(objection_decision_parse("diubah", &d), 0);
	assert_int_equal(d, OBJ_DIUBAH);
	assert_int_equal(objection_decision_parse("", &d), -1);
	assert_int_equal(objection_decision_parse("batal", &d), -1);
	assert_string_equal(objection_decision_name(OBJ_UNDECIDED), "");
}

static void test_decidable_once_the_explanation_was_asked(void **state)
{
	(void)state;
	assert_false(objection_decidable(OBJ_DIAJUKAN));
	assert_true(objection_decidable(OBJ_PENJELASAN_DIMINTA));
	assert_true(objection_decidable(OBJ_DIJELASKAN));
	assert_false(objection_decidable(OBJ_DIPUTUS));
}

static void test_wib_day_turns_at_midnight_wib(void **state)
{
	(void)state;
	char text[16];
	assert_int_equal(wib_day(APRIL3_WIB) - wib_day(APRIL3_WIB - 1), 1);
	wib_day_text(wib_day(APRIL3_WIB), text, sizeof text);
	assert_string_equal(text, "03-04-2026");
	wib_day_text(wib_day(APRIL3_WIB - 1), text, sizeof text);
	assert_string_equal(text, "02-04-2026");
	assert_int_equal(wib_day(0), 0);
	assert_int_equal(wib_day(-7 * 3600 - 1), -1);
}

static void test_last_day_counts_calendar_days(void **state)
{
	(void)state;
	char text[16];
	/* finalised late in the evening of 3 April: 14 days end on 17 April */
	int64_t fin = APRIL3_WIB + 23 * 3600;
	wib_day_text(objection_last_day(fin, 14), text, sizeof text);
	assert_string_equal(text, "17-04-2026");
	struct kerr err = KERR_INIT;
	int64_t last_moment = APRIL3_WIB + 15 * DAY - 1;   /* 17 April 23:59:59 WIB */
	assert_int_equal(objection_deadline_check(fin, 14, last_moment, &err), 0);
	assert_int_equal(objection_deadline_check(fin, 14, last_moment + 1, &err), -1);
	assert_int_equal(err.code, KERR_CONFLICT);
	assert_string_equal(err.field, "batas_waktu");
	assert_non_null(strstr(err.msg, "17-04-2026"));
	assert_non_null(strstr(err.msg, "14 hari"));
}

static void test_days_setting_range(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	assert_int_equal(objection_days_check(1, &err), 0);
	assert_int_equal(objection_days_check(90, &err), 0);
	assert_int_equal(objection_days_check(0, &err), -1);
	assert_string_equal(err.field, OBJECTION_DAYS_KEY);
	kerr_clear(&err);
	assert_int_equal(objection_days_check(91, &err), -1);
}

static void test_texts_are_required_and_bounded(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	char long_text[OBJECTION_TEXT_MAX + 2];
	assert_int_equal(objection_text_check("Baris satu\nbaris dua", "alasan", "Alasan", &err), 0);
	assert_int_equal(objection_text_check(" \n ", "alasan", "Alasan", &err), -1);
	assert_string_equal(err.field, "alasan");
	kerr_clear(&err);
	assert_int_equal(objection_text_check(NULL, "alasan", "Alasan", &err), -1);
	kerr_clear(&err);
	memset(long_text, 'a', sizeof long_text - 1);
	long_text[sizeof long_text - 1] = '\0';
	assert_int_equal(objection_text_check(long_text, "alasan", "Alasan", &err), -1);
	long_text[OBJECTION_TEXT_MAX] = '\0';
	kerr_clear(&err);
	assert_int_equal(objection_text_check(long_text, "alasan", "Alasan", &err), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names_round_trip),
		cmocka_unit_test(test_decidable_once_the_explanation_was_asked),
		cmocka_unit_test(test_wib_day_turns_at_midnight_wib),
		cmocka_unit_test(test_last_day_counts_calendar_days),
		cmocka_unit_test(test_days_setting_range),
		cmocka_unit_test(test_texts_are_required_and_bounded),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
