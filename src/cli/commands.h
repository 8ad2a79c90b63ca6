/*
 * commands.h - the sub-commands of the `kinerja` program.
 *
 * Each command gets its own arguments (argv[0] is the command name; the
 * common --db/--data-dir/... flags are already removed into cfg) and returns
 * the process exit code: 0 success, 1 failure, 2 bad usage.  Errors are
 * printed to stderr as "kinerja CMD: message".
 */
#ifndef KINERJA_COMMANDS_H
#define KINERJA_COMMANDS_H

#include "core/config.h"

struct command {
	const char *name;
	int (*run)(int argc, char **argv, struct config *cfg);
	const char *summary;   /* one line, Indonesian */
	const char *usage;     /* full --help text */
};

int cmd_init(int argc, char **argv, struct config *cfg);
int cmd_serve(int argc, char **argv, struct config *cfg);
int cmd_import(int argc, char **argv, struct config *cfg);
int cmd_export(int argc, char **argv, struct config *cfg);
int cmd_user(int argc, char **argv, struct config *cfg);
int cmd_backup(int argc, char **argv, struct config *cfg);
int cmd_period(int argc, char **argv, struct config *cfg);
int cmd_round360(int argc, char **argv, struct config *cfg);
int cmd_assessment(int argc, char **argv, struct config *cfg);
int cmd_tpp(int argc, char **argv, struct config *cfg);
int cmd_guidance(int argc, char **argv, struct config *cfg);
int cmd_briefing(int argc, char **argv, struct config *cfg);
int cmd_recognition(int argc, char **argv, struct config *cfg);
int cmd_evaluation(int argc, char **argv, struct config *cfg);
int cmd_notify(int argc, char **argv, struct config *cfg);
int cmd_report(int argc, char **argv, struct config *cfg);
int cmd_analyze(int argc, char **argv, struct config *cfg);

extern const char cmd_init_usage[], cmd_serve_usage[], cmd_import_usage[],
	cmd_export_usage[], cmd_user_usage[], cmd_backup_usage[], cmd_period_usage[],
	cmd_round360_usage[], cmd_assessment_usage[], cmd_tpp_usage[], cmd_guidance_usage[],
	cmd_briefing_usage[], cmd_recognition_usage[], cmd_evaluation_usage[], cmd_notify_usage[],
	cmd_report_usage[], cmd_analyze_usage[];

/* Prints "kinerja CMD: message" (with the field, if any) to stderr; returns 1. */
int cli_fail(const char *cmd, const struct kerr *err);
/* Prints "kinerja CMD: message" and a pointer to `kinerja CMD --help` to
 * stderr for a mistake in the command's words; returns 2 (bad usage). */
int cli_usage(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* 1 if argv holds -h or --help. */
int cli_wants_help(int argc, char **argv);

/* How far the demo office's year has gone. */
enum demo_level {
	DEMO_RENCANA,   /* the plans only: the start of the year, nothing realised */
	DEMO_LENGKAP,   /* plans, then Triwulan I-III realised, rated and objected */
};

/* Creates the demo organisation (Kecamatan Asemrowo) in an empty database and
 * writes DATA_DIR/demo-accounts.tsv (peran, login, kata_sandi, nama).  Every
 * demo password is random unless KINERJA_DEMO_PASSWORD is set (for tests). */
struct db;
int demo_create(struct db *db, const char *data_dir, enum demo_level level,
		struct kerr *err);
/* Adds the demo 2026 performance plans (period, goals, SKPs) to the demo
 * organisation; called by demo_create. */
int demo_create_plans(struct db *db, struct kerr *err);
/* Adds the monitoring of Triwulan I-III to the demo plans (realisasi with
 * evidence, feedback, 360 rounds, assessments, unit predicates and an
 * objection); called by demo_create for DEMO_LENGKAP. */
int demo_create_monitoring(struct db *db, struct kerr *err);

#endif
