/*
 * document.h - the pure rules of the official documents (SKP, Dokumen
 * Evaluasi Kinerja Pegawai, Keputusan atas Keberatan, Rincian TPP): which
 * logo an instansi may upload, the documents' file names, dates and the
 * period in words, names with titles, the pangkat line, an indicator's
 * target and realisasi as printed, and the sentence that explains how a
 * predicate was reached.  No I/O: src/doc draws with these, the store and
 * the pages check a logo with them.
 */
#ifndef KINERJA_DOMAIN_DOCUMENT_H
#define KINERJA_DOMAIN_DOCUMENT_H

#include <stddef.h>

#include "core/err.h"
#include "domain/assess.h"
#include "domain/skp.h"

/* The largest logo accepted, in bytes. */
#define DOCUMENT_LOGO_MAX (512 * 1024)

/* Checks an uploaded logo: not empty, at most DOCUMENT_LOGO_MAX bytes, and
 * content libmagic found to be "image/png" or "image/jpeg" (`detected`).
 * KERR_INVALID on field "logo" naming what is wrong. */
int document_logo_check(const char *detected, size_t len, struct kerr *err);

/* "skp-199001012020011001-2026.pdf": kind, the NIP and a suffix ("" for
 * none) lowered, anything but ASCII letters and digits made '-' (runs of
 * them one '-'), so the name is safe in any header or file system. */
void document_filename(char *out, size_t size, const char *kind, const char *nip,
		       const char *suffix);

/* "1 Januari 2026" for "2026-01-01"; -1 (and "-") for anything that is
 * not a calendar date. */
int document_date_words(const char *ymd, char *out, size_t size);
/* "1 Januari sd 31 Maret Tahun 2026" within one year, else "1 Juli 2025
 * sd 30 Juni 2026"; "-" when either date is not one. */
void document_range(const char *from, const char *to, char *out, size_t size);

/* "Dr. Siti Aminah, S.Sos., M.Si.": the name with its titles. */
void document_person_name(const char *front, const char *name, const char *back, char *out,
			  size_t size);
/* "Penata Muda Tk I, III/b" for a PNS golongan, "Golongan IX (PPPK)" for a
 * PPPK one, the code as given otherwise, "-" for none. */
void document_pangkat(const char *golongan, char *out, size_t size);

/* "Kuantitas", "Kualitas", "Waktu", "Biaya" (the code itself otherwise). */
const char *document_aspect_label(const char *aspect);
/* "Penerima Layanan" for "penerima_layanan": the perspective of a JPT's
 * RHK; the value itself when it is none of the four. */
const char *document_perspective_label(const char *perspective);
/* An IKI's target as printed: "95 %", "3 - 5 hari", "maks. 3 hari", or
 * the target in words (kualitatif, or no number). */
void document_target(const struct iki *k, int qualitative, char *out, size_t size);
/* A realisasi as printed: "450 dokumen", the description after it (or
 * alone), "-" when nothing was recorded. */
void document_realisasi(const char *value, const char *unit_label, const char *description,
			char *out, size_t size);

/* How the predicate follows from the two ratings, in words: "Rating hasil
 * kerja Sesuai Ekspektasi dan rating perilaku kerja Di Atas Ekspektasi
 * bertemu pada sel Baik dalam matriks predikat kinerja (tanpa bobot)."
 * With head_of_unit, a sentence that the hasil kerja rating follows the
 * unit predicate comes first.  "Belum ..." when a rating is missing. */
void document_predicate_reason(enum rating hasil, enum rating perilaku, int head_of_unit,
			       char *out, size_t size);

#endif
