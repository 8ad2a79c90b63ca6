/*
 * ui_skp_fields.c - small pieces of the SKP pages: the labels of the plan's
 * choices (months, aspects, approaches, perspectives, directions, field
 * names), the state badge, the period chooser, and the form helpers of the
 * SKP page, whose many forms need ids of their own (f-KEY-NAME) instead of
 * the one-form-per-page ids of ui_helpers.c.
 */
#include "web/ui_skp.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- labels ------------------------------------------------------------------ */

struct pair {
	const char *code, *label;
};

static const char *pair_label(const struct pair *p, size_t n, const char *code)
{
	for (size_t i = 0; code && i < n; i++)
		if (!strcmp(p[i].code, code))
			return p[i].label;
	return code ? code : "";
}

#define LABEL_OF(table, code) pair_label(table, sizeof table / sizeof table[0], code)

const char *skp_month_name(int month)
{
	static const char *const names[] = { "Januari", "Februari", "Maret", "April", "Mei",
					     "Juni", "Juli", "Agustus", "September", "Oktober",
					     "November", "Desember" };
	return month >= 1 && month <= 12 ? names[month - 1] : "?";
}

void skp_months_text(char *out, size_t size, int from, int to)
{
	if (from == to)
		snprintf(out, size, "%s", skp_month_name(from));
	else
		snprintf(out, size, "%s \xe2\x80\x93 %s", skp_month_name(from), skp_month_name(to));
}

const char *skp_aspect_label(const char *aspect)
{
	static const struct pair t[] = { { "kuantitas", "Kuantitas" }, { "kualitas", "Kualitas" },
					 { "waktu", "Waktu" }, { "biaya", "Biaya" } };
	return LABEL_OF(t, aspect);
}

const char *skp_approach_label(const char *approach)
{
	static const struct pair t[] = { { "kuantitatif", "Kuantitatif" },
					 { "kualitatif", "Kualitatif" } };
	return LABEL_OF(t, approach);
}

const char *skp_kind_label(const char *kind)
{
	static const struct pair t[] = { { "utama", "Utama" }, { "tambahan", "Tambahan" } };
	return LABEL_OF(t, kind);
}

const char *skp_perspective_label(const char *perspective)
{
	static const struct pair t[] = {
		{ "penerima_layanan", "Penerima Layanan" }, { "proses_bisnis", "Proses Bisnis" },
		{ "penguatan_internal", "Penguatan Internal" }, { "anggaran", "Anggaran" },
	};
	return LABEL_OF(t, perspective);
}

const char *skp_direction_label(const char *direction)
{
	return direction && !strcmp(direction, "turun") ? "makin rendah makin baik"
							 : "makin tinggi makin baik";
}

const char *skp_field_label(const char *field)
{
	static const struct pair t[] = {
		{ "text", "Uraian" }, { "kind", "Jenis" }, { "induk", "Mendukung" },
		{ "parent_rhk_id", "RHK atasan yang diintervensi" },
		{ "goal_id", "Sasaran organisasi" }, { "perspective", "Perspektif" },
		{ "aspect", "Aspek" }, { "target_min", "Target" },
		{ "target_max", "Batas atas rentang" }, { "target_text", "Target (uraian)" },
		{ "unit_label", "Satuan" }, { "direction", "Arah" },
		{ "month_from", "Bulan awal" }, { "month_to", "Bulan akhir" },
		{ "approach", "Pendekatan" }, { "note", "Catatan" }, { "pegawai", "Bawahan" },
		{ "version", "Versi data" }, { "salin_dari", "SKP yang disalin" },
	};
	for (size_t i = 0; field && i < sizeof t / sizeof t[0]; i++)
		if (!strcmp(t[i].code, field))
			return t[i].label;
	return NULL;
}

void skp_state_badge(struct req *r, const char *state)
{
	static const struct pair cls[] = {
		{ "draft", "text-bg-secondary" }, { "diajukan", "text-bg-warning" },
		{ "disetujui", "text-bg-success" }, { "dikembalikan", "text-bg-danger" },
	};
	enum skp_state st;
	if (!state || !*state || skp_state_parse(state, &st)) {
		html_raw(&r->out, "<span class=\"badge text-bg-light border\">Belum dibuat</span>");
		return;
	}
	html(&r->out, "<span class=\"badge %s\">%s</span>", LABEL_OF(cls, state),
	     skp_state_label(st));
}

/* ---- the period ------------------------------------------------------------------ */

static void no_period_page(struct req *r)
{
	page_begin(r, "Belum ada periode", NAV_SKP);
	html_raw(&r->out, "<h1 class=\"h3\">SKP</h1>");
	alert_box(r, "info", "Belum ada periode kinerja yang dibuka. SKP dapat disusun setelah "
			     "administrator membuka periode kinerja tahun ini.");
	page_end(r);
	reply_html(r, 200);
}

int skp_period_pick_or_reply(struct req *r, struct period *out)
{
	struct kerr err = KERR_INIT;
	const char *q = req_query(r, "periode");
	char *end = NULL;
	if (q && *q) {
		long long id = strtoll(q, &end, 10);
		if (*end || id <= 0) {
			reply_fail(r, KERR_NOT_FOUND, "periode", "Periode tidak ditemukan");
			return -1;
		}
		if (store_period_get(r->db, id, out, &err)) {
			reply_error(r, &err);
			return -1;
		}
		return 0;
	}
	if (store_period_current(r->db, out, &err) == 0)
		return 0;
	if (err.code == KERR_NOT_FOUND)
		no_period_page(r);
	else
		reply_error(r, &err);
	return -1;
}

void skp_period_switcher(struct req *r, const char *path, const struct period *cur)
{
	struct kerr err = KERR_INIT;
	struct period *list = NULL;
	size_t n = 0;
	if (store_period_list(r->db, &list, &n, &err) || n < 2) {
		free(list);
		return;
	}
	html(&r->out, "<form method=\"get\" action=\"%s\" class=\"d-flex flex-wrap gap-2 "
		      "align-items-end mb-3 d-print-none\"><div><label for=\"f-periode\" "
		      "class=\"form-label small mb-1\">Periode</label><select id=\"f-periode\" "
		      "name=\"periode\" class=\"form-select form-select-sm\">", path);
	for (size_t i = 0; i < n; i++)
		html(&r->out, "<option value=\"%lld\"%s>%s</option>", (long long)list[i].id,
		     list[i].id == cur->id ? " selected" : "", list[i].name);
	html_raw(&r->out, "</select></div><button type=\"submit\" class=\"btn btn-sm "
			  "btn-outline-secondary\">Tampilkan</button></form>");
	free(list);
}

/* ---- form pieces ---------------------------------------------------------------- */

void sform_init(struct sform *f, struct req *r, const struct skp_view *v, const char *key)
{
	f->r = r;
	f->key = key;
	f->err = v && v->failed && v->err && !strcmp(v->failed, key) ? v->err : NULL;
	f->claimed = 0;
}

int sform_failed(const struct sform *f)
{
	return f->err != NULL;
}

/* The store names the link of an RHK parent_rhk_id or goal_id; the form has
 * one choice for both. */
static int field_at_fault(const struct sform *f, const char *name)
{
	if (!f->err)
		return 0;
	const char *field = f->err->field;
	if (!strcmp(field, "parent_rhk_id") || !strcmp(field, "goal_id"))
		field = "induk";
	return !strcmp(field, name);
}

void sform_open(struct sform *f, const char *action, const char *cls, const char *extra)
{
	html(&f->r->out, "<form method=\"post\" action=\"%s\" id=\"%s\" class=\"%s\"", action,
	     f->key, cls);
	html_raw(&f->r->out, extra ? extra : "");
	html_raw(&f->r->out, ">");
	csrf_field(f->r);
}

void sform_end(struct sform *f)
{
	if (f->err && !f->claimed) {
		html_raw(&f->r->out, "<div class=\"col-12 mt-2\">");
		const char *field = f->err->field;
		form_error_alert(f->r, field[0] ? skp_field_label(field) : NULL, f->err);
		html_raw(&f->r->out, "</div>");
	}
	html_raw(&f->r->out, "</form>");
}

const char *sform_value(const struct sform *f, const char *name, const char *stored)
{
	const char *typed = f->err ? req_form(f->r, name) : NULL;
	if (typed)
		return typed;
	return stored ? stored : "";
}

void sform_field_attrs(struct sform *f, const char *name, const char *base)
{
	html(&f->r->out, " id=\"f-%s-%s\" name=\"%s\"", f->key, name, name);
	if (field_at_fault(f, name))
		html(&f->r->out, " class=\"%s is-invalid\" aria-invalid=\"true\" "
				 "aria-describedby=\"f-%s-%s-msg\" autofocus", base, f->key, name);
	else
		html(&f->r->out, " class=\"%s\"", base);
}

void sform_field_end(struct sform *f, const char *name)
{
	if (field_at_fault(f, name)) {
		html(&f->r->out, "<div id=\"f-%s-%s-msg\" class=\"invalid-feedback\">%s</div>",
		     f->key, name, f->err->msg);
		f->claimed = 1;
	}
	html_raw(&f->r->out, "</div>");
}

static void field_label(struct sform *f, const char *name, const char *label, const char *col)
{
	html(&f->r->out, "<div class=\"%s\"><label for=\"f-%s-%s\" class=\"form-label\">%s"
			 "</label>", col, f->key, name, label);
}

void sform_input(struct sform *f, const char *name, const char *label, const char *type,
		 const char *value, const char *col, const char *extra)
{
	field_label(f, name, label, col);
	html(&f->r->out, "<input type=\"%s\" value=\"%s\"", type, sform_value(f, name, value));
	sform_field_attrs(f, name, "form-control");
	html_raw(&f->r->out, extra ? extra : "");
	html_raw(&f->r->out, ">");
	sform_field_end(f, name);
}

void sform_textarea(struct sform *f, const char *name, const char *label, const char *value,
		    const char *col, const char *extra)
{
	field_label(f, name, label, col);
	html_raw(&f->r->out, "<textarea rows=\"2\"");
	sform_field_attrs(f, name, "form-control");
	html_raw(&f->r->out, extra ? extra : "");
	html(&f->r->out, ">%s</textarea>", sform_value(f, name, value));
	sform_field_end(f, name);
}

void sform_select_open(struct sform *f, const char *name, const char *label, const char *col)
{
	field_label(f, name, label, col);
	html_raw(&f->r->out, "<select");
	sform_field_attrs(f, name, "form-select");
	html_raw(&f->r->out, ">");
}

void sform_select_close(struct sform *f, const char *name)
{
	html_raw(&f->r->out, "</select>");
	sform_field_end(f, name);
}

void sform_help(struct sform *f, const char *name, const char *text)
{
	html(&f->r->out, "<div class=\"form-text\" id=\"f-%s-%s-help\">%s</div>", f->key, name,
	     text);
}

void sform_hidden(struct sform *f, const char *name, const char *value)
{
	html(&f->r->out, "<input type=\"hidden\" name=\"%s\" value=\"%s\">", name, value);
}

void sform_details_open(struct sform *f, const char *summary, const char *summary_cls,
			int open_anyway)
{
	html(&f->r->out, "<details class=\"skpp-details\"%s><summary class=\"%s\">%s</summary>"
			 "<div class=\"skpp-details-body\">",
	     f->err || open_anyway ? " open" : "", summary_cls, summary);
}
