/*
 * test_nip.c - unit tests for NIP normalising and validation (domain/nip.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "domain/nip.h"

/* Validates as `kind`; returns the result and leaves the error in *err. */
static int check(const char *in, enum nip_kind kind, struct nip_info *info, struct kerr *err)
{
	char out[NIP_LEN + 1];
	kerr_clear(err);
	return nip_validate(in, kind, out, info, err);
}

static void assert_rejected(const char *in, enum nip_kind kind, const char *msg_part)
{
	struct kerr err = KERR_INIT;
	assert_int_equal(check(in, kind, NULL, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.field, "nip");
	assert_non_null(strstr(err.msg, msg_part));
}

static void test_nip_accepts_valid_pns_written_with_spaces(void **state)
{
	(void)state;
	char out[NIP_LEN + 1];
	struct nip_info info;
	struct kerr err = KERR_INIT;
	assert_int_equal(nip_validate("19660801 198803 1 001", NIP_PNS, out, &info, &err), 0);
	assert_string_equal(out, "196608011988031001");
	assert_int_equal(info.birth_year, 1966);
	assert_int_equal(info.birth_month, 8);
	assert_int_equal(info.birth_day, 1);
	assert_int_equal(info.appoint_year, 1988);
	assert_int_equal(info.appoint_month, 3);
	assert_int_equal(info.sex, 1);
	assert_int_equal(info.seq, 1);
	assert_int_equal(info.warn_under18, 0);
}

static void test_nip_normalize_strips_tabs_and_no_break_spaces(void **state)
{
	(void)state;
	char out[NIP_LEN + 1];
	struct kerr err = KERR_INIT;
	assert_int_equal(nip_normalize(" 19660801\t198803\xC2\xA0" "1 001 ", out, &err), 0);
	assert_string_equal(out, "196608011988031001");
}

static void test_nip_rejects_17_digits(void **state)
{
	(void)state;
	assert_rejected("19660801198803100", NIP_PNS, "yang diisi 17 digit");
}

static void test_nip_rejects_19_digits(void **state)
{
	(void)state;
	assert_rejected("1966080119880310011", NIP_PNS, "yang diisi 19 digit");
}

static void test_nip_rejects_letters(void **state)
{
	(void)state;
	assert_rejected("19660801198803100A", NIP_PNS, "tidak boleh berisi huruf");
}

static void test_nip_rejects_empty(void **state)
{
	(void)state;
	assert_rejected("   ", NIP_PNS, "wajib diisi");
	assert_rejected(NULL, NIP_PNS, "wajib diisi");
}

static void test_nip_normalize_leaves_empty_output_on_error(void **state)
{
	(void)state;
	char out[NIP_LEN + 1] = "x";
	struct kerr err = KERR_INIT;
	assert_int_equal(nip_normalize("1966080119880310x1", out, &err), -1);
	assert_string_equal(out, "");
}

static void test_nip_accepts_february_29_in_leap_year(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	assert_int_equal(check("198802292010011002", NIP_PNS, NULL, &err), 0);
	assert_int_equal(check("200002292024012001", NIP_PNS, NULL, &err), 0);
}

static void test_nip_rejects_february_29_in_non_leap_year(void **state)
{
	(void)state;
	assert_rejected("198702292010011002", NIP_PNS, "bukan tanggal yang ada");
}

static void test_nip_rejects_february_29_in_1900(void **state)
{
	(void)state;
	assert_rejected("190002291920011002", NIP_PNS, "bukan tanggal yang ada");
}

static void test_nip_rejects_february_30(void **state)
{
	(void)state;
	assert_rejected("198802302010011002", NIP_PNS, "bukan tanggal yang ada");
}

static void test_nip_rejects_april_31(void **state)
{
	(void)state;
	assert_rejected("198804312010011002", NIP_PNS, "bukan tanggal yang ada");
}

static void test_nip_rejects_birth_month_13(void **state)
{
	(void)state;
	assert_rejected("198813012010011002", NIP_PNS, "bukan tanggal yang ada");
}

static void test_nip_rejects_birth_year_before_1900(void **state)
{
	(void)state;
	assert_rejected("189912011920011002", NIP_PNS, "di luar rentang");
}

static void test_nip_rejects_appointment_month_13(void **state)
{
	(void)state;
	assert_rejected("198801012010131002", NIP_PNS, "bulan pengangkatan");
}

static void test_nip_rejects_appointment_month_00(void **state)
{
	(void)state;
	assert_rejected("198801012010001002", NIP_PNS, "bulan pengangkatan");
}

static void test_nip_rejects_appointment_before_birth(void **state)
{
	(void)state;
	assert_rejected("198801011987121002", NIP_PNS, "sesudah bulan lahir");
}

static void test_nip_rejects_appointment_in_birth_month(void **state)
{
	(void)state;
	assert_rejected("198801151988011002", NIP_PNS, "sesudah bulan lahir");
}

static void test_nip_rejects_sex_digit_3(void **state)
{
	(void)state;
	assert_rejected("198801012010013002", NIP_PNS, "jenis kelamin");
}

static void test_nip_rejects_sex_digit_0(void **state)
{
	(void)state;
	assert_rejected("198801012010010002", NIP_PNS, "jenis kelamin");
}

static void test_nip_rejects_sequence_000(void **state)
{
	(void)state;
	assert_rejected("198801012010011000", NIP_PNS, "nomor urut");
}

static void test_nip_accepts_sequence_999_and_female(void **state)
{
	(void)state;
	struct nip_info info;
	struct kerr err = KERR_INIT;
	assert_int_equal(check("198801012010012999", NIP_PNS, &info, &err), 0);
	assert_int_equal(info.sex, 2);
	assert_int_equal(info.seq, 999);
}

static void test_nip_warns_when_appointed_under_18(void **state)
{
	(void)state;
	struct nip_info info;
	struct kerr err = KERR_INIT;
	assert_int_equal(check("199005102007011001", NIP_PNS, &info, &err), 0);
	assert_int_equal(info.warn_under18, 1);
	assert_false(kerr_is_set(&err));
}

static void test_nip_warns_when_appointed_in_18th_birthday_month_before_the_day(void **state)
{
	(void)state;
	struct nip_info info;
	struct kerr err = KERR_INIT;
	assert_int_equal(check("199005102008051001", NIP_PNS, &info, &err), 0);
	assert_int_equal(info.warn_under18, 1);
}

static void test_nip_no_warning_when_appointed_at_18(void **state)
{
	(void)state;
	struct nip_info info;
	struct kerr err = KERR_INIT;
	assert_int_equal(check("199005012008051001", NIP_PNS, &info, &err), 0);
	assert_int_equal(info.warn_under18, 0);
	assert_int_equal(check("199005102008061001", NIP_PNS, &info, &err), 0);
	assert_int_equal(info.warn_under18, 0);
}

static void test_nip_accepts_pppk_with_its_own_layout(void **state)
{
	(void)state;
	struct nip_info info;
	struct kerr err = KERR_INIT;
	assert_int_equal(check("19850312 202321 2 001", NIP_PPPK, &info, &err), 0);
	assert_int_equal(info.birth_year, 1985);
	assert_int_equal(info.birth_month, 3);
	assert_int_equal(info.birth_day, 12);
	assert_int_equal(info.appoint_year, 0);
	assert_int_equal(info.sex, 0);
}

static void test_nip_pppk_layout_is_rejected_as_pns(void **state)
{
	(void)state;
	assert_rejected("198503122023212001", NIP_PNS, "bulan pengangkatan");
}

static void test_nip_pppk_rejects_unreal_birth_date(void **state)
{
	(void)state;
	assert_rejected("198502302023212001", NIP_PPPK, "bukan tanggal yang ada");
}

static void test_nip_pppk_rejects_17_digits(void **state)
{
	(void)state;
	assert_rejected("19850312202321200", NIP_PPPK, "18 digit");
}

static void test_nip_info_may_be_null(void **state)
{
	(void)state;
	char out[NIP_LEN + 1];
	struct kerr err = KERR_INIT;
	assert_int_equal(nip_validate("196608011988031001", NIP_PNS, out, NULL, &err), 0);
}

static void test_nip_kind_parse_and_name(void **state)
{
	(void)state;
	enum nip_kind k = NIP_PNS;
	assert_int_equal(nip_kind_parse("PPPK", &k), 0);
	assert_int_equal(k, NIP_PPPK);
	assert_int_equal(nip_kind_parse("pns", &k), 0);
	assert_int_equal(k, NIP_PNS);
	assert_int_equal(nip_kind_parse("honorer", &k), -1);
	assert_int_equal(nip_kind_parse(NULL, &k), -1);
	assert_string_equal(nip_kind_name(NIP_PNS), "pns");
	assert_string_equal(nip_kind_name(NIP_PPPK), "pppk");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nip_accepts_valid_pns_written_with_spaces),
		cmocka_unit_test(test_nip_normalize_strips_tabs_and_no_break_spaces),
		cmocka_unit_test(test_nip_rejects_17_digits),
		cmocka_unit_test(test_nip_rejects_19_digits),
		cmocka_unit_test(test_nip_rejects_letters),
		cmocka_unit_test(test_nip_rejects_empty),
		cmocka_unit_test(test_nip_normalize_leaves_empty_output_on_error),
		cmocka_unit_test(test_nip_accepts_february_29_in_leap_year),
		cmocka_unit_test(test_nip_rejects_february_29_in_non_leap_year),
		cmocka_unit_test(test_nip_rejects_february_29_in_1900),
		cmocka_unit_test(test_nip_rejects_february_30),
		cmocka_unit_test(test_nip_rejects_april_31),
		cmocka_unit_test(test_nip_rejects_birth_month_13),
		cmocka_unit_test(test_nip_rejects_birth_year_before_1900),
		cmocka_unit_test(test_nip_rejects_appointment_month_13),
		cmocka_unit_test(test_nip_rejects_appointment_month_00),
		cmocka_unit_test(test_nip_rejects_appointment_before_birth),
		cmocka_unit_test(test_nip_rejects_appointment_in_birth_month),
		cmocka_unit_test(test_nip_rejects_sex_digit_3),
		cmocka_unit_test(test_nip_rejects_sex_digit_0),
		cmocka_unit_test(test_nip_rejects_sequence_000),
		cmocka_unit_test(test_nip_accepts_sequence_999_and_female),
		cmocka_unit_test(test_nip_warns_when_appointed_under_18),
		cmocka_unit_test(test_nip_warns_when_appointed_in_18th_birthday_month_before_the_day),
		cmocka_unit_test(test_nip_no_warning_when_appointed_at_18),
		cmocka_unit_test(test_nip_accepts_pppk_with_its_own_layout),
		cmocka_unit_test(test_nip_pppk_layout_is_rejected_as_pns),
		cmocka_unit_test(test_nip_pppk_rejects_unreal_birth_date),
		cmocka_unit_test(test_nip_pppk_rejects_17_digits),
		cmocka_unit_test(test_nip_info_may_be_null),
		cmocka_unit_test(test_nip_kind_parse_and_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
