/*
 * api_recognition_credit.c - credit points (angka kredit) over the API:
 * the tables (read by everyone, changed by an administrator), the list of
 * a period's functional employees (HR, auditors, administrators), and the
 * annual statement of one employee as JSON and as PDF.
 */
#include "api/api_recognition.h"
#include "api/api_util.h"
#include "http/document_access.h"
#include "http/recognition_access.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static json_t *points_json(int64_t th)
{
	char text[32];
	ak_format(th, '.', text, sizeof text);
	return json_string(text);
}

/* ---- the tables ------------------------------------------------------------------------------ */

static json_t *tables_to_json(const struct ak_tables *t)
{
	json_t *pct = json_object(), *levels = json_array();
	for (int p = 0; p < PRED__COUNT; p++)
		json_object_set_new(pct, predicate_name((enum predicate)p), json_integer(t->pct[p]));
	for (size_t i = 0; i < t->n_levels; i++)
		json_array_append_new(levels, json_pack("{s:s, s:s, s:o, s:I}", "kode",
			t->levels[i].code, "jenjang", t->levels[i].label, "koefisien",
			points_json(t->levels[i].coefficient), "koefisien_ribuan",
			(json_int_t)t->levels[i].coefficient));
	return json_pack("{s:o, s:o, s:s}", "persentase", pct, "koefisien", levels, "rumus",
			 "persentase predikat x koefisien tahunan jenjang x bulan/12, tiga desimal, "
			 "dibulatkan setengah ke atas");
}

static int reply_tables(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct ak_tables t;
	if (store_ak_tables(r->db, &t, &err))
		return reply_error(r, &err);
	json_t *j = tables_to_json(&t);
	ak_tables_release(&t);
	return reply_json(r, 200, j);
}

/* GET /api/v1/angka-kredit/tabel */
int api_credit_tables_get(struct req *r)
{
	return reply_tables(r);
}

/* Reads {"persentase": {predicate: int}} over the stored values. */
static int read_pct(json_t *body, struct ak_tables *t, struct kerr *err)
{
	json_t *o = json_object_get(body, "persentase"), *v;
	const char *key;
	char field[64];
	if (!o)
		return 0;
	if (!json_is_object(o))
		return kerr_set(err, KERR_INVALID, "persentase", "Kolom 'persentase' harus objek "
				"{predikat: persen}");
	json_object_foreach(o, key, v) {
		enum predicate p;
		snprintf(field, sizeof field, "persentase.%s", key);
		if (predicate_parse(key, &p))
			return kerr_set(err, KERR_INVALID, field, "Predikat '%s' tidak dikenal", key);
		if (!json_is_integer(v))
			return kerr_set(err, KERR_INVALID, field, "Persentase harus bilangan bulat");
		t->pct[p] = (int)json_integer_value(v) == json_integer_value(v)
			? (int)json_integer_value(v) : -1;
	}
	return 0;
}

/* Reads {"koefisien": {code: "12.5"}}: the levels to change. */
static int read_coef(json_t *body, struct ak_tables *t, struct kerr *err)
{
	json_t *o = json_object_get(body, "koefisien"), *v;
	const char *key;
	char field[64];
	t->levels = NULL;
	t->n_levels = 0;
	if (!o)
		return 0;
	if (!json_is_object(o))
		return kerr_set(err, KERR_INVALID, "koefisien", "Kolom 'koefisien' harus objek "
				"{kode_jenjang: \"12,5\"}");
	json_object_foreach(o, key, v) {
		int64_t th = 0;
		snprintf(field, sizeof field, "koefisien.%s", key);
		if (!json_is_string(v) || ak_parse(json_string_value(v), &th))
			return kerr_set(err, KERR_INVALID, field, "Koefisien harus angka dengan paling "
					"banyak tiga desimal, sebagai teks, misalnya \"12,5\"");
		t->levels = xrealloc(t->levels, (t->n_levels + 1) * sizeof *t->levels);
		struct ak_level *l = &t->levels[t->n_levels++];
		memset(l, 0, sizeof *l);
		copy_str(l->code, sizeof l->code, key);
		l->coefficient = th;
	}
	return 0;
}

/* PUT /api/v1/angka-kredit/tabel {persentase?: {...}, koefisien?: {...}} (admin) */
int api_credit_tables_put(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	struct ak_tables cur, in;
	static const char *const extra[] = { "persentase", "koefisien", NULL };
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 0;
	memset(&in, 0, sizeof in);
	int rc = json_take_strings(body, NULL, 0, extra, &err) ||
		 store_ak_tables(r->db, &cur, &err);
	if (!rc) {
		memcpy(in.pct, cur.pct, sizeof in.pct);
		ak_tables_release(&cur);
		rc = read_pct(body, &in, &err) || read_coef(body, &in, &err) ||
		     store_ak_tables_set(r->db, &who, &in, &err);
	}
	json_decref(body);
	ak_tables_release(&in);
	return rc ? reply_error(r, &err) : reply_tables(r);
}

/* ---- lines ---------------------------------------------------------------------------------- */

static json_t *line_json(const struct credit_list *c, const struct credit_line *l)
{
	const char *level = l->level >= 0 ? c->tables.levels[l->level].label : NULL;
	return json_pack("{s:I, s:I, s:s, s:s, s:s, s:s, s:o, s:i, s:i, s:i, s:o, s:b, s:s, s:o, "
			 "s:o, s:o, s:I}",
			 "skp_id", (json_int_t)l->skp_id, "pegawai_id", (json_int_t)l->employee_id,
			 "nip", l->nip, "nama", l->name, "jabatan", l->position_name, "unit",
			 l->unit_name, "jenjang", level ? json_string(level) : json_null(),
			 "bulan_dari", l->month_from, "bulan_sampai", l->month_to, "bulan", l->months,
			 "predikat", l->has_predicate ? json_string(predicate_name(l->predicate))
						      : json_null(),
			 "sementara", l->provisional, "dasar", l->basis_name,
			 "persentase", l->has_predicate ? json_integer(l->pct) : json_null(),
			 "koefisien", level ? points_json(l->coefficient) : json_null(),
			 "angka_kredit", points_json(l->amount), "angka_kredit_ribuan",
			 (json_int_t)l->amount);
}

/* GET /api/v1/angka-kredit?periode=: HR (scope), auditors, administrators */
int api_credit_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct period p;
	struct credit_list c;
	int64_t unit = 0;
	if (!credit_list_unit(r, &unit, &err) || rec_period_of_query(r, &p, &err) ||
	    store_credit_list(r->db, p.id, unit, 0, &c, &err))
		return reply_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < c.n; i++)
		json_array_append_new(items, line_json(&c, &c.v[i]));
	json_t *j = json_pack("{s:{s:I, s:s}, s:o}", "periode", "id", (json_int_t)p.id, "nama",
			      p.name, "items", items);
	credit_list_release(&c);
	return reply_json(r, 200, j);
}

/* GET /api/v1/angka-kredit/pegawai/{id}?periode= */
int api_credit_statement(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	struct period p;
	struct credit_list c;
	if (!credit_may_read(r, r->path_id, &e, &err) || rec_period_of_query(r, &p, &err) ||
	    store_credit_list(r->db, p.id, 0, e.id, &c, &err))
		return reply_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < c.n; i++)
		json_array_append_new(items, line_json(&c, &c.v[i]));
	json_t *j = json_pack("{s:{s:I, s:s}, s:{s:I, s:s, s:s}, s:o, s:o, s:I}", "periode", "id",
			      (json_int_t)p.id, "nama", p.name, "pegawai", "id", (json_int_t)e.id,
			      "nip", e.nip, "nama", e.name, "items", items, "jumlah",
			      points_json(credit_total(&c, e.id)), "jumlah_ribuan",
			      (json_int_t)credit_total(&c, e.id));
	credit_list_release(&c);
	return reply_json(r, 200, j);
}

/* GET /api/v1/angka-kredit/pegawai/{id}/pdf?periode= */
int api_credit_statement_pdf(struct req *r)
{
	return reply_credit_statement(r, r->path_id);
}
