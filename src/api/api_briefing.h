/*
 * api_briefing.h - private to the briefing (sosialisasi) API files
 * (api_briefing.c: reading, HR's changes and the route table;
 * api_briefing_acts.c: what the employee does, coverage, reminders and
 * the criteria setting; api_briefing_json.c: the JSON shapes).
 */
#ifndef KINERJA_API_BRIEFING_H
#define KINERJA_API_BRIEFING_H

#include <jansson.h>

#include "http/briefing_access.h"

struct req;

/* One line of a list: no text, quiz or attachments. */
json_t *guide_summary_json(const struct guide *g);
/* The whole guide as the caller sees it: the text (markup and HTML), the
 * quiz (the right answers only for those who manage it), attachments,
 * the caller's own status when addressed (st), "aksi_tersedia". */
json_t *guide_to_json(const struct guide *g, unsigned roles, const struct guide_status *st,
		      int criteria);
/* The employee's status word: "belum_dibaca", "dibaca", "diketahui". */
const char *guide_status_word(const struct guide *g, const struct guide_status *st);
json_t *guide_status_json(const struct guide *g, const struct guide_status *st);
json_t *guide_attachment_to_json(const struct guide_attachment *a);
/* {dituju, dibuka, diketahui, persen} */
json_t *guide_coverage_json(const struct guide_coverage *c);
json_t *guide_grade_json(const struct briefing_grade *g);

/* Replies with the guide as the caller sees it (status `status`). */
int reply_guide(struct req *r, int64_t id, int status);

/* Handlers of api_briefing_acts.c. */
int api_guide_answer(struct req *r);
int api_guide_ack(struct req *r);
int api_guide_coverage(struct req *r);
int api_guide_remind(struct req *r);
int api_guide_criteria_get(struct req *r);
int api_guide_criteria_put(struct req *r);

#endif
