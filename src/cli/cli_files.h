/*
 * cli_files.h - what the report and analysis commands' options name, and
 * the files they write, read the same way by every command:
 *
 *   --period   a year ("2026": its period) or a period's ID
 *   --unit     a unit's code ("ASM-YAN") or its ID
 *   --format   csv or xlsx, else the extension of --out (listcli_format_of
 *              in domain/listcli.h)
 *   --out      written to FILE.tmp and renamed to FILE (never half a file),
 *              or standard output
 *
 * Errors are set on the option that caused them ("--period", "--unit",
 * "--out"), so cli_fail prints "kinerja CMD: --unit: ...".
 */
#ifndef KINERJA_CLI_FILES_H
#define KINERJA_CLI_FILES_H

#include "cli/cli_sub.h"
#include "core/strbuf.h"

/* ---- --period ------------------------------------------------------------------------------ */

/* The period `text` names: a year (four digits) with a period - with
 * `newest` the newest of several, else only a year of one period - or a
 * period's ID.  0 and *out; 1 when no period has that year or ID (err
 * untouched); -1 on a database error, or KERR_INVALID on "--period" for a
 * year of several periods without `newest` ("sebutkan ID periodenya"). */
int cli_period_find(struct db *db, const char *text, int newest, struct period *out,
		    struct kerr *err);

/* --period as most commands read it: a year of one period, else what
 * cli_period_pick makes of it (a period's ID; NULL: the current period). */
int cli_period_named(struct cli_run *c, const char *text, struct period *out);

/* ---- --unit -------------------------------------------------------------------------------- */

/* The unit `text` names, by its code, else by its ID.  0 and *out; 1 when
 * none (err untouched); -1 on a database error. */
int cli_unit_find(struct db *db, const char *text, struct unit *out, struct kerr *err);

/* The same, with "none" as KERR_NOT_FOUND on "--unit": "Unit kerja 'TEXT'
 * tidak ditemukan (HINT)". */
int cli_unit_named(struct db *db, const char *text, const char *hint, struct unit *out,
		   struct kerr *err);

/* ---- --out ------------------------------------------------------------------------------- */

/* Writes data to path.tmp, flushes it to disk and renames it to path;
 * path.tmp never stays.  KERR_IO on "--out" naming the file otherwise. */
int cli_write_file(const char *path, const struct strbuf *data, struct kerr *err);

/* cli_write_file to `path`, or data to standard output when path is NULL. */
int cli_write_out(const char *path, const struct strbuf *data, struct kerr *err);

#endif
