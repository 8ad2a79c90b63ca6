/*
 * skp_list.c - lists of SKPs: a page of them with filters (period, unit and
 * below, pejabat penilai, employee, state), the superior's inbox (every
 * subordinate by the position hierarchy, with their SKP or none yet,
 * waiting first), and an SKP's history.
 *
 * An SKP is late when it is not approved and the period's plan_due has
 * passed (today in Western Indonesian time).  The inbox finds the positions
 * below the superior's, checks each with hier_assessor over the chain of
 * positions above it (as store_employee_assessors does), and keeps the
 * rows whose position passes.
 */
#include "store/plan.h"
#include "store/db.h"
#include "store/plan_int.h"
#include "store/store_int.h"
#include "domain/hierarchy.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- lists ------------------------------------------------------------------- */

/* Columns 0-15 of a summary (plan_int.h); the list adds `late` as column 16. */
#define SUMMARY_COLUMNS PLAN_SKP_SUMMARY_COLUMNS
#define SUMMARY_FROM \
	"FROM skp s JOIN employees e ON e.id = s.employee_id JOIN units un ON un.id = e.unit_id " \
	"LEFT JOIN positions sp ON sp.id = s.position_id "

void plan_skp_summary_from_row(struct db_rows *rows, struct skp_summary *m)
{
	memset(m, 0, sizeof *m);
	m->id = db_int(rows, 0);
	m->period_id = db_int(rows, 1);
	m->employee_id = db_int(rows, 2);
	copy_str(m->nip, sizeof m->nip, db_text(rows, 3));
	copy_str(m->employee_name, sizeof m->employee_name, db_text(rows, 4));
	copy_str(m->position_name, sizeof m->position_name, db_text(rows, 5));
	copy_str(m->unit_name, sizeof m->unit_name, db_text(rows, 6));
	m->assessor_id = db_int(rows, 7);
	copy_str(m->state, sizeof m->state, db_text(rows, 8));
	m->revision = (int)db_int(rows, 9);
	m->month_from = (int)db_int(rows, 10);
	m->month_to = (int)db_int(rows, 11);
	m->n_rhk = (int)db_int(rows, 12);
	m->updated_at = db_int(rows, 13);
	m->submitted_at = db_int(rows, 14);
	m->approved_at = db_int(rows, 15);
}

/* Appends every row of `rows` to the list; `late_col` >= 0 reads `late`
 * from that column.  Frees rows. */
static int read_summaries(struct db_rows *rows, int late_col, struct skp_summary **list,
			  size_t *n, size_t *alloc, struct kerr *err)
{
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		if (*n == *alloc)
			*list = xrealloc(*list, (*alloc = *alloc ? *alloc * 2 : 16) * sizeof **list);
		plan_skp_summary_from_row(rows, &(*list)[*n]);
		if (late_col >= 0)
			(*list)[*n].late = db_int(rows, late_col) != 0;
		++*n;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

#define LIST_SUB \
	"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $2" \
	"  UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
#define LIST_WHERE \
	"WHERE s.period_id = $1 AND ($2 = 0 OR e.unit_id IN (SELECT id FROM sub)) " \
	"AND ($3 = 0 OR s.assessor_id = $3) AND ($4 = 0 OR s.employee_id = $4) " \
	"AND ($5 = '' OR s.state = $5) "

int store_skp_list(struct db *db, const struct skp_query *q, struct skp_summary **out,
		   size_t *n, int64_t *total, struct kerr *err)
{
	int per_page = q->per_page <= 0 ? 50 : q->per_page > 500 ? 500 : q->per_page;
	int64_t offset = (int64_t)((q->page < 1 ? 1 : q->page) - 1) * per_page;
	const char *state = q->state ? q->state : "";
	char today[11];
	const char *day = today;   /* DB_TEXT needs a pointer: an array warns */
	size_t alloc = 0;
	*out = NULL;
	*n = 0;
	*total = 0;
	plan_today_wib(today);
	if (db_query_int(db, LIST_SUB "SELECT COUNT(*) " SUMMARY_FROM LIST_WHERE,
			 DB_ARGS(DB_INT(q->period_id), DB_INT(q->unit_id), DB_INT(q->assessor_id),
				 DB_INT(q->employee_id), DB_TEXT(state)), total, err) < 0)
		return -1;
	int rc = read_summaries(db_query(db, LIST_SUB "SELECT " SUMMARY_COLUMNS ", "
		"CASE WHEN s.state <> 'disetujui' AND $6 > pe.plan_due THEN 1 ELSE 0 END "
		SUMMARY_FROM "JOIN periods pe ON pe.id = s.period_id " LIST_WHERE
		"ORDER BY un.code, e.name_key, s.month_from, s.id LIMIT $7 OFFSET $8",
		DB_ARGS(DB_INT(q->period_id), DB_INT(q->unit_id), DB_INT(q->assessor_id),
			DB_INT(q->employee_id), DB_TEXT(state), DB_TEXT(day), DB_INT(per_page),
			DB_INT(offset)), err), 16, out, n, &alloc, err);
	if (rc) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

/* ---- the inbox ------------------------------------------------------------------ */

static int cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Candidates: the positions below the assessor's (held or as Plt), going
 * down through vacant positions only.  A vacant position with a Plt hands
 * its subordinates to the Plt, so each candidate is then checked exactly.
 * (The two starting points are two SELECTs, not one OR, so that each can
 * use its index instead of reading every position.) */
#define INBOX_BELOW \
	"WITH RECURSIVE d(id, top) AS (" \
	"  SELECT p.id, 1 FROM positions p WHERE p.plt_employee_id = $1" \
	"  UNION SELECT e.position_id, 1 FROM employees e" \
	"    WHERE e.id = $1 AND e.position_id IS NOT NULL" \
	"  UNION SELECT c.id, 0 FROM positions c JOIN d ON c.parent_id = d.id" \
	"    WHERE d.top = 1 OR NOT EXISTS (SELECT 1 FROM employees h WHERE h.position_id = d.id)) "

/* 1 if `assessor` is the pejabat penilai of position `pos`, judged on the
 * chain of positions above it alone. */
static int assessed_by(struct db *db, int64_t pos, int64_t assessor, struct kerr *err)
{
	struct pos_node *chain;
	size_t count;
	if (store_position_chain(db, pos, &chain, &count, err))
		return -1;
	struct pos_index *idx = pos_index_build(chain, count);
	free(chain);
	if (!idx)
		return kerr_set(err, KERR_INTERNAL, "", "Hierarki jabatan tidak dapat dibaca");
	int yes = hier_assessor(idx, pos) == assessor;
	pos_index_free(idx);
	return yes;
}

/* The held positions whose pejabat penilai is `assessor`, sorted; free() them. */
static int subordinate_positions(struct db *db, int64_t assessor, int64_t **out, size_t *n,
				 struct kerr *err)
{
	struct db_rows *rows = db_query(db, INBOX_BELOW "SELECT DISTINCT d.id FROM d "
					"JOIN employees e ON e.position_id = d.id WHERE d.top = 0",
					DB_ARGS(DB_INT(assessor)), err);
	size_t alloc = 16;
	int64_t *list = xmalloc(alloc * sizeof *list);
	int rc = rows ? 0 : -1;
	*n = 0;
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (*n == alloc)
			list = xrealloc(list, (alloc *= 2) * sizeof *list);
		list[(*n)++] = db_int(rows, 0);
	}
	db_rows_free(rows);
	size_t kept = 0;
	for (size_t i = 0; rc == 0 && i < *n; i++) {
		int yes = assessed_by(db, list[i], assessor, err);
		if (yes < 0)
			rc = -1;
		else if (yes)
			list[kept++] = list[i];
	}
	if (rc < 0) {
		free(list);
		return -1;
	}
	*n = kept;
	qsort(list, *n, sizeof *list, cmp_id);
	*out = list;
	return 0;
}

/* The rows of the candidates; the caller keeps those whose position is in
 * the exact list.  Column 16 is the position. */
#define INBOX_HIERARCHY INBOX_BELOW \
	"SELECT COALESCE(s.id, 0), 0, e.id, e.nip, e.name, COALESCE(sp.name, cp.name, ''), " \
	"un.name, COALESCE(s.assessor_id, 0), COALESCE(s.state, ''), COALESCE(s.revision, 0), " \
	"COALESCE(s.month_from, 0), COALESCE(s.month_to, 0), " \
	"CASE WHEN s.id IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM rhk r WHERE r.skp_id = s.id) END, " \
	"COALESCE(s.updated_at, 0), COALESCE(s.submitted_at, 0), COALESCE(s.approved_at, 0), " \
	"e.position_id FROM employees e " \
	"JOIN (SELECT DISTINCT id FROM d WHERE top = 0) dd ON dd.id = e.position_id " \
	"JOIN units un ON un.id = e.unit_id JOIN positions cp ON cp.id = e.position_id " \
	"LEFT JOIN skp s ON s.employee_id = e.id AND s.period_id = $2 " \
	"LEFT JOIN positions sp ON sp.id = s.position_id WHERE e.status = 'aktif'"

/* Reads the hierarchy candidates, keeping those in `pos` (sorted). */
static int inbox_hierarchy(struct db *db, int64_t assessor, int64_t period_id,
			   const int64_t *pos, size_t npos, struct skp_summary **list,
			   size_t *n, size_t *alloc, struct kerr *err)
{
	struct db_rows *rows = db_query(db, INBOX_HIERARCHY,
					DB_ARGS(DB_INT(assessor), DB_INT(period_id)), err);
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		int64_t p = db_int(rows, 16);
		if (!bsearch(&p, pos, npos, sizeof *pos, cmp_id))
			continue;
		if (*n == *alloc)
			*list = xrealloc(*list, (*alloc = *alloc ? *alloc * 2 : 16) * sizeof **list);
		plan_skp_summary_from_row(rows, &(*list)[*n]);
		(*list)[(*n)++].period_id = period_id;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* SKPs submitted to the assessor by people no longer below them. */
static int inbox_submitted(struct db *db, int64_t assessor, int64_t period_id,
			   struct skp_summary **list, size_t *n, size_t *alloc, struct kerr *err)
{
	size_t before = *n;
	if (read_summaries(db_query(db, "SELECT " SUMMARY_COLUMNS SUMMARY_FROM
				    "WHERE s.period_id = $1 AND s.assessor_id = $2 "
				    "AND s.state = 'diajukan'",
				    DB_ARGS(DB_INT(period_id), DB_INT(assessor)), err),
			   -1, list, n, alloc, err))
		return -1;
	size_t keep = before;
	for (size_t i = before; i < *n; i++) {
		int dup = 0;
		for (size_t j = 0; j < before && !dup; j++)
			dup = (*list)[j].id == (*list)[i].id;
		if (!dup)
			(*list)[keep++] = (*list)[i];
	}
	*n = keep;
	return 0;
}

static int state_rank(const char *state)
{
	static const char *const order[] = { "diajukan", "dikembalikan", "draft", "" };
	for (int i = 0; i < 4; i++)
		if (!strcmp(state, order[i]))
			return i;
	return 4;
}

static int cmp_inbox(const void *a, const void *b)
{
	const struct skp_summary *x = a, *y = b;
	int d = state_rank(x->state) - state_rank(y->state);
	if (d)
		return d;
	d = strcasecmp(x->employee_name, y->employee_name);
	if (d)
		return d;
	return (x->id > y->id) - (x->id < y->id);
}

int store_skp_inbox(struct db *db, int64_t assessor_id, int64_t period_id,
		    struct skp_summary **out, size_t *n, struct kerr *err)
{
	struct period p;
	int64_t *pos = NULL;
	size_t npos = 0, alloc = 0;
	char today[11];
	*out = NULL;
	*n = 0;
	if (store_period_get(db, period_id, &p, err) ||
	    subordinate_positions(db, assessor_id, &pos, &npos, err))
		return -1;
	int rc = npos ? inbox_hierarchy(db, assessor_id, period_id, pos, npos, out, n, &alloc, err)
		      : 0;
	if (!rc)
		rc = inbox_submitted(db, assessor_id, period_id, out, n, &alloc, err);
	free(pos);
	if (rc) {
		free(*out);
		*out = NULL;
		*n = 0;
		return -1;
	}
	plan_today_wib(today);
	for (size_t i = 0; i < *n; i++)
		(*out)[i].late = strcmp((*out)[i].state, "disetujui") != 0 &&
				 strcmp(today, p.plan_due) > 0;
	if (*n)
		qsort(*out, *n, sizeof **out, cmp_inbox);
	return 0;
}

/* ---- the history ----------------------------------------------------------------- */

void skp_events_free(struct skp_event *e, size_t n)
{
	if (!e)
		return;
	for (size_t i = 0; i < n; i++)
		free(e[i].note);
	free(e);
}

static void event_from_row(struct db_rows *rows, struct skp_event *ev)
{
	memset(ev, 0, sizeof *ev);
	ev->id = db_int(rows, 0);
	ev->at = db_int(rows, 1);
	copy_str(ev->login, sizeof ev->login, db_text(rows, 2));
	copy_str(ev->actor_name, sizeof ev->actor_name, db_text(rows, 3));
	copy_str(ev->action, sizeof ev->action, db_text(rows, 4));
	ev->note = xstrdup(db_text(rows, 5));
	ev->has_snapshot = (int)db_int(rows, 6);
}

int store_skp_events(struct db *db, int64_t skp_id, struct skp_event **out, size_t *n,
		     struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT ev.id, ev.at, ev.login, COALESCE(NULLIF(u.name, ''), e.name, ev.login), "
		"ev.action, ev.note, CASE WHEN ev.snapshot_json IS NULL THEN 0 ELSE 1 END "
		"FROM skp_events ev LEFT JOIN users u ON u.id = ev.user_id "
		"LEFT JOIN employees e ON e.id = u.employee_id WHERE ev.skp_id = $1 "
		"ORDER BY ev.at, ev.id", DB_ARGS(DB_INT(skp_id)), err);
	size_t count = 0, alloc = 8;
	int rc = rows ? 0 : -1;
	struct skp_event *list = xmalloc(alloc * sizeof *list);
	*out = NULL;
	*n = 0;
	while (rows && (rc = db_next(rows, err)) == 1) {
		if (count == alloc)
			list = xrealloc(list, (alloc *= 2) * sizeof *list);
		event_from_row(rows, &list[count++]);
	}
	db_rows_free(rows);
	if (rc < 0) {
		skp_events_free(list, count);
		return -1;
	}
	*out = list;
	*n = count;
	return 0;
}
