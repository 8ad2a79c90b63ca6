/*
 * test_recognition.c - unit tests for domain/recognition.h and
 * domain/angka_kredit.h: the tie-break chain as typed (unknown, repeated,
 * nip appended, nothing after nip), the ranking order (predicate, then
 * achievement, then the chain in its configured order, NIP last; the
 * unranked at the end) and what decided each place; the credit-point
 * amount in thousandths with hand-worked cases (each predicate, a
 * part-year SKP, rounding half up), decimal text both ways, and the level
 * found in a position's name.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "domain/angka_kredit.h"
#include "domain/recognition.h"

/* ---- the chain ------------------------------------------------------------------------ */

static void test_chain_parse(void **state)
{
	(void)state;
	struct tiebreak_chain c;
	struct kerr err = KERR_INIT;
	char text[96];
	assert_int_equal(tiebreak_chain_parse(" 360, hasil_kerja ", &c, "urutan", &err), 0);
	tiebreak_chain_text(&c, text, sizeof text);
	assert_string_equal(text, "360,hasil_kerja,nip");
	assert_int_equal(tiebreak_chain_parse("", &c, "urutan", &err), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.v[0], TB_NIP);
	assert_int_equal(tiebreak_chain_parse("360,360", &c, "urutan", &err), -1);
	assert_string_equal(err.field, "urutan");
	kerr_clear(&err);
	assert_int_equal(tiebreak_chain_parse("nip,360", &c, "urutan", &err), -1);
	kerr_clear(&err);
	assert_int_equal(tiebreak_chain_parse("gaji", &c, "urutan", &err), -1);
	assert_non_null(strstr(err.msg, "gaji"));
	kerr_clear(&err);
	assert_int_equal(tiebreak_chain_parse(TIEBREAK_DEFAULT, &c, "urutan", &err), 0);
	assert_int_equal(c.n, 4);
}

/* ---- ranking ----------------------------------------------------------------------------- */

static struct rank_key key(size_t ref, int pred, int64_t capaian, int hasil, int perilaku,
			   int64_t num, int64_t den, const char *nip)
{
	struct rank_key k;
	memset(&k, 0, sizeof k);
	k.ref = ref;
	k.has_predicate = pred >= 0;
	k.predicate = pred >= 0 ? (enum predicate)pred : PRED__COUNT;
	k.has_capaian = capaian >= 0;
	k.capaian = capaian;
	k.hasil = (enum rating)hasil;
	k.perilaku = (enum rating)perilaku;
	k.r360_num = num;
	k.r360_den = den;
	strcpy(k.nip, nip);
	k.appointed = nip_appointment(nip);
	return k;
}

#define NIP_2010 "198001012010011001"
#define NIP_2005 "198001012005011002"
#define NIP_2005B "198001012005011003"

static void order_of(struct rank_key *v, size_t n, const char *chain, size_t *out)
{
	struct tiebreak_chain c;
	struct kerr err = KERR_INIT;
	assert_int_equal(tiebreak_chain_parse(chain, &c, "urutan", &err), 0);
	ranking_sort(v, n, &c);
	for (size_t i = 0; i < n; i++)
		out[i] = v[i].ref;
}

static void test_predicate_then_capaian(void **state)
{
	(void)state;
	struct rank_key v[] = {
		key(0, PRED_BAIK, 11000, RATING_SESUAI, RATING_SESUAI, 0, 0, NIP_2010),
		key(1, PRED_SANGAT_BAIK, 9000, RATING_DI_ATAS, RATING_DI_ATAS, 0, 0, NIP_2010),
		key(2, PRED_BAIK, -1, RATING_SESUAI, RATING_SESUAI, 0, 0, NIP_2005),
		key(3, -1, 12000, RATING__LEVELS, RATING__LEVELS, 0, 0, NIP_2005),
		key(4, PRED_BAIK, 11500, RATING_SESUAI, RATING_SESUAI, 0, 0, NIP_2010),
	};
	size_t got[5], want[5] = { 1, 4, 0, 2, 3 };
	order_of(v, 5, "", got);
	assert_memory_equal(got, want, sizeof want);
}

static void test_chain_decides_ties_in_its_order(void **state)
{
	(void)state;
	/* All Baik, no achievement: a higher hasil, a higher perilaku, a
	 * better 360 (2/3 against 1/2), an earlier appointment. */
	struct rank_key base[] = {
		key(0, PRED_BAIK, -1, RATING_DI_ATAS, RATING_SESUAI, 1, 2, NIP_2010),
		key(1, PRED_BAIK, -1, RATING_SESUAI, RATING_DI_ATAS, 1, 2, NIP_2010),
		key(2, PRED_BAIK, -1, RATING_SESUAI, RATING_SESUAI, 2, 3, NIP_2010),
		key(3, PRED_BAIK, -1, RATING_SESUAI, RATING_SESUAI, 1, 2, NIP_2005),
	};
	struct rank_key v[4];
	size_t got[4];
	memcpy(v, base, sizeof v);
	order_of(v, 4, "hasil_kerja,perilaku_kerja,360,masa_kerja", got);
	assert_memory_equal(got, ((size_t[]){ 0, 1, 2, 3 }), sizeof got);
	memcpy(v, base, sizeof v);
	order_of(v, 4, "perilaku_kerja,hasil_kerja,masa_kerja,360", got);
	assert_memory_equal(got, ((size_t[]){ 1, 0, 3, 2 }), sizeof got);
	memcpy(v, base, sizeof v);
	order_of(v, 4, "360,masa_kerja", got);
	/* 2 leads on 360; then 3 (2005) before 0 and 1 (2010); 0 and 1 by NIP
	 * (equal) and so in their given order */
	assert_int_equal(got[0], 2);
	assert_int_equal(got[1], 3);
}

static void test_nip_is_the_last_resort(void **state)
{
	(void)state;
	struct rank_key v[] = {
		key(0, PRED_BAIK, 10000, RATING_SESUAI, RATING_SESUAI, 0, 0, NIP_2005B),
		key(1, PRED_BAIK, 10000, RATING_SESUAI, RATING_SESUAI, 0, 0, NIP_2005),
	};
	size_t got[2];
	order_of(v, 2, "hasil_kerja,masa_kerja", got);
	assert_int_equal(got[0], 1);
	struct tiebreak_chain c;
	struct kerr err = KERR_INIT;
	enum tiebreak t;
	tiebreak_chain_parse("hasil_kerja,masa_kerja", &c, "urutan", &err);
	assert_int_equal(ranking_decider(&v[0], &v[1], &c, &t), RD_CHAIN);
	assert_int_equal(t, TB_NIP);
}

static void test_decider(void **state)
{
	(void)state;
	struct tiebreak_chain c;
	struct kerr err = KERR_INIT;
	enum tiebreak t;
	tiebreak_chain_parse("360,hasil_kerja", &c, "urutan", &err);
	struct rank_key a = key(0, PRED_SANGAT_BAIK, 9000, 2, 2, 0, 0, NIP_2010);
	struct rank_key b = key(1, PRED_BAIK, 9000, 2, 1, 0, 0, NIP_2010);
	struct rank_key d = key(2, PRED_BAIK, 8000, 2, 1, 0, 0, NIP_2010);
	struct rank_key e = key(3, PRED_BAIK, 8000, 1, 1, 0, 0, NIP_2010);
	assert_int_equal(ranking_decider(&a, &b, &c, &t), RD_PREDICATE);
	assert_int_equal(ranking_decider(&b, &d, &c, &t), RD_CAPAIAN);
	assert_int_equal(ranking_decider(&d, &e, &c, &t), RD_CHAIN);
	assert_int_equal(t, TB_HASIL);
}

static void test_nip_appointment(void **state)
{
	(void)state;
	assert_int_equal(nip_appointment("196608011988031001"), 198803);
	assert_int_equal(nip_appointment("1966080119880310"), 0);
	assert_int_equal(nip_appointment("196608011988131001"), 0);
	assert_int_equal(nip_appointment("19660801198803100X"), 0);
}

/* ---- credit points ------------------------------------------------------------------------ */

static void test_amount_each_predicate(void **state)
{
	(void)state;
	/* Ahli Pertama 12,5 for a whole year: 150% 18,750; 100% 12,500;
	 * 75% 9,375; 50% 6,250; 25% 3,125 */
	static const int64_t want[PRED__COUNT] = { 3125, 6250, 9375, 12500, 18750 };
	for (int p = 0; p < PRED__COUNT; p++)
		assert_int_equal(ak_amount(ak_default_pct((enum predicate)p), 12500, 12), want[p]);
	/* Ahli Madya 37,5 Sangat Baik: 56,250; Terampil 5 Baik: 5,000 */
	assert_int_equal(ak_amount(150, 37500, 12), 56250);
	assert_int_equal(ak_amount(100, 5000, 12), 5000);
}

static void test_amount_pro_rata_and_rounding(void **state)
{
	(void)state;
	/* 100% x 12,5 x 9/12 = 9,375 exactly */
	assert_int_equal(ak_amount(100, 12500, 9), 9375);
	/* 100% x 12,5 x 5/12 = 5,2083.. -> 5,208 */
	assert_int_equal(ak_amount(100, 12500, 5), 5208);
	/* 150% x 12,5 x 7/12 = 10,9375 -> 10,938 (half up) */
	assert_int_equal(ak_amount(150, 12500, 7), 10938);
	/* 100% x 12,345 x 9/12 = 9,25875 -> 9,259 */
	assert_int_equal(ak_amount(100, 12345, 9), 9259);
	/* 75% x 3,75 x 1/12 = 0,234375 -> 0,234 */
	assert_int_equal(ak_amount(75, 3750, 1), 234);
	assert_int_equal(ak_amount(100, 12500, 0), 0);
	assert_int_equal(ak_amount(-1, 12500, 12), 0);
	assert_int_equal(ak_amount(100, 12500, 13), 0);
	assert_int_equal(ak_months(4, 12), 9);
	assert_int_equal(ak_months(1, 12), 12);
	assert_int_equal(ak_months(7, 6), 0);
}

static void test_decimal_text(void **state)
{
	(void)state;
	int64_t th = 0;
	char out[32];
	assert_int_equal(ak_parse("12,5", &th), 0);
	assert_int_equal(th, 12500);
	assert_int_equal(ak_parse("37.5", &th), 0);
	assert_int_equal(th, 37500);
	assert_int_equal(ak_parse("3,75", &th), 0);
	assert_int_equal(th, 3750);
	assert_int_equal(ak_parse("50", &th), 0);
	assert_int_equal(th, 50000);
	assert_int_equal(ak_parse("0,001", &th), 0);
	assert_int_equal(th, 1);
	assert_int_equal(ak_parse("12,3456", &th), -1);
	assert_int_equal(ak_parse("-1", &th), -1);
	assert_int_equal(ak_parse("1.000,5", &th), -1);
	assert_int_equal(ak_parse("12,", &th), -1);
	assert_int_equal(ak_parse("", &th), -1);
	assert_int_equal(ak_parse("1001", &th), -1);
	ak_format(9259, ',', out, sizeof out);
	assert_string_equal(out, "9,259");
	ak_format(12500, '.', out, sizeof out);
	assert_string_equal(out, "12.500");
	ak_format(5, ',', out, sizeof out);
	assert_string_equal(out, "0,005");
}

static void test_level_of_position(void **state)
{
	(void)state;
	size_t n = 0;
	const struct ak_level *l = ak_default_levels(&n);
	int i = ak_level_of("Pranata Komputer Ahli Pertama", l, n);
	assert_true(i >= 0);
	assert_string_equal(l[i].code, "ahli_pertama");
	i = ak_level_of("Arsiparis Penyelia", l, n);
	assert_string_equal(l[i].code, "penyelia");
	i = ak_level_of("pranata komputer ahli madya", l, n);
	assert_string_equal(l[i].code, "ahli_madya");
	assert_int_equal(ak_level_of("Pengadministrasi Umum", l, n), -1);
	assert_int_equal(ak_level_of("Terampilan", l, n), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_chain_parse),
		cmocka_unit_test(test_predicate_then_capaian),
		cmocka_unit_test(test_chain_decides_ties_in_its_order),
		cmocka_unit_test(test_nip_is_the_last_resort),
		cmocka_unit_test(test_decider),
		cmocka_unit_test(test_nip_appointment),
		cmocka_unit_test(test_amount_each_predicate),
		cmocka_unit_test(test_amount_pro_rata_and_rounding),
		cmocka_unit_test(test_decimal_text),
		cmocka_unit_test(test_level_of_position),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
