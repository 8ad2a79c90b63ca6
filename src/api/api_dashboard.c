/*
 * api_dashboard.c - the JSON API of the dashboards.
 */
#include "http/router.h"

#include <stddef.h>

const struct route api_dashboard_routes[] = {
	{ NULL },
};
