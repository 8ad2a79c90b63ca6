/*
 * org.c - the organisation: units (unit kerja), positions (jabatan) and the
 * position hierarchy that decides who assesses whom.
 *
 * Units only gain children, so their parent chain cannot loop.  Positions
 * can be re-parented: every create, update and import loads the hierarchy
 * into a pos_index (domain/hierarchy.h) and refuses a parent chain that
 * would loop.  The assessor questions are answered by the same index.
 */
#include "store/store.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"
#include "domain/csvcheck.h"
#include "domain/hierarchy.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- helpers -------------------------------------------------------------- */

/* A code: given, at most size-1 bytes, no blanks or control characters. */
static int check_code(const char *field, const char *what, const char *code, size_t size,
		      struct kerr *err)
{
	if (!code[0])
		return kerr_set(err, KERR_INVALID, field, "Kode %s harus diisi", what);
	if (strlen(code) >= size)
		return kerr_set(err, KERR_INVALID, field, "Kode %s paling banyak %zu karakter",
				what, size - 1);
	for (const unsigned char *p = (const unsigned char *)code; *p; p++)
		if (*p <= ' ' || *p == 0x7f)
			return kerr_set(err, KERR_INVALID, field,
					"Kode %s tidak boleh berisi spasi", what);
	return 0;
}

static int check_name(const char *field, const char *name, size_t size, struct kerr *err)
{
	if (!name[0])
		return kerr_set(err, KERR_INVALID, field, "Nama harus diisi");
	if (strlen(name) >= size)
		return kerr_set(err, KERR_INVALID, field, "Nama paling banyak %zu karakter", size - 1);
	return 0;
}

/* The id `sql` finds for one bound code: 1 found, 0 not (*id = 0), -1 error. */
static int lookup_id(struct db *db, const char *sql, const char *code, int64_t *id,
		     struct kerr *err)
{
	*id = 0;
	return db_query_int(db, sql, DB_ARGS(DB_TEXT(code)), id, err);
}

static int unit_id_of(struct db *db, const char *code, int64_t *id, struct kerr *err)
{
	return lookup_id(db, "SELECT id FROM units WHERE code = $1", code, id, err);
}

static int position_id_of(struct db *db, const char *code, int64_t *id, struct kerr *err)
{
	return lookup_id(db, "SELECT id FROM positions WHERE code = $1", code, id, err);
}

/* ---- units ---------------------------------------------------------------- */

static const char *const unit_kinds[] = {
	"instansi", "kecamatan", "sekretariat", "subbagian", "seksi", "kelurahan", "lainnya",
};

static const char *unit_kind_canonical(const char *kind)
{
	for (size_t i = 0; i < sizeof unit_kinds / sizeof unit_kinds[0]; i++)
		if (strcasecmp(kind, unit_kinds[i]) == 0)
			return unit_kinds[i];
	return NULL;
}

#define UNIT_SELECT \
	"SELECT u.id, u.code, u.name, u.kind, COALESCE(u.parent_id, 0), COALESCE(p.code, '') " \
	"FROM units u LEFT JOIN units p ON p.id = u.parent_id "

static void unit_from_row(struct db_rows *rows, void *out)
{
	struct unit *u = out;
	memset(u, 0, sizeof *u);
	u->id = db_int(rows, 0);
	copy_str(u->code, sizeof u->code, db_text(rows, 1));
	copy_str(u->name, sizeof u->name, db_text(rows, 2));
	copy_str(u->kind, sizeof u->kind, db_text(rows, 3));
	u->parent_id = db_int(rows, 4);
	copy_str(u->parent_code, sizeof u->parent_code, db_text(rows, 5));
}

/* Reads the one unit `rows` finds; KERR_NOT_FOUND if none.  Frees rows. */
static int unit_fetch(struct db_rows *rows, struct unit *out, struct kerr *err)
{
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		unit_from_row(rows, out);
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "unit", "Unit kerja tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

int store_unit_list(struct db *db, struct unit **out, size_t *n, struct kerr *err)
{
	return db_collect(db_query(db, UNIT_SELECT "ORDER BY u.code", DB_NOARGS, err),
		       sizeof **out, unit_from_row, NULL, (void **)out, n, err);
}

int store_unit_get(struct db *db, int64_t id, struct unit *out, struct kerr *err)
{
	return unit_fetch(db_query(db, UNIT_SELECT "WHERE u.id = $1", DB_ARGS(DB_INT(id)), err),
			  out, err);
}

int store_unit_by_code(struct db *db, const char *code, struct unit *out, struct kerr *err)
{
	return unit_fetch(db_query(db, UNIT_SELECT "WHERE u.code = $1",
				   DB_ARGS(DB_TEXT(code)), err), out, err);
}

static int check_unit(struct db *db, struct unit *u, struct kerr *err)
{
	const char *kind = unit_kind_canonical(u->kind);
	if (check_code("code", "unit", u->code, sizeof u->code, err) ||
	    check_name("name", u->name, sizeof u->name, err))
		return -1;
	if (!kind)
		return kerr_set(err, KERR_INVALID, "kind", "Jenis unit '%s' tidak dikenal", u->kind);
	copy_str(u->kind, sizeof u->kind, kind);
	int64_t id;
	int rc = unit_id_of(db, u->code, &id, err);
	if (rc == 1)
		return kerr_set(err, KERR_CONFLICT, "code", "Kode unit %s sudah dipakai", u->code);
	if (rc < 0 || !u->parent_code[0]) {
		u->parent_id = 0;
		return rc;
	}
	rc = unit_id_of(db, u->parent_code, &u->parent_id, err);
	if (rc == 0)
		return kerr_set(err, KERR_INVALID, "parent_code", "Unit induk %s tidak ada",
				u->parent_code);
	return rc < 0 ? -1 : 0;
}

static int unit_create_tx(struct db *db, const struct actor *who, struct unit *u,
			  struct kerr *err)
{
	int64_t now = now_unix();
	if (check_unit(db, u, err))
		return -1;
	int rc = db_query_int(db,
		"INSERT INTO units (code, name, kind, parent_id, created_at, updated_at) "
		"VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
		DB_ARGS(DB_TEXT(u->code), DB_TEXT(u->name), DB_TEXT(u->kind), DB_ID(u->parent_id),
			DB_INT(now)), &u->id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "Unit tidak tersimpan") : -1;
	return store_audit_json(db, who, "create", "unit", u->id, NULL,
			  json_pack("{s:s, s:s, s:s, s:s}", "code", u->code, "name", u->name,
				    "kind", u->kind, "parent_code", u->parent_code), err);
}

int store_unit_create(struct db *db, const struct actor *who, struct unit *u, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, unit_create_tx(db, who, u, err), err);
}

int store_unit_within(struct db *db, int64_t inner, int64_t outer, struct kerr *err)
{
	int64_t found = 0;
	int rc = db_query_int(db,
		"WITH RECURSIVE up(id, parent_id) AS ("
		"  SELECT id, parent_id FROM units WHERE id = $1"
		"  UNION SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id) "
		"SELECT COUNT(*) FROM up WHERE id = $2",
		DB_ARGS(DB_INT(inner), DB_INT(outer)), &found, err);
	if (rc < 0)
		return -1;
	return found > 0;
}

/* ---- positions ------------------------------------------------------------ */

#define POSITION_SELECT \
	"SELECT p.id, p.code, p.name, p.kind, p.unit_id, un.code, un.name, " \
	"COALESCE(p.parent_id, 0), COALESCE(pp.code, ''), COALESCE(h.id, 0), COALESCE(h.name, ''), " \
	"COALESCE(p.plt_employee_id, 0), COALESCE(pl.name, '') " \
	"FROM positions p JOIN units un ON un.id = p.unit_id " \
	"LEFT JOIN positions pp ON pp.id = p.parent_id " \
	"LEFT JOIN employees h ON h.position_id = p.id " \
	"LEFT JOIN employees pl ON pl.id = p.plt_employee_id "

static void position_from_row(struct db_rows *rows, void *out)
{
	struct position *p = out;
	memset(p, 0, sizeof *p);
	p->id = db_int(rows, 0);
	copy_str(p->code, sizeof p->code, db_text(rows, 1));
	copy_str(p->name, sizeof p->name, db_text(rows, 2));
	copy_str(p->kind, sizeof p->kind, db_text(rows, 3));
	p->unit_id = db_int(rows, 4);
	copy_str(p->unit_code, sizeof p->unit_code, db_text(rows, 5));
	copy_str(p->unit_name, sizeof p->unit_name, db_text(rows, 6));
	p->parent_id = db_int(rows, 7);
	copy_str(p->parent_code, sizeof p->parent_code, db_text(rows, 8));
	p->holder_id = db_int(rows, 9);
	copy_str(p->holder_name, sizeof p->holder_name, db_text(rows, 10));
	p->plt_id = db_int(rows, 11);
	copy_str(p->plt_name, sizeof p->plt_name, db_text(rows, 12));
}

static int position_fetch(struct db_rows *rows, struct position *out, struct kerr *err)
{
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		position_from_row(rows, out);
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "position", "Jabatan tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

int store_position_list(struct db *db, struct position **out, size_t *n, struct kerr *err)
{
	return db_collect(db_query(db, POSITION_SELECT "ORDER BY un.code, p.code", DB_NOARGS, err),
		       sizeof **out, position_from_row, NULL, (void **)out, n, err);
}

int store_position_get(struct db *db, int64_t id, struct position *out, struct kerr *err)
{
	return position_fetch(db_query(db, POSITION_SELECT "WHERE p.id = $1",
				       DB_ARGS(DB_INT(id)), err), out, err);
}

int store_position_by_code(struct db *db, const char *code, struct position *out,
			   struct kerr *err)
{
	return position_fetch(db_query(db, POSITION_SELECT "WHERE p.code = $1",
				       DB_ARGS(DB_TEXT(code)), err), out, err);
}

static void node_from_row(struct db_rows *rows, void *out)
{
	struct pos_node *node = out;
	node->id = db_int(rows, 0);
	node->parent_id = db_int(rows, 1);
	node->holder_id = db_int(rows, 2);
	node->plt_id = db_int(rows, 3);
}

int store_position_nodes(struct db *db, struct pos_node **out, size_t *n, struct kerr *err)
{
	return db_collect(db_query(db,
		"SELECT p.id, COALESCE(p.parent_id, 0), COALESCE(e.id, 0), "
		"COALESCE(p.plt_employee_id, 0) FROM positions p "
		"LEFT JOIN employees e ON e.position_id = p.id ORDER BY p.id", DB_NOARGS, err),
		sizeof **out, node_from_row, NULL, (void **)out, n, err);
}

/* The chain on SQLite: one indexed lookup per level, which an embedded
 * database answers faster than a recursive query (a chain is a handful of
 * levels); PostgreSQL takes the recursive query in one round trip. */
static int chain_walk(struct db *db, int64_t pos_id, struct pos_node **out, size_t *n,
		      struct kerr *err)
{
	size_t alloc = 8;
	struct pos_node *v = xmalloc(alloc * sizeof *v);
	int rc = 0;
	*n = 0;
	for (int depth = 0; pos_id && depth <= 256 && rc == 0; depth++) {
		struct db_rows *rows = db_query(db,
			"SELECT p.id, COALESCE(p.parent_id, 0), COALESCE(e.id, 0), "
			"COALESCE(p.plt_employee_id, 0) FROM positions p "
			"LEFT JOIN employees e ON e.position_id = p.id WHERE p.id = $1",
			DB_ARGS(DB_INT(pos_id)), err);
		if (!rows) {
			rc = -1;
			break;
		}
		pos_id = 0;
		while ((rc = db_next(rows, err)) == 1) {
			if (*n == alloc)
				v = xrealloc(v, (alloc *= 2) * sizeof *v);
			node_from_row(rows, &v[*n]);
			pos_id = v[(*n)++].parent_id;
		}
		db_rows_free(rows);
	}
	if (rc < 0) {
		free(v);
		*n = 0;
		return -1;
	}
	*out = v;
	return 0;
}

int store_position_chain(struct db *db, int64_t pos_id, struct pos_node **out, size_t *n,
			 struct kerr *err)
{
	if (db_kind(db) == DB_SQLITE)
		return chain_walk(db, pos_id, out, n, err);
	return db_collect(db_query(db,
		"WITH RECURSIVE up(id, parent_id, depth) AS ("
		"  SELECT id, parent_id, 0 FROM positions WHERE id = $1"
		"  UNION ALL SELECT p.id, p.parent_id, up.depth + 1 FROM positions p"
		"  JOIN up ON p.id = up.parent_id WHERE up.depth < 256) "
		"SELECT up.id, COALESCE(up.parent_id, 0), COALESCE(e.id, 0), "
		"COALESCE(p.plt_employee_id, 0) FROM up JOIN positions p ON p.id = up.id "
		"LEFT JOIN employees e ON e.position_id = up.id ORDER BY up.depth",
		DB_ARGS(DB_INT(pos_id)), err),
		sizeof **out, node_from_row, NULL, (void **)out, n, err);
}

/* The index of a position and the positions above it; keeps the nodes too
 * if `nodes` is given.  Every question about who assesses whom is answered
 * by this chain alone, so it costs the same in an office and in a city. */
static struct pos_index *load_chain_index(struct db *db, int64_t pos_id, struct pos_node **nodes,
					  size_t *n, struct kerr *err)
{
	struct pos_node *chain;
	size_t count;
	if (store_position_chain(db, pos_id, &chain, &count, err))
		return NULL;
	struct pos_index *idx = pos_index_build(chain, count);
	if (!idx)
		kerr_set(err, KERR_INTERNAL, "", "Hierarki jabatan tidak dapat dibaca");
	if (nodes && idx) {
		*nodes = chain;
		*n = count;
	} else {
		free(chain);
	}
	return idx;
}

/* Loads the hierarchy into an index; keeps the nodes too if `nodes` is given. */
static struct pos_index *load_index(struct db *db, struct pos_node **nodes, size_t *n,
				    struct kerr *err)
{
	struct pos_node *all;
	size_t count;
	if (store_position_nodes(db, &all, &count, err))
		return NULL;
	struct pos_index *idx = pos_index_build(all, count);
	if (!idx)
		kerr_set(err, KERR_INTERNAL, "", "Hierarki jabatan tidak dapat dibaca");
	if (nodes && idx) {
		*nodes = all;
		*n = count;
	} else {
		free(all);
	}
	return idx;
}

/* Refuses a parent that is unknown or would make the chain above pos_id
 * loop: the chain above the new parent must not reach pos_id. */
static int check_no_loop(struct db *db, int64_t pos_id, int64_t parent_id, struct kerr *err)
{
	struct pos_index *idx = load_chain_index(db, parent_id, NULL, NULL, err);
	if (!idx)
		return -1;
	int rc = hier_check_parent(idx, pos_id, parent_id, err);
	pos_index_free(idx);
	return rc;
}

/* The Plt, if any, must be an employee other than the holder of the position. */
static int check_plt(struct db *db, const struct position *p, struct kerr *err)
{
	int64_t holder = 0;
	if (!p->plt_id)
		return 0;
	int rc = db_query_int(db, "SELECT COALESCE(position_id, 0) FROM employees WHERE id = $1",
			      DB_ARGS(DB_INT(p->plt_id)), &holder, err);
	if (rc == 0)
		return kerr_set(err, KERR_INVALID, "plt_id", "Pegawai Plt tidak ditemukan");
	if (rc == 1 && p->id && holder == p->id)
		return kerr_set(err, KERR_INVALID, "plt_id",
				"Pemegang jabatan tidak dapat sekaligus menjadi Plt jabatan itu");
	return rc < 0 ? -1 : 0;
}

/* The checks shared by create and update; resolves unit_id and parent_id. */
static int check_position(struct db *db, struct position *p, struct kerr *err)
{
	const char *kind = position_kind_canonical(p->kind);
	if (check_name("name", p->name, sizeof p->name, err))
		return -1;
	if (!kind)
		return kerr_set(err, KERR_INVALID, "kind", "Jenis jabatan '%s' tidak dikenal", p->kind);
	copy_str(p->kind, sizeof p->kind, kind);
	int rc = unit_id_of(db, p->unit_code, &p->unit_id, err);
	if (rc == 0)
		return kerr_set(err, KERR_INVALID, "unit_code", "Unit kerja %s tidak ada", p->unit_code);
	p->parent_id = 0;
	if (rc == 1 && p->parent_code[0]) {
		rc = position_id_of(db, p->parent_code, &p->parent_id, err);
		if (rc == 0)
			return kerr_set(err, KERR_INVALID, "parent_code", "Jabatan atasan %s tidak ada",
					p->parent_code);
	}
	if (rc < 0 || check_plt(db, p, err))
		return -1;
	return check_no_loop(db, p->id, p->parent_id, err);
}

static json_t *position_json(const struct position *p)
{
	return json_pack("{s:s, s:s, s:s, s:s, s:s, s:I}", "code", p->code, "name", p->name,
			 "kind", p->kind, "unit_code", p->unit_code, "parent_code", p->parent_code,
			 "plt_id", (json_int_t)p->plt_id);
}

static int position_create_tx(struct db *db, const struct actor *who, struct position *p,
			      struct kerr *err)
{
	int64_t other;
	p->id = 0;
	if (check_code("code", "jabatan", p->code, sizeof p->code, err))
		return -1;
	int rc = position_id_of(db, p->code, &other, err);
	if (rc == 1)
		return kerr_set(err, KERR_CONFLICT, "code", "Kode jabatan %s sudah dipakai", p->code);
	if (rc < 0 || check_position(db, p, err))
		return -1;
	rc = db_query_int(db,
		"INSERT INTO positions (code, name, kind, unit_id, parent_id, plt_employee_id, "
		"created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
		DB_ARGS(DB_TEXT(p->code), DB_TEXT(p->name), DB_TEXT(p->kind), DB_INT(p->unit_id),
			DB_ID(p->parent_id), DB_ID(p->plt_id), DB_INT(now_unix())), &p->id, err);
	if (rc != 1)
		return rc == 0 ? kerr_set(err, KERR_DB, "", "Jabatan tidak tersimpan") : -1;
	return store_audit_json(db, who, "create", "position", p->id, NULL, position_json(p), err);
}

int store_position_create(struct db *db, const struct actor *who, struct position *p,
			  struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, position_create_tx(db, who, p, err), err);
}

static int position_update_tx(struct db *db, const struct actor *who, const struct position *in,
			      struct kerr *err)
{
	struct position old, p = *in;
	if (store_position_get(db, in->id, &old, err))
		return -1;
	copy_str(p.code, sizeof p.code, old.code);
	if (check_position(db, &p, err))
		return -1;
	if (db_exec(db,
		    "UPDATE positions SET name = $1, kind = $2, unit_id = $3, parent_id = $4, "
		    "plt_employee_id = $5, updated_at = $6 WHERE id = $7",
		    DB_ARGS(DB_TEXT(p.name), DB_TEXT(p.kind), DB_INT(p.unit_id), DB_ID(p.parent_id),
			    DB_ID(p.plt_id), DB_INT(now_unix()), DB_INT(p.id)), err) < 0)
		return -1;
	return store_audit_json(db, who, "update", "position", p.id, position_json(&old),
			  position_json(&p), err);
}

int store_position_update(struct db *db, const struct actor *who, const struct position *p,
			  struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, position_update_tx(db, who, p, err), err);
}

/* ---- position import and export ------------------------------------------- */

enum { PI_KODE, PI_NAMA, PI_JENIS, PI_UNIT, PI_ATASAN, PI__MAX };

struct pos_import {
	struct db *db;
	const struct csv_table *t;
	const struct csv_report *report;
	int col[PI__MAX];       /* column index of each field, -1 if absent */
	int64_t *ids;           /* position id of each row written, 0 = skipped */
	int64_t now;
	int rows, created, updated;
};

static const char *pi_cell(const struct pos_import *im, size_t row, int field)
{
	int c = im->col[field];
	return c < 0 ? "" : im->t->rows[row].cells[c];
}

/* Validates one row again (it was checked, but the store trusts nothing) and
 * resolves its unit. */
static int pi_check_row(struct pos_import *im, size_t row, int64_t *unit_id, const char **kind,
			struct kerr *err)
{
	size_t line = im->t->rows[row].line;
	const char *code = pi_cell(im, row, PI_KODE), *unit = pi_cell(im, row, PI_UNIT);
	struct kerr why = KERR_INIT;
	if (check_code("kode", "jabatan", code, sizeof ((struct position *)0)->code, &why) ||
	    check_name("nama", pi_cell(im, row, PI_NAMA), sizeof ((struct position *)0)->name, &why))
		return kerr_set(err, KERR_INVALID, why.field, "Baris %zu: %s", line, why.msg);
	*kind = position_kind_canonical(pi_cell(im, row, PI_JENIS));
	if (!*kind)
		return kerr_set(err, KERR_INVALID, "jenis", "Baris %zu: jenis jabatan '%s' tidak dikenal",
				line, pi_cell(im, row, PI_JENIS));
	int rc = unit_id_of(im->db, unit, unit_id, err);
	if (rc == 0)
		return kerr_set(err, KERR_INVALID, "kode_unit", "Baris %zu: unit kerja %s tidak ada",
				line, unit);
	return rc < 0 ? -1 : 0;
}

/* First pass for one row: create or update the position, parent aside. */
static int pi_write_row(struct pos_import *im, size_t row, struct kerr *err)
{
	int64_t unit_id = 0, id = 0;
	const char *kind = NULL, *code = pi_cell(im, row, PI_KODE), *name = pi_cell(im, row, PI_NAMA);
	if (pi_check_row(im, row, &unit_id, &kind, err))
		return -1;
	int found = position_id_of(im->db, code, &id, err), rc = -1;
	if (found == 1)
		rc = db_exec(im->db, "UPDATE positions SET name = $1, kind = $2, unit_id = $3, "
			     "updated_at = $4 WHERE id = $5",
			     DB_ARGS(DB_TEXT(name), DB_TEXT(kind), DB_INT(unit_id), DB_INT(im->now),
				     DB_INT(id)), err) < 0 ? -1 : 0;
	else if (found == 0)
		rc = db_query_int(im->db,
			"INSERT INTO positions (code, name, kind, unit_id, created_at, updated_at) "
			"VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
			DB_ARGS(DB_TEXT(code), DB_TEXT(name), DB_TEXT(kind), DB_INT(unit_id),
				DB_INT(im->now)), &id, err) == 1 ? 0 : -1;
	if (rc < 0)
		return -1;
	if (found)
		im->updated++;
	else
		im->created++;
	im->rows++;
	im->ids[row] = id;
	return 0;
}

/* Second pass for one row: set its parent (when the file has the column). */
static int pi_set_parent(struct pos_import *im, size_t row, struct kerr *err)
{
	const char *parent = pi_cell(im, row, PI_ATASAN);
	int64_t parent_id = 0;
	if (im->col[PI_ATASAN] < 0 || !im->ids[row])
		return 0;
	if (parent[0]) {
		int rc = position_id_of(im->db, parent, &parent_id, err);
		if (rc == 0)
			return kerr_set(err, KERR_INVALID, "kode_atasan",
					"Baris %zu: jabatan atasan %s tidak ada",
					im->t->rows[row].line, parent);
		if (rc < 0)
			return -1;
	}
	return db_exec(im->db, "UPDATE positions SET parent_id = $1 WHERE id = $2",
		       DB_ARGS(DB_ID(parent_id), DB_INT(im->ids[row])), err) < 0 ? -1 : 0;
}

/* After all parents are set: no imported position may sit in a loop. */
static int pi_check_loops(struct pos_import *im, struct kerr *err)
{
	struct pos_index *idx = load_index(im->db, NULL, NULL, err);
	if (!idx)
		return -1;
	for (size_t row = 0; row < im->t->nrows; row++) {
		const struct pos_node *node = im->ids[row] ? pos_index_get(idx, im->ids[row]) : NULL;
		if (node && hier_would_cycle(idx, node->id, node->parent_id)) {
			kerr_set(err, KERR_INVALID, "kode_atasan",
				 "Baris %zu: jabatan atasan %s membentuk lingkaran (loop)",
				 im->t->rows[row].line, pi_cell(im, row, PI_ATASAN));
			break;
		}
	}
	pos_index_free(idx);
	return kerr_is_set(err) ? -1 : 0;
}

static int pi_run(struct pos_import *im, const struct actor *who, struct kerr *err)
{
	size_t n = im->t->nrows;
	for (size_t row = 0; row < n; row++)
		if (!csv_report_row_bad(im->report, row) && pi_write_row(im, row, err))
			return -1;
	for (size_t row = 0; row < n; row++)
		if (pi_set_parent(im, row, err))
			return -1;
	if (pi_check_loops(im, err))
		return -1;
	return store_audit_json(im->db, who, "import", "position", 0, NULL,
			  json_pack("{s:i, s:i, s:i}", "rows", im->rows, "created", im->created,
				    "updated", im->updated), err);
}

int store_position_import(struct db *db, const struct actor *who, const struct csv_table *t,
			  const struct csv_report *report, struct kerr *err)
{
	struct pos_import im = { .db = db, .t = t, .report = report, .now = now_unix() };
	for (int f = 0; f < PI__MAX; f++)
		im.col[f] = csv_table_col(t, position_csv_columns[f]);
	if (im.col[PI_KODE] < 0 || im.col[PI_NAMA] < 0 || im.col[PI_JENIS] < 0 || im.col[PI_UNIT] < 0)
		return kerr_set(err, KERR_INVALID, "file",
				"Berkas jabatan harus memuat kolom kode, nama, jenis, dan kode_unit");
	im.ids = xcalloc(t->nrows, sizeof *im.ids);
	int rc = db_begin(db, err);
	if (!rc)
		rc = db_finish(db, pi_run(&im, who, err), err);
	free(im.ids);
	return rc ? -1 : im.rows;
}

int store_position_export(struct db *db, struct strbuf *out, struct kerr *err)
{
	struct db_rows *rows = db_query(db,
		"SELECT p.code, p.name, p.kind, u.code, COALESCE(pp.code, '') FROM positions p "
		"JOIN units u ON u.id = p.unit_id LEFT JOIN positions pp ON pp.id = p.parent_id "
		"ORDER BY p.code", DB_NOARGS, err);
	if (!rows)
		return -1;
	csv_write_row(out, position_csv_columns, position_csv_ncols);
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		const char *cells[PI__MAX];
		for (int i = 0; i < PI__MAX; i++)
			cells[i] = db_text(rows, i);
		csv_write_row(out, cells, PI__MAX);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* ---- who assesses whom ---------------------------------------------------- */

/* The position an employee holds (0 if none); KERR_NOT_FOUND if no employee. */
static int employee_position(struct db *db, int64_t employee_id, int64_t *pos,
			     struct kerr *err)
{
	int rc = db_query_int(db, "SELECT COALESCE(position_id, 0) FROM employees WHERE id = $1",
			      DB_ARGS(DB_INT(employee_id)), pos, err);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "employee", "Pegawai tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

int store_employee_assessors(struct db *db, int64_t employee_id, int64_t *assessor,
			     int64_t *assessor_superior, struct kerr *err)
{
	int64_t pos = 0;
	*assessor = *assessor_superior = 0;
	if (employee_position(db, employee_id, &pos, err))
		return -1;
	return store_position_assessors(db, pos, assessor, assessor_superior, err);
}

int store_position_assessors(struct db *db, int64_t pos, int64_t *assessor,
			     int64_t *assessor_superior, struct kerr *err)
{
	*assessor = *assessor_superior = 0;
	if (!pos)
		return 0;
	struct pos_index *idx = load_chain_index(db, pos, NULL, NULL, err);
	if (!idx)
		return -1;
	*assessor = hier_assessor(idx, pos);
	*assessor_superior = hier_assessor_superior(idx, pos);
	pos_index_free(idx);
	return 0;
}

int store_employee_leads(struct db *db, int64_t employee_id, int64_t position_id,
			 struct kerr *err)
{
	int64_t one = 0;
	int rc = position_id ? db_query_int(db, "SELECT 1 FROM positions WHERE parent_id = $1 "
					    "LIMIT 1", DB_ARGS(DB_INT(position_id)), &one, err) : 0;
	if (rc)
		return rc;
	return db_query_int(db, "SELECT 1 FROM positions p JOIN positions c ON c.parent_id = p.id "
			    "WHERE p.plt_employee_id = $1 LIMIT 1", DB_ARGS(DB_INT(employee_id)), &one,
			    err);
}

/* 1 if `superior` holds, or acts (Plt) in, a position above `pos`. */
static int occupies_above(const struct pos_index *idx, const struct pos_node *nodes, size_t n,
			  int64_t superior, int64_t pos)
{
	for (size_t i = 0; i < n; i++)
		if ((nodes[i].holder_id == superior || nodes[i].plt_id == superior) &&
		    hier_is_above(idx, nodes[i].id, pos))
			return 1;
	return 0;
}

int store_employee_is_superior(struct db *db, int64_t superior, int64_t employee,
			       struct kerr *err)
{
	int64_t pos = 0, unused;
	if (employee_position(db, employee, &pos, err) ||
	    employee_position(db, superior, &unused, err))
		return -1;
	if (!pos || superior == employee)
		return 0;
	struct pos_node *nodes = NULL;
	size_t n = 0;
	struct pos_index *idx = load_chain_index(db, pos, &nodes, &n, err);
	if (!idx)
		return -1;
	int above = hier_assessor(idx, pos) == superior ||
		occupies_above(idx, nodes, n, superior, pos);
	pos_index_free(idx);
	free(nodes);
	return above;
}

int store_active_outside_scope(struct db *db, int64_t scope_unit, int64_t *count,
			       struct kerr *err)
{
	*count = 0;
	return db_query_int(db, "WITH RECURSIVE down(id) AS (SELECT id FROM units WHERE id = $1 "
			    "UNION SELECT u.id FROM units u JOIN down ON u.parent_id = down.id) "
			    "SELECT COUNT(*) FROM employees WHERE status = 'aktif' AND unit_id NOT IN "
			    "(SELECT id FROM down)", DB_ARGS(DB_INT(scope_unit)), count, err) < 0
		? -1 : 0;
}
