/*
 * skp_workflow.c - the SKP workflow: submitting, withdrawing, approving,
 * returning and revising (perubahan SKP), each step one transaction with
 * one history row (skp_events) and one audit row.
 *
 * The state machine is skp_transition (domain/skp.h).  Submitting runs
 * skp_check_complete, checks every intervensi link still points at the
 * pejabat penilai of the post the SKP covers (store_skp_assessor), and
 * records that pejabat penilai.  Approving
 * freezes the employee's and the assessor's details into header_json and
 * keeps a snapshot of the whole content in the history; starting a
 * revision keeps the approved content there too.
 */
#include "store/plan.h"
#include "store/db.h"
#include "store/plan_int.h"
#include "store/store_int.h"
#include "core/timeutil.h"
#include "domain/berakhlak.h"
#include "domain/golongan.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* What a step changes on the SKP row, and what it records. */
struct step {
	enum skp_state to;
	int64_t assessor_id, submitted_at, approved_at;
	int revision;
	const char *return_note;
	char *header_json;     /* owned */
	char *snapshot_json;   /* owned; for the history */
};

/* ---- snapshots ---------------------------------------------------------------- */

static json_t *iki_snapshot(const struct iki *k)
{
	return json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "id", (json_int_t)k->id,
			 "text", k->text ? k->text : "", "aspect", k->aspect,
			 "target_min", k->target_min, "target_max", k->target_max,
			 "target_text", k->target_text ? k->target_text : "",
			 "unit_label", k->unit_label, "direction", k->direction);
}

static json_t *rhk_snapshot(const struct rhk *r)
{
	json_t *iki = json_array();
	for (size_t i = 0; i < r->n_iki; i++)
		json_array_append_new(iki, iki_snapshot(&r->iki[i]));
	return json_pack("{s:I, s:s, s:i, s:s, s:I, s:I, s:s?, s:s, s:o}", "id", (json_int_t)r->id,
			 "kind", r->kind, "seq", r->seq, "text", r->text ? r->text : "",
			 "parent_rhk_id", (json_int_t)r->parent_rhk_id,
			 "goal_id", (json_int_t)r->goal_id, "parent_text", r->parent_text,
			 "perspective", r->perspective, "iki", iki);
}

static json_t *behaviour_snapshot(const struct skp *s)
{
	json_t *list = json_array();
	for (size_t i = 0; i < BERAKHLAK_COUNT; i++)
		json_array_append_new(list, json_pack("{s:s, s:s}", "value", berakhlak_at(i)->code,
						      "expectation",
						      s->expectation[i] ? s->expectation[i] : ""));
	return list;
}

static json_t *lampiran_snapshot(const struct skp *s)
{
	json_t *obj = json_object();
	for (int k = 0; k < ATT__KINDS; k++) {
		json_t *items = json_array();
		for (size_t i = 0; i < s->n_att[k]; i++)
			json_array_append_new(items, json_string(s->att[k][i].text));
		json_object_set_new(obj, attachment_kind_name((enum attachment_kind)k), items);
	}
	return obj;
}

/* The whole content of the SKP as JSON text; free() it. */
static char *content_snapshot(const struct skp *s)
{
	json_t *rhk = json_array();
	for (size_t i = 0; i < s->n_rhk; i++)
		json_array_append_new(rhk, rhk_snapshot(&s->rhk[i]));
	json_t *snap = json_pack("{s:I, s:i, s:s, s:i, s:i, s:o, s:o, s:o}",
				 "version", (json_int_t)s->version, "revision", s->revision,
				 "approach", s->approach, "month_from", s->month_from,
				 "month_to", s->month_to, "rhk", rhk,
				 "behaviour", behaviour_snapshot(s), "lampiran", lampiran_snapshot(s));
	char *text = snap ? json_dumps(snap, JSON_COMPACT) : NULL;
	json_decref(snap);
	return text;
}

/* ---- the frozen header ------------------------------------------------------------ */

/* "Drs. Budi Santoso, M.Si." */
static void full_name(const struct employee *e, struct strbuf *sb)
{
	if (e->front_title[0])
		strbuf_addf(sb, "%s ", e->front_title);
	strbuf_addstr(sb, e->name);
	if (e->back_title[0])
		strbuf_addf(sb, ", %s", e->back_title);
}

/* One party of the SKP; position_id 0 takes the employee's current one. */
static json_t *party_json(struct db *db, int64_t employee_id, int64_t position_id,
			  struct kerr *err)
{
	struct employee e;
	struct position pos;
	struct strbuf name = STRBUF_INIT;
	if (store_employee_get(db, employee_id, &e, err))
		return NULL;
	const char *jabatan = e.position_name, *unit = e.unit_name;
	if (position_id && position_id != e.position_id) {
		if (store_position_get(db, position_id, &pos, err))
			return NULL;
		jabatan = pos.name;
		unit = pos.unit_name;
	}
	const struct golongan *g = strcmp(e.nip_kind, "pppk") ? golongan_find(e.golongan)
							      : pppk_golongan_find(e.golongan);
	full_name(&e, &name);
	json_t *obj = json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:s}", "id", (json_int_t)e.id,
				"name", name.buf, "nip", e.nip, "pangkat", g ? g->pangkat : "",
				"golongan", e.golongan, "position", jabatan, "unit", unit);
	strbuf_release(&name);
	return obj;
}

/* The employee's and assessor's details and the approval date, as JSON
 * text (free() it). */
static char *header_snapshot(struct db *db, const struct skp *s, const struct period *p,
			     int64_t assessor_id, int revision, struct kerr *err)
{
	char today[11];
	json_t *self = party_json(db, s->employee_id, s->position_id, err);
	json_t *boss = self && assessor_id ? party_json(db, assessor_id, 0, err) : json_null();
	if (!self || !boss) {
		json_decref(self);
		json_decref(boss);
		return NULL;
	}
	plan_today_wib(today);
	json_t *h = json_pack("{s:o, s:o, s:s, s:s, s:s, s:s, s:i}", "employee", self,
			      "assessor", boss, "approved_date", today, "period", p->name,
			      "period_start", p->start_date, "period_end", p->end_date,
			      "revision", revision);
	char *text = h ? json_dumps(h, JSON_COMPACT) : NULL;
	json_decref(h);
	return text;
}

/* ---- the steps ---------------------------------------------------------------------- */

/* The number (1-based, as listed) of the first RHK whose intervensi link
 * does not point at an RHK of `assessor` in the period; 0 if none. */
static int foreign_link(struct db *db, const struct skp *s, int64_t assessor, size_t *no,
			struct kerr *err)
{
	int64_t bad = 0;
	*no = 0;
	int rc = db_query_int(db,
		"SELECT r.id FROM rhk r WHERE r.skp_id = $1 AND r.parent_rhk_id IS NOT NULL "
		"AND r.parent_rhk_id NOT IN (SELECT x.id FROM rhk x JOIN skp xs ON xs.id = x.skp_id "
		"WHERE xs.employee_id = $2 AND xs.period_id = $3)",
		DB_ARGS(DB_INT(s->id), DB_INT(assessor), DB_INT(s->period_id)), &bad, err);
	for (size_t i = 0; rc == 1 && i < s->n_rhk; i++)
		if (s->rhk[i].id == bad)
			*no = i + 1;
	if (rc == 1 && !*no)
		*no = 1;
	return rc < 0 ? -1 : 0;
}

static int on_submit(struct db *db, const struct skp *s, struct step *st, struct kerr *err)
{
	struct employee e;
	int64_t assessor = 0;
	int is_head = 0;
	size_t no;
	if (store_employee_get(db, s->employee_id, &e, err) ||
	    store_skp_assessor(db, s, &assessor, &is_head, err))
		return -1;
	if (strcmp(e.status, "aktif") != 0)
		return kerr_set(err, KERR_CONFLICT, "employee_id",
				"Pegawai %s berstatus %s; SKP tidak dapat diajukan", e.name, e.status);
	if (skp_check_complete(s, is_head, assessor != 0, err) ||
	    foreign_link(db, s, assessor, &no, err))
		return -1;
	if (no)
		return kerr_set(err, KERR_INVALID, "parent_rhk_id",
				"RHK %zu menunjuk RHK atasan yang bukan milik pejabat penilai Anda "
				"saat ini; pilih ulang RHK atasan yang diintervensi", no);
	st->assessor_id = assessor;
	st->submitted_at = now_unix();
	return 0;
}

static int on_approve(struct db *db, const struct skp *s, const struct period *p,
		      struct step *st, struct kerr *err)
{
	st->revision = s->approved_at ? s->revision + 1 : s->revision;
	st->header_json = header_snapshot(db, s, p, s->assessor_id, st->revision, err);
	if (!st->header_json)
		return kerr_set(err, KERR_INTERNAL, "", "Kepala SKP tidak dapat disusun");
	st->snapshot_json = content_snapshot(s);
	st->approved_at = now_unix();
	st->return_note = "";
	return 0;
}

static int apply_step(struct db *db, const struct skp *s, enum skp_action action,
		      const struct period *p, const char *note, struct step *st,
		      struct kerr *err)
{
	st->assessor_id = s->assessor_id;
	st->submitted_at = s->submitted_at;
	st->approved_at = s->approved_at;
	st->revision = s->revision;
	st->return_note = s->return_note ? s->return_note : "";
	st->header_json = s->header_json ? xstrdup(s->header_json) : NULL;
	switch (action) {
	case SKP_SUBMIT:
		return on_submit(db, s, st, err);
	case SKP_APPROVE:
		free(st->header_json);
		st->header_json = NULL;
		return on_approve(db, s, p, st, err);
	case SKP_RETURN:
		st->return_note = note;
		return 0;
	case SKP_REVISE:
		st->snapshot_json = content_snapshot(s);
		return 0;
	default:
		return 0;
	}
}

/* ---- the transaction ------------------------------------------------------------------ */

static int write_step(struct db *db, const struct actor *who, const struct skp *s,
		      enum skp_action action, const char *note, const struct step *st,
		      struct kerr *err)
{
	int64_t now = now_unix();
	int64_t changed = db_exec(db,
		"UPDATE skp SET state = $1, assessor_id = $2, submitted_at = $3, approved_at = $4, "
		"revision = $5, return_note = $6, header_json = $7, version = version + 1, "
		"updated_at = $8 WHERE id = $9 AND version = $10",
		DB_ARGS(DB_TEXT(skp_state_name(st->to)), DB_ID(st->assessor_id),
			DB_ID(st->submitted_at), DB_ID(st->approved_at), DB_INT(st->revision),
			DB_TEXT(st->return_note), DB_TEXT(st->header_json), DB_INT(now),
			DB_INT(s->id), DB_INT(s->version)), err);
	if (changed <= 0)
		return changed < 0 ? -1 : kerr_set(err, KERR_CONFLICT, "version",
						   "SKP telah diubah oleh orang lain; muat ulang halaman");
	if (db_exec(db, "INSERT INTO skp_events (skp_id, at, user_id, login, action, note, "
		    "snapshot_json) VALUES ($1, $2, $3, $4, $5, $6, $7)",
		    DB_ARGS(DB_INT(s->id), DB_INT(now), DB_ID(who ? who->user_id : 0),
			    DB_TEXT(who && who->login && *who->login ? who->login : "system"),
			    DB_TEXT(skp_action_name(action)), DB_TEXT(note), DB_TEXT(st->snapshot_json)),
		    err) < 0)
		return -1;
	return store_audit_json(db, who, skp_action_name(action), "skp", s->id,
				json_pack("{s:s, s:I}", "state", s->state,
					  "version", (json_int_t)s->version),
				json_pack("{s:s, s:I, s:s}", "state", skp_state_name(st->to),
					  "version", (json_int_t)s->version + 1, "note", note),
				err);
}

/* The state the step leads to, after the transition and version checks.
 * The transition comes first: someone who may never take this step is
 * told so (403), not asked to reload the page. */
static int check_step(const struct skp *s, const struct period *p, int64_t version,
		      enum skp_action action, enum skp_role role, const char *note,
		      enum skp_state *to, struct kerr *err)
{
	enum skp_state from;
	enum period_state ps;
	if (skp_state_parse(s->state, &from) || period_state_parse(p->state, &ps))
		return kerr_set(err, KERR_INTERNAL, "state", "Status SKP atau periode tidak dikenal");
	if (skp_transition(from, action, role, ps, note, to, err))
		return -1;
	if (s->version != version)
		return kerr_set(err, KERR_CONFLICT, "version",
				"SKP telah diubah oleh orang lain; muat ulang halaman");
	return 0;
}

static int skp_act_tx(struct db *db, const struct actor *who, int64_t skp_id, int64_t version,
		      enum skp_action action, enum skp_role role, const char *note,
		      struct kerr *err)
{
	struct skp s;
	struct period p;
	struct step st = { 0 };
	int rc = -1;
	if (store_skp_get(db, skp_id, &s, err))
		return -1;
	if (!store_period_get(db, s.period_id, &p, err) &&
	    !check_step(&s, &p, version, action, role, note, &st.to, err) &&
	    !apply_step(db, &s, action, &p, note, &st, err))
		rc = write_step(db, who, &s, action, note, &st, err);
	free(st.header_json);
	free(st.snapshot_json);
	skp_release(&s);
	return rc;
}

int store_skp_act(struct db *db, const struct actor *who, int64_t skp_id, int64_t version,
		  enum skp_action action, enum skp_role role, const char *note,
		  struct kerr *err)
{
	const char *text = note ? note : "";
	if (db_begin(db, err))
		return -1;
	return db_finish(db, skp_act_tx(db, who, skp_id, version, action, role, text, err), err);
}
