/*
 * listcli.h - the words of `kinerja report list LIST [OPTION...]` read
 * with no I/O (cli/cmd_report_list.c does the rest):
 *
 *   - which list: pegawai, skp, penilaian, keberatan;
 *   - the options, "--opt VALUE" or "--opt=VALUE" (--desc takes none),
 *     each list taking those its listq_spec (domain/listquery.h) has:
 *     --period for the SKPs, assessments and objections, --predicate for
 *     the assessments and objections, --checkpoint for the assessments;
 *   - the file format: --format, else the extension of --out, else CSV
 *     (to standard output); Excel only with --out;
 *   - the list parameters the options become (listq_parse reads them
 *     through listcli_param) once --unit, --period and --checkpoint have
 *     been resolved to ids, and the parser's errors renamed to the option
 *     behind them ("status" -> "--status").
 */
#ifndef KINERJA_LISTCLI_H
#define KINERJA_LISTCLI_H

#include <stddef.h>

#include "core/err.h"
#include "domain/listquery.h"

enum listcli_opt {
	LCO_UNIT, LCO_PERIOD, LCO_STATUS, LCO_PREDICATE, LCO_CHECKPOINT, LCO_Q, LCO_SORT,
	LCO_DESC, LCO_FORMAT, LCO_OUT, LCO__COUNT
};

/* The command line, read. */
struct listcli_args {
	enum list_kind kind;
	const struct listq_spec *spec;
	const char *opt[LCO__COUNT];   /* the values as given, NULL when absent ("1" for --desc) */
};

/* The option's name ("--unit"). */
const char *listcli_option_name(enum listcli_opt o);
/* The list a word names (pegawai, skp, penilaian, keberatan): 0, or -1. */
int listcli_kind(const char *word, enum list_kind *out);
/* The word of a list ("penilaian"). */
const char *listcli_word(enum list_kind kind);

/* Reads argv[first] (the list) and the options after it.  0, or 2 (bad
 * usage) with the complaint in why: no or an unknown list, an unknown
 * option, an option without its value, an option the list does not take,
 * a positional word, or Excel without --out. */
int listcli_parse(int argc, const char *const *argv, int first, struct listcli_args *a, char *why,
		  size_t why_size);

/* The format's name to read (store/export_table.h export_format_parse):
 * --format's value, else the extension of --out ("" when it has none),
 * else "csv"; *option is the option it came from ("--format", "--out"). */
const char *listcli_format_name(const struct listcli_args *a, const char **option);
/* The same for any command's --format and --out, NULL when neither is
 * given (cmd_report_recap.c, cmd_analyze_raters.c). */
const char *listcli_format_of(const char *format, const char *out);

/* The list parameters after the command line resolved its ids. */
struct listcli_params {
	const struct listcli_args *args;
	char unit[24], periode[24], titik[24];   /* decimal ids, "" for none */
	const char *jenis;                       /* "tahunan" or NULL */
};
/* A listq_get_fn over struct listcli_params: q, unit, periode, status,
 * predikat, jenis, titik, urut, arah; NULL for the rest (page, per_page). */
const char *listcli_param(void *params, const char *name);

/* The option behind a list parameter ("urut" -> "--sort"), or NULL. */
const char *listcli_option_of(const char *param);
/* Renames err->field from a list parameter to its option, and the
 * parameter's name in the message ("... untuk status tidak dikenal" ->
 * "... untuk --status tidak dikenal"). */
void listcli_rename_error(struct kerr *err);

#endif
