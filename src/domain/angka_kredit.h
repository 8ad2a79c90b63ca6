/*
 * angka_kredit.h - the pure rules of credit points (angka kredit) for
 * functional positions (jabatan fungsional): the amount an SKP earns is
 *
 *     percentage of its predicate  x  annual coefficient of the level (jenjang)
 *                                  x  months covered / 12
 *
 * (PermenPANRB 1/2023; see docs/glossary.md).  Both tables are data the
 * administrator edits; the defaults below are only what a new database
 * starts with.  Amounts are exact: kept as thousandths of a point in
 * integers (12,500 is 12500), the one rounding being half up to the
 * thousandth of the product.  No I/O.
 */
#ifndef KINERJA_DOMAIN_ANGKA_KREDIT_H
#define KINERJA_DOMAIN_ANGKA_KREDIT_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "domain/assess.h"

/* The default percentage of a predicate: Sangat Baik 150, Baik 100, Butuh
 * Perbaikan 75, Kurang/Misconduct 50, Sangat Kurang 25. */
int ak_default_pct(enum predicate p);

/* A level (jenjang) of a functional position with its annual coefficient. */
struct ak_level {
	char code[32];            /* "ahli_pertama" */
	char label[64];           /* "Ahli Pertama": matched in position names */
	int64_t coefficient;      /* thousandths: 12.5 is 12500 */
};

/* The default levels (PermenPANRB 1/2023): keterampilan Pemula 3,75,
 * Terampil 5, Mahir 12,5, Penyelia 25; keahlian Ahli Pertama 12,5, Ahli
 * Muda 25, Ahli Madya 37,5, Ahli Utama 50.  *n is set. */
const struct ak_level *ak_default_levels(size_t *n);

enum { AK_PCT_MAX = 1000, AK_COEF_MAX = 1000000 /* 1000 points */ };

/* Checks a percentage (0..AK_PCT_MAX) and a coefficient in thousandths
 * (0..AK_COEF_MAX); KERR_INVALID on `field`. */
int ak_pct_check(int64_t pct, const char *field, struct kerr *err);
int ak_coefficient_check(int64_t th, const char *field, struct kerr *err);

/* Months from month_from to month_to (1..12), 0 when they make no range. */
int ak_months(int month_from, int month_to);
/* pct x coefficient x months / 12 in thousandths, half up; 0 for bad
 * input (negative, months outside 0..12). */
int64_t ak_amount(int64_t pct, int64_t coefficient, int months);

/* Parses "12,5", "12.5", "12" (at most three decimals, no sign, no
 * thousands separators) into thousandths; -1 if it is not such a number
 * or exceeds AK_COEF_MAX. */
int ak_parse(const char *s, int64_t *th);
/* Writes thousandths as "12,500" (sep ',') or "12.500" (sep '.'). */
void ak_format(int64_t th, char sep, char *out, size_t size);

/* The level of a position name: the level whose label the name contains
 * (ASCII case-insensitive, whole words), the longest such label winning
 * ("Ahli Pertama" before "Pertama"); -1 when none. */
int ak_level_of(const char *position_name, const struct ak_level *levels, size_t n);

#endif
