/*
 * export_table.h - a table of typed cells written as CSV for Excel (UTF-8
 * with a BOM, CRLF line ends, a header row) or as an Excel workbook
 * (libxlsxwriter: numbers as numbers, times as dates in WIB, text as
 * text, the header row frozen and an autofilter over the table).  One
 * writer for the exported lists (employees, SKPs, assessments,
 * objections), used by the pages (web/list_export.h replies with it) and
 * by `kinerja report list` (cli/cmd_report_list.c): no HTTP in here.
 */
#ifndef KINERJA_EXPORT_TABLE_H
#define KINERJA_EXPORT_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "core/strbuf.h"

enum export_type {
	EXPORT_TEXT,
	EXPORT_NUMBER,
	EXPORT_TIME,     /* unix seconds, shown as a WIB date and time; 0 empty */
};

struct export_column {
	const char *title;
	enum export_type type;
	double width;            /* Excel column width (characters) */
};

struct export_cell {
	char *text;              /* EXPORT_TEXT */
	double num;              /* EXPORT_NUMBER */
	int64_t time;            /* EXPORT_TIME */
};

struct export_table {
	const struct export_column *cols;
	size_t ncols;
	struct export_cell *cells;   /* row after row, ncols each */
	size_t ncells, alloc;
};

/* The formats a list offers: none (the page itself), csv, xlsx. */
enum export_format { EXPORT_NONE, EXPORT_CSV, EXPORT_XLSX };
#define EXPORT_MAX_ROWS 100000

/* Reads a format's name: NULL or "" is EXPORT_NONE, else "csv" or "xlsx";
 * KERR_INVALID "format" naming them otherwise. */
int export_format_parse(const char *name, enum export_format *out, struct kerr *err);

void export_table_init(struct export_table *t, const struct export_column *cols, size_t ncols);
void export_table_release(struct export_table *t);
/* Appends the next cell (by the column's type). */
void export_text(struct export_table *t, const char *s);
void export_number(struct export_table *t, double x);
void export_time(struct export_table *t, int64_t unix_secs);
size_t export_rows(const struct export_table *t);

/* Appends the table to out as CSV; returns 0. */
int export_csv(const struct export_table *t, struct strbuf *out);
/* Appends the table to out as an .xlsx workbook of one sheet named
 * `sheet`; 0, or -1 with KERR_IO. */
int export_xlsx(const struct export_table *t, const char *sheet, struct strbuf *out,
		struct kerr *err);

#endif
