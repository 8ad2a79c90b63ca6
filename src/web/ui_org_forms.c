/*
 * ui_org_forms.c - the administrator's forms for the organisation: adding a
 * unit kerja, and adding or changing a jabatan (name, kind, unit, parent
 * position and acting holder, Plt, given by NIP).
 *
 * Inputs carry the store's field names, so a refusal from the store (an
 * unknown unit, a parent that would make the hierarchy loop, a code already
 * used) marks the right input; the form comes back with what was typed.
 */
#include "web/ui.h"
#include "web/ui_pages.h"
#include "domain/hierarchy.h"
#include "domain/nip.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A refusal the user can fix shows the form again; anything else is an
 * error page.  Returns 1 if the form should be shown. */
static int user_error(const struct kerr *err)
{
	return err->code == KERR_INVALID || err->code == KERR_CONFLICT ||
	       err->code == KERR_NOT_FOUND;
}

static void form_buttons(struct req *r)
{
	html_raw(&r->out, "<div class=\"col-12 d-flex gap-2\"><button type=\"submit\" "
			  "class=\"btn btn-primary\">Simpan</button><a class=\"btn btn-outline-secondary\" "
			  "href=\"/organisasi\">Batal</a></div></form>");
}

/* ---- units ----------------------------------------------------------------------- */

static const char *unit_label(const char *field)
{
	return !strcmp(field, "code") ? "Kode unit" : !strcmp(field, "name") ? "Nama unit"
	     : !strcmp(field, "kind") ? "Jenis unit" : !strcmp(field, "parent_code") ? "Unit induk"
	     : NULL;
}

static void unit_fields(struct req *r, const struct unit *u, const struct unit *units, size_t nu,
			const struct kerr *err)
{
	form_text(r, "code", "Kode unit", "text", u->code, "col-md-4",
		  " required maxlength=\"39\" autocomplete=\"off\" placeholder=\"tanpa spasi, mis. "
		  "KEL-ASM\"", err);
	form_text(r, "name", "Nama unit", "text", u->name, "col-md-8", " required maxlength=\"199\"",
		  err);
	form_select_open(r, "kind", "Jenis unit", "col-md-4", err);
	for (size_t i = 0; i < unit_kind_count(); i++)
		form_option(r, unit_kind_at(i), unit_kind_label(unit_kind_at(i)), u->kind);
	html_raw(&r->out, "</select>");
	form_close(r, "kind", err);
	form_select_open(r, "parent_code", "Unit induk", "col-md-8", err);
	form_option(r, "", "\xe2\x80\x94 tidak ada (unit teratas) \xe2\x80\x94", u->parent_code);
	unit_options(&r->out, units, nu, NULL, 1, u->parent_code);
	html_raw(&r->out, "</select>");
	form_close(r, "parent_code", err);
}

static int unit_form_page(struct req *r, const struct unit *u, const struct kerr *err, int status)
{
	struct unit *units = NULL;
	size_t nu = 0;
	struct kerr lerr = KERR_INIT;
	if (store_unit_list(r->db, &units, &nu, &lerr))
		return reply_error(r, &lerr);
	page_begin(r, "Tambah unit kerja", NAV_ORGANISASI);
	html_raw(&r->out, "<h1 class=\"h3\">Tambah unit kerja</h1>");
	if (err)
		form_error_alert(r, unit_label(err->field), err);
	html_raw(&r->out, "<form method=\"post\" action=\"/organisasi/unit\" class=\"row g-3\">");
	csrf_field(r);
	unit_fields(r, u, units, nu, err);
	form_buttons(r);
	page_end(r);
	free(units);
	return reply_html(r, status);
}

int page_unit_new(struct req *r)
{
	struct unit u;
	memset(&u, 0, sizeof u);
	copy_str(u.kind, sizeof u.kind, "seksi");
	const char *parent = req_query(r, "induk");
	if (parent)
		copy_str(u.parent_code, sizeof u.parent_code, parent);
	return unit_form_page(r, &u, NULL, 200);
}

int page_unit_create(struct req *r)
{
	struct unit u;
	struct kerr err = KERR_INIT;
	memset(&u, 0, sizeof u);
	form_read(r, "code", u.code, sizeof u.code, &err);
	form_read(r, "name", u.name, sizeof u.name, &err);
	form_read(r, "kind", u.kind, sizeof u.kind, &err);
	form_read(r, "parent_code", u.parent_code, sizeof u.parent_code, &err);
	struct actor who = req_actor(r);
	if (kerr_is_set(&err) || store_unit_create(r->db, &who, &u, &err))
		return user_error(&err) ? unit_form_page(r, &u, &err, kerr_http_status(&err))
					: reply_error(r, &err);
	char loc[80];
	snprintf(loc, sizeof loc, "/organisasi?pesan=dibuat#unit-%lld", (long long)u.id);
	return reply_redirect(r, loc);
}

/* ---- positions ------------------------------------------------------------------- */

struct pos_form {
	struct position p;
	char plt_nip[40];
};

static const char *position_label(const char *field)
{
	static const char *const names[][2] = {
		{ "code", "Kode jabatan" }, { "name", "Nama jabatan" }, { "kind", "Jenis jabatan" },
		{ "unit_code", "Unit kerja" }, { "parent_code", "Jabatan atasan" },
		{ "plt_nip", "NIP Plt" },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(names[i][0], field))
			return names[i][1];
	return NULL;
}

static void kind_select(struct req *r, const char *value, const struct kerr *err)
{
	form_select_open(r, "kind", "Jenis jabatan", "col-md-4", err);
	for (size_t i = 0; i < position_kind_count(); i++)
		form_option(r, position_kind_at(i), position_kind_label(position_kind_at(i)), value);
	html_raw(&r->out, "</select>");
	form_close(r, "kind", err);
}

/* Every other position, "Kode — Nama (Unit)". */
static void parent_select(struct req *r, const struct pos_form *f, const struct position *all,
			  size_t n, const struct kerr *err)
{
	form_select_open(r, "parent_code", "Jabatan atasan", "col-md-6", err);
	form_option(r, "", "\xe2\x80\x94 tidak ada (puncak hierarki) \xe2\x80\x94", f->p.parent_code);
	for (size_t i = 0; i < n; i++) {
		if (f->p.id && all[i].id == f->p.id)
			continue;
		struct strbuf t = STRBUF_INIT;
		strbuf_addf(&t, "%s \xe2\x80\x94 %s (%s)", all[i].code, all[i].name, all[i].unit_name);
		form_option(r, all[i].code, t.buf, f->p.parent_code);
		strbuf_release(&t);
	}
	html_raw(&r->out, "</select>");
	form_close(r, "parent_code", err);
}

static void position_fields(struct req *r, const struct pos_form *f, const struct unit *units,
			    size_t nu, const struct position *all, size_t np, const struct kerr *err)
{
	const char *code_attrs = f->p.id ? " readonly" : " required maxlength=\"39\" autocomplete=\"off\"";
	form_text(r, "code", "Kode jabatan", "text", f->p.code, "col-md-4", code_attrs, err);
	form_text(r, "name", "Nama jabatan", "text", f->p.name, "col-md-8",
		  " required maxlength=\"199\"", err);
	kind_select(r, f->p.kind, err);
	form_select_open(r, "unit_code", "Unit kerja", "col-md-8", err);
	form_option(r, "", "\xe2\x80\x94 pilih unit kerja \xe2\x80\x94", f->p.unit_code);
	unit_options(&r->out, units, nu, NULL, 1, f->p.unit_code);
	html_raw(&r->out, "</select>");
	form_close(r, "unit_code", err);
	parent_select(r, f, all, np, err);
	form_text(r, "plt_nip", "NIP Plt (pelaksana tugas, boleh kosong)", "text", f->plt_nip,
		  "col-md-6", " inputmode=\"numeric\" maxlength=\"30\" autocomplete=\"off\"", err);
}

static int position_form_page(struct req *r, const struct pos_form *f, const struct kerr *err,
			      int status)
{
	struct unit *units = NULL;
	struct position *all = NULL;
	size_t nu = 0, np = 0;
	struct kerr lerr = KERR_INIT;
	if (store_unit_list(r->db, &units, &nu, &lerr) ||
	    store_position_list(r->db, &all, &np, &lerr)) {
		free(units);
		return reply_error(r, &lerr);
	}
	const char *title = f->p.id ? "Ubah jabatan" : "Tambah jabatan";
	page_begin(r, title, NAV_ORGANISASI);
	html(&r->out, "<h1 class=\"h3\">%s</h1>", title);
	if (err)
		form_error_alert(r, position_label(err->field), err);
	if (f->p.id)
		html(&r->out, "<form method=\"post\" action=\"/organisasi/jabatan/%lld\" "
			      "class=\"row g-3\">", (long long)f->p.id);
	else
		html_raw(&r->out, "<form method=\"post\" action=\"/organisasi/jabatan\" class=\"row g-3\">");
	csrf_field(r);
	position_fields(r, f, units, nu, all, np, err);
	form_buttons(r);
	page_end(r);
	free(all);
	free(units);
	return reply_html(r, status);
}

/* Reads the form into f (the code only when creating) and resolves the Plt. */
static int read_position(struct req *r, struct pos_form *f, struct kerr *err)
{
	char nip[NIP_LEN + 1];
	struct employee e;
	struct kerr why = KERR_INIT;
	if (!f->p.id)
		form_read(r, "code", f->p.code, sizeof f->p.code, err);
	form_read(r, "name", f->p.name, sizeof f->p.name, err);
	form_read(r, "kind", f->p.kind, sizeof f->p.kind, err);
	form_read(r, "unit_code", f->p.unit_code, sizeof f->p.unit_code, err);
	form_read(r, "parent_code", f->p.parent_code, sizeof f->p.parent_code, err);
	form_read(r, "plt_nip", f->plt_nip, sizeof f->plt_nip, err);
	f->p.plt_id = 0;
	if (kerr_is_set(err) || !f->plt_nip[0])
		return kerr_is_set(err) ? -1 : 0;
	if (nip_normalize(f->plt_nip, nip, &why))
		return kerr_set(err, KERR_INVALID, "plt_nip", "%s", why.msg);
	if (store_employee_by_nip(r->db, nip, &e, &why) && why.code == KERR_NOT_FOUND)
		return kerr_set(err, KERR_INVALID, "plt_nip", "Tidak ada pegawai dengan NIP ini");
	if (kerr_is_set(&why))
		return kerr_set(err, why.code, "plt_nip", "%s", why.msg);
	f->p.plt_id = e.id;
	return 0;
}

/* The store reports the Plt as plt_id; the form calls it plt_nip. */
static int position_refused(struct req *r, const struct pos_form *f, struct kerr *err)
{
	if (!user_error(err))
		return reply_error(r, err);
	if (!strcmp(err->field, "plt_id"))
		copy_str(err->field, sizeof err->field, "plt_nip");
	return position_form_page(r, f, err, kerr_http_status(err));
}

static int position_saved(struct req *r, int64_t id, const char *notice)
{
	char loc[96];
	snprintf(loc, sizeof loc, "/organisasi?pesan=%s#jabatan-%lld", notice, (long long)id);
	return reply_redirect(r, loc);
}

int page_position_new(struct req *r)
{
	struct pos_form f;
	memset(&f, 0, sizeof f);
	copy_str(f.p.kind, sizeof f.p.kind, "pelaksana");
	return position_form_page(r, &f, NULL, 200);
}

int page_position_create(struct req *r)
{
	struct pos_form f;
	struct kerr err = KERR_INIT;
	memset(&f, 0, sizeof f);
	struct actor who = req_actor(r);
	if (read_position(r, &f, &err) || store_position_create(r->db, &who, &f.p, &err)) {
		f.p.id = 0;
		return position_refused(r, &f, &err);
	}
	return position_saved(r, f.p.id, "dibuat");
}

/* Loads the position at path_id and the NIP of its Plt into f. */
static int load_position(struct req *r, struct pos_form *f, struct kerr *err)
{
	struct employee e;
	memset(f, 0, sizeof *f);
	if (store_position_get(r->db, r->path_id, &f->p, err))
		return -1;
	if (f->p.plt_id && !store_employee_get(r->db, f->p.plt_id, &e, err))
		copy_str(f->plt_nip, sizeof f->plt_nip, e.nip);
	return kerr_is_set(err) ? -1 : 0;
}

int page_position_edit(struct req *r)
{
	struct pos_form f;
	struct kerr err = KERR_INIT;
	if (load_position(r, &f, &err))
		return reply_error(r, &err);
	return position_form_page(r, &f, NULL, 200);
}

int page_position_update(struct req *r)
{
	struct pos_form f;
	struct kerr err = KERR_INIT;
	if (load_position(r, &f, &err))
		return reply_error(r, &err);
	struct actor who = req_actor(r);
	if (read_position(r, &f, &err) || store_position_update(r->db, &who, &f.p, &err))
		return position_refused(r, &f, &err);
	return position_saved(r, f.p.id, "disimpan");
}
