/*
 * main.c - the `kinerja` program: reads the common settings and runs one
 * sub-command from the table below (like git's command table).
 */
#include "cli/commands.h"
#include "core/config.h"
#include "core/log.h"
#include "http/auth.h"
#include "store/db.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const struct command commands[] = {
	{ "init", cmd_init, "membuat basis data (dan organisasi demo dengan --demo)", cmd_init_usage },
	{ "serve", cmd_serve, "menjalankan server web", cmd_serve_usage },
	{ "import", cmd_import, "mengimpor pegawai atau jabatan dari CSV", cmd_import_usage },
	{ "export", cmd_export, "mengekspor pegawai atau jabatan ke CSV", cmd_export_usage },
	{ "user", cmd_user, "mengelola akun pengguna dan token API", cmd_user_usage },
	{ "backup", cmd_backup, "mencadangkan basis data", cmd_backup_usage },
	{ "period", cmd_period, "mengelola periode kinerja dan sasaran organisasi", cmd_period_usage },
	{ "round360", cmd_round360, "mengelola putaran umpan balik perilaku 360 derajat",
	  cmd_round360_usage },
	{ "assessment", cmd_assessment, "melihat penilaian, predikat dan kurva distribusi",
	  cmd_assessment_usage },
	{ "tpp", cmd_tpp, "aturan, kehadiran dan perhitungan tambahan penghasilan (TPP)",
	  cmd_tpp_usage },
	{ "guidance", cmd_guidance, "pembinaan: sesi, rencana perbaikan dan pengembangan",
	  cmd_guidance_usage },
	{ "briefing", cmd_briefing, "sosialisasi: panduan, pernyataan membaca dan cakupan",
	  cmd_briefing_usage },
	{ "recognition", cmd_recognition, "peringkat, pegawai berprestasi dan angka kredit",
	  cmd_recognition_usage },
	{ "evaluation", cmd_evaluation, "survei pegawai dan angka proses sistem kinerja",
	  cmd_evaluation_usage },
	{ "notify", cmd_notify, "notifikasi: pekerjaan yang menunggu dan e-mail",
	  cmd_notify_usage },
	{ "report", cmd_report, "dokumen resmi (PDF), rekap (Excel/CSV) dan laporan kinerja",
	  cmd_report_usage },
	{ "analyze", cmd_analyze, "analisis objektivitas: penilai, kesepakatan, keadilan, kalibrasi",
	  cmd_analyze_usage },
};

static void usage(FILE *out)
{
	fputs("Pemakaian: kinerja PERINTAH [OPSI...]\n\n"
	      "kinerja — Sistem Manajemen Kinerja Aparatur Sipil Negara (PermenPANRB 6/2022)\n\n"
	      "Perintah:\n", out);
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(out, "\n%s\nBantuan tiap perintah: kinerja PERINTAH --help\n", config_flags_help);
}

int cli_fail(const char *cmd, const struct kerr *err)
{
	if (err->field[0])
		fprintf(stderr, "kinerja %s: %s: %s\n", cmd, err->field, err->msg);
	else
		fprintf(stderr, "kinerja %s: %s\n", cmd, err->msg);
	return 1;
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "kinerja %s: ", cmd);
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\nLihat: kinerja %s --help\n", cmd);
	va_end(ap);
	return 2;
}

int cli_wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
			return 1;
	return 0;
}

int main(int argc, char **argv)
{
	db_library_init();
	if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? 2 : 0;
	}
	if (strcmp(argv[1], "--version") == 0) {
		puts("kinerja 0.1.0");
		return 0;
	}
	const struct command *cmd = NULL;
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			cmd = &commands[i];
	if (!cmd) {
		fprintf(stderr, "kinerja: perintah '%s' tidak dikenal\n\n", argv[1]);
		usage(stderr);
		return 2;
	}
	int cargc = argc - 1;
	char **cargv = argv + 1;
	if (cli_wants_help(cargc, cargv)) {
		printf("%s\n%s", cmd->usage, config_flags_help);
		return 0;
	}
	struct config cfg;
	struct kerr err = KERR_INIT;
	if (config_load(&cfg, &cargc, cargv, &err)) {
		cli_fail(cmd->name, &err);
		return 2;
	}
	if (auth_init()) {
		fputs("kinerja: libsodium tidak dapat dimulai\n", stderr);
		return 1;
	}
	return cmd->run(cargc, cargv, &cfg);
}
