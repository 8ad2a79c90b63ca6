/*
 * cmd_analyze_calibration.c - `kinerja analyze calibration list|table`:
 * the calibration proposals of a period (optionally of a unit and the
 * units below it, of one status), and the calibration table of a unit as
 * text, CSV or Excel, with the 360 column and the assessors' rater flags
 * (the command line is an operator's: it sees what HR sees).  The rules
 * and figures are the store's (store/calibration.h), the same the page
 * and the API show.
 */
#include "cli/cli_files.h"
#include "cli/cmd_analyze.h"
#include "store/calibration.h"
#include "store/tpp.h"

#include <math.h>
#include <stdio.h>

#define CMD "analyze calibration"

enum { O_PERIOD = 1 << 0, O_UNIT = 1 << 1, O_CHECKPOINT = 1 << 2, O_STATUS = 1 << 3,
       O_SORT = 1 << 4, O_ORDER = 1 << 5, O_FORMAT = 1 << 6, O_OUT = 1 << 7 };
static const char *const flags[] = { "--period", "--unit", "--checkpoint", "--status", "--sort",
				     "--order", "--format", "--out" };
#define NFLAGS (sizeof flags / sizeof flags[0])

/* ---- what the options name ------------------------------------------------------------------ */

/* --unit: a unit's code or ID; absent: 0 when optional, else the top unit. */
static int pick_unit(struct cli_run *c, int optional, int64_t *unit_id)
{
	const char *text = cli_opt(c, O_UNIT);
	struct unit u;
	*unit_id = 0;
	if (!text)
		return optional ? 0 : store_tpp_instansi_default(c->db, unit_id, &c->err);
	if (cli_unit_named(c->db, text, "kode atau ID", &u, &c->err))
		return -1;
	*unit_id = u.id;
	return 0;
}

static const char *rating_text(enum rating r)
{
	return (unsigned)r < RATING__LEVELS ? rating_label(r) : "-";
}

static const char *predicate_text(enum predicate p)
{
	return (unsigned)p < PRED__COUNT ? predicate_label(p) : "-";
}

/* ---- list ---------------------------------------------------------------------------------------- */

static int sub_list(struct cli_run *c)
{
	struct period p;
	struct calib_filter f = { .state = -1 };
	struct calib_proposal *v = NULL;
	size_t n = 0;
	const char *status = cli_opt(c, O_STATUS);
	enum calib_state st;
	if (cli_period_named(c, cli_opt(c, O_PERIOD), &p) || pick_unit(c, 1, &f.unit_id))
		return -1;
	if (status && calib_state_parse(status, &st))
		return kerr_set(&c->err, KERR_INVALID, "--status", "--status harus diajukan, "
				"diterima, ditolak atau ditarik");
	f.period_id = p.id;
	f.state = status ? (int)st : -1;
	if (store_calib_list(c->db, &f, &v, &n, &c->err))
		return -1;
	printf("%-5s  %-9s  %-18s  %-16s  %-36s  %s\n", "ID", "STATUS", "NIP", "PENILAIAN",
	       "PREDIKAT SEMULA -> USULAN", "PEGAWAI / PENGUSUL / PEJABAT PENILAI");
	for (size_t i = 0; i < n; i++) {
		char what[64], change[80];
		snprintf(what, sizeof what, "%s", v[i].kind == ASSESS_PERIODIK ? v[i].checkpoint_name
										: "Tahunan");
		snprintf(change, sizeof change, "%s -> %s", predicate_text(v[i].orig_predicate),
			 predicate_text(v[i].new_predicate));
		printf("%-5lld  %-9s  %-18s  %-16s  %-36s  %s / %s / %s\n", (long long)v[i].id,
		       calib_state_name(v[i].state), v[i].nip, what, change, v[i].employee_name,
		       v[i].proposer_name, v[i].assessor_name);
	}
	printf("%zu usulan kalibrasi, %s.\n", n, p.name);
	calib_proposals_free(v, n);
	return 0;
}

/* ---- table --------------------------------------------------------------------------------------- */

static int write_file(struct cli_run *c, const struct strbuf *data)
{
	const char *out = cli_opt(c, O_OUT);
	if (!out || !*out)
		return kerr_set(&c->err, KERR_INVALID, "--out", "--out BERKAS wajib diberikan "
				"bersama --format");
	return cli_write_file(out, data, &c->err);
}

static void print_row(const struct calib_row *w)
{
	char cap[16] = "-", m360[16] = "-";
	struct strbuf fl = STRBUF_INIT;
	if (w->capaian.set && !isnan(w->capaian.value))
		snprintf(cap, sizeof cap, "%.2f", w->capaian.value);
	if (w->r360_shown)
		snprintf(m360, sizeof m360, "%.2f", w->r360_mean);
	if (w->flags_known)
		calib_flags_text(w->assessor_flags, 1, &fl);
	printf("%-18s  %-30.30s  %-10.10s  %-19s  %-19s  %-17s  %7s  %5s  %-16s  %s\n", w->nip,
	       w->name, w->unit_code, rating_text(w->final ? w->hasil : RATING__LEVELS),
	       rating_text(w->final ? w->perilaku : RATING__LEVELS),
	       predicate_text(w->final ? w->predicate : PRED__COUNT), cap, m360,
	       fl.len ? fl.buf : "-", w->open_proposal ? "menunggu" : "");
	strbuf_release(&fl);
}

static int print_table(const struct calib_table *t)
{
	printf("Kalibrasi %s, %s, dasar %s\n", t->unit.name, t->period.name, t->basis.name);
	printf("%-18s  %-30s  %-10s  %-19s  %-19s  %-17s  %7s  %5s  %-16s  %s\n", "NIP", "NAMA",
	       "UNIT", "HASIL KERJA", "PERILAKU KERJA", "PREDIKAT", "CAPAIAN", "360",
	       "TANDA PENILAI", "USULAN");
	for (size_t i = 0; i < t->n; i++)
		print_row(&t->rows[i]);
	for (size_t i = 0; i < t->n_curves; i++)
		if (t->curves[i].result.set && t->curves[i].n_dev)
			printf("Kurva %s menyimpang: %s\n", t->curves[i].unit.name,
			       t->curves[i].dev[0].message);
	printf("%zu pegawai.\n", t->n);
	return 0;
}

static int sub_table(struct cli_run *c)
{
	struct period p;
	struct calib_query q = { .basis = REPORT_BASIS_DEFAULT, .with_flags = 1 };
	struct calib_table t;
	enum calib_sort key;
	enum export_format fmt = EXPORT_NONE;
	int desc = 0, rc;
	char name[64];
	const char *cp = cli_opt(c, O_CHECKPOINT);
	if (cli_period_named(c, cli_opt(c, O_PERIOD), &p) || pick_unit(c, 0, &q.unit_id) ||
	    (cp && cli_checkpoint_pick(c, &p, cp, 1, &q.basis, name, sizeof name)))
		return -1;
	if (calib_sort_parse(cli_opt(c, O_SORT), &key, &c->err) ||
	    calib_dir_parse(cli_opt(c, O_ORDER), &desc, &c->err) ||
	    export_format_parse(cli_opt(c, O_FORMAT), &fmt, &c->err))
		return -1;
	q.period_id = p.id;
	if (store_calib_table(c->db, &q, &t, &c->err))
		return -1;
	for (size_t i = 0; i < t.n; i++)
		t.rows[i].r360_visible = 1;
	calib_sort_rows(t.rows, t.n, key, desc);
	if (fmt == EXPORT_NONE) {
		rc = print_table(&t);
	} else {
		struct strbuf data = STRBUF_INIT;
		rc = calib_table_export(&t, 1, 1, fmt, &data, &c->err) || write_file(c, &data) ? -1 : 0;
		if (!rc)
			printf("%zu pegawai ditulis ke %s.\n", t.n, cli_opt(c, O_OUT));
		strbuf_release(&data);
	}
	calib_table_release(&t);
	return rc;
}

/* ---- the suite ------------------------------------------------------------------------------------ */

static const struct cli_sub subs[] = {
	{ "list", NULL, sub_list, 0, 0, O_PERIOD | O_UNIT | O_STATUS,
	  "list [--period TAHUN|ID] [--unit KODE] [--status STATUS]" },
	{ "table", NULL, sub_table, 0, 0, O_PERIOD | O_UNIT | O_CHECKPOINT | O_SORT | O_ORDER |
	  O_FORMAT | O_OUT, "table --unit KODE [--period TAHUN|ID] [--checkpoint TITIK|tahunan] "
	  "[--sort KOLOM] [--order naik|turun] [--format csv|xlsx --out BERKAS]" },
};

static const char *const fields[][2] = {
	{ "periode", "--period" }, { "unit", "--unit" }, { "titik", "--checkpoint" },
	{ "urut", "--sort" }, { "arah", "--order" }, { "format", "--format" },
};

extern const char cmd_analyze_usage[];

static const struct cli_suite suite = {
	CMD, cmd_analyze_usage, flags, NFLAGS, subs, sizeof subs / sizeof subs[0],
	"ID", fields, sizeof fields / sizeof fields[0],
};

int analyze_calibration(int argc, char **argv, struct config *cfg)
{
	if (cli_wants_help(argc, argv)) {
		printf("%s\n%s", cmd_analyze_usage, config_flags_help);
		return 0;
	}
	if (argc < 3)
		return cli_usage("analyze", "calibration memerlukan sub-perintah: list atau table");
	return cli_suite_run(&suite, argc - 1, argv + 1, cfg);
}
