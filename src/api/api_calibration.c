/*
 * api_calibration.c - the JSON API of calibration (placeholder: routes come
 * with the calibration work).
 */
#include "http/router.h"

#include <stddef.h>

const struct route api_calibration_routes[] = {
	{ NULL },
};
