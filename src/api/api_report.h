/*
 * api_report.h - private to the reports API files (api_report.c: the
 * routes; api_report_json.c: the JSON shapes of the recap and the
 * contribution report).
 */
#ifndef KINERJA_API_REPORT_H
#define KINERJA_API_REPORT_H

#include <jansson.h>

#include "store/report.h"

/* A percentage rounded to two decimals, or null. */
json_t *report_pct_json(int set, double value);
/* The whole recap: period, unit, basis, rows (with "tpp" only when the
 * recap has the column), curves, overdue items. */
json_t *recap_to_json(const struct recap *r);
/* The whole contribution report: goals with their units and RHK, and
 * the roll-up per unit; every figure with its explanation. */
json_t *contribution_to_json(const struct contribution *c);

#endif
