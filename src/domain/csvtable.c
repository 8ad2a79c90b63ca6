/*
 * csvtable.c - reading CSV files into tables and writing CSV cells.
 *
 * libcsv does the RFC 4180 work; this file adds line numbers, the UTF-8
 * check, the comma/semicolon choice (Indonesian Excel writes ';'), Excel's
 * "sep=" line and BOM, and on output the quoting and the guard against
 * spreadsheet formulas.  See csvtable.h.
 */
#include "domain/csvtable.h"

#include <csv.h>
#include <ctype.h>
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
size_t csv_utf8_chars(const char *s, size_t n)
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
					line, csv_utf8_chars(d + start, i - start) + 1);
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

static int needs_guard(const char *s);

static void on_field(void *s, size_t len, void *data)
{
	struct parse_state *st = data;
	if (st->failed)
		return;
	if (st->ncells == st->alloc) {
		st->alloc = st->alloc ? st->alloc * 2 : 16;
		st->cells = xrealloc(st->cells, st->alloc * sizeof *st->cells);
	}
	char *cell = len ? xstrndup(s, len) : xstrdup("");
	/* The apostrophe csv_write_cell put before a formula-like value. */
	if (cell[0] == '\'' && needs_guard(cell + 1))
		memmove(cell, cell + 1, strlen(cell));
	st->cells[st->ncells++] = cell;
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
				"di dalamnya ditulis dua kali (\"\")", line, csv_utf8_chars(d + start, used) + 1);
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

/* A formula-like value, also behind apostrophes (so that a value that
 * really starts with one reads back unchanged too). */
static int needs_guard(const char *s)
{
	while (*s == '\'')
		s++;
	return formula_like(s);
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

void csv_write_cell(struct strbuf *sb, const char *s)
{
	if (!s || !*s)
		return;
	int guard = needs_guard(s);
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
