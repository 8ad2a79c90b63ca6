/*
 * demo_plan_text.c - the words of the demo 2026 plans of Kecamatan
 * Asemrowo: the Renstra / Perjanjian Kinerja goals, and for every post its
 * results (RHK) with their indicators (IKI), the superior's behaviour
 * expectations and the lampiran of the heads (see demo_plan.h).
 *
 * The results cascade: the Camat's point at the goals; the Sekretaris
 * Kecamatan, the Kepala Seksi and the Lurah at the Camat's; the Kepala
 * Subbagian at the Sekretaris Kecamatan's; the kelurahan heads at their
 * Lurah's; staff at their head's.  One goal (ASM-6) is left without
 * support, so the cascade view has something to show there.
 */
#include "demo/demo_plan.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

#define IKI(t, a, v, u) { t, a, v, NULL, u, NULL, NULL }
#define RANGE(t, a, lo, hi, u) { t, a, lo, hi, u, NULL, NULL }
#define DOWN(t, a, v, u) { t, a, v, NULL, u, "turun", NULL }
#define WORDS(t, a, w) { t, a, NULL, NULL, "", NULL, w }
#define U(k, p, t, ...) { k, p, 0, t, { __VA_ARGS__ } }
#define T(k, p, t, ...) { k, p, 1, t, { __VA_ARGS__ } }
#define ROLE(post, approach, arr, exp) { post, approach, arr, COUNT(arr), exp }

/* ---- goals ----------------------------------------------------------------- */

const struct demo_goal demo_goals[] = {
	{ "SBY", "SBY-1", "Meningkatnya kualitas pelayanan publik dan inovasi daerah",
	  "Indeks Kepuasan Masyarakat Kota Surabaya" },
	{ "SBY", "SBY-2", "Meningkatnya akuntabilitas kinerja perangkat daerah",
	  "Nilai SAKIP Pemerintah Kota Surabaya" },
	{ "ASM", "ASM-1", "Meningkatnya kualitas pelayanan publik di Kecamatan Asemrowo",
	  "Indeks Kepuasan Masyarakat (IKM) Kecamatan Asemrowo" },
	{ "ASM", "ASM-2", "Meningkatnya ketenteraman dan ketertiban umum",
	  "Persentase gangguan ketenteraman dan ketertiban umum yang tertangani" },
	{ "ASM", "ASM-3", "Meningkatnya kualitas administrasi kependudukan dan perizinan",
	  "Persentase layanan administrasi kependudukan dan perizinan yang selesai sesuai SOP" },
	{ "ASM", "ASM-4", "Meningkatnya pemberdayaan masyarakat kelurahan",
	  "Persentase usulan musrenbang kelurahan yang diakomodasi" },
	{ "ASM", "ASM-5", "Terwujudnya tata kelola pemerintahan kecamatan yang akuntabel",
	  "Nilai evaluasi akuntabilitas kinerja Kecamatan Asemrowo" },
	{ "ASM", "ASM-6", "Meningkatnya kualitas lingkungan hidup permukiman di Kecamatan Asemrowo",
	  "Persentase RW dengan bank sampah aktif" },
};
const size_t demo_n_goals = COUNT(demo_goals);

/* ---- behaviour expectations ------------------------------------------------------ */

static const struct demo_expect exp_head[DEMO_MAX_EXPECT] = {
	{ "kompeten", "Membimbing staf dan melakukan dialog kinerja dengan setiap bawahan "
		      "paling sedikit sekali dalam satu triwulan" },
	{ "akuntabel", "Mempertanggungjawabkan penggunaan anggaran kegiatan tepat waktu dan "
		       "sesuai ketentuan" },
	{ "kolaboratif", "Mengoordinasikan pekerjaan dengan seksi lain dan kelurahan tanpa "
			 "menunggu perintah" },
};
static const struct demo_expect exp_yan[DEMO_MAX_EXPECT] = {
	{ "berorientasi_pelayanan", "Menyelesaikan layanan izin paling lambat 3 hari kerja "
				    "tanpa pungutan di luar ketentuan" },
	{ "akuntabel", "Mencatat setiap berkas masuk dan keluar di aplikasi pelayanan pada hari "
		       "yang sama" },
	{ "adaptif", "Membantu pemohon yang belum terbiasa dengan layanan daring hingga "
		     "permohonannya terkirim" },
};
static const struct demo_expect exp_adminduk[DEMO_MAX_EXPECT] = {
	{ "berorientasi_pelayanan", "Melayani warga dengan ramah dan menjelaskan persyaratan "
				    "dokumen kependudukan secara lengkap sejak awal" },
	{ "loyal", "Menjaga kerahasiaan data kependudukan; tidak memberikan data warga kepada "
		   "pihak yang tidak berhak" },
	{ 0 },
};
static const struct demo_expect exp_trantib[DEMO_MAX_EXPECT] = {
	{ "berorientasi_pelayanan", "Menanggapi pengaduan warga dengan santun dan hadir di "
				    "lokasi paling lambat 2x24 jam" },
	{ "harmonis", "Menertibkan secara persuasif dengan menghormati pedagang dan warga" },
	{ "kolaboratif", "Berkoordinasi dengan Linmas, Polsek dan Koramil dalam setiap patroli "
			 "terpadu" },
};
static const struct demo_expect exp_keu[DEMO_MAX_EXPECT] = {
	{ "akuntabel", "Menyusun SPJ dan laporan keuangan sesuai ketentuan, tanpa selisih kas" },
	{ "kompeten", "Menguasai aplikasi pengelolaan keuangan daerah dan membantu rekan yang "
		      "belum lancar" },
	{ 0 },
};
static const struct demo_expect exp_umum[DEMO_MAX_EXPECT] = {
	{ "berorientasi_pelayanan", "Melayani permintaan data dan administrasi pegawai paling "
				    "lambat 1 hari kerja" },
	{ "loyal", "Menjaga kerahasiaan data dan dokumen kepegawaian" },
	{ "akuntabel", "Menggunakan barang milik daerah dengan hemat dan mencatat setiap "
		       "pemakaiannya" },
};
static const struct demo_expect exp_sosial[DEMO_MAX_EXPECT] = {
	{ "harmonis", "Memverifikasi calon penerima bantuan secara objektif tanpa membedakan "
		      "latar belakang warga" },
	{ "akuntabel", "Setiap hasil verifikasi lapangan disertai foto dan berita acara" },
	{ "kolaboratif", "Melibatkan RT/RW, kader dan pendamping sosial dalam pendataan" },
};
static const struct demo_expect exp_kel[DEMO_MAX_EXPECT] = {
	{ "berorientasi_pelayanan", "Melayani warga di kantor kelurahan dengan ramah, tuntas "
				    "pada hari yang sama dan tanpa pungutan" },
	{ "kolaboratif", "Bekerja sama dengan RT/RW, LPMK dan kader dalam setiap kegiatan" },
	{ 0 },
};
static const struct demo_expect exp_ti[DEMO_MAX_EXPECT] = {
	{ "kompeten", "Mengikuti perkembangan aplikasi pemerintahan dan melatih staf "
		      "menggunakannya" },
	{ "adaptif", "Menawarkan perbaikan proses kerja dengan memanfaatkan teknologi "
		     "informasi" },
	{ 0 },
};

/* ---- the kecamatan's leadership ----------------------------------------------------- */

static const struct demo_rhk camat[] = {
	U("cam.yan", "G:ASM-1", "Meningkatnya kualitas pelayanan publik di Kecamatan Asemrowo",
	  IKI("Indeks Kepuasan Masyarakat (IKM) atas pelayanan kecamatan", "kualitas", "85",
	      "indeks"),
	  IKI("Persentase pengaduan masyarakat yang ditindaklanjuti paling lambat 5 hari kerja",
	      "waktu", "100", "%")),
	U("cam.adm", "G:ASM-3",
	  "Terselenggaranya pelayanan administrasi kependudukan dan perizinan yang tepat waktu",
	  IKI("Persentase permohonan administrasi kependudukan dan perizinan yang diselesaikan "
	      "sesuai SOP", "kualitas", "95", "%"),
	  DOWN("Rata-rata waktu penyelesaian layanan perizinan", "waktu", "3", "hari")),
	U("cam.trantib", "G:ASM-2",
	  "Terwujudnya ketenteraman dan ketertiban umum di wilayah Kecamatan Asemrowo",
	  IKI("Persentase gangguan ketenteraman dan ketertiban umum yang tertangani",
	      "kualitas", "100", "%"),
	  DOWN("Jumlah lokasi rawan pelanggaran ketertiban umum", "kuantitas", "5", "lokasi")),
	U("cam.pemb", "G:ASM-4", "Meningkatnya pemberdayaan dan kesejahteraan masyarakat kelurahan",
	  RANGE("Persentase usulan musrenbang kelurahan yang diakomodasi dalam rencana kerja",
		"kuantitas", "60", "75", "%"),
	  IKI("Jumlah UMKM binaan yang naik kelas", "kuantitas", "30", "UMKM")),
	U("cam.tk", "G:ASM-5", "Terwujudnya tata kelola pemerintahan kecamatan yang akuntabel",
	  IKI("Nilai evaluasi akuntabilitas kinerja (SAKIP) kecamatan", "kualitas", "80", "nilai"),
	  RANGE("Persentase realisasi anggaran kecamatan", "kuantitas", "90", "100", "%")),
	T("cam.inov", "G:SBY-1",
	  "Terlaksananya inovasi pelayanan publik kecamatan yang diikutsertakan dalam kompetisi "
	  "inovasi Kota Surabaya",
	  IKI("Jumlah inovasi pelayanan yang diterapkan", "kuantitas", "1", "inovasi")),
};

static const struct demo_rhk sekcam[] = {
	U("sek.akun", "G:SBY-2", "Meningkatnya akuntabilitas kinerja dan keuangan Kecamatan Asemrowo",
	  IKI("Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", "kualitas", "100",
	      "%"),
	  IKI("Nilai evaluasi SAKIP kecamatan", "kualitas", "80", "nilai")),
	U("sek.renlap", "cam.tk",
	  "Tersusunnya dokumen perencanaan dan laporan kinerja kecamatan tepat waktu",
	  IKI("Jumlah dokumen perencanaan dan pelaporan kinerja (Renja, PK, LKjIP)", "kuantitas",
	      "3", "dokumen"),
	  IKI("Persentase dokumen yang disampaikan sesuai jadwal", "waktu", "100", "%")),
	U("sek.umum", "cam.tk",
	  "Terselenggaranya layanan administrasi umum, kepegawaian dan sarana kantor yang "
	  "mendukung pelayanan publik",
	  IKI("Persentase layanan administrasi kepegawaian yang selesai tepat waktu", "waktu",
	      "100", "%"),
	  IKI("Persentase sarana dan prasarana kantor dalam kondisi baik", "kualitas", "90", "%")),
	T("sek.hjks", NULL, "Terkoordinasinya kegiatan Hari Jadi Kota Surabaya di kecamatan",
	  IKI("Jumlah kegiatan yang dikoordinasikan", "kuantitas", "2", "kegiatan")),
};

static const struct demo_rhk ka_umum[] = {
	U("umum.peg", "sek.umum",
	  "Terkelolanya administrasi kepegawaian kecamatan secara tertib dan tepat waktu",
	  IKI("Persentase usulan kenaikan pangkat, gaji berkala dan cuti yang diproses tepat "
	      "waktu", "waktu", "100", "%"),
	  IKI("Jumlah data pegawai yang dimutakhirkan di SIASN", "kuantitas", "80", "orang")),
	U("umum.surat", "sek.umum", "Terselenggaranya ketatausahaan, kearsipan dan rumah tangga kantor",
	  IKI("Persentase surat masuk yang didisposisi paling lambat 1 hari kerja", "waktu",
	      "100", "%"),
	  IKI("Jumlah laporan pemeliharaan barang milik daerah", "kuantitas", "4", "laporan")),
	U("umum.ti", "sek.umum", "Tersedianya layanan teknologi informasi kantor kecamatan yang andal",
	  RANGE("Persentase waktu layanan jaringan dan aplikasi kantor tersedia", "kualitas", "95",
		"99", "%")),
};

static const struct demo_rhk ka_renkeu[] = {
	U("renkeu.ren", "sek.renlap", "Tersusunnya dokumen perencanaan dan anggaran kecamatan",
	  IKI("Jumlah dokumen perencanaan dan anggaran (Renja, RKA, DPA, PK)", "kuantitas", "4",
	      "dokumen"),
	  IKI("Persentase dokumen yang selesai sesuai jadwal penganggaran", "waktu", "100", "%")),
	U("renkeu.keu", "sek.akun",
	  "Terselenggaranya penatausahaan keuangan kecamatan yang tertib dan akuntabel",
	  IKI("Jumlah laporan keuangan yang disusun tepat waktu", "kuantitas", "13", "laporan"),
	  IKI("Persentase SPJ yang diverifikasi lengkap sebelum dibayar", "kualitas", "100", "%")),
	U("renkeu.lap", "sek.renlap",
	  "Tersusunnya laporan kinerja (LKjIP) dan laporan realisasi kinerja triwulanan",
	  IKI("Jumlah laporan kinerja yang disusun", "kuantitas", "5", "laporan")),
};

static const struct demo_rhk ka_pem[] = {
	U("pem.adminduk", "cam.adm",
	  "Terselenggaranya fasilitasi layanan administrasi kependudukan (KTP-el, KK, surat "
	  "pindah) di kecamatan",
	  RANGE("Jumlah dokumen administrasi kependudukan yang difasilitasi", "kuantitas", "5500",
		"6500", "dokumen"),
	  IKI("Persentase permohonan yang diselesaikan sesuai SOP", "kualitas", "95", "%")),
	U("pem.tanah", "cam.tk", "Terselenggaranya administrasi pertanahan dan pemerintahan umum",
	  IKI("Jumlah berkas pertanahan yang diverifikasi", "kuantitas", "150", "berkas"),
	  DOWN("Rata-rata waktu verifikasi berkas pertanahan", "waktu", "5", "hari")),
	U("pem.lap", "cam.tk", "Tersusunnya laporan penyelenggaraan pemerintahan kecamatan",
	  IKI("Jumlah laporan penyelenggaraan pemerintahan yang disusun", "kuantitas", "4",
	      "laporan")),
};

static const struct demo_rhk ka_trantib[] = {
	U("trantib.patroli", "cam.trantib",
	  "Terlaksananya patroli dan penertiban ketenteraman dan ketertiban umum",
	  IKI("Jumlah patroli wilayah yang dilaksanakan", "kuantitas", "144", "kegiatan"),
	  IKI("Persentase pelanggaran Perda yang ditertibkan", "kualitas", "90", "%")),
	U("trantib.aduan", "cam.yan", "Tertanganinya pengaduan masyarakat tentang ketenteraman dan "
	  "ketertiban",
	  IKI("Persentase pengaduan yang ditindaklanjuti paling lambat 2x24 jam", "waktu", "100",
	      "%"),
	  DOWN("Rata-rata waktu tanggap pengaduan", "waktu", "24", "jam")),
	U("trantib.bencana", "cam.trantib",
	  "Terlaksananya kesiapsiagaan dan penanggulangan bencana di wilayah kecamatan",
	  IKI("Jumlah sosialisasi dan simulasi kesiapsiagaan bencana", "kuantitas", "6",
	      "kegiatan")),
	T("trantib.hbn", NULL, "Terlaksananya pengamanan hari besar nasional dan keagamaan",
	  IKI("Jumlah kegiatan pengamanan", "kuantitas", "5", "kegiatan")),
};

/* Vacant; its Plt carries these results in their own SKP. */
static const struct demo_rhk ka_ekbang[] = {
	U("ekbang.umkm", "cam.pemb", "Terlaksananya pembinaan UMKM dan perekonomian masyarakat",
	  IKI("Jumlah UMKM yang dibina dan difasilitasi", "kuantitas", "60", "UMKM"),
	  IKI("Jumlah pelaku usaha yang difasilitasi memperoleh NIB", "kuantitas", "40",
	      "pelaku usaha")),
	U("ekbang.sarpras", "cam.pemb",
	  "Terpantaunya pembangunan dan pemeliharaan sarana prasarana umum wilayah kecamatan",
	  IKI("Jumlah laporan pemantauan pembangunan fisik", "kuantitas", "12", "laporan")),
};

static const struct demo_rhk ka_kesra[] = {
	U("kesra.bansos", "cam.pemb", "Terverifikasinya data penerima bantuan sosial secara akurat",
	  IKI("Jumlah keluarga calon penerima bantuan sosial yang diverifikasi", "kuantitas",
	      "1200", "keluarga"),
	  IKI("Persentase usulan perbaikan DTKS yang diproses paling lambat 14 hari", "waktu",
	      "100", "%")),
	U("kesra.posyandu", "cam.pemb",
	  "Terlaksananya pembinaan kader posyandu, PKK dan lembaga kemasyarakatan",
	  IKI("Jumlah kegiatan pembinaan kader posyandu dan PKK", "kuantitas", "12", "kegiatan"),
	  RANGE("Persentase posyandu yang melapor tiap bulan", "kualitas", "90", "100", "%")),
};

static const struct demo_rhk ka_yan[] = {
	U("yan.izin", "cam.adm", "Terlaksananya pelayanan perizinan dan non-perizinan tepat waktu",
	  IKI("Persentase permohonan izin yang diselesaikan sesuai SOP", "kualitas", "95", "%"),
	  DOWN("Rata-rata waktu penyelesaian izin", "waktu", "3", "hari"),
	  RANGE("Jumlah permohonan perizinan dan non-perizinan yang dilayani", "kuantitas", "1800",
		"2200", "permohonan")),
	U("yan.ikm", "cam.yan", "Meningkatnya kepuasan masyarakat terhadap layanan PATEN kecamatan",
	  IKI("Indeks Kepuasan Masyarakat layanan PATEN", "kualitas", "85", "indeks"),
	  IKI("Jumlah survei kepuasan masyarakat yang dilaksanakan", "kuantitas", "4", "laporan")),
	U("yan.adminduk", "cam.adm", "Terlayaninya permohonan administrasi kependudukan di loket "
	  "kecamatan",
	  IKI("Jumlah berkas KTP-el, KK dan surat pindah yang dilayani", "kuantitas", "4800",
	      "berkas"),
	  IKI("Persentase berkas yang diteruskan ke Dispendukcapil paling lambat 1 hari kerja",
	      "waktu", "100", "%")),
	T("yan.jemput", NULL, "Terlaksananya layanan jemput bola administrasi kependudukan bagi "
	  "lansia dan penyandang disabilitas",
	  IKI("Jumlah kegiatan jemput bola", "kuantitas", "24", "kegiatan")),
};

/* ---- kelurahan heads --------------------------------------------------------------- */

static const struct demo_rhk lurah[] = {
	U("lurah.yan", "cam.adm", "Terselenggaranya pelayanan administrasi kependudukan dan surat "
	  "keterangan di {kel} sesuai SOP",
	  IKI("Persentase layanan yang selesai sesuai SOP", "kualitas", "95", "%"),
	  DOWN("Rata-rata waktu penyelesaian surat keterangan", "waktu", "1", "hari")),
	U("lurah.trantib", "cam.trantib", "Terjaganya ketenteraman, ketertiban dan kebersihan "
	  "lingkungan {kel}",
	  IKI("Persentase pengaduan ketenteraman warga yang ditindaklanjuti", "kualitas", "100",
	      "%"),
	  IKI("Jumlah kerja bakti dan patroli lingkungan", "kuantitas", "24", "kegiatan")),
	U("lurah.pemb", "cam.pemb", "Meningkatnya partisipasi masyarakat dalam musrenbang dan "
	  "pemberdayaan di {kel}",
	  IKI("Persentase RW yang mengajukan usulan musrenbang", "kuantitas", "100", "%"),
	  IKI("Jumlah kader posyandu dan kader surabaya hebat yang dibina", "kuantitas", "60",
	      "orang")),
	U("lurah.tk", "cam.tk", "Terselenggaranya administrasi dan keuangan {kel} yang tertib dan "
	  "akuntabel",
	  IKI("Jumlah laporan keuangan dan kinerja kelurahan yang disampaikan tepat waktu",
	      "kuantitas", "16", "laporan")),
};

static const struct demo_rhk kel_sek[] = {
	U("kelsek.adm", "lurah.tk", "Tertibnya administrasi umum, kepegawaian dan keuangan {kel}",
	  IKI("Jumlah laporan keuangan kelurahan yang disusun tepat waktu", "kuantitas", "12",
	      "laporan"),
	  IKI("Persentase surat masuk yang didisposisi pada hari yang sama", "waktu", "100", "%")),
	U("kelsek.ren", "lurah.pemb", "Tersusunnya rencana kerja kelurahan berdasarkan hasil "
	  "musrenbang",
	  IKI("Jumlah dokumen perencanaan kelurahan", "kuantitas", "2", "dokumen")),
};

static const struct demo_rhk kel_pem[] = {
	U("kelpem.adminduk", "lurah.yan", "Terlayaninya administrasi kependudukan warga {kel} "
	  "(KTP-el, KK, surat pindah)",
	  RANGE("Jumlah berkas administrasi kependudukan yang diproses", "kuantitas", "1200",
		"1600", "berkas"),
	  IKI("Persentase berkas lengkap yang diteruskan ke kecamatan paling lambat 1 hari kerja",
	      "waktu", "100", "%")),
	U("kelpem.data", "lurah.yan", "Termutakhirkannya data kependudukan dan data RT/RW",
	  IKI("Jumlah laporan mutasi penduduk", "kuantitas", "12", "laporan")),
	U("kelpem.sk", "lurah.yan", "Terlayaninya surat keterangan warga (domisili, usaha, tidak "
	  "mampu) tepat waktu",
	  DOWN("Rata-rata waktu penerbitan surat keterangan", "waktu", "1", "hari")),
};

static const struct demo_rhk kel_trantib[] = {
	U("keltrantib.patroli", "lurah.trantib", "Terlaksananya patroli lingkungan dan penanganan "
	  "gangguan ketenteraman bersama Linmas",
	  IKI("Jumlah patroli lingkungan", "kuantitas", "48", "kegiatan"),
	  IKI("Persentase gangguan ketenteraman yang tertangani", "kualitas", "100", "%")),
	U("keltrantib.sarpras", "lurah.trantib", "Terpantaunya kondisi saluran, jalan kampung dan "
	  "penerangan jalan umum",
	  IKI("Jumlah laporan pemantauan sarana prasarana", "kuantitas", "12", "laporan")),
};

static const struct demo_rhk kel_kesra[] = {
	U("kelkesra.bansos", "lurah.pemb", "Terverifikasinya data calon penerima bantuan sosial "
	  "di {kel}",
	  IKI("Jumlah keluarga yang diverifikasi", "kuantitas", "400", "keluarga"),
	  IKI("Persentase usulan DTKS yang diproses", "kualitas", "100", "%")),
	U("kelkesra.umkm", "lurah.pemb", "Terbinanya UMKM dan kader kemasyarakatan di {kel}",
	  IKI("Jumlah UMKM binaan", "kuantitas", "20", "UMKM"),
	  IKI("Jumlah kegiatan posyandu yang didampingi", "kuantitas", "24", "kegiatan")),
};

/* ---- kecamatan staff -------------------------------------------------------------- */

static const struct demo_rhk umum_p01[] = {
	U("", "umum.peg", "Terprosesnya usulan kenaikan pangkat, kenaikan gaji berkala dan cuti "
	  "pegawai",
	  IKI("Jumlah usulan kepegawaian yang diproses", "kuantitas", "120", "dokumen"),
	  IKI("Persentase usulan yang diproses paling lambat 3 hari kerja", "waktu", "100", "%")),
	U("", "umum.peg", "Termutakhirkannya data pegawai di SIASN dan e-Kinerja",
	  IKI("Jumlah data pegawai yang dimutakhirkan", "kuantitas", "80", "orang")),
};
static const struct demo_rhk umum_p02[] = {
	U("", "umum.peg", "Tersusunnya rekapitulasi kehadiran dan TPP pegawai setiap bulan",
	  IKI("Jumlah rekapitulasi kehadiran dan TPP", "kuantitas", "12", "laporan"),
	  DOWN("Waktu penyampaian rekapitulasi setelah akhir bulan", "waktu", "5", "hari")),
	U("", "umum.peg", "Tertatanya arsip kepegawaian (DUK dan berkas pegawai)",
	  IKI("Jumlah berkas pegawai yang ditata", "kuantitas", "80", "berkas")),
};
static const struct demo_rhk umum_p03[] = {
	U("", "umum.surat", "Terkelolanya surat masuk dan surat keluar kecamatan",
	  WORDS("Pencatatan surat di aplikasi persuratan", "kualitas",
		"Setiap surat tercatat pada hari diterima atau dikirim dan dapat ditelusuri")),
	U("", "umum.surat", "Tertatanya arsip dinamis kecamatan",
	  WORDS("Penataan arsip sesuai klasifikasi", "kualitas",
		"Arsip tertata menurut klasifikasi dan ditemukan kembali dalam 10 menit")),
};
static const struct demo_rhk umum_p04[] = {
	U("", "umum.ti", "Tersedianya jaringan dan perangkat komputer kantor yang berfungsi baik",
	  IKI("Persentase perangkat teknologi informasi yang berfungsi baik", "kualitas", "95", "%"),
	  DOWN("Rata-rata waktu penanganan gangguan", "waktu", "1", "hari")),
	U("", "umum.ti", "Terkelolanya laman resmi dan media sosial kecamatan",
	  IKI("Jumlah konten informasi publik yang diunggah", "kuantitas", "48", "konten")),
	T("", NULL, "Terlaksananya pendampingan pegawai dalam penggunaan aplikasi e-Kinerja",
	  IKI("Jumlah pegawai yang didampingi", "kuantitas", "40", "orang")),
};
static const struct demo_rhk umum_p05[] = {
	U("", "umum.surat", "Terlaksananya layanan administrasi perkantoran dan rumah tangga kantor",
	  IKI("Jumlah laporan penggunaan barang persediaan", "kuantitas", "12", "laporan")),
	U("", "umum.surat", "Terdistribusikannya surat dan undangan tepat waktu",
	  IKI("Persentase surat yang terdistribusi pada hari yang sama", "waktu", "100", "%")),
};

static const struct demo_rhk renkeu_p01[] = {
	U("", "renkeu.keu", "Tersusunnya laporan keuangan kecamatan bulanan dan tahunan",
	  IKI("Jumlah laporan keuangan", "kuantitas", "13", "laporan"),
	  DOWN("Waktu penyampaian laporan bulanan setelah akhir bulan", "waktu", "10", "hari")),
	U("", "renkeu.keu", "Terverifikasinya SPJ belanja kecamatan",
	  IKI("Jumlah SPJ yang diverifikasi", "kuantitas", "600", "dokumen")),
};
static const struct demo_rhk renkeu_p02[] = {
	U("", "renkeu.keu", "Terlaksananya penatausahaan belanja dan pembayaran tepat waktu",
	  IKI("Persentase pembayaran diproses paling lambat 3 hari kerja setelah SPJ lengkap",
	      "waktu", "100", "%"),
	  IKI("Jumlah laporan pertanggungjawaban bendahara", "kuantitas", "12", "laporan")),
	U("", "renkeu.keu", "Tertibnya pengelolaan kas dan pajak belanja",
	  IKI("Persentase pajak belanja yang disetor tepat waktu", "waktu", "100", "%")),
};
static const struct demo_rhk renkeu_p03[] = {
	U("", "renkeu.ren", "Tersusunnya RKA dan DPA kecamatan",
	  IKI("Jumlah dokumen RKA dan DPA", "kuantitas", "2", "dokumen")),
	U("", "renkeu.lap", "Tersusunnya laporan realisasi kinerja triwulanan",
	  IKI("Jumlah laporan realisasi kinerja", "kuantitas", "4", "laporan")),
};
static const struct demo_rhk renkeu_p04[] = {
	U("", "renkeu.keu", "Terarsipnya dokumen keuangan secara tertib",
	  IKI("Jumlah berkas keuangan yang diarsipkan", "kuantitas", "600", "berkas")),
	U("", "renkeu.lap", "Terinputnya realisasi anggaran di aplikasi keuangan daerah",
	  IKI("Persentase realisasi yang diinput paling lambat tanggal 5 bulan berikutnya",
	      "waktu", "100", "%")),
};

static const struct demo_rhk pem_p01[] = {
	U("", "pem.adminduk", "Terolahnya data permohonan KTP-el, KK dan surat pindah",
	  IKI("Jumlah data permohonan yang diolah", "kuantitas", "3000", "dokumen"),
	  IKI("Persentase data yang diolah tanpa kesalahan", "kualitas", "98", "%")),
	U("", "pem.lap", "Tersusunnya laporan bulanan data kependudukan",
	  IKI("Jumlah laporan data kependudukan", "kuantitas", "12", "laporan")),
};
static const struct demo_rhk pem_p02[] = {
	U("", "pem.lap", "Terhimpunnya bahan laporan penyelenggaraan pemerintahan kecamatan",
	  IKI("Jumlah bahan laporan yang dihimpun", "kuantitas", "4", "laporan")),
	U("", "pem.tanah", "Teradministrasinya kelembagaan RT/RW dan LPMK",
	  IKI("Jumlah SK pengurus RT/RW yang diadministrasikan", "kuantitas", "50", "dokumen")),
};
static const struct demo_rhk pem_p03[] = {
	U("", "pem.tanah", "Terverifikasinya berkas pertanahan (surat keterangan tanah dan waris)",
	  IKI("Jumlah berkas pertanahan yang diverifikasi", "kuantitas", "150", "berkas"),
	  DOWN("Rata-rata waktu verifikasi", "waktu", "5", "hari")),
	U("", "pem.lap", "Termutakhirkannya data aset tanah pemerintah di wilayah kecamatan",
	  IKI("Jumlah laporan data aset tanah", "kuantitas", "2", "laporan")),
};
static const struct demo_rhk pem_p04[] = {
	U("", "pem.adminduk", "Terlayaninya permohonan surat pindah datang dan keluar",
	  IKI("Jumlah surat pindah yang diproses", "kuantitas", "800", "dokumen"),
	  IKI("Persentase surat pindah yang selesai dalam 1 hari kerja", "waktu", "95", "%")),
	U("", "pem.adminduk", "Terarsipnya berkas administrasi kependudukan",
	  IKI("Jumlah berkas yang diarsipkan", "kuantitas", "3000", "berkas")),
};

static const struct demo_rhk trantib_petugas[] = {
	U("", "trantib.patroli", "Terlaksananya patroli wilayah dan penertiban pelanggaran Perda",
	  IKI("Jumlah patroli yang diikuti", "kuantitas", "120", "kegiatan"),
	  IKI("Jumlah laporan hasil patroli", "kuantitas", "12", "laporan")),
	U("", "trantib.aduan", "Tertindaklanjutinya pengaduan masyarakat di lapangan",
	  IKI("Persentase pengaduan yang ditindaklanjuti paling lambat 2x24 jam", "waktu", "100",
	      "%")),
};
static const struct demo_rhk trantib_p03[] = {
	U("", "trantib.patroli", "Terlaksananya patroli wilayah dan penertiban pelanggaran Perda",
	  IKI("Jumlah patroli yang diikuti", "kuantitas", "120", "kegiatan")),
	U("", "trantib.bencana", "Terlaksananya piket siaga bencana dan kebakaran",
	  IKI("Jumlah piket siaga yang dilaksanakan", "kuantitas", "48", "kegiatan")),
	T("", NULL, "Terlaksananya pengamanan kegiatan Car Free Day",
	  IKI("Jumlah kegiatan yang diamankan", "kuantitas", "12", "kegiatan")),
};
static const struct demo_rhk trantib_p04[] = {
	U("", "trantib.aduan", "Tercatat dan terolahnya data pengaduan dan penertiban",
	  IKI("Jumlah rekapitulasi data pengaduan", "kuantitas", "12", "laporan")),
	U("", "trantib.bencana", "Termutakhirkannya peta rawan bencana dan gangguan ketertiban",
	  IKI("Jumlah peta yang dimutakhirkan", "kuantitas", "2", "dokumen")),
};

static const struct demo_rhk ekbang_p01[] = {
	U("", "ekbang.sarpras", "Terpantaunya kondisi saluran, jalan dan penerangan jalan umum "
	  "di wilayah kecamatan",
	  IKI("Jumlah laporan pemantauan", "kuantitas", "12", "laporan"),
	  IKI("Jumlah lokasi yang dipantau", "kuantitas", "40", "lokasi")),
	U("", "ekbang.sarpras", "Terverifikasinya usulan perbaikan sarana prasarana dari kelurahan",
	  IKI("Jumlah usulan yang diverifikasi di lapangan", "kuantitas", "60", "usulan")),
};
static const struct demo_rhk ekbang_p02[] = {
	U("", "ekbang.sarpras", "Teradministrasinya usulan pembangunan hasil musrenbang",
	  IKI("Jumlah usulan yang direkapitulasi", "kuantitas", "150", "usulan")),
	U("", "ekbang.umkm", "Terdatanya pelaku UMKM kecamatan",
	  IKI("Jumlah data UMKM yang dimutakhirkan", "kuantitas", "300", "UMKM")),
};
static const struct demo_rhk ekbang_p03[] = {
	U("", "ekbang.umkm", "Tersusunnya analisis potensi ekonomi dan data UMKM kecamatan",
	  IKI("Jumlah dokumen analisis", "kuantitas", "2", "dokumen")),
	U("", "ekbang.umkm", "Terfasilitasinya UMKM memperoleh NIB dan pelatihan",
	  IKI("Jumlah UMKM yang difasilitasi", "kuantitas", "40", "UMKM"),
	  RANGE("Persentase UMKM peserta pelatihan yang memasarkan produk secara daring",
		"kualitas", "50", "70", "%")),
};

static const struct demo_rhk kesra_p01[] = {
	U("", "kesra.bansos", "Terverifikasinya calon penerima bantuan sosial dan DTKS",
	  IKI("Jumlah keluarga yang diverifikasi", "kuantitas", "600", "keluarga"),
	  IKI("Persentase hasil verifikasi yang diunggah tepat waktu", "waktu", "100", "%")),
	U("", "kesra.bansos", "Terlayaninya pengaduan warga tentang bantuan sosial",
	  IKI("Persentase pengaduan bantuan sosial yang dijawab paling lambat 3 hari kerja",
	      "waktu", "100", "%")),
};
static const struct demo_rhk kesra_p02[] = {
	U("", "kesra.posyandu", "Teradministrasinya kegiatan posyandu, PKK dan keagamaan",
	  IKI("Jumlah laporan kegiatan", "kuantitas", "12", "laporan")),
	U("", "kesra.bansos", "Terlayaninya surat rekomendasi bantuan pendidikan dan kesehatan",
	  IKI("Jumlah surat rekomendasi yang diterbitkan", "kuantitas", "200", "dokumen")),
};
static const struct demo_rhk kesra_p03[] = {
	U("", "kesra.posyandu", "Tersusunnya analisis pemberdayaan kader dan lembaga "
	  "kemasyarakatan",
	  IKI("Jumlah dokumen analisis", "kuantitas", "2", "dokumen")),
	U("", "kesra.posyandu", "Terlatihnya kader posyandu dan kader kemasyarakatan",
	  IKI("Jumlah kader yang dilatih", "kuantitas", "60", "orang")),
};

static const struct demo_rhk yan_izin[] = {
	U("", "yan.izin", "Terverifikasinya berkas permohonan perizinan dan non-perizinan",
	  IKI("Jumlah berkas permohonan yang diverifikasi", "kuantitas", "900", "berkas"),
	  IKI("Persentase berkas yang diverifikasi paling lambat 1 hari kerja", "waktu", "95",
	      "%")),
	U("", "yan.izin", "Terlayaninya konsultasi persyaratan perizinan bagi pemohon",
	  IKI("Jumlah pemohon yang dilayani konsultasi", "kuantitas", "1000", "orang")),
	T("", NULL, "Terlaksananya layanan perizinan keliling di kelurahan",
	  IKI("Jumlah layanan keliling", "kuantitas", "6", "kegiatan")),
};
static const struct demo_rhk yan_p03[] = {
	U("", "yan.ikm", "Tersusunnya laporan survei kepuasan masyarakat",
	  IKI("Jumlah laporan survei", "kuantitas", "4", "laporan"),
	  IKI("Jumlah responden survei", "kuantitas", "400", "orang")),
	U("", "yan.izin", "Tersusunnya evaluasi SOP pelayanan perizinan",
	  IKI("Jumlah dokumen evaluasi SOP", "kuantitas", "1", "dokumen")),
};
static const struct demo_rhk yan_p04[] = {
	U("", "yan.izin", "Terolahnya data permohonan layanan di aplikasi pelayanan",
	  IKI("Jumlah laporan rekapitulasi layanan", "kuantitas", "12", "laporan")),
	U("", "yan.ikm", "Terpantaunya pengaduan layanan melalui kanal daring",
	  IKI("Persentase pengaduan daring yang diteruskan pada hari yang sama", "waktu", "100",
	      "%")),
};
static const struct demo_rhk yan_p05[] = {
	U("", "yan.adminduk", "Terlayaninya penerimaan berkas administrasi kependudukan di loket",
	  IKI("Jumlah berkas yang diterima", "kuantitas", "2400", "berkas"),
	  IKI("Persentase berkas yang lengkap saat diterima", "kualitas", "98", "%")),
	U("", "yan.adminduk", "Terserahkannya dokumen kependudukan yang telah jadi kepada warga",
	  DOWN("Rata-rata waktu tunggu penyerahan dokumen", "waktu", "15", "menit")),
};
static const struct demo_rhk yan_p06[] = {
	U("", "yan.adminduk", "Terlayaninya antrean dan informasi layanan di ruang pelayanan",
	  WORDS("Layanan antrean dan informasi", "kualitas",
		"Setiap pemohon memperoleh nomor antrean dan informasi persyaratan yang benar")),
	U("", "yan.ikm", "Terlaksananya penyebaran kuesioner kepuasan masyarakat",
	  WORDS("Pengisian kuesioner oleh pemohon", "kuantitas",
		"Kuesioner ditawarkan kepada setiap pemohon yang selesai dilayani")),
};

/* ---- kelurahan staff ---------------------------------------------------------------- */

static const struct demo_rhk kel_sek_p01[] = {
	U("", "kelsek.adm", "Terkelolanya surat masuk dan surat keluar {kel}",
	  WORDS("Pencatatan surat di buku agenda dan aplikasi", "kualitas",
		"Setiap surat tercatat pada hari yang sama dan diteruskan kepada Lurah")),
	U("", "kelsek.adm", "Tertatanya arsip {kel}",
	  WORDS("Penataan arsip", "kualitas", "Arsip tertata menurut klasifikasi dan tahun")),
};
static const struct demo_rhk kel_sek_p02[] = {
	U("", "kelsek.adm", "Tersusunnya laporan keuangan {kel}",
	  IKI("Jumlah laporan keuangan", "kuantitas", "12", "laporan"),
	  IKI("Persentase SPJ yang lengkap", "kualitas", "100", "%")),
	U("", "kelsek.ren", "Tersusunnya usulan anggaran kelurahan",
	  IKI("Jumlah dokumen usulan anggaran", "kuantitas", "1", "dokumen")),
};
static const struct demo_rhk kel_sek_p03[] = {
	U("", "kelsek.adm", "Terkelolanya administrasi kepegawaian dan kehadiran pegawai {kel}",
	  IKI("Jumlah rekapitulasi kehadiran", "kuantitas", "12", "laporan")),
	U("", "kelsek.adm", "Termutakhirkannya data pegawai kelurahan",
	  IKI("Jumlah data pegawai yang dimutakhirkan", "kuantitas", "15", "orang")),
};
static const struct demo_rhk kel_pem_p01[] = {
	U("", "kelpem.adminduk", "Terlayaninya berkas KTP-el, KK dan surat pindah warga {kel}",
	  IKI("Jumlah berkas yang dilayani", "kuantitas", "800", "berkas"),
	  IKI("Persentase berkas yang lengkap saat diteruskan", "kualitas", "100", "%")),
	U("", "kelpem.sk", "Terlayaninya surat pengantar administrasi kependudukan",
	  IKI("Jumlah surat pengantar", "kuantitas", "600", "dokumen")),
};
static const struct demo_rhk kel_pem_p02[] = {
	U("", "kelpem.data", "Termutakhirkannya data mutasi penduduk (lahir, mati, pindah, datang)",
	  IKI("Jumlah laporan mutasi penduduk", "kuantitas", "12", "laporan"),
	  RANGE("Persentase RT yang datanya mutakhir", "kualitas", "90", "100", "%")),
	U("", "kelpem.adminduk", "Terinputnya data permohonan administrasi kependudukan",
	  IKI("Jumlah data yang diinput", "kuantitas", "800", "dokumen")),
};
static const struct demo_rhk kel_pem_p03[] = {
	U("", "kelpem.sk", "Terlayaninya surat keterangan warga",
	  IKI("Jumlah surat keterangan", "kuantitas", "1200", "dokumen"),
	  DOWN("Rata-rata waktu penyelesaian", "waktu", "1", "hari")),
	U("", "kelpem.data", "Terarsipnya register surat keterangan",
	  IKI("Jumlah register yang diarsipkan", "kuantitas", "12", "dokumen")),
};
static const struct demo_rhk kel_trantib_p01[] = {
	U("", "keltrantib.patroli", "Terlaksananya patroli lingkungan bersama Linmas",
	  IKI("Jumlah patroli", "kuantitas", "48", "kegiatan"),
	  IKI("Jumlah laporan patroli", "kuantitas", "12", "laporan")),
	U("", "keltrantib.patroli", "Tertanganinya laporan gangguan ketertiban dari warga",
	  IKI("Persentase laporan yang ditangani pada hari yang sama", "waktu", "90", "%")),
};
static const struct demo_rhk kel_trantib_p02[] = {
	U("", "keltrantib.sarpras", "Terpantaunya saluran, jalan kampung dan penerangan jalan umum "
	  "di {kel}",
	  IKI("Jumlah laporan pemantauan", "kuantitas", "12", "laporan"),
	  IKI("Jumlah titik yang dipantau", "kuantitas", "30", "lokasi")),
	U("", "keltrantib.sarpras", "Terlaksananya kerja bakti pembersihan saluran",
	  IKI("Jumlah kerja bakti", "kuantitas", "12", "kegiatan")),
};
static const struct demo_rhk kel_kesra_p01[] = {
	U("", "kelkesra.bansos", "Terverifikasinya data keluarga calon penerima bantuan sosial",
	  IKI("Jumlah keluarga yang diverifikasi", "kuantitas", "400", "keluarga")),
	U("", "kelkesra.bansos", "Terlayaninya surat keterangan tidak mampu untuk bantuan",
	  IKI("Jumlah surat yang diproses", "kuantitas", "150", "dokumen")),
};
static const struct demo_rhk kel_kesra_p02[] = {
	U("", "kelkesra.umkm", "Terdatanya UMKM dan pelaku usaha {kel}",
	  IKI("Jumlah UMKM yang didata", "kuantitas", "100", "UMKM"),
	  IKI("Jumlah UMKM yang difasilitasi memperoleh NIB", "kuantitas", "20", "UMKM")),
	U("", "kelkesra.umkm", "Terdampinginya kegiatan posyandu dan PKK",
	  IKI("Jumlah kegiatan yang didampingi", "kuantitas", "24", "kegiatan")),
};

static const struct demo_rhk fallback[] = {
	U("", "", "Terlaksananya tugas jabatan yang mendukung hasil kerja atasan",
	  IKI("Jumlah laporan pelaksanaan tugas", "kuantitas", "12", "laporan")),
};

/* ---- the posts ------------------------------------------------------------------------ */

const struct demo_role demo_roles[] = {
	ROLE("ASM-CAMAT", NULL, camat, exp_head),
	ROLE("ASM-SEKCAM", NULL, sekcam, exp_head),
	ROLE("ASM-SEK-UMUM-KA", NULL, ka_umum, exp_head),
	ROLE("ASM-SEK-RENKEU-KA", NULL, ka_renkeu, exp_head),
	ROLE("ASM-PEM-KA", NULL, ka_pem, exp_head),
	ROLE("ASM-TRANTIB-KA", NULL, ka_trantib, exp_head),
	ROLE("ASM-EKBANG-KA", NULL, ka_ekbang, exp_head),
	ROLE("ASM-KESRA-KA", NULL, ka_kesra, exp_head),
	ROLE("ASM-YAN-KA", NULL, ka_yan, exp_head),
	ROLE("KEL-LURAH", NULL, lurah, exp_head),
	ROLE("KEL-SEK-KA", NULL, kel_sek, exp_head),
	ROLE("KEL-PEM-KA", NULL, kel_pem, exp_head),
	ROLE("KEL-TRANTIB-KA", NULL, kel_trantib, exp_head),
	ROLE("KEL-KESRA-KA", NULL, kel_kesra, exp_head),

	ROLE("ASM-SEK-UMUM-P01", NULL, umum_p01, exp_umum),
	ROLE("ASM-SEK-UMUM-P02", NULL, umum_p02, exp_umum),
	ROLE("ASM-SEK-UMUM-P03", "kualitatif", umum_p03, exp_umum),
	ROLE("ASM-SEK-UMUM-P04", NULL, umum_p04, exp_ti),
	ROLE("ASM-SEK-UMUM-P05", NULL, umum_p05, exp_umum),
	ROLE("ASM-SEK-RENKEU-P01", NULL, renkeu_p01, exp_keu),
	ROLE("ASM-SEK-RENKEU-P02", NULL, renkeu_p02, exp_keu),
	ROLE("ASM-SEK-RENKEU-P03", NULL, renkeu_p03, exp_keu),
	ROLE("ASM-SEK-RENKEU-P04", NULL, renkeu_p04, exp_keu),
	ROLE("ASM-PEM-P01", NULL, pem_p01, exp_adminduk),
	ROLE("ASM-PEM-P02", NULL, pem_p02, exp_adminduk),
	ROLE("ASM-PEM-P03", NULL, pem_p03, exp_adminduk),
	ROLE("ASM-PEM-P04", NULL, pem_p04, exp_adminduk),
	ROLE("ASM-TRANTIB-P01", NULL, trantib_petugas, exp_trantib),
	ROLE("ASM-TRANTIB-P02", NULL, trantib_petugas, exp_trantib),
	ROLE("ASM-TRANTIB-P03", NULL, trantib_p03, exp_trantib),
	ROLE("ASM-TRANTIB-P04", NULL, trantib_p04, exp_trantib),
	ROLE("ASM-TRANTIB-P05", NULL, trantib_petugas, exp_trantib),
	ROLE("ASM-EKBANG-P01", NULL, ekbang_p01, exp_kel),
	ROLE("ASM-EKBANG-P02", NULL, ekbang_p02, exp_kel),
	ROLE("ASM-EKBANG-P03", NULL, ekbang_p03, exp_kel),
	ROLE("ASM-KESRA-P01", NULL, kesra_p01, exp_sosial),
	ROLE("ASM-KESRA-P02", NULL, kesra_p02, exp_sosial),
	ROLE("ASM-KESRA-P03", NULL, kesra_p03, exp_sosial),
	ROLE("ASM-YAN-P01", NULL, yan_izin, exp_yan),
	ROLE("ASM-YAN-P02", NULL, yan_izin, exp_yan),
	ROLE("ASM-YAN-P03", NULL, yan_p03, exp_yan),
	ROLE("ASM-YAN-P04", NULL, yan_p04, exp_yan),
	ROLE("ASM-YAN-P05", NULL, yan_p05, exp_yan),
	ROLE("ASM-YAN-P06", "kualitatif", yan_p06, exp_yan),

	ROLE("KEL-SEK-P01", "kualitatif", kel_sek_p01, exp_kel),
	ROLE("KEL-SEK-P02", NULL, kel_sek_p02, exp_keu),
	ROLE("KEL-SEK-P03", NULL, kel_sek_p03, exp_kel),
	ROLE("KEL-PEM-P01", NULL, kel_pem_p01, exp_adminduk),
	ROLE("KEL-PEM-P02", NULL, kel_pem_p02, exp_adminduk),
	ROLE("KEL-PEM-P03", NULL, kel_pem_p03, exp_kel),
	ROLE("KEL-TRANTIB-P01", NULL, kel_trantib_p01, exp_trantib),
	ROLE("KEL-TRANTIB-P02", NULL, kel_trantib_p02, exp_kel),
	ROLE("KEL-KESRA-P01", NULL, kel_kesra_p01, exp_sosial),
	ROLE("KEL-KESRA-P02", NULL, kel_kesra_p02, exp_kel),
};
const size_t demo_n_roles = COUNT(demo_roles);

const struct demo_role demo_role_fallback = ROLE("", NULL, fallback, exp_kel);

/* ---- lampiran of the heads ------------------------------------------------------------ */

const char *const demo_lampiran[ATT__KINDS][2] = {
	[ATT_DUKUNGAN] = {
		"Anggaran kegiatan {unit} sesuai DPA Tahun 2026",
		"Staf pelaksana, perangkat komputer, jaringan internet dan kendaraan operasional",
	},
	[ATT_SKEMA] = {
		"Laporan capaian kinerja setiap triwulan kepada {atasan}",
		"Dialog kinerja dengan pejabat penilai paling sedikit sekali setiap triwulan",
	},
	[ATT_KONSEKUENSI] = {
		"Capaian kinerja menjadi dasar pembayaran TPP sesuai Peraturan Wali Kota",
		"Capaian di bawah target dibahas dalam dialog kinerja dan ditindaklanjuti dengan "
		"rencana perbaikan",
	},
};
