/*
 * cmd_recognition.c - `kinerja recognition ...`: rankings, nominations and
 * credit points from the command line, for HR and for operators:
 *
 *   rank        the ranking of a period (a unit and its sub-units, or the
 *               whole office) as CSV on standard output, in order, with
 *               what decided each place;
 *   certificate the certificate (PDF) of an approved nomination, to a file;
 *   credit      the credit points of the period's functional employees as
 *               CSV (one line per SKP, amounts with three decimals).
 *
 * Reading only: nothing here changes data.  The rules are the store's
 * (store/recognition.h); CSV is written with a header row, comma
 * separated, quoted where needed, so it opens in a spreadsheet.
 */
#include "cli/cli_sub.h"
#include "doc/doc_recognition.h"
#include "store/recognition.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_recognition_usage[] =
	"Pemakaian:\n"
	"  kinerja recognition rank [--period ID] [--unit KODE] [--checkpoint TITIK]\n"
	"  kinerja recognition certificate ID_USULAN BERKAS.pdf\n"
	"  kinerja recognition credit [--period ID] [--unit KODE]\n"
	"\n"
	"Penghargaan pegawai berprestasi dan angka kredit.\n"
	"  rank         peringkat pegawai satu periode sebagai CSV: urut predikat, lalu\n"
	"               capaian SKP, lalu urutan penentu yang ditetapkan administrator\n"
	"               (terakhir NIP).  Dasarnya penilaian tahunan yang ditetapkan, atau\n"
	"               selama belum ada, titik periksa terakhir yang penilaian\n"
	"               periodiknya ditetapkan.\n"
	"  certificate  menulis piagam penghargaan (PDF) usulan yang sudah disetujui.\n"
	"  credit       angka kredit pegawai jabatan fungsional satu periode sebagai CSV:\n"
	"               persentase predikat x koefisien jenjang x bulan/12.\n"
	"\n"
	"Opsi:\n"
	"  --period ID          periode (bawaan: periode yang sedang berjalan)\n"
	"  --unit KODE          kode unit kerja: unit itu dan unit di bawahnya (bawaan: semua)\n"
	"  --checkpoint TITIK   dasar peringkat: 'tahunan', nama titik periksa ('Triwulan III')\n"
	"                       atau ID-nya (bawaan: lihat di atas)\n"
	"  -h, --help           tampilkan bantuan ini\n"
	"\n"
	"Contoh:\n"
	"  kinerja recognition rank --period 1 --unit ASM-YAN > peringkat.csv\n"
	"  kinerja recognition certificate 3 piagam.pdf\n"
	"  kinerja recognition credit --period 1 > angka-kredit.csv\n"
	"\n"
	"Kode keluar: 0 berhasil, 1 gagal, 2 pemakaian salah.\n";

#define CMD "recognition"

enum { O_PERIOD = 1 << 0, O_UNIT = 1 << 1, O_CHECKPOINT = 1 << 2 };
static const char *const flags[] = { "--period", "--unit", "--checkpoint" };
#define NFLAGS (sizeof flags / sizeof flags[0])

/* Writes one CSV cell (quoted when it holds a comma, quote or line break). */
static void cell(const char *s, int last)
{
	if (strpbrk(s, ",\"\r\n")) {
		putchar('"');
		for (; *s; s++) {
			if (*s == '"')
				putchar('"');
			putchar(*s);
		}
		putchar('"');
	} else {
		fputs(s, stdout);
	}
	fputs(last ? "\r\n" : ",", stdout);
}

static int unit_pick(struct cli_run *c, int64_t *unit_id)
{
	struct unit u;
	*unit_id = 0;
	if (!cli_opt(c, O_UNIT))
		return 0;
	if (store_unit_by_code(c->db, cli_opt(c, O_UNIT), &u, &c->err))
		return kerr_set(&c->err, KERR_NOT_FOUND, "--unit", "Unit kerja '%s' tidak ada",
				cli_opt(c, O_UNIT));
	*unit_id = u.id;
	return 0;
}

static const char *decided_by(const struct rank_entry *e)
{
	if (!e->rank)
		return "";
	switch (e->decider) {
	case RD_PREDICATE:
		return "predikat";
	case RD_CAPAIAN:
		return "capaian";
	case RD_CHAIN:
		return tiebreak_name(e->criterion);
	default:
		return "";
	}
}

static void rank_row(const struct rank_entry *e)
{
	char rank[16] = "", cap[32] = "", r360[32] = "";
	if (e->rank)
		snprintf(rank, sizeof rank, "%d", e->rank);
	if (e->key.has_capaian)
		snprintf(cap, sizeof cap, "%lld.%02lld", (long long)(e->key.capaian / 100),
			 (long long)(e->key.capaian % 100));
	if (e->key.r360_den > 0)
		snprintf(r360, sizeof r360, "%.1f",
			 100.0 * (double)e->key.r360_num / (double)e->key.r360_den);
	cell(rank, 0);
	cell(e->nip, 0);
	cell(e->name, 0);
	cell(e->position_name, 0);
	cell(e->unit_code, 0);
	cell(e->key.has_predicate ? predicate_name(e->key.predicate) : "", 0);
	cell(cap, 0);
	cell(e->key.hasil < RATING__LEVELS ? rating_name(e->key.hasil) : "", 0);
	cell(e->key.perilaku < RATING__LEVELS ? rating_name(e->key.perilaku) : "", 0);
	cell(r360, 0);
	cell(decided_by(e), 1);
}

static int sub_rank(struct cli_run *c)
{
	struct period p;
	struct ranking rk;
	int64_t unit = 0, basis = RANK_BASIS_DEFAULT;
	char name[64], chain[96];
	if (cli_period_pick(c, cli_opt(c, O_PERIOD), &p) || unit_pick(c, &unit) ||
	    (cli_opt(c, O_CHECKPOINT) &&
	     cli_checkpoint_pick(c, &p, cli_opt(c, O_CHECKPOINT), 1, &basis, name, sizeof name)) ||
	    store_ranking(c->db, p.id, unit, basis, &rk, &c->err))
		return -1;
	tiebreak_chain_text(&rk.chain, chain, sizeof chain);
	fprintf(stderr, "Peringkat %s, %s; dasar: %s; urutan penentu: predikat,capaian,%s; %zu dari "
		"%zu pegawai dinilai.\n", p.name, unit ? rk.unit_name : "seluruh instansi",
		rk.basis_checkpoint ? rk.basis_name : "penilaian tahunan", chain, rk.ranked, rk.n);
	const char *head[] = { "peringkat", "nip", "nama", "jabatan", "unit", "predikat", "capaian",
			       "hasil_kerja", "perilaku_kerja", "nilai_360", "ditentukan_oleh" };
	for (size_t i = 0; i < 11; i++)
		cell(head[i], i == 10);
	for (size_t i = 0; i < rk.n; i++)
		rank_row(&rk.v[i]);
	ranking_release(&rk);
	return 0;
}

static int sub_certificate(struct cli_run *c)
{
	struct nomination n;
	struct strbuf pdf = STRBUF_INIT;
	char filename[128];
	const char *path = c->pos[1];
	if (store_nomination_get(c->db, c->id, &n, &c->err))
		return -1;
	int rc = doc_nomination_certificate(c->db, &n, &pdf, filename, sizeof filename, &c->err);
	nomination_release(&n);
	FILE *f = rc ? NULL : fopen(path, "wb");
	if (!rc && !f)
		rc = kerr_set(&c->err, KERR_IO, "", "Berkas %s tidak dapat ditulis: %s", path,
			      strerror(errno));
	if (f && (fwrite(pdf.buf, 1, pdf.len, f) != pdf.len) + (fclose(f) != 0))
		rc = kerr_set(&c->err, KERR_IO, "", "Berkas %s tidak dapat ditulis", path);
	if (!rc)
		printf("Piagam usulan %lld ditulis ke %s (%zu byte).\n", (long long)c->id, path,
		       pdf.len);
	strbuf_release(&pdf);
	return rc;
}

static void credit_row(const struct credit_list *cl, const struct credit_line *l)
{
	char months[8], pct[16] = "", coef[32] = "", amount[32];
	snprintf(months, sizeof months, "%d", l->months);
	if (l->has_predicate)
		snprintf(pct, sizeof pct, "%lld", (long long)l->pct);
	if (l->level >= 0)
		ak_format(l->coefficient, '.', coef, sizeof coef);
	ak_format(l->amount, '.', amount, sizeof amount);
	cell(l->nip, 0);
	cell(l->name, 0);
	cell(l->position_name, 0);
	cell(l->level >= 0 ? cl->tables.levels[l->level].label : "", 0);
	cell(l->unit_name, 0);
	cell(months, 0);
	cell(l->has_predicate ? predicate_name(l->predicate) : "", 0);
	cell(l->basis_name, 0);
	cell(l->provisional ? "ya" : "tidak", 0);
	cell(pct, 0);
	cell(coef, 0);
	cell(amount, 1);
}

static int sub_credit(struct cli_run *c)
{
	struct period p;
	struct credit_list cl;
	int64_t unit = 0;
	if (cli_period_pick(c, cli_opt(c, O_PERIOD), &p) || unit_pick(c, &unit) ||
	    store_credit_list(c->db, p.id, unit, 0, &cl, &c->err))
		return -1;
	const char *head[] = { "nip", "nama", "jabatan", "jenjang", "unit", "bulan", "predikat",
			       "dasar", "sementara", "persentase", "koefisien", "angka_kredit" };
	for (size_t i = 0; i < 12; i++)
		cell(head[i], i == 11);
	for (size_t i = 0; i < cl.n; i++)
		credit_row(&cl, &cl.v[i]);
	fprintf(stderr, "Angka kredit %s: %zu SKP jabatan fungsional.\n", p.name, cl.n);
	credit_list_release(&cl);
	return 0;
}

static const struct cli_sub subs[] = {
	{ "rank", NULL, sub_rank, 0, 0, O_PERIOD | O_UNIT | O_CHECKPOINT,
	  "rank [--period ID] [--unit KODE] [--checkpoint TITIK]" },
	{ "certificate", NULL, sub_certificate, 2, 1, 0, "certificate ID_USULAN BERKAS.pdf" },
	{ "credit", NULL, sub_credit, 0, 0, O_PERIOD | O_UNIT, "credit [--period ID] [--unit KODE]" },
};

static const char *const fields[][2] = {
	{ "periode", "--period" }, { "unit", "--unit" }, { "titik", "--checkpoint" }, { "id", "" },
};

static const struct cli_suite suite = {
	CMD, cmd_recognition_usage, flags, NFLAGS, subs, sizeof subs / sizeof subs[0],
	"ID usulan", fields, sizeof fields / sizeof fields[0],
};

int cmd_recognition(int argc, char **argv, struct config *cfg)
{
	if (cli_wants_help(argc, argv)) {
		printf("%s\n%s", cmd_recognition_usage, config_flags_help);
		return 0;
	}
	if (argc < 2)
		return cli_usage(CMD, "sub-perintah belum diberikan (rank, certificate, credit)");
	return cli_suite_run(&suite, argc, argv, cfg);
}
