/*
 * schema_report.c - migration of the bulk document jobs (placeholder
 * until the bulk work fills it).
 */
#include "store/schema.h"

const char schema_report[] = "SELECT 1";
