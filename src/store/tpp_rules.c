/*
 * tpp_rules.c - the allowance's (TPP) rule sets: the instansi a unit
 * belongs to, storing a new version of a rule set (never changing an old
 * one), reading one version, the newest one for an instansi and year, and
 * the list of versions (see tpp.h).
 */
#include "store/tpp.h"
#include "store/db.h"
#include "store/store_int.h"
#include "domain/csvtable.h"
#include "domain/golongan.h"
#include "domain/hierarchy.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the instansi -------------------------------------------------------------------------- */

int store_tpp_instansi_of(struct db *db, int64_t unit_id, int64_t *instansi_id,
			  struct kerr *err)
{
	struct unit u;
	int64_t top = 0, found = 0;
	for (int64_t id = unit_id, depth = 0; id && depth < 64; depth++) {
		if (store_unit_get(db, id, &u, err)) {
			if (err->code != KERR_NOT_FOUND)
				return -1;
			kerr_clear(err);
			return kerr_set(err, KERR_NOT_FOUND, "unit", "Unit kerja tidak ditemukan");
		}
		top = u.id;
		if (!strcmp(u.kind, "instansi"))
			found = u.id;
		id = u.parent_id;
	}
	*instansi_id = found ? found : top;
	return 0;
}

int store_tpp_instansi_default(struct db *db, int64_t *instansi_id, struct kerr *err)
{
	int rc = db_query_int(db, "SELECT id FROM units ORDER BY CASE WHEN kind = 'instansi' "
			      "THEN 0 WHEN parent_id IS NULL THEN 1 ELSE 2 END, id LIMIT 1",
			      DB_NOARGS, instansi_id, err);
	if (rc < 0)
		return -1;
	if (!rc)
		return kerr_set(err, KERR_NOT_FOUND, "instansi", "Belum ada unit kerja (instansi)");
	return 0;
}

/* ---- reading ---------------------------------------------------------------------------------- */

#define RS_SELECT \
	"SELECT r.id, r.instansi_id, u.name, r.year, r.version, r.basis, r.share_kinerja_bp, " \
	"r.share_disiplin_bp, r.mult_sangat_kurang_bp, r.mult_kurang_bp, " \
	"r.mult_butuh_perbaikan_bp, r.mult_baik_bp, r.mult_sangat_baik_bp, r.mult_none_bp, " \
	"r.abs_tanpa_keterangan_bp, r.abs_izin_bp, r.abs_sakit_bp, r.abs_cuti_bp, " \
	"r.late_block_minutes, r.late_bp_per_block, r.late_cap_bp, r.deduction_cap_bp, " \
	"r.round_unit, r.round_mode, r.note, r.created_by_name, r.created_at, " \
	"(SELECT COUNT(*) FROM tpp_run x WHERE x.ruleset_id = r.id) " \
	"FROM tpp_ruleset r JOIN units u ON u.id = r.instansi_id "

static void ruleset_from_row(struct db_rows *rows, struct tpp_ruleset *rs)
{
	struct tpp_rules *r = &rs->rules;
	memset(rs, 0, sizeof *rs);
	rs->id = db_int(rows, 0);
	rs->instansi_id = db_int(rows, 1);
	copy_str(rs->instansi_name, sizeof rs->instansi_name, db_text(rows, 2));
	rs->year = (int)db_int(rows, 3);
	rs->version = (int)db_int(rows, 4);
	if (tpp_basis_parse(db_text(rows, 5), &r->basis))
		r->basis = TPP_BASIS_GOLONGAN;
	r->share_kinerja_bp = db_int(rows, 6);
	r->share_disiplin_bp = db_int(rows, 7);
	for (int p = 0; p <= TPP_PRED_NONE; p++)
		r->pred_bp[p] = db_int(rows, 8 + p);
	for (int k = 0; k < TPP_ABS__KINDS; k++)
		r->absence_bp[k] = db_int(rows, 14 + k);
	r->late_block_minutes = db_int(rows, 18);
	r->late_bp_per_block = db_int(rows, 19);
	r->late_cap_bp = db_int(rows, 20);
	r->deduction_cap_bp = db_int(rows, 21);
	r->round_unit = db_int(rows, 22);
	if (tpp_round_mode_parse(db_text(rows, 23), &r->round_mode))
		r->round_mode = TPP_ROUND_HALF_UP;
	copy_str(rs->note, sizeof rs->note, db_text(rows, 24));
	copy_str(rs->created_by, sizeof rs->created_by, db_text(rows, 25));
	rs->created_at = db_int(rows, 26);
	rs->runs = db_int(rows, 27);
}

/* Base amounts in key order: golongan by rank, then position kinds by rank. */
static int key_rank(const char *key)
{
	const struct golongan *g = golongan_find(key);
	if (g)
		return g->rank;
	if ((g = pppk_golongan_find(key)))
		return 100 + g->rank;
	for (size_t i = 0; i < position_kind_count(); i++)
		if (!strcmp(position_kind_at(i), key))
			return 200 + (int)i;
	return 1000;
}

static int base_cmp(const void *a, const void *b)
{
	const struct tpp_base *x = a, *y = b;
	return key_rank(x->key) - key_rank(y->key);
}

static int load_base(struct db *db, struct tpp_ruleset *rs, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT key, amount FROM tpp_ruleset_base WHERE "
					"ruleset_id = $1", DB_ARGS(DB_INT(rs->id)), err);
	int rc;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1 && rs->rules.nbase < TPP_BASE_MAX) {
		struct tpp_base *b = &rs->rules.base[rs->rules.nbase++];
		copy_str(b->key, sizeof b->key, db_text(rows, 0));
		b->amount = db_int(rows, 1);
	}
	db_rows_free(rows);
	qsort(rs->rules.base, rs->rules.nbase, sizeof rs->rules.base[0], base_cmp);
	return rc < 0 ? -1 : 0;
}

static int get_one(struct db *db, const char *sql, const struct db_param *p, int np,
		   struct tpp_ruleset *out, struct kerr *err)
{
	struct db_rows *rows = db_query(db, sql, p, np, err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		ruleset_from_row(rows, out);
	db_rows_free(rows);
	if (rc < 0)
		return -1;
	if (!rc)
		return kerr_set(err, KERR_NOT_FOUND, "aturan", "Aturan TPP tidak ditemukan");
	return load_base(db, out, err);
}

int store_tpp_ruleset_get(struct db *db, int64_t id, struct tpp_ruleset *out,
			  struct kerr *err)
{
	return get_one(db, RS_SELECT "WHERE r.id = $1", DB_ARGS(DB_INT(id)), out, err);
}

int store_tpp_ruleset_latest(struct db *db, int64_t instansi_id, int year,
			     struct tpp_ruleset *out, struct kerr *err)
{
	if (!get_one(db, RS_SELECT "WHERE r.instansi_id = $1 AND r.year = $2 "
		     "ORDER BY r.version DESC LIMIT 1", DB_ARGS(DB_INT(instansi_id), DB_INT(year)),
		     out, err))
		return 0;
	if (err->code == KERR_NOT_FOUND) {
		kerr_clear(err);
		kerr_set(err, KERR_NOT_FOUND, "aturan", "Belum ada aturan TPP untuk tahun %d: "
			 "administrator menetapkannya di halaman Aturan TPP", year);
	}
	return -1;
}

int store_tpp_ruleset_list(struct db *db, int64_t instansi_id, struct tpp_ruleset_brief **out,
			   size_t *n, struct kerr *err)
{
	struct db_rows *rows = db_query(db, "SELECT id, instansi_id, year, version, "
					"created_by_name, created_at, note FROM tpp_ruleset "
					"WHERE $1 = 0 OR instansi_id = $1 "
					"ORDER BY year DESC, version DESC, id DESC",
					DB_ARGS(DB_INT(instansi_id)), err);
	size_t alloc = 0;
	int rc;
	*out = NULL;
	*n = 0;
	if (!rows)
		return -1;
	while ((rc = db_next(rows, err)) == 1) {
		if (*n == alloc)
			*out = xrealloc(*out, (alloc = alloc ? alloc * 2 : 8) * sizeof **out);
		struct tpp_ruleset_brief *b = &(*out)[(*n)++];
		memset(b, 0, sizeof *b);
		b->id = db_int(rows, 0);
		b->instansi_id = db_int(rows, 1);
		b->year = (int)db_int(rows, 2);
		b->version = (int)db_int(rows, 3);
		copy_str(b->created_by, sizeof b->created_by, db_text(rows, 4));
		b->created_at = db_int(rows, 5);
		copy_str(b->note, sizeof b->note, db_text(rows, 6));
	}
	db_rows_free(rows);
	if (rc < 0) {
		free(*out);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

/* ---- a new version ---------------------------------------------------------------------------- */

/* The rule set as JSON for the audit trail. */
static json_t *ruleset_json(const struct tpp_ruleset *rs)
{
	const struct tpp_rules *r = &rs->rules;
	json_t *base = json_object(), *mult = json_object(), *abs = json_object();
	for (size_t i = 0; i < r->nbase; i++)
		json_object_set_new(base, r->base[i].key, json_integer(r->base[i].amount));
	for (int p = 0; p <= TPP_PRED_NONE; p++)
		json_object_set_new(mult, tpp_pred_name(p), json_integer(r->pred_bp[p]));
	for (int k = 0; k < TPP_ABS__KINDS; k++)
		json_object_set_new(abs, tpp_absence_name((enum tpp_absence)k),
				    json_integer(r->absence_bp[k]));
	return json_pack("{s:I, s:i, s:i, s:s, s:o, s:I, s:I, s:o, s:o, s:I, s:I, s:I, s:I, "
			 "s:I, s:s, s:s}", "instansi_id", (json_int_t)rs->instansi_id, "tahun",
			 rs->year, "versi", rs->version, "dasar", tpp_basis_name(r->basis),
			 "besaran", base, "porsi_kinerja_bp", (json_int_t)r->share_kinerja_bp,
			 "porsi_disiplin_bp", (json_int_t)r->share_disiplin_bp,
			 "pengali_predikat_bp", mult, "potongan_per_hari_bp", abs,
			 "terlambat_menit_per_blok", (json_int_t)r->late_block_minutes,
			 "terlambat_bp_per_blok", (json_int_t)r->late_bp_per_block,
			 "terlambat_batas_bp", (json_int_t)r->late_cap_bp, "batas_potongan_bp",
			 (json_int_t)r->deduction_cap_bp, "pembulatan_satuan",
			 (json_int_t)r->round_unit, "pembulatan_cara",
			 tpp_round_mode_name(r->round_mode), "catatan", rs->note);
}

static const char *canonical(enum tpp_basis basis, const char *key)
{
	if (basis == TPP_BASIS_JABATAN)
		return position_kind_canonical(key);
	const struct golongan *g = golongan_find(key);
	if (!g)
		g = pppk_golongan_find(key);
	return g ? g->code : key;
}

static int insert_ruleset(struct db *db, struct tpp_ruleset *rs, struct kerr *err)
{
	const struct tpp_rules *r = &rs->rules;
	struct db_rows *rows = db_query(db,
		"INSERT INTO tpp_ruleset (instansi_id, year, version, basis, share_kinerja_bp, "
		"share_disiplin_bp, mult_sangat_kurang_bp, mult_kurang_bp, mult_butuh_perbaikan_bp, "
		"mult_baik_bp, mult_sangat_baik_bp, mult_none_bp, abs_tanpa_keterangan_bp, "
		"abs_izin_bp, abs_sakit_bp, abs_cuti_bp, late_block_minutes, late_bp_per_block, "
		"late_cap_bp, deduction_cap_bp, round_unit, round_mode, note, created_by_name, "
		"created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, "
		"$15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25) RETURNING id",
		DB_ARGS(DB_INT(rs->instansi_id), DB_INT(rs->year), DB_INT(rs->version),
			DB_TEXT(tpp_basis_name(r->basis)), DB_INT(r->share_kinerja_bp),
			DB_INT(r->share_disiplin_bp), DB_INT(r->pred_bp[0]), DB_INT(r->pred_bp[1]),
			DB_INT(r->pred_bp[2]), DB_INT(r->pred_bp[3]), DB_INT(r->pred_bp[4]),
			DB_INT(r->pred_bp[5]), DB_INT(r->absence_bp[0]), DB_INT(r->absence_bp[1]),
			DB_INT(r->absence_bp[2]), DB_INT(r->absence_bp[3]),
			DB_INT(r->late_block_minutes), DB_INT(r->late_bp_per_block),
			DB_INT(r->late_cap_bp), DB_INT(r->deduction_cap_bp), DB_INT(r->round_unit),
			DB_TEXT(tpp_round_mode_name(r->round_mode)), DB_TEXT(rs->note),
			DB_TEXT(rs->created_by), DB_INT(rs->created_at)), err);
	if (!rows)
		return -1;
	int rc = db_next(rows, err);
	if (rc == 1)
		rs->id = db_int(rows, 0);
	db_rows_free(rows);
	return rc == 1 ? 0 : -1;
}

static int create_tx(struct db *db, const struct actor *who, struct tpp_ruleset *rs,
		     struct kerr *err)
{
	int64_t last = 0;
	struct unit u;
	if (store_unit_get(db, rs->instansi_id, &u, err)) {
		kerr_clear(err);
		return kerr_set(err, KERR_INVALID, "instansi", "Instansi tidak ditemukan");
	}
	if (db_query_int(db, "SELECT COALESCE(MAX(version), 0) FROM tpp_ruleset WHERE "
			 "instansi_id = $1 AND year = $2",
			 DB_ARGS(DB_INT(rs->instansi_id), DB_INT(rs->year)), &last, err) < 0)
		return -1;
	rs->version = (int)last + 1;
	rs->created_at = now_unix();
	if (insert_ruleset(db, rs, err))
		return -1;
	for (size_t i = 0; i < rs->rules.nbase; i++) {
		struct tpp_base *b = &rs->rules.base[i];
		copy_str(b->key, sizeof b->key, canonical(rs->rules.basis, b->key));
		if (db_exec(db, "INSERT INTO tpp_ruleset_base (ruleset_id, key, amount) VALUES "
			    "($1, $2, $3)", DB_ARGS(DB_INT(rs->id), DB_TEXT(b->key),
						    DB_INT(b->amount)), err) < 0)
			return -1;
	}
	return store_audit_json(db, who, "create", "tpp_aturan", rs->id, NULL, ruleset_json(rs),
				err);
}

int store_tpp_ruleset_create(struct db *db, const struct actor *who, struct tpp_ruleset *rs,
			     struct kerr *err)
{
	if (rs->year < 2000 || rs->year > 2100)
		return kerr_set(err, KERR_INVALID, "tahun", "Tahun harus antara 2000 dan 2100");
	if (tpp_rules_check(&rs->rules, err))
		return -1;
	if (csv_utf8_chars(rs->note, strlen(rs->note)) > TPP_NOTE_MAX)
		return kerr_set(err, KERR_INVALID, "catatan", "Catatan paling banyak %d karakter",
				TPP_NOTE_MAX);
	if (db_begin(db, err))
		return -1;
	return db_finish(db, create_tx(db, who, rs, err), err);
}
