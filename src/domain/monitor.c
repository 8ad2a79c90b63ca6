/*
 * monitor.c - the pure rules of monitoring: checking a realisasi, the file
 * types and links evidence may be, safe file names, and the achievement
 * of an SKP at a checkpoint (see monitor.h).
 */
#include "domain/monitor.h"
#include "domain/assess.h"
#include "core/strbuf.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- realisasi ------------------------------------------------------------------ */

void realisasi_release(struct realisasi *x)
{
	free(x->description);
	free(x->note);
	x->description = x->note = NULL;
}

const struct realisasi *realisasi_find(const struct realisasi *rs, size_t n, int64_t iki_id,
				       int64_t checkpoint_id)
{
	for (size_t i = 0; i < n; i++)
		if (rs[i].iki_id == iki_id && rs[i].checkpoint_id == checkpoint_id)
			return &rs[i];
	return NULL;
}

static int blank(const char *s)
{
	return !s || s[strspn(s, " \t\r\n")] == '\0';
}

/* The value as a non-negative number in canonical form, or "" when blank. */
static int check_value(const char *in, int required, char value[32], struct kerr *err)
{
	value[0] = '\0';
	if (blank(in))
		return required ? kerr_set(err, KERR_INVALID, "value",
					   "Realisasi wajib diisi dengan angka") : 0;
	if (strlen(in) > 40 || decimal_canonical(in, value, 32))
		return kerr_set(err, KERR_INVALID, "value",
				"Realisasi harus berupa angka, misalnya 95 atau 95,5 "
				"(tanpa pemisah ribuan)");
	if (value[0] == '-')
		return kerr_set(err, KERR_INVALID, "value", "Realisasi tidak boleh negatif (%s)",
				value);
	return 0;
}

int realisasi_validate(const char *approach, const char *value_in, const char *description,
		       const char *note, char value[32], struct kerr *err)
{
	int words = approach && !strcmp(approach, "kualitatif");
	if (check_value(value_in, !words, value, err))
		return -1;
	if (words || !blank(description))
		if (skp_text_check(description, SKP_TEXT_MAX, 1, "description",
				   "Uraian realisasi", err))
			return -1;
	if (!blank(note) &&
	    skp_text_check(note, SKP_TEXT_MAX, 1, "note", "Catatan realisasi", err))
		return -1;
	return 0;
}

/* ---- evidence ------------------------------------------------------------------- */

const char *evidence_kind_name(enum evidence_kind k)
{
	return k == EVIDENCE_LINK ? "tautan" : "berkas";
}

int evidence_kind_parse(const char *name, enum evidence_kind *out)
{
	if (name && !strcmp(name, "berkas"))
		*out = EVIDENCE_FILE;
	else if (name && !strcmp(name, "tautan"))
		*out = EVIDENCE_LINK;
	else
		return -1;
	return 0;
}

void evidence_release(struct evidence *e)
{
	free(e->name);
	free(e->url);
	e->name = e->url = NULL;
}

/* DOC and XLS are left out: libmagic names many old Office files only as
 * "application/CDFV2", so their content cannot be told apart reliably. */
static const struct evidence_type types[] = {
	{ "pdf", "application/pdf", "PDF" },
	{ "png", "image/png", "PNG" },
	{ "jpg", "image/jpeg", "JPEG" },
	{ "jpeg", "image/jpeg", "JPEG" },
	{ "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	  "DOCX" },
	{ "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX" },
	{ "odt", "application/vnd.oasis.opendocument.text", "ODT" },
	{ "ods", "application/vnd.oasis.opendocument.spreadsheet", "ODS" },
};

const struct evidence_type *evidence_type_of(const char *filename)
{
	const char *dot = filename ? strrchr(filename, '.') : NULL;
	if (!dot || !dot[1])
		return NULL;
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (!strcasecmp(dot + 1, types[i].ext))
			return &types[i];
	return NULL;
}

const struct evidence_type *evidence_type_by_mime(const char *mime)
{
	for (size_t i = 0; mime && i < sizeof types / sizeof types[0]; i++)
		if (!strcmp(mime, types[i].mime))
			return &types[i];
	return NULL;
}

const char *evidence_types_text(void)
{
	return "PDF, PNG, JPEG, DOCX, XLSX, ODT, atau ODS";
}

void evidence_clean_name(const char *in, char *out, size_t size)
{
	const char *base = in ? in : "";
	for (const char *p = base; *p; p++)
		if (*p == '/' || *p == '\\')
			base = p + 1;
	base += strspn(base, " \t");
	size_t len = strlen(base);
	while (len && strchr(" \t\r\n", base[len - 1]))
		len--;
	if (!len) {
		copy_str(out, size, "berkas");
		return;
	}
	char *tmp = xstrndup(base, len);
	copy_str(out, size, tmp);
	free(tmp);
}

/* The extension of a name for a message: ".exe", or "(tanpa ekstensi)". */
static const char *ext_text(const char *name)
{
	const char *dot = strrchr(name, '.');
	return dot && dot[1] && strlen(dot) <= 16 ? dot : "(tanpa ekstensi)";
}

int evidence_file_check(const char *name, size_t len, const char *detected,
			const struct evidence_type **type, struct kerr *err)
{
	if (skp_text_check(name, EVIDENCE_NAME_MAX, 0, "file", "Nama berkas", err))
		return -1;
	if (!len)
		return kerr_set(err, KERR_INVALID, "file", "Berkas %s kosong", name);
	if (len > EVIDENCE_FILE_MAX)
		return kerr_set(err, KERR_TOO_LARGE, "file",
				"Berkas %s berukuran %zu,%zu MiB; paling besar %u MiB", name,
				len >> 20, ((len & ((1u << 20) - 1)) * 10) >> 20,
				EVIDENCE_FILE_MAX >> 20);
	*type = evidence_type_of(name);
	if (!*type)
		return kerr_set(err, KERR_INVALID, "file",
				"Jenis berkas %s tidak diizinkan; gunakan %s", ext_text(name),
				evidence_types_text());
	if (!detected || strcmp(detected, (*type)->mime))
		return kerr_set(err, KERR_INVALID, "file",
				"Isi berkas %s bukan %s sebagaimana ekstensinya (terdeteksi: %s)",
				name, (*type)->label, detected ? detected : "tidak dikenal");
	return 0;
}

/* The part after "http://" or "https://" (any case), or NULL. */
static const char *after_scheme(const char *url)
{
	if (!strncasecmp(url, "http://", 7))
		return url + 7;
	if (!strncasecmp(url, "https://", 8))
		return url + 8;
	return NULL;
}

int evidence_link_check(const char *url, const char *title, struct kerr *err)
{
	const char *host = url ? after_scheme(url) : NULL;
	if (blank(url))
		return kerr_set(err, KERR_INVALID, "url", "Tautan wajib diisi");
	if (!host)
		return kerr_set(err, KERR_INVALID, "url",
				"Tautan harus alamat web yang diawali http:// atau https://");
	if (strlen(url) > EVIDENCE_URL_MAX)
		return kerr_set(err, KERR_INVALID, "url", "Tautan paling panjang %d karakter",
				EVIDENCE_URL_MAX);
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		if (*p <= ' ' || *p >= 0x7f || strchr("\"<>\\`", *p))
			return kerr_set(err, KERR_INVALID, "url",
					"Tautan tidak boleh berisi spasi, tanda kutip, < > atau "
					"huruf di luar ASCII (gunakan alamat yang disalin dari peramban)");
	if (!*host || strchr("/?#@:", *host))
		return kerr_set(err, KERR_INVALID, "url", "Tautan harus menyebut nama situs");
	return skp_text_check(title, EVIDENCE_NAME_MAX, 0, "title", "Judul tautan", err);
}

void evidence_ascii_name(const char *name, char *out, size_t size)
{
	size_t o = 0;
	if (!size)
		return;
	for (const unsigned char *p = (const unsigned char *)name; *p && o + 1 < size; p++) {
		if ((*p & 0xC0) == 0x80)
			continue;   /* one '_' per non-ASCII character */
		int ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			 (*p >= '0' && *p <= '9') || *p == '.' || *p == '-' || *p == '_';
		out[o++] = ok ? (char)*p : '_';
	}
	out[o] = '\0';
	if (!o || out[0] == '.')
		copy_str(out, size, "bukti");
}

/* ---- achievement --------------------------------------------------------------------- */

/* The achievement of one kuantitatif IKI from its realisasi. */
static struct pct iki_pct(const struct iki *k, const struct realisasi *x)
{
	struct pct p = { 0, 0 };
	double v, lo, hi;
	struct kerr ignored = KERR_INIT;
	if (!x || !x->value[0] || decimal_parse(x->value, &v) ||
	    decimal_parse(k->target_min, &lo))
		return p;
	if (!k->target_max[0])
		hi = lo;
	else if (decimal_parse(k->target_max, &hi))
		return p;
	p.set = achievement_pct(v, lo, hi, k->direction, &p.value, &ignored) == 0;
	return p;
}

/* The mean of the set percentages among ps[0..n). */
static struct pct mean_of(const double *vals, size_t n)
{
	struct pct p = { 0, 0 };
	p.set = n && achievement_mean(vals, n, &p.value) == 0;
	return p;
}

static void rhk_compute(const struct rhk *k, int numeric, const struct realisasi *rs,
			size_t n, int64_t cp, struct rhk_capaian *out, size_t *recorded)
{
	double *vals = xcalloc(k->n_iki + 1, sizeof *vals);
	size_t nv = 0;
	out->n_iki = k->n_iki;
	out->iki = xcalloc(k->n_iki + 1, sizeof *out->iki);
	for (size_t j = 0; j < k->n_iki; j++) {
		const struct realisasi *x = realisasi_find(rs, n, k->iki[j].id, cp);
		*recorded += x != NULL;
		if (numeric)
			out->iki[j] = iki_pct(&k->iki[j], x);
		if (out->iki[j].set)
			vals[nv++] = out->iki[j].value;
	}
	out->pct = mean_of(vals, nv);
	free(vals);
}

void skp_capaian_compute(const struct skp *s, const struct realisasi *rs, size_t n,
			 int64_t checkpoint_id, struct skp_capaian *out)
{
	int numeric = strcmp(s->approach, "kualitatif") != 0;
	double *vals = xcalloc(s->n_rhk + 1, sizeof *vals);
	size_t nv = 0;
	memset(out, 0, sizeof *out);
	out->n_rhk = s->n_rhk;
	out->rhk = xcalloc(s->n_rhk + 1, sizeof *out->rhk);
	for (size_t i = 0; i < s->n_rhk; i++) {
		const struct rhk *k = &s->rhk[i];
		rhk_compute(k, numeric, rs, n, checkpoint_id, &out->rhk[i], &out->iki_recorded);
		out->iki_total += k->n_iki;
		if (!strcmp(k->kind, "utama") && out->rhk[i].pct.set)
			vals[nv++] = out->rhk[i].pct.value;
	}
	out->pct = mean_of(vals, nv);
	free(vals);
}

void skp_capaian_release(struct skp_capaian *c)
{
	for (size_t i = 0; c->rhk && i < c->n_rhk; i++)
		free(c->rhk[i].iki);
	free(c->rhk);
	memset(c, 0, sizeof *c);
}
