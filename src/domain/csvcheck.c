/*
 * csvcheck.c - parsing CSV files into tables (libcsv does the RFC 4180 work,
 * this file adds lines, encodings and separators), checking employee and
 * position import files, and writing export cells.  See csvcheck.h.
 */
#include "domain/csvcheck.h"
#include "domain/golongan.h"
#include "domain/hierarchy.h"
#include "domain/nip.h"

#include <csv.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- UTF-8 and lines ------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (n bytes available), or 0 if the
 * bytes there are not UTF-8, are overlong, a surrogate, or NUL. */
static size_t utf8_seq_len(const unsigned char *s, size_t n)
{
	size_t len;
	if (s[0] < 0x80)
		return s[0] ? 1 : 0;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		len = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		len = 3;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		len = 4;
	else
		return 0;
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0) ||
	    (s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] >= 0x90))
		return 0;
	return len;
}

/* Number of characters (not bytes) in valid UTF-8 text of n bytes. */
static size_t utf8_chars(const char *s, size_t n)
{
	size_t chars = 0;
	for (size_t i = 0; i < n; i++)
		chars += ((unsigned char)s[i] & 0xC0) != 0x80;
	return chars;
}

/* Index just past the end of the line starting at pos: after "\n", "\r\n"
 * or a lone "\r", or len for the last line. */
static size_t line_end(const char *d, size_t len, size_t pos)
{
	while (pos < len) {
		char c = d[pos++];
		if (c == '\n')
			return pos;
		if (c == '\r')
			return pos < len && d[pos] == '\n' ? pos + 1 : pos;
	}
	return len;
}

static int check_utf8(const char *d, size_t len, size_t first_line, struct kerr *err)
{
	size_t line = first_line;
	for (size_t start = 0; start < len; line++) {
		size_t end = line_end(d, len, start);
		for (size_t i = start; i < end; ) {
			size_t n = utf8_seq_len((const unsigned char *)d + i, end - i);
			if (!n)
				return kerr_set(err, KERR_INVALID, "file",
					"Berkas bukan teks UTF-8: isi tidak sah di baris %zu, karakter ke-%zu. "
					"Simpan ulang dari Excel dengan format \"CSV UTF-8\"",
					line, utf8_chars(d + start, i - start) + 1);
			i += n;
		}
		start = end;
	}
	return 0;
}

/* ---- parsing ---------------------------------------------------------- */

struct parse_state {
	struct csv_table *t;
	char **cells;       /* the row being read */
	size_t ncells, alloc;
	size_t row_line;    /* line where that row started */
	size_t max_rows;
	struct kerr *err;
	int failed;
};

static void free_cells(char **cells, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(cells[i]);
	free(cells);
}

static void on_field(void *s, size_t len, void *data)
{
	struct parse_state *st = data;
	if (st->failed)
		return;
	if (st->ncells == st->alloc) {
		st->alloc = st->alloc ? st->alloc * 2 : 16;
		st->cells = xrealloc(st->cells, st->alloc * sizeof *st->cells);
	}
	st->cells[st->ncells++] = len ? xstrndup(s, len) : xstrdup("");
}

static int row_is_blank(char *const *cells, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (cells[i][0])
			return 0;
	return 1;
}

/* Takes the finished row into the table (or fails the parse); returns 0 if
 * the cells now belong to the table. */
static int take_row(struct parse_state *st)
{
	struct csv_table *t = st->t;
	if (!t->header) {
		t->header = st->cells;
		t->ncols = st->ncells;
		t->header_line = st->row_line;
		return 0;
	}
	if (st->ncells != t->ncols)
		return kerr_set(st->err, KERR_INVALID, "file",
				"Baris %zu berisi %zu kolom, padahal baris judul (header) berisi %zu kolom",
				st->row_line, st->ncells, t->ncols);
	if (st->max_rows && t->nrows >= st->max_rows)
		return kerr_set(st->err, KERR_TOO_LARGE, "file",
				"Berkas berisi lebih dari %zu baris data; bagi menjadi beberapa berkas",
				st->max_rows);
	if ((t->nrows & (t->nrows - 1)) == 0) /* 0, 1, 2, 4, ...: grow by doubling */
		t->rows = xrealloc(t->rows, (t->nrows ? t->nrows * 2 : 1) * sizeof *t->rows);
	t->rows[t->nrows].cells = st->cells;
	t->rows[t->nrows].line = st->row_line;
	t->nrows++;
	return 0;
}

static void on_row(int c, void *data)
{
	struct parse_state *st = data;
	(void)c;
	if (!st->failed && !row_is_blank(st->cells, st->ncells)) {
		if (take_row(st) == 0)
			st->cells = NULL; /* now owned by the table */
		else
			st->failed = 1;
	}
	if (st->cells)
		free_cells(st->cells, st->ncells);
	st->cells = NULL;
	st->ncells = st->alloc = 0;
}

/* The separator: from an Excel "sep=X" line (then *skip is its length), else
 * ';' if the header line has more semicolons than commas outside quotes. */
static char detect_delim(const char *d, size_t len, size_t *skip)
{
	size_t end = line_end(d, len, 0), commas = 0, semis = 0;
	*skip = 0;
	if (end >= 5 && !strncasecmp(d, "sep=", 4) && !strchr("\r\n\"", d[4]) &&
	    (end == 5 || d[5] == '\r' || d[5] == '\n')) {
		*skip = end;
		return d[4];
	}
	int quoted = 0;
	for (size_t i = 0; i < end; i++) {
		if (d[i] == '"')
			quoted = !quoted;
		else if (!quoted && d[i] == ',')
			commas++;
		else if (!quoted && d[i] == ';')
			semis++;
	}
	return semis > commas ? ';' : ',';
}

static size_t count_quotes(const char *s, size_t n)
{
	size_t q = 0;
	for (size_t i = 0; i < n; i++)
		q += s[i] == '"';
	return q;
}

/* Feeds the text line by line so every row knows the line it starts on: a
 * row starts on a line entered outside quotes.  Quote parity is exact
 * because strict mode rejects quotes inside unquoted cells. */
static int feed_lines(struct csv_parser *p, struct parse_state *st, const char *d, size_t len,
		      size_t line)
{
	int in_quotes = 0;
	size_t open_line = 0;
	for (size_t start = 0; start < len && !st->failed; line++) {
		size_t end = line_end(d, len, start);
		if (!in_quotes)
			st->row_line = line;
		size_t used = csv_parse(p, d + start, end - start, on_field, on_row, st);
		if (used < end - start && !st->failed)
			return kerr_set(st->err, KERR_INVALID, "file",
				"Baris %zu, karakter ke-%zu: penulisan tanda kutip (\") tidak sah. "
				"Sel yang memuat tanda kutip harus diapit tanda kutip, dan tanda kutip "
				"di dalamnya ditulis dua kali (\"\")", line, utf8_chars(d + start, used) + 1);
		if (count_quotes(d + start, end - start) % 2) {
			in_quotes = !in_quotes;
			open_line = in_quotes ? line : 0;
		}
		start = end;
	}
	if (st->failed)
		return -1;
	if (csv_fini(p, on_field, on_row, st) != 0)
		return kerr_set(st->err, KERR_INVALID, "file",
				"Tanda kutip (\") yang dibuka di baris %zu tidak pernah ditutup",
				open_line ? open_line : st->row_line);
	return st->failed ? -1 : 0;
}

int csv_table_parse(const char *data, size_t len, size_t max_rows, struct csv_table *out,
		    struct kerr *err)
{
	static const struct csv_table empty = CSV_TABLE_INIT;
	struct parse_state st = { .t = out, .max_rows = max_rows, .err = err };
	struct csv_parser p;
	size_t skip;

	*out = empty;
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
		data += 3;
		len -= 3;
	}
	if (check_utf8(data, len, 1, err) < 0)
		return -1;
	out->delim = detect_delim(data, len, &skip);
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		return kerr_set(err, KERR_INTERNAL, "file", "Pengurai CSV gagal disiapkan");
	csv_set_delim(&p, (unsigned char)out->delim);
	csv_set_realloc_func(&p, xrealloc);
	csv_set_free_func(&p, free);
	int rc = feed_lines(&p, &st, data + skip, len - skip, skip ? 2 : 1);
	csv_free(&p);
	free_cells(st.cells, st.ncells);
	if (rc == 0 && !out->header)
		rc = kerr_set(err, KERR_INVALID, "file", "Berkas CSV kosong: tidak ada baris judul (header)");
	if (rc < 0)
		csv_table_release(out);
	return rc;
}

void csv_table_release(struct csv_table *t)
{
	static const struct csv_table empty = CSV_TABLE_INIT;
	free_cells(t->header, t->ncols);
	for (size_t i = 0; i < t->nrows; i++)
		free_cells(t->rows[i].cells, t->ncols);
	free(t->rows);
	*t = empty;
}

int csv_table_col(const struct csv_table *t, const char *name)
{
	for (size_t i = 0; i < t->ncols; i++)
		if (!strcasecmp(t->header[i], name))
			return (int)i;
	return -1;
}

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

/* Free text: required or not, at most max characters, on one line. */
static void check_text(struct row_check *rc, int spec, const char *label, int required,
		       size_t max)
{
	const char *v = cell(rc, spec);
	size_t chars = utf8_chars(v, strlen(v));
	if (!*v && required)
		issue(rc, spec, "%s wajib diisi", label);
	else if (chars > max)
		issue(rc, spec, "%s paling banyak %zu karakter (berisi %zu)", label, max, chars);
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
	if (strlen(v) > 254 || !at || at == v || !at[1] || strchr(at + 1, '@') ||
	    strpbrk(v, " \t") || has_control(v))
		issue(rc, EMP_EMAIL, "Email '%s' tidak sah; contoh: nama@surabaya.go.id", clip(v).s);
}

static void check_employee_row(struct row_check *rc, const struct employee_csv_lookup *lk,
			       size_t dup_of)
{
	int kind = check_nip(rc, dup_of);
	check_text(rc, EMP_NAMA, "Nama", 1, 200);
	check_text(rc, EMP_GELAR_DEPAN, "Gelar depan", 0, 50);
	check_text(rc, EMP_GELAR_BELAKANG, "Gelar belakang", 0, 50);
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
	check_text(rc, POS_NAMA, "Nama jabatan", 1, 200);
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

/* ---- writing ---------------------------------------------------------- */

/* 1 if s is a plain number: optional sign, digits, optional decimal part. */
static int plain_number(const char *s)
{
	if (*s == '+' || *s == '-')
		s++;
	if (!isdigit((unsigned char)*s))
		return 0;
	while (isdigit((unsigned char)*s))
		s++;
	if (*s == '.' || *s == ',') {
		if (!isdigit((unsigned char)*++s))
			return 0;
		while (isdigit((unsigned char)*s))
			s++;
	}
	return *s == '\0';
}

static int formula_like(const char *s)
{
	/* A lone "-" (a common "no value") cannot be a formula. */
	return *s && s[1] && strchr("=+-@\t\r", *s) && !plain_number(s);
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

void csv_write_cell(struct strbuf *sb, const char *s)
{
	if (!s || !*s)
		return;
	int guard = formula_like(s);
	size_t n = strlen(s);
	int quote = strpbrk(s, ",;\"\r\n") || (!guard && is_blank(s[0])) || is_blank(s[n - 1]);
	if (quote)
		strbuf_addch(sb, '"');
	if (guard)
		strbuf_addch(sb, '\'');
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			strbuf_addch(sb, '"');
		strbuf_addch(sb, *p);
	}
	if (quote)
		strbuf_addch(sb, '"');
}

void csv_write_row(struct strbuf *sb, const char *const *cells, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			strbuf_addch(sb, ',');
		csv_write_cell(sb, cells[i]);
	}
	strbuf_addstr(sb, "\r\n");
}
