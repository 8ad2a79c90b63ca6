/*
 * berakhlak.c - the seven ASN core values (BerAKHLAK) and their three
 * behaviour guides each, worded as in the official guidance (SE MenPANRB
 * 20/2021, used by PermenPANRB 6/2022 for the perilaku kerja of the SKP).
 */
#include "domain/berakhlak.h"

#include <string.h>

static const struct core_value values[BERAKHLAK_COUNT] = {
	{ "berorientasi_pelayanan", "Berorientasi Pelayanan", {
		"Memahami dan memenuhi kebutuhan masyarakat",
		"Ramah, cekatan, solutif, dan dapat diandalkan",
		"Melakukan perbaikan tiada henti",
	} },
	{ "akuntabel", "Akuntabel", {
		"Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, "
		"dan berintegritas tinggi",
		"Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, "
		"efektif, dan efisien",
		"Tidak menyalahgunakan kewenangan jabatan",
	} },
	{ "kompeten", "Kompeten", {
		"Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
		"Membantu orang lain belajar",
		"Melaksanakan tugas dengan kualitas terbaik",
	} },
	{ "harmonis", "Harmonis", {
		"Menghargai setiap orang apa pun latar belakangnya",
		"Suka menolong orang lain",
		"Membangun lingkungan kerja yang kondusif",
	} },
	{ "loyal", "Loyal", {
		"Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik "
		"Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia, "
		"serta pemerintahan yang sah",
		"Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
		"Menjaga rahasia jabatan dan negara",
	} },
	{ "adaptif", "Adaptif", {
		"Cepat menyesuaikan diri menghadapi perubahan",
		"Terus berinovasi dan mengembangkan kreativitas",
		"Bertindak proaktif",
	} },
	{ "kolaboratif", "Kolaboratif", {
		"Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
		"Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
		"Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
	} },
};

const struct core_value *berakhlak_at(size_t i)
{
	return i < BERAKHLAK_COUNT ? &values[i] : NULL;
}

int berakhlak_index(const char *code)
{
	for (int i = 0; code && i < BERAKHLAK_COUNT; i++)
		if (!strcmp(code, values[i].code))
			return i;
	return -1;
}
