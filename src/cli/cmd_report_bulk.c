/*
 * cmd_report_bulk.c - `kinerja report bulk`: the documents of every
 * employee of a unit (and the units below it) in one period, the SKP or
 * the evaluation of a checkpoint or of the year, as one ZIP of one PDF per
 * employee or as one PDF; made here and now (no job is queued), progress
 * on stderr ("  120/1000 dokumen"), the file written to FILE.tmp and then
 * renamed to FILE, so a half-made file never carries the name asked for.
 * The same size limit as the server's (bulk_max_docs) applies.
 */
#include "cli/cli_files.h"
#include "cli/cmd_report.h"
#include "doc/bulk_build.h"
#include "store/bulk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { O_UNIT = 1u << 0, O_PERIOD = 1u << 1, O_KIND = 1u << 2, O_CHECKPOINT = 1u << 3,
       O_FORMAT = 1u << 4, O_OUT = 1u << 5 };

static const char *const flags[] = { "--unit", "--period", "--kind", "--checkpoint", "--format",
				      "--out" };

/* The store's field names as the options that set them. */
static const char *const fields[][2] = {
	{ "unit_id", "--unit" }, { "periode_id", "--period" }, { "jenis", "--kind" },
	{ "titik", "--checkpoint" }, { "format", "--format" },
};

static int bulk_max_docs = BULK_MAX_DOCS_DEFAULT;

/* The unit of --unit: its code, else its ID. */
static int pick_unit(struct cli_run *c, const char *text, struct bulk_spec *spec)
{
	struct unit u;
	int rc = cli_unit_find(c->db, text, &u, &c->err);
	if (rc > 0)
		return kerr_set(&c->err, KERR_NOT_FOUND, "--unit", "Unit '%s' tidak ada (sebutkan kode "
				"unit, mis. ASM-GTK, atau ID-nya)", text);
	if (!rc)
		spec->unit_id = u.id;
	return rc;
}

static int pick_spec(struct cli_run *c, struct bulk_spec *spec, struct bulk_names *names)
{
	struct period p;
	const char *kind = cli_opt(c, O_KIND), *cp = cli_opt(c, O_CHECKPOINT);
	char cp_name[40];
	memset(spec, 0, sizeof *spec);
	if (!cli_opt(c, O_UNIT) || !kind || !cli_opt(c, O_OUT))
		return kerr_set(&c->err, KERR_INVALID, !cli_opt(c, O_UNIT) ? "--unit" : !kind ? "--kind"
				: "--out", "--unit, --kind dan --out wajib diisi");
	if (pick_unit(c, cli_opt(c, O_UNIT), spec) ||
	    cli_period_named(c, cli_opt(c, O_PERIOD), &p))
		return -1;
	spec->period_id = p.id;
	if (bulk_kind_parse(kind, &spec->kind))
		return kerr_set(&c->err, KERR_INVALID, "--kind", "--kind harus skp atau evaluasi, bukan "
				"'%s'", kind);
	const char *format = cli_opt(c, O_FORMAT) ? cli_opt(c, O_FORMAT) : "zip";
	if (bulk_format_parse(format, &spec->format))
		return kerr_set(&c->err, KERR_INVALID, "--format", "--format harus zip atau pdf, bukan "
				"'%s'", format);
	if (spec->kind == BULK_EVALUASI && !cp)
		return kerr_set(&c->err, KERR_INVALID, "--checkpoint", "Dokumen evaluasi memerlukan "
				"--checkpoint (nama titik periksa, mis. 'Triwulan III', atau tahunan)");
	if (spec->kind == BULK_SKP && cp)
		return kerr_set(&c->err, KERR_INVALID, "--checkpoint", "--checkpoint hanya untuk "
				"--kind evaluasi");
	if (spec->kind == BULK_EVALUASI &&
	    cli_checkpoint_pick(c, &p, cp, 1, &spec->checkpoint_id, cp_name, sizeof cp_name))
		return -1;
	return store_bulk_resolve(c->db, spec, names, &c->err);
}

struct cli_progress {
	int64_t shown;
};

static int print_progress(void *ctx, int64_t done, int64_t total)
{
	struct cli_progress *p = ctx;
	int64_t step = total / 20 > 0 ? total / 20 : 1;
	if (done == total || done - p->shown >= step) {
		fprintf(stderr, "  %lld/%lld dokumen\n", (long long)done, (long long)total);
		p->shown = done;
	}
	return 0;
}

/* Makes the file at path.tmp and renames it to path; *size its bytes. */
static int write_file(struct cli_run *c, const struct bulk_build_in *in, const char *path,
		      long long *size)
{
	struct strbuf tmp = STRBUF_INIT;
	struct stat st;
	strbuf_addf(&tmp, "%s.tmp", path);
	int rc = bulk_build_file(c->db, in, tmp.buf, &c->err);
	if (!rc && (stat(tmp.buf, &st) || rename(tmp.buf, path)))
		rc = kerr_set(&c->err, KERR_IO, "--out", "Berkas %s tidak dapat ditulis", path);
	if (!rc)
		*size = (long long)st.st_size;
	if (rc) {
		remove(tmp.buf);
		if (!c->err.field[0])
			copy_str(c->err.field, sizeof c->err.field, "--out");
	}
	strbuf_release(&tmp);
	return rc;
}

static int run_bulk(struct cli_run *c)
{
	struct bulk_spec spec;
	struct bulk_names names;
	struct bulk_item *items = NULL;
	size_t n = 0, ndocs = 0;
	char title[600];
	struct cli_progress prog = { 0 };
	long long size = 0;
	int rc = pick_spec(c, &spec, &names);
	if (!rc)
		rc = store_bulk_items(c->db, &spec, &items, &n, &ndocs, &c->err);
	if (!rc)
		rc = bulk_check_size((int64_t)ndocs, bulk_max_docs, &c->err);
	if (!rc) {
		bulk_title(spec.kind, &names, title, sizeof title);
		fprintf(stderr, "%s: %zu dokumen, %zu pegawai tidak termasuk\n", title, ndocs, n - ndocs);
		struct bulk_build_in in = { spec.kind, spec.format, items, n, title, print_progress,
					    &prog };
		rc = write_file(c, &in, cli_opt(c, O_OUT), &size);
	}
	if (!rc)
		printf("%s: %zu dokumen, %zu tidak termasuk, %lld bita\n", cli_opt(c, O_OUT), ndocs,
		       n - ndocs, size);
	free(items);
	return rc;
}

static const struct cli_sub subs[] = {
	{ "bulk", NULL, run_bulk, 0, 0, O_UNIT | O_PERIOD | O_KIND | O_CHECKPOINT | O_FORMAT | O_OUT,
	  "bulk --unit KODE|ID [--period TAHUN|ID] --kind skp|evaluasi "
	  "[--checkpoint NAMA|tahunan] [--format zip|pdf] --out BERKAS" },
};

static const struct cli_suite suite = {
	"report", cmd_report_usage, flags, sizeof flags / sizeof flags[0], subs, 1, "ID",
	fields, sizeof fields / sizeof fields[0],
};

int report_bulk(int argc, char **argv, struct config *cfg)
{
	bulk_max_docs = cfg->bulk_max_docs;
	return cli_suite_run(&suite, argc, argv, cfg);
}
