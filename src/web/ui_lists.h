/*
 * ui_lists.h - the pieces every list page shares (ui_listform.c): the
 * filter form (one helper for the employees, SKPs, assessments and
 * objections: typed values kept, labelled, role="search"), the sortable
 * column headers, the "N ditemukan, Halaman X dari Y" line, the paging
 * links and the export buttons, all keeping the filters; and the list
 * pages themselves (ui_list_*.c).
 */
#ifndef KINERJA_UI_LISTS_H
#define KINERJA_UI_LISTS_H

#include "http/list_access.h"

struct req;
struct strbuf;

/* What a list page shows in its form. */
struct list_page {
	const char *path;                       /* "/skp/daftar" */
	struct list_request *lr;
	const char *(*status_label)(const char *code);
	const char *noun;                       /* "SKP", "pegawai", ... */
};

/* The query parameters a list keeps in its links. */
extern const char *const list_keep[];

void list_filter_form(struct req *r, const struct list_page *p);
/* A <th> whose link sorts by `key` (toggling the direction when it is the
 * current key), with aria-sort. */
void list_sort_th(struct req *r, const struct list_page *p, const char *key, const char *label);
/* One column of a list's table: its sort key (NULL: not sortable) and label. */
struct list_col {
	const char *key;
	const char *label;
};
/* Opens a list's table (element id `id`, a caption for screen readers)
 * with its header row of `n` columns, up to <tbody>. */
void list_table_begin(struct req *r, const struct list_page *p, const char *id,
		      const char *caption, const struct list_col *cols, size_t n);
/* Closes it; with no rows, one row across the `ncols` columns saying `empty`. */
void list_table_end(struct req *r, size_t rows, size_t ncols, const char *empty);
/* "N SKP ditemukan · Halaman X dari Y · diurutkan menurut ..." */
void list_summary(struct req *r, const struct list_page *p, int64_t total);
/* The paging links (keeping the filters and the order). */
void list_pager(struct req *r, const struct list_page *p, int64_t total);
/* "Unduh CSV" and "Unduh Excel" of the filtered list. */
void list_export_buttons(struct req *r, const struct list_page *p);

/* Replies with every row of the filtered list in `fmt` (EXPORT_CSV or
 * EXPORT_XLSX, list_export.h): list_table_fill (store/list_table.h), the
 * same file `kinerja report list` writes; a list longer than
 * EXPORT_MAX_ROWS is refused (413).  Returns 0. */
int list_export_reply(struct req *r, struct list_request *lr, int fmt);

/* Page handlers (routes in ui_skp.c, ui_assessment.c). */
int page_skp_list(struct req *r);
int page_assessment_list_all(struct req *r);
/* The filtered list of every case the viewer may see, on GET /keberatan:
 * objection_listing_open reads the request before the page is begun and
 * returns 1 when it has replied itself (an export, ?format=csv|xlsx, or a
 * refused parameter); else 0, and objection_listing_show writes the
 * section and releases it. */
struct objection_listing {
	struct list_request lr;
	struct objection_list_row *rows;
	size_t n;
	int64_t total;
};
int objection_listing_open(struct req *r, struct objection_listing *l);
void objection_listing_show(struct req *r, struct objection_listing *l);

#endif
