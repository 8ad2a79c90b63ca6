/*
 * list_assessment.c - the list of assessments a viewer may see, filtered
 * by unit (and below), period, jenis (periodik / tahunan), checkpoint,
 * state (draft / ditetapkan), predicate and name or NIP, in a stable
 * order, a page at a time (store_list_assessments, lists.h).
 *
 * A draft is listed only to whoever rates it (an administrator also sees
 * the drafts of the SKPs nobody in the system rates), as assess_visible
 * shows it.  The viewer's own rows are their own assessments and those
 * they rate.  Sort keys: unit (unit code, then name; the default), nama,
 * nip, periode (start date), titik (period, then the checkpoints in order,
 * tahunan last), status (draft before ditetapkan), predikat (Sangat Kurang
 * up to Sangat Baik), ditetapkan (time, none first); each then NIP and id
 * ascending.
 */
#include "store/lists_int.h"
#include "store/store_int.h"
#include "domain/listquery.h"

#include <stdlib.h>
#include <string.h>

#define ASL_FROM \
	"FROM assessment a JOIN skp s ON s.id = a.skp_id " \
	"JOIN employees e ON e.id = s.employee_id JOIN units un ON un.id = e.unit_id " \
	"JOIN periods pe ON pe.id = s.period_id LEFT JOIN checkpoints c ON c.id = a.checkpoint_id "
#define ASL_WHERE \
	LIST_SCOPE("s.employee_id = $2 OR a.assessor_employee_id = $2") \
	"AND (a.state = 'ditetapkan' OR a.assessor_employee_id = $2 " \
	"     OR ($8 = 1 AND a.assessor_employee_id IS NULL)) " \
	LIST_FILTERS("s.period_id", "a.state") \
	"AND ($9 = '' OR a.kind = $9) AND ($10 = 0 OR a.checkpoint_id = $10) " \
	"AND ($11 = '' OR a.predicate = $11) "
#define ASL_COLUMNS \
	"a.id, a.skp_id, s.employee_id, s.period_id, COALESCE(a.checkpoint_id, 0), e.nip, " \
	LIST_PERSON ", un.name, pe.name, COALESCE(c.name, ''), a.kind, a.state, a.hasil_rating, " \
	"a.perilaku_rating, a.predicate, a.assessor_name, COALESCE(a.finalised_at, 0), " \
	"COALESCE(a.acknowledged_at, 0), a.updated_at "
#define ASL_PAGE(order) \
	LIST_CTES "SELECT " ASL_COLUMNS ASL_FROM ASL_WHERE \
	"ORDER BY " order ", e.nip, a.id LIMIT $12 OFFSET $13"
#define ASL_POINT "pe.start_date, CASE WHEN a.kind = 'tahunan' THEN 1 ELSE 0 END, COALESCE(c.seq, 0)"
#define ASL_POINT_DESC \
	"pe.start_date DESC, CASE WHEN a.kind = 'tahunan' THEN 1 ELSE 0 END DESC, " \
	"COALESCE(c.seq, 0) DESC"
#define ASL_PRED_RANK \
	"CASE a.predicate WHEN 'sangat_kurang' THEN 0 WHEN 'kurang' THEN 1 " \
	"WHEN 'butuh_perbaikan' THEN 2 WHEN 'baik' THEN 3 WHEN 'sangat_baik' THEN 4 ELSE -1 END"

static const char *const page_sql[ASL_SORT__KEYS][2] = {
	[ASL_SORT_UNIT] = { ASL_PAGE("un.code, e.name_key"), ASL_PAGE("un.code DESC, e.name_key DESC") },
	[ASL_SORT_NAMA] = { ASL_PAGE("e.name_key"), ASL_PAGE("e.name_key DESC") },
	[ASL_SORT_NIP] = { ASL_PAGE("e.nip"), ASL_PAGE("e.nip DESC") },
	[ASL_SORT_PERIODE] = { ASL_PAGE("pe.start_date"), ASL_PAGE("pe.start_date DESC") },
	[ASL_SORT_TITIK] = { ASL_PAGE(ASL_POINT), ASL_PAGE(ASL_POINT_DESC) },
	[ASL_SORT_STATUS] = { ASL_PAGE("a.state"), ASL_PAGE("a.state DESC") },
	[ASL_SORT_PREDIKAT] = { ASL_PAGE(ASL_PRED_RANK), ASL_PAGE(ASL_PRED_RANK " DESC") },
	[ASL_SORT_DITETAPKAN] = { ASL_PAGE("COALESCE(a.finalised_at, 0)"),
				  ASL_PAGE("COALESCE(a.finalised_at, 0) DESC") },
};

static enum rating rating_or_none(const char *s)
{
	enum rating r;
	return rating_parse(s, &r) ? RATING__LEVELS : r;
}

static void row_from(struct db_rows *rows, void *out)
{
	struct assessment_list_row *r = out;
	memset(r, 0, sizeof *r);
	r->id = db_int(rows, 0);
	r->skp_id = db_int(rows, 1);
	r->employee_id = db_int(rows, 2);
	r->period_id = db_int(rows, 3);
	r->checkpoint_id = db_int(rows, 4);
	copy_str(r->nip, sizeof r->nip, db_text(rows, 5));
	store_person_name(rows, 6, r->employee_name, sizeof r->employee_name);
	copy_str(r->unit_name, sizeof r->unit_name, db_text(rows, 9));
	copy_str(r->period_name, sizeof r->period_name, db_text(rows, 10));
	copy_str(r->checkpoint_name, sizeof r->checkpoint_name, db_text(rows, 11));
	if (assessment_kind_parse(db_text(rows, 12), &r->kind))
		r->kind = ASSESS_PERIODIK;
	r->final = !strcmp(db_text(rows, 13), ASSESS_FINAL);
	r->hasil = rating_or_none(db_text(rows, 14));
	r->perilaku = rating_or_none(db_text(rows, 15));
	if (predicate_parse(db_text(rows, 16), &r->predicate))
		r->predicate = PRED__COUNT;
	copy_str(r->assessor_name, sizeof r->assessor_name, db_text(rows, 17));
	r->finalised_at = db_int(rows, 18);
	r->acknowledged_at = db_int(rows, 19);
	r->updated_at = db_int(rows, 20);
}

int store_list_assessments(struct db *db, const struct list_filter *f,
			   struct assessment_list_row **out, size_t *n, int64_t *total,
			   struct kerr *err)
{
	struct list_args a;
	int key = (unsigned)f->sort < ASL_SORT__KEYS ? f->sort : 0;
	const char *kind = f->kind ? f->kind : "", *pred = f->predicate ? f->predicate : "";
	*out = NULL;
	*n = 0;
	*total = 0;
	list_args_init(&a, f);
	int rc = db_query_int(db, LIST_CTES "SELECT COUNT(*) " ASL_FROM ASL_WHERE,
			      DB_ARGS(LIST_COMMON_PARAMS(f, &a), DB_INT(f->viewer_admin ? 1 : 0),
				      DB_TEXT(kind), DB_INT(f->checkpoint_id), DB_TEXT(pred)),
			      total, err) < 0 ? -1 : 0;
	if (!rc)
		rc = db_collect(db_query(db, page_sql[key][f->desc ? 1 : 0],
					 DB_ARGS(LIST_COMMON_PARAMS(f, &a),
						 DB_INT(f->viewer_admin ? 1 : 0), DB_TEXT(kind),
						 DB_INT(f->checkpoint_id), DB_TEXT(pred),
						 DB_INT(a.limit), DB_INT(f->offset)), err),
				sizeof **out, row_from, NULL, (void **)out, n, err);
	list_args_release(&a);
	return rc;
}
