/*
 * lists.h - the filtered, paged, sorted lists of SKPs, assessments and
 * objections (search and filters on every list that can grow; the
 * employees' list is store_employee_list in store.h, which takes the same
 * sort keys).
 *
 * Every statement is a string literal: the filters are fixed conditions
 * with bound parameters ("$4 = 0 OR s.period_id = $4"), and the order is
 * picked from a table of whitelisted ORDER BY texts by the sort key of
 * domain/listquery.h (never built from input).  Each order is the chosen
 * column in the chosen direction, then NIP and the row id ascending, so it
 * is total and pages neither overlap nor skip rows.
 *
 * Who sees what is given as a scope: rows of employees in the units at or
 * below scope_unit (0: every unit; -1: none), or rows in which the viewer
 * (scope_self) takes part — their own SKP, assessment or case, and those
 * they rate, explain or decide.  The filters then narrow that down.
 */
#ifndef KINERJA_STORE_LISTS_H
#define KINERJA_STORE_LISTS_H

#include "store/objection.h"

struct list_filter {
	int64_t scope_unit;     /* the viewer's units: 0 all, -1 none */
	int64_t scope_self;     /* the viewer's employee id (0: none) */
	int64_t unit_id;        /* filter: this unit and below; 0 any */
	int64_t period_id;      /* 0 any */
	int64_t checkpoint_id;  /* assessments: 0 any */
	int64_t assessor_id;    /* SKPs: only those this pejabat penilai rates; 0 any */
	int64_t employee_id;    /* only this employee's rows; 0 any */
	const char *kind;       /* assessments: "periodik", "tahunan"; "" any */
	const char *status;     /* "" any */
	const char *predicate;  /* predicate_name(); "" any */
	const char *search;     /* name, case-insensitive substring; "" none */
	const char *nip;        /* NIP prefix; "" none */
	int viewer_admin;       /* assessments: an administrator also sees drafts nobody rated */
	int sort, desc;         /* the list's sort key (domain/listquery.h) and direction */
	int limit;              /* 1..LIST_LIMIT_MAX */
	int64_t offset;
};
#define LIST_LIMIT_MAX 1000

/* One row of the SKP list: the summary, with its period. */
struct skp_list_row {
	struct skp_summary s;
	char period_name[120];
};
int store_list_skp(struct db *db, const struct list_filter *f, struct skp_list_row **out,
		   size_t *n, int64_t *total, struct kerr *err);

/* One row of the assessment list.  A draft is listed only to whoever
 * rates it (an administrator: also those nobody in the system rates). */
struct assessment_list_row {
	int64_t id, skp_id, employee_id, period_id, checkpoint_id;
	char nip[20];
	char employee_name[300];   /* with titles */
	char unit_name[200];
	char period_name[120];
	char checkpoint_name[40];  /* "" for tahunan */
	enum assessment_kind kind;
	int final;                 /* ditetapkan */
	enum rating hasil, perilaku;
	enum predicate predicate;  /* PRED__COUNT when none */
	char assessor_name[300];
	int64_t finalised_at, acknowledged_at, updated_at;
};
int store_list_assessments(struct db *db, const struct list_filter *f,
			   struct assessment_list_row **out, size_t *n, int64_t *total,
			   struct kerr *err);

/* One row of the objection list. */
struct objection_list_row {
	int64_t id, assessment_id, skp_id, employee_id, period_id;
	char nip[20];
	char employee_name[300];
	char unit_name[200];
	char period_name[120];
	char checkpoint_name[40];  /* "" for tahunan */
	enum assessment_kind kind;
	enum objection_state state;
	enum objection_decision decision;
	enum predicate orig_predicate, new_predicate;   /* new: PRED__COUNT unless diubah */
	int64_t filed_at, decided_at;
};
int store_list_objections(struct db *db, const struct list_filter *f,
			  struct objection_list_row **out, size_t *n, int64_t *total,
			  struct kerr *err);

#endif
