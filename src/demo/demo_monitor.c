/*
 * demo_monitor.c - the demo office's year so far: Triwulan I-III realised
 * with evidence, feedback threads, 360 rounds, assessments with their
 * predicates, unit predicates (one unit off the curve) and one objection
 * in progress.  (Being written.)
 */
#include "cli/commands.h"

int demo_create_monitoring(struct db *db, struct kerr *err)
{
	(void)db;
	(void)err;
	return 0;
}
