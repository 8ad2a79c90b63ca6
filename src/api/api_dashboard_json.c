/*
 * api_dashboard_json.c - the dashboard's figures as JSON (see
 * api_dashboard.h and docs/api-dashboard.md).  Percentages are numbers
 * rounded to one decimal, or null when there is nothing to divide by.
 */
#include "api/api_dashboard.h"
#include "api/api_util.h"
#include "domain/berakhlak.h"

#include <math.h>

json_t *dash_pct_json(int set, double value)
{
	return set ? json_real(round(value * 10.0) / 10.0) : json_null();
}

/* A mean score, to two decimals, or null. */
static json_t *mean_json(int set, double value)
{
	return set ? json_real(round(value * 100.0) / 100.0) : json_null();
}

/* {"selesai": part, "total": whole, "persen": ...} */
static json_t *ratio(const char *part_name, int64_t part, int64_t whole)
{
	double pct = 0;
	int set = dash_percent(part, whole, &pct) == 0;
	return json_pack("{s:I, s:I, s:o}", part_name, (json_int_t)part, "total", (json_int_t)whole,
			 "persen", dash_pct_json(set, pct));
}

static json_t *skp_json(const struct dash_status *s)
{
	json_t *by = json_object();
	for (int i = 0; i < SKP__STATES; i++)
		json_object_set_new(by, skp_state_name((enum skp_state)i),
				    json_integer(s->skp_state[i]));
	json_t *j = ratio("disetujui", s->skp_state[SKP_DISETUJUI], s->skp_total);
	json_object_set_new(j, "per_status", by);
	return j;
}

static json_t *checkpoints_json(const struct dash_status *s)
{
	json_t *a = json_array();
	for (size_t i = 0; i < s->n_cp; i++) {
		json_t *c = ratio("ditetapkan", s->cp[i].assess_done, s->cp[i].assess_due);
		json_object_set_new(c, "titik_id", json_integer(s->cp[i].id));
		json_object_set_new(c, "nama", json_string(s->cp[i].name));
		json_object_set_new(c, "ditutup", json_boolean(s->cp[i].closed));
		json_object_set_new(c, "sekarang", json_boolean(i == s->current));
		json_array_append_new(a, c);
	}
	return a;
}

static json_t *rounds_json(const struct dash_status *s)
{
	json_t *a = json_array();
	for (size_t i = 0; i < s->n_rounds; i++) {
		const struct dash_round *d = &s->rounds[i];
		json_t *o = ratio("dijawab", d->answered, d->asked);
		json_object_set_new(o, "id", json_integer(d->id));
		json_object_set_new(o, "nama", json_string(d->name));
		json_object_set_new(o, "titik", json_string(d->checkpoint_name));
		json_object_set_new(o, "status", json_string(d->open ? "terbuka" : "ditutup"));
		json_array_append_new(a, o);
	}
	return json_pack("{s:o, s:o, s:o}", "putaran", a, "ditutup",
			 ratio("dijawab", s->r360_answered[0], s->r360_asked[0]), "terbuka",
			 ratio("dijawab", s->r360_answered[1], s->r360_asked[1]));
}

json_t *dash_status_json(const struct dash_status *s)
{
	json_t *now = json_null();
	if (s->n_cp)
		now = json_pack("{s:I, s:s}", "id", (json_int_t)s->cp[s->current].id, "nama",
				s->cp[s->current].name);
	return json_pack("{s:{s:I, s:s, s:s}, s:o, s:o, s:o, s:o, s:o, s:o, s:{s:I, s:I}}",
			 "periode", "id", (json_int_t)s->period.id, "nama", s->period.name,
			 "status", s->period.state,
			 "skp", skp_json(s), "titik_sekarang", now,
			 "realisasi", ratio("terisi", s->iki_recorded, s->iki_total),
			 "penilaian", checkpoints_json(s),
			 "penilaian_tahunan", ratio("ditetapkan", s->annual_done, s->annual_due),
			 "r360", rounds_json(s),
			 "keberatan", "terbuka", (json_int_t)s->obj_open, "total",
			 (json_int_t)s->obj_total);
}

/* {"sangat_kurang": n, ...} */
static json_t *counts_json(const int count[PRED__COUNT])
{
	json_t *o = json_object();
	for (int p = 0; p < PRED__COUNT; p++)
		json_object_set_new(o, predicate_name((enum predicate)p), json_integer(count[p]));
	return o;
}

static json_t *unit_curve_json(const struct unit_curve *c)
{
	json_t *dev = json_array();
	for (size_t i = 0; i < c->n_dev; i++)
		json_array_append_new(dev, json_string(c->dev[i].message));
	return json_pack("{s:I, s:s, s:s, s:o, s:i, s:o, s:i, s:b, s:o}", "id",
			 (json_int_t)c->unit.id, "kode", c->unit.code, "nama", c->unit.name,
			 "predikat_unit", c->result.set ? json_string(unit_predicate_name(
				 c->result.predicate)) : json_null(),
			 "anggota", c->members, "jumlah", counts_json(c->count), "total", c->total,
			 "sesuai_kurva", c->n_dev == 0, "penyimpangan", dev);
}

json_t *dash_distribution_json(const struct dash_distribution *d)
{
	json_t *pct = json_object(), *units = json_array();
	for (int p = 0; p < PRED__COUNT; p++) {
		double v = 0;
		int set = dash_percent(d->count[p], d->total, &v) == 0;
		json_object_set_new(pct, predicate_name((enum predicate)p), dash_pct_json(set, v));
	}
	for (size_t i = 0; i < d->n_units; i++)
		json_array_append_new(units, unit_curve_json(&d->units[i]));
	return json_pack("{s:{s:o, s:s}, s:o, s:o, s:i, s:I, s:o}", "dasar", "titik_id",
			 api_id(d->basis_checkpoint), "nama", d->basis_checkpoint ? d->basis_name
			 : "Tahunan", "jumlah", counts_json(d->count), "persen", pct, "total",
			 d->total, "unit_menyimpang", (json_int_t)d->deviating, "unit", units);
}

static json_t *pcts_json(const struct pct *v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, dash_pct_json(v[i].set, v[i].value));
	return a;
}

json_t *dash_achievement_json(const struct dash_achievement *a)
{
	json_t *cps = json_array(), *rhk = json_array(), *skps = json_array();
	for (size_t c = 0; c < a->n_cp; c++) {
		json_array_append_new(cps, json_pack("{s:I, s:s}", "id", (json_int_t)a->cp[c].id,
						     "nama", a->cp[c].name));
		json_array_append_new(skps, json_integer(a->skps[c]));
	}
	for (size_t i = 0; i < a->n_rhk; i++)
		json_array_append_new(rhk, json_pack("{s:I, s:s, s:s, s:o}", "id",
			(json_int_t)a->rhk[i].id, "jenis", a->rhk[i].kind, "teks", a->rhk[i].text,
			"capaian", pcts_json(a->rhk[i].pct, a->n_cp)));
	return json_pack("{s:o, s:o, s:o, s:o, s:o}", "titik", cps, "skp_id", api_id(a->skp_id),
			 "rhk", rhk, "rata_rata", pcts_json(a->mean, a->n_cp), "jumlah_skp", skps);
}

static json_t *round_json(const struct round360 *rd)
{
	if (!rd->id)
		return json_null();
	return json_pack("{s:I, s:s, s:s, s:i, s:i}", "id", (json_int_t)rd->id, "nama", rd->name,
			 "titik", rd->checkpoint_name, "skala", rd->scale, "ambang", rd->threshold);
}

static json_t *own_groups(const struct result360 *res)
{
	json_t *a = json_array();
	for (int g = 0; g < RATER__GROUPS; g++) {
		const struct aggregate360 *x = &res->group[g];
		json_t *vals = json_array();
		for (int i = 0; i < VALUES_360; i++)
			json_array_append_new(vals, json_pack("{s:s, s:o}", "kode",
				berakhlak_at((size_t)i)->code, "rata_rata",
				mean_json(x->shown && x->n[i] > 0, x->mean[i])));
		json_array_append_new(a, json_pack("{s:s, s:i, s:b, s:o}", "kelompok",
			rater_group_name((enum rater_group)g), "jawaban", x->answers, "ditampilkan",
			x->shown, "nilai", vals));
	}
	return a;
}

json_t *dash_berakhlak_json(const struct dash_berakhlak *b, int own)
{
	if (own)
		return json_pack("{s:o, s:o}", "putaran", round_json(&b->round), "kelompok",
				 b->round.id ? own_groups(&b->own) : json_array());
	json_t *vals = json_array();
	for (int i = 0; i < VALUES_360; i++)
		json_array_append_new(vals, json_pack("{s:s, s:s, s:o}", "kode",
			berakhlak_at((size_t)i)->code, "nama", berakhlak_at((size_t)i)->name,
			"rata_rata", mean_json(b->unit.shown, b->unit.mean[i])));
	return json_pack("{s:o, s:b, s:i, s:i, s:i, s:o}", "putaran", round_json(&b->round),
			 "ditampilkan", b->unit.shown, "ambang", b->unit.threshold, "jawaban",
			 b->unit.answers, "dinilai", b->unit.ratees, "nilai", vals);
}

json_t *dash_trend_json(const struct dash_trend_col *t, size_t n, int own)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_pack("{s:I, s:s, s:o, s:o, s:o, s:I, s:s}", "periode_id",
			(json_int_t)t[i].period.id, "nama", t[i].period.name,
			"skp", ratio("disetujui", t[i].skp_approved, t[i].skp_total),
			"penilaian_tahunan", ratio("ditetapkan", t[i].annual_done, t[i].annual_due),
			"r360", ratio("dijawab", t[i].r360_answered, t[i].r360_asked),
			"keberatan", (json_int_t)t[i].obj_total, "dasar", t[i].basis_name[0] ?
			t[i].basis_name : "Tahunan");
		if (own)
			json_object_set_new(o, "predikat", t[i].own < PRED__COUNT ?
					    json_string(predicate_name(t[i].own)) : json_null());
		else
			json_object_set_new(o, "jumlah", counts_json(t[i].count));
		json_array_append_new(a, o);
	}
	return a;
}
