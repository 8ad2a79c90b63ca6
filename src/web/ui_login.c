/*
 * ui_login.c - logging in and out, the home page, the account page
 * (password change) and the embedded static assets.
 */
#include "web/ui.h"
#include "web/ui_360.h"
#include "web/ui_briefing.h"
#include "web/ui_evaluation.h"
#include "web/ui_feedback.h"
#include "web/ui_notify.h"
#include "web/ui_objection.h"
#include "web/ui_pages.h"
#include "http/auth.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"

#include <string.h>

extern const unsigned char asset_bootstrap_css[], asset_app_css[], asset_app_js[],
	asset_chart_js[];
extern const unsigned long asset_bootstrap_css_len, asset_app_css_len, asset_app_js_len,
	asset_chart_js_len;

static int static_asset(struct req *r)
{
	const char *t = r->path_tail;
	if (strcmp(t, "bootstrap.min.css") == 0)
		return reply_static(r, "text/css; charset=utf-8", asset_bootstrap_css, asset_bootstrap_css_len);
	if (strcmp(t, "app.css") == 0)
		return reply_static(r, "text/css; charset=utf-8", asset_app_css, asset_app_css_len);
	if (strcmp(t, "app.js") == 0)
		return reply_static(r, "text/javascript; charset=utf-8", asset_app_js, asset_app_js_len);
	if (strcmp(t, "chart.min.js") == 0)
		return reply_static(r, "text/javascript; charset=utf-8", asset_chart_js, asset_chart_js_len);
	return reply_fail(r, KERR_NOT_FOUND, "", "Berkas tidak ditemukan");
}

/* Only local paths are followed after login, never another site; no line
 * breaks either (no header could carry them: the redirect would be lost). */
static const char *safe_next(const char *next)
{
	if (!next || next[0] != '/' || next[1] == '/' || next[1] == '\\' || strpbrk(next, ":\r\n"))
		return "/";
	return next;
}

static void login_form(struct req *r, const char *login, const char *message)
{
	char csrf[65];
	const char *have = req_cookie(r, LOGIN_CSRF_COOKIE);
	if (have && strlen(have) == 40) {
		copy_str(csrf, sizeof csrf, have);
	} else {
		token_new(csrf);
		csrf[40] = '\0';
		char cookie[160];
		snprintf(cookie, sizeof cookie, "%s=%s; Path=/masuk; HttpOnly; SameSite=Strict%s",
			 LOGIN_CSRF_COOKIE, csrf, r->app->cfg.behind_tls ? "; Secure" : "");
		reply_header(r, "Set-Cookie", cookie);
	}
	page_begin(r, "Masuk", NAV_NONE);
	html_raw(&r->out, "<div class=\"row justify-content-center\"><div class=\"col-sm-8 col-md-5 col-lg-4\">"
		 "<h1 class=\"h3 mb-3\">Masuk ke kinerja</h1>");
	if (req_query(r, "habis"))
		alert_box(r, "warning", "Sesi Anda telah berakhir. Silakan masuk kembali.");
	if (message)
		alert_box(r, "danger", message);
	html(&r->out,
	     "<form method=\"post\" action=\"/masuk\" class=\"card card-body\">"
	     "<input type=\"hidden\" name=\"_csrf\" value=\"%s\">"
	     "<input type=\"hidden\" name=\"lanjut\" value=\"%s\">"
	     "<div class=\"mb-3\"><label for=\"login\" class=\"form-label\">NIP</label>"
	     "<input id=\"login\" name=\"login\" class=\"form-control\" autocomplete=\"username\" "
	     "required autofocus value=\"%s\" inputmode=\"text\"></div>"
	     "<div class=\"mb-3\"><label for=\"password\" class=\"form-label\">Kata sandi</label>"
	     "<input id=\"password\" name=\"password\" type=\"password\" class=\"form-control\" "
	     "autocomplete=\"current-password\" required></div>"
	     "<button class=\"btn btn-primary w-100\" type=\"submit\">Masuk</button></form>"
	     "<p class=\"small text-muted mt-3\">Gunakan NIP (18 digit, spasi boleh) dan kata sandi Anda. "
	     "Lupa kata sandi? Hubungi pengelola kinerja di unit Anda.</p></div></div>",
	     csrf, safe_next(req_query(r, "lanjut") ? req_query(r, "lanjut") : req_form(r, "lanjut")),
	     login ? login : "");
	page_end(r);
}

static int page_login(struct req *r)
{
	if (r->who.user_id)
		return reply_redirect(r, "/");
	login_form(r, NULL, NULL);
	return reply_html(r, 200);
}

/* NIPs are often typed with spaces ("19660801 198803 1 001"). */
static void strip_spaces(const char *in, char *out, size_t size)
{
	size_t n = 0;
	for (; *in && n + 1 < size; in++)
		if (*in != ' ')
			out[n++] = *in;
	out[n] = '\0';
}

static int do_login(struct req *r)
{
	const char *login = req_form(r, "login"), *password = req_form(r, "password");
	const char *csrf = req_form(r, "_csrf"), *cookie = req_cookie(r, LOGIN_CSRF_COOKIE);
	if (!csrf || !cookie || !secure_equal(csrf, cookie))
		return reply_fail(r, KERR_FORBIDDEN, "_csrf",
				  "Token keamanan formulir tidak cocok; muat ulang halaman masuk lalu coba lagi");
	if (!login || !*login || !password || !*password) {
		login_form(r, login, "Isi NIP dan kata sandi.");
		return reply_html(r, 422);
	}
	char clean[64];
	strip_spaces(login, clean, sizeof clean);
	struct kerr err = KERR_INIT;
	if (auth_login(r, clean, password, &err)) {
		login_form(r, login, err.msg);
		return reply_html(r, kerr_http_status(&err));
	}
	return reply_redirect(r, safe_next(req_form(r, "lanjut")));
}

static int do_logout(struct req *r)
{
	auth_logout(r);
	return reply_redirect(r, "/masuk?pesan=keluar");
}

static void home_self(struct req *r)
{
	struct employee e, boss;
	struct kerr err = KERR_INIT;
	int64_t assessor = 0, superior = 0;
	if (!r->who.employee_id || store_employee_get(r->db, r->who.employee_id, &e, &err))
		return;
	char nip[32];
	store_employee_assessors(r->db, e.id, &assessor, &superior, &err);
	nip_display(nip, sizeof nip, e.nip);
	html(&r->out, "<div class=\"card mb-3\"><div class=\"card-body\"><h2 class=\"h5\">Data saya</h2>"
	     "<dl class=\"row mb-0\"><dt class=\"col-sm-3\">NIP</dt><dd class=\"col-sm-9\">%s</dd>"
	     "<dt class=\"col-sm-3\">Jabatan</dt><dd class=\"col-sm-9\">%s</dd>"
	     "<dt class=\"col-sm-3\">Unit kerja</dt><dd class=\"col-sm-9\">%s</dd>",
	     nip, e.position_name[0] ? e.position_name : "-", e.unit_name);
	if (assessor && store_employee_get(r->db, assessor, &boss, &err) == 0) {
		struct strbuf name = STRBUF_INIT;
		employee_display_name(&name, &boss);
		html(&r->out, "<dt class=\"col-sm-3\">Pejabat penilai</dt><dd class=\"col-sm-9\">%s (%s)</dd>",
		     name.buf, boss.position_name);
		strbuf_release(&name);
	}
	html(&r->out, "</dl><a href=\"/pegawai/%lld\" class=\"btn btn-outline-primary btn-sm mt-2\">Lihat rincian</a>"
	     "</div></div>", (long long)e.id);
}

static int page_home(struct req *r)
{
	page_begin(r, "Beranda", NAV_BERANDA);
	html(&r->out, "<h1 class=\"h3\">Selamat datang, %s</h1>", r->who.name);
	notify_home_card(r);
	feedback_home_card(r);
	home_self(r);
	home_360_notice(r);
	objection_home_card(r);
	briefing_home_card(r);
	evaluation_home_card(r);
	html_raw(&r->out, "<div class=\"list-group\">");
	if (r->who.employee_id)
		html_raw(&r->out, "<a class=\"list-group-item list-group-item-action\" href=\"/skp\">SKP saya "
			 "<span class=\"text-muted small\">(dan SKP bawahan yang menunggu persetujuan)</span></a>");
	html_raw(&r->out, "<a class=\"list-group-item list-group-item-action\" href=\"/kaskade\">Kaskade kinerja</a>");
	if (access_allows(r, ACCESS_READ_ALL))
		html_raw(&r->out, "<a class=\"list-group-item list-group-item-action\" href=\"/pegawai\">Daftar pegawai</a>");
	html_raw(&r->out, "<a class=\"list-group-item list-group-item-action\" href=\"/organisasi\">Bagan organisasi</a>");
	if (r->who.role == ROLE_ADMIN || r->who.role == ROLE_AUDITOR)
		html_raw(&r->out, "<a class=\"list-group-item list-group-item-action\" href=\"/audit\">Jejak audit</a>");
	if (r->who.role == ROLE_ADMIN)
		html_raw(&r->out, "<a class=\"list-group-item list-group-item-action\" href=\"/dokumen/pengaturan\">"
			 "Pengaturan dokumen resmi <span class=\"text-muted small\">(logo instansi pada PDF)</span></a>");
	html_raw(&r->out, "<a class=\"list-group-item list-group-item-action\" href=\"/akun\">Akun dan kata sandi</a></div>");
	page_end(r);
	return reply_html(r, 200);
}

static void account_form(struct req *r, const char *message)
{
	page_begin(r, "Akun saya", NAV_AKUN);
	html(&r->out, "<h1 class=\"h3\">Akun saya</h1><p>Login: <strong>%s</strong> · Peran: %s</p>",
	     r->who.login, role_label(r->who.role));
	if (message)
		alert_box(r, "danger", message);
	html_raw(&r->out, "<form method=\"post\" action=\"/akun/sandi\" class=\"card card-body\" data-mw=\"28\">"
		 "<h2 class=\"h5\">Ganti kata sandi</h2>");
	csrf_field(r);
	html_raw(&r->out,
		 "<div class=\"mb-3\"><label for=\"lama\" class=\"form-label\">Kata sandi sekarang</label>"
		 "<input id=\"lama\" name=\"lama\" type=\"password\" class=\"form-control\" autocomplete=\"current-password\" required></div>"
		 "<div class=\"mb-3\"><label for=\"baru\" class=\"form-label\">Kata sandi baru (min. 8 karakter)</label>"
		 "<input id=\"baru\" name=\"baru\" type=\"password\" class=\"form-control\" autocomplete=\"new-password\" minlength=\"8\" required></div>"
		 "<div class=\"mb-3\"><label for=\"ulang\" class=\"form-label\">Ulangi kata sandi baru</label>"
		 "<input id=\"ulang\" name=\"ulang\" type=\"password\" class=\"form-control\" autocomplete=\"new-password\" required></div>"
		 "<button class=\"btn btn-primary\" type=\"submit\">Simpan kata sandi</button></form>");
	page_end(r);
}

static int page_account(struct req *r)
{
	account_form(r, NULL);
	return reply_html(r, 200);
}

static int change_password(struct req *r)
{
	const char *old = req_form(r, "lama"), *new1 = req_form(r, "baru"), *new2 = req_form(r, "ulang");
	struct user u;
	struct kerr err = KERR_INIT;
	char hash[160];
	if (!old || !new1 || !new2 || store_user_get(r->db, r->who.user_id, &u, &err))
		kerr_set(&err, KERR_INVALID, "lama", "Isi semua kolom kata sandi");
	else if (!password_verify(u.password_hash, old))
		kerr_set(&err, KERR_INVALID, "lama", "Kata sandi sekarang salah");
	else if (strcmp(new1, new2) != 0)
		kerr_set(&err, KERR_INVALID, "ulang", "Kedua kata sandi baru tidak sama");
	else if (!password_acceptable(new1, r->who.login, &err) &&
		 !password_hash(new1, hash, sizeof hash, &err)) {
		/* A new password ends every other session of the account. */
		struct actor who = req_actor(r);
		if (!store_user_set_password(r->db, &who, r->who.user_id, hash, &err))
			store_session_delete_user(r->db, r->who.user_id, r->who.session_id, &err);
	}
	if (kerr_is_set(&err)) {
		account_form(r, err.msg);
		return reply_html(r, kerr_http_status(&err));
	}
	return reply_redirect(r, "/akun?pesan=sandi_diganti");
}

const struct route ui_login_routes[] = {
	{ "GET", "/", page_home, ACCESS_LOGIN },
	{ "GET", "/masuk", page_login, ACCESS_PUBLIC },
	{ "POST", "/masuk", do_login, ACCESS_PUBLIC },
	{ "POST", "/keluar", do_logout, ACCESS_LOGIN },
	{ "GET", "/akun", page_account, ACCESS_LOGIN },
	{ "POST", "/akun/sandi", change_password, ACCESS_LOGIN },
	{ "GET", "/static/*", static_asset, ACCESS_PUBLIC },
	{ NULL, NULL, NULL, 0 },
};
