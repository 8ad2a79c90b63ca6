/*
 * feedback_list.c - reading continuous feedback: the threads of one SKP
 * with their messages (one query, grouped here), and what an employee has
 * not read yet for their home page (their superior's messages on their
 * own SKPs, and the owners' replies on the SKPs they assess).  Writing is
 * in feedback.c.
 */
#include "store/feedback.h"
#include "store/db.h"

#include <stdlib.h>
#include <string.h>

/* ---- the threads of one SKP ------------------------------------------------------- */

void feedback_threads_free(struct feedback_thread *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < t[i].n_msgs; k++)
			free(t[i].msgs[k].text);
		free(t[i].msgs);
		free(t[i].rhk_text);
	}
	free(t);
}

/* Columns 0-7 of a thread row: id, thread, author employee, author name,
 * from_superior, text, created_at, read_at. */
static void msg_from_row(struct db_rows *rows, struct feedback_msg *m)
{
	memset(m, 0, sizeof *m);
	m->id = db_int(rows, 0);
	m->thread_id = db_int(rows, 1);
	m->author_employee_id = db_int(rows, 2);
	copy_str(m->author_name, sizeof m->author_name, db_text(rows, 3));
	m->from_superior = (int)db_int(rows, 4);
	m->text = xstrdup(db_text(rows, 5));
	m->created_at = db_int(rows, 6);
	m->read_at = db_int(rows, 7);
}

/* Columns 8-10: the target (RHK id, its text, the value code). */
static void thread_from_row(struct db_rows *rows, int64_t skp_id, struct feedback_thread *t)
{
	memset(t, 0, sizeof *t);
	t->id = db_int(rows, 1);
	t->skp_id = skp_id;
	t->rhk_id = db_int(rows, 8);
	t->rhk_text = xstrdup(db_text(rows, 9));
	copy_str(t->value_code, sizeof t->value_code, db_text(rows, 10));
}

/* Adds the row's message to the last thread, or to a new one when the row
 * begins another thread (rows come thread by thread). */
static void add_row(struct db_rows *rows, int64_t skp_id, struct feedback_thread **v, size_t *n,
		    size_t *alloc)
{
	if (!*n || (*v)[*n - 1].id != db_int(rows, 1)) {
		if (*n == *alloc)
			*v = xrealloc(*v, (*alloc = *alloc ? *alloc * 2 : 8) * sizeof **v);
		thread_from_row(rows, skp_id, &(*v)[(*n)++]);
	}
	struct feedback_thread *t = &(*v)[*n - 1];
	t->msgs = xrealloc(t->msgs, (t->n_msgs + 1) * sizeof *t->msgs);
	msg_from_row(rows, &t->msgs[t->n_msgs++]);
}

int store_feedback_threads(struct db *db, int64_t skp_id, struct feedback_thread **out,
			   size_t *n, struct kerr *err)
{
	*out = NULL;
	*n = 0;
	struct db_rows *rows = db_query(db,
		"SELECT f.id, COALESCE(f.thread_id, f.id), COALESCE(f.author_employee_id, 0), "
		"f.author_name, f.from_superior, f.text, f.created_at, COALESCE(f.read_at, 0), "
		"COALESCE(f.rhk_id, 0), COALESCE(r.text, f.rhk_text), f.value_code "
		"FROM feedback f LEFT JOIN rhk r ON r.id = f.rhk_id WHERE f.skp_id = $1 "
		"ORDER BY COALESCE(f.thread_id, f.id) DESC, f.created_at, f.id",
		DB_ARGS(DB_INT(skp_id)), err);
	if (!rows)
		return -1;
	size_t alloc = 0;
	int rc;
	while ((rc = db_next(rows, err)) == 1)
		add_row(rows, skp_id, out, n, &alloc);
	db_rows_free(rows);
	if (rc < 0) {
		feedback_threads_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

/* ---- what someone has not read yet ------------------------------------------------- */

/* The superior's messages on the employee's own SKPs, and the owners'
 * replies on SKPs the employee assesses or in threads they began. */
#define UNREAD_WHERE \
	"WHERE f.read_at IS NULL AND ((f.from_superior = 1 AND s.employee_id = $1) OR " \
	"(f.from_superior = 0 AND s.employee_id <> $1 AND (s.assessor_id = $1 OR f.thread_id IN " \
	"(SELECT t.id FROM feedback t WHERE t.author_employee_id = $1 AND t.thread_id IS NULL))))"

void feedback_notes_free(struct feedback_note *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].text);
		free(v[i].rhk_text);
	}
	free(v);
}

static void note_from_row(struct db_rows *rows, struct feedback_note *x)
{
	memset(x, 0, sizeof *x);
	x->id = db_int(rows, 0);
	x->thread_id = db_int(rows, 1);
	x->skp_id = db_int(rows, 2);
	x->from_superior = (int)db_int(rows, 3);
	copy_str(x->author_name, sizeof x->author_name, db_text(rows, 4));
	copy_str(x->owner_name, sizeof x->owner_name, db_text(rows, 5));
	x->text = xstrdup(db_text(rows, 6));
	x->created_at = db_int(rows, 7);
	x->rhk_id = db_int(rows, 8);
	x->rhk_text = xstrdup(db_text(rows, 9));
	copy_str(x->value_code, sizeof x->value_code, db_text(rows, 10));
}

static int unread_rows(struct db *db, int64_t employee_id, size_t max, struct feedback_note **out,
		       size_t *n, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT f.id, COALESCE(f.thread_id, f.id), f.skp_id, f.from_superior, f.author_name, "
		"e.name, f.text, f.created_at, COALESCE(f.rhk_id, 0), COALESCE(r.text, f.rhk_text), "
		"f.value_code FROM feedback f JOIN skp s ON s.id = f.skp_id "
		"JOIN employees e ON e.id = s.employee_id LEFT JOIN rhk r ON r.id = f.rhk_id "
		UNREAD_WHERE " ORDER BY f.created_at DESC, f.id DESC LIMIT $2",
		DB_ARGS(DB_INT(employee_id), DB_INT((int64_t)max)), err);
	if (!rows)
		return -1;
	int rc;
	*out = max ? xcalloc(max, sizeof **out) : NULL;
	while (*n < max && (rc = db_next(rows, err)) == 1)
		note_from_row(rows, &(*out)[(*n)++]);
	if (*n == max)
		rc = 0;
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int store_feedback_unread(struct db *db, int64_t employee_id, size_t max,
			  struct feedback_note **out, size_t *n, int64_t *total, struct kerr *err)
{
	*out = NULL;
	*n = 0;
	*total = 0;
	if (!employee_id)
		return 0;
	if (db_query_int(db, "SELECT COUNT(*) FROM feedback f JOIN skp s ON s.id = f.skp_id "
			 UNREAD_WHERE, DB_ARGS(DB_INT(employee_id)), total, err) < 0)
		return -1;
	if (!*total || !max)
		return 0;
	if (unread_rows(db, employee_id, max, out, n, err) == 0)
		return 0;
	feedback_notes_free(*out, *n);
	*out = NULL;
	*n = 0;
	return -1;
}
