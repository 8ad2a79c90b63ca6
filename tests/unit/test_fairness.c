/*
 * test_fairness.c - unit tests for the fairness checks (domain/fairness.h)
 * on hand-computed cases: the chi-square of a table worked out on paper
 * (perfect dependence, perfect independence, a column nobody has, too few
 * rows), the pooling of groups below the anonymity threshold (into
 * "Lainnya", the smallest shown group joining a pool still too small,
 * everything hidden), the groups read from the NIP and the golongan, and
 * the words.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "core/strbuf.h"
#include "domain/fairness.h"

/* [[10, 0], [0, 10]]: every expected count 5, chi2 = 4 x 25/5 = 20, df 1. */
static void test_chi2_dependence(void **state)
{
	(void)state;
	const int t[] = { 10, 0, 0, 10 };
	double chi2, p;
	int df, sparse;
	assert_int_equal(fair_chi2(t, 2, 2, &chi2, &df, &p, &sparse), 0);
	assert_true(fabs(chi2 - 20.0) < 1e-12);
	assert_int_equal(df, 1);
	assert_true(fabs(p - 7.744216e-6) < 1e-10);   /* 1 - F(20; 1) */
	assert_int_equal(sparse, 0);
}

/* Identical rows: chi2 0, p 1. */
static void test_chi2_independence(void **state)
{
	(void)state;
	const int t[] = { 5, 5, 5, 5, 5, 5 };
	double chi2, p;
	int df, sparse;
	assert_int_equal(fair_chi2(t, 2, 3, &chi2, &df, &p, &sparse), 0);
	assert_true(fabs(chi2) < 1e-12);
	assert_int_equal(df, 2);
	assert_true(fabs(p - 1.0) < 1e-12);
}

/* A 2 x 5 table with only two columns used: df (2-1)(2-1) = 1; rows
 * [6, 2] and [2, 6]: E = 4 each, chi2 = 4 x 4/4 = 4; p = 0.0455003. */
static void test_chi2_drops_empty_columns(void **state)
{
	(void)state;
	const int t[] = { 0, 6, 0, 2, 0, 0, 2, 0, 6, 0 };
	double chi2, p;
	int df, sparse;
	assert_int_equal(fair_chi2(t, 2, 5, &chi2, &df, &p, &sparse), 0);
	assert_int_equal(df, 1);
	assert_true(fabs(chi2 - 4.0) < 1e-12);
	assert_true(fabs(p - 0.0455003) < 1e-6);
	assert_int_equal(sparse, 1);   /* every E is 4 < 5 */
}

static void test_chi2_needs_two_rows(void **state)
{
	(void)state;
	const int t[] = { 3, 4, 0, 0 };
	double chi2, p;
	int df, sparse;
	assert_int_equal(fair_chi2(t, 2, 2, &chi2, &df, &p, &sparse), -1);
}

/* n people of group key, all Baik but the first `sb` Sangat Baik. */
static void add_n(struct fair_table *t, const char *key, int n, int sb)
{
	for (int i = 0; i < n; i++)
		fair_add(t, key, key, i < sb ? PRED_SANGAT_BAIK : PRED_BAIK);
}

/* Sizes 10, 8, 2, 1 with threshold 3: the 2 and the 1 become Lainnya (3). */
static void test_pool_small_groups(void **state)
{
	(void)state;
	struct fair_table t;
	fair_table_init(&t, FAIR_UNIT);
	add_n(&t, "a", 10, 5);
	add_n(&t, "b", 8, 2);
	add_n(&t, "c", 2, 2);
	add_n(&t, "d", 1, 0);
	fair_finish(&t, 3);
	assert_int_equal(t.n, 3);
	assert_string_equal(t.g[0].key, "a");
	assert_string_equal(t.g[1].key, "b");
	assert_true(t.g[2].pooled);
	assert_int_equal(t.g[2].n, 3);
	assert_int_equal(t.g[2].count[PRED_SANGAT_BAIK], 2);
	assert_int_equal(t.n_pooled_groups, 2);
	assert_int_equal(t.n_hidden, 0);
	assert_true(t.tested);
	for (size_t i = 0; i < t.n; i++)
		assert_true(t.g[i].n >= 3);
	fair_table_release(&t);
}

/* Sizes 10, 4, 1: the pool of 1 is too small, so the 4 joins it (5). */
static void test_pool_absorbs_smallest(void **state)
{
	(void)state;
	struct fair_table t;
	fair_table_init(&t, FAIR_SEX);
	add_n(&t, "a", 10, 1);
	add_n(&t, "b", 4, 1);
	add_n(&t, "c", 1, 1);
	fair_finish(&t, 3);
	assert_int_equal(t.n, 2);
	assert_string_equal(t.g[0].key, "a");
	assert_true(t.g[1].pooled);
	assert_int_equal(t.g[1].n, 5);
	assert_int_equal(t.n_pooled_groups, 2);
	fair_table_release(&t);
}

/* Everyone in groups of 1: the pool of 2 stays below 3 and is hidden; a
 * threshold below ANONYMITY_MIN counts as it. */
static void test_pool_hides_everything(void **state)
{
	(void)state;
	struct fair_table t;
	struct strbuf sb = STRBUF_INIT;
	fair_table_init(&t, FAIR_GOLONGAN);
	add_n(&t, "a", 1, 0);
	add_n(&t, "b", 1, 1);
	fair_finish(&t, 1);
	assert_int_equal(t.n, 0);
	assert_int_equal(t.n_hidden, 2);
	assert_false(t.tested);
	fair_explain(&t, &sb);
	assert_non_null(strstr(sb.buf, "tidak dapat dilakukan"));
	strbuf_release(&sb);
	fair_table_release(&t);
}

/* Two groups of 10: 8 vs 2 Sangat Baik.  E = 5 in every cell, chi2 =
 * 4 x 9/5 = 7.2, df 1, p = 0.00729: larger than chance. */
static void test_explain_significant(void **state)
{
	(void)state;
	struct fair_table t;
	struct strbuf sb = STRBUF_INIT;
	fair_table_init(&t, FAIR_UNIT);
	add_n(&t, "a", 10, 8);
	add_n(&t, "b", 10, 2);
	fair_finish(&t, 3);
	assert_true(t.tested);
	assert_true(fabs(t.chi2 - 7.2) < 1e-12);
	assert_true(t.p < FAIR_ALPHA);
	fair_explain(&t, &sb);
	assert_non_null(strstr(sb.buf, "lebih besar daripada yang wajar"));
	assert_non_null(strstr(sb.buf, "khi-kuadrat 7,20"));
	strbuf_release(&sb);
	fair_table_release(&t);
}

static void test_groups_of_person(void **state)
{
	(void)state;
	char key[64], label[200];
	fair_sex_of("199702082020092397", key, sizeof key, label, sizeof label);
	assert_string_equal(key, "2");
	assert_string_equal(label, "Perempuan");
	fair_sex_of("198502022007101388", key, sizeof key, label, sizeof label);
	assert_string_equal(label, "Laki-laki");
	fair_sex_of("12345", key, sizeof key, label, sizeof label);
	assert_string_equal(key, "0");
	fair_golongan_of("III/a", key, sizeof key, label, sizeof label);
	assert_string_equal(key, "III");
	fair_golongan_of("IV/e", key, sizeof key, label, sizeof label);
	assert_string_equal(label, "Golongan IV");
	fair_golongan_of("II/c", key, sizeof key, label, sizeof label);
	assert_string_equal(key, "II");
	fair_golongan_of("", key, sizeof key, label, sizeof label);
	assert_string_equal(key, "-");
	fair_golongan_of("IX", key, sizeof key, label, sizeof label);
	assert_string_equal(key, "-");
}

static void test_decimal(void **state)
{
	(void)state;
	char b[32];
	fair_decimal(b, sizeof b, 0.5349, 2);
	assert_string_equal(b, "0,53");
	fair_decimal(b, sizeof b, -0.0001, 2);
	assert_string_equal(b, "0,00");
	fair_decimal(b, sizeof b, NAN, 2);
	assert_string_equal(b, "-");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_chi2_dependence),
		cmocka_unit_test(test_chi2_independence),
		cmocka_unit_test(test_chi2_drops_empty_columns),
		cmocka_unit_test(test_chi2_needs_two_rows),
		cmocka_unit_test(test_pool_small_groups),
		cmocka_unit_test(test_pool_absorbs_smallest),
		cmocka_unit_test(test_pool_hides_everything),
		cmocka_unit_test(test_explain_significant),
		cmocka_unit_test(test_groups_of_person),
		cmocka_unit_test(test_decimal),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
