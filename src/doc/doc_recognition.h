/*
 * doc_recognition.h - the documents of recognition and credit points
 * from stored data, for the pages, the API and the command line alike:
 * the certificate of an approved nomination and the annual credit-point
 * statement of one employee (doc.h draws them).
 */
#ifndef KINERJA_DOC_RECOGNITION_H
#define KINERJA_DOC_RECOGNITION_H

#include "store/recognition.h"

/* The certificate of nomination n (KERR_CONFLICT "status" unless it is
 * approved) appended to out; its file name ("piagam-NIP-2026.pdf") in
 * filename. */
int doc_nomination_certificate(struct db *db, const struct nomination *n, struct strbuf *out,
			       char *filename, size_t size, struct kerr *err);

/* The statement of employee e from the lines of c (the employee's)
 * appended to out, with its file name. */
int doc_credit_pdf(struct db *db, const struct employee *e, const struct credit_list *c,
		   struct strbuf *out, char *filename, size_t size, struct kerr *err);

/* "3 Desember 2026" for a unix time (WIB). */
void doc_date_id(int64_t unix_secs, char *out, size_t size);
/* "19660801 198803 1 001" for an 18-digit NIP; anything else as is. */
void doc_nip(const char *nip, char *out, size_t size);
/* The months of an SKP in words: "Januari - Desember (12 bulan)". */
void doc_months(int from, int to, char *out, size_t size);
/* The city an instansi is named after ("Pemerintah Kota Surabaya":
 * "Surabaya"); "Surabaya" when it names none. */
void doc_place_of(const char *instansi, char *out, size_t size);

#endif
