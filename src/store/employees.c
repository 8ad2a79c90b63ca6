/*
 * employees.c - employees (pegawai): reading, searching a page at a time,
 * creating and updating them one by one with optimistic locking, and
 * importing or exporting them all as CSV.
 *
 * Every write validates first (NIP, name, golongan, unit, position, status,
 * email) with Indonesian messages naming the field.  An update only lands if
 * the row still has the version the editor saw, so concurrent edits never
 * silently overwrite each other.  The import resolves codes through in-memory
 * maps loaded once and runs one transaction with one audit row, so 100,000
 * rows take seconds on SQLite.
 */
#include "store/store.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"
#include "domain/csvcheck.h"
#include "domain/golongan.h"
#include "domain/nip.h"
#include "domain/listquery.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers -------------------------------------------------------------- */

/* Number of UTF-8 characters (bytes that do not continue a sequence). */
static size_t utf8_len(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* ASCII lower case of s into dst (the search key of a name). */
static void lower_into(char *dst, size_t size, const char *s)
{
	size_t i = 0;
	for (; s[i] && i + 1 < size; i++)
		dst[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a') : s[i];
	dst[i] = '\0';
}

/* The import checker (csvcheck.h) refuses what these buffers cannot hold. */
#define FIELD_SIZE(f) sizeof(((struct employee *)0)->f)
_Static_assert(FIELD_SIZE(name) == EMP_NAME_MAX_BYTES + 1, "name size");
_Static_assert(FIELD_SIZE(front_title) == EMP_FRONT_TITLE_MAX_BYTES + 1, "front_title size");
_Static_assert(FIELD_SIZE(back_title) == EMP_BACK_TITLE_MAX_BYTES + 1, "back_title size");
_Static_assert(FIELD_SIZE(email) == EMP_EMAIL_MAX_BYTES + 1, "email size");

/* 1 if s holds a line break or another control character. */
static int has_control(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return 1;
	return 0;
}

/* 1 if an imported value (NULL: no such column) does not fit its buffer. */
static int too_long(const char *v, size_t size)
{
	return v && strlen(v) >= size;
}

/* The canonical golongan for the kind, "" for empty, NULL if unknown. */
static const char *golongan_canonical(const char *code, enum nip_kind kind)
{
	if (!code[0])
		return "";
	const struct golongan *g = kind == NIP_PPPK ? pppk_golongan_find(code) : golongan_find(code);
	return g ? g->code : NULL;
}

/* One '@' with text on both sides and no blanks or control characters. */
static int email_ok(const char *s)
{
	const char *at = strchr(s, '@');
	if (!at || at == s || !at[1] || strchr(at + 1, '@'))
		return 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p <= ' ' || *p == 0x7f)
			return 0;
	return 1;
}

/* ---- reading -------------------------------------------------------------- */

#define EMPLOYEE_COLUMNS \
	"e.id, e.nip, e.nip_kind, e.name, e.front_title, e.back_title, e.golongan, " \
	"COALESCE(e.position_id, 0), COALESCE(p.code, ''), COALESCE(p.name, ''), " \
	"COALESCE(p.kind, ''), e.unit_id, u.code, u.name, e.status, e.email, e.version, " \
	"e.created_at, e.updated_at " \
	"FROM employees e JOIN units u ON u.id = e.unit_id " \
	"LEFT JOIN positions p ON p.id = e.position_id "

/* Fills every field of *e from the row (no need to clear it first). */
static void employee_from_row(struct db_rows *rows, struct employee *e)
{
	e->id = db_int(rows, 0);
	copy_str(e->nip, sizeof e->nip, db_text(rows, 1));
	copy_str(e->nip_kind, sizeof e->nip_kind, db_text(rows, 2));
	copy_str(e->name, sizeof e->name, db_text(rows, 3));
	copy_str(e->front_title, sizeof e->front_title, db_text(rows, 4));
	copy_str(e->back_title, sizeof e->back_title, db_text(rows, 5));
	copy_str(e->golongan, sizeof e->golongan, db_text(rows, 6));
	e->position_id = db_int(rows, 7);
	copy_str(e->position_code, sizeof e->position_code, db_text(rows, 8));
	copy_str(e->position_name, sizeof e->position_name, db_text(rows, 9));
	copy_str(e->position_kind, sizeof e->position_kind, db_text(rows, 10));
	e->unit_id = db_int(rows, 11);
	copy_str(e->unit_code, sizeof e->unit_code, db_text(rows, 12));
	copy_str(e->unit_name, sizeof e->unit_name, db_text(rows, 13));
	copy_str(e->status, sizeof e->status, db_text(rows, 14));
	copy_str(e->email, sizeof e->email, db_text(rows, 15));
	e->version = db_int(rows, 16);
	e->created_at = db_int(rows, 17);
	e->updated_at = db_int(rows, 18);
}

/* Reads the one employee `rows` finds; KERR_NOT_FOUND if none.  Frees rows. */
static int employee_fetch(struct db_rows *rows, struct employee *out, struct kerr *err)
{
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		employee_from_row(rows, out);
	db_rows_free(rows);
	if (rc == 0)
		return kerr_set(err, KERR_NOT_FOUND, "employee", "Pegawai tidak ditemukan");
	return rc < 0 ? -1 : 0;
}

int store_employee_get(struct db *db, int64_t id, struct employee *out, struct kerr *err)
{
	return employee_fetch(db_query(db, "SELECT " EMPLOYEE_COLUMNS "WHERE e.id = $1",
				       DB_ARGS(DB_INT(id)), err), out, err);
}

/* Accepts the NIP as typed ("19660801 198803 1 001"). */
int store_employee_by_nip(struct db *db, const char *nip, struct employee *out, struct kerr *err)
{
	char digits[NIP_LEN + 1];
	struct kerr ignored = KERR_INIT;
	const char *key = nip_normalize(nip, digits, &ignored) == 0 ? digits : nip;
	return employee_fetch(db_query(db, "SELECT " EMPLOYEE_COLUMNS "WHERE e.nip = $1",
				       DB_ARGS(DB_TEXT(key)), err), out, err);
}

/* ---- the list: search and paging ------------------------------------------ */

/* The filters of a list query as bound parameters. */
struct list_args {
	int64_t unit_id, only_id, limit, offset;
	const char *status;
	int searching;
	struct strbuf name_like, nip_like;
};

/* Appends s to a LIKE pattern with ! as the escape character; lower-cases
 * it, and drops blanks when `strip` is set (a NIP typed in groups). */
static void like_escape(struct strbuf *sb, const char *s, int strip)
{
	for (; *s; s++) {
		if (strip && (*s == ' ' || *s == '\t'))
			continue;
		if (*s == '%' || *s == '_' || *s == '!')
			strbuf_addch(sb, '!');
		strbuf_addch(sb, *s >= 'A' && *s <= 'Z' ? *s - 'A' + 'a' : *s);
	}
}

static void list_args_init(struct list_args *a, const struct employee_query *q)
{
	int per_page = q->per_page <= 0 ? 50 : q->per_page > 500 ? 500 : q->per_page;
	int page = q->page < 1 ? 1 : q->page;
	const char *s = q->search ? q->search : "";
	struct strbuf term = STRBUF_INIT;
	memset(a, 0, sizeof *a);
	strbuf_init(&a->name_like, 0);
	strbuf_init(&a->nip_like, 0);
	a->unit_id = q->unit_id;
	a->only_id = q->only_id;
	a->status = q->status ? q->status : "";
	a->limit = per_page;
	a->offset = (int64_t)(page - 1) * per_page;
	while (*s == ' ' || *s == '\t')
		s++;
	strbuf_addstr(&term, s);
	strbuf_rtrim(&term);
	a->searching = term.len > 0;
	strbuf_addch(&a->name_like, '%');
	like_escape(&a->name_like, term.buf, 0);
	strbuf_addch(&a->name_like, '%');
	like_escape(&a->nip_like, term.buf, 1);
	strbuf_addch(&a->nip_like, '%');
	strbuf_release(&term);
}

static void list_args_release(struct list_args *a)
{
	strbuf_release(&a->name_like);
	strbuf_release(&a->nip_like);
}

/* The units to list ($1): that unit and everything below it, or all for 0. */
#define LIST_UNITS \
	"WITH RECURSIVE sub(id) AS (" \
	"  SELECT id FROM units WHERE id = $1 OR ($1 = 0 AND parent_id IS NULL)" \
	"  UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
#define LIST_ORDER "ORDER BY e.unit_id, e.name_key, e.id "
/* The page is picked on employees alone (CTE `page`), and only its rows are
 * joined to units and positions: a deep page then costs an index walk, not
 * thousands of joins. */
#define LIST_PAGE "JOIN page ON page.id = e.id " LIST_ORDER

/* Reads up to a->limit rows into a new array; frees rows. */
static int read_page(struct db_rows *rows, const struct list_args *a, struct employee **out,
		     size_t *n, struct kerr *err)
{
	if (!rows)
		return -1;
	struct employee *list = xmalloc((size_t)a->limit * sizeof *list);
	size_t count = 0;
	int rc = 0;
	while (count < (size_t)a->limit && (rc = db_next(rows, err)) == 1)
		employee_from_row(rows, &list[count++]);
	db_rows_free(rows);
	if (rc < 0) {
		free(list);
		return -1;
	}
	*out = list;
	*n = count;
	return 0;
}

/* No search, no status: the index on (unit_id, name_key) gives both the
 * order (so LIMIT stops early) and the count without touching the rows. */
static int list_plain(struct db *db, const struct list_args *a, struct employee **out,
		      size_t *n, int64_t *total, struct kerr *err)
{
	if (db_query_int(db, LIST_UNITS "SELECT COUNT(*) FROM employees e "
			 "WHERE e.unit_id IN (SELECT id FROM sub)",
			 DB_ARGS(DB_INT(a->unit_id)), total, err) < 0)
		return -1;
	return read_page(db_query(db, LIST_UNITS ", page(id) AS (SELECT e.id FROM employees e "
				  "WHERE e.unit_id IN (SELECT id FROM sub) " LIST_ORDER
				  "LIMIT $2 OFFSET $3) SELECT " EMPLOYEE_COLUMNS LIST_PAGE,
				  DB_ARGS(DB_INT(a->unit_id), DB_INT(a->limit), DB_INT(a->offset)),
				  err), a, out, n, err);
}

/* Everyone, unfiltered (an administrator's or auditor's first view): no
 * unit tree to walk, and the count is the table's.  The first pages walk
 * the (unit_id, name_key) index and join as they go; deeper pages pick the
 * page's ids first, so skipped rows are never joined. */
#define LIST_SHALLOW_OFFSET 1000
static int list_all(struct db *db, const struct list_args *a, struct employee **out,
		    size_t *n, int64_t *total, struct kerr *err)
{
	if (db_query_int(db, "SELECT COUNT(*) FROM employees", DB_NOARGS, total, err) < 0)
		return -1;
	if (a->offset < LIST_SHALLOW_OFFSET)
		return read_page(db_query(db, "SELECT " EMPLOYEE_COLUMNS LIST_ORDER "LIMIT $1 OFFSET $2",
					  DB_ARGS(DB_INT(a->limit), DB_INT(a->offset)), err),
				 a, out, n, err);
	return read_page(db_query(db, "WITH page(id) AS (SELECT e.id FROM employees e "
				  LIST_ORDER "LIMIT $1 OFFSET $2) SELECT " EMPLOYEE_COLUMNS LIST_PAGE,
				  DB_ARGS(DB_INT(a->limit), DB_INT(a->offset)), err),
			 a, out, n, err);
}

/* Search and/or status: one sequential pass over the table, then a top-N
 * sort of the matches.  The unary + and the "+ 0" keep SQLite from walking
 * the unit index and fetching the rows at random, which takes ten times
 * longer when few rows match (measured on 100k rows: 15-30 ms instead of
 * up to 150 ms). */
#define LIST_FILTER \
	"WHERE +e.unit_id IN (SELECT id FROM sub) AND (e.status = $2 OR $2 = '') " \
	"AND ($3 = 0 OR e.name_key LIKE $4 ESCAPE '!' OR e.nip LIKE $5 ESCAPE '!') "

static int list_filtered(struct db *db, const struct list_args *a, struct employee **out,
			 size_t *n, int64_t *total, struct kerr *err)
{
	if (db_query_int(db, LIST_UNITS "SELECT COUNT(*) FROM employees e " LIST_FILTER,
			 DB_ARGS(DB_INT(a->unit_id), DB_TEXT(a->status), DB_INT(a->searching),
				 DB_TEXT(a->name_like.buf), DB_TEXT(a->nip_like.buf)),
			 total, err) < 0)
		return -1;
	return read_page(db_query(db, LIST_UNITS ", page(id) AS (SELECT e.id FROM employees e "
				  LIST_FILTER "ORDER BY e.unit_id + 0, e.name_key, e.id "
				  "LIMIT $6 OFFSET $7) SELECT " EMPLOYEE_COLUMNS LIST_PAGE,
				  DB_ARGS(DB_INT(a->unit_id), DB_TEXT(a->status),
					  DB_INT(a->searching), DB_TEXT(a->name_like.buf),
					  DB_TEXT(a->nip_like.buf), DB_INT(a->limit),
					  DB_INT(a->offset)), err), a, out, n, err);
}

/* One employee (a pegawai's own view), still subject to the other filters. */
#define LIST_ONE \
	"WHERE e.id = $2 AND e.unit_id IN (SELECT id FROM sub) AND (e.status = $3 OR $3 = '') " \
	"AND ($4 = 0 OR e.name_key LIKE $5 ESCAPE '!' OR e.nip LIKE $6 ESCAPE '!') "

static int list_one(struct db *db, const struct list_args *a, struct employee **out,
		    size_t *n, int64_t *total, struct kerr *err)
{
	if (db_query_int(db, LIST_UNITS "SELECT COUNT(*) FROM employees e " LIST_ONE,
			 DB_ARGS(DB_INT(a->unit_id), DB_INT(a->only_id), DB_TEXT(a->status),
				 DB_INT(a->searching), DB_TEXT(a->name_like.buf),
				 DB_TEXT(a->nip_like.buf)), total, err) < 0)
		return -1;
	return read_page(db_query(db, LIST_UNITS "SELECT " EMPLOYEE_COLUMNS LIST_ONE
				  "LIMIT $7 OFFSET $8",
				  DB_ARGS(DB_INT(a->unit_id), DB_INT(a->only_id), DB_TEXT(a->status),
					  DB_INT(a->searching), DB_TEXT(a->name_like.buf),
					  DB_TEXT(a->nip_like.buf), DB_INT(a->limit),
					  DB_INT(a->offset)), err), a, out, n, err);
}

/* Another order than the default (domain/listquery.h's employee_sort): one
 * statement per key and direction, picked from this table, never built. */
#define SORTED_WHERE \
	"WHERE e.unit_id IN (SELECT id FROM sub) AND (e.status = $2 OR $2 = '') " \
	"AND ($3 = 0 OR e.name_key LIKE $4 ESCAPE '!' OR e.nip LIKE $5 ESCAPE '!') " \
	"AND ($6 = 0 OR e.id = $6) "
#define SORTED_PAGE(order) \
	LIST_UNITS "SELECT " EMPLOYEE_COLUMNS SORTED_WHERE "ORDER BY " order ", e.nip, e.id " \
	"LIMIT $7 OFFSET $8"
#define STATUS_RANK "CASE e.status WHEN 'aktif' THEN 0 WHEN 'pindah' THEN 1 ELSE 2 END"

static const char *const sorted_sql[EMP_SORT__KEYS][2] = {
	[EMP_SORT_UNIT] = { SORTED_PAGE("e.unit_id, e.name_key"),
			    SORTED_PAGE("e.unit_id DESC, e.name_key DESC") },
	[EMP_SORT_NAMA] = { SORTED_PAGE("e.name_key"), SORTED_PAGE("e.name_key DESC") },
	[EMP_SORT_NIP] = { SORTED_PAGE("e.nip"), SORTED_PAGE("e.nip DESC") },
	[EMP_SORT_GOLONGAN] = { SORTED_PAGE("e.golongan"), SORTED_PAGE("e.golongan DESC") },
	[EMP_SORT_STATUS] = { SORTED_PAGE(STATUS_RANK), SORTED_PAGE(STATUS_RANK " DESC") },
};

static int list_sorted(struct db *db, const struct list_args *a, int sort, int desc,
		       struct employee **out, size_t *n, int64_t *total, struct kerr *err)
{
	int key = (unsigned)sort < EMP_SORT__KEYS ? sort : 0;
	if (db_query_int(db, LIST_UNITS "SELECT COUNT(*) FROM employees e " SORTED_WHERE,
			 DB_ARGS(DB_INT(a->unit_id), DB_TEXT(a->status), DB_INT(a->searching),
				 DB_TEXT(a->name_like.buf), DB_TEXT(a->nip_like.buf),
				 DB_INT(a->only_id)), total, err) < 0)
		return -1;
	return read_page(db_query(db, sorted_sql[key][desc ? 1 : 0],
				  DB_ARGS(DB_INT(a->unit_id), DB_TEXT(a->status),
					  DB_INT(a->searching), DB_TEXT(a->name_like.buf),
					  DB_TEXT(a->nip_like.buf), DB_INT(a->only_id),
					  DB_INT(a->limit), DB_INT(a->offset)), err), a, out, n, err);
}

/* Four shapes of the same query, so each gets the plan that suits it (and
 * a fifth for any other order). */
int store_employee_list(struct db *db, const struct employee_query *q, struct employee **out,
			size_t *n, int64_t *total, struct kerr *err)
{
	struct list_args a;
	int rc;
	*out = NULL;
	*n = 0;
	*total = 0;
	list_args_init(&a, q);
	if (q->sort || q->desc)
		rc = list_sorted(db, &a, q->sort, q->desc, out, n, total, err);
	else if (a.only_id)
		rc = list_one(db, &a, out, n, total, err);
	else if (a.searching || a.status[0])
		rc = list_filtered(db, &a, out, n, total, err);
	else if (a.unit_id == 0)
		rc = list_all(db, &a, out, n, total, err);
	else
		rc = list_plain(db, &a, out, n, total, err);
	list_args_release(&a);
	return rc;
}

/* ---- validation ----------------------------------------------------------- */

/* NIP kind and number (normalised to 18 digits in place), and the name. */
static int check_identity(struct employee *e, enum nip_kind *kind, struct kerr *err)
{
	char nip[NIP_LEN + 1];
	*kind = NIP_PNS;
	if (e->nip_kind[0] && nip_kind_parse(e->nip_kind, kind))
		return kerr_set(err, KERR_INVALID, "nip_kind", "Jenis NIP harus pns atau pppk");
	copy_str(e->nip_kind, sizeof e->nip_kind, nip_kind_name(*kind));
	if (nip_validate(e->nip, *kind, nip, NULL, err))
		return -1;
	copy_str(e->nip, sizeof e->nip, nip);
	size_t len = utf8_len(e->name);
	if (len == 0 || strspn(e->name, " \t") == strlen(e->name))
		return kerr_set(err, KERR_INVALID, "name", "Nama harus diisi");
	if (len > 200)
		return kerr_set(err, KERR_INVALID, "name", "Nama paling banyak 200 karakter");
	if (has_control(e->name) || has_control(e->front_title) || has_control(e->back_title))
		return kerr_set(err, KERR_INVALID, has_control(e->name) ? "name"
				: has_control(e->front_title) ? "front_title" : "back_title",
				"Nama dan gelar tidak boleh berisi baris baru atau karakter kontrol");
	return 0;
}

/* Golongan, status and email; golongan and status become canonical. */
static int check_details(struct employee *e, enum nip_kind kind, struct kerr *err)
{
	const char *gol = golongan_canonical(e->golongan, kind);
	if (!gol)
		return kerr_set(err, KERR_INVALID, "golongan", "Golongan %s tidak dikenal untuk %s",
				e->golongan, kind == NIP_PPPK ? "PPPK" : "PNS");
	copy_str(e->golongan, sizeof e->golongan, gol);
	const char *status = employee_status_canonical(e->status);
	if (!status)
		return kerr_set(err, KERR_INVALID, "status",
				"Status harus aktif, pindah, atau pensiun");
	copy_str(e->status, sizeof e->status, status);
	if (e->email[0] && !email_ok(e->email))
		return kerr_set(err, KERR_INVALID, "email",
				"Alamat email tidak sah; contoh: nama@surabaya.go.id");
	return 0;
}

static int check_nip_free(struct db *db, const struct employee *e, int64_t self,
			  struct kerr *err)
{
	int64_t other = 0;
	int rc = db_query_int(db, "SELECT id FROM employees WHERE nip = $1",
			      DB_ARGS(DB_TEXT(e->nip)), &other, err);
	if (rc == 1 && other != self)
		return kerr_set(err, KERR_CONFLICT, "nip", "NIP sudah terdaftar");
	return rc < 0 ? -1 : 0;
}

/* The position by code, not held by anyone but `self`; fills e->position_id
 * and, when the unit was left empty, the position's unit. */
static int resolve_position(struct db *db, struct employee *e, int64_t self, struct kerr *err)
{
	e->position_id = 0;
	if (!e->position_code[0])
		return 0;
	struct db_rows *rows = db_query(db,
		"SELECT p.id, u.code, COALESCE(h.id, 0), COALESCE(h.name, '') FROM positions p "
		"JOIN units u ON u.id = p.unit_id LEFT JOIN employees h ON h.position_id = p.id "
		"WHERE p.code = $1", DB_ARGS(DB_TEXT(e->position_code)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 0)
		kerr_set(err, KERR_INVALID, "position_code", "Jabatan %s tidak ada", e->position_code);
	else if (rc == 1 && db_int(rows, 2) && db_int(rows, 2) != self)
		kerr_set(err, KERR_CONFLICT, "position_code", "Jabatan %s sudah dipegang oleh %s",
			 e->position_code, db_text(rows, 3));
	else if (rc == 1) {
		e->position_id = db_int(rows, 0);
		if (!e->unit_code[0])
			copy_str(e->unit_code, sizeof e->unit_code, db_text(rows, 1));
	}
	db_rows_free(rows);
	return kerr_is_set(err) ? -1 : 0;
}

static int resolve_unit(struct db *db, struct employee *e, struct kerr *err)
{
	e->unit_id = 0;
	if (!e->unit_code[0])
		return kerr_set(err, KERR_INVALID, "unit_code", "Unit kerja harus diisi");
	int rc = db_query_int(db, "SELECT id FROM units WHERE code = $1",
			      DB_ARGS(DB_TEXT(e->unit_code)), &e->unit_id, err);
	if (rc == 0)
		return kerr_set(err, KERR_INVALID, "unit_code", "Unit kerja %s tidak ada",
				e->unit_code);
	return rc < 0 ? -1 : 0;
}

/* Every check for create (self = 0) and update (self = the employee). */
static int check_employee(struct db *db, struct employee *e, int64_t self, struct kerr *err)
{
	enum nip_kind kind;
	if (check_identity(e, &kind, err) || check_nip_free(db, e, self, err) ||
	    check_details(e, kind, err))
		return -1;
	/* Someone who has moved away or retired no longer holds a position. */
	if (strcmp(e->status, "aktif") != 0)
		e->position_code[0] = '\0';
	if (resolve_position(db, e, self, err))
		return -1;
	return resolve_unit(db, e, err);
}

static json_t *employee_json(const struct employee *e)
{
	return json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:I}",
			 "nip", e->nip, "nip_kind", e->nip_kind, "name", e->name,
			 "front_title", e->front_title, "back_title", e->back_title,
			 "golongan", e->golongan, "position_code", e->position_code,
			 "unit_code", e->unit_code, "status", e->status, "email", e->email,
			 "version", (json_int_t)e->version);
}

/* ---- writing one employee ------------------------------------------------- */

/* The column values of one employee row, shared by create and import.
 * For an import update, NULL text keeps the stored value and has_position = 0
 * keeps the stored position. */
struct emp_values {
	const char *nip, *kind, *name, *front, *back, *golongan, *status, *email;
	int64_t unit_id, position_id;
	int has_position;
};

static int insert_employee(struct db *db, const struct emp_values *v, int64_t now, int64_t *id,
			   struct kerr *err)
{
	char key[260];
	const char *name_key = key;   /* DB_TEXT needs a pointer: an array warns */
	lower_into(key, sizeof key, v->name);
	int rc = db_query_int(db,
		"INSERT INTO employees (nip, nip_kind, name, name_key, front_title, back_title, "
		"golongan, position_id, unit_id, status, email, version, created_at, updated_at) "
		"VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1, $12, $12) RETURNING id",
		DB_ARGS(DB_TEXT(v->nip), DB_TEXT(v->kind ? v->kind : "pns"), DB_TEXT(v->name),
			DB_TEXT(name_key), DB_TEXT(v->front ? v->front : ""),
			DB_TEXT(v->back ? v->back : ""), DB_TEXT(v->golongan ? v->golongan : ""),
			DB_ID(v->position_id), DB_INT(v->unit_id),
			DB_TEXT(v->status ? v->status : "aktif"), DB_TEXT(v->email ? v->email : ""),
			DB_INT(now)), id, err);
	if (rc == 0)
		return kerr_set(err, KERR_DB, "", "Pegawai tidak tersimpan");
	return rc < 0 ? -1 : 0;
}

static void values_of(const struct employee *e, struct emp_values *v)
{
	*v = (struct emp_values){ e->nip, e->nip_kind, e->name, e->front_title, e->back_title,
				  e->golongan, e->status, e->email, e->unit_id, e->position_id, 1 };
}

static int employee_create_tx(struct db *db, const struct actor *who, struct employee *e,
			      struct kerr *err)
{
	struct emp_values v;
	if (check_employee(db, e, 0, err))
		return -1;
	values_of(e, &v);
	if (insert_employee(db, &v, now_unix(), &e->id, err) ||
	    store_employee_get(db, e->id, e, err))
		return -1;
	return store_audit_json(db, who, "create", "employee", e->id, NULL, employee_json(e), err);
}

/* A unique index refused the write (err is the database's nameless
 * duplicate): on PostgreSQL another server saved the same NIP, or gave
 * someone the same position, between our check and our write.  Runs the
 * checks again, now that the other row is visible, to name the field. */
static int name_duplicate(struct db *db, const struct employee *e, int64_t self,
			  struct kerr *err)
{
	struct employee probe = *e;
	struct kerr why = KERR_INIT;
	if (err->code != KERR_CONFLICT || err->field[0])
		return -1;
	if (!check_nip_free(db, &probe, self, &why))
		resolve_position(db, &probe, self, &why);
	if (why.code == KERR_CONFLICT)
		*err = why;
	return -1;
}

int store_employee_create(struct db *db, const struct actor *who, struct employee *e,
			  struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	if (db_finish(db, employee_create_tx(db, who, e, err), err))
		return name_duplicate(db, e, 0, err);
	return 0;
}

static int stale(struct kerr *err)
{
	return kerr_set(err, KERR_CONFLICT, "version",
			"Data pegawai telah diubah oleh orang lain; muat ulang halaman");
}

static int employee_update_tx(struct db *db, const struct actor *who, struct employee *e,
			      struct kerr *err)
{
	struct employee old;
	char key[260];
	const char *name_key = key;
	if (store_employee_get(db, e->id, &old, err))
		return -1;
	if (old.version != e->version)
		return stale(err);
	if (check_employee(db, e, e->id, err))
		return -1;
	lower_into(key, sizeof key, e->name);
	int64_t changed = db_exec(db,
		"UPDATE employees SET nip = $1, nip_kind = $2, name = $3, name_key = $4, "
		"front_title = $5, back_title = $6, golongan = $7, position_id = $8, unit_id = $9, "
		"status = $10, email = $11, version = version + 1, updated_at = $12 "
		"WHERE id = $13 AND version = $14",
		DB_ARGS(DB_TEXT(e->nip), DB_TEXT(e->nip_kind), DB_TEXT(e->name), DB_TEXT(name_key),
			DB_TEXT(e->front_title), DB_TEXT(e->back_title), DB_TEXT(e->golongan),
			DB_ID(e->position_id), DB_INT(e->unit_id), DB_TEXT(e->status),
			DB_TEXT(e->email), DB_INT(now_unix()), DB_INT(e->id), DB_INT(e->version)), err);
	if (changed < 0)
		return -1;
	if (changed == 0)
		return stale(err);
	if (store_employee_get(db, e->id, e, err))
		return -1;
	return store_audit_json(db, who, "update", "employee", e->id, employee_json(&old),
			  employee_json(e), err);
}

int store_employee_update(struct db *db, const struct actor *who, struct employee *e,
			  struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	if (db_finish(db, employee_update_tx(db, who, e, err), err))
		return name_duplicate(db, e, e->id, err);
	return 0;
}

/* ---- import: the NIP map (code maps are in codes.c) ------------------------ */

/* NIPs (18 digits, kept as a number) to employee ids: open addressing. */
struct nip_map {
	uint64_t *keys;   /* 0 = empty slot (no NIP is all zeros) */
	int64_t *ids;
	size_t cap, n;    /* cap is a power of two */
};

static uint64_t nip_key(const char *nip)
{
	return strtoull(nip, NULL, 10);
}

static size_t nip_slot(const struct nip_map *m, uint64_t key)
{
	size_t i = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 20) & (m->cap - 1);
	while (m->keys[i] && m->keys[i] != key)
		i = (i + 1) & (m->cap - 1);
	return i;
}

static void nip_map_put(struct nip_map *m, uint64_t key, int64_t id);

static void nip_map_grow(struct nip_map *m)
{
	struct nip_map bigger = { NULL, NULL, m->cap ? m->cap * 2 : 1024, 0 };
	bigger.keys = xcalloc(bigger.cap, sizeof *bigger.keys);
	bigger.ids = xcalloc(bigger.cap, sizeof *bigger.ids);
	for (size_t i = 0; i < m->cap; i++)
		if (m->keys[i])
			nip_map_put(&bigger, m->keys[i], m->ids[i]);
	free(m->keys);
	free(m->ids);
	*m = bigger;
}

static void nip_map_put(struct nip_map *m, uint64_t key, int64_t id)
{
	if (2 * (m->n + 1) > m->cap)
		nip_map_grow(m);
	size_t i = nip_slot(m, key);
	m->n += !m->keys[i];
	m->keys[i] = key;
	m->ids[i] = id;
}

static int64_t nip_map_get(const struct nip_map *m, uint64_t key)
{
	return m->cap ? m->ids[nip_slot(m, key)] : 0;
}

static int nip_map_load(struct db *db, struct nip_map *m, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT nip, id FROM employees", DB_NOARGS, err);
	int rc = rows ? 0 : -1;
	nip_map_grow(m);
	while (rows && (rc = db_next(rows, err)) == 1)
		nip_map_put(m, nip_key(db_text(rows, 0)), db_int(rows, 1));
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* ---- import: the rows ------------------------------------------------------ */

enum { EI_NIP, EI_JENIS, EI_NAMA, EI_DEPAN, EI_BELAKANG, EI_GOLONGAN, EI_JABATAN, EI_UNIT,
       EI_STATUS, EI_EMAIL, EI__MAX };

static const char *const import_fields[EI__MAX] = {
	"nip", "jenis_nip", "nama", "gelar_depan", "gelar_belakang", "golongan",
	"kode_jabatan", "kode_unit", "status", "email",
};

struct emp_import {
	struct db *db;
	const struct csv_table *t;
	int col[EI__MAX];        /* column index of each field, -1 if absent */
	struct code_map units, positions;
	struct nip_map nips;
	int64_t now;
	int rows, created, updated;
};

/* The cell of a field, or NULL when the file has no such column. */
static const char *ei_cell(const struct emp_import *im, size_t row, int field)
{
	int c = im->col[field];
	return c < 0 ? NULL : im->t->rows[row].cells[c];
}

static int row_error(struct kerr *err, const char *field, size_t line, const char *msg,
		     const char *value)
{
	return kerr_set(err, KERR_INVALID, field, "Baris %zu: %s%s", line, msg, value);
}

/* NIP (normalised into nip), kind, name, golongan and status of one row. */
static int ei_identity(const struct emp_import *im, size_t row, char *nip, struct emp_values *v,
		       struct kerr *err)
{
	size_t line = im->t->rows[row].line;
	const char *jenis = ei_cell(im, row, EI_JENIS);
	enum nip_kind kind = NIP_PNS;
	struct kerr why = KERR_INIT;
	if (jenis && *jenis && nip_kind_parse(jenis, &kind))
		return row_error(err, "jenis_nip", line, "jenis NIP tidak dikenal: ", jenis);
	v->kind = jenis ? nip_kind_name(kind) : NULL;
	if (nip_validate(ei_cell(im, row, EI_NIP), kind, nip, NULL, &why))
		return row_error(err, "nip", line, why.msg, "");
	v->nip = nip;
	v->name = ei_cell(im, row, EI_NAMA);
	if (!v->name[0] || utf8_len(v->name) > 200 || too_long(v->name, FIELD_SIZE(name)) ||
	    has_control(v->name))
		return row_error(err, "nama", line, "nama harus diisi, satu baris, paling banyak "
				 "200 karakter", "");
	v->golongan = ei_cell(im, row, EI_GOLONGAN);
	if (v->golongan && !(v->golongan = golongan_canonical(v->golongan, kind)))
		return row_error(err, "golongan", line, "golongan tidak dikenal: ",
				 ei_cell(im, row, EI_GOLONGAN));
	v->status = ei_cell(im, row, EI_STATUS);
	if (v->status && !(v->status = employee_status_canonical(v->status)))
		return row_error(err, "status", line, "status tidak dikenal: ",
				 ei_cell(im, row, EI_STATUS));
	return 0;
}

/* Unit, position, titles and email of one row. */
static int ei_details(const struct emp_import *im, size_t row, struct emp_values *v,
		      struct kerr *err)
{
	size_t line = im->t->rows[row].line;
	const char *unit = ei_cell(im, row, EI_UNIT), *pos = ei_cell(im, row, EI_JABATAN);
	if (!(v->unit_id = code_map_get(&im->units, unit)))
		return row_error(err, "kode_unit", line, "unit kerja tidak ada: ", unit);
	v->has_position = pos != NULL;
	v->position_id = pos && *pos ? code_map_get(&im->positions, pos) : 0;
	if (pos && *pos && !v->position_id)
		return row_error(err, "kode_jabatan", line, "jabatan tidak ada: ", pos);
	/* As in check_employee: who has moved away or retired holds no position. */
	if (v->status && strcmp(v->status, "aktif") != 0) {
		v->has_position = 1;
		v->position_id = 0;
	}
	v->front = ei_cell(im, row, EI_DEPAN);
	v->back = ei_cell(im, row, EI_BELAKANG);
	v->email = ei_cell(im, row, EI_EMAIL);
	if (too_long(v->front, FIELD_SIZE(front_title)) || too_long(v->back, FIELD_SIZE(back_title)))
		return row_error(err, too_long(v->front, FIELD_SIZE(front_title)) ? "gelar_depan"
				 : "gelar_belakang", line, "gelar terlalu panjang", "");
	if (too_long(v->email, FIELD_SIZE(email)) || (v->email && *v->email && !email_ok(v->email)))
		return row_error(err, "email", line, "email tidak sah: ", v->email);
	return 0;
}

/* Updates a known NIP; a column missing from the file keeps its value. */
static int update_imported(struct db *db, const struct emp_values *v, int64_t id, int64_t now,
			   struct kerr *err)
{
	char key[260];
	const char *name_key = key;   /* DB_TEXT needs a pointer: an array warns */
	lower_into(key, sizeof key, v->name);
	return db_exec(db,
		"UPDATE employees SET nip_kind = COALESCE($1, nip_kind), name = $2, name_key = $3, "
		"front_title = COALESCE($4, front_title), back_title = COALESCE($5, back_title), "
		"golongan = COALESCE($6, golongan), "
		"position_id = CASE WHEN $7 = 1 THEN $8 ELSE position_id END, unit_id = $9, "
		"status = COALESCE($10, status), email = COALESCE($11, email), "
		"version = version + 1, updated_at = $12 WHERE id = $13",
		DB_ARGS(DB_TEXT(v->kind), DB_TEXT(v->name), DB_TEXT(name_key), DB_TEXT(v->front),
			DB_TEXT(v->back), DB_TEXT(v->golongan), DB_INT(v->has_position),
			DB_ID(v->position_id), DB_INT(v->unit_id), DB_TEXT(v->status),
			DB_TEXT(v->email), DB_INT(now), DB_INT(id)), err) < 0 ? -1 : 0;
}

/* Inserts or updates one row by NIP; a refusal names the line. */
static int ei_write_row(struct emp_import *im, size_t row, struct kerr *err)
{
	char nip[NIP_LEN + 1];
	struct emp_values v;
	struct kerr why = KERR_INIT;
	size_t line = im->t->rows[row].line;
	if (ei_identity(im, row, nip, &v, err) || ei_details(im, row, &v, err))
		return -1;
	uint64_t key = nip_key(nip);
	int64_t id = nip_map_get(&im->nips, key);
	int known = id != 0;
	int rc = known ? update_imported(im->db, &v, id, im->now, &why)
		       : insert_employee(im->db, &v, im->now, &id, &why);
	if (rc && db_last_was_unique_violation(im->db))
		return row_error(err, "kode_jabatan", line, "jabatan sudah dipegang pegawai lain: ",
				 ei_cell(im, row, EI_JABATAN));
	if (rc)
		return kerr_set(err, why.code, why.field, "Baris %zu: %s", line, why.msg);
	if (known) {
		im->updated++;
	} else {
		im->created++;
		nip_map_put(&im->nips, key, id);
	}
	im->rows++;
	return 0;
}

static int ei_run(struct emp_import *im, const struct actor *who,
		  const struct csv_report *report, struct kerr *err)
{
	if (code_map_load(im->db, "SELECT code, id FROM units", &im->units, err) ||
	    code_map_load(im->db, "SELECT code, id FROM positions", &im->positions, err) ||
	    nip_map_load(im->db, &im->nips, err))
		return -1;
	for (size_t row = 0; row < im->t->nrows; row++)
		if (!csv_report_row_bad(report, row) && ei_write_row(im, row, err))
			return -1;
	return store_audit_json(im->db, who, "import", "employee", 0, NULL,
			  json_pack("{s:i, s:i, s:i}", "rows", im->rows, "created", im->created,
				    "updated", im->updated), err);
}

int store_employee_import(struct db *db, const struct actor *who, const struct csv_table *t,
			  const struct csv_report *report, struct kerr *err)
{
	struct emp_import im = { .db = db, .t = t, .now = now_unix() };
	for (int f = 0; f < EI__MAX; f++)
		im.col[f] = csv_table_col(t, import_fields[f]);
	if (im.col[EI_NIP] < 0 || im.col[EI_NAMA] < 0 || im.col[EI_UNIT] < 0)
		return kerr_set(err, KERR_INVALID, "file",
				"Berkas pegawai harus memuat kolom nip, nama, dan kode_unit");
	db_set_cache_mib(db, 64);
	int rc = db_begin(db, err);
	if (!rc)
		rc = db_finish(db, ei_run(&im, who, report, err), err);
	db_set_cache_mib(db, 0);
	code_map_free(&im.units);
	code_map_free(&im.positions);
	free(im.nips.keys);
	free(im.nips.ids);
	return rc ? -1 : im.rows;
}

/* ---- export --------------------------------------------------------------- */

/* Column i of the export query holds import_fields[i]. */
static int export_column(const char *name)
{
	for (int f = 0; f < EI__MAX; f++)
		if (strcmp(import_fields[f], name) == 0)
			return f;
	return -1;
}

int store_employee_export(struct db *db, struct strbuf *out, struct kerr *err)
{
	int map[EI__MAX];
	const char *cells[EI__MAX];
	size_t ncols = employee_csv_ncols < EI__MAX ? employee_csv_ncols : EI__MAX;
	for (size_t i = 0; i < ncols; i++)
		map[i] = export_column(employee_csv_columns[i]);
	struct db_rows *rows = db_query(db,
		"SELECT e.nip, e.nip_kind, e.name, e.front_title, e.back_title, e.golongan, "
		"COALESCE(p.code, ''), u.code, e.status, e.email FROM employees e "
		"JOIN units u ON u.id = e.unit_id LEFT JOIN positions p ON p.id = e.position_id "
		"ORDER BY u.code, e.name_key, e.id", DB_NOARGS, err);
	if (!rows)
		return -1;
	csv_write_row(out, employee_csv_columns, ncols);
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		for (size_t i = 0; i < ncols; i++)
			cells[i] = map[i] < 0 ? "" : db_text(rows, map[i]);
		csv_write_row(out, cells, ncols);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

void store_person_name(struct db_rows *rows, int col, char *out, size_t size)
{
	const char *front = db_text(rows, col), *name = db_text(rows, col + 1);
	const char *back = db_text(rows, col + 2);
	snprintf(out, size, "%s%s%s%s%s", front, *front ? " " : "", name, *back ? ", " : "", back);
}
