/*
 * cascade.c - the cascade of results as a tree: organisation goals at the
 * top, each RHK under the RHK or goal it supports; the goals no RHK
 * supports and the utama RHKs that point at nothing known; and the check
 * that a new intervensi link would not make the chain loop.  See cascade.h.
 */
#include "domain/cascade.h"
#include "domain/tree.h"
#include "core/strbuf.h"

#include <stdlib.h>
#include <string.h>

/* ---- layout ------------------------------------------------------------------ */

/* Flags goals without a supporting RHK and utama RHKs whose parent is
 * missing (0, itself, or not among the items). */
static void mark_gaps(const struct cascade_item *items, size_t n, struct cascade_layout *out)
{
	int64_t *keys = xcalloc(n ? n : 1, sizeof *keys);
	int64_t *supported = xcalloc(n ? n : 1, sizeof *supported);
	size_t n_sup = 0;
	for (size_t i = 0; i < n; i++) {
		keys[i] = items[i].key;
		if (!items[i].is_goal && items[i].parent_key && items[i].parent_key != items[i].key)
			supported[n_sup++] = items[i].parent_key;
	}
	struct id_slot *by_key = id_slots_sorted(keys, n), *sup = id_slots_sorted(supported, n_sup);
	for (size_t i = 0; i < n; i++) {
		const struct cascade_item *it = &items[i];
		if (it->is_goal && id_slots_find(sup, n_sup, it->key) == n_sup) {
			out->unsupported[i] = 1;
			out->n_unsupported++;
		} else if (!it->is_goal && it->must_support &&
			   (!it->parent_key || it->parent_key == it->key ||
			    id_slots_find(by_key, n, it->parent_key) == n)) {
			out->orphan[i] = 1;
			out->n_orphan++;
		}
	}
	free(sup);
	free(by_key);
	free(supported);
	free(keys);
}

int cascade_layout(const struct cascade_item *items, size_t n, struct cascade_layout *out)
{
	memset(out, 0, sizeof *out);
	out->n = n;
	out->order = xcalloc(n, sizeof *out->order);
	out->depth = xcalloc(n, sizeof *out->depth);
	out->unsupported = xcalloc(n, 1);
	out->orphan = xcalloc(n, 1);
	int64_t *keys = xcalloc(n, sizeof *keys), *parents = xcalloc(n, sizeof *parents);
	for (size_t i = 0; i < n; i++) {
		keys[i] = items[i].key;
		parents[i] = items[i].parent_key;
	}
	tree_order(keys, parents, n, out->order, out->depth);
	free(parents);
	free(keys);
	mark_gaps(items, n, out);
	return 0;
}

void cascade_layout_release(struct cascade_layout *l)
{
	if (!l)
		return;
	free(l->order);
	free(l->depth);
	free(l->unsupported);
	free(l->orphan);
	memset(l, 0, sizeof *l);
}

/* ---- loops ---------------------------------------------------------------------- */

/* Walks up from new_parent: a loop if the walk reaches rhk_id, or runs
 * longer than there are entries (the existing chain already loops). */
int cascade_would_cycle(const int64_t *ids, const int64_t *parents, size_t n, int64_t rhk_id,
			int64_t new_parent)
{
	if (!new_parent)
		return 0;
	if (new_parent == rhk_id)
		return 1;
	struct id_slot *s = id_slots_sorted(ids, n);
	int loop = 1;
	int64_t at = new_parent;
	for (size_t steps = 0; steps <= n; steps++) {
		if (at == rhk_id)
			break;
		size_t k = id_slots_find(s, n, at);
		if (k == n || !parents[k]) {
			loop = 0;
			break;
		}
		at = parents[k];
	}
	free(s);
	return loop;
}
