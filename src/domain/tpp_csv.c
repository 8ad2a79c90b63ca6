/*
 * tpp_csv.c - checking an attendance (kehadiran) CSV for the allowance
 * (TPP) row by row into a report of problems, each naming the line and
 * the column, the way the employee import does (domain/csvcheck.h); on a
 * clean file, the rows as tpp_month figures.  Pure: "which employee has
 * this NIP, and may the caller write it?" is the caller's callback.
 */
#include "domain/tpp.h"
#include "domain/csvcheck.h"
#include "domain/csvtable.h"
#include "domain/nip.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { C_NIP, C_TAHUN, C_BULAN, C_HARI_KERJA, C_HARI_BULAN, C_ABSENT0, C_LATE = C_ABSENT0 + 4,
       C__COUNT };

const char *const tpp_attendance_columns[] = {
	"nip", "tahun", "bulan", "hari_kerja", "hari_kerja_bulan", "tanpa_keterangan", "izin",
	"sakit", "cuti", "terlambat_menit",
};
const size_t tpp_attendance_ncols = C__COUNT;

static const unsigned char required[C__COUNT] = { 1, 1, 1, 1 };

/* Maps the header; reports unknown, repeated and missing columns. */
static size_t map_header(const struct csv_table *t, int *map, struct csv_report *r)
{
	size_t problems = 0;
	for (int s = 0; s < C__COUNT; s++)
		map[s] = -1;
	for (size_t c = 0; c < t->ncols; c++) {
		const char *h = t->header[c];
		int s = 0;
		if (!*h)
			continue;
		while (s < C__COUNT && strcasecmp(h, tpp_attendance_columns[s]))
			s++;
		if (s == C__COUNT) {
			csv_report_add(r, t->header_line, "", "Kolom '%.40s' tidak dikenal (kolom: nip, "
				       "tahun, bulan, hari_kerja, hari_kerja_bulan, tanpa_keterangan, "
				       "izin, sakit, cuti, terlambat_menit)", h);
			problems++;
		} else if (map[s] >= 0) {
			csv_report_add(r, t->header_line, tpp_attendance_columns[s], "Kolom '%s' muncul "
				       "lebih dari sekali", tpp_attendance_columns[s]);
			problems++;
		} else {
			map[s] = (int)c;
		}
	}
	for (int s = 0; s < C__COUNT; s++) {
		if (required[s] && map[s] < 0) {
			csv_report_add(r, t->header_line, tpp_attendance_columns[s], "Kolom wajib '%s' "
				       "tidak ada di baris judul (header)", tpp_attendance_columns[s]);
			problems++;
		}
	}
	return problems;
}

/* A whole number 0..999999 from a cell ("" is `def`); -1 otherwise. */
static int whole(const char *v, int def, int *out)
{
	long n = 0;
	if (!*v) {
		*out = def;
		return 0;
	}
	for (const char *p = v; *p; p++) {
		if (*p < '0' || *p > '9' || n > 99999)
			return -1;
		n = n * 10 + (*p - '0');
	}
	*out = (int)n;
	return 0;
}

struct row_ctx {
	const struct csv_table *t;
	const int *map;
	size_t row;
	struct csv_report *rep;
	int bad;
};

static const char *cell(const struct row_ctx *c, int spec)
{
	return c->map[spec] < 0 ? "" : c->t->rows[c->row].cells[c->map[spec]];
}

static void issue(struct row_ctx *c, const char *column, const char *why)
{
	csv_report_add(c->rep, c->t->rows[c->row].line, column, "%s", why);
	c->bad = 1;
}

/* The figures of a row into m; 0 if they are all whole numbers. */
static int read_figures(struct row_ctx *c, struct tpp_month *m)
{
	int *dst[C__COUNT] = { NULL, &m->year, &m->month, &m->work_days, &m->month_days,
			       &m->absent[0], &m->absent[1], &m->absent[2], &m->absent[3],
			       &m->late_minutes };
	int ok = 1;
	for (int s = C_TAHUN; s < C__COUNT; s++) {
		const char *v = cell(c, s);
		if (required[s] && !*v) {
			issue(c, tpp_attendance_columns[s], "Wajib diisi");
			ok = 0;
		} else if (whole(v, s == C_HARI_BULAN ? -1 : 0, dst[s])) {
			issue(c, tpp_attendance_columns[s], "Harus bilangan bulat tidak negatif");
			ok = 0;
		}
	}
	if (ok && m->month_days < 0)
		m->month_days = m->work_days;
	return ok ? 0 : -1;
}

static void check_nip(struct row_ctx *c, const struct tpp_nip_lookup *lk, int64_t *id)
{
	char nip[NIP_LEN + 1];
	struct kerr err = KERR_INIT;
	*id = 0;
	if (nip_normalize(cell(c, C_NIP), nip, &err)) {
		issue(c, "nip", err.msg);
		return;
	}
	*id = lk && lk->employee_of ? lk->employee_of(lk->ctx, nip) : 0;
	if (*id == 0) {
		char why[96];
		snprintf(why, sizeof why, "Tidak ada pegawai dengan NIP %s", nip);
		issue(c, "nip", why);
	} else if (*id < 0) {
		issue(c, "nip", "Pegawai ini di luar unit yang Anda kelola");
	}
}

/* Employee and month of a row, for finding repeats. */
struct key {
	int64_t id;
	int ym;
	size_t row;
};

static int key_cmp(const void *a, const void *b)
{
	const struct key *x = a, *y = b;
	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	if (x->ym != y->ym)
		return x->ym < y->ym ? -1 : 1;
	return x->row < y->row ? -1 : x->row > y->row;
}

static void check_repeats(const struct csv_table *t, struct tpp_attendance_row *rows,
			  struct csv_report *rep)
{
	struct key *k = xcalloc(t->nrows ? t->nrows : 1, sizeof *k);
	size_t n = 0;
	for (size_t i = 0; i < t->nrows; i++)
		if (!rep->bad[i])
			k[n++] = (struct key){ rows[i].employee_id, rows[i].m.year * 100 + rows[i].m.month,
					       i };
	qsort(k, n, sizeof *k, key_cmp);
	for (size_t i = 1; i < n; i++) {
		if (k[i].id != k[i - 1].id || k[i].ym != k[i - 1].ym)
			continue;
		csv_report_add(rep, t->rows[k[i].row].line, "nip", "NIP dan bulan ini sudah ada di "
			       "baris %zu", t->rows[k[i - 1].row].line);
		rep->bad[k[i].row] = 1;
		rep->rows_bad++;
	}
	free(k);
}

int tpp_attendance_csv_check(const struct csv_table *t, const struct tpp_nip_lookup *lookup,
			     struct csv_report *rep, struct tpp_attendance_row **rows, size_t *n)
{
	int map[C__COUNT];
	char column[48], why[160];
	*rows = NULL;
	*n = 0;
	csv_report_init(rep);
	rep->nrows = t->nrows;
	rep->bad = xcalloc(t->nrows ? t->nrows : 1, 1);
	if (map_header(t, map, rep)) {
		rep->header_bad = 1;
		memset(rep->bad, 1, t->nrows);
		rep->rows_bad = t->nrows;
		return (int)t->nrows ? (int)t->nrows : 1;
	}
	struct tpp_attendance_row *out = xcalloc(t->nrows ? t->nrows : 1, sizeof *out);
	for (size_t i = 0; i < t->nrows; i++) {
		struct row_ctx c = { t, map, i, rep, 0 };
		check_nip(&c, lookup, &out[i].employee_id);
		if (!read_figures(&c, &out[i].m) &&
		    tpp_month_check(&out[i].m, column, sizeof column, why, sizeof why))
			issue(&c, column, why);
		rep->rows_checked++;
		if (c.bad) {
			rep->bad[i] = 1;
			rep->rows_bad++;
		}
	}
	check_repeats(t, out, rep);
	if (rep->rows_bad || !t->nrows) {
		if (!t->nrows)
			csv_report_add(rep, t->header_line, "", "Berkas tidak berisi data kehadiran");
		free(out);
		return rep->rows_bad ? (int)rep->rows_bad : 1;
	}
	*rows = out;
	*n = t->nrows;
	return 0;
}
