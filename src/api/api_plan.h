/*
 * api_plan.h - private to api_plan.c and api_plan_json.c: the JSON shapes of
 * planning data and the readers of planning request bodies.
 */
#ifndef KINERJA_API_PLAN_H
#define KINERJA_API_PLAN_H

#include <jansson.h>

#include "domain/skp.h"
#include "store/plan.h"

struct req;

#define TEXT_BUF (SKP_TEXT_MAX * 4 + 1)   /* SKP_TEXT_MAX characters of UTF-8 */

json_t *period_to_json(const struct period *p);
json_t *checkpoint_to_json(const struct checkpoint *c);
json_t *goal_to_json(const struct goal *g);
json_t *skp_summary_to_json(const struct skp_summary *s);
json_t *iki_to_json(const struct iki *k);
json_t *rhk_to_json(const struct rhk *r);
json_t *skp_content_to_json(const struct skp *s);
json_t *person_to_json(const struct employee *e);
json_t *skp_event_to_json(const struct skp_event *e);
json_t *cascade_to_json(const struct cascade *c);
const char *attachment_json_key(enum attachment_kind k);
int attachment_json_parse(const char *s, enum attachment_kind *out);
int period_read(json_t *body, struct period *p, struct kerr *err);
int skp_header_read(json_t *body, struct skp *s, const char *const *extra, struct kerr *err);
int skp_update_read(json_t *body, struct skp *s, struct kerr *err);
int rhk_read(json_t *body, struct rhk *rk, char *text, size_t size, int creating,
	     struct kerr *err);
int iki_read(json_t *body, struct iki *k, char *text, char *target_text, size_t size,
	     int creating, struct kerr *err);
int value_code_read(const char *code, int *out, struct kerr *err);
int skp_act_read(json_t *body, enum skp_action *action, char *note, size_t size,
		 int64_t *version, struct kerr *err);
int hand_down_read(json_t *body, int64_t **ids, size_t *n, struct kerr *err);
void plan_rename_field(struct kerr *err);

/* Replies with an error, the store's field names renamed to the API's. */
int reply_plan_error(struct req *r, struct kerr *err);
/* The period from the query parameter `periode`, else the current one;
 * 0 in *id (no error) when there is none at all. */
int period_from_query(struct req *r, int64_t *id, struct kerr *err);

#endif
