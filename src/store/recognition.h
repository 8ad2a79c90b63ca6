/*
 * recognition.h - storing recognition (penghargaan) and credit points
 * (angka kredit):
 *
 *   - the ranking of a period for a unit and the units below it (or the
 *     whole office), built from a few queries over the whole set
 *     (recognition_rank.c): the predicate on one basis for everyone - the
 *     final tahunan assessments once any is final, else the latest
 *     checkpoint with final periodik ones (store_curve_default_basis, as
 *     the provisional curve) -, the achievement (capaian SKP) at that
 *     checkpoint (the period's last one for the tahunan basis), the 360
 *     aggregate of the closed rounds up to it, then the configured chain;
 *   - the tie-break chain and the credit-point tables, settings an
 *     administrator keeps (recognition_settings.c);
 *   - nominations of a "pegawai berprestasi" and their decision
 *     (recognition_nomination.c);
 *   - the credit points of the functional employees of a period
 *     (recognition_credit.c).
 *
 * Schema: migration 10 (schema_recognition.c).  Same conventions as
 * plan.h: all SQL in src/store, every change in one transaction with its
 * audit row (entities "nomination", "pengaturan", "angka_kredit"), 0 / -1
 * with `err`; a refusal writes nothing.  Who may see a whole ranking,
 * nominate or decide is the caller's to check (http/recognition_access.h).
 */
#ifndef KINERJA_STORE_RECOGNITION_H
#define KINERJA_STORE_RECOGNITION_H

#include "store/plan.h"
#include "domain/recognition.h"
#include "domain/angka_kredit.h"

/* ---- the ranking (recognition_rank.c) ----------------------------------------------------- */

struct rank_entry {
	int64_t employee_id, skp_id;
	char nip[20];
	char name[300];              /* with titles */
	char position_name[200];
	int64_t unit_id;             /* of the post the SKP covers (else the employee's) */
	char unit_code[64];
	char unit_name[200];
	int rank;                    /* 1..ranked; 0: no predicate on the basis */
	struct rank_key key;
	enum rank_decider decider;   /* what placed it after the one before */
	enum tiebreak criterion;     /* for RD_CHAIN */
};

struct ranking {
	struct period period;
	int64_t unit_id;             /* 0: the whole office */
	char unit_name[200];
	int64_t basis_checkpoint;    /* 0: tahunan */
	char basis_name[64];         /* "" for tahunan */
	int64_t capaian_checkpoint;  /* where the achievement is read (0: none) */
	char capaian_name[40];
	struct tiebreak_chain chain;
	struct rank_entry *v;        /* ranked first, in order; then the unranked by NIP */
	size_t n, ranked;
};

/* basis: RANK_BASIS_DEFAULT, 0 (tahunan) or a checkpoint of the period
 * (else KERR_NOT_FOUND "titik"). */
#define RANK_BASIS_DEFAULT (-1)

/* The ranking of period `period_id` over unit `unit_id` and the units
 * below it (0: every employee), one entry per employee with an SKP in the
 * period (their latest one).  KERR_NOT_FOUND "periode" / "unit".
 * ranking_release() it. */
int store_ranking(struct db *db, int64_t period_id, int64_t unit_id, int64_t basis,
		  struct ranking *out, struct kerr *err);
void ranking_release(struct ranking *r);
/* The entry of `employee_id` in r, NULL if none. */
const struct rank_entry *ranking_find(const struct ranking *r, int64_t employee_id);
/* The unit an employee is ranked in for a period: that of the post their
 * latest SKP of the period covers, else their own; 0 when they have no
 * SKP in it. */
int store_ranking_unit_of(struct db *db, int64_t period_id, int64_t employee_id,
			  int64_t *unit_id, struct kerr *err);

/* 1 if employee `employee_id` leads unit `unit_id`: holds (or acts as Plt
 * in) the post heading it - or, for a unit without a head, its nearest
 * headed parent - or a post above that one. */
int store_employee_leads_unit(struct db *db, int64_t employee_id, int64_t unit_id,
			      struct kerr *err);
/* The unit whose head post the employee holds or acts in (0: none). */
int store_employee_headed_unit(struct db *db, int64_t employee_id, int64_t *unit_id,
			       struct kerr *err);

/* ---- settings (recognition_settings.c) ------------------------------------------------------ */

/* The configured chain (TIEBREAK_DEFAULT when unset or unreadable). */
int store_tiebreak_get(struct db *db, struct tiebreak_chain *out, struct kerr *err);
/* Sets it from text (tiebreak_chain_parse, field "urutan"); audited as
 * entity "pengaturan". */
int store_tiebreak_set(struct db *db, const struct actor *who, const char *text,
		       struct kerr *err);

struct ak_tables {
	int pct[PRED__COUNT];
	struct ak_level *levels;     /* in their order (keterampilan, then keahlian) */
	size_t n_levels;
};

int store_ak_tables(struct db *db, struct ak_tables *out, struct kerr *err);
void ak_tables_release(struct ak_tables *t);
/* Replaces the percentages and the coefficients of known levels (codes
 * not in the table: KERR_INVALID "koefisien.CODE"; checks: ak_pct_check on
 * "persentase.PREDICATE", ak_coefficient_check).  Levels left out of `in`
 * keep theirs (in->levels may be a subset).  Audited as "angka_kredit". */
int store_ak_tables_set(struct db *db, const struct actor *who, const struct ak_tables *in,
			struct kerr *err);

/* ---- nominations (recognition_nomination.c) ---------------------------------------------- */

struct nomination {
	int64_t id;
	int64_t period_id;
	char period_name[120];
	int64_t employee_id;
	char employee_name[300];     /* now, with titles */
	char nip[20];
	char position_name[200];
	int64_t unit_id;             /* the unit ranked in at nomination */
	char unit_name[200];
	char *reason;
	enum nomination_state state;
	char rank_text[400];         /* "2 dari 7 di Seksi Pelayanan (Triwulan III)" */
	int64_t nominator_employee_id;   /* 0: an administrator */
	char nominator_name[300];
	int64_t nominated_at;
	char decider_name[300], decider_nip[20], decider_position[200];
	char *note;                  /* the decision's note ("" none) */
	int64_t decided_at;
	/* as they were at approval (for the certificate); "" before */
	char nominee_name[300], nominee_nip[20], nominee_position[200], nominee_unit[200];
	int64_t version;
};

void nomination_release(struct nomination *n);
void nominations_free(struct nomination *v, size_t n);

int store_nomination_get(struct db *db, int64_t id, struct nomination *out, struct kerr *err);

/* Nominations of a period (0: every period) in unit `unit_id` and below
 * (0: every unit), and/or of or by employee `employee_id` (0: anyone):
 * newest first, at most NOMINATION_LIST_MAX. */
#define NOMINATION_LIST_MAX 500
int store_nomination_list(struct db *db, int64_t period_id, int64_t unit_id,
			  int64_t employee_id, struct nomination **out, size_t *n,
			  struct kerr *err);

struct nomination_input {
	int64_t period_id;
	int64_t employee_id;             /* the nominee */
	int64_t unit_id;                 /* the unit they are ranked in */
	const char *reason;
	const char *rank_text;
	int64_t nominator_employee_id;   /* 0: an administrator */
	const char *nominator_name;
};

/*
 * Records a nomination.  Refuses: no such period (KERR_NOT_FOUND
 * "periode") or employee (KERR_NOT_FOUND "pegawai"); a nominator
 * nominating themself (KERR_FORBIDDEN "pegawai"); an employee without an
 * SKP in the period (KERR_CONFLICT "pegawai"); a blank or too long reason
 * (KERR_INVALID "alasan"); a second nomination of the same employee for
 * the period (KERR_CONFLICT "pegawai").  Sets *id.
 */
int store_nomination_create(struct db *db, const struct actor *who,
			    const struct nomination_input *in, int64_t *id, struct kerr *err);

struct nomination_decision {
	int64_t id;
	int64_t version;                 /* 0, or the one read (else KERR_CONFLICT "version") */
	enum nomination_state state;     /* NOM_DISETUJUI or NOM_DITOLAK (else "putusan") */
	const char *note;                /* required to reject ("catatan") */
	const char *decider_name, *decider_nip, *decider_position;
};

/* Approves or rejects a nomination still diajukan (else KERR_CONFLICT
 * "status": decided already).  Approval keeps the nominee's name, NIP,
 * position and unit as they are now, for the certificate. */
int store_nomination_decide(struct db *db, const struct actor *who,
			    const struct nomination_decision *in, struct kerr *err);

/* The instansi a unit belongs to: the name of its topmost unit. */
int store_instansi_name(struct db *db, int64_t unit_id, char *out, size_t size,
			struct kerr *err);

/* ---- credit points (recognition_credit.c) ----------------------------------------------- */

/* One SKP of a functional employee in a period. */
struct credit_line {
	int64_t skp_id, employee_id;
	char nip[20];
	char name[300];
	char position_name[200];
	char unit_name[200];
	int64_t unit_id;
	int month_from, month_to, months;
	int level;                   /* index into the tables' levels, -1: not recognised */
	int has_predicate;
	enum predicate predicate;
	int provisional;             /* the predicate is a periodik one (no final tahunan yet) */
	char basis_name[40];         /* "Tahunan" or the checkpoint's name */
	int64_t pct, coefficient;    /* as applied (coefficient in thousandths) */
	int64_t amount;              /* thousandths; 0 without a predicate or a level */
};

struct credit_list {
	struct period period;
	struct ak_tables tables;
	struct credit_line *v;       /* by unit code, name, months */
	size_t n;
};

/* The credit points of every SKP of a functional post (position kind
 * "fungsional") in the period, of unit `unit_id` and below (0: all), or
 * of one employee (employee_id non-zero).  The predicate: the final
 * tahunan one, else (provisional) the final periodik one of the latest
 * checkpoint.  credit_list_release() it. */
int store_credit_list(struct db *db, int64_t period_id, int64_t unit_id, int64_t employee_id,
		      struct credit_list *out, struct kerr *err);
void credit_list_release(struct credit_list *c);
/* The sum of the amounts of lines v[0..n) of employee `employee_id`. */
int64_t credit_total(const struct credit_list *c, int64_t employee_id);

#endif
