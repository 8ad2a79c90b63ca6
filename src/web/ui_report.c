/*
 * ui_report.c - the reports hub (GET /laporan), the recaps per unit and period (Excel and CSV) and the contribution report per instansi goal (placeholder: routes come with the reports work).
 */
#include "http/router.h"

#include <stddef.h>

const struct route ui_report_routes[] = {
	{ NULL },
};
