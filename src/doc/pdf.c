/*
 * pdf.c - the PDF layer over libharu (see pdf.h): A4 pages, embedded
 * DejaVu fonts with UTF-8 text, wrapped paragraphs that flow over pages,
 * boxes, lines, frames, table rows, the logo and page numbers counted
 * per document.
 */
#include "doc/pdf.h"

#include <hpdf.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FONT_DIR "/usr/share/fonts/truetype/dejavu"
#define MM(x) ((float)(x) * 72.0f / 25.4f)
#define LEADING 1.35f

static const char *const font_files[PDF__STYLES] = {
	"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
};

struct pdf_doc {
	HPDF_Doc pdf;
	HPDF_Font font[PDF__STYLES];     /* loaded when first used */
	HPDF_Page *pages;
	size_t n_pages;
	enum pdf_orient orient;
	float left, right, top, bottom;
	float y;
	unsigned long hpdf_error;        /* the first error libharu reported */
	char font_failed[64];
	size_t *doc_start;               /* the first page of each document begun */
	size_t n_docs;
	size_t numbered;                 /* pages before this one carry their numbers */
	HPDF_Image logo;
};

static void on_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void *user_data)
{
	struct pdf_doc *d = user_data;
	(void)detail_no;
	if (!d->hpdf_error)
		d->hpdf_error = (unsigned long)error_no;
}

static HPDF_Font font_of(struct pdf_doc *d, enum pdf_style s)
{
	char path[600];
	const char *dir = getenv("KINERJA_FONT_DIR");
	if ((unsigned)s >= PDF__STYLES)
		s = PDF_REGULAR;
	if (d->font[s])
		return d->font[s];
	snprintf(path, sizeof path, "%s/%s", dir && *dir ? dir : FONT_DIR, font_files[s]);
	const char *name = HPDF_LoadTTFontFromFile(d->pdf, path, HPDF_TRUE);
	if (name)
		d->font[s] = HPDF_GetFont(d->pdf, name, "UTF-8");
	if (!d->font[s] && !d->font_failed[0])
		snprintf(d->font_failed, sizeof d->font_failed, "%s", font_files[s]);
	return d->font[s];
}

struct pdf_doc *pdf_new(enum pdf_orient orient, struct kerr *err)
{
	struct pdf_doc *d = xcalloc(1, sizeof *d);
	d->orient = orient;
	d->left = d->right = d->top = d->bottom = MM(20);
	d->pdf = HPDF_New(on_error, d);
	if (!d->pdf) {
		free(d);
		kerr_set(err, KERR_IO, "", "Pustaka PDF (libharu) tidak dapat dipakai");
		return NULL;
	}
	HPDF_SetCompressionMode(d->pdf, HPDF_COMP_ALL);
	HPDF_UseUTFEncodings(d->pdf);
	HPDF_SetCurrentEncoder(d->pdf, "UTF-8");
	if (!font_of(d, PDF_REGULAR)) {
		kerr_set(err, KERR_IO, "", "Huruf %s tidak dapat dibaca (paket fonts-dejavu-core)",
			 d->font_failed);
		pdf_free(d);
		return NULL;
	}
	return d;
}

void pdf_free(struct pdf_doc *d)
{
	if (!d)
		return;
	HPDF_Free(d->pdf);
	free(d->pages);
	free(d->doc_start);
	free(d);
}

void pdf_margins(struct pdf_doc *d, float left, float right, float top, float bottom)
{
	d->left = left;
	d->right = right;
	d->top = top;
	d->bottom = bottom;
}

static HPDF_Page current(struct pdf_doc *d)
{
	if (!d->n_pages)
		pdf_page(d);
	return d->pages[d->n_pages - 1];
}

void pdf_page(struct pdf_doc *d)
{
	HPDF_Page p = HPDF_AddPage(d->pdf);
	HPDF_Page_SetSize(p, HPDF_PAGE_SIZE_A4, d->orient == PDF_LANDSCAPE ? HPDF_PAGE_LANDSCAPE
									   : HPDF_PAGE_PORTRAIT);
	d->pages = xrealloc(d->pages, (d->n_pages + 1) * sizeof *d->pages);
	d->pages[d->n_pages++] = p;
	d->y = HPDF_Page_GetHeight(p) - d->top;
}

float pdf_width(const struct pdf_doc *d)
{
	return d->orient == PDF_LANDSCAPE ? MM(297) : MM(210);
}

float pdf_height(const struct pdf_doc *d)
{
	return d->orient == PDF_LANDSCAPE ? MM(210) : MM(297);
}

float pdf_left(const struct pdf_doc *d)
{
	return d->left;
}

float pdf_text_width(const struct pdf_doc *d)
{
	return pdf_width(d) - d->left - d->right;
}

float pdf_y(const struct pdf_doc *d)
{
	return d->y;
}

void pdf_set_y(struct pdf_doc *d, float y)
{
	d->y = y;
}

void pdf_space(struct pdf_doc *d, float pts)
{
	current(d);
	d->y -= pts;
	if (d->y < d->bottom)
		pdf_page(d);
}

float pdf_measure(struct pdf_doc *d, const char *text, enum pdf_style style, float size)
{
	HPDF_Page p = current(d);
	HPDF_Font f = font_of(d, style);
	if (!f || !text || !*text)
		return 0;
	HPDF_Page_SetFontAndSize(p, f, size);
	return HPDF_Page_TextWidth(p, text);
}

/* ---- lines of text ---------------------------------------------------------------------- */

static void put_line(struct pdf_doc *d, HPDF_Page p, float x, float y, float width,
		     const char *text, enum pdf_style style, float size, enum pdf_align align)
{
	HPDF_Font f = font_of(d, style);
	if (!f || !*text)
		return;
	HPDF_Page_SetFontAndSize(p, f, size);
	float w = HPDF_Page_TextWidth(p, text);
	if (align == PDF_CENTER)
		x += (width - w) / 2;
	else if (align == PDF_RIGHT)
		x += width - w;
	HPDF_Page_BeginText(p);
	HPDF_Page_TextOut(p, x, y, text);
	HPDF_Page_EndText(p);
}

/* Calls emit for each wrapped line of text (which it may not keep). */
typedef void (*line_fn)(struct pdf_doc *d, const char *line, void *ctx);

/* A word wider than the line (a long link): emits the pieces that fill
 * whole lines, cut between UTF-8 characters, and leaves the rest in line. */
static void split_word(struct pdf_doc *d, const char *w, size_t len, enum pdf_style style,
		       float size, float width, line_fn emit, void *ctx, struct strbuf *line)
{
	size_t start = 0;
	while (start < len) {
		size_t end = start, fit = start;
		struct strbuf piece = STRBUF_INIT;
		while (end < len) {
			size_t next = end + 1;
			while (next < len && ((unsigned char)w[next] & 0xC0) == 0x80)
				next++;
			strbuf_reset(&piece);
			strbuf_add(&piece, w + start, next - start);
			if (fit > start && pdf_measure(d, piece.buf, style, size) > width)
				break;
			fit = end = next;
		}
		strbuf_release(&piece);
		strbuf_reset(line);
		strbuf_add(line, w + start, fit - start);
		if (fit < len)
			emit(d, line->buf, ctx);
		start = fit;
	}
}

static void wrap(struct pdf_doc *d, const char *text, enum pdf_style style, float size,
		 float width, line_fn emit, void *ctx)
{
	struct strbuf line = STRBUF_INIT, probe = STRBUF_INIT;
	const char *p = text ? text : "";
	for (;;) {
		size_t blanks = strspn(p, " \t");
		const char *w = p + blanks;
		size_t len = strcspn(w, " \t\n");
		if (len) {
			strbuf_reset(&probe);
			strbuf_add(&probe, line.buf, line.len);
			if (line.len)
				strbuf_addch(&probe, ' ');
			strbuf_add(&probe, w, len);
			if (line.len && pdf_measure(d, probe.buf, style, size) > width) {
				emit(d, line.buf, ctx);
				strbuf_reset(&line);
				strbuf_add(&line, w, len);
				if (pdf_measure(d, line.buf, style, size) > width)
					split_word(d, w, len, style, size, width, emit, ctx, &line);
			} else if (!line.len && pdf_measure(d, probe.buf, style, size) > width) {
				split_word(d, w, len, style, size, width, emit, ctx, &line);
			} else {
				strbuf_reset(&line);
				strbuf_add(&line, probe.buf, probe.len);
			}
		}
		p = w + len;
		if (*p == '\n' || !*p) {
			emit(d, line.buf, ctx);
			strbuf_reset(&line);
			if (!*p)
				break;
			p++;
		}
	}
	strbuf_release(&line);
	strbuf_release(&probe);
}

struct flow {
	enum pdf_style style;
	enum pdf_align align;
	float size, x, width, y;
	int fixed;     /* a box: no new pages */
};

static void flow_line(struct pdf_doc *d, const char *line, void *ctx)
{
	struct flow *f = ctx;
	float lead = f->size * LEADING;
	if (!f->fixed && f->y - f->size < d->bottom) {
		pdf_page(d);
		f->y = d->y - f->size;
	}
	put_line(d, current(d), f->x, f->y, f->width, line, f->style, f->size, f->align);
	f->y -= lead;
}

void pdf_para(struct pdf_doc *d, const char *text, enum pdf_style style, float size,
	      enum pdf_align align)
{
	current(d);
	struct flow f = { style, align, size, d->left, pdf_text_width(d), d->y - size, 0 };
	wrap(d, text, style, size, f.width, flow_line, &f);
	d->y = f.y + size;      /* the top of the line that would follow */
}

float pdf_box(struct pdf_doc *d, float x, float y, float width, const char *text,
	      enum pdf_style style, float size, enum pdf_align align)
{
	current(d);
	struct flow f = { style, align, size, x, width, y, 1 };
	wrap(d, text, style, size, width, flow_line, &f);
	return f.y;
}

/* ---- drawing ------------------------------------------------------------------------------ */

void pdf_line(struct pdf_doc *d, float x1, float y1, float x2, float y2, float w)
{
	HPDF_Page p = current(d);
	HPDF_Page_SetLineWidth(p, w);
	HPDF_Page_MoveTo(p, x1, y1);
	HPDF_Page_LineTo(p, x2, y2);
	HPDF_Page_Stroke(p);
}

void pdf_frame(struct pdf_doc *d, float inset, float w)
{
	HPDF_Page p = current(d);
	HPDF_Page_SetLineWidth(p, w);
	HPDF_Page_Rectangle(p, inset, inset, pdf_width(d) - 2 * inset, pdf_height(d) - 2 * inset);
	HPDF_Page_Stroke(p);
}

/* ---- tables -------------------------------------------------------------------------------- */

#define CELL_PAD 3.0f

struct lines {
	char **v;
	size_t n;
};

static void keep_line(struct pdf_doc *d, const char *line, void *ctx)
{
	struct lines *l = ctx;
	(void)d;
	l->v = xrealloc(l->v, (l->n + 1) * sizeof *l->v);
	l->v[l->n++] = xstrdup(line);
}

static void lines_free(struct lines *l, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < l[i].n; k++)
			free(l[i].v[k]);
		free(l[i].v);
	}
	free(l);
}

float pdf_cell_height(struct pdf_doc *d, const char *text, enum pdf_style style, float size,
		      float width)
{
	struct lines l = { NULL, 0 };
	wrap(d, text, style, size, width - 2 * CELL_PAD, keep_line, &l);
	float h = 2 * CELL_PAD + (float)(l.n ? l.n : 1) * size * LEADING;
	for (size_t k = 0; k < l.n; k++)
		free(l.v[k]);
	free(l.v);
	return h;
}

void pdf_need(struct pdf_doc *d, float pts)
{
	current(d);
	if (d->y - pts < d->bottom)
		pdf_page(d);
}

/* The frame of one part of a row: each cell's rectangle from top to bottom. */
static void row_frame(struct pdf_doc *d, const float *widths, size_t n, float top, float bottom)
{
	HPDF_Page p = current(d);
	float x = d->left;
	HPDF_Page_SetLineWidth(p, 0.5f);
	for (size_t i = 0; i < n; i++) {
		HPDF_Page_Rectangle(p, x, bottom, widths[i], top - bottom);
		x += widths[i];
	}
	HPDF_Page_Stroke(p);
}

int pdf_row(struct pdf_doc *d, const float *widths, const struct pdf_cell *cells, size_t n,
	    float size)
{
	struct lines *l = xcalloc(n ? n : 1, sizeof *l);
	size_t rows = 1;
	float lead = size * LEADING;
	int broke = 0;
	for (size_t i = 0; i < n; i++) {
		wrap(d, cells[i].text ? cells[i].text : "", cells[i].style, size,
		     widths[i] - 2 * CELL_PAD, keep_line, &l[i]);
		if (l[i].n > rows)
			rows = l[i].n;
	}
	/* the first two lines (or the whole row) on the same page */
	float first = 2 * CELL_PAD + lead * (float)(rows < 2 ? rows : 2);
	current(d);
	if (d->y - first < d->bottom && d->y < pdf_height(d) - d->top) {
		pdf_page(d);
		broke = 1;
	}
	float top = d->y, y = top - CELL_PAD;
	for (size_t k = 0; k < rows; k++) {
		if (y - lead < d->bottom) {
			row_frame(d, widths, n, top, y);
			pdf_page(d);
			broke = 1;
			top = d->y;
			y = top - CELL_PAD;
		}
		float x = d->left;
		for (size_t i = 0; i < n; i++) {
			if (k < l[i].n)
				put_line(d, current(d), x + CELL_PAD, y - size, widths[i] - 2 * CELL_PAD,
					 l[i].v[k], cells[i].style, size, cells[i].align);
			x += widths[i];
		}
		y -= lead;
	}
	row_frame(d, widths, n, top, y - CELL_PAD);
	d->y = y - CELL_PAD;
	lines_free(l, n);
	return broke;
}

/* ---- the logo -------------------------------------------------------------------------------- */

static int is_png(const unsigned char *b, size_t len)
{
	return len > 8 && !memcmp(b, "\x89PNG\r\n\x1a\n", 8);
}

static int is_jpeg(const unsigned char *b, size_t len)
{
	return len > 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF;
}

#define IMAGE_SIDE_MAX 4096

/* 1 if libpng reads the whole PNG (checksums, compressed data): libharu
 * hands a PNG to libpng without catching its errors, and libpng then
 * aborts the process, so a PNG is read here first, with the simplified
 * API that reports errors instead. */
static int png_readable(const unsigned char *b, size_t len)
{
	png_image img;
	memset(&img, 0, sizeof img);
	img.version = PNG_IMAGE_VERSION;
	if (!png_image_begin_read_from_memory(&img, b, len))
		return 0;
	if (img.width > IMAGE_SIDE_MAX || img.height > IMAGE_SIDE_MAX) {
		png_image_free(&img);
		return 0;
	}
	img.format = PNG_FORMAT_RGBA;
	void *pixels = malloc(PNG_IMAGE_SIZE(img));
	int ok = pixels && png_image_finish_read(&img, NULL, pixels, 0, NULL);
	free(pixels);
	png_image_free(&img);
	return ok;
}

/* The image in data, or NULL (libharu's error then cleared). */
static HPDF_Image load_image(HPDF_Doc pdf, const void *data, size_t len)
{
	const unsigned char *b = data;
	HPDF_Image img = NULL;
	if (is_png(b, len) && png_readable(b, len))
		img = HPDF_LoadPngImageFromMem(pdf, b, (HPDF_UINT)len);
	else if (is_jpeg(b, len))
		img = HPDF_LoadJpegImageFromMem(pdf, b, (HPDF_UINT)len);
	if (!img)
		HPDF_ResetError(pdf);
	return img;
}

int pdf_set_logo(struct pdf_doc *d, const void *data, size_t len)
{
	unsigned long before = d->hpdf_error;
	if (!data || !len || len > 0x7fffffff)
		return -1;
	d->logo = load_image(d->pdf, data, len);
	d->hpdf_error = before;     /* an unreadable logo only leaves the logo out */
	return d->logo ? 0 : -1;
}

int pdf_has_logo(const struct pdf_doc *d)
{
	return d->logo != NULL;
}

float pdf_logo(struct pdf_doc *d, float x, float top, float w, float h)
{
	if (!d->logo)
		return 0;
	float iw = (float)HPDF_Image_GetWidth(d->logo), ih = (float)HPDF_Image_GetHeight(d->logo);
	if (iw <= 0 || ih <= 0)
		return 0;
	float scale = w / iw < h / ih ? w / iw : h / ih;
	HPDF_Page_DrawImage(current(d), d->logo, x, top - ih * scale, iw * scale, ih * scale);
	return iw * scale;
}

static void ignore_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void *user_data)
{
	(void)error_no;
	(void)detail_no;
	(void)user_data;
}

int pdf_image_check(const void *data, size_t len, const char *field, struct kerr *err)
{
	HPDF_Doc pdf = HPDF_New(ignore_error, NULL);
	if (!pdf)
		return kerr_set(err, KERR_IO, "", "Pustaka PDF (libharu) tidak dapat dipakai");
	HPDF_Image img = len && len <= 0x7fffffff ? load_image(pdf, data, len) : NULL;
	int ok = img && HPDF_Image_GetWidth(img) > 0 && HPDF_Image_GetHeight(img) > 0;
	HPDF_Free(pdf);
	if (ok)
		return 0;
	return kerr_set(err, KERR_INVALID, field, "Gambar tidak dapat dibaca sebagai PNG atau JPEG "
			"yang utuh (paling besar %d x %d piksel)", IMAGE_SIDE_MAX, IMAGE_SIDE_MAX);
}

/* ---- numbering ------------------------------------------------------------------------- */

void pdf_document_begin(struct pdf_doc *d)
{
	d->doc_start = xrealloc(d->doc_start, (d->n_docs + 1) * sizeof *d->doc_start);
	d->doc_start[d->n_docs++] = d->n_pages;
}

size_t pdf_page_count(const struct pdf_doc *d)
{
	return d->n_pages;
}

/* The pages [*first, *end) of the document page i belongs to. */
static void document_of(const struct pdf_doc *d, size_t i, size_t *first, size_t *end)
{
	*first = 0;
	*end = d->n_pages;
	for (size_t k = 0; k < d->n_docs; k++) {
		if (d->doc_start[k] <= i)
			*first = d->doc_start[k];
		else if (d->doc_start[k] < *end) {
			*end = d->doc_start[k];
			break;
		}
	}
}

void pdf_page_numbers(struct pdf_doc *d)
{
	char text[64];
	for (size_t i = d->numbered; i < d->n_pages; i++) {
		size_t first, end;
		document_of(d, i, &first, &end);
		if (end <= first)       /* an empty document begun after this page's */
			end = d->n_pages;
		snprintf(text, sizeof text, "Halaman %zu dari %zu", i - first + 1, end - first);
		put_line(d, d->pages[i], d->left, d->bottom / 2, pdf_text_width(d), text,
			 PDF_REGULAR, 8, PDF_CENTER);
	}
	d->numbered = d->n_pages;
}

int pdf_save(struct pdf_doc *d, struct strbuf *out, struct kerr *err)
{
	current(d);
	if (d->n_docs)
		pdf_page_numbers(d);
	if (d->font_failed[0])
		return kerr_set(err, KERR_IO, "", "Huruf %s tidak dapat dibaca (paket "
				"fonts-dejavu-core)", d->font_failed);
	if (!d->hpdf_error && HPDF_SaveToStream(d->pdf) == HPDF_OK) {
		HPDF_ResetStream(d->pdf);
		for (;;) {
			HPDF_BYTE buf[8192];
			HPDF_UINT32 n = sizeof buf;
			HPDF_STATUS st = HPDF_ReadFromStream(d->pdf, buf, &n);
			strbuf_add(out, buf, n);
			if (st == HPDF_STREAM_EOF || st != HPDF_OK || !n)
				break;
		}
	}
	if (d->hpdf_error)
		return kerr_set(err, KERR_IO, "", "Dokumen PDF tidak dapat dibuat (libharu: kesalahan "
				"0x%04lX)", d->hpdf_error);
	return 0;
}
