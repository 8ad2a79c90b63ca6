/*
 * tpp_export.c - the payroll export of an allowance (TPP) run: its items
 * as CSV (csv_write_row, the same cells the employee export writes) and
 * as an Excel workbook through libxlsxwriter (amounts as numbers with a
 * thousands format, the NIP as text, the header row frozen and an
 * autofilter over the table: xlsx_sheet.h).
 */
#include "store/tpp.h"
#include "domain/csvtable.h"
#include "domain/hierarchy.h"
#include "store/xlsx_sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const tpp_export_columns[] = {
	"nip", "nama", "golongan", "jenis_jabatan", "unit_kerja", "predikat", "besaran_dasar",
	"bulan_dibayar", "tpp_kinerja", "tpp_disiplin", "potongan", "pembulatan", "jumlah",
};
const size_t tpp_export_ncols = sizeof tpp_export_columns / sizeof tpp_export_columns[0];

#define FIRST_NUMBER 6   /* besaran_dasar onwards are numbers */

static int all_items(struct db *db, int64_t run_id, struct tpp_item **v, size_t *n,
		     struct kerr *err)
{
	int64_t total = 0;
	struct tpp_run run;
	if (store_tpp_run_get(db, run_id, &run, err))
		return -1;
	return store_tpp_items(db, run_id, NULL, 1, 0, v, n, &total, err);
}

/* The item's numbers in column order from FIRST_NUMBER. */
static void numbers(const struct tpp_item *it, int64_t out[7])
{
	out[0] = it->base;
	out[1] = it->months_paid;
	out[2] = it->kinerja;
	out[3] = it->disiplin;
	out[4] = it->potongan;
	out[5] = it->pembulatan;
	out[6] = it->amount;
}

static const char *kind_label(const char *kind)
{
	const char *l = position_kind_label(kind);
	return l ? l : kind;
}

int store_tpp_export_csv(struct db *db, int64_t run_id, struct strbuf *out, struct kerr *err)
{
	struct tpp_item *v = NULL;
	size_t n = 0;
	if (all_items(db, run_id, &v, &n, err))
		return -1;
	csv_write_row(out, tpp_export_columns, tpp_export_ncols);
	for (size_t i = 0; i < n; i++) {
		char num[7][24];
		int64_t x[7];
		numbers(&v[i], x);
		for (int k = 0; k < 7; k++)
			snprintf(num[k], sizeof num[k], "%lld", (long long)x[k]);
		const char *cells[] = { v[i].nip, v[i].name, v[i].golongan,
					kind_label(v[i].position_kind), v[i].unit_name,
					tpp_pred_label(v[i].predicate), num[0], num[1], num[2],
					num[3], num[4], num[5], num[6] };
		csv_write_row(out, cells, tpp_export_ncols);
	}
	tpp_items_free(v, n);
	return 0;
}

/* ---- Excel ------------------------------------------------------------------------------------- */

struct items {
	const struct tpp_item *v;
	size_t n;
};

static void write_row(lxw_worksheet *ws, lxw_row_t row, const struct tpp_item *it,
		      lxw_format *money)
{
	int64_t x[7];
	const char *text[] = { it->nip, it->name, it->golongan, kind_label(it->position_kind),
			       it->unit_name, tpp_pred_label(it->predicate) };
	for (int c = 0; c < FIRST_NUMBER; c++)
		worksheet_write_string(ws, row, (lxw_col_t)c, text[c], NULL);
	numbers(it, x);
	for (int k = 0; k < 7; k++)
		worksheet_write_number(ws, row, (lxw_col_t)(FIRST_NUMBER + k), (double)x[k],
				       k == 1 ? NULL : money);
}

static void write_sheet(lxw_workbook *wb, const void *ctx)
{
	const struct items *items = ctx;
	lxw_worksheet *ws = workbook_add_worksheet(wb, "TPP");
	lxw_format *head = xlsx_head_format(wb, 0), *money = workbook_add_format(wb);
	format_set_num_format(money, "#,##0");
	for (size_t c = 0; c < tpp_export_ncols; c++)
		xlsx_head_cell(ws, 0, (lxw_col_t)c, tpp_export_columns[c], 0, head);
	for (size_t i = 0; i < items->n; i++)
		write_row(ws, (lxw_row_t)(i + 1), &items->v[i], money);
	worksheet_set_column(ws, 0, 0, 21, NULL);
	worksheet_set_column(ws, 1, 1, 32, NULL);
	worksheet_set_column(ws, 4, 4, 28, NULL);
	worksheet_set_column(ws, 6, (lxw_col_t)(tpp_export_ncols - 1), 14, NULL);
	xlsx_table_end(ws, 0, items->n, tpp_export_ncols);
}

int store_tpp_export_xlsx(struct db *db, int64_t run_id, struct strbuf *out, struct kerr *err)
{
	struct items items = { NULL, 0 };
	struct tpp_item *v = NULL;
	if (all_items(db, run_id, &v, &items.n, err))
		return -1;
	items.v = v;
	int rc = xlsx_workbook(write_sheet, &items, out, err);
	tpp_items_free(v, items.n);
	return rc;
}
