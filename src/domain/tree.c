/*
 * tree.c - pure functions over trees given as parallel id/parent arrays:
 * the depth-first order used to draw unit and position trees, and the set
 * of nodes at or below a root.  Loops in the data never hang them.
 */
#include "domain/tree.h"
#include "core/strbuf.h"

#include <stdlib.h>

/* ---- ids sorted for lookup ------------------------------------------------ */

/* Byte `shift / 8` of a key, with the sign bit flipped so that negative keys
 * (the cascade's goals) sort before positive ones. */
static unsigned key_byte(int64_t id, int shift)
{
	return (unsigned)((((uint64_t)id ^ (UINT64_C(1) << 63)) >> shift) & 0xff);
}

/* One stable counting pass on a byte; 0 (nothing moved) when every key has
 * the same byte there. */
static int radix_pass(const struct id_slot *from, struct id_slot *to, size_t n, int shift)
{
	size_t count[257] = { 0 };
	for (size_t i = 0; i < n; i++)
		count[key_byte(from[i].id, shift) + 1]++;
	if (count[key_byte(from[0].id, shift) + 1] == n)
		return 0;
	for (int b = 0; b < 256; b++)
		count[b + 1] += count[b];
	for (size_t i = 0; i < n; i++)
		to[count[key_byte(from[i].id, shift)]++] = from[i];
	return 1;
}

struct id_slot *id_slots_sorted(const int64_t *keys, size_t n)
{
	struct id_slot *s = xcalloc(n ? n : 1, sizeof *s), *tmp;
	if (n < 2) {
		if (n)
			s[0] = (struct id_slot){ keys[0], 0 };
		return s;
	}
	tmp = xcalloc(n, sizeof *tmp);
	for (size_t i = 0; i < n; i++)
		s[i] = (struct id_slot){ keys[i], i };
	for (int shift = 0; shift < 64; shift += 8) {
		if (radix_pass(s, tmp, n, shift)) {
			struct id_slot *t = s;
			s = tmp;
			tmp = t;
		}
	}
	free(tmp);
	return s;
}

/* Index in the sorted slots of the first slot with `id` (or where it would go). */
static size_t slot_lower(const struct id_slot *s, size_t n, int64_t id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t id_slots_find(const struct id_slot *s, size_t n, int64_t id)
{
	size_t lo = slot_lower(s, n, id);
	return lo < n && s[lo].id == id ? s[lo].idx : n;
}

/* ---- tree order ------------------------------------------------------------ */

/* Pushes the children of node i (found in the by-parent slots) so that they
 * pop in input order. */
static void push_children(const struct id_slot *byp, size_t n, size_t i, int64_t id,
			  size_t *stack, size_t *top, int *depth, int d)
{
	size_t lo = slot_lower(byp, n, id), end = lo;
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
	struct id_slot *byid = id_slots_sorted(ids, n), *byp = id_slots_sorted(parents, n);
	unsigned char *seen = xcalloc(n ? n : 1, 1);
	size_t *stack = xcalloc(2 * n + 1, sizeof *stack);
	int *d = xcalloc(n ? n : 1, sizeof *d);
	size_t out = 0;
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < n; i++) {
			int root = parents[i] == 0 || parents[i] == ids[i] ||
				   id_slots_find(byid, n, parents[i]) == n;
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
	struct id_slot *s = id_slots_sorted(ids, n);
	for (size_t i = 0; i < n; i++) {
		size_t at = i;
		for (size_t steps = 0; at < n && steps <= n && !in[i]; steps++) {
			if (root == 0 || ids[at] == root)
				in[i] = 1;
			at = parents[at] ? id_slots_find(s, n, parents[at]) : n;
		}
	}
	free(s);
	return in;
}
