/*
 * ui_dashboard.c - the dashboards (GET /dasbor): where a period stands, the predicate distribution against the curve, achievement over the quarters, the BerAKHLAK profile and trends, as charts with the same figures in tables (placeholder: routes come with the dashboard work).
 */
#include "http/router.h"

#include <stddef.h>

const struct route ui_dashboard_routes[] = {
	{ NULL },
};
