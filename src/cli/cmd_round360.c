/*
 * cmd_round360.c - `kinerja round360 ...`: the 360-degree behaviour
 * feedback rounds from the command line, for HR and for operators of a
 * big instance: list the rounds, open one for a checkpoint (raters are
 * assigned to everyone, as on the page), follow its progress per unit,
 * remind those who have not answered, and close it.
 *
 * Nothing here shows who rated whom: the progress is counts per unit, as
 * on HR's page.  The rules are the store's (store/r360.h); changes are
 * made as the actor "cli".
 */
#include "cli/cli_sub.h"
#include "store/r360.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_round360_usage[] =
	"Pemakaian:\n"
	"  kinerja round360 list\n"
	"  kinerja round360 open --checkpoint TITIK --closes TGL [--period ID] [--name NAMA]\n"
	"  kinerja round360 progress ID\n"
	"  kinerja round360 remind ID\n"
	"  kinerja round360 close ID\n"
	"\n"
	"Mengelola putaran umpan balik perilaku 360 derajat.\n"
	"  list       menampilkan semua putaran dengan jumlah penugasan penilai.\n"
	"  open       membuka putaran untuk satu titik periksa: penilai ditugaskan\n"
	"             otomatis untuk setiap pegawai aktif yang memegang jabatan (atasan,\n"
	"             rekan satu unit dengan pejabat penilai yang sama, bawahan langsung,\n"
	"             dan diri sendiri).  Satu putaran per titik periksa.\n"
	"  progress   jumlah pegawai yang dinilai, jawaban masuk, belum menjawab dan\n"
	"             menolak, per unit kerja (tanpa nama penilai).\n"
	"  remind     menandai semua penugasan yang belum dijawab sebagai sudah diingatkan;\n"
	"             penilai melihat pengingat di beranda.\n"
	"  close      menutup putaran; hasil per kelompok penilai menjadi terlihat.\n"
	"\n"
	"Opsi:\n"
	"  --checkpoint TITIK   nama titik periksa ('Triwulan I') atau ID-nya\n"
	"  --closes TGL         hari terakhir jawaban diterima, TTTT-BB-HH\n"
	"  --period ID          periode (bawaan: periode yang sedang berjalan)\n"
	"  --name NAMA          nama putaran (bawaan: dari titik periksa dan periode)\n"
	"  -h, --help           tampilkan bantuan ini\n"
	"\n"
	"Contoh:\n"
	"  kinerja round360 open --checkpoint 'Triwulan I' --closes 2026-04-15\n"
	"  kinerja round360 progress 1\n"
	"  kinerja round360 close 1\n"
	"\n"
	"Kode keluar: 0 berhasil, 1 gagal, 2 pemakaian salah.\n";

#define CMD "round360"

enum { O_CHECKPOINT = 1 << 0, O_CLOSES = 1 << 1, O_PERIOD = 1 << 2, O_NAME = 1 << 3 };
static const char *const flags[] = { "--checkpoint", "--closes", "--period", "--name" };
#define NFLAGS (sizeof flags / sizeof flags[0])

static int sub_list(struct cli_run *c)
{
	struct round360 *rs = NULL;
	size_t n = 0;
	if (store_round360_list(c->db, &rs, &n, &c->err))
		return -1;
	printf("%-4s  %-10s  %-10s  %-8s  %8s  %8s  %8s  %8s  %s\n", "ID", "TUTUP PADA", "STATUS",
	       "SKALA", "PENILAI", "MENJAWAB", "BELUM", "MENOLAK", "NAMA");
	for (size_t i = 0; i < n; i++)
		printf("%-4lld  %-10s  %-10s  1-%-6d  %8lld  %8lld  %8lld  %8lld  %s\n",
		       (long long)rs[i].id, rs[i].closes_on, rs[i].state, rs[i].scale,
		       (long long)rs[i].total, (long long)rs[i].answered, (long long)rs[i].pending,
		       (long long)rs[i].declined, rs[i].name);
	printf("%zu putaran.\n", n);
	free(rs);
	return 0;
}

static int sub_open(struct cli_run *c)
{
	struct period p;
	struct round360 rd;
	int64_t assigned = 0;
	char cp_name[64];
	if (!cli_opt(c, O_CHECKPOINT) || !cli_opt(c, O_CLOSES))
		return cli_usage(CMD, "pemakaian: kinerja round360 open --checkpoint TITIK --closes "
				 "TGL [--period ID] [--name NAMA]");
	memset(&rd, 0, sizeof rd);
	if (cli_period_pick(c, cli_opt(c, O_PERIOD), &p) ||
	    cli_checkpoint_pick(c, &p, cli_opt(c, O_CHECKPOINT), 0, &rd.checkpoint_id, cp_name,
				sizeof cp_name))
		return -1;
	if (copy_str(rd.closes_on, sizeof rd.closes_on, cli_opt(c, O_CLOSES)) ||
	    (cli_opt(c, O_NAME) && copy_str(rd.name, sizeof rd.name, cli_opt(c, O_NAME))))
		return kerr_set(&c->err, KERR_INVALID, "", "Nilai --closes atau --name terlalu panjang");
	printf("Membuka putaran 360 untuk %s, %s; menugaskan penilai...\n", cp_name, p.name);
	fflush(stdout);
	if (store_round360_open(c->db, &c->who, &rd, &assigned, &c->err))
		return -1;
	printf("Putaran %lld dibuka: %s, %lld penugasan penilai, jawaban diterima sampai %s.\n",
	       (long long)rd.id, rd.name, (long long)assigned, rd.closes_on);
	return 0;
}

static int sub_progress(struct cli_run *c)
{
	struct round360 rd;
	struct progress360 *pr = NULL;
	size_t n = 0;
	int64_t sum[4] = { 0 };
	if (store_round360_get(c->db, c->id, &rd, &c->err) ||
	    store_round360_progress(c->db, c->id, 0, &pr, &n, &c->err))
		return free(pr), -1;
	printf("%s (%s, tutup pada %s)\n%8s  %8s  %8s  %8s  %6s  %s\n", rd.name, rd.state,
	       rd.closes_on, "DINILAI", "MENJAWAB", "BELUM", "MENOLAK", "RESPON", "UNIT");
	for (size_t i = 0; i < n; i++) {
		int64_t all = pr[i].answered + pr[i].pending + pr[i].declined;
		printf("%8lld  %8lld  %8lld  %8lld  %5.1f%%  %s\n", (long long)pr[i].ratees,
		       (long long)pr[i].answered, (long long)pr[i].pending, (long long)pr[i].declined,
		       all ? 100.0 * (double)pr[i].answered / (double)all : 0.0, pr[i].unit_name);
		sum[0] += pr[i].ratees, sum[1] += pr[i].answered, sum[2] += pr[i].pending,
			sum[3] += pr[i].declined;
	}
	int64_t all = sum[1] + sum[2] + sum[3];
	printf("%8lld  %8lld  %8lld  %8lld  %5.1f%%  JUMLAH\n", (long long)sum[0], (long long)sum[1],
	       (long long)sum[2], (long long)sum[3], all ? 100.0 * (double)sum[1] / (double)all : 0.0);
	free(pr);
	return 0;
}

static int sub_remind(struct cli_run *c)
{
	int64_t count = 0;
	if (store_rater360_remind(c->db, &c->who, c->id, 0, &count, &c->err))
		return -1;
	printf("%lld penilai yang belum menjawab diingatkan.\n", (long long)count);
	return 0;
}

static int sub_close(struct cli_run *c)
{
	struct round360 rd;
	if (store_round360_close(c->db, &c->who, c->id, &c->err) ||
	    store_round360_get(c->db, c->id, &rd, &c->err))
		return -1;
	printf("Putaran %lld ditutup: %lld dari %lld penugasan dijawab, %lld menolak.\n",
	       (long long)rd.id, (long long)rd.answered, (long long)rd.total, (long long)rd.declined);
	return 0;
}

static const struct cli_sub subs[] = {
	{ "list", NULL, sub_list, 0, 0, 0, "list" },
	{ "open", NULL, sub_open, 0, 0, O_CHECKPOINT | O_CLOSES | O_PERIOD | O_NAME,
	  "open --checkpoint TITIK --closes TGL [--period ID] [--name NAMA]" },
	{ "progress", NULL, sub_progress, 1, 1, 0, "progress ID" },
	{ "remind", NULL, sub_remind, 1, 1, 0, "remind ID" },
	{ "close", NULL, sub_close, 1, 1, 0, "close ID" },
};

static const char *const fields[][2] = {
	{ "checkpoint_id", "--checkpoint" }, { "tutup_pada", "--closes" }, { "nama", "--name" },
	{ "id", "" },
};

static const struct cli_suite suite = {
	CMD, cmd_round360_usage, flags, NFLAGS, subs, sizeof subs / sizeof subs[0],
	"ID putaran", fields, sizeof fields / sizeof fields[0],
};

int cmd_round360(int argc, char **argv, struct config *cfg)
{
	if (cli_wants_help(argc, argv)) {
		printf("%s\n%s", cmd_round360_usage, config_flags_help);
		return 0;
	}
	if (argc < 2)
		return cli_usage(CMD, "sub-perintah belum diberikan (list, open, progress, remind, "
				 "close)");
	return cli_suite_run(&suite, argc, argv, cfg);
}
