/*
 * csvtable.h - CSV files as tables: parsing a whole file (libcsv underneath)
 * and writing cells for export.  Pure: no I/O.
 */
#ifndef KINERJA_DOMAIN_CSVTABLE_H
#define KINERJA_DOMAIN_CSVTABLE_H

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
 * Blanks around unquoted cells are dropped, and so is the apostrophe that
 * csv_write_cell puts before a formula-like value (so export -> import gives
 * back the same values); rows whose cells are all empty
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

/* The number of UTF-8 characters in the first n bytes of s (valid UTF-8). */
size_t csv_utf8_chars(const char *s, size_t n);

/* Appends one cell for export.  The cell is quoted (quotes doubled) when it
 * holds a comma, semicolon, quote, CR or LF, or starts or ends with a blank,
 * so the file reads back the same whichever separator Excel assumes.
 * Formula injection: a cell starting with = + - @ TAB or CR gets a leading
 * apostrophe so spreadsheets show it as text instead of running it (so does
 * such a cell behind apostrophes: "'=x" is written "''=x").  Plain
 * numbers ("-12", "+3,5") are left alone: they cannot be formulas, and
 * prefixing them would turn figures into text.  NIPs start with a digit and
 * are never touched.  NULL is written as an empty cell. */
void csv_write_cell(struct strbuf *sb, const char *s);
/* Appends n cells separated by commas and ending in CRLF (NULL cells are
 * empty). */
void csv_write_row(struct strbuf *sb, const char *const *cells, size_t n);

#endif
