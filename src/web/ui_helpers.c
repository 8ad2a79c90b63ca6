/*
 * ui_helpers.c - small pieces shared by the employee, organisation and audit
 * pages: how a NIP, a name with titles, a status and a golongan are shown,
 * who may manage employees, the pengelola scope over the unit tree, and the
 * walk that lays a parent/child list out as a tree (for nested lists and
 * indented <select> options), and the pieces every form is built from
 * (the period select of the filter forms among them).
 */
#include "web/ui_pages.h"
#include "domain/tree.h"
#include "http/scope.h"
#include "domain/golongan.h"
#include "http/html.h"
#include "http/request.h"
#include "store/plan.h"
#include "web/ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void nip_display(char *out, size_t size, const char *nip)
{
	size_t len = nip ? strlen(nip) : 0;
	int digits = len == 18;
	for (size_t i = 0; digits && i < len; i++)
		digits = nip[i] >= '0' && nip[i] <= '9';
	if (!digits) {
		copy_str(out, size, nip ? nip : "");
		return;
	}
	if (size < 22) {
		copy_str(out, size, nip);
		return;
	}
	/* "19660801 198803 1 001": groups of 8, 6, 1 and 3 digits. */
	static const unsigned char group_end[] = { 8, 14, 15 };
	size_t o = 0, g = 0;
	for (size_t i = 0; i < 18; i++) {
		if (g < sizeof group_end && i == group_end[g]) {
			out[o++] = ' ';
			g++;
		}
		out[o++] = nip[i];
	}
	out[o] = '\0';
}

void employee_display_name(struct strbuf *sb, const struct employee *e)
{
	if (e->front_title[0]) {
		strbuf_addstr(sb, e->front_title);
		strbuf_addch(sb, ' ');
	}
	strbuf_addstr(sb, e->name);
	if (e->back_title[0]) {
		strbuf_addstr(sb, ", ");
		strbuf_addstr(sb, e->back_title);
	}
}

const char *employee_status_label(const char *status)
{
	if (!strcmp(status, "aktif"))
		return "Aktif";
	if (!strcmp(status, "pindah"))
		return "Pindah";
	if (!strcmp(status, "pensiun"))
		return "Pensiun";
	return status;
}

int may_manage_people(const struct req *r)
{
	return r->who.user_id &&
	       (r->who.role == ROLE_ADMIN || r->who.role == ROLE_PENGELOLA);
}

/* Rank of a unit kind in unit_kind_at() order (sekretariat before seksi
 * before kelurahan); unknown kinds last. */
static size_t kind_rank(const char *kind)
{
	size_t i = 0;
	while (i < unit_kind_count() && strcmp(unit_kind_at(i), kind))
		i++;
	return i;
}

/* A unit with its kind's rank worked out once, for sorting siblings. */
struct ranked_unit {
	const struct unit *u;
	size_t rank;
};

static int unit_sibling_cmp(const void *a, const void *b)
{
	const struct ranked_unit *x = a, *y = b;
	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	return strcmp(x->u->code, y->u->code);
}

void units_tree_order(const struct unit *units, size_t n, size_t *order, int *depth)
{
	struct ranked_unit *sorted = xcalloc(n ? n : 1, sizeof *sorted);
	int64_t *ids = xcalloc(n ? n : 1, sizeof *ids);
	int64_t *parents = xcalloc(n ? n : 1, sizeof *parents);
	for (size_t i = 0; i < n; i++)
		sorted[i] = (struct ranked_unit){ &units[i], kind_rank(units[i].kind) };
	qsort(sorted, n, sizeof *sorted, unit_sibling_cmp);
	for (size_t i = 0; i < n; i++) {
		ids[i] = sorted[i].u->id;
		parents[i] = sorted[i].u->parent_id;
	}
	tree_order(ids, parents, n, order, depth);
	for (size_t k = 0; k < n; k++)
		order[k] = (size_t)(sorted[order[k]].u - units);
	free(parents);
	free(ids);
	free(sorted);
}

void unit_options(struct strbuf *out, const struct unit *units, size_t n,
		  const unsigned char *allow, int by_code, const char *selected)
{
	size_t *order = xcalloc(n ? n : 1, sizeof *order);
	int *depth = xcalloc(n ? n : 1, sizeof *depth);
	units_tree_order(units, n, order, depth);
	for (size_t k = 0; k < n; k++) {
		const struct unit *u = &units[order[k]];
		if (allow && !allow[order[k]])
			continue;
		char val[48];
		if (by_code)
			copy_str(val, sizeof val, u->code);
		else
			snprintf(val, sizeof val, "%lld", (long long)u->id);
		int sel = selected && !strcmp(selected, val);
		html(out, "<option value=\"%s\"%s>", val, sel ? " selected" : "");
		for (int d = 0; d < depth[k] && d < 12; d++)
			html_raw(out, "&nbsp;&nbsp;&nbsp;");
		html(out, "%s</option>", u->name);
	}
	free(depth);
	free(order);
}

/* ---- form pieces ----------------------------------------------------------------- */

static int is_bad(const struct kerr *err, const char *name)
{
	return err && err->code != KERR_OK && !strcmp(err->field, name);
}

void form_label(struct req *r, const char *name, const char *label, const char *col)
{
	html(&r->out, "<div class=\"%s\"><label for=\"f-%s\" class=\"form-label\">%s</label>", col,
	     name, label);
}

void form_attrs(struct req *r, const char *name, const char *base, const struct kerr *err)
{
	if (is_bad(err, name))
		html(&r->out, " class=\"%s is-invalid\" aria-invalid=\"true\" "
			      "aria-describedby=\"f-%s-msg\"", base, name);
	else
		html(&r->out, " class=\"%s\"", base);
}

void form_close(struct req *r, const char *name, const struct kerr *err)
{
	if (is_bad(err, name))
		html(&r->out, "<div id=\"f-%s-msg\" class=\"invalid-feedback\">%s</div>", name,
		     err->msg);
	html_raw(&r->out, "</div>");
}

void form_text(struct req *r, const char *name, const char *label, const char *type,
	       const char *value, const char *col, const char *extra, const struct kerr *err)
{
	form_label(r, name, label, col);
	html(&r->out, "<input type=\"%s\" id=\"f-%s\" name=\"%s\" value=\"%s\"", type, name, name,
	     value);
	form_attrs(r, name, "form-control", err);
	html_raw(&r->out, extra);
	html_raw(&r->out, ">");
	form_close(r, name, err);
}

void form_select_open(struct req *r, const char *name, const char *label, const char *col,
		      const struct kerr *err)
{
	form_label(r, name, label, col);
	html(&r->out, "<select id=\"f-%s\" name=\"%s\"", name, name);
	form_attrs(r, name, "form-select", err);
	html_raw(&r->out, ">");
}

void form_option(struct req *r, const char *value, const char *text, const char *selected)
{
	html(&r->out, "<option value=\"%s\"%s>%s</option>", value,
	     selected && !strcmp(value, selected) ? " selected" : "", text);
}

void form_period_select(struct req *r, int64_t selected)
{
	struct period *ps = NULL;
	size_t n = 0;
	struct kerr err = KERR_INIT;
	char sel[24], val[24];
	snprintf(sel, sizeof sel, "%lld", (long long)selected);
	html_raw(&r->out, "<div class=\"col-12 col-sm-auto\"><label class=\"form-label\" for=\""
			  "f-periode\">Periode</label><select class=\"form-select\" id=\"f-periode\" "
			  "name=\"periode\">");
	if (!store_period_list(r->db, &ps, &n, &err))
		for (size_t i = 0; i < n; i++) {
			snprintf(val, sizeof val, "%lld", (long long)ps[i].id);
			form_option(r, val, ps[i].name, sel);
		}
	free(ps);
	html_raw(&r->out, "</select></div>");
}

void form_error_alert(struct req *r, const char *label, const struct kerr *err)
{
	struct strbuf t = STRBUF_INIT;
	const char *msg = err->msg;
	size_t n = label ? strlen(label) : 0;
	if (label && !strncmp(msg, label, n) && msg[n] == ':' && msg[n + 1] == ' ')
		msg += n + 2;   /* "NIP: tanggal lahir ..." would say NIP twice */
	if (label)
		strbuf_addf(&t, "Periksa isian \xe2\x80\x9c%s\xe2\x80\x9d: %s", label, msg);
	else
		strbuf_addstr(&t, err->msg);
	alert_box(r, "danger", t.buf);
	strbuf_release(&t);
}

void form_read(struct req *r, const char *name, char *dst, size_t size, struct kerr *err)
{
	const char *v = req_form(r, name);
	if (!v)
		v = "";
	while (*v == ' ' || *v == '\t')
		v++;
	size_t len = strlen(v);
	while (len && (v[len - 1] == ' ' || v[len - 1] == '\t'))
		len--;
	if (!utf8_valid_text(v, len)) {
		kerr_set(err, KERR_INVALID, name, "Isian berisi karakter yang tidak sah");
		len = 0;
	} else if (len >= size) {
		kerr_set(err, KERR_INVALID, name, "Isian terlalu panjang (paling banyak %zu bita)",
			 size - 1);
		len = size - 1;
		while (len && ((unsigned char)v[len] & 0xc0) == 0x80)
			len--;
	}
	memcpy(dst, v, len);
	dst[len] = '\0';
}

void form_audience_select(struct req *r, const char *selected, const char *help,
			  const struct kerr *err)
{
	struct unit *units = NULL;
	size_t n = 0;
	struct kerr e = KERR_INIT;
	form_select_open(r, "unit_id", "Ditujukan kepada", "col-md-6", err);
	form_option(r, "0", "Seluruh kantor (semua pegawai aktif)", selected);
	if (!store_unit_list(r->db, &units, &n, &e)) {
		unsigned char *allow = r->who.role == ROLE_ADMIN ? NULL
			: units_within(units, n, r->who.scope_unit_id ? r->who.scope_unit_id : -1);
		unit_options(&r->out, units, n, allow, 0, selected);
		free(allow);
	}
	free(units);
	html(&r->out, "</select><div class=\"form-text\">%s</div>", help);
	form_close(r, "unit_id", err);
}
