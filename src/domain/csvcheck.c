/*
 * csvcheck.c - checking employee and position import files row by row,
 * collecting every problem with its line and column.  See csvcheck.h.
 */
#include "domain/csvcheck.h"
#include "domain/golongan.h"
#include "domain/hierarchy.h"
#include "domain/nip.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
/* ---- reports ---------------------------------------------------------- */

void csv_report_init(struct csv_report *r)
{
	static const struct csv_report empty = CSV_REPORT_INIT;
	*r = empty;
}

void csv_report_release(struct csv_report *r)
{
	free(r->items);
	free(r->bad);
	csv_report_init(r);
}

int csv_report_row_bad(const struct csv_report *r, size_t row_index)
{
	return row_index >= r->nrows || r->bad[row_index] != 0;
}

void csv_report_add(struct csv_report *r, size_t line, const char *column, const char *fmt, ...)
{
	r->issues_total++;
	if (r->n >= CSV_REPORT_MAX_ISSUES)
		return;
	if (r->n == r->alloc) {
		r->alloc = r->alloc ? r->alloc * 2 : 16;
		r->items = xrealloc(r->items, r->alloc * sizeof *r->items);
	}
	struct csv_issue *it = &r->items[r->n++];
	it->line = line;
	copy_str(it->column, sizeof it->column, column ? column : "");
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(it->reason, sizeof it->reason, fmt, ap);
	va_end(ap);
}

/* ---- checking helpers ------------------------------------------------- */

/* A cell value made fit to quote in a message: at most 40 bytes cut on a
 * character boundary, control characters shown as blanks. */
struct clip { char s[48]; };

static struct clip clip(const char *v)
{
	struct clip c;
	size_t n = strlen(v), max = 40;
	if (n > max) {
		while (max && ((unsigned char)v[max] & 0xC0) == 0x80)
			max--;
		n = max;
	}
	for (size_t i = 0; i < n; i++)
		c.s[i] = (unsigned char)v[i] < 0x20 ? ' ' : v[i];
	c.s[n] = '\0';
	if (n < strlen(v))
		copy_str(c.s + n, sizeof c.s - n, "...");
	return c;
}

/* The row being checked, and where its issues go. */
struct row_check {
	const struct csv_table *t;
	const int *map;        /* column spec index -> table column, -1 if absent */
	const char *const *names;
	size_t row;
	struct csv_report *r;
	int bad;
};

static const char *cell(const struct row_check *rc, int spec)
{
	int col = rc->map[spec];
	return col < 0 ? "" : rc->t->rows[rc->row].cells[col];
}

static void issue(struct row_check *rc, int spec, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void issue(struct row_check *rc, int spec, const char *fmt, ...)
{
	char reason[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(reason, sizeof reason, fmt, ap);
	va_end(ap);
	csv_report_add(rc->r, rc->t->rows[rc->row].line, rc->names[spec], "%s", reason);
	rc->bad = 1;
}

static int has_control(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7F)
			return 1;
	return 0;
}

/* Free text: required or not, at most max characters and max_bytes bytes
 * (what the record holds: letters with accents take two or more), on one
 * line. */
static void check_text(struct row_check *rc, int spec, const char *label, int required,
		       size_t max, size_t max_bytes)
{
	const char *v = cell(rc, spec);
	size_t bytes = strlen(v), chars = csv_utf8_chars(v, bytes);
	if (!*v && required)
		issue(rc, spec, "%s wajib diisi", label);
	else if (chars > max)
		issue(rc, spec, "%s paling banyak %zu karakter (berisi %zu)", label, max, chars);
	else if (bytes > max_bytes)
		issue(rc, spec, "%s terlalu panjang: paling banyak %zu bita, huruf beraksen dihitung "
		      "2 bita atau lebih (berisi %zu)", label, max_bytes, bytes);
	else if (has_control(v))
		issue(rc, spec, "%s tidak boleh berisi baris baru atau karakter kontrol", label);
}

static void check_unit(struct row_check *rc, int spec, const struct employee_csv_lookup *lk)
{
	const char *v = cell(rc, spec);
	if (!*v)
		issue(rc, spec, "Kode unit kerja wajib diisi");
	else if (lk && lk->unit_exists && !lk->unit_exists(lk->ctx, v))
		issue(rc, spec, "Unit kerja dengan kode '%s' tidak ditemukan", clip(v).s);
}

/* Header: maps each spec column to its table column; reports unknown,
 * repeated and missing required columns.  Returns the number of problems. */
static size_t map_header(const struct csv_table *t, const char *const *names,
			 const unsigned char *required, size_t nspec, int *map,
			 struct csv_report *r)
{
	size_t problems = 0;
	for (size_t s = 0; s < nspec; s++)
		map[s] = -1;
	for (size_t c = 0; c < t->ncols; c++) {
		const char *h = t->header[c];
		size_t s = 0;
		while (s < nspec && strcasecmp(h, names[s]))
			s++;
		if (!*h)
			continue;
		if (s == nspec) {
			csv_report_add(r, t->header_line, clip(h).s, "Kolom '%s' tidak dikenal", clip(h).s);
			problems++;
		} else if (map[s] >= 0) {
			csv_report_add(r, t->header_line, names[s], "Kolom '%s' muncul lebih dari sekali",
				       names[s]);
			problems++;
		} else {
			map[s] = (int)c;
		}
	}
	for (size_t s = 0; s < nspec; s++) {
		if (required[s] && map[s] < 0) {
			csv_report_add(r, t->header_line, names[s],
				       "Kolom wajib '%s' tidak ada di baris judul (header)", names[s]);
			problems++;
		}
	}
	return problems;
}

/* Starts a report over t; if the header has problems marks every row bad. */
static int begin_report(const struct csv_table *t, const char *const *names,
			const unsigned char *required, size_t nspec, int *map,
			struct csv_report *r)
{
	csv_report_init(r);
	r->nrows = t->nrows;
	r->bad = xcalloc(t->nrows, 1);
	if (map_header(t, names, required, nspec, map, r) == 0)
		return 0;
	r->header_bad = 1;
	memset(r->bad, 1, t->nrows);
	r->rows_bad = t->nrows;
	return -1;
}

static void end_row(struct row_check *rc)
{
	rc->r->rows_checked++;
	if (rc->bad) {
		rc->r->bad[rc->row] = 1;
		rc->r->rows_bad++;
	}
	rc->bad = 0;
}

/* Keys of the rows, sorted, for duplicates and lookups by code. */
struct keyed {
	const char *key;
	size_t row;
};

static int cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	return c ? c : (x->row > y->row) - (x->row < y->row);
}

/* Sorts the rows with a non-empty key; *n gets how many. */
static struct keyed *sort_keys(const char *const *keys, size_t nrows, size_t *n)
{
	struct keyed *k = xcalloc(nrows, sizeof *k);
	*n = 0;
	for (size_t i = 0; i < nrows; i++)
		if (keys[i] && *keys[i])
			k[(*n)++] = (struct keyed){ keys[i], i };
	qsort(k, *n, sizeof *k, cmp_keyed);
	return k;
}

/* first[i] = 1 + the earliest row with the same key as row i, when that is
 * another row; 0 otherwise. */
static size_t *find_duplicates(const struct keyed *k, size_t n, size_t nrows)
{
	size_t *first = xcalloc(nrows, sizeof *first);
	for (size_t i = 1; i < n; i++) {
		if (!strcmp(k[i].key, k[i - 1].key))
			first[k[i].row] = first[k[i - 1].row] ? first[k[i - 1].row] : k[i - 1].row + 1;
	}
	return first;
}

/* The earliest row whose key is `key`, or -1. */
static long find_key(const struct keyed *k, size_t n, const char *key)
{
	struct keyed probe = { key, 0 };
	size_t lo = 0, hi = n;
	while (lo < hi) { /* first element not below (key, 0) */
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_keyed(&k[mid], &probe) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && !strcmp(k[lo].key, key) ? (long)k[lo].row : -1;
}

/* ---- employees -------------------------------------------------------- */

enum emp_col {
	EMP_NIP, EMP_JENIS_NIP, EMP_NAMA, EMP_GELAR_DEPAN, EMP_GELAR_BELAKANG, EMP_GOLONGAN,
	EMP_KODE_JABATAN, EMP_KODE_UNIT, EMP_STATUS, EMP_EMAIL, EMP__MAX
};

const char *const employee_csv_columns[EMP__MAX] = {
	"nip", "jenis_nip", "nama", "gelar_depan", "gelar_belakang", "golongan",
	"kode_jabatan", "kode_unit", "status", "email",
};
const size_t employee_csv_ncols = EMP__MAX;

static const unsigned char employee_required[EMP__MAX] = {
	[EMP_NIP] = 1, [EMP_NAMA] = 1, [EMP_KODE_UNIT] = 1,
};

const char *employee_status_canonical(const char *s)
{
	static const char *const statuses[] = { "aktif", "pindah", "pensiun" };
	if (!s || !*s)
		return "aktif";
	for (size_t i = 0; i < sizeof statuses / sizeof statuses[0]; i++)
		if (!strcasecmp(s, statuses[i]))
			return statuses[i];
	return NULL;
}

/* jenis_nip and nip; returns the kind, or -1 if jenis_nip is unknown. */
static int check_nip(struct row_check *rc, size_t dup_of)
{
	enum nip_kind kind = NIP_PNS;
	const char *jenis = cell(rc, EMP_JENIS_NIP);
	int known = !*jenis || nip_kind_parse(jenis, &kind) == 0;
	struct kerr e = KERR_INIT;
	char nip[NIP_LEN + 1];
	if (!known)
		issue(rc, EMP_JENIS_NIP, "Jenis NIP '%s' tidak dikenal; isi pns atau pppk", clip(jenis).s);
	int rc_nip = known ? nip_validate(cell(rc, EMP_NIP), kind, nip, NULL, &e)
			   : nip_normalize(cell(rc, EMP_NIP), nip, &e);
	if (rc_nip < 0)
		issue(rc, EMP_NIP, "%s", e.msg);
	else if (dup_of)
		issue(rc, EMP_NIP, "NIP %s sudah dipakai di baris %zu", nip, rc->t->rows[dup_of - 1].line);
	return known ? (int)kind : -1;
}

static void check_golongan(struct row_check *rc, int kind)
{
	const char *v = cell(rc, EMP_GOLONGAN);
	if (!*v || kind < 0)
		return;
	if (kind == NIP_PNS && !golongan_find(v))
		issue(rc, EMP_GOLONGAN, "Golongan '%s' tidak dikenal untuk PNS; contoh: III/a", clip(v).s);
	else if (kind == NIP_PPPK && !pppk_golongan_find(v))
		issue(rc, EMP_GOLONGAN, "Golongan '%s' tidak dikenal untuk PPPK; isi I sampai XVII",
		      clip(v).s);
}

static void check_email(struct row_check *rc)
{
	const char *v = cell(rc, EMP_EMAIL);
	const char *at = strchr(v, '@');
	if (!*v)
		return;
	if (strlen(v) > EMP_EMAIL_MAX_BYTES)
		issue(rc, EMP_EMAIL, "Email paling banyak %d karakter", EMP_EMAIL_MAX_BYTES);
	else if (!at || at == v || !at[1] || strchr(at + 1, '@') ||
		 strpbrk(v, " \t") || has_control(v))
		issue(rc, EMP_EMAIL, "Email '%s' tidak sah; contoh: nama@surabaya.go.id", clip(v).s);
}

static void check_employee_row(struct row_check *rc, const struct employee_csv_lookup *lk,
			       size_t dup_of)
{
	int kind = check_nip(rc, dup_of);
	check_text(rc, EMP_NAMA, "Nama", 1, 200, EMP_NAME_MAX_BYTES);
	check_text(rc, EMP_GELAR_DEPAN, "Gelar depan", 0, 50, EMP_FRONT_TITLE_MAX_BYTES);
	check_text(rc, EMP_GELAR_BELAKANG, "Gelar belakang", 0, 50, EMP_BACK_TITLE_MAX_BYTES);
	check_golongan(rc, kind);
	const char *jab = cell(rc, EMP_KODE_JABATAN);
	if (*jab && lk && lk->position_exists && !lk->position_exists(lk->ctx, jab))
		issue(rc, EMP_KODE_JABATAN, "Jabatan dengan kode '%s' tidak ditemukan", clip(jab).s);
	check_unit(rc, EMP_KODE_UNIT, lk);
	if (!employee_status_canonical(cell(rc, EMP_STATUS)))
		issue(rc, EMP_STATUS, "Status '%s' tidak dikenal; isi aktif, pindah, atau pensiun",
		      clip(cell(rc, EMP_STATUS)).s);
	check_email(rc);
}

/* Duplicate NIPs, compared after normalising (blanks removed). */
static size_t *employee_duplicates(const struct csv_table *t, int nip_col)
{
	char (*nips)[NIP_LEN + 1] = xcalloc(t->nrows, sizeof *nips);
	const char **keys = xcalloc(t->nrows, sizeof *keys);
	for (size_t i = 0; i < t->nrows; i++) {
		struct kerr e = KERR_INIT;
		if (nip_normalize(t->rows[i].cells[nip_col], nips[i], &e) == 0)
			keys[i] = nips[i];
	}
	size_t n;
	struct keyed *k = sort_keys(keys, t->nrows, &n);
	size_t *first = find_duplicates(k, n, t->nrows);
	free(k);
	free(keys);
	free(nips);
	return first;
}

int employee_csv_check(const struct csv_table *t, const struct employee_csv_lookup *lookup,
		       struct csv_report *report)
{
	int map[EMP__MAX];
	if (begin_report(t, employee_csv_columns, employee_required, EMP__MAX, map, report) < 0)
		return (int)report->rows_bad;
	size_t *dup = employee_duplicates(t, map[EMP_NIP]);
	struct row_check rc = { t, map, employee_csv_columns, 0, report, 0 };
	for (rc.row = 0; rc.row < t->nrows; rc.row++) {
		check_employee_row(&rc, lookup, dup[rc.row]);
		end_row(&rc);
	}
	free(dup);
	return (int)report->rows_bad;
}

/* ---- positions -------------------------------------------------------- */

enum pos_col { POS_KODE, POS_NAMA, POS_JENIS, POS_KODE_UNIT, POS_KODE_ATASAN, POS__MAX };

const char *const position_csv_columns[POS__MAX] = {
	"kode", "nama", "jenis", "kode_unit", "kode_atasan",
};
const size_t position_csv_ncols = POS__MAX;

static const unsigned char position_required[POS__MAX] = {
	[POS_KODE] = 1, [POS_NAMA] = 1, [POS_JENIS] = 1, [POS_KODE_UNIT] = 1,
};

/* The rows of a positions file: their codes, sorted, and the in-file tree. */
struct pos_file {
	struct keyed *keys;
	size_t nkeys;
	size_t *dup;
	struct pos_index *tree; /* id = row + 1, parent = row of kode_atasan + 1 */
};

static void pos_file_build(struct pos_file *pf, const struct csv_table *t, const int *map)
{
	const char **keys = xcalloc(t->nrows, sizeof *keys);
	for (size_t i = 0; i < t->nrows; i++)
		keys[i] = t->rows[i].cells[map[POS_KODE]];
	pf->keys = sort_keys(keys, t->nrows, &pf->nkeys);
	pf->dup = find_duplicates(pf->keys, pf->nkeys, t->nrows);
	free(keys);
	struct pos_node *nodes = xcalloc(t->nrows, sizeof *nodes);
	for (size_t i = 0; i < t->nrows; i++) {
		long up = map[POS_KODE_ATASAN] < 0 ? -1
			: find_key(pf->keys, pf->nkeys, t->rows[i].cells[map[POS_KODE_ATASAN]]);
		nodes[i].id = (int64_t)i + 1;
		nodes[i].parent_id = up < 0 ? 0 : (int64_t)up + 1;
	}
	pf->tree = pos_index_build(nodes, t->nrows);
	free(nodes);
}

static void pos_file_release(struct pos_file *pf)
{
	free(pf->keys);
	free(pf->dup);
	pos_index_free(pf->tree);
}

static void check_kode(struct row_check *rc, const struct pos_file *pf)
{
	const char *v = cell(rc, POS_KODE);
	if (!*v)
		issue(rc, POS_KODE, "Kode jabatan wajib diisi");
	else if (strlen(v) > 64 || strpbrk(v, " \t") || has_control(v))
		issue(rc, POS_KODE, "Kode jabatan '%s' harus tanpa spasi dan paling banyak 64 karakter",
		      clip(v).s);
	else if (pf->dup[rc->row])
		issue(rc, POS_KODE, "Kode jabatan '%s' sudah dipakai di baris %zu", clip(v).s,
		      rc->t->rows[pf->dup[rc->row] - 1].line);
}

static void check_atasan(struct row_check *rc, const struct pos_file *pf,
			 const struct employee_csv_lookup *lk)
{
	const char *v = cell(rc, POS_KODE_ATASAN);
	int64_t id = (int64_t)rc->row + 1;
	const struct pos_node *node = pos_index_get(pf->tree, id);
	if (!*v)
		return;
	if (node->parent_id == 0) {
		if (lk && lk->position_exists && !lk->position_exists(lk->ctx, v))
			issue(rc, POS_KODE_ATASAN,
			      "Jabatan atasan dengan kode '%s' tidak ada di berkas maupun di data",
			      clip(v).s);
	} else if (!strcmp(v, cell(rc, POS_KODE)) ||
		   hier_would_cycle(pf->tree, id, node->parent_id)) {
		issue(rc, POS_KODE_ATASAN, "Jabatan atasan membentuk lingkaran (loop): jabatan '%s' "
		      "berada di bawah dirinya sendiri", clip(cell(rc, POS_KODE)).s);
	}
}

static void check_position_row(struct row_check *rc, const struct pos_file *pf,
			       const struct employee_csv_lookup *lk)
{
	check_kode(rc, pf);
	check_text(rc, POS_NAMA, "Nama jabatan", 1, 200, POS_NAME_MAX_BYTES);
	const char *jenis = cell(rc, POS_JENIS);
	if (!position_kind_valid(jenis))
		issue(rc, POS_JENIS, "Jenis jabatan '%s' tidak dikenal; isi jpt_utama, jpt_madya, "
		      "jpt_pratama, administrator, pengawas, fungsional, atau pelaksana", clip(jenis).s);
	check_unit(rc, POS_KODE_UNIT, lk);
	check_atasan(rc, pf, lk);
}

int position_csv_check(const struct csv_table *t, const struct employee_csv_lookup *lookup,
		       struct csv_report *report)
{
	int map[POS__MAX];
	struct pos_file pf;
	if (begin_report(t, position_csv_columns, position_required, POS__MAX, map, report) < 0)
		return (int)report->rows_bad;
	pos_file_build(&pf, t, map);
	struct row_check rc = { t, map, position_csv_columns, 0, report, 0 };
	for (rc.row = 0; rc.row < t->nrows; rc.row++) {
		check_position_row(&rc, &pf, lookup);
		end_row(&rc);
	}
	pos_file_release(&pf);
	return (int)report->rows_bad;
}

