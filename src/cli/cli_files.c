/*
 * cli_files.c - the periods, units and files the report and analysis
 * commands' options name (see cli_files.h).
 */
#include "cli/cli_files.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- --period ------------------------------------------------------------------------------ */

int cli_period_find(struct db *db, const char *text, int newest, struct period *out,
		    struct kerr *err)
{
	struct period *list = NULL;
	size_t n = 0, of_year = 0, by_id = 0;
	int64_t number = cli_parse_id(text);
	int year = number > 0 && strlen(text) == 4;
	if (number < 0)
		return 1;
	if (store_period_list(db, &list, &n, err))
		return -1;
	for (size_t i = 0; i < n && year; i++)       /* newest first */
		if (list[i].year == number && !of_year++)
			*out = list[i];
	for (size_t i = 0; i < n && !of_year && !by_id; i++)
		if (list[i].id == number && ++by_id)
			*out = list[i];
	free(list);
	if (of_year > 1 && !newest)
		return kerr_set(err, KERR_INVALID, "--period", "Tahun %s memiliki %zu periode; "
				"sebutkan ID periodenya", text, of_year);
	return of_year || by_id ? 0 : 1;
}

int cli_period_named(struct cli_run *c, const char *text, struct period *out)
{
	int rc = text ? cli_period_find(c->db, text, 0, out, &c->err) : 1;
	return rc > 0 ? cli_period_pick(c, text, out) : rc;
}

/* ---- --unit -------------------------------------------------------------------------------- */

int cli_unit_find(struct db *db, const char *text, struct unit *out, struct kerr *err)
{
	int64_t id = cli_parse_id(text);
	if (!store_unit_by_code(db, text, out, err))
		return 0;
	if (err->code != KERR_NOT_FOUND)
		return -1;
	kerr_clear(err);
	if (id > 0 && !store_unit_get(db, id, out, err))
		return 0;
	if (err->code && err->code != KERR_NOT_FOUND)
		return -1;
	kerr_clear(err);
	return 1;
}

int cli_unit_named(struct db *db, const char *text, const char *hint, struct unit *out,
		   struct kerr *err)
{
	int rc = cli_unit_find(db, text, out, err);
	if (rc > 0)
		return kerr_set(err, KERR_NOT_FOUND, "--unit", "Unit kerja '%s' tidak ditemukan (%s)",
				text, hint);
	return rc;
}

/* ---- --out ------------------------------------------------------------------------------- */

int cli_write_file(const char *path, const struct strbuf *data, struct kerr *err)
{
	struct strbuf tmp = STRBUF_INIT;
	strbuf_addf(&tmp, "%s.tmp", path);
	FILE *f = fopen(tmp.buf, "wb");
	int rc = 0;
	if (!f) {
		rc = kerr_set(err, KERR_IO, "--out", "%s tidak dapat ditulis: %s", tmp.buf,
			      strerror(errno));
	} else {
		int bad = fwrite(data->buf, 1, data->len, f) != data->len;
		bad |= fflush(f) != 0 || fsync(fileno(f)) != 0;
		bad |= fclose(f) != 0;
		if (bad || rename(tmp.buf, path)) {
			int e = errno;
			unlink(tmp.buf);
			rc = kerr_set(err, KERR_IO, "--out", "%s tidak dapat ditulis: %s", path,
				      strerror(e));
		}
	}
	strbuf_release(&tmp);
	return rc;
}

int cli_write_out(const char *path, const struct strbuf *data, struct kerr *err)
{
	if (path)
		return cli_write_file(path, data, err);
	if (fwrite(data->buf, 1, data->len, stdout) != data->len || fflush(stdout))
		return kerr_set(err, KERR_IO, "", "Keluaran standar tidak dapat ditulis");
	return 0;
}
