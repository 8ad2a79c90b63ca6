/*
 * analysis_run.c - one run of the rater analysis over a period (see
 * analysis.h): the ratings, the thresholds of their scale, rs_analyze;
 * and runs again over a part of the same ratings (a pengelola's scope,
 * one BerAKHLAK value).
 */
#include "store/analysis.h"

#include <stdlib.h>
#include <string.h>

static int run(struct db *db, int64_t period_id, enum an_basis basis, int64_t rater,
	       struct analysis *out, struct kerr *err)
{
	memset(out, 0, sizeof *out);
	if (store_analysis_load_rater(db, period_id, basis, rater, &out->d, err))
		return -1;
	if (store_analysis_config_get(db, out->d.scale, &out->cfg, err))
		goto fail;
	out->cfg.scale_max = out->d.scale;
	int n = (int)out->d.n_people;
	if (rs_analyze(out->d.v, out->d.n, n, n, &out->cfg, &out->res)) {
		kerr_set(err, KERR_INTERNAL, "", "Memori tidak cukup untuk analisis penilai");
		goto fail;
	}
	return 0;
fail:
	an_data_release(&out->d);
	return -1;
}

int store_analysis_run(struct db *db, int64_t period_id, enum an_basis basis,
		       struct analysis *out, struct kerr *err)
{
	return run(db, period_id, basis, 0, out, err);
}

int store_analysis_run_rater(struct db *db, int64_t period_id, int64_t rater,
			     struct analysis *out, struct kerr *err)
{
	return run(db, period_id, AN_ALL, rater, out, err);
}

int store_analysis_adjusted_of(struct db *db, int64_t period_id, int64_t employee_id,
			       double *raw, double *adjusted, int *n_raters, struct kerr *err)
{
	struct analysis a;
	size_t n = 0;
	if (store_analysis_run(db, period_id, AN_SHOWN, &a, err))
		return -1;
	int i = an_index_of(&a.d, employee_id), found = 0;
	int *rows = analysis_ratee_rows(&a, NULL, &n);
	for (size_t k = 0; i >= 0 && k < n; k++)
		if (rows[k] == i) {
			*raw = a.res.raw[i];
			*adjusted = a.res.adjusted[i];
			*n_raters = a.res.n_raters_of[i];
			found = 1;
		}
	free(rows);
	analysis_release(&a);
	return found;
}

void analysis_release(struct analysis *a)
{
	rs_result_free(&a->res);
	an_data_release(&a->d);
}

int analysis_rerun(const struct analysis *a, const unsigned char *keep, int item,
		   struct rs_result *out)
{
	struct rs_rating *v = malloc((a->d.n ? a->d.n : 1) * sizeof *v);
	size_t n = 0;
	if (!v)
		return -1;
	for (size_t i = 0; i < a->d.n; i++)
		if ((!keep || keep[a->d.v[i].ratee]) && (item < 0 || a->d.v[i].item == item))
			v[n++] = a->d.v[i];
	int people = (int)a->d.n_people;
	int rc = rs_analyze(v, n, people, people, &a->cfg, out);
	free(v);
	return rc;
}
