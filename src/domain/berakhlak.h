/*
 * berakhlak.h - the seven ASN core values (BerAKHLAK) with their three
 * behaviour guides each, as PermenPANRB 6/2022 lists them for the perilaku
 * kerja part of every SKP.  Static data; the text is Indonesian.
 */
#ifndef KINERJA_DOMAIN_BERAKHLAK_H
#define KINERJA_DOMAIN_BERAKHLAK_H

#include <stddef.h>

#define BERAKHLAK_COUNT 7

struct core_value {
	const char *code;        /* berorientasi_pelayanan, akuntabel, ... */
	const char *name;        /* "Berorientasi Pelayanan" */
	const char *guides[3];   /* the three behaviour guides */
};

const struct core_value *berakhlak_at(size_t i);
/* Index of a value by code, or -1. */
int berakhlak_index(const char *code);

#endif
