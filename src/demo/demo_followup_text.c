/*
 * demo_followup_text.c - the words and figures of the demo office's
 * follow-up of 2026 (see demo_followup.h): the TPP rule set (amounts in the
 * range of Surabaya's allowance, invented), the working days of each
 * month, the two improvement plans taken up, the guidance sessions, the
 * development plan items, and the two guides with the criteria guide's
 * quiz.  Everything is invented demo data.
 */
#include "demo/demo_followup.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- TPP ----------------------------------------------------------------------------- */

/* A month's base amount per golongan (PNS) and PPPK golongan. */
const struct demo_tpp_base demo_tpp_bases[] = {
	{ "II/a", 3600000 }, { "II/b", 3750000 }, { "II/c", 3900000 }, { "II/d", 4050000 },
	{ "III/a", 4800000 }, { "III/b", 5100000 }, { "III/c", 6300000 }, { "III/d", 6800000 },
	{ "IV/a", 9500000 }, { "IV/b", 11000000 }, { "IV/c", 12500000 },
	{ "V", 3300000 }, { "VII", 3900000 }, { "IX", 4600000 },
};
const size_t demo_n_tpp_bases = COUNT(demo_tpp_bases);

/* Sangat Kurang, Kurang/Misconduct, Butuh Perbaikan, Baik, Sangat Baik, tanpa penilaian. */
const int demo_tpp_mult[6] = { 40, 60, 80, 100, 110, 0 };

const char *const demo_tpp_note =
	"TPP 2026 Pemerintah Kota Surabaya (data demo): besaran per golongan sebulan, 60% "
	"berdasarkan predikat kinerja triwulan dan 40% berdasarkan disiplin kehadiran; tanpa "
	"penilaian yang ditetapkan, bagian kinerja tidak dibayar. Dibulatkan ke bawah ke ribuan "
	"rupiah.";

/* January: 1 and 16 off; February: Imlek and its cuti bersama; March: Nyepi,
 * Idul Fitri and cuti bersama; April: Good Friday; May: 1, Kenaikan with its
 * cuti bersama, Idul Adha; June: Pancasila, 1 Muharam; August: 17 and Maulid. */
const int demo_work_days[DEMO_TPP_MONTHS] = { 20, 18, 17, 21, 17, 20, 23, 19, 22 };

/* ---- guidance ------------------------------------------------------------------------ */

const struct demo_improvement demo_improvements[2] = {
	{
		"KEL-TSR-LURAH", "ASM-CAMAT",
		"1. Surat keterangan kelurahan selesai pada hari yang sama untuk paling sedikit "
		"90% permohonan (Triwulan III: 71%).\n"
		"2. Laporan bulanan kelurahan masuk ke kecamatan paling lambat tanggal 5 setiap "
		"bulan.\n"
		"3. Setiap seksi kelurahan memantau realisasi IKI-nya setiap bulan, bukan di akhir "
		"triwulan.",
		"Pendampingan bulanan oleh Camat; Sekretaris Kecamatan membantu menata alur surat "
		"keterangan; satu pengadministrasi dari Seksi Pelayanan kecamatan diperbantukan "
		"dua hari seminggu selama Desember-Januari; kunjungan belajar ke Kelurahan "
		"Asemrowo.",
		{ "Alur surat keterangan ditata ulang dan papan antrean dipasang.",
		  "80% surat keterangan selesai pada hari yang sama; laporan November masuk tepat "
		  "waktu.",
		  "90% surat keterangan selesai pada hari yang sama; setiap seksi menyampaikan "
		  "rekap IKI bulanan." },
		"Alur baru disepakati bersama seksi; papan antrean dan formulir satu lembar mulai "
		"dipakai. Minggu ini 78% surat keterangan selesai pada hari yang sama.",
	},
	{
		"ASM-TRANTIB-P03", "ASM-TRANTIB-KA",
		"1. Hadir tepat waktu pada setiap jadwal piket dan patroli; tidak ada lagi "
		"ketidakhadiran tanpa keterangan.\n"
		"2. Setiap pengaduan ketertiban yang ditangani dicatat dalam laporan harian pada "
		"hari yang sama.",
		"Jadwal piket disusun bersama setiap awal bulan; konseling dengan Kepala Seksi "
		"setiap dua minggu; bila perlu dirujuk ke konselor BKPSDM Kota Surabaya.",
		{ "Tidak ada ketidakhadiran tanpa keterangan; laporan harian lengkap.",
		  "Kehadiran piket 100% dan laporan harian lengkap selama sebulan.",
		  "Dua bulan berturut-turut tanpa pelanggaran disiplin." },
		NULL,
	},
};

const struct demo_session demo_sessions[] = {
	{
		"KEL-TSR-LURAH", "ASM-CAMAT", "dialog_kinerja", 18, 14,
		"Tindak lanjut predikat Butuh Perbaikan Triwulan III dan penyusunan rencana "
		"perbaikan kinerja",
		"Lurah menata ulang alur surat keterangan dan menyusun target bulanan bersama "
		"seksi.\nCamat meminta Seksi Pelayanan kecamatan memperbantukan satu "
		"pengadministrasi selama Desember-Januari.\nDibahas lagi dua minggu lagi dengan "
		"data penyelesaian surat keterangan.",
		"Saya sepakat dengan target yang ditetapkan. Kendala utama ada pada berkas yang "
		"datang tidak lengkap; kami akan memasang daftar persyaratan di loket dan di media "
		"sosial kelurahan.",
	},
	{
		"ASM-TRANTIB-P03", "ASM-TRANTIB-KA", "konseling", 9, 14,
		"Ketidakhadiran tanpa keterangan dan keterlambatan pada jadwal piket bulan "
		"Agustus-September",
		"Pegawai menyampaikan kendala pengasuhan anak pada jadwal piket pagi; jadwal piket "
		"disesuaikan ke sif siang selama tiga bulan.\nPegawai berkomitmen hadir tepat "
		"waktu dan memberi kabar paling lambat satu jam sebelum piket bila berhalangan.",
		NULL,
	},
	{
		"ASM-YAN-P01", "ASM-YAN-KA", "coaching", 26, 35,
		"Mempercepat verifikasi berkas izin usaha mikro melalui aplikasi perizinan",
		"Menyusun daftar periksa verifikasi satu halaman untuk izin usaha mikro.\n"
		"Mencoba verifikasi paralel dengan Analis Pelayanan selama dua minggu, lalu "
		"membandingkan waktu penyelesaiannya.",
		NULL,
	},
	{
		"ASM-YAN-P06", "ASM-YAN-KA", "mentoring", 12, 30,
		"Pendampingan petugas pelayanan baru pada layanan PATEN dan pengaduan warga",
		"Mendampingi petugas senior di loket PATEN dua hari seminggu.\nMempelajari SOP "
		"penanganan pengaduan dan mencatat setiap pengaduan di buku register.",
		NULL,
	},
	{
		"ASM-SEK-UMUM-P02", "ASM-SEK-UMUM-KA", "dialog_kinerja", 15, 21,
		"Keterlambatan pemutakhiran data kepegawaian di SIASN",
		"Pemutakhiran data 30 pegawai per minggu dengan daftar pantau bersama.\nKepala "
		"Subbagian memeriksa daftar pantau setiap Jumat.",
		NULL,
	},
};
const size_t demo_n_sessions = COUNT(demo_sessions);

const struct demo_development demo_developments[] = {
	{
		"ASM-YAN-P01", "ASM-YAN-P01", "Pelayanan prima dan penanganan pengaduan",
		"E-learning Pelayanan Publik BPSDM Provinsi Jawa Timur (20 JP)", "2027-03-31",
		"berjalan", "Modul 1 dan 2 sudah selesai.",
	},
	{
		"ASM-YAN-P01", "ASM-YAN-KA", "Perizinan berusaha berbasis risiko (OSS RBA)",
		"Bimbingan teknis OSS RBA bagi petugas perizinan kecamatan", "2027-06-30",
		"direncanakan", "Diusulkan dalam rencana pengembangan kompetensi 2027.",
	},
	{
		"KEL-TSR-LURAH", "ASM-CAMAT",
		"Manajemen kinerja dan pengendalian layanan kelurahan",
		"Pendampingan bulanan oleh Camat dan kunjungan belajar ke Kelurahan Asemrowo",
		"2027-05-31", "berjalan", "",
	},
	{
		"ASM-TRANTIB-P03", "ASM-TRANTIB-KA", "Disiplin dan etika ASN",
		"Kelas etika dan disiplin ASN yang diselenggarakan BKPSDM Kota Surabaya",
		"2026-11-20", "direncanakan", "Belum terdaftar pada angkatan November.",
	},
	{
		"ASM-YAN-KA", "ASM-CAMAT", "Kepemimpinan pengawas",
		"Pelatihan Kepemimpinan Pengawas (PKP)", "2026-10-31", "selesai",
		"Lulus; proyek perubahan: antrean layanan izin secara daring.",
	},
};
const size_t demo_n_developments = COUNT(demo_developments);

/* ---- briefing ------------------------------------------------------------------------ */

static const char guide_criteria[] =
	"# Dasar dan ruang lingkup\n"
	"\n"
	"Pedoman ini menjelaskan bagaimana kinerja setiap pegawai Kecamatan Asemrowo dinilai "
	"pada tahun 2026, berdasarkan Peraturan Menteri PANRB Nomor 6 Tahun 2022. Pedoman ini "
	"berlaku bagi seluruh PNS dan PPPK di kantor kecamatan dan ketiga kelurahan.\n"
	"\n"
	"# Jadwal 2026\n"
	"\n"
	"- SKP disusun bersama atasan dan disetujui paling lambat **31 Januari 2026**.\n"
	"- Realisasi dan bukti dukung diisi setiap triwulan: Triwulan I, II, III dan IV-Akhir.\n"
	"- Pejabat penilai menilai setiap triwulan (penilaian periodik) dan pada akhir tahun "
	"(penilaian tahunan).\n"
	"\n"
	"# Dua hal yang dinilai\n"
	"\n"
	"1. **Hasil kerja**: capaian Rencana Hasil Kerja (RHK) dan Indikator Kinerja Individu "
	"(IKI) terhadap targetnya, berdasarkan bukti dukung.\n"
	"2. **Perilaku kerja**: tujuh nilai BerAKHLAK (Berorientasi Pelayanan, Akuntabel, "
	"Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif), dengan masukan umpan balik 360 dari "
	"rekan dan bawahan.\n"
	"\n"
	"Masing-masing diberi satu dari tiga tingkat, **Di Atas Ekspektasi**, **Sesuai "
	"Ekspektasi** atau **Di Bawah Ekspektasi**, selalu dengan alasan tertulis.\n"
	"\n"
	"# Matriks predikat kinerja\n"
	"\n"
	"Predikat tidak diketik oleh penilai dan tidak ada bobot angka: predikat dibaca dari "
	"pertemuan kedua tingkat.\n"
	"\n"
	"- Hasil kerja Di Atas dan perilaku Di Atas: **Sangat Baik**.\n"
	"- Hasil kerja Di Atas atau Sesuai dengan perilaku Sesuai, atau hasil kerja Sesuai "
	"dengan perilaku Di Atas: **Baik**.\n"
	"- Hasil kerja Di Bawah dengan perilaku Sesuai atau Di Atas: **Butuh Perbaikan**.\n"
	"- Perilaku Di Bawah dengan hasil kerja Sesuai atau Di Atas: **Kurang/Misconduct**.\n"
	"- Hasil kerja dan perilaku sama-sama Di Bawah: **Sangat Kurang**.\n"
	"\n"
	"Artinya, perilaku kerja yang Di Bawah Ekspektasi tidak dapat ditutup oleh hasil kerja "
	"yang tinggi.\n"
	"\n"
	"# Predikat unit dan kurva distribusi\n"
	"\n"
	"Pimpinan satu tingkat di atas lebih dahulu menetapkan predikat kinerja setiap unit. "
	"Predikat unit menjadi pedoman sebaran predikat pegawainya:\n"
	"\n"
	"- Unit **Istimewa**: paling banyak 70% pegawai Sangat Baik.\n"
	"- Unit **Baik**: paling banyak 70% Baik, dan paling sedikit satu orang Butuh "
	"Perbaikan atau Kurang/Misconduct.\n"
	"- Unit **Butuh Perbaikan**: paling sedikit 60% Butuh Perbaikan, paling banyak 10% "
	"Sangat Baik.\n"
	"- Unit **Kurang**: paling sedikit 60% Kurang/Misconduct dan 10% Butuh Perbaikan, "
	"paling banyak 10% Sangat Baik.\n"
	"- Unit **Sangat Kurang**: paling sedikit 60% Sangat Kurang, tanpa Sangat Baik.\n"
	"\n"
	"Sebaran yang menyimpang dari kurva tidak dilarang, tetapi pimpinan unit wajib menuliskan "
	"alasannya; tanpa alasan itu periode tidak dapat ditutup. Kepala unit menerima predikat "
	"unitnya sebagai penilaian hasil kerjanya sendiri.\n"
	"\n"
	"# Tindak lanjut\n"
	"\n"
	"- Predikat Butuh Perbaikan, Kurang/Misconduct atau Sangat Kurang membuka **rencana "
	"perbaikan kinerja** selama enam bulan, dipantau atasan setiap bulan.\n"
	"- Predikat triwulan menentukan bagian kinerja TPP triwulan itu.\n"
	"- Setiap pegawai dapat menyusun rencana pengembangan kompetensi bersama atasannya.\n"
	"\n"
	"# Keberatan\n"
	"\n"
	"1. Pegawai yang tidak sependapat dengan penilaian yang sudah ditetapkan mengajukan "
	"keberatan kepada **atasan pejabat penilai** melalui menu Keberatan, paling lambat **14 "
	"hari** sejak penilaian ditetapkan.\n"
	"2. Tuliskan alasan dan lampirkan bukti dukung (PDF, gambar atau dokumen perkantoran).\n"
	"3. Atasan pejabat penilai meminta penjelasan pejabat penilai, lalu memutuskan: "
	"penilaian tetap atau diubah.\n"
	"4. Keputusan atasan pejabat penilai bersifat final; penilaian semula tetap tercatat "
	"dalam riwayat.\n"
	"\n"
	"# Bantuan\n"
	"\n"
	"Pertanyaan tentang pedoman ini dapat disampaikan ke Subbagian Umum dan Kepegawaian. "
	"Penilaian Anda dapat dilihat di [halaman penilaian](/penilaian).";

static const char guide_criteria_quiz[] =
	"? Hasil kerja Sesuai Ekspektasi dan perilaku kerja Di Bawah Ekspektasi menghasilkan "
	"predikat apa?\n"
	"- Baik\n"
	"- Butuh Perbaikan\n"
	"* Kurang/Misconduct\n"
	"? Paling lambat kapan keberatan diajukan?\n"
	"- 7 hari sejak penilaian ditetapkan\n"
	"* 14 hari sejak penilaian ditetapkan\n"
	"- 30 hari sejak penilaian ditetapkan\n"
	"? Kepada siapa keberatan diajukan?\n"
	"- Pejabat penilai\n"
	"* Atasan pejabat penilai\n"
	"- Pengelola kinerja\n";

static const char guide_realisasi[] =
	"# Kapan diisi\n"
	"\n"
	"Realisasi setiap IKI diisi setiap triwulan, paling lambat **10 hari kerja** setelah "
	"triwulan berakhir. Realisasi yang diisi menjelang penilaian sering tidak lengkap "
	"bukti dukungnya.\n"
	"\n"
	"# Langkah pengisian\n"
	"\n"
	"1. Buka menu **SKP**, pilih SKP 2026 Anda, lalu **Realisasi**.\n"
	"2. Pilih triwulan, isi nilai yang dicapai untuk setiap IKI (untuk SKP kualitatif: "
	"uraian capaiannya) dan catatan singkat.\n"
	"3. Tambahkan bukti dukung: unggah berkas atau tautkan arsip.\n"
	"4. Periksa capaian yang dihitung sistem; bila jauh dari target, jelaskan sebabnya di "
	"catatan.\n"
	"\n"
	"# Bukti dukung yang diterima\n"
	"\n"
	"- Berkas PDF, PNG, JPEG, DOCX, XLSX, ODT atau ODS, paling besar 10 MiB per berkas.\n"
	"- Tautan ke arsip kelurahan atau aplikasi layanan, dengan judul yang jelas.\n"
	"- Satu berkas rekap per IKI lebih mudah diperiksa daripada banyak foto.\n"
	"\n"
	"# Yang sering keliru\n"
	"\n"
	"- Mengisi realisasi kumulatif setahun pada triwulan pertama.\n"
	"- Bukti dukung berupa foto kegiatan tanpa keterangan tanggal dan jumlah.\n"
	"- Untuk IKI waktu (semakin kecil semakin baik), menulis persentase alih-alih jumlah "
	"hari.\n"
	"\n"
	"Contoh pengisian yang baik dapat dilihat bersama Sekretaris Kelurahan.";

const struct demo_guide demo_guides[2] = {
	{ "Pedoman Penilaian Kinerja Pegawai Kecamatan Asemrowo 2026", "kriteria", NULL,
	  guide_criteria, guide_criteria_quiz, 0 },
	{ "Tata Cara Pengisian Realisasi dan Bukti Dukung", "prosedur", "KEL-TSR",
	  guide_realisasi, NULL, 0 },
};
