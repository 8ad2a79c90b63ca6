/*
 * test_penilaian.c - unit tests for the assessment rules of
 * domain/penilaian.h: the kind names, the hasil kerja rating a head of
 * unit takes from the unit predicate, the check on a justification, and
 * the signature of a unit's spread (empty when nothing deviates).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "domain/penilaian.h"

static void test_kind_names_round_trip(void **state)
{
	(void)state;
	enum assessment_kind k;
	assert_int_equal(assessment_kind_parse("periodik", &k), 0);
	assert_int_equal(k, ASSESS_PERIODIK);
	assert_int_equal(assessment_kind_parse("tahunan", &k), 0);
	assert_int_equal(k, ASSESS_TAHUNAN);
	assert_int_equal(assessment_kind_parse("bulanan", &k), -1);
	assert_int_equal(assessment_kind_parse(NULL, &k), -1);
	assert_string_equal(assessment_kind_name(ASSESS_TAHUNAN), "tahunan");
	assert_string_equal(assessment_kind_name((enum assessment_kind)9), "?");
}

static void test_head_rating_follows_unit_predicate(void **state)
{
	(void)state;
	assert_int_equal(rating_of_unit_predicate(UNIT_ISTIMEWA), RATING_DI_ATAS);
	assert_int_equal(rating_of_unit_predicate(UNIT_BAIK), RATING_SESUAI);
	assert_int_equal(rating_of_unit_predicate(UNIT_BUTUH_PERBAIKAN), RATING_DI_BAWAH);
	assert_int_equal(rating_of_unit_predicate(UNIT_KURANG), RATING_DI_BAWAH);
	assert_int_equal(rating_of_unit_predicate(UNIT_SANGAT_KURANG), RATING_DI_BAWAH);
	assert_int_equal(rating_of_unit_predicate(UNIT_PRED__COUNT), RATING__LEVELS);
}

static void test_reason_is_required_and_bounded(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	assert_int_equal(assessment_reason_check("Target triwulan tercapai", "f", "Alasan", &err), 0);
	assert_int_equal(assessment_reason_check("  \n ", "alasan_x", "Alasan", &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.field, "alasan_x");
	kerr_clear(&err);
	assert_int_equal(assessment_reason_check(NULL, "f", "Alasan", &err), -1);
	kerr_clear(&err);
	char big[ASSESS_REASON_MAX + 2];
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';   /* 2001 characters */
	assert_int_equal(assessment_reason_check(big, "f", "Alasan", &err), -1);
	kerr_clear(&err);
	big[ASSESS_REASON_MAX] = '\0';   /* 2000 */
	assert_int_equal(assessment_reason_check(big, "f", "Alasan", &err), 0);
	assert_int_equal(assessment_reason_check("baris 1\nbaris 2", "f", "Alasan", &err), 0);
	assert_int_equal(assessment_reason_check("tab\tkarakter", "f", "Alasan", &err), -1);
}

static void test_curve_key_names_the_spread_only_when_deviating(void **state)
{
	(void)state;
	char key[CURVE_KEY_SIZE];
	/* Baik with 3 Baik and nobody below: "at least one Butuh Perbaikan" breaks. */
	int dev[PRED__COUNT] = { [PRED_BAIK] = 3 };
	curve_key(UNIT_BAIK, dev, key);
	assert_string_equal(key, "baik:0,0,0,3,0");
	/* one Butuh Perbaikan, 2 Baik of 3 (67% <= 70%): nothing breaks */
	int ok[PRED__COUNT] = { [PRED_BUTUH_PERBAIKAN] = 1, [PRED_BAIK] = 2 };
	curve_key(UNIT_BAIK, ok, key);
	assert_string_equal(key, "");
	/* no predicates yet: nothing breaks */
	int none[PRED__COUNT] = { 0 };
	curve_key(UNIT_SANGAT_KURANG, none, key);
	assert_string_equal(key, "");
	/* a different spread gives a different key */
	int other[PRED__COUNT] = { [PRED_BAIK] = 4 };
	char key2[CURVE_KEY_SIZE];
	curve_key(UNIT_BAIK, dev, key);
	curve_key(UNIT_BAIK, other, key2);
	assert_string_not_equal(key, key2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kind_names_round_trip),
		cmocka_unit_test(test_head_rating_follows_unit_predicate),
		cmocka_unit_test(test_reason_is_required_and_bounded),
		cmocka_unit_test(test_curve_key_names_the_spread_only_when_deviating),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
