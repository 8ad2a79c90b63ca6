/*
 * golongan.h - the civil-service ranks: PNS golongan/ruang with their pangkat
 * (I/a Juru Muda .. IV/e Pembina Utama) and the PPPK golongan I..XVII.
 *
 * Both are constant tables ordered by rank (1 = lowest).  Lookups accept the
 * code in any ASCII letter case and ignore blanks ("iii / A" finds "III/a");
 * the entry returned always carries the canonical code.
 */
#ifndef KINERJA_DOMAIN_GOLONGAN_H
#define KINERJA_DOMAIN_GOLONGAN_H

#include <stddef.h>

struct golongan {
	const char *code;    /* canonical: "III/a" or, for PPPK, "IX" */
	const char *pangkat; /* "Penata Muda"; "" for PPPK */
	int rank;            /* 1..17 within its table */
};

/* The PNS entry for code, or NULL if code is NULL or unknown. */
const struct golongan *golongan_find(const char *code);
/* Number of PNS entries (17). */
size_t golongan_count(void);
/* The i-th PNS entry in rank order, or NULL if i >= golongan_count(). */
const struct golongan *golongan_at(size_t i);

/* The same three for the PPPK table (I..XVII). */
const struct golongan *pppk_golongan_find(const char *code);
size_t pppk_golongan_count(void);
const struct golongan *pppk_golongan_at(size_t i);

/* How a golongan is shown: "III/a — Penata Muda" (PNS), "IX (PPPK)", "-"
 * when empty, any other code as it is; written to out. */
void golongan_display(char *out, size_t size, const char *code);

#endif
