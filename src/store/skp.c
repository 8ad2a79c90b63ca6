/*
 * skp.c - reading one whole SKP and creating SKPs: a new empty draft, a
 * copy of another SKP of the same employee, and changes to the header
 * (approach and months); the checks every content edit starts with.
 *
 * A whole SKP loads in five queries whatever its size: the SKP row, its
 * RHK rows (with the text of what each points at), all its IKI rows in the
 * RHK order, the behaviour expectations and the lampiran.  Lists, the
 * inbox and the history are in skp_list.c, the workflow (submit, approve,
 * ...) in skp_workflow.c, content edits in skp_content.c and the hand-down
 * in skp_handdown.c.
 */
#include "store/plan.h"
#include "store/db.h"
#include "store/store_int.h"
#include "store/plan_int.h"
#include "core/timeutil.h"
#include "domain/berakhlak.h"
#include "domain/hierarchy.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


/* ---- helpers -------------------------------------------------------------- */

/* Today's date in Indonesian Western time (UTC+7), YYYY-MM-DD. */
void plan_today_wib(char out[11])
{
	date_wib(out, now_unix());
}

static char *dup_or_null(struct db_rows *rows, int col)
{
	return db_isnull(rows, col) ? NULL : xstrdup(db_text(rows, col));
}

/* The month (1-12) of a YYYY-MM-DD date. */
static int date_month(const char *d)
{
	return strlen(d) >= 7 ? (d[5] - '0') * 10 + (d[6] - '0') : 0;
}

/* ---- the pejabat penilai -------------------------------------------------- */

/* See plan.h: the hierarchy above the SKP's post once the employee left it. */
int store_skp_assessor(struct db *db, const struct skp *head, int64_t *assessor, int *is_head,
		       struct kerr *err)
{
	struct employee e;
	*assessor = 0;
	if (store_employee_get(db, head->employee_id, &e, err))
		return -1;
	return store_skp_assessor_of(db, head, &e, assessor, is_head, err);
}

int store_skp_assessor_of(struct db *db, const struct skp *head, const struct employee *e,
			  int64_t *assessor, int *is_head, struct kerr *err)
{
	struct position pos;
	struct pos_node *nodes;
	size_t n;
	int64_t superior = 0;
	*assessor = 0;
	if (!head->position_id || head->position_id == e->position_id) {
		if (is_head)
			*is_head = position_kind_is_head(e->position_kind);
		return store_position_assessors(db, e->position_id, assessor, &superior, err);
	}
	if (store_position_get(db, head->position_id, &pos, err) ||
	    store_position_chain(db, head->position_id, &nodes, &n, err))
		return -1;
	if (is_head)
		*is_head = position_kind_is_head(pos.kind);
	struct pos_index *idx = pos_index_build(nodes, n);
	free(nodes);
	if (!idx)
		return kerr_set(err, KERR_INTERNAL, "", "Hierarki jabatan tidak dapat dibaca");
	*assessor = hier_assessor(idx, head->position_id);
	pos_index_free(idx);
	return 0;
}

/* ---- the SKP row ------------------------------------------------------------ */

#define SKP_SELECT \
	"SELECT id, period_id, employee_id, COALESCE(position_id, 0), COALESCE(assessor_id, 0), " \
	"month_from, month_to, approach, state, revision, version, created_at, updated_at, " \
	"COALESCE(submitted_at, 0), COALESCE(approved_at, 0), return_note, header_json " \
	"FROM skp WHERE id = $1"

/* Fills the scalar fields; the texts too when `texts` is set. */
static void skp_from_row(struct db_rows *rows, struct skp *s, int texts)
{
	memset(s, 0, sizeof *s);
	s->id = db_int(rows, 0);
	s->period_id = db_int(rows, 1);
	s->employee_id = db_int(rows, 2);
	s->position_id = db_int(rows, 3);
	s->assessor_id = db_int(rows, 4);
	s->month_from = (int)db_int(rows, 5);
	s->month_to = (int)db_int(rows, 6);
	copy_str(s->approach, sizeof s->approach, db_text(rows, 7));
	copy_str(s->state, sizeof s->state, db_text(rows, 8));
	s->revision = (int)db_int(rows, 9);
	s->version = db_int(rows, 10);
	s->created_at = db_int(rows, 11);
	s->updated_at = db_int(rows, 12);
	s->submitted_at = db_int(rows, 13);
	s->approved_at = db_int(rows, 14);
	if (texts) {
		s->return_note = xstrdup(db_text(rows, 15));
		s->header_json = dup_or_null(rows, 16);
	}
}

static int skp_row(struct db *db, int64_t id, struct skp *s, int texts, struct kerr *err)
{
	struct db_rows *rows = db_query(db, SKP_SELECT, DB_ARGS(DB_INT(id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		skp_from_row(rows, s, texts);
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "skp", "SKP tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

/* The SKP's scalar fields (no texts, no content: nothing to release) and
 * its period. */
int plan_skp_head(struct db *db, int64_t skp_id, struct skp *head, struct period *p,
		  struct kerr *err)
{
	if (skp_row(db, skp_id, head, 0, err))
		return -1;
	return store_period_get(db, head->period_id, p, err);
}

/* Refuses an SKP the owner may not change now; with `submitted_too`, one
 * awaiting the assessor's decision is accepted as well. */
static int check_editable(const struct skp *head, const struct period *p, int submitted_too,
			  struct kerr *err)
{
	enum skp_state st;
	enum period_state ps;
	if (skp_state_parse(head->state, &st) || period_state_parse(p->state, &ps))
		return kerr_set(err, KERR_INTERNAL, "state", "Status SKP atau periode tidak dikenal");
	if (ps != PERIOD_OPEN)
		return kerr_set(err, KERR_CONFLICT, "skp",
				"Periode %s berstatus %s; SKP tidak dapat diubah", p->name,
				period_state_label(ps));
	if (!skp_editable(st, ps) && !(submitted_too && st == SKP_DIAJUKAN))
		return kerr_set(err, KERR_CONFLICT, "skp", "SKP berstatus %s; tidak dapat diubah",
				skp_state_label(st));
	return 0;
}

/* Loads and checks the SKP, then takes it for the edit by bumping its
 * version while its state still allows the edit.  On PostgreSQL that
 * update also locks the row, so a concurrent submit, or a second edit
 * numbering its rows, waits for this transaction and then sees its
 * outcome. */
static int claim(struct db *db, int64_t skp_id, struct skp *head, struct period *p,
		 int submitted_too, struct kerr *err)
{
	if (plan_skp_head(db, skp_id, head, p, err) || check_editable(head, p, submitted_too, err))
		return -1;
	int64_t changed = db_exec(db,
		"UPDATE skp SET version = version + 1, updated_at = $1 WHERE id = $2 "
		"AND (state IN ('draft', 'dikembalikan') OR (state = 'diajukan' AND $3 = 1))",
		DB_ARGS(DB_INT(now_unix()), DB_INT(skp_id), DB_INT(submitted_too)), err);
	if (changed <= 0)
		return changed < 0 ? -1 : kerr_set(err, KERR_CONFLICT, "skp",
						   "Status SKP baru saja berubah; muat ulang halaman");
	head->version++;
	return 0;
}

/* plan_skp_head for a content edit by the owner: draft or dikembalikan in
 * an open period (skp_editable); bumps the version (see claim). */
int plan_skp_editable(struct db *db, int64_t skp_id, struct skp *head, struct period *p,
		      struct kerr *err)
{
	return claim(db, skp_id, head, p, 0, err);
}

/* The same for the behaviour expectations, which the pejabat penilai may
 * also set while the SKP awaits their decision (diajukan). */
int plan_skp_expectations_open(struct db *db, int64_t skp_id, struct skp *head,
			       struct period *p, struct kerr *err)
{
	return claim(db, skp_id, head, p, 1, err);
}

/* ---- the content -------------------------------------------------------------- */

void plan_rhk_from_row(struct db_rows *rows, struct rhk *r, int with_parent_text)
{
	memset(r, 0, sizeof *r);
	r->id = db_int(rows, 0);
	r->skp_id = db_int(rows, 1);
	copy_str(r->kind, sizeof r->kind, db_text(rows, 2));
	r->seq = (int)db_int(rows, 3);
	r->text = xstrdup(db_text(rows, 4));
	r->parent_rhk_id = db_int(rows, 5);
	r->goal_id = db_int(rows, 6);
	copy_str(r->perspective, sizeof r->perspective, db_text(rows, 7));
	r->proposed = (int)db_int(rows, 8);
	if (with_parent_text)
		r->parent_text = dup_or_null(rows, 9);
}

static int load_rhk(struct db *db, struct skp *s, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT r.id, r.skp_id, r.kind, r.seq, r.text, COALESCE(r.parent_rhk_id, 0), "
		"COALESCE(r.goal_id, 0), r.perspective, r.proposed, COALESCE(pr.text, g.text) "
		"FROM rhk r LEFT JOIN rhk pr ON pr.id = r.parent_rhk_id "
		"LEFT JOIN goals g ON g.id = r.goal_id WHERE r.skp_id = $1 "
		"ORDER BY CASE r.kind WHEN 'utama' THEN 0 ELSE 1 END, r.seq, r.id",
		DB_ARGS(DB_INT(s->id)), err);
	if (!rows)
		return -1;
	size_t alloc = 0;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		if (s->n_rhk == alloc)
			s->rhk = xrealloc(s->rhk, (alloc = alloc ? alloc * 2 : 8) * sizeof *s->rhk);
		plan_rhk_from_row(rows, &s->rhk[s->n_rhk++], 1);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

void plan_iki_from_row(struct db_rows *rows, struct iki *k)
{
	memset(k, 0, sizeof *k);
	k->id = db_int(rows, 0);
	k->rhk_id = db_int(rows, 1);
	k->seq = (int)db_int(rows, 2);
	k->text = xstrdup(db_text(rows, 3));
	copy_str(k->aspect, sizeof k->aspect, db_text(rows, 4));
	copy_str(k->target_min, sizeof k->target_min, db_text(rows, 5));
	copy_str(k->target_max, sizeof k->target_max, db_text(rows, 6));
	k->target_text = xstrdup(db_text(rows, 7));
	copy_str(k->unit_label, sizeof k->unit_label, db_text(rows, 8));
	copy_str(k->direction, sizeof k->direction, db_text(rows, 9));
}

/* The RHK with this id; the IKI come in RHK order, so the search usually
 * stays where the previous one ended.  NULL if not loaded. */
static struct rhk *rhk_of(struct skp *s, size_t *cursor, int64_t rhk_id)
{
	for (size_t i = 0; i < s->n_rhk; i++) {
		size_t at = (*cursor + i) % s->n_rhk;
		if (s->rhk[at].id == rhk_id) {
			*cursor = at;
			return &s->rhk[at];
		}
	}
	return NULL;
}

static int load_iki(struct db *db, struct skp *s, struct kerr *err)
{
	if (!s->n_rhk)
		return 0;
	struct db_rows *rows = db_query(db,
		"SELECT k.id, k.rhk_id, k.seq, k.text, k.aspect, k.target_min, k.target_max, "
		"k.target_text, k.unit_label, k.direction FROM iki k JOIN rhk r ON r.id = k.rhk_id "
		"WHERE r.skp_id = $1 "
		"ORDER BY CASE r.kind WHEN 'utama' THEN 0 ELSE 1 END, r.seq, r.id, k.seq, k.id",
		DB_ARGS(DB_INT(s->id)), err);
	if (!rows)
		return -1;
	size_t cursor = 0;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		struct rhk *r = rhk_of(s, &cursor, db_int(rows, 1));
		if (!r)
			continue;   /* added after the RHK rows were read */
		r->iki = xrealloc(r->iki, (r->n_iki + 1) * sizeof *r->iki);
		plan_iki_from_row(rows, &r->iki[r->n_iki++]);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int load_expectations(struct db *db, struct skp *s, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT value_code, expectation FROM skp_behaviour WHERE skp_id = $1",
		DB_ARGS(DB_INT(s->id)), err);
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		int i = berakhlak_index(db_text(rows, 0));
		if (i >= 0 && i < BERAKHLAK_COUNT && !s->expectation[i])
			s->expectation[i] = xstrdup(db_text(rows, 1));
	}
	db_rows_free(rows);
	for (int i = 0; i < BERAKHLAK_COUNT; i++)
		if (!s->expectation[i])
			s->expectation[i] = xstrdup("");
	return rc < 0 ? -1 : 0;
}

static void add_item(struct skp *s, enum attachment_kind kind, int64_t id, const char *text)
{
	s->att[kind] = xrealloc(s->att[kind], (s->n_att[kind] + 1) * sizeof *s->att[kind]);
	s->att[kind][s->n_att[kind]].id = id;
	s->att[kind][s->n_att[kind]++].text = xstrdup(text);
}

static int load_attachments(struct db *db, struct skp *s, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT id, kind, text FROM skp_attachment WHERE skp_id = $1 ORDER BY kind, seq, id",
		DB_ARGS(DB_INT(s->id)), err);
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		enum attachment_kind kind;
		if (!attachment_kind_parse(db_text(rows, 1), &kind))
			add_item(s, kind, db_int(rows, 0), db_text(rows, 2));
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int store_skp_get(struct db *db, int64_t id, struct skp *out, struct kerr *err)
{
	memset(out, 0, sizeof *out);
	if (skp_row(db, id, out, 1, err) || load_rhk(db, out, err) || load_iki(db, out, err) ||
	    load_expectations(db, out, err) || load_attachments(db, out, err)) {
		skp_release(out);
		return -1;
	}
	return 0;
}

int store_skp_find(struct db *db, int64_t employee_id, int64_t period_id, int month,
		   struct skp *out, struct kerr *err)
{
	int64_t id = 0;
	int rc = db_query_int(db,
		"SELECT id FROM skp WHERE employee_id = $1 AND period_id = $2 "
		"AND ($3 = 0 OR (month_from <= $3 AND month_to >= $3)) "
		"ORDER BY month_from DESC LIMIT 1",
		DB_ARGS(DB_INT(employee_id), DB_INT(period_id), DB_INT(month)), &id, err);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "skp", "SKP tidak ditemukan");
	return rc < 0 ? -1 : store_skp_get(db, id, out, err);
}

/* ---- creating ------------------------------------------------------------------- */

/* The SKP's header for the audit trail. */
json_t *plan_skp_json(const struct skp *s)
{
	return json_pack("{s:I, s:I, s:I, s:I, s:i, s:i, s:s, s:s, s:I}",
			 "period_id", (json_int_t)s->period_id,
			 "employee_id", (json_int_t)s->employee_id,
			 "position_id", (json_int_t)s->position_id,
			 "assessor_id", (json_int_t)s->assessor_id, "month_from", s->month_from,
			 "month_to", s->month_to, "approach", s->approach, "state", s->state,
			 "version", (json_int_t)s->version);
}

/* The employee of a new SKP: known and active. */
static int check_employee(struct db *db, int64_t id, struct employee *e, struct kerr *err)
{
	struct kerr why = KERR_INIT;
	if (store_employee_get(db, id, e, &why))
		return why.code == KERR_NOT_FOUND
			? kerr_set(err, KERR_INVALID, "employee_id", "Pegawai tidak ditemukan")
			: kerr_set(err, why.code, why.field, "%s", why.msg);
	if (strcmp(e->status, "aktif") != 0)
		return kerr_set(err, KERR_INVALID, "employee_id",
				"Pegawai %s berstatus %s; SKP hanya untuk pegawai aktif", e->name,
				e->status);
	return 0;
}

/* The period of a new SKP: known and open. */
static int check_open_period(struct db *db, int64_t id, struct period *p, struct kerr *err)
{
	struct kerr why = KERR_INIT;
	if (store_period_get(db, id, p, &why))
		return why.code == KERR_NOT_FOUND
			? kerr_set(err, KERR_INVALID, "period_id", "Periode kinerja tidak ditemukan")
			: kerr_set(err, why.code, why.field, "%s", why.msg);
	if (strcmp(p->state, period_state_name(PERIOD_OPEN)) != 0)
		return kerr_set(err, KERR_CONFLICT, "period_id", "Periode %s tidak terbuka",
				p->name);
	return 0;
}

/* Months within the period, not overlapping another SKP of the employee;
 * `self` is the SKP being changed (0 for a new one). */
static int check_months(struct db *db, const struct skp *s, const struct period *p,
			struct kerr *err)
{
	int first = date_month(p->start_date), last = date_month(p->end_date);
	if (s->month_from < 1 || s->month_from > 12)
		return kerr_set(err, KERR_INVALID, "month_from", "Bulan awal harus 1 sampai 12");
	if (s->month_to < s->month_from || s->month_to > 12)
		return kerr_set(err, KERR_INVALID, "month_to",
				"Bulan akhir harus di antara bulan awal dan 12");
	if (s->month_from < first || s->month_to > last)
		return kerr_set(err, KERR_INVALID, s->month_from < first ? "month_from" : "month_to",
				"Bulan SKP harus di dalam periode %s (bulan %d sampai %d)", p->name,
				first, last);
	int64_t other = 0;
	int rc = db_query_int(db,
		"SELECT COUNT(*) FROM skp WHERE employee_id = $1 AND period_id = $2 AND id <> $3 "
		"AND month_from <= $5 AND month_to >= $4",
		DB_ARGS(DB_INT(s->employee_id), DB_INT(s->period_id), DB_INT(s->id),
			DB_INT(s->month_from), DB_INT(s->month_to)), &other, err);
	if (rc < 0)
		return -1;
	if (other)
		return kerr_set(err, KERR_CONFLICT, "month_from",
				"Pegawai sudah memiliki SKP pada periode ini untuk bulan %d-%d",
				s->month_from, s->month_to);
	return 0;
}

static int check_approach(struct skp *s, struct kerr *err)
{
	if (!s->approach[0])
		copy_str(s->approach, sizeof s->approach, "kuantitatif");
	if (strcmp(s->approach, "kuantitatif") && strcmp(s->approach, "kualitatif"))
		return kerr_set(err, KERR_INVALID, "approach",
				"Pendekatan SKP harus kuantitatif atau kualitatif");
	return 0;
}

static int insert_skp(struct db *db, struct skp *s, struct kerr *err)
{
	int rc = db_query_int(db,
		"INSERT INTO skp (period_id, employee_id, position_id, assessor_id, month_from, "
		"month_to, approach, state, version, created_at, updated_at) "
		"VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9, $9) RETURNING id",
		DB_ARGS(DB_INT(s->period_id), DB_INT(s->employee_id), DB_ID(s->position_id),
			DB_ID(s->assessor_id), DB_INT(s->month_from), DB_INT(s->month_to),
			DB_TEXT(s->approach), DB_TEXT(s->state), DB_INT(s->created_at)), &s->id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "SKP tidak tersimpan") : -1;
	for (int i = 0; i < BERAKHLAK_COUNT; i++)
		if (db_exec(db, "INSERT INTO skp_behaviour (skp_id, value_code, expectation) "
			    "VALUES ($1, $2, '')",
			    DB_ARGS(DB_INT(s->id), DB_TEXT(berakhlak_at((size_t)i)->code)), err) < 0)
			return -1;
	return 0;
}

/* The first run of the period's months that no other SKP of the employee
 * covers (a second SKP after a change of position); the whole period when
 * there is none, which check_months then refuses naming the overlap. */
static int free_months(struct db *db, struct skp *s, const struct period *p, struct kerr *err)
{
	int first = date_month(p->start_date), last = date_month(p->end_date);
	unsigned char covered[13] = { 0 };
	struct db_rows *rows = db_query(db,
		"SELECT month_from, month_to FROM skp WHERE employee_id = $1 AND period_id = $2",
		DB_ARGS(DB_INT(s->employee_id), DB_INT(s->period_id)), err);
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1)
		for (int64_t m = db_int(rows, 0); m <= db_int(rows, 1) && m <= 12; m++)
			if (m >= 1)
				covered[m] = 1;
	db_rows_free(rows);
	if (rc < 0)
		return -1;
	s->month_from = first;
	s->month_to = last;
	for (int m = first; m <= last; m++) {
		if (covered[m])
			continue;
		s->month_from = s->month_to = m;
		while (s->month_to < last && !covered[s->month_to + 1])
			s->month_to++;
		break;
	}
	return 0;
}

/* Creates the SKP row (inside the caller's transaction); months 0-0 mean
 * the months of the period not yet covered by another SKP of the employee
 * (see free_months): all of it for their first. */
int plan_skp_create_tx(struct db *db, const struct actor *who, struct skp *s,
		       struct kerr *err)
{
	struct employee e;
	struct period p;
	int64_t superior = 0;
	s->id = 0;
	if (check_employee(db, s->employee_id, &e, err) ||
	    check_open_period(db, s->period_id, &p, err))
		return -1;
	if (!s->month_from && !s->month_to && free_months(db, s, &p, err))
		return -1;
	if (check_months(db, s, &p, err) || check_approach(s, err) ||
	    store_employee_assessors(db, e.id, &s->assessor_id, &superior, err))
		return -1;
	s->position_id = e.position_id;
	copy_str(s->state, sizeof s->state, skp_state_name(SKP_DRAFT));
	s->revision = 0;
	s->version = 1;
	s->created_at = s->updated_at = now_unix();
	s->submitted_at = s->approved_at = 0;
	if (insert_skp(db, s, err))
		return -1;
	return store_audit_json(db, who, "create", "skp", s->id, NULL, plan_skp_json(s), err);
}

int store_skp_create(struct db *db, const struct actor *who, struct skp *s, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, plan_skp_create_tx(db, who, s, err), err);
}

/* The new SKP of a copy: same employee and approach, the source's months
 * clipped to the new period (all of it when nothing is left). */
static void copy_header(const struct skp *from, const struct period *p, struct skp *to)
{
	int first = date_month(p->start_date), last = date_month(p->end_date);
	memset(to, 0, sizeof *to);
	to->employee_id = from->employee_id;
	to->period_id = p->id;
	copy_str(to->approach, sizeof to->approach, from->approach);
	to->month_from = from->month_from > first ? from->month_from : first;
	to->month_to = from->month_to < last ? from->month_to : last;
	if (to->month_from > to->month_to) {
		to->month_from = first;
		to->month_to = last;
	}
}

static int skp_copy_tx(struct db *db, const struct actor *who, int64_t from_id,
		       const struct skp *want, int64_t *new_id, struct kerr *err)
{
	struct skp from, to;
	struct period p;
	int64_t period_id = want->period_id;
	int rc = -1;
	if (store_skp_get(db, from_id, &from, err))
		return -1;
	if (!check_open_period(db, period_id, &p, err)) {
		copy_header(&from, &p, &to);
		if (want->month_from)
			to.month_from = want->month_from;
		if (want->month_to)
			to.month_to = want->month_to;
		if (want->approach[0])
			copy_str(to.approach, sizeof to.approach, want->approach);
		rc = plan_skp_create_tx(db, who, &to, err);
	}
	if (!rc)
		rc = plan_copy_content(db, &from, &to, err);
	if (!rc)
		rc = store_audit_json(db, who, "copy", "skp", to.id,
				      json_pack("{s:I}", "skp_id", (json_int_t)from_id),
				      json_pack("{s:I, s:I}", "skp_id", (json_int_t)to.id,
						"period_id", (json_int_t)period_id), err);
	if (!rc)
		*new_id = to.id;
	skp_release(&from);
	return rc;
}

int store_skp_copy(struct db *db, const struct actor *who, int64_t from_skp_id,
		   const struct skp *want, int64_t *new_id, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, skp_copy_tx(db, who, from_skp_id, want, new_id, err), err);
}

/* ---- the header ------------------------------------------------------------------ */

static int stale(struct kerr *err)
{
	return kerr_set(err, KERR_CONFLICT, "version",
			"SKP telah diubah oleh orang lain; muat ulang halaman");
}

static int skp_header_tx(struct db *db, const struct actor *who, const struct skp *in,
			 struct kerr *err)
{
	struct skp old, s;
	struct period p;
	if (plan_skp_head(db, in->id, &old, &p, err) || check_editable(&old, &p, 0, err))
		return -1;
	if (old.version != in->version)
		return stale(err);
	s = old;
	copy_str(s.approach, sizeof s.approach, in->approach);
	s.month_from = in->month_from;
	s.month_to = in->month_to;
	if (check_approach(&s, err) || check_months(db, &s, &p, err))
		return -1;
	s.version = old.version + 1;
	s.updated_at = now_unix();
	int64_t changed = db_exec(db,
		"UPDATE skp SET approach = $1, month_from = $2, month_to = $3, "
		"version = version + 1, updated_at = $4 WHERE id = $5 AND version = $6",
		DB_ARGS(DB_TEXT(s.approach), DB_INT(s.month_from), DB_INT(s.month_to),
			DB_INT(s.updated_at), DB_INT(s.id), DB_INT(old.version)), err);
	if (changed <= 0)
		return changed < 0 ? -1 : stale(err);
	return store_audit_json(db, who, "update", "skp", s.id, plan_skp_json(&old),
				plan_skp_json(&s), err);
}

int store_skp_update_header(struct db *db, const struct actor *who, const struct skp *s,
			    struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, skp_header_tx(db, who, s, err), err);
}
