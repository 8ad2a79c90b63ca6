/*
 * fairness.h - the fairness checks of issue 7, pure: the distribution of
 * the final predicates by group (unit, position kind, golongan, sex from
 * the NIP) and a chi-square test of independence saying whether the
 * differences between the groups are larger than chance would make them.
 *
 * Anonymity: a group smaller than the threshold is never shown.  Groups
 * below it are pooled into "Lainnya"; while the pool is itself below the
 * threshold the smallest shown group joins it; when everyone ends up in a
 * pool still below the threshold, nothing is shown (n_hidden says how
 * many).  The test runs over the groups shown only.
 *
 * The test (docs/rater-analysis.md): a table of groups x predicates (the
 * predicates nobody has left out), expected count E = row x column / N,
 * chi2 = sum (O - E)^2 / E, df = (groups - 1)(predicates - 1), p the
 * upper tail of chi-square with df (GSL); a difference "larger than
 * chance" when p < FAIR_ALPHA.  With more than a fifth of the expected
 * counts below 5 the approximation is rough, and the text says so.
 */
#ifndef KINERJA_DOMAIN_FAIRNESS_H
#define KINERJA_DOMAIN_FAIRNESS_H

#include <stddef.h>

#include "domain/assess.h"

#define FAIR_ALPHA 0.05

enum fair_dim { FAIR_UNIT, FAIR_POSITION_KIND, FAIR_GOLONGAN, FAIR_SEX, FAIR__DIMS };

/* "unit", "jenis_jabatan", "golongan", "jenis_kelamin" and "Unit kerja",
 * "Jenis jabatan", "Golongan", "Jenis kelamin". */
const char *fair_dim_name(enum fair_dim d);
const char *fair_dim_label(enum fair_dim d);
int fair_dim_parse(const char *name, enum fair_dim *out);

struct fair_group {
	char key[64];
	char label[200];
	int count[PRED__COUNT];
	int n;
	int pooled;              /* the "Lainnya" pool */
};

struct fair_table {
	enum fair_dim dim;
	struct fair_group *g;    /* shown, largest first, the pool last */
	size_t n, alloc;
	int total;               /* everyone added */
	int n_hidden;            /* people not shown (everything pooled below the threshold) */
	int n_pooled_groups;     /* groups that went into the pool */
	int tested;              /* at least two groups and two predicates shown */
	double chi2, p;          /* when tested */
	int df;
	int sparse;              /* more than a fifth of the expected counts below 5 */
};

void fair_table_init(struct fair_table *t, enum fair_dim dim);
void fair_table_release(struct fair_table *t);
/* Counts one person with predicate p in group `key` (labelled `label`
 * when new).  A predicate outside the enum is not counted. */
void fair_add(struct fair_table *t, const char *key, const char *label, enum predicate p);
/* Pools the small groups (threshold: anonymity_threshold() of it), orders
 * the groups and runs the test. */
void fair_finish(struct fair_table *t, int threshold);

/* The group of a person on a dimension, key and label: the sex from the
 * NIP's 15th digit ("1" Laki-laki, "2" Perempuan, else "0" Tidak
 * diketahui); the golongan's room ("III/a" -> "III", "Golongan III";
 * PPPK grades or blanks "-" Tidak diketahui). */
void fair_sex_of(const char *nip, char *key, size_t ksize, char *label, size_t lsize);
void fair_golongan_of(const char *golongan, char *key, size_t ksize, char *label,
		      size_t lsize);

/* Chi-square of independence over a rows x cols table of counts (row
 * major); the rows and columns with a zero total are left out.  Returns
 * 0 with *chi2, *df, *p and *sparse set, -1 when fewer than two rows or
 * columns remain. */
int fair_chi2(const int *counts, int rows, int cols, double *chi2, int *df, double *p,
	      int *sparse);

struct strbuf;
/* What the test says in plain Indonesian, appended to out. */
void fair_explain(const struct fair_table *t, struct strbuf *out);
/* x with `decimals` decimals and a decimal comma ("0,53"; "-" for NAN). */
void fair_decimal(char *out, size_t size, double x, int decimals);

#endif
