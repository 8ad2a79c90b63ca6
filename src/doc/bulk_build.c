/*
 * bulk_build.c - the file of a bulk document job (see bulk_build.h): one
 * ZIP of PDFs (libzip, built in memory) or one PDF of many documents, and
 * the list of the people left out in either.
 */
#include "doc/bulk_build.h"
#include "doc/official.h"
#include "doc/pdf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zip.h>

#define MISSING_FILE "tidak-termasuk.txt"

void bulk_title(enum bulk_kind kind, const struct bulk_names *names, char *out, size_t size)
{
	char what[120];
	if (kind == BULK_SKP)
		snprintf(what, sizeof what, "SKP");
	else
		snprintf(what, sizeof what, "Dokumen Evaluasi Kinerja %s",
			 names->checkpoint[0] ? names->checkpoint : "Tahunan");
	snprintf(out, size, "%s — %s — %s", what, names->unit_name, names->period_name);
}

/* Draws one person's document into d; err names the person on failure. */
static int draw_one(struct db *db, enum bulk_kind kind, const struct bulk_item *it,
		    struct pdf_doc *d, struct kerr *err)
{
	char ignored[200];
	struct kerr e = KERR_INIT;
	int rc = kind == BULK_SKP
		? official_skp(db, it->skp_id, d, ignored, sizeof ignored, &e)
		: official_evaluation(db, it->assessment_id, d, ignored, sizeof ignored, &e);
	if (rc)
		return kerr_set(err, e.code ? e.code : KERR_IO, e.field, "Dokumen %s (NIP %s) tidak "
				"dapat dibuat: %s", it->name, it->nip, e.msg);
	return 0;
}

static int report(const struct bulk_build_in *in, int64_t done, int64_t total, struct kerr *err)
{
	if (in->progress && in->progress(in->ctx, done, total))
		return kerr_set(err, KERR_IO, "", "Pembuatan dokumen massal dihentikan");
	return 0;
}

static int64_t count_docs(const struct bulk_build_in *in)
{
	int64_t k = 0;
	for (size_t i = 0; i < in->n; i++)
		k += in->items[i].gap == BULK_GAP_NONE;
	return k;
}

static void missing_lines(const struct bulk_build_in *in, struct strbuf *out)
{
	struct strbuf rows = STRBUF_INIT;
	bulk_missing_text(in->items, in->n, &rows);
	strbuf_addf(out, "Tidak termasuk: %s\n\nNIP\tNama\tAlasan\n%s", in->title, rows.buf);
	strbuf_release(&rows);
}

/* ---- one ZIP of PDFs ------------------------------------------------------------------ */

/* What the entries of one archive share. */
struct zip_run {
	struct db *db;
	const struct bulk_build_in *in;
	struct kerr *err;
	int64_t done, total;
};

/* One person's PDF, drawn only when libzip reads the entry while it
 * writes the archive (zip_close), and freed as soon as it is written: one
 * document in memory at a time, however many the archive holds. */
struct lazy_pdf {
	struct zip_run *run;
	const struct bulk_item *it;
	struct strbuf bytes;
	size_t off;
	int counted;
	zip_error_t zerr;
};

static int zip_fail(zip_error_t *ze, struct kerr *err)
{
	return kerr_set(err, KERR_IO, "", "Berkas ZIP tidak dapat dibuat: %s", zip_error_strerror(ze));
}

/* The PDF of one person into bytes. */
static int render_pdf(struct db *db, enum bulk_kind kind, const struct bulk_item *it,
		      struct strbuf *bytes, struct kerr *err)
{
	struct pdf_doc *d = pdf_new(PDF_PORTRAIT, err);
	if (!d)
		return -1;
	int rc = draw_one(db, kind, it, d, err);
	if (!rc)
		rc = pdf_save(d, bytes, err);
	pdf_free(d);
	return rc;
}

static zip_int64_t lazy_opened(struct lazy_pdf *l)
{
	strbuf_reset(&l->bytes);
	l->off = 0;
	if (!render_pdf(l->run->db, l->run->in->kind, l->it, &l->bytes, l->run->err))
		return 0;
	zip_error_set(&l->zerr, ZIP_ER_READ, 0);
	return -1;
}

/* After an entry is written: count it once, report the progress. */
static zip_int64_t lazy_closed(struct lazy_pdf *l)
{
	strbuf_release(&l->bytes);
	if (l->counted)
		return 0;
	l->counted = 1;
	struct zip_run *run = l->run;
	if (bulk_report_due(++run->done, run->total) && report(run->in, run->done, run->total, run->err)) {
		zip_error_set(&l->zerr, ZIP_ER_CANCELLED, 0);
		return -1;
	}
	return 0;
}

static zip_int64_t lazy_source(void *ud, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
	struct lazy_pdf *l = ud;
	switch (cmd) {
	case ZIP_SOURCE_OPEN:
		return lazy_opened(l);
	case ZIP_SOURCE_READ: {
		size_t n = l->bytes.len - l->off < len ? l->bytes.len - l->off : (size_t)len;
		memcpy(data, l->bytes.buf + l->off, n);
		l->off += n;
		return (zip_int64_t)n;
	}
	case ZIP_SOURCE_CLOSE:
		return lazy_closed(l);
	case ZIP_SOURCE_STAT: {
		zip_stat_t *st = data;
		zip_stat_init(st);
		st->mtime = time(NULL);
		st->valid |= ZIP_STAT_MTIME;
		return sizeof *st;
	}
	case ZIP_SOURCE_ERROR:
		return zip_error_to_data(&l->zerr, data, len);
	case ZIP_SOURCE_FREE:
		strbuf_release(&l->bytes);
		zip_error_fini(&l->zerr);
		free(l);
		return 0;
	case ZIP_SOURCE_SUPPORTS:
		return ZIP_SOURCE_SUPPORTS_READABLE;
	default:
		zip_error_set(&l->zerr, ZIP_ER_OPNOTSUPP, 0);
		return -1;
	}
}

/* Adds source s as `name`, or as "name-2" ... when the name is taken;
 * frees s on failure. */
static int zip_put(zip_t *za, const char *name, zip_source_t *s, struct kerr *err)
{
	char unique[300];
	copy_str(unique, sizeof unique, name);
	for (int k = 2; zip_name_locate(za, unique, 0) >= 0; k++) {
		const char *dot = strrchr(name, '.');
		int stem = dot ? (int)(dot - name) : (int)strlen(name);
		snprintf(unique, sizeof unique, "%.*s-%d%s", stem, name, k, dot ? dot : "");
	}
	zip_int64_t idx = zip_file_add(za, unique, s, ZIP_FL_ENC_UTF_8);
	if (idx < 0) {
		zip_source_free(s);
		return zip_fail(zip_get_error(za), err);
	}
	/* the PDFs are compressed inside; the fastest deflate still saves a quarter */
	zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_DEFLATE, 1);
	return 0;
}

static int add_lazy(zip_t *za, struct zip_run *run, const struct bulk_item *it, struct kerr *err)
{
	struct lazy_pdf *l = xcalloc(1, sizeof *l);
	char name[300];
	l->run = run;
	l->it = it;
	strbuf_init(&l->bytes, 0);
	zip_error_init(&l->zerr);
	zip_source_t *s = zip_source_function(za, lazy_source, l);
	if (!s) {
		zip_error_fini(&l->zerr);
		free(l);
		return zip_fail(zip_get_error(za), err);
	}
	bulk_entry_name(it->nip, it->name, it->seq, name, sizeof name);
	return zip_put(za, name, s, err);
}

static int add_missing(zip_t *za, const struct bulk_build_in *in, struct kerr *err)
{
	struct strbuf text = STRBUF_INIT;
	missing_lines(in, &text);
	size_t len;
	char *data = strbuf_detach(&text, &len);
	zip_source_t *s = zip_source_buffer(za, data, len, 1);
	if (!s) {
		free(data);
		return zip_fail(zip_get_error(za), err);
	}
	return zip_put(za, MISSING_FILE, s, err);
}

/* Adds every entry to za and writes the archive (zip_close: the PDFs are
 * drawn then); za is gone afterwards either way. */
static int fill_zip(struct db *db, const struct bulk_build_in *in, zip_t *za, struct kerr *err)
{
	struct zip_run run = { db, in, err, 0, count_docs(in) };
	int rc = 0;
	for (size_t i = 0; !rc && i < in->n; i++)
		if (in->items[i].gap == BULK_GAP_NONE)
			rc = add_lazy(za, &run, &in->items[i], err);
	if (!rc && run.total < (int64_t)in->n)
		rc = add_missing(za, in, err);
	if (!rc && zip_close(za) == 0)
		return 0;
	if (!rc)   /* a document that failed has set err already; this keeps it */
		zip_fail(zip_get_error(za), err);
	zip_discard(za);
	return -1;
}

/* Copies the bytes of a closed buffer source to out. */
static int copy_source(zip_source_t *src, struct strbuf *out, struct kerr *err)
{
	zip_stat_t st;
	if (zip_source_stat(src, &st) < 0 || zip_source_open(src) < 0)
		return zip_fail(zip_source_error(src), err);
	strbuf_grow(out, (size_t)st.size);
	char chunk[65536];
	zip_int64_t got;
	while ((got = zip_source_read(src, chunk, sizeof chunk)) > 0)
		strbuf_add(out, chunk, (size_t)got);
	zip_source_close(src);
	return got < 0 ? zip_fail(zip_source_error(src), err) : 0;
}

static int build_zip(struct db *db, const struct bulk_build_in *in, struct strbuf *out,
		     struct kerr *err)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
	if (!src)
		return zip_fail(&ze, err);
	zip_source_keep(src);
	zip_t *za = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
	if (!za) {
		zip_source_free(src);
		zip_source_free(src);
		return zip_fail(&ze, err);
	}
	int rc = fill_zip(db, in, za, err);
	if (!rc)
		rc = copy_source(src, out, err);
	zip_source_free(src);
	return rc;
}

static int build_zip_file(struct db *db, const struct bulk_build_in *in, const char *path,
			  struct kerr *err)
{
	int code = 0;
	zip_t *za = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code);
	if (!za) {
		zip_error_t ze;
		zip_error_init_with_code(&ze, code);
		int rc = zip_fail(&ze, err);
		zip_error_fini(&ze);
		return rc;
	}
	return fill_zip(db, in, za, err);
}

/* ---- one PDF of every document ---------------------------------------------------------- */

/* The last document of the PDF: who is left out and why. */
static void missing_page(struct pdf_doc *d, const struct bulk_build_in *in)
{
	char line[600];
	pdf_document_begin(d);
	pdf_page(d);
	pdf_para(d, "Pegawai yang tidak termasuk", PDF_BOLD, 14, PDF_CENTER);
	pdf_para(d, in->title, PDF_REGULAR, 10, PDF_CENTER);
	pdf_space(d, 12);
	for (size_t i = 0, k = 0; i < in->n; i++) {
		const struct bulk_item *it = &in->items[i];
		if (it->gap == BULK_GAP_NONE)
			continue;
		snprintf(line, sizeof line, "%zu. %s — NIP %s — %s", ++k, it->name, it->nip,
			 bulk_gap_text(it->gap));
		pdf_para(d, line, PDF_REGULAR, 10, PDF_LEFT);
	}
}

static int build_pdf(struct db *db, const struct bulk_build_in *in, struct strbuf *out,
		     struct kerr *err)
{
	struct pdf_doc *d = pdf_new(PDF_PORTRAIT, err);
	if (!d)
		return -1;
	int64_t total = count_docs(in), done = 0;
	int rc = 0;
	for (size_t i = 0; !rc && i < in->n; i++) {
		if (in->items[i].gap != BULK_GAP_NONE)
			continue;
		rc = draw_one(db, in->kind, &in->items[i], d, err);
		if (!rc && bulk_report_due(++done, total))
			rc = report(in, done, total, err);
	}
	if (!rc && done < (int64_t)in->n)
		missing_page(d, in);
	if (!rc)
		rc = pdf_save(d, out, err);
	pdf_free(d);
	return rc;
}

int bulk_build(struct db *db, const struct bulk_build_in *in, struct strbuf *out,
	       struct kerr *err)
{
	size_t before = out->len;
	int rc = in->format == BULK_PDF ? build_pdf(db, in, out, err) : build_zip(db, in, out, err);
	if (rc && out->len > before) {
		out->len = before;
		out->buf[before] = '\0';
	}
	return rc;
}

int bulk_build_file(struct db *db, const struct bulk_build_in *in, const char *path,
		    struct kerr *err)
{
	if (in->format == BULK_ZIP)
		return build_zip_file(db, in, path, err);
	struct strbuf bytes = STRBUF_INIT;
	int rc = build_pdf(db, in, &bytes, err);
	FILE *f = rc ? NULL : fopen(path, "wb");
	if (!rc && (!f || fwrite(bytes.buf, 1, bytes.len, f) != bytes.len))
		rc = kerr_set(err, KERR_IO, "", "Berkas %s tidak dapat ditulis", path);
	if (f && fclose(f) && !rc)
		rc = kerr_set(err, KERR_IO, "", "Berkas %s tidak dapat ditulis", path);
	strbuf_release(&bytes);
	return rc;
}
