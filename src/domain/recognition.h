/*
 * recognition.h - the pure rules of recognition (penghargaan): the order
 * of a ranking of employees for a period and the tie-break chain an
 * administrator configures, and the course of a nomination of a "pegawai
 * berprestasi" (diajukan -> disetujui / ditolak) with the checks on its
 * texts.  No I/O: the store (store/recognition.h) loads the keys and
 * applies these.
 *
 * A ranking orders by
 *   1. the predicate (Sangat Baik first; none: unranked, at the end),
 *   2. the achievement (capaian SKP, higher first; none after any),
 *   3. the configured chain of tie-breaks, each tried in turn,
 *   4. the NIP (ascending), always last, so the order is total and stable:
 *      two employees never share a rank.
 * The chain is data (a setting), published on the ranking page.
 */
#ifndef KINERJA_DOMAIN_RECOGNITION_H
#define KINERJA_DOMAIN_RECOGNITION_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "domain/assess.h"

/* ---- the tie-break chain --------------------------------------------------------- */

enum tiebreak {
	TB_PERILAKU,    /* perilaku kerja rating, Di Atas first */
	TB_HASIL,       /* hasil kerja rating, Di Atas first */
	TB_360,         /* the 360 aggregate (mean score as a share of the scale), higher first */
	TB_MASA_KERJA,  /* first appointment (TMT CPNS, from the NIP), earlier first */
	TB_NIP,         /* the NIP ascending: the last resort */
	TB__COUNT
};

/* "perilaku_kerja", "hasil_kerja", "360", "masa_kerja", "nip" (stored and in
 * the API) and "Rating perilaku kerja", ... */
const char *tiebreak_name(enum tiebreak t);
const char *tiebreak_label(enum tiebreak t);
int tiebreak_parse(const char *name, enum tiebreak *out);

#define TIEBREAK_KEY "penghargaan_urutan"
#define TIEBREAK_DEFAULT "360,hasil_kerja,masa_kerja,nip"

/* A chain: each criterion at most once, ending with TB_NIP. */
struct tiebreak_chain {
	enum tiebreak v[TB__COUNT];
	size_t n;
};

/* Parses "360,hasil_kerja" (commas, blanks ignored): KERR_INVALID on
 * `field` for an unknown or repeated name; nip is appended when missing,
 * and anything after nip is refused (it could never decide). */
int tiebreak_chain_parse(const char *text, struct tiebreak_chain *out, const char *field,
			 struct kerr *err);
/* "360,hasil_kerja,nip" into out (size >= 64). */
void tiebreak_chain_text(const struct tiebreak_chain *c, char *out, size_t size);

/* ---- ranking ---------------------------------------------------------------------- */

/* What a ranking compares for one employee. */
struct rank_key {
	int has_predicate;
	enum predicate predicate;
	int has_capaian;
	int64_t capaian;             /* hundredths of a percent (9750 = 97,50%) */
	enum rating hasil, perilaku; /* RATING__LEVELS when not known */
	int64_t r360_num, r360_den;  /* mean share of the scale; den 0 = none */
	int appointed;               /* YYYYMM of first appointment from the NIP, 0 unknown */
	char nip[20];
	size_t ref;                  /* the caller's index, carried along */
};

/* What decided the place of an entry against the one before it. */
enum rank_decider {
	RD_FIRST,                    /* the first of the ranking */
	RD_PREDICATE, RD_CAPAIAN,
	RD_CHAIN,                    /* a criterion of the chain (see *criterion) */
};

/* Sorts v[0..n) into ranking order under `chain`. */
void ranking_sort(struct rank_key *v, size_t n, const struct tiebreak_chain *chain);
/* Compares two keys: < 0 when a ranks before b. */
int ranking_compare(const struct rank_key *a, const struct rank_key *b,
		    const struct tiebreak_chain *chain);
/* What put b after a (a before b in the order): RD_PREDICATE,
 * RD_CAPAIAN, or RD_CHAIN with *criterion set. */
enum rank_decider ranking_decider(const struct rank_key *a, const struct rank_key *b,
				  const struct tiebreak_chain *chain, enum tiebreak *criterion);

/* YYYYMM of the first appointment of an 18-digit PNS NIP (digits 9-14),
 * 0 for anything else. */
int nip_appointment(const char *nip);

/* ---- nominations ------------------------------------------------------------------ */

enum nomination_state { NOM_DIAJUKAN, NOM_DISETUJUI, NOM_DITOLAK, NOM__STATES };

/* "diajukan", "disetujui", "ditolak" and "Diajukan", "Disetujui", "Ditolak". */
const char *nomination_state_name(enum nomination_state s);
const char *nomination_state_label(enum nomination_state s);
int nomination_state_parse(const char *name, enum nomination_state *out);

/* Characters in a reason or a decision note. */
enum { NOMINATION_TEXT_MAX = 2000 };

/* Checks a text: not blank (unless optional), valid UTF-8, at most
 * NOMINATION_TEXT_MAX characters, line breaks allowed; KERR_INVALID on
 * `field` naming it as `what`. */
int nomination_text_check(const char *text, int required, const char *field, const char *what,
			  struct kerr *err);

#endif
