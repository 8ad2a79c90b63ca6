/*
 * skp_check.c - the checks on an SKP's content: decimal numbers as people
 * type them ("95,5"), the texts of results and indicators, an indicator
 * (IKI) and its target, a result (RHK), and whether a whole SKP is
 * complete enough to submit.  Pure functions; see skp.h.
 */
#include "domain/skp.h"
#include "core/strbuf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- decimal numbers ----------------------------------------------------- */

/* Writes the canonical form of the decimal number s to out: an optional
 * "-", the integer digits without leading zeros, and "." with the fraction
 * digits without trailing zeros when there are any ("+007,50" -> "7.5",
 * "-0" -> "0").  Surrounding blanks are allowed; one "." or "," with digits
 * on both sides, nothing else.  Returns 0, or -1 if s is not such a number
 * or the result does not fit in size bytes. */
static int decimal_normalize(const char *s, char *out, size_t size)
{
	struct strbuf sb = STRBUF_INIT;
	int neg = 0, nonzero = 0, rc = -1;
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	const char *ip = s;
	while (*s >= '0' && *s <= '9')
		s++;
	size_t ilen = (size_t)(s - ip), flen = 0;
	const char *fp = s;
	if (ilen && (*s == '.' || *s == ',')) {
		fp = ++s;
		while (*s >= '0' && *s <= '9')
			s++;
		flen = (size_t)(s - fp);
		if (!flen)
			return -1;
	}
	while (*s == ' ' || *s == '\t')
		s++;
	if (!ilen || *s)
		return -1;
	while (ilen > 1 && *ip == '0')
		ip++, ilen--;
	while (flen && fp[flen - 1] == '0')
		flen--;
	nonzero = ilen > 1 || *ip != '0' || flen;
	if (neg && nonzero)
		strbuf_addch(&sb, '-');
	strbuf_add(&sb, ip, ilen);
	if (flen) {
		strbuf_addch(&sb, '.');
		strbuf_add(&sb, fp, flen);
	}
	if (sb.len < size) {
		memcpy(out, sb.buf, sb.len + 1);
		rc = 0;
	}
	strbuf_release(&sb);
	return rc;
}

int decimal_parse(const char *s, double *out)
{
	char norm[64];
	if (!s || decimal_normalize(s, norm, sizeof norm))
		return -1;
	double v = strtod(norm, NULL);
	if (!isfinite(v))
		return -1;
	*out = v;
	return 0;
}

/* ---- texts ----------------------------------------------------------------- */

/* Decodes the UTF-8 character at s into *cp; returns its length in bytes,
 * or 0 if the bytes there are not valid UTF-8 (overlong forms, surrogates
 * and values past U+10FFFF included). */
static size_t utf8_char(const unsigned char *s, unsigned *cp)
{
	static const unsigned min[5] = { 0, 0, 0x80, 0x800, 0x10000 };
	size_t len = s[0] < 0x80 ? 1 : s[0] >= 0xC2 && s[0] <= 0xDF ? 2 :
		     s[0] >= 0xE0 && s[0] <= 0xEF ? 3 : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : 0;
	if (!len)
		return 0;
	unsigned v = len == 1 ? s[0] : s[0] & (0x7F >> len);
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = v << 6 | (s[i] & 0x3F);
	}
	if (v < min[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return len;
}

/* 1 if s is NULL or holds only ASCII white space. */
static int blank(const char *s)
{
	for (; s && *s; s++)
		if (!strchr(" \t\r\n\f\v", *s))
			return 0;
	return 1;
}

/* Checks a text a person typed: required (not blank), valid UTF-8, at most
 * `max` characters, no control characters but line breaks ("\n" or
 * "\r\n") when `lines` is set.  `what` names it in the message. */
static int text_check(const char *s, size_t max, int lines, const char *field, const char *what,
		      struct kerr *err)
{
	if (blank(s))
		return kerr_set(err, KERR_INVALID, field, "%s wajib diisi", what);
	size_t chars = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; chars++) {
		unsigned cp;
		size_t len = utf8_char(p, &cp);
		if (!len)
			return kerr_set(err, KERR_INVALID, field,
					"%s berisi karakter yang tidak sah (bukan UTF-8)", what);
		int newline = lines && (cp == '\n' || (cp == '\r' && p[1] == '\n'));
		if ((cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) && !newline)
			return kerr_set(err, KERR_INVALID, field,
					"%s tidak boleh berisi karakter kendali%s", what,
					lines ? " selain ganti baris" : "");
		p += len;
	}
	if (chars > max)
		return kerr_set(err, KERR_INVALID, field,
				"%s paling banyak %zu karakter; yang diisi %zu karakter", what, max,
				chars);
	return 0;
}

/* 1 if the fixed-size field f (size bytes) is terminated and equals one of
 * the NULL-terminated list. */
static int field_is(const char *f, size_t size, const char *const *list)
{
	if (!memchr(f, '\0', size))
		return 0;
	for (; *list; list++)
		if (!strcmp(f, *list))
			return 1;
	return 0;
}

int decimal_canonical(const char *s, char *out, size_t size)
{
	return s ? decimal_normalize(s, out, size) : -1;
}

int skp_text_check(const char *s, size_t max, int lines, const char *field, const char *what,
		   struct kerr *err)
{
	return text_check(s, max, lines, field, what, err);
}

/* ---- indicators (IKI) ---------------------------------------------------------- */

static const char *const aspects[] = { "kuantitas", "kualitas", "waktu", "biaya", NULL };
static const char *const directions[] = { "naik", "turun", NULL };
static const char *const approaches[] = { "kuantitatif", "kualitatif", NULL };

/* Normalises one target number into out (32 bytes); "" stays "". */
static int target_number(const char *in, size_t insize, char out[32], const char *field,
			 const char *what, struct kerr *err)
{
	out[0] = '\0';
	if (!memchr(in, '\0', insize))
		return kerr_set(err, KERR_INVALID, field, "%s terlalu panjang", what);
	if (blank(in))
		return 0;
	if (decimal_normalize(in, out, 32))
		return kerr_set(err, KERR_INVALID, field,
				"%s harus berupa angka, misalnya 95 atau 95,5 (tanpa pemisah ribuan)",
				what);
	return 0;
}

/* The target numbers: min (required when `need_min`), an optional max that
 * makes a range above min.  Fills the normalised forms. */
static int check_targets(const struct iki *k, int need_min, char min[32], char max[32],
			 struct kerr *err)
{
	if (target_number(k->target_min, sizeof k->target_min, min, "target_min", "Target", err) ||
	    target_number(k->target_max, sizeof k->target_max, max, "target_max",
			  "Batas atas rentang target", err))
		return -1;
	if (!min[0] && (need_min || max[0]))
		return kerr_set(err, KERR_INVALID, "target_min", "%s",
				max[0] ? "Batas bawah rentang target wajib diisi" :
				"Target wajib diisi dengan angka");
	if (!max[0])
		return 0;
	double lo = strtod(min, NULL), hi = strtod(max, NULL);
	if (hi < lo)
		return kerr_set(err, KERR_INVALID, "target_max",
				"Batas atas rentang target (%s) lebih kecil dari batas bawah (%s)",
				max, min);
	if (hi == lo)
		return kerr_set(err, KERR_INVALID, "target_max",
				"Rentang target kosong: batas atas sama dengan batas bawah; "
				"isi satu nilai target saja");
	return 0;
}

static int check_unit(const char *unit, size_t size, struct kerr *err)
{
	if (!memchr(unit, '\0', size))
		return kerr_set(err, KERR_INVALID, "unit_label", "Satuan paling banyak %zu byte",
				size - 1);
	if (blank(unit))
		return 0;
	return text_check(unit, size, 0, "unit_label", "Satuan", err);
}

int iki_validate(struct iki *k, const char *approach, struct kerr *err)
{
	char min[32], max[32];
	int words = approach && !strcmp(approach, "kualitatif");
	if (approach && *approach && !field_is(approach, strlen(approach) + 1, approaches))
		return kerr_set(err, KERR_INVALID, "approach",
				"Pendekatan SKP harus kuantitatif atau kualitatif");
	if (text_check(k->text, SKP_TEXT_MAX, 1, "text", "Uraian IKI", err))
		return -1;
	if (!field_is(k->aspect, sizeof k->aspect, aspects))
		return kerr_set(err, KERR_INVALID, "aspect",
				"Aspek IKI harus Kuantitas, Kualitas, Waktu, atau Biaya");
	if (words && text_check(k->target_text, SKP_TEXT_MAX, 1, "target_text",
				"Target kualitatif (uraian)", err))
		return -1;
	if (!words && !blank(k->target_text) &&
	    text_check(k->target_text, SKP_TEXT_MAX, 1, "target_text", "Uraian target", err))
		return -1;
	if (check_targets(k, !words, min, max, err) ||
	    check_unit(k->unit_label, sizeof k->unit_label, err))
		return -1;
	if (memchr(k->direction, '\0', sizeof k->direction) && !k->direction[0])
		copy_str(k->direction, sizeof k->direction, "naik");
	if (!field_is(k->direction, sizeof k->direction, directions))
		return kerr_set(err, KERR_INVALID, "direction",
				"Arah IKI harus naik (makin tinggi makin baik) atau "
				"turun (makin rendah makin baik)");
	memcpy(k->target_min, min, sizeof min);
	memcpy(k->target_max, max, sizeof max);
	return 0;
}

/* ---- results (RHK) --------------------------------------------------------------- */

static const char *const rhk_kinds[] = { "utama", "tambahan", NULL };
static const char *const perspectives[] = {
	"", "penerima_layanan", "proses_bisnis", "penguatan_internal", "anggaran", NULL,
};

int rhk_validate(const struct rhk *r, struct kerr *err)
{
	if (!field_is(r->kind, sizeof r->kind, rhk_kinds))
		return kerr_set(err, KERR_INVALID, "kind", "Jenis RHK harus Utama atau Tambahan");
	if (text_check(r->text, SKP_TEXT_MAX, 1, "text", "Uraian RHK", err))
		return -1;
	if (!field_is(r->perspective, sizeof r->perspective, perspectives))
		return kerr_set(err, KERR_INVALID, "perspective",
				"Perspektif harus Penerima Layanan, Proses Bisnis, "
				"Penguatan Internal, atau Anggaran");
	return 0;
}

/* ---- a complete SKP ------------------------------------------------------------------ */

/* An utama RHK's link: the superior's RHK, or a goal for a head of unit or
 * someone without a pejabat penilai. */
static int check_link(const struct rhk *r, size_t no, int is_head, int has_assessor,
		      struct kerr *err)
{
	int goal_ok = is_head || !has_assessor;
	if (r->parent_rhk_id || (r->goal_id && goal_ok))
		return 0;
	if (r->goal_id)
		return kerr_set(err, KERR_INVALID, "rhk",
				"RHK %zu harus menunjuk RHK atasan yang diintervensi, "
				"bukan sasaran organisasi", no);
	if (!has_assessor)
		return kerr_set(err, KERR_INVALID, "rhk",
				"RHK %zu belum menunjuk sasaran organisasi yang didukung", no);
	if (is_head)
		return kerr_set(err, KERR_INVALID, "rhk",
				"RHK %zu belum menunjuk RHK atasan yang diintervensi atau "
				"sasaran organisasi yang didukung", no);
	return kerr_set(err, KERR_INVALID, "rhk",
			"RHK %zu belum menunjuk RHK atasan yang diintervensi", no);
}

/* One RHK (number `no`): its own fields, its indicators, its link. */
static int check_rhk(const struct skp *s, const struct rhk *r, size_t no, int is_head,
		     int has_assessor, struct kerr *err)
{
	struct kerr sub = KERR_INIT;
	if (rhk_validate(r, &sub))
		return kerr_set(err, KERR_INVALID, "rhk", "RHK %zu: %s", no, sub.msg);
	if (!r->n_iki)
		return kerr_set(err, KERR_INVALID, "rhk", "RHK %zu belum memiliki IKI", no);
	for (size_t j = 0; j < r->n_iki; j++) {
		struct iki copy = r->iki[j];   /* validated, not normalised: s is const */
		if (iki_validate(&copy, s->approach, &sub))
			return kerr_set(err, KERR_INVALID, "rhk", "RHK %zu, IKI %zu: %s", no,
					j + 1, sub.msg);
	}
	if (!strcmp(r->kind, "utama"))
		return check_link(r, no, is_head, has_assessor, err);
	return 0;
}

int skp_check_complete(const struct skp *s, int is_head, int has_assessor, struct kerr *err)
{
	size_t n_utama = 0;
	if (s->approach[0] && !field_is(s->approach, sizeof s->approach, approaches))
		return kerr_set(err, KERR_INVALID, "approach",
				"Pendekatan SKP harus kuantitatif atau kualitatif");
	for (size_t i = 0; s->rhk && i < s->n_rhk; i++)
		n_utama += field_is(s->rhk[i].kind, sizeof s->rhk[i].kind,
				    (const char *const[]){ "utama", NULL });
	if (!n_utama)
		return kerr_set(err, KERR_INVALID, "rhk",
				"SKP belum memiliki RHK utama; tambahkan minimal satu RHK utama");
	for (size_t i = 0; i < s->n_rhk; i++)
		if (check_rhk(s, &s->rhk[i], i + 1, is_head, has_assessor, err))
			return -1;
	return 0;
}

int position_kind_is_head(const char *kind)
{
	static const char *const heads[] = {
		"jpt_utama", "jpt_madya", "jpt_pratama", "administrator", "pengawas",
	};
	for (size_t i = 0; kind && i < sizeof heads / sizeof heads[0]; i++)
		if (!strcasecmp(kind, heads[i]))
			return 1;
	return 0;
}
