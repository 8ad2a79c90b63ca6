/*
 * analysis.h - the data of the rater analysis (issue 7): loading the
 * ratings of a period for the statistics of domain/raterstats.h, the
 * thresholds the administrator keeps, one run of the whole analysis, and
 * the final predicates the fairness checks (domain/fairness.h) group.
 *
 * The ratings are every 360 answer of the period's closed rounds (rater
 * from rater360, the one place answer360 is joined to its rater, and only
 * to compute statistics: nothing here returns who rated whom), one
 * rs_rating per BerAKHLAK value, self-assessments left out; and the
 * pejabat penilai's final perilaku kerja ratings of the period's
 * assessments as RS_ITEM_OVERALL (Di Bawah 1, Sesuai the middle, Di Atas
 * the top of the scale).  Rounds on 1-3 in a period that also has a 1-5
 * round are put on 1-5 (1, 3, 5).  Open rounds are left out: their
 * figures would change with each answer (see store/r360.h).
 *
 * Two bases: AN_ALL, everything (the rater statistics HR reads), and
 * AN_SHOWN, only what the 360 results show: answers of a rater group that
 * reached the round's anonymity threshold, plus the superiors' ratings
 * (the person rated sees those anyway).  The adjusted view of a person is
 * computed on AN_SHOWN, so it never rests on answers the raw results hide.
 *
 * Same conventions as store.h: 0 / -1 with err; the settings change in
 * one transaction with its audit row (entity "pengaturan").
 */
#ifndef KINERJA_STORE_ANALYSIS_H
#define KINERJA_STORE_ANALYSIS_H

#include "store/store.h"
#include "domain/assess.h"
#include "domain/fairness.h"
#include "domain/raterstats.h"

/* ---- the ratings of a period --------------------------------------------------------- */

/* A person of the analysis: raters and ratees share one dense index. */
struct an_person {
	int64_t id;
	char nip[20];
	char name[300];          /* with titles */
	char golongan[8];
	char position_name[200];
	char position_kind[24];
	int64_t unit_id;         /* 0: no unit */
	char unit_name[200];
};

enum an_basis { AN_ALL, AN_SHOWN };

struct an_data {
	int64_t period_id;
	int scale;                    /* 3 or 5 */
	int threshold;                /* the instansi's anonymity threshold */
	struct rs_rating *v;
	size_t n;
	struct an_person *people;     /* by id; the dense index of raters and ratees */
	size_t n_people;
	size_t n_forms, n_overall;    /* 360 forms and superiors' ratings read */
	int rounds;                   /* closed rounds of the period */
	int rescaled;                 /* rounds on 1-3 were put on 1-5 */
};

/* Loads the ratings of period `period_id` (KERR_NOT_FOUND "periode" when
 * there is none) on `basis`, in three queries. */
int store_analysis_load(struct db *db, int64_t period_id, enum an_basis basis,
			struct an_data *out, struct kerr *err);
/* The same limited to the ratings of the persons employee `rater` rated
 * (AN_ALL): that rater's figures in it are those of the whole period
 * (leniency compares with others' ratings of the same persons only), at
 * the cost of one rater's share of the data. */
int store_analysis_load_rater(struct db *db, int64_t period_id, enum an_basis basis,
			      int64_t rater, struct an_data *out, struct kerr *err);
void an_data_release(struct an_data *d);
/* The dense index of an employee, or -1. */
int an_index_of(const struct an_data *d, int64_t employee_id);

/* ---- the thresholds (analysis_settings.c) ----------------------------------------------- */

/* The names of the thresholds, as the API, the form and the CLI use them,
 * in struct rs_config order after scale_max. */
#define AN_CONFIG_FIELDS 7
extern const char *const an_config_field[AN_CONFIG_FIELDS];
/* The value of field k of c, and setting it. */
double an_config_value(const struct rs_config *c, int k);
void an_config_put(struct rs_config *c, int k, double value);
/* 1 if field k is a count (a whole number). */
int an_config_is_count(int k);

/* The thresholds for `scale` (3 or 5): the saved ones over the defaults. */
int store_analysis_config_get(struct db *db, int scale, struct rs_config *out, struct kerr *err);
/* Saves every threshold of c for c->scale_max after rs_config_check
 * (KERR_INVALID naming the field; a scale other than 3 or 5 on "skala");
 * audited. */
int store_analysis_config_set(struct db *db, const struct actor *who, const struct rs_config *c,
			      struct kerr *err);

/* ---- one run ------------------------------------------------------------------------------- */

struct analysis {
	struct an_data d;
	struct rs_config cfg;
	struct rs_result res;
};

/* Loads the period's ratings on `basis`, the thresholds of their scale,
 * and analyses them. */
int store_analysis_run(struct db *db, int64_t period_id, enum an_basis basis,
		       struct analysis *out, struct kerr *err);
/* The run over store_analysis_load_rater's data: for one rater's own
 * figures (their nudge) only. */
int store_analysis_run_rater(struct db *db, int64_t period_id, int64_t rater,
			     struct analysis *out, struct kerr *err);
void analysis_release(struct analysis *a);
/* The adjusted view of one person (AN_SHOWN): 1 with *raw, *adjusted and
 * *n_raters when the period has a 360 form about them that the results
 * show, 0 when not, -1 with err. */
int store_analysis_adjusted_of(struct db *db, int64_t period_id, int64_t employee_id,
			       double *raw, double *adjusted, int *n_raters, struct kerr *err);
/* Analyses again only the ratings whose ratee has keep[ratee] set (same
 * indexes, same thresholds): agreement over a pengelola's scope, one
 * rater's figures per value (item >= 0: only that item).  0 or -1 (memory). */
int analysis_rerun(const struct analysis *a, const unsigned char *keep, int item,
		   struct rs_result *out);

/* ---- the final predicates of a period (analysis_fairness.c) -------------------------------- */

struct an_predicate {
	int64_t employee_id;
	char nip[20];
	char golongan[8];
	char position_kind[24];
	int64_t unit_id;
	char unit_name[200];
	enum predicate predicate;
};

/* Every employee's final predicate of the period on a basis: the tahunan
 * assessments when checkpoint_id is 0, else the periodik ones of that
 * checkpoint; one per employee (their latest SKP), the unit that of the
 * post the SKP covers.  free() *out. */
int store_analysis_predicates(struct db *db, int64_t period_id, int64_t checkpoint_id,
			      struct an_predicate **out, size_t *n, struct kerr *err);
/* The fairness tables of those predicates, one per dimension
 * (enum fair_dim), over the employees whose unit passes covers(ctx, unit)
 * (covers NULL: everyone), pooled under the anonymity threshold
 * `threshold` and tested (fair_finish); *people set to how many were
 * counted.  fair_table_release() each. */
int store_fairness_tables(struct db *db, int64_t period_id, int64_t checkpoint_id,
			  int (*covers)(const void *ctx, int64_t unit_id), const void *ctx,
			  int threshold, struct fair_table out[FAIR__DIMS], int *people,
			  struct kerr *err);

/* ---- the rows the pages, the API and the CLI show (analysis_rows.c) ------------------------- */

/* Orders of the rater list: flagged first (then the strongest evidence),
 * by name, by unit, by ratees judged, by the difference. */
enum an_sort { AN_SORT_FLAG, AN_SORT_NAME, AN_SORT_UNIT, AN_SORT_N, AN_SORT_DIFF, AN_SORT__COUNT };
/* "tanda", "nama", "unit", "dinilai", "selisih". */
const char *an_sort_name(enum an_sort s);
int an_sort_parse(const char *name, enum an_sort *out);

/* 1 if the rater with index i has enough ratings to be judged on
 * something: min_ratees ratees others rated too, or min_forms forms. */
int analysis_judged(const struct analysis *a, int i);
/* The indexes of the judged raters with keep[i] (NULL: all) in order
 * `sort` (desc: reversed, the flag order excepted); *n_not_judged counts
 * the raters kept but not judged.  free() the result. */
int *analysis_rater_rows(const struct analysis *a, const unsigned char *keep, enum an_sort sort,
			 int desc, size_t *n, size_t *n_not_judged);
/* The flags of r as codes or labels joined by ", " into out. */
void an_flags_text(unsigned flags, int labels, char *out, size_t size);

/* The agreement an ICC(1) shows, in words ("lemah", "sedang", "baik",
 * "sangat baik"; "belum dapat dihitung" for NAN), after Koo & Li (2016). */
const char *an_icc_words(double icc);

struct export_table;
/* The rater list as an export table (NIP, name, unit, counts, figures,
 * flags, explanation): the CSV and Excel files of the page, the API and
 * `kinerja analyze raters`.  export_table_release() it. */
void analysis_export_raters(const struct analysis *a, const int *rows, size_t n,
			    struct export_table *t);

/* The persons rated with a 360 form of the basis and keep[i]: the
 * adjusted view.  free() the result. */
int *analysis_ratee_rows(const struct analysis *a, const unsigned char *keep, size_t *n);
/* The adjusted view as an export table (NIP, name, unit, raters, raw,
 * adjusted). */
void analysis_export_adjusted(const struct analysis *a, const int *rows, size_t n,
			      struct export_table *t);

#endif
