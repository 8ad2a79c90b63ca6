/*
 * ui_calibration.c - the calibration of a unit's assessments (GET /kalibrasi)
 * (placeholder: routes come with the calibration work).
 */
#include "http/router.h"

#include <stddef.h>

const struct route ui_calibration_routes[] = {
	{ NULL },
};
