/*
 * list_skp.c - the list of SKPs a viewer may see, filtered by unit (and
 * below), period, state, pejabat penilai, employee and name or NIP, in a
 * stable order, a page at a time (store_list_skp, lists.h).
 *
 * The viewer's own rows are their own SKPs and those they rate as
 * pejabat penilai.  Sort keys: unit (unit code, then name; the default),
 * nama, nip, periode (start date), status (draft, diajukan, disetujui,
 * dikembalikan), disetujui (approval time, none first); each then NIP and
 * id ascending.
 */
#include "store/lists_int.h"
#include "store/plan_int.h"
#include "domain/listquery.h"

#include <stdlib.h>
#include <string.h>

#define SKPL_FROM \
	"FROM skp s JOIN employees e ON e.id = s.employee_id JOIN units un ON un.id = e.unit_id " \
	"JOIN periods pe ON pe.id = s.period_id LEFT JOIN positions sp ON sp.id = s.position_id "
#define SKPL_WHERE \
	LIST_SCOPE("s.employee_id = $2 OR s.assessor_id = $2") \
	LIST_FILTERS("s.period_id", "s.state") \
	"AND ($8 = 0 OR s.assessor_id = $8) AND ($9 = 0 OR s.employee_id = $9) "
/* Columns 0-15 as skp_list.c's summaries, then late (16) and the period (17). */
#define SKPL_COLUMNS \
	PLAN_SKP_SUMMARY_COLUMNS \
	", CASE WHEN s.state <> 'disetujui' AND $10 > pe.plan_due THEN 1 ELSE 0 END, pe.name "
#define SKPL_PAGE(order) \
	LIST_CTES "SELECT " SKPL_COLUMNS SKPL_FROM SKPL_WHERE \
	"ORDER BY " order ", e.nip, s.id LIMIT $11 OFFSET $12"
#define SKPL_STATE_RANK \
	"CASE s.state WHEN 'draft' THEN 0 WHEN 'diajukan' THEN 1 WHEN 'disetujui' THEN 2 ELSE 3 END"

static const char *const page_sql[SKPL_SORT__KEYS][2] = {
	[SKPL_SORT_UNIT] = { SKPL_PAGE("un.code, e.name_key"),
			     SKPL_PAGE("un.code DESC, e.name_key DESC") },
	[SKPL_SORT_NAMA] = { SKPL_PAGE("e.name_key"), SKPL_PAGE("e.name_key DESC") },
	[SKPL_SORT_NIP] = { SKPL_PAGE("e.nip"), SKPL_PAGE("e.nip DESC") },
	[SKPL_SORT_PERIODE] = { SKPL_PAGE("pe.start_date"), SKPL_PAGE("pe.start_date DESC") },
	[SKPL_SORT_STATUS] = { SKPL_PAGE(SKPL_STATE_RANK), SKPL_PAGE(SKPL_STATE_RANK " DESC") },
	[SKPL_SORT_DISETUJUI] = { SKPL_PAGE("COALESCE(s.approved_at, 0)"),
				  SKPL_PAGE("COALESCE(s.approved_at, 0) DESC") },
};

static void row_from(struct db_rows *rows, void *out)
{
	struct skp_list_row *r = out;
	memset(r, 0, sizeof *r);
	plan_skp_summary_from_row(rows, &r->s);
	r->s.late = db_int(rows, 16) != 0;
	copy_str(r->period_name, sizeof r->period_name, db_text(rows, 17));
}

int store_list_skp(struct db *db, const struct list_filter *f, struct skp_list_row **out,
		   size_t *n, int64_t *total, struct kerr *err)
{
	struct list_args a;
	char today[11];
	const char *day = today;   /* DB_TEXT needs a pointer: an array warns */
	int key = (unsigned)f->sort < SKPL_SORT__KEYS ? f->sort : 0;
	*out = NULL;
	*n = 0;
	*total = 0;
	plan_today_wib(today);
	list_args_init(&a, f);
	int rc = db_query_int(db, LIST_CTES "SELECT COUNT(*) " SKPL_FROM SKPL_WHERE,
			      DB_ARGS(LIST_COMMON_PARAMS(f, &a), DB_INT(f->assessor_id),
				      DB_INT(f->employee_id)), total, err) < 0 ? -1 : 0;
	if (!rc)
		rc = db_collect(db_query(db, page_sql[key][f->desc ? 1 : 0],
					 DB_ARGS(LIST_COMMON_PARAMS(f, &a), DB_INT(f->assessor_id),
						 DB_INT(f->employee_id), DB_TEXT(day),
						 DB_INT(a.limit), DB_INT(f->offset)), err),
				sizeof **out, row_from, NULL, (void **)out, n, err);
	list_args_release(&a);
	return rc;
}
