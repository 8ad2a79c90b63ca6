/*
 * document.c - the pure rules of the official documents (see document.h):
 * the logo check, file names, dates and periods in words, names, pangkat,
 * targets, realisasi and the predicate explained.
 */
#include "domain/document.h"
#include "domain/golongan.h"
#include "core/strbuf.h"

#include <stdio.h>
#include <string.h>

static const char *const month_names[12] = {
	"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
	"Oktober", "November", "Desember",
};

int document_logo_check(const char *detected, size_t len, struct kerr *err)
{
	if (!len)
		return kerr_set(err, KERR_INVALID, "logo", "Pilih berkas logo (PNG atau JPEG)");
	if (len > DOCUMENT_LOGO_MAX)
		return kerr_set(err, KERR_INVALID, "logo", "Logo terlalu besar: %zu KB, paling besar "
				"%d KB", (len + 1023) / 1024, DOCUMENT_LOGO_MAX / 1024);
	if (!detected || (strcmp(detected, "image/png") && strcmp(detected, "image/jpeg")))
		return kerr_set(err, KERR_INVALID, "logo", "Logo harus gambar PNG atau JPEG (isi "
				"berkas ini: %s)", detected && *detected ? detected : "tidak dikenali");
	return 0;
}

/* Appends s to out lowered, runs of anything but letters and digits as one
 * '-' (none at the start). */
static void add_slug(struct strbuf *out, const char *s)
{
	int dash = 0;
	for (; s && *s; s++) {
		char c = *s;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && out->len && out->buf[out->len - 1] != '-')
				strbuf_addch(out, '-');
			strbuf_addch(out, c);
			dash = 0;
		} else {
			dash = 1;
		}
	}
}

void document_filename(char *out, size_t size, const char *kind, const char *nip,
		       const char *suffix)
{
	struct strbuf sb = STRBUF_INIT, part = STRBUF_INIT;
	const char *parts[3] = { kind, nip, suffix };
	for (int i = 0; i < 3; i++) {
		strbuf_reset(&part);
		add_slug(&part, parts[i]);
		if (part.len && sb.len)
			strbuf_addch(&sb, '-');
		strbuf_add(&sb, part.buf, part.len);
	}
	if (!sb.len)
		strbuf_addstr(&sb, "dokumen");
	strbuf_addstr(&sb, ".pdf");
	copy_str(out, size, sb.buf);
	strbuf_release(&part);
	strbuf_release(&sb);
}

/* Reads "YYYY-MM-DD" into its parts; 0, or -1 if it is not a date. */
static int ymd_parts(const char *ymd, int *y, int *m, int *d)
{
	if (!ymd || !date_valid(ymd) || sscanf(ymd, "%4d-%2d-%2d", y, m, d) != 3)
		return -1;
	return 0;
}

int document_date_words(const char *ymd, char *out, size_t size)
{
	int y, m, d;
	if (ymd_parts(ymd, &y, &m, &d)) {
		copy_str(out, size, "-");
		return -1;
	}
	snprintf(out, size, "%d %s %d", d, month_names[m - 1], y);
	return 0;
}

void document_range(const char *from, const char *to, char *out, size_t size)
{
	int y1, m1, d1, y2, m2, d2;
	if (ymd_parts(from, &y1, &m1, &d1) || ymd_parts(to, &y2, &m2, &d2))
		copy_str(out, size, "-");
	else if (y1 == y2)
		snprintf(out, size, "%d %s sd %d %s Tahun %d", d1, month_names[m1 - 1], d2,
			 month_names[m2 - 1], y1);
	else
		snprintf(out, size, "%d %s %d sd %d %s %d", d1, month_names[m1 - 1], y1, d2,
			 month_names[m2 - 1], y2);
}

void document_person_name(const char *front, const char *name, const char *back, char *out,
			  size_t size)
{
	int f = front && *front, b = back && *back;
	snprintf(out, size, "%s%s%s%s%s", f ? front : "", f ? " " : "", name ? name : "",
		 b ? ", " : "", b ? back : "");
}

void document_pangkat(const char *golongan, char *out, size_t size)
{
	const struct golongan *g = golongan && *golongan ? golongan_find(golongan) : NULL;
	if (g && g->pangkat && *g->pangkat)
		snprintf(out, size, "%s, %s", g->pangkat, g->code);
	else if (golongan && *golongan && pppk_golongan_find(golongan))
		snprintf(out, size, "Golongan %s (PPPK)", pppk_golongan_find(golongan)->code);
	else
		copy_str(out, size, golongan && *golongan ? golongan : "-");
}

const char *document_aspect_label(const char *aspect)
{
	static const char *const names[][2] = {
		{ "kuantitas", "Kuantitas" }, { "kualitas", "Kualitas" }, { "waktu", "Waktu" },
		{ "biaya", "Biaya" },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (aspect && !strcmp(names[i][0], aspect))
			return names[i][1];
	return aspect && *aspect ? aspect : "-";
}

const char *document_perspective_label(const char *perspective)
{
	static const char *const names[][2] = {
		{ "penerima_layanan", "Penerima Layanan" }, { "proses_bisnis", "Proses Bisnis" },
		{ "penguatan_internal", "Penguatan Internal" }, { "anggaran", "Anggaran" },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(names[i][0], perspective))
			return names[i][1];
	return perspective;
}

/* " dokumen", "%" right after the number, nothing for no unit. */
static void add_unit(struct strbuf *sb, const char *unit_label)
{
	if (!unit_label || !*unit_label)
		return;
	if (strcmp(unit_label, "%"))
		strbuf_addch(sb, ' ');
	strbuf_addstr(sb, unit_label);
}

void document_target(const struct iki *k, int qualitative, char *out, size_t size)
{
	struct strbuf sb = STRBUF_INIT;
	if ((qualitative || !k->target_min[0]) && k->target_text && *k->target_text) {
		strbuf_addstr(&sb, k->target_text);
	} else if (!k->target_min[0]) {
		strbuf_addstr(&sb, "-");
	} else {
		if (!strcmp(k->direction, "turun") && !k->target_max[0])
			strbuf_addstr(&sb, "maks. ");
		strbuf_addstr(&sb, k->target_min);
		if (k->target_max[0])
			strbuf_addf(&sb, " - %s", k->target_max);
		add_unit(&sb, k->unit_label);
	}
	copy_str(out, size, sb.buf);
	strbuf_release(&sb);
}

void document_realisasi(const char *value, const char *unit_label, const char *description,
			char *out, size_t size)
{
	struct strbuf sb = STRBUF_INIT;
	if (value && *value) {
		strbuf_addstr(&sb, value);
		add_unit(&sb, unit_label);
	}
	if (description && *description)
		strbuf_addf(&sb, "%s%s", sb.len ? ": " : "", description);
	copy_str(out, size, sb.len ? sb.buf : "-");
	strbuf_release(&sb);
}

void document_predicate_reason(enum rating hasil, enum rating perilaku, int head_of_unit,
			       char *out, size_t size)
{
	const char *head = head_of_unit
		? "Pegawai ini kepala unit: rating hasil kerjanya mengikuti predikat unit kerjanya "
		  "(Istimewa: Di Atas Ekspektasi; Baik: Sesuai Ekspektasi; selainnya: Di Bawah "
		  "Ekspektasi). "
		: "";
	if (hasil >= RATING__LEVELS || perilaku >= RATING__LEVELS) {
		snprintf(out, size, "%sBelum ada predikat: rating hasil kerja dan rating perilaku "
			 "kerja belum lengkap.", head);
		return;
	}
	snprintf(out, size, "%sRating hasil kerja %s dan rating perilaku kerja %s bertemu pada sel "
		 "%s dalam matriks predikat kinerja (PermenPANRB 6/2022; tanpa bobot).", head,
		 rating_label(hasil), rating_label(perilaku),
		 predicate_label(predicate_of(hasil, perilaku)));
}
