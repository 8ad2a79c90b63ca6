/*
 * list_table.h - the filtered lists (employees, SKPs, assessments,
 * objections) as export tables (store/export_table.h): each list's
 * columns and rows, and the whole filtered list in its order, fetched a
 * batch at a time.  Shared by the list pages' CSV and Excel downloads
 * (web/ui_listform.c) and `kinerja report list` (cli/cmd_report_list.c),
 * so both write the same file.  Also the list filter a parsed request
 * (domain/listquery.h) gives the store, for the same reason.
 */
#ifndef KINERJA_STORE_LIST_TABLE_H
#define KINERJA_STORE_LIST_TABLE_H

#include "domain/listquery.h"
#include "store/export_table.h"
#include "store/lists.h"
#include "store/store.h"

#define LIST_EXPORT_BATCH 500

/* How a list is exported: its columns, the file's base name and the
 * Excel sheet's name. */
struct list_export_def {
	const struct export_column *cols;
	size_t ncols;
	const char *base;     /* "daftar-skp" */
	const char *sheet;    /* "SKP" */
};
const struct list_export_def *list_export_def_of(enum list_kind kind);

/* The store filter of a parsed request `q` of list `spec`, seen by a
 * viewer whose units are `scope_unit` (0 every unit, -1 none), who takes
 * part in rows as employee `scope_self` (0: none), and who is an
 * administrator when `viewer_admin`; one page (q->page, q->per_page). */
void list_filter_of(const struct listq_spec *spec, const struct listq *q, int64_t scope_unit,
		    int64_t scope_self, int viewer_admin, struct list_filter *f);
/* The employee query of a list filter (store_employee_list): the unit
 * filter, else the viewer's units; one page of f->limit rows at
 * f->offset. */
void list_employee_query(const struct list_filter *f, struct employee_query *q);

/* Fills t (initialised here with the list's columns; export_table_release
 * it in any case) with every row of list `kind` that f selects, in f's
 * order (f's limit and offset are not used), LIST_EXPORT_BATCH rows at a
 * time.  0, or -1 with err; KERR_TOO_LARGE when more than EXPORT_MAX_ROWS
 * rows match. */
int list_table_fill(struct db *db, enum list_kind kind, const struct list_filter *f,
		    struct export_table *t, struct kerr *err);

#endif
