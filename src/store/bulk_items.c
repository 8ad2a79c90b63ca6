/*
 * bulk_items.c - who is in a unit's bulk documents (see bulk.h): checking
 * what a job names (unit, period, checkpoint) and listing, in one query,
 * the SKPs of the period in the unit's subtree with the assessment asked,
 * and the active employees there without an SKP, each marked with what
 * keeps their document out (domain/bulk.h).
 */
#include "store/bulk.h"
#include "store/db.h"
#include "store/plan.h"
#include "domain/penilaian.h"

#include <stdlib.h>
#include <string.h>

static int resolve_checkpoint(struct db *db, const struct bulk_spec *spec, struct bulk_names *nm,
			      struct kerr *err)
{
	struct checkpoint *cps = NULL;
	size_t n = 0;
	struct strbuf names = STRBUF_INIT;
	int found = 0;
	if (store_checkpoint_list(db, spec->period_id, &cps, &n, err))
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (cps[i].id == spec->checkpoint_id) {
			copy_str(nm->checkpoint, sizeof nm->checkpoint, cps[i].name);
			found = 1;
		}
		strbuf_addf(&names, "%s%s", i ? ", " : "", cps[i].name);
	}
	int rc = found ? 0 : kerr_set(err, KERR_INVALID, "titik", "Titik periksa %lld tidak ada "
				      "pada periode %s (ada: %s, atau 'tahunan')",
				      (long long)spec->checkpoint_id, nm->period_name, names.buf);
	strbuf_release(&names);
	free(cps);
	return rc;
}

int store_bulk_resolve(struct db *db, const struct bulk_spec *spec, struct bulk_names *names,
		       struct kerr *err)
{
	struct unit u;
	struct period p;
	memset(names, 0, sizeof *names);
	if (store_unit_get(db, spec->unit_id, &u, err)) {
		if (err->code == KERR_NOT_FOUND)
			err->code = KERR_INVALID;
		copy_str(err->field, sizeof err->field, "unit_id");
		return -1;
	}
	copy_str(names->unit_code, sizeof names->unit_code, u.code);
	copy_str(names->unit_name, sizeof names->unit_name, u.name);
	if (store_period_get(db, spec->period_id, &p, err)) {
		if (err->code == KERR_NOT_FOUND)
			err->code = KERR_INVALID;
		copy_str(err->field, sizeof err->field, "periode_id");
		return -1;
	}
	copy_str(names->period_name, sizeof names->period_name, p.name);
	names->year = p.year;
	if (spec->kind != BULK_EVALUASI || spec->checkpoint_id == 0)
		return 0;
	return resolve_checkpoint(db, spec, names, err);
}

/* The SKPs of the period in the subtree (by the post's unit, else the
 * employee's), then the active employees of the subtree with no SKP in
 * the period; the assessment of kind $3 at checkpoint $4 (0: tahunan). */
static const char items_sql[] =
	"WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $1 "
	"  UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
	"SELECT e.id, e.nip, e.name, COALESCE(pu.code, eu.code), s.id, COALESCE(a.id, 0), "
	"COALESCE(a.state, ''), e.name_key, s.month_from "
	"FROM skp s JOIN employees e ON e.id = s.employee_id "
	"JOIN units eu ON eu.id = e.unit_id "
	"LEFT JOIN positions p ON p.id = s.position_id LEFT JOIN units pu ON pu.id = p.unit_id "
	"LEFT JOIN assessment a ON a.skp_id = s.id AND a.kind = $3 "
	"AND COALESCE(a.checkpoint_id, 0) = $4 "
	"WHERE s.period_id = $2 AND COALESCE(p.unit_id, e.unit_id) IN (SELECT id FROM sub) "
	"UNION ALL "
	"SELECT e.id, e.nip, e.name, u.code, 0, 0, '', e.name_key, 0 "
	"FROM employees e JOIN units u ON u.id = e.unit_id "
	"WHERE e.status = 'aktif' AND e.unit_id IN (SELECT id FROM sub) "
	"AND NOT EXISTS (SELECT 1 FROM skp s WHERE s.employee_id = e.id AND s.period_id = $2) "
	"ORDER BY 4, 8, 1, 9";

static void item_from_row(struct db_rows *rows, struct bulk_item *it, enum bulk_kind kind)
{
	memset(it, 0, sizeof *it);
	it->employee_id = db_int(rows, 0);
	copy_str(it->nip, sizeof it->nip, db_text(rows, 1));
	copy_str(it->name, sizeof it->name, db_text(rows, 2));
	copy_str(it->unit_code, sizeof it->unit_code, db_text(rows, 3));
	it->skp_id = db_int(rows, 4);
	it->assessment_id = db_int(rows, 5);
	struct bulk_candidate c = { it->skp_id != 0, it->assessment_id != 0,
				    !strcmp(db_text(rows, 6), ASSESS_FINAL) };
	it->gap = bulk_gap_of(kind, &c);
	it->seq = 1;
}

int store_bulk_items(struct db *db, const struct bulk_spec *spec, struct bulk_item **out,
		     size_t *n, size_t *ndocs, struct kerr *err)
{
	enum assessment_kind ak = spec->checkpoint_id ? ASSESS_PERIODIK : ASSESS_TAHUNAN;
	struct db_rows *rows = db_query(db, items_sql, DB_ARGS(DB_INT(spec->unit_id),
		DB_INT(spec->period_id), DB_TEXT(assessment_kind_name(ak)),
		DB_INT(spec->checkpoint_id)), err);
	*out = NULL;
	*n = *ndocs = 0;
	if (!rows)
		return -1;
	size_t alloc = 0;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		if (*n == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			*out = xrealloc(*out, alloc * sizeof **out);
		}
		struct bulk_item *it = &(*out)[*n];
		item_from_row(rows, it, spec->kind);
		if (*n && (*out)[*n - 1].employee_id == it->employee_id)
			it->seq = (*out)[*n - 1].seq + 1;
		if (it->gap == BULK_GAP_NONE)
			++*ndocs;
		++*n;
	}
	db_rows_free(rows);
	if (rc < 0) {
		free(*out);
		*out = NULL;
		*n = *ndocs = 0;
		return -1;
	}
	return 0;
}

void bulk_missing_text(const struct bulk_item *items, size_t n, struct strbuf *out)
{
	for (size_t i = 0; i < n; i++)
		if (items[i].gap != BULK_GAP_NONE)
			strbuf_addf(out, "%s\t%s\t%s\n", items[i].nip, items[i].name,
				    bulk_gap_text(items[i].gap));
}
