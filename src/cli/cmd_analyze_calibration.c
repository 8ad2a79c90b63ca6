/*
 * cmd_analyze_calibration.c - placeholder for its part of `kinerja analyze`
 * (see cmd_analyze.h) until the work on it lands.
 */
#include "cli/cmd_analyze.h"

#include <stdio.h>

int analyze_calibration(int argc, char **argv, struct config *cfg)
{
	fprintf(stderr, "kinerja analyze: %s belum tersedia\n", argv[1]);
	return 1;
}
