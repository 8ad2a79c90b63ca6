/*
 * dashboard_access.h - which dashboard a caller sees, shared by the page
 * (/dasbor) and the API (/api/v1/dasbor):
 *
 *   - administrators and auditors: the whole office, or any unit;
 *   - a pengelola kinerja: their scope unit and the units below it;
 *   - a leader (whoever holds or acts in (Plt) the post heading a unit:
 *     the Camat, a Lurah, a Kepala Seksi): that unit and those below it;
 *   - everyone else, and anyone asking with saya=1: their own dashboard.
 *
 * The reader's root is eval_reader_root's (http/evaluation_access.h), so
 * the dashboards and the evaluation figures agree on who reads a unit.
 */
#ifndef KINERJA_DASHBOARD_ACCESS_H
#define KINERJA_DASHBOARD_ACCESS_H

#include "store/dashboard.h"

struct req;

/*
 * Reads ?periode=ID (default: the current period), ?unit=ID and ?saya=1
 * into *sc for the caller, and sets *root to the units they read (0: all,
 * a unit id, or -1: none).  Refuses: a parameter that is not a positive
 * id (KERR_INVALID naming it); an unknown period or unit (KERR_NOT_FOUND
 * "periode" / "unit"); a unit asked by someone who reads no unit, or one
 * outside what they read (KERR_FORBIDDEN "unit"); saya=1 with a unit, or
 * an own dashboard for an account that is no employee (KERR_INVALID
 * "saya" / KERR_FORBIDDEN "").  Fills *p (and *u for a unit scope).
 */
int dash_scope_of_request(struct req *r, struct dash_scope *sc, int64_t *root,
			  struct period *p, struct unit *u, struct kerr *err);

#endif
