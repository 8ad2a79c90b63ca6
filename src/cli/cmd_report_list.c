/*
 * cmd_report_list.c - `kinerja report list pegawai|skp|penilaian|keberatan
 * [--unit KODE|ID] [--period TAHUN|ID] [--status S] [--predicate P]
 * [--checkpoint NAMA|tahunan] [--q TEKS] [--sort KUNCI] [--desc]
 * [--format csv|xlsx] [--out BERKAS]`: the whole filtered list (not one
 * page) as the CSV or Excel file the list pages download.
 *
 * The words are read by domain/listcli.h, the list parameters by the
 * pages' and the API's parser (domain/listquery.h), the rows and the file
 * by store/list_table.h and store/export_table.h.  The command line is
 * the operator's: every unit, as an administrator sees the lists.  This
 * file resolves --unit (code or ID), --period (year or ID) and
 * --checkpoint (a checkpoint's name or ID in the chosen period, else the
 * current one; or "tahunan") to ids, and writes BERKAS through BERKAS.tmp
 * and a rename (never half a file), or CSV to standard output without
 * --out.  A refused value exits 1 naming its option, bad usage exits 2.
 */
#include "cli/cmd_report.h"
#include "cli/cli_files.h"
#include "domain/listcli.h"
#include "store/list_table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define CMD "report list"

/* ---- what the options name ---------------------------------------------------------------- */

/* --unit: a unit's code or ID. */
static int pick_unit(struct cli_run *c, const char *text, struct listcli_params *p)
{
	struct unit u;
	if (cli_unit_named(c->db, text, "berikan kode unit, mis. ASM-YAN, atau ID-nya", &u, &c->err))
		return -1;
	snprintf(p->unit, sizeof p->unit, "%lld", (long long)u.id);
	return 0;
}

/* --period: the one period of a year (2026), else a period's ID. */
static int pick_period(struct cli_run *c, const char *text, struct period *out)
{
	int rc = cli_period_find(c->db, text, 0, out, &c->err);
	if (rc > 0)
		return kerr_set(&c->err, KERR_INVALID, "--period", "Tidak ada periode tahun atau ID "
				"'%s'", text);
	return rc;
}

/* --checkpoint: "tahunan", or a checkpoint of the chosen period (else of
 * the current one) by name or ID. */
static int pick_checkpoint(struct cli_run *c, const char *text, const struct period *chosen,
			   struct listcli_params *p)
{
	struct period current;
	int64_t id = 0;
	char name[64];
	if (!strcasecmp(text, "tahunan")) {
		p->jenis = "tahunan";
		return 0;
	}
	if (!chosen && store_period_current(c->db, &current, &c->err)) {
		kerr_clear(&c->err);
		return kerr_set(&c->err, KERR_INVALID, "--checkpoint", "Tidak ada periode berjalan "
				"untuk titik '%s'; sebutkan --period", text);
	}
	if (cli_checkpoint_pick(c, chosen ? chosen : &current, text, 1, &id, name, sizeof name))
		return -1;
	snprintf(p->titik, sizeof p->titik, "%lld", (long long)id);
	return 0;
}

static int resolve(struct cli_run *c, const struct listcli_args *a, struct listcli_params *p)
{
	struct period period;
	const char *const *opt = a->opt;
	memset(p, 0, sizeof *p);
	p->args = a;
	if (opt[LCO_UNIT] && pick_unit(c, opt[LCO_UNIT], p))
		return -1;
	if (opt[LCO_PERIOD]) {
		if (pick_period(c, opt[LCO_PERIOD], &period))
			return -1;
		snprintf(p->periode, sizeof p->periode, "%lld", (long long)period.id);
	}
	if (opt[LCO_CHECKPOINT])
		return pick_checkpoint(c, opt[LCO_CHECKPOINT], opt[LCO_PERIOD] ? &period : NULL, p);
	return 0;
}

/* ---- the file --------------------------------------------------------------------------------- */

/* The format from --format or --out's extension; KERR_INVALID on the
 * option it came from. */
static int pick_format(struct cli_run *c, const struct listcli_args *a, enum export_format *fmt)
{
	const char *option;
	const char *name = listcli_format_name(a, &option);
	if (!*name)
		return kerr_set(&c->err, KERR_INVALID, "--out", "Berkas '%s' tidak berakhiran .csv "
				"atau .xlsx; sebutkan --format csv atau xlsx", a->opt[LCO_OUT]);
	if (!export_format_parse(name, fmt, &c->err))
		return 0;
	listcli_rename_error(&c->err);
	copy_str(c->err.field, sizeof c->err.field, option);
	return -1;
}

static int write_out(struct cli_run *c, const struct listcli_args *a, enum export_format fmt,
		     const struct export_table *t)
{
	const struct list_export_def *def = list_export_def_of(a->kind);
	struct strbuf data = STRBUF_INIT;
	int rc = fmt == EXPORT_XLSX ? export_xlsx(t, def->sheet, &data, &c->err)
				    : export_csv(t, &data);
	if (!rc)
		rc = cli_write_out(a->opt[LCO_OUT], &data, &c->err);
	if (!rc)
		fprintf(stderr, "Daftar %s: %zu baris%s%s.\n", listcli_word(a->kind), export_rows(t),
			a->opt[LCO_OUT] ? ", ditulis ke " : "", a->opt[LCO_OUT] ? a->opt[LCO_OUT] : "");
	strbuf_release(&data);
	return rc;
}

/* ---- the command -------------------------------------------------------------------------------- */

static int run(struct cli_run *c, const struct listcli_args *a)
{
	struct listcli_params params;
	struct listq q;
	struct list_filter f;
	struct export_table t;
	enum export_format fmt;
	if (pick_format(c, a, &fmt) || resolve(c, a, &params))
		return -1;
	if (listq_parse(a->spec, listcli_param, &params, 0, &q, &c->err)) {
		listcli_rename_error(&c->err);
		return -1;
	}
	list_filter_of(a->spec, &q, 0, 0, 1, &f);   /* the operator: every unit, as an admin */
	int rc = list_table_fill(c->db, a->kind, &f, &t, &c->err) || write_out(c, a, fmt, &t)
		 ? -1 : 0;
	export_table_release(&t);
	return rc;
}

int report_list(int argc, char **argv, struct config *cfg)
{
	struct listcli_args a;
	struct store *st = NULL;
	struct cli_run *c;
	char why[200];
	if (cli_wants_help(argc, argv)) {
		fputs(cmd_report_usage, stdout);
		return 0;
	}
	if (listcli_parse(argc, (const char *const *)argv, 2, &a, why, sizeof why))
		return cli_usage(CMD, "%s", why);
	c = calloc(1, sizeof *c);
	if (!c)
		return 1;
	c->err = (struct kerr)KERR_INIT;
	int rc = store_open(cfg->db_url, 1, &st, &c->err) ? cli_fail(CMD, &c->err) : 0;
	if (!rc) {
		c->db = store_acquire(st);
		rc = run(c, &a) ? cli_fail(CMD, &c->err) : 0;
		store_release(st, c->db);
		store_close(st);
	}
	free(c);
	return rc;
}
