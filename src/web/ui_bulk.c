/*
 * ui_bulk.c - bulk documents for a unit (one ZIP or one PDF) made by a background job with progress (placeholder: routes come with the bulk work).
 */
#include "http/router.h"

#include <stddef.h>

const struct route ui_bulk_routes[] = {
	{ NULL },
};
