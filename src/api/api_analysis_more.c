/*
 * api_analysis_more.c - the rest of the rater analysis's JSON API (see
 * api_analysis.c for the table): agreement per BerAKHLAK value, the
 * fairness checks, the adjusted view of the persons rated, the caller's
 * own nudge, and the thresholds.
 */
#include "api/api_analysis.h"
#include "api/api_util.h"
#include "domain/berakhlak.h"
#include "http/r360_access.h"
#include "http/request.h"
#include "store/r360.h"
#include "web/list_export.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- agreement ---------------------------------------------------------------------------- */

/* GET /api/v1/analisis/kesepakatan?periode=&unit= */
int api_analysis_agreement(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct an_view v;
	struct analysis a;
	struct rs_result sub;
	if (an_view_open(r, 1, &v, &err) || store_analysis_run(r->db, v.period.id, AN_ALL, &a, &err)) {
		an_view_release(&v);
		return reply_error(r, &err);
	}
	unsigned char *keep = an_view_people(&v, &a.d);
	int whole = !v.root && !v.unit_id;
	if (!whole && analysis_rerun(&a, keep, -1, &sub)) {
		free(keep);
		analysis_release(&a);
		an_view_release(&v);
		return reply_fail(r, KERR_INTERNAL, "", "Memori tidak cukup");
	}
	const struct rs_result *res = whole ? &a.res : &sub;
	json_t *items = json_array();
	for (int i = 0; i < RS_ITEMS; i++) {
		const struct rs_agreement *g = &res->agreement[i];
		json_array_append_new(items, json_pack("{s:s, s:s, s:o, s:i, s:i, s:s}", "kode",
			berakhlak_at((size_t)i)->code, "nama", berakhlak_at((size_t)i)->name, "icc",
			an_json_num(g->icc), "n_dinilai", g->n_ratees, "n_nilai", g->n_ratings,
			"tafsiran", an_icc_words(g->icc)));
	}
	reply_json(r, 200, json_pack("{s:o, s:o, s:o, s:i, s:o}", "periode",
				     an_json_period(&v.period), "unit", an_json_unit(&v), "cakupan",
				     an_json_scope(&v), "skala", a.d.scale, "items", items));
	if (!whole)
		rs_result_free(&sub);
	free(keep);
	analysis_release(&a);
	an_view_release(&v);
	return 0;
}

/* ---- fairness ----------------------------------------------------------------------------- */

static json_t *group_json(const struct fair_group *g)
{
	json_t *counts = json_object();
	for (int p = 0; p < PRED__COUNT; p++)
		json_object_set_new(counts, predicate_name((enum predicate)p), json_integer(g->count[p]));
	return json_pack("{s:s, s:s, s:i, s:b, s:o}", "kunci", g->key, "nama", g->label, "n", g->n,
			 "gabungan", g->pooled, "predikat", counts);
}

static json_t *table_json(const struct fair_table *t)
{
	struct strbuf why = STRBUF_INIT;
	json_t *groups = json_array();
	for (size_t i = 0; i < t->n; i++)
		json_array_append_new(groups, group_json(&t->g[i]));
	fair_explain(t, &why);
	json_t *test = t->tested ? json_pack("{s:o, s:i, s:o, s:b, s:b}", "khi_kuadrat",
		an_json_num(t->chi2), "derajat_bebas", t->df, "p", an_json_num(t->p),
		"lebih_dari_kebetulan", t->p < FAIR_ALPHA, "kasar", t->sparse) : json_null();
	json_t *j = json_pack("{s:s, s:s, s:o, s:i, s:i, s:o, s:s}", "kode", fair_dim_name(t->dim),
			      "nama", fair_dim_label(t->dim), "kelompok", groups, "n_tersembunyi",
			      t->n_hidden, "n_kelompok_digabung", t->n_pooled_groups, "uji", test,
			      "penjelasan", why.buf);
	strbuf_release(&why);
	return j;
}

/* GET /api/v1/analisis/keadilan?periode=&unit=&titik= */
int api_analysis_fairness(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct an_view v;
	struct an_fairness f;
	if (an_view_open(r, 1, &v, &err) || an_fairness_load(r, &v, &f, &err)) {
		an_view_release(&v);
		return reply_error(r, &err);
	}
	json_t *dims = json_array();
	for (int d = 0; d < FAIR__DIMS; d++)
		json_array_append_new(dims, table_json(&f.t[d]));
	an_fairness_release(&f);
	reply_json(r, 200, json_pack("{s:o, s:o, s:o, s:{s:o, s:s}, s:i, s:i, s:f, s:o}",
				     "periode", an_json_period(&v.period), "unit", an_json_unit(&v),
				     "cakupan", an_json_scope(&v), "dasar", "titik_id",
				     f.checkpoint_id ? json_integer(f.checkpoint_id) : json_null(),
				     "nama", f.basis, "ambang", f.threshold, "n_pegawai", f.people,
				     "alfa", FAIR_ALPHA, "dimensi", dims));
	an_view_release(&v);
	return 0;
}

/* ---- the adjusted view ------------------------------------------------------------------------ */

static json_t *adjusted_json(const struct analysis *a, int i)
{
	return json_pack("{s:o, s:i, s:o, s:o}", "pegawai", an_json_person(&a->d.people[i]),
			 "n_penilai", a->res.n_raters_of[i], "mentah", an_json_num(a->res.raw[i]),
			 "disesuaikan", an_json_num(a->res.adjusted[i]));
}

json_t *an_json_adjusted_of(struct db *db, int64_t period_id, int64_t employee_id)
{
	struct kerr err = KERR_INIT;
	double raw, adj;
	int n = 0;
	if (store_analysis_adjusted_of(db, period_id, employee_id, &raw, &adj, &n, &err) != 1)
		return json_null();
	return json_pack("{s:o, s:o, s:i, s:s}", "mentah", an_json_num(raw), "disesuaikan",
			 an_json_num(adj), "n_penilai", n, "keterangan",
			 "Disesuaikan (saran, tidak mengubah nilai)");
}

/* Limits keep to one person asked with ?pegawai= (after checking the
 * caller may see their 360 results); 0 when none is asked. */
static int one_person(struct req *r, const struct analysis *a, unsigned char *keep,
		      struct kerr *err)
{
	struct employee e;
	enum r360_viewer viewer;
	int64_t id = 0;
	if (req_query_id(r, "pegawai", &id, err) || (id && r360_results_access(r, id, &e, &viewer, err)))
		return -1;
	for (size_t i = 0; id && i < a->d.n_people; i++)
		keep[i] = keep[i] && a->d.people[i].id == id;
	return 0;
}

/* GET /api/v1/analisis/disesuaikan?periode=&pegawai=&format= */
int api_analysis_adjusted(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct an_view v;
	struct analysis a;
	enum export_format fmt;
	size_t n;
	if (an_view_open(r, 0, &v, &err) || export_format_of(r, &fmt, &err) ||
	    store_analysis_run(r->db, v.period.id, AN_SHOWN, &a, &err)) {
		an_view_release(&v);
		return reply_error(r, &err);
	}
	unsigned char *keep = an_viewable_ratees(r, &a);
	int *rows = NULL;
	if (one_person(r, &a, keep, &err)) {
		reply_error(r, &err);
	} else if ((rows = analysis_ratee_rows(&a, keep, &n)), fmt != EXPORT_NONE) {
		struct export_table t;
		analysis_export_adjusted(&a, rows, n, &t);
		reply_export(r, fmt, "analisis-disesuaikan", "Disesuaikan", &t);
		export_table_release(&t);
	} else {
		json_t *items = json_array();
		for (size_t k = 0; k < n; k++)
			json_array_append_new(items, adjusted_json(&a, rows[k]));
		reply_json(r, 200, json_pack("{s:o, s:i, s:s, s:o}", "periode",
					     an_json_period(&v.period), "skala", a.d.scale,
					     "keterangan", "Disesuaikan (saran, tidak mengubah nilai)",
					     "items", items));
	}
	free(rows);
	free(keep);
	analysis_release(&a);
	an_view_release(&v);
	return 0;
}

/* ---- the caller's own nudge ------------------------------------------------------------------- */

static json_t *flag_codes(unsigned flags)
{
	static const enum rs_flag all[] = { RS_LENIENT, RS_SEVERE, RS_HALO, RS_CENTRAL };
	json_t *arr = json_array();
	for (size_t k = 0; k < sizeof all / sizeof all[0]; k++)
		if (flags & all[k])
			json_array_append_new(arr, json_string(rs_flag_code(all[k])));
	return arr;
}

/* GET /api/v1/analisis/saya?periode= */
int api_analysis_mine(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct an_view v;
	struct analysis a;
	struct strbuf nudge = STRBUF_INIT;
	if (!r->who.employee_id)
		return reply_fail(r, KERR_NOT_FOUND, "pegawai", "Akun Anda tidak terhubung dengan "
				  "data pegawai");
	if (an_view_open(r, 0, &v, &err) || store_analysis_run_rater(r->db, v.period.id,
								 r->who.employee_id, &a, &err)) {
		an_view_release(&v);
		return reply_error(r, &err);
	}
	int i = an_index_of(&a.d, r->who.employee_id);
	unsigned flags = i >= 0 ? a.res.raters[i].flags : 0;
	if (i >= 0)
		rs_nudge(&a.res.raters[i], &a.cfg, &nudge);
	reply_json(r, 200, json_pack("{s:o, s:b, s:o, s:s}", "periode", an_json_period(&v.period),
				     "dinilai", i >= 0 && analysis_judged(&a, i), "tanda",
				     flag_codes(flags), "pesan", nudge.buf));
	strbuf_release(&nudge);
	analysis_release(&a);
	an_view_release(&v);
	return 0;
}

/* ---- the thresholds ----------------------------------------------------------------------------- */

/* ?skala= (3 or 5), else the instansi's 360 scale. */
static int scale_param(struct req *r, int *scale, struct kerr *err)
{
	struct settings360 s;
	const char *q = req_query(r, "skala");
	if (q && *q) {
		if (strcmp(q, "3") && strcmp(q, "5"))
			return kerr_set(err, KERR_INVALID, "skala", "skala harus 3 atau 5");
		*scale = atoi(q);
		return 0;
	}
	if (store_settings360_get(r->db, &s, err))
		return -1;
	*scale = s.scale;
	return 0;
}

static int reply_settings(struct req *r, int status, int scale)
{
	struct kerr err = KERR_INIT;
	struct rs_config c, def;
	if (store_analysis_config_get(r->db, scale, &c, &err))
		return reply_error(r, &err);
	rs_config_default(&def, scale);
	json_t *j = an_json_config(&c);
	json_object_set_new(j, "bawaan", an_json_config(&def));
	return reply_json(r, status, j);
}

/* GET /api/v1/analisis/pengaturan?skala= */
int api_analysis_settings(struct req *r)
{
	struct kerr err = KERR_INIT;
	int scale;
	if (scale_param(r, &scale, &err))
		return reply_error(r, &err);
	return reply_settings(r, 200, scale);
}

/* Reads the thresholds present in body over c; KERR_INVALID naming a
 * field of the wrong type or a key that is not a threshold. */
static int take_config(json_t *body, struct rs_config *c, struct kerr *err)
{
	const char *key;
	json_t *val;
	json_object_foreach(body, key, val) {
		int k = -1;
		for (int f = 0; f < AN_CONFIG_FIELDS; f++)
			if (!strcmp(key, an_config_field[f]))
				k = f;
		if (!strcmp(key, "skala"))
			continue;
		if (k < 0)
			return kerr_set(err, KERR_INVALID, key, "%s bukan pengaturan analisis", key);
		if (!json_is_number(val) || (an_config_is_count(k) && !json_is_integer(val)))
			return kerr_set(err, KERR_INVALID, key, "%s harus %s", key,
					an_config_is_count(k) ? "bilangan bulat" : "angka");
		an_config_put(c, k, json_number_value(val));
	}
	return 0;
}

/* PUT /api/v1/analisis/pengaturan {skala?, min_ratees?, z_flag?, ...} */
int api_analysis_settings_save(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct rs_config c;
	struct actor who = req_actor(r);
	int64_t scale = 0;
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	int rc = json_take_int(body, "skala", 1, 0, &scale, &err) < 0 ? -1 : 0;
	if (!rc && !scale) {
		int s = 3;
		rc = scale_param(r, &s, &err);
		scale = s;
	}
	if (!rc && scale != 3 && scale != 5)
		rc = kerr_set(&err, KERR_INVALID, "skala", "skala harus 3 atau 5");
	if (!rc)
		rc = store_analysis_config_get(r->db, (int)scale, &c, &err) ||
		     take_config(body, &c, &err) ||
		     store_analysis_config_set(r->db, &who, &c, &err);
	json_decref(body);
	if (rc)
		return reply_error(r, &err);
	return reply_settings(r, 200, (int)scale);
}
