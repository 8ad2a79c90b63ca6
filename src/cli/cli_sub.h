/*
 * cli_sub.h - the shape every multi-verb command shares ("kinerja period
 * open 1", "kinerja round360 close 3 ..."): a table of sub-commands, each
 * with its positional arguments and the --options it allows, parsed the
 * same way ("--opt VALUE" or "--opt=VALUE"), run against the opened
 * database as the actor "cli", with store errors renamed to the option
 * that caused them.
 */
#ifndef KINERJA_CLI_SUB_H
#define KINERJA_CLI_SUB_H

#include <stdint.h>

#include "cli/commands.h"
#include "store/plan.h"
#include "store/store.h"

#define CLI_MAX_FLAGS 16
#define CLI_MAX_POS 4

/* One run of a command: the parsed words, the database, the actor. */
struct cli_run {
	const struct cli_suite *suite;
	char *opt[CLI_MAX_FLAGS];         /* option values (in argv), by the index of the flag */
	unsigned given;                   /* bit k: flag k was given */
	const char *pos[CLI_MAX_POS];     /* positional arguments after the verb(s) */
	int npos;
	int64_t id;                       /* the first positional, for takes_id */
	struct db *db;
	struct actor who;
	struct kerr err;
};

struct cli_sub {
	const char *name;        /* "open" */
	const char *verb;        /* a second word ("goal add"), or NULL */
	int (*run)(struct cli_run *c);   /* 0, or -1 with c->err set */
	int npos;                /* positional arguments it takes */
	int takes_id;            /* the first is an ID (parsed into c->id) */
	unsigned allowed;        /* bits of the flags it accepts */
	const char *synopsis;    /* "open ID" */
};

struct cli_suite {
	const char *cmd;                 /* "period" */
	const char *usage;               /* the --help text */
	const char *const *flags;        /* "--name", ...: bit k is flags[k] */
	size_t nflags;
	const struct cli_sub *subs;
	size_t nsubs;
	const char *id_what;             /* "ID periode" */
	const char *const (*fields)[2];  /* store field -> option ("" for a positional) */
	size_t nfields;
};

/* Parses argv (argv[1] the sub-command), opens the database and runs the
 * sub-command; returns the exit code (0, 1 failure, 2 bad usage). */
int cli_suite_run(const struct cli_suite *s, int argc, char **argv, struct config *cfg);

/* The value of the flag with bit `bit`, or NULL. */
char *cli_opt(const struct cli_run *c, unsigned bit);
/* The name of the flag of the lowest bit in `bits`. */
const char *cli_flag_name(const struct cli_run *c, unsigned bits);
/* A positive whole number, or -1. */
int64_t cli_parse_id(const char *s);

/* ---- the period and checkpoint a command names ---------------------------------- */

/* The period of --period (its ID; `id_text` NULL: the current one);
 * KERR_NOT_FOUND on field "--period" when there is none. */
int cli_period_pick(struct cli_run *c, const char *id_text, struct period *out);
/* The checkpoint of `p` named by `text`: its ID or its name (any case,
 * "Triwulan I"); *checkpoint_id 0 for "tahunan" when allow_annual.
 * KERR_NOT_FOUND on field "--checkpoint" listing the names otherwise. */
int cli_checkpoint_pick(struct cli_run *c, const struct period *p, const char *text,
			int allow_annual, int64_t *checkpoint_id, char *name, size_t name_size);

#endif
