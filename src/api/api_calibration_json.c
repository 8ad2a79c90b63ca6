/*
 * api_calibration_json.c - the JSON shapes of calibration (see
 * docs/api-calibration.md): the table with its rows and curves (each
 * curve also as it would be were the waiting proposals accepted), and a
 * proposal.  Ratings and predicates are the API's names, each with its
 * label; figures are numbers with two decimals, null when missing or not
 * for the caller to see.
 */
#include "api/api_calibration.h"
#include "api/api_assessment.h"
#include "api/api_report.h"
#include "api/api_util.h"
#include "domain/raterstats.h"

#include <math.h>

static json_t *label_or_null(const char *label)
{
	return label[0] ? json_string(label) : json_null();
}

/* ---- the table --------------------------------------------------------------------------- */

static json_t *r360_json(const struct calib_row *w)
{
	if (!w->r360_visible)
		return json_pack("{s:b}", "terlihat", 0);
	return json_pack("{s:b, s:i, s:o, s:o}", "terlihat", 1, "jawaban", w->r360_answers,
			 "rata_rata", report_pct_json(w->r360_shown, w->r360_mean),
			 "skala", w->r360_scale ? json_integer(w->r360_scale) : json_null());
}

static json_t *flags_json(const struct calib_row *w, int sees_flags)
{
	static const enum rs_flag all[] = { RS_LENIENT, RS_SEVERE, RS_HALO, RS_CENTRAL };
	if (!sees_flags || !w->flags_known)
		return json_null();
	json_t *a = json_array();
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
		if (w->assessor_flags & all[i])
			json_array_append_new(a, json_pack("{s:s, s:s}", "kode", rs_flag_code(all[i]),
							   "label", rs_flag_label(all[i])));
	return a;
}

static json_t *row_json(const struct calib_row *w, int sees_flags, int proposable)
{
	enum rating h = w->final ? w->hasil : RATING__LEVELS;
	enum rating b = w->final ? w->perilaku : RATING__LEVELS;
	enum predicate p = w->final ? w->predicate : PRED__COUNT;
	return json_pack("{s:I, s:s, s:s, s:s, s:{s:I, s:s, s:s}, s:o, s:o, s:o, s:o, s:o, s:o, "
			 "s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:b}",
		"pegawai_id", (json_int_t)w->employee_id, "nip", w->nip, "nama", w->name,
		"jabatan", w->position_name, "unit", "id", (json_int_t)w->unit_id,
		"kode", w->unit_code, "nama", w->unit_name, "skp_id", api_id(w->skp_id),
		"penilaian_id", api_id(w->assessment_id),
		"pejabat_penilai", w->final ? json_pack("{s:o, s:s}", "pegawai_id",
			api_id(w->assessor_id), "nama", w->assessor_name) : json_null(),
		"hasil_kerja", rating_json(h), "hasil_kerja_label", label_or_null(recap_rating_label(h)),
		"perilaku_kerja", rating_json(b),
		"perilaku_kerja_label", label_or_null(recap_rating_label(b)),
		"predikat", predicate_json(p), "predikat_label", label_or_null(recap_predicate_label(p)),
		"capaian", report_pct_json(w->capaian.set && !isnan(w->capaian.value), w->capaian.value),
		"umpan_balik_360", r360_json(w), "tanda_penilai", flags_json(w, sees_flags),
		"usulan_menunggu", w->open_proposal ? json_pack("{s:I, s:o}", "id",
			(json_int_t)w->open_proposal, "predikat", predicate_json(w->proposed))
			: json_null(),
		"boleh_usul", proposable);
}

/* The curve as it would be were the waiting proposals of its direct
 * members accepted. */
static json_t *projection_json(const struct calib_table *t, const struct unit_curve *c)
{
	int count[PRED__COUNT], moved = 0;
	struct curve_deviation dev[CURVE_MAX_DEVIATIONS];
	for (int i = 0; i < PRED__COUNT; i++)
		count[i] = c->count[i];
	for (size_t i = 0; i < t->n; i++) {
		const struct calib_row *w = &t->rows[i];
		if (w->unit_id == c->unit.id && w->open_proposal && w->final) {
			calib_project(count, w->predicate, w->proposed);
			moved++;
		}
	}
	size_t n = c->result.set ? curve_check(c->result.predicate, count, dev) : 0;
	json_t *counts = json_object(), *devs = json_array();
	for (int i = 0; i < PRED__COUNT; i++)
		json_object_set_new(counts, predicate_name((enum predicate)i), json_integer(count[i]));
	for (size_t i = 0; i < n; i++)
		json_array_append_new(devs, json_string(dev[i].message));
	return json_pack("{s:i, s:o, s:o}", "usulan", moved, "jumlah", counts, "penyimpangan", devs);
}

json_t *calib_table_json(const struct calib_table *t, struct req *r, const struct calib_req *q)
{
	json_t *rows = json_array(), *curves = json_array();
	for (size_t i = 0; i < t->n; i++)
		json_array_append_new(rows, row_json(&t->rows[i], q->sees_flags,
						     calib_row_proposable(r, &t->rows[i])));
	for (size_t i = 0; i < t->n_curves; i++) {
		json_t *c = curve_to_json(&t->curves[i], t->period.id);
		json_object_set_new(c, "jika_usulan_diterima", projection_json(t, &t->curves[i]));
		json_array_append_new(curves, c);
	}
	const struct report_basis *b = &t->basis;
	return json_pack("{s:{s:I, s:s, s:s}, s:{s:I, s:s, s:s}, s:{s:s, s:o, s:s, s:o, s:s}, "
			 "s:s, s:s, s:o, s:b, s:o, s:o}",
		"periode", "id", (json_int_t)t->period.id, "nama", t->period.name,
		"status", t->period.state,
		"unit", "id", (json_int_t)t->unit.id, "kode", t->unit.code, "nama", t->unit.name,
		"dasar", "jenis", b->checkpoint_id ? "periodik" : "tahunan",
		"titik_id", api_id(b->checkpoint_id), "nama", b->name,
		"capaian_titik_id", api_id(b->capaian_checkpoint), "capaian_titik", b->capaian_name,
		"urut", calib_sort_name(q->sort), "arah", q->desc ? "turun" : "naik",
		"putaran_360", t->round_id ? json_pack("{s:I, s:s, s:i}", "id",
			(json_int_t)t->round_id, "nama", t->round_name, "ambang_anonimitas",
			t->round_threshold) : json_null(),
		"tanda_penilai_terlihat", q->sees_flags, "pegawai", rows, "kurva", curves);
}

/* ---- a proposal ------------------------------------------------------------------------------ */

static json_t *ratings_json(enum rating h, enum rating b, enum predicate p)
{
	return json_pack("{s:o, s:o, s:o, s:o, s:o, s:o}", "hasil_kerja", rating_json(h),
			 "hasil_kerja_label", label_or_null(recap_rating_label(h)),
			 "perilaku_kerja", rating_json(b),
			 "perilaku_kerja_label", label_or_null(recap_rating_label(b)),
			 "predikat", predicate_json(p),
			 "predikat_label", label_or_null(recap_predicate_label(p)));
}

json_t *calib_proposal_json(const struct calib_proposal *p, unsigned roles)
{
	int waiting = p->state == CALIB_DIAJUKAN;
	return json_pack("{s:I, s:I, s:I, s:I, s:{s:I, s:s, s:s}, s:{s:I, s:s}, s:{s:s, s:o, s:s}, "
			 "s:{s:o, s:s}, s:{s:o, s:s}, s:s, s:s, s:o, s:o, s:s, s:s, s:s, s:I, s:o, "
			 "s:I, s:{s:b, s:b, s:b}}",
		"id", (json_int_t)p->id, "penilaian_id", (json_int_t)p->assessment_id,
		"skp_id", (json_int_t)p->skp_id, "periode_id", (json_int_t)p->period_id,
		"pegawai", "id", (json_int_t)p->employee_id, "nip", p->nip, "nama", p->employee_name,
		"unit", "id", (json_int_t)p->unit_id, "nama", p->unit_name,
		"penilaian", "jenis", assessment_kind_name(p->kind), "titik_id",
		api_id(p->checkpoint_id), "titik", p->checkpoint_name,
		"pejabat_penilai", "pegawai_id", api_id(p->assessor_id), "nama", p->assessor_name,
		"pengusul", "pegawai_id", api_id(p->proposer_employee_id), "nama", p->proposer_name,
		"status", calib_state_name(p->state), "status_label", calib_state_label(p->state),
		"semula", ratings_json(p->orig_hasil, p->orig_perilaku, p->orig_predicate),
		"usulan", ratings_json(p->new_hasil, p->new_perilaku, p->new_predicate),
		"alasan", p->reason, "catatan", p->note, "diputus_oleh", p->decided_by,
		"diajukan_pada", (json_int_t)p->proposed_at,
		"diputus_pada", p->decided_at ? json_integer(p->decided_at) : json_null(),
		"version", (json_int_t)p->version,
		"boleh", "terima", waiting && (roles & CALIB_ROLE_DECIDER),
		"tolak", waiting && (roles & CALIB_ROLE_DECIDER),
		"tarik", waiting && (roles & CALIB_ROLE_PROPOSER));
}
