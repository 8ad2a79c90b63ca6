/*
 * contribution.c - which goal each RHK serves, and the roll-up of their
 * achievements with its explanation (see contribution.h).
 */
#include "domain/contribution.h"
#include "domain/assess.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the goal each node serves ------------------------------------------------------- */

struct key_index {
	int64_t key;
	size_t at;
};

static int cmp_key(const void *a, const void *b)
{
	const struct key_index *x = a, *y = b;
	return (x->key > y->key) - (x->key < y->key);
}

static size_t index_of(const struct key_index *ix, size_t n, int64_t key)
{
	struct key_index probe = { key, 0 };
	const struct key_index *hit = n ? bsearch(&probe, ix, n, sizeof *ix, cmp_key) : NULL;
	return hit ? hit->at : n;
}

enum { UNKNOWN, WALKING, DONE };

/* Resolves node i, walking up until a resolved node, a goal or a dead
 * end, then writes the answer on the whole path walked. */
static void resolve(const struct contrib_node *v, size_t n, const struct key_index *ix,
		    size_t i, size_t *goal_of, unsigned char *state, size_t *path)
{
	size_t len = 0, at = i, answer = n;
	while (at < n && state[at] == UNKNOWN) {
		state[at] = WALKING;
		path[len++] = at;
		if (v[at].is_goal) {
			answer = at;
			at = n;
			break;
		}
		at = v[at].parent_key ? index_of(ix, n, v[at].parent_key) : n;
	}
	if (at < n)
		answer = state[at] == DONE ? goal_of[at] : n;   /* WALKING: a loop */
	for (size_t k = 0; k < len; k++) {
		goal_of[path[k]] = answer;
		state[path[k]] = DONE;
	}
}

void contribution_goal_of(const struct contrib_node *v, size_t n, size_t *goal_of)
{
	struct key_index *ix = malloc((n + 1) * sizeof *ix);
	unsigned char *state = calloc(n + 1, 1);
	size_t *path = malloc((n + 1) * sizeof *path);
	if (!ix || !state || !path) {
		for (size_t i = 0; i < n; i++)
			goal_of[i] = n;
		free(ix);
		free(state);
		free(path);
		return;
	}
	for (size_t i = 0; i < n; i++)
		ix[i] = (struct key_index){ v[i].key, i };
	qsort(ix, n, sizeof *ix, cmp_key);
	for (size_t i = 0; i < n; i++)
		if (state[i] == UNKNOWN)
			resolve(v, n, ix, i, goal_of, state, path);
	free(ix);
	free(state);
	free(path);
}

/* ---- the figure ------------------------------------------------------------------------- */

void contribution_figure(const struct pct *v, size_t n, struct contrib_figure *out)
{
	double *set = malloc((n + 1) * sizeof *set);
	memset(out, 0, sizeof *out);
	out->n_rhk = n;
	for (size_t i = 0; set && i < n; i++)
		if (v[i].set)
			set[out->n_measured++] = v[i].value;
	if (set && !achievement_mean(set, out->n_measured, &out->mean))
		out->has_mean = 1;
	free(set);
}

void contribution_pct_text(double pct, char *out, size_t size)
{
	snprintf(out, size, "%.2f", pct);
	char *dot = strchr(out, '.');
	if (dot)
		*dot = ',';
}

/* "(100,00 + 80,00 + 120 dari 150,00) / 3 = 100,00%" */
static void sum_text(const struct pct *v, size_t n, const struct contrib_figure *f,
		     struct strbuf *out)
{
	char num[32];
	int first = 1;
	strbuf_addch(out, '(');
	for (size_t i = 0; i < n; i++) {
		if (!v[i].set)
			continue;
		if (!first)
			strbuf_addstr(out, " + ");
		first = 0;
		if (v[i].value > ACHIEVEMENT_ROLLUP_CAP) {
			contribution_pct_text(ACHIEVEMENT_ROLLUP_CAP, num, sizeof num);
			strbuf_addf(out, "%s [dibatasi dari ", num);
			contribution_pct_text(v[i].value, num, sizeof num);
			strbuf_addf(out, "%s]", num);
		} else {
			contribution_pct_text(v[i].value, num, sizeof num);
			strbuf_addstr(out, num);
		}
	}
	contribution_pct_text(f->mean, num, sizeof num);
	strbuf_addf(out, ") / %zu = %s%%.", f->n_measured, num);
}

void contribution_explain(const struct pct *v, size_t n, const char *subject,
			  struct strbuf *out)
{
	struct contrib_figure f;
	contribution_figure(v, n, &f);
	if (!n) {
		strbuf_addf(out, "Belum ada RHK yang mendukung %s; tidak ada capaian.", subject);
		return;
	}
	if (!f.has_mean) {
		strbuf_addf(out, "Belum ada capaian: tidak satu pun dari %zu RHK yang mendukung %s "
			    "memiliki realisasi yang dapat dihitung pada titik ini.", n, subject);
		return;
	}
	strbuf_addf(out, "Rata-rata capaian %zu RHK yang mendukung %s: ", f.n_measured, subject);
	sum_text(v, n, &f, out);
	if (f.n_rhk > f.n_measured)
		strbuf_addf(out, " %zu RHK belum memiliki realisasi yang dapat dihitung pada titik "
			    "ini dan tidak dihitung.", f.n_rhk - f.n_measured);
	for (size_t i = 0; i < n; i++)
		if (v[i].set && v[i].value > ACHIEVEMENT_ROLLUP_CAP) {
			strbuf_addstr(out, " Capaian di atas 120% dihitung 120% agar satu indikator "
				      "tidak menutupi yang lain.");
			break;
		}
}
