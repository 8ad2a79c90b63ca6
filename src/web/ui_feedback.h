/*
 * ui_feedback.h - the pieces of continuous feedback that other pages show:
 * the "Umpan balik baru" card of the home page and the link from an SKP's
 * page to its feedback (ui_feedback_home.c), and the short texts both
 * that card and the feedback page use.  The feedback page itself is
 * ui_feedback.c.
 */
#ifndef KINERJA_UI_FEEDBACK_H
#define KINERJA_UI_FEEDBACK_H

#include <stddef.h>
#include <stdint.h>

#include "domain/skp.h"

struct req;
struct strbuf;

/* The card listing up to five messages the user has not read yet (from
 * their superior, and replies waiting for them as a superior), each
 * linking to its thread; nothing when there are none. */
void feedback_home_card(struct req *r);
/* A button to the SKP's feedback page with the viewer's unread count;
 * nothing before the SKP was first approved (no feedback yet). */
void feedback_skp_link(struct req *r, const struct skp *s, enum skp_role role);

/* Appends at most `max` bytes of `text` (cut between characters, with
 * "…" when cut) to sb, as plain text. */
void feedback_excerpt(struct strbuf *sb, const char *text, size_t max);
/* Appends what a thread is about, as plain text: "RHK “…”" or
 * "perilaku Berorientasi Pelayanan". */
void feedback_target_text(struct strbuf *sb, int64_t rhk_id, const char *rhk_text,
			  const char *value_code);

#endif
