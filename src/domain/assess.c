/*
 * assess.c - the pure rules of assessment: the achievement (capaian) of an
 * indicator and its capped mean, the three-level ratings, the predicates
 * and the official predicate matrix, and the 360-degree behaviour answers
 * (rater groups, answer scales, the anonymity threshold, the aggregate).
 * The unit predicate and the distribution curve are in curve.c.  No I/O;
 * see assess.h for the contracts and docs/glossary.md for the rules.
 */
#include "domain/assess.h"
#include "domain/berakhlak.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- achievement (capaian) of an indicator --------------------------------- */

static int achievement_refuse(struct kerr *err, const char *msg)
{
	return kerr_set(err, KERR_INVALID, "realisasi", "%s", msg);
}

/* Checks the inputs of achievement_pct; sets *naik from the direction. */
static int achievement_inputs(double realisasi, double lo, double hi, const char *direction,
			      int *naik, struct kerr *err)
{
	if (!isfinite(realisasi) || !isfinite(lo) || !isfinite(hi))
		return achievement_refuse(err, "Realisasi dan target harus berupa angka");
	if (realisasi < 0)
		return achievement_refuse(err, "Realisasi tidak boleh negatif");
	if (lo < 0 || hi < 0)
		return achievement_refuse(err, "Target tidak boleh negatif");
	if (lo > hi)
		return achievement_refuse(err, "Batas bawah target lebih besar dari batas atas");
	if (direction && !strcmp(direction, "naik"))
		*naik = 1;
	else if (direction && !strcmp(direction, "turun"))
		*naik = 0;
	else
		return achievement_refuse(err, "Arah indikator harus \"naik\" atau \"turun\"");
	return 0;
}

/* The formula of a direction against one target value t >= 0. */
static double achievement_at(int naik, double realisasi, double t)
{
	if (t == 0)
		return naik || realisasi <= 0 ? 100.0 : 0.0;
	double pct = naik ? realisasi / t * 100.0 : (2.0 - realisasi / t) * 100.0;
	return pct < 0 ? 0.0 : pct;
}

int achievement_pct(double realisasi, double lo, double hi, const char *direction, double *pct,
		    struct kerr *err)
{
	int naik;
	if (achievement_inputs(realisasi, lo, hi, direction, &naik, err))
		return -1;
	double v = 100.0;
	if (realisasi > hi)
		v = achievement_at(naik, realisasi, hi);
	else if (realisasi < lo)
		v = achievement_at(naik, realisasi, lo);
	if (!isfinite(v))
		return achievement_refuse(err, "Realisasi terlalu besar dibanding target");
	*pct = v;
	return 0;
}

int achievement_mean(const double *pct, size_t n, double *mean)
{
	if (n == 0)
		return -1;
	double sum = 0;
	for (size_t i = 0; i < n; i++)
		sum += pct[i] > ACHIEVEMENT_ROLLUP_CAP ? ACHIEVEMENT_ROLLUP_CAP : pct[i];
	*mean = sum / (double)n;
	return 0;
}

/* ---- names and labels --------------------------------------------------------- */

struct name_label {
	const char *name, *label;
};

/* The index of `name` in table[0..n), or -1. */
static int table_find(const struct name_label *table, int n, const char *name)
{
	for (int i = 0; name && i < n; i++)
		if (!strcmp(name, table[i].name))
			return i;
	return -1;
}

static const struct name_label ratings[RATING__LEVELS] = {
	[RATING_DI_BAWAH] = { "di_bawah", "Di Bawah Ekspektasi" },
	[RATING_SESUAI] = { "sesuai", "Sesuai Ekspektasi" },
	[RATING_DI_ATAS] = { "di_atas", "Di Atas Ekspektasi" },
};

const char *rating_name(enum rating r)
{
	return (unsigned)r < RATING__LEVELS ? ratings[r].name : "?";
}

const char *rating_label(enum rating r)
{
	return (unsigned)r < RATING__LEVELS ? ratings[r].label : "?";
}

int rating_parse(const char *name, enum rating *out)
{
	int i = table_find(ratings, RATING__LEVELS, name);
	if (i < 0)
		return -1;
	*out = (enum rating)i;
	return 0;
}

static const struct name_label predicates[PRED__COUNT] = {
	[PRED_SANGAT_KURANG] = { "sangat_kurang", "Sangat Kurang" },
	[PRED_KURANG] = { "kurang", "Kurang/Misconduct" },
	[PRED_BUTUH_PERBAIKAN] = { "butuh_perbaikan", "Butuh Perbaikan" },
	[PRED_BAIK] = { "baik", "Baik" },
	[PRED_SANGAT_BAIK] = { "sangat_baik", "Sangat Baik" },
};

const char *predicate_name(enum predicate p)
{
	return (unsigned)p < PRED__COUNT ? predicates[p].name : "?";
}

const char *predicate_label(enum predicate p)
{
	return (unsigned)p < PRED__COUNT ? predicates[p].label : "?";
}

int predicate_parse(const char *name, enum predicate *out)
{
	int i = table_find(predicates, PRED__COUNT, name);
	if (i < 0)
		return -1;
	*out = (enum predicate)i;
	return 0;
}

/* [hasil kerja][perilaku kerja], as in PermenPANRB 6/2022. */
static const enum predicate matrix[RATING__LEVELS][RATING__LEVELS] = {
	[RATING_DI_ATAS] = { [RATING_DI_BAWAH] = PRED_KURANG, [RATING_SESUAI] = PRED_BAIK,
			     [RATING_DI_ATAS] = PRED_SANGAT_BAIK },
	[RATING_SESUAI] = { [RATING_DI_BAWAH] = PRED_KURANG, [RATING_SESUAI] = PRED_BAIK,
			    [RATING_DI_ATAS] = PRED_BAIK },
	[RATING_DI_BAWAH] = { [RATING_DI_BAWAH] = PRED_SANGAT_KURANG,
			      [RATING_SESUAI] = PRED_BUTUH_PERBAIKAN,
			      [RATING_DI_ATAS] = PRED_BUTUH_PERBAIKAN },
};

/* A rating outside the enum gives PRED__COUNT (name and label "?"). */
enum predicate predicate_of(enum rating hasil_kerja, enum rating perilaku)
{
	if ((unsigned)hasil_kerja >= RATING__LEVELS || (unsigned)perilaku >= RATING__LEVELS)
		return PRED__COUNT;
	return matrix[hasil_kerja][perilaku];
}

/* ---- 360-degree behaviour feedback ----------------------------------------------- */

static const struct name_label rater_groups[RATER__GROUPS] = {
	[RATER_ATASAN] = { "atasan", "Atasan" },
	[RATER_REKAN] = { "rekan", "Rekan kerja" },
	[RATER_BAWAHAN] = { "bawahan", "Bawahan" },
	[RATER_DIRI] = { "diri", "Diri sendiri" },
};

const char *rater_group_name(enum rater_group g)
{
	return (unsigned)g < RATER__GROUPS ? rater_groups[g].name : "?";
}

const char *rater_group_label(enum rater_group g)
{
	return (unsigned)g < RATER__GROUPS ? rater_groups[g].label : "?";
}

int rater_group_parse(const char *name, enum rater_group *out)
{
	int i = table_find(rater_groups, RATER__GROUPS, name);
	if (i < 0)
		return -1;
	*out = (enum rater_group)i;
	return 0;
}

/* 0 for an unknown scale, so that every score is outside it. */
int scale360_max(enum scale360 s)
{
	return s == SCALE_3 ? 3 : s == SCALE_5 ? 5 : 0;
}

/* The level of a score, or -1 if it is outside the scale. */
static int level_of(enum scale360 s, int score)
{
	if (score < 1 || score > scale360_max(s))
		return -1;
	if (s == SCALE_3)
		return score - 1;
	return score <= 2 ? RATING_DI_BAWAH : score == 3 ? RATING_SESUAI : RATING_DI_ATAS;
}

int scale360_level(enum scale360 s, int score, enum rating *out, struct kerr *err)
{
	int level = level_of(s, score);
	if (level < 0)
		return kerr_set(err, KERR_INVALID, "skor", "Skor %d di luar skala 1-%d", score,
				scale360_max(s));
	*out = (enum rating)level;
	return 0;
}

int score360_check(size_t i, int score, enum scale360 s, struct kerr *err)
{
	const struct core_value *v = berakhlak_at(i);
	char field[64];
	snprintf(field, sizeof field, "nilai.%s", v->code);
	if (!score)
		return kerr_set(err, KERR_INVALID, field, "Nilai %s wajib diisi", v->name);
	if (level_of(s, score) < 0)
		return kerr_set(err, KERR_INVALID, field, "Nilai %s harus 1 sampai %d, bukan %d",
				v->name, scale360_max(s), score);
	return 0;
}

int anonymity_threshold(int configured)
{
	return configured > ANONYMITY_MIN ? configured : ANONYMITY_MIN;
}

/* Adds the in-scale scores of one answer to its group's figures (means
 * hold sums until aggregate360 divides them). */
static void aggregate_add(struct aggregate360 *g, const struct answer360 *a, enum scale360 scale)
{
	for (int v = 0; v < VALUES_360; v++) {
		int level = level_of(scale, a->score[v]);
		if (level < 0)
			continue;
		g->n[v]++;
		g->mean[v] += a->score[v];
		g->levels[v][level]++;
	}
}

/* Turns value v's sum into a mean, or blanks the value when fewer than
 * `min` people scored it (blanks must not let one person's score show). */
static void finish_value(struct aggregate360 *g, int v, int min)
{
	if (g->n[v] > 0 && g->n[v] >= min) {
		g->mean[v] /= g->n[v];
		return;
	}
	g->n[v] = 0;
	g->mean[v] = 0;
	memset(g->levels[v], 0, sizeof g->levels[v]);
}

void aggregate360(const struct answer360 *answers, size_t n, enum scale360 scale, int threshold,
		  struct aggregate360 out[RATER__GROUPS])
{
	memset(out, 0, RATER__GROUPS * sizeof out[0]);
	for (size_t i = 0; i < n; i++)
		if ((unsigned)answers[i].group < RATER__GROUPS)
			out[answers[i].group].answers++;
	int min = anonymity_threshold(threshold);
	for (int g = 0; g < RATER__GROUPS; g++)
		out[g].shown = g == RATER_DIRI || out[g].answers >= min;
	for (size_t i = 0; i < n; i++) {
		unsigned g = (unsigned)answers[i].group;
		if (g < RATER__GROUPS && out[g].shown)
			aggregate_add(&out[g], &answers[i], scale);
	}
	for (int g = 0; g < RATER__GROUPS; g++)
		for (int v = 0; v < VALUES_360; v++)
			finish_value(&out[g], v, g == RATER_DIRI ? 1 : min);
}
