/*
 * cmd_period.c - `kinerja period ...`: performance periods from the command
 * line: list, add, open / lock / close, the checkpoint calendar, and the
 * organisation goals (Renstra / Perjanjian Kinerja) that the heads' results
 * point at.
 *
 * Every change is made as the actor {0, "cli", ""}, so the audit trail shows
 * it came from the command line.  The rules (dates, cadence, which state may
 * follow which) are the store's and the domain's; this file only reads the
 * arguments and prints the results.
 */
#include "cli/cli_sub.h"
#include "cli/commands.h"
#include "core/strbuf.h"
#include "domain/skp.h"
#include "store/plan.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_period_usage[] =
	"Pemakaian:\n"
	"  kinerja period list\n"
	"  kinerja period add --name NAMA --year TAHUN [--start TGL --end TGL]\n"
	"                     [--plan-due TGL] [--cadence triwulan|bulanan]\n"
	"  kinerja period open|lock|close ID\n"
	"  kinerja period cadence ID triwulan|bulanan\n"
	"  kinerja period checkpoints ID\n"
	"  kinerja period goal add ID --unit KODE_UNIT --code KODE --text TEKS\n"
	"                     [--indicator TEKS]\n"
	"  kinerja period goal list ID\n"
	"\n"
	"Mengelola periode kinerja dan sasaran organisasi.\n"
	"  list         menampilkan semua periode.\n"
	"  add          membuat periode baru berstatus draft.  Bawaan: satu tahun penuh\n"
	"               (1 Januari - 31 Desember), batas penyusunan SKP akhir bulan\n"
	"               pertama (31 Januari), kalender triwulan.\n"
	"  open         membuka periode (draft atau dikunci -> terbuka): pegawai dapat\n"
	"               menyusun dan mengajukan SKP.\n"
	"  lock         mengunci periode (terbuka -> dikunci): rencana dibekukan.\n"
	"  close        menutup periode (dikunci -> ditutup); tidak dapat dibuka lagi.\n"
	"  cadence      mengganti kalender checkpoint: triwulan (Triwulan I, II, III,\n"
	"               IV-Akhir) atau bulanan (Januari ... Desember); hanya untuk\n"
	"               periode draft atau terbuka.\n"
	"  checkpoints  menampilkan kalender checkpoint periode.\n"
	"  goal add     menambah sasaran organisasi (Renstra / Perjanjian Kinerja) untuk\n"
	"               satu unit kerja; RHK kepala unit dapat mengacu kepadanya.\n"
	"  goal list    menampilkan sasaran organisasi periode.\n"
	"\n"
	"Opsi:\n"
	"  --name NAMA          nama periode, mis. 'SKP Tahun 2026'\n"
	"  --year TAHUN         tahun periode (4 angka)\n"
	"  --start TGL          tanggal mulai, TTTT-BB-HH (bawaan: 1 Januari)\n"
	"  --end TGL            tanggal selesai (bawaan: 31 Desember)\n"
	"  --plan-due TGL       batas SKP disetujui; lewat dari itu terhitung terlambat\n"
	"                       (bawaan: akhir bulan tanggal mulai)\n"
	"  --cadence KALENDER   triwulan (bawaan) atau bulanan\n"
	"  --unit KODE_UNIT     kode unit kerja pemilik sasaran\n"
	"  --code KODE          kode sasaran, unik dalam periode, mis. SS-1\n"
	"  --text TEKS          rumusan sasaran\n"
	"  --indicator TEKS     indikator kinerja sasaran\n"
	"  -h, --help           tampilkan bantuan ini\n"
	"\n"
	"Contoh:\n"
	"  kinerja period add --name 'SKP Tahun 2026' --year 2026\n"
	"  kinerja period add --name 'SKP Mutasi Juli 2026' --year 2026 --start 2026-07-01 \\\n"
	"                     --end 2026-12-31 --plan-due 2026-07-31 --cadence bulanan\n"
	"  kinerja period open 1\n"
	"  kinerja period cadence 1 bulanan\n"
	"  kinerja period checkpoints 1\n"
	"  kinerja period goal add 1 --unit ASM --code SS-1 \\\n"
	"        --text 'Meningkatnya kualitas pelayanan perizinan di kecamatan' \\\n"
	"        --indicator 'Indeks kepuasan masyarakat'\n"
	"  kinerja period goal list 1\n"
	"  kinerja period lock 1\n"
	"\n"
	"Kode keluar: 0 berhasil, 1 gagal, 2 pemakaian salah.\n";

#define CMD "period"

enum {
	O_NAME = 1 << 0, O_YEAR = 1 << 1, O_START = 1 << 2, O_END = 1 << 3,
	O_DUE = 1 << 4, O_CADENCE = 1 << 5, O_UNIT = 1 << 6, O_CODE = 1 << 7,
	O_TEXT = 1 << 8, O_INDICATOR = 1 << 9,
};

/* The flags, in the order of the O_* bits. */
static const char *const flags[] = { "--name", "--year", "--start", "--end", "--plan-due",
				     "--cadence", "--unit", "--code", "--text", "--indicator" };
#define NFLAGS (sizeof flags / sizeof flags[0])

/* ---- periods ------------------------------------------------------------------ */

static int sub_list(struct cli_run *p)
{
	struct period *ps = NULL;
	size_t n = 0;
	int w = 4;
	if (store_period_list(p->db, &ps, &n, &p->err))
		return -1;
	for (size_t i = 0; i < n; i++)
		w = (int)strlen(ps[i].name) > w ? (int)strlen(ps[i].name) : w;
	printf("%-4s  %-*s  %-5s  %-10s  %-10s  %-13s  %-8s  %s\n", "ID", w, "NAMA", "TAHUN",
	       "MULAI", "SELESAI", "BATAS RENCANA", "KALENDER", "STATUS");
	for (size_t i = 0; i < n; i++)
		printf("%-4lld  %-*s  %-5d  %-10s  %-10s  %-13s  %-8s  %s\n", (long long)ps[i].id, w,
		       ps[i].name, ps[i].year, ps[i].start_date, ps[i].end_date, ps[i].plan_due,
		       ps[i].cadence, ps[i].state);
	printf("%zu periode.\n", n);
	free(ps);
	return 0;
}

/* The last day of the month of a YYYY-MM-DD date ("" if it is none). */
static void month_end(const char *date, char *out, size_t size)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y, m, d;
	out[0] = '\0';
	if (!date_valid(date) || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return;
	int last = days[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
	snprintf(out, size, "%04d-%02d-%02d", y, m, last);
}

/* Copies an option into a period field, refusing one that does not fit. */
static int copy_opt(struct cli_run *p, unsigned bit, char *dst, size_t size)
{
	const char *v = cli_opt(p, bit);
	if (!v)
		return 0;
	if (strlen(v) >= size)
		return kerr_set(&p->err, KERR_INVALID, "", "%s terlalu panjang (paling banyak %zu byte)",
				cli_flag_name(p, bit), size - 1);
	copy_str(dst, size, v);
	return 0;
}

/* Fills a new period from the options, with the defaults. */
static int period_from_opts(struct cli_run *p, struct period *np)
{
	int64_t year = cli_parse_id(cli_opt(p, O_YEAR));
	if (year < 2000 || year > 2100)
		return cli_usage(CMD, "--year harus tahun 2000 sampai 2100, bukan '%s'", cli_opt(p, O_YEAR));
	np->year = (int)year;
	if (cli_opt(p, O_CADENCE) && !cadence_valid(cli_opt(p, O_CADENCE)))
		return cli_usage(CMD, "--cadence harus 'triwulan' atau 'bulanan', bukan '%s'",
				   cli_opt(p, O_CADENCE));
	if (copy_opt(p, O_NAME, np->name, sizeof np->name) ||
	    copy_opt(p, O_START, np->start_date, sizeof np->start_date) ||
	    copy_opt(p, O_END, np->end_date, sizeof np->end_date) ||
	    copy_opt(p, O_DUE, np->plan_due, sizeof np->plan_due) ||
	    copy_opt(p, O_CADENCE, np->cadence, sizeof np->cadence))
		return -1;
	if (!np->start_date[0])
		snprintf(np->start_date, sizeof np->start_date, "%04d-01-01", np->year);
	if (!np->end_date[0])
		snprintf(np->end_date, sizeof np->end_date, "%04d-12-31", np->year);
	if (!np->plan_due[0])
		month_end(np->start_date, np->plan_due, sizeof np->plan_due);
	if (!np->cadence[0])
		copy_str(np->cadence, sizeof np->cadence, "triwulan");
	return 0;
}

static int sub_add(struct cli_run *p)
{
	struct period np;
	memset(&np, 0, sizeof np);
	if (!cli_opt(p, O_NAME) || !cli_opt(p, O_YEAR))
		return cli_usage(CMD, "pemakaian: kinerja period add --name NAMA --year TAHUN [...]");
	int rc = period_from_opts(p, &np);
	if (rc)
		return rc;
	if (store_period_create(p->db, &p->who, &np, &p->err))
		return -1;
	printf("Periode %lld dibuat: %s (%s s.d. %s, batas rencana %s, kalender %s, status "
	       "draft).\nBuka periode agar pegawai dapat menyusun SKP: kinerja period open %lld\n",
	       (long long)np.id, np.name, np.start_date, np.end_date, np.plan_due, np.cadence,
	       (long long)np.id);
	return 0;
}

/* open / lock / close: runs the period action and prints the new state. */
static int period_act(struct cli_run *p, const char *action)
{
	struct period np;
	if (store_period_act(p->db, &p->who, p->id, action, &p->err) ||
	    store_period_get(p->db, p->id, &np, &p->err))
		return -1;
	printf("Periode %lld (%s) sekarang %s.\n", (long long)np.id, np.name, np.state);
	return 0;
}

static int sub_open(struct cli_run *p)
{
	return period_act(p, "buka");
}

static int sub_lock(struct cli_run *p)
{
	return period_act(p, "kunci");
}

static int sub_close(struct cli_run *p)
{
	return period_act(p, "tutup");
}

static int sub_cadence(struct cli_run *p)
{
	const char *cadence = p->pos[1];
	if (!cadence_valid(cadence))
		return cli_usage(CMD, "kalender harus 'triwulan' atau 'bulanan', bukan '%s'", cadence);
	if (store_period_set_cadence(p->db, &p->who, p->id, cadence, &p->err))
		return -1;
	printf("Kalender periode %lld sekarang %s (%d checkpoint).\n", (long long)p->id, cadence,
	       cadence_count(cadence));
	return 0;
}

static int sub_checkpoints(struct cli_run *p)
{
	struct period np;
	struct checkpoint *cps = NULL;
	size_t n = 0;
	if (store_period_get(p->db, p->id, &np, &p->err) ||
	    store_checkpoint_list(p->db, p->id, &cps, &n, &p->err))
		return -1;
	printf("Periode %lld (%s), kalender %s:\n", (long long)np.id, np.name, np.cadence);
	printf("%-3s  %-16s  %-10s  %s\n", "NO", "NAMA", "MULAI", "SELESAI");
	for (size_t i = 0; i < n; i++)
		printf("%-3d  %-16s  %-10s  %s\n", cps[i].seq, cps[i].name, cps[i].start_date,
		       cps[i].end_date);
	free(cps);
	return 0;
}

/* ---- organisation goals ----------------------------------------------------------- */

static int sub_goal_add(struct cli_run *p)
{
	struct goal g;
	struct unit u;
	char no_indicator[1] = "";
	if (!cli_opt(p, O_UNIT) || !cli_opt(p, O_CODE) || !cli_opt(p, O_TEXT))
		return cli_usage(CMD, "pemakaian: kinerja period goal add ID --unit KODE_UNIT "
				   "--code KODE --text TEKS [--indicator TEKS]");
	memset(&g, 0, sizeof g);
	if (copy_opt(p, O_CODE, g.code, sizeof g.code))
		return -1;
	if (store_unit_by_code(p->db, cli_opt(p, O_UNIT), &u, &p->err)) {
		if (p->err.code == KERR_NOT_FOUND)
			copy_str(p->err.field, sizeof p->err.field, "--unit");
		return -1;
	}
	g.period_id = p->id;
	g.unit_id = u.id;
	g.text = cli_opt(p, O_TEXT);
	g.indicator = cli_opt(p, O_INDICATOR) ? cli_opt(p, O_INDICATOR) : no_indicator;
	if (store_goal_create(p->db, &p->who, &g, &p->err))
		return -1;
	printf("Sasaran %s dibuat untuk %s (periode %lld).\n", g.code, u.name, (long long)p->id);
	return 0;
}

static int sub_goal_list(struct cli_run *p)
{
	struct period np;
	struct goal *gs = NULL;
	size_t n = 0;
	if (store_period_get(p->db, p->id, &np, &p->err) ||
	    store_goal_list(p->db, p->id, 0, &gs, &n, &p->err))
		return -1;
	printf("Sasaran organisasi periode %lld (%s):\n", (long long)np.id, np.name);
	for (size_t i = 0; i < n; i++) {
		printf("%-10s  %s\n            %s\n", gs[i].code, gs[i].unit_name,
		       gs[i].text ? gs[i].text : "");
		if (gs[i].indicator && gs[i].indicator[0])
			printf("            Indikator: %s\n", gs[i].indicator);
	}
	printf("%zu sasaran.\n", n);
	goals_free(gs, n);
	return 0;
}

/* ---- dispatch ------------------------------------------------------------------ */

static const struct cli_sub subs[] = {
	{ "list", NULL, sub_list, 0, 0, 0, "list" },
	{ "add", NULL, sub_add, 0, 0, O_NAME | O_YEAR | O_START | O_END | O_DUE | O_CADENCE,
	  "add --name NAMA --year TAHUN [...]" },
	{ "open", NULL, sub_open, 1, 1, 0, "open ID" },
	{ "lock", NULL, sub_lock, 1, 1, 0, "lock ID" },
	{ "close", NULL, sub_close, 1, 1, 0, "close ID" },
	{ "cadence", NULL, sub_cadence, 2, 1, 0, "cadence ID triwulan|bulanan" },
	{ "checkpoints", NULL, sub_checkpoints, 1, 1, 0, "checkpoints ID" },
	{ "goal", "add", sub_goal_add, 1, 1, O_UNIT | O_CODE | O_TEXT | O_INDICATOR,
	  "goal add ID --unit KODE_UNIT --code KODE --text TEKS [--indicator TEKS]" },
	{ "goal", "list", sub_goal_list, 1, 1, 0, "goal list ID" },
};
#define NSUBS (sizeof subs / sizeof subs[0])

static const char *const fields[][2] = {
	{ "name", "--name" }, { "year", "--year" }, { "start_date", "--start" },
	{ "end_date", "--end" }, { "plan_due", "--plan-due" }, { "cadence", "--cadence" },
	{ "unit_id", "--unit" }, { "unit_code", "--unit" }, { "code", "--code" },
	{ "text", "--text" }, { "indicator", "--indicator" },
	/* the positional arguments */
	{ "action", "" }, { "aksi", "" }, { "period_id", "" },
};

static const struct cli_suite suite = {
	CMD, cmd_period_usage, flags, NFLAGS, subs, NSUBS, "ID periode", fields,
	sizeof fields / sizeof fields[0],
};

int cmd_period(int argc, char **argv, struct config *cfg)
{
	if (cli_wants_help(argc, argv)) {
		printf("%s\n%s", cmd_period_usage, config_flags_help);
		return 0;
	}
	if (argc < 2)
		return cli_usage(CMD, "sub-perintah belum diberikan (list, add, open, lock, close, "
				   "cadence, checkpoints, goal)");
	return cli_suite_run(&suite, argc, argv, cfg);
}
