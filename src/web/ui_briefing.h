/*
 * ui_briefing.h - the briefing (sosialisasi) pages: what other pages show
 * of them (the home page card of guides waiting for the employee, the
 * link to the criteria guide on the assessment pages), and the
 * declarations private to the briefing page files: ui_briefing.c (the
 * route table, the lists, the criteria setting, the home card),
 * ui_briefing_guide.c (one guide: reading, quiz, acknowledging, HR's
 * buttons), ui_briefing_form.c (writing and changing a guide) and
 * ui_briefing_coverage.c (coverage and reminders).
 */
#ifndef KINERJA_UI_BRIEFING_H
#define KINERJA_UI_BRIEFING_H

#include "http/briefing_access.h"

struct req;

/* ---- for other pages ------------------------------------------------------------------ */

/* The home page card: the published guides the employee has not yet
 * acknowledged (at their current version), those HR reminded them of
 * marked; nothing when none. */
void briefing_home_card(struct req *r);
/* A line linking the criteria guide of the assessment ("Kriteria
 * penilaian: <judul>"), for the assessment form and the explanation
 * page; nothing when none is set. */
void briefing_criteria_link(struct req *r);

/* ---- shared by the briefing pages -------------------------------------------------------- */

void briefing_state_badge(struct req *r, enum briefing_state s);
/* "Seksi Pelayanan (dan unit di bawahnya)" or "Seluruh kantor". */
const char *briefing_audience(const struct guide *g, char *buf, size_t size);
/* The employee's status as a badge: Perlu dibaca, Dibaca, Dipahami. */
void briefing_status_badge(struct req *r, const struct guide *g, const struct guide_status *st);
/* Breadcrumbs: Sosialisasi > (guide) > `here`. */
void briefing_crumbs(struct req *r, const struct guide *g, const char *here);

/* ---- handlers ------------------------------------------------------------------------------- */

int page_guide(struct req *r);               /* ui_briefing_guide.c */
int page_guide_ack(struct req *r);
int page_guide_publish(struct req *r);
int page_guide_withdraw(struct req *r);
int page_guide_attach(struct req *r);
int page_guide_attachment_delete(struct req *r);
int page_guide_new(struct req *r);           /* ui_briefing_form.c */
int page_guide_create(struct req *r);
int page_guide_edit(struct req *r);
int page_guide_update(struct req *r);
int page_guide_coverage(struct req *r);      /* ui_briefing_coverage.c */
int page_guide_remind(struct req *r);

#endif
