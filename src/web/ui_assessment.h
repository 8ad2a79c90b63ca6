/*
 * ui_assessment.h - private declarations shared by the assessment pages:
 * the pejabat penilai's list (ui_assessment.c, which holds the route
 * table), the rating form (ui_assessment_form.c), the explanation of a
 * predicate (ui_assessment_explain.c), the unit predicate and curve pages
 * (ui_unit_overview.c, ui_unit_result.c) and the pieces they share (ui_assessment_parts.c):
 * badges, the 3x3 matrix with the employee's cell marked, the
 * achievements per RHK, the 360-degree aggregates, the feedback, and a
 * unit's curve table.
 */
#ifndef KINERJA_UI_ASSESSMENT_H
#define KINERJA_UI_ASSESSMENT_H

#include "http/assess_access.h"
#include "store/monitor.h"

struct req;

/* ---- shared pieces (ui_assessment_parts.c) ---------------------------------------------- */

void assess_rating_badge(struct req *r, enum rating x);
void assess_predicate_badge(struct req *r, enum predicate p);
/* "Draf", "Ditetapkan", "Diketahui pegawai", or "Belum dinilai". */
const char *assess_status_text(const struct assessment *a, int visible);
/* The predicate matrix; the cell of (hasil, perilaku) is marked when both
 * are given.  `id` is the table's id. */
void assess_matrix(struct req *r, enum rating hasil, enum rating perilaku, const char *id);
/* The ratings with their justifications, who gave them and when, and the
 * predicate; `decision` (NULL: none) is the step of an objection decision
 * that changed them (assess_decision_of): then it says so, whose decision
 * and when, and names the pejabat penilai as the one who rated first. */
void assess_ratings_block(struct req *r, const struct assessment *a,
			  const struct assessment_event *decision);
/* The last step among ev[0..n) (store_assessment_events) where an
 * objection decision changed assessment `assessment_id`'s ratings, or
 * NULL. */
const struct assessment_event *assess_decision_of(const struct assessment_event *ev, size_t n,
						 int64_t assessment_id);
/* "Penilaian periodik: Triwulan I" (the checkpoint named from cps) or
 * "Penilaian tahunan", as plain text into out. */
void assess_title(char *out, size_t size, const struct assessment *a,
		  const struct checkpoint *cps, size_t n_cp);
/* The achievement per RHK at checkpoint `only_cp`, or at every checkpoint
 * the SKP's months overlap (0). */
void assess_achievements(struct req *r, const struct skp *s, const struct skp_monitor *m,
			 int64_t only_cp);
/* The 360-degree aggregates by rater group of the rounds at checkpoint
 * `only_cp` (0: every round of the SKP's checkpoints); groups the
 * anonymity rules hide show only their number of answers, the
 * self-assessment only to the employee and the pejabat penilai. */
void assess_360(struct req *r, const struct assess_ctx *c, const struct skp_monitor *m,
		int64_t only_cp);
/* The continuous feedback on the SKP, one line per thread. */
void assess_feedback(struct req *r, int64_t skp_id);
/* A unit's curve: the unit predicate, the count and share of each
 * employee predicate, the rules with whether each is met, the
 * deviations; with_reason: the reason given, if any. */
void assess_curve_table(struct req *r, const struct unit_curve *c, int with_reason);
/* A link (nav pills) to each checkpoint of the period and the tahunan
 * assessment, on `base` ("/penilaian?periode=1" or "/penilaian/28?x=1"),
 * the current one marked. */
void assess_kind_pills(struct req *r, const char *base, const struct checkpoint *cps, size_t n,
		       enum assessment_kind kind, int64_t cp);

/* ---- the curve's basis (ui_unit_result.c) ------------------------------------------------- */

/* The query naming a basis: "jenis=tahunan" (basis 0) or "titik=ID". */
void unit_basis_query(char *buf, size_t size, int64_t basis);
/* Links to the curve on each basis (every checkpoint and the tahunan
 * predicates; `base` ends in "?...&"), and for a checkpoint the words
 * saying its spread is provisional. */
void unit_basis_pills(struct req *r, const char *base, const struct period *p, int64_t basis);

/* ---- handlers ------------------------------------------------------------------------ */

int page_assessment_form(struct req *r);
int page_assessment_save(struct req *r);
int page_assessment_ack(struct req *r);
int page_explain(struct req *r);
int page_unit_overview(struct req *r);
int page_unit_result(struct req *r);
int page_unit_result_set(struct req *r);
int page_unit_reason(struct req *r);

#endif
