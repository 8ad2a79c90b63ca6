/*
 * cmd_guidance.c - `kinerja guidance ...`: guidance (pembinaan) from the
 * command line, for HR: the improvement plans (Rencana Perbaikan Kinerja)
 * of the office, a unit or one employee; the report of what is overdue as
 * CSV (a checkpoint date past without progress, or six months past
 * without an outcome), ready for a spreadsheet; and the per-unit
 * overview.  Reading only; the rules are the store's (store/guidance.h).
 */
#include "cli/cli_sub.h"
#include "domain/csvtable.h"
#include "store/guidance.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_guidance_usage[] =
	"Pemakaian:\n"
	"  kinerja guidance list [--unit KODE] [--nip NIP] [--status terbuka|terlambat]\n"
	"  kinerja guidance overdue [--unit KODE] [--output FILE]\n"
	"  kinerja guidance units [--unit KODE]\n"
	"\n"
	"Pembinaan kinerja: rencana perbaikan kinerja yang terbuka otomatis bila\n"
	"predikat Butuh Perbaikan, Kurang atau Sangat Kurang ditetapkan.\n"
	"  list      rencana perbaikan (semua, satu unit beserta sub-unitnya, atau satu\n"
	"            pegawai), yang terlambat lebih dahulu.\n"
	"  overdue   laporan CSV rencana perbaikan yang terlambat: titik pemantauan yang\n"
	"            tanggalnya lewat tanpa kemajuan, atau enam bulan lewat tanpa hasil.\n"
	"  units     ringkasan per unit kerja: rencana berjalan, terlambat, selesai,\n"
	"            sesi, rencana pengembangan yang lewat target.\n"
	"\n"
	"Opsi:\n"
	"  --unit KODE     kode unit kerja (termasuk unit di bawahnya)\n"
	"  --nip NIP       satu pegawai\n"
	"  --status S      terbuka: hanya yang belum ada hasilnya; terlambat: hanya yang\n"
	"                  terlambat\n"
	"  --output FILE   tulis CSV ke FILE (bawaan: keluaran standar)\n"
	"  -h, --help      tampilkan bantuan ini\n"
	"\n"
	"Contoh:\n"
	"  kinerja guidance overdue --output terlambat.csv\n"
	"  kinerja guidance list --unit ASM-YAN\n"
	"\n"
	"Kode keluar: 0 berhasil, 1 gagal, 2 pemakaian salah.\n";

#define CMD "guidance"

enum { O_UNIT = 1 << 0, O_NIP = 1 << 1, O_STATUS = 1 << 2, O_OUTPUT = 1 << 3 };
static const char *const flags[] = { "--unit", "--nip", "--status", "--output" };
#define NFLAGS (sizeof flags / sizeof flags[0])

/* Fills q from --unit and --nip. */
static int query_of(struct cli_run *c, struct guidance_query *q)
{
	struct unit u;
	struct employee e;
	memset(q, 0, sizeof *q);
	if (cli_opt(c, O_UNIT)) {
		if (store_unit_by_code(c->db, cli_opt(c, O_UNIT), &u, &c->err)) {
			copy_str(c->err.field, sizeof c->err.field, "--unit");
			return -1;
		}
		q->unit_root = u.id;
	}
	if (cli_opt(c, O_NIP)) {
		if (store_employee_by_nip(c->db, cli_opt(c, O_NIP), &e, &c->err)) {
			copy_str(c->err.field, sizeof c->err.field, "--nip");
			return -1;
		}
		q->employee_id = e.id;
	}
	return 0;
}

static int sub_list(struct cli_run *c)
{
	struct guidance_query q;
	struct improvement_plan *v = NULL;
	size_t n = 0;
	if (query_of(c, &q))
		return -1;
	const char *st = cli_opt(c, O_STATUS);
	if (st && strcmp(st, "terbuka") && strcmp(st, "terlambat"))
		return kerr_set(&c->err, KERR_INVALID, "--status", "Nilai --status harus terbuka atau "
				"terlambat");
	q.only_open = st && !strcmp(st, "terbuka");
	q.only_overdue = st && !strcmp(st, "terlambat");
	if (store_improvement_plan_list(c->db, &q, &v, &n, &c->err))
		return -1;
	printf("%-5s  %-18s  %-10s  %-10s  %-6s  %-9s  %-15s  %s\n", "ID", "NIP", "DIBUKA", "BATAS",
	       "TITIK", "TERLAMBAT", "STATUS", "NAMA");
	for (size_t i = 0; i < n; i++)
		printf("%-5lld  %-18s  %-10s  %-10s  %2d/%-3d  %-9d  %-15s  %s\n", (long long)v[i].id,
		       v[i].nip, v[i].opened_on, v[i].due_on, v[i].checkpoints_done,
		       v[i].checkpoints, v[i].checkpoints_overdue + v[i].outcome_overdue,
		       v[i].outcome != OUTCOME_NONE ? improvement_outcome_label(v[i].outcome)
		       : v[i].overdue ? "terlambat" : "berjalan", v[i].employee_name);
	printf("%zu rencana perbaikan.\n", n);
	improvement_plans_free(v, n);
	return 0;
}

static const char *const overdue_header[] = {
	"rencana_id", "nip", "nama", "unit", "periode", "dibuka", "batas", "titik_terlambat",
	"titik_tertua_tanpa_kemajuan", "hasil_terlambat",
};
#define OVERDUE_COLS (sizeof overdue_header / sizeof overdue_header[0])

static void overdue_row(struct strbuf *sb, const struct improvement_plan *p)
{
	char id[24], late[16];
	snprintf(id, sizeof id, "%lld", (long long)p->id);
	snprintf(late, sizeof late, "%d", p->checkpoints_overdue);
	const char *cells[OVERDUE_COLS] = {
		id, p->nip, p->employee_name, p->unit_name, p->period_name, p->opened_on, p->due_on,
		late, p->next_due, p->outcome_overdue ? "ya" : "tidak",
	};
	csv_write_row(sb, cells, OVERDUE_COLS);
}

static int sub_overdue(struct cli_run *c)
{
	struct guidance_query q;
	struct improvement_plan *v = NULL;
	struct strbuf sb = STRBUF_INIT;
	size_t n = 0;
	if (query_of(c, &q))
		return -1;
	q.only_overdue = 1;
	if (store_improvement_plan_list(c->db, &q, &v, &n, &c->err))
		return -1;
	csv_write_row(&sb, overdue_header, OVERDUE_COLS);
	for (size_t i = 0; i < n; i++)
		overdue_row(&sb, &v[i]);
	improvement_plans_free(v, n);
	const char *path = cli_opt(c, O_OUTPUT);
	FILE *out = path ? fopen(path, "wb") : stdout;
	if (!out) {
		strbuf_release(&sb);
		return kerr_set(&c->err, KERR_IO, "--output", "Berkas %s tidak dapat ditulis", path);
	}
	int bad = fwrite(sb.buf, 1, sb.len, out) != sb.len;
	if (path)
		bad |= fclose(out) != 0;
	strbuf_release(&sb);
	if (bad)
		return kerr_set(&c->err, KERR_IO, "--output", "Laporan tidak tertulis utuh");
	fprintf(stderr, "%zu rencana perbaikan terlambat.\n", n);
	return 0;
}

static int sub_units(struct cli_run *c)
{
	struct guidance_query q;
	struct guidance_unit_row *u = NULL;
	size_t n = 0;
	if (query_of(c, &q) || store_guidance_units(c->db, q.unit_root, &u, &n, &c->err))
		return -1;
	printf("%-16s  %8s  %9s  %7s  %5s  %12s  %s\n", "KODE", "BERJALAN", "TERLAMBAT", "SELESAI",
	       "SESI", "PENGEMBANGAN", "UNIT");
	for (size_t i = 0; i < n; i++)
		printf("%-16s  %8lld  %9lld  %7lld  %5lld  %12lld  %s\n", u[i].unit_code,
		       (long long)u[i].plans_open, (long long)u[i].plans_overdue,
		       (long long)u[i].plans_closed, (long long)u[i].sessions,
		       (long long)u[i].development_overdue, u[i].unit_name);
	printf("%zu unit.\n", n);
	free(u);
	return 0;
}

static const struct cli_sub subs[] = {
	{ "list", NULL, sub_list, 0, 0, O_UNIT | O_NIP | O_STATUS,
	  "list [--unit KODE] [--nip NIP] [--status terbuka|terlambat]" },
	{ "overdue", NULL, sub_overdue, 0, 0, O_UNIT | O_OUTPUT,
	  "overdue [--unit KODE] [--output FILE]" },
	{ "units", NULL, sub_units, 0, 0, O_UNIT, "units [--unit KODE]" },
};

static const char *const fields[][2] = {
	{ "unit", "--unit" }, { "nip", "--nip" },
};

static const struct cli_suite suite = {
	CMD, cmd_guidance_usage, flags, NFLAGS, subs, sizeof subs / sizeof subs[0],
	"ID", fields, sizeof fields / sizeof fields[0],
};

int cmd_guidance(int argc, char **argv, struct config *cfg)
{
	if (cli_wants_help(argc, argv)) {
		printf("%s\n%s", cmd_guidance_usage, config_flags_help);
		return 0;
	}
	if (argc < 2)
		return cli_usage(CMD, "sub-perintah belum diberikan (list, overdue, units)");
	return cli_suite_run(&suite, argc, argv, cfg);
}
