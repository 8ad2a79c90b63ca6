/*
 * list_export.c - replying with a filtered list as a CSV or Excel
 * download (see list_export.h; the writers are store/export_table.c).
 */
#include "web/list_export.h"
#include "http/request.h"

#include <stdio.h>

int export_format_of(struct req *r, enum export_format *out, struct kerr *err)
{
	return export_format_parse(req_query(r, "format"), out, err);
}

int reply_export(struct req *r, enum export_format fmt, const char *base, const char *sheet,
		 const struct export_table *t)
{
	struct kerr err = KERR_INIT;
	char name[120];
	strbuf_reset(&r->out);
	if (fmt == EXPORT_CSV) {
		export_csv(t, &r->out);
		snprintf(name, sizeof name, "%s.csv", base);
		return reply_download(r, "text/csv; charset=utf-8", name);
	}
	if (export_xlsx(t, sheet, &r->out, &err)) {
		strbuf_reset(&r->out);
		return reply_error(r, &err);
	}
	snprintf(name, sizeof name, "%s.xlsx", base);
	return reply_download(r, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			      name);
}
