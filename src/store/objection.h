/*
 * objection.h - storing objections (keberatan) against final assessments:
 * filing one (with its first attachment), the atasan pejabat penilai
 * asking the pejabat penilai for an explanation, the explanation, the
 * final decision (the ratings stay, or change through
 * store_assessment_revise), attachments kept in the database, the lists
 * of a person's cases, and the deadline setting.  The rules are
 * domain/objection.h's.
 *
 * Schema (migration 6): table `objection`, one row per assessment
 * (assessment_id UNIQUE), with the ratings and predicate copied at filing
 * beside the new ones; table `objection_attachment` with the files'
 * bytes (evidence_blob is keyed by evidence rows of a realisasi, so it
 * cannot hold them); setting `batas_keberatan_hari` in `settings`.
 *
 * Same conventions as plan.h: all SQL in src/store, every change in one
 * transaction with its audit row (entity "objection"; the setting:
 * "pengaturan"), 0 / -1 with `err`; a refusal writes nothing.  Who files
 * (the assessed employee) is checked here, from the data; who may ask,
 * explain, decide and read is the caller's to check
 * (http/objection_access.h) against assessor_id and decider_id.
 */
#ifndef KINERJA_STORE_OBJECTION_H
#define KINERJA_STORE_OBJECTION_H

#include "store/assessment.h"
#include "domain/objection.h"

struct objection_attachment {
	int64_t id;
	int64_t objection_id;
	char *name;
	char content_type[96];
	int64_t size;
	char sha256[65];
	int64_t created_at;
};

void objection_attachment_release(struct objection_attachment *a);

struct objection {
	int64_t id;
	int64_t assessment_id, skp_id;
	int64_t employee_id;          /* who filed: the assessed employee */
	char employee_name[300];      /* with titles, as now */
	int64_t assessor_id;          /* who explains: the pejabat penilai who rated (0: admin) */
	char assessor_name[300];      /* as now; "" for an administrator */
	int64_t decider_id;           /* the atasan pejabat penilai at filing (0: admin) */
	char decider_name[300];
	enum assessment_kind kind;    /* of the assessment */
	int64_t checkpoint_id;
	char checkpoint_name[40];     /* "" for tahunan */
	char period_name[120];
	int64_t finalised_at;         /* of the assessment */
	enum objection_state state;
	char *reasons, *question, *explanation, *decision_text;   /* never NULL once loaded */
	char requested_by[300], explained_by[300], decided_by[300];
	int64_t filed_at, requested_at, explained_at, decided_at;
	enum objection_decision decision;
	enum rating orig_hasil, orig_perilaku;
	enum predicate orig_predicate;
	enum rating new_hasil, new_perilaku;      /* RATING__LEVELS unless diubah */
	enum predicate new_predicate;             /* PRED__COUNT unless diubah */
	int64_t version;
	struct objection_attachment *att;         /* oldest first (get only) */
	size_t n_att;
};

void objection_release(struct objection *o);
void objections_free(struct objection *o, size_t n);

/* One case with its attachments (without bytes); KERR_NOT_FOUND. */
int store_objection_get(struct db *db, int64_t id, struct objection *out, struct kerr *err);
/* The cases against the assessments of an SKP, oldest first (no
 * attachments). */
int store_objection_list_skp(struct db *db, int64_t skp_id, struct objection **out, size_t *n,
			     struct kerr *err);

/* Whose cases a list holds. */
enum objection_list {
	OBJ_LIST_FILED,        /* filed by the employee */
	OBJ_LIST_TO_DECIDE,    /* the employee decides (admin: also those nobody does) */
	OBJ_LIST_TO_EXPLAIN,   /* the employee explains (admin: also those nobody does) */
};

#define OBJECTION_LIST_MAX 200   /* newest first, at most this many */

int store_objection_list(struct db *db, enum objection_list which, int64_t employee_id,
			 int admin, struct objection **out, size_t *n, struct kerr *err);
/* How many cases wait for the employee (admin: also for an
 * administrator): to ask for an explanation or to decide (diajukan,
 * dijelaskan), and to explain (penjelasan_diminta). */
int store_objection_waiting(struct db *db, int64_t employee_id, int admin, int64_t *to_decide,
			    int64_t *to_explain, struct kerr *err);

/* Whether an assessment may still be objected to, for showing it. */
struct objection_window {
	int64_t skp_id, employee_id;
	int final;                /* ditetapkan */
	int64_t finalised_at;
	int days;                 /* the setting now */
	int64_t last_day;         /* wib_day of the last day to file (final only) */
	int open;                 /* final, on or before the last day, none filed */
	int64_t objection_id;     /* the case filed against it, 0 if none */
};

/* Fills *w for assessment `assessment_id` (KERR_NOT_FOUND "penilaian"). */
int store_objection_window(struct db *db, int64_t assessment_id, struct objection_window *w,
			   struct kerr *err);

/* ---- changes ------------------------------------------------------------------------ */

/* A file as uploaded. */
struct objection_file {
	const char *name;      /* as the browser sent it */
	const void *data;
	size_t len;
};

struct objection_filing {
	int64_t assessment_id;
	int64_t employee_id;           /* the caller's employee id (0: none) */
	const char *reasons;
	const struct objection_file *file;   /* optional first attachment */
};

/*
 * Files an objection.  Refuses: no such assessment (KERR_NOT_FOUND
 * "penilaian"); a caller who is not its employee (KERR_FORBIDDEN); an
 * assessment not ditetapkan (KERR_CONFLICT "penilaian"); blank or too
 * long reasons (KERR_INVALID "alasan"); a file refused as evidence would
 * be (field "berkas"); a second objection against the same assessment
 * (KERR_CONFLICT "penilaian"); the deadline passed (KERR_CONFLICT
 * "batas_waktu", naming the last day).  Fixes the decider: the atasan
 * pejabat penilai of the post the SKP covers (0 when nobody in the
 * system is: an administrator).  Sets *id.
 */
int store_objection_file(struct db *db, const struct actor *who,
			 const struct objection_filing *in, int64_t *id, struct kerr *err);

/* The atasan pejabat penilai asks the pejabat penilai for an explanation
 * (field "pertanyaan"); the case must be diajukan (KERR_CONFLICT
 * "status").  `version`: 0, or the one read (else KERR_CONFLICT
 * "version"). */
int store_objection_ask(struct db *db, const struct actor *who, int64_t id,
			const char *question, const char *actor_name, int64_t version,
			struct kerr *err);
/* The pejabat penilai explains (field "penjelasan"); the case must be
 * penjelasan_diminta (KERR_CONFLICT "status"). */
int store_objection_explain(struct db *db, const struct actor *who, int64_t id,
			    const char *explanation, const char *actor_name, int64_t version,
			    struct kerr *err);

struct objection_ruling {
	int64_t id;
	int64_t version;                 /* 0, or the one read */
	enum objection_decision decision;
	const char *text;                /* the written decision (field "alasan_putusan") */
	enum rating hasil, perilaku;     /* diubah only; RATING__LEVELS when not given */
	const char *hasil_reason;        /* diubah: required for a changed rating; NULL keeps */
	const char *perilaku_reason;
	const char *actor_name;
};

/*
 * Decides, for good.  The case must have had its explanation asked for
 * (objection_decidable; else KERR_CONFLICT "status"; decided already:
 * KERR_CONFLICT "status").  Refuses: no written decision (KERR_INVALID
 * "alasan_putusan"); tetap with a rating (KERR_INVALID "hasil_kerja" /
 * "perilaku_kerja"); diubah without both ratings on the three levels, or
 * with the ratings as they were (KERR_INVALID "hasil_kerja"), or a
 * changed rating without its justification ("alasan_hasil_kerja",
 * "alasan_perilaku_kerja").  diubah applies the ratings through
 * store_assessment_revise (the predicate recomputed, the step in the
 * assessment's history with the decision as its note).
 */
int store_objection_decide(struct db *db, const struct actor *who,
			   const struct objection_ruling *in, struct kerr *err);

/* Adds a file (the checks of evidence: size, extension, content; field
 * "berkas") to an undecided case (KERR_CONFLICT "status"), at most
 * EVIDENCE_FILES_MAX per case (KERR_CONFLICT "berkas").  Sets *id. */
int store_objection_attach(struct db *db, const struct actor *who, int64_t objection_id,
			   const struct objection_file *f, int64_t *id, struct kerr *err);
/* One attachment (no bytes); KERR_NOT_FOUND.  Release it. */
int store_objection_attachment_get(struct db *db, int64_t id, struct objection_attachment *out,
				   struct kerr *err);
/* Its bytes (malloc'ed, NUL added; free() them). */
int store_objection_attachment_data(struct db *db, int64_t id, void **data, size_t *len,
				    struct kerr *err);

/* ---- the deadline setting ------------------------------------------------------------ */

/* The days an employee has to file (OBJECTION_DAYS_DEFAULT when unset or
 * out of range). */
int store_objection_days(struct db *db, int *days, struct kerr *err);
/* Sets it (objection_days_check), audited as entity "pengaturan". */
int store_objection_days_set(struct db *db, const struct actor *who, int days,
			     struct kerr *err);

#endif
