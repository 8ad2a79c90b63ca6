/*
 * cascade.h - pure rules over the cascade of results: organisation goals at
 * the top, each RHK pointing at the superior's RHK it supports (intervensi)
 * or at a goal.  Lays the cascade out as a tree for the cascade view and
 * finds the goals nobody works on and the results that support nothing.
 */
#ifndef KINERJA_DOMAIN_CASCADE_H
#define KINERJA_DOMAIN_CASCADE_H

#include <stddef.h>
#include <stdint.h>

/* One node: an organisation goal or an RHK.  Keys are unique across both
 * kinds: a goal's key is -goal_id, an RHK's key is its id. */
struct cascade_item {
	int64_t key;
	int64_t parent_key;   /* RHK: its parent RHK's id, or -goal_id, or 0; goal: 0 */
	int is_goal;
	int must_support;     /* an utama RHK that should support something */
};

struct cascade_layout {
	size_t n;
	size_t *order;          /* item indices depth-first, parents before children */
	int *depth;             /* depth of order[k] */
	unsigned char *unsupported;  /* per item: a goal that no RHK supports */
	unsigned char *orphan;       /* per item: must_support but points at nothing known */
	size_t n_unsupported, n_orphan;
};

/* Lays the items out.  An RHK whose parent is not among the items is a root
 * (and an orphan when must_support).  Returns 0; the layout owns its arrays. */
int cascade_layout(const struct cascade_item *items, size_t n, struct cascade_layout *out);
void cascade_layout_release(struct cascade_layout *l);

/* 1 if pointing RHK `rhk_id` at parent RHK `new_parent` would make the
 * intervensi chain loop (including rhk_id == new_parent).  ids[i] has
 * parent parents[i] (0 = none), n entries. */
int cascade_would_cycle(const int64_t *ids, const int64_t *parents, size_t n, int64_t rhk_id,
			int64_t new_parent);

#endif
