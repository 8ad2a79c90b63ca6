/*
 * cmd_assessment.c - `kinerja assessment ...`: the assessments of a period
 * from the command line: `list` writes every SKP with its rating and
 * predicate at a checkpoint (or for the year) as CSV for Excel, `curve`
 * prints each unit's predicate and the spread of its employees'
 * predicates against the distribution curve.
 *
 * Read-only.  A draft shows as "draft" without its ratings (a draft is the
 * pejabat penilai's alone), as in the API.
 */
#include "cli/cli_sub.h"
#include "core/strbuf.h"
#include "domain/csvtable.h"
#include "store/assessment.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_assessment_usage[] =
	"Pemakaian:\n"
	"  kinerja assessment list [--period ID] [--checkpoint TITIK|tahunan] [--unit KODE]\n"
	"  kinerja assessment curve [--period ID] [--checkpoint TITIK|tahunan]\n"
	"\n"
	"Melihat penilaian kinerja satu periode.\n"
	"  list    menulis CSV (UTF-8, pemisah koma, akhir baris CRLF; terbuka di Excel)\n"
	"          ke keluaran standar: setiap SKP periode dengan unit, jabatan, rating\n"
	"          hasil kerja, rating perilaku kerja, predikat, status penilaian,\n"
	"          pejabat penilai dan apakah pegawai sudah mengetahuinya.  SKP yang belum\n"
	"          dinilai tetap tercantum dengan status 'belum dinilai'.\n"
	"  curve   setiap unit kerja: predikat unit, jumlah setiap predikat pegawai yang\n"
	"          langsung berada di unit itu, dan apakah sebarannya menyimpang dari\n"
	"          kurva distribusi (dengan alasannya bila ada).\n"
	"\n"
	"Opsi:\n"
	"  --period ID          periode (bawaan: periode yang sedang berjalan)\n"
	"  --checkpoint TITIK   titik periksa ('Triwulan I' atau ID-nya) atau 'tahunan'.\n"
	"                       Bawaan list: tahunan.  Bawaan curve: seperti halaman\n"
	"                       Predikat Unit (tahunan bila sudah ada penilaian tahunan,\n"
	"                       selain itu titik periksa terakhir yang sudah dinilai).\n"
	"  --unit KODE          hanya unit ini dan unit di bawahnya\n"
	"  -h, --help           tampilkan bantuan ini\n"
	"\n"
	"Contoh:\n"
	"  kinerja assessment list --checkpoint 'Triwulan III' > penilaian-tw3.csv\n"
	"  kinerja assessment list --checkpoint tahunan --unit ASM-YAN\n"
	"  kinerja assessment curve --period 1\n"
	"\n"
	"Kode keluar: 0 berhasil, 1 gagal, 2 pemakaian salah.\n";

#define CMD "assessment"

enum { O_PERIOD = 1 << 0, O_CHECKPOINT = 1 << 1, O_UNIT = 1 << 2 };
static const char *const flags[] = { "--period", "--checkpoint", "--unit" };
#define NFLAGS (sizeof flags / sizeof flags[0])

/* ---- list ------------------------------------------------------------------------- */

static const char *const list_header[] = {
	"nip", "nama", "kode_unit", "unit", "jabatan", "penilaian", "status", "hasil_kerja",
	"perilaku_kerja", "predikat", "pejabat_penilai", "diketahui",
};
#define LIST_COLS (sizeof list_header / sizeof list_header[0])

struct list_ctx {
	const char *kind_label;   /* "Triwulan I" or "Tahunan" */
	struct strbuf line;
	long rows;
};

static int list_row(const struct roster_row *r, void *arg)
{
	struct list_ctx *x = arg;
	const char *cells[LIST_COLS] = {
		r->nip, r->name, r->unit_code, r->unit_name, r->position_name, x->kind_label,
		!r->exists ? "belum dinilai" : r->final ? "ditetapkan" : "draft",
		r->final ? rating_label(r->hasil) : "", r->final ? rating_label(r->perilaku) : "",
		r->final ? predicate_label(r->predicate) : "", r->final ? r->assessor_name : "",
		r->final ? (r->acknowledged ? "ya" : "belum") : "",
	};
	strbuf_reset(&x->line);
	csv_write_row(&x->line, cells, LIST_COLS);
	fwrite(x->line.buf, 1, x->line.len, stdout);
	x->rows++;
	return 0;
}

static int sub_list(struct cli_run *c)
{
	struct period p;
	struct unit u = { 0 };
	int64_t cp = 0;
	char cp_name[64] = "Tahunan";
	struct list_ctx x = { cp_name, STRBUF_INIT, 0 };
	if (cli_period_pick(c, cli_opt(c, O_PERIOD), &p) ||
	    (cli_opt(c, O_CHECKPOINT) && cli_checkpoint_pick(c, &p, cli_opt(c, O_CHECKPOINT), 1, &cp,
							      cp_name, sizeof cp_name)))
		return -1;
	if (cli_opt(c, O_UNIT) && store_unit_by_code(c->db, cli_opt(c, O_UNIT), &u, &c->err)) {
		copy_str(c->err.field, sizeof c->err.field, "--unit");
		return -1;
	}
	csv_write_row(&x.line, list_header, LIST_COLS);
	fwrite(x.line.buf, 1, x.line.len, stdout);
	int rc = store_assessment_roster(c->db, p.id, cp ? ASSESS_PERIODIK : ASSESS_TAHUNAN, cp,
					 u.id, list_row, &x, &c->err);
	strbuf_release(&x.line);
	if (!rc)
		fprintf(stderr, "%ld SKP, %s, %s.\n", x.rows, cp_name, p.name);
	return rc;
}

/* ---- curve ------------------------------------------------------------------------ */

static void curve_line(const struct unit_curve *uc)
{
	printf("%-16s  %-16s  %4d/%-4d", uc->unit.code,
	       uc->result.set ? unit_predicate_label(uc->result.predicate) : "-", uc->total,
	       uc->members);
	for (int k = PRED__COUNT - 1; k >= 0; k--)
		printf("  %4d", uc->count[k]);
	printf("  %-30s  %s\n", !uc->result.set ? "-" : !uc->n_dev ? "sesuai kurva" :
	       uc->basis_checkpoint ? "menyimpang (sementara)" :
	       uc->reason_current ? "menyimpang, ada alasan" : "menyimpang, perlu alasan",
	       uc->unit.name);
	for (size_t i = 0; i < uc->n_dev; i++)
		printf("%18s- %s\n", "", uc->dev[i].message);
}

static int sub_curve(struct cli_run *c)
{
	struct period p;
	struct unit_curve *cs = NULL;
	int64_t cp = 0;
	size_t n = 0;
	char cp_name[96] = "Tahunan";
	if (cli_period_pick(c, cli_opt(c, O_PERIOD), &p) ||
	    (cli_opt(c, O_CHECKPOINT)
		     ? cli_checkpoint_pick(c, &p, cli_opt(c, O_CHECKPOINT), 1, &cp, cp_name,
					   sizeof cp_name)
		     : store_curve_default_basis(c->db, p.id, &cp, &c->err)) ||
	    store_unit_curves_at(c->db, p.id, cp, &cs, &n, &c->err))
		return -1;
	printf("%-16s  %-16s  %9s  %4s  %4s  %4s  %4s  %4s  %-30s  %s\n", "KODE", "PREDIKAT UNIT",
	       "DINILAI", "SB", "B", "BP", "K", "SK", "KURVA", "UNIT");
	for (size_t i = 0; i < n; i++)
		curve_line(&cs[i]);
	if (n && cs[0].basis_name[0])
		snprintf(cp_name, sizeof cp_name, "%.60s (sebaran sementara)", cs[0].basis_name);
	printf("%zu unit, %s, dasar kurva: %s.\n", n, p.name, cp_name);
	unit_curves_free(cs, n);
	return 0;
}

static const struct cli_sub subs[] = {
	{ "list", NULL, sub_list, 0, 0, O_PERIOD | O_CHECKPOINT | O_UNIT,
	  "list [--period ID] [--checkpoint TITIK|tahunan] [--unit KODE]" },
	{ "curve", NULL, sub_curve, 0, 0, O_PERIOD | O_CHECKPOINT,
	  "curve [--period ID] [--checkpoint TITIK|tahunan]" },
};

static const struct cli_suite suite = {
	CMD, cmd_assessment_usage, flags, NFLAGS, subs, sizeof subs / sizeof subs[0],
	"ID", NULL, 0,
};

int cmd_assessment(int argc, char **argv, struct config *cfg)
{
	if (cli_wants_help(argc, argv)) {
		printf("%s\n%s", cmd_assessment_usage, config_flags_help);
		return 0;
	}
	if (argc < 2)
		return cli_usage(CMD, "sub-perintah belum diberikan (list, curve)");
	return cli_suite_run(&suite, argc, argv, cfg);
}
