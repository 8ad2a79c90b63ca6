/*
 * api_dashboard.c - the JSON API of the dashboards: GET /api/v1/dasbor
 * ?periode=ID&unit=ID&saya=1 gives for the caller's scope (a unit and
 * those below it, or the caller alone; http/dashboard_access.h) where the
 * period stands, the predicate distribution against the curve (units) or
 * the caller's own predicates, the achievement over the checkpoints, the
 * BerAKHLAK profile and the trend over periods - the figures of one
 * dash_board (store/dashboard.h: a unit's kept between requests while
 * the data stays the same).  docs/api-dashboard.md.
 */
#include "api/api_dashboard.h"
#include "api/api_util.h"
#include "http/dashboard_access.h"
#include "http/request.h"
#include "http/router.h"
#include "core/timeutil.h"

#include <stdlib.h>

/* {"jenis": "unit"|"pegawai", "unit": {...}|null, "pegawai_id"} */
static json_t *scope_json(const struct dash_scope *sc, const struct unit *u)
{
	json_t *unit = json_null();
	if (!sc->employee_id && sc->unit_id)
		unit = json_pack("{s:I, s:s, s:s}", "id", (json_int_t)u->id, "kode", u->code, "nama",
				 u->name);
	return json_pack("{s:s, s:o, s:o}", "jenis", sc->employee_id ? "pegawai" : "unit", "unit",
			 unit, "pegawai_id", api_id(sc->employee_id));
}

/* [{"titik_id","nama","predikat"}...] the employee's own predicates per
 * checkpoint, then the tahunan one. */
static json_t *own_predicates_json(const struct dash_board *b)
{
	json_t *a = json_array();
	for (size_t i = 0; i < b->st.n_cp; i++)
		json_array_append_new(a, json_pack("{s:I, s:s, s:o}", "titik_id",
			(json_int_t)b->st.cp[i].id, "nama", b->st.cp[i].name, "predikat",
			b->own_pred[i] < PRED__COUNT ? json_string(predicate_name(b->own_pred[i]))
						     : json_null()));
	json_array_append_new(a, json_pack("{s:n, s:s, s:o}", "titik_id", "nama", "Tahunan",
		"predikat", b->own_annual < PRED__COUNT ? json_string(predicate_name(b->own_annual))
							: json_null()));
	return a;
}

/* The whole answer from the dashboard's figures. */
static json_t *board_json(const struct dash_board *b, const struct unit *u)
{
	int own = b->sc.employee_id != 0;
	json_t *j = json_pack("{s:o, s:o}", "cakupan", scope_json(&b->sc, u), "status",
			      dash_status_json(&b->st));
	if (own) {
		json_object_set_new(j, "predikat_saya", own_predicates_json(b));
	} else {
		char when[32];
		format_time_iso(when, sizeof when, b->computed_at);
		json_object_set_new(j, "dihitung_pada", json_string(when));
		json_object_set_new(j, "distribusi", dash_distribution_json(&b->dist));
	}
	json_object_set_new(j, "capaian", dash_achievement_json(&b->ach));
	json_object_set_new(j, "berakhlak", dash_berakhlak_json(&b->ber, own));
	json_object_set_new(j, "tren", dash_trend_json(b->trend, b->n_trend, own));
	return j;
}

/* GET /api/v1/dasbor?periode=&unit=&saya= */
static int api_dashboard(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct dash_scope sc;
	struct period p;
	struct unit u;
	int64_t root;
	if (dash_scope_of_request(r, &sc, &root, &p, &u, &err))
		return reply_error(r, &err);
	const struct dash_board *b = dash_board_get(r->db, &sc, &err);
	if (!b)
		return reply_error(r, &err);
	json_t *j = board_json(b, &u);
	dash_board_put(b);
	return reply_json(r, 200, j);
}

const struct route api_dashboard_routes[] = {
	{ "GET", "/api/v1/dasbor", api_dashboard, ACCESS_LOGIN },
	{ NULL },
};
