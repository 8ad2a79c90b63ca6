/*
 * scope.c - a pengelola kinerja's scope over the unit tree, applied by the
 * employee pages and the API alike.
 */
#include "http/scope.h"
#include "http/auth.h"
#include "http/request.h"
#include "domain/csvcheck.h"
#include "domain/nip.h"
#include "domain/tree.h"

#include <stdlib.h>
#include <string.h>

int64_t view_scope_unit(const struct req *r)
{
	if (r->who.role != ROLE_PENGELOLA)
		return 0;
	return r->who.scope_unit_id ? r->who.scope_unit_id : -1;
}

size_t unit_index_of(const struct unit *units, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (units[i].id == id)
			return i;
	return n;
}

unsigned char *units_within(const struct unit *units, size_t n, int64_t root)
{
	int64_t *ids = xcalloc(n ? n : 1, sizeof *ids);
	int64_t *parents = xcalloc(n ? n : 1, sizeof *parents);
	for (size_t i = 0; i < n; i++) {
		ids[i] = units[i].id;
		parents[i] = units[i].parent_id;
	}
	unsigned char *in = tree_within(ids, parents, n, root);
	free(parents);
	free(ids);
	return in;
}

/* ---- placing one employee ------------------------------------------------------ */

/* A code given in a form or body that names nothing is the request's
 * mistake (422 on that field, naming the code); other failures pass on. */
static int not_found_as_invalid(struct kerr *err, const struct kerr *nf, const char *field,
				const char *what, const char *code)
{
	if (nf->code != KERR_NOT_FOUND)
		return kerr_set(err, nf->code, field, "%s", nf->msg);
	return kerr_set(err, KERR_INVALID, field, "%s dengan kode '%s' tidak ditemukan", what, code);
}

int scope_check_placement(struct req *r, struct employee *e, struct kerr *err)
{
	struct unit u;
	struct position p;
	struct kerr nf = KERR_INIT;
	if (!e->unit_code[0])
		return kerr_set(err, KERR_INVALID, "unit_code", "Pilih unit kerja");
	if (store_unit_by_code(r->db, e->unit_code, &u, &nf))
		return not_found_as_invalid(err, &nf, "unit_code", "Unit kerja", e->unit_code);
	if (!may_manage_unit(r, u.id))
		return kerr_set(err, KERR_FORBIDDEN, "unit_code", "Unit kerja ini di luar cakupan Anda");
	e->unit_id = u.id;
	e->position_id = 0;
	if (!e->position_code[0])
		return 0;
	if (store_position_by_code(r->db, e->position_code, &p, &nf))
		return not_found_as_invalid(err, &nf, "position_code", "Jabatan", e->position_code);
	if (!may_manage_unit(r, p.unit_id))
		return kerr_set(err, KERR_FORBIDDEN, "position_code",
				"Jabatan ini berada di luar cakupan Anda");
	e->position_id = p.id;
	return 0;
}

/* ---- import files ------------------------------------------------------------- */

struct scope_check {
	struct req *r;
	struct unit *units;
	size_t nu;
	unsigned char *allow;
	struct position *pos;     /* sorted by code */
	size_t np;
};

static int pos_code_cmp(const void *a, const void *b)
{
	return strcmp(((const struct position *)a)->code, ((const struct position *)b)->code);
}

/* 1 if the unit with this code is in scope, 0 if not or unknown. */
static int unit_code_ok(const struct scope_check *s, const char *code)
{
	for (size_t i = 0; i < s->nu; i++)
		if (!strcmp(s->units[i].code, code))
			return s->allow[i];
	return 0;
}

/* 1 if the unit with this id is in scope. */
static int unit_index_within(const struct scope_check *s, int64_t unit_id)
{
	size_t u = unit_index_of(s->units, s->nu, unit_id);
	return u < s->nu && s->allow[u];
}

/* 1 if the position with this code lies in a unit in scope. */
static int position_code_ok(const struct scope_check *s, const char *code)
{
	struct position key;
	copy_str(key.code, sizeof key.code, code);
	const struct position *p = bsearch(&key, s->pos, s->np, sizeof *p, pos_code_cmp);
	return p && unit_index_within(s, p->unit_id);
}

static const char *cell_at(const struct csv_table *t, size_t row, int col)
{
	return col < 0 ? "" : t->rows[row].cells[col];
}

/* The reason one good row falls outside the scope, or NULL. */
static const char *row_out_of_scope(struct scope_check *s, const struct csv_table *t,
				    size_t row, const int *col, const char **column)
{
	char nip[NIP_LEN + 1];
	struct employee e;
	struct kerr ignored = KERR_INIT;
	*column = "kode_unit";
	if (!unit_code_ok(s, cell_at(t, row, col[0])))
		return "Unit kerja ini di luar cakupan Anda";
	*column = "kode_jabatan";
	const char *pos = cell_at(t, row, col[1]);
	if (*pos && !position_code_ok(s, pos))
		return "Jabatan ini berada di unit di luar cakupan Anda";
	*column = "nip";
	if (!nip_normalize(cell_at(t, row, col[2]), nip, &ignored) &&
	    !store_employee_by_nip(s->r->db, nip, &e, &ignored) &&
	    !unit_index_within(s, e.unit_id))
		return "Pegawai dengan NIP ini terdaftar di unit di luar cakupan Anda";
	return NULL;
}

int scope_mark_import_rows(struct req *r, const struct csv_table *t, struct csv_report *rep,
			   struct kerr *err)
{
	struct scope_check s = { .r = r };
	int col[3] = { csv_table_col(t, "kode_unit"), csv_table_col(t, "kode_jabatan"),
		       csv_table_col(t, "nip") };
	if (store_unit_list(r->db, &s.units, &s.nu, err) ||
	    store_position_list(r->db, &s.pos, &s.np, err)) {
		free(s.units);
		return -1;
	}
	s.allow = units_within(s.units, s.nu, view_scope_unit(r));
	qsort(s.pos, s.np, sizeof *s.pos, pos_code_cmp);
	for (size_t row = 0; row < t->nrows; row++) {
		const char *column, *why;
		if (csv_report_row_bad(rep, row) ||
		    !(why = row_out_of_scope(&s, t, row, col, &column)))
			continue;
		csv_report_add(rep, t->rows[row].line, column, "%s", why);
		rep->bad[row] = 1;
		rep->rows_bad++;
	}
	free(s.allow);
	free(s.pos);
	free(s.units);
	return 0;
}

int scope_may_address(struct req *r, int64_t unit_id, const char *what, const char *doing,
		      struct kerr *err)
{
	int64_t outside = 0, scope = r->who.scope_unit_id;
	struct unit u;
	struct kerr nf = KERR_INIT;
	if (unit_id && store_unit_get(r->db, unit_id, &u, &nf))
		return nf.code == KERR_NOT_FOUND
			? kerr_set(err, KERR_INVALID, "unit_id", "Unit kerja dengan id %lld tidak "
				   "ditemukan", (long long)unit_id)
			: kerr_set(err, nf.code, nf.field, "%s", nf.msg);
	if (r->who.role == ROLE_ADMIN)
		return 0;
	if (r->who.role != ROLE_PENGELOLA || !scope)
		return kerr_set(err, KERR_FORBIDDEN, "unit_id", "Hanya pengelola kinerja atau "
				"administrator yang %s", doing);
	if (unit_id) {
		int in = store_unit_within(r->db, unit_id, scope, err);
		if (in < 0)
			return -1;
		return in ? 0 : kerr_set(err, KERR_FORBIDDEN, "unit_id", "Unit kerja tujuan berada "
					 "di luar cakupan Anda");
	}
	if (store_active_outside_scope(r->db, scope, &outside, err))
		return -1;
	if (outside)
		return kerr_set(err, KERR_FORBIDDEN, "unit_id", "%s untuk seluruh kantor menjangkau "
				"%lld pegawai di luar cakupan Anda; pilih unit kerja dalam cakupan "
				"Anda", what, (long long)outside);
	return 0;
}
