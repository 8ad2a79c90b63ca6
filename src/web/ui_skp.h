/*
 * ui_skp.h - private declarations shared by the SKP pages (ui_skp.c,
 * ui_skp_inbox.c, ui_skp_page.c, ui_skp_results.c, ui_skp_forms.c,
 * ui_skp_parts.c, ui_skp_post.c, ui_skp_act.c, ui_skp_fields.c): the labels
 * of the plan's choices, the period chooser, the state of one SKP page
 * (struct skp_view), the form pieces of that page, and the handlers the
 * route table in ui_skp.c points at.
 *
 * One SKP page holds many small forms (one per result, indicator,
 * behaviour value, lampiran list, action).  Each form has a key
 * ("ubah-rhk-12", "iki-baru-12", "aksi-setujui", ...) used as its id and as
 * the prefix of its inputs' ids (f-KEY-NAME); after a save the browser
 * returns to the part changed (#rhk-12, #lampiran, ...).  When
 * a POST is refused, the page is rendered again with skp_view.failed set to
 * that key: that form is opened, shows what was typed and the error next to
 * the field.
 */
#ifndef KINERJA_UI_SKP_H
#define KINERJA_UI_SKP_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "domain/skp.h"
#include "store/plan.h"
#include "store/store.h"

struct req;

/* ---- labels and small pieces (ui_skp_fields.c) ----------------------------- */

/* "Januari" ... "Desember"; "?" outside 1-12. */
const char *skp_month_name(int month);
/* "Januari – Desember" (one month: just its name). */
void skp_months_text(char *out, size_t size, int from, int to);
const char *skp_aspect_label(const char *aspect);
const char *skp_approach_label(const char *approach);
const char *skp_kind_label(const char *kind);
const char *skp_perspective_label(const char *perspective);
/* "makin tinggi makin baik" / "makin rendah makin baik". */
const char *skp_direction_label(const char *direction);
/* The label of a form field ("Uraian RHK", "Target", ...), NULL if unknown. */
const char *skp_field_label(const char *field);
/* A badge for an SKP state name; "" is "Belum dibuat". */
void skp_state_badge(struct req *r, const char *state);
/* The period of ?periode=ID, else the current one.  Replies itself (404,
 * or a page saying no period exists yet) and returns -1 when there is none. */
int skp_period_pick_or_reply(struct req *r, struct period *out);
/* A small GET form to switch to another period, on page `path`. */
void skp_period_switcher(struct req *r, const char *path, const struct period *cur);

/* ---- one SKP page (ui_skp_page.c) ---------------------------------------------- */

struct skp_view {
	struct skp s;
	struct period period;
	enum period_state pstate;
	enum skp_state state;
	struct employee owner;
	struct employee assessor;   /* valid when assessor.id != 0 */
	int64_t current_assessor;   /* the owner's pejabat penilai now (0 = none) */
	enum skp_role role;         /* the viewer's */
	int editable;               /* the viewer may change the content now */
	int is_head, is_jpt;
	struct skp parent;          /* the pejabat penilai's SKP in the period */
	int has_parent;
	struct goal *goals;         /* goals the owner's unit may point at */
	size_t ngoals;
	struct skp_summary *subs;   /* the owner's direct subordinates (owner viewing) */
	size_t nsubs;
	struct skp_event *events;
	size_t nevents;
	const char *failed;         /* key of the refused form, NULL if none */
	const struct kerr *err;     /* why it was refused */
};

/* Loads SKP `id` and everything its page shows, and checks the viewer may
 * read it.  On failure replies itself (404, 403, 500) and returns -1; the
 * view is then released already. */
int skp_view_load_or_reply(struct req *r, int64_t id, struct skp_view *v);
void skp_view_release(struct skp_view *v);
/* Renders the page into r->out and replies with `status`. */
int skp_view_reply(struct req *r, struct skp_view *v, int status);

/* ---- the sections (ui_skp_results.c, ui_skp_parts.c) ---------------------- */

void skp_results_section(struct req *r, const struct skp_view *v);
void skp_behaviour_section(struct req *r, const struct skp_view *v);
void skp_attachment_section(struct req *r, const struct skp_view *v);
void skp_actions_section(struct req *r, const struct skp_view *v);
void skp_history_section(struct req *r, const struct skp_view *v);

/* ---- the result and indicator forms (ui_skp_forms.c) ------------------------ */

/* 1 if the viewer may hand their results down to subordinates now. */
int skp_can_hand_down(const struct skp_view *v);
/* The tools under result `k` (number `no`): edit, add an indicator, edit
 * or delete each indicator, hand down, delete. */
void skp_rhk_tools(struct req *r, const struct skp_view *v, const struct rhk *k, size_t no);
/* The "add a result" form under the table of `kind`. */
void skp_rhk_add_form(struct req *r, const struct skp_view *v, const char *kind, int open);
/* The <datalist> of common units of measure the indicator forms offer. */
void skp_unit_datalist(struct req *r);

/* ---- form pieces of the SKP page (ui_skp_fields.c) -------------------------- */

/* One form on the page.  err is set only on the form that was refused. */
struct sform {
	struct req *r;
	const char *key;
	const struct kerr *err;
	int claimed;              /* a field showed the error */
};

void sform_init(struct sform *f, struct req *r, const struct skp_view *v, const char *key);
/* 1 if this form is the refused one. */
int sform_failed(const struct sform *f);
/* <form method="post" action=... id=key class=...> with the CSRF field.
 * `extra` is trusted attribute markup. */
void sform_open(struct sform *f, const char *action, const char *cls, const char *extra);
/* </form>, after an alert with the error when no field of the form showed
 * it (a hidden field, or the form as a whole). */
void sform_end(struct sform *f);
/* What field `name` shows: as typed when this form was refused, else stored. */
const char *sform_value(const struct sform *f, const char *name, const char *stored);
void sform_input(struct sform *f, const char *name, const char *label, const char *type,
		 const char *value, const char *col, const char *extra);
void sform_textarea(struct sform *f, const char *name, const char *label, const char *value,
		    const char *col, const char *extra);
void sform_select_open(struct sform *f, const char *name, const char *label, const char *col);
/* Closes a select (or any control opened with sform_field_attrs): the
 * error message when it is at fault, and the column div. */
void sform_select_close(struct sform *f, const char *name);
/* Writes id/name/class/aria attributes of control `name` (the caller writes
 * the tag's start and end). */
void sform_field_attrs(struct sform *f, const char *name, const char *base);
void sform_field_end(struct sform *f, const char *name);
void sform_help(struct sform *f, const char *name, const char *text);
/* A hidden input. */
void sform_hidden(struct sform *f, const char *name, const char *value);
/* <details> around a form: open when it was refused (or open_anyway). */
void sform_details_open(struct sform *f, const char *summary, const char *summary_cls,
			int open_anyway);

/* ---- shared by the POST handlers (ui_skp_post.c) ------------------------------ */

/* Loads SKP `skp_id` for a change (skp_view_load_or_reply). */
int skp_post_load(struct req *r, int64_t skp_id, struct skp_view *v);
/* 0 if the viewer may change the content; else replies 403/409 itself,
 * releases the view and returns -1. */
int skp_post_editable(struct req *r, struct skp_view *v);
/* `code` if the layout knows that notice, else "disimpan". */
const char *skp_post_notice(const char *code);
/* Ends a POST: no error: 303 to /skp/ID?pesan=NOTICE#anchor (notice NULL =
 * "disimpan"); a refusal by the rules (invalid, conflict): the page again
 * with form `key` open and the error (422/409); else an error page.
 * Releases the view; returns 0. */
int skp_post_done(struct req *r, struct skp_view *v, const char *key, const struct kerr *err,
		  const char *anchor, const char *notice);
/* A form field trimmed, as a malloc'ed string ("" when absent or not text,
 * with err set on the field for the latter); free() it. */
char *skp_post_text(struct req *r, const char *name, struct kerr *err);
/* A positive id in form field `name`, after `prefix` (NULL for none); 0
 * with err set on the field otherwise. */
int64_t skp_post_id(struct req *r, const char *name, const char *prefix, struct kerr *err);
/* The hidden "version" field; err set on "version" when missing. */
int64_t skp_post_version(struct req *r, struct kerr *err);

/* ---- handlers (ui_skp.c, ui_skp_inbox.c, ui_skp_post.c, ui_skp_act.c) ---- */

int page_skp_inbox(struct req *r);
int page_skp_show(struct req *r);
int page_skp_header(struct req *r);
int page_skp_rhk_add(struct req *r);
int page_skp_rhk_update(struct req *r);
int page_skp_rhk_delete(struct req *r);
int page_skp_iki_add(struct req *r);
int page_skp_iki_update(struct req *r);
int page_skp_iki_delete(struct req *r);
int page_skp_expectation(struct req *r);
int page_skp_attachment_add(struct req *r);
int page_skp_attachment_delete(struct req *r);
int page_skp_act(struct req *r);
int page_skp_hand_down(struct req *r);

#endif
