/*
 * api_calibration.h - the JSON shapes of calibration (api_calibration_json.c),
 * for the handlers in api_calibration.c.
 */
#ifndef KINERJA_API_CALIBRATION_H
#define KINERJA_API_CALIBRATION_H

#include <jansson.h>

#include "http/calibration_access.h"

/* The table as the caller may see it (q: what was asked, sees_flags). */
json_t *calib_table_json(const struct calib_table *t, struct req *r, const struct calib_req *q);
/* One proposal, with what the caller may do with it (roles). */
json_t *calib_proposal_json(const struct calib_proposal *p, unsigned roles);

#endif
