/*
 * api_json.c - the JSON shapes of the API (employee, unit, position, audit
 * entry; see api.h) and the request-reading helpers of api_util.h.
 */
#include "api/api.h"
#include "api/api_util.h"

#include <stdlib.h>
#include <string.h>

#include "core/timeutil.h"
#include "domain/golongan.h"
#include "domain/hierarchy.h"
#include "http/request.h"

/* ---- output shapes ------------------------------------------------------- */

json_t *api_id(int64_t id)
{
	return id ? json_integer(id) : json_null();
}

json_t *api_time(int64_t t)
{
	char buf[32];
	format_time_iso(buf, sizeof buf, t);
	return buf[0] ? json_string(buf) : json_null();
}

/* The pangkat of a golongan: PNS table, else "" (PPPK ranks have none). */
static const char *pangkat_of(const char *golongan)
{
	const struct golongan *g = golongan_find(golongan);
	return g ? g->pangkat : "";
}

json_t *employee_to_json(const struct employee *e)
{
	return json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, "
			 "s:o, s:s, s:s, s:s, s:s, s:I, s:o, s:o}",
			 "id", (json_int_t)e->id, "nip", e->nip, "jenis_nip", e->nip_kind,
			 "nama", e->name, "gelar_depan", e->front_title,
			 "gelar_belakang", e->back_title, "golongan", e->golongan,
			 "pangkat", pangkat_of(e->golongan), "kode_jabatan", e->position_code,
			 "nama_jabatan", e->position_name, "jenis_jabatan", e->position_kind,
			 "unit_id", api_id(e->unit_id), "kode_unit", e->unit_code,
			 "nama_unit", e->unit_name, "status", e->status, "email", e->email,
			 "version", (json_int_t)e->version, "dibuat", api_time(e->created_at),
			 "diubah", api_time(e->updated_at));
}

json_t *unit_to_json(const struct unit *u)
{
	return json_pack("{s:I, s:s, s:s, s:s, s:o, s:s}", "id", (json_int_t)u->id,
			 "code", u->code, "name", u->name, "kind", u->kind,
			 "parent_id", api_id(u->parent_id), "parent_code", u->parent_code);
}

json_t *position_to_json(const struct position *p)
{
	const char *label = position_kind_label(p->kind);
	return json_pack("{s:I, s:s, s:s, s:s, s:s, s:o, s:s, s:s, s:o, s:s, "
			 "s:o, s:s, s:o, s:s}",
			 "id", (json_int_t)p->id, "code", p->code, "name", p->name,
			 "kind", p->kind, "kind_label", label ? label : "",
			 "unit_id", api_id(p->unit_id), "unit_code", p->unit_code,
			 "unit_name", p->unit_name, "parent_id", api_id(p->parent_id),
			 "parent_code", p->parent_code, "holder_id", api_id(p->holder_id),
			 "holder_name", p->holder_name, "plt_id", api_id(p->plt_id),
			 "plt_name", p->plt_name);
}

/* A stored JSON text as JSON (null when absent, a string if unparsable). */
static json_t *embedded_json(const char *text)
{
	if (!text)
		return json_null();
	json_t *v = json_loads(text, JSON_DECODE_ANY, NULL);
	return v ? v : json_string(text);
}

json_t *audit_to_json(const struct audit_entry *a)
{
	return json_pack("{s:I, s:o, s:s, s:s, s:s, s:s, s:o, s:o, s:o}",
			 "id", (json_int_t)a->id, "waktu", api_time(a->at), "login", a->login,
			 "ip", a->ip, "aksi", a->action, "entitas", a->entity,
			 "entitas_id", api_id(a->entity_id), "sebelum", embedded_json(a->before_json),
			 "sesudah", embedded_json(a->after_json));
}

json_t *api_list(json_t *items, int64_t total, int page, int per_page)
{
	return json_pack("{s:o, s:I, s:i, s:i}", "items", items, "total", (json_int_t)total,
			 "page", page, "per_page", per_page);
}

/* ---- reading request bodies ------------------------------------------------ */

static int key_known(const char *key, const struct json_field *f, size_t n,
		     const char *const *extra)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(f[i].name, key) == 0)
			return 1;
	for (; extra && *extra; extra++)
		if (strcmp(*extra, key) == 0)
			return 1;
	return 0;
}

static int take_one(json_t *obj, const struct json_field *f, struct kerr *err)
{
	json_t *v = json_object_get(obj, f->name);
	if (!v || (json_is_null(v) && !f->required)) {
		if (v)
			f->dst[0] = '\0';
		if (!v && f->required)
			return kerr_set(err, KERR_INVALID, f->name, "Kolom '%s' wajib diisi", f->name);
		return 0;
	}
	if (!json_is_string(v))
		return kerr_set(err, KERR_INVALID, f->name, "Kolom '%s' harus berupa teks",
				f->name);
	if (f->required && json_string_length(v) == 0)
		return kerr_set(err, KERR_INVALID, f->name, "Kolom '%s' wajib diisi", f->name);
	if (json_string_length(v) >= f->size)
		return kerr_set(err, KERR_INVALID, f->name,
				"Kolom '%s' terlalu panjang (paling banyak %zu byte)", f->name,
				f->size - 1);
	copy_str(f->dst, f->size, json_string_value(v));
	return 0;
}

int json_take_strings(json_t *obj, const struct json_field *fields, size_t n,
		      const char *const *extra, struct kerr *err)
{
	const char *key;
	json_t *v;
	json_object_foreach(obj, key, v) {
		if (!key_known(key, fields, n, extra))
			return kerr_set(err, KERR_INVALID, key, "Kolom '%s' tidak dikenal", key);
	}
	for (size_t i = 0; i < n; i++)
		if (take_one(obj, &fields[i], err) < 0)
			return -1;
	return 0;
}

int json_take_int(json_t *obj, const char *name, int64_t min, int null_ok, int64_t *out,
		  struct kerr *err)
{
	json_t *v = json_object_get(obj, name);
	if (!v)
		return 0;
	if (json_is_null(v) && null_ok) {
		*out = 0;
		return 1;
	}
	if (!json_is_integer(v))
		return kerr_set(err, KERR_INVALID, name, "Kolom '%s' harus berupa bilangan bulat",
				name);
	if (json_integer_value(v) < min)
		return kerr_set(err, KERR_INVALID, name, "Kolom '%s' paling kecil %lld", name,
				(long long)min);
	*out = json_integer_value(v);
	return 1;
}

int json_take_rating(json_t *obj, const char *name, enum rating *out, struct kerr *err)
{
	json_t *v = json_object_get(obj, name);
	*out = RATING__LEVELS;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_string(v) || rating_parse(json_string_value(v), out))
		return kerr_set(err, KERR_INVALID, name, "Kolom '%s' harus 'di_bawah', 'sesuai' atau "
				"'di_atas'", name);
	return 0;
}

int api_refuse_predicate(struct req *r, json_t *body)
{
	const char *key;
	json_t *v;
	json_object_foreach(body, key, v) {
		if (!strncmp(key, "predikat", 8) || !strncmp(key, "predicate", 9)) {
			reply_fail(r, KERR_INVALID, "predikat", "Predikat tidak diisi: predikat dihitung "
				   "dari rating hasil kerja dan perilaku kerja (matriks predikat)");
			r->status = 400;
			return 1;
		}
	}
	return 0;
}

/* ---- query parameters ------------------------------------------------------ */

int api_per_page(const struct req *r, int def, int max, int *out, struct kerr *err)
{
	const char *s = req_query(r, "per_page");
	long long v = def;
	if (s && parse_whole_in(s, 1, max, &v) < 0)
		return kerr_set(err, KERR_INVALID, "per_page",
				"per_page harus bilangan bulat 1 sampai %d", max);
	*out = (int)v;
	return 0;
}

int api_version_body(struct req *r, int64_t *rev, struct kerr *err)
{
	static const char *const extra[] = { "version", NULL };
	*rev = 0;
	if (!r->body.len)
		return 0;
	json_t *body = req_json_or_reply(r);
	if (!body)
		return 1;
	int rc = json_take_strings(body, NULL, 0, extra, err) ||
		 json_take_int(body, "version", 1, 0, rev, err) < 0 ? -1 : 0;
	json_decref(body);
	return rc;
}
