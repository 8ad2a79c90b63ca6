/*
 * recognition_settings.c - the settings of recognition and credit points
 * an administrator keeps: the tie-break chain of rankings (the setting
 * penghargaan_urutan) and the credit-point tables (the percentage of each
 * predicate, the annual coefficient of each functional level), each
 * change audited (see recognition.h).
 */
#include "store/recognition.h"
#include "store/assessment_int.h"
#include "store/db.h"
#include "store/store_int.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the tie-break chain ------------------------------------------------------------------ */

int store_tiebreak_get(struct db *db, struct tiebreak_chain *out, struct kerr *err)
{
	struct kerr ignored = KERR_INIT;
	struct db_rows *rows = db_query(db, "SELECT value FROM settings WHERE key = $1",
					DB_ARGS(DB_TEXT(TIEBREAK_KEY)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc != 1 || tiebreak_chain_parse(db_text(rows, 0), out, "urutan", &ignored))
		tiebreak_chain_parse(TIEBREAK_DEFAULT, out, "urutan", &ignored);
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int tiebreak_set_tx(struct db *db, const struct actor *who, const char *text,
			   struct kerr *err)
{
	struct tiebreak_chain old, chain;
	char before[96], after[96];
	if (tiebreak_chain_parse(text, &chain, "urutan", err) || store_tiebreak_get(db, &old, err))
		return -1;
	tiebreak_chain_text(&old, before, sizeof before);
	tiebreak_chain_text(&chain, after, sizeof after);
	if (db_exec(db, "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) "
			"ON CONFLICT (key) DO UPDATE SET value = $2, updated_at = $3",
		    DB_ARGS(DB_TEXT(TIEBREAK_KEY), DB_TEXT(after), DB_INT(now_unix())), err) < 0)
		return -1;
	return store_audit_json(db, who, "update", "pengaturan", 0,
				json_pack("{s:s}", TIEBREAK_KEY, before),
				json_pack("{s:s}", TIEBREAK_KEY, after), err);
}

int store_tiebreak_set(struct db *db, const struct actor *who, const char *text,
		       struct kerr *err)
{
	struct tiebreak_chain check;
	if (tiebreak_chain_parse(text, &check, "urutan", err) || db_begin(db, err))
		return -1;
	return db_finish(db, tiebreak_set_tx(db, who, text, err), err);
}

/* ---- the credit-point tables ---------------------------------------------------------------- */

void ak_tables_release(struct ak_tables *t)
{
	free(t->levels);
	t->levels = NULL;
	t->n_levels = 0;
}

static int load_pct(struct db *db, struct ak_tables *out, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT predicate, pct FROM ak_predicate_pct",
					DB_NOARGS, err);
	if (!rows)
		return -1;
	for (int p = 0; p < PRED__COUNT; p++)
		out->pct[p] = ak_default_pct((enum predicate)p);
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		enum predicate p = assess_predicate_of(db_text(rows, 0));
		if (p < PRED__COUNT)
			out->pct[p] = (int)db_int(rows, 1);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

static int load_levels(struct db *db, struct ak_tables *out, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT code, label, coefficient FROM ak_level "
					"ORDER BY seq, code", DB_NOARGS, err);
	if (!rows)
		return -1;
	int rc;
	while ((rc = db_next(rows, err)) == 1) {
		out->levels = xrealloc(out->levels, (out->n_levels + 1) * sizeof *out->levels);
		struct ak_level *l = &out->levels[out->n_levels++];
		memset(l, 0, sizeof *l);
		copy_str(l->code, sizeof l->code, db_text(rows, 0));
		copy_str(l->label, sizeof l->label, db_text(rows, 1));
		l->coefficient = db_int(rows, 2);
	}
	db_rows_free(rows);
	return rc < 0 ? -1 : 0;
}

int store_ak_tables(struct db *db, struct ak_tables *out, struct kerr *err)
{
	memset(out, 0, sizeof *out);
	if (load_pct(db, out, err) || load_levels(db, out, err)) {
		ak_tables_release(out);
		return -1;
	}
	return 0;
}

static json_t *tables_json(const struct ak_tables *t)
{
	json_t *pct = json_object(), *coef = json_object();
	char text[32];
	for (int p = 0; p < PRED__COUNT; p++)
		json_object_set_new(pct, predicate_name((enum predicate)p), json_integer(t->pct[p]));
	for (size_t i = 0; i < t->n_levels; i++) {
		ak_format(t->levels[i].coefficient, '.', text, sizeof text);
		json_object_set_new(coef, t->levels[i].code, json_string(text));
	}
	return json_pack("{s:o, s:o}", "persentase", pct, "koefisien", coef);
}

/* Checks every value of `in` against the stored levels. */
static int tables_check(const struct ak_tables *in, const struct ak_tables *old,
			struct kerr *err)
{
	char field[64];
	for (int p = 0; p < PRED__COUNT; p++) {
		snprintf(field, sizeof field, "persentase.%s", predicate_name((enum predicate)p));
		if (ak_pct_check(in->pct[p], field, err))
			return -1;
	}
	for (size_t i = 0; i < in->n_levels; i++) {
		int known = 0;
		snprintf(field, sizeof field, "koefisien.%s", in->levels[i].code);
		for (size_t j = 0; j < old->n_levels; j++)
			known |= !strcmp(old->levels[j].code, in->levels[i].code);
		if (!known)
			return kerr_set(err, KERR_INVALID, field, "Jenjang '%s' tidak ada dalam tabel "
					"angka kredit", in->levels[i].code);
		if (ak_coefficient_check(in->levels[i].coefficient, field, err))
			return -1;
	}
	return 0;
}

static int tables_set_tx(struct db *db, const struct actor *who, const struct ak_tables *in,
			 struct kerr *err)
{
	struct ak_tables old, now;
	int64_t t = now_unix();
	if (store_ak_tables(db, &old, err))
		return -1;
	int rc = tables_check(in, &old, err);
	for (int p = 0; !rc && p < PRED__COUNT; p++)
		if (db_exec(db, "UPDATE ak_predicate_pct SET pct = $1, updated_at = $2 WHERE "
				"predicate = $3", DB_ARGS(DB_INT(in->pct[p]), DB_INT(t),
				DB_TEXT(predicate_name((enum predicate)p))), err) < 0)
			rc = -1;
	for (size_t i = 0; !rc && i < in->n_levels; i++)
		if (db_exec(db, "UPDATE ak_level SET coefficient = $1, updated_at = $2 WHERE code = $3",
			    DB_ARGS(DB_INT(in->levels[i].coefficient), DB_INT(t),
				    DB_TEXT(in->levels[i].code)), err) < 0)
			rc = -1;
	if (!rc && !(rc = store_ak_tables(db, &now, err))) {
		rc = store_audit_json(db, who, "update", "angka_kredit", 0, tables_json(&old),
				      tables_json(&now), err);
		ak_tables_release(&now);
	}
	ak_tables_release(&old);
	return rc;
}

int store_ak_tables_set(struct db *db, const struct actor *who, const struct ak_tables *in,
			struct kerr *err)
{
	if (db_begin(db, err))
		return -1;
	return db_finish(db, tables_set_tx(db, who, in, err), err);
}
