/*
 * api_recognition.c - the JSON API of recognition (penghargaan): the whole
 * ranking of a unit for those who may see it
 * (GET /api/v1/penghargaan/peringkat), the caller's own standing
 * (GET /api/v1/penghargaan/saya), the published tie-break chain and its
 * setting (GET, PUT /api/v1/penghargaan/pengaturan); shared JSON shapes;
 * and the route table of recognition and credit points (nominations in
 * api_recognition_nomination.c, credit points in api_recognition_credit.c).
 */
#include "api/api_recognition.h"
#include "api/api_util.h"
#include "http/assess_access.h"
#include "http/recognition_access.h"
#include "http/request.h"
#include "http/router.h"

#include <stdio.h>
#include <string.h>

/* ---- shapes -------------------------------------------------------------------------------- */

json_t *tiebreak_chain_json(const struct tiebreak_chain *c)
{
	json_t *a = json_array();
	for (size_t i = 0; i < c->n; i++)
		json_array_append_new(a, json_pack("{s:s, s:s}", "kode", tiebreak_name(c->v[i]),
						   "label", tiebreak_label(c->v[i])));
	return a;
}

json_t *hundredths_json(int has, int64_t v)
{
	return has ? json_real((double)v / 100.0) : json_null();
}

static json_t *rating_json(enum rating r)
{
	return r < RATING__LEVELS ? json_string(rating_name(r)) : json_null();
}

/* The 360 aggregate as a percentage of the scale, one decimal. */
static json_t *r360_json(const struct rank_key *k)
{
	if (k->r360_den <= 0)
		return json_null();
	int64_t tenths = (k->r360_num * 1000 + k->r360_den / 2) / k->r360_den;
	return json_real((double)tenths / 10.0);
}

static const char *decider_name(const struct rank_entry *e)
{
	switch (e->decider) {
	case RD_PREDICATE:
		return "predikat";
	case RD_CAPAIAN:
		return "capaian";
	case RD_CHAIN:
		return tiebreak_name(e->criterion);
	default:
		return NULL;
	}
}

static json_t *entry_json(const struct rank_entry *e)
{
	const char *by = decider_name(e);
	int has = e->key.has_predicate;
	return json_pack("{s:o, s:I, s:s, s:s, s:s, s:I, s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
			 "peringkat", e->rank ? json_integer(e->rank) : json_null(), "pegawai_id",
			 (json_int_t)e->employee_id, "nip", e->nip, "nama", e->name, "jabatan",
			 e->position_name, "unit_id", (json_int_t)e->unit_id, "unit", e->unit_name,
			 "predikat", has ? json_string(predicate_name(e->key.predicate)) : json_null(),
			 "predikat_label",
			 has ? json_string(predicate_label(e->key.predicate)) : json_null(),
			 "capaian", hundredths_json(e->key.has_capaian, e->key.capaian),
			 "hasil_kerja", rating_json(e->key.hasil), "perilaku_kerja",
			 rating_json(e->key.perilaku), "nilai_360", r360_json(&e->key),
			 "ditentukan_oleh", by && e->rank ? json_string(by) : json_null());
}

static json_t *basis_json(const struct ranking *rk)
{
	return json_pack("{s:s, s:o, s:o, s:o}", "jenis",
			 rk->basis_checkpoint ? "periodik" : "tahunan", "titik_id",
			 api_id(rk->basis_checkpoint), "titik",
			 rk->basis_checkpoint ? json_string(rk->basis_name) : json_null(),
			 "titik_capaian",
			 rk->capaian_checkpoint ? json_string(rk->capaian_name) : json_null());
}

static json_t *head_json(const struct ranking *rk)
{
	return json_pack("{s:{s:I, s:s}, s:o, s:o, s:o, s:I, s:I}", "periode", "id",
			 (json_int_t)rk->period.id, "nama", rk->period.name, "unit",
			 rk->unit_id ? json_pack("{s:I, s:s}", "id", (json_int_t)rk->unit_id, "nama",
						 rk->unit_name) : json_null(),
			 "dasar", basis_json(rk), "urutan", tiebreak_chain_json(&rk->chain),
			 "jumlah_dinilai", (json_int_t)rk->ranked, "jumlah_pegawai",
			 (json_int_t)rk->n);
}

/* ---- the ranking ---------------------------------------------------------------------------- */

/* The period, unit (?unit=ID, else the caller's default) and basis of a
 * ranking request. */
static int ranking_query(struct req *r, struct period *p, int64_t *unit, int64_t *basis,
			 struct kerr *err)
{
	if (rec_period_of_query(r, p, err) || req_query_id(r, "unit", unit, err))
		return -1;
	if (!req_query(r, "unit") && rec_default_unit(r, p->id, unit, err))
		return -1;
	return curve_basis_of_query(r, p->id, basis, err);
}

/* GET /api/v1/penghargaan/peringkat?periode=&unit=&titik=|jenis=tahunan */
static int api_ranking(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct period p;
	struct ranking rk;
	int64_t unit = 0, basis = 0;
	if (ranking_query(r, &p, &unit, &basis, &err) || !rec_may_see_ranking(r, unit, &err) ||
	    store_ranking(r->db, p.id, unit, basis, &rk, &err))
		return reply_error(r, &err);
	json_t *j = head_json(&rk), *items = json_array();
	for (size_t i = 0; i < rk.n; i++)
		json_array_append_new(items, entry_json(&rk.v[i]));
	json_object_set_new(j, "items", items);
	ranking_release(&rk);
	return reply_json(r, 200, j);
}

/* GET /api/v1/penghargaan/saya?periode=&titik=: the caller's own place in
 * their unit, without anyone else's. */
static int api_own_standing(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct period p;
	struct ranking rk;
	int64_t unit = 0, basis = 0;
	if (!r->who.employee_id)
		return reply_fail(r, KERR_NOT_FOUND, "", "Akun ini bukan akun pegawai");
	if (rec_period_of_query(r, &p, &err) ||
	    store_ranking_unit_of(r->db, p.id, r->who.employee_id, &unit, &err) ||
	    curve_basis_of_query(r, p.id, &basis, &err))
		return reply_error(r, &err);
	if (!unit)
		return reply_fail(r, KERR_NOT_FOUND, "periode", "Anda tidak mempunyai SKP pada "
				  "periode %s", p.name);
	if (store_ranking(r->db, p.id, unit, basis, &rk, &err))
		return reply_error(r, &err);
	const struct rank_entry *e = ranking_find(&rk, r->who.employee_id);
	json_t *j = head_json(&rk);
	json_object_set_new(j, "peringkat", e && e->rank ? json_integer(e->rank) : json_null());
	json_object_set_new(j, "dari", json_integer((json_int_t)rk.ranked));
	json_object_set_new(j, "pegawai", e ? entry_json(e) : json_null());
	ranking_release(&rk);
	return reply_json(r, 200, j);
}

/* ---- the tie-break setting -------------------------------------------------------------------- */

static int reply_settings(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct tiebreak_chain c;
	json_t *choices = json_array();
	if (store_tiebreak_get(r->db, &c, &err)) {
		json_decref(choices);
		return reply_error(r, &err);
	}
	for (int i = 0; i < TB__COUNT; i++)
		json_array_append_new(choices, json_pack("{s:s, s:s}", "kode",
			tiebreak_name((enum tiebreak)i), "label", tiebreak_label((enum tiebreak)i)));
	return reply_json(r, 200, json_pack("{s:[s, s], s:o, s:o}", "urutan_tetap", "predikat",
					    "capaian", "urutan", tiebreak_chain_json(&c),
					    "pilihan", choices));
}

/* GET /api/v1/penghargaan/pengaturan: published to everyone logged in. */
static int api_settings_get(struct req *r)
{
	return reply_settings(r);
}

/* PUT /api/v1/penghargaan/pengaturan {urutan: ["360", "hasil_kerja", ...]} (admin) */
static int api_settings_put(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct strbuf text = STRBUF_INIT;
	static const char *const extra[] = { "urutan", NULL };
	json_t *body = req_json_or_reply(r), *v;
	size_t i;
	if (!body)
		return 0;
	int rc = json_take_strings(body, NULL, 0, extra, &err);
	json_t *list = json_object_get(body, "urutan");
	if (!rc && !json_is_array(list))
		rc = kerr_set(&err, KERR_INVALID, "urutan", "Kolom 'urutan' wajib diisi: daftar kode "
			      "kriteria, misalnya [\"360\", \"hasil_kerja\", \"nip\"]");
	json_array_foreach(rc ? NULL : list, i, v) {
		if (!json_is_string(v)) {
			rc = kerr_set(&err, KERR_INVALID, "urutan", "Setiap kriteria dalam 'urutan' "
				      "harus berupa teks");
			break;
		}
		strbuf_addf(&text, "%s%s", i ? "," : "", json_string_value(v));
	}
	json_decref(body);
	if (!rc)
		rc = store_tiebreak_set(r->db, &who, text.buf, &err);
	strbuf_release(&text);
	return rc ? reply_error(r, &err) : reply_settings(r);
}

const struct route api_recognition_routes[] = {
	{ "GET", "/api/v1/penghargaan/peringkat", api_ranking, ACCESS_LOGIN },
	{ "GET", "/api/v1/penghargaan/saya", api_own_standing, ACCESS_LOGIN },
	{ "GET", "/api/v1/penghargaan/pengaturan", api_settings_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/penghargaan/pengaturan", api_settings_put, ACCESS_ADMIN },
	{ "GET", "/api/v1/penghargaan/usulan", api_nomination_list, ACCESS_LOGIN },
	{ "POST", "/api/v1/penghargaan/usulan", api_nomination_create, ACCESS_LOGIN },
	{ "GET", "/api/v1/penghargaan/usulan/{id}", api_nomination_get, ACCESS_LOGIN },
	{ "POST", "/api/v1/penghargaan/usulan/{id}/putusan", api_nomination_decide, ACCESS_LOGIN },
	{ "GET", "/api/v1/penghargaan/usulan/{id}/piagam", api_nomination_certificate,
	  ACCESS_LOGIN },
	{ "GET", "/api/v1/angka-kredit", api_credit_list, ACCESS_READ_ALL },
	{ "GET", "/api/v1/angka-kredit/tabel", api_credit_tables_get, ACCESS_LOGIN },
	{ "PUT", "/api/v1/angka-kredit/tabel", api_credit_tables_put, ACCESS_ADMIN },
	{ "GET", "/api/v1/angka-kredit/pegawai/{id}", api_credit_statement, ACCESS_LOGIN },
	{ "GET", "/api/v1/angka-kredit/pegawai/{id}/pdf", api_credit_statement_pdf, ACCESS_LOGIN },
	{ NULL, NULL, NULL, 0 },
};
