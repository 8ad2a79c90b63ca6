/*
 * bulk_access.c - who may ask for, see and download bulk documents (see
 * bulk_access.h), and queueing a job with every check before it.
 */
#include "http/bulk_access.h"
#include "http/assess_access.h"
#include "http/bulk_worker.h"
#include "http/evaluation_access.h"
#include "http/request.h"
#include "core/timeutil.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int64_t bulk_root(struct req *r)
{
	return eval_reader_root(r);
}

int bulk_may_use(struct req *r, struct kerr *err)
{
	if (bulk_root(r) >= 0)
		return 1;
	kerr_set(err, KERR_FORBIDDEN, "", "Dokumen massal hanya dapat diminta pengelola kinerja "
		 "(untuk unit kelolaannya), pimpinan unit (untuk unit yang dipimpinnya), auditor "
		 "dan administrator");
	return 0;
}

int bulk_sees_all(const struct req *r)
{
	return r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR;
}

int bulk_spec_words(const char *jenis, const char *titik, const char *format,
		    struct bulk_spec *spec, struct kerr *err)
{
	if (!jenis || bulk_kind_parse(jenis, &spec->kind))
		return kerr_set(err, KERR_INVALID, "jenis", "Jenis dokumen harus 'skp' atau 'evaluasi'%s%s%s",
				jenis ? ", bukan '" : "", jenis ? jenis : "", jenis ? "'" : "");
	if (!format || !*format)
		format = "zip";
	if (bulk_format_parse(format, &spec->format))
		return kerr_set(err, KERR_INVALID, "format", "Format harus 'zip' atau 'pdf', bukan '%s'",
				format);
	spec->checkpoint_id = 0;
	if (spec->kind == BULK_SKP)
		return 0;
	long long cp;
	if (titik && !strcmp(titik, "tahunan"))
		return 0;
	if (!titik || !*titik || parse_whole_in(titik, 1, INT64_MAX, &cp))
		return kerr_set(err, KERR_INVALID, "titik", "Untuk dokumen evaluasi pilih titik periksa "
				"(ID titik periksa periode itu) atau 'tahunan'");
	spec->checkpoint_id = cp;
	return 0;
}

/* 1 if unit_id is a unit within the caller's root; else KERR_INVALID (an
 * unknown unit) or KERR_FORBIDDEN, on "unit_id". */
static int may_ask_unit(struct req *r, int64_t unit_id, struct kerr *err)
{
	struct unit u;
	if (store_unit_get(r->db, unit_id, &u, err)) {
		if (err->code == KERR_NOT_FOUND)
			err->code = KERR_INVALID;
		copy_str(err->field, sizeof err->field, "unit_id");
		return 0;
	}
	if (eval_unit_within(r, unit_id, bulk_root(r)))
		return 1;
	kerr_set(err, KERR_FORBIDDEN, "unit_id", "%s berada di luar unit yang Anda kelola atau "
		 "pimpin; pilih unit Anda atau unit di bawahnya", u.name);
	return 0;
}

int bulk_ask(struct req *r, const struct bulk_spec *spec, int64_t *id, struct kerr *err)
{
	struct bulk_names names;
	struct bulk_item *items = NULL;
	size_t n = 0, ndocs = 0;
	char requester[300];
	if (!bulk_may_use(r, err))
		return -1;
	if (!may_ask_unit(r, spec->unit_id, err) || store_bulk_resolve(r->db, spec, &names, err))
		return -1;
	if (store_bulk_items(r->db, spec, &items, &n, &ndocs, err))
		return -1;
	free(items);
	if (bulk_check_size((int64_t)ndocs, r->app->cfg.bulk_max_docs, err))
		return -1;
	caller_display_name(r, requester, sizeof requester);
	struct actor who = req_actor(r);
	if (store_bulk_queue(r->db, &who, r->who.user_id, requester, spec, (int64_t)ndocs, id, err))
		return -1;
	bulk_worker_kick(r->app);
	return 0;
}

int bulk_job_load(struct req *r, int64_t id, struct bulk_job *j, struct kerr *err)
{
	if (store_bulk_get(r->db, id, now_unix(), j, err))
		return -1;
	if (j->user_id != r->who.user_id && !bulk_sees_all(r)) {
		bulk_job_release(j);
		return kerr_set(err, KERR_FORBIDDEN, "id", "Permintaan dokumen massal ini milik "
				"pengguna lain");
	}
	if (j->seen == BULK_MENUNGGU)
		bulk_worker_kick(r->app);
	return 0;
}

int reply_bulk_file(struct req *r, int64_t id)
{
	struct bulk_job j;
	struct kerr err = KERR_INIT;
	void *data = NULL;
	size_t len = 0;
	if (bulk_job_load(r, id, &j, &err))
		return reply_error(r, &err);
	int rc = 0;
	if (j.seen != BULK_SELESAI)
		rc = kerr_set(&err, KERR_CONFLICT, "status", "Berkas belum tersedia: permintaan ini %s",
			      j.seen == BULK_GAGAL ? "gagal" : "masih dikerjakan");
	else if (!j.has_file)
		rc = kerr_set(&err, KERR_NOT_FOUND, "berkas", "Berkas sudah dihapus (berkas disimpan "
			      "24 jam); silakan minta lagi");
	if (!rc) {
		rc = store_bulk_file(r->db, id, &data, &len, &err);
		if (rc == 0)
			rc = kerr_set(&err, KERR_NOT_FOUND, "berkas", "Berkas sudah dihapus; silakan "
				      "minta lagi");
		rc = rc == 1 ? 0 : -1;
	}
	const char *type = j.spec.format == BULK_PDF ? "application/pdf" : "application/zip";
	char name[200];
	copy_str(name, sizeof name, j.file_name);
	bulk_job_release(&j);
	if (rc)
		return reply_error(r, &err);
	return reply_file(r, type, name, data, len);
}
