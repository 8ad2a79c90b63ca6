/*
 * ui_objection.h - the objection (keberatan) pages: what other pages show
 * of them (the section of the explanation page, the home page card), and
 * the declarations private to the objection page files: ui_objection.c
 * (the route table, the lists, filing, the deadline setting),
 * ui_objection_case.c (one case and its forms) and ui_objection_parts.c
 * (the pieces they share).
 */
#ifndef KINERJA_UI_OBJECTION_H
#define KINERJA_UI_OBJECTION_H

#include "http/assess_access.h"
#include "http/objection_access.h"

struct req;
struct skp_monitor;

/* ---- for other pages (ui_objection_parts.c) ------------------------------------------------ */

/* The "Keberatan" section of /skp/{id}/penjelasan: for every ditetapkan
 * assessment among a[0..n), headed by its name (the checkpoint from m),
 * its case (the ratings at filing, the decision and the new ratings, with
 * times, a link to the case) or, for the employee, the form to file one
 * with its last day, or a sentence that the time has passed. */
void objection_explain_section(struct req *r, const struct assess_ctx *c,
			       const struct assessment *a, size_t n, const struct skp_monitor *m);
/* The home page card: the cases waiting for the user (to ask for an
 * explanation or decide, to explain); nothing when none. */
void objection_home_card(struct req *r);

/* ---- shared by the objection pages ---------------------------------------------------------- */

/* The alert of a ?pesan= code of these pages, if it is one. */
void objection_notice(struct req *r);
void objection_state_badge(struct req *r, enum objection_state s);
/* "Periodik Triwulan I · Tahun 2026" as plain text into out. */
void objection_title(const struct objection *o, char *out, size_t size);
/* Three badges: hasil kerja, perilaku kerja, predicate, labelled. */
void objection_ratings(struct req *r, enum rating hasil, enum rating perilaku,
		       enum predicate p);
/* The filing form for assessment `assessment_id`, with its last day;
 * `reasons` (may be NULL) refills the text after a refusal in err. */
void objection_filing_form(struct req *r, int64_t assessment_id, int64_t last_day,
			   const char *reasons, const struct kerr *err);
/* A textarea named `name` (id "f-NAME-KEY"), marked invalid with the
 * message when err is on that field. */
void objection_textarea(struct req *r, const char *name, int64_t key, const char *label,
			const char *value, int rows, const struct kerr *err);

/* ---- handlers (ui_objection_case.c) --------------------------------------------------------- */

int page_objection_case(struct req *r);
int page_objection_attach(struct req *r);
int page_objection_ask(struct req *r);
int page_objection_explain(struct req *r);
int page_objection_decide(struct req *r);

#endif
