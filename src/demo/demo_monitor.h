/*
 * demo_monitor.h - internals of the demo office's year so far (Triwulan
 * I-III 2026): the people and approved SKPs that demo_monitor.c loads and
 * plans, shared with demo_review.c (feedback, 360, assessments, unit
 * predicates, the objection), and the word tables of demo_monitor_text.c.
 *
 * Every change goes through the store as the person who would make it in
 * the office (struct worker's account): the employee records realisasi,
 * the pejabat penilai writes feedback and rates, the pengelola runs the 360
 * rounds, an administrator closes checkpoints.  Texts may hold "{tw}" (the
 * checkpoint, "Triwulan II"), "{pct}" (a capaian, "97"), "{nilai}" (a
 * BerAKHLAK value, "Akuntabel") and "{sapa}" ("Bapak" / "Ibu", the person
 * addressed); demo_fill() fills them.  Everything is invented demo data.
 */
#ifndef KINERJA_DEMO_MONITOR_H
#define KINERJA_DEMO_MONITOR_H

#include <stddef.h>

#include "demo/demo.h"
#include "store/assessment.h"

#define DEMO_QUARTERS 3          /* Triwulan I, II and III */

/* An employee with their account. */
struct worker {
	int64_t employee_id;
	int64_t user_id;
	char login[64];
	char name[300];              /* with titles, as they sign */
	char nip[20];
	int female;                  /* the NIP's sex digit */
	char post[40];               /* position code */
	int64_t unit_id;             /* the unit of that post */
};

/* An approved SKP and what the year brings it. */
struct plan {
	struct skp skp;
	const struct worker *owner;
	const struct worker *assessor;   /* NULL: an administrator rates (the Camat) */
	enum predicate pred[DEMO_QUARTERS];
	enum rating hasil[DEMO_QUARTERS], perilaku[DEMO_QUARTERS];
	int64_t assessment_id[DEMO_QUARTERS];
	int talked;                      /* feedback written on it this quarter */
};

struct mon_ctx {
	struct db *db;
	struct kerr *err;
	struct demo_rng rng;
	int64_t period_id;
	struct checkpoint cp[DEMO_QUARTERS];
	struct worker *w;
	size_t n_w;
	struct plan *p;
	size_t n_p;
	const struct worker *admin, *pengelola;
};

/* The actor of a worker's account. */
struct actor demo_actor(const struct worker *w);
const struct worker *demo_worker(const struct mon_ctx *c, int64_t employee_id);
const struct worker *demo_worker_at(const struct mon_ctx *c, const char *post);
struct plan *demo_plan_of(const struct mon_ctx *c, int64_t employee_id);
/* tmpl with {tw}, {pct}, {nilai} and {sapa} filled in (NULL: left as is). */
void demo_fill(char *out, size_t size, const char *tmpl, const char *tw, const char *pct,
	       const char *nilai, const char *sapa);
/* Rewords c->err as "Data demo WHERE: message" (code and field kept); -1. */
int demo_fail(struct mon_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "Bapak" or "Ibu" for w. */
const char *demo_sapa(const struct worker *w);
/* One of n texts, drawn with the context's generator. */
const char *demo_pick(struct mon_ctx *c, const char *const *texts, size_t n);
/* A small valid one-page PDF (libmagic: application/pdf) saying `text`;
 * strbuf_release() it. */
void demo_pdf(struct strbuf *out, const char *title, const char *text);

/* demo_review.c: one step of quarter q (0..2) each. */
int demo_feedback(struct mon_ctx *c, int q);
int demo_round360(struct mon_ctx *c, int q);
int demo_assess(struct mon_ctx *c, int q);
int demo_unit_predicates(struct mon_ctx *c);
int demo_objection(struct mon_ctx *c);
/* demo_followup.c: TPP, guidance and briefing after Triwulan III. */
int demo_followup(struct mon_ctx *c);
/* The nominations of pegawai berprestasi and a completed survey of the
 * system (demo_recognition.c), the last of demo_followup. */
int demo_recognition(struct mon_ctx *c);

/* ---- the words (demo_monitor_text.c) ---------------------------------------------- */

#define DEMO_VARIANTS 4          /* texts per rating level in the tables below */

/* What Triwulan III brings a post (all others: Baik). */
struct demo_outcome {
	const char *post;
	enum predicate pred;
};
extern const struct demo_outcome demo_outcomes[];
extern const size_t demo_n_outcomes;

/* A unit's predicate for 2026 and the leader's note. */
struct demo_unit_pred {
	const char *unit;
	enum unit_predicate pred;
	const char *note;
};
extern const struct demo_unit_pred demo_unit_preds[];
extern const size_t demo_n_unit_preds;

/* Realisasi: the note, and the lead of a kualitatif description. */
extern const char *const demo_real_note[RATING__LEVELS][DEMO_VARIANTS];
extern const char *const demo_real_words[RATING__LEVELS];
/* Titles of evidence links by IKI aspect (kuantitas, kualitas, waktu, biaya). */
extern const char *const demo_link_title[4];

/* Feedback: the superior on an RHK and on a value, and the replies (by
 * the rating the superior wrote about). */
extern const char *const demo_fb_rhk[RATING__LEVELS][DEMO_VARIANTS];
extern const char *const demo_fb_value[RATING__LEVELS][DEMO_VARIANTS];
extern const char *const demo_fb_reply[RATING__LEVELS][DEMO_VARIANTS];
/* The demo "pegawai"'s threads, in order (see demo_review.c). */
extern const char *const demo_fb_pegawai[6];

/* 360: comments by the level given, reasons to decline. */
extern const char *const demo_360_comment[RATING__LEVELS][DEMO_VARIANTS];
extern const char *const demo_360_decline[2];

/* Assessments: the justifications by rating, with and without a capaian. */
extern const char *const demo_hasil_reason[RATING__LEVELS][DEMO_VARIANTS];
extern const char *const demo_hasil_words[RATING__LEVELS];
extern const char *const demo_perilaku_reason[RATING__LEVELS][DEMO_VARIANTS];
/* The one Kurang/Misconduct of Triwulan III (perilaku kerja Di Bawah). */
extern const char *const demo_misconduct_reason;

/* The objection in progress: who, the ratings they object to, their
 * reasons, and the atasan's question to the pejabat penilai. */
extern const char *const demo_objector_post;
extern const char *const demo_objector_hasil, *const demo_objector_perilaku;
extern const char *const demo_objection_reasons;
extern const char *const demo_objection_question;

#endif
