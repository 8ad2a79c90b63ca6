/*
 * ui_pages.h - private declarations shared by the employee, organisation and
 * audit pages (ui_employees.c, ui_employee_form.c, ui_employee_import.c,
 * ui_org.c, ui_org_forms.c, ui_audit.c): small display helpers, the
 * pengelola scope over the unit tree, and the handlers that the route tables
 * in ui_employees.c and ui_org.c point at but that live in other files.
 */
#ifndef KINERJA_UI_PAGES_H
#define KINERJA_UI_PAGES_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"
#include "core/strbuf.h"
#include "store/store.h"
#include "domain/golongan.h"
#include "domain/tree.h"
#include "http/scope.h"

struct req;

/* ---- display helpers (ui_employees.c) ------------------------------------ */

/* An 18-digit NIP grouped as "19660801 198803 1 001"; anything else as is. */
void nip_display(char *out, size_t size, const char *nip);
/* Appends the name with its titles ("Drs. Budi Santoso, M.Si."), plain text. */
void employee_display_name(struct strbuf *sb, const struct employee *e);
/* "Aktif", "Pindah", "Pensiun"; the raw value for anything else. */
const char *employee_status_label(const char *status);
/* golongan_display(): domain/golongan.h */
/* 1 if the principal may add, change and import employees (admin, pengelola). */
int may_manage_people(const struct req *r);

/* tree_order over units by parent_id; siblings by kind (unit_kind_at()
 * order: sekretariat, subbagian, seksi, kelurahan, ...) then code. */
void units_tree_order(const struct unit *units, size_t n, size_t *order, int *depth);
/* Writes <option>s for the units in tree order, indented by depth, skipping
 * those with allow[i] == 0 (allow may be NULL).  The value is the unit code
 * when by_code, else its id; the option whose value equals `selected` is
 * selected. */
void unit_options(struct strbuf *out, const struct unit *units, size_t n,
		  const unsigned char *allow, int by_code, const char *selected);

/* ---- form pieces (ui_helpers.c) ------------------------------------------ */

/* Inputs are named as the store names its fields, with id "f-NAME"; when
 * err is set on that field the input is marked is-invalid and the message
 * is shown under it.  `extra` is trusted literal markup (attributes). */
void form_label(struct req *r, const char *name, const char *label, const char *col);
void form_attrs(struct req *r, const char *name, const char *base, const struct kerr *err);
void form_close(struct req *r, const char *name, const struct kerr *err);
void form_text(struct req *r, const char *name, const char *label, const char *type,
	       const char *value, const char *col, const char *extra, const struct kerr *err);
/* The "Ditujukan kepada" select of something addressed to the whole office
 * (value 0) or a unit and those below it (an administrator any unit, a
 * pengelola those in scope), with `help` under it. */
void form_audience_select(struct req *r, const char *selected, const char *help,
			  const struct kerr *err);
void form_select_open(struct req *r, const char *name, const char *label, const char *col,
		      const struct kerr *err);
void form_option(struct req *r, const char *value, const char *text, const char *selected);
/* The "Periode" select (name "periode", id "f-periode") of a filter form
 * laid out as a Bootstrap row: every period, `selected` (an id) chosen. */
void form_period_select(struct req *r, int64_t selected);
/* A danger alert: "Periksa isian “label”: message" (just the message when
 * label is NULL). */
void form_error_alert(struct req *r, const char *label, const struct kerr *err);
/* Copies form field `name`, trimmed, into dst; sets err on that field if it
 * is not text (dst is then "") or too long (dst keeps what fits, cut
 * between characters).  Leaves an earlier error in err alone. */
void form_read(struct req *r, const char *name, char *dst, size_t size, struct kerr *err);

/* ---- employee form (ui_employee_form.c) ---------------------------------- */

int page_employee_new(struct req *r);
int page_employee_create(struct req *r);
int page_employee_edit(struct req *r);
int page_employee_update(struct req *r);

/* ---- CSV import (ui_employee_import.c) ----------------------------------- */

int page_import_form(struct req *r);
int page_import_run(struct req *r);

/* ---- unit kinds (ui_org.c) ------------------------------------------------ */

/* The unit kinds as stored ("instansi" ... "lainnya"), for choice lists. */
size_t unit_kind_count(void);
const char *unit_kind_at(size_t i);
/* "Kecamatan", "Seksi", ...; the value itself if unknown. */
const char *unit_kind_label(const char *kind);

/* ---- unit and position forms (ui_org_forms.c) ---------------------------- */

int page_unit_new(struct req *r);
int page_unit_create(struct req *r);
int page_position_new(struct req *r);
int page_position_create(struct req *r);
int page_position_edit(struct req *r);
int page_position_update(struct req *r);

#endif
