/*
 * export_table.c - the typed table of an exported list and its writers,
 * CSV and Excel (see export_table.h; the workbook and the table's layout
 * are xlsx_sheet.h's).
 */
#include "store/export_table.h"
#include "domain/csvtable.h"
#include "core/timeutil.h"
#include "store/xlsx_sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WIB_OFFSET (7 * 3600)

int export_format_parse(const char *f, enum export_format *out, struct kerr *err)
{
	*out = EXPORT_NONE;
	if (!f || !*f)
		return 0;
	if (!strcmp(f, "csv"))
		*out = EXPORT_CSV;
	else if (!strcmp(f, "xlsx"))
		*out = EXPORT_XLSX;
	else
		return kerr_set(err, KERR_INVALID, "format", "Nilai '%.40s' untuk format tidak dikenal; "
				"pilihan: csv atau xlsx", f);
	return 0;
}

/* ---- the table ------------------------------------------------------------------------ */

void export_table_init(struct export_table *t, const struct export_column *cols, size_t ncols)
{
	memset(t, 0, sizeof *t);
	t->cols = cols;
	t->ncols = ncols;
}

void export_table_release(struct export_table *t)
{
	for (size_t i = 0; i < t->ncells; i++)
		free(t->cells[i].text);
	free(t->cells);
	memset(t, 0, sizeof *t);
}

static struct export_cell *next_cell(struct export_table *t)
{
	if (t->ncells == t->alloc)
		t->cells = xrealloc(t->cells, (t->alloc = t->alloc ? t->alloc * 2 : 256) *
				    sizeof *t->cells);
	struct export_cell *c = &t->cells[t->ncells++];
	memset(c, 0, sizeof *c);
	return c;
}

void export_text(struct export_table *t, const char *s)
{
	next_cell(t)->text = xstrdup(s ? s : "");
}

void export_number(struct export_table *t, double x)
{
	next_cell(t)->num = x;
}

void export_time(struct export_table *t, int64_t unix_secs)
{
	next_cell(t)->time = unix_secs;
}

size_t export_rows(const struct export_table *t)
{
	return t->ncols ? t->ncells / t->ncols : 0;
}

/* ---- CSV -------------------------------------------------------------------------------- */

/* "2026-11-28 16:30" in WIB, "" for 0. */
static void time_text(int64_t t, char out[48])
{
	struct tm tm;
	out[0] = '\0';
	if (!t)
		return;
	wib_tm(t, &tm);
	snprintf(out, 48, "%04d-%02d-%02d %02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
		 tm.tm_mday, tm.tm_hour, tm.tm_min);
}

static void cell_text(const struct export_table *t, const struct export_cell *c, size_t col,
		      char buf[48], const char **out)
{
	switch (t->cols[col].type) {
	case EXPORT_NUMBER:
		snprintf(buf, 48, "%.15g", c->num);
		*out = buf;
		break;
	case EXPORT_TIME:
		time_text(c->time, buf);
		*out = buf;
		break;
	default:
		*out = c->text;
	}
}

int export_csv(const struct export_table *t, struct strbuf *out)
{
	const char **cells = xmalloc((t->ncols ? t->ncols : 1) * sizeof *cells);
	char (*bufs)[48] = xmalloc((t->ncols ? t->ncols : 1) * sizeof *bufs);
	strbuf_addstr(out, "\xEF\xBB\xBF");   /* UTF-8 BOM, so Excel reads UTF-8 */
	for (size_t c = 0; c < t->ncols; c++)
		cells[c] = t->cols[c].title;
	csv_write_row(out, cells, t->ncols);
	for (size_t row = 0; row < export_rows(t); row++) {
		for (size_t c = 0; c < t->ncols; c++)
			cell_text(t, &t->cells[row * t->ncols + c], c, bufs[c], &cells[c]);
		csv_write_row(out, cells, t->ncols);
	}
	free(bufs);
	free(cells);
	return 0;
}

/* ---- Excel ------------------------------------------------------------------------------ */

static void write_cell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, enum export_type type,
		       const struct export_cell *c, lxw_format *date)
{
	if (type == EXPORT_NUMBER)
		worksheet_write_number(ws, row, col, c->num, NULL);
	else if (type == EXPORT_TIME && c->time)
		worksheet_write_unixtime(ws, row, col, c->time + WIB_OFFSET, date);
	else if (type == EXPORT_TEXT)
		worksheet_write_string(ws, row, col, c->text, NULL);
}

struct sheet_of {
	const struct export_table *t;
	const char *name;
};

static void write_sheet(lxw_workbook *wb, const void *ctx)
{
	const struct sheet_of *sh = ctx;
	const struct export_table *t = sh->t;
	lxw_worksheet *ws = workbook_add_worksheet(wb, sh->name);
	lxw_format *head = xlsx_head_format(wb, 0), *date = workbook_add_format(wb);
	size_t rows = export_rows(t);
	format_set_num_format(date, "yyyy-mm-dd hh:mm");
	for (size_t c = 0; c < t->ncols; c++)
		xlsx_head_cell(ws, 0, (lxw_col_t)c, t->cols[c].title, t->cols[c].width, head);
	for (size_t row = 0; row < rows; row++)
		for (size_t c = 0; c < t->ncols; c++)
			write_cell(ws, (lxw_row_t)(row + 1), (lxw_col_t)c, t->cols[c].type,
				   &t->cells[row * t->ncols + c], date);
	xlsx_table_end(ws, 0, rows, t->ncols);
}

int export_xlsx(const struct export_table *t, const char *sheet, struct strbuf *out,
		struct kerr *err)
{
	struct sheet_of sh = { t, sheet };
	return xlsx_workbook(write_sheet, &sh, out, err);
}
