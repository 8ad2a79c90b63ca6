/*
 * report_csv.c - the recap and the contribution report as CSV (see
 * report.h): UTF-8 with a byte-order mark, so Excel reads the accents,
 * CRLF line ends, a header row of the columns below, cells written with
 * csv_write_row (quoted where needed, formula injection defused).
 * Numbers are plain ("97.50": a point, two decimals; counts and rupiah
 * whole); a figure that is missing is an empty cell.  The labels of
 * states, ratings and predicates are the pages'.
 */
#include "store/report.h"
#include "domain/csvtable.h"

#include <stdio.h>
#include <string.h>

const char *const recap_columns[] = {
	"nip", "nama", "jabatan", "unit_kerja", "golongan", "status_skp", "jumlah_rhk",
	"jumlah_iki", "capaian_persen", "rating_hasil_kerja", "rating_perilaku_kerja", "predikat",
	"respons_360_diminta", "respons_360_dijawab", "respons_360_persen", "tpp",
	"tpp_perhitungan",
};
const size_t recap_ncols = sizeof recap_columns / sizeof recap_columns[0];

const char *const contribution_columns[] = {
	"kode_sasaran", "sasaran", "capaian_sasaran_persen", "unit_kerja", "capaian_unit_persen",
	"nip", "nama", "jabatan", "rhk", "jenis_rhk", "capaian_rhk_persen",
};
const size_t contribution_ncols = sizeof contribution_columns / sizeof contribution_columns[0];

#define UTF8_BOM "\xef\xbb\xbf"

const char *recap_state_label(const char *state)
{
	enum skp_state s;
	return skp_state_parse(state, &s) ? "Belum ada" : skp_state_label(s);
}

const char *recap_rating_label(enum rating r)
{
	return r < RATING__LEVELS ? rating_label(r) : "";
}

const char *recap_predicate_label(enum predicate p)
{
	return p < PRED__COUNT ? predicate_label(p) : "";
}

/* "97.50", or "" when missing. */
static void pct_cell(char *out, size_t size, int set, double value)
{
	if (set)
		snprintf(out, size, "%.2f", value);
	else
		out[0] = '\0';
}

void recap_csv(const struct recap *r, struct strbuf *out)
{
	size_t ncols = r->with_tpp ? recap_ncols : recap_ncols - 2;
	strbuf_addstr(out, UTF8_BOM);
	csv_write_row(out, recap_columns, ncols);
	for (size_t i = 0; i < r->n; i++) {
		const struct recap_row *w = &r->rows[i];
		char rhk[16], iki[16], cap[32], asked[24], answered[24], rate[32], tpp[24];
		double share = 0;
		int has_rate = !recap_rate(w->r360_answered, w->r360_asked, &share);
		snprintf(rhk, sizeof rhk, "%d", w->n_rhk);
		snprintf(iki, sizeof iki, "%d", w->n_iki);
		pct_cell(cap, sizeof cap, w->capaian.set, w->capaian.value);
		snprintf(asked, sizeof asked, "%lld", (long long)w->r360_asked);
		snprintf(answered, sizeof answered, "%lld", (long long)w->r360_answered);
		pct_cell(rate, sizeof rate, has_rate, share);
		snprintf(tpp, sizeof tpp, "%lld", (long long)w->tpp);
		const char *cells[] = {
			w->nip, w->name, w->position_name, w->unit_name, w->golongan,
			recap_state_label(w->skp_state), rhk, iki, cap, recap_rating_label(w->hasil),
			recap_rating_label(w->perilaku), recap_predicate_label(w->predicate), asked,
			answered, rate, w->has_tpp ? tpp : "", w->tpp_run,
		};
		csv_write_row(out, cells, ncols);
	}
}

/* The rows of one part (a unit within a goal). */
static void part_rows(const struct contribution *c, const struct contrib_part *pt,
		      const char *gpct, struct strbuf *out)
{
	const struct contrib_goal *g = &c->goals[pt->goal];
	char upct[32], rpct[32];
	pct_cell(upct, sizeof upct, pt->fig.has_mean, pt->fig.mean);
	for (size_t i = pt->first; i < pt->first + pt->count; i++) {
		const struct contrib_rhk *x = &c->rhk[i];
		pct_cell(rpct, sizeof rpct, c->pct[i].set, c->pct[i].value);
		const char *cells[] = {
			g->code, g->text, gpct, pt->unit_name, upct, x->nip, x->owner, x->position,
			x->text, x->utama ? "utama" : "tambahan", rpct,
		};
		csv_write_row(out, cells, contribution_ncols);
	}
}

/* One row per RHK, goal by goal; a goal nothing serves has one row with
 * only its code and text. */
void contribution_csv(const struct contribution *c, struct strbuf *out)
{
	strbuf_addstr(out, UTF8_BOM);
	csv_write_row(out, contribution_columns, contribution_ncols);
	for (size_t g = 0; g < c->n_goals; g++) {
		char gpct[32];
		pct_cell(gpct, sizeof gpct, c->goals[g].fig.has_mean, c->goals[g].fig.mean);
		if (!c->goals[g].count) {
			const char *cells[sizeof contribution_columns /
					  sizeof contribution_columns[0]] = { c->goals[g].code,
									      c->goals[g].text };
			csv_write_row(out, cells, contribution_ncols);
			continue;
		}
		for (size_t p = 0; p < c->n_parts; p++)
			if (c->parts[p].goal == g)
				part_rows(c, &c->parts[p], gpct, out);
	}
}
