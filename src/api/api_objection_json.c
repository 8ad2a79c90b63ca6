/*
 * api_objection_json.c - the JSON shapes of an objection (keberatan): the
 * whole case (the ratings as they were at filing, the reasons, the
 * attachments, the explanation asked for and given, the decision with the
 * new ratings), one line of a list, an attachment.  Field names are
 * Indonesian, as in the rest of the API.
 */
#include "api/api_objection.h"
#include "api/api_util.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <time.h>

json_t *objection_day_json(int64_t day)
{
	char buf[16];
	time_t t = (time_t)(day * 86400);
	struct tm tm;
	if (!day)
		return json_null();
	gmtime_r(&t, &tm);
	strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
	return json_string(buf);
}

static json_t *rating_or_null(enum rating r)
{
	return (unsigned)r < RATING__LEVELS ? json_string(rating_name(r)) : json_null();
}

static json_t *ratings_json(enum rating h, enum rating p, enum predicate pr)
{
	int known = (unsigned)pr < PRED__COUNT;
	return json_pack("{s:o, s:o, s:o, s:o}", "hasil_kerja", rating_or_null(h),
			 "perilaku_kerja", rating_or_null(p), "predikat",
			 known ? json_string(predicate_name(pr)) : json_null(), "predikat_label",
			 known ? json_string(predicate_label(pr)) : json_null());
}

static json_t *person_json(int64_t id, const char *name)
{
	return json_pack("{s:o, s:s}", "id", api_id(id), "nama", id ? name : "Administrator");
}

json_t *objection_summary_json(const struct objection *o)
{
	return json_pack("{s:I, s:I, s:I, s:s, s:o, s:s, s:o, s:o, s:o, s:s, s:s, s:o, s:o, s:o, "
			 "s:I}",
			 "id", (json_int_t)o->id, "penilaian_id", (json_int_t)o->assessment_id,
			 "skp_id", (json_int_t)o->skp_id, "jenis", assessment_kind_name(o->kind),
			 "titik", o->checkpoint_id ? json_string(o->checkpoint_name) : json_null(),
			 "periode", o->period_name,
			 "pegawai", person_json(o->employee_id, o->employee_name),
			 "pejabat_penilai", person_json(o->assessor_id, o->assessor_name),
			 "atasan_pejabat_penilai", person_json(o->decider_id, o->decider_name),
			 "status", objection_state_name(o->state),
			 "status_label", objection_state_label(o->state),
			 "diajukan", api_time(o->filed_at), "diputus", api_time(o->decided_at),
			 "keputusan", o->decision ? json_string(objection_decision_name(o->decision))
						: json_null(),
			 "version", (json_int_t)o->version);
}

json_t *objection_attachment_to_json(const struct objection_attachment *a)
{
	char href[64];
	snprintf(href, sizeof href, "/api/v1/keberatan-lampiran/%lld", (long long)a->id);
	return json_pack("{s:I, s:s, s:s, s:I, s:s, s:o, s:s}", "id", (json_int_t)a->id,
			 "nama", a->name, "tipe", a->content_type, "ukuran", (json_int_t)a->size,
			 "sha256", a->sha256, "dibuat", api_time(a->created_at), "unduh", href);
}

static json_t *step_json(const char *key, const char *text, const char *by, int64_t at)
{
	if (!at)
		return json_null();
	return json_pack("{s:s, s:s, s:o}", key, text, "oleh", by, "waktu", api_time(at));
}

static json_t *decision_json(const struct objection *o)
{
	if (o->state != OBJ_DIPUTUS)
		return json_null();
	json_t *j = json_pack("{s:s, s:s, s:s, s:s, s:o}", "putusan",
			      objection_decision_name(o->decision), "label",
			      objection_decision_label(o->decision), "alasan_putusan",
			      o->decision_text, "oleh", o->decided_by, "waktu",
			      api_time(o->decided_at));
	json_object_set_new(j, "baru", o->decision == OBJ_DIUBAH
			    ? ratings_json(o->new_hasil, o->new_perilaku, o->new_predicate)
			    : json_null());
	return j;
}

static json_t *actions_json(const struct objection *o, unsigned roles)
{
	json_t *a = json_array();
	if ((roles & OBJ_ROLE_FILER) && o->state != OBJ_DIPUTUS)
		json_array_append_new(a, json_string("lampiran"));
	if ((roles & OBJ_ROLE_DECIDER) && o->state == OBJ_DIAJUKAN)
		json_array_append_new(a, json_string("minta_penjelasan"));
	if ((roles & OBJ_ROLE_EXPLAINER) && o->state == OBJ_PENJELASAN_DIMINTA)
		json_array_append_new(a, json_string("jelaskan"));
	if ((roles & OBJ_ROLE_DECIDER) && objection_decidable(o->state))
		json_array_append_new(a, json_string("putus"));
	return a;
}

json_t *objection_to_json(const struct objection *o, unsigned roles)
{
	json_t *j = objection_summary_json(o);
	json_t *att = json_array();
	for (size_t i = 0; i < o->n_att; i++)
		json_array_append_new(att, objection_attachment_to_json(&o->att[i]));
	json_object_set_new(j, "alasan", json_string(o->reasons));
	json_object_set_new(j, "semula", ratings_json(o->orig_hasil, o->orig_perilaku,
							 o->orig_predicate));
	json_object_set_new(j, "lampiran", att);
	json_object_set_new(j, "permintaan_penjelasan", step_json("pertanyaan", o->question,
								  o->requested_by, o->requested_at));
	json_object_set_new(j, "penjelasan", step_json("teks", o->explanation, o->explained_by,
						       o->explained_at));
	json_object_set_new(j, "putusan", decision_json(o));
	json_object_set_new(j, "aksi_tersedia", actions_json(o, roles));
	return j;
}
