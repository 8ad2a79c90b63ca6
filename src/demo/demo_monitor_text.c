/*
 * demo_monitor_text.c - the words and the planned outcomes of the demo
 * office's year so far (see demo_monitor.h): who ends Triwulan III with
 * which predicate, each unit's predicate for 2026, and the Indonesian
 * texts of realisasi notes, evidence links, feedback, 360 comments,
 * assessment justifications and the one objection in progress.
 *
 * The Triwulan III predicates and the unit predicates are chosen together:
 * every unit's spread keeps to the distribution curve of its predicate
 * except Seksi Pelayanan, rated Baik while none of its people is Butuh
 * Perbaikan or Kurang/Misconduct (the unit off the curve).  Tables indexed
 * by rating run Di Bawah, Sesuai, Di Atas (enum rating).
 */
#include "demo/demo_monitor.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- Triwulan III: who is not simply Baik -------------------------------------------- */

const struct demo_outcome demo_outcomes[] = {
	{ "ASM-SEK-UMUM-P04", PRED_SANGAT_BAIK },
	{ "ASM-SEK-RENKEU-P01", PRED_SANGAT_BAIK },
	{ "ASM-PEM-P01", PRED_SANGAT_BAIK },
	{ "ASM-TRANTIB-KA", PRED_SANGAT_BAIK },
	{ "ASM-EKBANG-P03", PRED_SANGAT_BAIK },
	{ "ASM-KESRA-P02", PRED_SANGAT_BAIK },
	{ "ASM-YAN-P01", PRED_SANGAT_BAIK },
	{ "ASM-YAN-P06", PRED_SANGAT_BAIK },
	{ "KEL-ASM-SEK-P01", PRED_SANGAT_BAIK },
	{ "KEL-ASM-PEM-P01", PRED_SANGAT_BAIK },
	{ "KEL-ASM-KESRA-KA", PRED_SANGAT_BAIK },
	{ "KEL-GKL-PEM-P02", PRED_SANGAT_BAIK },
	{ "KEL-GKL-KESRA-P01", PRED_SANGAT_BAIK },
	{ "KEL-TSR-PEM-KA", PRED_SANGAT_BAIK },

	{ "ASM-SEK-UMUM-P02", PRED_BUTUH_PERBAIKAN },
	{ "ASM-SEK-RENKEU-P03", PRED_BUTUH_PERBAIKAN },
	{ "ASM-PEM-P04", PRED_BUTUH_PERBAIKAN },
	{ "ASM-KESRA-P03", PRED_BUTUH_PERBAIKAN },
	{ "KEL-TSR-LURAH", PRED_BUTUH_PERBAIKAN },
	{ "KEL-ASM-SEK-P03", PRED_BUTUH_PERBAIKAN },
	{ "KEL-ASM-TRANTIB-P02", PRED_BUTUH_PERBAIKAN },
	{ "KEL-GKL-SEK-P03", PRED_BUTUH_PERBAIKAN },
	{ "KEL-TSR-SEK-P02", PRED_BUTUH_PERBAIKAN },
	{ "KEL-TSR-KESRA-P02", PRED_BUTUH_PERBAIKAN },
	{ "KEL-ASM-KESRA-P02", PRED_BUTUH_PERBAIKAN },
	{ "KEL-GKL-TRANTIB-P02", PRED_BUTUH_PERBAIKAN },

	/* Butuh Perbaikan in Triwulan I and II, then a breach of discipline. */
	{ "ASM-TRANTIB-P03", PRED_KURANG },
};
const size_t demo_n_outcomes = COUNT(demo_outcomes);

/* ---- unit predicates -------------------------------------------------------------------- */

const struct demo_unit_pred demo_unit_preds[] = {
	{ "SBY", UNIT_BAIK, "Dicatat administrator sesuai hasil evaluasi kinerja Pemerintah Kota "
	  "Surabaya" },
	{ "ASM", UNIT_ISTIMEWA, "IKM kecamatan 86,4 dan seluruh sasaran Perjanjian Kinerja sampai "
	  "Triwulan III tercapai" },
	{ "ASM-SEK", UNIT_ISTIMEWA, "Dokumen perencanaan dan laporan kinerja selesai tepat waktu; "
	  "seluruh rekomendasi pemeriksaan ditindaklanjuti" },
	{ "ASM-SEK-UMUM", UNIT_BAIK, "Layanan kepegawaian tepat waktu; pemutakhiran SIASN masih "
	  "tertinggal" },
	{ "ASM-SEK-RENKEU", UNIT_BAIK, "Laporan keuangan tepat waktu; beberapa SPJ dikembalikan "
	  "untuk dilengkapi" },
	{ "ASM-PEM", UNIT_BAIK, "Fasilitasi administrasi kependudukan sesuai target" },
	{ "ASM-TRANTIB", UNIT_BAIK, "Pengaduan ketertiban tertangani; satu pelanggaran disiplin "
	  "sedang dibina" },
	{ "ASM-EKBANG", UNIT_ISTIMEWA, "Target UMKM naik kelas terlampaui meskipun kepala seksi "
	  "masih dijabat Plt." },
	{ "ASM-KESRA", UNIT_BAIK, "Verifikasi bantuan sosial sesuai jadwal" },
	{ "ASM-YAN", UNIT_BAIK, "Izin rata-rata selesai 2,6 hari; IKM layanan PATEN 84,9, sedikit "
	  "di bawah target 85" },
	{ "KEL-ASM", UNIT_ISTIMEWA, "Seluruh layanan kelurahan tuntas pada hari yang sama; "
	  "usulan musrenbang terakomodasi 78%" },
	{ "KEL-GKL", UNIT_ISTIMEWA, "Penanganan genangan dan kerja bakti bersama warga melampaui "
	  "rencana" },
	{ "KEL-TSR", UNIT_BUTUH_PERBAIKAN, "Penyelesaian surat keterangan dan laporan kelurahan "
	  "tertinggal dari dua kelurahan lain; rencana perbaikan disepakati" },
	{ "KEL-ASM-SEK", UNIT_BAIK, "Administrasi dan keuangan kelurahan tertib" },
	{ "KEL-ASM-PEM", UNIT_ISTIMEWA, "Layanan kependudukan kelurahan cepat dan tanpa keluhan" },
	{ "KEL-ASM-TRANTIB", UNIT_BAIK, "Patroli wilayah sesuai jadwal" },
	{ "KEL-ASM-KESRA", UNIT_BAIK, "Pendataan UMKM melampaui target; verifikasi bantuan sosial "
	  "sempat terlambat" },
	{ "KEL-GKL-SEK", UNIT_BAIK, "Administrasi kelurahan sesuai target" },
	{ "KEL-GKL-PEM", UNIT_ISTIMEWA, "Pelayanan kependudukan melampaui target" },
	{ "KEL-GKL-TRANTIB", UNIT_BAIK, "Tidak ada titik rawan baru; pemeliharaan sarana "
	  "tertinggal dari jadwal" },
	{ "KEL-GKL-KESRA", UNIT_ISTIMEWA, "Verifikasi calon penerima bantuan tuntas lebih awal" },
	{ "KEL-TSR-SEK", UNIT_BAIK, "Laporan kelurahan perlu lebih tepat waktu" },
	{ "KEL-TSR-PEM", UNIT_ISTIMEWA, "Jemput bola KTP-el bagi lansia melampaui target" },
	{ "KEL-TSR-TRANTIB", UNIT_ISTIMEWA, "Penertiban persuasif tanpa keluhan warga" },
	{ "KEL-TSR-KESRA", UNIT_BAIK, "Pendataan UMKM sesuai target; pendampingan posyandu perlu "
	  "ditingkatkan" },
};
const size_t demo_n_unit_preds = COUNT(demo_unit_preds);

/* ---- realisasi ------------------------------------------------------------------------- */

const char *const demo_real_note[RATING__LEVELS][DEMO_VARIANTS] = {
	[RATING_DI_BAWAH] = {
		"Belum mencapai target: dua petugas cuti dan berkas menumpuk pada akhir triwulan",
		"Di bawah target karena aplikasi sempat tidak dapat diakses selama satu minggu",
		"Sebagian kegiatan tertunda menunggu jadwal narasumber; dijadwalkan ulang",
		"Target belum tercapai; rencana perbaikan sudah dibahas dalam dialog kinerja",
	},
	[RATING_SESUAI] = {
		"Sesuai rencana; rekap diambil dari aplikasi pada akhir triwulan",
		"Tercapai sesuai target; rincian per bulan ada pada bukti dukung",
		"Sesuai target; data sudah dicocokkan dengan buku agenda",
		"Tercapai; beberapa berkas selesai pada hari terakhir triwulan",
	},
	[RATING_DI_ATAS] = {
		"Melampaui target berkat jadwal layanan tambahan pada hari Sabtu",
		"Di atas target; permohonan daring membantu mempercepat penyelesaian",
		"Melampaui target; kegiatan dilaksanakan bersama kader dan RT/RW",
		"Di atas target dengan bukti dukung lengkap",
	},
};

/* Followed by the IKI's target in words. */
const char *const demo_real_words[RATING__LEVELS] = {
	[RATING_DI_BAWAH] = "Belum sepenuhnya tercapai pada {tw}; sebagian masih tertunda. Sasaran: ",
	[RATING_SESUAI] = "Tercapai sesuai target pada {tw}. ",
	[RATING_DI_ATAS] = "Melampaui target pada {tw}; cara kerjanya dibagikan kepada rekan. ",
};

const char *const demo_link_title[4] = {
	"Rekap jumlah hasil kerja {tw} 2026",
	"Hasil pemeriksaan mutu {tw} 2026",
	"Rekap ketepatan waktu {tw} 2026",
	"Rekap realisasi anggaran {tw} 2026",
};

/* ---- feedback -------------------------------------------------------------------------- */

const char *const demo_fb_rhk[RATING__LEVELS][DEMO_VARIANTS] = {
	[RATING_DI_BAWAH] = {
		"Realisasi {tw} masih di bawah target. Mari kita bahas kendalanya dalam dialog "
		"kinerja minggu ini dan sepakati rencana perbaikannya.",
		"Capaian hasil kerja ini pada {tw} tertinggal. Apa yang perlu saya bantu? Kalau "
		"perlu tambahan petugas atau perangkat, sampaikan.",
		"Target {tw} belum terkejar. Tolong susun langkah perbaikan per bulan dan laporkan "
		"kemajuannya setiap dua minggu.",
		"Bukti dukung {tw} belum lengkap dan capaiannya di bawah rencana. Lengkapi rekapnya, "
		"lalu kita evaluasi bersama.",
	},
	[RATING_SESUAI] = {
		"Realisasi {tw} sudah sesuai target. Lengkapi bukti dukung dengan rekap dari aplikasi "
		"supaya mudah diverifikasi.",
		"Capaian {tw} sesuai rencana. Pertahankan, dan perhatikan berkas yang menumpuk "
		"menjelang akhir bulan.",
		"Hasil kerja ini berjalan sesuai target. Untuk triwulan berikutnya catat juga waktu "
		"penyelesaian tiap berkas.",
		"Sudah sesuai target {tw}. Terima kasih atas laporannya yang rapi dan tepat waktu.",
	},
	[RATING_DI_ATAS] = {
		"Capaian {tw} melampaui target. Terima kasih; tolong bagikan cara kerjanya kepada "
		"rekan satu unit.",
		"Hasil kerja ini sangat baik pada {tw}. Saya usulkan cara kerja ini menjadi contoh "
		"dalam rapat staf.",
		"Realisasi {tw} di atas target dengan bukti dukung lengkap. Pertahankan mutunya.",
		"Capaian {tw} luar biasa. Catat kiat-kiatnya supaya dapat dipakai unit lain.",
	},
};

const char *const demo_fb_value[RATING__LEVELS][DEMO_VARIANTS] = {
	[RATING_DI_BAWAH] = {
		"Untuk nilai {nilai}, saya mencatat beberapa kejadian yang tidak sesuai kesepakatan "
		"kita pada {tw}. Mari kita bicarakan secara langsung.",
		"Perilaku terkait nilai {nilai} perlu diperbaiki: kehadiran dan kedisiplinan pada "
		"{tw} belum sesuai ekspektasi.",
		"Nilai {nilai} belum tampak dalam pekerjaan {tw}. Saya tunggu rencana perbaikannya.",
		"Saya menerima laporan ketidakhadiran Anda pada {tw}; ini menyangkut nilai {nilai}. "
		"Tolong jelaskan kepada saya.",
	},
	[RATING_SESUAI] = {
		"Nilai {nilai} sudah Anda jalankan dengan baik pada {tw}. Jaga konsistensinya.",
		"Terkait nilai {nilai}: warga yang dilayani memberi tanggapan positif. Pertahankan.",
		"Pada {tw} Anda sudah menunjukkan nilai {nilai}; tingkatkan lagi dengan berbagi "
		"pengetahuan kepada rekan.",
		"Terima kasih sudah menjaga nilai {nilai} dalam pekerjaan sehari-hari.",
	},
	[RATING_DI_ATAS] = {
		"Anda menjadi teladan untuk nilai {nilai} pada {tw}. Beberapa warga menyampaikan "
		"terima kasih langsung kepada saya.",
		"Inisiatif Anda pada {tw} mencerminkan nilai {nilai} dengan sangat baik. Terima kasih.",
		"Untuk nilai {nilai}, rekan-rekan banyak belajar dari Anda pada {tw}. Pertahankan.",
		"Nilai {nilai} Anda tunjukkan melebihi harapan saya pada {tw}.",
	},
};

const char *const demo_fb_reply[RATING__LEVELS][DEMO_VARIANTS] = {
	[RATING_DI_BAWAH] = {
		"Siap, {sapa}. Kendalanya akan saya sampaikan dalam dialog kinerja.",
		"Baik, {sapa}. Rencana perbaikannya saya susun minggu ini.",
		"Mohon maaf, {sapa}. Mulai bulan ini saya laporkan kemajuannya setiap dua minggu.",
		"Terima kasih, {sapa}. Saya perlu bantuan satu petugas lagi untuk mengejar target.",
	},
	[RATING_SESUAI] = {
		"Terima kasih, {sapa}. Akan saya tindak lanjuti minggu ini.",
		"Baik, {sapa}. Rekap yang diminta sudah saya tambahkan pada bukti dukung.",
		"Siap, {sapa}. Mulai triwulan depan saya catat juga waktu penyelesaiannya.",
		"Terima kasih atas masukannya, {sapa}.",
	},
	[RATING_DI_ATAS] = {
		"Terima kasih atas apresiasinya, {sapa}. Akan saya bagikan kepada rekan-rekan.",
		"Terima kasih, {sapa}. Ringkasan cara kerjanya akan saya siapkan untuk rapat staf.",
		"Terima kasih, {sapa}. Ini juga berkat bantuan rekan satu unit.",
		"Siap, {sapa}. Akan saya pertahankan.",
	},
};

/* Triwulan I: a thread on the first RHK and the reply; Triwulan II: one on
 * Berorientasi Pelayanan, the reply and the superior's answer; Triwulan
 * III: a new message on the first RHK, left unread. */
const char *const demo_fb_pegawai[6] = {
	"Capaian verifikasi berkas Triwulan I sudah sesuai target. Tolong unggah juga rekap dari "
	"aplikasi perizinan sebagai bukti dukung agar mudah diverifikasi.",
	"Baik, {sapa}. Rekap Triwulan I dari aplikasi perizinan sudah saya unggah dalam bentuk PDF.",
	"Beberapa pemohon menyampaikan terima kasih atas penjelasan persyaratan yang Anda berikan. "
	"Pertahankan sikap ini.",
	"Terima kasih, {sapa}. Saya juga menyiapkan lembar persyaratan ringkas untuk ditempel di "
	"loket.",
	"Ide yang bagus. Siapkan desainnya dan pasang di loket mulai bulan depan.",
	"Capaian Triwulan III melampaui target dan berkas terverifikasi rata-rata dalam satu hari. "
	"Saya usulkan cara kerja Anda dibagikan dalam rapat staf bulan depan; siapkan ringkasannya.",
};

/* ---- 360 ---------------------------------------------------------------------------------- */

const char *const demo_360_comment[RATING__LEVELS][DEMO_VARIANTS] = {
	[RATING_DI_BAWAH] = {
		"Sering terlambat hadir dan sulit dihubungi saat jam kerja.",
		"Perlu lebih terbuka saat bekerja dalam tim.",
		"Beberapa pekerjaan bersama tertunda karena menunggu bagiannya.",
		"Perlu lebih sabar saat melayani warga yang belum paham persyaratan.",
	},
	[RATING_SESUAI] = {
		"Bisa diandalkan dan selalu menyelesaikan bagiannya.",
		"Ramah kepada warga; kadang perlu diingatkan soal tenggat laporan.",
		"Kerja sama dalam tim baik.",
		"Mau membantu rekan yang sedang banyak pekerjaan.",
	},
	[RATING_DI_ATAS] = {
		"Sangat membantu rekan baru memahami aplikasi.",
		"Selalu sigap dan menjadi contoh dalam melayani warga.",
		"Banyak ide perbaikan cara kerja yang kemudian dipakai seluruh seksi.",
		"Tenang dan solutif saat menghadapi keluhan warga.",
	},
};

const char *const demo_360_decline[2] = {
	"Saya baru dipindahkan ke unit ini dan belum cukup mengenal cara kerja yang bersangkutan.",
	"Selama triwulan ini saya lebih banyak bertugas di lapangan dan jarang bekerja bersama "
	"yang bersangkutan.",
};

/* ---- assessments --------------------------------------------------------------------------- */

const char *const demo_hasil_reason[RATING__LEVELS][DEMO_VARIANTS] = {
	[RATING_DI_BAWAH] = {
		"Capaian SKP {tw} {pct}%: beberapa IKI utama belum mencapai target. Rencana perbaikan "
		"telah disepakati dalam dialog kinerja.",
		"Capaian SKP {tw} {pct}%, di bawah target; keterlambatan belum diimbangi langkah "
		"perbaikan yang memadai.",
		"Capaian SKP {tw} {pct}%. Target utama tertinggal dan bukti dukung sebagian belum "
		"lengkap.",
		"Capaian SKP {tw} {pct}%: hasil kerja utama di bawah ekspektasi yang disepakati.",
	},
	[RATING_SESUAI] = {
		"Capaian SKP {tw} {pct}%: IKI utama tercapai sesuai target dengan bukti dukung yang "
		"dapat diverifikasi.",
		"Capaian SKP {tw} {pct}%, sesuai ekspektasi; laporan disampaikan tepat waktu.",
		"Capaian SKP {tw} {pct}%. Hasil kerja sesuai rencana dan bukti dukung tersusun rapi.",
		"Capaian SKP {tw} {pct}%: seluruh hasil kerja utama berjalan sesuai rencana.",
	},
	[RATING_DI_ATAS] = {
		"Capaian SKP {tw} {pct}%: sebagian besar IKI melampaui target dengan bukti dukung "
		"lengkap.",
		"Capaian SKP {tw} {pct}%, di atas target; ada perbaikan cara kerja yang ditiru unit "
		"lain.",
		"Capaian SKP {tw} {pct}%. Hasil kerja melampaui ekspektasi dan tepat waktu.",
		"Capaian SKP {tw} {pct}%: target terlampaui tanpa menurunkan mutu layanan.",
	},
};

/* For a kualitatif SKP (no percentage). */
const char *const demo_hasil_words[RATING__LEVELS] = {
	[RATING_DI_BAWAH] = "Menurut uraian realisasi dan bukti dukung {tw}, sebagian hasil kerja "
			    "belum tercapai.",
	[RATING_SESUAI] = "Menurut uraian realisasi dan bukti dukung {tw}, hasil kerja tercapai "
			  "sesuai ekspektasi.",
	[RATING_DI_ATAS] = "Menurut uraian realisasi dan bukti dukung {tw}, hasil kerja melampaui "
			   "ekspektasi dan menjadi contoh bagi rekan.",
};

const char *const demo_perilaku_reason[RATING__LEVELS][DEMO_VARIANTS] = {
	[RATING_DI_BAWAH] = {
		"Perilaku kerja di bawah ekspektasi, terutama nilai {nilai}.",
		"Nilai {nilai} belum tampak dalam pekerjaan sehari-hari.",
		"Perilaku kerja perlu pembinaan, terutama nilai {nilai}.",
		"Perilaku kerja belum sesuai kesepakatan, terutama nilai {nilai}.",
	},
	[RATING_SESUAI] = {
		"Perilaku kerja sesuai ekspektasi; nilai {nilai} dijalankan dengan baik. Umpan balik "
		"360 sejalan.",
		"Sesuai ekspektasi pada ketujuh nilai BerAKHLAK; ekspektasi {nilai} terpenuhi.",
		"Perilaku kerja sesuai ekspektasi. Rekan kerja menilai kerja samanya baik.",
		"Nilai {nilai} terpenuhi; tidak ada catatan disiplin.",
	},
	[RATING_DI_ATAS] = {
		"Menjadi teladan untuk nilai {nilai}; umpan balik 360 rekan kerja umumnya Di Atas "
		"Ekspektasi.",
		"Perilaku kerja melampaui ekspektasi: proaktif membantu rekan dan warga ({nilai}).",
		"Nilai {nilai} ditunjukkan secara menonjol dan diakui warga yang dilayani.",
		"Di atas ekspektasi: inisiatif dan kerja sama yang menjadi contoh di unitnya ({nilai}).",
	},
};

const char *const demo_misconduct_reason =
	"Pada {tw} tercatat tiga hari tidak masuk kerja tanpa keterangan dan meninggalkan pos "
	"jaga saat patroli terpadu, tidak sesuai nilai Akuntabel. Telah dibuatkan berita acara "
	"pembinaan.";

/* ---- the objection ----------------------------------------------------------------------------- */

const char *const demo_objector_post = "ASM-YAN-P04";
const char *const demo_objector_hasil =
	"Capaian SKP Triwulan III {pct}%: IKI utama tercapai sesuai target dengan bukti dukung "
	"yang dapat diverifikasi.";
const char *const demo_objector_perilaku =
	"Perilaku kerja sesuai ekspektasi; nilai {nilai} dijalankan dengan baik.";
const char *const demo_objection_reasons =
	"Saya keberatan atas rating hasil kerja Sesuai Ekspektasi pada Triwulan III. Semua IKI "
	"utama saya mencapai atau melampaui target, termasuk penyelesaian berkas perizinan yang "
	"meningkat karena saya menggantikan rekan yang cuti selama tiga minggu pada bulan Agustus. "
	"Tugas tambahan itu tidak dipertimbangkan dalam penilaian. Rekap capaian saya lampirkan.";
const char *const demo_objection_question =
	"Mohon penjelasan dasar rating hasil kerja Sesuai Ekspektasi untuk Triwulan III, dan apakah "
	"tugas pengganti selama rekan cuti pada bulan Agustus sudah dipertimbangkan.";
