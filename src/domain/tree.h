/*
 * tree.h - pure functions over trees given as parallel arrays: ids[i] is a
 * node and parents[i] its parent (0 for none).  Used for the unit tree and
 * the position tree.
 */
#ifndef KINERJA_DOMAIN_TREE_H
#define KINERJA_DOMAIN_TREE_H

#include <stddef.h>
#include <stdint.h>

/* A key and where it came from: keys[idx] == key. */
struct id_slot {
	int64_t id;
	size_t idx;
};

/* The n keys as slots sorted by key, equal keys in input order (a radix
 * sort: the cascade of a city sorts 150,000 keys several times per page).
 * Returns a malloc'ed array (room for at least one); free() it. */
struct id_slot *id_slots_sorted(const int64_t *keys, size_t n);
/* The input index of the first slot with `key` among the n sorted slots,
 * or n when there is none. */
size_t id_slots_find(const struct id_slot *s, size_t n, int64_t key);

/* Lays out n nodes as a tree: order[] gets the node indices depth-first,
 * each parent before its children, siblings in input order; depth[k] is the
 * depth of order[k] (0 for roots).  A node whose parent is 0, itself or not
 * among the ids is a root; nodes only reachable through a loop are listed
 * afterwards as roots.  Every node is listed exactly once.  All arrays are
 * the caller's, n entries each. */
void tree_order(const int64_t *ids, const int64_t *parents, size_t n, size_t *order, int *depth);

/* Marks which nodes lie at or below the node `root` (all when root is 0).
 * Returns a calloc'ed array of n flags; free() it.  Walks are bounded by n,
 * so a parent loop in the data cannot hang. */
unsigned char *tree_within(const int64_t *ids, const int64_t *parents, size_t n, int64_t root);

#endif
