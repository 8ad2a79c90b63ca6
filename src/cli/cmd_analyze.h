/*
 * cmd_analyze.h - the parts of `kinerja analyze`: cmd_analyze.c reads the
 * first word and hands the whole argv (argv[0] "analyze", argv[1] the
 * word) to the part that owns it, each in its own file with its own
 * section of the usage text in cmd_analyze.c:
 *
 *   raters, agreement, adjusted, fairness, settings   cmd_analyze_raters.c
 *   calibration                                      cmd_analyze_calibration.c
 */
#ifndef KINERJA_CMD_ANALYZE_H
#define KINERJA_CMD_ANALYZE_H

#include "core/config.h"

int analyze_raters(int argc, char **argv, struct config *cfg);
int analyze_calibration(int argc, char **argv, struct config *cfg);

#endif
