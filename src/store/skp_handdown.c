/*
 * skp_handdown.c - the superior hands one of their results (RHK) down to
 * chosen subordinates as a proposed RHK: the "matriks peran hasil" of
 * e-Kinerja.
 *
 * The superior is the RHK's owner.  Every chosen employee must have them
 * as pejabat penilai (by the position hierarchy, loaded once); each gets,
 * in their SKP of the period (a new draft when they have none), an utama
 * RHK with the same text pointing at the superior's RHK, marked proposed
 * and without IKI.  An SKP that already points at the RHK is skipped.  One
 * transaction: if any employee is refused (not a subordinate, SKP not
 * editable) nothing is written.
 */
#include "store/plan.h"
#include "store/db.h"
#include "store/plan_int.h"
#include "store/store_int.h"
#include "domain/hierarchy.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

struct handdown {
	struct db *db;
	const struct actor *who;
	int64_t rhk_id;
	char *text;            /* the RHK's text */
	struct skp owner;      /* the superior's SKP (head only) */
	struct period p;
	int count;
};

/* The RHK handed down, its owner's SKP and the period (open). */
static int load_source(struct handdown *hd, struct kerr *err)
{
	int64_t skp_id = 0;
	struct db_rows *rows = db_query(hd->db, "SELECT skp_id, text FROM rhk WHERE id = $1",
					DB_ARGS(DB_INT(hd->rhk_id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		skp_id = db_int(rows, 0);
		hd->text = xstrdup(db_text(rows, 1));
	}
	db_rows_free(rows);
	if (rc <= 0)
		return rc < 0 ? -1 : kerr_set(err, KERR_NOT_FOUND, "rhk_id", "RHK tidak ditemukan");
	if (plan_skp_head(hd->db, skp_id, &hd->owner, &hd->p, err))
		return -1;
	if (strcmp(hd->p.state, period_state_name(PERIOD_OPEN)) != 0)
		return kerr_set(err, KERR_CONFLICT, "rhk_id", "Periode %s tidak terbuka", hd->p.name);
	return 0;
}

/* The employee, who must have the RHK's owner as pejabat penilai. */
static int check_subordinate(struct handdown *hd, int64_t id, struct employee *e,
			     struct kerr *err)
{
	struct kerr why = KERR_INIT;
	if (store_employee_get(hd->db, id, e, &why))
		return why.code == KERR_NOT_FOUND
			? kerr_set(err, KERR_INVALID, "pegawai", "Pegawai %lld tidak ditemukan",
				   (long long)id)
			: kerr_set(err, why.code, why.field, "%s", why.msg);
	int64_t assessor = 0, superior = 0;
	if (store_employee_assessors(hd->db, e->id, &assessor, &superior, err))
		return -1;
	if (!e->position_id || assessor != hd->owner.employee_id)
		return kerr_set(err, KERR_INVALID, "pegawai",
				"%s (NIP %s) bukan bawahan langsung pemilik RHK ini", e->name, e->nip);
	return 0;
}

/* The employee's latest SKP of the period (0 if none) and whether it
 * already points at the RHK. */
static int find_skp(struct handdown *hd, const struct employee *e, int64_t *skp_id,
		    int64_t *has_it, struct kerr *err)
{
	*skp_id = *has_it = 0;
	int rc = db_query_int(hd->db,
		"SELECT id FROM skp WHERE employee_id = $1 AND period_id = $2 "
		"ORDER BY month_from DESC LIMIT 1",
		DB_ARGS(DB_INT(e->id), DB_INT(hd->p.id)), skp_id, err);
	if (rc <= 0)
		return rc;
	return db_query_int(hd->db,
		"SELECT COUNT(*) FROM rhk WHERE skp_id = $1 AND parent_rhk_id = $2",
		DB_ARGS(DB_INT(*skp_id), DB_INT(hd->rhk_id)), has_it, err) < 0 ? -1 : 0;
}

/* The SKP to receive the RHK: a new draft when there is none; taken for
 * the edit (plan_skp_editable), with a refusal that names the employee. */
static int target_skp(struct handdown *hd, const struct employee *e, int64_t *skp_id,
		      struct kerr *err)
{
	struct skp head = { 0 };
	struct period p;
	struct kerr why = KERR_INIT;
	if (!*skp_id) {
		head.employee_id = e->id;
		head.period_id = hd->p.id;
		if (plan_skp_create_tx(hd->db, hd->who, &head, err))
			return -1;
		*skp_id = head.id;
	}
	if (!plan_skp_editable(hd->db, *skp_id, &head, &p, &why))
		return 0;
	if (why.code != KERR_CONFLICT)
		return kerr_set(err, why.code, why.field, "%s", why.msg);
	return kerr_set(err, KERR_CONFLICT, "pegawai", "SKP %s (NIP %s): %s", e->name, e->nip,
			why.msg);
}

/* Gives one employee the proposed RHK (unless their SKP already has it). */
static int hand_to(struct handdown *hd, int64_t employee_id, struct kerr *err)
{
	struct employee e;
	struct rhk r = { 0 };
	int64_t skp_id = 0, has_it = 0;
	if (check_subordinate(hd, employee_id, &e, err) ||
	    find_skp(hd, &e, &skp_id, &has_it, err))
		return -1;
	if (has_it)
		return 0;
	if (target_skp(hd, &e, &skp_id, err))
		return -1;
	r.skp_id = skp_id;
	copy_str(r.kind, sizeof r.kind, "utama");
	r.text = hd->text;
	r.parent_rhk_id = hd->rhk_id;
	r.proposed = 1;
	if (plan_rhk_insert(hd->db, &r, err) ||
	    store_audit_json(hd->db, hd->who, "create", "rhk", r.id, NULL, plan_rhk_json(&r), err))
		return -1;
	hd->count++;
	return 0;
}

static int hand_down_tx(struct handdown *hd, const int64_t *ids, size_t n, struct kerr *err)
{
	if (!n)
		return kerr_set(err, KERR_INVALID, "pegawai", "Pilih minimal satu pegawai bawahan");
	if (load_source(hd, err))
		return -1;
	for (size_t i = 0; i < n; i++)
		if (hand_to(hd, ids[i], err))
			return -1;
	return 0;
}

int store_rhk_hand_down(struct db *db, const struct actor *who, int64_t rhk_id,
			const int64_t *employee_ids, size_t n, struct kerr *err)
{
	struct handdown hd = { .db = db, .who = who, .rhk_id = rhk_id };
	if (db_begin(db, err))
		return -1;
	int rc = db_finish(db, hand_down_tx(&hd, employee_ids, n, err), err);
	free(hd.text);
	return rc ? -1 : hd.count;
}
