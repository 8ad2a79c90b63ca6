/*
 * ui_employee_form.c - adding and changing an employee: one form, shared by
 * GET /pegawai/baru, GET /pegawai/{id}/ubah and the two POSTs behind them.
 *
 * The form posts the store's own field names (nip, name, unit_code, ...), so
 * an error the store reports on a field marks that input directly.  On any
 * refusal the form comes back with what was typed and an alert naming the
 * field; on success the browser is sent to the employee's page.  A pengelola
 * can only choose units and positions within their scope.
 */
#include "web/ui.h"
#include "web/ui_pages.h"
#include "domain/golongan.h"
#include "http/auth.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct field_label {
	const char *name, *label;
};

static const struct field_label labels[] = {
	{ "nip", "NIP" }, { "nip_kind", "Jenis NIP" }, { "front_title", "Gelar depan" },
	{ "name", "Nama" }, { "back_title", "Gelar belakang" }, { "golongan", "Golongan" },
	{ "unit_code", "Unit kerja" }, { "position_code", "Jabatan" }, { "status", "Status" },
	{ "email", "Email" }, { "version", "Versi data" },
};

static const char *label_of(const char *field)
{
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (!strcmp(labels[i].name, field))
			return labels[i].label;
	return NULL;
}

/* What the form needs besides the employee: units and positions to choose. */
struct form_ctx {
	struct unit *units;
	size_t nu;
	unsigned char *allow;     /* units the viewer may choose */
	struct position *pos;
	size_t np;
};

static int ctx_load(struct req *r, struct form_ctx *c, struct kerr *err)
{
	memset(c, 0, sizeof *c);
	if (store_unit_list(r->db, &c->units, &c->nu, err) ||
	    store_position_list(r->db, &c->pos, &c->np, err))
		return -1;
	c->allow = units_within(c->units, c->nu, view_scope_unit(r));
	return 0;
}

static void ctx_release(struct form_ctx *c)
{
	free(c->units);
	free(c->allow);
	free(c->pos);
}

/* ---- rendering ------------------------------------------------------------ */

static void text_input(struct req *r, const char *name, const char *type, const char *value,
		       const char *col, const char *extra, const struct kerr *err)
{
	form_text(r, name, label_of(name), type, value, col, extra, err);
}

static void select_open(struct req *r, const char *name, const char *col, const struct kerr *err)
{
	form_select_open(r, name, label_of(name), col, err);
}

static void golongan_select(struct req *r, const char *value, const struct kerr *err)
{
	char text[80];
	select_open(r, "golongan", "col-md-4", err);
	form_option(r, "", "\xe2\x80\x94 belum diisi \xe2\x80\x94", value);
	html_raw(&r->out, "<optgroup label=\"PNS\">");
	for (size_t i = 0; i < golongan_count(); i++) {
		const struct golongan *g = golongan_at(i);
		snprintf(text, sizeof text, "%s \xe2\x80\x94 %s", g->code, g->pangkat);
		form_option(r, g->code, text, value);
	}
	html_raw(&r->out, "</optgroup><optgroup label=\"PPPK\">");
	for (size_t i = 0; i < pppk_golongan_count(); i++) {
		const struct golongan *g = pppk_golongan_at(i);
		snprintf(text, sizeof text, "Golongan %s", g->code);
		form_option(r, g->code, text, value);
	}
	html_raw(&r->out, "</optgroup></select>");
	form_close(r, "golongan", err);
}

static void unit_select(struct req *r, const struct form_ctx *c, const char *value,
			const struct kerr *err)
{
	select_open(r, "unit_code", "col-md-6", err);
	form_option(r, "", "\xe2\x80\x94 pilih unit kerja \xe2\x80\x94", value);
	unit_options(&r->out, c->units, c->nu, c->allow, 1, value);
	html_raw(&r->out, "</select>");
	form_close(r, "unit_code", err);
}

/* Positions as "Kode — Nama (Unit)", with who holds them now. */
static void position_select(struct req *r, const struct form_ctx *c, const struct employee *e,
			    const struct kerr *err)
{
	select_open(r, "position_code", "col-md-6", err);
	form_option(r, "", "\xe2\x80\x94 tanpa jabatan \xe2\x80\x94", e->position_code);
	for (size_t i = 0; i < c->np; i++) {
		const struct position *p = &c->pos[i];
		size_t u = unit_index_of(c->units, c->nu, p->unit_id);
		if ((u == c->nu || !c->allow[u]) && strcmp(p->code, e->position_code))
			continue;
		struct strbuf t = STRBUF_INIT;
		strbuf_addf(&t, "%s \xe2\x80\x94 %s (%s)", p->code, p->name, p->unit_name);
		if (p->holder_id && p->holder_id != e->id)
			strbuf_addf(&t, " \xe2\x80\x94 dipegang %s", p->holder_name);
		form_option(r, p->code, t.buf, e->position_code);
		strbuf_release(&t);
	}
	html_raw(&r->out, "</select>");
	form_close(r, "position_code", err);
}

static void choice_selects(struct req *r, const struct employee *e, const struct kerr *err)
{
	select_open(r, "nip_kind", "col-md-3", err);
	form_option(r, "pns", "PNS", e->nip_kind);
	form_option(r, "pppk", "PPPK", e->nip_kind);
	html_raw(&r->out, "</select>");
	form_close(r, "nip_kind", err);
	select_open(r, "status", "col-md-3", err);
	form_option(r, "aktif", "Aktif", e->status);
	form_option(r, "pindah", "Pindah", e->status);
	form_option(r, "pensiun", "Pensiun", e->status);
	html_raw(&r->out, "</select>");
	form_close(r, "status", err);
}

static void form_alert(struct req *r, const struct kerr *err)
{
	form_error_alert(r, label_of(err->field), err);
	if (err->code == KERR_CONFLICT && !strcmp(err->field, "version"))
		html_raw(&r->out, "<p>Buka kembali halaman ubah untuk melihat data terbaru.</p>");
}

static void form_open(struct req *r, const struct employee *e)
{
	if (e->id)
		html(&r->out, "<form method=\"post\" action=\"/pegawai/%lld\" class=\"row g-3\">"
			      "<input type=\"hidden\" name=\"version\" value=\"%lld\">",
		     (long long)e->id, (long long)e->version);
	else
		html_raw(&r->out, "<form method=\"post\" action=\"/pegawai\" class=\"row g-3\">");
	csrf_field(r);
}

static void form_buttons(struct req *r, const struct employee *e)
{
	html_raw(&r->out, "<div class=\"col-12 d-flex gap-2\"><button type=\"submit\" "
			  "class=\"btn btn-primary\">Simpan</button>");
	if (e->id)
		html(&r->out, "<a class=\"btn btn-outline-secondary\" href=\"/pegawai/%lld\">Batal</a>",
		     (long long)e->id);
	else
		html_raw(&r->out, "<a class=\"btn btn-outline-secondary\" href=\"/pegawai\">Batal</a>");
	html_raw(&r->out, "</div></form>");
}

/* The whole page: the form filled from e, editing when e->id is set. */
static void employee_form(struct req *r, const struct form_ctx *c, const struct employee *e,
			  const struct kerr *err)
{
	const char *title = e->id ? "Ubah data pegawai" : "Tambah pegawai";
	page_begin(r, title, NAV_PEGAWAI);
	html(&r->out, "<h1 class=\"h3\">%s</h1>", title);
	if (err && err->code != KERR_OK)
		form_alert(r, err);
	form_open(r, e);
	/* a refused form shows the NIP as typed, spaces and all, not as stored */
	const char *typed_nip = err ? req_form(r, "nip") : NULL;
	text_input(r, "nip", "text", typed_nip ? typed_nip : e->nip, "col-md-6",
		   " required inputmode=\"numeric\" autocomplete=\"off\" maxlength=\"30\" "
		   "placeholder=\"18 digit, mis. 19660801 198803 1 001\"", err);
	choice_selects(r, e, err);
	text_input(r, "front_title", "text", e->front_title, "col-md-2", " maxlength=\"47\"", err);
	text_input(r, "name", "text", e->name, "col-md-6", " required maxlength=\"200\"", err);
	text_input(r, "back_title", "text", e->back_title, "col-md-4", " maxlength=\"63\"", err);
	golongan_select(r, e->golongan, err);
	text_input(r, "email", "email", e->email, "col-md-8", " maxlength=\"159\"", err);
	unit_select(r, c, e->unit_code, err);
	position_select(r, c, e, err);
	form_buttons(r, e);
	page_end(r);
}

/* Renders the form with status; a database failure is an error page instead. */
static int form_reply(struct req *r, const struct employee *e, const struct kerr *err,
		      int status)
{
	struct form_ctx c;
	struct kerr lerr = KERR_INIT;
	if (ctx_load(r, &c, &lerr)) {
		ctx_release(&c);
		return reply_error(r, &lerr);
	}
	employee_form(r, &c, e, err);
	ctx_release(&c);
	return reply_html(r, status);
}

/* ---- reading the form ------------------------------------------------------ */

/* The NIP as typed, often grouped "19660801 198803 1 001": blanks (and the
 * no-break space spreadsheets paste) are dropped before it is stored. */
static void read_nip(struct req *r, struct employee *e, struct kerr *err)
{
	char typed[96];
	size_t n = 0;
	form_read(r, "nip", typed, sizeof typed, err);
	for (const char *p = typed; *p; p++) {
		if (*p == ' ' || *p == '\t')
			continue;
		if ((unsigned char)p[0] == 0xc2 && (unsigned char)p[1] == 0xa0) {
			p++;
			continue;
		}
		typed[n++] = *p;
	}
	typed[n] = '\0';
	if (copy_str(e->nip, sizeof e->nip, typed))
		kerr_set(err, KERR_INVALID, "nip", "NIP harus 18 digit angka");
}

static void read_form(struct req *r, struct employee *e, struct kerr *err)
{
	read_nip(r, e, err);
	form_read(r, "nip_kind", e->nip_kind, sizeof e->nip_kind, err);
	form_read(r, "front_title", e->front_title, sizeof e->front_title, err);
	form_read(r, "name", e->name, sizeof e->name, err);
	form_read(r, "back_title", e->back_title, sizeof e->back_title, err);
	form_read(r, "golongan", e->golongan, sizeof e->golongan, err);
	form_read(r, "unit_code", e->unit_code, sizeof e->unit_code, err);
	form_read(r, "position_code", e->position_code, sizeof e->position_code, err);
	form_read(r, "status", e->status, sizeof e->status, err);
	form_read(r, "email", e->email, sizeof e->email, err);
}

/* Reports a refused save: the form again for the user's mistakes, an error
 * page for failures of the system. */
static int save_failed(struct req *r, const struct employee *e, const struct kerr *err)
{
	if (err->code == KERR_DB || err->code == KERR_IO || err->code == KERR_INTERNAL)
		return reply_error(r, err);
	return form_reply(r, e, err, kerr_http_status(err));
}

static int saved(struct req *r, int64_t id, const char *notice)
{
	char loc[80];
	snprintf(loc, sizeof loc, "/pegawai/%lld?pesan=%s", (long long)id, notice);
	return reply_redirect(r, loc);
}

/* ---- handlers ------------------------------------------------------------- */

int page_employee_new(struct req *r)
{
	struct employee e;
	memset(&e, 0, sizeof e);
	copy_str(e.nip_kind, sizeof e.nip_kind, "pns");
	copy_str(e.status, sizeof e.status, "aktif");
	return form_reply(r, &e, NULL, 200);
}

int page_employee_create(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	memset(&e, 0, sizeof e);
	read_form(r, &e, &err);
	struct actor who = req_actor(r);
	if (kerr_is_set(&err) || scope_check_placement(r, &e, &err) ||
	    store_employee_create(r->db, &who, &e, &err)) {
		e.id = 0;
		return save_failed(r, &e, &err);
	}
	return saved(r, e.id, "dibuat");
}

/* Loads the employee at path_id; replies itself (404, 403) and returns -1. */
static int load_editable(struct req *r, struct employee *e)
{
	struct kerr err = KERR_INIT;
	if (store_employee_get(r->db, r->path_id, e, &err)) {
		reply_error(r, &err);
		return -1;
	}
	if (!may_edit_employee(r, e)) {
		reply_fail(r, KERR_FORBIDDEN, "", "Anda tidak berhak mengubah data pegawai ini");
		return -1;
	}
	return 0;
}

int page_employee_edit(struct req *r)
{
	struct employee e;
	if (load_editable(r, &e))
		return 0;
	return form_reply(r, &e, NULL, 200);
}

int page_employee_update(struct req *r)
{
	struct kerr err = KERR_INIT;
	struct employee e;
	if (load_editable(r, &e))
		return 0;
	read_form(r, &e, &err);
	const char *version = req_form(r, "version");
	char *end = NULL;
	e.version = version ? strtoll(version, &end, 10) : 0;
	if (!version || !*version || *end)
		kerr_set(&err, KERR_INVALID, "version", "Versi data tidak ada; buka ulang formulir");
	struct actor who = req_actor(r);
	if (kerr_is_set(&err) || scope_check_placement(r, &e, &err) ||
	    store_employee_update(r->db, &who, &e, &err))
		return save_failed(r, &e, &err);
	return saved(r, e.id, "disimpan");
}
