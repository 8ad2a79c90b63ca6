/*
 * cmd_init.c - `kinerja init [--demo]`: prepares the data directory and the
 * database (the store applies the schema migrations when it opens), and with
 * --demo fills an empty database with the demo organisation, Kecamatan
 * Asemrowo, and prints the demo accounts.
 */
#include "cli/commands.h"
#include "core/strbuf.h"
#include "core/timeutil.h"
#include "http/auth.h"
#include "store/store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char cmd_init_usage[] =
	"Pemakaian: kinerja init [--demo[=lengkap|rencana]]\n"
	"\n"
	"Menyiapkan kinerja: membuat direktori data (mode 0700) bila belum ada,\n"
	"membuka basis data dan menerapkan migrasi skema yang belum dijalankan.\n"
	"Aman dijalankan berulang kali.\n"
	"\n"
	"Opsi:\n"
	"  --demo       isi basis data yang masih kosong dengan organisasi demo\n"
	"               Kecamatan Asemrowo (unit kerja, jabatan, sekitar 80 pegawai\n"
	"               rekaan, dan akun).  Akun demo dicetak dan disimpan di\n"
	"               DATA_DIR/demo-accounts.tsv (mode 0600).  Kata sandinya acak,\n"
	"               kecuali variabel lingkungan KINERJA_DEMO_PASSWORD diisi.\n"
	"               Tanpa nilai (atau =lengkap) tahun 2026 sudah berjalan sampai\n"
	"               Triwulan III: SKP disetujui, realisasi dengan bukti dukung,\n"
	"               umpan balik, putaran 360, penilaian dan predikat, predikat\n"
	"               unit, dan satu keberatan yang sedang diproses.\n"
	"               --demo=rencana berhenti pada rencana awal tahun (SKP saja).\n"
	"  -h, --help   tampilkan bantuan ini\n"
	"\n"
	"Contoh:\n"
	"  kinerja init\n"
	"  kinerja init --demo --data-dir /var/lib/kinerja\n"
	"  kinerja init --demo=rencana\n"
	"  kinerja init --db postgresql://kinerja@localhost/kinerja --demo\n"
	"\n"
	"Kode keluar: 0 berhasil, 1 gagal (mis. basis data sudah berisi data\n"
	"untuk --demo), 2 pemakaian salah.\n";

#define CMD "init"

/* mkdir -p with mode 0700 for the parts it creates; *created is set to 1 if
 * the last part was made now. */
static int mkdir_p(const char *path, int *created, struct kerr *err)
{
	struct strbuf sb = STRBUF_INIT;
	int rc = 0;
	*created = 0;
	strbuf_addstr(&sb, path);
	for (char *p = sb.buf + 1; !rc; p++) {
		char saved = *p;
		if (saved != '/' && saved != '\0')
			continue;
		*p = '\0';
		if (mkdir(sb.buf, 0700) == 0)
			*created = 1;
		else if (errno == EEXIST)
			*created = 0;
		else
			rc = kerr_set(err, KERR_IO, "data_dir", "Tidak dapat membuat direktori %s: %s",
				      sb.buf, strerror(errno));
		*p = saved;
		if (saved == '\0')
			break;
	}
	struct stat st;
	if (!rc && (stat(path, &st) || !S_ISDIR(st.st_mode)))
		rc = kerr_set(err, KERR_IO, "data_dir", "%s bukan direktori", path);
	strbuf_release(&sb);
	return rc;
}

/* For "sqlite:DIR/FILE" the directory of FILE must exist too, and FILE is
 * created here (mode 0600: it holds password hashes), as the store opens
 * only databases that exist. */
static int sqlite_dir(const char *url, struct kerr *err)
{
	const char *path = strncmp(url, "sqlite:", 7) == 0 ? url + 7 : NULL;
	const char *slash = path ? strrchr(path, '/') : NULL;
	int created, rc = 0;
	if (slash && slash != path) {
		char *dir = xstrndup(path, (size_t)(slash - path));
		rc = mkdir_p(dir, &created, err);
		free(dir);
	}
	if (rc || !path)
		return rc;
	int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0)
		return kerr_set(err, KERR_IO, "db", "Tidak dapat membuat basis data %s: %s", path,
				strerror(errno));
	close(fd);
	return 0;
}

/* The URL as it may be shown: a password in it becomes "***". */
static void url_shown(const char *url, char *out, size_t size)
{
	const char *scheme = strstr(url, "://");
	const char *at = scheme ? strchr(scheme + 3, '@') : NULL;
	const char *colon = scheme ? strchr(scheme + 3, ':') : NULL;
	if (!at || !colon || colon > at) {
		copy_str(out, size, url);
		return;
	}
	snprintf(out, size, "%.*s:***%s", (int)(colon - url), url, at);
}

/* Prints DATA_DIR/demo-accounts.tsv as an aligned table. */
static void accounts_print(const char *path)
{
	enum { NCOL = 4 };
	char line[1024], rows[16][NCOL][260];
	int width[NCOL] = { 0 }, n = 0;
	FILE *f = fopen(path, "r");
	if (!f)
		return;
	while (n < 16 && fgets(line, sizeof line, f)) {
		line[strcspn(line, "\r\n")] = '\0';
		char *field = line;
		for (int col = 0; col < NCOL; col++) {
			char *tab = field ? strchr(field, '\t') : NULL;
			if (tab)
				*tab = '\0';
			copy_str(rows[n][col], sizeof rows[n][col], field ? field : "");
			int len = (int)strlen(rows[n][col]);
			width[col] = len > width[col] ? len : width[col];
			field = tab ? tab + 1 : NULL;
		}
		n++;
	}
	fclose(f);
	static const char *const heads[NCOL] = { "PERAN", "LOGIN", "KATA SANDI", "NAMA" };
	for (int i = 0; i < n; i++) {
		const char *const *cells = i == 0 ? heads : NULL;
		printf("  %-*s  %-*s  %-*s  %s\n", width[0], cells ? cells[0] : rows[i][0],
		       width[1], cells ? cells[1] : rows[i][1], width[2], cells ? cells[2] : rows[i][2],
		       cells ? cells[3] : rows[i][3]);
	}
}

/* Counts what the demo created, for the summary line. */
static void demo_summary(struct db *db)
{
	struct kerr err = KERR_INIT;
	struct unit *units = NULL;
	struct position *pos = NULL;
	struct employee *emps = NULL;
	struct user *users = NULL;
	size_t nu = 0, np = 0, ne = 0, nusers = 0;
	int64_t total = 0;
	struct employee_query q = { .page = 1, .per_page = 1 };
	if (store_unit_list(db, &units, &nu, &err) || store_position_list(db, &pos, &np, &err) ||
	    store_employee_list(db, &q, &emps, &ne, &total, &err) ||
	    store_user_list(db, &users, &nusers, &err)) {
		fprintf(stderr, "kinerja " CMD ": peringatan: %s\n", err.msg);
	} else {
		size_t vacant = 0;
		for (size_t i = 0; i < np; i++)
			vacant += pos[i].holder_id == 0;
		printf("Organisasi demo Kecamatan Asemrowo dibuat: %zu unit kerja, %zu jabatan "
		       "(%zu kosong), %lld pegawai, %zu akun.\n",
		       nu, np, vacant, (long long)total, nusers);
	}
	free(units);
	free(pos);
	free(emps);
	free(users);
}

/* Rewords a failed demo run, telling whether part of it was written. */
static int demo_failed(struct db *db, struct kerr *err)
{
	struct kerr why = *err, ignored = KERR_INIT;
	struct unit *units = NULL;
	size_t n = 0;
	int partial = store_unit_list(db, &units, &n, &ignored) == 0 && n > 0;
	free(units);
	kerr_clear(err);
	return kerr_set(err, why.code, "", "Pembuatan organisasi demo gagal: %s%s", why.msg,
			partial ? " (basis data kini berisi sebagian data demo: kosongkan lalu "
			"ulangi)" : "");
}

/* Refuses a database that already holds units. */
static int demo_run(struct db *db, const struct config *cfg, enum demo_level level,
		    struct kerr *err)
{
	struct unit *units = NULL;
	size_t n = 0;
	if (store_unit_list(db, &units, &n, err))
		return -1;
	free(units);
	if (n > 0)
		return kerr_set(err, KERR_CONFLICT, "", "Basis data sudah berisi data; demo tidak dibuat");
	if (auth_init() < 0)
		return kerr_set(err, KERR_INTERNAL, "", "libsodium tidak dapat dimulai");
	int64_t start = now_mono_us();
	if (demo_create(db, cfg->data_dir, level, err))
		return demo_failed(db, err);
	demo_summary(db);
	printf("Selesai dalam %.1f detik.\n\nAkun demo:\n", (double)(now_mono_us() - start) / 1e6);
	char path[1024];
	snprintf(path, sizeof path, "%s/demo-accounts.tsv", cfg->data_dir);
	accounts_print(path);
	printf("\nAkun-akun ini juga tersimpan di %s (hanya dapat dibaca pemiliknya).\n"
	       "Setiap pegawai lain masuk dengan NIP-nya; kata sandinya diatur dengan\n"
	       "  kinerja user passwd NIP\n", path);
	return 0;
}

/* *demo: 0 none, else 1 + the demo_level. */
static int parse_args(int argc, char **argv, int *demo)
{
	*demo = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--demo") || !strcmp(argv[i], "--demo=lengkap"))
			*demo = 1 + DEMO_LENGKAP;
		else if (!strcmp(argv[i], "--demo=rencana"))
			*demo = 1 + DEMO_RENCANA;
		else if (!strncmp(argv[i], "--demo=", 7))
			return cli_usage(CMD, "--demo: tingkat tidak dikenal '%s' (lengkap atau rencana)",
					 argv[i] + 7);
		else
			return cli_usage(CMD, "opsi tidak dikenal: %s", argv[i]);
	}
	return 0;
}

int cmd_init(int argc, char **argv, struct config *cfg)
{
	struct kerr err = KERR_INIT;
	struct store *st = NULL;
	int demo, created, rc;
	char shown[1024];
	if (cli_wants_help(argc, argv)) {
		printf("%s\n%s", cmd_init_usage, config_flags_help);
		return 0;
	}
	if ((rc = parse_args(argc, argv, &demo)))
		return rc;
	if (mkdir_p(cfg->data_dir, &created, &err) || sqlite_dir(cfg->db_url, &err))
		return cli_fail(CMD, &err);
	printf("Direktori data: %s (%s)\n", cfg->data_dir, created ? "dibuat" : "sudah ada");
	if (store_open(cfg->db_url, 1, &st, &err))
		return cli_fail(CMD, &err);
	struct db *db = store_acquire(st);
	int version = store_schema_version(db, &err);
	url_shown(cfg->db_url, shown, sizeof shown);
	if (version >= 0)
		printf("Basis data siap: %s (skema versi %d)\n", shown, version);
	rc = version < 0 || (demo && demo_run(db, cfg, (enum demo_level)(demo - 1), &err)) ? cli_fail(CMD, &err) : 0;
	store_release(st, db);
	store_close(st);
	return rc;
}
