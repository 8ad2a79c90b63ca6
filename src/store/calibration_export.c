/*
 * calibration_export.c - the calibration table as a file: CSV for Excel
 * or an Excel workbook through the shared writer (export_table.h), one
 * row per employee in the table's order, with the 360 and rater-flag
 * columns only for viewers who may see them (see calibration.h).
 */
#include "store/calibration.h"
#include "store/report.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { COL_360 = 9, COL_FLAGS = 11 };

static const struct export_column columns[] = {
	{ "nip", EXPORT_TEXT, 20 }, { "nama", EXPORT_TEXT, 32 },
	{ "jabatan", EXPORT_TEXT, 30 }, { "unit_kerja", EXPORT_TEXT, 28 },
	{ "pejabat_penilai", EXPORT_TEXT, 30 }, { "hasil_kerja", EXPORT_TEXT, 20 },
	{ "perilaku_kerja", EXPORT_TEXT, 20 }, { "predikat", EXPORT_TEXT, 18 },
	{ "capaian_persen", EXPORT_TEXT, 14 },
	{ "rata_rata_360", EXPORT_TEXT, 14 }, { "jawaban_360", EXPORT_TEXT, 12 },
	{ "tanda_penilai", EXPORT_TEXT, 24 },
	{ "usulan_menunggu", EXPORT_TEXT, 14 },
};
#define NCOLS (sizeof columns / sizeof columns[0])

/* A figure that may be missing: the columns are text, a number written
 * with a point ("87.5"), empty when there is none. */
static void figure(struct export_table *t, int has, double x, int decimals)
{
	char buf[48] = "";
	if (has)
		snprintf(buf, sizeof buf, "%.*f", decimals, x);
	export_text(t, buf);
}

static void add_row(struct export_table *t, const struct calib_row *w, int with_360,
		    int with_flags)
{
	export_text(t, w->nip);
	export_text(t, w->name);
	export_text(t, w->position_name);
	export_text(t, w->unit_name);
	export_text(t, w->final ? w->assessor_name : "");
	export_text(t, recap_rating_label(w->final ? w->hasil : RATING__LEVELS));
	export_text(t, recap_rating_label(w->final ? w->perilaku : RATING__LEVELS));
	export_text(t, recap_predicate_label(w->final ? w->predicate : PRED__COUNT));
	figure(t, w->capaian.set && !isnan(w->capaian.value), w->capaian.value, 2);
	if (with_360) {
		figure(t, w->r360_visible && w->r360_shown, w->r360_mean, 2);
		figure(t, w->r360_visible, w->r360_answers, 0);
	}
	if (with_flags) {
		struct strbuf sb = STRBUF_INIT;
		if (w->flags_known)
			calib_flags_text(w->assessor_flags, 0, &sb);
		export_text(t, sb.buf);
		strbuf_release(&sb);
	}
	figure(t, w->open_proposal != 0, (double)w->open_proposal, 0);
}

int calib_table_export(const struct calib_table *t, int with_360, int with_flags,
		       enum export_format format, struct strbuf *out, struct kerr *err)
{
	struct export_column cols[NCOLS];
	size_t n = 0;
	for (size_t i = 0; i < NCOLS; i++) {
		if (!with_360 && (i == COL_360 || i == COL_360 + 1))
			continue;
		if (!with_flags && i == COL_FLAGS)
			continue;
		cols[n++] = columns[i];
	}
	struct export_table x;
	export_table_init(&x, cols, n);
	for (size_t i = 0; i < t->n; i++)
		add_row(&x, &t->rows[i], with_360, with_flags);
	int rc = format == EXPORT_XLSX ? export_xlsx(&x, "Kalibrasi", out, err)
				       : export_csv(&x, out);
	export_table_release(&x);
	return rc;
}
