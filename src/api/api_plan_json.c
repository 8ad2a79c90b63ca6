/*
 * api_plan_json.c - the JSON shapes of performance planning over the API:
 * periods and their checkpoints, organisation goals (sasaran), SKP lines,
 * the content of one SKP (hasil kerja with IKI, perilaku kerja, lampiran),
 * the SKP's history and the cascade view; and the mapping from the store's
 * field names to the Indonesian names the API uses; and the readers of the
 * request bodies, with 422s naming the field.  No store access: the handlers
 * in api_plan.c load the data and decide who may see it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api.h"
#include "api/api_plan.h"
#include "api/api_util.h"
#include "core/timeutil.h"
#include "domain/berakhlak.h"
#include "domain/cascade.h"
#include "domain/golongan.h"
#include "domain/skp.h"
#include "store/plan.h"

#define HAND_DOWN_MAX 500   /* employees in one hand-down */


/* ---- small pieces ---------------------------------------------------------- */

static const char *str_or_empty(const char *s)
{
	return s ? s : "";
}

/* A key of the cascade (negative for goals) as JSON, null for 0. */
static json_t *key_json(int64_t key)
{
	return key ? json_integer(key) : json_null();
}

/* A stored JSON text as JSON: null when absent, the text if unparsable. */
static json_t *stored_json(const char *text)
{
	if (!text || !text[0])
		return json_null();
	json_t *v = json_loads(text, JSON_DECODE_ANY, NULL);
	return v ? v : json_string(text);
}

/* ---- periods and goals -------------------------------------------------------- */

json_t *period_to_json(const struct period *p)
{
	enum period_state st;
	const char *label = period_state_parse(p->state, &st) == 0 ? period_state_label(st) : "";
	return json_pack("{s:I, s:s, s:i, s:s, s:s, s:s, s:s, s:s, s:s, s:o, s:o}",
			 "id", (json_int_t)p->id, "nama", p->name, "tahun", p->year,
			 "mulai", p->start_date, "selesai", p->end_date,
			 "batas_rencana", p->plan_due, "kalender", p->cadence,
			 "status", p->state, "status_label", label,
			 "dibuat", api_time(p->created_at), "diubah", api_time(p->updated_at));
}

json_t *checkpoint_to_json(const struct checkpoint *c)
{
	return json_pack("{s:I, s:i, s:s, s:s, s:s, s:s}", "id", (json_int_t)c->id,
			 "urutan", c->seq, "nama", c->name, "mulai", c->start_date,
			 "selesai", c->end_date, "status", c->state);
}

json_t *goal_to_json(const struct goal *g)
{
	return json_pack("{s:I, s:I, s:o, s:s, s:s, s:s, s:s}", "id", (json_int_t)g->id,
			 "periode_id", (json_int_t)g->period_id, "unit_id", api_id(g->unit_id),
			 "nama_unit", g->unit_name, "kode", g->code, "teks", str_or_empty(g->text),
			 "indikator", str_or_empty(g->indicator));
}

/* ---- SKP ------------------------------------------------------------------------ */

static const char *skp_label(const char *state)
{
	enum skp_state st;
	return state[0] && skp_state_parse(state, &st) == 0 ? skp_state_label(st) : "Belum dibuat";
}

json_t *skp_summary_to_json(const struct skp_summary *s)
{
	json_t *j = json_pack("{s:o, s:o, s:I, s:s, s:s, s:s, s:s, s:o, s:s, s:s, s:i}",
			      "id", api_id(s->id), "periode_id", api_id(s->period_id),
			      "pegawai_id", (json_int_t)s->employee_id, "nip", s->nip,
			      "nama", s->employee_name, "jabatan", s->position_name,
			      "unit", s->unit_name, "pejabat_penilai_id", api_id(s->assessor_id),
			      "status", s->state, "status_label", skp_label(s->state),
			      "revisi", s->revision);
	json_object_set_new(j, "bulan_awal", s->id ? json_integer(s->month_from) : json_null());
	json_object_set_new(j, "bulan_akhir", s->id ? json_integer(s->month_to) : json_null());
	json_object_set_new(j, "jumlah_rhk", json_integer(s->n_rhk));
	json_object_set_new(j, "diubah", api_time(s->updated_at));
	json_object_set_new(j, "diajukan", api_time(s->submitted_at));
	json_object_set_new(j, "disetujui", api_time(s->approved_at));
	json_object_set_new(j, "terlambat", json_boolean(s->late));
	return j;
}

json_t *iki_to_json(const struct iki *k)
{
	return json_pack("{s:I, s:I, s:i, s:s, s:s, s:s, s:s, s:s, s:s, s:s}",
			 "id", (json_int_t)k->id, "rhk_id", (json_int_t)k->rhk_id,
			 "nomor", k->seq, "teks", str_or_empty(k->text), "aspek", k->aspect,
			 "target_min", k->target_min, "target_max", k->target_max,
			 "target_teks", str_or_empty(k->target_text), "satuan", k->unit_label,
			 "arah", k->direction);
}

json_t *rhk_to_json(const struct rhk *r)
{
	json_t *iki = json_array();
	for (size_t i = 0; i < r->n_iki; i++)
		json_array_append_new(iki, iki_to_json(&r->iki[i]));
	json_t *j = json_pack("{s:I, s:I, s:s, s:i, s:s, s:o, s:o, s:s, s:b}",
			      "id", (json_int_t)r->id, "skp_id", (json_int_t)r->skp_id,
			      "jenis", r->kind, "nomor", r->seq, "teks", str_or_empty(r->text),
			      "rhk_atasan_id", api_id(r->parent_rhk_id),
			      "sasaran_id", api_id(r->goal_id), "perspektif", r->perspective,
			      "usulan_atasan", r->proposed != 0);
	json_object_set_new(j, "rhk_atasan_teks", r->parent_rhk_id && r->parent_text
				   ? json_string(r->parent_text) : json_null());
	json_object_set_new(j, "sasaran_teks", !r->parent_rhk_id && r->goal_id && r->parent_text
				   ? json_string(r->parent_text) : json_null());
	json_object_set_new(j, "iki", iki);
	return j;
}

/* The seven BerAKHLAK values with their guides and the superior's
 * expectation for each. */
static json_t *behaviour_json(const struct skp *s)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < BERAKHLAK_COUNT; i++) {
		const struct core_value *v = berakhlak_at(i);
		json_t *guides = json_pack("[s, s, s]", v->guides[0], v->guides[1], v->guides[2]);
		json_array_append_new(arr, json_pack("{s:s, s:s, s:o, s:s}", "kode", v->code,
						     "nama", v->name, "panduan", guides,
						     "ekspektasi", str_or_empty(s->expectation[i])));
	}
	return arr;
}

static const char *const attachment_keys[ATT__KINDS] = {
	[ATT_DUKUNGAN] = "dukungan_sumber_daya",
	[ATT_SKEMA] = "skema_pertanggungjawaban",
	[ATT_KONSEKUENSI] = "konsekuensi",
};

const char *attachment_json_key(enum attachment_kind k)
{
	return (unsigned)k < ATT__KINDS ? attachment_keys[k] : "";
}

/* Accepts the API's keys and the store's own names. */
int attachment_json_parse(const char *s, enum attachment_kind *out)
{
	for (int k = 0; k < ATT__KINDS; k++)
		if (strcmp(s, attachment_keys[k]) == 0) {
			*out = (enum attachment_kind)k;
			return 0;
		}
	return attachment_kind_parse(s, out) == 0 ? 0 : -1;
}

static json_t *attachments_json(const struct skp *s)
{
	json_t *obj = json_object();
	for (int k = 0; k < ATT__KINDS; k++) {
		json_t *arr = json_array();
		for (size_t i = 0; i < s->n_att[k]; i++)
			json_array_append_new(arr, json_pack("{s:I, s:s}", "id",
							     (json_int_t)s->att[k][i].id, "teks",
							     str_or_empty(s->att[k][i].text)));
		json_object_set_new(obj, attachment_keys[k], arr);
	}
	return obj;
}

/* The header fields of an SKP (without the people and the actions, which
 * need the request). */
static json_t *skp_header_json(const struct skp *s)
{
	json_t *j = json_pack("{s:I, s:I, s:i, s:i, s:s, s:s, s:s, s:i, s:s, s:I}",
			      "id", (json_int_t)s->id, "periode_id", (json_int_t)s->period_id,
			      "bulan_awal", s->month_from, "bulan_akhir", s->month_to,
			      "pendekatan", s->approach, "status", s->state,
			      "status_label", skp_label(s->state), "revisi", s->revision,
			      "catatan_pengembalian", str_or_empty(s->return_note),
			      "version", (json_int_t)s->version);
	json_object_set_new(j, "header_beku", stored_json(s->header_json));
	json_object_set_new(j, "dibuat", api_time(s->created_at));
	json_object_set_new(j, "diubah", api_time(s->updated_at));
	json_object_set_new(j, "diajukan", api_time(s->submitted_at));
	json_object_set_new(j, "disetujui", api_time(s->approved_at));
	return j;
}

json_t *skp_content_to_json(const struct skp *s)
{
	json_t *j = skp_header_json(s);
	json_t *rhk = json_array();
	for (size_t i = 0; i < s->n_rhk; i++)
		json_array_append_new(rhk, rhk_to_json(&s->rhk[i]));
	json_object_set_new(j, "hasil_kerja", rhk);
	json_object_set_new(j, "perilaku", behaviour_json(s));
	json_object_set_new(j, "lampiran", attachments_json(s));
	return j;
}

/* An employee as the SKP header shows them. */
json_t *person_to_json(const struct employee *e)
{
	const struct golongan *g = golongan_find(e->golongan);
	return json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s}",
			 "id", (json_int_t)e->id, "nip", e->nip, "nama", e->name,
			 "gelar_depan", e->front_title, "gelar_belakang", e->back_title,
			 "golongan", e->golongan, "pangkat", g ? g->pangkat : "",
			 "jabatan", e->position_name, "unit", e->unit_name);
}

json_t *skp_event_to_json(const struct skp_event *e)
{
	return json_pack("{s:I, s:o, s:s, s:s, s:s, s:s, s:b}", "id", (json_int_t)e->id,
			 "waktu", api_time(e->at), "login", e->login, "nama", e->actor_name,
			 "aksi", e->action, "catatan", str_or_empty(e->note),
			 "ada_snapshot", e->has_snapshot != 0);
}

/* ---- the cascade ------------------------------------------------------------------ */

/* A text as a JSON string; "" if it is not valid UTF-8. */
static json_t *text_json(const char *s)
{
	json_t *j = json_string(s ? s : "");
	return j ? j : json_string("");
}

/* An owner's fields as JSON, made once per owner and shared (by reference
 * count) by all the owner's rows. */
struct owner_json {
	json_t *employee, *name, *position, *unit_id, *unit, *state;
};

static struct owner_json *owners_json(const struct cascade *c)
{
	struct owner_json *v = xcalloc(c->n_owners + 1, sizeof *v);
	for (size_t i = 0; i < c->n_owners; i++) {
		const struct cascade_owner *o = &c->owners[i];
		v[i] = (struct owner_json){ api_id(o->employee_id), text_json(o->name),
					    text_json(o->position), api_id(o->unit_id),
					    text_json(o->unit_name), text_json(o->state) };
	}
	return v;
}

static void owners_json_free(struct owner_json *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		json_decref(v[i].employee);
		json_decref(v[i].name);
		json_decref(v[i].position);
		json_decref(v[i].unit_id);
		json_decref(v[i].unit);
		json_decref(v[i].state);
	}
	free(v);
}

/* One item; `kinds` holds the three kind names as JSON strings. */
static json_t *cascade_row_json(const struct cascade_row *row, const struct owner_json *o,
				json_t *const *kinds, int depth, int unsupported, int orphan)
{
	json_t *j = json_object();
	json_object_set_new_nocheck(j, "kunci", key_json(row->key));
	json_object_set_new_nocheck(j, "induk", key_json(row->parent_key));
	json_object_set_new_nocheck(j, "sasaran", json_boolean(row->kind == CASCADE_GOAL));
	json_object_set_new_nocheck(j, "teks", text_json(row->text));
	json_object_set_nocheck(j, "jenis", kinds[row->kind]);
	json_object_set_nocheck(j, "pegawai_id", o->employee);
	json_object_set_nocheck(j, "nama", o->name);
	json_object_set_nocheck(j, "jabatan", o->position);
	json_object_set_nocheck(j, "unit_id", o->unit_id);
	json_object_set_nocheck(j, "unit", o->unit);
	json_object_set_nocheck(j, "status", o->state);
	json_object_set_new_nocheck(j, "kedalaman", json_integer(depth));
	json_object_set_new_nocheck(j, "tanpa_dukungan", json_boolean(unsupported));
	json_object_set_new_nocheck(j, "tanpa_induk", json_boolean(orphan));
	return j;
}

static void layout_of(const struct cascade *c, struct cascade_layout *l)
{
	struct cascade_item *items = xcalloc(c->n + 1, sizeof *items);
	for (size_t i = 0; i < c->n; i++)
		items[i] = (struct cascade_item){ c->rows[i].key, c->rows[i].parent_key,
						  c->rows[i].kind == CASCADE_GOAL,
						  c->rows[i].must_support };
	cascade_layout(items, c->n, l);
	free(items);
}

/* {items (depth first, parents before children), sasaran_tanpa_dukungan,
 * rhk_tanpa_induk}: the flags come from cascade_layout. */
json_t *cascade_to_json(const struct cascade *c)
{
	struct cascade_layout l;
	layout_of(c, &l);
	struct owner_json *owners = owners_json(c);
	json_t *kinds[3];
	for (int i = 0; i < 3; i++)
		kinds[i] = json_string(cascade_kind_name((enum cascade_kind)i));
	json_t *out = json_array(), *lonely = json_array(), *orphans = json_array();
	for (size_t k = 0; k < l.n; k++) {
		size_t i = l.order[k];
		const struct cascade_row *row = &c->rows[i];
		json_array_append_new(out, cascade_row_json(row, &owners[row->owner - c->owners],
							    kinds, l.depth[k], l.unsupported[i],
							    l.orphan[i]));
		if (l.unsupported[i])
			json_array_append_new(lonely, key_json(row->key));
		if (l.orphan[i])
			json_array_append_new(orphans, key_json(row->key));
	}
	for (int i = 0; i < 3; i++)
		json_decref(kinds[i]);
	owners_json_free(owners, c->n_owners);
	cascade_layout_release(&l);
	return json_pack("{s:o, s:o, s:o}", "items", out, "sasaran_tanpa_dukungan", lonely,
			 "rhk_tanpa_induk", orphans);
}

/* ---- reading request bodies ------------------------------------------------------ */

/* The last day of the month of a YYYY-MM-DD date ("" if it is none). */
static void month_end(const char *date, char *out, size_t size)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y, m, d;
	out[0] = '\0';
	if (!date_valid(date) || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return;
	int last = days[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
	snprintf(out, size, "%04d-%02d-%02d", y, m, last);
}

/* Defaults: the whole year, plans due at the end of the first month,
 * quarterly checkpoints. */
static void period_defaults(struct period *p)
{
	unsigned year = (unsigned)p->year % 10000u;   /* checked: 2000..2100 */
	if (!p->start_date[0])
		snprintf(p->start_date, sizeof p->start_date, "%04u-01-01", year);
	if (!p->end_date[0])
		snprintf(p->end_date, sizeof p->end_date, "%04u-12-31", year);
	if (!p->plan_due[0])
		month_end(p->start_date, p->plan_due, sizeof p->plan_due);
	if (!p->cadence[0])
		copy_str(p->cadence, sizeof p->cadence, "triwulan");
}

/* {nama, tahun, mulai, selesai, batas_rencana, kalender} */
int period_read(json_t *body, struct period *p, struct kerr *err)
{
	static const char *const extra[] = { "tahun", NULL };
	int64_t year = 0;
	const struct json_field fields[] = {
		{ "nama", p->name, sizeof p->name, 1 },
		{ "mulai", p->start_date, sizeof p->start_date, 0 },
		{ "selesai", p->end_date, sizeof p->end_date, 0 },
		{ "batas_rencana", p->plan_due, sizeof p->plan_due, 0 },
		{ "kalender", p->cadence, sizeof p->cadence, 0 },
	};
	if (json_take_strings(body, fields, sizeof fields / sizeof fields[0], extra, err) < 0)
		return -1;
	int got = json_take_int(body, "tahun", 1, 0, &year, err);
	if (got < 0)
		return -1;
	if (!got)
		return kerr_set(err, KERR_INVALID, "tahun", "Kolom 'tahun' wajib diisi");
	if (year < 2000 || year > 2100)
		return kerr_set(err, KERR_INVALID, "tahun", "Kolom 'tahun' harus antara 2000 dan 2100");
	p->year = (int)year;
	period_defaults(p);
	return 0;
}


/* Reads bulan_awal / bulan_akhir (1..12) and pendekatan where present. */
int skp_header_read(json_t *body, struct skp *s, const char *const *extra, struct kerr *err)
{
	int64_t from = s->month_from, to = s->month_to;
	const struct json_field fields[] = {
		{ "pendekatan", s->approach, sizeof s->approach, 0 },
	};
	if (json_take_strings(body, fields, 1, extra, err) < 0 ||
	    json_take_int(body, "bulan_awal", 1, 0, &from, err) < 0 ||
	    json_take_int(body, "bulan_akhir", 1, 0, &to, err) < 0)
		return -1;
	if (from > 12)
		return kerr_set(err, KERR_INVALID, "bulan_awal", "Kolom 'bulan_awal' harus 1 sampai 12");
	if (to > 12)
		return kerr_set(err, KERR_INVALID, "bulan_akhir", "Kolom 'bulan_akhir' harus 1 sampai 12");
	if (from > to)
		return kerr_set(err, KERR_INVALID, "bulan_akhir",
				"Kolom 'bulan_akhir' tidak boleh sebelum 'bulan_awal'");
	s->month_from = (int)from;
	s->month_to = (int)to;
	return 0;
}


/* {pendekatan, bulan_awal, bulan_akhir, version}: absent fields keep their
 * value; version is required. */
int skp_update_read(json_t *body, struct skp *s, struct kerr *err)
{
	static const char *const extra[] = { "bulan_awal", "bulan_akhir", "version", NULL };
	if (skp_header_read(body, s, extra, err) < 0)
		return -1;
	int got = json_take_int(body, "version", 1, 0, &s->version, err);
	if (got < 0)
		return -1;
	if (!got)
		return kerr_set(err, KERR_INVALID, "version",
				"Kolom 'version' wajib diisi (dari SKP yang terakhir dibaca)");
	return 0;
}


/* {jenis, teks, rhk_atasan_id, sasaran_id, perspektif} into rk: absent
 * fields keep their value; a new RHK needs teks and is utama by default.
 * The text goes to `text` (size bytes). */
int rhk_read(json_t *body, struct rhk *rk, char *text, size_t size, int creating,
		    struct kerr *err)
{
	static const char *const extra[] = { "rhk_atasan_id", "sasaran_id", NULL };
	copy_str(text, size, rk->text ? rk->text : "");
	const struct json_field fields[] = {
		{ "jenis", rk->kind, sizeof rk->kind, 0 },
		{ "teks", text, size, creating },
		{ "perspektif", rk->perspective, sizeof rk->perspective, 0 },
	};
	if (json_take_strings(body, fields, sizeof fields / sizeof fields[0], extra, err) < 0 ||
	    json_take_int(body, "rhk_atasan_id", 1, 1, &rk->parent_rhk_id, err) < 0 ||
	    json_take_int(body, "sasaran_id", 1, 1, &rk->goal_id, err) < 0)
		return -1;
	rk->text = text;
	if (!rk->kind[0])
		copy_str(rk->kind, sizeof rk->kind, "utama");
	return 0;
}


/* A target sent as a JSON number or as text ("95,5"): stored as text. */
static int take_target(json_t *body, const char *name, char *dst, size_t size, struct kerr *err)
{
	json_t *v = json_object_get(body, name);
	if (!v)
		return 0;
	if (json_is_null(v))
		dst[0] = '\0';
	else if (json_is_integer(v))
		snprintf(dst, size, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
	else if (json_is_real(v))
		snprintf(dst, size, "%.15g", json_real_value(v));
	else if (!json_is_string(v))
		return kerr_set(err, KERR_INVALID, name,
				"Kolom '%s' harus berupa angka (mis. 100 atau \"95,5\")", name);
	else if (json_string_length(v) >= size)
		return kerr_set(err, KERR_INVALID, name, "Kolom '%s' terlalu panjang", name);
	else
		copy_str(dst, size, json_string_value(v));
	return 0;
}

/* {teks, aspek, target_min, target_max, target_teks, satuan, arah} into
 * k: absent fields keep their value; a new IKI needs teks and defaults to
 * aspect kuantitas, direction naik.  The texts go to `text` and
 * `target_text` (size bytes each). */
int iki_read(json_t *body, struct iki *k, char *text, char *target_text, size_t size,
	     int creating, struct kerr *err)
{
	static const char *const extra[] = { "target_min", "target_max", NULL };
	copy_str(text, size, k->text ? k->text : "");
	copy_str(target_text, size, k->target_text ? k->target_text : "");
	const struct json_field fields[] = {
		{ "teks", text, size, creating },
		{ "aspek", k->aspect, sizeof k->aspect, 0 },
		{ "target_teks", target_text, size, 0 },
		{ "satuan", k->unit_label, sizeof k->unit_label, 0 },
		{ "arah", k->direction, sizeof k->direction, 0 },
	};
	if (json_take_strings(body, fields, sizeof fields / sizeof fields[0], extra, err) < 0 ||
	    take_target(body, "target_min", k->target_min, sizeof k->target_min, err) < 0 ||
	    take_target(body, "target_max", k->target_max, sizeof k->target_max, err) < 0)
		return -1;
	k->text = text;
	k->target_text = target_text;
	if (!k->aspect[0])
		copy_str(k->aspect, sizeof k->aspect, "kuantitas");
	if (!k->direction[0])
		copy_str(k->direction, sizeof k->direction, "naik");
	return 0;
}

/* The index of a BerAKHLAK code, or KERR_INVALID on "kode" listing them. */
int value_code_read(const char *code, int *out, struct kerr *err)
{
	struct strbuf codes = STRBUF_INIT;
	*out = berakhlak_index(code);
	if (*out >= 0)
		return 0;
	for (size_t i = 0; i < BERAKHLAK_COUNT; i++)
		strbuf_addf(&codes, "%s%s", i ? ", " : "", berakhlak_at(i)->code);
	kerr_set(err, KERR_INVALID, "kode", "Kolom 'kode' harus salah satu nilai BerAKHLAK: %s",
		 codes.buf);
	strbuf_release(&codes);
	return -1;
}


/* {aksi, catatan, version} */
int skp_act_read(json_t *body, enum skp_action *action, char *note, size_t size,
		    int64_t *version, struct kerr *err)
{
	static const char *const extra[] = { "version", NULL };
	char name[16];
	const struct json_field fields[] = {
		{ "aksi", name, sizeof name, 1 },
		{ "catatan", note, size, 0 },
	};
	if (json_take_strings(body, fields, sizeof fields / sizeof fields[0], extra, err) < 0)
		return -1;
	if (skp_action_parse(name, action) != 0)
		return kerr_set(err, KERR_INVALID, "aksi",
				"Kolom 'aksi' harus 'ajukan', 'setujui', 'kembalikan', 'tarik' atau "
				"'ubah'");
	int got = json_take_int(body, "version", 1, 0, version, err);
	if (got == 0)
		return kerr_set(err, KERR_INVALID, "version",
				"Kolom 'version' wajib diisi (dari SKP yang terakhir dibaca)");
	return got < 0 ? -1 : 0;
}


/* {pegawai: [id, ...]}: a new array of positive employee ids in *ids. */
int hand_down_read(json_t *body, int64_t **ids, size_t *n, struct kerr *err)
{
	static const char *const keys[] = { "pegawai", NULL };
	json_t *list = json_object_get(body, "pegawai"), *v;
	size_t i;
	if (json_take_strings(body, NULL, 0, keys, err) < 0)
		return -1;
	if (!list)
		return kerr_set(err, KERR_INVALID, "pegawai", "Kolom 'pegawai' wajib diisi");
	if (!json_is_array(list) || json_array_size(list) == 0)
		return kerr_set(err, KERR_INVALID, "pegawai",
				"Kolom 'pegawai' harus berupa daftar id pegawai (paling sedikit satu)");
	if (json_array_size(list) > HAND_DOWN_MAX)
		return kerr_set(err, KERR_INVALID, "pegawai",
				"Kolom 'pegawai' paling banyak berisi %d id", HAND_DOWN_MAX);
	*n = json_array_size(list);
	*ids = xcalloc(*n, sizeof **ids);
	json_array_foreach(list, i, v) {
		if (!json_is_integer(v) || json_integer_value(v) < 1) {
			free(*ids);
			*ids = NULL;
			return kerr_set(err, KERR_INVALID, "pegawai",
					"Kolom 'pegawai' urutan ke-%zu bukan id pegawai", i + 1);
		}
		(*ids)[i] = json_integer_value(v);
	}
	return 0;
}


/* ---- field names ---------------------------------------------------------------- */

/* The store names fields as in its structs; the API in Indonesian. */
void plan_rename_field(struct kerr *err)
{
	static const char *const names[][2] = {
		{ "name", "nama" }, { "year", "tahun" }, { "start_date", "mulai" },
		{ "end_date", "selesai" }, { "plan_due", "batas_rencana" },
		{ "cadence", "kalender" }, { "action", "aksi" }, { "state", "status" },
		{ "code", "kode" }, { "unit_id", "kode_unit" }, { "unit_code", "kode_unit" },
		{ "text", "teks" }, { "indicator", "indikator" }, { "period_id", "periode" },
		{ "employee_id", "pegawai" }, { "employee_ids", "pegawai" },
		{ "month_from", "bulan_awal" }, { "month_to", "bulan_akhir" },
		{ "approach", "pendekatan" }, { "kind", "jenis" },
		{ "parent_rhk_id", "rhk_atasan_id" }, { "goal_id", "sasaran_id" },
		{ "perspective", "perspektif" }, { "aspect", "aspek" },
		{ "target_text", "target_teks" }, { "unit_label", "satuan" },
		{ "direction", "arah" }, { "note", "catatan" }, { "value", "kode" },
		{ "value_index", "kode" }, { "expectation", "teks" },
		{ "from_skp_id", "salin_dari" }, { "rhk", "hasil_kerja" },
		/* the object in the path, not a body field */
		{ "skp", "" }, { "rhk_id", "" }, { "iki_id", "" }, { "lampiran_id", "" },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(err->field, names[i][0]) == 0) {
			copy_str(err->field, sizeof err->field, names[i][1]);
			return;
		}
}
