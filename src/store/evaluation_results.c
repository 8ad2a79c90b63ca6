/*
 * evaluation_results.c - the results of a survey that is over: the cells
 * of survey_plan_cells (domain/evaluation.h) built from the reporting
 * groups and their answer counts, each with the distribution of every
 * scaled question and its free texts in their stored (random) order; the
 * whole survey beside them; and where each unit not shown on its own
 * went (see evaluation.h).
 */
#include "store/evaluation.h"
#include "store/evaluation_int.h"
#include "store/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void cell_init(struct survey_cell *c, const struct survey_group_row *g, size_t nq)
{
	memset(c, 0, sizeof *c);
	c->unit_id = g ? g->unit_id : 0;
	copy_str(c->unit_code, sizeof c->unit_code, g ? g->unit_code : "");
	copy_str(c->unit_name, sizeof c->unit_name, g ? g->unit_name : "");
	c->counts = xcalloc(nq + 1, sizeof *c->counts);
}

static void cell_release(struct survey_cell *c)
{
	free(c->counts);
	for (size_t i = 0; i < c->ntexts; i++)
		free(c->texts[i]);
	free(c->texts);
	free(c->text_question);
	memset(c, 0, sizeof *c);
}

void survey_results_release(struct survey_results *r)
{
	cell_release(&r->all);
	for (size_t i = 0; i < r->ncells; i++)
		cell_release(&r->cells[i]);
	free(r->cells);
	free(r->hidden);
	memset(r, 0, sizeof *r);
}

static void cell_add_text(struct survey_cell *c, size_t q, const char *text)
{
	c->texts = xrealloc(c->texts, (c->ntexts + 1) * sizeof *c->texts);
	c->text_question = xrealloc(c->text_question, (c->ntexts + 1) * sizeof *c->text_question);
	c->texts[c->ntexts] = xstrdup(text);
	c->text_question[c->ntexts++] = (int64_t)q;
}

static void add_merged(struct survey_cell *c, const char *name)
{
	size_t len = strlen(c->merged);
	snprintf(c->merged + len, sizeof c->merged - len, "%s%s", len ? ", " : "", name);
}

/* The index of question `id` in s, s->nq if none. */
static size_t question_index(const struct survey *s, int64_t id)
{
	size_t i = 0;
	while (i < s->nq && s->q[i].id != id)
		i++;
	return i;
}

/* The node of group unit `unit` among g[0..n), n if none. */
static size_t group_index(const struct survey_group_row *g, size_t n, int64_t unit)
{
	size_t i = 0;
	while (i < n && g[i].unit_id != unit)
		i++;
	return i;
}

/* Builds the nodes of the groups (parents first, as listed) and plans the cells. */
static struct survey_node *plan(const struct survey_group_row *g, size_t n, int k,
				int64_t *total)
{
	struct survey_node *v = xcalloc(n + 1, sizeof *v);
	for (size_t i = 0; i < n; i++) {
		v[i].unit_id = g[i].unit_id;
		v[i].parent = i ? group_index(g, n, g[i].parent_unit_id) : SURVEY_NO_NODE;
		if (v[i].parent >= i)
			v[i].parent = i ? 0 : SURVEY_NO_NODE;
		v[i].answers = g[i].respondents;
		v[i].is_group = 1;
	}
	*total = survey_plan_cells(v, n, k);
	return v;
}

/* Adds the counts and texts of the survey to the cells of map[] and to the whole. */
static int fill(struct db *db, const struct survey *s, const struct survey_group_row *g,
		size_t ng, const struct survey_node *v, const size_t *cell_of_node,
		struct survey_results *out, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT group_unit_id, question_id, value, count FROM "
					"survey_tally WHERE survey_id = $1", DB_ARGS(DB_INT(s->id)), err);
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		size_t node = group_index(g, ng, db_int(rows, 0)), q = question_index(s, db_int(rows, 1));
		int64_t value = db_int(rows, 2), count = db_int(rows, 3);
		if (q >= s->nq || value < SURVEY_SCALE_MIN || value > SURVEY_SCALE_MAX)
			continue;
		out->all.counts[q][value] += count;
		if (node < ng && v[node].cell != SURVEY_NO_NODE)
			out->cells[cell_of_node[v[node].cell]].counts[q][value] += count;
	}
	db_rows_free(rows);
	if (rc < 0)
		return -1;
	rows = db_query(db, "SELECT group_unit_id, question_id, text FROM survey_text WHERE "
			"survey_id = $1 ORDER BY id", DB_ARGS(DB_INT(s->id)), err);
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		size_t node = group_index(g, ng, db_int(rows, 0)), q = question_index(s, db_int(rows, 1));
		if (q >= s->nq)
			continue;
		cell_add_text(&out->all, q, db_text(rows, 2));
		if (node < ng && v[node].cell != SURVEY_NO_NODE)
			cell_add_text(&out->cells[cell_of_node[v[node].cell]], q, db_text(rows, 2));
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

/* The cells and the hidden units from the plan. */
static void lay_out(const struct survey *s, const struct survey_group_row *g, size_t ng,
		    const struct survey_node *v, size_t *cell_of_node, struct survey_results *out)
{
	out->cells = xcalloc(ng + 1, sizeof *out->cells);
	out->hidden = xcalloc(ng + 1, sizeof *out->hidden);
	for (size_t i = 0; i < ng; i++) {
		cell_of_node[i] = SURVEY_NO_NODE;
		if (!v[i].shown)
			continue;
		cell_of_node[i] = out->ncells;
		cell_init(&out->cells[out->ncells], &g[i], s->nq);
		out->cells[out->ncells++].answers = v[i].pooled;
	}
	for (size_t i = 0; i < ng; i++) {
		if (v[i].shown)
			continue;
		struct survey_hidden *h = &out->hidden[out->nhidden++];
		h->unit_id = g[i].unit_id;
		copy_str(h->unit_name, sizeof h->unit_name, g[i].unit_name);
		h->answers = g[i].respondents;
		if (v[i].cell != SURVEY_NO_NODE) {
			struct survey_cell *c = &out->cells[cell_of_node[v[i].cell]];
			h->into_unit_id = c->unit_id;
			copy_str(h->into_name, sizeof h->into_name, c->unit_name);
			add_merged(c, g[i].unit_name);
		}
	}
}

int store_survey_results(struct db *db, const struct survey *s, struct survey_results *out,
			 struct kerr *err)
{
	struct survey_group_row *g = NULL;
	size_t ng = 0;
	memset(out, 0, sizeof *out);
	if (survey_results_phase_check(s->phase, err) || store_survey_groups(db, s->id, &g, &ng, err))
		return -1;
	out->threshold = s->threshold;
	struct survey_node *v = plan(g, ng, s->threshold, &out->total);
	if (out->total < s->threshold) {
		free(v);
		free(g);
		return kerr_set(err, KERR_FORBIDDEN, "survei", "Survei ini hanya mendapat %lld "
				"jawaban; hasil survei ditampilkan hanya untuk kelompok dengan "
				"paling sedikit %d jawaban, agar tidak ada jawaban yang dapat "
				"dikenali", (long long)out->total, s->threshold);
	}
	size_t *cell_of_node = xcalloc(ng + 1, sizeof *cell_of_node);
	cell_init(&out->all, NULL, s->nq);
	out->all.unit_id = s->unit_id;
	copy_str(out->all.unit_code, sizeof out->all.unit_code, s->unit_code);
	copy_str(out->all.unit_name, sizeof out->all.unit_name,
		 s->unit_id ? s->unit_name : "Seluruh kantor");
	out->all.answers = out->total;
	lay_out(s, g, ng, v, cell_of_node, out);
	int rc = fill(db, s, g, ng, v, cell_of_node, out, err);
	free(cell_of_node);
	free(v);
	free(g);
	if (rc)
		survey_results_release(out);
	return rc;
}

const struct survey_cell *survey_results_cell(const struct survey_results *r, int64_t unit_id,
					      struct kerr *err)
{
	if (!unit_id || unit_id == r->all.unit_id)
		return &r->all;
	for (size_t i = 0; i < r->ncells; i++)
		if (r->cells[i].unit_id == unit_id)
			return &r->cells[i];
	for (size_t i = 0; i < r->nhidden; i++)
		if (r->hidden[i].unit_id == unit_id) {
			kerr_set(err, KERR_FORBIDDEN, "unit", "%s hanya mendapat %lld jawaban, kurang "
				 "dari %d: hasilnya tidak ditampilkan sendiri tetapi digabung ke %s",
				 r->hidden[i].unit_name, (long long)r->hidden[i].answers, r->threshold,
				 r->hidden[i].into_name[0] ? r->hidden[i].into_name : "unit induknya");
			return NULL;
		}
	kerr_set(err, KERR_FORBIDDEN, "unit", "Unit ini tidak mempunyai kelompok sendiri dalam "
		 "survei ini: pegawai yang dituju di dalamnya kurang dari %d orang, sehingga "
		 "jawabannya digabung ke unit induknya", r->threshold);
	return NULL;
}

size_t survey_cell_aspect(const struct survey *s, const struct survey_cell *c,
			  enum survey_aspect a, int64_t count[SURVEY_SCALE_MAX + 1])
{
	size_t used = 0;
	memset(count, 0, (SURVEY_SCALE_MAX + 1) * sizeof *count);
	for (size_t q = 0; q < s->nq; q++) {
		if (s->q[q].kind != QUESTION_SKALA || s->q[q].aspect != a)
			continue;
		used++;
		for (int v = SURVEY_SCALE_MIN; v <= SURVEY_SCALE_MAX; v++)
			count[v] += c->counts[q][v];
	}
	return used;
}
