/*
 * golongan.c - the PNS and PPPK rank tables and their lookups.
 */
#include "domain/golongan.h"

#include "core/strbuf.h"

#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

static const struct golongan pns[] = {
	{ "I/a", "Juru Muda", 1 },
	{ "I/b", "Juru Muda Tk I", 2 },
	{ "I/c", "Juru", 3 },
	{ "I/d", "Juru Tk I", 4 },
	{ "II/a", "Pengatur Muda", 5 },
	{ "II/b", "Pengatur Muda Tk I", 6 },
	{ "II/c", "Pengatur", 7 },
	{ "II/d", "Pengatur Tk I", 8 },
	{ "III/a", "Penata Muda", 9 },
	{ "III/b", "Penata Muda Tk I", 10 },
	{ "III/c", "Penata", 11 },
	{ "III/d", "Penata Tk I", 12 },
	{ "IV/a", "Pembina", 13 },
	{ "IV/b", "Pembina Tk I", 14 },
	{ "IV/c", "Pembina Utama Muda", 15 },
	{ "IV/d", "Pembina Utama Madya", 16 },
	{ "IV/e", "Pembina Utama", 17 },
};

static const struct golongan pppk[] = {
	{ "I", "", 1 },     { "II", "", 2 },    { "III", "", 3 },   { "IV", "", 4 },
	{ "V", "", 5 },     { "VI", "", 6 },    { "VII", "", 7 },   { "VIII", "", 8 },
	{ "IX", "", 9 },    { "X", "", 10 },    { "XI", "", 11 },   { "XII", "", 12 },
	{ "XIII", "", 13 }, { "XIV", "", 14 },  { "XV", "", 15 },   { "XVI", "", 16 },
	{ "XVII", "", 17 },
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* 1 if `input`, skipping blanks and ignoring ASCII case, spells `code`. */
static int same_code(const char *input, const char *code)
{
	for (;;) {
		while (*input == ' ' || *input == '\t')
			input++;
		if (!*input || !*code)
			return !*input && !*code;
		if (tolower((unsigned char)*input) != tolower((unsigned char)*code))
			return 0;
		input++;
		code++;
	}
}

static const struct golongan *find_in(const struct golongan *t, size_t n, const char *code)
{
	if (!code || !*code)
		return NULL;
	for (size_t i = 0; i < n; i++)      /* stored codes are canonical: exact first */
		if (strcmp(code, t[i].code) == 0)
			return &t[i];
	for (size_t i = 0; i < n; i++)
		if (same_code(code, t[i].code))
			return &t[i];
	return NULL;
}

const struct golongan *golongan_find(const char *code)
{
	return find_in(pns, COUNT(pns), code);
}

size_t golongan_count(void)
{
	return COUNT(pns);
}

const struct golongan *golongan_at(size_t i)
{
	return i < COUNT(pns) ? &pns[i] : NULL;
}

const struct golongan *pppk_golongan_find(const char *code)
{
	return find_in(pppk, COUNT(pppk), code);
}

size_t pppk_golongan_count(void)
{
	return COUNT(pppk);
}

const struct golongan *pppk_golongan_at(size_t i)
{
	return i < COUNT(pppk) ? &pppk[i] : NULL;
}

void golongan_display(char *out, size_t size, const char *code)
{
	const struct golongan *g = golongan_find(code), *p = g ? NULL : pppk_golongan_find(code);
	if (g)
		snprintf(out, size, "%s \xe2\x80\x94 %s", g->code, g->pangkat);
	else if (p)
		snprintf(out, size, "%s (PPPK)", p->code);
	else if (code && *code)
		copy_str(out, size, code);
	else
		copy_str(out, size, "-");
}
