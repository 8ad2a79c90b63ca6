/*
 * api_realisasi_json.c - the JSON shapes of monitoring over the API: an
 * SKP's realisasi per checkpoint with the achievements per IKI, RHK and
 * SKP (skp_capaian_compute, shared with the pages), one realisasi, one
 * piece of evidence, a checkpoint with its state; and the store's field
 * names in the API's spelling.  No store access: api_realisasi.c loads
 * the data and decides who may see it.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "api/api_plan.h"
#include "api/api_realisasi.h"
#include "api/api_util.h"
#include "core/timeutil.h"

json_t *pct_json(struct pct p)
{
	return p.set ? json_real(round(p.value * 100.0) / 100.0) : json_null();
}

json_t *evidence_to_json(const struct evidence *e)
{
	char href[64];
	int file = e->kind == EVIDENCE_FILE;
	snprintf(href, sizeof href, "/api/v1/bukti/%lld", (long long)e->id);
	return json_pack("{s:I, s:I, s:s, s:s, s:s, s:s, s:I, s:s, s:o, s:o}",
			 "id", (json_int_t)e->id, "realisasi_id", (json_int_t)e->realisasi_id,
			 "jenis", evidence_kind_name(e->kind), "nama", e->name ? e->name : "",
			 "tautan", e->url ? e->url : "", "tipe", e->content_type,
			 "ukuran", (json_int_t)e->size, "sha256", e->sha256,
			 "unduh", file ? json_string(href) : json_null(),
			 "dibuat", api_time(e->created_at));
}

json_t *realisasi_to_json(const struct realisasi *x, int with_evidence, const struct evidence *ev,
			  size_t n_ev)
{
	json_t *j = json_pack("{s:I, s:I, s:I, s:s, s:s, s:s, s:I, s:o}",
			      "id", (json_int_t)x->id, "iki_id", (json_int_t)x->iki_id,
			      "titik_periksa_id", (json_int_t)x->checkpoint_id, "nilai", x->value,
			      "uraian", x->description ? x->description : "",
			      "catatan", x->note ? x->note : "", "version", (json_int_t)x->version,
			      "diubah", api_time(x->updated_at));
	if (!with_evidence)
		return j;
	json_t *list = json_array();
	for (size_t i = 0; i < n_ev; i++)
		if (ev[i].realisasi_id == x->id)
			json_array_append_new(list, evidence_to_json(&ev[i]));
	json_object_set_new(j, "bukti", list);
	return j;
}

json_t *checkpoint_state_json(const struct checkpoint *c)
{
	json_t *j = checkpoint_to_json(c);
	json_object_set_new(j, "periode_id", json_integer(c->period_id));
	json_object_set_new(j, "status", json_string(c->state));
	return j;
}

/* One IKI at a checkpoint: the indicator, its realisasi (or null) and its
 * achievement. */
static json_t *iki_json(const struct monitor_view *v, const struct iki *k, int64_t cp,
			struct pct pct)
{
	const struct realisasi *x = realisasi_find(v->m->real, v->m->n_real, k->id, cp);
	json_t *j = iki_to_json(k);
	json_object_set_new(j, "realisasi",
			    x ? realisasi_to_json(x, 1, v->m->ev, v->m->n_ev) : json_null());
	json_object_set_new(j, "capaian", pct_json(pct));
	return j;
}

static json_t *rhk_json(const struct monitor_view *v, const struct rhk *r, int64_t cp,
			const struct rhk_capaian *c)
{
	json_t *iki = json_array();
	for (size_t j = 0; j < r->n_iki; j++)
		json_array_append_new(iki, iki_json(v, &r->iki[j], cp, c->iki[j]));
	return json_pack("{s:I, s:s, s:i, s:s, s:o, s:o}", "id", (json_int_t)r->id,
			 "jenis", r->kind, "nomor", r->seq, "teks", r->text ? r->text : "",
			 "capaian", pct_json(c->pct), "iki", iki);
}

static json_t *checkpoint_json(const struct monitor_view *v, const struct checkpoint *c)
{
	struct skp_capaian cap;
	skp_capaian_compute(v->s, v->m->real, v->m->n_real, c->id, &cap);
	json_t *results = json_array();
	for (size_t i = 0; i < v->s->n_rhk; i++)
		json_array_append_new(results, rhk_json(v, &v->s->rhk[i], c->id, &cap.rhk[i]));
	json_t *j = checkpoint_state_json(c);
	int open = !strcmp(c->state, CHECKPOINT_OPEN);
	json_object_set_new(j, "boleh_catat", json_boolean(v->may_record && open));
	json_object_set_new(j, "capaian_skp", pct_json(cap.pct));
	json_object_set_new(j, "iki_terisi", json_integer((json_int_t)cap.iki_recorded));
	json_object_set_new(j, "iki_total", json_integer((json_int_t)cap.iki_total));
	json_object_set_new(j, "hasil_kerja", results);
	skp_capaian_release(&cap);
	return j;
}

json_t *monitor_to_json(const struct monitor_view *v)
{
	json_t *cps = json_array();
	for (size_t i = 0; i < v->m->n_cp; i++)
		if (checkpoint_in_skp(&v->m->cp[i], v->s))
			json_array_append_new(cps, checkpoint_json(v, &v->m->cp[i]));
	return json_pack("{s:I, s:s, s:s, s:i, s:i, s:{s:I, s:s, s:s}, s:b, s:o}",
			 "skp_id", (json_int_t)v->s->id, "pendekatan", v->s->approach,
			 "status", v->s->state, "bulan_awal", v->s->month_from,
			 "bulan_akhir", v->s->month_to, "periode", "id", (json_int_t)v->p->id,
			 "nama", v->p->name, "status", v->p->state, "boleh_catat", v->may_record,
			 "titik_periksa", cps);
}

void realisasi_rename_field(struct kerr *err, const char *skp)
{
	static const char *const names[][2] = {
		{ "value", "nilai" }, { "description", "uraian" }, { "note", "catatan" },
		{ "checkpoint_id", "titik_periksa_id" }, { "file", "berkas" }, { "url", "tautan" },
		{ "title", "judul" }, { "realisasi", "" }, { "evidence", "" }, { "checkpoint", "" },
	};
	if (!strcmp(err->field, "skp")) {
		copy_str(err->field, sizeof err->field, skp);
		return;
	}
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(err->field, names[i][0])) {
			copy_str(err->field, sizeof err->field, names[i][1]);
			return;
		}
}
