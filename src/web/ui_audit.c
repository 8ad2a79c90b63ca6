/*
 * ui_audit.c - the audit trail page (GET /audit): who changed what and when,
 * newest first, filtered by entity, object id and login, a page at a time.
 *
 * Each entry's before/after JSON is shown as a readable diff: one line per
 * key whose value changed, "nama: lama → baru" (the version counter, which
 * every update bumps, and the empty fields of a new record are left out).  Values of keys that look
 * secret (passwords, hashes, tokens) are never shown.  Only administrators
 * and auditors may read the trail.
 */
#include "web/ui.h"
#include "web/ui_pages.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"
#include "http/router.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define AUDIT_PER_PAGE 50
#define VALUE_MAX 200     /* bytes of a value shown before it is cut */

static const char *const entity_names[][2] = {
	{ "employee", "Pegawai" }, { "unit", "Unit kerja" }, { "position", "Jabatan" },
	{ "user", "Akun" }, { "session", "Sesi" }, { "token", "Token API" },
	{ "period", "Periode" }, { "checkpoint", "Titik periksa" }, { "goal", "Sasaran" },
	{ "skp", "SKP" }, { "rhk", "RHK" }, { "iki", "IKI" }, { "realisasi", "Realisasi" },
	{ "evidence", "Bukti dukung" }, { "feedback", "Umpan balik" },
	{ "round360", "Putaran 360\xc2\xb0" }, { "rater360", "Penilai 360\xc2\xb0" },
	{ "assessment", "Penilaian" }, { "unit_result", "Predikat unit" },
	{ "curve_reason", "Alasan kurva" }, { "objection", "Keberatan" },
	{ "pengaturan", "Pengaturan" },
};

static const char *const action_names[][2] = {
	{ "create", "membuat" }, { "update", "mengubah" }, { "delete", "menghapus" },
	{ "import", "mengimpor" }, { "login", "masuk" }, { "logout", "keluar" },
	{ "login_failed", "gagal masuk" }, { "password", "mengganti sandi" },
	{ "role", "mengubah peran" }, { "disable", "menonaktifkan" },
	{ "jawab", "menjawab" }, { "tolak", "menolak" }, { "tutup", "menutup" },
	{ "pengingat", "mengirim pengingat" }, { "close", "menutup" }, { "copy", "menyalin" },
	{ "acknowledge", "mengetahui" }, { "lampiran", "melampirkan" },
	{ "putusan", "memutus" }, { "batal_putusan", "membatalkan putusan" },
};

static const char *const key_names[][2] = {
	{ "name", "nama" }, { "nip", "NIP" }, { "nip_kind", "jenis NIP" },
	{ "front_title", "gelar depan" }, { "back_title", "gelar belakang" },
	{ "golongan", "golongan" }, { "unit_code", "unit kerja" }, { "position_code", "jabatan" },
	{ "status", "status" }, { "email", "email" }, { "code", "kode" }, { "kind", "jenis" },
	{ "parent_code", "induk/atasan" }, { "plt_id", "Plt (id pegawai)" }, { "role", "peran" },
	{ "scope_unit_id", "unit cakupan" }, { "disabled", "dinonaktifkan" },
	{ "rows", "baris" }, { "created", "dibuat" }, { "updated", "diperbarui" },
	{ "version", "versi" }, { "employee_id", "id pegawai" },
};

/* The label for a code in a two-column table, or the code itself. */
static const char *lookup(const char *const (*table)[2], size_t n, const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(table[i][0], code))
			return table[i][1];
	return code;
}

#define LABEL(table, code) lookup(table, sizeof table / sizeof table[0], code)

static int secret_key(const char *key)
{
	return strstr(key, "password") || strstr(key, "hash") || strstr(key, "token") ||
	       strstr(key, "csrf") || strstr(key, "secret");
}

/* ---- the diff --------------------------------------------------------------------- */

/* A value as text, cut to VALUE_MAX bytes between characters. */
static void value_text(struct strbuf *sb, const char *key, json_t *v)
{
	if (secret_key(key)) {
		strbuf_addstr(sb, "(disembunyikan)");
		return;
	}
	if (json_is_boolean(v)) {
		strbuf_addstr(sb, json_is_true(v) ? "ya" : "tidak");
		return;
	}
	char *dumped = NULL;
	const char *s = json_is_string(v) ? json_string_value(v)
		      : (dumped = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT));
	if (!v || json_is_null(v) || !s || !*s) {
		strbuf_addstr(sb, "(kosong)");
	} else if (strlen(s) <= VALUE_MAX) {
		strbuf_addstr(sb, s);
	} else {
		size_t len = VALUE_MAX;
		while (len && ((unsigned char)s[len] & 0xc0) == 0x80)
			len--;
		strbuf_add(sb, s, len);
		strbuf_addstr(sb, "\xe2\x80\xa6");
	}
	free(dumped);
}

static int empty_value(json_t *v)
{
	return !v || json_is_null(v) || (json_is_string(v) && !*json_string_value(v));
}

/* One line: "key: old → new", or "key: new" when there was nothing before. */
static void diff_line(struct req *r, const char *key, json_t *old, json_t *new, int had_before)
{
	struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
	value_text(&b, key, new);
	html(&r->out, "<li><span class=\"audit-key\">%s</span>: ", LABEL(key_names, key));
	if (had_before) {
		value_text(&a, key, old);
		html(&r->out, "<del>%s</del> \xe2\x86\x92 ", a.buf);
	}
	html(&r->out, "<ins>%s</ins></li>", new ? b.buf : "(dihapus)");
	strbuf_release(&a);
	strbuf_release(&b);
}

/* Lists the keys of two objects (either may be NULL) whose values differ. */
static void diff_objects(struct req *r, json_t *before, json_t *after)
{
	const char *key;
	json_t *v;
	int lines = 0;
	html_raw(&r->out, "<ul class=\"audit-diff list-unstyled mb-0\">");
	json_object_foreach(after, key, v) {
		json_t *old = before ? json_object_get(before, key) : NULL;
		if (!strcmp(key, "version") || (!before && empty_value(v)))
			continue;   /* the counter, and blanks of a new record: noise */
		if (!old || !json_equal(old, v)) {
			diff_line(r, key, old, v, before != NULL);
			lines++;
		}
	}
	json_object_foreach(before, key, v) {
		if (!after || !json_object_get(after, key)) {
			diff_line(r, key, v, NULL, 1);
			lines++;
		}
	}
	if (!lines)
		html_raw(&r->out, "<li class=\"text-muted\">tanpa perubahan isi</li>");
	html_raw(&r->out, "</ul>");
}

/* Text that is not a JSON object is shown as it is (cut). */
static void raw_value(struct req *r, const char *label, const char *text)
{
	struct strbuf sb = STRBUF_INIT;
	json_t *s = json_string(text);
	value_text(&sb, "", s ? s : json_null());
	html(&r->out, "<div><span class=\"audit-key\">%s</span>: <code>%s</code></div>", label,
	     sb.buf);
	json_decref(s);
	strbuf_release(&sb);
}

static void diff_cell(struct req *r, const char *before_json, const char *after_json)
{
	json_t *b = before_json ? json_loads(before_json, 0, NULL) : NULL;
	json_t *a = after_json ? json_loads(after_json, 0, NULL) : NULL;
	int usable = (!before_json || json_is_object(b)) && (!after_json || json_is_object(a));
	if (!before_json && !after_json)
		html_raw(&r->out, "<span class=\"text-muted\">-</span>");
	else if (usable)
		diff_objects(r, b, a);
	else {
		if (before_json)
			raw_value(r, "sebelum", before_json);
		if (after_json)
			raw_value(r, "sesudah", after_json);
	}
	json_decref(b);
	json_decref(a);
}

/* ---- the page ------------------------------------------------------------------------ */

static void filter_form(struct req *r)
{
	const char *entity = req_query(r, "entitas"), *id = req_query(r, "id"),
		   *login = req_query(r, "login");
	html(&r->out, "<form method=\"get\" action=\"/audit\" class=\"row g-2 align-items-end mb-3 "
		      "d-print-none\"><div class=\"col-md-3\"><label for=\"f-entitas\" "
		      "class=\"form-label\">Entitas</label><input id=\"f-entitas\" name=\"entitas\" "
		      "list=\"daftar-entitas\" class=\"form-control\" value=\"%s\"><datalist "
		      "id=\"daftar-entitas\">", entity ? entity : "");
	for (size_t i = 0; i < sizeof entity_names / sizeof entity_names[0]; i++)
		html(&r->out, "<option value=\"%s\">%s</option>", entity_names[i][0],
		     entity_names[i][1]);
	html(&r->out, "</datalist></div><div class=\"col-md-2\"><label for=\"f-id\" "
		      "class=\"form-label\">ID</label><input id=\"f-id\" name=\"id\" type=\"number\" "
		      "min=\"1\" class=\"form-control\" value=\"%s\"></div><div class=\"col-md-3\">"
		      "<label for=\"f-login\" class=\"form-label\">Login</label><input id=\"f-login\" "
		      "name=\"login\" class=\"form-control\" value=\"%s\"></div><div class=\"col-md-2\">"
		      "<button type=\"submit\" class=\"btn btn-primary w-100\">Saring</button></div>"
		      "<div class=\"col-md-2\"><a class=\"btn btn-outline-secondary w-100\" "
		      "href=\"/audit\">Hapus saringan</a></div></form>", id ? id : "",
	     login ? login : "");
}

/* The object: "Pegawai #12", linking to its own history. */
static void object_cell(struct req *r, const struct audit_entry *e)
{
	const char *label = LABEL(entity_names, e->entity);
	if (!e->entity_id) {
		html(&r->out, "<td>%s</td>", label);
		return;
	}
	struct strbuf url = STRBUF_INIT;
	strbuf_addstr(&url, "/audit?entitas=");
	url_encode(&url, e->entity);
	strbuf_addf(&url, "&id=%lld", (long long)e->entity_id);
	html(&r->out, "<td class=\"text-nowrap\"><a href=\"%s\">%s #%lld</a></td>", url.buf, label,
	     (long long)e->entity_id);
	strbuf_release(&url);
}

static void entry_row(struct req *r, const struct audit_entry *e)
{
	char when[40];
	format_time_wib(when, sizeof when, e->at);
	html(&r->out, "<tr><td class=\"text-nowrap\">%s</td><td>%s</td><td>%s</td><td>%s</td>",
	     when, e->login, e->ip[0] ? e->ip : "-", LABEL(action_names, e->action));
	object_cell(r, e);
	html_raw(&r->out, "<td>");
	diff_cell(r, e->before_json, e->after_json);
	html_raw(&r->out, "</td></tr>");
}

static void entry_table(struct req *r, const struct audit_entry *list, size_t n, int64_t total)
{
	html(&r->out, "<p class=\"text-muted\">%lld catatan.</p>", (long long)total);
	html_raw(&r->out, "<div class=\"table-responsive\"><table class=\"table table-sm "
			  "table-striped align-middle audit-table\"><caption class=\"visually-hidden\">"
			  "Jejak audit, terbaru lebih dulu</caption><thead><tr>"
			  "<th scope=\"col\">Waktu</th><th scope=\"col\">Pengguna</th>"
			  "<th scope=\"col\">IP</th><th scope=\"col\">Tindakan</th>"
			  "<th scope=\"col\">Objek</th><th scope=\"col\">Perubahan</th></tr></thead><tbody>");
	for (size_t i = 0; i < n; i++)
		entry_row(r, &list[i]);
	if (!n)
		html_raw(&r->out, "<tr><td colspan=\"6\">Tidak ada catatan yang cocok.</td></tr>");
	html_raw(&r->out, "</tbody></table></div>");
}

static void read_filter(struct req *r, struct audit_query *q)
{
	const char *entity = req_query(r, "entitas"), *login = req_query(r, "login"),
		   *id = req_query(r, "id");
	char *end = NULL;
	long long v = id && *id ? strtoll(id, &end, 10) : 0;
	q->entity = entity && *entity ? entity : NULL;
	q->login = login && *login ? login : NULL;
	q->entity_id = v > 0 && end && !*end ? v : 0;
	q->page = req_page(r);
	q->per_page = AUDIT_PER_PAGE;
}

static int page_audit(struct req *r)
{
	static const char *const keep[] = { "entitas", "id", "login", NULL };
	if (r->who.role != ROLE_ADMIN && r->who.role != ROLE_AUDITOR)
		return reply_fail(r, KERR_FORBIDDEN, "",
				  "Jejak audit hanya untuk administrator dan auditor");
	struct audit_query q;
	struct audit_entry *list = NULL;
	size_t n = 0;
	int64_t total = 0;
	struct kerr err = KERR_INIT;
	read_filter(r, &q);
	if (store_audit_list(r->db, &q, &list, &n, &total, &err))
		return reply_error(r, &err);
	page_begin(r, "Jejak Audit", NAV_AUDIT);
	html_raw(&r->out, "<h1 class=\"h3\">Jejak Audit</h1>");
	filter_form(r);
	entry_table(r, list, n, total);
	pager(r, "/audit", q.page, AUDIT_PER_PAGE, total, keep);
	page_end(r);
	audit_entries_free(list, n);
	return reply_html(r, 200);
}

const struct route ui_audit_routes[] = {
	{ "GET", "/audit", page_audit, ACCESS_READ_ALL },
	{ NULL, NULL, NULL, 0 },
};
