/*
 * ui_layout.c - the frame shared by every page: head, navigation, notices,
 * error pages, pagination and the CSRF field.
 */
#include "web/ui.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"

#include <string.h>

static const struct { const char *code, *text; } notices[] = {
	{ "disimpan", "Perubahan telah disimpan." },
	{ "dibuat", "Data baru telah dibuat." },
	{ "diimpor", "Impor selesai." },
	{ "sandi_diganti", "Kata sandi telah diganti." },
	{ "keluar", "Anda telah keluar." },
	{ "nonaktif", "Pegawai telah dinonaktifkan." },
	{ "diajukan", "SKP telah diajukan kepada pejabat penilai." },
	{ "disetujui", "SKP telah disetujui." },
	{ "dikembalikan", "SKP telah dikembalikan kepada pegawai dengan catatan." },
	{ "ditarik", "Pengajuan SKP telah ditarik kembali." },
	{ "perubahan", "Perubahan SKP dimulai; ajukan kembali setelah selesai." },
	{ "diturunkan", "RHK telah diturunkan kepada bawahan yang dipilih." },
	{ "dihapus", "Data telah dihapus." },
	{ "realisasi_disimpan", "Realisasi telah disimpan." },
	{ "bukti_ditambah", "Bukti dukung telah ditambahkan." },
	{ "bukti_dihapus", "Bukti dukung telah dihapus." },
	{ "titik_ditutup", "Titik periksa telah ditutup; realisasinya tidak dapat diubah lagi." },
	{ "terkirim", "Umpan balik telah dikirim." },
	{ "penilaian_disimpan", "Penilaian telah disimpan sebagai draf." },
	{ "penilaian_ditetapkan", "Penilaian telah ditetapkan; pegawai dapat melihatnya." },
	{ "penilaian_diketahui", "Terima kasih; Anda telah menyatakan mengetahui penilaian ini." },
	{ "predikat_unit_disimpan", "Predikat unit telah disimpan." },
	{ "alasan_disimpan", "Alasan penyimpangan kurva telah disimpan." },
	/* TPP */
	{ "tpp_dihitung", "Perhitungan TPP telah dibuat (draf)." },
	{ "tpp_dihitung_ulang", "Perhitungan TPP telah dihitung ulang." },
	{ "tpp_disetujui", "Perhitungan TPP telah disetujui dan dikunci." },
	{ "tpp_aturan_disimpan", "Aturan TPP disimpan sebagai versi baru." },
	{ "tpp_kehadiran_diimpor", "Data kehadiran telah diimpor." },
	/* pembinaan */
	{ "sesi_dicatat", "Sesi pembinaan telah dicatat." },
	{ "sesi_dihapus", "Sesi pembinaan telah dihapus." },
	{ "tanggapan_disimpan", "Tanggapan Anda telah disimpan." },
	{ "rencana_disimpan", "Tujuan dan dukungan rencana perbaikan telah disimpan." },
	{ "kemajuan_dicatat", "Titik pemantauan telah disimpan." },
	{ "hasil_dicatat", "Hasil rencana perbaikan telah dicatat; rencana ditutup." },
	{ "pengembangan_disimpan", "Rencana pengembangan telah disimpan." },
	{ "pengembangan_dihapus", "Rencana pengembangan telah dihapus." },
	/* sosialisasi */
	{ "sosialisasi_dibuat", "Panduan telah disimpan sebagai draf; terbitkan bila sudah siap." },
	{ "sosialisasi_disimpan", "Perubahan panduan telah disimpan." },
	{ "sosialisasi_versi_baru", "Perubahan disimpan sebagai versi baru; pegawai yang dituju "
				    "perlu membaca dan menyatakan paham lagi." },
	{ "sosialisasi_diterbitkan", "Panduan telah diterbitkan kepada pegawai yang dituju." },
	{ "sosialisasi_ditarik", "Panduan telah ditarik." },
	{ "sosialisasi_lampiran", "Lampiran telah ditambahkan." },
	{ "sosialisasi_lampiran_dihapus", "Lampiran telah dihapus." },
	{ "sosialisasi_dipahami", "Terima kasih; Anda telah menyatakan memahami panduan ini." },
	{ "sosialisasi_kuis_belum_lulus", "Jawaban kuis belum memenuhi batas lulus; periksa "
					  "pertanyaan yang ditandai lalu coba lagi." },
	{ "sosialisasi_diingatkan", "Pengingat telah dicatat; pegawai melihatnya di beranda." },
	{ "sosialisasi_kriteria_disimpan", "Panduan kriteria penilaian telah disimpan." },
	/* evaluasi */
	{ "survei_dibuat", "Survei telah disimpan sebagai draf; periksa pertanyaannya lalu buka." },
	{ "survei_disimpan", "Perubahan survei telah disimpan." },
	{ "survei_dibuka", "Survei telah dibuka; pegawai yang dituju melihatnya di beranda." },
	{ "survei_ditutup", "Survei telah ditutup; hasilnya dapat dilihat." },
	{ "survei_dijawab", "Terima kasih, jawaban Anda telah tercatat secara anonim." },
	{ "ambang_survei_disimpan", "Ambang anonimitas survei telah disimpan." },
	/* notifikasi */
	{ "notifikasi_disimpan", "Pengaturan e-mail notifikasi telah disimpan." },
	/* penghargaan */
	{ "penghargaan_urutan_disimpan", "Urutan penentu peringkat telah disimpan." },
	{ "usulan_diajukan", "Usulan pegawai berprestasi telah diajukan kepada pengelola kinerja." },
	{ "usulan_diputus", "Putusan atas usulan telah disimpan." },
	{ "angka_kredit_disimpan", "Tabel angka kredit telah disimpan." },
	/* dokumen */
	{ "logo_dipasang", "Logo instansi telah dipasang: dokumen resmi berikutnya memuatnya." },
	{ "logo_dihapus", "Logo instansi telah dihapus dari dokumen resmi." },
	/* dokumen massal */
	{ "massal_diminta", "Permintaan dokumen massal telah diterima; halaman ini menunjukkan "
			    "kemajuannya dan tombol unduh bila sudah selesai." },
	/* laporan */
	/* dasbor */
	/* daftar */
	/* analisis */
	{ "analisis_disimpan", "Pengaturan analisis penilai telah disimpan; angka di halaman "
			       "analisis kini memakai ambang baru." },
	/* kalibrasi */
	{ "kalibrasi_diajukan", "Usulan kalibrasi telah dikirim kepada pejabat penilai; penilaian "
				"berubah hanya bila usulan diterima." },
	{ "kalibrasi_diterima", "Usulan diterima: penilaian dan predikat telah diubah, dan pegawai "
				"diminta menyatakan telah mengetahuinya." },
	{ "kalibrasi_ditolak", "Usulan ditolak; penilaian tetap. Pengusul melihat catatan Anda." },
	{ "kalibrasi_ditarik", "Usulan telah ditarik." },
};

const char *notice_text(const char *code)
{
	for (size_t i = 0; code && i < sizeof notices / sizeof notices[0]; i++)
		if (strcmp(notices[i].code, code) == 0)
			return notices[i].text;
	return NULL;
}

/* One item; the current page's is marked for screen readers (aria-current),
 * which html() would escape if passed as an argument, hence two formats. */
static void nav_link(struct req *r, const char *href, const char *label, int active)
{
	if (active)
		html(&r->out, "<li class=\"nav-item\"><a class=\"nav-link active\" href=\"%s\" "
			      "aria-current=\"page\">%s</a></li>", href, label);
	else
		html(&r->out, "<li class=\"nav-item\"><a class=\"nav-link\" href=\"%s\">%s</a></li>",
		     href, label);
}

static void nav_bar(struct req *r, enum nav_item active)
{
	html_raw(&r->out,
		 "<nav class=\"navbar navbar-expand navbar-dark app-navbar d-print-none\" aria-label=\"Navigasi utama\">"
		 "<div class=\"container-fluid flex-wrap\"><a class=\"navbar-brand fw-bold\" href=\"/\">kinerja</a>");
	if (!r->who.user_id) {
		html_raw(&r->out, "</div></nav>");
		return;
	}
	html_raw(&r->out, "<ul class=\"navbar-nav me-auto flex-wrap\">");
	nav_link(r, "/", "Beranda", active == NAV_BERANDA);
	nav_link(r, "/notifikasi", "Notifikasi", active == NAV_NOTIFIKASI);
	nav_link(r, "/dasbor", "Dasbor", active == NAV_DASBOR);
	if (r->who.employee_id)
		nav_link(r, "/skp", "SKP", active == NAV_SKP);
	if (r->who.employee_id || access_allows(r, ACCESS_READ_ALL))
		nav_link(r, "/360", "360\xc2\xb0", active == NAV_360);
	if (r->who.employee_id || r->who.role == ROLE_ADMIN)
		nav_link(r, "/penilaian", "Penilaian", active == NAV_PENILAIAN);
	if (r->who.employee_id || r->who.role == ROLE_ADMIN)
		nav_link(r, "/keberatan", "Keberatan", active == NAV_KEBERATAN);
	if (r->who.employee_id || access_allows(r, ACCESS_READ_ALL)) {
		nav_link(r, "/tpp", "TPP", active == NAV_TPP);
		nav_link(r, "/pembinaan", "Pembinaan", active == NAV_PEMBINAAN);
		nav_link(r, "/sosialisasi", "Sosialisasi", active == NAV_SOSIALISASI);
		nav_link(r, "/penghargaan", "Penghargaan", active == NAV_PENGHARGAAN);
		nav_link(r, "/evaluasi", "Evaluasi", active == NAV_EVALUASI);
	}
	if (r->who.employee_id || access_allows(r, ACCESS_READ_ALL))
		nav_link(r, "/laporan", "Laporan", active == NAV_LAPORAN);
	if (r->who.employee_id || access_allows(r, ACCESS_READ_ALL))
		nav_link(r, "/analisis", "Analisis", active == NAV_ANALISIS);
	if (access_allows(r, ACCESS_READ_ALL))
		nav_link(r, "/pegawai", "Pegawai", active == NAV_PEGAWAI);
	nav_link(r, "/organisasi", "Organisasi", active == NAV_ORGANISASI);
	nav_link(r, "/kaskade", "Kaskade", active == NAV_KASKADE);
	nav_link(r, "/periode", "Periode", active == NAV_PERIODE);
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR)
		nav_link(r, "/audit", "Jejak Audit", active == NAV_AUDIT);
	html_raw(&r->out, "</ul><ul class=\"navbar-nav\">");
	html(&r->out, "<li class=\"nav-item\"><a class=\"nav-link%s\" href=\"/akun\">%s <small>(%s)</small></a></li>",
	     active == NAV_AKUN ? " active" : "", r->who.name, role_label(r->who.role));
	html_raw(&r->out, "<li class=\"nav-item\"><form method=\"post\" action=\"/keluar\" class=\"d-inline\">");
	csrf_field(r);
	html_raw(&r->out, "<button class=\"btn btn-link nav-link\" type=\"submit\">Keluar</button></form></li></ul></div></nav>");
}

void page_begin(struct req *r, const char *title, enum nav_item active)
{
	page_begin_script(r, title, active, NULL);
}

void page_begin_script(struct req *r, const char *title, enum nav_item active,
		       const char *script)
{
	strbuf_reset(&r->out);
	html(&r->out,
	     "<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\">"
	     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
	     "<title>%s — kinerja</title>"
	     "<link rel=\"stylesheet\" href=\"/static/bootstrap.min.css\">"
	     "<link rel=\"stylesheet\" href=\"/static/app.css\">", title);
	if (script)
		html(&r->out, "<script src=\"%s\" defer></script>", script);
	html_raw(&r->out, "<script src=\"/static/app.js\" defer></script></head><body>");
	nav_bar(r, active);
	html_raw(&r->out, "<main class=\"container-fluid py-3\" id=\"isi\">");
	const char *notice = notice_text(req_query(r, "pesan"));
	if (notice)
		alert_box(r, "success", notice);
}

void page_end(struct req *r)
{
	html_raw(&r->out, "</main><footer class=\"container-fluid text-muted small py-3 d-print-none\">"
		 "kinerja — Sistem Manajemen Kinerja ASN (PermenPANRB 6/2022)</footer></body></html>");
}

void csrf_field(struct req *r)
{
	html(&r->out, "<input type=\"hidden\" name=\"_csrf\" value=\"%s\">", r->who.csrf);
}

void alert_box(struct req *r, const char *kind, const char *text)
{
	html(&r->out, "<div class=\"alert alert-%s\" role=\"%s\">%s</div>", kind,
	     strcmp(kind, "danger") == 0 ? "alert" : "status", text);
}

/* What the reader can do next, by the kind of error. */
static void error_advice(struct req *r)
{
	switch (r->error.code) {
	case KERR_INVALID:
	case KERR_CONFLICT:
	case KERR_TOO_LARGE:
		html_raw(&r->out, "<p>Gunakan tombol Kembali pada peramban untuk memperbaiki isian, atau "
			 "<a href=\"/\">kembali ke beranda</a>.</p>");
		break;
	case KERR_FORBIDDEN:
		if (r->who.user_id)
			html(&r->out, "<p>Halaman ini tidak tersedia untuk peran Anda (%s). Bila Anda "
				      "memerlukannya, hubungi administrator atau pengelola kinerja di "
				      "unit Anda.</p>", role_label(r->who.role));
		html_raw(&r->out, "<p><a href=\"/\">Kembali ke beranda</a></p>");
		break;
	case KERR_UNAUTHORIZED:
		html_raw(&r->out, "<p><a href=\"/masuk\">Masuk</a></p>");
		break;
	case KERR_NOT_FOUND:
		html_raw(&r->out, "<p>Periksa alamat halaman, atau <a href=\"/\">kembali ke beranda</a>.</p>");
		break;
	default:
		html_raw(&r->out, "<p>Coba lagi sebentar lagi, atau <a href=\"/\">kembali ke beranda</a>.</p>");
	}
}

void page_error(struct req *r)
{
	static const char *const titles[] = {
		[KERR_INVALID] = "Data tidak sah", [KERR_UNAUTHORIZED] = "Perlu masuk",
		[KERR_FORBIDDEN] = "Akses ditolak", [KERR_NOT_FOUND] = "Tidak ditemukan",
		[KERR_CONFLICT] = "Terjadi benturan data", [KERR_TOO_LARGE] = "Terlalu besar",
		[KERR_RATE_LIMIT] = "Terlalu banyak percobaan",
	};
	const char *title = (size_t)r->error.code < sizeof titles / sizeof titles[0] &&
		titles[r->error.code] ? titles[r->error.code] : "Terjadi kesalahan";
	page_begin(r, title, NAV_NONE);
	html(&r->out, "<h1 class=\"h3\">%s</h1>", title);
	alert_box(r, "danger", r->error.msg);
	error_advice(r);
	page_end(r);
}

void pager(struct req *r, const char *base_path, int page, int per_page, int64_t total,
	   const char *const *keep)
{
	int64_t pages = per_page > 0 ? (total + per_page - 1) / per_page : 1;
	if (pages <= 1)
		return;
	struct strbuf q = STRBUF_INIT;
	for (const char *const *k = keep; k && *k; k++) {
		const char *v = req_query(r, *k);
		if (v && *v) {
			strbuf_addf(&q, "&%s=", *k);
			url_encode(&q, v);
		}
	}
	html(&r->out, "<nav aria-label=\"Halaman\"><ul class=\"pagination flex-wrap\">"
	     "<li class=\"page-item disabled\"><span class=\"page-link\">Halaman %d dari %lld (%lld data)</span></li>",
	     page, (long long)pages, (long long)total);
	if (page > 1)
		html(&r->out, "<li class=\"page-item\"><a class=\"page-link\" href=\"%s?page=%d%s\">&laquo; Sebelumnya</a></li>",
		     base_path, page - 1, q.buf);
	if (page < pages)
		html(&r->out, "<li class=\"page-item\"><a class=\"page-link\" href=\"%s?page=%d%s\">Berikutnya &raquo;</a></li>",
		     base_path, page + 1, q.buf);
	html_raw(&r->out, "</ul></nav>");
	strbuf_release(&q);
}
