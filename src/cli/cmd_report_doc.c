/*
 * cmd_report_doc.c - placeholder for its part of `kinerja report` (see
 * cmd_report.h) until the work on it lands.
 */
#include "cli/cmd_report.h"

#include <stdio.h>

int report_doc(int argc, char **argv, struct config *cfg)
{
	fprintf(stderr, "kinerja report: %s belum tersedia\n", argv[1]);
	return 1;
}
