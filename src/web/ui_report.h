/*
 * ui_report.h - private to the report pages (ui_report.c: the hub and
 * the route table, with the pieces the two reports share;
 * ui_report_recap.c: the recap and its files; ui_report_contrib.c: the
 * contribution report and its files).
 */
#ifndef KINERJA_UI_REPORT_H
#define KINERJA_UI_REPORT_H

#include "http/report_access.h"

struct req;

/* The filter form of a report page at `path` (GET, no JavaScript):
 * period, unit (those the caller may see), basis. */
void report_filter_form(struct req *r, const char *path, const struct report_req *q);
/* "periode=1&unit=2&titik=3" (or "&jenis=tahunan") of a request. */
void report_query_text(const struct report_req *q, char *out, size_t size);
/* The download buttons (Excel, CSV) of a report at `path`. */
void report_download_buttons(struct req *r, const char *path, const struct report_req *q);
/* "97,50%" or "-". */
void report_pct_text(int set, double value, char *out, size_t size);
/* Replies with `data` as a download named "<what>-<unit code>-<year>.<ext>". */
int report_reply_file(struct req *r, const char *what, const struct unit *u,
		      const struct period *p, const char *ext);

int page_report_recap(struct req *r);
int page_report_recap_xlsx(struct req *r);
int page_report_recap_csv(struct req *r);
int page_report_contrib(struct req *r);
int page_report_contrib_xlsx(struct req *r);
int page_report_contrib_csv(struct req *r);

#endif
