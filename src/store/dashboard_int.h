/*
 * dashboard_int.h - the SQL pieces the dashboard's store files share
 * (dashboard_status.c, dashboard_charts.c, dashboard_trend.c): the scope
 * of a query as parameters $1 (period), $2 (unit, 0: every unit) and $3
 * (employee, 0: anyone), and reading a row of integers.
 */
#ifndef KINERJA_STORE_DASHBOARD_INT_H
#define KINERJA_STORE_DASHBOARD_INT_H

#include "store/dashboard.h"
#include "store/db.h"

/* sub(id): unit $2 and the units below it (empty for $2 = 0). */
#define DASH_SUB "WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = $2 " \
	"UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
/* The SKPs (s) with their employee (e) and the post they cover (p). */
#define DASH_SKP_FROM "FROM skp s JOIN employees e ON e.id = s.employee_id " \
	"LEFT JOIN positions p ON p.id = s.position_id "
/* The SKPs of the scope: an SKP counts in the unit of its post, else its
 * employee's. */
#define DASH_SKP_WHERE "s.period_id = $1 AND ($2 = 0 OR COALESCE(p.unit_id, e.unit_id) IN " \
	"(SELECT id FROM sub)) AND ($3 = 0 OR s.employee_id = $3) "
/* Checkpoint c overlaps the months of SKP s. */
#define DASH_OVERLAPS "s.month_from <= CAST(substr(c.end_date, 6, 2) AS INTEGER) AND " \
	"s.month_to >= CAST(substr(c.start_date, 6, 2) AS INTEGER) "
/* The three scope parameters. */
#define DASH_ARGS(sc) DB_ARGS(DB_INT((sc)->period_id), DB_INT((sc)->unit_id), \
			      DB_INT((sc)->employee_id))

#endif
