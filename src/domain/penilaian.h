/*
 * penilaian.h - the pure rules of an assessment (penilaian kinerja) as
 * the store, the API and the pages apply them: the two kinds (periodik
 * per checkpoint, tahunan for the year) and their states, the hasil kerja
 * rating a head of unit takes from the unit predicate, the checks on a
 * written justification, and the signature of a unit's spread of
 * predicates (so a reason given for one spread does not cover another).
 * No I/O.  The matrix and the curve themselves are domain/assess.h's.
 */
#ifndef KINERJA_DOMAIN_PENILAIAN_H
#define KINERJA_DOMAIN_PENILAIAN_H

#include <stddef.h>

#include "core/err.h"
#include "domain/assess.h"

enum assessment_kind { ASSESS_PERIODIK, ASSESS_TAHUNAN, ASSESS__KINDS };

/* "periodik", "tahunan" (stored and in the API) and "Penilaian periodik", ... */
const char *assessment_kind_name(enum assessment_kind k);
const char *assessment_kind_label(enum assessment_kind k);
int assessment_kind_parse(const char *name, enum assessment_kind *out);

/* Assessment states: "draft" (the assessor's work, seen by them alone)
 * and "ditetapkan" (final: the employee sees it and acknowledges it). */
#define ASSESS_DRAFT "draft"
#define ASSESS_FINAL "ditetapkan"

/* Characters in a written justification (alasan) or a curve reason. */
enum { ASSESS_REASON_MAX = 2000 };

/*
 * The hasil kerja rating of the head of a unit, taken from the unit's
 * predicate:  Istimewa -> Di Atas Ekspektasi;  Baik -> Sesuai Ekspektasi;
 * Butuh Perbaikan, Kurang, Sangat Kurang -> Di Bawah Ekspektasi.
 * RATING__LEVELS for a value outside the enum.
 */
enum rating rating_of_unit_predicate(enum unit_predicate up);

/* Checks a justification as typed: not blank, valid UTF-8, at most
 * ASSESS_REASON_MAX characters, no control characters but line breaks;
 * KERR_INVALID on `field`, the message naming it as `what`. */
int assessment_reason_check(const char *text, const char *field, const char *what,
			    struct kerr *err);

/* The signature of a unit's spread: its predicate and the count of each
 * employee predicate ("baik:0,1,2,5,0"); "" when curve_check finds no
 * deviation.  A reason covers the spread whose signature it was given
 * for.  `out` needs CURVE_KEY_SIZE bytes. */
#define CURVE_KEY_SIZE 96
void curve_key(enum unit_predicate up, const int count[PRED__COUNT], char out[CURVE_KEY_SIZE]);

#endif
