/*
 * analysis_access.c - who may see what of the rater analysis (see
 * analysis_access.h).
 */
#include "http/analysis_access.h"
#include "http/auth.h"
#include "http/r360_access.h"
#include "http/request.h"
#include "http/scope.h"
#include "store/assessment.h"
#include "store/r360.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int analysis_hr_root(struct req *r, int64_t *root, struct kerr *err)
{
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR) {
		*root = 0;
		return 0;
	}
	if (r->who.role == ROLE_PENGELOLA && r->who.scope_unit_id) {
		*root = r->who.scope_unit_id;
		return 0;
	}
	return kerr_set(err, KERR_FORBIDDEN, "", "Analisis penilai hanya untuk pengelola "
			"kepegawaian (dalam cakupannya), auditor dan administrator");
}

static int period_param(struct req *r, struct period *p, struct kerr *err)
{
	int64_t id = 0;
	if (req_query_id(r, "periode", &id, err))
		return -1;
	if (!id) {
		if (!store_period_current(r->db, p, err))
			return 0;
		return err->code == KERR_NOT_FOUND
			? (kerr_clear(err), kerr_set(err, KERR_NOT_FOUND, "periode",
						     "Belum ada periode penilaian")) : -1;
	}
	if (store_period_get(r->db, id, p, err))
		return err->code == KERR_NOT_FOUND
			? (kerr_clear(err), kerr_set(err, KERR_NOT_FOUND, "periode",
						     "Periode %lld tidak ditemukan", (long long)id))
			: -1;
	return 0;
}

static int cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* The units at or below `top` (0: all), as sorted ids. */
static void cover(struct an_view *v, int64_t top)
{
	unsigned char *in = units_within(v->units, v->n_units, top);
	v->in_ids = xcalloc(v->n_units + 1, sizeof *v->in_ids);
	for (size_t i = 0; i < v->n_units; i++)
		if (in[i])
			v->in_ids[v->n_in++] = v->units[i].id;
	free(in);
	qsort(v->in_ids, v->n_in, sizeof *v->in_ids, cmp_id);
}

static int unit_param(struct req *r, struct an_view *v, struct kerr *err)
{
	if (req_query_id(r, "unit", &v->unit_id, err))
		return -1;
	if (!v->unit_id)
		return 0;
	size_t i = unit_index_of(v->units, v->n_units, v->unit_id);
	if (i == v->n_units)
		return kerr_set(err, KERR_INVALID, "unit", "Unit kerja %lld tidak ditemukan",
				(long long)v->unit_id);
	v->unit = v->units[i];
	if (v->root && !an_view_covers(v, v->unit_id))
		return kerr_set(err, KERR_FORBIDDEN, "unit", "Unit kerja ini di luar cakupan Anda");
	free(v->in_ids);
	v->in_ids = NULL;
	v->n_in = 0;
	cover(v, v->unit_id);
	return 0;
}

int an_view_open(struct req *r, int hr, struct an_view *v, struct kerr *err)
{
	memset(v, 0, sizeof *v);
	if ((hr && analysis_hr_root(r, &v->root, err)) || period_param(r, &v->period, err) ||
	    store_unit_list(r->db, &v->units, &v->n_units, err))
		return -1;
	cover(v, v->root);
	return hr ? unit_param(r, v, err) : 0;
}

void an_view_release(struct an_view *v)
{
	free(v->units);
	free(v->in_ids);
	memset(v, 0, sizeof *v);
}

int an_view_covers(const struct an_view *v, int64_t unit_id)
{
	return bsearch(&unit_id, v->in_ids, v->n_in, sizeof *v->in_ids, cmp_id) != NULL;
}

const struct unit *an_view_scope(const struct an_view *v)
{
	size_t i = v->root ? unit_index_of(v->units, v->n_units, v->root) : v->n_units;
	return i < v->n_units ? &v->units[i] : NULL;
}

void an_view_label(const struct an_view *v, char *buf, size_t size)
{
	const struct unit *scope = an_view_scope(v);
	if (v->unit_id)
		snprintf(buf, size, "%s", v->unit.name);
	else if (scope)
		snprintf(buf, size, "Cakupan Anda: %s", scope->name);
	else
		snprintf(buf, size, "Seluruh kantor");
}

unsigned char *an_view_people(const struct an_view *v, const struct an_data *d)
{
	unsigned char *keep = xcalloc(d->n_people + 1, 1);
	for (size_t i = 0; i < d->n_people; i++)
		keep[i] = (unsigned char)an_view_covers(v, d->people[i].unit_id);
	return keep;
}

unsigned char *an_viewable_ratees(struct req *r, const struct analysis *a)
{
	unsigned char *keep = xcalloc(a->d.n_people + 1, 1);
	int all = r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR;
	for (size_t i = 0; i < a->d.n_people; i++) {
		struct employee e;
		if (all || isnan(a->res.adjusted[i])) {
			keep[i] = (unsigned char)all;
			continue;
		}
		memset(&e, 0, sizeof e);
		e.id = a->d.people[i].id;
		e.unit_id = a->d.people[i].unit_id;
		keep[i] = r360_viewer_of(r, &e) != R360_NONE;
	}
	return keep;
}

int an_view_covers_cb(const void *ctx, int64_t unit_id)
{
	return an_view_covers(ctx, unit_id);
}

int an_view_basis(struct req *r, const struct an_view *v, int64_t *checkpoint_id, char *name,
		  size_t size, struct kerr *err)
{
	struct checkpoint *cps = NULL;
	size_t n = 0;
	int64_t asked = 0;
	const char *t = req_query(r, "titik");
	int annual = t && !strcmp(t, "tahunan");
	if ((!annual && req_query_id(r, "titik", &asked, err)) ||
	    (!annual && !asked && store_curve_default_basis(r->db, v->period.id, &asked, err)) ||
	    store_checkpoint_list(r->db, v->period.id, &cps, &n, err))
		return -1;
	*checkpoint_id = 0;
	copy_str(name, size, "Penilaian tahunan");
	for (size_t i = 0; asked && i < n; i++)
		if (cps[i].id == asked) {
			*checkpoint_id = asked;
			copy_str(name, size, cps[i].name);
		}
	free(cps);
	if (asked && !*checkpoint_id)
		return kerr_set(err, KERR_INVALID, "titik", "Titik periksa %lld bukan bagian dari "
				"periode %s", (long long)asked, v->period.name);
	return 0;
}

int an_fairness_load(struct req *r, const struct an_view *v, struct an_fairness *f,
		     struct kerr *err)
{
	struct settings360 s;
	memset(f, 0, sizeof *f);
	if (an_view_basis(r, v, &f->checkpoint_id, f->basis, sizeof f->basis, err) ||
	    store_settings360_get(r->db, &s, err))
		return -1;
	f->threshold = anonymity_threshold(s.threshold);
	if (!store_fairness_tables(r->db, v->period.id, f->checkpoint_id, an_view_covers_cb, v,
				   s.threshold, f->t, &f->people, err))
		return 0;
	an_fairness_release(f);
	return -1;
}

void an_fairness_release(struct an_fairness *f)
{
	for (int d = 0; d < FAIR__DIMS; d++)
		fair_table_release(&f->t[d]);
}
