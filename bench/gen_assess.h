/*
 * gen_assess.h - the 360-degree round, its answers and the assessments of
 * a generated city, for bench/r360_answer.sh and bench/assessment_city.sh
 * (gen_city --round360 N, --sessions FILE, --answers, --assessments; see
 * gen_assess.c).  Bench-only code: it works on a database gen_city has
 * just filled, through the store's functions where a person would act and
 * through the store's SQL layer for the bulk.
 */
#ifndef KINERJA_BENCH_GEN_ASSESS_H
#define KINERJA_BENCH_GEN_ASSESS_H

#include <stdint.h>
#include <stdio.h>

#include "store/store.h"

struct gen_assess_opts {
	int64_t period_id;       /* the city's period (opened) */
	int raters;              /* raters per person in the round; 0: no round */
	const char *sessions;    /* file for the pending (assignment, session) pairs, or NULL */
	const char *password;    /* of the raters' accounts (with sessions) */
	int answers;             /* answer every assignment, then close the round */
	int assessments;         /* unit predicates and a tahunan assessment per approved SKP */
};

/* Does what `o` asks on the city in db, acting as `who`; prints key=value
 * lines on `out`, progress on stderr.  0, or -1 with err. */
int gen_assess(struct db *db, const struct actor *who, const struct gen_assess_opts *o,
	       FILE *out, struct kerr *err);

#endif
