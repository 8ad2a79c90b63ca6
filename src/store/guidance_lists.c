/*
 * guidance_lists.c - the development plan (Rencana Pengembangan): its
 * items' changes and reading; the lists of improvement plans (with what
 * is overdue today) and development items for one employee, a superior's
 * subordinates or a unit; HR's overview per unit; and the position chain
 * that tells a superior's subordinates apart.  See guidance.h.
 */
#include "store/guidance_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"
#include "domain/hierarchy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- a superior's subordinates -------------------------------------------------------- */

struct guidance_chain {
	int64_t superior;
	struct pos_index *idx;
	int64_t *mine;        /* the posts the superior holds or acts in */
	size_t n_mine;
};

struct guidance_chain *guidance_chain_load(struct db *db, int64_t superior, struct kerr *err)
{
	struct pos_node *nodes = NULL;
	size_t n = 0;
	if (store_position_nodes(db, &nodes, &n, err))
		return NULL;
	struct guidance_chain *c = xcalloc(1, sizeof *c);
	c->superior = superior;
	c->idx = pos_index_build(nodes, n);
	c->mine = xcalloc(n ? n : 1, sizeof *c->mine);
	for (size_t i = 0; i < n; i++)
		if (nodes[i].holder_id == superior || nodes[i].plt_id == superior)
			c->mine[c->n_mine++] = nodes[i].id;
	free(nodes);
	if (!c->idx) {
		guidance_chain_free(c);
		kerr_set(err, KERR_INTERNAL, "", "Hierarki jabatan tidak dapat dibaca");
		return NULL;
	}
	return c;
}

int guidance_chain_below(const struct guidance_chain *c, int64_t employee, int64_t pos)
{
	if (!pos || employee == c->superior)
		return 0;
	if (hier_assessor(c->idx, pos) == c->superior)
		return 1;
	for (size_t i = 0; i < c->n_mine; i++)
		if (hier_is_above(c->idx, c->mine[i], pos))
			return 1;
	return 0;
}

void guidance_chain_free(struct guidance_chain *c)
{
	if (!c)
		return;
	pos_index_free(c->idx);
	free(c->mine);
	free(c);
}

#define UNIT_SUB "WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $2 " \
	"UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "

/* ---- improvement plans ------------------------------------------------------------------ */

static int plan_order(const void *a, const void *b)
{
	const struct improvement_plan *x = a, *y = b;
	if (x->overdue != y->overdue)
		return x->overdue ? -1 : 1;
	int c = strcmp(x->due_on, y->due_on);
	return c ? c : (x->id < y->id ? -1 : x->id > y->id);
}

int store_improvement_plan_list(struct db *db, const struct guidance_query *q,
				struct improvement_plan **out, size_t *n, struct kerr *err)
{
	char today_text[GDATE_SIZE];
	int64_t today = guidance_today(today_text);
	struct guidance_chain *chain = NULL;
	size_t alloc = 0;
	int rc;
	*out = NULL;
	*n = 0;
	if (q->unit_root < 0)
		return 0;
	if (q->superior_id && !(chain = guidance_chain_load(db, q->superior_id, err)))
		return -1;
	struct db_rows *rows = db_query(db, UNIT_SUB PLAN_SELECT
		"WHERE ($3 = 0 OR p.employee_id = $3) AND ($2 = 0 OR e.unit_id IN (SELECT id FROM sub)) "
		"AND ($4 = 0 OR p.outcome = '') ORDER BY p.due_on, p.id",
		DB_ARGS(DB_TEXT(today_text), DB_INT(q->unit_root), DB_INT(q->employee_id),
			DB_INT(q->only_open || q->only_overdue)), err);
	if (!rows) {
		guidance_chain_free(chain);
		return -1;
	}
	while ((rc = db_next(rows, err)) == 1 && *n < GUIDANCE_LIST_MAX) {
		struct improvement_plan p;
		improvement_plan_from_row(rows, &p, today);
		if ((chain && !guidance_chain_below(chain, p.employee_id, p.position_id)) ||
		    (q->only_overdue && !p.overdue)) {
			improvement_plan_release(&p);
			continue;
		}
		if (*n == alloc)
			*out = xrealloc(*out, (alloc = alloc ? alloc * 2 : 16) * sizeof **out);
		(*out)[(*n)++] = p;
	}
	db_rows_free(rows);
	guidance_chain_free(chain);
	if (rc < 0) {
		improvement_plans_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	if (*n)
		qsort(*out, *n, sizeof **out, plan_order);
	return 0;
}

/* ---- development items: reading ----------------------------------------------------------- */

void development_item_release(struct development_item *d)
{
	free(d->competency);
	free(d->activity);
	free(d->note);
	memset(d, 0, sizeof *d);
}

void development_items_free(struct development_item *d, size_t n)
{
	for (size_t i = 0; i < n; i++)
		development_item_release(&d[i]);
	free(d);
}

#define DEV_SELECT \
	"SELECT d.id, d.employee_id, d.competency, d.activity, d.note, d.target_on, d.status, " \
	"d.created_by_name, d.version, d.created_at, d.updated_at, " GUIDANCE_PERSON("e") ", " \
	"COALESCE(e.position_id, 0) FROM development_plan d JOIN employees e ON e.id = d.employee_id "

/* Fills *d from a DEV_SELECT row; returns the employee's position. */
static int64_t dev_from_row(struct db_rows *rows, struct development_item *d, int64_t today)
{
	int64_t target = 0;
	memset(d, 0, sizeof *d);
	d->id = db_int(rows, 0);
	d->employee_id = db_int(rows, 1);
	d->competency = xstrdup(db_text(rows, 2));
	d->activity = xstrdup(db_text(rows, 3));
	d->note = xstrdup(db_text(rows, 4));
	copy_str(d->target_on, sizeof d->target_on, db_text(rows, 5));
	if (development_status_parse(db_text(rows, 6), &d->status))
		d->status = DEV_DIRENCANAKAN;
	copy_str(d->created_by, sizeof d->created_by, db_text(rows, 7));
	d->version = db_int(rows, 8);
	d->created_at = db_int(rows, 9);
	d->updated_at = db_int(rows, 10);
	store_person_name(rows, 11, d->employee_name, sizeof d->employee_name);
	d->overdue = !gdate_parse(d->target_on, &target) &&
		     development_overdue(d->status, target, today);
	return db_int(rows, 14);
}

int store_development_get(struct db *db, int64_t id, struct development_item *out,
			  struct kerr *err)
{
	struct db_rows *rows = db_query(db, DEV_SELECT "WHERE d.id = $1", DB_ARGS(DB_INT(id)), err);
	memset(out, 0, sizeof *out);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		dev_from_row(rows, out, guidance_today(NULL));
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "", "Rencana pengembangan tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

int store_development_list(struct db *db, const struct guidance_query *q,
			   struct development_item **out, size_t *n, struct kerr *err)
{
	struct guidance_chain *chain = NULL;
	int64_t today = guidance_today(NULL);
	size_t alloc = 0;
	int rc;
	*out = NULL;
	*n = 0;
	if (q->unit_root < 0)
		return 0;
	if (q->superior_id && !(chain = guidance_chain_load(db, q->superior_id, err)))
		return -1;
	struct db_rows *rows = db_query(db, UNIT_SUB DEV_SELECT
		"WHERE ($1 = 0 OR d.employee_id = $1) AND ($2 = 0 OR e.unit_id IN (SELECT id FROM sub)) "
		"AND ($3 = 0 OR d.status IN ('direncanakan', 'berjalan')) ORDER BY d.target_on, d.id",
		DB_ARGS(DB_INT(q->employee_id), DB_INT(q->unit_root), DB_INT(q->only_open)), err);
	if (!rows) {
		guidance_chain_free(chain);
		return -1;
	}
	while ((rc = db_next(rows, err)) == 1 && *n < GUIDANCE_LIST_MAX) {
		struct development_item d;
		int64_t pos = dev_from_row(rows, &d, today);
		if ((chain && !guidance_chain_below(chain, d.employee_id, pos)) ||
		    (q->only_overdue && !d.overdue)) {
			development_item_release(&d);
			continue;
		}
		if (*n == alloc)
			*out = xrealloc(*out, (alloc = alloc ? alloc * 2 : 16) * sizeof **out);
		(*out)[(*n)++] = d;
	}
	db_rows_free(rows);
	guidance_chain_free(chain);
	if (rc < 0) {
		development_items_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

/* ---- development items: changes ------------------------------------------------------------- */

static json_t *dev_json(const struct development_item *d)
{
	return json_pack("{s:I, s:s, s:s, s:s, s:s, s:s}", "employee_id",
			 (json_int_t)d->employee_id, "competency", d->competency, "activity",
			 d->activity, "target_on", d->target_on, "status",
			 development_status_name(d->status), "note", d->note);
}

/* Checks the input; fills the status to store (kept when absent on update). */
static int dev_check(const struct development_input *in, const char *old_status,
		     const char **status, struct kerr *err)
{
	enum development_status s;
	*status = old_status;
	if (guidance_text_check(in->competency, GUIDANCE_TOPIC_MAX, 0, 0, "kompetensi",
				"Kompetensi yang dikembangkan", err) ||
	    guidance_text_check(in->activity, GUIDANCE_TEXT_MAX, 1, 0, "kegiatan", "Kegiatan", err) ||
	    gdate_check(in->target_on, "target", "Tanggal target", NULL, err) ||
	    guidance_text_check(in->note, GUIDANCE_TEXT_MAX, 1, 1, "catatan", "Catatan", err))
		return -1;
	if (!in->status || !*in->status)
		return 0;
	if (development_status_parse(in->status, &s))
		return kerr_set(err, KERR_INVALID, "status", "Status harus direncanakan, berjalan, "
				"selesai atau batal");
	*status = development_status_name(s);
	return 0;
}

static int dev_create_tx(struct db *db, const struct actor *who,
			 const struct development_input *in, int64_t *id, struct kerr *err)
{
	struct development_item d;
	const char *status = NULL;
	int64_t now = now_unix();
	if (guidance_employee_check(db, in->employee_id, err) ||
	    dev_check(in, "direncanakan", &status, err))
		return -1;
	int rc = db_query_int(db, "INSERT INTO development_plan (employee_id, competency, activity, "
			      "target_on, status, note, created_by_name, created_at, updated_at) "
			      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
			      DB_ARGS(DB_INT(in->employee_id), DB_TEXT(in->competency),
				      DB_TEXT(in->activity), DB_TEXT(in->target_on), DB_TEXT(status),
				      DB_TEXT(in->note ? in->note : ""),
				      DB_TEXT(in->actor_name ? in->actor_name : ""), DB_INT(now)),
			      id, err);
	if (rc <= 0)
		return rc ? -1 : kerr_set(err, KERR_DB, "", "Rencana pengembangan tidak tersimpan");
	if (store_development_get(db, *id, &d, err))
		return -1;
	rc = store_audit_json(db, who, "create", "development_plan", *id, NULL, dev_json(&d), err);
	development_item_release(&d);
	return rc;
}

int store_development_create(struct db *db, const struct actor *who,
			     const struct development_input *in, int64_t *id, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, dev_create_tx(db, who, in, id, err), err);
}

static int dev_change_tx(struct db *db, const struct actor *who, int64_t id,
			 const struct development_input *in, int del, struct kerr *err)
{
	struct development_item before, after;
	const char *status = NULL;
	if (store_development_get(db, id, &before, err))
		return -1;
	int rc = guidance_version_check(in->version, before.version, "Rencana pengembangan", err);
	if (!rc && !del)
		rc = dev_check(in, development_status_name(before.status), &status, err);
	if (!rc && del && db_exec(db, "DELETE FROM development_plan WHERE id = $1",
				  DB_ARGS(DB_INT(id)), err) < 0)
		rc = -1;
	if (!rc && !del && db_exec(db, "UPDATE development_plan SET competency = $2, activity = $3, "
			   "target_on = $4, status = $5, note = $6, version = version + 1, "
			   "updated_at = $7 WHERE id = $1",
			   DB_ARGS(DB_INT(id), DB_TEXT(in->competency), DB_TEXT(in->activity),
				   DB_TEXT(in->target_on), DB_TEXT(status),
				   DB_TEXT(in->note ? in->note : ""), DB_INT(now_unix())), err) < 0)
		rc = -1;
	if (!rc && del) {
		rc = store_audit_json(db, who, "delete", "development_plan", id, dev_json(&before),
				      NULL, err);
	} else if (!rc && !(rc = store_development_get(db, id, &after, err))) {
		rc = store_audit_json(db, who, "update", "development_plan", id, dev_json(&before),
				      dev_json(&after), err);
		development_item_release(&after);
	}
	development_item_release(&before);
	return rc;
}

int store_development_update(struct db *db, const struct actor *who, int64_t id,
			     const struct development_input *in, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, dev_change_tx(db, who, id, in, 0, err), err);
}

int store_development_delete(struct db *db, const struct actor *who, int64_t id,
			     int64_t version, struct kerr *err)
{
	struct development_input in;
	memset(&in, 0, sizeof in);
	in.version = version;
	if (db_begin(db, err))
		return -1;
	return db_finish(db, dev_change_tx(db, who, id, &in, 1, err), err);
}

/* ---- a superior's people ------------------------------------------------------------------------ */

int store_guidance_subordinates(struct db *db, int64_t superior,
				struct guidance_person_row **out, size_t *n, struct kerr *err)
{
	struct guidance_chain *chain = guidance_chain_load(db, superior, err);
	size_t alloc = 0;
	int rc;
	*out = NULL;
	*n = 0;
	if (!chain)
		return -1;
	struct db_rows *rows = db_query(db, "SELECT e.id, e.nip, " GUIDANCE_PERSON("e") ", "
		"COALESCE(u.name, ''), COALESCE(p.name, ''), e.position_id FROM employees e "
		"JOIN positions p ON p.id = e.position_id LEFT JOIN units u ON u.id = e.unit_id "
		"WHERE e.status = 'aktif' ORDER BY u.code, e.name", DB_NOARGS, err);
	if (!rows) {
		guidance_chain_free(chain);
		return -1;
	}
	while ((rc = db_next(rows, err)) == 1 && *n < GUIDANCE_LIST_MAX) {
		if (!guidance_chain_below(chain, db_int(rows, 0), db_int(rows, 7)))
			continue;
		if (*n == alloc)
			*out = xrealloc(*out, (alloc = alloc ? alloc * 2 : 16) * sizeof **out);
		struct guidance_person_row *g = &(*out)[(*n)++];
		g->id = db_int(rows, 0);
		copy_str(g->nip, sizeof g->nip, db_text(rows, 1));
		store_person_name(rows, 2, g->name, sizeof g->name);
		copy_str(g->unit_name, sizeof g->unit_name, db_text(rows, 5));
		copy_str(g->position_name, sizeof g->position_name, db_text(rows, 6));
	}
	db_rows_free(rows);
	guidance_chain_free(chain);
	if (rc < 0) {
		free(*out);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

/* ---- HR's overview per unit --------------------------------------------------------------------- */

#define IN_UNIT(t, alias) "FROM " t " JOIN employees e ON e.id = " alias ".employee_id " \
	"WHERE e.unit_id = u.id"

int store_guidance_units(struct db *db, int64_t unit_root, struct guidance_unit_row **out,
			 size_t *n, struct kerr *err)
{
	char today[GDATE_SIZE];
	size_t alloc = 0;
	int rc;
	guidance_today(today);
	*out = NULL;
	*n = 0;
	if (unit_root < 0)
		return 0;
	struct db_rows *rows = db_query(db, UNIT_SUB
		"SELECT u.id, u.code, u.name, "
		"(SELECT COUNT(*) " IN_UNIT("improvement_plan p", "p") " AND p.outcome = ''), "
		"(SELECT COUNT(*) " IN_UNIT("improvement_plan p", "p") " AND p.outcome = '' AND "
		"(p.due_on < $1 OR EXISTS (SELECT 1 FROM improvement_checkpoint c WHERE "
		"c.plan_id = p.id AND c.progress_on = '' AND c.due_on < $1))), "
		"(SELECT COUNT(*) " IN_UNIT("improvement_plan p", "p") " AND p.outcome <> ''), "
		"(SELECT COUNT(*) " IN_UNIT("guidance_session g", "g") "), "
		"(SELECT COUNT(*) " IN_UNIT("development_plan d", "d") " AND d.status IN "
		"('direncanakan', 'berjalan') AND d.target_on < $1) "
		"FROM units u WHERE ($2 = 0 OR u.id IN (SELECT id FROM sub)) ORDER BY u.code",
		DB_ARGS(DB_TEXT(today), DB_INT(unit_root)), err);
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		struct guidance_unit_row g;
		memset(&g, 0, sizeof g);
		g.unit_id = db_int(rows, 0);
		copy_str(g.unit_code, sizeof g.unit_code, db_text(rows, 1));
		copy_str(g.unit_name, sizeof g.unit_name, db_text(rows, 2));
		g.plans_open = db_int(rows, 3);
		g.plans_overdue = db_int(rows, 4);
		g.plans_closed = db_int(rows, 5);
		g.sessions = db_int(rows, 6);
		g.development_overdue = db_int(rows, 7);
		if (!g.plans_open && !g.plans_closed && !g.sessions && !g.development_overdue)
			continue;
		if (*n == alloc)
			*out = xrealloc(*out, (alloc = alloc ? alloc * 2 : 16) * sizeof **out);
		(*out)[(*n)++] = g;
	}
	db_rows_free(rows);
	if (rc < 0) {
		free(*out);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}
