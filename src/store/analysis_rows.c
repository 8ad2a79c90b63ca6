/*
 * analysis_rows.c - the rows of the rater analysis the pages, the API and
 * the command line show alike (see analysis.h): which raters are judged,
 * their order, and the rater list and the adjusted view as export tables.
 */
#include "store/analysis.h"
#include "store/export_table.h"
#include "core/strbuf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const sort_names[AN_SORT__COUNT] = {
	"tanda", "nama", "unit", "dinilai", "selisih",
};

const char *an_sort_name(enum an_sort s)
{
	return s < AN_SORT__COUNT ? sort_names[s] : "?";
}

int an_sort_parse(const char *name, enum an_sort *out)
{
	for (int s = 0; name && s < AN_SORT__COUNT; s++)
		if (!strcmp(name, sort_names[s])) {
			*out = (enum an_sort)s;
			return 0;
		}
	return -1;
}

int analysis_judged(const struct analysis *a, int i)
{
	const struct rs_rater *r = &a->res.raters[i];
	return r->n_ratees >= a->cfg.min_ratees || r->n_forms >= a->cfg.min_forms;
}

void an_flags_text(unsigned flags, int labels, char *out, size_t size)
{
	static const enum rs_flag all[] = { RS_LENIENT, RS_SEVERE, RS_HALO, RS_CENTRAL };
	struct strbuf sb = STRBUF_INIT;
	for (size_t k = 0; k < sizeof all / sizeof all[0]; k++) {
		if (!(flags & all[k]))
			continue;
		if (sb.len)
			strbuf_addstr(&sb, ", ");
		strbuf_addstr(&sb, labels ? rs_flag_label(all[k]) : rs_flag_code(all[k]));
	}
	copy_str(out, size, sb.buf);
	strbuf_release(&sb);
}

/* ---- ordering ----------------------------------------------------------------------------- */

/* qsort has no context: the run being sorted (one sort at a time per
 * thread). */
static _Thread_local const struct analysis *sorting;
static _Thread_local enum an_sort sort_by;

static double abs_or_zero(double x)
{
	return isnan(x) ? 0.0 : fabs(x);
}

static int cmp_num(double x, double y)
{
	return x < y ? -1 : x > y;
}

static int cmp_rows(const void *pa, const void *pb)
{
	int ia = *(const int *)pa, ib = *(const int *)pb, c = 0;
	const struct rs_rater *x = &sorting->res.raters[ia], *y = &sorting->res.raters[ib];
	const struct an_person *px = &sorting->d.people[ia], *py = &sorting->d.people[ib];
	switch (sort_by) {
	case AN_SORT_FLAG:
		c = (y->flags != 0) - (x->flags != 0);
		if (!c)
			c = cmp_num(abs_or_zero(y->z), abs_or_zero(x->z));
		break;
	case AN_SORT_UNIT:
		c = strcmp(px->unit_name, py->unit_name);
		break;
	case AN_SORT_N:
		c = x->n_ratees - y->n_ratees;
		break;
	case AN_SORT_DIFF:
		c = cmp_num(isnan(x->diff) ? -INFINITY : x->diff, isnan(y->diff) ? -INFINITY : y->diff);
		break;
	default:
		break;
	}
	if (!c)
		c = strcmp(px->name, py->name);
	return c ? c : (ia > ib) - (ia < ib);
}

int *analysis_rater_rows(const struct analysis *a, const unsigned char *keep, enum an_sort sort,
			 int desc, size_t *n, size_t *n_not_judged)
{
	int *rows = xcalloc(a->d.n_people + 1, sizeof *rows);
	*n = *n_not_judged = 0;
	for (size_t i = 0; i < a->d.n_people; i++) {
		if ((keep && !keep[i]) || !a->res.raters[i].n_scores)
			continue;
		if (analysis_judged(a, (int)i))
			rows[(*n)++] = (int)i;
		else
			(*n_not_judged)++;
	}
	sorting = a;
	sort_by = sort;
	qsort(rows, *n, sizeof *rows, cmp_rows);
	for (size_t i = 0; desc && sort != AN_SORT_FLAG && i < *n / 2; i++) {
		int t = rows[i];
		rows[i] = rows[*n - 1 - i];
		rows[*n - 1 - i] = t;
	}
	return rows;
}

int *analysis_ratee_rows(const struct analysis *a, const unsigned char *keep, size_t *n)
{
	unsigned char *has360 = xcalloc(a->d.n_people + 1, 1);
	int *rows = xcalloc(a->d.n_people + 1, sizeof *rows);
	for (size_t k = 0; k < a->d.n; k++)
		if (a->d.v[k].item < RS_ITEMS)
			has360[a->d.v[k].ratee] = 1;
	*n = 0;
	for (size_t i = 0; i < a->d.n_people; i++)
		if (has360[i] && (!keep || keep[i]) && !isnan(a->res.adjusted[i]))
			rows[(*n)++] = (int)i;
	free(has360);
	return rows;
}

/* ---- export tables ----------------------------------------------------------------------- */

static const struct export_column rater_cols[] = {
	{ "NIP", EXPORT_TEXT, 20 }, { "Nama", EXPORT_TEXT, 32 }, { "Unit kerja", EXPORT_TEXT, 28 },
	{ "Orang dinilai (pembanding)", EXPORT_NUMBER, 12 }, { "Nilai diberikan", EXPORT_NUMBER, 10 },
	{ "Formulir 360", EXPORT_NUMBER, 10 }, { "Rata-rata nilai", EXPORT_NUMBER, 10 },
	{ "Selisih dari rekan", EXPORT_NUMBER, 10 }, { "Selang 95% bawah", EXPORT_NUMBER, 10 },
	{ "Selang 95% atas", EXPORT_NUMBER, 10 }, { "z", EXPORT_NUMBER, 8 },
	{ "Simpangan baku dalam formulir", EXPORT_NUMBER, 10 },
	{ "Porsi nilai tengah", EXPORT_NUMBER, 10 }, { "Tanda", EXPORT_TEXT, 20 },
	{ "Penjelasan", EXPORT_TEXT, 80 },
};

/* A number, or an empty text cell when it cannot be computed. */
static void number_or_blank(struct export_table *t, double x)
{
	if (isfinite(x))
		export_number(t, round(x * 10000.0) / 10000.0);
	else
		export_text(t, "");
}

void analysis_export_raters(const struct analysis *a, const int *rows, size_t n,
			    struct export_table *t)
{
	export_table_init(t, rater_cols, sizeof rater_cols / sizeof rater_cols[0]);
	for (size_t k = 0; k < n; k++) {
		const struct an_person *p = &a->d.people[rows[k]];
		const struct rs_rater *r = &a->res.raters[rows[k]];
		char flags[120];
		struct strbuf why = STRBUF_INIT;
		an_flags_text(r->flags, 1, flags, sizeof flags);
		rs_explain(r, &a->cfg, &why);
		export_text(t, p->nip);
		export_text(t, p->name);
		export_text(t, p->unit_name);
		export_number(t, r->n_ratees);
		export_number(t, r->n_scores);
		export_number(t, r->n_forms);
		number_or_blank(t, r->mean);
		number_or_blank(t, r->diff);
		number_or_blank(t, r->ci_low);
		number_or_blank(t, r->ci_high);
		number_or_blank(t, r->z);
		number_or_blank(t, r->form_sd);
		number_or_blank(t, r->share_middle);
		export_text(t, flags);
		export_text(t, why.buf);
		strbuf_release(&why);
	}
}

static const struct export_column adjusted_cols[] = {
	{ "NIP", EXPORT_TEXT, 20 }, { "Nama", EXPORT_TEXT, 32 }, { "Unit kerja", EXPORT_TEXT, 28 },
	{ "Penilai", EXPORT_NUMBER, 8 }, { "Rata-rata mentah", EXPORT_NUMBER, 12 },
	{ "Disesuaikan (saran, tidak mengubah nilai)", EXPORT_NUMBER, 16 },
};

void analysis_export_adjusted(const struct analysis *a, const int *rows, size_t n,
			      struct export_table *t)
{
	export_table_init(t, adjusted_cols, sizeof adjusted_cols / sizeof adjusted_cols[0]);
	for (size_t k = 0; k < n; k++) {
		const struct an_person *p = &a->d.people[rows[k]];
		export_text(t, p->nip);
		export_text(t, p->name);
		export_text(t, p->unit_name);
		export_number(t, a->res.n_raters_of[rows[k]]);
		number_or_blank(t, a->res.raw[rows[k]]);
		number_or_blank(t, a->res.adjusted[rows[k]]);
	}
}

const char *an_icc_words(double icc)
{
	if (isnan(icc))
		return "belum dapat dihitung";
	return icc < 0.5 ? "lemah" : icc < 0.75 ? "sedang" : icc < 0.9 ? "baik" : "sangat baik";
}
