/*
 * ui_feedback_home.c - continuous feedback where other pages show it: the
 * "Umpan balik baru" card of the home page (what the user has not read
 * yet, from their superior or, as a superior, from the owners of the SKPs
 * they assess), the button from an SKP's page to its feedback, and the
 * short texts (excerpts, what a thread is about) the feedback page uses
 * too.
 */
#include "web/ui_feedback.h"
#include "core/log.h"
#include "core/strbuf.h"
#include "core/timeutil.h"
#include "domain/berakhlak.h"
#include "http/html.h"
#include "http/request.h"
#include "store/feedback.h"

#include <string.h>

#define HOME_ITEMS 5
#define EXCERPT_BYTES 160
#define TARGET_BYTES 90

void feedback_excerpt(struct strbuf *sb, const char *text, size_t max)
{
	size_t len = strlen(text);
	if (len <= max) {
		strbuf_addstr(sb, text);
		return;
	}
	while (max && ((unsigned char)text[max] & 0xC0) == 0x80)
		max--;   /* not inside a character */
	strbuf_add(sb, text, max);
	strbuf_addstr(sb, "\xe2\x80\xa6");
}

void feedback_target_text(struct strbuf *sb, int64_t rhk_id, const char *rhk_text,
			  const char *value_code)
{
	int v = value_code[0] ? berakhlak_index(value_code) : -1;
	if (v >= 0) {
		strbuf_addf(sb, "perilaku %s", berakhlak_at((size_t)v)->name);
		return;
	}
	strbuf_addstr(sb, rhk_id ? "RHK \xe2\x80\x9c" : "RHK yang telah dihapus \xe2\x80\x9c");
	feedback_excerpt(sb, rhk_text, TARGET_BYTES);
	strbuf_addstr(sb, "\xe2\x80\x9d");
}

/* One unread message: who wrote about what, when, and its beginning. */
static void home_item(struct req *r, const struct feedback_note *x)
{
	struct strbuf what = STRBUF_INIT, text = STRBUF_INIT;
	char when[40];
	feedback_target_text(&what, x->rhk_id, x->rhk_text, x->value_code);
	feedback_excerpt(&text, x->text, EXCERPT_BYTES);
	format_time_wib(when, sizeof when, x->created_at);
	html(&r->out, "<li class=\"list-group-item\"><a href=\"/skp/%lld/umpan-balik#utas-%lld\">",
	     (long long)x->skp_id, (long long)x->thread_id);
	if (x->from_superior)
		html(&r->out, "%s menulis umpan balik tentang %s", x->author_name, what.buf);
	else
		html(&r->out, "%s membalas umpan balik tentang %s", x->author_name, what.buf);
	html(&r->out, "</a><div class=\"small text-muted\">%s</div><p class=\"mb-0 small "
		      "skpp-pre\">%s</p></li>", when, text.buf);
	strbuf_release(&what);
	strbuf_release(&text);
}

void feedback_home_card(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct feedback_note *v = NULL;
	size_t n = 0;
	int64_t total = 0;
	if (store_feedback_unread(r->db, r->who.employee_id, HOME_ITEMS, &v, &n, &total, &err)) {
		log_warn("umpan balik baru: %s", err.msg);
		return;
	}
	if (!total)
		return;
	html(&r->out, "<section class=\"card mb-3 border-primary\" id=\"umpan-balik-baru\" "
		      "aria-labelledby=\"ubb-judul\"><div class=\"card-body\"><h2 class=\"h5\" "
		      "id=\"ubb-judul\">Umpan balik baru <span class=\"badge text-bg-primary\">%lld"
		      "</span></h2><ul class=\"list-group list-group-flush\">", (long long)total);
	for (size_t i = 0; i < n; i++)
		home_item(r, &v[i]);
	html_raw(&r->out, "</ul>");
	if (total > (int64_t)n)
		html(&r->out, "<p class=\"small text-muted mb-0 mt-2\">dan %lld umpan balik lain yang "
			      "belum dibaca.</p>", (long long)(total - (int64_t)n));
	html_raw(&r->out, "</div></section>");
	feedback_notes_free(v, n);
}

void feedback_skp_link(struct req *r, const struct skp *s, enum skp_role role)
{
	struct kerr err = KERR_INIT;
	int64_t unread = 0;
	if (!s->approved_at)
		return;
	if ((role == SKP_ROLE_OWNER || role == SKP_ROLE_ASSESSOR) &&
	    store_feedback_unread_count(r->db, s->id, role == SKP_ROLE_ASSESSOR, &unread, &err))
		log_warn("umpan balik SKP %lld: %s", (long long)s->id, err.msg);
	html(&r->out, "<p class=\"d-print-none\"><a class=\"btn btn-sm btn-outline-primary\" "
		      "href=\"/skp/%lld/umpan-balik\">Umpan balik berkelanjutan", (long long)s->id);
	if (unread)
		html(&r->out, " <span class=\"badge text-bg-danger\">%lld baru</span>",
		     (long long)unread);
	html_raw(&r->out, "</a></p>");
}
