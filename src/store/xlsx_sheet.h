/*
 * xlsx_sheet.h - what every Excel export of the program shares
 * (libxlsxwriter): the workbook, made in a private temporary file that is
 * read back into memory and removed, and the table on a sheet - a bold
 * header row with a thin line under it, column widths, the rows above
 * the table frozen, an autofilter over the header and the rows.  Used by
 * export_table.c (lists, analysis and calibration tables), report_xlsx.c
 * (recap and contribution report) and tpp_export.c (the payroll).
 */
#ifndef KINERJA_XLSX_SHEET_H
#define KINERJA_XLSX_SHEET_H

#include <stddef.h>

#include <xlsxwriter.h>

#include "core/err.h"
#include "core/strbuf.h"

/* Fills a new workbook (adds its formats and sheets). */
typedef void (*xlsx_fill_fn)(lxw_workbook *wb, const void *ctx);

/* Makes a workbook with fill(wb, ctx) and appends its bytes to out; 0, or
 * -1 with KERR_IO when the temporary file or the workbook fails. */
int xlsx_workbook(xlsx_fill_fn fill, const void *ctx, struct strbuf *out, struct kerr *err);

/* The header row's format: bold, a thin line under it; `wrap` wraps long
 * titles. */
lxw_format *xlsx_head_format(lxw_workbook *wb, int wrap);

/* The header cell `title` of column col at row, in format head, and the
 * column's width in characters (0 leaves Excel's). */
void xlsx_head_cell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *title,
		    double width, lxw_format *head);

/* Ends a table whose header is at head_row: the rows down to the header
 * frozen, an autofilter over the header and the nrows rows below it. */
void xlsx_table_end(lxw_worksheet *ws, lxw_row_t head_row, size_t nrows, size_t ncols);

#endif
