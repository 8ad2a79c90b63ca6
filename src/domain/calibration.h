/*
 * calibration.h - the pure rules of calibrating a unit's assessments
 * (kalibrasi, issue 7): the states of a proposed change, what a proposal
 * and a decision on it are checked against, the rows of the calibration
 * table and their stable order by column, and the spread of predicates a
 * unit would have were the open proposals accepted.  No I/O: the store
 * (store/calibration.h) gathers the facts and applies these.
 *
 * The course of a proposal: the unit's leader or HR proposes new ratings
 * for one final assessment, with a reason (diajukan); the assessment's
 * pejabat penilai accepts it (diterima: the ratings change through the
 * assessment's revision path) or rejects it with a note (ditolak); the
 * proposer may withdraw it while it waits (ditarik).  One open proposal
 * per assessment.
 */
#ifndef KINERJA_DOMAIN_CALIBRATION_H
#define KINERJA_DOMAIN_CALIBRATION_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "domain/assess.h"
#include "domain/monitor.h"

enum calib_state { CALIB_DIAJUKAN, CALIB_DITERIMA, CALIB_DITOLAK, CALIB_DITARIK, CALIB__STATES };

/* "diajukan", "diterima", "ditolak", "ditarik" (stored and in the API)
 * and "Menunggu keputusan", "Diterima", "Ditolak", "Ditarik". */
const char *calib_state_name(enum calib_state s);
const char *calib_state_label(enum calib_state s);
int calib_state_parse(const char *name, enum calib_state *out);

/* Characters in a reason or a note (as an assessment's justification). */
enum { CALIB_TEXT_MAX = 2000 };

/* ---- proposing ------------------------------------------------------------------------ */

/* The facts a proposal is checked against, read by the store. */
struct calib_target {
	int final;                   /* the assessment is ditetapkan */
	int period_closed;           /* its period is ditutup */
	int checkpoint_closed;       /* periodik, at a closed checkpoint */
	int open_proposal;           /* another proposal of it still waits */
	int by_assessor;             /* the proposer rated it themself */
	enum rating hasil, perilaku; /* as it is now */
};

/* What is proposed: a rating not given (RATING__LEVELS) stays as it is. */
struct calib_change {
	enum rating hasil, perilaku;
	const char *reason;
};

/*
 * Checks a proposal and gives the ratings it proposes (the ones not given
 * kept) in *hasil / *perilaku.  Refuses, in this order: an assessment not
 * ditetapkan (KERR_CONFLICT "penilaian"); a closed period (KERR_CONFLICT
 * "periode"); a closed checkpoint (KERR_CONFLICT "titik"); another
 * proposal still waiting (KERR_CONFLICT "penilaian"); the assessor
 * proposing on their own assessment, which they change on its form
 * (KERR_CONFLICT "penilaian"); no rating given, or the ratings as they
 * are (KERR_INVALID "hasil_kerja"); a reason blank, too long or not text
 * (KERR_INVALID "alasan").
 */
int calib_proposal_check(const struct calib_target *t, const struct calib_change *c,
			 enum rating *hasil, enum rating *perilaku, struct kerr *err);

/* ---- deciding ------------------------------------------------------------------------- */

enum calib_step { CALIB_ACCEPT, CALIB_REJECT, CALIB_WITHDRAW };

/* "terima", "tolak", "tarik" (the API's paths and the audit's actions). */
const char *calib_step_name(enum calib_step s);

/*
 * Checks a step on a proposal in state `s`: it must still wait
 * (KERR_CONFLICT "status", naming what became of it); a rejection needs a
 * note, the others may have one (KERR_INVALID "catatan": blank for a
 * rejection, too long, not text).  Accepting also re-checks the
 * assessment (`t`, read now): still ditetapkan, period and checkpoint not
 * closed (as calib_proposal_check), and its ratings unchanged since the proposal
 * (`changed`: KERR_CONFLICT "penilaian").
 */
int calib_step_check(enum calib_state s, enum calib_step step, const char *note,
		     const struct calib_target *t, int changed, struct kerr *err);

/* ---- the table -------------------------------------------------------------------------- */

/* One employee of the unit, side by side. */
struct calib_row {
	int64_t employee_id, skp_id, assessment_id;   /* 0: none */
	char nip[20];
	char name[300];               /* with titles */
	char name_key[300];           /* for sorting by name */
	char position_name[200];
	int64_t unit_id;
	char unit_code[64];
	char unit_name[200];
	int64_t assessor_id;          /* who rated (0: an administrator) */
	char assessor_name[300];
	int final;                    /* a ditetapkan assessment: the ratings are set */
	enum rating hasil, perilaku;  /* RATING__LEVELS unless final */
	enum predicate predicate;     /* PRED__COUNT unless final */
	int64_t version;              /* of the assessment */
	struct pct capaian;           /* of the SKP at the basis's checkpoint */
	int r360_visible;             /* the viewer may see this person's 360 results */
	int r360_answers;             /* answers of others (atasan, rekan, bawahan) */
	int r360_shown;               /* a mean may be shown (the anonymity threshold met) */
	double r360_mean;             /* pooled mean of the shown groups' scores */
	int r360_scale;               /* 3 or 5; 0 without a round */
	int flags_known;              /* the assessor's rater figures are known and visible */
	unsigned assessor_flags;      /* enum rs_flag bits (domain/raterstats.h) */
	int64_t open_proposal;        /* the proposal waiting on this assessment, 0 */
	enum predicate proposed;      /* the predicate it proposes (PRED__COUNT: none) */
};

enum calib_sort {
	CALIB_SORT_NAMA, CALIB_SORT_UNIT, CALIB_SORT_HASIL, CALIB_SORT_PERILAKU,
	CALIB_SORT_PREDIKAT, CALIB_SORT_CAPAIAN, CALIB_SORT_360, CALIB_SORT_PENILAI,
	CALIB__SORTS
};

/* "nama", "unit", "hasil", "perilaku", "predikat", "capaian", "360",
 * "penilai" (?urut=) and the column headings. */
const char *calib_sort_name(enum calib_sort k);
const char *calib_sort_label(enum calib_sort k);
/* NULL or "" is nama; KERR_INVALID "urut" naming the keys for anything
 * else. */
int calib_sort_parse(const char *name, enum calib_sort *out, struct kerr *err);
/* NULL, "" or "naik" is ascending, "turun" descending; KERR_INVALID "arah". */
int calib_dir_parse(const char *name, int *desc, struct kerr *err);

/*
 * Orders rows by key (descending when desc), stably: equal keys keep
 * the order by name key, then employee id.  Rows without a value for the
 * key (not rated, no achievement, no 360 mean shown) come last in either
 * direction.  Ratings and predicates compare by their rank (low to high).
 */
void calib_sort_rows(struct calib_row *rows, size_t n, enum calib_sort key, int desc);

/* The rater flags of `flags` (enum rs_flag bits) joined by ", ": their
 * codes ("lenient, halo") or labels ("Lunak, Efek halo"); "" for none. */
struct strbuf;
void calib_flags_text(unsigned flags, int codes, struct strbuf *out);

/* ---- the spread if the proposals were accepted --------------------------------------------- */

/* Moves one person from predicate `from` to `to` in count[] (a predicate
 * outside the enum moves nobody out, or in). */
void calib_project(int count[PRED__COUNT], enum predicate from, enum predicate to);

#endif
