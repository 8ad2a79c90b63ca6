/*
 * cmd_serve.c - `kinerja serve`: opens the store and runs the web server.
 */
#include "cli/commands.h"
#include "core/log.h"
#include "http/server.h"
#include "store/dashboard.h"

#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

const char cmd_serve_usage[] =
	"Pemakaian: kinerja serve [--listen ALAMAT:PORT] [--db URL] [--threads N]\n\n"
	"Menjalankan server web kinerja: halaman dalam bahasa Indonesia dan API JSON di /api/v1.\n"
	"Migrasi skema diterapkan otomatis saat mulai. Hentikan dengan Ctrl-C atau SIGTERM:\n"
	"permintaan yang sedang berjalan diselesaikan dahulu.\n\n"
	"Beberapa proses 'kinerja serve' boleh memakai satu PostgreSQL yang sama di belakang\n"
	"penyeimbang beban: sesi disimpan di basis data.\n\n"
	"Contoh:\n"
	"  kinerja serve\n"
	"  kinerja serve --listen 0.0.0.0:8080 --db postgresql://kinerja@db/kinerja --behind-tls\n";

/* Prints the demo accounts saved by `init --demo`, if there are any. */
static void print_demo_accounts(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return;
	char line[512];
	printf("Akun demo (dari %s):\n", path);
	while (fgets(line, sizeof line, f))
		printf("  %s", line);
	fclose(f);
}

int cmd_serve(int argc, char **argv, struct config *cfg)
{
	if (argc > 1) {
		fprintf(stderr, "kinerja serve: argumen '%s' tidak dikenal (lihat --help)\n", argv[1]);
		return 2;
	}
	static struct app app;   /* shared by all worker threads for the whole run */
	app.cfg = *cfg;
	struct kerr err = KERR_INIT;
	int threads = cfg->threads > 0 ? cfg->threads : (int)sysconf(_SC_NPROCESSORS_ONLN);
	if (threads < 1)
		threads = 2;
	mkdir(cfg->data_dir, 0700);
	if (store_open(cfg->db_url, threads + 1, &app.store, &err))
		return cli_fail("serve", &err);
	snprintf(app.demo_accounts_path, sizeof app.demo_accounts_path, "%s/demo-accounts.tsv",
		 cfg->data_dir);
	print_demo_accounts(app.demo_accounts_path);
	dash_cache_set_max_stale(cfg->dashboard_max_stale);
	printf("kinerja siap di http://%s\n", cfg->listen);
	fflush(stdout);
	int rc = server_run(&app, &err);
	store_close(app.store);
	return rc ? cli_fail("serve", &err) : 0;
}
