/*
 * recognition_access.c - who may see a whole ranking, nominate, decide
 * and read nominations and credit statements (see recognition_access.h).
 */
#include "http/recognition_access.h"
#include "http/assess_access.h"
#include "http/auth.h"
#include "http/request.h"

#include <stdio.h>
#include <string.h>

int rec_may_see_ranking(struct req *r, int64_t unit_id, struct kerr *err)
{
	struct unit u;
	if (unit_id && store_unit_get(r->db, unit_id, &u, err)) {
		if (err->code == KERR_NOT_FOUND)
			copy_str(err->field, sizeof err->field, "unit");
		return 0;
	}
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR)
		return 1;
	if (!unit_id) {
		kerr_set(err, KERR_FORBIDDEN, "unit", "Peringkat seluruh instansi hanya dapat dilihat "
			 "administrator dan auditor; pilih unit kerja");
		return 0;
	}
	if (r->who.role == ROLE_PENGELOLA && may_manage_unit(r, unit_id))
		return 1;
	int leads = store_employee_leads_unit(r->db, r->who.employee_id, unit_id, err);
	if (leads < 0)
		return 0;
	if (leads)
		return 1;
	kerr_set(err, KERR_FORBIDDEN, "", "Peringkat lengkap unit ini hanya dapat dilihat pimpinan "
		 "unit, pengelola kinerja, auditor dan administrator; Anda dapat melihat posisi "
		 "Anda sendiri");
	return 0;
}

int rec_default_unit(struct req *r, int64_t period_id, int64_t *unit_id, struct kerr *err)
{
	*unit_id = 0;
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR)
		return 0;
	if (r->who.role == ROLE_PENGELOLA && r->who.scope_unit_id) {
		*unit_id = r->who.scope_unit_id;
		return 0;
	}
	if (!r->who.employee_id)
		return 0;
	if (store_employee_headed_unit(r->db, r->who.employee_id, unit_id, err))
		return -1;
	if (*unit_id)
		return 0;
	return store_ranking_unit_of(r->db, period_id, r->who.employee_id, unit_id, err);
}

int rec_period_of_query(struct req *r, struct period *p, struct kerr *err)
{
	int64_t id = 0;
	if (req_query_id(r, "periode", &id, err))
		return -1;
	int rc = id ? store_period_get(r->db, id, p, err) : store_period_current(r->db, p, err);
	if (rc && err->code == KERR_NOT_FOUND)
		copy_str(err->field, sizeof err->field, "periode");
	return rc;
}

int rec_may_nominate(struct req *r, int64_t unit_id, struct kerr *err)
{
	if (r->who.role == ROLE_ADMIN)
		return 1;
	int leads = unit_id ? store_employee_leads_unit(r->db, r->who.employee_id, unit_id, err)
			    : 0;
	if (leads > 0)
		return 1;
	if (leads == 0)
		kerr_set(err, KERR_FORBIDDEN, "pegawai", "Pegawai berprestasi diusulkan oleh pimpinan "
			 "unit kerjanya (kepala unit atau atasan di atasnya); pegawai ini berada di "
			 "luar unit yang Anda pimpin");
	return 0;
}

int rec_may_decide(struct req *r, int64_t unit_id, struct kerr *err)
{
	if (r->who.role == ROLE_ADMIN ||
	    (r->who.role == ROLE_PENGELOLA && unit_id && may_manage_unit(r, unit_id)))
		return 1;
	kerr_set(err, KERR_FORBIDDEN, "", "Usulan pegawai berprestasi disetujui atau ditolak oleh "
		 "pengelola kinerja unit tersebut atau administrator");
	return 0;
}

int rec_nomination_load(struct req *r, int64_t id, struct nomination *n, unsigned *roles,
			struct kerr *err)
{
	struct kerr ignored = KERR_INIT;
	int64_t me = r->who.employee_id;
	*roles = 0;
	if (store_nomination_get(r->db, id, n, err))
		return -1;
	if (rec_may_decide(r, n->unit_id, &ignored))
		*roles |= NOM_ROLE_DECIDER | NOM_ROLE_READER;
	if ((me && (me == n->employee_id || me == n->nominator_employee_id)) ||
	    r->who.role == ROLE_AUDITOR)
		*roles |= NOM_ROLE_READER;
	if (!*roles && n->unit_id && rec_may_see_ranking(r, n->unit_id, &ignored))
		*roles |= NOM_ROLE_READER;
	if (*roles)
		return 0;
	nomination_release(n);
	return kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat usulan ini");
}

/* ---- nominating and deciding ---------------------------------------------------------- */

/* "2 dari 7 di Seksi Pelayanan (Triwulan III)", "" without a place. */
static void rank_text(struct req *r, int64_t period_id, int64_t unit, int64_t employee_id,
		      char *out, size_t size)
{
	struct ranking rk;
	struct kerr ignored = KERR_INIT;
	out[0] = '\0';
	if (store_ranking(r->db, period_id, unit, RANK_BASIS_DEFAULT, &rk, &ignored))
		return;
	const struct rank_entry *e = ranking_find(&rk, employee_id);
	if (e && e->rank)
		snprintf(out, size, "%d dari %zu di %s (%s)", e->rank, rk.ranked, rk.unit_name,
			 rk.basis_checkpoint ? rk.basis_name : "Tahunan");
	ranking_release(&rk);
}

int rec_nominate(struct req *r, int64_t period_id, int64_t employee_id, const char *reason,
		 int64_t *id, struct kerr *err)
{
	struct actor who = req_actor(r);
	struct employee e;
	int64_t unit = 0;
	char name[300], rank[400];
	if (store_employee_get(r->db, employee_id, &e, err)) {
		if (err->code == KERR_NOT_FOUND)
			copy_str(err->field, sizeof err->field, "pegawai");
		return -1;
	}
	if (store_ranking_unit_of(r->db, period_id, employee_id, &unit, err))
		return -1;
	if (!unit)
		unit = e.unit_id;
	if (!rec_may_nominate(r, unit, err))
		return -1;
	caller_display_name(r, name, sizeof name);
	rank_text(r, period_id, unit, employee_id, rank, sizeof rank);
	struct nomination_input in = { period_id, employee_id, unit, reason, rank,
				       r->who.employee_id, name };
	return store_nomination_create(r->db, &who, &in, id, err);
}

int rec_decide(struct req *r, int64_t id, const char *decision, const char *note,
	       int64_t version, struct kerr *err)
{
	struct actor who = req_actor(r);
	struct nomination n;
	unsigned roles = 0;
	char name[300], nip[20], position[200];
	if (rec_nomination_load(r, id, &n, &roles, err))
		return -1;
	nomination_release(&n);
	if (!(roles & NOM_ROLE_DECIDER))
		return kerr_set(err, KERR_FORBIDDEN, "", "Usulan pegawai berprestasi disetujui atau "
				"ditolak oleh pengelola kinerja unit tersebut atau administrator");
	struct nomination_decision in = { id, version, NOM__STATES, note, name, nip, position };
	if (!decision || nomination_state_parse(decision, &in.state) || in.state == NOM_DIAJUKAN)
		return kerr_set(err, KERR_INVALID, "putusan", "Kolom 'putusan' wajib diisi: "
				"'disetujui' atau 'ditolak'");
	rec_caller_signature(r, name, sizeof name, nip, sizeof nip, position, sizeof position);
	return store_nomination_decide(r->db, &who, &in, err);
}

int credit_may_read(struct req *r, int64_t employee_id, struct employee *e, struct kerr *err)
{
	if (store_employee_get(r->db, employee_id, e, err))
		return 0;
	if (may_read_employee(r, e))
		return 1;
	kerr_set(err, KERR_FORBIDDEN, "", "Pernyataan angka kredit hanya dapat dilihat pegawai yang "
		 "bersangkutan, atasannya, pengelola kinerja, auditor dan administrator");
	return 0;
}

int credit_list_unit(struct req *r, int64_t *unit_id, struct kerr *err)
{
	*unit_id = 0;
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR)
		return 1;
	if (r->who.role == ROLE_PENGELOLA && r->who.scope_unit_id) {
		*unit_id = r->who.scope_unit_id;
		return 1;
	}
	kerr_set(err, KERR_FORBIDDEN, "", "Daftar angka kredit hanya untuk pengelola kinerja, "
		 "auditor dan administrator; buka pernyataan angka kredit Anda sendiri");
	return 0;
}

void rec_caller_signature(struct req *r, char *name, size_t nsize, char *nip, size_t nipsize,
			  char *position, size_t psize)
{
	struct employee e;
	struct kerr err = KERR_INIT;
	caller_display_name(r, name, nsize);
	nip[0] = position[0] = '\0';
	if (r->who.employee_id && !store_employee_get(r->db, r->who.employee_id, &e, &err)) {
		copy_str(nip, nipsize, e.nip);
		copy_str(position, psize, e.position_name);
	}
	if (!position[0])
		copy_str(position, psize, r->who.role == ROLE_ADMIN ? "Administrator"
								   : "Pengelola Kinerja");
}
