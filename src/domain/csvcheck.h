/*
 * csvcheck.h - CSV files for import and export: parsing a whole file into a
 * table (libcsv underneath), checking employee and position import files
 * row by row into a report of problems, and writing cells safely.
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
#include "core/strbuf.h"

/* One data row: exactly table->ncols cells, each a NUL-terminated UTF-8
 * string (never NULL; "" for an empty cell). */
struct csv_row {
	char **cells;
	size_t line; /* 1-based line of the file where the row starts */
};

struct csv_table {
	char **header;      /* column names as written in the file */
	size_t ncols;
	struct csv_row *rows;
	size_t nrows;
	size_t header_line; /* 1, or 2 after an Excel "sep=;" line */
	char delim;         /* ',' or ';' */
};

#define CSV_TABLE_INIT { NULL, 0, NULL, 0, 0, ',' }

/* Parses a whole CSV file: RFC 4180 quoting (fields may hold the separator,
 * quotes written twice, and line breaks), CRLF, LF or CR line ends, an
 * optional UTF-8 byte-order mark and an optional Excel "sep=X" first line.
 * The separator is ';' if the header line has more semicolons than commas
 * outside quotes (Excel in the Indonesian locale writes ';'), else ','.
 * Blanks around unquoted cells are dropped; rows whose cells are all empty
 * (blank lines, ";;;;" from Excel) are skipped.  max_rows caps the number
 * of data rows (0 = no cap).
 * Returns 0 and fills *out (any previous contents are overwritten, not
 * freed), or -1 with *out empty and a message naming the line for: bytes
 * that are not UTF-8 (or NUL; also names the character position), a stray
 * or unterminated quote, a row whose cell count differs from the header
 * (KERR_INVALID), an empty file (KERR_INVALID), more than max_rows rows
 * (KERR_TOO_LARGE).  Field "file". */
int csv_table_parse(const char *data, size_t len, size_t max_rows, struct csv_table *out,
		    struct kerr *err);
/* Frees everything the table holds and leaves it empty (CSV_TABLE_INIT). */
void csv_table_release(struct csv_table *t);
/* Index of the header column called name (ASCII case-insensitive), or -1. */
int csv_table_col(const struct csv_table *t, const char *name);

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

/* Appends one cell for export.  The cell is quoted (quotes doubled) when it
 * holds a comma, semicolon, quote, CR or LF, or starts or ends with a blank,
 * so the file reads back the same whichever separator Excel assumes.
 * Formula injection: a cell starting with = + - @ TAB or CR gets a leading
 * apostrophe so spreadsheets show it as text instead of running it.  Plain
 * numbers ("-12", "+3,5") are left alone: they cannot be formulas, and
 * prefixing them would turn figures into text.  NIPs start with a digit and
 * are never touched.  NULL is written as an empty cell. */
void csv_write_cell(struct strbuf *sb, const char *s);
/* Appends n cells separated by commas and ending in CRLF (NULL cells are
 * empty). */
void csv_write_row(struct strbuf *sb, const char *const *cells, size_t n);

#endif
