/*
 * api_assessment_json.c - the JSON shapes of assessment data: one
 * assessment (as the caller may see it), the predicate matrix, a unit's
 * predicate and its distribution curve, and a step of an assessment's
 * history.  Field names are Indonesian, as in the rest of the API.
 */
#include "api/api_assessment.h"
#include "api/api_util.h"
#include "core/timeutil.h"

#include <string.h>

json_t *rating_json(enum rating r)
{
	return (unsigned)r < RATING__LEVELS ? json_string(rating_name(r)) : json_null();
}

static json_t *rating_label_json(enum rating r)
{
	return (unsigned)r < RATING__LEVELS ? json_string(rating_label(r)) : json_null();
}

json_t *predicate_json(enum predicate p)
{
	return (unsigned)p < PRED__COUNT ? json_string(predicate_name(p)) : json_null();
}

static json_t *predicate_label_json(enum predicate p)
{
	return (unsigned)p < PRED__COUNT ? json_string(predicate_label(p)) : json_null();
}

static json_t *checkpoint_json(const struct checkpoint *cp)
{
	if (!cp)
		return json_null();
	return json_pack("{s:I, s:s, s:s}", "id", (json_int_t)cp->id, "nama", cp->name,
			 "status", cp->state);
}

/* The ratings, reasons and predicate (the content only the entitled see). */
static void content_json(json_t *j, const struct assessment *a)
{
	json_object_set_new(j, "hasil_kerja", rating_json(a->hasil));
	json_object_set_new(j, "hasil_kerja_label", rating_label_json(a->hasil));
	json_object_set_new(j, "alasan_hasil_kerja", json_string(a->hasil_reason));
	json_object_set_new(j, "perilaku_kerja", rating_json(a->perilaku));
	json_object_set_new(j, "perilaku_kerja_label", rating_label_json(a->perilaku));
	json_object_set_new(j, "alasan_perilaku_kerja", json_string(a->perilaku_reason));
	json_object_set_new(j, "predikat", predicate_json(a->predicate));
	json_object_set_new(j, "predikat_label", predicate_label_json(a->predicate));
	json_object_set_new(j, "pejabat_penilai", json_pack("{s:o, s:s}", "id",
			    api_id(a->assessor_id), "nama", a->assessor_name));
	json_object_set_new(j, "ditetapkan", api_time(a->finalised_at));
	json_object_set_new(j, "diketahui", api_time(a->acknowledged_at));
	json_object_set_new(j, "dibuat", api_time(a->created_at));
	json_object_set_new(j, "diubah", api_time(a->updated_at));
}

json_t *assessment_to_json(const struct assess_ctx *c, const struct assessment *a,
			   enum assessment_kind kind, const struct checkpoint *cp,
			   json_t *actions)
{
	int visible = assess_visible(c, a);
	const char *status = !visible ? "belum" : a->final ? ASSESS_FINAL : ASSESS_DRAFT;
	json_t *j = json_pack("{s:o, s:I, s:s, s:o, s:s, s:I, s:b, s:o}",
			      "id", api_id(visible ? a->id : 0), "skp_id", (json_int_t)c->s.id,
			      "jenis", assessment_kind_name(kind), "titik", checkpoint_json(cp),
			      "status", status, "version", (json_int_t)(visible ? a->version : 0),
			      "hasil_dari_predikat_unit", kind == ASSESS_TAHUNAN && c->headed_unit,
			      "aksi_tersedia", actions ? actions : json_array());
	if (visible)
		content_json(j, a);
	return j;
}

json_t *matrix_json(void)
{
	json_t *cells = json_array();
	for (int h = RATING__LEVELS - 1; h >= 0; h--)
		for (int p = 0; p < RATING__LEVELS; p++) {
			enum predicate pr = predicate_of((enum rating)h, (enum rating)p);
			json_array_append_new(cells, json_pack("{s:s, s:s, s:s, s:s}",
				"hasil_kerja", rating_name((enum rating)h), "perilaku_kerja",
				rating_name((enum rating)p), "predikat", predicate_name(pr),
				"predikat_label", predicate_label(pr)));
		}
	return cells;
}

json_t *unit_result_to_json(const struct unit_result *u)
{
	return json_pack("{s:I, s:I, s:o, s:o, s:s, s:o, s:s, s:I}",
			 "unit_id", (json_int_t)u->unit_id, "periode_id", (json_int_t)u->period_id,
			 "predikat", u->set ? json_string(unit_predicate_name(u->predicate)) : json_null(),
			 "predikat_label", u->set ? json_string(unit_predicate_label(u->predicate))
						  : json_null(),
			 "catatan", u->note, "ditetapkan", api_time(u->set_at),
			 "ditetapkan_oleh", u->set_by_name, "version", (json_int_t)u->version);
}

/* The counts of each employee predicate with their share. */
static json_t *counts_json(const struct unit_curve *c)
{
	json_t *arr = json_array();
	for (int p = PRED__COUNT - 1; p >= 0; p--) {
		double share = c->total ? (double)c->count[p] * 100.0 / c->total : 0;
		json_array_append_new(arr, json_pack("{s:s, s:s, s:i, s:f}", "predikat",
			predicate_name((enum predicate)p), "label", predicate_label((enum predicate)p),
			"jumlah", c->count[p], "persen", (double)(long long)(share * 10 + 0.5) / 10));
	}
	return arr;
}

/* The rules of the unit predicate, each with whether it is met. */
static json_t *rules_json(const struct unit_curve *c)
{
	json_t *arr = json_array();
	size_t n = 0;
	if (!c->result.set)
		return arr;
	const struct curve_rule *rules = curve_rules(c->result.predicate, &n);
	for (size_t i = 0; i < n; i++) {
		int broken = 0;
		for (size_t k = 0; k < c->n_dev; k++)
			broken |= c->dev[k].rule == &rules[i];
		json_array_append_new(arr, json_pack("{s:s, s:b}", "aturan", rules[i].text,
						     "terpenuhi", !broken));
	}
	return arr;
}

json_t *curve_to_json(const struct unit_curve *c, int64_t period_id)
{
	json_t *dev = json_array();
	for (size_t i = 0; i < c->n_dev; i++)
		json_array_append_new(dev, json_pack("{s:s, s:s}", "aturan", c->dev[i].rule->text,
						     "pesan", c->dev[i].message));
	json_t *reason = c->has_reason
		? json_pack("{s:s, s:b, s:s, s:o}", "teks", c->reason, "berlaku", c->reason_current,
			    "oleh", c->reason_by, "waktu", api_time(c->reason_at))
		: json_null();
	json_t *basis = c->basis_checkpoint
		? json_pack("{s:s, s:I, s:s, s:b}", "jenis", "periodik", "titik_id",
			    (json_int_t)c->basis_checkpoint, "titik", c->basis_name, "sementara", 1)
		: json_pack("{s:s, s:n, s:n, s:b}", "jenis", "tahunan", "titik_id", "titik",
			    "sementara", 0);
	return json_pack("{s:I, s:s, s:I, s:o, s:o, s:s, s:i, s:i, s:o, s:o, s:b, s:o, s:b, s:o}",
			 "unit_id", (json_int_t)c->unit.id, "unit", c->unit.name,
			 "periode_id", (json_int_t)period_id,
			 "predikat_unit", unit_result_to_json(&c->result), "dasar_kurva", basis,
			 "dasar", c->basis_checkpoint
				? "penilaian periodik yang sudah ditetapkan pada titik periksa ini dari "
				  "pegawai yang langsung berada di unit ini (tidak termasuk sub-unit); "
				  "sebaran sementara"
				: "penilaian tahunan yang sudah ditetapkan dari pegawai yang langsung "
				  "berada di unit ini (tidak termasuk sub-unit)",
			 "anggota", c->members, "dinilai", c->total, "sebaran", counts_json(c),
			 "aturan", rules_json(c), "menyimpang", c->n_dev > 0, "penyimpangan", dev,
			 "perlu_alasan", c->n_dev > 0 && !c->reason_current && !c->basis_checkpoint,
			 "alasan", reason);
}

json_t *assessment_event_to_json(const struct assessment_event *e,
				 const struct checkpoint *cps, size_t n_cp)
{
	const char *cp_name = "";
	for (size_t i = 0; i < n_cp; i++)
		if (cps[i].id == e->checkpoint_id)
			cp_name = cps[i].name;
	return json_pack("{s:o, s:s, s:o, s:s, s:s, s:s, s:o, s:o, s:o, s:s}",
			 "waktu", api_time(e->at), "jenis", assessment_kind_name(e->kind),
			 "titik", e->checkpoint_id ? json_string(cp_name) : json_null(),
			 "aksi", e->action, "aksi_label", assessment_action_label(e->action),
			 "oleh", e->actor_name, "hasil_kerja", rating_json(e->hasil),
			 "perilaku_kerja", rating_json(e->perilaku), "predikat",
			 predicate_json(e->predicate), "catatan", e->note);
}
