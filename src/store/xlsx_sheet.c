/*
 * xlsx_sheet.c - the workbook in memory and the table layout every Excel
 * export shares (see xlsx_sheet.h).  libxlsxwriter writes a file: it goes
 * to a private temporary file that is read back and removed.
 */
#include "store/xlsx_sheet.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int read_back(const char *path, struct strbuf *out, struct kerr *err)
{
	FILE *f = fopen(path, "rb");
	char buf[65536];
	size_t got;
	if (!f)
		return kerr_set(err, KERR_IO, "", "Berkas Excel tidak dapat dibaca: %s", strerror(errno));
	while ((got = fread(buf, 1, sizeof buf, f)) > 0)
		strbuf_add(out, buf, got);
	int bad = ferror(f);
	fclose(f);
	return bad ? kerr_set(err, KERR_IO, "", "Berkas Excel tidak dapat dibaca") : 0;
}

int xlsx_workbook(xlsx_fill_fn fill, const void *ctx, struct strbuf *out, struct kerr *err)
{
	char path[256];
	const char *dir = getenv("TMPDIR");
	snprintf(path, sizeof path, "%s/kinerja-xlsx-XXXXXX", dir && *dir ? dir : "/tmp");
	int fd = mkstemp(path);
	if (fd < 0)
		return kerr_set(err, KERR_IO, "", "Berkas sementara tidak dapat dibuat: %s",
				strerror(errno));
	close(fd);
	lxw_workbook *wb = workbook_new(path);
	int rc;
	if (!wb) {
		rc = kerr_set(err, KERR_IO, "", "Buku kerja Excel tidak dapat dibuat");
	} else {
		fill(wb, ctx);
		lxw_error e = workbook_close(wb);
		rc = e != LXW_NO_ERROR ? kerr_set(err, KERR_IO, "", "Buku kerja Excel gagal ditulis: %s",
						  lxw_strerror(e))
				       : read_back(path, out, err);
	}
	unlink(path);
	return rc;
}

lxw_format *xlsx_head_format(lxw_workbook *wb, int wrap)
{
	lxw_format *head = workbook_add_format(wb);
	format_set_bold(head);
	format_set_bottom(head, LXW_BORDER_THIN);
	if (wrap)
		format_set_text_wrap(head);
	return head;
}

void xlsx_head_cell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *title,
		    double width, lxw_format *head)
{
	worksheet_write_string(ws, row, col, title, head);
	if (width > 0)
		worksheet_set_column(ws, col, col, width, NULL);
}

void xlsx_table_end(lxw_worksheet *ws, lxw_row_t head_row, size_t nrows, size_t ncols)
{
	worksheet_freeze_panes(ws, head_row + 1, 0);
	worksheet_autofilter(ws, head_row, 0, (lxw_row_t)(head_row + nrows), (lxw_col_t)(ncols - 1));
}
