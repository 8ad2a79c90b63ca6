/*
 * analysis_settings.c - the thresholds of the rater analysis per answer
 * scale (table analysis_setting, see schema_analysis.c): read over the
 * defaults of rs_config_default, saved after rs_config_check with the
 * change in the audit trail.
 */
#include "store/analysis.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const an_config_field[AN_CONFIG_FIELDS] = {
	"min_ratees", "z_flag", "min_effect", "min_forms", "halo_sd", "central_share", "shrink",
};

double an_config_value(const struct rs_config *c, int k)
{
	switch (k) {
	case 0: return c->min_ratees;
	case 1: return c->z_flag;
	case 2: return c->min_effect;
	case 3: return c->min_forms;
	case 4: return c->halo_sd;
	case 5: return c->central_share;
	default: return c->shrink;
	}
}

void an_config_put(struct rs_config *c, int k, double v)
{
	int whole = v >= -1e9 && v <= 1e9 ? (int)lround(v) : -1;
	switch (k) {
	case 0: c->min_ratees = whole; break;
	case 1: c->z_flag = v; break;
	case 2: c->min_effect = v; break;
	case 3: c->min_forms = whole; break;
	case 4: c->halo_sd = v; break;
	case 5: c->central_share = v; break;
	default: c->shrink = v; break;
	}
}

int an_config_is_count(int k)
{
	return k == 0 || k == 3;
}

static int field_index(const char *name)
{
	for (int k = 0; k < AN_CONFIG_FIELDS; k++)
		if (!strcmp(an_config_field[k], name))
			return k;
	return -1;
}

int store_analysis_config_get(struct db *db, int scale, struct rs_config *out, struct kerr *err)
{
	scale = scale == 5 ? 5 : 3;
	rs_config_default(out, scale);
	struct db_rows *rows = db_query(db, "SELECT name, value FROM analysis_setting WHERE scale = $1",
					DB_ARGS(DB_INT(scale)), err);
	int rc = rows ? 0 : -1;
	while (rows && (rc = db_next(rows, err)) == 1) {
		int k = field_index(db_text(rows, 0));
		char *end;
		double v = strtod(db_text(rows, 1), &end);
		if (k >= 0 && !*end && isfinite(v))
			an_config_put(out, k, v);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static json_t *config_json(const struct rs_config *c)
{
	json_t *j = json_pack("{s:i}", "skala", c->scale_max);
	for (int k = 0; k < AN_CONFIG_FIELDS; k++)
		json_object_set_new(j, an_config_field[k], json_real(an_config_value(c, k)));
	return j;
}

static int config_set_tx(struct db *db, const struct actor *who, const struct rs_config *c,
			 struct kerr *err)
{
	struct rs_config old;
	if (store_analysis_config_get(db, c->scale_max, &old, err))
		return -1;
	for (int k = 0; k < AN_CONFIG_FIELDS; k++) {
		char text[40];
		snprintf(text, sizeof text, "%.10g", an_config_value(c, k));
		if (db_exec(db, "INSERT INTO analysis_setting (scale, name, value, updated_at) "
				"VALUES ($1, $2, $3, $4) ON CONFLICT (scale, name) DO UPDATE "
				"SET value = $3, updated_at = $4",
			    DB_ARGS(DB_INT(c->scale_max), DB_TEXT(an_config_field[k]), DB_TEXT(text),
				    DB_INT(now_unix())), err) < 0)
			return -1;
	}
	return store_audit_json(db, who, "update", "pengaturan", 0, config_json(&old),
				config_json(c), err);
}

/* The sensible range of a threshold in words (rs_config_check's). */
static const char *range_text(const char *field, int scale)
{
	static const char *const text[][2] = {
		{ "min_ratees", "bilangan bulat paling sedikit 1" },
		{ "z_flag", "antara 1 dan 10" },
		{ "min_effect", "paling sedikit 0 dan di bawah rentang skala" },
		{ "min_forms", "bilangan bulat paling sedikit 1" },
		{ "halo_sd", "paling sedikit 0 dan di bawah rentang skala" },
		{ "central_share", "lebih dari 0 dan paling banyak 1" },
		{ "shrink", "antara 0 dan 1000" },
	};
	(void)scale;
	for (size_t i = 0; field && i < sizeof text / sizeof text[0]; i++)
		if (!strcmp(text[i][0], field))
			return text[i][1];
	return "dalam rentang yang masuk akal";
}

int store_analysis_config_set(struct db *db, const struct actor *who, const struct rs_config *c,
			      struct kerr *err)
{
	const char *field = NULL;
	if (c->scale_max != 3 && c->scale_max != 5)
		return kerr_set(err, KERR_INVALID, "skala", "Skala harus 3 atau 5");
	if (rs_config_check(c, &field))
		return kerr_set(err, KERR_INVALID, field ? field : "", "%s harus %s", field ? field : "",
				range_text(field, c->scale_max));
	if (db_begin(db, err))
		return -1;
	return db_finish(db, config_set_tx(db, who, c, err), err);
}
