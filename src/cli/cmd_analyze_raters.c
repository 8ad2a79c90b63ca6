/*
 * cmd_analyze_raters.c - the rater analysis from the command line (see
 * cmd_analyze.h; the usage text is in cmd_analyze.c):
 *
 *   kinerja analyze raters --period 2026 [--unit KODE|ID] [--format csv|xlsx] [--out BERKAS]
 *   kinerja analyze agreement --period 2026
 *   kinerja analyze adjusted --period 2026 [--format csv|xlsx] [--out BERKAS]
 *   kinerja analyze fairness --period 2026 [--unit KODE|ID] [--checkpoint NAMA|tahunan]
 *   kinerja analyze settings [--scale 3|5] [--min-ratees N --z X --min-effect X
 *                             --min-forms N --halo-sd X --central-share X --shrink X]
 *
 * The figures are those of the pages and the API (store/analysis.h); the
 * files are the same export tables.  The operator sees the whole office.
 * A file is written to BERKAS.tmp, then renamed.
 */
#include "cli/cmd_analyze.h"
#include "cli/cli_files.h"
#include "domain/listcli.h"
#include "domain/berakhlak.h"
#include "store/analysis.h"
#include "store/assessment.h"
#include "store/export_table.h"
#include "store/r360.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { O_PERIOD = 1 << 0, O_UNIT = 1 << 1, O_FORMAT = 1 << 2, O_OUT = 1 << 3,
       O_CHECKPOINT = 1 << 4, O_SCALE = 1 << 5, O_CONF = 1 << 6 /* 7 bits: the thresholds */ };
static const char *const flags[] = {
	"--period", "--unit", "--format", "--out", "--checkpoint", "--scale",
	"--min-ratees", "--z", "--min-effect", "--min-forms", "--halo-sd", "--central-share",
	"--shrink",
};
#define NFLAGS (sizeof flags / sizeof flags[0])
#define O_CONF_ALL (((1u << AN_CONFIG_FIELDS) - 1) << 6)

/* ---- what the options name ------------------------------------------------------------------ */

/* --unit: a unit's code or ID; 0 when absent. */
static int pick_unit(struct cli_run *c, int64_t *unit_id)
{
	const char *text = cli_opt(c, O_UNIT);
	struct unit u;
	*unit_id = 0;
	if (!text)
		return 0;
	if (cli_unit_named(c->db, text, "kode atau ID", &u, &c->err))
		return -1;
	*unit_id = u.id;
	return 0;
}

/* --format, else the extension of --out; EXPORT_NONE: a table on the screen. */
static int pick_format(struct cli_run *c, enum export_format *fmt)
{
	const char *out = cli_opt(c, O_OUT);
	const char *f = listcli_format_of(cli_opt(c, O_FORMAT), out);
	*fmt = EXPORT_NONE;
	if (!f)
		return 0;
	if (strcmp(f, "csv") && strcmp(f, "xlsx"))
		return kerr_set(&c->err, KERR_INVALID, "--format", "--format harus csv atau xlsx");
	*fmt = strcmp(f, "xlsx") ? EXPORT_CSV : EXPORT_XLSX;
	if (*fmt == EXPORT_XLSX && !out)
		return kerr_set(&c->err, KERR_INVALID, "--out", "Berkas Excel perlu --out BERKAS");
	return 0;
}

/* Writes data to --out through BERKAS.tmp, or to the standard output. */
static int write_out(struct cli_run *c, const struct strbuf *data)
{
	const char *out = cli_opt(c, O_OUT);
	if (cli_write_out(out, data, &c->err))
		return -1;
	if (out)
		fprintf(stderr, "Ditulis ke %s.\n", out);
	return 0;
}

static int write_table(struct cli_run *c, enum export_format fmt, const struct export_table *t,
		       const char *sheet)
{
	struct strbuf data = STRBUF_INIT;
	int rc = fmt == EXPORT_XLSX ? export_xlsx(t, sheet, &data, &c->err) : export_csv(t, &data);
	if (!rc)
		rc = write_out(c, &data);
	strbuf_release(&data);
	return rc;
}

/* The units at or below `top` (0: all) as flags per person of d. */
static int people_in(struct cli_run *c, const struct an_data *d, int64_t top, unsigned char **keep)
{
	*keep = xcalloc(d->n_people + 1, 1);
	for (size_t i = 0; i < d->n_people; i++) {
		int in = !top || (d->people[i].unit_id &&
				  store_unit_within(c->db, d->people[i].unit_id, top, &c->err) == 1);
		(*keep)[i] = (unsigned char)in;
	}
	return c->err.code ? -1 : 0;
}

static const char *num(char *buf, size_t size, double x, int decimals)
{
	fair_decimal(buf, size, isfinite(x) ? x : NAN, decimals);
	return buf;
}

/* ---- raters and the adjusted view ------------------------------------------------------------ */

static void raters_text(const struct analysis *a, const struct period *p, const int *rows,
			size_t n, size_t not_judged)
{
	printf("Analisis penilai, %s: %zu formulir 360 dari %d putaran, %zu penilaian atasan.\n\n",
	       p->name, a->d.n_forms, a->d.rounds, a->d.n_overall);
	printf("%-18s  %-32s  %6s  %7s  %7s  %s\n", "NIP", "NAMA", "ORANG", "SELISIH", "Z", "TANDA");
	for (size_t k = 0; k < n; k++) {
		const struct rs_rater *x = &a->res.raters[rows[k]];
		char d[16], z[16], fl[120];
		an_flags_text(x->flags, 1, fl, sizeof fl);
		printf("%-18s  %-32.32s  %6d  %7s  %7s  %s\n", a->d.people[rows[k]].nip,
		       a->d.people[rows[k]].name, x->n_ratees, num(d, sizeof d, x->diff, 2),
		       num(z, sizeof z, x->z, 1), fl);
	}
	printf("\n%zu penilai; %zu lain belum cukup penilaiannya untuk dinilai.\n", n, not_judged);
}

static int sub_raters(struct cli_run *c)
{
	struct period p;
	struct analysis a;
	enum export_format fmt;
	int64_t unit;
	unsigned char *keep = NULL;
	size_t n, not_judged;
	if (pick_format(c, &fmt) || cli_period_named(c, cli_opt(c, O_PERIOD), &p) ||
	    pick_unit(c, &unit) || store_analysis_run(c->db, p.id, AN_ALL, &a, &c->err))
		return -1;
	int rc = people_in(c, &a.d, unit, &keep);
	int *rows = rc ? NULL : analysis_rater_rows(&a, keep, AN_SORT_FLAG, 0, &n, &not_judged);
	if (!rc && fmt == EXPORT_NONE) {
		raters_text(&a, &p, rows, n, not_judged);
	} else if (!rc) {
		struct export_table t;
		analysis_export_raters(&a, rows, n, &t);
		rc = write_table(c, fmt, &t, "Penilai");
		export_table_release(&t);
	}
	free(rows);
	free(keep);
	analysis_release(&a);
	return rc;
}

static int sub_adjusted(struct cli_run *c)
{
	struct period p;
	struct analysis a;
	enum export_format fmt;
	size_t n;
	if (pick_format(c, &fmt) || cli_period_named(c, cli_opt(c, O_PERIOD), &p) ||
	    store_analysis_run(c->db, p.id, AN_SHOWN, &a, &c->err))
		return -1;
	int *rows = analysis_ratee_rows(&a, NULL, &n);
	struct export_table t;
	analysis_export_adjusted(&a, rows, n, &t);
	int rc = write_table(c, fmt == EXPORT_NONE ? EXPORT_CSV : fmt, &t, "Disesuaikan");
	export_table_release(&t);
	free(rows);
	analysis_release(&a);
	return rc;
}

/* ---- agreement and fairness ------------------------------------------------------------------ */

static int sub_agreement(struct cli_run *c)
{
	struct period p;
	struct analysis a;
	if (cli_period_named(c, cli_opt(c, O_PERIOD), &p) ||
	    store_analysis_run(c->db, p.id, AN_ALL, &a, &c->err))
		return -1;
	printf("Kesepakatan penilai (ICC(1)) per nilai BerAKHLAK, %s:\n\n%-24s  %6s  %-20s  %6s  %6s\n",
	       p.name, "NILAI", "ICC", "TAFSIRAN", "ORANG", "NILAI");
	for (int i = 0; i < RS_ITEMS; i++) {
		const struct rs_agreement *g = &a.res.agreement[i];
		char icc[16];
		printf("%-24s  %6s  %-20s  %6d  %6d\n", berakhlak_at((size_t)i)->name,
		       num(icc, sizeof icc, g->icc, 2), an_icc_words(g->icc), g->n_ratees, g->n_ratings);
	}
	analysis_release(&a);
	return 0;
}

static void fair_print(const struct fair_table *t)
{
	struct strbuf why = STRBUF_INIT;
	fair_explain(t, &why);
	printf("\nMenurut %s:\n%-40s  %5s", fair_dim_label(t->dim), "KELOMPOK", "N");
	for (int p = PRED__COUNT - 1; p >= 0; p--)
		printf("  %s", predicate_name((enum predicate)p));
	printf("\n");
	for (size_t i = 0; i < t->n; i++) {
		printf("%-40.40s  %5d", t->g[i].label, t->g[i].n);
		for (int p = PRED__COUNT - 1; p >= 0; p--)
			printf("  %*d", (int)strlen(predicate_name((enum predicate)p)), t->g[i].count[p]);
		printf("\n");
	}
	printf("%s\n", why.buf);
	strbuf_release(&why);
}

struct unit_cover {
	struct cli_run *c;
	int64_t top;
};

static int covers(const void *ctx, int64_t unit_id)
{
	const struct unit_cover *u = ctx;
	return !u->top || store_unit_within(u->c->db, unit_id, u->top, &u->c->err) == 1;
}

static int sub_fairness(struct cli_run *c)
{
	struct period p;
	struct settings360 s;
	struct fair_table t[FAIR__DIMS];
	struct unit_cover uc = { c, 0 };
	int64_t cp = 0;
	int people = 0;
	char name[64] = "Penilaian tahunan";
	const char *cptext = cli_opt(c, O_CHECKPOINT);
	if (cli_period_named(c, cli_opt(c, O_PERIOD), &p) || pick_unit(c, &uc.top) ||
	    store_settings360_get(c->db, &s, &c->err) ||
	    (cptext ? cli_checkpoint_pick(c, &p, cptext, 1, &cp, name, sizeof name)
		    : store_curve_default_basis(c->db, p.id, &cp, &c->err)))
		return -1;
	if (!cptext && cp) {
		struct checkpoint *cps = NULL;
		size_t n = 0;
		if (!store_checkpoint_list(c->db, p.id, &cps, &n, &c->err))
			for (size_t i = 0; i < n; i++)
				if (cps[i].id == cp)
					copy_str(name, sizeof name, cps[i].name);
		free(cps);
	}
	if (store_fairness_tables(c->db, p.id, cp, covers, &uc, s.threshold, t, &people, &c->err))
		return -1;
	printf("Keadilan predikat, %s, %s: %d pegawai; kelompok di bawah %d orang digabung.\n",
	       p.name, name, people, anonymity_threshold(s.threshold));
	for (int d = 0; d < FAIR__DIMS; d++) {
		fair_print(&t[d]);
		fair_table_release(&t[d]);
	}
	return 0;
}

/* ---- settings ----------------------------------------------------------------------------------- */

static int sub_settings(struct cli_run *c)
{
	struct settings360 s;
	struct rs_config cfg;
	const char *sc = cli_opt(c, O_SCALE);
	if (sc && strcmp(sc, "3") && strcmp(sc, "5"))
		return kerr_set(&c->err, KERR_INVALID, "--scale", "--scale harus 3 atau 5");
	if (store_settings360_get(c->db, &s, &c->err) ||
	    store_analysis_config_get(c->db, sc ? atoi(sc) : s.scale, &cfg, &c->err))
		return -1;
	if (c->given & O_CONF_ALL) {
		for (int k = 0; k < AN_CONFIG_FIELDS; k++) {
			const char *v = cli_opt(c, (unsigned)O_CONF << k);
			char *end = NULL;
			double x = v ? strtod(v, &end) : 0;
			if (!v)
				continue;
			if (!*v || *end || !isfinite(x) || (an_config_is_count(k) && x != floor(x)))
				return kerr_set(&c->err, KERR_INVALID, flags[6 + k], "%s harus %s",
						flags[6 + k], an_config_is_count(k) ? "bilangan bulat"
										   : "angka");
			an_config_put(&cfg, k, x);
		}
		if (store_analysis_config_set(c->db, &c->who, &cfg, &c->err))
			return -1;
		printf("Pengaturan disimpan.\n");
	}
	printf("Pengaturan analisis penilai untuk skala 1-%d:\n", cfg.scale_max);
	for (int k = 0; k < AN_CONFIG_FIELDS; k++)
		printf("  %-16s %-14s %.10g\n", an_config_field[k], flags[6 + k], an_config_value(&cfg, k));
	return 0;
}

static const struct cli_sub subs[] = {
	{ "raters", NULL, sub_raters, 0, 0, O_PERIOD | O_UNIT | O_FORMAT | O_OUT,
	  "raters [--period TAHUN|ID] [--unit KODE|ID] [--format csv|xlsx] [--out BERKAS]" },
	{ "agreement", NULL, sub_agreement, 0, 0, O_PERIOD, "agreement [--period TAHUN|ID]" },
	{ "adjusted", NULL, sub_adjusted, 0, 0, O_PERIOD | O_FORMAT | O_OUT,
	  "adjusted [--period TAHUN|ID] [--format csv|xlsx] [--out BERKAS]" },
	{ "fairness", NULL, sub_fairness, 0, 0, O_PERIOD | O_UNIT | O_CHECKPOINT,
	  "fairness [--period TAHUN|ID] [--unit KODE|ID] [--checkpoint NAMA|tahunan]" },
	{ "settings", NULL, sub_settings, 0, 0, O_SCALE | O_CONF_ALL,
	  "settings [--scale 3|5] [--min-ratees N] [--z X] [--min-effect X] [--min-forms N] "
	  "[--halo-sd X] [--central-share X] [--shrink X]" },
};

/* Store fields (the API's) to the options that set them. */
static const char *const fields[][2] = {
	{ "periode", "--period" }, { "unit", "--unit" }, { "skala", "--scale" },
	{ "min_ratees", "--min-ratees" }, { "z_flag", "--z" }, { "min_effect", "--min-effect" },
	{ "min_forms", "--min-forms" }, { "halo_sd", "--halo-sd" },
	{ "central_share", "--central-share" }, { "shrink", "--shrink" }, { "titik", "--checkpoint" },
};

static const struct cli_suite suite = {
	"analyze", cmd_analyze_usage, flags, NFLAGS, subs, sizeof subs / sizeof subs[0], "ID",
	fields, sizeof fields / sizeof fields[0],
};

int analyze_raters(int argc, char **argv, struct config *cfg)
{
	return cli_suite_run(&suite, argc, argv, cfg);
}
