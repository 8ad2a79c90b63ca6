/*
 * api_recognition.h - shared by the recognition and credit-point API
 * files: the JSON shapes (ranking, own standing, nomination, credit
 * lines) and the handlers the route table in api_recognition.c points at
 * but that live in api_recognition_nomination.c and
 * api_recognition_credit.c.
 */
#ifndef KINERJA_API_RECOGNITION_H
#define KINERJA_API_RECOGNITION_H

#include <jansson.h>

#include "store/recognition.h"

struct req;

/* {"kode", "label"} of every criterion of the chain. */
json_t *tiebreak_chain_json(const struct tiebreak_chain *c);
json_t *nomination_to_json(const struct nomination *n, unsigned roles);
/* A percentage in hundredths as a JSON number (97.5), null when unset. */
json_t *hundredths_json(int has, int64_t v);

int api_nomination_list(struct req *r);
int api_nomination_create(struct req *r);
int api_nomination_get(struct req *r);
int api_nomination_decide(struct req *r);
int api_nomination_certificate(struct req *r);

int api_credit_tables_get(struct req *r);
int api_credit_tables_put(struct req *r);
int api_credit_list(struct req *r);
int api_credit_statement(struct req *r);
int api_credit_statement_pdf(struct req *r);

#endif
