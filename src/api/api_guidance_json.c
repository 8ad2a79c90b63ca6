/*
 * api_guidance_json.c - the JSON shapes of guidance (pembinaan): a
 * session, an improvement plan with its checkpoints and the assessments
 * that opened it, a development item, a unit of HR's overview.  Field
 * names are Indonesian, as in the rest of the API; dates "YYYY-MM-DD".
 */
#include "api/api_guidance.h"
#include "api/api_util.h"
#include "core/timeutil.h"

json_t *guidance_date_json(const char *date)
{
	return date && *date ? json_string(date) : json_null();
}

static json_t *actions(unsigned roles, unsigned need, const char *const *names)
{
	json_t *a = json_array();
	for (size_t i = 0; (roles & need) && names[i]; i++)
		json_array_append_new(a, json_string(names[i]));
	return a;
}

json_t *guidance_session_json(const struct guidance_session *s, unsigned roles)
{
	static const char *const lead[] = { "ubah", "hapus", NULL };
	json_t *a = actions(roles, GUIDE_LEAD, lead);
	if (roles & GUIDE_SELF)
		json_array_append_new(a, json_string("tanggapi"));
	return json_pack("{s:I, s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:o, s:o, s:s, s:s, s:o, "
			 "s:I, s:o, s:o, s:o}",
			 "id", (json_int_t)s->id, "pegawai_id", (json_int_t)s->employee_id,
			 "pegawai_nama", s->employee_name, "nip", s->nip, "jenis",
			 session_kind_name(s->kind), "jenis_label", session_kind_label(s->kind),
			 "tanggal", s->held_on, "topik", s->topic, "kesepakatan", s->actions,
			 "tanggal_tindak_lanjut", guidance_date_json(s->follow_up_on),
			 "dipimpin_oleh_id", api_id(s->led_by_id), "dipimpin_oleh", s->led_by_name,
			 "tanggapan", s->response, "tanggapan_pada", api_time(s->response_at),
			 "version", (json_int_t)s->version, "dibuat", api_time(s->created_at),
			 "diubah", api_time(s->updated_at), "aksi_tersedia", a);
}

static json_t *checkpoint_json(const struct improvement_checkpoint *c)
{
	return json_pack("{s:I, s:i, s:s, s:s, s:s, s:o, s:s, s:b}", "id", (json_int_t)c->id,
			 "urutan", c->seq, "tanggal", c->due_on, "target", c->target, "kemajuan",
			 c->progress, "kemajuan_pada", guidance_date_json(c->progress_on),
			 "dicatat_oleh", c->progress_by, "terlambat", c->overdue);
}

static json_t *trigger_json(const struct improvement_trigger *t)
{
	int known = (unsigned)t->predicate < PRED__COUNT;
	return json_pack("{s:I, s:I, s:s, s:o, s:s, s:o, s:o, s:o}", "penilaian_id",
			 (json_int_t)t->assessment_id, "skp_id", (json_int_t)t->skp_id, "jenis",
			 assessment_kind_name(t->kind), "titik",
			 t->checkpoint_name[0] ? json_string(t->checkpoint_name) : json_null(),
			 "periode", t->period_name, "predikat",
			 known ? json_string(predicate_name(t->predicate)) : json_null(),
			 "predikat_label",
			 known ? json_string(predicate_label(t->predicate)) : json_null(),
			 "pada", api_time(t->added_at));
}

static json_t *plan_actions(const struct improvement_plan *p, unsigned roles)
{
	json_t *a = json_array();
	if (!(roles & GUIDE_LEAD) || p->outcome != OUTCOME_NONE)
		return a;
	json_array_append_new(a, json_string("ubah"));
	json_array_append_new(a, json_string("catat_kemajuan"));
	if (p->checkpoints_done > 0)
		json_array_append_new(a, json_string("catat_hasil"));
	return a;
}

json_t *improvement_plan_json(const struct improvement_plan *p, unsigned roles)
{
	json_t *j = json_pack("{s:I, s:I, s:s, s:s, s:o, s:s, s:I, s:s, s:s, s:s, s:s, s:s, s:o, "
			      "s:o, s:s, s:s, s:o, s:s}",
			      "id", (json_int_t)p->id, "pegawai_id", (json_int_t)p->employee_id,
			      "pegawai_nama", p->employee_name, "nip", p->nip, "unit_id",
			      api_id(p->unit_id), "unit", p->unit_name, "periode_id",
			      (json_int_t)p->period_id, "periode", p->period_name, "dibuka",
			      p->opened_on, "batas", p->due_on, "tujuan", p->goals, "dukungan",
			      p->support, "hasil", p->outcome == OUTCOME_NONE ? json_null()
			      : json_string(improvement_outcome_name(p->outcome)),
			      "hasil_label", p->outcome == OUTCOME_NONE ? json_null()
			      : json_string(improvement_outcome_label(p->outcome)),
			      "catatan_hasil", p->outcome_note, "rekomendasi", p->recommendation,
			      "hasil_pada", guidance_date_json(p->outcome_on), "hasil_oleh",
			      p->outcome_by);
	json_object_set_new(j, "status", json_string(p->outcome == OUTCOME_NONE ? "terbuka"
									      : "selesai"));
	json_object_set_new(j, "jumlah_titik", json_integer(p->checkpoints));
	json_object_set_new(j, "titik_selesai", json_integer(p->checkpoints_done));
	json_object_set_new(j, "titik_terlambat", json_integer(p->checkpoints_overdue));
	json_object_set_new(j, "hasil_terlambat", json_boolean(p->outcome_overdue));
	json_object_set_new(j, "terlambat", json_boolean(p->overdue));
	json_object_set_new(j, "titik_berikutnya", guidance_date_json(p->next_due));
	json_object_set_new(j, "version", json_integer(p->version));
	json_object_set_new(j, "aksi_tersedia", plan_actions(p, roles));
	if (p->cp || p->trig) {
		json_t *cps = json_array(), *trs = json_array();
		for (size_t i = 0; i < p->n_cp; i++)
			json_array_append_new(cps, checkpoint_json(&p->cp[i]));
		for (size_t i = 0; i < p->n_trig; i++)
			json_array_append_new(trs, trigger_json(&p->trig[i]));
		json_object_set_new(j, "titik", cps);
		json_object_set_new(j, "pemicu", trs);
	}
	return j;
}

json_t *development_item_json(const struct development_item *d, unsigned roles)
{
	static const char *const edit[] = { "ubah", "hapus", NULL };
	return json_pack("{s:I, s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:b, s:I, s:o, s:o}",
			 "id", (json_int_t)d->id, "pegawai_id", (json_int_t)d->employee_id,
			 "pegawai_nama", d->employee_name, "kompetensi", d->competency, "kegiatan",
			 d->activity, "target", d->target_on, "status",
			 development_status_name(d->status), "catatan", d->note, "dicatat_oleh",
			 d->created_by, "terlambat", d->overdue, "version", (json_int_t)d->version,
			 "diubah", api_time(d->updated_at), "aksi_tersedia",
			 actions(roles, GUIDE_SELF | GUIDE_LEAD, edit));
}

json_t *guidance_unit_json(const struct guidance_unit_row *u)
{
	return json_pack("{s:I, s:s, s:s, s:I, s:I, s:I, s:I, s:I}", "unit_id",
			 (json_int_t)u->unit_id, "kode", u->unit_code, "nama", u->unit_name,
			 "rencana_terbuka", (json_int_t)u->plans_open, "rencana_terlambat",
			 (json_int_t)u->plans_overdue, "rencana_selesai", (json_int_t)u->plans_closed,
			 "sesi", (json_int_t)u->sessions, "pengembangan_terlambat",
			 (json_int_t)u->development_overdue);
}
