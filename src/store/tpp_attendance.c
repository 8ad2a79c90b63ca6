/*
 * tpp_attendance.c - the attendance (kehadiran) figures of the allowance
 * (TPP): checking an imported CSV against the employees (NIP known, and
 * within the importer's scope), writing a clean file in one transaction
 * (a month given again replaces the stored one), and the figures per
 * month and per employee (see tpp.h).
 */
#include "store/tpp.h"
#include "store/db.h"
#include "store/store_int.h"
#include "domain/csvcheck.h"
#include "domain/csvtable.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The subtree of unit $1 (0: every unit) as "sub(id)". */
#define SUBTREE(p) \
	"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE " p " = 0 OR id = " p " " \
	"UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "

/* ---- checking a file ------------------------------------------------------------------------- */

struct nip_entry {
	char nip[20];
	int64_t id;
	int in_scope;
};

struct nip_map {
	struct nip_entry *v;
	size_t n;
};

static int nip_cmp(const void *a, const void *b)
{
	return strcmp(((const struct nip_entry *)a)->nip, ((const struct nip_entry *)b)->nip);
}

static int64_t employee_of(void *ctx, const char *nip)
{
	struct nip_map *m = ctx;
	struct nip_entry key;
	copy_str(key.nip, sizeof key.nip, nip);
	struct nip_entry *e = bsearch(&key, m->v, m->n, sizeof *m->v, nip_cmp);
	if (!e)
		return 0;
	return e->in_scope ? e->id : -1;
}

/* Every employee's NIP and id, marked in scope when in the subtree of scope_unit. */
static int load_nips(struct db *db, int64_t scope_unit, struct nip_map *m, struct kerr *err)
{
	struct db_rows *rows = db_query(db, SUBTREE("$1") "SELECT e.nip, e.id, "
					"CASE WHEN s.id IS NULL THEN 0 ELSE 1 END FROM employees e "
					"LEFT JOIN sub s ON s.id = e.unit_id",
					DB_ARGS(DB_INT(scope_unit)), err);
	size_t alloc = 0;
	int rc;
	m->v = NULL;
	m->n = 0;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		if (m->n == alloc)
			m->v = xrealloc(m->v, (alloc = alloc ? alloc * 2 : 1024) * sizeof *m->v);
		struct nip_entry *e = &m->v[m->n++];
		copy_str(e->nip, sizeof e->nip, db_text(rows, 0));
		e->id = db_int(rows, 1);
		e->in_scope = (int)db_int(rows, 2);
	}
	db_rows_free(rows);
	if (rc < 0) {
		free(m->v);
		return -1;
	}
	qsort(m->v, m->n, sizeof *m->v, nip_cmp);
	return 0;
}

int store_tpp_attendance_check(struct db *db, const struct csv_table *t, int64_t scope_unit,
			       struct csv_report *report, struct tpp_attendance_row **rows,
			       size_t *n, struct kerr *err)
{
	struct nip_map m;
	*rows = NULL;
	*n = 0;
	if (load_nips(db, scope_unit, &m, err))
		return -1;
	struct tpp_nip_lookup lk = { &m, employee_of };
	tpp_attendance_csv_check(t, &lk, report, rows, n);
	free(m.v);
	return 0;
}

/* ---- writing ----------------------------------------------------------------------------------- */

#define DELETE_CHUNK 500

/* Deletes the stored rows of the employees in ids[0..n) for one month;
 * adds the count to *deleted. */
static int delete_month(struct db *db, int year, int month, const int64_t *ids, size_t n,
			int64_t *deleted, struct kerr *err)
{
	struct db_param *p = xcalloc(DELETE_CHUNK + 2, sizeof *p);
	int rc = 0;
	for (size_t at = 0; !rc && at < n; at += DELETE_CHUNK) {
		size_t k = n - at < DELETE_CHUNK ? n - at : DELETE_CHUNK;
		struct strbuf sql = STRBUF_INIT;
		strbuf_addstr(&sql, "DELETE FROM tpp_attendance WHERE year = $1 AND month = $2 AND "
			      "employee_id IN (");
		p[0] = DB_INT(year);
		p[1] = DB_INT(month);
		for (size_t i = 0; i < k; i++) {
			strbuf_addf(&sql, "%s$%zu", i ? ", " : "", i + 3);
			p[i + 2] = DB_INT(ids[at + i]);
		}
		strbuf_addch(&sql, ')');
		int64_t got = db_exec_built(db, sql.buf, p, (int)k + 2, err);
		strbuf_release(&sql);
		if (got < 0)
			rc = -1;
		else
			*deleted += got;
	}
	free(p);
	return rc;
}

static int row_ym_cmp(const void *a, const void *b)
{
	const struct tpp_attendance_row *x = a, *y = b;
	int kx = x->m.year * 100 + x->m.month, ky = y->m.year * 100 + y->m.month;
	if (kx != ky)
		return kx < ky ? -1 : 1;
	return x->employee_id < y->employee_id ? -1 : x->employee_id > y->employee_id;
}

/* Deletes what the rows (sorted by month) replace; *months lists them. */
static int delete_replaced(struct db *db, const struct tpp_attendance_row *v, size_t n,
			   int64_t *replaced, json_t *months, struct kerr *err)
{
	int64_t *ids = xcalloc(n ? n : 1, sizeof *ids);
	int rc = 0;
	for (size_t i = 0; !rc && i < n; ) {
		size_t j = i, k = 0;
		while (j < n && v[j].m.year == v[i].m.year && v[j].m.month == v[i].m.month)
			ids[k++] = v[j++].employee_id;
		char ym[16];
		snprintf(ym, sizeof ym, "%04d-%02d", v[i].m.year, v[i].m.month);
		json_array_append_new(months, json_string(ym));
		rc = delete_month(db, v[i].m.year, v[i].m.month, ids, k, replaced, err);
		i = j;
	}
	free(ids);
	return rc;
}

static int insert_rows(struct db *db, const struct tpp_attendance_row *v, size_t n,
		       struct kerr *err)
{
	int64_t now = now_unix();
	struct db_batch *b = db_batch_new(db, "INSERT INTO tpp_attendance (employee_id, year, "
					  "month, work_days, month_days, tanpa_keterangan, izin, "
					  "sakit, cuti, late_minutes, imported_at) VALUES", 11);
	for (size_t i = 0; i < n; i++) {
		const struct tpp_month *m = &v[i].m;
		if (db_batch_add(b, DB_ARGS(DB_INT(v[i].employee_id), DB_INT(m->year),
					    DB_INT(m->month), DB_INT(m->work_days),
					    DB_INT(m->month_days), DB_INT(m->absent[0]),
					    DB_INT(m->absent[1]), DB_INT(m->absent[2]),
					    DB_INT(m->absent[3]), DB_INT(m->late_minutes),
					    DB_INT(now)), err))
			break;
	}
	return db_batch_end(b, err) < 0 ? -1 : 0;
}

static int save_tx(struct db *db, const struct actor *who, struct tpp_attendance_row *v,
		   size_t n, const char *file_name, int64_t *replaced, struct kerr *err)
{
	json_t *months = json_array();
	qsort(v, n, sizeof *v, row_ym_cmp);
	if (delete_replaced(db, v, n, replaced, months, err) || insert_rows(db, v, n, err)) {
		json_decref(months);
		return -1;
	}
	return store_audit_json(db, who, "impor", "tpp_kehadiran", 0, NULL,
				json_pack("{s:s, s:I, s:I, s:o}", "berkas", file_name ? file_name : "",
					  "baris", (json_int_t)n, "diganti", (json_int_t)*replaced,
					  "bulan", months), err);
}

int store_tpp_attendance_save(struct db *db, const struct actor *who,
			      const struct tpp_attendance_row *rows, size_t n,
			      const char *file_name, int64_t *replaced, struct kerr *err)
{
	*replaced = 0;
	if (!n)
		return kerr_set(err, KERR_INVALID, "berkas", "Berkas tidak berisi data kehadiran");
	struct tpp_attendance_row *v = xcalloc(n, sizeof *v);
	memcpy(v, rows, n * sizeof *v);
	int rc = db_begin(db, err);
	if (!rc)
		rc = db_finish(db, save_tx(db, who, v, n, file_name, replaced, err), err);
	free(v);
	if (rc)
		*replaced = 0;
	return rc;
}

/* ---- reading -------------------------------------------------------------------------------------- */

int store_tpp_attendance_months(struct db *db, int year, int64_t scope_unit,
				struct tpp_attendance_month **out, size_t *n, struct kerr *err)
{
	struct db_rows *rows = db_query(db, SUBTREE("$2") "SELECT a.month, COUNT(*), "
					"SUM(a.tanpa_keterangan + a.izin + a.sakit + a.cuti), "
					"SUM(a.late_minutes) FROM tpp_attendance a "
					"JOIN employees e ON e.id = a.employee_id "
					"JOIN sub ON sub.id = e.unit_id WHERE a.year = $1 "
					"GROUP BY a.month ORDER BY a.month",
					DB_ARGS(DB_INT(year), DB_INT(scope_unit)), err);
	int rc;
	*out = xcalloc(12, sizeof **out);
	*n = 0;
	if (!rows)
		return free(*out), *out = NULL, -1;
	while ((rc = db_next(rows, err)) == 1 && *n < 12) {
		struct tpp_attendance_month *m = &(*out)[(*n)++];
		m->year = year;
		m->month = (int)db_int(rows, 0);
		m->employees = db_int(rows, 1);
		m->absent_days = db_int(rows, 2);
		m->late_minutes = db_int(rows, 3);
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

int store_tpp_attendance_of(struct db *db, int64_t employee_id, int year,
			    struct tpp_month **out, size_t *n, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT month, work_days, month_days, "
					"tanpa_keterangan, izin, sakit, cuti, late_minutes "
					"FROM tpp_attendance WHERE employee_id = $1 AND year = $2 "
					"ORDER BY month", DB_ARGS(DB_INT(employee_id), DB_INT(year)),
					err);
	int rc;
	*out = xcalloc(12, sizeof **out);
	*n = 0;
	if (!rows)
		return free(*out), *out = NULL, -1;
	while ((rc = db_next(rows, err)) == 1 && *n < 12) {
		struct tpp_month *m = &(*out)[(*n)++];
		m->year = year;
		m->month = (int)db_int(rows, 0);
		m->work_days = (int)db_int(rows, 1);
		m->month_days = (int)db_int(rows, 2);
		for (int k = 0; k < TPP_ABS__KINDS; k++)
			m->absent[k] = (int)db_int(rows, 3 + k);
		m->late_minutes = (int)db_int(rows, 7);
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
