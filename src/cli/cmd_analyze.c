/*
 * cmd_analyze.c - `kinerja analyze WHAT ...`: the objectivity figures of a
 * period (rater leniency and severity, halo, central tendency, agreement,
 * the adjusted 360 view, fairness checks) and calibration.  This file only
 * picks the part by the first word (see cmd_analyze.h) and holds the help
 * text, one section per part.
 */
#include "cli/commands.h"
#include "cli/cmd_analyze.h"

#include <stdio.h>
#include <string.h>

const char cmd_analyze_usage[] =
	"Pemakaian: kinerja analyze JENIS [OPSI...]\n\n"
	"Analisis objektivitas penilaian.\n"
	/* raters (cmd_analyze_raters.c) */
	"\nAnalisis penilai (angka yang sama dengan halaman /analisis dan API-nya):\n"
	"  kinerja analyze raters [--period TAHUN|ID] [--unit KODE|ID] [--format csv|xlsx]\n"
	"                         [--out BERKAS]\n"
	"      Penilai yang cenderung lunak, ketat, efek halo atau kecenderungan tengah:\n"
	"      selisih dari rekan untuk orang yang sama, selang 95%, z, tanda, penjelasan.\n"
	"      Tanpa --format: tabel di layar; csv ke layar atau --out; xlsx perlu --out.\n"
	"  kinerja analyze agreement [--period TAHUN|ID]\n"
	"      Kesepakatan penilai per nilai BerAKHLAK (ICC(1)) dan jumlah yang dihitung.\n"
	"  kinerja analyze adjusted [--period TAHUN|ID] [--format csv|xlsx] [--out BERKAS]\n"
	"      Rata-rata mentah dan disesuaikan (saran, tidak mengubah nilai) per pegawai\n"
	"      yang dinilai, hanya dari kelompok penilai yang mencapai ambang anonimitas.\n"
	"  kinerja analyze fairness [--period TAHUN|ID] [--unit KODE|ID]\n"
	"                           [--checkpoint NAMA|tahunan]\n"
	"      Sebaran predikat menurut unit, jenis jabatan, golongan, jenis kelamin, dengan\n"
	"      uji khi-kuadrat; kelompok kecil digabung dan tidak pernah ditampilkan.\n"
	"  kinerja analyze settings [--scale 3|5] [--min-ratees N] [--z X] [--min-effect X]\n"
	"                           [--min-forms N] [--halo-sd X] [--central-share X]\n"
	"                           [--shrink X]\n"
	"      Menampilkan ambang analisis; dengan opsi, mengubahnya (tercatat di jejak audit).\n"
	"      --period menerima tahun (2026) atau ID periode; bawaan: periode berjalan.\n"
	"      Berkas ditulis ke BERKAS.tmp lalu diganti namanya.\n"
	/* calibration (cmd_analyze_calibration.c) */
	"\nKalibrasi penilaian:\n"
	"  kinerja analyze calibration list [--period TAHUN|ID] [--unit KODE] [--status STATUS]\n"
	"  kinerja analyze calibration table --unit KODE [--period TAHUN|ID]\n"
	"        [--checkpoint TITIK|tahunan] [--sort KOLOM] [--order naik|turun]\n"
	"        [--format csv|xlsx --out BERKAS]\n"
	"  list    usulan perubahan penilaian suatu periode (unit beserta unit di bawahnya;\n"
	"          STATUS: diajukan, diterima, ditolak, ditarik), terbaru di atas.\n"
	"  table   tabel kalibrasi unit: rating, predikat, capaian, rata-rata 360 dan tanda\n"
	"          penilai setiap pegawai (KOLOM: nama, unit, hasil, perilaku, predikat,\n"
	"          capaian, 360, penilai); tanpa --format sebagai teks.\n"
	"\nKode keluar: 0 berhasil, 1 gagal, 2 pemakaian salah.\n";

static const struct {
	const char *word;
	int (*run)(int argc, char **argv, struct config *cfg);
} parts[] = {
	{ "raters", analyze_raters }, { "agreement", analyze_raters },
	{ "adjusted", analyze_raters }, { "fairness", analyze_raters },
	{ "settings", analyze_raters },
	{ "calibration", analyze_calibration },
};

int cmd_analyze(int argc, char **argv, struct config *cfg)
{
	if (argc < 2) {
		fputs(cmd_analyze_usage, stderr);
		return 2;
	}
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
		if (!strcmp(argv[1], parts[i].word))
			return parts[i].run(argc, argv, cfg);
	fprintf(stderr, "kinerja analyze: jenis analisis tidak dikenal: %s\n"
			"Jenis: raters, agreement, adjusted, fairness, settings, calibration\n",
		argv[1]);
	return 2;
}
