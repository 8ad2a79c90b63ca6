/*
 * tpp.h - storing the allowance (TPP): an instansi's rule sets per year
 * (versioned: every change is a new version), the attendance figures
 * imported from CSV, runs (a month or a checkpoint's months for the
 * employees of a unit and those below it) with one item per employee and
 * its breakdown, their approval (locked for good), comparison and export.
 * The rules and the arithmetic are domain/tpp.h's.
 *
 * Schema (migration 7, schema_tpp.c): tpp_ruleset, tpp_ruleset_base,
 * tpp_attendance, tpp_run, tpp_run_item.
 *
 * Same conventions as the rest of the store: 0 / -1 with `err`, every
 * change in one transaction with its audit row (entities "tpp_aturan",
 * "tpp_kehadiran", "tpp_perhitungan"), and a refusal writes nothing.  Who
 * may do what is the caller's to check (http/tpp_access.h).
 *
 * A run is set-based: a handful of queries load the unit's employees, the
 * months' attendance and the predicates; the amounts are computed in C and
 * the items written in multi-row INSERTs, all in one transaction.
 */
#ifndef KINERJA_STORE_TPP_H
#define KINERJA_STORE_TPP_H

#include "domain/tpp.h"
#include "store/store.h"

/* ---- rule sets ------------------------------------------------------------------------------ */

#define TPP_NOTE_MAX 1000

struct tpp_ruleset {
	int64_t id;
	int64_t instansi_id;
	char instansi_name[200];
	int year;
	int version;
	struct tpp_rules rules;
	char note[TPP_NOTE_MAX * 4 + 1];
	char created_by[300];
	int64_t created_at;
	int64_t runs;                  /* runs that used this version (get/latest only) */
};

/* The instansi a unit belongs to: its highest ancestor (or itself) of
 * kind "instansi", else the top of its tree.  KERR_NOT_FOUND "unit". */
int store_tpp_instansi_of(struct db *db, int64_t unit_id, int64_t *instansi_id,
			  struct kerr *err);
/* The instansi when none is named: the first unit of kind "instansi"
 * (else the first unit at the top).  KERR_NOT_FOUND "instansi". */
int store_tpp_instansi_default(struct db *db, int64_t *instansi_id, struct kerr *err);

/* Stores a new version of the rule set of rs->instansi_id for rs->year
 * (its version is the last one's + 1; rs->id and rs->version are set).
 * Refuses: rules that fail tpp_rules_check (KERR_INVALID on its field);
 * a note over TPP_NOTE_MAX characters ("catatan"); a year outside
 * 2000..2100 ("tahun"); an instansi that is not a unit ("instansi").
 * Base keys are stored in their canonical spelling. */
int store_tpp_ruleset_create(struct db *db, const struct actor *who, struct tpp_ruleset *rs,
			     struct kerr *err);
/* One version (KERR_NOT_FOUND "aturan"). */
int store_tpp_ruleset_get(struct db *db, int64_t id, struct tpp_ruleset *out,
			  struct kerr *err);
/* The newest version for the instansi and year (KERR_NOT_FOUND "aturan"). */
int store_tpp_ruleset_latest(struct db *db, int64_t instansi_id, int year,
			     struct tpp_ruleset *out, struct kerr *err);

struct tpp_ruleset_brief {
	int64_t id, instansi_id;
	int year, version;
	char created_by[300];
	int64_t created_at;
	char note[200];                /* the start of it */
};
/* Every version, newest year and version first (instansi 0: all). */
int store_tpp_ruleset_list(struct db *db, int64_t instansi_id, struct tpp_ruleset_brief **out,
			   size_t *n, struct kerr *err);

/* ---- attendance ------------------------------------------------------------------------------- */

struct csv_table;
struct csv_report;

/* Checks an attendance file (tpp_attendance_csv_check) against the
 * employees: a NIP outside `scope_unit` and the units below it (0: any)
 * is refused on its line.  0 when the check ran (the report says whether
 * the file is clean; *rows is set then), -1 on a database error. */
int store_tpp_attendance_check(struct db *db, const struct csv_table *t, int64_t scope_unit,
			       struct csv_report *report, struct tpp_attendance_row **rows,
			       size_t *n, struct kerr *err);
/* Writes checked rows in one transaction: a month already stored for an
 * employee is replaced.  One audit row (entity "tpp_kehadiran") with the
 * file name, the months and the counts.  *replaced: rows that replaced
 * stored ones. */
int store_tpp_attendance_save(struct db *db, const struct actor *who,
			      const struct tpp_attendance_row *rows, size_t n,
			      const char *file_name, int64_t *replaced, struct kerr *err);

struct tpp_attendance_month {
	int year, month;
	int64_t employees;
	int64_t absent_days, late_minutes;
};
/* Rows stored per month of `year` for the employees of scope_unit (0: all). */
int store_tpp_attendance_months(struct db *db, int year, int64_t scope_unit,
				struct tpp_attendance_month **out, size_t *n, struct kerr *err);
/* One employee's months of `year`, month order. */
int store_tpp_attendance_of(struct db *db, int64_t employee_id, int year,
			    struct tpp_month **out, size_t *n, struct kerr *err);

/* ---- runs ---------------------------------------------------------------------------------------- */

enum tpp_run_kind { TPP_RUN_BULANAN, TPP_RUN_TRIWULAN };
/* "bulanan", "triwulan". */
const char *tpp_run_kind_name(enum tpp_run_kind k);
int tpp_run_kind_parse(const char *s, enum tpp_run_kind *out);

#define TPP_RUN_DRAFT "draf"
#define TPP_RUN_APPROVED "disetujui"

struct tpp_run {
	int64_t id;
	int64_t unit_id;
	char unit_name[200];
	int64_t instansi_id;
	int64_t ruleset_id;
	int ruleset_version;
	enum tpp_run_kind kind;
	int year, month_from, month_to;
	int64_t checkpoint_id;         /* triwulan: the checkpoint whose assessments count */
	char label[120];               /* "Juli 2026", "Triwulan III 2026" */
	char state[16];                /* TPP_RUN_DRAFT, TPP_RUN_APPROVED */
	int64_t employees, total;
	char created_by[300];
	int64_t created_at, computed_at;
	char approved_by[300];
	int64_t approved_at;
	int64_t version;
};

struct tpp_run_spec {
	enum tpp_run_kind kind;
	int year;                      /* bulanan; triwulan: taken from the checkpoint's period */
	int month;                     /* bulanan: 1..12 */
	int64_t checkpoint_id;         /* triwulan */
	int64_t unit_id;               /* whose employees (and those below) */
	const char *by_name;
};

/*
 * Computes a new run (draf).  Refuses: a month outside 1..12 ("bulan"); a
 * year outside 2000..2100 ("tahun"); no such checkpoint ("titik_periksa");
 * no such unit ("unit"); no rule set for the unit's instansi and the year
 * (KERR_CONFLICT "aturan").  The predicate that scales the performance
 * share: triwulan, the employee's ditetapkan periodik assessment at the
 * checkpoint; bulanan, the newest ditetapkan periodik assessment at a
 * checkpoint of the year that began on or before the month's first day;
 * none: "tanpa penilaian".  Active employees only.  Sets *id.
 */
int store_tpp_run_create(struct db *db, const struct actor *who, const struct tpp_run_spec *s,
			 int64_t *id, struct kerr *err);
/* Computes a draft run again with the newest rule set version and today's
 * attendance and assessments.  Refuses an approved run (KERR_CONFLICT
 * "status") and a stale `version` (0: any; KERR_CONFLICT "version"). */
int store_tpp_run_recompute(struct db *db, const struct actor *who, int64_t id,
			    int64_t version, struct kerr *err);
/* Approves a draft run: locked for good.  The same refusals. */
int store_tpp_run_approve(struct db *db, const struct actor *who, int64_t id,
			  const char *by_name, int64_t version, struct kerr *err);
/* One run (KERR_NOT_FOUND "perhitungan"). */
int store_tpp_run_get(struct db *db, int64_t id, struct tpp_run *out, struct kerr *err);
/* Every run, newest first. */
int store_tpp_run_list(struct db *db, struct tpp_run **out, size_t *n, struct kerr *err);

/* ---- items ---------------------------------------------------------------------------------------- */

struct tpp_item {
	int64_t id, run_id, employee_id;
	char nip[20];
	char name[300];
	char golongan[8];
	char position_kind[24];
	char unit_name[200];
	int predicate;                 /* enum predicate or TPP_PRED_NONE */
	int64_t base;
	int months_paid;
	int64_t kinerja, disiplin, potongan, pembulatan, amount;
	char *lines_json;              /* store_tpp_item_get only; NULL otherwise */
	/* the run's, for an employee's own list */
	char run_label[120];
	char run_state[16];
};

void tpp_item_release(struct tpp_item *it);
void tpp_items_free(struct tpp_item *v, size_t n);

/* A page of a run's items by name (search: name or NIP, NULL for all;
 * per_page 0: all of them); *total counts the matches. */
int store_tpp_items(struct db *db, int64_t run_id, const char *search, int page, int per_page,
		    struct tpp_item **out, size_t *n, int64_t *total, struct kerr *err);
/* One item with its breakdown (KERR_NOT_FOUND "rincian"). */
int store_tpp_item_get(struct db *db, int64_t id, struct tpp_item *out, struct kerr *err);
/* The employee's items in every run, newest run first (no breakdown). */
int store_tpp_items_of_employee(struct db *db, int64_t employee_id, struct tpp_item **out,
				size_t *n, struct kerr *err);

/* Per employee in either run: the amounts in A and B (0 when absent). */
struct tpp_diff {
	int64_t employee_id;
	char nip[20];
	char name[300];
	int in_a, in_b;
	int64_t amount_a, amount_b;
};
/* The employees of runs a and b by name; *changed: how many differ. */
int store_tpp_compare(struct db *db, int64_t a, int64_t b, struct tpp_diff **out, size_t *n,
		      size_t *changed, struct kerr *err);

/* ---- export (tpp_export.c) --------------------------------------------------------------------------- */

/* The columns of the payroll export, in order. */
extern const char *const tpp_export_columns[];
extern const size_t tpp_export_ncols;
/* The run's items as CSV (header row, CRLF) appended to `out`. */
int store_tpp_export_csv(struct db *db, int64_t run_id, struct strbuf *out, struct kerr *err);
/* The same as an Excel workbook (numbers as numbers, header frozen, an
 * autofilter) appended to `out`. */
int store_tpp_export_xlsx(struct db *db, int64_t run_id, struct strbuf *out, struct kerr *err);

#endif
