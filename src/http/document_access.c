/*
 * document_access.c - the checks before an official document is drawn,
 * and the reply with its PDF (see document_access.h).
 */
#include "http/document_access.h"
#include "http/assess_access.h"
#include "http/objection_access.h"
#include "http/recognition_access.h"
#include "http/request.h"
#include "http/skp_access.h"
#include "http/tpp_access.h"
#include "doc/doc_recognition.h"
#include "doc/official.h"
#include "doc/pdf.h"
#include "store/document.h"

#include <stdlib.h>
#include <string.h>

static int may_skp(struct req *r, int64_t id, struct kerr *err)
{
	struct skp s;
	if (store_skp_get(r->db, id, &s, err))
		return -1;
	int ok = may_read_skp(r, &s);
	skp_release(&s);
	return ok ? 0 : kerr_set(err, KERR_FORBIDDEN, "", "Anda tidak berhak melihat SKP ini");
}

static int may_assessment(struct req *r, int64_t id, struct kerr *err)
{
	struct assess_ctx c;
	struct assessment *all = NULL;
	size_t n = 0;
	int64_t skp_id = 0;
	if (store_assessment_skp(r->db, id, &skp_id, err) || assess_ctx_load(r, skp_id, &c, err))
		return -1;
	int rc = store_assessment_list(r->db, skp_id, &all, &n, err), seen = 0;
	for (size_t i = 0; !rc && i < n; i++)
		if (all[i].id == id)
			seen = assess_visible(&c, &all[i]);
	if (!rc && !seen)
		rc = kerr_set(err, KERR_NOT_FOUND, "penilaian", "Penilaian #%lld belum ditetapkan",
			      (long long)id);
	assessments_free(all, n);
	assess_ctx_release(&c);
	return rc;
}

static int may_objection(struct req *r, int64_t id, struct kerr *err)
{
	struct objection o;
	unsigned roles = 0;
	if (objection_load(r, id, &o, &roles, err))
		return -1;
	objection_release(&o);
	return 0;
}

static int may_tpp(struct req *r, int64_t id, struct kerr *err)
{
	struct tpp_item it;
	struct tpp_run run;
	if (tpp_item_load(r, id, &it, &run, err))
		return -1;
	tpp_item_release(&it);
	return 0;
}

typedef int (*draw_fn)(struct db *db, int64_t id, struct pdf_doc *d, char *filename,
		       size_t size, struct kerr *err);

static const struct {
	int (*may)(struct req *r, int64_t id, struct kerr *err);
	draw_fn draw;
} kinds[] = {
	[DOC_SKP] = { may_skp, official_skp },
	[DOC_EVALUASI] = { may_assessment, official_evaluation },
	[DOC_KEBERATAN] = { may_objection, official_objection },
	[DOC_TPP] = { may_tpp, official_tpp },
};

/* Replies with the PDF drawn into r->out (rc 0), or with the error. */
static int reply_drawn(struct req *r, int rc, const char *filename, struct kerr *err)
{
	if (rc) {
		strbuf_reset(&r->out);
		return reply_error(r, err);
	}
	return reply_download(r, "application/pdf", filename);
}

int reply_document(struct req *r, enum document_kind kind, int64_t id)
{
	struct kerr err = KERR_INIT;
	char filename[160];
	struct pdf_doc *d = NULL;
	if ((unsigned)kind >= sizeof kinds / sizeof kinds[0])
		return reply_fail(r, KERR_NOT_FOUND, "", "Dokumen tidak dikenal");
	int rc = kinds[kind].may(r, id, &err);
	if (!rc)
		rc = !(d = pdf_new(PDF_PORTRAIT, &err)) ||
		     kinds[kind].draw(r->db, id, d, filename, sizeof filename, &err);
	strbuf_reset(&r->out);
	if (!rc)
		rc = pdf_save(d, &r->out, &err);
	pdf_free(d);
	return reply_drawn(r, rc, filename, &err);
}

int reply_credit_statement(struct req *r, int64_t employee_id)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	struct period p;
	struct credit_list c;
	char filename[128];
	if (!credit_may_read(r, employee_id, &e, &err) || rec_period_of_query(r, &p, &err) ||
	    store_credit_list(r->db, p.id, 0, e.id, &c, &err))
		return reply_error(r, &err);
	strbuf_reset(&r->out);
	int rc = doc_credit_pdf(r->db, &e, &c, &r->out, filename, sizeof filename, &err);
	credit_list_release(&c);
	return reply_drawn(r, rc, filename, &err);
}

int reply_nomination_certificate(struct req *r, int64_t id)
{
	struct kerr err = KERR_INIT;
	struct nomination n;
	unsigned roles = 0;
	char filename[128];
	if (rec_nomination_load(r, id, &n, &roles, &err))
		return reply_error(r, &err);
	strbuf_reset(&r->out);
	int rc = doc_nomination_certificate(r->db, &n, &r->out, filename, sizeof filename, &err);
	nomination_release(&n);
	return reply_drawn(r, rc, filename, &err);
}

int reply_document_logo(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct document_logo info;
	void *data = NULL;
	size_t len = 0;
	int got = store_document_logo_info(r->db, &info, &err);
	if (got == 1)
		got = store_document_logo_data(r->db, &data, &len, &err);
	if (got < 0)
		return reply_error(r, &err);
	if (!got)
		return reply_fail(r, KERR_NOT_FOUND, "logo", "Belum ada logo yang dipasang");
	/* the reply keeps the type's pointer: a literal, not the stack's copy */
	int png = !strcmp(info.content_type, "image/png");
	return reply_file(r, png ? "image/png" : "image/jpeg", png ? "logo.png" : "logo.jpg", data,
			  len);
}
