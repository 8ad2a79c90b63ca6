/*
 * cmd_evaluation.c - `kinerja evaluation ...`: evaluating the performance
 * system from the command line: the process figures of a period for a
 * unit (and the units below it) as CSV, the list of surveys, the results
 * of a survey that is over as CSV (the same cells of at least k answers
 * as the pages: a unit under the threshold is refused, never shown), and
 * closing a survey.
 *
 * Nothing here shows who answered what: the store holds no such link.
 * The rules are the store's (store/evaluation.h); changes are made as the
 * actor "cli".
 */
#include "cli/cli_sub.h"
#include "domain/csvtable.h"
#include "store/evaluation.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cmd_evaluation_usage[] =
	"Pemakaian:\n"
	"  kinerja evaluation figures --period ID [--unit KODE]\n"
	"  kinerja evaluation survey list\n"
	"  kinerja evaluation survey results ID [--unit KODE]\n"
	"  kinerja evaluation survey close ID\n"
	"\n"
	"Evaluasi sistem manajemen kinerja.\n"
	"  figures          angka proses satu periode sebagai CSV: SKP disetujui tepat\n"
	"                   waktu, umpan balik per pegawai, tingkat respons 360,\n"
	"                   keberatan diajukan dan dikabulkan, rencana perbaikan selesai;\n"
	"                   untuk unit itu beserta unit di bawahnya (bawaan: seluruh kantor).\n"
	"  survey list      semua survei dengan tahap dan jumlah responden.\n"
	"  survey results   hasil survei yang sudah selesai sebagai CSV: satu baris per\n"
	"                   kelompok dan pertanyaan berskala (sebaran 1-5 dan rata-rata),\n"
	"                   satu baris per jawaban teks (diacak, tanpa tanggal).  Hanya\n"
	"                   kelompok dengan paling sedikit 5 jawaban (ambang) yang tampil;\n"
	"                   --unit meminta satu unit dan ditolak bila kelompoknya di bawah\n"
	"                   ambang.\n"
	"  survey close     menutup survei yang sedang dibuka.\n"
	"\n"
	"Opsi:\n"
	"  --period ID      periode (bawaan: periode yang sedang berjalan)\n"
	"  --unit KODE      kode unit kerja\n"
	"  -h, --help       tampilkan bantuan ini\n"
	"\n"
	"Contoh:\n"
	"  kinerja evaluation figures --period 1 --unit ASM-YAN > angka.csv\n"
	"  kinerja evaluation survey results 2\n"
	"\n"
	"Kode keluar: 0 berhasil, 1 gagal (termasuk kelompok di bawah ambang), 2 pemakaian\n"
	"salah.\n";

#define CMD "evaluation"

enum { O_PERIOD = 1 << 0, O_UNIT = 1 << 1 };
static const char *const flags[] = { "--period", "--unit" };
#define NFLAGS (sizeof flags / sizeof flags[0])

/* The unit of --unit (0 when not given); KERR_NOT_FOUND on "--unit". */
static int unit_pick(struct cli_run *c, int64_t *unit)
{
	struct unit u;
	*unit = 0;
	if (!cli_opt(c, O_UNIT))
		return 0;
	if (store_unit_by_code(c->db, cli_opt(c, O_UNIT), &u, &c->err)) {
		if (c->err.code == KERR_NOT_FOUND) {
			kerr_clear(&c->err);
			return kerr_set(&c->err, KERR_NOT_FOUND, "--unit", "Unit kerja %s tidak "
					"ditemukan", cli_opt(c, O_UNIT));
		}
		return -1;
	}
	*unit = u.id;
	return 0;
}

static void figure_line(struct strbuf *sb, const struct eval_figures *f, const char *unit,
			enum eval_figure w, int64_t num, int64_t den)
{
	char value[64], n[24], d[24];
	const char *cells[7];
	switch (w) {
	case FIG_SKP_TEPAT_WAKTU: case FIG_RESPON_360: case FIG_KEBERATAN_DIUBAH:
	case FIG_RENCANA_PERBAIKAN:
		eval_percent_text(num, den, value, sizeof value);
		break;
	case FIG_UMPAN_BALIK:
		eval_ratio_text(num, den, value, sizeof value);
		break;
	default:
		snprintf(value, sizeof value, "%lld", (long long)num);
	}
	snprintf(n, sizeof n, "%lld", (long long)num);
	snprintf(d, sizeof d, "%lld", (long long)den);
	cells[0] = f->period_name;
	cells[1] = unit;
	cells[2] = eval_figure_name(w);
	cells[3] = value;
	cells[4] = n;
	cells[5] = d;
	cells[6] = eval_figure_explanation(w);
	csv_write_row(sb, cells, 7);
}

static int sub_figures(struct cli_run *c)
{
	static const char *const header[] = { "periode", "unit", "angka", "nilai", "pembilang",
					      "penyebut", "penjelasan" };
	struct period p;
	struct eval_figures f;
	struct strbuf sb = STRBUF_INIT;
	int64_t unit = 0;
	if (cli_period_pick(c, cli_opt(c, O_PERIOD), &p) || unit_pick(c, &unit) ||
	    store_eval_figures(c->db, p.id, unit, &f, &c->err))
		return -1;
	const char *u = cli_opt(c, O_UNIT) ? cli_opt(c, O_UNIT) : "";
	csv_write_row(&sb, header, 7);
	figure_line(&sb, &f, u, FIG_SKP_TEPAT_WAKTU, f.skp_on_time, f.skp_total);
	figure_line(&sb, &f, u, FIG_UMPAN_BALIK, f.feedback_threads, f.employees);
	figure_line(&sb, &f, u, FIG_RESPON_360, f.r360_answered, f.r360_assigned);
	figure_line(&sb, &f, u, FIG_KEBERATAN_DIAJUKAN, f.obj_filed, f.obj_decided);
	figure_line(&sb, &f, u, FIG_KEBERATAN_DIUBAH, f.obj_changed, f.obj_decided);
	figure_line(&sb, &f, u, FIG_RENCANA_PERBAIKAN, f.plans_completed, f.plans_opened);
	fwrite(sb.buf, 1, sb.len, stdout);
	strbuf_release(&sb);
	return 0;
}

static int sub_survey_list(struct cli_run *c)
{
	struct survey *v = NULL;
	size_t n = 0;
	if (store_survey_list(c->db, &v, &n, &c->err))
		return -1;
	printf("%-4s  %-10s  %-10s  %-13s  %9s  %s\n", "ID", "DIBUKA", "DITUTUP", "TAHAP",
	       "RESPONDEN", "JUDUL (TUJUAN)");
	for (size_t i = 0; i < n; i++)
		printf("%-4lld  %-10s  %-10s  %-13s  %4lld/%-4lld  %s (%s)\n", (long long)v[i].id,
		       v[i].opens_on, v[i].closes_on, survey_phase_label(v[i].phase),
		       (long long)v[i].respondents, (long long)v[i].addressed, v[i].title,
		       v[i].unit_id ? v[i].unit_code : "seluruh kantor");
	printf("%zu survei.\n", n);
	surveys_free(v, n);
	return 0;
}

/* The rows of one cell: a scaled question per row, a text per row (the
 * columns of the results header). */
#define RESULT_COLS 14
static void cell_rows(struct strbuf *sb, const struct survey *s, const struct survey_cell *c)
{
	char answers[24], no[24], dist[SURVEY_SCALE_MAX + 1][24], mean[24];
	snprintf(answers, sizeof answers, "%lld", (long long)c->answers);
	for (size_t q = 0; q < s->nq; q++) {
		const char *cells[RESULT_COLS] = { c->unit_id ? c->unit_code : "", c->unit_name,
						   answers, no, question_kind_name(s->q[q].kind),
						   survey_aspect_name(s->q[q].aspect), s->q[q].text };
		snprintf(no, sizeof no, "%zu", q + 1);
		if (s->q[q].kind == QUESTION_SKALA) {
			int64_t n = 0;
			double m = survey_scale_mean(c->counts[q], &n);
			for (int v = SURVEY_SCALE_MIN; v <= SURVEY_SCALE_MAX; v++) {
				snprintf(dist[v], sizeof dist[v], "%lld", (long long)c->counts[q][v]);
				cells[6 + v] = dist[v];
			}
			eval_mean_text(m, n, mean, sizeof mean);
			cells[12] = mean;
			csv_write_row(sb, cells, RESULT_COLS);
			continue;
		}
		for (size_t i = 0; i < c->ntexts; i++)
			if ((size_t)c->text_question[i] == q) {
				cells[13] = c->texts[i];
				csv_write_row(sb, cells, RESULT_COLS);
			}
	}
}

static int sub_survey_results(struct cli_run *c)
{
	static const char *const header[] = { "kode_unit", "kelompok", "jawaban", "no", "jenis",
					      "aspek", "pertanyaan", "n1", "n2", "n3", "n4", "n5",
					      "rata_rata", "teks" };
	struct survey s;
	struct survey_results res;
	struct strbuf sb = STRBUF_INIT;
	int64_t unit = 0;
	if (unit_pick(c, &unit) || store_survey_get(c->db, c->id, &s, &c->err))
		return -1;
	if (store_survey_results(c->db, &s, &res, &c->err)) {
		survey_release(&s);
		return -1;
	}
	const struct survey_cell *one = unit ? survey_results_cell(&res, unit, &c->err) : NULL;
	int rc = unit && !one ? -1 : 0;
	if (!rc) {
		csv_write_row(&sb, header, RESULT_COLS);
		if (one) {
			cell_rows(&sb, &s, one);
		} else {
			cell_rows(&sb, &s, &res.all);
			for (size_t i = 0; i < res.ncells; i++)
				cell_rows(&sb, &s, &res.cells[i]);
		}
		fwrite(sb.buf, 1, sb.len, stdout);
	}
	strbuf_release(&sb);
	survey_results_release(&res);
	survey_release(&s);
	return rc;
}

static int sub_survey_close(struct cli_run *c)
{
	struct survey s;
	if (store_survey_close(c->db, &c->who, c->id, 0, "cli", &c->err) ||
	    store_survey_get(c->db, c->id, &s, &c->err))
		return -1;
	printf("Survei %lld ditutup: %lld dari %lld pegawai yang dituju menjawab.\n",
	       (long long)s.id, (long long)s.respondents, (long long)s.addressed);
	survey_release(&s);
	return 0;
}

static const struct cli_sub subs[] = {
	{ "figures", NULL, sub_figures, 0, 0, O_PERIOD | O_UNIT, "figures --period ID [--unit KODE]" },
	{ "survey", "list", sub_survey_list, 0, 0, 0, "survey list" },
	{ "survey", "results", sub_survey_results, 1, 1, O_UNIT, "survey results ID [--unit KODE]" },
	{ "survey", "close", sub_survey_close, 1, 1, 0, "survey close ID" },
};

static const char *const fields[][2] = {
	{ "periode", "--period" }, { "unit", "--unit" }, { "survei", "" }, { "status", "" },
};

static const struct cli_suite suite = {
	CMD, cmd_evaluation_usage, flags, NFLAGS, subs, sizeof subs / sizeof subs[0],
	"ID survei", fields, sizeof fields / sizeof fields[0],
};

int cmd_evaluation(int argc, char **argv, struct config *cfg)
{
	if (cli_wants_help(argc, argv)) {
		printf("%s\n%s", cmd_evaluation_usage, config_flags_help);
		return 0;
	}
	if (argc < 2)
		return cli_usage(CMD, "sub-perintah belum diberikan (figures, survey list, survey "
				 "results, survey close)");
	return cli_suite_run(&suite, argc, argv, cfg);
}
