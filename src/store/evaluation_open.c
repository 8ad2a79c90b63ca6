/*
 * evaluation_open.c - opening a survey: the audience's unit tree with the
 * active employees of each unit, the reporting groups of
 * survey_plan_groups (domain/evaluation.h) stored with their parents,
 * and every count row created at 0; and the random keys of respondents
 * and free texts, with the reshuffle of the texts when a survey closes
 * (see evaluation.h and schema_evaluation.c for why).
 */
#include "store/evaluation.h"
#include "store/evaluation_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

/* ---- random keys ------------------------------------------------------------------------- */

int64_t survey_random_key(void)
{
	return (int64_t)randombytes_uniform(0x7ffffffeU) + 1;
}

int survey_insert_random(struct db *db, const char *sql, struct db_param *params, int n,
			 struct kerr *err)
{
	for (int attempt = 0; attempt < 16; attempt++) {
		params[0] = DB_INT(survey_random_key());
		int64_t changed = db_exec(db, sql, params, n, err);
		if (changed < 0)
			return -1;
		if (changed == 1)
			return 0;
	}
	return kerr_set(err, KERR_INTERNAL, "", "Kunci acak tidak dapat dibuat");
}

struct text_row {
	int64_t group, question;
	char *text;
};

static int load_texts(struct db *db, int64_t id, struct text_row **out, size_t *n,
		      struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT group_unit_id, question_id, text FROM "
					"survey_text WHERE survey_id = $1", DB_ARGS(DB_INT(id)), err);
	size_t alloc = 0;
	int rc;
	*out = NULL;
	*n = 0;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		if (*n == alloc) {
			alloc = alloc ? alloc * 2 : 32;
			*out = xrealloc(*out, alloc * sizeof **out);
		}
		struct text_row *t = &(*out)[(*n)++];
		t->group = db_int(rows, 0);
		t->question = db_int(rows, 1);
		t->text = xstrdup(db_text(rows, 2));
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int survey_texts_reshuffle(struct db *db, int64_t id, struct kerr *err)
{
	struct text_row *t = NULL;
	size_t n = 0;
	int rc = load_texts(db, id, &t, &n, err);
	if (!rc && n && db_exec(db, "DELETE FROM survey_text WHERE survey_id = $1",
				DB_ARGS(DB_INT(id)), err) < 0)
		rc = -1;
	for (size_t i = n; !rc && i > 1; i--) {       /* Fisher-Yates */
		size_t j = randombytes_uniform((uint32_t)i);
		struct text_row tmp = t[i - 1];
		t[i - 1] = t[j];
		t[j] = tmp;
	}
	for (size_t i = 0; !rc && i < n; i++) {
		struct db_param p[] = { DB_NULL, DB_INT(id), DB_INT(t[i].group), DB_INT(t[i].question),
					DB_TEXT(t[i].text) };
		rc = survey_insert_random(db, "INSERT INTO survey_text (id, survey_id, group_unit_id, "
					  "question_id, text) VALUES ($1, $2, $3, $4, $5) "
					  "ON CONFLICT (id) DO NOTHING", p, 5, err);
	}
	for (size_t i = 0; i < n; i++)
		free(t[i].text);
	free(t);
	return rc;
}

/* ---- the audience tree --------------------------------------------------------------------- */

/* The active employees per unit, as (unit id, count) pairs. */
static int unit_headcounts(struct db *db, int64_t **unit, int64_t **count, size_t *n,
			   struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT unit_id, COUNT(*) FROM employees WHERE "
					"status = 'aktif' GROUP BY unit_id", DB_NOARGS, err);
	size_t alloc = 0;
	int rc;
	*unit = *count = NULL;
	*n = 0;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		if (*n == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			*unit = xrealloc(*unit, alloc * sizeof **unit);
			*count = xrealloc(*count, alloc * sizeof **count);
		}
		(*unit)[*n] = db_int(rows, 0);
		(*count)[(*n)++] = db_int(rows, 1);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int64_t headcount_of(const int64_t *unit, const int64_t *count, size_t n, int64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (unit[i] == id)
			return count[i];
	return 0;
}

int survey_audience_tree(struct db *db, int64_t root, struct survey_node **out, size_t *n,
			 struct kerr *err)
{
	struct unit *u = NULL;
	size_t nu = 0, nh = 0;
	int64_t *hu = NULL, *hc = NULL;
	*out = NULL;
	*n = 0;
	if (store_unit_list(db, &u, &nu, err) || unit_headcounts(db, &hu, &hc, &nh, err)) {
		free(u);
		free(hu);
		free(hc);
		return -1;
	}
	struct survey_node *v = xcalloc(nu + 1, sizeof *v);
	size_t count = 1;
	v[0].unit_id = root;
	v[0].parent = SURVEY_NO_NODE;
	v[0].addressed = root ? headcount_of(hu, hc, nh, root) : 0;
	for (size_t at = 0; at < count; at++)          /* breadth first: parents first */
		for (size_t i = 0; i < nu; i++)
			if (u[i].parent_id == v[at].unit_id && u[i].id != root && count <= nu) {
				v[count].unit_id = u[i].id;
				v[count].parent = at;
				v[count].addressed = headcount_of(hu, hc, nh, u[i].id);
				count++;
			}
	free(u);
	free(hu);
	free(hc);
	*out = v;
	*n = count;
	return 0;
}

/* ---- opening ------------------------------------------------------------------------------- */

/* The nearest group above node i, SURVEY_NO_NODE for the root. */
static size_t group_above(const struct survey_node *v, size_t i, int *depth)
{
	*depth = 0;
	for (size_t p = v[i].parent; p != SURVEY_NO_NODE; p = v[p].parent)
		if (v[p].is_group) {
			size_t g = p;
			for (size_t q = p; q != SURVEY_NO_NODE; q = v[q].parent)
				*depth += v[q].is_group;
			return g;
		}
	return SURVEY_NO_NODE;
}

static int write_groups(struct db *db, int64_t id, const struct survey_node *v, size_t n,
			struct kerr *err)
{
	for (size_t i = 0; i < n; i++) {
		int depth = 0;
		if (!v[i].is_group)
			continue;
		size_t g = group_above(v, i, &depth);
		if (db_exec(db, "INSERT INTO survey_group (survey_id, unit_id, parent_unit_id, depth, "
			    "addressed) VALUES ($1, $2, $3, $4, $5)",
			    DB_ARGS(DB_INT(id), DB_INT(v[i].unit_id),
				    g == SURVEY_NO_NODE ? DB_NULL : DB_INT(v[g].unit_id),
				    DB_INT(depth), DB_INT(v[i].pooled)), err) < 0)
			return -1;
	}
	return 0;
}

static int write_counts(struct db *db, const struct survey *s, const struct survey_node *v,
			size_t n, struct kerr *err)
{
	struct db_batch *b = db_batch_new(db, "INSERT INTO survey_tally (survey_id, group_unit_id, "
					  "question_id, value) VALUES", 4);
	for (size_t i = 0; i < n; i++)
		for (size_t q = 0; v[i].is_group && q < s->nq; q++)
			for (int val = SURVEY_SCALE_MIN; s->q[q].kind == QUESTION_SKALA &&
			     val <= SURVEY_SCALE_MAX; val++)
				if (db_batch_add(b, DB_ARGS(DB_INT(s->id), DB_INT(v[i].unit_id),
							    DB_INT(s->q[q].id), DB_INT(val)), err))
					goto done;
done:
	return db_batch_end(b, err) < 0 ? -1 : 0;
}

static int open_tx(struct db *db, const struct actor *who, int64_t id, int64_t rev,
		   const char *name, struct kerr *err)
{
	struct survey s;
	struct survey_node *v = NULL;
	size_t n = 0;
	int k = SURVEY_THRESHOLD_DEFAULT;
	int64_t addressed = 0;
	if (survey_claim(db, id, SURVEY_DRAF, rev, &s, err))
		return -1;
	int rc = store_survey_threshold(db, &k, err);
	if (!rc)
		rc = survey_audience_tree(db, s.unit_id, &v, &n, err);
	if (!rc) {
		survey_plan_groups(v, n, k);
		for (size_t i = 0; i < n; i++)
			addressed += v[i].addressed;
		if (addressed < k)
			rc = kerr_set(err, KERR_CONFLICT, "unit_id", "Survei ini hanya ditujukan kepada "
				      "%lld pegawai aktif; agar jawaban tetap anonim, survei harus "
				      "ditujukan kepada paling sedikit %d pegawai (hasilnya tidak "
				      "akan pernah dapat ditampilkan)", (long long)addressed, k);
	}
	if (!rc)
		rc = write_groups(db, id, v, n, err) || write_counts(db, &s, v, n, err) ? -1 : 0;
	if (!rc && db_exec(db, "UPDATE survey SET state = 'dibuka', threshold = $2, addressed = $3, "
			   "opened_at = $4, updated_at = $4, opened_by_name = $5 WHERE id = $1",
			   DB_ARGS(DB_INT(id), DB_INT(k), DB_INT(addressed), DB_INT(now_unix()),
				   DB_TEXT(name ? name : "")), err) < 0)
		rc = -1;
	if (!rc)
		rc = store_audit_json(db, who, "buka", "survei", id,
				      json_pack("{s:s}", "status", "draf"),
				      json_pack("{s:s, s:i, s:I}", "status", "dibuka", "ambang", k,
						"dituju", (json_int_t)addressed), err);
	free(v);
	survey_release(&s);
	return rc;
}

int store_survey_open(struct db *db, const struct actor *who, int64_t id, int64_t rev,
		      const char *actor_name, struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, open_tx(db, who, id, rev, actor_name, err), err);
}
