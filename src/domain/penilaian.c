/*
 * penilaian.c - the pure rules of an assessment: kind names, the head of
 * a unit's hasil kerja rating from the unit predicate, the check on a
 * written justification, and the signature of a unit's spread of
 * predicates.  See penilaian.h and docs/glossary.md.
 */
#include "domain/penilaian.h"
#include "domain/skp.h"

#include <stdio.h>
#include <string.h>

static const struct {
	const char *name, *label;
} kinds[ASSESS__KINDS] = {
	[ASSESS_PERIODIK] = { "periodik", "Penilaian periodik" },
	[ASSESS_TAHUNAN] = { "tahunan", "Penilaian tahunan" },
};

const char *assessment_kind_name(enum assessment_kind k)
{
	return (unsigned)k < ASSESS__KINDS ? kinds[k].name : "?";
}

const char *assessment_kind_label(enum assessment_kind k)
{
	return (unsigned)k < ASSESS__KINDS ? kinds[k].label : "?";
}

int assessment_kind_parse(const char *name, enum assessment_kind *out)
{
	for (int i = 0; name && i < ASSESS__KINDS; i++) {
		if (!strcmp(name, kinds[i].name)) {
			*out = (enum assessment_kind)i;
			return 0;
		}
	}
	return -1;
}

enum rating rating_of_unit_predicate(enum unit_predicate up)
{
	switch (up) {
	case UNIT_ISTIMEWA:
		return RATING_DI_ATAS;
	case UNIT_BAIK:
		return RATING_SESUAI;
	case UNIT_BUTUH_PERBAIKAN:
	case UNIT_KURANG:
	case UNIT_SANGAT_KURANG:
		return RATING_DI_BAWAH;
	default:
		return RATING__LEVELS;
	}
}

int assessment_reason_check(const char *text, const char *field, const char *what,
			    struct kerr *err)
{
	return skp_text_check(text ? text : "", ASSESS_REASON_MAX, 1, field, what, err);
}

void curve_key(enum unit_predicate up, const int count[PRED__COUNT], char out[CURVE_KEY_SIZE])
{
	struct curve_deviation dev[CURVE_MAX_DEVIATIONS];
	out[0] = '\0';
	if ((unsigned)up >= UNIT_PRED__COUNT || !curve_check(up, count, dev))
		return;
	snprintf(out, CURVE_KEY_SIZE, "%s:%d,%d,%d,%d,%d", unit_predicate_name(up),
		 count[PRED_SANGAT_KURANG], count[PRED_KURANG], count[PRED_BUTUH_PERBAIKAN],
		 count[PRED_BAIK], count[PRED_SANGAT_BAIK]);
}
