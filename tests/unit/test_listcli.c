/*
 * test_listcli.c - unit tests for the words of `kinerja report list`
 * (domain/listcli.h) on hand cases: the four lists and unknown ones,
 * "--opt VALUE" and "--opt=VALUE", --desc without a value, options a
 * list does not take, Excel without --out, the format from --format or
 * --out's extension, the list parameters the options become (read by
 * listq_parse), and the parser's errors renamed to the option.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "domain/listcli.h"
#include "domain/assess.h"
#include "domain/penilaian.h"

#define ARGC(v) ((int)(sizeof v / sizeof v[0]))

static int parse(int argc, const char *const *argv, struct listcli_args *a, char *why)
{
	return listcli_parse(argc, argv, 2, a, why, 200);
}

static void test_lists_by_word(void **state)
{
	(void)state;
	const char *words[] = { "pegawai", "skp", "penilaian", "keberatan" };
	const enum list_kind kinds[] = { LIST_EMPLOYEES, LIST_SKP, LIST_ASSESSMENTS, LIST_OBJECTIONS };
	struct listcli_args a;
	char why[200];
	for (int i = 0; i < 4; i++) {
		const char *argv[] = { "report", "list", words[i] };
		assert_int_equal(parse(ARGC(argv), argv, &a, why), 0);
		assert_int_equal(a.kind, kinds[i]);
		assert_ptr_equal(a.spec, listq_spec_of(kinds[i]));
		assert_string_equal(listcli_word(kinds[i]), words[i]);
	}
	const char *none[] = { "report", "list" };
	assert_int_equal(parse(ARGC(none), none, &a, why), 2);
	assert_non_null(strstr(why, "pegawai, skp, penilaian atau keberatan"));
	const char *bad[] = { "report", "list", "tpp" };
	assert_int_equal(parse(ARGC(bad), bad, &a, why), 2);
	assert_non_null(strstr(why, "tpp"));
}

static void test_option_forms(void **state)
{
	(void)state;
	struct listcli_args a;
	char why[200];
	const char *argv[] = { "report", "list", "penilaian", "--unit", "ASM-YAN", "--status=ditetapkan",
			 "--desc", "--q", "Siti Anik", "--checkpoint=Triwulan I", "--out", "a.csv" };
	assert_int_equal(parse(ARGC(argv), argv, &a, why), 0);
	assert_string_equal(a.opt[LCO_UNIT], "ASM-YAN");
	assert_string_equal(a.opt[LCO_STATUS], "ditetapkan");
	assert_string_equal(a.opt[LCO_DESC], "1");
	assert_string_equal(a.opt[LCO_Q], "Siti Anik");
	assert_string_equal(a.opt[LCO_CHECKPOINT], "Triwulan I");
	assert_string_equal(a.opt[LCO_OUT], "a.csv");
	assert_null(a.opt[LCO_PERIOD]);
	assert_null(a.opt[LCO_SORT]);
}

/* A bad command line: exit 2 and the complaint holding `what`. */
static void assert_usage(const char **argv, int argc, const char *what)
{
	struct listcli_args a;
	char why[200];
	assert_int_equal(parse(argc, argv, &a, why), 2);
	if (!strstr(why, what))
		fail_msg("'%s' does not mention '%s'", why, what);
}

static void test_usage_refusals(void **state)
{
	(void)state;
	const char *unknown[] = { "report", "list", "skp", "--predikat", "baik" };
	const char *no_value[] = { "report", "list", "skp", "--status" };
	const char *desc_value[] = { "report", "list", "skp", "--desc=turun" };
	const char *positional[] = { "report", "list", "skp", "2026" };
	const char *emp_period[] = { "report", "list", "pegawai", "--period", "2026" };
	const char *emp_pred[] = { "report", "list", "pegawai", "--predicate", "baik" };
	const char *skp_pred[] = { "report", "list", "skp", "--predicate=baik" };
	const char *obj_cp[] = { "report", "list", "keberatan", "--checkpoint", "tahunan" };
	const char *xlsx_stdout[] = { "report", "list", "skp", "--format", "xlsx" };
	const char *empty_out[] = { "report", "list", "skp", "--out=" };
	assert_usage(unknown, ARGC(unknown), "--predikat");
	assert_usage(no_value, ARGC(no_value), "--status memerlukan nilai");
	assert_usage(desc_value, ARGC(desc_value), "--desc tidak memerlukan nilai");
	assert_usage(positional, ARGC(positional), "2026");
	assert_usage(emp_period, ARGC(emp_period), "--period tidak berlaku untuk daftar pegawai");
	assert_usage(emp_pred, ARGC(emp_pred), "--predicate tidak berlaku untuk daftar pegawai");
	assert_usage(skp_pred, ARGC(skp_pred), "--predicate tidak berlaku untuk daftar skp");
	assert_usage(obj_cp, ARGC(obj_cp), "--checkpoint tidak berlaku untuk daftar keberatan");
	assert_usage(xlsx_stdout, ARGC(xlsx_stdout), "--out");
	assert_usage(empty_out, ARGC(empty_out), "--out");
}

static void test_format_name(void **state)
{
	(void)state;
	struct listcli_args a = { 0 };
	const char *option = NULL;
	assert_string_equal(listcli_format_name(&a, &option), "csv");
	assert_string_equal(option, "--format");
	a.opt[LCO_OUT] = "/tmp/x.y/daftar.xlsx";
	assert_string_equal(listcli_format_name(&a, &option), "xlsx");
	assert_string_equal(option, "--out");
	a.opt[LCO_OUT] = "/tmp/x.y/daftar";      /* the dot of a directory is no extension */
	assert_string_equal(listcli_format_name(&a, &option), "");
	a.opt[LCO_OUT] = "daftar.txt";
	assert_string_equal(listcli_format_name(&a, &option), "txt");
	a.opt[LCO_FORMAT] = "csv";               /* --format wins over the extension */
	assert_string_equal(listcli_format_name(&a, &option), "csv");
	assert_string_equal(option, "--format");
}

/* The options, resolved, read by the pages' and the API's parser. */
static void test_params_feed_the_list_parser(void **state)
{
	(void)state;
	struct listcli_args a;
	struct listcli_params p = { 0 };
	struct listq q;
	struct kerr err = KERR_INIT;
	char why[200];
	const char *argv[] = { "report", "list", "penilaian", "--predicate", "butuh_perbaikan",
			 "--status", "ditetapkan", "--sort", "predikat", "--desc", "--q",
			 "19660801 198803" };
	assert_int_equal(parse(ARGC(argv), argv, &a, why), 0);
	p.args = &a;
	strcpy(p.unit, "11");
	strcpy(p.periode, "2");
	strcpy(p.titik, "7");
	assert_int_equal(listq_parse(a.spec, listcli_param, &p, 0, &q, &err), 0);
	assert_int_equal(q.unit_id, 11);
	assert_int_equal(q.period_id, 2);
	assert_int_equal(q.checkpoint_id, 7);
	assert_int_equal(q.kind, ASSESS_PERIODIK);
	assert_int_equal(q.predicate, PRED_BUTUH_PERBAIKAN);
	assert_string_equal(listq_status(a.spec, &q), "ditetapkan");
	assert_string_equal(listq_sort_name(a.spec, &q), "predikat");
	assert_int_equal(q.desc, 1);
	assert_string_equal(q.nip, "19660801198803");
	assert_int_equal(q.page, 1);

	/* tahunan: jenis, no checkpoint; no --desc: the list's own default */
	const char *annual[] = { "report", "list", "keberatan" };
	struct listcli_params none = { 0 };
	assert_int_equal(parse(ARGC(annual), annual, &a, why), 0);
	none.args = &a;
	none.jenis = "tahunan";
	assert_null(listcli_param(&none, "unit"));
	assert_null(listcli_param(&none, "page"));
	assert_null(listcli_param(&none, "format"));
	assert_string_equal(listcli_param(&none, "jenis"), "tahunan");
	assert_int_equal(listq_parse(a.spec, listcli_param, &none, 0, &q, &err), 0);
	assert_int_equal(q.desc, 1);   /* objections: newest first */
}

static void test_errors_name_the_option(void **state)
{
	(void)state;
	struct listcli_args a;
	struct listcli_params p = { 0 };
	struct listq q;
	struct kerr err = KERR_INIT;
	char why[200];
	const char *argv[] = { "report", "list", "skp", "--status", "xyz" };
	assert_int_equal(parse(ARGC(argv), argv, &a, why), 0);
	p.args = &a;
	assert_int_equal(listq_parse(a.spec, listcli_param, &p, 0, &q, &err), -1);
	assert_string_equal(err.field, "status");
	listcli_rename_error(&err);
	assert_string_equal(err.field, "--status");
	assert_string_equal(err.msg, "Nilai 'xyz' untuk --status tidak dikenal; pilihan: draft, "
			    "diajukan, disetujui atau dikembalikan");

	const char *pairs[][2] = { { "urut", "--sort" }, { "predikat", "--predicate" },
				   { "q", "--q" }, { "unit", "--unit" }, { "periode", "--period" },
				   { "titik", "--checkpoint" }, { "jenis", "--checkpoint" },
				   { "arah", "--desc" }, { "format", "--format" } };
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
		assert_string_equal(listcli_option_of(pairs[i][0]), pairs[i][1]);
	assert_null(listcli_option_of("page"));
	assert_null(listcli_option_of(""));

	/* a message without "untuk <name>" keeps its words; a field that is
	 * no parameter stays */
	struct kerr q_err = KERR_INIT;
	kerr_set(&q_err, KERR_INVALID, "q", "Teks pencarian paling banyak 100 karakter");
	listcli_rename_error(&q_err);
	assert_string_equal(q_err.field, "--q");
	assert_string_equal(q_err.msg, "Teks pencarian paling banyak 100 karakter");
	struct kerr other = KERR_INIT;
	kerr_set(&other, KERR_INVALID, "--unit", "Unit kerja 'X' tidak ditemukan");
	listcli_rename_error(&other);
	assert_string_equal(other.field, "--unit");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lists_by_word),
		cmocka_unit_test(test_option_forms),
		cmocka_unit_test(test_usage_refusals),
		cmocka_unit_test(test_format_name),
		cmocka_unit_test(test_params_feed_the_list_parser),
		cmocka_unit_test(test_errors_name_the_option),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
