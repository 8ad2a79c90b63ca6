/*
 * list_objection.c - the list of objections (keberatan) a viewer may
 * see, filtered by unit (and below), period, state, the predicate objected
 * to and name or NIP, in a stable order, a page at a time
 * (store_list_objections, lists.h).
 *
 * The viewer's own rows are the cases they filed, explain or decide.
 * Sort keys: diajukan (filing time; the default, newest first), nama, nip,
 * unit (unit code, then name), periode (start date), status (diajukan,
 * penjelasan_diminta, dijelaskan, diputus); each then NIP and id
 * ascending.
 */
#include "store/lists_int.h"
#include "store/store_int.h"
#include "domain/listquery.h"

#include <stdlib.h>
#include <string.h>

#define OBL_FROM \
	"FROM objection o JOIN assessment a ON a.id = o.assessment_id " \
	"JOIN skp s ON s.id = o.skp_id JOIN employees e ON e.id = o.employee_id " \
	"JOIN units un ON un.id = e.unit_id JOIN periods pe ON pe.id = s.period_id " \
	"LEFT JOIN checkpoints c ON c.id = a.checkpoint_id "
#define OBL_WHERE \
	LIST_SCOPE("o.employee_id = $2 OR o.decider_employee_id = $2 " \
		   "OR o.assessor_employee_id = $2") \
	LIST_FILTERS("s.period_id", "o.state") "AND ($8 = '' OR o.orig_predicate = $8) "
#define OBL_COLUMNS \
	"o.id, o.assessment_id, o.skp_id, o.employee_id, s.period_id, e.nip, " LIST_PERSON ", " \
	"un.name, pe.name, COALESCE(c.name, ''), a.kind, o.state, o.decision, o.orig_predicate, " \
	"o.new_predicate, o.filed_at, COALESCE(o.decided_at, 0) "
#define OBL_PAGE(order) \
	LIST_CTES "SELECT " OBL_COLUMNS OBL_FROM OBL_WHERE \
	"ORDER BY " order ", e.nip, o.id LIMIT $9 OFFSET $10"
#define OBL_STATE_RANK \
	"CASE o.state WHEN 'diajukan' THEN 0 WHEN 'penjelasan_diminta' THEN 1 " \
	"WHEN 'dijelaskan' THEN 2 ELSE 3 END"

static const char *const page_sql[OBL_SORT__KEYS][2] = {
	[OBL_SORT_DIAJUKAN] = { OBL_PAGE("o.filed_at"), OBL_PAGE("o.filed_at DESC") },
	[OBL_SORT_NAMA] = { OBL_PAGE("e.name_key"), OBL_PAGE("e.name_key DESC") },
	[OBL_SORT_NIP] = { OBL_PAGE("e.nip"), OBL_PAGE("e.nip DESC") },
	[OBL_SORT_UNIT] = { OBL_PAGE("un.code, e.name_key"), OBL_PAGE("un.code DESC, e.name_key DESC") },
	[OBL_SORT_PERIODE] = { OBL_PAGE("pe.start_date"), OBL_PAGE("pe.start_date DESC") },
	[OBL_SORT_STATUS] = { OBL_PAGE(OBL_STATE_RANK), OBL_PAGE(OBL_STATE_RANK " DESC") },
};

static enum predicate predicate_or_none(const char *s)
{
	enum predicate p;
	return predicate_parse(s, &p) ? PRED__COUNT : p;
}

static void row_from(struct db_rows *rows, void *out)
{
	struct objection_list_row *r = out;
	memset(r, 0, sizeof *r);
	r->id = db_int(rows, 0);
	r->assessment_id = db_int(rows, 1);
	r->skp_id = db_int(rows, 2);
	r->employee_id = db_int(rows, 3);
	r->period_id = db_int(rows, 4);
	copy_str(r->nip, sizeof r->nip, db_text(rows, 5));
	store_person_name(rows, 6, r->employee_name, sizeof r->employee_name);
	copy_str(r->unit_name, sizeof r->unit_name, db_text(rows, 9));
	copy_str(r->period_name, sizeof r->period_name, db_text(rows, 10));
	copy_str(r->checkpoint_name, sizeof r->checkpoint_name, db_text(rows, 11));
	if (assessment_kind_parse(db_text(rows, 12), &r->kind))
		r->kind = ASSESS_PERIODIK;
	if (objection_state_parse(db_text(rows, 13), &r->state))
		r->state = OBJ_DIAJUKAN;
	if (objection_decision_parse(db_text(rows, 14), &r->decision))
		r->decision = OBJ_UNDECIDED;
	r->orig_predicate = predicate_or_none(db_text(rows, 15));
	r->new_predicate = predicate_or_none(db_text(rows, 16));
	r->filed_at = db_int(rows, 17);
	r->decided_at = db_int(rows, 18);
}

int store_list_objections(struct db *db, const struct list_filter *f,
			  struct objection_list_row **out, size_t *n, int64_t *total,
			  struct kerr *err)
{
	struct list_args a;
	int key = (unsigned)f->sort < OBL_SORT__KEYS ? f->sort : 0;
	const char *pred = f->predicate ? f->predicate : "";
	*out = NULL;
	*n = 0;
	*total = 0;
	list_args_init(&a, f);
	int rc = db_query_int(db, LIST_CTES "SELECT COUNT(*) " OBL_FROM OBL_WHERE,
			      DB_ARGS(LIST_COMMON_PARAMS(f, &a), DB_TEXT(pred)), total, err) < 0
			 ? -1 : 0;
	if (!rc)
		rc = db_collect(db_query(db, page_sql[key][f->desc ? 1 : 0],
					 DB_ARGS(LIST_COMMON_PARAMS(f, &a), DB_TEXT(pred),
						 DB_INT(a.limit), DB_INT(f->offset)), err),
				sizeof **out, row_from, NULL, (void **)out, n, err);
	list_args_release(&a);
	return rc;
}
