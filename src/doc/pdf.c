/*
 * pdf.c - the PDF layer over libharu (see pdf.h): A4 pages, embedded
 * DejaVu fonts with UTF-8 text, wrapped paragraphs that flow over pages,
 * boxes, lines, frames and page numbers.
 */
#include "doc/pdf.h"

#include <hpdf.h>
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

void pdf_page_numbers(struct pdf_doc *d)
{
	char text[64];
	for (size_t i = 0; i < d->n_pages; i++) {
		snprintf(text, sizeof text, "Halaman %zu dari %zu", i + 1, d->n_pages);
		put_line(d, d->pages[i], d->left, d->bottom / 2, pdf_text_width(d), text,
			 PDF_REGULAR, 8, PDF_CENTER);
	}
}

int pdf_save(struct pdf_doc *d, struct strbuf *out, struct kerr *err)
{
	current(d);
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
