/*
 * tree.c - pure functions over trees given as parallel id/parent arrays:
 * the depth-first order used to draw unit and position trees, and the set
 * of nodes at or below a root.  Loops in the data never hang them.
 */
#include "domain/tree.h"
#include "core/strbuf.h"

#include <stdlib.h>

/* ---- ids sorted for lookup ------------------------------------------------ */

struct id_slot {
	int64_t id;
	size_t idx;
};

static int slot_cmp(const void *a, const void *b)
{
	const struct id_slot *x = a, *y = b;
	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Index of `id` in the sorted slots, or n. */
static size_t slot_find(const struct id_slot *s, size_t n, int64_t id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && s[lo].id == id ? s[lo].idx : n;
}

static struct id_slot *slots_by(const int64_t *keys, size_t n)
{
	struct id_slot *s = xcalloc(n ? n : 1, sizeof *s);
	for (size_t i = 0; i < n; i++)
		s[i] = (struct id_slot){ keys[i], i };
	qsort(s, n, sizeof *s, slot_cmp);
	return s;
}

/* ---- tree order ------------------------------------------------------------ */

/* Pushes the children of node i (found in the by-parent slots) so that they
 * pop in input order. */
static void push_children(const struct id_slot *byp, size_t n, size_t i, int64_t id,
			  size_t *stack, size_t *top, int *depth, int d)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (byp[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t end = lo;
	while (end < n && byp[end].id == id)
		end++;
	for (size_t k = end; k > lo; k--) {
		if (byp[k - 1].idx == i)
			continue;
		depth[byp[k - 1].idx] = d;
		stack[(*top)++] = byp[k - 1].idx;
	}
}

/* Depth-first walk from `start`, appending to order[]. */
static void walk_from(size_t start, const int64_t *ids, const struct id_slot *byp, size_t n,
		      unsigned char *seen, size_t *stack, int *d, size_t *order, int *depth,
		      size_t *out)
{
	size_t top = 0;
	stack[top++] = start;
	while (top) {
		size_t i = stack[--top];
		if (seen[i])
			continue;
		seen[i] = 1;
		order[*out] = i;
		depth[(*out)++] = d[i];
		push_children(byp, n, i, ids[i], stack, &top, d, d[i] + 1);
	}
}

void tree_order(const int64_t *ids, const int64_t *parents, size_t n, size_t *order, int *depth)
{
	struct id_slot *byid = slots_by(ids, n), *byp = slots_by(parents, n);
	unsigned char *seen = xcalloc(n ? n : 1, 1);
	size_t *stack = xcalloc(2 * n + 1, sizeof *stack);
	int *d = xcalloc(n ? n : 1, sizeof *d);
	size_t out = 0;
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < n; i++) {
			int root = parents[i] == 0 || parents[i] == ids[i] ||
				   slot_find(byid, n, parents[i]) == n;
			if (seen[i] || (pass == 0 && !root))
				continue;
			d[i] = 0;   /* pass 1: what a loop left unreached */
			walk_from(i, ids, byp, n, seen, stack, d, order, depth, &out);
		}
	}
	free(d);
	free(stack);
	free(seen);
	free(byp);
	free(byid);
}

unsigned char *tree_within(const int64_t *ids, const int64_t *parents, size_t n, int64_t root)
{
	unsigned char *in = xcalloc(n ? n : 1, 1);
	struct id_slot *s = slots_by(ids, n);
	for (size_t i = 0; i < n; i++) {
		size_t at = i;
		for (size_t steps = 0; at < n && steps <= n && !in[i]; steps++) {
			if (root == 0 || ids[at] == root)
				in[i] = 1;
			at = parents[at] ? slot_find(s, n, parents[at]) : n;
		}
	}
	free(s);
	return in;
}
