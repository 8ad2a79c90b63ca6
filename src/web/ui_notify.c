/*
 * ui_notify.c - the notification pages: GET /notifikasi lists what waits
 * on the user right now, grouped, the most pressing first, each item a
 * link to where the step is done; the same page holds the e-mail
 * preference (POST /notifikasi/pengaturan); and the home page card.
 *
 * Everything shown is the caller's own: the list is gathered for the
 * logged-in user and takes no parameter naming anyone else.
 */
#include "web/ui_notify.h"
#include "web/ui.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"
#include "store/notify.h"

#include <stdlib.h>
#include <string.h>

static struct notify_who who_of(const struct req *r)
{
	return (struct notify_who){ r->who.user_id, r->who.employee_id,
				    r->who.role == ROLE_ADMIN };
}

static const char *urgency_badge(enum notify_urgency u)
{
	switch (u) {
	case NU_LATE: return "bg-danger";
	case NU_TODAY: return "bg-warning text-dark";
	case NU_SOON: return "bg-info text-dark";
	default: return "";
	}
}

/* One item: the title as a link, its urgency, due date and since when. */
static void item_row(struct req *r, const struct notify_item *it)
{
	char due[NOTIFY_DATE_SIZE], since[40];
	html(&r->out, "<li class=\"list-group-item\" data-notifikasi=\"%s\"><a href=\"%s\">%s</a>",
	     it->key, it->link, it->title);
	if (it->urgency >= NU_SOON)
		html(&r->out, " <span class=\"badge %s\">%s</span>", urgency_badge(it->urgency),
		     notify_urgency_label(it->urgency));
	notify_date_text(it->due, due);
	html_raw(&r->out, "<div class=\"small text-muted\">");
	if (*due)
		html(&r->out, "Batas waktu %s", due);
	if (it->since) {
		format_time_wib(since, sizeof since, it->since);
		html(&r->out, "%sSejak %s", *due ? " · " : "", since);
	}
	html_raw(&r->out, "</div></li>");
}

static void item_list(struct req *r, const struct notify_item *v, size_t n)
{
	size_t count[NG__GROUPS];
	notify_count_groups(v, n, count);
	int group = -1;
	for (size_t i = 0; i < n; i++) {
		int g = (int)notify_kind_group(v[i].kind);
		if (g != group) {
			if (group >= 0)
				html_raw(&r->out, "</ul></section>");
			html(&r->out, "<section class=\"mb-3\" id=\"kelompok-%s\"><h2 class=\"h5\">%s "
				      "<span class=\"badge bg-secondary\">%zu</span></h2>"
				      "<ul class=\"list-group\">", notify_group_name((enum notify_group)g),
			     notify_group_label((enum notify_group)g), count[g]);
			group = g;
		}
		item_row(r, &v[i]);
	}
	if (group >= 0)
		html_raw(&r->out, "</ul></section>");
}

/* The e-mail preference form; `err` marks a refused choice. */
static void pref_form(struct req *r, const struct notify_pref *p, const struct kerr *err)
{
	int bad = err && !strcmp(err->field, "email");
	html_raw(&r->out, "<section class=\"card mb-3\" data-mw=\"40\" aria-labelledby="
			  "\"email-judul\"><div class=\"card-body\"><h2 class=\"h5\" id=\"email-judul\">"
			  "Pemberitahuan lewat e-mail</h2>");
	if (*p->email)
		html(&r->out, "<p>Ringkasan pekerjaan yang menunggu dikirim ke <strong>%s</strong>, "
			      "paling banyak sekali sehari untuk setiap pekerjaan.</p>", p->email);
	else
		html_raw(&r->out, "<p>Alamat e-mail Anda belum tercatat, jadi belum ada e-mail yang "
				  "dikirim. Minta pengelola kinerja mencatatnya pada data pegawai Anda."
				  "</p>");
	html_raw(&r->out, "<form method=\"post\" action=\"/notifikasi/pengaturan\">");
	csrf_field(r);
	html_raw(&r->out, bad ? "<fieldset aria-describedby=\"email-err\">" : "<fieldset>");
	html_raw(&r->out, "<legend class=\"form-label fs-6\">Kirim e-mail ringkasan</legend>");
	html(&r->out, "<div class=\"form-check\"><input class=\"form-check-input%s\" type=\"radio\" "
		      "name=\"email\" id=\"email-aktif\" value=\"aktif\"%s><label class=\"form-check-"
		      "label\" for=\"email-aktif\">Ya, kirimi saya e-mail</label></div>",
	     bad ? " is-invalid" : "", p->email_on && !bad ? " checked" : "");
	html(&r->out, "<div class=\"form-check\"><input class=\"form-check-input%s\" type=\"radio\" "
		      "name=\"email\" id=\"email-mati\" value=\"mati\"%s><label class=\"form-check-"
		      "label\" for=\"email-mati\">Tidak, cukup di aplikasi</label></div>",
	     bad ? " is-invalid" : "", !p->email_on && !bad ? " checked" : "");
	if (bad)
		html(&r->out, "<div class=\"invalid-feedback d-block\" id=\"email-err\">%s</div>",
		     err->msg);
	html_raw(&r->out, "</fieldset><button class=\"btn btn-primary btn-sm mt-2\" type=\"submit\">"
			  "Simpan</button></form></div></section>");
}

/* The whole page; `err` (may be NULL) is a refused preference. */
static int notify_page(struct req *r, const struct kerr *err)
{
	struct notify_item *v = NULL;
	struct notify_pref pref;
	struct notify_who who = who_of(r);
	size_t n = 0;
	char today[NOTIFY_DATE_SIZE];
	struct kerr e = KERR_INIT;
	store_notify_today(today);
	if (store_notify_pending(r->db, &who, today, &v, &n, &e) ||
	    store_notify_pref_get(r->db, r->who.user_id, &pref, &e)) {
		free(v);
		return reply_error(r, &e);
	}
	page_begin(r, "Notifikasi", NAV_NOTIFIKASI);
	html_raw(&r->out, "<h1 class=\"h3\">Notifikasi</h1>");
	if (err)
		alert_box(r, "danger", err->msg);
	if (n)
		html(&r->out, "<p class=\"lead\" id=\"jumlah-notifikasi\">%zu pekerjaan menunggu "
			      "tindakan Anda.</p>", n);
	else
		html_raw(&r->out, "<p class=\"lead\" id=\"jumlah-notifikasi\">Tidak ada pekerjaan yang "
				  "menunggu tindakan Anda.</p>");
	html_raw(&r->out, "<p class=\"text-muted small\">Daftar ini dihitung dari keadaan data saat "
			  "ini: sebuah pekerjaan hilang sendiri begitu langkahnya selesai.</p>");
	item_list(r, v, n);
	pref_form(r, &pref, err);
	page_end(r);
	free(v);
	return reply_html(r, err ? kerr_http_status(err) : 200);
}

static int page_notify(struct req *r)
{
	return notify_page(r, NULL);
}

static int save_pref(struct req *r)
{
	const char *v = req_form(r, "email");
	struct kerr err = KERR_INIT;
	struct actor who = req_actor(r);
	if (!v || (strcmp(v, "aktif") && strcmp(v, "mati")))
		kerr_set(&err, KERR_INVALID, "email", "Pilih apakah Anda ingin menerima e-mail "
			 "ringkasan (Ya atau Tidak)");
	else
		store_notify_pref_set(r->db, &who, r->who.user_id, !strcmp(v, "aktif"), &err);
	if (kerr_is_set(&err))
		return err.code == KERR_INVALID ? notify_page(r, &err) : reply_error(r, &err);
	return reply_redirect(r, "/notifikasi?pesan=notifikasi_disimpan");
}

/* ---- the home page card --------------------------------------------------------------------- */

void notify_home_card(struct req *r)
{
	struct notify_item *v = NULL;
	struct notify_who who = who_of(r);
	size_t n = 0;
	char today[NOTIFY_DATE_SIZE];
	struct kerr err = KERR_INIT;
	store_notify_today(today);
	if (store_notify_pending(r->db, &who, today, &v, &n, &err)) {
		log_warn("notifikasi beranda: %s", err.msg);
		return;
	}
	if (n) {
		notify_sort_urgent(v, n);
		html(&r->out, "<section class=\"card mb-3 border-primary\" id=\"notifikasi-beranda\" "
			      "aria-labelledby=\"nb-judul\"><div class=\"card-body\"><h2 class=\"h5\" "
			      "id=\"nb-judul\">%zu pekerjaan menunggu tindakan Anda</h2>"
			      "<ul class=\"list-group list-group-flush mb-2\">", n);
		for (size_t i = 0; i < n && i < NOTIFY_HOME_ITEMS; i++)
			item_row(r, &v[i]);
		html(&r->out, "</ul><a class=\"btn btn-sm btn-primary\" href=\"/notifikasi\">Lihat semua "
			      "(%zu)</a></div></section>", n);
	}
	free(v);
}

const struct route ui_notify_routes[] = {
	{ "GET", "/notifikasi", page_notify, ACCESS_LOGIN },
	{ "POST", "/notifikasi/pengaturan", save_pref, ACCESS_LOGIN },
	{ NULL, NULL, NULL, ACCESS_PUBLIC },
};
