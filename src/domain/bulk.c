/*
 * bulk.c - the rules of bulk documents for a unit (see bulk.h): names of
 * kinds, formats and states, why a document is left out, the size limit,
 * stale jobs, progress and file names.
 */
#include "domain/bulk.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char *const kind_names[BULK__KINDS] = { "skp", "evaluasi" };
static const char *const kind_labels[BULK__KINDS] = { "SKP", "Dokumen evaluasi kinerja" };
static const char *const format_names[BULK__FORMATS] = { "zip", "pdf" };
static const char *const format_labels[BULK__FORMATS] = {
	"ZIP (satu PDF per pegawai)", "Satu PDF (semua dokumen berurutan)",
};
static const char *const state_names[BULK__STATES] = { "menunggu", "berjalan", "selesai", "gagal" };
static const char *const state_labels[BULK__STATES] = { "Menunggu", "Berjalan", "Selesai", "Gagal" };

static int parse_word(const char *s, const char *const *names, int n)
{
	for (int i = 0; s && i < n; i++)
		if (!strcmp(s, names[i]))
			return i;
	return -1;
}

const char *bulk_kind_name(enum bulk_kind k)
{
	return (unsigned)k < BULK__KINDS ? kind_names[k] : "";
}

const char *bulk_kind_label(enum bulk_kind k)
{
	return (unsigned)k < BULK__KINDS ? kind_labels[k] : "";
}

int bulk_kind_parse(const char *s, enum bulk_kind *out)
{
	int i = parse_word(s, kind_names, BULK__KINDS);
	if (i < 0)
		return -1;
	*out = (enum bulk_kind)i;
	return 0;
}

const char *bulk_format_name(enum bulk_format f)
{
	return (unsigned)f < BULK__FORMATS ? format_names[f] : "";
}

const char *bulk_format_label(enum bulk_format f)
{
	return (unsigned)f < BULK__FORMATS ? format_labels[f] : "";
}

int bulk_format_parse(const char *s, enum bulk_format *out)
{
	int i = parse_word(s, format_names, BULK__FORMATS);
	if (i < 0)
		return -1;
	*out = (enum bulk_format)i;
	return 0;
}

const char *bulk_state_name(enum bulk_state s)
{
	return (unsigned)s < BULK__STATES ? state_names[s] : "";
}

const char *bulk_state_label(enum bulk_state s)
{
	return (unsigned)s < BULK__STATES ? state_labels[s] : "";
}

int bulk_state_parse(const char *s, enum bulk_state *out)
{
	int i = parse_word(s, state_names, BULK__STATES);
	if (i < 0)
		return -1;
	*out = (enum bulk_state)i;
	return 0;
}

enum bulk_gap bulk_gap_of(enum bulk_kind kind, const struct bulk_candidate *c)
{
	if (!c->has_skp)
		return BULK_GAP_NO_SKP;
	if (kind == BULK_SKP)
		return BULK_GAP_NONE;
	if (!c->has_assessment)
		return BULK_GAP_NOT_RATED;
	return c->assessment_final ? BULK_GAP_NONE : BULK_GAP_DRAFT;
}

const char *bulk_gap_text(enum bulk_gap g)
{
	switch (g) {
	case BULK_GAP_NO_SKP: return "Tidak memiliki SKP pada periode ini";
	case BULK_GAP_NOT_RATED: return "Belum dinilai";
	case BULK_GAP_DRAFT: return "Penilaian belum ditetapkan (masih draf)";
	case BULK_GAP_NONE: break;
	}
	return "";
}

int bulk_check_size(int64_t docs, int64_t limit, struct kerr *err)
{
	if (docs <= 0)
		return kerr_set(err, KERR_INVALID, "unit_id", "Tidak ada dokumen yang dapat dibuat: "
				"tidak seorang pun di unit ini memiliki dokumen tersebut pada periode "
				"yang dipilih");
	if (docs > limit)
		return kerr_set(err, KERR_TOO_LARGE, "unit_id", "Unit ini memerlukan %lld dokumen, "
				"melebihi batas %lld dokumen per permintaan (pengaturan bulk_max_docs); "
				"pilih unit yang lebih kecil", (long long)docs, (long long)limit);
	return 0;
}

enum bulk_state bulk_state_seen(enum bulk_state stored, int64_t updated_at, int64_t now)
{
	if (stored == BULK_BERJALAN && updated_at < now - BULK_STALE_SECS)
		return BULK_GAGAL;
	return stored;
}

int bulk_file_expired(int64_t finished_at, int64_t now)
{
	return finished_at > 0 && finished_at + BULK_KEEP_SECS <= now;
}

int bulk_percent(int64_t done, int64_t total)
{
	if (total <= 0 || done >= total)
		return 100;
	if (done <= 0)
		return 0;
	return (int)(done * 100 / total);
}


int bulk_report_due(int64_t done, int64_t total)
{
	return done >= total || done % BULK_PROGRESS_EVERY == 0;
}

/* Appends s reduced to ASCII letters and digits, runs of anything else
 * becoming one '_' (none at the ends); returns the new length. */
static size_t add_slug(char *out, size_t size, size_t len, const char *s, int lower)
{
	int gap = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p && len + 2 < size; p++) {
		if (isalnum(*p) && *p < 128) {
			if (gap && len)
				out[len++] = lower ? '-' : '_';
			out[len++] = lower ? (char)tolower(*p) : (char)*p;
			gap = 0;
		} else {
			gap = 1;
		}
	}
	out[len] = '\0';
	return len;
}

void bulk_entry_name(const char *nip, const char *name, int seq, char *out, size_t size)
{
	if (!size)
		return;
	out[0] = '\0';
	size_t len = add_slug(out, size, 0, nip, 0);
	if (len + 2 < size)
		out[len++] = '-';
	out[len] = '\0';
	len = add_slug(out, size, len, name, 0);
	char tail[24];
	if (seq > 1)
		snprintf(tail, sizeof tail, "-%d.pdf", seq);
	else
		snprintf(tail, sizeof tail, ".pdf");
	if (len + strlen(tail) < size)
		memcpy(out + len, tail, strlen(tail) + 1);
}

void bulk_file_name(enum bulk_kind kind, const char *checkpoint, const char *unit_code, int year,
		    enum bulk_format f, char *out, size_t size)
{
	char cp[64] = "";
	if (kind == BULK_EVALUASI)
		add_slug(cp, sizeof cp, 0, checkpoint && *checkpoint ? checkpoint : "tahunan", 1);
	char unit[64] = "";
	size_t n = 0;
	for (const char *p = unit_code; p && *p && n + 1 < sizeof unit; p++)
		unit[n++] = isalnum((unsigned char)*p) && (unsigned char)*p < 128 ? *p : '-';
	unit[n] = '\0';
	snprintf(out, size, "%s%s%s-%s-%d.%s", bulk_kind_name(kind), *cp ? "-" : "", cp, unit,
		 year, bulk_format_name(f));
}
