/*
 * cmd_report.c - `kinerja report WHAT ...`: the official documents as PDF,
 * bulk documents for a unit, the recaps and the contribution report, and
 * where a period stands.  This file only picks the part by the first word
 * (see cmd_report.h) and holds the help text, one section per part.
 */
#include "cli/commands.h"
#include "cli/cmd_report.h"

#include <stdio.h>
#include <string.h>

const char cmd_report_usage[] =
	"Pemakaian: kinerja report JENIS [OPSI...]\n\n"
	"Laporan dan dokumen resmi kinerja.\n"
	/* documents (cmd_report_doc.c) */
	"\nDokumen resmi satu pegawai (PDF A4, sama dengan unduhan di halaman dan API):\n"
	"  kinerja report skp --nip NIP [--period TAHUN|ID] [--out BERKAS]\n"
	"      SKP pegawai pada periode itu.\n"
	"  kinerja report evaluasi --nip NIP --checkpoint NAMA|tahunan [--period TAHUN|ID]\n"
	"                          [--out BERKAS]\n"
	"      Dokumen Evaluasi Kinerja Pegawai satu titik periksa ('Triwulan I') atau tahunan.\n"
	"  kinerja report keberatan ID [--out BERKAS]\n"
	"      Keputusan atas Keberatan (hanya keberatan yang sudah diputus).\n"
	"  kinerja report tpp --nip NIP --run ID [--out BERKAS]\n"
	"      Rincian TPP pegawai pada satu perhitungan (ID perhitungan).\n"
	"  kinerja report kredit --nip NIP [--period TAHUN|ID] [--out BERKAS]\n"
	"      Pernyataan Angka Kredit.\n"
	"  kinerja report piagam ID [--out BERKAS]\n"
	"      Piagam Penghargaan usulan yang disetujui.\n"
	"      --period menerima tahun (2026) atau ID periode; bawaan: periode berjalan.\n"
	"      --out ditulis ke BERKAS.tmp lalu diganti namanya; tanpa --out PDF ditulis\n"
	"      ke keluaran standar.  Kesalahan menyebut opsinya (--nip: tidak ada pegawai\n"
	"      dengan NIP ...).\n"
	/* bulk (cmd_report_bulk.c) */
	"\nDokumen massal satu unit (beserta unit di bawahnya):\n"
	"  kinerja report bulk --unit KODE|ID [--period TAHUN|ID] --kind skp|evaluasi\n"
	"                      [--checkpoint NAMA|tahunan] [--format zip|pdf] --out BERKAS\n"
	"      SKP, atau dokumen evaluasi satu titik periksa atau tahunan, setiap pegawai\n"
	"      unit itu: satu ZIP berisi satu PDF per pegawai (NIP-Nama.pdf) atau satu PDF\n"
	"      berisi semuanya, masing-masing bernomor halaman sendiri; pegawai tanpa\n"
	"      dokumen dicantumkan dalam daftar 'tidak termasuk'.  Kemajuan dicetak ke\n"
	"      stderr; berkas ditulis ke BERKAS.tmp lalu diganti namanya.  Paling banyak\n"
	"      bulk_max_docs dokumen (--bulk-max-docs, bawaan 2000).  Bawaan: periode\n"
	"      berjalan, format zip.\n"
	/* recap and contribution (cmd_report_recap.c) */
	"\nRekap dan laporan kontribusi (Excel atau CSV):\n"
	"  kinerja report recap --unit KODE|ID [--period TAHUN|ID] [--checkpoint NAMA|tahunan]\n"
	"                       --format xlsx|csv --out BERKAS\n"
	"      setiap pegawai unit dan unit di bawahnya: status SKP, RHK, IKI, capaian,\n"
	"      rating, predikat, respons 360, TPP; sebaran predikat terhadap kurva;\n"
	"      pekerjaan yang terlambat (Excel: tiga lembar; CSV: lembar pegawai)\n"
	"  kinerja report contribution [--unit KODE|ID] [--period TAHUN|ID]\n"
	"                       [--checkpoint NAMA|tahunan] --format xlsx|csv --out BERKAS\n"
	"      setiap sasaran organisasi dengan RHK yang mendukungnya melalui kaskade,\n"
	"      capaian per RHK, per unit dan per sasaran\n"
	"  Bawaan: periode berjalan; titik periksa seperti halaman Predikat Unit; unit\n"
	"  kontribusi: unit teratas.  --format bawaan dari akhiran --out.  Berkas ditulis\n"
	"  ke BERKAS.tmp lalu diganti namanya.\n"
	/* status (cmd_report_status.c) */
	"\n  kinerja report status --period TAHUN|ID [--unit KODE|ID] [--json]\n"
	"      posisi periode: SKP disetujui, realisasi titik periksa sekarang,\n"
	"      penilaian ditetapkan per titik periksa dan tahunan, formulir 360\n"
	"      dijawab per putaran, keberatan belum diputus; seluruh kantor atau satu\n"
	"      unit beserta unit di bawahnya (angka yang sama dengan dasbor).\n"
	"      --json mencetak objek \"status\" API dasbor.\n"
	/* list (cmd_report_list.c) */
	"\nDaftar tersaring (seluruh baris, berkas yang sama dengan unduhan halaman daftar):\n"
	"  kinerja report list pegawai|skp|penilaian|keberatan [--unit KODE|ID]\n"
	"         [--period TAHUN|ID] [--status S] [--predicate P] [--checkpoint NAMA|tahunan]\n"
	"         [--q TEKS] [--sort KUNCI] [--desc] [--format csv|xlsx] [--out BERKAS]\n"
	"      --unit beserta unit di bawahnya; --period (skp, penilaian, keberatan) tahun\n"
	"      atau ID, tanpa --period semua periode; --predicate (penilaian, keberatan);\n"
	"      --checkpoint (penilaian) titik periode itu (bawaan: periode berjalan) atau\n"
	"      'tahunan'; --q nama atau awalan NIP; --sort kunci urutan daftar, --desc\n"
	"      menurun.  Nilai sama dengan parameter API daftar (docs/api-lists.md).\n"
	"      --format bawaan dari akhiran --out; tanpa --out CSV ke keluaran standar\n"
	"      (Excel wajib --out).  Berkas ditulis ke BERKAS.tmp lalu diganti namanya.\n"
	"      Dijalankan sebagai operator: seluruh unit, seperti administrator.\n"
	"\nKode keluar: 0 berhasil, 1 gagal, 2 pemakaian salah.\n";

static const struct {
	const char *word;
	int (*run)(int argc, char **argv, struct config *cfg);
} parts[] = {
	{ "skp", report_doc }, { "evaluasi", report_doc }, { "keberatan", report_doc },
	{ "tpp", report_doc }, { "kredit", report_doc }, { "piagam", report_doc },
	{ "bulk", report_bulk },
	{ "recap", report_recap }, { "contribution", report_recap },
	{ "status", report_status },
	{ "list", report_list },
};

int cmd_report(int argc, char **argv, struct config *cfg)
{
	if (argc < 2) {
		fputs(cmd_report_usage, stderr);
		return 2;
	}
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
		if (!strcmp(argv[1], parts[i].word))
			return parts[i].run(argc, argv, cfg);
	fprintf(stderr, "kinerja report: jenis laporan tidak dikenal: %s\n"
			"Jenis: skp, evaluasi, keberatan, tpp, kredit, piagam, bulk, recap, "
			"contribution, status, list\n", argv[1]);
	return 2;
}
