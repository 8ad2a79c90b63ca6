/*
 * evaluation_access.c - who reads figures and survey results, who
 * manages and who answers a survey (see evaluation_access.h).
 */
#include "http/evaluation_access.h"
#include "http/scope.h"
#include "http/request.h"
#include "store/briefing.h"

#include <string.h>

int64_t eval_reader_root(struct req *r)
{
	struct kerr err = KERR_INIT;
	int64_t led = 0;
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR)
		return 0;
	if (r->who.role == ROLE_PENGELOLA && r->who.scope_unit_id)
		return r->who.scope_unit_id;
	if (r->who.employee_id && !store_eval_led_unit(r->db, r->who.employee_id, &led, &err) &&
	    led)
		return led;
	return -1;
}

int eval_unit_within(struct req *r, int64_t unit_id, int64_t root)
{
	struct kerr err = KERR_INIT;
	if (root == 0)
		return 1;
	if (root < 0 || unit_id == 0)
		return 0;
	return store_unit_within(r->db, unit_id, root, &err) == 1;
}

int eval_may_read_unit(struct req *r, int64_t unit_id, struct kerr *err)
{
	struct unit u;
	if (unit_id && store_unit_get(r->db, unit_id, &u, err)) {
		if (err->code == KERR_NOT_FOUND)
			copy_str(err->field, sizeof err->field, "unit");
		return 0;
	}
	int64_t root = eval_reader_root(r);
	if (eval_unit_within(r, unit_id, root))
		return 1;
	if (root < 0)
		kerr_set(err, KERR_FORBIDDEN, "unit", "Angka proses dan hasil survei hanya dapat "
			 "dilihat pengelola kinerja, pimpinan unit, auditor dan administrator");
	else
		kerr_set(err, KERR_FORBIDDEN, "unit", "Unit ini berada di luar unit yang Anda "
			 "pimpin atau kelola; pilih unit Anda atau unit di bawahnya");
	return 0;
}

/* 1 if the reader's root and the survey's audience overlap. */
static int overlaps(struct req *r, int64_t root, const struct survey *s)
{
	struct kerr err = KERR_INIT;
	if (root < 0)
		return 0;
	if (root == 0 || s->unit_id == 0)
		return 1;
	return store_unit_within(r->db, s->unit_id, root, &err) == 1 ||
	       store_unit_within(r->db, root, s->unit_id, &err) == 1;
}

unsigned survey_roles(struct req *r, const struct survey *s)
{
	unsigned roles = 0;
	struct kerr err = KERR_INIT;
	int64_t root = eval_reader_root(r), group = 0;
	if (overlaps(r, root, s))
		roles |= SURVEY_ROLE_READER;
	if (r->who.role != ROLE_AUDITOR && !survey_may_target(r, s->unit_id, &err))
		roles |= SURVEY_ROLE_MANAGE;
	if (s->state != SURVEY_DRAF && r->who.employee_id &&
	    store_survey_addresses(r->db, s, r->who.employee_id, &group, &err) == 1)
		roles |= SURVEY_ROLE_ADDRESSED;
	return roles ? roles | SURVEY_ROLE_SEE : 0;
}

int survey_load(struct req *r, int64_t id, struct survey *s, unsigned *roles,
		struct kerr *err)
{
	if (store_survey_get(r->db, id, s, err))
		return -1;
	*roles = survey_roles(r, s);
	/* a draft: HR who manage it, auditors and administrators */
	if (s->state == SURVEY_DRAF && !(*roles & SURVEY_ROLE_MANAGE) &&
	    r->who.role != ROLE_AUDITOR && r->who.role != ROLE_ADMIN &&
	    !(r->who.role == ROLE_PENGELOLA && (*roles & SURVEY_ROLE_READER))) {
		survey_release(s);
		return kerr_set(err, KERR_NOT_FOUND, "survei", "Survei tidak ditemukan");
	}
	if (*roles & SURVEY_ROLE_SEE)
		return 0;
	char audience[200];
	copy_str(audience, sizeof audience, s->unit_id ? s->unit_name : "seluruh pegawai aktif");
	survey_release(s);
	return kerr_set(err, KERR_FORBIDDEN, "survei", "Survei ini tidak ditujukan kepada Anda: "
			"ditujukan kepada %s", audience);
}

int survey_may(unsigned roles, unsigned need, struct kerr *err)
{
	if (roles & need)
		return 1;
	switch (need) {
	case SURVEY_ROLE_ADDRESSED:
		kerr_set(err, KERR_FORBIDDEN, "survei", "Survei ini tidak ditujukan kepada Anda");
		break;
	case SURVEY_ROLE_MANAGE:
		kerr_set(err, KERR_FORBIDDEN, "", "Hanya administrator, atau pengelola kinerja yang "
			 "cakupannya meliputi seluruh tujuan survei ini, yang dapat mengubah, "
			 "membuka atau menutupnya");
		break;
	default:
		kerr_set(err, KERR_FORBIDDEN, "", "Hasil dan partisipasi survei hanya dapat dilihat "
			 "pengelola kinerja, pimpinan unit yang dituju, auditor dan administrator");
	}
	return 0;
}

int survey_may_target(struct req *r, int64_t unit_id, struct kerr *err)
{
	return scope_may_address(r, unit_id, "Survei", "menyusun survei", err);
}
