/*
 * fairness.c - the predicate distribution by group and its chi-square
 * test of independence (see fairness.h; GSL gives the chi-square tail).
 */
#include "domain/fairness.h"
#include "core/strbuf.h"

#include <gsl/gsl_cdf.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const dim_names[FAIR__DIMS] = {
	"unit", "jenis_jabatan", "golongan", "jenis_kelamin",
};
static const char *const dim_labels[FAIR__DIMS] = {
	"Unit kerja", "Jenis jabatan", "Golongan", "Jenis kelamin",
};

const char *fair_dim_name(enum fair_dim d)
{
	return d < FAIR__DIMS ? dim_names[d] : "?";
}

const char *fair_dim_label(enum fair_dim d)
{
	return d < FAIR__DIMS ? dim_labels[d] : "?";
}

int fair_dim_parse(const char *name, enum fair_dim *out)
{
	for (int d = 0; name && d < FAIR__DIMS; d++)
		if (!strcmp(name, dim_names[d])) {
			*out = (enum fair_dim)d;
			return 0;
		}
	return -1;
}

void fair_table_init(struct fair_table *t, enum fair_dim dim)
{
	memset(t, 0, sizeof *t);
	t->dim = dim;
	t->chi2 = t->p = NAN;
}

void fair_table_release(struct fair_table *t)
{
	free(t->g);
	fair_table_init(t, t->dim);
}

static struct fair_group *group_at(struct fair_table *t, const char *key, const char *label)
{
	for (size_t i = 0; i < t->n; i++)
		if (!strcmp(t->g[i].key, key))
			return &t->g[i];
	if (t->n == t->alloc) {
		t->alloc = t->alloc ? t->alloc * 2 : 8;
		t->g = xrealloc(t->g, t->alloc * sizeof *t->g);
	}
	struct fair_group *g = &t->g[t->n++];
	memset(g, 0, sizeof *g);
	copy_str(g->key, sizeof g->key, key);
	copy_str(g->label, sizeof g->label, label);
	return g;
}

void fair_add(struct fair_table *t, const char *key, const char *label, enum predicate p)
{
	if ((unsigned)p >= PRED__COUNT)
		return;
	struct fair_group *g = group_at(t, key, label);
	g->count[p]++;
	g->n++;
	t->total++;
}

/* Largest first, then by label; the pool last. */
static int by_size(const void *a, const void *b)
{
	const struct fair_group *x = a, *y = b;
	if (x->pooled != y->pooled)
		return x->pooled - y->pooled;
	if (x->n != y->n)
		return y->n - x->n;
	return strcmp(x->label, y->label);
}

/* Moves group i into the pool and removes it. */
static void pool_take(struct fair_table *t, struct fair_group *pool, size_t i)
{
	for (int p = 0; p < PRED__COUNT; p++)
		pool->count[p] += t->g[i].count[p];
	pool->n += t->g[i].n;
	t->n_pooled_groups++;
	t->g[i] = t->g[--t->n];
}

static void pool_small(struct fair_table *t, int threshold)
{
	struct fair_group pool = { .key = "lainnya", .label = "Lainnya (kelompok kecil digabung)",
				   .pooled = 1 };
	for (size_t i = t->n; i-- > 0;)
		if (t->g[i].n < threshold)
			pool_take(t, &pool, i);
	while (pool.n && pool.n < threshold && t->n) {
		size_t smallest = 0;
		for (size_t i = 1; i < t->n; i++)
			if (t->g[i].n < t->g[smallest].n)
				smallest = i;
		pool_take(t, &pool, smallest);
	}
	if (pool.n >= threshold)
		*group_at(t, pool.key, pool.label) = pool;
	else
		t->n_hidden = pool.n;
	qsort(t->g, t->n, sizeof *t->g, by_size);
}

void fair_finish(struct fair_table *t, int threshold)
{
	pool_small(t, anonymity_threshold(threshold));
	t->tested = 0;
	if (t->n < 2)
		return;
	int *counts = xcalloc(t->n * PRED__COUNT, sizeof *counts);
	for (size_t i = 0; i < t->n; i++)
		memcpy(counts + i * PRED__COUNT, t->g[i].count, sizeof t->g[i].count);
	t->tested = !fair_chi2(counts, (int)t->n, PRED__COUNT, &t->chi2, &t->df, &t->p,
			       &t->sparse);
	free(counts);
}

/* ---- the test ------------------------------------------------------------------------------ */

int fair_chi2(const int *counts, int rows, int cols, double *chi2, int *df, double *p,
	      int *sparse)
{
	double *rsum = xcalloc((size_t)rows, sizeof *rsum), *csum = xcalloc((size_t)cols, sizeof *csum);
	double n = 0;
	int r_used = 0, c_used = 0, cells = 0, small = 0;
	for (int i = 0; i < rows; i++)
		for (int j = 0; j < cols; j++) {
			rsum[i] += counts[i * cols + j];
			csum[j] += counts[i * cols + j];
			n += counts[i * cols + j];
		}
	for (int i = 0; i < rows; i++)
		r_used += rsum[i] > 0;
	for (int j = 0; j < cols; j++)
		c_used += csum[j] > 0;
	double x = 0;
	for (int i = 0; i < rows && r_used >= 2 && c_used >= 2; i++)
		for (int j = 0; j < cols; j++) {
			if (rsum[i] <= 0 || csum[j] <= 0)
				continue;
			double e = rsum[i] * csum[j] / n, d = counts[i * cols + j] - e;
			x += d * d / e;
			cells++;
			small += e < 5.0;
		}
	free(rsum);
	free(csum);
	if (r_used < 2 || c_used < 2)
		return -1;
	*chi2 = x;
	*df = (r_used - 1) * (c_used - 1);
	*p = gsl_cdf_chisq_Q(x, *df);
	*sparse = small * 5 > cells;
	return 0;
}

/* ---- the groups of a person ------------------------------------------------------------ */

void fair_sex_of(const char *nip, char *key, size_t ksize, char *label, size_t lsize)
{
	char d = nip && strlen(nip) == 18 ? nip[14] : '0';
	copy_str(key, ksize, d == '1' ? "1" : d == '2' ? "2" : "0");
	copy_str(label, lsize, d == '1' ? "Laki-laki" : d == '2' ? "Perempuan" : "Tidak diketahui");
}

void fair_golongan_of(const char *golongan, char *key, size_t ksize, char *label, size_t lsize)
{
	static const char *const rooms[] = { "IV", "III", "II", "I" };
	const char *slash = golongan ? strchr(golongan, '/') : NULL;
	size_t len = slash ? (size_t)(slash - golongan) : 0;
	for (size_t i = 0; i < sizeof rooms / sizeof rooms[0]; i++)
		if (len == strlen(rooms[i]) && !strncmp(golongan, rooms[i], len)) {
			copy_str(key, ksize, rooms[i]);
			snprintf(label, lsize, "Golongan %s", rooms[i]);
			return;
		}
	copy_str(key, ksize, "-");
	copy_str(label, lsize, "Tidak diketahui (PPPK atau belum diisi)");
}

/* ---- in words ------------------------------------------------------------------------------ */

void fair_decimal(char *out, size_t size, double x, int decimals)
{
	if (isnan(x)) {
		copy_str(out, size, "-");
		return;
	}
	if (fabs(round(x * pow(10.0, decimals))) == 0.0)
		x = 0.0;
	snprintf(out, size, "%.*f", decimals, x);
	char *dot = strchr(out, '.');
	if (dot)
		*dot = ',';
}

void fair_explain(const struct fair_table *t, struct strbuf *out)
{
	char chi[32], p[32];
	if (!t->tested) {
		strbuf_addstr(out, t->n < 2 ? "Uji tidak dapat dilakukan: kurang dari dua kelompok "
				 "yang cukup besar untuk ditampilkan."
			      : "Uji tidak dapat dilakukan: semua pegawai yang ditampilkan "
				"berpredikat sama.");
		return;
	}
	fair_decimal(chi, sizeof chi, t->chi2, 2);
	fair_decimal(p, sizeof p, t->p, 3);
	if (t->p < 0.001)
		copy_str(p, sizeof p, "< 0,001");
	if (t->p < FAIR_ALPHA)
		strbuf_addf(out, "Perbedaan sebaran predikat antarkelompok lebih besar daripada yang "
			    "wajar terjadi secara kebetulan (khi-kuadrat %s, derajat bebas %d, p %s%s). "
			    "Ini belum tentu berarti ada ketidakadilan, tetapi patut diperiksa "
			    "penyebabnya.", chi, t->df, t->p < 0.001 ? "" : "= ", p);
	else
		strbuf_addf(out, "Perbedaan sebaran predikat antarkelompok masih dalam batas yang wajar "
			    "terjadi secara kebetulan (khi-kuadrat %s, derajat bebas %d, p = %s); "
			    "tidak ada bukti bahwa predikat bergantung pada kelompok.", chi, t->df, p);
	if (t->sparse)
		strbuf_addstr(out, " Catatan: banyak sel berisi sedikit orang (frekuensi harapan di "
				   "bawah 5), sehingga hasil uji ini hanya perkiraan kasar.");
}
