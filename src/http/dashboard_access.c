/*
 * dashboard_access.c - which dashboard a caller sees (see
 * dashboard_access.h).
 */
#include "http/dashboard_access.h"
#include "http/evaluation_access.h"
#include "http/request.h"

#include <string.h>

static int period_param(struct req *r, int64_t *id, struct kerr *err)
{
	struct period cur;
	if (req_query_id(r, "periode", id, err) < 0)
		return -1;
	if (*id)
		return 0;
	if (!store_period_current(r->db, &cur, err)) {
		*id = cur.id;
		return 0;
	}
	if (err->code == KERR_NOT_FOUND) {
		kerr_clear(err);
		kerr_set(err, KERR_NOT_FOUND, "periode", "Belum ada periode kinerja; administrator "
			 "membuatnya di halaman Periode");
	}
	return -1;
}

/* The caller's own dashboard. */
static int own_scope(struct req *r, struct dash_scope *sc, struct kerr *err)
{
	if (!r->who.employee_id)
		return kerr_set(err, KERR_FORBIDDEN, "", "Akun ini tidak terhubung dengan data "
				"pegawai, jadi tidak memiliki dasbor pribadi");
	sc->employee_id = r->who.employee_id;
	sc->unit_id = 0;
	return 0;
}

static int unit_scope(struct req *r, struct dash_scope *sc, int64_t asked, int64_t root,
		      struct kerr *err)
{
	struct unit u;
	if (asked && store_unit_get(r->db, asked, &u, err)) {
		if (err->code == KERR_NOT_FOUND)
			copy_str(err->field, sizeof err->field, "unit");
		return -1;
	}
	sc->unit_id = asked ? asked : root;
	if (eval_unit_within(r, sc->unit_id, root))
		return 0;
	return kerr_set(err, KERR_FORBIDDEN, "unit", "Unit ini berada di luar unit yang Anda "
			"pimpin atau kelola; pilih unit Anda atau unit di bawahnya");
}

int dash_scope_of_request(struct req *r, struct dash_scope *sc, int64_t *root,
			  struct period *p, struct unit *u, struct kerr *err)
{
	int64_t asked = 0;
	const char *saya = req_query(r, "saya");
	int own = saya && !strcmp(saya, "1");
	memset(sc, 0, sizeof *sc);
	*root = eval_reader_root(r);
	if (period_param(r, &sc->period_id, err) || req_query_id(r, "unit", &asked, err) < 0)
		return -1;
	if (saya && !own && saya[0])
		return kerr_set(err, KERR_INVALID, "saya", "saya hanya boleh bernilai 1 (dasbor Anda "
				"sendiri)");
	if (own && asked)
		return kerr_set(err, KERR_INVALID, "saya", "Pilih dasbor Anda sendiri (saya=1) atau "
				"dasbor satu unit (unit), tidak keduanya");
	if (asked && *root < 0)
		return kerr_set(err, KERR_FORBIDDEN, "unit", "Dasbor unit hanya dapat dilihat "
				"pimpinan unit, pengelola kinerja, auditor dan administrator; Anda "
				"dapat melihat dasbor Anda sendiri");
	int rc = own || *root < 0 ? own_scope(r, sc, err) : unit_scope(r, sc, asked, *root, err);
	if (rc)
		return -1;
	return store_dash_check(r->db, sc, p, u, err);
}
