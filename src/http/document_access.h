/*
 * document_access.h - who may download which official document, shared by
 * the pages (web/ui_document.c) and the API (api/api_document.c): each
 * document is readable by exactly those who read the page of its object,
 * through that object's access helper:
 *
 *   - the SKP: whoever may read the SKP (skp_access.h: the employee, the
 *     pejabat penilai and superiors up the chain, the pengelola of the
 *     unit, auditors, administrators);
 *   - the Dokumen Evaluasi of an assessment: the readers of its SKP
 *     (assess_access.h), a draft assessment only to its pejabat penilai
 *     (anybody else: 404, as if there were none);
 *   - the Keputusan atas Keberatan: the readers of the case
 *     (objection_access.h), once it is decided (else 409 "status");
 *   - the Rincian TPP: the employee and the readers of the whole run
 *     (tpp_access.h), never another employee;
 *   - the Pernyataan Angka Kredit and the Piagam Penghargaan: the readers
 *     of the statement and of the nomination (recognition_access.h).
 *
 * reply_document loads, checks, draws and replies with the PDF as an
 * attachment, or with the error (JSON on the API, a page elsewhere).
 */
#ifndef KINERJA_DOCUMENT_ACCESS_H
#define KINERJA_DOCUMENT_ACCESS_H

#include <stdint.h>

struct req;

enum document_kind { DOC_SKP, DOC_EVALUASI, DOC_KEBERATAN, DOC_TPP };

/* Replies with document `kind` of object `id` (the SKP, the assessment,
 * the objection, the TPP run item).  Returns 0. */
int reply_document(struct req *r, enum document_kind kind, int64_t id);

/* Replies with the credit-point statement of employee `employee_id` in
 * the period of ?periode= (credit_may_read, recognition_access.h), or
 * with the error.  Returns 0. */
int reply_credit_statement(struct req *r, int64_t employee_id);
/* Replies with the certificate (piagam) of nomination `id`, for those who
 * may read the nomination (rec_nomination_load), or with the error.
 * Returns 0. */
int reply_nomination_certificate(struct req *r, int64_t id);

/* Replies with the stored logo's bytes (404 when none).  Returns 0. */
int reply_document_logo(struct req *r);

#endif
