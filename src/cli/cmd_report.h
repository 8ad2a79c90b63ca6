/*
 * cmd_report.h - the parts of `kinerja report`: cmd_report.c reads the
 * first word and hands the whole argv (argv[0] "report", argv[1] the
 * word) to the part that owns it, each in its own file with its own
 * section of the usage text in cmd_report.c:
 *
 *   skp, evaluasi, keberatan, tpp, kredit, piagam   cmd_report_doc.c
 *   bulk                                           cmd_report_bulk.c
 *   recap, contribution                            cmd_report_recap.c
 *   status                                         cmd_report_status.c
 *   list                                           cmd_report_list.c
 */
#ifndef KINERJA_CMD_REPORT_H
#define KINERJA_CMD_REPORT_H

#include "core/config.h"

int report_doc(int argc, char **argv, struct config *cfg);
int report_bulk(int argc, char **argv, struct config *cfg);
int report_recap(int argc, char **argv, struct config *cfg);
int report_status(int argc, char **argv, struct config *cfg);
int report_list(int argc, char **argv, struct config *cfg);

#endif
