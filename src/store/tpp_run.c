/*
 * tpp_run.c - computing an allowance (TPP) run, set-based and in one
 * transaction: one query for the unit's active employees, one for the
 * months' attendance, one for the predicates that count, the amounts in C
 * (tpp_compute), the items in multi-row INSERTs; creating a run, computing
 * a draft again (an approved one is refused) and approving it (see tpp.h).
 */
#include "store/tpp.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *tpp_run_kind_name(enum tpp_run_kind k)
{
	return k == TPP_RUN_TRIWULAN ? "triwulan" : "bulanan";
}

int tpp_run_kind_parse(const char *s, enum tpp_run_kind *out)
{
	if (s && !strcmp(s, "bulanan"))
		*out = TPP_RUN_BULANAN;
	else if (s && !strcmp(s, "triwulan"))
		*out = TPP_RUN_TRIWULAN;
	else
		return -1;
	return 0;
}

/* One employee while a run is computed. */
struct emp {
	int64_t id;
	char nip[20];
	char name[300];
	char golongan[8];
	char kind[24];
	char unit_name[200];
	int pred;
	struct tpp_month month[13];
	unsigned short has;            /* bit m: month m has attendance */
};

struct emps {
	struct emp *v;
	size_t n;
};

static struct emp *emp_find(const struct emps *e, int64_t id)
{
	size_t lo = 0, hi = e->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (e->v[mid].id == id)
			return &e->v[mid];
		if (e->v[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* ---- loading -------------------------------------------------------------------------------- */

static int load_employees(struct db *db, int64_t unit_id, struct emps *e, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $1 "
		"UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
		"SELECT e.id, e.nip, e.front_title, e.name, e.back_title, e.golongan, "
		"COALESCE(p.kind, ''), un.name FROM employees e JOIN sub ON sub.id = e.unit_id "
		"JOIN units un ON un.id = e.unit_id LEFT JOIN positions p ON p.id = e.position_id "
		"WHERE e.status = 'aktif' ORDER BY e.id", DB_ARGS(DB_INT(unit_id)), err);
	size_t alloc = 0;
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		if (e->n == alloc)
			e->v = xrealloc(e->v, (alloc = alloc ? alloc * 2 : 256) * sizeof *e->v);
		struct emp *p = &e->v[e->n++];
		const char *front = db_text(rows, 2), *back = db_text(rows, 4);
		p->id = db_int(rows, 0);
		copy_str(p->nip, sizeof p->nip, db_text(rows, 1));
		snprintf(p->name, sizeof p->name, "%s%s%s%s%s", front, *front ? " " : "",
			 db_text(rows, 3), *back ? ", " : "", back);
		copy_str(p->golongan, sizeof p->golongan, db_text(rows, 5));
		copy_str(p->kind, sizeof p->kind, db_text(rows, 6));
		copy_str(p->unit_name, sizeof p->unit_name, db_text(rows, 7));
		p->pred = TPP_PRED_NONE;
		p->has = 0;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int load_attendance(struct db *db, const struct tpp_run *run, struct emps *e,
			   struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT employee_id, month, work_days, month_days, "
					"tanpa_keterangan, izin, sakit, cuti, late_minutes "
					"FROM tpp_attendance WHERE year = $1 AND month >= $2 AND "
					"month <= $3", DB_ARGS(DB_INT(run->year),
							       DB_INT(run->month_from),
							       DB_INT(run->month_to)), err);
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		struct emp *p = emp_find(e, db_int(rows, 0));
		int mo = (int)db_int(rows, 1);
		if (!p || mo < 1 || mo > 12)
			continue;
		struct tpp_month *m = &p->month[mo];
		m->year = run->year;
		m->month = mo;
		m->work_days = (int)db_int(rows, 2);
		m->month_days = (int)db_int(rows, 3);
		for (int k = 0; k < TPP_ABS__KINDS; k++)
			m->absent[k] = (int)db_int(rows, 4 + k);
		m->late_minutes = (int)db_int(rows, 8);
		p->has |= (unsigned short)(1u << mo);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* Triwulan: the assessment at the run's checkpoint.  Bulanan: the newest
 * at a checkpoint of the year begun by the month's first day.  Ordered so
 * that the one that counts comes last for each employee. */
static int load_predicates(struct db *db, const struct tpp_run *run, struct emps *e,
			   struct kerr *err)
{
	char first[16];
	struct db_rows *rows;
	snprintf(first, sizeof first, "%04d-%02d-01", run->year, run->month_from);
	if (run->kind == TPP_RUN_TRIWULAN)
		rows = db_query(db, "SELECT s.employee_id, a.predicate FROM assessment a "
				"JOIN skp s ON s.id = a.skp_id WHERE a.kind = 'periodik' AND "
				"a.state = 'ditetapkan' AND a.checkpoint_id = $1 "
				"ORDER BY s.employee_id, s.month_from, a.id",
				DB_ARGS(DB_INT(run->checkpoint_id)), err);
	else
		rows = db_query(db, "SELECT s.employee_id, a.predicate FROM assessment a "
				"JOIN skp s ON s.id = a.skp_id "
				"JOIN checkpoints c ON c.id = a.checkpoint_id "
				"JOIN periods p ON p.id = c.period_id WHERE a.kind = 'periodik' AND "
				"a.state = 'ditetapkan' AND p.year = $1 AND c.start_date <= $2 "
				"ORDER BY s.employee_id, c.start_date, s.month_from, a.id",
				DB_ARGS(DB_INT(run->year), DB_TEXT(first)), err);
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		struct emp *p = emp_find(e, db_int(rows, 0));
		enum predicate pr;
		if (p && !predicate_parse(db_text(rows, 1), &pr))
			p->pred = (int)pr;
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* ---- computing ------------------------------------------------------------------------------- */

static char *lines_json(const struct tpp_result *res)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < res->nlines; i++) {
		const struct tpp_line *l = &res->line[i];
		json_array_append_new(arr, json_pack("{s:i, s:s, s:s, s:I}", "bulan", l->month,
						     "jenis", tpp_line_kind_name(l->kind), "uraian",
						     l->text, "jumlah", (json_int_t)l->amount));
	}
	char *s = json_dumps(arr, JSON_COMPACT);
	json_decref(arr);
	return s;
}

static int add_item(struct db_batch *b, const struct tpp_run *run, const struct emp *p,
		    const struct tpp_result *res, struct kerr *err)
{
	char *lines = lines_json(res);
	int rc = db_batch_add(b, DB_ARGS(DB_INT(run->id), DB_INT(p->id), DB_TEXT(p->nip),
					 DB_TEXT(p->name), DB_TEXT(p->golongan), DB_TEXT(p->kind),
					 DB_TEXT(p->unit_name), DB_TEXT(tpp_pred_name(p->pred)),
					 DB_INT(res->base), DB_INT(res->months_paid),
					 DB_INT(res->kinerja), DB_INT(res->disiplin),
					 DB_INT(res->potongan), DB_INT(res->pembulatan),
					 DB_INT(res->total), DB_TEXT(lines)), err);
	free(lines);
	return rc;
}

/* Computes and writes the items of run->id; sets run->employees and total. */
static int compute(struct db *db, struct tpp_run *run, const struct tpp_rules *rules,
		   struct kerr *err)
{
	struct emps e = { NULL, 0 };
	struct tpp_result *res = xmalloc(sizeof *res);
	int rc = load_employees(db, run->unit_id, &e, err);
	if (!rc)
		rc = load_attendance(db, run, &e, err);
	if (!rc)
		rc = load_predicates(db, run, &e, err);
	run->employees = 0;
	run->total = 0;
	if (!rc) {
		struct db_batch *b = db_batch_new(db, "INSERT INTO tpp_run_item (run_id, employee_id, "
						  "nip, name, golongan, position_kind, unit_name, "
						  "predicate, base_amount, months_paid, kinerja, "
						  "disiplin, potongan, pembulatan, amount, lines_json) "
						  "VALUES", 16);
		for (size_t i = 0; i < e.n && !rc; i++) {
			struct emp *p = &e.v[i];
			struct tpp_person person = { p->golongan, p->kind, p->pred, { NULL } };
			for (int mo = run->month_from; mo <= run->month_to; mo++)
				if (p->has & (1u << mo))
					person.month[mo] = &p->month[mo];
			tpp_compute(rules, &person, run->year, run->month_from, run->month_to, res);
			rc = add_item(b, run, p, res, err);
			run->employees++;
			run->total += res->total;
		}
		if (db_batch_end(b, err) < 0)
			rc = -1;
	}
	free(res);
	free(e.v);
	return rc;
}

/* ---- runs ------------------------------------------------------------------------------------- */

static json_t *run_json(const struct tpp_run *r)
{
	return json_pack("{s:s, s:s, s:i, s:i, s:i, s:I, s:I, s:i, s:s, s:I, s:I}", "label", r->label,
			 "jenis", tpp_run_kind_name(r->kind), "tahun", r->year, "bulan_dari",
			 r->month_from, "bulan_sampai", r->month_to, "unit_id",
			 (json_int_t)r->unit_id, "aturan_id", (json_int_t)r->ruleset_id,
			 "aturan_versi", r->ruleset_version, "status", r->state, "pegawai",
			 (json_int_t)r->employees, "jumlah", (json_int_t)r->total);
}

/* The months, year and label of a spec. */
static int resolve_months(struct db *db, const struct tpp_run_spec *s, struct tpp_run *run,
			  struct kerr *err)
{
	run->kind = s->kind;
	run->checkpoint_id = 0;
	if (s->kind == TPP_RUN_BULANAN) {
		if (s->month < 1 || s->month > 12)
			return kerr_set(err, KERR_INVALID, "bulan", "Bulan harus 1 sampai 12");
		if (s->year < 2000 || s->year > 2100)
			return kerr_set(err, KERR_INVALID, "tahun", "Tahun harus antara 2000 dan 2100");
		run->year = s->year;
		run->month_from = run->month_to = s->month;
		snprintf(run->label, sizeof run->label, "%s %d", tpp_month_name(s->month), s->year);
		return 0;
	}
	struct db_rows *rows = db_query(db, "SELECT c.name, c.start_date, c.end_date, p.year "
					"FROM checkpoints c JOIN periods p ON p.id = c.period_id "
					"WHERE c.id = $1", DB_ARGS(DB_INT(s->checkpoint_id)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1) {
		run->checkpoint_id = s->checkpoint_id;
		run->year = (int)db_int(rows, 3);
		run->month_from = atoi(db_text(rows, 1) + 5);
		run->month_to = atoi(db_text(rows, 2) + 5);
		snprintf(run->label, sizeof run->label, "%s %d", db_text(rows, 0), run->year);
	}
	db_rows_free(rows);
	if (rc < 0)
		return -1;
	if (!rc || run->month_from < 1 || run->month_to > 12 || run->month_from > run->month_to)
		return kerr_set(err, KERR_INVALID, "titik_periksa", "Titik periksa (triwulan) tidak "
				"ditemukan");
	return 0;
}

/* The newest rule set of the run's instansi and year into *rs. */
static int pick_rules(struct db *db, struct tpp_run *run, struct tpp_ruleset *rs,
		      struct kerr *err)
{
	if (store_tpp_instansi_of(db, run->unit_id, &run->instansi_id, err))
		return -1;
	if (store_tpp_ruleset_latest(db, run->instansi_id, run->year, rs, err)) {
		if (err->code == KERR_NOT_FOUND)
			err->code = KERR_CONFLICT;
		return -1;
	}
	run->ruleset_id = rs->id;
	run->ruleset_version = rs->version;
	return 0;
}

static int update_totals(struct db *db, const struct tpp_run *run, struct kerr *err)
{
	return db_exec(db, "UPDATE tpp_run SET ruleset_id = $2, employees = $3, total = $4, "
		       "computed_at = $5, version = $6 WHERE id = $1",
		       DB_ARGS(DB_INT(run->id), DB_INT(run->ruleset_id), DB_INT(run->employees),
			       DB_INT(run->total), DB_INT(run->computed_at), DB_INT(run->version)),
		       err) < 0 ? -1 : 0;
}

static int create_tx(struct db *db, const struct actor *who, const struct tpp_run_spec *s,
		     struct tpp_run *run, struct tpp_ruleset *rs, struct kerr *err)
{
	if (resolve_months(db, s, run, err) || pick_rules(db, run, rs, err))
		return -1;
	run->created_at = run->computed_at = now_unix();
	run->version = 1;
	copy_str(run->state, sizeof run->state, TPP_RUN_DRAFT);
	struct db_rows *rows = db_query(db,
		"INSERT INTO tpp_run (unit_id, instansi_id, ruleset_id, kind, year, month_from, "
		"month_to, checkpoint_id, label, state, created_by_name, created_at, computed_at) "
		"VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
		DB_ARGS(DB_INT(run->unit_id), DB_INT(run->instansi_id), DB_INT(run->ruleset_id),
			DB_TEXT(tpp_run_kind_name(run->kind)), DB_INT(run->year),
			DB_INT(run->month_from), DB_INT(run->month_to), DB_ID(run->checkpoint_id),
			DB_TEXT(run->label), DB_TEXT(TPP_RUN_DRAFT), DB_TEXT(s->by_name),
			DB_INT(run->created_at)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		run->id = db_int(rows, 0);
	db_rows_free(rows);
	if (rc != 1 || compute(db, run, &rs->rules, err) || update_totals(db, run, err))
		return -1;
	return store_audit_json(db, who, "create", "tpp_perhitungan", run->id, NULL, run_json(run),
				err);
}

int store_tpp_run_create(struct db *db, const struct actor *who, const struct tpp_run_spec *s,
			 int64_t *id, struct kerr *err)
{
	struct tpp_run run;
	struct unit u;
	memset(&run, 0, sizeof run);
	run.unit_id = s->unit_id;
	if (store_unit_get(db, s->unit_id, &u, err)) {
		if (err->code != KERR_NOT_FOUND)
			return -1;
		kerr_clear(err);
		return kerr_set(err, KERR_INVALID, "unit", "Unit kerja tidak ditemukan");
	}
	struct tpp_ruleset *rs = xmalloc(sizeof *rs);
	int rc = db_begin(db, err);
	if (!rc)
		rc = db_finish(db, create_tx(db, who, s, &run, rs, err), err);
	free(rs);
	if (!rc)
		*id = run.id;
	return rc;
}

/* Loads run `id` for a change, holding its row, and refuses an approved
 * or stale one. */
static int claim(struct db *db, int64_t id, int64_t version, struct tpp_run *run,
		 struct kerr *err)
{
	if (db_kind(db) == DB_POSTGRES &&
	    db_exec(db, "SELECT id FROM tpp_run WHERE id = $1 FOR UPDATE", DB_ARGS(DB_INT(id)),
		    err) < 0)
		return -1;
	if (store_tpp_run_get(db, id, run, err))
		return -1;
	if (!strcmp(run->state, TPP_RUN_APPROVED))
		return kerr_set(err, KERR_CONFLICT, "status", "Perhitungan TPP %s sudah disetujui "
				"dan terkunci: tidak dapat dihitung ulang atau diubah", run->label);
	if (version && version != run->version)
		return kerr_set(err, KERR_CONFLICT, "version", "Perhitungan ini telah diubah orang "
				"lain sejak Anda membukanya; muat ulang lalu coba lagi");
	return 0;
}

static int recompute_tx(struct db *db, const struct actor *who, int64_t id, int64_t version,
			struct tpp_ruleset *rs, struct kerr *err)
{
	struct tpp_run run;
	if (claim(db, id, version, &run, err))
		return -1;
	json_t *before = run_json(&run);
	if (pick_rules(db, &run, rs, err) ||
	    db_exec(db, "DELETE FROM tpp_run_item WHERE run_id = $1", DB_ARGS(DB_INT(id)), err) < 0 ||
	    compute(db, &run, &rs->rules, err)) {
		json_decref(before);
		return -1;
	}
	run.computed_at = now_unix();
	run.version++;
	if (update_totals(db, &run, err)) {
		json_decref(before);
		return -1;
	}
	return store_audit_json(db, who, "hitung_ulang", "tpp_perhitungan", id, before,
				run_json(&run), err);
}

int store_tpp_run_recompute(struct db *db, const struct actor *who, int64_t id,
			    int64_t version, struct kerr *err)
{
	struct tpp_ruleset *rs = xmalloc(sizeof *rs);
	int rc = db_begin(db, err);
	if (!rc)
		rc = db_finish(db, recompute_tx(db, who, id, version, rs, err), err);
	free(rs);
	return rc;
}

static int approve_tx(struct db *db, const struct actor *who, int64_t id, const char *by_name,
		      int64_t version, struct kerr *err)
{
	struct tpp_run run;
	if (claim(db, id, version, &run, err))
		return -1;
	json_t *before = run_json(&run);
	copy_str(run.state, sizeof run.state, TPP_RUN_APPROVED);
	run.approved_at = now_unix();
	if (db_exec(db, "UPDATE tpp_run SET state = $2, approved_by_name = $3, approved_at = $4, "
		    "version = version + 1 WHERE id = $1",
		    DB_ARGS(DB_INT(id), DB_TEXT(TPP_RUN_APPROVED), DB_TEXT(by_name ? by_name : ""),
			    DB_INT(run.approved_at)), err) < 0) {
		json_decref(before);
		return -1;
	}
	return store_audit_json(db, who, "setujui", "tpp_perhitungan", id, before, run_json(&run),
				err);
}

int store_tpp_run_approve(struct db *db, const struct actor *who, int64_t id,
			  const char *by_name, int64_t version, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, approve_tx(db, who, id, by_name, version, err), err);
}
