/*
 * schema_calibration.c - migration of calibration proposals (placeholder
 * until the calibration work fills it).
 */
#include "store/schema.h"

const char schema_calibration[] = "SELECT 1";
