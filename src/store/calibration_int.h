/*
 * calibration_int.h - helpers shared by the calibration files of
 * src/store only (calibration.c: reading; calibration_flow.c: proposing
 * and deciding; calibration_table.c: the table).
 */
#ifndef KINERJA_CALIBRATION_INT_H
#define KINERJA_CALIBRATION_INT_H

#include <jansson.h>

#include "store/calibration.h"

/* The proposal as JSON for the audit trail. */
json_t *calib_json(const struct calib_proposal *p);

/* Inside a transaction: loads proposal `id` for a change, holding its row
 * until the end (FOR UPDATE on PostgreSQL; SQLite's write lock is taken
 * by db_begin), and checks `version` (0: any). */
int calib_claim(struct db *db, int64_t id, int64_t version, struct calib_proposal *p,
		struct kerr *err);

#endif
