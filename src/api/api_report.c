/*
 * api_report.c - the JSON API of the reports hub.
 */
#include "http/router.h"

#include <stddef.h>

const struct route api_report_routes[] = {
	{ NULL },
};
