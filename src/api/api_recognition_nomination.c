/*
 * api_recognition_nomination.c - nominations of a "pegawai berprestasi"
 * over the API: the list a caller may see, nominating (a leader of the
 * nominee's unit, with a reason), one nomination, the decision of HR or
 * an administrator, and the certificate (PDF) of an approved one.
 */
#include "api/api_recognition.h"
#include "api/api_util.h"
#include "core/timeutil.h"
#include "http/assess_access.h"
#include "http/document_access.h"
#include "http/recognition_access.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEXT_BUF (NOMINATION_TEXT_MAX * 4 + 1)

json_t *nomination_to_json(const struct nomination *n, unsigned roles)
{
	int ok = n->state == NOM_DISETUJUI;
	return json_pack("{s:I, s:{s:I, s:s}, s:{s:I, s:s, s:s, s:s}, s:{s:o, s:s}, s:s, s:s, "
			 "s:s, s:{s:o, s:s}, s:o, s:o, s:o, s:o, s:o, s:I, s:b, s:o}",
			 "id", (json_int_t)n->id, "periode", "id", (json_int_t)n->period_id, "nama",
			 n->period_name, "pegawai", "id", (json_int_t)n->employee_id, "nip", n->nip,
			 "nama", n->employee_name, "jabatan", n->position_name, "unit", "id",
			 api_id(n->unit_id), "nama", n->unit_name, "alasan", n->reason, "status",
			 nomination_state_name(n->state), "peringkat", n->rank_text, "pengusul",
			 "pegawai_id", api_id(n->nominator_employee_id), "nama", n->nominator_name,
			 "diajukan_pada", api_time(n->nominated_at), "diputus_oleh",
			 n->decided_at ? json_string(n->decider_name) : json_null(), "catatan",
			 n->decided_at ? json_string(n->note) : json_null(), "diputus_pada",
			 api_time(n->decided_at), "piagam",
			 ok ? json_sprintf("/api/v1/penghargaan/usulan/%lld/piagam", (long long)n->id)
			    : json_null(),
			 "version", (json_int_t)n->version, "boleh_memutus",
			 (roles & NOM_ROLE_DECIDER) && n->state == NOM_DIAJUKAN,
			 "pangkat_saat_disetujui", ok ? json_pack("{s:s, s:s, s:s, s:s}", "nama",
			 n->nominee_name, "nip", n->nominee_nip, "jabatan", n->nominee_position, "unit",
			 n->nominee_unit) : json_null());
}

static int reply_nomination(struct req *r, int64_t id, int status)
{
	struct kerr err = KERR_INIT;
	struct nomination n;
	unsigned roles = 0;
	if (rec_nomination_load(r, id, &n, &roles, &err))
		return reply_error(r, &err);
	json_t *j = nomination_to_json(&n, roles);
	nomination_release(&n);
	return reply_json(r, status, j);
}

/* ---- the list ------------------------------------------------------------------------------- */

/* Which nominations the caller lists: a unit they may see (?unit=ID), or
 * by default everything (administrator, auditor), the scope (pengelola),
 * the unit they lead, else their own (as nominee or nominator). */
static int list_scope(struct req *r, int64_t period_id, int64_t *unit, int64_t *mine,
		      struct kerr *err)
{
	struct kerr ignored = KERR_INIT;
	*mine = 0;
	if (req_query_id(r, "unit", unit, err))
		return -1;
	if (req_query(r, "unit"))
		return rec_may_see_ranking(r, *unit, err) ? 0 : -1;
	if (rec_default_unit(r, period_id, unit, err))
		return -1;
	if (!rec_may_see_ranking(r, *unit, &ignored)) {
		*unit = 0;
		*mine = r->who.employee_id ? r->who.employee_id : -1;
	}
	return 0;
}

/* GET /api/v1/penghargaan/usulan?periode=&unit= */
int api_nomination_list(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct period p;
	struct nomination *v = NULL;
	size_t n = 0;
	int64_t unit = 0, mine = 0;
	if (rec_period_of_query(r, &p, &err) || list_scope(r, p.id, &unit, &mine, &err) ||
	    store_nomination_list(r->db, p.id, unit, mine, &v, &n, &err))
		return reply_error(r, &err);
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++) {
		struct kerr ignored = KERR_INIT;
		unsigned roles = rec_may_decide(r, v[i].unit_id, &ignored) ? NOM_ROLE_DECIDER : 0;
		json_array_append_new(items, nomination_to_json(&v[i], roles));
	}
	nominations_free(v, n);
	return reply_json(r, 200, json_pack("{s:o}", "items", items));
}

/* ---- nominating ----------------------------------------------------------------------------- */

/* POST /api/v1/penghargaan/usulan {periode_id?, pegawai_id, alasan}: 201 */
int api_nomination_create(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct period p;
	int64_t period_id = 0, employee_id = 0, id = 0;
	char *reason = xcalloc(1, TEXT_BUF);
	static const char *const extra[] = { "periode_id", "pegawai_id", NULL };
	const struct json_field f[] = { { "alasan", reason, TEXT_BUF, 0 } };
	json_t *body = req_json_or_reply(r);
	if (!body) {
		free(reason);
		return 0;
	}
	int rc = json_take_strings(body, f, 1, extra, &err) ||
		 json_take_int(body, "periode_id", 1, 0, &period_id, &err) < 0 ||
		 json_take_int(body, "pegawai_id", 1, 0, &employee_id, &err) < 0;
	json_decref(body);
	if (!rc && !employee_id)
		rc = kerr_set(&err, KERR_INVALID, "pegawai_id", "Kolom 'pegawai_id' wajib diisi "
			      "(pegawai yang diusulkan)");
	if (!rc && !period_id && !(rc = store_period_current(r->db, &p, &err)))
		period_id = p.id;
	if (!rc)
		rc = rec_nominate(r, period_id, employee_id, reason, &id, &err);
	free(reason);
	return rc ? reply_error(r, &err) : reply_nomination(r, id, 201);
}

/* GET /api/v1/penghargaan/usulan/{id} */
int api_nomination_get(struct req *r)
{
	return reply_nomination(r, r->path_id, 200);
}

/* ---- the decision ---------------------------------------------------------------------------- */

/* POST /api/v1/penghargaan/usulan/{id}/putusan {putusan, catatan?, version?} */
int api_nomination_decide(struct req *r)
{
	struct kerr err = KERR_INIT;
	char decision[16] = "", *note = xcalloc(1, TEXT_BUF);
	int64_t version = 0;
	static const char *const extra[] = { "version", NULL };
	const struct json_field f[] = { { "putusan", decision, sizeof decision, 0 },
					{ "catatan", note, TEXT_BUF, 0 } };
	json_t *body = req_json_or_reply(r);
	if (!body) {
		free(note);
		return 0;
	}
	int rc = json_take_strings(body, f, 2, extra, &err) ||
		 json_take_int(body, "version", 1, 0, &version, &err) < 0;
	json_decref(body);
	if (!rc)
		rc = rec_decide(r, r->path_id, decision, note, version, &err);
	free(note);
	return rc ? reply_error(r, &err) : reply_nomination(r, r->path_id, 200);
}

/* GET /api/v1/penghargaan/usulan/{id}/piagam: the PDF of an approved one. */
int api_nomination_certificate(struct req *r)
{
	return reply_nomination_certificate(r, r->path_id);
}
