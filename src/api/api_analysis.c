/*
 * api_analysis.c - the JSON API of the rater analysis (docs/api-analysis.md):
 * the route table, the rater list (GET /api/v1/analisis/penilai, also as
 * CSV or Excel with ?format=) and one rater's figures with the reasoning
 * behind each flag (GET /api/v1/analisis/penilai/{id}).  HR only (see
 * http/analysis_access.h); nothing here says whom a rater rated.  The
 * other routes are in api_analysis_more.c.
 */
#include "api/api_analysis.h"
#include "domain/berakhlak.h"
#include "http/request.h"
#include "http/router.h"
#include "web/list_export.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

json_t *an_json_num(double x)
{
	return isfinite(x) ? json_real(round(x * 10000.0) / 10000.0) : json_null();
}

json_t *an_json_period(const struct period *p)
{
	return json_pack("{s:I, s:s, s:i}", "id", (json_int_t)p->id, "nama", p->name, "tahun",
			 p->year);
}

json_t *an_json_person(const struct an_person *p)
{
	return json_pack("{s:I, s:s, s:s, s:s, s:{s:o, s:s}}", "id", (json_int_t)p->id, "nip",
			 p->nip, "nama", p->name, "jabatan", p->position_name, "unit", "id",
			 p->unit_id ? json_integer(p->unit_id) : json_null(), "nama", p->unit_name);
}

static json_t *unit_json(const struct unit *u)
{
	return json_pack("{s:I, s:s}", "id", (json_int_t)u->id, "nama", u->name);
}

json_t *an_json_unit(const struct an_view *v)
{
	return v->unit_id ? unit_json(&v->unit) : json_null();
}

json_t *an_json_scope(const struct an_view *v)
{
	const struct unit *scope = an_view_scope(v);
	return scope ? unit_json(scope) : json_null();
}

json_t *an_json_config(const struct rs_config *c)
{
	json_t *j = json_pack("{s:i}", "skala", c->scale_max);
	for (int k = 0; k < AN_CONFIG_FIELDS; k++)
		json_object_set_new(j, an_config_field[k], an_config_is_count(k)
				    ? json_integer((json_int_t)an_config_value(c, k))
				    : an_json_num(an_config_value(c, k)));
	return j;
}

static json_t *flags_json(unsigned flags)
{
	static const enum rs_flag all[] = { RS_LENIENT, RS_SEVERE, RS_HALO, RS_CENTRAL };
	json_t *arr = json_array();
	for (size_t k = 0; k < sizeof all / sizeof all[0]; k++)
		if (flags & all[k])
			json_array_append_new(arr, json_pack("{s:s, s:s}", "kode",
				rs_flag_code(all[k]), "label", rs_flag_label(all[k])));
	return arr;
}

/* The figures of one rater (no ratee in them). */
static json_t *figures_json(const struct rs_rater *x)
{
	return json_pack("{s:i, s:i, s:i, s:o, s:o, s:o, s:{s:o, s:o}, s:o, s:o, s:o, s:o}",
			 "n_dinilai", x->n_ratees, "n_nilai", x->n_scores, "n_formulir", x->n_forms,
			 "rata_rata", an_json_num(x->mean), "selisih", an_json_num(x->diff),
			 "galat_baku", an_json_num(x->se), "selang", "bawah", an_json_num(x->ci_low),
			 "atas", an_json_num(x->ci_high), "z", an_json_num(x->z), "sd_formulir",
			 an_json_num(x->form_sd), "porsi_tengah", an_json_num(x->share_middle),
			 "efek_model", an_json_num(x->effect));
}

static json_t *rater_json(const struct analysis *a, int i)
{
	struct strbuf why = STRBUF_INIT;
	rs_explain(&a->res.raters[i], &a->cfg, &why);
	json_t *j = json_pack("{s:o, s:o, s:s}", "pegawai", an_json_person(&a->d.people[i]),
			      "tanda", flags_json(a->res.raters[i].flags), "penjelasan", why.buf);
	json_object_update_new(j, figures_json(&a->res.raters[i]));
	strbuf_release(&why);
	return j;
}

/* The analysis of the view's period on `basis`, replying on failure. */
static int run_or_reply(struct req *r, const struct an_view *v, enum an_basis basis,
			struct analysis *a)
{
	struct kerr err = KERR_INIT;
	if (store_analysis_run(r->db, v->period.id, basis, a, &err))
		return reply_error(r, &err), -1;
	return 0;
}

static json_t *head_json(const struct an_view *v, const struct analysis *a)
{
	return json_pack("{s:o, s:o, s:o, s:i, s:i, s:b, s:I, s:I, s:o}", "periode",
			 an_json_period(&v->period), "unit", an_json_unit(v), "cakupan",
			 an_json_scope(v), "skala", a->d.scale, "putaran", a->d.rounds, "skala_disamakan",
			 a->d.rescaled, "n_formulir", (json_int_t)a->d.n_forms, "n_penilaian_atasan",
			 (json_int_t)a->d.n_overall, "pengaturan", an_json_config(&a->cfg));
}

static int sort_params(struct req *r, enum an_sort *sort, int *desc)
{
	const char *s = req_query(r, "urut"), *d = req_query(r, "arah");
	*sort = AN_SORT_FLAG;
	*desc = d && !strcmp(d, "turun");
	if (s && *s && an_sort_parse(s, sort))
		return reply_fail(r, KERR_INVALID, "urut", "urut harus tanda, nama, unit, dinilai "
				  "atau selisih"), -1;
	if (d && *d && strcmp(d, "naik") && strcmp(d, "turun"))
		return reply_fail(r, KERR_INVALID, "arah", "arah harus naik atau turun"), -1;
	return 0;
}

/* GET /api/v1/analisis/penilai?periode=&unit=&urut=&arah=&format= */
static int api_analysis_raters(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct an_view v;
	struct analysis a;
	enum export_format fmt;
	enum an_sort sort;
	int desc;
	size_t n, not_judged;
	if (an_view_open(r, 1, &v, &err) || export_format_of(r, &fmt, &err)) {
		an_view_release(&v);
		return reply_error(r, &err);
	}
	if (sort_params(r, &sort, &desc) || run_or_reply(r, &v, AN_ALL, &a))
		return an_view_release(&v), 0;
	unsigned char *keep = an_view_people(&v, &a.d);
	int *rows = analysis_rater_rows(&a, keep, sort, desc, &n, &not_judged);
	if (fmt != EXPORT_NONE) {
		struct export_table t;
		analysis_export_raters(&a, rows, n, &t);
		reply_export(r, fmt, "analisis-penilai", "Penilai", &t);
		export_table_release(&t);
	} else {
		json_t *items = json_array();
		for (size_t k = 0; k < n; k++)
			json_array_append_new(items, rater_json(&a, rows[k]));
		json_t *j = head_json(&v, &a);
		json_object_set_new(j, "items", items);
		json_object_set_new(j, "n_belum_dinilai", json_integer((json_int_t)not_judged));
		reply_json(r, 200, j);
	}
	free(rows);
	free(keep);
	analysis_release(&a);
	an_view_release(&v);
	return 0;
}

/* ---- one rater ---------------------------------------------------------------------------- */

static json_t *criterion(const char *code, const char *text, int met)
{
	return json_pack("{s:s, s:s, s:b}", "kode", code, "syarat", text, "terpenuhi", met);
}

/* How each flag was reached: the criteria and whether each holds. */
static json_t *criteria_json(const struct rs_rater *x, const struct rs_config *c)
{
	char t[160];
	json_t *arr = json_array();
	double z = isnan(x->z) ? 0.0 : fabs(x->z), d = isnan(x->diff) ? 0.0 : fabs(x->diff);
	snprintf(t, sizeof t, "paling sedikit %d orang yang juga dinilai penilai lain", c->min_ratees);
	json_array_append_new(arr, criterion("min_ratees", t, x->n_ratees >= c->min_ratees));
	snprintf(t, sizeof t, "selisih paling sedikit %.2f poin", c->min_effect);
	json_array_append_new(arr, criterion("min_effect", t, d >= c->min_effect));
	snprintf(t, sizeof t, "bukti kuat: |z| paling sedikit %.2f", c->z_flag);
	json_array_append_new(arr, criterion("z_flag", t, z >= c->z_flag));
	snprintf(t, sizeof t, "paling sedikit %d formulir 360", c->min_forms);
	json_array_append_new(arr, criterion("min_forms", t, x->n_forms >= c->min_forms));
	snprintf(t, sizeof t, "rata-rata simpangan baku dalam formulir di bawah %.2f", c->halo_sd);
	json_array_append_new(arr, criterion("halo_sd", t, x->form_sd < c->halo_sd));
	snprintf(t, sizeof t, "porsi nilai tengah paling sedikit %.0f%%", 100.0 * c->central_share);
	json_array_append_new(arr, criterion("central_share", t, x->share_middle >= c->central_share));
	return arr;
}

/* The rater's difference per BerAKHLAK value (their ratees only). */
static json_t *per_value_json(const struct analysis *a, int i)
{
	unsigned char *keep = xcalloc(a->d.n_people + 1, 1);
	json_t *arr = json_array();
	for (size_t k = 0; k < a->d.n; k++)
		if (a->d.v[k].rater == i)
			keep[a->d.v[k].ratee] = 1;
	for (int item = 0; item < RS_ITEMS; item++) {
		struct rs_result one;
		if (analysis_rerun(a, keep, item, &one))
			break;
		const struct rs_rater *x = &one.raters[i];
		json_t *j = json_pack("{s:s, s:s}", "kode", berakhlak_at((size_t)item)->code, "nama",
				      berakhlak_at((size_t)item)->name);
		json_object_update_new(j, figures_json(x));
		json_array_append_new(arr, j);
		rs_result_free(&one);
	}
	free(keep);
	return arr;
}

/* GET /api/v1/analisis/penilai/{id}?periode= */
static int api_analysis_rater(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct an_view v;
	struct analysis a;
	if (an_view_open(r, 1, &v, &err)) {
		an_view_release(&v);
		return reply_error(r, &err);
	}
	if (run_or_reply(r, &v, AN_ALL, &a))
		return an_view_release(&v), 0;
	int i = an_index_of(&a.d, r->path_id);
	if (i < 0 || !a.res.raters[i].n_scores)
		reply_fail(r, KERR_NOT_FOUND, "pegawai", "Pegawai ini tidak memberi nilai pada "
			   "periode ini");
	else if (!an_view_covers(&v, a.d.people[i].unit_id))
		reply_fail(r, KERR_FORBIDDEN, "pegawai", "Penilai ini di luar cakupan Anda");
	else {
		json_t *j = head_json(&v, &a);
		json_object_update_new(j, rater_json(&a, i));
		json_object_set_new(j, "dinilai", json_boolean(analysis_judged(&a, i)));
		json_object_set_new(j, "kriteria", criteria_json(&a.res.raters[i], &a.cfg));
		json_object_set_new(j, "per_nilai", per_value_json(&a, i));
		reply_json(r, 200, j);
	}
	analysis_release(&a);
	an_view_release(&v);
	return 0;
}

const struct route api_analysis_routes[] = {
	{ "GET", "/api/v1/analisis/penilai", api_analysis_raters, ACCESS_READ_ALL },
	{ "GET", "/api/v1/analisis/penilai/{id}", api_analysis_rater, ACCESS_READ_ALL },
	{ "GET", "/api/v1/analisis/kesepakatan", api_analysis_agreement, ACCESS_READ_ALL },
	{ "GET", "/api/v1/analisis/keadilan", api_analysis_fairness, ACCESS_READ_ALL },
	{ "GET", "/api/v1/analisis/disesuaikan", api_analysis_adjusted, ACCESS_LOGIN },
	{ "GET", "/api/v1/analisis/pengaturan", api_analysis_settings, ACCESS_READ_ALL },
	{ "PUT", "/api/v1/analisis/pengaturan", api_analysis_settings_save, ACCESS_ADMIN },
	{ "GET", "/api/v1/analisis/saya", api_analysis_mine, ACCESS_LOGIN },
	{ NULL },
};
