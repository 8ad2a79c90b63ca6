/*
 * test_csvcheck.c - unit tests for CSV parsing, the employee and position
 * import checks, and export writing (domain/csvcheck.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/strbuf.h"
#include "domain/csvcheck.h"

#define EMP_HEADER "nip,jenis_nip,nama,gelar_depan,gelar_belakang,golongan,kode_jabatan,kode_unit,status,email\n"

/* ---- helpers ---------------------------------------------------------- */

static void parse_ok(const char *text, struct csv_table *t)
{
	struct kerr err = KERR_INIT;
	int rc = csv_table_parse(text, strlen(text), 0, t, &err);
	if (rc != 0)
		fail_msg("parse failed: %s", err.msg);
}

/* Parses text expecting failure; returns the message in err. */
static void parse_fails(const char *text, size_t len, size_t max_rows, struct kerr *err)
{
	struct csv_table t;
	assert_int_equal(csv_table_parse(text, len, max_rows, &t, err), -1);
	assert_null(t.header);
	assert_int_equal(t.nrows, 0);
	assert_string_equal(err->field, "file");
}

static int code_in(const char *const *codes, const char *code)
{
	for (; *codes; codes++)
		if (!strcmp(*codes, code))
			return 1;
	return 0;
}

static int unit_exists(void *ctx, const char *code)
{
	static const char *const units[] = { "KEC-ASM", "KEL-GK", "KEL-TS", NULL };
	(void)ctx;
	return code_in(units, code);
}

static int position_exists(void *ctx, const char *code)
{
	static const char *const positions[] = { "CAMAT", "SEKCAM", "STAF-UMUM", NULL };
	(void)ctx;
	return code_in(positions, code);
}

static const struct employee_csv_lookup lookup = { NULL, unit_exists, position_exists };

/* Parses and checks an employee file; returns the bad-row count. */
static int check_employees(const char *text, struct csv_table *t, struct csv_report *r)
{
	parse_ok(text, t);
	return employee_csv_check(t, &lookup, r);
}

static int check_positions(const char *text, struct csv_table *t, struct csv_report *r)
{
	parse_ok(text, t);
	return position_csv_check(t, &lookup, r);
}

static void assert_issue(const struct csv_report *r, size_t i, size_t line, const char *column,
			 const char *reason_part)
{
	assert_true(i < r->n);
	assert_int_equal(r->items[i].line, line);
	assert_string_equal(r->items[i].column, column);
	if (!strstr(r->items[i].reason, reason_part))
		fail_msg("reason \"%s\" lacks \"%s\"", r->items[i].reason, reason_part);
}

/* ---- parsing ---------------------------------------------------------- */

static void test_csv_parses_quoted_comma_and_newline(void **state)
{
	(void)state;
	struct csv_table t;
	parse_ok("kode,nama\n"
		 "A,\"Budi, S.Kom\"\n"
		 "B,\"baris satu\nbaris dua\"\n"
		 "C,\"kata \"\"kutip\"\"\"\n", &t);
	assert_int_equal(t.ncols, 2);
	assert_int_equal(t.nrows, 3);
	assert_string_equal(t.rows[0].cells[1], "Budi, S.Kom");
	assert_string_equal(t.rows[1].cells[1], "baris satu\nbaris dua");
	assert_string_equal(t.rows[2].cells[1], "kata \"kutip\"");
	assert_int_equal(t.rows[0].line, 2);
	assert_int_equal(t.rows[1].line, 3);
	assert_int_equal(t.rows[2].line, 5);
	assert_int_equal(t.delim, ',');
	csv_table_release(&t);
}

static void test_csv_detects_semicolon_separator(void **state)
{
	(void)state;
	struct csv_table t;
	parse_ok("nip;nama;gaji\r\n196608011988031001;Budi, S.H.;1,5\r\n", &t);
	assert_int_equal(t.delim, ';');
	assert_int_equal(t.ncols, 3);
	assert_string_equal(t.rows[0].cells[1], "Budi, S.H.");
	assert_string_equal(t.rows[0].cells[2], "1,5");
	csv_table_release(&t);
}

static void test_csv_ignores_separators_inside_quoted_header(void **state)
{
	(void)state;
	struct csv_table t;
	parse_ok("\"a;b;c\",d\n1,2\n", &t);
	assert_int_equal(t.delim, ',');
	assert_string_equal(t.header[0], "a;b;c");
	csv_table_release(&t);
}

static void test_csv_follows_excel_sep_line(void **state)
{
	(void)state;
	struct csv_table t;
	parse_ok("sep=;\r\nkode;nama\r\nA;Satu, dua\r\n", &t);
	assert_int_equal(t.delim, ';');
	assert_int_equal(t.header_line, 2);
	assert_string_equal(t.header[0], "kode");
	assert_int_equal(t.rows[0].line, 3);
	csv_table_release(&t);
}

static void test_csv_skips_utf8_bom(void **state)
{
	(void)state;
	struct csv_table t;
	parse_ok("\xEF\xBB\xBFnip,nama\n1,Siti\n", &t);
	assert_string_equal(t.header[0], "nip");
	assert_int_equal(csv_table_col(&t, "nip"), 0);
	csv_table_release(&t);
}

static void test_csv_keeps_utf8_text(void **state)
{
	(void)state;
	struct csv_table t;
	parse_ok("nama\nJos\xC3\xA9 \xE2\x80\x94 Ng\xC3\xA9\n", &t);
	assert_string_equal(t.rows[0].cells[0], "Jos\xC3\xA9 \xE2\x80\x94 Ng\xC3\xA9");
	csv_table_release(&t);
}

static void test_csv_skips_blank_rows_and_counts_their_lines(void **state)
{
	(void)state;
	struct csv_table t;
	parse_ok("a;b\n\n;\n  \n1;2\n;;\n", &t);
	assert_int_equal(t.nrows, 1);
	assert_int_equal(t.rows[0].line, 5);
	csv_table_release(&t);
}

static void test_csv_reads_last_row_without_newline(void **state)
{
	(void)state;
	struct csv_table t;
	parse_ok("a,b\r\n1,2\r\n3,4", &t);
	assert_int_equal(t.nrows, 2);
	assert_string_equal(t.rows[1].cells[1], "4");
	assert_int_equal(t.rows[1].line, 3);
	csv_table_release(&t);
}

static void test_csv_trims_blanks_around_unquoted_cells_only(void **state)
{
	(void)state;
	struct csv_table t;
	parse_ok("a,b\n  x  ,\" y \"\n", &t);
	assert_string_equal(t.rows[0].cells[0], "x");
	assert_string_equal(t.rows[0].cells[1], " y ");
	csv_table_release(&t);
}

static void test_csv_col_is_case_insensitive(void **state)
{
	(void)state;
	struct csv_table t;
	parse_ok("NIP,Nama\n1,2\n", &t);
	assert_int_equal(csv_table_col(&t, "nama"), 1);
	assert_int_equal(csv_table_col(&t, "email"), -1);
	csv_table_release(&t);
}

static void test_csv_unterminated_quote_names_the_line(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	const char *text = "a,b\n1,2\n3,\"terbuka\n4,5\n6,7\n";
	parse_fails(text, strlen(text), 0, &err);
	assert_int_equal(err.code, KERR_INVALID);
	assert_non_null(strstr(err.msg, "dibuka di baris 3"));
}

static void test_csv_stray_quote_names_line_and_position(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	const char *text = "a,b\n1,2\n3,ab\"c\n";
	parse_fails(text, strlen(text), 0, &err);
	assert_non_null(strstr(err.msg, "Baris 3, karakter ke-5"));
}

static void test_csv_rejects_non_utf8_naming_line_and_column(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	const char *text = "nama,kota\nBudi,Surabaya\nJos\xE9,Surabaya\n"; /* Latin-1 e-acute */
	parse_fails(text, strlen(text), 0, &err);
	assert_non_null(strstr(err.msg, "baris 3, karakter ke-4"));
	assert_non_null(strstr(err.msg, "UTF-8"));
}

static void test_csv_rejects_overlong_utf8(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	const char *text = "a\n\xC0\xAF\n";
	parse_fails(text, strlen(text), 0, &err);
	assert_non_null(strstr(err.msg, "baris 2, karakter ke-1"));
}

static void test_csv_rejects_nul_byte(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	parse_fails("a\nb\0c\n", 6, 0, &err);
	assert_non_null(strstr(err.msg, "baris 2, karakter ke-2"));
}

static void test_csv_rejects_row_with_wrong_cell_count(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	const char *text = "a,b,c\n1,2,3\n4,5\n";
	parse_fails(text, strlen(text), 0, &err);
	assert_non_null(strstr(err.msg, "Baris 3 berisi 2 kolom"));
	assert_non_null(strstr(err.msg, "3 kolom"));
}

static void test_csv_rejects_empty_file(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	parse_fails("", 0, 0, &err);
	assert_non_null(strstr(err.msg, "kosong"));
}

static void test_csv_rejects_file_of_blank_lines_and_bom(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	const char *text = "\xEF\xBB\xBF\r\n \r\n";
	parse_fails(text, strlen(text), 0, &err);
	assert_non_null(strstr(err.msg, "kosong"));
}

static void test_csv_rejects_more_rows_than_allowed(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	const char *text = "a\n1\n2\n3\n";
	parse_fails(text, strlen(text), 2, &err);
	assert_int_equal(err.code, KERR_TOO_LARGE);
	assert_non_null(strstr(err.msg, "lebih dari 2 baris"));
}

static void test_csv_accepts_exactly_max_rows(void **state)
{
	(void)state;
	struct csv_table t;
	struct kerr err = KERR_INIT;
	assert_int_equal(csv_table_parse("a\n1\n2\n", 6, 2, &t, &err), 0);
	assert_int_equal(t.nrows, 2);
	csv_table_release(&t);
}

/* ---- employee check --------------------------------------------------- */

static void test_employee_csv_clean_file_has_no_issues(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	int bad = check_employees(EMP_HEADER
		"19660801 198803 1 001,pns,Budi Santoso,Drs.,M.Si,IV/a,CAMAT,KEC-ASM,aktif,budi@surabaya.go.id\n"
		"198503122023212001,PPPK,Siti Aminah,,S.Kom,IX,,KEL-GK,,\n"
		"199001012015032002,,Rina,,,iii/b,STAF-UMUM,KEL-TS,Pindah,rina@contoh.id\n", &t, &r);
	assert_int_equal(bad, 0);
	assert_int_equal(r.rows_checked, 3);
	assert_int_equal(r.rows_bad, 0);
	assert_int_equal(r.issues_total, 0);
	assert_int_equal(r.n, 0);
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_employee_csv_accepts_header_with_only_required_columns(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	assert_int_equal(check_employees("Nama;NIP;Kode_Unit\nBudi;196608011988031001;KEC-ASM\n",
					 &t, &r), 0);
	assert_int_equal(r.issues_total, 0);
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_employee_csv_missing_column_reported_once_on_line_1(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	int bad = check_employees("nip,nama\n196608011988031001,A\n196608011988031002,B\n"
				  "196608011988031003,C\n", &t, &r);
	assert_int_equal(bad, 3);
	assert_int_equal(r.n, 1);
	assert_issue(&r, 0, 1, "kode_unit", "Kolom wajib 'kode_unit' tidak ada");
	assert_true(r.header_bad);
	assert_true(csv_report_row_bad(&r, 0));
	assert_true(csv_report_row_bad(&r, 2));
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_employee_csv_unknown_and_repeated_columns_are_header_issues(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	check_employees("nip,nama,kode_unit,golongn,NAMA\n196608011988031001,A,KEC-ASM,III/a,A\n",
			&t, &r);
	assert_int_equal(r.n, 2);
	assert_issue(&r, 0, 1, "golongn", "tidak dikenal");
	assert_issue(&r, 1, 1, "nama", "lebih dari sekali");
	assert_int_equal(r.rows_bad, 1);
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_employee_csv_ignores_columns_without_a_name(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	assert_int_equal(check_employees("nip;nama;kode_unit;;\n196608011988031001;A;KEC-ASM;;\n",
					 &t, &r), 0);
	assert_int_equal(r.issues_total, 0);
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_employee_csv_checks_every_row_with_line_and_column(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	int bad = check_employees(EMP_HEADER
		"19660801198803100,pns,A,,,,,KEC-ASM,,\n"           /* 17 digits */
		"196608011988031001,pns,,,,,,KEC-ASM,,\n"           /* no nama */
		"196608011988031002,pns,C,,,V/a,,KEC-ASM,,\n"       /* golongan */
		"196608011988031003,pns,D,,,,LURAH-X,KEC-ASM,,\n"   /* kode_jabatan */
		"196608011988031004,pns,E,,,,,KEL-XX,,\n"           /* kode_unit */
		"196608011988031005,pns,F,,,,,KEC-ASM,cuti,\n"      /* status */
		"196608011988031006,pns,G,,,,,KEC-ASM,,g@\n"        /* email */
		"196608011988031007,honorer,H,,,,,KEC-ASM,,\n"      /* jenis_nip */
		"196608011988031008,pns,I,,,,,,,\n",                /* empty kode_unit */
		&t, &r);
	assert_int_equal(bad, 9);
	assert_int_equal(r.rows_checked, 9);
	assert_int_equal(r.n, 9);
	assert_issue(&r, 0, 2, "nip", "18 digit");
	assert_issue(&r, 1, 3, "nama", "Nama wajib diisi");
	assert_issue(&r, 2, 4, "golongan", "Golongan 'V/a' tidak dikenal untuk PNS");
	assert_issue(&r, 3, 5, "kode_jabatan", "'LURAH-X' tidak ditemukan");
	assert_issue(&r, 4, 6, "kode_unit", "'KEL-XX' tidak ditemukan");
	assert_issue(&r, 5, 7, "status", "Status 'cuti' tidak dikenal");
	assert_issue(&r, 6, 8, "email", "Email 'g@' tidak sah");
	assert_issue(&r, 7, 9, "jenis_nip", "Jenis NIP 'honorer' tidak dikenal");
	assert_issue(&r, 8, 10, "kode_unit", "wajib diisi");
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_employee_csv_reports_several_issues_in_one_row(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	int bad = check_employees(EMP_HEADER "123,pns,,,,X,,NOPE,x,a b@c\n", &t, &r);
	assert_int_equal(bad, 1);
	assert_int_equal(r.n, 6);
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_employee_csv_duplicate_nip_names_the_first_line(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	int bad = check_employees(EMP_HEADER
		"196608011988031001,,A,,,,,KEC-ASM,,\n"
		"199001012015032002,,B,,,,,KEC-ASM,,\n"
		"19660801 198803 1 001,,C,,,,,KEC-ASM,,\n"
		"196608011988031001,,D,,,,,KEC-ASM,,\n", &t, &r);
	assert_int_equal(bad, 2);
	assert_int_equal(r.n, 2);
	assert_issue(&r, 0, 4, "nip", "sudah dipakai di baris 2");
	assert_issue(&r, 1, 5, "nip", "sudah dipakai di baris 2");
	assert_false(csv_report_row_bad(&r, 0));
	assert_true(csv_report_row_bad(&r, 2));
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_employee_csv_golongan_must_fit_the_kind(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	int bad = check_employees(EMP_HEADER
		"196608011988031001,pns,A,,,III/a,,KEC-ASM,,\n"
		"198503122023212001,pppk,B,,,IX,,KEC-ASM,,\n"
		"196608011988031002,pns,C,,,IX,,KEC-ASM,,\n"
		"198503122023212002,pppk,D,,,III/a,,KEC-ASM,,\n", &t, &r);
	assert_int_equal(bad, 2);
	assert_issue(&r, 0, 4, "golongan", "untuk PNS");
	assert_issue(&r, 1, 5, "golongan", "untuk PPPK");
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_employee_csv_nama_counts_characters_not_bytes(void **state)
{
	(void)state;
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, EMP_HEADER "196608011988031001,,");
	for (int i = 0; i < 129; i++)
		strbuf_addstr(&sb, "\xC3\xA9"); /* 129 characters, 258 bytes: fits */
	strbuf_addstr(&sb, ",,,,,KEC-ASM,,\n196608011988031002,,");
	for (int i = 0; i < 201; i++)
		strbuf_addch(&sb, 'a');
	strbuf_addstr(&sb, ",,,,,KEC-ASM,,\n196608011988031003,,");
	for (int i = 0; i < 200; i++)
		strbuf_addstr(&sb, "\xC3\xA9"); /* 200 characters, but 400 bytes */
	strbuf_addstr(&sb, ",,,,,KEC-ASM,,\n");
	struct csv_table t;
	struct csv_report r;
	assert_int_equal(check_employees(sb.buf, &t, &r), 2);
	assert_issue(&r, 0, 3, "nama", "paling banyak 200 karakter (berisi 201)");
	assert_issue(&r, 1, 4, "nama", "paling banyak 259 bita");
	csv_report_release(&r);
	csv_table_release(&t);
	strbuf_release(&sb);
}

static void test_employee_csv_email_rules(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	int bad = check_employees("nip,nama,kode_unit,email\n"
		"196608011988031001,A,KEC-ASM,a@b\n"
		"196608011988031002,B,KEC-ASM,@b\n"
		"196608011988031003,C,KEC-ASM,a@b@c\n"
		"196608011988031004,D,KEC-ASM,tanpa-at\n"
		"196608011988031005,E,KEC-ASM,\"a b@c.id\"\n", &t, &r);
	assert_int_equal(bad, 4);
	assert_false(csv_report_row_bad(&r, 0));
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_employee_csv_skip_invalid_row_flags(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	check_employees("nip,nama,kode_unit\n"
		"196608011988031001,A,KEC-ASM\n"
		"bad,B,KEC-ASM\n"
		"196608011988031003,C,KEC-ASM\n"
		"196608011988031004,D,NOPE\n"
		"196608011988031005,E,KEL-GK\n", &t, &r);
	int expect[] = { 0, 1, 0, 1, 0 };
	for (size_t i = 0; i < 5; i++)
		assert_int_equal(csv_report_row_bad(&r, i), expect[i]);
	assert_true(csv_report_row_bad(&r, 5)); /* past the end */
	assert_int_equal(r.rows_bad, 2);
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_employee_csv_10000_bad_rows_caps_issues_and_counts_all(void **state)
{
	(void)state;
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "nip;nama;kode_unit\n");
	for (int i = 0; i < 10000; i++)
		strbuf_addf(&sb, "12345;Pegawai %d;KEC-ASM\n", i);
	strbuf_addstr(&sb, "196608011988031001;Baik;KEC-ASM\n");
	struct csv_table t;
	struct csv_report r;
	assert_int_equal(check_employees(sb.buf, &t, &r), 10000);
	assert_int_equal(r.rows_checked, 10001);
	assert_int_equal(r.rows_bad, 10000);
	assert_int_equal(r.n, CSV_REPORT_MAX_ISSUES);
	assert_int_equal(r.issues_total, 10000);
	assert_issue(&r, 999, 1001, "nip", "18 digit");
	assert_false(csv_report_row_bad(&r, 10000));
	assert_true(csv_report_row_bad(&r, 9999));
	csv_report_release(&r);
	csv_table_release(&t);
	strbuf_release(&sb);
}

static void test_employee_csv_without_lookup_skips_existence_checks(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	parse_ok("nip,nama,kode_unit,kode_jabatan\n196608011988031001,A,ANY,ANY\n", &t);
	assert_int_equal(employee_csv_check(&t, NULL, &r), 0);
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_employee_status_canonical(void **state)
{
	(void)state;
	assert_string_equal(employee_status_canonical(""), "aktif");
	assert_string_equal(employee_status_canonical(NULL), "aktif");
	assert_string_equal(employee_status_canonical("PENSIUN"), "pensiun");
	assert_null(employee_status_canonical("cuti"));
}

/* ---- position check --------------------------------------------------- */

static void test_position_csv_accepts_parent_later_in_file_or_in_db(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	int bad = check_positions("kode,nama,jenis,kode_unit,kode_atasan\n"
		"KASI-PEM,Kepala Seksi Pemerintahan,pengawas,KEC-ASM,SEKCAM-BARU\n"
		"SEKCAM-BARU,Sekretaris Kecamatan,administrator,KEC-ASM,CAMAT\n"
		"STAF-PEM,Pengadministrasi Umum,Pelaksana,KEC-ASM,KASI-PEM\n"
		"CAMAT2,Camat,jpt_pratama,KEC-ASM,\n", &t, &r);
	assert_int_equal(bad, 0);
	assert_int_equal(r.issues_total, 0);
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_position_csv_reports_unknown_parent(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	check_positions("kode,nama,jenis,kode_unit,kode_atasan\nA,Satu,pelaksana,KEC-ASM,HILANG\n",
			&t, &r);
	assert_issue(&r, 0, 2, "kode_atasan", "'HILANG' tidak ada");
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_position_csv_reports_loop_in_file(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	int bad = check_positions("kode,nama,jenis,kode_unit,kode_atasan\n"
		"A,Satu,pengawas,KEC-ASM,B\n"
		"B,Dua,pengawas,KEC-ASM,A\n"
		"C,Tiga,pengawas,KEC-ASM,C\n"
		"D,Empat,pengawas,KEC-ASM,CAMAT\n", &t, &r);
	assert_int_equal(bad, 3);
	assert_issue(&r, 0, 2, "kode_atasan", "lingkaran (loop)");
	assert_issue(&r, 1, 3, "kode_atasan", "lingkaran (loop)");
	assert_issue(&r, 2, 4, "kode_atasan", "lingkaran (loop)");
	assert_false(csv_report_row_bad(&r, 3));
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_position_csv_reports_duplicate_kode_and_bad_fields(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	int bad = check_positions("kode;nama;jenis;kode_unit\n"
		"A;Satu;pengawas;KEC-ASM\n"
		"A;Dua;pengawas;KEC-ASM\n"
		"B C;Tiga;eselon_iv;NOPE\n", &t, &r);
	assert_int_equal(bad, 2);
	assert_issue(&r, 0, 3, "kode", "sudah dipakai di baris 2");
	assert_issue(&r, 1, 4, "kode", "tanpa spasi");
	assert_issue(&r, 2, 4, "jenis", "Jenis jabatan 'eselon_iv' tidak dikenal");
	assert_issue(&r, 3, 4, "kode_unit", "'NOPE' tidak ditemukan");
	csv_report_release(&r);
	csv_table_release(&t);
}

static void test_position_csv_missing_jenis_column(void **state)
{
	(void)state;
	struct csv_table t;
	struct csv_report r;
	check_positions("kode,nama,kode_unit\nA,Satu,KEC-ASM\n", &t, &r);
	assert_int_equal(r.n, 1);
	assert_issue(&r, 0, 1, "jenis", "Kolom wajib 'jenis'");
	csv_report_release(&r);
	csv_table_release(&t);
}

/* ---- writing ---------------------------------------------------------- */

static const char *cell_text(struct strbuf *sb, const char *s)
{
	strbuf_reset(sb);
	csv_write_cell(sb, s);
	return sb->buf;
}

static void test_csv_write_cell_leaves_plain_text_alone(void **state)
{
	(void)state;
	struct strbuf sb = STRBUF_INIT;
	assert_string_equal(cell_text(&sb, "Budi Santoso"), "Budi Santoso");
	assert_string_equal(cell_text(&sb, "196608011988031001"), "196608011988031001");
	assert_string_equal(cell_text(&sb, ""), "");
	assert_string_equal(cell_text(&sb, NULL), "");
	strbuf_release(&sb);
}

static void test_csv_write_cell_quotes_separators_quotes_and_newlines(void **state)
{
	(void)state;
	struct strbuf sb = STRBUF_INIT;
	assert_string_equal(cell_text(&sb, "Budi, S.H."), "\"Budi, S.H.\"");
	assert_string_equal(cell_text(&sb, "a;b"), "\"a;b\"");
	assert_string_equal(cell_text(&sb, "kata \"kutip\""), "\"kata \"\"kutip\"\"\"");
	assert_string_equal(cell_text(&sb, "baris\r\nbaru"), "\"baris\r\nbaru\"");
	assert_string_equal(cell_text(&sb, " spasi "), "\" spasi \"");
	strbuf_release(&sb);
}

static void test_csv_write_cell_neutralises_formulas(void **state)
{
	(void)state;
	struct strbuf sb = STRBUF_INIT;
	assert_string_equal(cell_text(&sb, "=SUM(A1:A9)"), "'=SUM(A1:A9)");
	assert_string_equal(cell_text(&sb, "+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
	assert_string_equal(cell_text(&sb, "-2+3"), "'-2+3");
	assert_string_equal(cell_text(&sb, "@SUM(1)"), "'@SUM(1)");
	assert_string_equal(cell_text(&sb, "=HYPERLINK(\"http://x\",\"y\")"),
			    "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
	strbuf_release(&sb);
}

static void test_csv_write_cell_keeps_plain_numbers_and_dash(void **state)
{
	(void)state;
	struct strbuf sb = STRBUF_INIT;
	assert_string_equal(cell_text(&sb, "-12"), "-12");
	assert_string_equal(cell_text(&sb, "+3.5"), "+3.5");
	assert_string_equal(cell_text(&sb, "-"), "-");
	assert_string_equal(cell_text(&sb, "-1,5"), "\"-1,5\"");
	strbuf_release(&sb);
}

static void test_csv_write_row_ends_in_crlf(void **state)
{
	(void)state;
	struct strbuf sb = STRBUF_INIT;
	const char *const cells[] = { "a", NULL, "b,c" };
	csv_write_row(&sb, cells, 3);
	assert_string_equal(sb.buf, "a,,\"b,c\"\r\n");
	strbuf_release(&sb);
}

static void test_csv_round_trip_write_then_parse(void **state)
{
	(void)state;
	const char *const rows[][4] = {
		{ "nip", "nama", "catatan", "angka" },
		{ "196608011988031001", "Budi, S.H.", "kata \"kutip\"; titik koma", "-12" },
		{ "199001012015032002", "Siti\nAminah", " spasi ", "" },
		{ "198503122023212001", "Jos\xC3\xA9", "=1+1", "+3,5" },
		{ "198503122023212002", "'@x", "''=y", "'" },
	};
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < 5; i++)
		csv_write_row(&sb, rows[i], 4);
	struct csv_table t;
	parse_ok(sb.buf, &t);
	assert_int_equal(t.ncols, 4);
	assert_int_equal(t.nrows, 4);
	for (size_t r = 1; r < 5; r++) {
		for (size_t c = 0; c < 4; c++) {
			/* the guard apostrophe before "=1+1" (and "'@x") is read off */
			assert_string_equal(t.rows[r - 1].cells[c], rows[r][c]);
		}
	}
	assert_int_equal(t.rows[2].line, 5); /* row 2 spans lines 3-4 */
	csv_table_release(&t);
	strbuf_release(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv_parses_quoted_comma_and_newline),
		cmocka_unit_test(test_csv_detects_semicolon_separator),
		cmocka_unit_test(test_csv_ignores_separators_inside_quoted_header),
		cmocka_unit_test(test_csv_follows_excel_sep_line),
		cmocka_unit_test(test_csv_skips_utf8_bom),
		cmocka_unit_test(test_csv_keeps_utf8_text),
		cmocka_unit_test(test_csv_skips_blank_rows_and_counts_their_lines),
		cmocka_unit_test(test_csv_reads_last_row_without_newline),
		cmocka_unit_test(test_csv_trims_blanks_around_unquoted_cells_only),
		cmocka_unit_test(test_csv_col_is_case_insensitive),
		cmocka_unit_test(test_csv_unterminated_quote_names_the_line),
		cmocka_unit_test(test_csv_stray_quote_names_line_and_position),
		cmocka_unit_test(test_csv_rejects_non_utf8_naming_line_and_column),
		cmocka_unit_test(test_csv_rejects_overlong_utf8),
		cmocka_unit_test(test_csv_rejects_nul_byte),
		cmocka_unit_test(test_csv_rejects_row_with_wrong_cell_count),
		cmocka_unit_test(test_csv_rejects_empty_file),
		cmocka_unit_test(test_csv_rejects_file_of_blank_lines_and_bom),
		cmocka_unit_test(test_csv_rejects_more_rows_than_allowed),
		cmocka_unit_test(test_csv_accepts_exactly_max_rows),
		cmocka_unit_test(test_employee_csv_clean_file_has_no_issues),
		cmocka_unit_test(test_employee_csv_accepts_header_with_only_required_columns),
		cmocka_unit_test(test_employee_csv_missing_column_reported_once_on_line_1),
		cmocka_unit_test(test_employee_csv_unknown_and_repeated_columns_are_header_issues),
		cmocka_unit_test(test_employee_csv_ignores_columns_without_a_name),
		cmocka_unit_test(test_employee_csv_checks_every_row_with_line_and_column),
		cmocka_unit_test(test_employee_csv_reports_several_issues_in_one_row),
		cmocka_unit_test(test_employee_csv_duplicate_nip_names_the_first_line),
		cmocka_unit_test(test_employee_csv_golongan_must_fit_the_kind),
		cmocka_unit_test(test_employee_csv_nama_counts_characters_not_bytes),
		cmocka_unit_test(test_employee_csv_email_rules),
		cmocka_unit_test(test_employee_csv_skip_invalid_row_flags),
		cmocka_unit_test(test_employee_csv_10000_bad_rows_caps_issues_and_counts_all),
		cmocka_unit_test(test_employee_csv_without_lookup_skips_existence_checks),
		cmocka_unit_test(test_employee_status_canonical),
		cmocka_unit_test(test_position_csv_accepts_parent_later_in_file_or_in_db),
		cmocka_unit_test(test_position_csv_reports_unknown_parent),
		cmocka_unit_test(test_position_csv_reports_loop_in_file),
		cmocka_unit_test(test_position_csv_reports_duplicate_kode_and_bad_fields),
		cmocka_unit_test(test_position_csv_missing_jenis_column),
		cmocka_unit_test(test_csv_write_cell_leaves_plain_text_alone),
		cmocka_unit_test(test_csv_write_cell_quotes_separators_quotes_and_newlines),
		cmocka_unit_test(test_csv_write_cell_neutralises_formulas),
		cmocka_unit_test(test_csv_write_cell_keeps_plain_numbers_and_dash),
		cmocka_unit_test(test_csv_write_row_ends_in_crlf),
		cmocka_unit_test(test_csv_round_trip_write_then_parse),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
