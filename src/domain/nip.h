/*
 * nip.h - the civil-servant number (NIP): normalising and validating it.
 *
 * A PNS NIP is 18 digits with no check digit: birth date YYYYMMDD, first
 * appointment (TMT CPNS) YYYYMM, a sex digit (1 male, 2 female) and a
 * sequence 001-999, e.g. "19660801 198803 1 001".  PPPK numbers follow a
 * layout that is not fixed nationally: only the 18 digits and the birth-date
 * prefix are checked.  Pure functions, no I/O.
 */
#ifndef KINERJA_DOMAIN_NIP_H
#define KINERJA_DOMAIN_NIP_H

#include "core/err.h"

#define NIP_LEN 18

enum nip_kind { NIP_PNS, NIP_PPPK };

/* What a valid NIP says about its holder.  Fields the kind does not define
 * (everything but the birth date for PPPK) are 0. */
struct nip_info {
	int birth_year, birth_month, birth_day;
	int appoint_year, appoint_month;
	int sex;          /* 1 male, 2 female */
	int seq;          /* 1..999 */
	int warn_under18; /* appointed before the 18th birthday: a warning only */
};

/* "pns" or "pppk"; "?" for a value outside the enum. */
const char *nip_kind_name(enum nip_kind kind);

/* Parses "pns" / "pppk" (ASCII case-insensitive) into *out.
 * Returns 0, or -1 (leaving *out alone) for anything else. */
int nip_kind_parse(const char *s, enum nip_kind *out);

/* Removes white space (ASCII blanks and the no-break space U+00A0 that
 * spreadsheets insert) and requires exactly 18 ASCII digits to remain.
 * On success writes them NUL-terminated to out and returns 0; otherwise
 * returns -1 with a message on field "nip" (out then holds "").  in may be
 * NULL, which counts as empty. */
int nip_normalize(const char *in, char out[NIP_LEN + 1], struct kerr *err);

/* Normalises `in` and checks it against the layout of `kind` (see the top of
 * this file): real calendar dates with years 1900..2100, appointment month
 * 01-12 and later than the birth month, sex 1 or 2, sequence 001-999.
 * An appointment before age 18 (TMT taken as the 1st of the month) is not an
 * error: it sets info->warn_under18.  Returns 0 and fills out (and info, if
 * not NULL), or -1 with a message on field "nip". */
int nip_validate(const char *in, enum nip_kind kind, char out[NIP_LEN + 1],
		 struct nip_info *info, struct kerr *err);

/* 1 if year/month/day is a real Gregorian calendar date, else 0. */
int nip_is_real_date(int year, int month, int day);

#endif
