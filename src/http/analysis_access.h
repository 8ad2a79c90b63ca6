/*
 * analysis_access.h - who may see what of the rater analysis, shared by
 * the pages and the API:
 *
 *   - the rater figures (list, a rater's detail, agreement, fairness) are
 *     HR's: an administrator and an auditor over everything, a pengelola
 *     over their scope unit and the units below it; a leader who is not
 *     HR is refused (KERR_FORBIDDEN), whatever they lead;
 *   - the adjusted view of a person is for those who may see that
 *     person's 360 results (r360_viewer_of);
 *   - a rater's own flags (the private nudge) are for the rater alone.
 *
 * An an_view holds what a request asks (?periode=ID, default the current
 * period; ?unit=ID within the viewer's scope) and the units it covers.
 */
#ifndef KINERJA_ANALYSIS_ACCESS_H
#define KINERJA_ANALYSIS_ACCESS_H

#include "core/err.h"
#include "store/analysis.h"
#include "store/plan.h"

struct req;

struct an_view {
	struct period period;
	int64_t root;             /* the viewer's scope: 0 everything */
	int64_t unit_id;          /* ?unit=, 0 when not asked */
	struct unit unit;         /* that unit */
	struct unit *units;
	size_t n_units;
	int64_t *in_ids;          /* ids of the units covered, sorted */
	size_t n_in;
};

/* 0 if the principal is HR for the analysis (see above), with *root
 * their scope; -1 with KERR_FORBIDDEN otherwise. */
int analysis_hr_root(struct req *r, int64_t *root, struct kerr *err);
/* Reads ?periode= (KERR_INVALID or KERR_NOT_FOUND on "periode") and, for
 * HR (hr set), ?unit= (KERR_INVALID "unit" unknown, KERR_FORBIDDEN outside
 * the scope), after checking the principal is HR. */
int an_view_open(struct req *r, int hr, struct an_view *v, struct kerr *err);
void an_view_release(struct an_view *v);
/* 1 if unit `unit_id` is covered by the view. */
int an_view_covers(const struct an_view *v, int64_t unit_id);
/* The scope's unit (a pengelola's), or NULL for everything. */
const struct unit *an_view_scope(const struct an_view *v);
/* What the figures cover, for a page's heading: the unit asked for,
 * "Cakupan Anda: <unit>", or "Seluruh kantor". */
void an_view_label(const struct an_view *v, char *buf, size_t size);
/* The same with the view as ctx (for store_fairness_tables). */
int an_view_covers_cb(const void *ctx, int64_t unit_id);
/* The basis of the fairness checks: ?titik=ID, a checkpoint of the view's
 * period (KERR_INVALID "titik" otherwise) or "tahunan", else the curve's default basis
 * (store_curve_default_basis); *checkpoint_id 0 for the tahunan
 * assessments; `name` "Penilaian tahunan" or the checkpoint's name. */
int an_view_basis(struct req *r, const struct an_view *v, int64_t *checkpoint_id, char *name,
		  size_t size, struct kerr *err);
/* The fairness checks of a view, as the page and the API show them: the
 * basis (an_view_basis), the anonymity threshold that pools small groups
 * (anonymity_threshold of the 360 settings), how many people have a final
 * predicate, and one table per dimension.  an_fairness_release() it
 * (nothing to release when loading failed). */
struct an_fairness {
	int64_t checkpoint_id;            /* 0: the tahunan assessments */
	char basis[64];
	int threshold;
	int people;
	struct fair_table t[FAIR__DIMS];
};
int an_fairness_load(struct req *r, const struct an_view *v, struct an_fairness *f,
		     struct kerr *err);
void an_fairness_release(struct an_fairness *f);
/* Per person of d: 1 if their unit is covered.  free() it. */
unsigned char *an_view_people(const struct an_view *v, const struct an_data *d);
/* Per person of a: 1 if the principal may see their 360 results.  free() it. */
unsigned char *an_viewable_ratees(struct req *r, const struct analysis *a);

#endif
