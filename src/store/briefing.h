/*
 * briefing.h - storing briefing (sosialisasi): guides with their quiz and
 * attachments, who they address, opening, quiz attempts,
 * acknowledgements, reminders, coverage per unit, and the setting that
 * names the criteria guide of the assessment.  The rules are
 * domain/briefing.h's; the schema is schema_briefing.c.
 *
 * Audience: a guide addresses the active employees (status aktif) whose
 * unit is its unit or lies below it, or every active employee when it is
 * for the whole office (unit_id 0).  This is worked out when asked, not
 * frozen at publication: an employee who joins the unit later is
 * addressed from then on (they need the briefing too); one who leaves it
 * (moves, pindah, pensiun) is no longer counted, while what they did
 * stays recorded.
 *
 * Versions: a guide starts at version 1.  A change of the title, the
 * text, the quiz or the attachments of a published guide makes the next
 * version: acknowledgements of older versions no longer count, and the
 * addressed employees open, answer and acknowledge it anew.  A change of
 * kind or audience only, or of a draft, keeps the version.
 *
 * Same conventions as the rest of the store: every change in one
 * transaction with its audit row (entity "panduan"; the setting:
 * "pengaturan"), 0 / -1 with `err`; a refusal writes nothing.  Whether
 * the employee is addressed is checked here, from the data; who may
 * manage and read is the caller's to check (http/briefing_access.h).
 */
#ifndef KINERJA_STORE_BRIEFING_H
#define KINERJA_STORE_BRIEFING_H

#include "store/store.h"
#include "domain/briefing.h"

struct guide_attachment {
	int64_t id;
	int64_t guide_id;
	char *name;
	char content_type[96];
	int64_t size;
	char sha256[65];
	int64_t created_at;
};

void guide_attachment_release(struct guide_attachment *a);

struct guide {
	int64_t id;
	char *title, *body;                 /* never NULL once loaded */
	enum briefing_kind kind;
	enum briefing_state state;
	int64_t unit_id;                    /* 0: the whole office */
	char unit_name[200];                /* "" for the whole office */
	int64_t version, rev;
	char created_by[300], published_by[300];
	int64_t created_at, updated_at, published_at;
	struct briefing_quiz quiz;          /* get only */
	struct guide_attachment *att;       /* get only, oldest first */
	size_t n_att;
};

void guide_release(struct guide *g);
void guides_free(struct guide *g, size_t n);

/* One guide with its quiz and attachments (no bytes); KERR_NOT_FOUND. */
int store_guide_get(struct db *db, int64_t id, struct guide *out, struct kerr *err);

#define GUIDE_LIST_MAX 500   /* newest first */

/* The guides HR sees: all (scope_unit 0), or those whose audience
 * overlaps the unit scope_unit and the units below it (the whole office,
 * a unit within it, or a unit above it); no quiz or attachments. */
int store_guide_list(struct db *db, int64_t scope_unit, struct guide **out, size_t *n,
		     struct kerr *err);

/* An employee's standing towards one guide. */
struct guide_status {
	int64_t first_opened_at;
	int64_t opened_at, opened_version;      /* the last version opened */
	int64_t acked_at, acked_version;        /* the newest acknowledgement */
	int64_t reminded_at, reminders;
};

/* 1 if the guide is read at its version, acknowledged at its version. */
int guide_status_opened(const struct guide *g, const struct guide_status *s);
int guide_status_acked(const struct guide *g, const struct guide_status *s);

/* The published guides addressing employee `employee_id`, newest first,
 * each with the employee's status (st[i] for out[i]); free() *st. */
int store_guide_list_mine(struct db *db, int64_t employee_id, struct guide **out,
			  struct guide_status **st, size_t *n, struct kerr *err);
/* 1 in *yes if guide g addresses employee `employee_id` now (whatever
 * its state). */
int store_guide_addresses(struct db *db, const struct guide *g, int64_t employee_id, int *yes,
			  struct kerr *err);
/* The employee's status towards guide g (zeros when none). */
int store_guide_status(struct db *db, const struct guide *g, int64_t employee_id,
		       struct guide_status *out, struct kerr *err);
/* The employee's newest attempt at the quiz of g's current version:
 * *found 0 when none; answers[0..n) the choices taken (n <= max). */
int store_guide_last_attempt(struct db *db, const struct guide *g, int64_t employee_id,
			     int *found, struct briefing_grade *grade, int *answers, int max,
			     struct kerr *err);

/* ---- coverage ---------------------------------------------------------------------------- */

/* Coverage of one unit: the addressed employees placed in it (not below). */
struct guide_coverage {
	int64_t unit_id;
	char unit_code[40];
	char unit_name[200];
	int64_t addressed, opened, acked;      /* at the current version */
};

/* Per unit of the addressed employees within scope_unit (0: all), by unit
 * code; free() *out. */
int store_guide_coverage(struct db *db, const struct guide *g, int64_t scope_unit,
			 struct guide_coverage **out, size_t *n, struct kerr *err);
/* The sums of store_guide_coverage, for lists. */
int store_guide_totals(struct db *db, const struct guide *g, int64_t scope_unit,
		       struct guide_coverage *out, struct kerr *err);

/* An addressed employee who has not acknowledged the current version. */
struct guide_pending {
	int64_t employee_id;
	char nip[20];
	char name[300];                 /* with titles */
	char unit_name[200];
	int64_t opened_at;              /* the current version; 0: not opened */
	int64_t reminded_at, reminders;
};

#define GUIDE_PENDING_MAX 2000
/* Within scope_unit (0: all), and within unit_id (0: any) too, by unit
 * and name, at most GUIDE_PENDING_MAX; free() *out. */
int store_guide_pending(struct db *db, const struct guide *g, int64_t scope_unit,
			int64_t unit_id, struct guide_pending **out, size_t *n, struct kerr *err);

/* ---- changes by HR ------------------------------------------------------------------------- */

struct guide_input {
	const char *title, *body;
	enum briefing_kind kind;
	int64_t unit_id;                       /* 0: the whole office */
	const struct briefing_quiz *quiz;      /* n 0: none */
	int64_t rev;                           /* update: 0, or the one read */
	const char *actor_name;
};

/* Creates a draft (checks: briefing_title_check, briefing_body_check,
 * briefing_quiz_check, an existing unit on "unit_id"); sets *id. */
int store_guide_create(struct db *db, const struct actor *who, const struct guide_input *in,
		       int64_t *id, struct kerr *err);
/* Changes a draft or a published guide (a withdrawn one: KERR_CONFLICT
 * "status"); a published one gets a new version when its title, text or
 * quiz changed (*new_version 1).  Nothing changed: nothing written. */
int store_guide_update(struct db *db, const struct actor *who, int64_t id,
		       const struct guide_input *in, int *new_version, struct kerr *err);
/* draf -> terbit (KERR_CONFLICT "status" otherwise). */
int store_guide_publish(struct db *db, const struct actor *who, int64_t id, int64_t rev,
			const char *actor_name, struct kerr *err);
/* draf or terbit -> ditarik; no longer the criteria guide. */
int store_guide_withdraw(struct db *db, const struct actor *who, int64_t id, int64_t rev,
			 struct kerr *err);

/* A file as uploaded. */
struct guide_file {
	const char *name;
	const void *data;
	size_t len;
};

/* Adds a file (the checks of evidence: size, extension, content by
 * libmagic; field "berkas"), at most EVIDENCE_FILES_MAX per guide
 * (KERR_CONFLICT "berkas"); a published guide gets a new version; a
 * withdrawn one refuses (KERR_CONFLICT "status").  Sets *id. */
int store_guide_attach(struct db *db, const struct actor *who, int64_t guide_id,
		       const struct guide_file *f, int64_t *id, struct kerr *err);
/* Removes attachment `id` (a published guide: new version). */
int store_guide_attachment_delete(struct db *db, const struct actor *who, int64_t id,
				  struct kerr *err);
/* One attachment (no bytes); KERR_NOT_FOUND.  Release it. */
int store_guide_attachment_get(struct db *db, int64_t id, struct guide_attachment *out,
			       struct kerr *err);
/* Its bytes (malloc'ed, NUL added; free() them). */
int store_guide_attachment_data(struct db *db, int64_t id, void **data, size_t *len,
				struct kerr *err);

/* Records a reminder for the addressed employees within scope_unit (0:
 * all) who have not acknowledged the current version, or for employee
 * `employee_id` alone (not addressed or outside the scope: KERR_INVALID
 * "pegawai_id"; acknowledged already: KERR_CONFLICT "pegawai_id").  The
 * guide must be published (KERR_CONFLICT "status").  *count: how many. */
int store_guide_remind(struct db *db, const struct actor *who, int64_t guide_id,
		       int64_t scope_unit, int64_t employee_id, int64_t *count, struct kerr *err);

/* ---- what the employee does ------------------------------------------------------------------ */

/* Records that the employee opened the current version of published
 * guide g (the first time ever, and the first time per version; nothing
 * when opened already).  Not addressed: nothing, 0. */
int store_guide_open(struct db *db, const struct actor *who, const struct guide *g,
		     int64_t employee_id, struct kerr *err);

/*
 * Keeps a quiz attempt (answers[0..n)) of the employee at the current
 * version, graded into *g; when it passes and `ack` is set, acknowledges
 * the version in the same transaction (*acked 1).  Refuses: the guide
 * not published (KERR_CONFLICT "status"); not addressed to the employee
 * (KERR_FORBIDDEN, naming it); no quiz (KERR_CONFLICT "kuis"); answers
 * of the wrong shape (KERR_INVALID "jawaban"); `version` given and not
 * the current one (KERR_CONFLICT "versi").
 */
int store_guide_answer(struct db *db, const struct actor *who, int64_t guide_id,
		       int64_t employee_id, int64_t version, const int *answers, int n, int ack,
		       struct briefing_grade *g, int *acked, struct kerr *err);
/*
 * Acknowledges the current version for the employee (opening it too when
 * they had not).  Refuses, writing nothing: the guide not published
 * (KERR_CONFLICT "status"); not addressed to the employee
 * (KERR_FORBIDDEN "pegawai", naming the audience); `version` given and
 * not the current one (KERR_CONFLICT "versi"); a quiz without a passing
 * attempt at this version (KERR_CONFLICT "kuis").  Acknowledged already:
 * 0 with *again 1, nothing written.
 */
int store_guide_acknowledge(struct db *db, const struct actor *who, int64_t guide_id,
			    int64_t employee_id, int64_t version, int *again, struct kerr *err);

/* ---- the criteria guide of the assessment ---------------------------------------------------- */

#define GUIDE_CRITERIA_KEY "panduan_kriteria"

/* The criteria guide: its id and title (*id 0 when none is set, or it is
 * no longer published). */
int store_guide_criteria(struct db *db, int64_t *id, char *title, size_t size,
			 struct kerr *err);
/* Sets it (0 clears): a published guide for the whole office
 * (KERR_CONFLICT "panduan_id" otherwise; unknown: KERR_INVALID). */
int store_guide_criteria_set(struct db *db, const struct actor *who, int64_t guide_id,
			     struct kerr *err);


#endif
