/*
 * ui_recognition.h - shared by the recognition and credit-point pages:
 * small display pieces and the handlers the route table in
 * ui_recognition.c points at but that live in ui_recognition_nomination.c
 * (nominations) and ui_recognition_credit.c (credit points).
 */
#ifndef KINERJA_UI_RECOGNITION_H
#define KINERJA_UI_RECOGNITION_H

#include "store/recognition.h"

struct req;

/* A Bootstrap badge for a nomination's state. */
void nomination_badge(struct req *r, enum nomination_state s);
/* A table of nominations with links to each. */
void nomination_table(struct req *r, const struct nomination *v, size_t n);
/* "97,50%" for hundredths of a percent, "-" when unset. */
void rec_pct_text(int has, int64_t hundredths, char *out, size_t size);

int page_nomination_new(struct req *r);
int page_nomination_create(struct req *r);
int page_nomination(struct req *r);
int page_nomination_decide(struct req *r);
int page_nomination_certificate(struct req *r);

int page_credit_list(struct req *r);
int page_credit_statement(struct req *r);
int page_credit_pdf(struct req *r);
int page_credit_tables(struct req *r);
int page_credit_tables_save(struct req *r);

#endif
