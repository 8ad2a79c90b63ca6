/*
 * hierarchy.c - walks over the position tree (see hierarchy.h) and the table
 * of position kinds.
 */
#include "domain/hierarchy.h"
#include "core/strbuf.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct pos_index {
	struct pos_node *nodes; /* sorted by id */
	size_t n;
};

static int cmp_node(const void *a, const void *b)
{
	int64_t x = ((const struct pos_node *)a)->id;
	int64_t y = ((const struct pos_node *)b)->id;
	return (x > y) - (x < y);
}

struct pos_index *pos_index_build(const struct pos_node *nodes, size_t n)
{
	struct pos_index *idx = xmalloc(sizeof *idx);
	idx->nodes = xcalloc(n, sizeof *idx->nodes);
	idx->n = n;
	if (n)
		memcpy(idx->nodes, nodes, n * sizeof *nodes);
	qsort(idx->nodes, n, sizeof *idx->nodes, cmp_node);
	for (size_t i = 0; i < n; i++) {
		if (idx->nodes[i].id <= 0 || (i && idx->nodes[i].id == idx->nodes[i - 1].id)) {
			pos_index_free(idx);
			return NULL;
		}
	}
	return idx;
}

void pos_index_free(struct pos_index *idx)
{
	if (!idx)
		return;
	free(idx->nodes);
	free(idx);
}

const struct pos_node *pos_index_get(const struct pos_index *idx, int64_t id)
{
	struct pos_node key = { .id = id };
	if (!idx || !idx->n)
		return NULL;
	return bsearch(&key, idx->nodes, idx->n, sizeof key, cmp_node);
}

int hier_would_cycle(const struct pos_index *idx, int64_t pos_id, int64_t new_parent)
{
	if (new_parent == 0)
		return 0;
	/* A chain without loops visits each node once: more steps mean a loop. */
	size_t steps = 0;
	for (int64_t cur = new_parent; cur != 0; steps++) {
		if (cur == pos_id || steps > idx->n)
			return 1;
		const struct pos_node *node = pos_index_get(idx, cur);
		if (!node)
			return 0;
		cur = node->parent_id;
	}
	return 0;
}

int hier_check_parent(const struct pos_index *idx, int64_t pos_id, int64_t new_parent,
		      struct kerr *err)
{
	if (new_parent != 0 && !pos_index_get(idx, new_parent))
		return kerr_set(err, KERR_INVALID, "parent_code",
				"Jabatan atasan tidak ditemukan");
	if (hier_would_cycle(idx, pos_id, new_parent))
		return kerr_set(err, KERR_INVALID, "parent_code",
				"Jabatan atasan membentuk lingkaran (loop): jabatan tidak boleh "
				"berada di bawah dirinya sendiri atau di bawah bawahannya");
	return 0;
}

/* The person in a position: its holder, else its Plt (0 if nobody). */
static int64_t occupant(const struct pos_node *node)
{
	return node->holder_id ? node->holder_id : node->plt_id;
}

/* Walks up from the parent of `start` to the first position whose occupant
 * is neither 0 nor `self`; stores that position's id in *at and returns the
 * occupant.  Returns 0 if the walk ends, or reaches `stop` (the position the
 * question is about, met again only through a loop), without one. */
static int64_t find_assessor(const struct pos_index *idx, int64_t start, int64_t stop,
			     int64_t self, int64_t *at)
{
	const struct pos_node *node = pos_index_get(idx, start);
	if (!node)
		return 0;
	size_t steps = 0;
	for (int64_t cur = node->parent_id; cur != 0 && cur != stop; steps++) {
		const struct pos_node *up = pos_index_get(idx, cur);
		if (!up || steps > idx->n)
			return 0;
		int64_t who = occupant(up);
		if (who && who != self) {
			*at = cur;
			return who;
		}
		cur = up->parent_id;
	}
	return 0;
}

int64_t hier_assessor(const struct pos_index *idx, int64_t pos_id)
{
	const struct pos_node *node = pos_index_get(idx, pos_id);
	int64_t at = 0;
	if (!node)
		return 0;
	return find_assessor(idx, pos_id, pos_id, occupant(node), &at);
}

int64_t hier_assessor_superior(const struct pos_index *idx, int64_t pos_id)
{
	const struct pos_node *node = pos_index_get(idx, pos_id);
	int64_t at = 0, at2 = 0;
	if (!node)
		return 0;
	int64_t assessor = find_assessor(idx, pos_id, pos_id, occupant(node), &at);
	if (!assessor)
		return 0;
	return find_assessor(idx, at, pos_id, assessor, &at2);
}

int hier_is_above(const struct pos_index *idx, int64_t ancestor, int64_t pos_id)
{
	const struct pos_node *node = pos_index_get(idx, pos_id);
	if (!node || ancestor == 0)
		return 0;
	size_t steps = 0;
	for (int64_t cur = node->parent_id; cur != 0 && steps <= idx->n; steps++) {
		if (cur == ancestor)
			return cur != pos_id;
		const struct pos_node *up = pos_index_get(idx, cur);
		if (!up)
			return 0;
		cur = up->parent_id;
	}
	return 0;
}

static const struct {
	const char *name, *label;
} kinds[] = {
	{ "jpt_utama", "JPT Utama" },
	{ "jpt_madya", "JPT Madya" },
	{ "jpt_pratama", "JPT Pratama" },
	{ "administrator", "Administrator" },
	{ "pengawas", "Pengawas" },
	{ "fungsional", "Fungsional" },
	{ "pelaksana", "Pelaksana" },
};

#define NKINDS (sizeof kinds / sizeof kinds[0])

static int kind_index(const char *kind)
{
	if (!kind)
		return -1;
	for (size_t i = 0; i < NKINDS; i++)
		if (!strcasecmp(kind, kinds[i].name))
			return (int)i;
	return -1;
}

int position_kind_valid(const char *kind)
{
	return kind_index(kind) >= 0;
}

const char *position_kind_label(const char *kind)
{
	int i = kind_index(kind);
	return i < 0 ? NULL : kinds[i].label;
}

const char *position_kind_canonical(const char *kind)
{
	int i = kind_index(kind);
	return i < 0 ? NULL : kinds[i].name;
}

size_t position_kind_count(void)
{
	return NKINDS;
}

const char *position_kind_at(size_t i)
{
	return i < NKINDS ? kinds[i].name : NULL;
}
