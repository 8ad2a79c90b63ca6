/*
 * test_listquery.c - unit tests for the list parameters of
 * domain/listquery.h on hand cases: empty values mean no filter, an
 * unknown status, predicate, sort key or direction is refused naming the
 * parameter and the values it takes, a NIP typed in groups loses its
 * blanks (a name does not), page and per_page bounds, ids, jenis/titik,
 * and the offsets and page counts.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "domain/listquery.h"
#include "domain/assess.h"

/* A request's parameters: "name=value" pairs, NULL-terminated. */
static const char *param(void *ctx, const char *name)
{
	const char *const *kv = ctx;
	size_t len = strlen(name);
	for (; *kv; kv++)
		if (!strncmp(*kv, name, len) && (*kv)[len] == '=')
			return *kv + len + 1;
	return NULL;
}

static int parse(const struct listq_spec *spec, int api, const char *const *kv,
		 struct listq *q, struct kerr *err)
{
	kerr_clear(err);
	return listq_parse(spec, param, (void *)kv, api, q, err);
}

static void test_empty_means_no_filter(void **state)
{
	(void)state;
	struct listq q;
	struct kerr err = KERR_INIT;
	const char *none[] = { NULL };
	const char *blank[] = { "q=", "unit=", "periode=", "status=", "predikat=", "jenis=",
				"titik=", "urut=", "arah=", "page=", NULL };
	for (int k = 0; k < 2; k++) {
		assert_int_equal(parse(&listq_assessments, 0, k ? blank : none, &q, &err), 0);
		assert_string_equal(q.search, "");
		assert_int_equal(q.unit_id, 0);
		assert_int_equal(q.period_id, 0);
		assert_int_equal(q.status, -1);
		assert_int_equal(q.predicate, -1);
		assert_int_equal(q.kind, -1);
		assert_int_equal(q.sort, 0);
		assert_int_equal(q.desc, 0);
		assert_int_equal(q.page, 1);
		assert_int_equal(q.per_page, LISTQ_PER_PAGE);
	}
	/* the objections' default order is the newest first */
	assert_int_equal(parse(&listq_objections, 0, none, &q, &err), 0);
	assert_string_equal(listq_sort_name(&listq_objections, &q), "diajukan");
	assert_int_equal(q.desc, 1);
}

static void test_unknown_values_are_refused(void **state)
{
	(void)state;
	struct listq q;
	struct kerr err = KERR_INIT;
	static const struct { const char *kv, *field, *mentions; } cases[] = {
		{ "status=xyz", "status", "draft atau ditetapkan" },
		{ "predikat=hebat", "predikat", "sangat_baik" },
		{ "urut=password_hash", "urut", "predikat" },
		{ "arah=atas", "arah", "naik atau turun" },
		{ "jenis=bulanan", "jenis", "periodik atau tahunan" },
		{ "periode=abc", "periode", "bilangan bulat positif" },
		{ "unit=-3", "unit", "bilangan bulat positif" },
		{ "unit=12x", "unit", "" },
		{ "titik=0", "titik", "" },
		{ "page=-1", "page", "1 sampai" },
		{ "page=0", "page", "" },
		{ "page=abc", "page", "" },
		{ "page=1000001", "page", "" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *kv[] = { cases[i].kv, NULL };
		assert_int_equal(parse(&listq_assessments, 0, kv, &q, &err), -1);
		assert_int_equal(err.code, KERR_INVALID);
		assert_string_equal(err.field, cases[i].field);
		assert_non_null(strstr(err.msg, cases[i].mentions));
	}
	/* the SKP list has no predicate; an employee status is not an SKP's */
	const char *skp_status[] = { "status=aktif", NULL };
	assert_int_equal(parse(&listq_skp, 0, skp_status, &q, &err), -1);
	assert_string_equal(err.field, "status");
	assert_non_null(strstr(err.msg, "draft, diajukan, disetujui atau dikembalikan"));
	const char *emp_sort[] = { "urut=predikat", NULL };
	assert_int_equal(parse(&listq_employees, 0, emp_sort, &q, &err), -1);
	assert_string_equal(err.field, "urut");
}

static void test_known_values(void **state)
{
	(void)state;
	struct listq q;
	struct kerr err = KERR_INIT;
	const char *kv[] = { "status=Ditetapkan", "predikat=butuh_perbaikan", "jenis=periodik",
			     "titik=7", "periode=3", "unit=11", "urut=predikat", "arah=turun",
			     "page=4", NULL };
	assert_int_equal(parse(&listq_assessments, 0, kv, &q, &err), 0);
	assert_string_equal(listq_status(&listq_assessments, &q), "ditetapkan");
	assert_int_equal(q.predicate, PRED_BUTUH_PERBAIKAN);
	assert_int_equal(q.kind, 0);
	assert_int_equal(q.checkpoint_id, 7);
	assert_int_equal(q.period_id, 3);
	assert_int_equal(q.unit_id, 11);
	assert_string_equal(listq_sort_name(&listq_assessments, &q), "predikat");
	assert_int_equal(q.desc, 1);
	assert_int_equal(q.page, 4);
	assert_int_equal(listq_offset(&q), 3 * LISTQ_PER_PAGE);
	/* a checkpoint makes it periodik; tahunan has none */
	const char *titik[] = { "titik=7", NULL };
	assert_int_equal(parse(&listq_assessments, 0, titik, &q, &err), 0);
	assert_int_equal(q.kind, 0);
	const char *both[] = { "titik=7", "jenis=tahunan", NULL };
	assert_int_equal(parse(&listq_assessments, 0, both, &q, &err), -1);
	assert_string_equal(err.field, "titik");
}

static void test_nip_with_spaces(void **state)
{
	(void)state;
	char s[LISTQ_SEARCH_MAX + 1], nip[LISTQ_SEARCH_MAX + 1];
	struct kerr err = KERR_INIT;
	assert_int_equal(listq_search("  19660801 198803 1 001 ", s, nip, &err), 0);
	assert_string_equal(s, "19660801 198803 1 001");
	assert_string_equal(nip, "196608011988031001");
	assert_int_equal(listq_search("1966 0801", s, nip, &err), 0);
	assert_string_equal(nip, "19660801");
	assert_int_equal(listq_search("Siti   Aminah", s, nip, &err), 0);
	assert_string_equal(s, "Siti Aminah");
	assert_string_equal(nip, "");
	assert_int_equal(listq_search("Budi 1966", s, nip, &err), 0);
	assert_string_equal(nip, "");
	assert_int_equal(listq_search("   ", s, nip, &err), 0);
	assert_string_equal(s, "");
	assert_string_equal(nip, "");
	char longer[LISTQ_SEARCH_MAX + 2];
	memset(longer, 'a', sizeof longer - 1);
	longer[sizeof longer - 1] = '\0';
	assert_int_equal(listq_search(longer, s, nip, &err), -1);
	assert_string_equal(err.field, "q");
	kerr_clear(&err);
	assert_int_equal(listq_search("a\nb", s, nip, &err), -1);
	assert_string_equal(err.field, "q");
}

static void test_page_bounds(void **state)
{
	(void)state;
	struct listq q;
	struct kerr err = KERR_INIT;
	const char *max[] = { "page=1000000", "per_page=500", NULL };
	assert_int_equal(parse(&listq_skp, 1, max, &q, &err), 0);
	assert_int_equal(q.page, LISTQ_PAGE_MAX);
	assert_int_equal(q.per_page, 500);
	const char *over[] = { "per_page=501", NULL };
	assert_int_equal(parse(&listq_skp, 1, over, &q, &err), -1);
	assert_string_equal(err.field, "per_page");
	const char *zero[] = { "per_page=0", NULL };
	assert_int_equal(parse(&listq_skp, 1, zero, &q, &err), -1);
	/* the pages ignore per_page: their page size is fixed */
	assert_int_equal(parse(&listq_skp, 0, over, &q, &err), 0);
	assert_int_equal(q.per_page, LISTQ_PER_PAGE);
	const char *api_default[] = { NULL };
	assert_int_equal(parse(&listq_skp, 1, api_default, &q, &err), 0);
	assert_int_equal(q.per_page, 50);
	assert_int_equal(listq_pages(0, 25), 1);
	assert_int_equal(listq_pages(25, 25), 1);
	assert_int_equal(listq_pages(26, 25), 2);
	assert_int_equal(listq_pages(219, 25), 9);
}

static void test_sort_key_whitelist(void **state)
{
	(void)state;
	struct listq q;
	struct kerr err = KERR_INIT;
	const struct listq_spec *specs[] = { &listq_employees, &listq_skp, &listq_assessments,
					     &listq_objections };
	const int nkeys[] = { EMP_SORT__KEYS, SKPL_SORT__KEYS, ASL_SORT__KEYS, OBL_SORT__KEYS };
	for (size_t s = 0; s < 4; s++) {
		int n = 0;
		while (specs[s]->sort_keys[n])
			n++;
		assert_int_equal(n, nkeys[s]);
		assert_ptr_equal(listq_spec_of(specs[s]->kind), specs[s]);
		for (int k = 0; k < n; k++) {
			char urut[40];
			snprintf(urut, sizeof urut, "urut=%s", specs[s]->sort_keys[k]);
			const char *kv[] = { urut, "arah=naik", NULL };
			assert_int_equal(parse(specs[s], 0, kv, &q, &err), 0);
			assert_int_equal(q.sort, k);
			assert_int_equal(q.desc, 0);
		}
		const char *sql[] = { "urut=e.nip; DROP TABLE users", NULL };
		assert_int_equal(parse(specs[s], 0, sql, &q, &err), -1);
		assert_string_equal(err.field, "urut");
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_means_no_filter),
		cmocka_unit_test(test_unknown_values_are_refused),
		cmocka_unit_test(test_known_values),
		cmocka_unit_test(test_nip_with_spaces),
		cmocka_unit_test(test_page_bounds),
		cmocka_unit_test(test_sort_key_whitelist),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
