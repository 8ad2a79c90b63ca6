/*
 * listquery.h - the parameters every list that can grow takes (the
 * employees, the SKPs, the assessments, the objections), read the same way
 * by the pages and the API, with no I/O:
 *
 *   q        name or NIP; a NIP typed in groups ("19660801 198803 1") loses
 *            its blanks and matches as a NIP prefix
 *   unit     a unit id (this unit and the units below it)
 *   periode  a period id
 *   status   one of the list's states
 *   predikat one of the five predicates (assessments, objections)
 *   jenis    periodik | tahunan, titik a checkpoint id (assessments)
 *   urut     one of the list's sort keys; arah naik | turun
 *   page     1.. (LISTQ_PAGE_MAX); per_page 1..the list's maximum (API)
 *
 * An empty value means "no filter"; an unknown value is refused with
 * KERR_INVALID naming the parameter and the values it takes.  Whether a
 * unit, period or checkpoint id exists, and whether the viewer may see
 * it, is for the caller (http/list_access.h) to check.
 *
 * The sort keys of each list are the enums below, in the order of the
 * names in its spec; the store (store/lists.h) maps each to whitelisted
 * ORDER BY text.  Every order ends in a unique tie-break (NIP, then the
 * row id), so pages never overlap or skip rows.
 */
#ifndef KINERJA_LISTQUERY_H
#define KINERJA_LISTQUERY_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"

#define LISTQ_PAGE_MAX 1000000
#define LISTQ_SEARCH_MAX 100
#define LISTQ_PER_PAGE 25       /* the pages' fixed page size */

enum list_kind { LIST_EMPLOYEES, LIST_SKP, LIST_ASSESSMENTS, LIST_OBJECTIONS, LIST__KINDS };

/* Sort keys, in the order of each spec's names. */
enum employee_sort { EMP_SORT_UNIT, EMP_SORT_NAMA, EMP_SORT_NIP, EMP_SORT_GOLONGAN,
		     EMP_SORT_STATUS, EMP_SORT__KEYS };
enum skp_sort { SKPL_SORT_UNIT, SKPL_SORT_NAMA, SKPL_SORT_NIP, SKPL_SORT_PERIODE,
		SKPL_SORT_STATUS, SKPL_SORT_DISETUJUI, SKPL_SORT__KEYS };
enum assessment_sort { ASL_SORT_UNIT, ASL_SORT_NAMA, ASL_SORT_NIP, ASL_SORT_PERIODE,
		       ASL_SORT_TITIK, ASL_SORT_STATUS, ASL_SORT_PREDIKAT, ASL_SORT_DITETAPKAN,
		       ASL_SORT__KEYS };
enum objection_sort { OBL_SORT_DIAJUKAN, OBL_SORT_NAMA, OBL_SORT_NIP, OBL_SORT_UNIT,
		      OBL_SORT_PERIODE, OBL_SORT_STATUS, OBL_SORT__KEYS };

/* What one list takes. */
struct listq_spec {
	enum list_kind kind;
	const char *const *statuses;   /* ?status= values, NULL-terminated; NULL: none */
	int predicate;                 /* takes ?predikat= */
	int period;                    /* takes ?periode= */
	int assessment_kind;           /* takes ?jenis= and ?titik= */
	const char *const *sort_keys;  /* ?urut= values, NULL-terminated; [0] the default */
	int default_desc;              /* the default key's default direction is turun */
	int per_page_default, per_page_max;
};

extern const struct listq_spec listq_employees, listq_skp, listq_assessments,
	listq_objections;
/* The spec of a list kind. */
const struct listq_spec *listq_spec_of(enum list_kind kind);

/* A list request, read. */
struct listq {
	char search[LISTQ_SEARCH_MAX + 1];   /* trimmed; "" = none */
	char nip[LISTQ_SEARCH_MAX + 1];      /* NIP prefix (digits), "" when q is not a NIP */
	int64_t unit_id, period_id, checkpoint_id;   /* 0 = any */
	int status;           /* index in spec->statuses; -1 any */
	int predicate;        /* enum predicate; -1 any */
	int kind;             /* enum assessment_kind; -1 any */
	int sort;             /* index in spec->sort_keys */
	int desc;             /* 1: turun */
	int page, per_page;
};

/* Reads a parameter by name: its value, or NULL when absent. */
typedef const char *(*listq_get_fn)(void *ctx, const char *name);

/* Reads every parameter the spec takes through `get` (per_page only when
 * `api`; the pages use LISTQ_PER_PAGE).  0, or -1 with KERR_INVALID on
 * the first bad parameter (field = its name, the message naming the
 * values it takes). */
int listq_parse(const struct listq_spec *spec, listq_get_fn get, void *ctx, int api,
		struct listq *out, struct kerr *err);

/* The status value chosen, or "" for any. */
const char *listq_status(const struct listq_spec *spec, const struct listq *q);
/* The sort key's name (for links and the API answer). */
const char *listq_sort_name(const struct listq_spec *spec, const struct listq *q);

/* Splits a search text: `search` trimmed (inner runs of blanks made one);
 * when it holds digits and blanks only, `nip` is it without the blanks,
 * else "".  Refuses (KERR_INVALID "q") more than LISTQ_SEARCH_MAX bytes or
 * control characters. */
int listq_search(const char *q, char search[LISTQ_SEARCH_MAX + 1],
		 char nip[LISTQ_SEARCH_MAX + 1], struct kerr *err);

/* Rows skipped before page q->page. */
int64_t listq_offset(const struct listq *q);
/* How many pages `total` rows fill (at least 1). */
int64_t listq_pages(int64_t total, int per_page);

#endif
