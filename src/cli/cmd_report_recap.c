/*
 * cmd_report_recap.c - `kinerja report recap` and `kinerja report
 * contribution`: the recap of a unit and period and the contribution
 * report as an Excel workbook or a CSV file, the same files the pages
 * download (store/report.h).  The command line is the operator's: the
 * recap has the TPP column.  The file is written to FILE.tmp, then
 * renamed, so a failure never leaves half a file under FILE.
 */
#include "cli/cmd_report.h"
#include "cli/cli_files.h"
#include "domain/listcli.h"
#include "core/timeutil.h"
#include "store/report.h"
#include "store/tpp.h"

#include <stdio.h>
#include <string.h>

enum { O_UNIT = 1 << 0, O_PERIOD = 1 << 1, O_CHECKPOINT = 1 << 2, O_FORMAT = 1 << 3,
       O_OUT = 1 << 4 };
static const char *const flags[] = { "--unit", "--period", "--checkpoint", "--format", "--out" };
#define NFLAGS (sizeof flags / sizeof flags[0])

/* ---- what the options name ------------------------------------------------------------------ */

/* --unit: a unit's code or ID; absent: the top unit when `optional`. */
static int pick_unit(struct cli_run *c, int optional, int64_t *unit_id)
{
	const char *text = cli_opt(c, O_UNIT);
	struct unit u;
	if (!text) {
		if (optional)
			return store_tpp_instansi_default(c->db, unit_id, &c->err);
		return kerr_set(&c->err, KERR_INVALID, "--unit", "--unit KODE wajib diberikan");
	}
	if (cli_unit_named(c->db, text, "kode atau ID", &u, &c->err))
		return -1;
	*unit_id = u.id;
	return 0;
}

/* --format, else the extension of --out. */
static int pick_format(struct cli_run *c, int *xlsx)
{
	const char *f = listcli_format_of(cli_opt(c, O_FORMAT), cli_opt(c, O_OUT));
	if (f && (!strcmp(f, "xlsx") || !strcmp(f, "csv"))) {
		*xlsx = !strcmp(f, "xlsx");
		return 0;
	}
	return kerr_set(&c->err, KERR_INVALID, "--format", "--format harus xlsx atau csv");
}

static int pick_basis(struct cli_run *c, const struct period *p, int64_t *basis)
{
	char name[64];
	*basis = REPORT_BASIS_DEFAULT;
	const char *t = cli_opt(c, O_CHECKPOINT);
	return t ? cli_checkpoint_pick(c, p, t, 1, basis, name, sizeof name) : 0;
}

/* ---- writing the file ------------------------------------------------------------------------- */

static int write_file(struct cli_run *c, const struct strbuf *data)
{
	const char *out = cli_opt(c, O_OUT);
	if (!out || !*out)
		return kerr_set(&c->err, KERR_INVALID, "--out", "--out BERKAS wajib diberikan");
	return cli_write_file(out, data, &c->err);
}

/* ---- the two parts ----------------------------------------------------------------------------- */

struct picked {
	struct period p;
	int64_t unit_id, basis;
	int xlsx;
};

static int pick_all(struct cli_run *c, int unit_optional, struct picked *k)
{
	return pick_format(c, &k->xlsx) || cli_period_named(c, cli_opt(c, O_PERIOD), &k->p) ||
	       pick_unit(c, unit_optional, &k->unit_id) || pick_basis(c, &k->p, &k->basis) ? -1 : 0;
}

static int sub_recap(struct cli_run *c)
{
	struct picked k;
	struct recap rc;
	struct strbuf data = STRBUF_INIT;
	char today[11];
	if (pick_all(c, 0, &k))
		return -1;
	date_wib(today, now_unix());
	struct recap_query q = { k.p.id, k.unit_id, k.basis, 0, today };
	int rc_ = store_recap(c->db, &q, &rc, &c->err);
	if (!rc_) {
		if (k.xlsx)
			rc_ = recap_xlsx(&rc, &data, &c->err);
		else
			recap_csv(&rc, &data);
	}
	if (!rc_ && !(rc_ = write_file(c, &data)))
		fprintf(stderr, "Rekap %s, %s (penilaian %s): %zu pegawai, %zu pekerjaan terlambat; "
			"ditulis ke %s.\n", rc.unit.name, rc.period.name, rc.basis.name, rc.n,
			rc.n_overdue, cli_opt(c, O_OUT));
	recap_release(&rc);
	strbuf_release(&data);
	return rc_;
}

static int sub_contribution(struct cli_run *c)
{
	struct picked k;
	struct contribution ct;
	struct strbuf data = STRBUF_INIT;
	if (pick_all(c, 1, &k))
		return -1;
	int rc = store_contribution(c->db, k.p.id, k.unit_id, k.basis, &ct, &c->err);
	if (!rc) {
		if (k.xlsx)
			rc = contribution_xlsx(&ct, &data, &c->err);
		else
			contribution_csv(&ct, &data);
	}
	if (!rc && !(rc = write_file(c, &data)))
		fprintf(stderr, "Laporan kontribusi %s, %s: %zu sasaran, %zu RHK pendukung; "
			"ditulis ke %s.\n", ct.unit.name, ct.period.name, ct.n_goals, ct.n_rhk,
			cli_opt(c, O_OUT));
	contribution_release(&ct);
	strbuf_release(&data);
	return rc;
}

static const struct cli_sub subs[] = {
	{ "recap", NULL, sub_recap, 0, 0, O_UNIT | O_PERIOD | O_CHECKPOINT | O_FORMAT | O_OUT,
	  "recap --unit KODE|ID [--period TAHUN|ID] [--checkpoint NAMA|tahunan] "
	  "--format xlsx|csv --out BERKAS" },
	{ "contribution", NULL, sub_contribution, 0, 0,
	  O_UNIT | O_PERIOD | O_CHECKPOINT | O_FORMAT | O_OUT,
	  "contribution [--unit KODE|ID] [--period TAHUN|ID] [--checkpoint NAMA|tahunan] "
	  "--format xlsx|csv --out BERKAS" },
};

static const struct cli_suite suite = {
	"report", cmd_report_usage, flags, NFLAGS, subs, sizeof subs / sizeof subs[0], "ID",
	NULL, 0,
};

int report_recap(int argc, char **argv, struct config *cfg)
{
	return cli_suite_run(&suite, argc, argv, cfg);
}
