/*
 * bulk.h - the rules of bulk documents for a unit (dokumen massal): one
 * job makes the documents of one kind (the SKP, or the evaluation of a
 * checkpoint or of the year) of every employee of a unit and the units
 * below it, for one period, as one ZIP of one PDF per employee or as one
 * PDF holding them all.  Pure functions, no I/O:
 *
 *   - the words of kinds, formats and job states as stored and shown;
 *   - why a person's document is left out ("not included" list): no SKP
 *     in the period, no assessment, or one still a draft;
 *   - the size limit (bulk_max_docs) and the refusal naming it;
 *   - the state a reader sees: a job still "berjalan" that nobody has
 *     updated for BULK_STALE_SECS belongs to a server that died, and shows
 *     as failed (it can be asked again);
 *   - the progress (percent, the bar's step) and when to report it;
 *   - the names of the files: each entry "NIP-Nama.pdf", the archive
 *     "skp-KODEUNIT-2026.zip" / "evaluasi-triwulan-iii-KODEUNIT-2026.pdf".
 */
#ifndef KINERJA_DOMAIN_BULK_H
#define KINERJA_DOMAIN_BULK_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"

/* A running job not updated for this long belongs to a server that died. */
#define BULK_STALE_SECS 300
/* A finished file is kept this long, then dropped. */
#define BULK_KEEP_SECS (24 * 3600)
/* The worker writes its progress every this many documents (and at the end). */
#define BULK_PROGRESS_EVERY 5

enum bulk_kind { BULK_SKP, BULK_EVALUASI, BULK__KINDS };
enum bulk_format { BULK_ZIP, BULK_PDF, BULK__FORMATS };
enum bulk_state { BULK_MENUNGGU, BULK_BERJALAN, BULK_SELESAI, BULK_GAGAL, BULK__STATES };

/* "skp", "evaluasi" (stored and in the API); "SKP", "Dokumen evaluasi". */
const char *bulk_kind_name(enum bulk_kind k);
const char *bulk_kind_label(enum bulk_kind k);
int bulk_kind_parse(const char *s, enum bulk_kind *out);
/* "zip", "pdf"; "ZIP (satu PDF per pegawai)", "Satu PDF (semua dokumen)". */
const char *bulk_format_name(enum bulk_format f);
const char *bulk_format_label(enum bulk_format f);
int bulk_format_parse(const char *s, enum bulk_format *out);
/* "menunggu", "berjalan", "selesai", "gagal"; the labels "Menunggu", ... */
const char *bulk_state_name(enum bulk_state s);
const char *bulk_state_label(enum bulk_state s);
int bulk_state_parse(const char *s, enum bulk_state *out);

/* What the store knows of one SKP (or of an employee without one). */
struct bulk_candidate {
	int has_skp;
	int has_assessment;       /* of the kind and checkpoint asked */
	int assessment_final;     /* ditetapkan */
};

enum bulk_gap { BULK_GAP_NONE, BULK_GAP_NO_SKP, BULK_GAP_NOT_RATED, BULK_GAP_DRAFT };

/* Why this person's document cannot be made (BULK_GAP_NONE: it can): an
 * SKP needs an SKP in the period; an evaluation a ditetapkan assessment
 * of the checkpoint (or the year). */
enum bulk_gap bulk_gap_of(enum bulk_kind kind, const struct bulk_candidate *c);
/* "Tidak memiliki SKP pada periode ini", ... ("" for BULK_GAP_NONE). */
const char *bulk_gap_text(enum bulk_gap g);

/* May a job of `docs` documents be queued under `limit`?  0 if so;
 * KERR_INVALID on field "unit_id" when there is nothing to make,
 * KERR_TOO_LARGE on "unit_id" naming the count and the limit (and the
 * setting bulk_max_docs) when over it. */
int bulk_check_size(int64_t docs, int64_t limit, struct kerr *err);

/* The state a reader sees: a "berjalan" job last updated before
 * now - BULK_STALE_SECS is BULK_GAGAL; anything else as stored. */
enum bulk_state bulk_state_seen(enum bulk_state stored, int64_t updated_at, int64_t now);
/* 1 if a finished job's file is past keeping at `now`. */
int bulk_file_expired(int64_t finished_at, int64_t now);

/* done of total as a whole percent, rounded down, within 0..100 (100 when
 * total is 0 or less). */
int bulk_percent(int64_t done, int64_t total);
/* 1 if the worker should write its progress after document `done` of `total`. */
int bulk_report_due(int64_t done, int64_t total);

/* The name of one person's PDF in a ZIP: "NIP-Nama_Pegawai.pdf", the name
 * reduced to ASCII letters and digits joined by '_'; seq > 1 (a second SKP
 * of the same person in the period) appends "-seq". */
void bulk_entry_name(const char *nip, const char *name, int seq, char *out, size_t size);
/* The name of the whole file: "skp-KODE-2026.zip",
 * "evaluasi-triwulan-iii-KODE-2026.pdf", "evaluasi-tahunan-KODE-2026.zip"
 * (checkpoint "" or NULL: tahunan; ignored for the SKP). */
void bulk_file_name(enum bulk_kind kind, const char *checkpoint, const char *unit_code, int year,
		    enum bulk_format f, char *out, size_t size);

#endif
