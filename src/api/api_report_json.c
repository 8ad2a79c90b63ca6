/*
 * api_report_json.c - the JSON shapes of the recap and the contribution
 * report (see api_report.h and docs/api-report.md).  Percentages are
 * numbers with two decimals (97.5 means 97,5%), null when missing; names
 * of states, ratings and predicates are the API's everywhere else, each
 * with its label.
 */
#include "api/api_report.h"
#include "api/api_assessment.h"
#include "api/api_util.h"

#include <math.h>
#include <stdlib.h>

json_t *report_pct_json(int set, double value)
{
	return set ? json_real(round(value * 100.0) / 100.0) : json_null();
}

static json_t *head_json(const struct period *p, const struct unit *u,
			 const struct report_basis *b)
{
	return json_pack("{s:{s:I, s:s, s:i}, s:{s:I, s:s, s:s}, s:{s:s, s:o, s:s}, s:{s:o, s:s, s:i}}",
		"periode", "id", (json_int_t)p->id, "nama", p->name, "tahun", p->year,
		"unit", "id", (json_int_t)u->id, "kode", u->code, "nama", u->name,
		"dasar", "jenis", b->checkpoint_id ? "periodik" : "tahunan",
		"titik_id", api_id(b->checkpoint_id), "nama", b->name,
		"capaian_pada", "titik_id", api_id(b->capaian_checkpoint), "nama", b->capaian_name,
		"urutan", b->capaian_seq);
}

/* ---- the recap ------------------------------------------------------------------------------ */

static json_t *label_or_null(const char *label)
{
	return label[0] ? json_string(label) : json_null();
}

static json_t *row_json(const struct recap_row *w, int with_tpp)
{
	double share = 0;
	int has_rate = !recap_rate(w->r360_answered, w->r360_asked, &share);
	json_t *o = json_pack("{s:I, s:s, s:s, s:s, s:I, s:s, s:s, s:s, s:o, s:o, s:s, s:i, s:i, "
			      "s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:{s:I, s:I, s:o}}",
		"pegawai_id", (json_int_t)w->employee_id, "nip", w->nip, "nama", w->name,
		"jabatan", w->position_name, "unit_id", (json_int_t)w->unit_id,
		"unit_kode", w->unit_code, "unit_kerja", w->unit_name, "golongan", w->golongan,
		"skp_id", api_id(w->skp_id),
		"status_skp", w->skp_state[0] ? json_string(w->skp_state) : json_null(),
		"status_skp_label", recap_state_label(w->skp_state),
		"jumlah_rhk", w->n_rhk, "jumlah_iki", w->n_iki,
		"capaian", report_pct_json(w->capaian.set, w->capaian.value),
		"hasil_kerja", rating_json(w->hasil),
		"hasil_kerja_label", label_or_null(recap_rating_label(w->hasil)),
		"perilaku_kerja", rating_json(w->perilaku),
		"perilaku_kerja_label", label_or_null(recap_rating_label(w->perilaku)),
		"predikat", predicate_json(w->predicate),
		"predikat_label", label_or_null(recap_predicate_label(w->predicate)),
		"respons_360", "diminta", (json_int_t)w->r360_asked,
		"dijawab", (json_int_t)w->r360_answered, "persen", report_pct_json(has_rate, share));
	if (with_tpp)
		json_object_set_new(o, "tpp", w->has_tpp ? json_pack("{s:I, s:s}", "jumlah",
			(json_int_t)w->tpp, "perhitungan", w->tpp_run) : json_null());
	return o;
}

static json_t *overdue_json(const struct overdue_item *it)
{
	return json_pack("{s:s, s:s, s:I, s:s, s:s, s:s, s:s, s:I, s:s, s:i, s:o}",
		"jenis", overdue_kind_name(it->kind), "jenis_label", overdue_kind_label(it->kind),
		"pegawai_id", (json_int_t)it->employee_id, "nip", it->nip, "nama", it->name,
		"unit_kerja", it->unit_name, "keterangan", it->what, "jumlah", (json_int_t)it->count,
		"tenggat", it->due, "hari_terlambat", it->days_late, "ref_id", api_id(it->ref_id));
}

json_t *recap_to_json(const struct recap *r)
{
	json_t *o = head_json(&r->period, &r->unit, &r->basis);
	json_t *rows = json_array(), *curves = json_array(), *late = json_array();
	for (size_t i = 0; i < r->n; i++)
		json_array_append_new(rows, row_json(&r->rows[i], r->with_tpp));
	for (size_t i = 0; i < r->n_curves; i++)
		json_array_append_new(curves, curve_to_json(&r->curves[i], r->period.id));
	for (size_t i = 0; i < r->n_overdue; i++)
		json_array_append_new(late, overdue_json(&r->overdue[i]));
	json_object_set_new(o, "tanggal", json_string(r->today));
	json_object_set_new(o, "dengan_tpp", json_boolean(r->with_tpp));
	json_object_set_new(o, "pegawai", rows);
	json_object_set_new(o, "kurva", curves);
	json_object_set_new(o, "terlambat", late);
	return o;
}

/* ---- the contribution report ------------------------------------------------------------------- */

static json_t *figure_json(const struct contrib_figure *f, const struct pct *v, size_t n,
			   const char *subject)
{
	struct strbuf why;
	strbuf_init(&why, 0);
	contribution_explain(v, n, subject, &why);
	json_t *o = json_pack("{s:I, s:I, s:o, s:s}", "jumlah_rhk", (json_int_t)f->n_rhk,
			      "rhk_dengan_capaian", (json_int_t)f->n_measured,
			      "capaian", report_pct_json(f->has_mean, f->mean), "penjelasan", why.buf);
	strbuf_release(&why);
	return o;
}

static json_t *rhk_json(const struct contribution *c, size_t i)
{
	const struct contrib_rhk *x = &c->rhk[i];
	return json_pack("{s:I, s:o, s:I, s:s, s:s, s:s, s:s, s:s, s:o}",
		"rhk_id", (json_int_t)x->rhk_id, "skp_id", api_id(x->skp_id),
		"pegawai_id", (json_int_t)x->employee_id, "nip", x->nip, "nama", x->owner,
		"jabatan", x->position, "teks", x->text, "jenis", x->utama ? "utama" : "tambahan",
		"capaian", report_pct_json(c->pct[i].set, c->pct[i].value));
}

static json_t *part_json(const struct contribution *c, const struct contrib_part *pt)
{
	json_t *o = figure_json(&pt->fig, c->pct + pt->first, pt->count, "sasaran ini di unit ini");
	json_t *rhk = json_array();
	for (size_t i = pt->first; i < pt->first + pt->count; i++)
		json_array_append_new(rhk, rhk_json(c, i));
	json_object_set_new(o, "unit_id", json_integer(pt->unit_id));
	json_object_set_new(o, "unit_kerja", json_string(pt->unit_name));
	json_object_set_new(o, "rhk", rhk);
	return o;
}

static json_t *goal_json(const struct contribution *c, size_t g)
{
	const struct contrib_goal *cg = &c->goals[g];
	json_t *o = figure_json(&cg->fig, c->pct + cg->first, cg->count, "sasaran ini");
	json_t *units = json_array();
	for (size_t p = 0; p < c->n_parts; p++)
		if (c->parts[p].goal == g)
			json_array_append_new(units, part_json(c, &c->parts[p]));
	json_object_set_new(o, "id", json_integer(cg->goal_id));
	json_object_set_new(o, "kode", json_string(cg->code));
	json_object_set_new(o, "teks", json_string(cg->text));
	json_object_set_new(o, "unit_pemilik", json_string(cg->unit_name));
	json_object_set_new(o, "unit", units);
	return o;
}

static json_t *unit_json(const struct contribution *c, const struct contrib_unit *cu)
{
	struct pct *buf = xcalloc(c->n_rhk + 1, sizeof *buf);
	size_t m = 0;
	for (size_t i = 0; i < c->n_rhk; i++)
		if (c->rhk[i].unit_id == cu->unit_id)
			buf[m++] = c->pct[i];
	json_t *o = figure_json(&cu->fig, buf, m, "sasaran organisasi dari unit ini");
	free(buf);
	json_object_set_new(o, "unit_id", json_integer(cu->unit_id));
	json_object_set_new(o, "unit_kerja", json_string(cu->unit_name));
	json_object_set_new(o, "jumlah_sasaran", json_integer((json_int_t)cu->goals));
	return o;
}

json_t *contribution_to_json(const struct contribution *c)
{
	json_t *o = head_json(&c->period, &c->unit, &c->basis);
	json_t *goals = json_array(), *units = json_array();
	for (size_t g = 0; g < c->n_goals; g++)
		json_array_append_new(goals, goal_json(c, g));
	for (size_t u = 0; u < c->n_units; u++)
		json_array_append_new(units, unit_json(c, &c->units[u]));
	json_object_set_new(o, "tanggal", json_string(c->today));
	json_object_set_new(o, "sasaran", goals);
	json_object_set_new(o, "per_unit", units);
	return o;
}
