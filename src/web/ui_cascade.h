/*
 * ui_cascade.h - private to ui_cascade.c (loading the view, the filter, the
 * boxes of gaps, the page) and ui_cascade_tree.c (the tree itself and how a
 * big one is folded): what the cascade page is drawn from.
 */
#ifndef KINERJA_UI_CASCADE_H
#define KINERJA_UI_CASCADE_H

#include "domain/cascade.h"
#include "store/plan.h"

struct req;
struct strbuf;

/* How much of the tree a page draws.  A tree with more nodes than the
 * budget (the cascade_max_nodes setting) is drawn down to `level` only
 * (goals are level 0); a node at that level with nodes below it gets a link
 * to the cascade of its owner's unit instead.  The tambahan section, whose
 * roots all sit at level 0, is only counted when it does not fit in what
 * the budget leaves. */
struct cascade_fold {
	int on;                  /* the tree is folded */
	int level;               /* deepest level drawn when on */
	int cut;                 /* some node of a drawn section is below `level` */
	int extra_hidden;        /* the tambahan section is only counted */
	size_t total, shown;     /* nodes in the tree, nodes drawn */
	size_t n_extra;          /* nodes in the tambahan section */
	unsigned char *drawn;    /* per row, when on: drawn on this page */
};

/* Everything the page is drawn from. */
struct cascade_view {
	struct period *periods;
	size_t np;
	struct period cur;
	int has_period;
	struct unit *units;
	size_t nu;
	int64_t unit_id;
	int full;                 /* ?lengkap=1: never fold */
	struct cascade c;
	struct cascade_layout lay;
	unsigned char *hidden;    /* per row: a goal above the unit nobody here supports */
	size_t n_goals, n_rhk, n_people, n_unsupported;
	struct cascade_fold fold;
};

/* ui_cascade_tree.c: decides the folding for a budget of nodes (after the
 * layout and the hidden goals are known); releases what it allocated. */
void cascade_fold_plan(struct cascade_view *v, size_t budget);
void cascade_fold_release(struct cascade_fold *f);
/* The notice above a folded tree, with the link that draws it whole. */
void cascade_fold_notice(struct strbuf *out, const struct cascade_view *v);
/* The link to RHK row i: "#r-ID" when this page draws it, else the cascade
 * of its owner's unit at that node. */
void cascade_rhk_href(struct strbuf *out, const struct cascade_view *v, size_t i);
/* The cascade proper and the tambahan section. */
void cascade_tree(struct strbuf *out, const struct cascade_view *v);

#endif
