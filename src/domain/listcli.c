/*
 * listcli.c - reading the words of `kinerja report list` (see
 * listcli.h): the list, its options, the format, and the list
 * parameters they become.
 */
#include "domain/listcli.h"
#include "core/strbuf.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *const option_names[LCO__COUNT] = {
	[LCO_UNIT] = "--unit", [LCO_PERIOD] = "--period", [LCO_STATUS] = "--status",
	[LCO_PREDICATE] = "--predicate", [LCO_CHECKPOINT] = "--checkpoint", [LCO_Q] = "--q",
	[LCO_SORT] = "--sort", [LCO_DESC] = "--desc", [LCO_FORMAT] = "--format",
	[LCO_OUT] = "--out",
};

static const char *const list_words[LIST__KINDS] = {
	[LIST_EMPLOYEES] = "pegawai", [LIST_SKP] = "skp", [LIST_ASSESSMENTS] = "penilaian",
	[LIST_OBJECTIONS] = "keberatan",
};

/* The list parameter each option feeds ("" for the options of the file). */
static const char *const option_params[LCO__COUNT] = {
	[LCO_UNIT] = "unit", [LCO_PERIOD] = "periode", [LCO_STATUS] = "status",
	[LCO_PREDICATE] = "predikat", [LCO_CHECKPOINT] = "titik", [LCO_Q] = "q",
	[LCO_SORT] = "urut", [LCO_DESC] = "arah", [LCO_FORMAT] = "format", [LCO_OUT] = "",
};

const char *listcli_option_name(enum listcli_opt o)
{
	return (unsigned)o < LCO__COUNT ? option_names[o] : "?";
}

int listcli_kind(const char *word, enum list_kind *out)
{
	for (int k = 0; word && k < LIST__KINDS; k++)
		if (!strcmp(word, list_words[k])) {
			*out = (enum list_kind)k;
			return 0;
		}
	return -1;
}

const char *listcli_word(enum list_kind kind)
{
	return (unsigned)kind < LIST__KINDS ? list_words[kind] : "?";
}

/* 1 if list `spec` takes option o. */
static int takes(const struct listq_spec *spec, enum listcli_opt o)
{
	switch (o) {
	case LCO_PERIOD:
		return spec->period;
	case LCO_PREDICATE:
		return spec->predicate;
	case LCO_CHECKPOINT:
		return spec->assessment_kind;
	default:
		return 1;
	}
}

/* The option argv[*i] names, its value taken ("--opt VALUE", "--opt=VALUE",
 * or "--desc"): 0, or 2 with why. */
static int take_option(int argc, const char *const *argv, int *i, struct listcli_args *a, char *why,
		       size_t size)
{
	const char *word = argv[*i];
	for (int o = 0; o < LCO__COUNT; o++) {
		size_t len = strlen(option_names[o]);
		if (strncmp(word, option_names[o], len) || (word[len] != '\0' && word[len] != '='))
			continue;
		if (!takes(a->spec, (enum listcli_opt)o))
			return snprintf(why, size, "opsi %s tidak berlaku untuk daftar %s",
					option_names[o], list_words[a->kind]), 2;
		if (o == LCO_DESC)
			a->opt[o] = word[len] == '=' ? NULL : "1";
		else if (word[len] == '=')
			a->opt[o] = word + len + 1;
		else
			a->opt[o] = *i + 1 < argc ? argv[++*i] : NULL;
		if (!a->opt[o])
			return snprintf(why, size, o == LCO_DESC ? "opsi %s tidak memerlukan nilai"
				       : "opsi %s memerlukan nilai", option_names[o]), 2;
		return 0;
	}
	return snprintf(why, size, word[0] == '-' ? "opsi tidak dikenal: %s"
			: "argumen berlebih: %s", word), 2;
}

int listcli_parse(int argc, const char *const *argv, int first, struct listcli_args *a, char *why,
		  size_t why_size)
{
	memset(a, 0, sizeof *a);
	why[0] = '\0';
	if (first >= argc)
		return snprintf(why, why_size, "sebutkan daftarnya: pegawai, skp, penilaian atau "
				"keberatan"), 2;
	if (listcli_kind(argv[first], &a->kind))
		return snprintf(why, why_size, "daftar tidak dikenal: %s (pilihan: pegawai, skp, "
				"penilaian atau keberatan)", argv[first]), 2;
	a->spec = listq_spec_of(a->kind);
	for (int i = first + 1; i < argc; i++)
		if (take_option(argc, argv, &i, a, why, why_size))
			return 2;
	if (!a->opt[LCO_OUT] && a->opt[LCO_FORMAT] && !strcmp(a->opt[LCO_FORMAT], "xlsx"))
		return snprintf(why, why_size, "--format xlsx memerlukan --out BERKAS (buku kerja "
				"Excel tidak ditulis ke keluaran standar)"), 2;
	if (a->opt[LCO_OUT] && !a->opt[LCO_OUT][0])
		return snprintf(why, why_size, "--out memerlukan nama berkas"), 2;
	return 0;
}

const char *listcli_format_of(const char *format, const char *out)
{
	const char *slash, *dot;
	if (format || !out)
		return format;
	slash = strrchr(out, '/');
	dot = strrchr(slash ? slash + 1 : out, '.');
	return dot && dot[1] ? dot + 1 : "";
}

const char *listcli_format_name(const struct listcli_args *a, const char **option)
{
	const char *name = listcli_format_of(a->opt[LCO_FORMAT], a->opt[LCO_OUT]);
	*option = a->opt[LCO_FORMAT] || !a->opt[LCO_OUT] ? "--format" : "--out";
	return name ? name : "csv";
}

const char *listcli_param(void *ctx, const char *name)
{
	const struct listcli_params *p = ctx;
	const char *const *opt = p->args->opt;
	if (!strcmp(name, "unit"))
		return p->unit[0] ? p->unit : NULL;
	if (!strcmp(name, "periode"))
		return p->periode[0] ? p->periode : NULL;
	if (!strcmp(name, "titik"))
		return p->titik[0] ? p->titik : NULL;
	if (!strcmp(name, "jenis"))
		return p->jenis;
	if (!strcmp(name, "arah"))
		return opt[LCO_DESC] ? "turun" : NULL;
	for (int o = 0; o < LCO__COUNT; o++)
		if (option_params[o][0] && !strcmp(name, option_params[o]) && o != LCO_FORMAT)
			return opt[o];
	return NULL;
}

const char *listcli_option_of(const char *param)
{
	if (!param || !*param)
		return NULL;
	if (!strcmp(param, "jenis"))
		return option_names[LCO_CHECKPOINT];
	for (int o = 0; o < LCO__COUNT; o++)
		if (!strcmp(param, option_params[o]))
			return option_names[o];
	return NULL;
}

void listcli_rename_error(struct kerr *err)
{
	const char *option = listcli_option_of(err->field);
	char from[80], to[80];
	if (!option)
		return;
	snprintf(from, sizeof from, " untuk %s ", err->field);
	snprintf(to, sizeof to, " untuk %s ", option);
	char *at = strstr(err->msg, from);
	if (at) {
		struct strbuf sb = STRBUF_INIT;
		strbuf_add(&sb, err->msg, (size_t)(at - err->msg));
		strbuf_addstr(&sb, to);
		strbuf_addstr(&sb, at + strlen(from));
		copy_str(err->msg, sizeof err->msg, sb.buf);
		strbuf_release(&sb);
	}
	copy_str(err->field, sizeof err->field, option);
}
