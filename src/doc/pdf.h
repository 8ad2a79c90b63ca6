/*
 * pdf.h - a small layer over libharu for the official documents kinerja
 * prints (a certificate, a statement, later letters and forms): A4 pages
 * in portrait or landscape, DejaVu TrueType fonts embedded with UTF-8
 * text (so Indonesian names and titles print as typed), paragraphs
 * wrapped to a width and flowing onto new pages, text placed in boxes,
 * lines and frames, bordered table rows that break over pages, a logo
 * (PNG or JPEG) embedded once and drawn on any page, and page numbers
 * written at the end.  Several documents may share one PDF: each begins
 * with pdf_document_begin and its pages are numbered on their own
 * ("Halaman 1 dari 3" within the document).
 *
 *     struct pdf_doc *d = pdf_new(PDF_PORTRAIT, &err);
 *     pdf_page(d);
 *     pdf_para(d, "Judul", PDF_BOLD, 16, PDF_CENTER);
 *     pdf_para(d, long_text, PDF_REGULAR, 11, PDF_JUSTIFY_LEFT);
 *     pdf_page_numbers(d);
 *     pdf_save(d, &bytes, &err);
 *     pdf_free(d);
 *
 * Coordinates are PDF points (1/72 inch) from the bottom left of a page;
 * the flow cursor (pdf_y) runs down from the top margin.  The fonts are
 * read from the Debian package fonts-dejavu-core
 * (/usr/share/fonts/truetype/dejavu; KINERJA_FONT_DIR overrides the
 * directory).  Errors of libharu are kept and reported by pdf_save.
 */
#ifndef KINERJA_DOC_PDF_H
#define KINERJA_DOC_PDF_H

#include <stddef.h>

#include "core/err.h"
#include "core/strbuf.h"

enum pdf_orient { PDF_PORTRAIT, PDF_LANDSCAPE };
enum pdf_style { PDF_REGULAR, PDF_BOLD, PDF_SERIF, PDF_SERIF_BOLD, PDF__STYLES };
enum pdf_align { PDF_LEFT, PDF_CENTER, PDF_RIGHT };

struct pdf_doc;

/* A document of A4 pages (none yet) with 2 cm margins; NULL with err
 * (KERR_IO naming the font) when libharu or the fonts fail. */
struct pdf_doc *pdf_new(enum pdf_orient orient, struct kerr *err);
void pdf_free(struct pdf_doc *d);
/* Sets the margins in points for the pages that follow. */
void pdf_margins(struct pdf_doc *d, float left, float right, float top, float bottom);
/* Starts a page; the cursor goes to the top margin. */
void pdf_page(struct pdf_doc *d);

float pdf_width(const struct pdf_doc *d);     /* of the page */
float pdf_height(const struct pdf_doc *d);
float pdf_left(const struct pdf_doc *d);      /* the left margin's x */
float pdf_text_width(const struct pdf_doc *d);   /* between the margins */
float pdf_y(const struct pdf_doc *d);
void pdf_set_y(struct pdf_doc *d, float y);
/* Moves the cursor down; a new page when it would pass the bottom margin. */
void pdf_space(struct pdf_doc *d, float pts);

/* The width of text in a style and size. */
float pdf_measure(struct pdf_doc *d, const char *text, enum pdf_style style, float size);
/* A paragraph between the margins at the cursor, wrapped at blanks
 * (line breaks kept), the cursor moved below it; lines that would pass
 * the bottom margin go to a new page. */
void pdf_para(struct pdf_doc *d, const char *text, enum pdf_style style, float size,
	      enum pdf_align align);
/* The same in a column [x, x + width) starting at baseline y of the
 * current page, not flowing; returns the y below the last line. */
float pdf_box(struct pdf_doc *d, float x, float y, float width, const char *text,
	      enum pdf_style style, float size, enum pdf_align align);

/* A line from (x1, y1) to (x2, y2), `w` points wide. */
void pdf_line(struct pdf_doc *d, float x1, float y1, float x2, float y2, float w);
/* A rectangle inset `inset` points from the page's edges. */
void pdf_frame(struct pdf_doc *d, float inset, float w);

/* ---- tables ---------------------------------------------------------------- */

/* One cell of a table row: its text, style and alignment. */
struct pdf_cell {
	const char *text;
	enum pdf_style style;
	enum pdf_align align;
};

/* One row of bordered cells at the cursor, widths[i] points wide, text
 * wrapped in each; a row that does not fit goes on over the next page
 * (its lines split between the pages, each part framed).  The cursor
 * moves below it.  Returns 1 when a new page was started, else 0. */
int pdf_row(struct pdf_doc *d, const float *widths, const struct pdf_cell *cells, size_t n,
	    float size);
/* The height pdf_row needs for text in a cell `width` points wide. */
float pdf_cell_height(struct pdf_doc *d, const char *text, enum pdf_style style, float size,
		      float width);
/* A new page when less than `pts` is left above the bottom margin. */
void pdf_need(struct pdf_doc *d, float pts);

/* ---- the logo ------------------------------------------------------------------ */

/* Embeds an image (PNG or JPEG, by its first bytes) to be drawn with
 * pdf_logo; once per PDF however many documents show it.  Bytes libharu
 * cannot read leave no logo (the document prints without it): returns -1
 * then, 0 when it is set. */
int pdf_set_logo(struct pdf_doc *d, const void *data, size_t len);
/* 1 if a logo is set. */
int pdf_has_logo(const struct pdf_doc *d);
/* Draws the logo in the box whose top left is (x, top), at most w x h
 * points, its proportions kept; returns the width drawn (0: no logo). */
float pdf_logo(struct pdf_doc *d, float x, float top, float w, float h);
/* Whether libharu reads `data` as a PNG or JPEG image: 0, or -1 with
 * KERR_INVALID on `field` (a file it cannot embed). */
int pdf_image_check(const void *data, size_t len, const char *field, struct kerr *err);

/* ---- numbering ---------------------------------------------------------------- */

/* Starts a document within the PDF: the pages from the next one on are
 * numbered on their own.  pdf_save numbers the pages of the documents
 * begun this way (pdf_page_numbers need not be called). */
void pdf_document_begin(struct pdf_doc *d);
/* The number of pages so far. */
size_t pdf_page_count(const struct pdf_doc *d);
/* Writes "Halaman N dari M" centred at the foot of every page not
 * numbered yet, N and M counted within its document (the whole PDF when
 * no document was begun). */
void pdf_page_numbers(struct pdf_doc *d);
/* The document's bytes, appended to out.  KERR_IO when libharu failed
 * at any step. */
int pdf_save(struct pdf_doc *d, struct strbuf *out, struct kerr *err);

#endif
