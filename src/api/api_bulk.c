/*
 * api_bulk.c - the JSON API of bulk documents for a unit.
 */
#include "http/router.h"

#include <stddef.h>

const struct route api_bulk_routes[] = {
	{ NULL },
};
