/*
 * test_golongan.c - unit tests for the PNS and PPPK rank tables
 * (domain/golongan.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "domain/golongan.h"

static void test_golongan_has_17_ranks_in_order(void **state)
{
	(void)state;
	assert_int_equal(golongan_count(), 17);
	for (size_t i = 0; i < golongan_count(); i++)
		assert_int_equal(golongan_at(i)->rank, (int)i + 1);
	assert_string_equal(golongan_at(0)->code, "I/a");
	assert_string_equal(golongan_at(16)->code, "IV/e");
}

static void test_golongan_at_past_the_end_is_null(void **state)
{
	(void)state;
	assert_null(golongan_at(17));
	assert_null(pppk_golongan_at(17));
}

static void test_golongan_find_returns_pangkat(void **state)
{
	(void)state;
	assert_string_equal(golongan_find("I/a")->pangkat, "Juru Muda");
	assert_string_equal(golongan_find("II/b")->pangkat, "Pengatur Muda Tk I");
	assert_string_equal(golongan_find("III/a")->pangkat, "Penata Muda");
	assert_string_equal(golongan_find("III/d")->pangkat, "Penata Tk I");
	assert_string_equal(golongan_find("IV/c")->pangkat, "Pembina Utama Muda");
	assert_string_equal(golongan_find("IV/d")->pangkat, "Pembina Utama Madya");
	assert_string_equal(golongan_find("IV/e")->pangkat, "Pembina Utama");
	assert_int_equal(golongan_find("III/c")->rank, 11);
}

static void test_golongan_find_ignores_letter_case(void **state)
{
	(void)state;
	const struct golongan *g = golongan_find("III/A");
	assert_non_null(g);
	assert_string_equal(g->code, "III/a");
	assert_ptr_equal(golongan_find("iv/b"), golongan_find("IV/b"));
}

static void test_golongan_find_ignores_blanks(void **state)
{
	(void)state;
	assert_ptr_equal(golongan_find(" III / a "), golongan_find("III/a"));
}

static void test_golongan_find_rejects_unknown_codes(void **state)
{
	(void)state;
	assert_null(golongan_find("III/e"));
	assert_null(golongan_find("V/a"));
	assert_null(golongan_find("IIIa"));
	assert_null(golongan_find("III/"));
	assert_null(golongan_find("IX"));
	assert_null(golongan_find(""));
	assert_null(golongan_find(NULL));
}

static void test_pppk_golongan_has_i_to_xvii_without_pangkat(void **state)
{
	(void)state;
	assert_int_equal(pppk_golongan_count(), 17);
	assert_string_equal(pppk_golongan_at(0)->code, "I");
	assert_string_equal(pppk_golongan_at(16)->code, "XVII");
	for (size_t i = 0; i < pppk_golongan_count(); i++) {
		assert_int_equal(pppk_golongan_at(i)->rank, (int)i + 1);
		assert_string_equal(pppk_golongan_at(i)->pangkat, "");
	}
}

static void test_pppk_golongan_find(void **state)
{
	(void)state;
	assert_int_equal(pppk_golongan_find("IX")->rank, 9);
	assert_int_equal(pppk_golongan_find("xiv")->rank, 14);
	assert_string_equal(pppk_golongan_find("vii")->code, "VII");
}

static void test_pppk_golongan_rejects_pns_codes_and_xviii(void **state)
{
	(void)state;
	assert_null(pppk_golongan_find("XVIII"));
	assert_null(pppk_golongan_find("III/a"));
	assert_null(pppk_golongan_find("0"));
	assert_null(pppk_golongan_find(NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_golongan_has_17_ranks_in_order),
		cmocka_unit_test(test_golongan_at_past_the_end_is_null),
		cmocka_unit_test(test_golongan_find_returns_pangkat),
		cmocka_unit_test(test_golongan_find_ignores_letter_case),
		cmocka_unit_test(test_golongan_find_ignores_blanks),
		cmocka_unit_test(test_golongan_find_rejects_unknown_codes),
		cmocka_unit_test(test_pppk_golongan_has_i_to_xvii_without_pangkat),
		cmocka_unit_test(test_pppk_golongan_find),
		cmocka_unit_test(test_pppk_golongan_rejects_pns_codes_and_xviii),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
