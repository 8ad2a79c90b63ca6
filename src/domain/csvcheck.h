/*
 * csvcheck.h - checking employee and position import files row by row into
 * a report of problems (the table itself comes from csvtable.h).
 *
 * All pure: the caller reads the file, and answers "does this unit /
 * position code exist?" through callbacks, so the checks run the same from
 * the CLI, the HTTP upload and the tests.  Every message is Indonesian and
 * names the line of the file, so a clerk can find it in Excel.
 */
#ifndef KINERJA_DOMAIN_CSVCHECK_H
#define KINERJA_DOMAIN_CSVCHECK_H

#include <stddef.h>

#include "core/err.h"
#include "domain/csvtable.h"

/* One problem found in an import file. */
struct csv_issue {
	size_t line;      /* file line, as in csv_row.line; the header line for header problems */
	char column[48];  /* column name, "" if the problem is the whole row */
	char reason[256]; /* Indonesian, for the person fixing the file */
};

#define CSV_REPORT_MAX_ISSUES 1000

/* The result of a check.  The file is clean iff issues_total == 0.  Only the
 * first CSV_REPORT_MAX_ISSUES issues are kept in items; the counts go on. */
struct csv_report {
	struct csv_issue *items;
	size_t n, alloc;
	size_t rows_checked;   /* data rows looked at */
	size_t rows_bad;       /* data rows with at least one issue */
	size_t issues_total;   /* issues found, including those not stored */
	int header_bad;        /* the header is unusable: every row counts as bad */
	unsigned char *bad;    /* bad[i] != 0 if table row i is bad (nrows entries) */
	size_t nrows;
};

#define CSV_REPORT_INIT { NULL, 0, 0, 0, 0, 0, 0, NULL, 0 }

void csv_report_init(struct csv_report *r);
/* Frees the report and leaves it as csv_report_init does. */
void csv_report_release(struct csv_report *r);
/* 1 if row_index (0-based index into table->rows) had an issue, else 0.
 * Rows past the end of the checked table count as bad. */
int csv_report_row_bad(const struct csv_report *r, size_t row_index);
/* Records an issue (kept only while fewer than the cap are stored; always
 * counted in issues_total).  Does not mark any row bad: callers adding
 * their own problems (say, a database refusal) keep their own counts. */
void csv_report_add(struct csv_report *r, size_t line, const char *column, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* The longest values an employee record holds, in bytes of UTF-8 (the
 * buffers of struct employee in store/store.h, less the NUL): longer values
 * are refused, never cut.  A position's name holds POS_NAME_MAX_BYTES. */
#define EMP_NAME_MAX_BYTES 259
#define EMP_FRONT_TITLE_MAX_BYTES 47
#define EMP_BACK_TITLE_MAX_BYTES 63
#define EMP_EMAIL_MAX_BYTES 159
#define POS_NAME_MAX_BYTES 199

/* Columns of the employee CSV, in this order (also the export order):
 * nip,jenis_nip,nama,gelar_depan,gelar_belakang,golongan,kode_jabatan,
 * kode_unit,status,email.  nip, nama and kode_unit are required in the
 * header; the others may be left out. */
extern const char *const employee_csv_columns[];
extern const size_t employee_csv_ncols;

/* Columns of the positions CSV: kode,nama,jenis,kode_unit,kode_atasan.
 * All but kode_atasan are required in the header. */
extern const char *const position_csv_columns[];
extern const size_t position_csv_ncols;

/* The caller's answers from the database; each returns 1 if the code exists,
 * 0 if not.  A NULL lookup or NULL function skips that check. */
struct employee_csv_lookup {
	void *ctx;
	int (*unit_exists)(void *ctx, const char *code);
	int (*position_exists)(void *ctx, const char *code);
};

/* The stored spelling of an employee status: "aktif", "pindah" or
 * "pensiun" (input ASCII case-insensitive; NULL or "" mean "aktif"), or NULL
 * if s is none of them. */
const char *employee_status_canonical(const char *s);

/* Checks every row of an employee file, never stopping at the first bad one.
 * Header: the required columns present, no unknown or repeated column names
 * (columns with an empty name are ignored); any header problem is reported
 * at the header line and makes every row bad.  Rows: nip valid for its
 * jenis_nip (pns when empty) and not repeated in the file (the later row is
 * the bad one), nama non-empty and at most 200 characters, gelar at most 50,
 * none longer than the record holds (the *_MAX_BYTES above) nor on two lines,
 * golongan empty or valid for the kind, kode_unit given and existing,
 * kode_jabatan existing if given, status aktif/pindah/pensiun (empty =
 * aktif), email empty or one '@' with text on both sides and no blanks.
 * *report is initialised here (pass a fresh or released one; release it
 * afterwards).  Returns the number of bad rows (= report->rows_bad). */
int employee_csv_check(const struct csv_table *t, const struct employee_csv_lookup *lookup,
		       struct csv_report *report);

/* Same for a positions file: kode given, without blanks, at most 64
 * characters and unique in the file; nama as for employees; jenis a
 * position kind (see hierarchy.h); kode_unit existing; kode_atasan empty or
 * the kode of another row of the file or of a position in the database, and
 * not making a loop among the rows of the file. */
int position_csv_check(const struct csv_table *t, const struct employee_csv_lookup *lookup,
		       struct csv_report *report);

#endif
