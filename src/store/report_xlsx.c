/*
 * report_xlsx.c - the recap and the contribution report as Excel
 * workbooks through libxlsxwriter (see report.h).  Every sheet opens with
 * its title, the filter used (unit and subtree, period, basis) and the
 * day it was made (a date cell), then the table: a bold header row that
 * stays frozen, an autofilter over the table, column widths; numbers are
 * numbers, percentages numbers (a share: 0.975) with a % format, dates
 * dates.  The same title and filter go to the printed page header.
 * The workbook and the table's layout are xlsx_sheet.h's.
 */
#include "store/report.h"
#include "store/xlsx_sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEAD_ROW 4      /* the table's header row (0-based): title, filter, date, blank */

struct formats {
	lxw_format *title, *head, *pct, *date, *money, *wrap;
};

static void make_formats(lxw_workbook *wb, struct formats *f)
{
	f->title = workbook_add_format(wb);
	format_set_bold(f->title);
	format_set_font_size(f->title, 14);
	f->head = xlsx_head_format(wb, 1);
	f->pct = workbook_add_format(wb);
	format_set_num_format(f->pct, "0.00%");
	f->date = workbook_add_format(wb);
	format_set_num_format(f->date, "dd/mm/yyyy");
	f->money = workbook_add_format(wb);
	format_set_num_format(f->money, "#,##0");
	f->wrap = workbook_add_format(wb);
	format_set_text_wrap(f->wrap);
}

/* "2026-11-29" as an Excel date (0 fields when it is not one). */
static lxw_datetime date_of(const char *ymd)
{
	lxw_datetime d = { 0 };
	int y = 0, m = 0, day = 0;
	if (ymd && sscanf(ymd, "%4d-%2d-%2d", &y, &m, &day) == 3) {
		d.year = y;
		d.month = m;
		d.day = day;
	}
	return d;
}

static void write_date(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *ymd,
		       const struct formats *f)
{
	lxw_datetime d = date_of(ymd);
	if (d.year)
		worksheet_write_datetime(ws, row, col, &d, f->date);
}

/* Text for the printed page header: '&' starts a code there, so it is
 * doubled; cut to fit (Excel takes 255 characters in all), never inside a
 * UTF-8 sequence. */
static void header_text(const char *in, char *out, size_t size)
{
	size_t o = 0;
	for (; *in && o + 3 < size; in++) {
		if (*in == '&')
			out[o++] = '&';
		out[o++] = *in;
	}
	while (o && (out[o - 1] & 0xC0) == 0x80 && *in)
		o--;              /* drop a cut sequence's tail bytes ... */
	if (o && (out[o - 1] & 0xC0) == 0xC0 && *in)
		o--;              /* ... and its lead byte */
	out[o] = '\0';
}

/* The title rows, the header row and column widths. */
static void sheet_head(lxw_worksheet *ws, const char *title, const char *filter, const char *today,
		       const char *const *cols, const double *widths, size_t ncols,
		       const struct formats *f)
{
	char header[400];
	worksheet_write_string(ws, 0, 0, title, f->title);
	worksheet_write_string(ws, 1, 0, filter, NULL);
	worksheet_write_string(ws, 2, 0, "Dibuat", NULL);
	write_date(ws, 2, 1, today, f);
	for (size_t c = 0; c < ncols; c++)
		xlsx_head_cell(ws, HEAD_ROW, (lxw_col_t)c, cols[c], widths[c], f->head);
	char t[100], fl[140];
	header_text(title, t, sizeof t);
	header_text(filter, fl, sizeof fl);
	snprintf(header, sizeof header, "&L%s&R%s", t, fl);
	worksheet_set_header(ws, header);
}

/* A percentage (97.5) as a share with the % format, or nothing. */
static void write_pct(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, int set, double value,
		      const struct formats *f)
{
	if (set)
		worksheet_write_number(ws, row, col, value / 100.0, f->pct);
}

/* ---- the recap ------------------------------------------------------------------------ */

static const char *const recap_heads[] = {
	"NIP", "Nama", "Jabatan", "Unit kerja", "Golongan", "Status SKP", "Jumlah RHK",
	"Jumlah IKI", "Capaian", "Rating hasil kerja", "Rating perilaku kerja", "Predikat",
	"Formulir 360 diminta", "Formulir 360 dijawab", "Respons 360", "TPP (Rp)",
	"Perhitungan TPP",
};
static const double recap_widths[] = { 21, 32, 30, 28, 9, 13, 8, 8, 10, 20, 20, 18, 10, 10, 10,
				       14, 22 };

static void recap_filter(const struct recap *r, char *out, size_t size)
{
	snprintf(out, size, "Filter: unit %s beserta unit di bawahnya; periode %s; penilaian %s; "
		 "capaian pada %s", r->unit.name, r->period.name, r->basis.name,
		 r->basis.capaian_checkpoint ? r->basis.capaian_name : "-");
}

static void recap_row_cells(lxw_worksheet *ws, lxw_row_t row, const struct recap_row *w,
			    int with_tpp, const struct formats *f)
{
	double share = 0;
	const char *text[] = { w->nip, w->name, w->position_name, w->unit_name, w->golongan,
			       recap_state_label(w->skp_state) };
	for (lxw_col_t c = 0; c < 6; c++)
		worksheet_write_string(ws, row, c, text[c], NULL);
	worksheet_write_number(ws, row, 6, w->n_rhk, NULL);
	worksheet_write_number(ws, row, 7, w->n_iki, NULL);
	write_pct(ws, row, 8, w->capaian.set, w->capaian.value, f);
	worksheet_write_string(ws, row, 9, recap_rating_label(w->hasil), NULL);
	worksheet_write_string(ws, row, 10, recap_rating_label(w->perilaku), NULL);
	worksheet_write_string(ws, row, 11, recap_predicate_label(w->predicate), NULL);
	worksheet_write_number(ws, row, 12, (double)w->r360_asked, NULL);
	worksheet_write_number(ws, row, 13, (double)w->r360_answered, NULL);
	int has_rate = !recap_rate(w->r360_answered, w->r360_asked, &share);
	write_pct(ws, row, 14, has_rate, share, f);
	if (with_tpp && w->has_tpp) {
		worksheet_write_number(ws, row, 15, (double)w->tpp, f->money);
		worksheet_write_string(ws, row, 16, w->tpp_run, NULL);
	}
}

static void recap_sheet(lxw_workbook *wb, const struct recap *r, const struct formats *f)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, "Rekap");
	char title[400], filter[600];
	size_t ncols = r->with_tpp ? recap_ncols : recap_ncols - 2;
	snprintf(title, sizeof title, "Rekap Kinerja %s, %s", r->unit.name, r->period.name);
	recap_filter(r, filter, sizeof filter);
	sheet_head(ws, title, filter, r->today, recap_heads, recap_widths, ncols, f);
	for (size_t i = 0; i < r->n; i++)
		recap_row_cells(ws, (lxw_row_t)(HEAD_ROW + 1 + i), &r->rows[i], r->with_tpp, f);
	xlsx_table_end(ws, HEAD_ROW, r->n, ncols);
}

static const char *const curve_heads[] = {
	"Unit kerja", "Predikat unit", "Pegawai di unit", "Dinilai", "Sangat Baik", "Baik",
	"Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang", "Kurva", "Penyimpangan",
};
static const double curve_widths[] = { 32, 16, 10, 9, 9, 9, 10, 11, 9, 18, 60 };

static const char *curve_state(const struct unit_curve *c)
{
	return !c->result.set ? "Predikat unit belum ada" : c->n_dev ? "Menyimpang" : "Sesuai kurva";
}

static void curve_sheet(lxw_workbook *wb, const struct recap *r, const struct formats *f)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, "Kurva");
	char title[400], filter[600];
	static const enum predicate order[] = { PRED_SANGAT_BAIK, PRED_BAIK, PRED_BUTUH_PERBAIKAN,
						PRED_KURANG, PRED_SANGAT_KURANG };
	snprintf(title, sizeof title, "Sebaran Predikat terhadap Kurva: %s, %s", r->unit.name,
		 r->period.name);
	recap_filter(r, filter, sizeof filter);
	sheet_head(ws, title, filter, r->today, curve_heads, curve_widths, 11, f);
	for (size_t i = 0; i < r->n_curves; i++) {
		const struct unit_curve *c = &r->curves[i];
		lxw_row_t row = (lxw_row_t)(HEAD_ROW + 1 + i);
		struct strbuf dev;
		strbuf_init(&dev, 0);
		for (size_t d = 0; d < c->n_dev; d++)
			strbuf_addf(&dev, "%s%s", d ? "; " : "", c->dev[d].message);
		worksheet_write_string(ws, row, 0, c->unit.name, NULL);
		worksheet_write_string(ws, row, 1, c->result.set ?
				       unit_predicate_label(c->result.predicate) : "", NULL);
		worksheet_write_number(ws, row, 2, c->members, NULL);
		worksheet_write_number(ws, row, 3, c->total, NULL);
		for (int k = 0; k < 5; k++)
			worksheet_write_number(ws, row, (lxw_col_t)(4 + k), c->count[order[k]], NULL);
		worksheet_write_string(ws, row, 9, curve_state(c), NULL);
		worksheet_write_string(ws, row, 10, dev.buf, f->wrap);
		strbuf_release(&dev);
	}
	xlsx_table_end(ws, HEAD_ROW, r->n_curves, 11);
}

static const char *const overdue_heads[] = {
	"Jenis", "NIP", "Nama", "Unit kerja", "Keterangan", "Jumlah", "Tenggat", "Hari terlambat",
};
static const double overdue_widths[] = { 26, 21, 32, 28, 45, 8, 12, 10 };

static void overdue_sheet(lxw_workbook *wb, const struct recap *r, const struct formats *f)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, "Terlambat");
	char title[400], filter[600];
	snprintf(title, sizeof title, "Pekerjaan yang Terlambat: %s, %s", r->unit.name,
		 r->period.name);
	recap_filter(r, filter, sizeof filter);
	sheet_head(ws, title, filter, r->today, overdue_heads, overdue_widths, 8, f);
	for (size_t i = 0; i < r->n_overdue; i++) {
		const struct overdue_item *it = &r->overdue[i];
		lxw_row_t row = (lxw_row_t)(HEAD_ROW + 1 + i);
		worksheet_write_string(ws, row, 0, overdue_kind_label(it->kind), NULL);
		worksheet_write_string(ws, row, 1, it->nip, NULL);
		worksheet_write_string(ws, row, 2, it->name, NULL);
		worksheet_write_string(ws, row, 3, it->unit_name, NULL);
		worksheet_write_string(ws, row, 4, it->what, NULL);
		worksheet_write_number(ws, row, 5, (double)it->count, NULL);
		write_date(ws, row, 6, it->due, f);
		worksheet_write_number(ws, row, 7, it->days_late, NULL);
	}
	xlsx_table_end(ws, HEAD_ROW, r->n_overdue, 8);
}

/* ---- the contribution report ----------------------------------------------------------------- */

static const char *const contrib_heads[] = {
	"Kode sasaran", "Sasaran", "Capaian sasaran", "Unit kerja", "Capaian unit (sasaran ini)",
	"NIP", "Nama", "Jabatan", "RHK", "Jenis RHK", "Capaian RHK",
};
static const double contrib_widths[] = { 10, 40, 10, 28, 12, 21, 30, 28, 50, 9, 10 };

static void contrib_filter(const struct contribution *c, char *out, size_t size)
{
	snprintf(out, size, "Filter: unit %s beserta unit di bawahnya; periode %s; capaian pada %s",
		 c->unit.name, c->period.name,
		 c->basis.capaian_checkpoint ? c->basis.capaian_name : "-");
}

static void contrib_rows(lxw_worksheet *ws, const struct contribution *c,
			 const struct formats *f)
{
	lxw_row_t row = HEAD_ROW + 1;
	for (size_t p = 0; p < c->n_parts; p++) {
		const struct contrib_part *pt = &c->parts[p];
		const struct contrib_goal *g = &c->goals[pt->goal];
		for (size_t i = pt->first; i < pt->first + pt->count; i++, row++) {
			const struct contrib_rhk *x = &c->rhk[i];
			worksheet_write_string(ws, row, 0, g->code, NULL);
			worksheet_write_string(ws, row, 1, g->text, NULL);
			write_pct(ws, row, 2, g->fig.has_mean, g->fig.mean, f);
			worksheet_write_string(ws, row, 3, pt->unit_name, NULL);
			write_pct(ws, row, 4, pt->fig.has_mean, pt->fig.mean, f);
			worksheet_write_string(ws, row, 5, x->nip, NULL);
			worksheet_write_string(ws, row, 6, x->owner, NULL);
			worksheet_write_string(ws, row, 7, x->position, NULL);
			worksheet_write_string(ws, row, 8, x->text, NULL);
			worksheet_write_string(ws, row, 9, x->utama ? "utama" : "tambahan", NULL);
			write_pct(ws, row, 10, c->pct[i].set, c->pct[i].value, f);
		}
	}
}

static const char *const goal_heads[] = {
	"Kode sasaran", "Sasaran", "Unit pemilik", "RHK pendukung", "RHK dengan capaian",
	"Capaian", "Cara menghitung",
};
static const double goal_widths[] = { 10, 45, 28, 10, 10, 10, 80 };

static void goal_sheet(lxw_workbook *wb, const struct contribution *c, const char *title,
		       const char *filter, const struct formats *f)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, "Per sasaran");
	sheet_head(ws, title, filter, c->today, goal_heads, goal_widths, 7, f);
	for (size_t g = 0; g < c->n_goals; g++) {
		const struct contrib_goal *cg = &c->goals[g];
		lxw_row_t row = (lxw_row_t)(HEAD_ROW + 1 + g);
		struct strbuf why;
		strbuf_init(&why, 0);
		contribution_explain(c->pct + cg->first, cg->count, "sasaran ini", &why);
		worksheet_write_string(ws, row, 0, cg->code, NULL);
		worksheet_write_string(ws, row, 1, cg->text, f->wrap);
		worksheet_write_string(ws, row, 2, cg->unit_name, NULL);
		worksheet_write_number(ws, row, 3, (double)cg->fig.n_rhk, NULL);
		worksheet_write_number(ws, row, 4, (double)cg->fig.n_measured, NULL);
		write_pct(ws, row, 5, cg->fig.has_mean, cg->fig.mean, f);
		worksheet_write_string(ws, row, 6, why.buf, f->wrap);
		strbuf_release(&why);
	}
	xlsx_table_end(ws, HEAD_ROW, c->n_goals, 7);
}

static const char *const unit_heads[] = {
	"Unit kerja", "Sasaran yang didukung", "RHK pendukung", "RHK dengan capaian", "Capaian",
};
static const double unit_widths[] = { 32, 12, 10, 10, 10 };

static void unit_sheet(lxw_workbook *wb, const struct contribution *c, const char *title,
		       const char *filter, const struct formats *f)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, "Per unit");
	sheet_head(ws, title, filter, c->today, unit_heads, unit_widths, 5, f);
	for (size_t u = 0; u < c->n_units; u++) {
		const struct contrib_unit *cu = &c->units[u];
		lxw_row_t row = (lxw_row_t)(HEAD_ROW + 1 + u);
		worksheet_write_string(ws, row, 0, cu->unit_name, NULL);
		worksheet_write_number(ws, row, 1, (double)cu->goals, NULL);
		worksheet_write_number(ws, row, 2, (double)cu->fig.n_rhk, NULL);
		worksheet_write_number(ws, row, 3, (double)cu->fig.n_measured, NULL);
		write_pct(ws, row, 4, cu->fig.has_mean, cu->fig.mean, f);
	}
	xlsx_table_end(ws, HEAD_ROW, c->n_units, 5);
}

/* ---- writing the workbook --------------------------------------------------------------------- */

static void fill_recap(lxw_workbook *wb, const void *report)
{
	const struct recap *r = report;
	struct formats f;
	make_formats(wb, &f);
	recap_sheet(wb, r, &f);
	curve_sheet(wb, r, &f);
	overdue_sheet(wb, r, &f);
}

static void fill_contribution(lxw_workbook *wb, const void *report)
{
	const struct contribution *c = report;
	struct formats f;
	lxw_worksheet *ws;
	char title[400], filter[600];
	make_formats(wb, &f);
	ws = workbook_add_worksheet(wb, "Kontribusi");
	snprintf(title, sizeof title, "Laporan Kontribusi %s, %s", c->unit.name, c->period.name);
	contrib_filter(c, filter, sizeof filter);
	sheet_head(ws, title, filter, c->today, contrib_heads, contrib_widths, 11, &f);
	contrib_rows(ws, c, &f);
	xlsx_table_end(ws, HEAD_ROW, c->n_rhk, 11);
	goal_sheet(wb, c, title, filter, &f);
	unit_sheet(wb, c, title, filter, &f);
}

int recap_xlsx(const struct recap *r, struct strbuf *out, struct kerr *err)
{
	return xlsx_workbook(fill_recap, r, out, err);
}

int contribution_xlsx(const struct contribution *c, struct strbuf *out, struct kerr *err)
{
	return xlsx_workbook(fill_contribution, c, out, err);
}
