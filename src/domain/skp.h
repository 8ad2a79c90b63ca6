/*
 * skp.h - the performance plan (SKP) as the rest of the program sees it,
 * and the pure rules over it: the workflow state machine, the period states,
 * what a complete SKP needs before it can be submitted, and the checks on
 * indicators (IKI) and targets.  No I/O: the store loads and saves these
 * structs; the API, the pages and the CLI apply the same rules through
 * these functions.
 */
#ifndef KINERJA_DOMAIN_SKP_H
#define KINERJA_DOMAIN_SKP_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"

/* ---- periods ------------------------------------------------------------ */

enum period_state { PERIOD_DRAFT, PERIOD_OPEN, PERIOD_LOCKED, PERIOD_CLOSED, PERIOD__STATES };

/* "draft", "terbuka", "dikunci", "ditutup" (stored) and the UI labels. */
const char *period_state_name(enum period_state s);
const char *period_state_label(enum period_state s);
int period_state_parse(const char *name, enum period_state *out);

/* Period actions: "buka" (draft or dikunci -> terbuka), "kunci" (terbuka ->
 * dikunci: plans are frozen), "tutup" (dikunci -> ditutup: final).  Fills
 * *to, or refuses with KERR_CONFLICT naming the state. */
int period_transition(enum period_state from, const char *action, enum period_state *to,
		      struct kerr *err);

/* Checkpoint calendars: "triwulan" (Triwulan I, II, III, IV-Akhir) or
 * "bulanan" (Januari ... Desember) over the months of a year. */
int cadence_valid(const char *cadence);
/* The number of checkpoints of a cadence (4 or 12), 0 if unknown. */
int cadence_count(const char *cadence);
/* Checkpoint i (0-based): its name and its first and last month (1-12). */
void cadence_checkpoint(const char *cadence, int i, char *name, size_t size, int *first_month,
			int *last_month);
/* 1 if s is a real calendar date written YYYY-MM-DD. */
int date_valid(const char *s);

/* ---- SKP workflow -------------------------------------------------------- */

enum skp_state { SKP_DRAFT, SKP_DIAJUKAN, SKP_DISETUJUI, SKP_DIKEMBALIKAN, SKP__STATES };
enum skp_action { SKP_SUBMIT, SKP_APPROVE, SKP_RETURN, SKP_WITHDRAW, SKP_REVISE, SKP__ACTIONS };
/* Who asks for a transition, relative to the SKP. */
enum skp_role { SKP_ROLE_OWNER, SKP_ROLE_ASSESSOR, SKP_ROLE_OTHER };

/* "draft", "diajukan", "disetujui", "dikembalikan" and the UI labels. */
const char *skp_state_name(enum skp_state s);
const char *skp_state_label(enum skp_state s);
int skp_state_parse(const char *name, enum skp_state *out);
/* "ajukan", "setujui", "kembalikan", "tarik", "ubah" and the UI labels. */
const char *skp_action_name(enum skp_action a);
const char *skp_action_label(enum skp_action a);
int skp_action_parse(const char *name, enum skp_action *out);

/*
 * The workflow:
 *   draft        --ajukan (owner)-->      diajukan
 *   dikembalikan --ajukan (owner)-->      diajukan
 *   diajukan     --tarik (owner)-->       draft
 *   diajukan     --setujui (assessor)-->  disetujui
 *   diajukan     --kembalikan (assessor, with a note)--> dikembalikan
 *   disetujui    --ubah (owner)-->        draft  (a perubahan SKP: the
 *                approved version is kept in the history and the revision
 *                must be approved again)
 * Every transition needs the period open.  Fills *to, or refuses: the wrong
 * person is KERR_FORBIDDEN, the wrong state or period KERR_CONFLICT, a
 * missing note KERR_INVALID on field "note".
 */
int skp_transition(enum skp_state from, enum skp_action action, enum skp_role role,
		   enum period_state period, const char *note, enum skp_state *to,
		   struct kerr *err);
/* 1 if the owner may change the content (results, indicators, ...) now:
 * in draft or dikembalikan, with the period open. */
int skp_editable(enum skp_state s, enum period_state period);

/* ---- the plan's content ----------------------------------------------------- */

enum { SKP_TEXT_MAX = 1000 };   /* characters in an RHK or IKI text */

/* An indicator (IKI) of a result. */
struct iki {
	int64_t id;
	int64_t rhk_id;
	int seq;
	char *text;
	char aspect[12];        /* kuantitas, kualitas, waktu, biaya */
	char target_min[32];    /* a number (the target, or a range's lower bound) */
	char target_max[32];    /* "" or a range's upper bound */
	char *target_text;      /* the target in words (kualitatif) */
	char unit_label[48];    /* unit of measure: dokumen, %, hari, ... */
	char direction[8];      /* naik (higher is better), turun */
};

/* A planned result (RHK). */
struct rhk {
	int64_t id;
	int64_t skp_id;
	char kind[10];          /* utama, tambahan */
	int seq;
	char *text;
	int64_t parent_rhk_id;  /* the superior's RHK it supports (intervensi), 0 = none */
	int64_t goal_id;        /* or the organisation goal it supports, 0 = none */
	char perspective[24];   /* JPT only: penerima_layanan, proses_bisnis, ... */
	int proposed;           /* handed down by the superior, not yet edited */
	char *parent_text;      /* loaded for display: the parent RHK's or goal's text */
	struct iki *iki;
	size_t n_iki;
};

enum attachment_kind { ATT_DUKUNGAN, ATT_SKEMA, ATT_KONSEKUENSI, ATT__KINDS };
const char *attachment_kind_name(enum attachment_kind k);   /* stored names */
const char *attachment_kind_label(enum attachment_kind k);  /* "Dukungan sumber daya", ... */
int attachment_kind_parse(const char *name, enum attachment_kind *out);

struct skp_item {
	int64_t id;
	char *text;
};

struct skp {
	int64_t id;
	int64_t period_id;
	int64_t employee_id;
	int64_t position_id;
	int64_t assessor_id;    /* the pejabat penilai when last submitted (0 = none) */
	int month_from, month_to;
	char approach[12];      /* kuantitatif, kualitatif */
	char state[14];         /* skp_state_name() */
	int revision;           /* approved perubahan count */
	char *return_note;      /* the assessor's note when returned */
	char *header_json;      /* employee and assessor details frozen at approval */
	int64_t version;
	int64_t created_at, updated_at, submitted_at, approved_at;
	struct rhk *rhk;        /* ordered: utama first, by seq */
	size_t n_rhk;
	char *expectation[7];   /* ekspektasi khusus pimpinan, per BerAKHLAK value */
	struct skp_item *att[ATT__KINDS];
	size_t n_att[ATT__KINDS];
};

void skp_release(struct skp *s);
void rhk_release(struct rhk *r);

/* Checks one indicator: aspect, direction and unit, and its target: for
 * kuantitatif a number (target_min), or a range (target_min <= target_max);
 * for kualitatif a target in words.  Normalises numbers ("1.000,5" is not
 * accepted: use "1000.5"; "95,5" is read as 95.5).  Field names: "text",
 * "aspect", "target_min", "target_max", "target_text", "direction". */
int iki_validate(struct iki *k, const char *approach, struct kerr *err);
/* Checks one result's own fields: kind, text, perspective. */
int rhk_validate(const struct rhk *r, struct kerr *err);
/* What submitting needs: at least one utama RHK, every RHK with at least one
 * valid IKI, every utama RHK pointing at the superior's RHK (or, for a head
 * of unit or someone without an assessor, at an organisation goal).
 * is_head: the employee heads a unit; has_assessor: there is a pejabat
 * penilai.  The message names the RHK by its number. */
int skp_check_complete(const struct skp *s, int is_head, int has_assessor, struct kerr *err);
/* 1 if a position kind heads a unit (JPT, administrator, pengawas). */
int position_kind_is_head(const char *kind);

/* Parses a decimal number ("95", "95.5", "95,5", "-3"); 0 and *out set, or -1. */
int decimal_parse(const char *s, double *out);
/* Writes the canonical form of such a number ("+007,50" -> "7.5", "-0" ->
 * "0"; blanks around it allowed, thousands separators not) into out;
 * 0, or -1 if s is not a number or the result needs size bytes or more.
 * The form IKI targets are stored in. */
int decimal_canonical(const char *s, char *out, size_t size);
/* Checks a text a person typed: not blank, valid UTF-8, at most `max`
 * characters, no control characters (but line breaks when `lines`);
 * KERR_INVALID on `field`, the message naming it as `what`. */
int skp_text_check(const char *s, size_t max, int lines, const char *field, const char *what,
		   struct kerr *err);

#endif
