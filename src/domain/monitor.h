/*
 * monitor.h - the pure rules of monitoring (pemantauan): what a realisasi
 * (the value achieved for one IKI at one checkpoint) must hold, what a
 * piece of evidence (bukti dukung) may be - a file of an allowed type, or
 * an http(s) link - and the achievement (capaian) of an SKP at one
 * checkpoint per IKI, per RHK and for the whole SKP, by assess.h's
 * formulas.  No I/O: the store loads and saves these structs (see
 * store/monitor.h); the API, the pages and reports show them through the
 * same functions.
 */
#ifndef KINERJA_DOMAIN_MONITOR_H
#define KINERJA_DOMAIN_MONITOR_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "domain/skp.h"

/* ---- realisasi ------------------------------------------------------------------ */

/* What was achieved for one IKI at one checkpoint. */
struct realisasi {
	int64_t id;
	int64_t iki_id;
	int64_t checkpoint_id;
	char value[32];         /* a number in canonical form (decimal_canonical), or "" */
	char *description;      /* the achievement in words (kualitatif) */
	char *note;             /* the employee's note */
	int64_t version;        /* bumped by every change (optimistic locking) */
	int64_t updated_by;     /* user id, 0 = unknown */
	int64_t created_at, updated_at;
};

void realisasi_release(struct realisasi *x);
/* The realisasi of an IKI at a checkpoint among rs[0..n), NULL if none. */
const struct realisasi *realisasi_find(const struct realisasi *rs, size_t n, int64_t iki_id,
				       int64_t checkpoint_id);

/*
 * Checks a realisasi as typed, for an SKP of `approach`: kuantitatif needs
 * the value, a non-negative number ("95,5" is read as 95.5; no thousands
 * separators); kualitatif needs the description and takes a value only if
 * it is such a number.  Description and note: at most SKP_TEXT_MAX
 * characters, line breaks allowed.  Writes the value's canonical form (or
 * "") to `value`.  KERR_INVALID on "value", "description" or "note".
 */
int realisasi_validate(const char *approach, const char *value_in, const char *description,
		       const char *note, char value[32], struct kerr *err);

/* ---- evidence (bukti dukung) ------------------------------------------------------ */

#define EVIDENCE_FILE_MAX (10u << 20)   /* bytes in one file */
#define EVIDENCE_FILES_MAX 10           /* files per realisasi */
#define EVIDENCE_LINKS_MAX 10           /* links per realisasi */
#define EVIDENCE_NAME_MAX 200           /* characters in a file name or a link's title */
#define EVIDENCE_URL_MAX 2000           /* bytes in a link */

enum evidence_kind { EVIDENCE_FILE, EVIDENCE_LINK };

/* "berkas", "tautan" (stored and in the API). */
const char *evidence_kind_name(enum evidence_kind k);
int evidence_kind_parse(const char *name, enum evidence_kind *out);

struct evidence {
	int64_t id;
	int64_t realisasi_id;
	enum evidence_kind kind;
	char *name;             /* the file's name, or the link's title */
	char *url;              /* a link's address ("" for a file) */
	char content_type[96];  /* a file's type ("" for a link) */
	int64_t size;           /* a file's bytes */
	char sha256[65];        /* a file's SHA-256, hex */
	int64_t created_by;     /* user id */
	int64_t created_at;
};

void evidence_release(struct evidence *e);

/* A file type evidence may have: its extension, its MIME type (as libmagic
 * names it) and a label for messages. */
struct evidence_type {
	const char *ext;
	const char *mime;
	const char *label;
};

/* The allowed type of a file name's extension (case-insensitive), NULL if
 * the extension is not allowed. */
const struct evidence_type *evidence_type_of(const char *filename);
/* The allowed type with this MIME type, NULL if none (a stored type read
 * back as one of the table's constant strings). */
const struct evidence_type *evidence_type_by_mime(const char *mime);
/* The allowed types for messages: "PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS". */
const char *evidence_types_text(void);
/* The last path component of a file name a browser sent, trimmed; "berkas"
 * when nothing is left.  Writes at most size-1 bytes. */
void evidence_clean_name(const char *in, char *out, size_t size);
/*
 * Checks an uploaded file: a name (valid UTF-8, at most EVIDENCE_NAME_MAX
 * characters), not empty, at most EVIDENCE_FILE_MAX bytes (else
 * KERR_TOO_LARGE), an allowed extension, and content of that type:
 * `detected` is the MIME type libmagic found in the bytes.  Fills *type.
 * Errors are on field "file".
 */
int evidence_file_check(const char *name, size_t len, const char *detected,
			const struct evidence_type **type, struct kerr *err);
/* Checks a link: an http:// or https:// address with a host, printable
 * ASCII without blanks, quotes or angle brackets, at most EVIDENCE_URL_MAX
 * bytes (field "url"); a title (field "title"). */
int evidence_link_check(const char *url, const char *title, struct kerr *err);
/* A file name safe inside a quoted Content-Disposition filename: ASCII
 * letters, digits, '.', '-' and '_' kept, anything else '_'. */
void evidence_ascii_name(const char *name, char *out, size_t size);

/* ---- achievement (capaian) ------------------------------------------------------- */

/* A percentage that may be missing (nothing recorded, or kualitatif). */
struct pct {
	int set;
	double value;
};

struct rhk_capaian {
	struct pct pct;         /* the mean of its IKI's (assess.h's achievement_mean) */
	struct pct *iki;        /* per IKI, in the RHK's order */
	size_t n_iki;
};

/* The achievement of one SKP at one checkpoint. */
struct skp_capaian {
	struct pct pct;         /* the mean of its utama RHK's */
	struct rhk_capaian *rhk;   /* per RHK, in the SKP's order */
	size_t n_rhk;
	size_t iki_total;       /* IKI in the SKP */
	size_t iki_recorded;    /* of them, with a realisasi at the checkpoint */
};

/*
 * Computes the achievement of SKP `s` at checkpoint `checkpoint_id` from
 * the realisasi rs[0..n) (those of other checkpoints are ignored): per IKI
 * achievement_pct of its value against its target (kuantitatif SKPs only;
 * an IKI without a value has none), per RHK the mean of its IKI that have
 * one, per SKP the mean of its utama RHK that have one (tambahan results
 * are shown but do not count).  skp_capaian_release() it.
 */
void skp_capaian_compute(const struct skp *s, const struct realisasi *rs, size_t n,
			 int64_t checkpoint_id, struct skp_capaian *out);
void skp_capaian_release(struct skp_capaian *c);

#endif
