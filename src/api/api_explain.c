/*
 * api_explain.c - GET /api/v1/skp/{id}/penjelasan: how an employee's
 * predicate came about, step by step: the achievements per RHK at each
 * checkpoint, the ratings with their justifications and who gave them
 * (the pejabat penilai, and who changed them by an objection decision and
 * when), the predicate matrix, the 360-degree aggregates by rater group (only
 * the groups the anonymity rules show; never who answered), the curve of
 * the employee's unit (counts only, never names) and every step of the
 * assessments with its time.  Readable by whoever may read the SKP.
 */
#include <stdlib.h>
#include <string.h>

#include "api/api_assessment.h"
#include "api/api_util.h"
#include "domain/berakhlak.h"
#include "http/request.h"
#include "store/r360.h"

static json_t *pct_value(struct pct p)
{
	return p.set ? json_real((double)(long long)(p.value * 100 + 0.5) / 100) : json_null();
}

/* The achievement per RHK at every checkpoint the SKP's months overlap. */
static json_t *achievements_json(const struct skp *s, const struct skp_monitor *m)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < m->n_cp; i++) {
		if (!checkpoint_in_skp(&m->cp[i], s))
			continue;
		struct skp_capaian cap;
		skp_capaian_compute(s, m->real, m->n_real, m->cp[i].id, &cap);
		json_t *rhk = json_array();
		for (size_t k = 0; k < s->n_rhk && k < cap.n_rhk; k++)
			json_array_append_new(rhk, json_pack("{s:I, s:i, s:s, s:s, s:o}", "id",
				(json_int_t)s->rhk[k].id, "nomor", (int)k + 1, "jenis", s->rhk[k].kind,
				"teks", s->rhk[k].text, "capaian", pct_value(cap.rhk[k].pct)));
		json_array_append_new(arr, json_pack("{s:I, s:s, s:o, s:o}", "titik_id",
			(json_int_t)m->cp[i].id, "titik", m->cp[i].name, "capaian_skp",
			pct_value(cap.pct), "rhk", rhk));
		skp_capaian_release(&cap);
	}
	return arr;
}

static const struct checkpoint *cp_of(const struct skp_monitor *m, int64_t id)
{
	for (size_t i = 0; i < m->n_cp; i++)
		if (m->cp[i].id == id)
			return &m->cp[i];
	return NULL;
}

/* The objection decision that changed assessment `id`'s ratings (the
 * last "keberatan" step of its history): who decided and when; null when
 * none did. */
static json_t *decision_json(const struct assessment_event *ev, size_t nev, int64_t id)
{
	const struct assessment_event *d = NULL;
	for (size_t i = 0; i < nev; i++)
		if (ev[i].assessment_id == id && !strcmp(ev[i].action, "keberatan"))
			d = &ev[i];
	if (!d)
		return json_null();
	return json_pack("{s:s, s:o}", "oleh", d->actor_name, "waktu", api_time(d->at));
}

static json_t *assessments_json(struct req *r, const struct assess_ctx *c,
				const struct skp_monitor *m, const struct assessment_event *ev,
				size_t nev, struct kerr *err)
{
	struct assessment *a = NULL;
	size_t n = 0;
	if (store_assessment_list(r->db, c->s.id, &a, &n, err))
		return NULL;
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++) {
		if (!assess_visible(c, &a[i]))
			continue;
		json_t *j = assessment_to_json(c, &a[i], a[i].kind, a[i].kind == ASSESS_PERIODIK ?
					       cp_of(m, a[i].checkpoint_id) : NULL, NULL);
		json_object_set_new(j, "diubah_oleh_keberatan", a[i].final ?
				    decision_json(ev, nev, a[i].id) : json_null());
		json_array_append_new(arr, j);
	}
	assessments_free(a, n);
	return arr;
}

/* One rater group: its number of answers and, when shown, the figures. */
static json_t *group_json(const struct aggregate360 *g, enum rater_group k)
{
	json_t *values = json_array();
	for (size_t i = 0; g->shown && i < VALUES_360; i++)
		json_array_append_new(values, json_pack("{s:s, s:s, s:i, s:o}", "kode",
			berakhlak_at(i)->code, "nama", berakhlak_at(i)->name, "jumlah", g->n[i],
			"rata_rata", g->n[i] ? json_real((double)(long long)(g->mean[i] * 100 + 0.5)
							 / 100) : json_null()));
	return json_pack("{s:s, s:s, s:i, s:b, s:o}", "kelompok", rater_group_name(k), "label",
			 rater_group_label(k), "jawaban", g->answers, "ditampilkan", g->shown,
			 "nilai", values);
}

/* The 360 results of one round (the self-assessment only for the
 * employee and the pejabat penilai). */
static json_t *round_json(struct req *r, const struct assess_ctx *c, const struct round360 *rd,
			  struct kerr *err)
{
	struct result360 res;
	if (store_result360(r->db, rd, c->s.employee_id, &res, err))
		return NULL;
	json_t *groups = json_array();
	int self_ok = c->role == SKP_ROLE_OWNER || c->role == SKP_ROLE_ASSESSOR;
	for (int g = 0; g < RATER__GROUPS; g++)
		if (g != RATER_DIRI || self_ok)
			json_array_append_new(groups, group_json(&res.group[g], (enum rater_group)g));
	int withheld = res.withheld;
	result360_release(&res);
	return json_pack("{s:I, s:s, s:I, s:s, s:i, s:i, s:b, s:o}", "putaran_id",
			 (json_int_t)rd->id, "putaran", rd->name, "titik_id",
			 (json_int_t)rd->checkpoint_id, "titik", rd->checkpoint_name, "skala", rd->scale,
			 "ambang", rd->threshold, "ditahan", withheld, "kelompok", groups);
}

static json_t *r360_json(struct req *r, const struct assess_ctx *c, const struct skp_monitor *m,
			 struct kerr *err)
{
	struct round360 *rounds = NULL;
	size_t n = 0;
	if (store_round360_list(r->db, &rounds, &n, err))
		return NULL;
	json_t *arr = json_array();
	for (size_t i = n; i-- > 0 && arr;) {
		const struct checkpoint *cp = cp_of(m, rounds[i].checkpoint_id);
		if (rounds[i].period_id != c->s.period_id || !cp || !checkpoint_in_skp(cp, &c->s))
			continue;
		json_t *j = round_json(r, c, &rounds[i], err);
		if (j)
			json_array_append_new(arr, j);
		else {
			json_decref(arr);
			arr = NULL;
		}
	}
	free(rounds);
	return arr;
}

static json_t *history_json(const struct assess_ctx *c, const struct skp_monitor *m,
			    const struct assessment_event *e, size_t n)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		if (strcmp(e[i].action, "draf") || c->role == SKP_ROLE_ASSESSOR)
			json_array_append_new(arr, assessment_event_to_json(&e[i], m->cp, m->n_cp));
	return arr;
}

static json_t *curve_json_of(struct req *r, const struct assess_ctx *c, struct kerr *err)
{
	struct unit_curve uc;
	int64_t basis = 0;
	if (store_curve_default_basis(r->db, c->s.period_id, &basis, err) ||
	    store_unit_curve_at(r->db, c->s.period_id, c->unit_id, basis, &uc, err)) {
		unit_curve_release(&uc);
		return NULL;
	}
	json_t *j = curve_to_json(&uc, c->s.period_id);
	json_object_del(j, "alasan");   /* the leader's words about others: not here */
	unit_curve_release(&uc);
	return j;
}

/* Builds the whole explanation into *out. */
static int explanation(struct req *r, const struct assess_ctx *c, const struct skp_monitor *m,
		       json_t **out, struct kerr *err)
{
	struct assessment_event *ev = NULL;
	size_t nev = 0;
	if (store_assessment_events(r->db, c->s.id, &ev, &nev, err))
		return -1;
	json_t *parts[3] = { assessments_json(r, c, m, ev, nev, err), NULL, NULL };
	if (parts[0])
		parts[1] = r360_json(r, c, m, err);
	if (parts[1])
		parts[2] = curve_json_of(r, c, err);
	if (!parts[2]) {
		for (int i = 0; i < 3; i++)
			json_decref(parts[i]);
		assessment_events_free(ev, nev);
		return -1;
	}
	*out = json_pack("{s:I, s:{s:I, s:s, s:s, s:s, s:s}, s:{s:I, s:s, s:s}, s:o, s:o, s:o, "
			 "s:o, s:o, s:o, s:b}", "skp_id", (json_int_t)c->s.id,
			 "pegawai", "id", (json_int_t)c->owner.id, "nama", c->owner.name, "nip",
			 c->owner.nip, "jabatan", c->owner.position_name, "unit", c->owner.unit_name,
			 "periode", "id", (json_int_t)c->p.id, "nama", c->p.name, "status", c->p.state,
			 "capaian", achievements_json(&c->s, m), "penilaian", parts[0],
			 "matriks", matrix_json(), "umpan_balik_360", parts[1], "kurva", parts[2],
			 "riwayat", history_json(c, m, ev, nev), "kepala_unit", c->headed_unit != 0);
	assessment_events_free(ev, nev);
	return 0;
}

/* GET /api/v1/skp/{id}/penjelasan */
int api_explanation(struct req *r)
{
	struct assess_ctx c;
	struct skp_monitor m;
	struct kerr err = KERR_INIT;
	json_t *j = NULL;
	if (assess_ctx_load(r, r->path_id, &c, &err))
		return reply_error(r, &err);
	memset(&m, 0, sizeof m);
	int rc = store_skp_monitor(r->db, &c.s, &m, &err);
	if (!rc)
		rc = explanation(r, &c, &m, &j, &err);
	skp_monitor_release(&m);
	assess_ctx_release(&c);
	return rc ? reply_error(r, &err) : reply_json(r, 200, j);
}
