/*
 * cli_sub.c - parsing and running the sub-commands of a multi-verb
 * command (see cli_sub.h).
 */
#include "cli/cli_sub.h"
#include "core/strbuf.h"

#include <stdio.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>

int64_t cli_parse_id(const char *s)
{
	char *end;
	if (!s || s[0] < '1' || s[0] > '9')
		return -1;
	long long v = strtoll(s, &end, 10);
	return *end || v <= 0 ? -1 : v;
}

char *cli_opt(const struct cli_run *c, unsigned bit)
{
	for (size_t k = 0; k < c->suite->nflags; k++)
		if (bit == 1u << k)
			return c->opt[k];
	return NULL;
}

const char *cli_flag_name(const struct cli_run *c, unsigned bits)
{
	for (size_t k = 0; k < c->suite->nflags; k++)
		if (bits & (1u << k))
			return c->suite->flags[k];
	return "?";
}

/* Takes "--opt VALUE" or "--opt=VALUE" at argv[*i]: 1 taken, 0 not one of
 * ours, 2 (after printing) a flag without its value. */
static int take_option(struct cli_run *c, int argc, char **argv, int *i)
{
	const struct cli_suite *s = c->suite;
	for (size_t k = 0; k < s->nflags; k++) {
		size_t len = strlen(s->flags[k]);
		if (strncmp(argv[*i], s->flags[k], len) != 0)
			continue;
		if (argv[*i][len] == '=')
			c->opt[k] = argv[*i] + len + 1;
		else if (argv[*i][len] == '\0' && *i + 1 < argc)
			c->opt[k] = argv[++*i];
		else if (argv[*i][len] == '\0')
			return cli_usage(s->cmd, "opsi %s memerlukan nilai", s->flags[k]);
		else
			continue;
		c->given |= 1u << k;
		return 1;
	}
	return 0;
}

static int parse_args(struct cli_run *c, int argc, char **argv)
{
	for (int i = 2; i < argc; i++) {
		int rc = take_option(c, argc, argv, &i);
		if (rc == 2)
			return 2;
		if (rc)
			continue;
		if (argv[i][0] == '-' && argv[i][1] != '\0')
			return cli_usage(c->suite->cmd, "opsi tidak dikenal: %s", argv[i]);
		if (c->npos == CLI_MAX_POS)
			return cli_usage(c->suite->cmd, "argumen berlebih: %s", argv[i]);
		c->pos[c->npos++] = argv[i];
	}
	return 0;
}

/* The sub-command for argv[1] (and its verb, taken off the positionals). */
static int find_sub(const char *name, struct cli_run *c, const struct cli_sub **out)
{
	const struct cli_suite *s = c->suite;
	int known = 0;
	for (size_t k = 0; k < s->nsubs; k++) {
		if (strcmp(name, s->subs[k].name) != 0)
			continue;
		known = 1;
		*out = &s->subs[k];
		if (!s->subs[k].verb)
			return 0;
		if (c->npos && strcmp(c->pos[0], s->subs[k].verb) == 0) {
			memmove(c->pos, c->pos + 1, (size_t)--c->npos * sizeof c->pos[0]);
			return 0;
		}
	}
	if (known)
		return cli_usage(s->cmd, "pemakaian: kinerja %s %s", s->cmd, (*out)->synopsis);
	return cli_usage(s->cmd, "sub-perintah tidak dikenal: %s", name);
}

/* Checks the arguments of the sub-command; 0 or the usage exit code. */
static int check_args(const struct cli_sub *sub, struct cli_run *c)
{
	const char *cmd = c->suite->cmd;
	unsigned extra = c->given & ~sub->allowed;
	if (c->npos != sub->npos)
		return cli_usage(cmd, "pemakaian: kinerja %s %s", cmd, sub->synopsis);
	if (extra)
		return cli_usage(cmd, "opsi %s tidak berlaku untuk '%s %s' (pemakaian: kinerja %s %s)",
				 cli_flag_name(c, extra), cmd, sub->name, cmd, sub->synopsis);
	if (sub->takes_id && (c->id = cli_parse_id(c->pos[0])) < 0)
		return cli_usage(cmd, "%s harus bilangan bulat positif, bukan '%s'", c->suite->id_what,
				 c->pos[0]);
	return 0;
}

/* Names the option behind a store field, for the error message. */
static void rename_field(const struct cli_suite *s, struct kerr *err)
{
	for (size_t i = 0; i < s->nfields; i++)
		if (strcmp(err->field, s->fields[i][0]) == 0) {
			copy_str(err->field, sizeof err->field, s->fields[i][1]);
			return;
		}
}

int cli_suite_run(const struct cli_suite *s, int argc, char **argv, struct config *cfg)
{
	struct cli_run *c = calloc(1, sizeof *c);
	const struct cli_sub *sub = NULL;
	struct store *st = NULL;
	if (!c)
		return 1;
	c->suite = s;
	c->who = (struct actor){ 0, "cli", "" };
	c->err = (struct kerr)KERR_INIT;
	int rc = parse_args(c, argc, argv);
	if (!rc)
		rc = find_sub(argv[1], c, &sub);
	if (!rc)
		rc = check_args(sub, c);
	if (!rc && store_open(cfg->db_url, 1, &st, &c->err))
		rc = cli_fail(s->cmd, &c->err);
	else if (!rc) {
		c->db = store_acquire(st);
		rc = sub->run(c);
		if (rc < 0) {
			rename_field(s, &c->err);
			rc = cli_fail(s->cmd, &c->err);
		}
		store_release(st, c->db);
		store_close(st);
	}
	free(c);
	return rc;
}

/* ---- the period and checkpoint a command names ---------------------------------- */

int cli_period_pick(struct cli_run *c, const char *id_text, struct period *out)
{
	int64_t id = id_text ? cli_parse_id(id_text) : 0;
	if (id < 0)
		return kerr_set(&c->err, KERR_INVALID, "--period", "--period harus ID periode (bilangan "
				"bulat positif), bukan '%s'", id_text);
	if (!(id ? store_period_get(c->db, id, out, &c->err) : store_period_current(c->db, out,
										   &c->err)))
		return 0;
	if (c->err.code == KERR_NOT_FOUND)
		copy_str(c->err.field, sizeof c->err.field, "--period");
	return -1;
}

int cli_checkpoint_pick(struct cli_run *c, const struct period *p, const char *text,
			int allow_annual, int64_t *checkpoint_id, char *name, size_t name_size)
{
	struct checkpoint *cps = NULL;
	size_t n = 0;
	struct strbuf names = STRBUF_INIT;
	int64_t id = cli_parse_id(text);
	*checkpoint_id = -1;
	if (allow_annual && !strcasecmp(text, "tahunan")) {
		*checkpoint_id = 0;
		copy_str(name, name_size, "Tahunan");
		return 0;
	}
	if (store_checkpoint_list(c->db, p->id, &cps, &n, &c->err))
		return free(cps), -1;
	for (size_t i = 0; i < n && *checkpoint_id < 0; i++) {
		if (cps[i].id == id || !strcasecmp(cps[i].name, text)) {
			*checkpoint_id = cps[i].id;
			copy_str(name, name_size, cps[i].name);
		}
		strbuf_addf(&names, "%s'%s'", i ? ", " : "", cps[i].name);
	}
	int rc = *checkpoint_id < 0
		? kerr_set(&c->err, KERR_NOT_FOUND, "--checkpoint", "Titik periksa '%s' tidak ada "
			   "pada periode %s (ada: %s%s)", text, p->name, names.buf,
			   allow_annual ? ", atau 'tahunan'" : "")
		: 0;
	strbuf_release(&names);
	free(cps);
	return rc;
}
