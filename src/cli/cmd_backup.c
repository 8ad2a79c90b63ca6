/*
 * cmd_backup.c - `kinerja backup FILE`: a consistent copy of the database.
 *
 * SQLite: an online copy through the store (SQLite's backup API), safe while
 * `kinerja serve` keeps running.  PostgreSQL: runs `pg_dump --format=custom`,
 * with a password in the URL handed over in PGPASSWORD rather than on the
 * command line, where other local users could read it.  The backup holds
 * password hashes, so it is created readable by its owner only.
 */
#include "cli/commands.h"
#include "core/strbuf.h"
#include "store/store.h"

#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

const char cmd_backup_usage[] =
	"Pemakaian: kinerja backup [--force] FILE\n"
	"\n"
	"Membuat cadangan basis data ke FILE (mode 0600, karena berisi hash kata sandi).\n"
	"  SQLite      salinan daring yang konsisten; server boleh tetap berjalan.\n"
	"              Pulihkan dengan menyalin FILE ke tempat basis data semula\n"
	"              saat server berhenti.\n"
	"  PostgreSQL  menjalankan pg_dump --format=custom (paket postgresql-client,\n"
	"              versinya tidak boleh lebih lama dari server).  Pulihkan dengan\n"
	"              pg_restore --clean --dbname=URL FILE.\n"
	"\n"
	"Opsi:\n"
	"  --force      timpa FILE bila sudah ada\n"
	"  -h, --help   tampilkan bantuan ini\n"
	"\n"
	"Contoh:\n"
	"  kinerja backup cadangan/kinerja-2026-01-31.db\n"
	"  kinerja backup --db postgresql://kinerja@db.internal/kinerja kinerja.dump\n"
	"\n"
	"Kode keluar: 0 berhasil, 1 gagal, 2 pemakaian salah.\n";

#define CMD "backup"

static int parse_args(int argc, char **argv, const char **file, int *force)
{
	*file = NULL;
	*force = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--force"))
			*force = 1;
		else if (argv[i][0] == '-' && argv[i][1] != '\0')
			return cli_usage(CMD, "opsi tidak dikenal: %s", argv[i]);
		else if (*file)
			return cli_usage(CMD, "argumen berlebih: %s", argv[i]);
		else
			*file = argv[i];
	}
	return *file ? 0 : cli_usage(CMD, "FILE tujuan belum diberikan");
}

/* Refuses to write over an existing FILE without --force, and ever over the
 * database itself; with --force an old FILE is removed first. */
static int check_target(const char *file, const char *db_url, int force, struct kerr *err)
{
	struct stat target, db;
	if (stat(file, &target) != 0)
		return 0;
	const char *db_path = strncmp(db_url, "sqlite:", 7) == 0 ? db_url + 7 : NULL;
	if (db_path && stat(db_path, &db) == 0 && db.st_dev == target.st_dev &&
	    db.st_ino == target.st_ino)
		return kerr_set(err, KERR_INVALID, "file", "%s adalah basis data itu sendiri", file);
	if (!force)
		return kerr_set(err, KERR_CONFLICT, "file",
				"%s sudah ada; pakai --force untuk menimpanya", file);
	if (unlink(file) != 0)
		return kerr_set(err, KERR_IO, "file", "Tidak dapat menghapus %s: %s", file,
				strerror(errno));
	return 0;
}

/* ---- PostgreSQL ------------------------------------------------------------- */

static int hex_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Appends s[0..n) to sb with %XX escapes decoded. */
static void add_decoded(struct strbuf *sb, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int hi = -1, lo = -1;
		if (s[i] == '%' && i + 2 < n) {
			hi = hex_value(s[i + 1]);
			lo = hex_value(s[i + 2]);
		}
		if (hi >= 0 && lo >= 0) {
			strbuf_addch(sb, hi * 16 + lo);
			i += 2;
		} else {
			strbuf_addch(sb, s[i]);
		}
	}
}

/* Splits "scheme://user:secret@host/db" into the URL without the password
 * and the (decoded) password; the password stays empty when there is none. */
static void split_password(const char *url, struct strbuf *bare, struct strbuf *password)
{
	const char *auth = strstr(url, "://");
	auth = auth ? auth + 3 : url;
	size_t auth_len = strcspn(auth, "/?");
	const char *at = NULL;
	for (const char *p = auth; p < auth + auth_len; p++)
		if (*p == '@')
			at = p;
	const char *colon = at ? memchr(auth, ':', (size_t)(at - auth)) : NULL;
	if (!colon) {
		strbuf_addstr(bare, url);
		return;
	}
	strbuf_add(bare, url, (size_t)(colon - url));
	strbuf_addstr(bare, at);
	add_decoded(password, colon + 1, (size_t)(at - colon - 1));
}

/* The environment for pg_dump: ours, with PGPASSWORD set if there is one. */
static char **child_env(const char *pgpassword_entry)
{
	size_t n = 0;
	while (environ[n])
		n++;
	char **env = xcalloc(n + 2, sizeof *env);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (!pgpassword_entry || strncmp(environ[i], "PGPASSWORD=", 11) != 0)
			env[k++] = environ[i];
	if (pgpassword_entry)
		env[k++] = (char *)pgpassword_entry;
	env[k] = NULL;
	return env;
}

/* Runs pg_dump and waits for it. */
static int pg_dump_run(const char *url, const char *file, struct kerr *err)
{
	struct strbuf bare = STRBUF_INIT, pw = STRBUF_INIT, pwenv = STRBUF_INIT;
	struct strbuf file_arg = STRBUF_INIT, db_arg = STRBUF_INIT;
	split_password(url, &bare, &pw);
	strbuf_addf(&pwenv, "PGPASSWORD=%s", pw.buf);
	strbuf_addf(&file_arg, "--file=%s", file);
	strbuf_addf(&db_arg, "--dbname=%s", bare.buf);
	char *args[] = { (char *)"pg_dump", (char *)"--format=custom", file_arg.buf, db_arg.buf, NULL };
	char **env = child_env(pw.len ? pwenv.buf : NULL);
	pid_t pid;
	int status = 0, rc = posix_spawnp(&pid, "pg_dump", NULL, NULL, args, env);
	if (rc == ENOENT)
		kerr_set(err, KERR_IO, "", "pg_dump tidak ditemukan.  Pasang paket postgresql-client, "
			 "lalu jalankan: pg_dump --format=custom --file='%s' --dbname='%s'", file, bare.buf);
	else if (rc != 0)
		kerr_set(err, KERR_IO, "", "pg_dump tidak dapat dijalankan: %s", strerror(rc));
	else if (waitpid(pid, &status, 0) < 0)
		rc = kerr_set(err, KERR_IO, "", "Menunggu pg_dump gagal: %s", strerror(errno));
	else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		rc = kerr_set(err, KERR_IO, "", "pg_dump gagal (%s %d); cadangan tidak lengkap",
			      WIFEXITED(status) ? "kode keluar" : "sinyal",
			      WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
	explicit_bzero(pw.buf, pw.len);
	explicit_bzero(pwenv.buf, pwenv.len);
	free(env);
	strbuf_release(&bare);
	strbuf_release(&pw);
	strbuf_release(&pwenv);
	strbuf_release(&file_arg);
	strbuf_release(&db_arg);
	return rc ? -1 : 0;
}

/* ---- the command ------------------------------------------------------------- */

static int is_postgres(const char *url)
{
	return !strncmp(url, "postgresql://", 13) || !strncmp(url, "postgres://", 11);
}

int cmd_backup(int argc, char **argv, struct config *cfg)
{
	struct kerr err = KERR_INIT;
	struct stat st;
	const char *file;
	int force, rc;
	if (cli_wants_help(argc, argv)) {
		printf("%s\n%s", cmd_backup_usage, config_flags_help);
		return 0;
	}
	if ((rc = parse_args(argc, argv, &file, &force)))
		return rc;
	if (check_target(file, cfg->db_url, force, &err))
		return cli_fail(CMD, &err);
	umask(077);
	if (is_postgres(cfg->db_url))
		rc = pg_dump_run(cfg->db_url, file, &err);
	else if (!strncmp(cfg->db_url, "sqlite:", 7))
		rc = store_backup_sqlite(cfg->db_url, file, &err);
	else
		rc = kerr_set(&err, KERR_INVALID, "db", "Jenis basis data tidak dikenal: %s", cfg->db_url);
	if (rc) {
		unlink(file);   /* a partial copy; check_target made sure it was not there */
		return cli_fail(CMD, &err);
	}
	chmod(file, 0600);
	if (stat(file, &st) == 0)
		printf("Cadangan tersimpan di %s (%.1f KB).\n", file, (double)st.st_size / 1024.0);
	return 0;
}
