/*
 * assess.h - the pure rules of monitoring and assessment (PermenPANRB
 * 6/2022, see docs/glossary.md): the achievement (capaian) of an indicator
 * and its roll-up to a result and an SKP, the three-level ratings and the
 * predicate matrix, the unit predicate and the distribution curve it puts
 * on its employees' predicates, and the aggregation of 360-degree behaviour
 * answers with the anonymity threshold.  No I/O.
 */
#ifndef KINERJA_DOMAIN_ASSESS_H
#define KINERJA_DOMAIN_ASSESS_H

#include <stddef.h>

#include "core/err.h"

/* ---- achievement (capaian) of an indicator --------------------------------- */

/* Achievements above this are shown as computed but count as this much in a
 * roll-up (PP 30/2019's top band ends at 120), so one runaway indicator
 * cannot hide the others. */
#define ACHIEVEMENT_ROLLUP_CAP 120.0

/*
 * The achievement in percent of `realisasi` against the target [lo, hi]
 * (hi == lo for a single value), for direction "naik" (higher is better) or
 * "turun" (lower is better):
 *   naik:  realisasi / target x 100
 *   turun: (2 - realisasi / target) x 100, never below 0
 * where for a range the target is the upper bound when realisasi is above
 * it, the lower bound when below it, and realisasi inside the range is 100.
 * A zero target: naik is 100 for any realisasi >= 0; turun is 100 when
 * realisasi <= 0 and 0 otherwise.  Returns 0 and fills *pct; -1 with err
 * (KERR_INVALID, field "realisasi") for a negative realisasi or target, a
 * range with lo > hi, or an unknown direction.
 */
int achievement_pct(double realisasi, double lo, double hi, const char *direction, double *pct,
		    struct kerr *err);

/* The mean of n achievements, each capped at ACHIEVEMENT_ROLLUP_CAP: an
 * RHK's from its IKI, an SKP's from its utama RHK.  Returns -1 for n == 0
 * (nothing to show), else 0 with *mean set. */
int achievement_mean(const double *pct, size_t n, double *mean);

/* ---- ratings and the predicate ------------------------------------------------ */

enum rating { RATING_DI_BAWAH, RATING_SESUAI, RATING_DI_ATAS, RATING__LEVELS };

/* "di_bawah", "sesuai", "di_atas" (stored and in the API) and the labels
 * "Di Bawah Ekspektasi", ... */
const char *rating_name(enum rating r);
const char *rating_label(enum rating r);
int rating_parse(const char *name, enum rating *out);

/* Low to high. */
enum predicate {
	PRED_SANGAT_KURANG, PRED_KURANG, PRED_BUTUH_PERBAIKAN, PRED_BAIK, PRED_SANGAT_BAIK,
	PRED__COUNT
};

/* "sangat_kurang", "kurang", "butuh_perbaikan", "baik", "sangat_baik" and
 * the labels "Sangat Kurang", "Kurang/Misconduct", "Butuh Perbaikan", ... */
const char *predicate_name(enum predicate p);
const char *predicate_label(enum predicate p);
int predicate_parse(const char *name, enum predicate *out);

/* The official matrix (hasil kerja x perilaku kerja):
 *                    perilaku: Di Bawah          Sesuai           Di Atas
 *   hasil Di Atas              Kurang/Misconduct Baik             Sangat Baik
 *   hasil Sesuai               Kurang/Misconduct Baik             Baik
 *   hasil Di Bawah             Sangat Kurang     Butuh Perbaikan  Butuh Perbaikan */
enum predicate predicate_of(enum rating hasil_kerja, enum rating perilaku);
/* (A rating outside the enum gives PRED__COUNT, named "?": parse first.) */

/* ---- the unit predicate and the distribution curve ----------------------------- */

enum unit_predicate {
	UNIT_ISTIMEWA, UNIT_BAIK, UNIT_BUTUH_PERBAIKAN, UNIT_KURANG, UNIT_SANGAT_KURANG,
	UNIT_PRED__COUNT
};

/* "istimewa", "baik", "butuh_perbaikan", "kurang", "sangat_kurang" and the
 * labels "Istimewa", "Baik", ... */
const char *unit_predicate_name(enum unit_predicate p);
const char *unit_predicate_label(enum unit_predicate p);
int unit_predicate_parse(const char *name, enum unit_predicate *out);

/* One bound the curve puts on the predicates of a unit's employees: the
 * employees whose predicate is in `preds` (a bit per enum predicate) must
 * be at most / at least `value` percent of all, or at least `value` people. */
enum curve_bound { CURVE_MAX_PCT, CURVE_MIN_PCT, CURVE_MIN_COUNT };

struct curve_rule {
	unsigned preds;          /* 1u << PRED_... */
	enum curve_bound bound;
	int value;
	const char *text;        /* the rule in Indonesian: "paling banyak 70% Sangat Baik" */
};

/* The rules of a unit predicate (as data, from docs/glossary.md's table);
 * *n is set to how many. */
const struct curve_rule *curve_rules(enum unit_predicate up, size_t *n);

/* One broken rule: the rule, and what the unit has. */
struct curve_deviation {
	const struct curve_rule *rule;
	int count;               /* employees in rule->preds */
	int total;               /* employees with a predicate */
	char message[200];       /* "Sangat Baik 8 dari 10 (80%), paling banyak 70%" */
};

/* Checks the predicate counts of a unit (count[p] employees with predicate
 * p) against its unit predicate.  Percentages are compared exactly in
 * integers (count x 100 against value x total).  A unit with no predicates
 * yet breaks nothing.  Fills out[] (room for CURVE_MAX_DEVIATIONS) and
 * returns how many rules are broken. */
#define CURVE_MAX_DEVIATIONS 8
size_t curve_check(enum unit_predicate up, const int count[PRED__COUNT],
		   struct curve_deviation out[CURVE_MAX_DEVIATIONS]);

/* ---- 360-degree behaviour feedback ----------------------------------------------- */

/* Who answered, relative to the person rated. */
enum rater_group { RATER_ATASAN, RATER_REKAN, RATER_BAWAHAN, RATER_DIRI, RATER__GROUPS };

/* "atasan", "rekan", "bawahan", "diri" and "Atasan", "Rekan kerja", ... */
const char *rater_group_name(enum rater_group g);
const char *rater_group_label(enum rater_group g);
int rater_group_parse(const char *name, enum rater_group *out);

/* The answer scale of an instansi: the three official levels (scores 1-3)
 * or 1-5, mapped onto them as 1-2 Di Bawah, 3 Sesuai, 4-5 Di Atas. */
enum scale360 { SCALE_3, SCALE_5 };
int scale360_max(enum scale360 s);                    /* 3 or 5 */
/* The official level of a score; -1 with err if outside the scale. */
int scale360_level(enum scale360 s, int score, enum rating *out, struct kerr *err);

/* The anonymity threshold actually used: the configured one, never below 3. */
#define ANONYMITY_MIN 3
int anonymity_threshold(int configured);

#define VALUES_360 7   /* the BerAKHLAK values, in berakhlak_at() order */

/* The score a rater gave BerAKHLAK value i (berakhlak_at order; 0 = left
 * out): KERR_INVALID on field "nilai.<code>" naming the value when it is
 * left out or off the scale. */
int score360_check(size_t i, int score, enum scale360 s, struct kerr *err);

/* One answer: a score per value (0 = left blank). */
struct answer360 {
	enum rater_group group;
	int score[VALUES_360];
};

/* The aggregate of one rater group. */
struct aggregate360 {
	int answers;             /* answers in the group */
	int shown;               /* 1 if the figures below may be shown */
	int n[VALUES_360];       /* non-blank scores per value */
	double mean[VALUES_360]; /* mean score per value (when n > 0) */
	int levels[VALUES_360][RATING__LEVELS];   /* scores per official level */
};

/*
 * Aggregates n answers into out[group].  A group's figures are `shown`
 * only when it holds at least anonymity_threshold(threshold) answers; the
 * self-assessment (RATER_DIRI) is always shown (to the person themself).
 * When not shown, only `answers` is filled (the rest stays zero), so a
 * caller cannot leak what it must not.  Likewise, in a shown group other
 * than the self-assessment, a value fewer than the threshold scored (the
 * rest left it blank) is left zero.  Scores outside the scale are ignored
 * (the store refuses them before they get here).
 */
void aggregate360(const struct answer360 *answers, size_t n, enum scale360 scale, int threshold,
		  struct aggregate360 out[RATER__GROUPS]);

#endif
