/*
 * api_tpp_json.c - the allowance (TPP) in JSON: a rule set read from a
 * request body (or a CLI file) and written back, a run, and an item with
 * its breakdown (see api_tpp.h).
 */
#include "api/api_tpp.h"
#include "api/api_util.h"
#include "core/timeutil.h"
#include "domain/hierarchy.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- reading a rule set ---------------------------------------------------------------------- */

json_t *tpp_pct_json(int64_t bp)
{
	if (bp % 100 == 0)
		return json_integer(bp / 100);
	return json_real((double)bp / 100.0);
}

/* A percentage: a number of percent or a string ("2,5"); basis points. */
static int take_pct(json_t *v, const char *field, int64_t *bp, struct kerr *err)
{
	if (json_is_integer(v)) {
		json_int_t x = json_integer_value(v);
		if (x < -1000000 || x > 1000000)
			return kerr_set(err, KERR_INVALID, field, "Nilai '%s' di luar rentang", field);
		*bp = (int64_t)x * 100;
		return 0;
	}
	if (json_is_real(v)) {
		double x = json_real_value(v) * 100.0;
		if (!isfinite(x) || fabs(x) > 1e8 || fabs(x - round(x)) > 1e-6)
			return kerr_set(err, KERR_INVALID, field, "Nilai '%s' harus persen dengan paling "
					"banyak dua angka desimal", field);
		*bp = (int64_t)llround(x);
		return 0;
	}
	if (json_is_string(v)) {
		const char *s = json_string_value(v);
		if (*s == '-')
			return kerr_set(err, KERR_INVALID, field, "Nilai '%s' tidak boleh negatif", field);
		if (!tpp_pct_parse(s, bp))
			return 0;
	}
	return kerr_set(err, KERR_INVALID, field, "Nilai '%s' harus persen, misalnya 60 atau 2,5",
			field);
}

/* Refuses keys of `obj` outside names[] (NULL-terminated); `where` prefixes the field. */
static int only_keys(json_t *obj, const char *const *names, const char *where, struct kerr *err)
{
	const char *key;
	json_t *v;
	json_object_foreach(obj, key, v) {
		size_t i = 0;
		while (names[i] && strcmp(names[i], key))
			i++;
		if (!names[i])
			return kerr_set(err, KERR_INVALID, where, "Kolom '%s%s%s' tidak dikenal", where,
					*where ? "." : "", key);
	}
	return 0;
}

static json_t *object_or_fail(json_t *body, const char *name, struct kerr *err)
{
	json_t *v = json_object_get(body, name);
	if (v && !json_is_object(v)) {
		kerr_set(err, KERR_INVALID, name, "Kolom '%s' harus berupa objek", name);
		return NULL;
	}
	return v;
}

static int take_amount(json_t *v, const char *key, int64_t *out, struct kerr *err)
{
	char field[64];
	snprintf(field, sizeof field, "besaran.%s", key);
	if (json_is_integer(v)) {
		*out = json_integer_value(v);
		return 0;   /* a negative amount is refused by tpp_rules_check, naming it */
	}
	if (json_is_string(v) && json_string_value(v)[0] == '-')
		return kerr_set(err, KERR_INVALID, field, "Besaran dasar untuk %s tidak boleh negatif",
				key);
	if (json_is_string(v) && !tpp_amount_parse(json_string_value(v), out))
		return 0;
	return kerr_set(err, KERR_INVALID, field, "Besaran dasar untuk %s harus rupiah bulat", key);
}

static int read_base(json_t *body, struct tpp_rules *r, struct kerr *err)
{
	json_t *base = json_object_get(body, "besaran"), *v;
	const char *key;
	if (!base || !json_is_object(base))
		return kerr_set(err, KERR_INVALID, "besaran", "Kolom 'besaran' wajib diisi: objek "
				"golongan atau jenis jabatan -> rupiah sebulan");
	r->nbase = 0;
	json_object_foreach(base, key, v) {
		if (r->nbase == TPP_BASE_MAX)
			return kerr_set(err, KERR_INVALID, "besaran", "Paling banyak %d besaran dasar",
					TPP_BASE_MAX);
		struct tpp_base *b = &r->base[r->nbase++];
		if (copy_str(b->key, sizeof b->key, key))
			return kerr_set(err, KERR_INVALID, "besaran", "Kunci besaran terlalu panjang");
		if (take_amount(v, key, &b->amount, err))
			return -1;
	}
	return 0;
}

/* The percentages of a group: obj.names[i] -> dst[i]. */
static int read_group(json_t *body, const char *group, const char *const *names, int64_t **dst,
		      struct kerr *err)
{
	json_t *obj = object_or_fail(body, group, err), *v;
	char field[64];
	if (kerr_is_set(err))
		return -1;
	if (!obj)
		return 0;
	if (only_keys(obj, names, group, err))
		return -1;
	for (size_t i = 0; names[i]; i++) {
		snprintf(field, sizeof field, "%s.%s", group, names[i]);
		if ((v = json_object_get(obj, names[i])) && take_pct(v, field, dst[i], err))
			return -1;
	}
	return 0;
}

static int read_multipliers(json_t *body, struct tpp_rules *r, struct kerr *err)
{
	const char *names[PRED__COUNT + 2];
	int64_t *dst[PRED__COUNT + 1];
	for (int p = 0; p <= TPP_PRED_NONE; p++) {
		names[p] = tpp_pred_name(p);
		dst[p] = &r->pred_bp[p];
	}
	names[PRED__COUNT + 1] = NULL;
	return read_group(body, "pengali_predikat", names, dst, err);
}

static int read_absences(json_t *body, struct tpp_rules *r, struct kerr *err)
{
	const char *names[TPP_ABS__KINDS + 1];
	int64_t *dst[TPP_ABS__KINDS];
	for (int k = 0; k < TPP_ABS__KINDS; k++) {
		names[k] = tpp_absence_name((enum tpp_absence)k);
		dst[k] = &r->absence_bp[k];
	}
	names[TPP_ABS__KINDS] = NULL;
	return read_group(body, "potongan_per_hari", names, dst, err);
}

static int read_late(json_t *body, struct tpp_rules *r, struct kerr *err)
{
	static const char *const names[] = { "menit_per_blok", "persen_per_blok", "batas_persen",
					      NULL };
	json_t *obj = object_or_fail(body, "terlambat", err), *v;
	if (kerr_is_set(err))
		return -1;
	if (!obj)
		return 0;
	if (only_keys(obj, names, "terlambat", err))
		return -1;
	if ((v = json_object_get(obj, "menit_per_blok"))) {
		if (!json_is_integer(v))
			return kerr_set(err, KERR_INVALID, "terlambat.menit_per_blok", "Menit per blok "
					"harus bilangan bulat");
		r->late_block_minutes = json_integer_value(v);
	}
	int64_t *dst[] = { &r->late_bp_per_block, &r->late_cap_bp };
	static const char *const fields[] = { "terlambat.persen_per_blok", "terlambat.batas_persen" };
	for (int i = 0; i < 2; i++)
		if ((v = json_object_get(obj, names[i + 1])) && take_pct(v, fields[i], dst[i], err))
			return -1;
	return 0;
}

static int read_rounding(json_t *body, struct tpp_rules *r, struct kerr *err)
{
	static const char *const names[] = { "satuan", "cara", NULL };
	json_t *obj = object_or_fail(body, "pembulatan", err), *v;
	if (kerr_is_set(err))
		return -1;
	if (!obj)
		return 0;
	if (only_keys(obj, names, "pembulatan", err))
		return -1;
	if ((v = json_object_get(obj, "satuan"))) {
		if (!json_is_integer(v))
			return kerr_set(err, KERR_INVALID, "pembulatan.satuan", "Satuan pembulatan harus "
					"1, 10, 100 atau 1000");
		r->round_unit = json_integer_value(v);
	}
	if ((v = json_object_get(obj, "cara")) &&
	    (!json_is_string(v) || tpp_round_mode_parse(json_string_value(v), &r->round_mode)))
		return kerr_set(err, KERR_INVALID, "pembulatan.cara", "Cara pembulatan harus "
				"setengah_ke_atas, ke_bawah atau ke_atas");
	return 0;
}

static int read_top(json_t *body, struct tpp_ruleset *rs, struct kerr *err)
{
	json_t *v;
	int64_t year = 0, inst = 0;
	if (json_take_int(body, "tahun", 2000, 0, &year, err) < 0)
		return -1;
	if (!year || year > 2100)
		return kerr_set(err, KERR_INVALID, "tahun", "Kolom 'tahun' wajib diisi (2000-2100)");
	if (json_take_int(body, "instansi_id", 1, 1, &inst, err) < 0)
		return -1;
	rs->year = (int)year;
	rs->instansi_id = inst;
	if ((v = json_object_get(body, "dasar")) &&
	    (!json_is_string(v) || tpp_basis_parse(json_string_value(v), &rs->rules.basis)))
		return kerr_set(err, KERR_INVALID, "dasar", "Kolom 'dasar' harus 'golongan' atau "
				"'jabatan'");
	if ((v = json_object_get(body, "catatan")) && !json_is_null(v)) {
		if (!json_is_string(v) || copy_str(rs->note, sizeof rs->note, json_string_value(v)))
			return kerr_set(err, KERR_INVALID, "catatan", "Catatan harus teks, paling banyak "
					"%d karakter", TPP_NOTE_MAX);
	}
	int64_t *shares[] = { &rs->rules.share_kinerja_bp, &rs->rules.share_disiplin_bp,
			      &rs->rules.deduction_cap_bp };
	static const char *const names[] = { "porsi_kinerja", "porsi_disiplin", "batas_potongan" };
	for (int i = 0; i < 3; i++)
		if ((v = json_object_get(body, names[i])) && take_pct(v, names[i], shares[i], err))
			return -1;
	return 0;
}

int tpp_ruleset_from_json(json_t *body, struct tpp_ruleset *rs, struct kerr *err)
{
	static const char *const keys[] = { "tahun", "instansi_id", "dasar", "besaran",
					     "porsi_kinerja", "porsi_disiplin", "pengali_predikat",
					     "potongan_per_hari", "terlambat", "batas_potongan",
					     "pembulatan", "catatan", NULL };
	memset(rs, 0, sizeof *rs);
	tpp_rules_default(&rs->rules);
	if (!json_is_object(body))
		return kerr_set(err, KERR_INVALID, "", "Aturan TPP harus berupa objek JSON");
	if (only_keys(body, keys, "", err) || read_top(body, rs, err) ||
	    read_base(body, &rs->rules, err) || read_multipliers(body, &rs->rules, err) ||
	    read_absences(body, &rs->rules, err) || read_late(body, &rs->rules, err) ||
	    read_rounding(body, &rs->rules, err))
		return -1;
	return 0;
}

/* ---- writing ------------------------------------------------------------------------------------ */

json_t *tpp_ruleset_to_json(const struct tpp_ruleset *rs)
{
	const struct tpp_rules *r = &rs->rules;
	json_t *base = json_object(), *mult = json_object(), *abs = json_object();
	for (size_t i = 0; i < r->nbase; i++)
		json_object_set_new(base, r->base[i].key, json_integer(r->base[i].amount));
	for (int p = 0; p <= TPP_PRED_NONE; p++)
		json_object_set_new(mult, tpp_pred_name(p), tpp_pct_json(r->pred_bp[p]));
	for (int k = 0; k < TPP_ABS__KINDS; k++)
		json_object_set_new(abs, tpp_absence_name((enum tpp_absence)k),
				    tpp_pct_json(r->absence_bp[k]));
	return json_pack("{s:I, s:I, s:s, s:i, s:i, s:s, s:o, s:o, s:o, s:o, s:o, "
			 "s:{s:I, s:o, s:o}, s:o, s:{s:I, s:s}, s:s, s:s, s:o, s:I}",
			 "id", (json_int_t)rs->id, "instansi_id", (json_int_t)rs->instansi_id,
			 "instansi", rs->instansi_name, "tahun", rs->year, "versi", rs->version,
			 "dasar", tpp_basis_name(r->basis), "besaran", base, "porsi_kinerja",
			 tpp_pct_json(r->share_kinerja_bp), "porsi_disiplin",
			 tpp_pct_json(r->share_disiplin_bp), "pengali_predikat", mult,
			 "potongan_per_hari", abs, "terlambat", "menit_per_blok",
			 (json_int_t)r->late_block_minutes, "persen_per_blok",
			 tpp_pct_json(r->late_bp_per_block), "batas_persen",
			 tpp_pct_json(r->late_cap_bp), "batas_potongan",
			 tpp_pct_json(r->deduction_cap_bp), "pembulatan", "satuan",
			 (json_int_t)r->round_unit, "cara", tpp_round_mode_name(r->round_mode),
			 "catatan", rs->note, "dibuat_oleh", rs->created_by, "dibuat_pada",
			 api_time(rs->created_at), "dipakai_perhitungan", (json_int_t)rs->runs);
}

json_t *tpp_run_to_json(const struct tpp_run *run)
{
	return json_pack("{s:I, s:s, s:s, s:i, s:i, s:i, s:o, s:{s:I, s:s}, s:I, s:{s:I, s:i}, "
			 "s:s, s:I, s:I, s:s, s:o, s:o, s:s, s:o, s:I}",
			 "id", (json_int_t)run->id, "label", run->label, "jenis",
			 tpp_run_kind_name(run->kind), "tahun", run->year, "bulan_dari",
			 run->month_from, "bulan_sampai", run->month_to, "titik_periksa_id",
			 api_id(run->checkpoint_id), "unit", "id", (json_int_t)run->unit_id, "nama",
			 run->unit_name, "instansi_id", (json_int_t)run->instansi_id, "aturan", "id",
			 (json_int_t)run->ruleset_id, "versi", run->ruleset_version, "status",
			 run->state, "pegawai", (json_int_t)run->employees, "jumlah",
			 (json_int_t)run->total, "dibuat_oleh", run->created_by, "dibuat_pada",
			 api_time(run->created_at), "dihitung_pada", api_time(run->computed_at),
			 "disetujui_oleh", run->approved_by, "disetujui_pada",
			 api_time(run->approved_at), "version", (json_int_t)run->version);
}

json_t *tpp_item_to_json(const struct tpp_item *it)
{
	json_t *j = json_pack("{s:I, s:I, s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:I, s:i, "
			      "s:I, s:I, s:I, s:I, s:I, s:s, s:s}",
			      "id", (json_int_t)it->id, "perhitungan_id", (json_int_t)it->run_id,
			      "pegawai_id", (json_int_t)it->employee_id, "nip", it->nip, "nama",
			      it->name, "golongan", it->golongan, "jenis_jabatan", it->position_kind,
			      "unit", it->unit_name, "predikat", tpp_pred_name(it->predicate),
			      "predikat_label", tpp_pred_label(it->predicate), "besaran_dasar",
			      (json_int_t)it->base, "bulan_dibayar", it->months_paid, "kinerja",
			      (json_int_t)it->kinerja, "disiplin", (json_int_t)it->disiplin,
			      "potongan", (json_int_t)it->potongan, "pembulatan",
			      (json_int_t)it->pembulatan, "jumlah", (json_int_t)it->amount,
			      "perhitungan", it->run_label, "status", it->run_state);
	if (it->lines_json) {
		json_t *lines = json_loads(it->lines_json, 0, NULL);
		json_object_set_new(j, "rincian", lines ? lines : json_array());
	}
	return j;
}
