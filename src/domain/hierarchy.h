/*
 * hierarchy.h - the position tree: loop checks, the pejabat penilai
 * (assessor) and the atasan pejabat penilai, and the position kinds.
 *
 * Positions (jabatan) form a tree through parent_id.  The person holding the
 * parent position assesses the holder of a position; when the parent is
 * vacant its acting holder (Plt) does; when both are missing the search goes
 * on up the chain.  Everything here is pure: the caller loads the positions
 * into an array, builds an index once and asks questions of it.  Every walk
 * up the tree is bounded by the number of positions, so data that already
 * contains a loop cannot hang a caller.
 */
#ifndef KINERJA_DOMAIN_HIERARCHY_H
#define KINERJA_DOMAIN_HIERARCHY_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"

struct pos_node {
	int64_t id;        /* > 0 */
	int64_t parent_id; /* 0 = root */
	int64_t holder_id; /* employee id, 0 = vacant */
	int64_t plt_id;    /* acting holder (Plt), 0 = none */
};

/* Opaque: a private copy of the nodes, sorted by id. */
struct pos_index;

/* Builds an index over a copy of nodes[0..n) (nodes may be freed after).
 * Returns NULL if an id is <= 0 or appears twice.  n may be 0. */
struct pos_index *pos_index_build(const struct pos_node *nodes, size_t n);
/* Frees the index; NULL is fine. */
void pos_index_free(struct pos_index *idx);
/* The node with this id, or NULL. */
const struct pos_node *pos_index_get(const struct pos_index *idx, int64_t id);

/* 1 if giving position pos_id the parent new_parent would create a loop
 * (including pos_id == new_parent), or if the chain above new_parent already
 * loops; 0 otherwise (also when new_parent is 0).  A parent id missing from
 * the index ends the chain. */
int hier_would_cycle(const struct pos_index *idx, int64_t pos_id, int64_t new_parent);

/* hier_would_cycle as a validation step: returns 0, or -1 with a message on
 * field "parent_code" when new_parent would make a loop or, being non-zero,
 * is not in the index. */
int hier_check_parent(const struct pos_index *idx, int64_t pos_id, int64_t new_parent,
		      struct kerr *err);

/* Employee id of the pejabat penilai of position pos_id: the holder of the
 * nearest position above it that has a holder or, failing that, a Plt.
 * A candidate who is the occupant of pos_id itself (holder, else Plt) is
 * skipped: nobody assesses themselves.  0 if nobody is found, pos_id is
 * unknown, or the chain loops back. */
int64_t hier_assessor(const struct pos_index *idx, int64_t pos_id);

/* Employee id of the atasan pejabat penilai of pos_id: the assessor of the
 * position through which hier_assessor found the assessor, with the
 * assessor as the person who may not assess themselves.  0 if none. */
int64_t hier_assessor_superior(const struct pos_index *idx, int64_t pos_id);

/* 1 if position `ancestor` lies strictly above pos_id in its chain, else 0. */
int hier_is_above(const struct pos_index *idx, int64_t ancestor, int64_t pos_id);

/*
 * Position kinds (jenis jabatan), as stored: "jpt_utama", "jpt_madya",
 * "jpt_pratama", "administrator", "pengawas", "fungsional", "pelaksana".
 * Input is matched ASCII case-insensitively.
 */

/* 1 if kind names a position kind, else 0 (NULL gives 0). */
int position_kind_valid(const char *kind);
/* The Indonesian label ("JPT Pratama", "Administrator", ...) or NULL. */
const char *position_kind_label(const char *kind);
/* The stored (lower-case) spelling of kind, or NULL if it is not one. */
const char *position_kind_canonical(const char *kind);
/* Number of kinds (7) and the i-th stored name in rank order, highest first
 * (NULL past the end): for building choice lists. */
size_t position_kind_count(void);
const char *position_kind_at(size_t i);

#endif
