/*
 * official_parts.c - what the official documents share (official_int.h):
 * an SKP with its parties as the form prints them, the header with logo
 * and instansi, titles and headings, the identity table, table rows in
 * millimetres and the signature blocks.
 */
#include "doc/official_int.h"
#include "doc/doc_recognition.h"
#include "domain/document.h"
#include "store/recognition.h"
#include "core/timeutil.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- the parties ------------------------------------------------------------------------ */

static void party_from_employee(struct doc_party *p, const struct employee *e)
{
	document_person_name(e->front_title, e->name, e->back_title, p->name, sizeof p->name);
	doc_nip(e->nip, p->nip, sizeof p->nip);
	document_pangkat(e->golongan, p->pangkat, sizeof p->pangkat);
	copy_str(p->position, sizeof p->position, e->position_name[0] ? e->position_name : "-");
	copy_str(p->unit, sizeof p->unit, e->unit_name[0] ? e->unit_name : "-");
}

int doc_party_of(struct db *db, int64_t id, struct doc_party *p, struct kerr *err)
{
	struct employee e;
	if (store_employee_get(db, id, &e, err))
		return -1;
	party_from_employee(p, &e);
	return 0;
}

static const char *json_text(json_t *obj, const char *key)
{
	const char *s = json_string_value(json_object_get(obj, key));
	return s && *s ? s : "-";
}

/* {"name","nip","pangkat","golongan","position","unit"} as approved; -1 if
 * obj is not an object. */
static int party_from_json(struct doc_party *p, json_t *obj)
{
	if (!json_is_object(obj))
		return -1;
	const char *pangkat = json_string_value(json_object_get(obj, "pangkat"));
	const char *gol = json_string_value(json_object_get(obj, "golongan"));
	copy_str(p->name, sizeof p->name, json_text(obj, "name"));
	doc_nip(json_text(obj, "nip"), p->nip, sizeof p->nip);
	if (pangkat && *pangkat && gol && *gol)
		snprintf(p->pangkat, sizeof p->pangkat, "%s, %s", pangkat, gol);
	else
		document_pangkat(gol, p->pangkat, sizeof p->pangkat);
	copy_str(p->position, sizeof p->position, json_text(obj, "position"));
	copy_str(p->unit, sizeof p->unit, json_text(obj, "unit"));
	return 0;
}

/* The parties frozen at approval, when the header holds them. */
static void parties_frozen(struct doc_skp *v)
{
	json_t *h = json_loads(v->s.header_json, 0, NULL);
	struct doc_party self = { 0 }, boss = { 0 };
	if (h && !party_from_json(&self, json_object_get(h, "employee"))) {
		const char *day = json_string_value(json_object_get(h, "approved_date"));
		v->self = self;
		memset(&v->boss, 0, sizeof v->boss);
		if (!party_from_json(&boss, json_object_get(h, "assessor")))
			v->boss = boss;
		if (day && date_valid(day))
			copy_str(v->approved_ymd, sizeof v->approved_ymd, day);
	}
	json_decref(h);
}

static int parties_current(struct db *db, struct doc_skp *v, struct kerr *err)
{
	struct employee e;
	int64_t assessor = 0;
	if (store_employee_get(db, v->s.employee_id, &e, err) ||
	    store_skp_assessor_of(db, &v->s, &e, &assessor, NULL, err))
		return -1;
	party_from_employee(&v->self, &e);
	copy_str(v->nip, sizeof v->nip, e.nip);
	copy_str(v->kind, sizeof v->kind, e.position_kind);
	v->unit_id = e.unit_id;
	if (!assessor)
		assessor = v->s.assessor_id;
	return assessor ? doc_party_of(db, assessor, &v->boss, err) : 0;
}

static int days_in_month(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 ? 28 + leap : days[(m - 1) % 12];
}

/* The months the SKP covers, within its period, in words. */
static void skp_range(struct doc_skp *v)
{
	char from[16], to[16];
	int y = v->p.year % 10000;
	int mf = v->s.month_from >= 1 && v->s.month_from <= 12 ? v->s.month_from : 1;
	int mt = v->s.month_to >= mf && v->s.month_to <= 12 ? v->s.month_to : 12;
	snprintf(from, sizeof from, "%04d-%02d-01", y, mf);
	snprintf(to, sizeof to, "%04d-%02d-%02d", y, mt, days_in_month(y, mt));
	if (date_valid(v->p.start_date) && strcmp(from, v->p.start_date) < 0)
		copy_str(from, sizeof from, v->p.start_date);
	if (date_valid(v->p.end_date) && strcmp(to, v->p.end_date) > 0)
		copy_str(to, sizeof to, v->p.end_date);
	document_range(from, to, v->range, sizeof v->range);
}

int doc_skp_load(struct db *db, int64_t skp_id, struct doc_skp *v, struct kerr *err)
{
	struct position pos;
	struct kerr ignore = KERR_INIT;
	enum skp_state st;
	memset(v, 0, sizeof *v);
	if (store_skp_get(db, skp_id, &v->s, err) || store_period_get(db, v->s.period_id, &v->p, err) ||
	    parties_current(db, v, err))
		return -1;
	v->approved = !skp_state_parse(v->s.state, &st) && st == SKP_DISETUJUI;
	if (v->approved && v->s.header_json)
		parties_frozen(v);
	if (v->s.position_id && !store_position_get(db, v->s.position_id, &pos, &ignore)) {
		copy_str(v->kind, sizeof v->kind, pos.kind);
		v->unit_id = pos.unit_id;
	}
	if (store_instansi_name(db, v->unit_id, v->instansi, sizeof v->instansi, err))
		return -1;
	doc_place_of(v->instansi, v->place, sizeof v->place);
	skp_range(v);
	return 0;
}

void doc_skp_release(struct doc_skp *v)
{
	skp_release(&v->s);
}

/* ---- drawing ----------------------------------------------------------------------------- */

void doc_begin(struct db *db, struct pdf_doc *d, const char *instansi)
{
	official_logo_prepare(db, d);
	pdf_document_begin(d);
	pdf_margins(d, DOC_MARGIN, DOC_MARGIN, MM(15), MM(18));
	pdf_page(d);
	float top = pdf_y(d), left = pdf_left(d), width = pdf_text_width(d);
	float logo = pdf_logo(d, left, top, MM(18), MM(18));
	float inset = logo > 0 ? MM(22) : 0;
	float below = pdf_box(d, left + inset, top - 13, width - 2 * inset,
			      instansi && *instansi ? instansi : "-", PDF_BOLD, 13, PDF_CENTER);
	float bottom = logo > 0 && top - MM(19) < below ? top - MM(19) : below + 4;
	pdf_line(d, left, bottom, left + width, bottom, 1.2f);
	pdf_set_y(d, bottom - 10);
}

void doc_title(struct pdf_doc *d, const char *first, ...)
{
	va_list ap;
	pdf_para(d, first, PDF_BOLD, 13, PDF_CENTER);
	va_start(ap, first);
	for (const char *s = va_arg(ap, const char *); s; s = va_arg(ap, const char *))
		pdf_para(d, s, PDF_REGULAR, 9, PDF_CENTER);
	va_end(ap);
	pdf_space(d, 8);
}

void doc_heading(struct pdf_doc *d, const char *text)
{
	pdf_space(d, 8);
	pdf_need(d, 40);
	pdf_para(d, text, PDF_BOLD, 10, PDF_LEFT);
	pdf_space(d, 3);
}

void doc_labelled(struct pdf_doc *d, const char *label, const char *value)
{
	char line[1200];
	snprintf(line, sizeof line, "%s: %s", label, value && *value ? value : "-");
	pdf_para(d, line, PDF_REGULAR, 9, PDF_LEFT);
}

void doc_row_mm(struct pdf_doc *d, const float *mm, const char *const *texts, size_t n,
		enum pdf_style style)
{
	float w[12];
	struct pdf_cell c[12];
	if (n > 12)
		n = 12;
	for (size_t i = 0; i < n; i++) {
		w[i] = MM(mm[i]);
		c[i] = (struct pdf_cell){ texts[i] ? texts[i] : "-", style, PDF_LEFT };
	}
	pdf_row(d, w, c, n, DOC_FONT);
}

static const char *dash(const char *s)
{
	return s && *s ? s : "-";
}

void doc_identity(struct pdf_doc *d, const char *left_title, const struct doc_party *left,
		  const char *right_title, const struct doc_party *right)
{
	static const float head_mm[2] = { 90, 90 }, mm[6] = { 7, 25, 58, 7, 25, 58 };
	static const char *const labels[5] = { "NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN",
					       "UNIT KERJA" };
	const char *head[2] = { left_title, right_title };
	int none = !right || !right->name[0];
	doc_row_mm(d, head_mm, head, 2, PDF_BOLD);
	for (int i = 0; i < 5; i++) {
		const char *l[5] = { dash(left->name), dash(left->nip), dash(left->pangkat),
				     dash(left->position), dash(left->unit) };
		const char *r[5] = { "-", "-", "-", "-", "-" };
		char no[4];
		if (!none) {
			r[0] = dash(right->name), r[1] = dash(right->nip), r[2] = dash(right->pangkat);
			r[3] = dash(right->position), r[4] = dash(right->unit);
		}
		snprintf(no, sizeof no, "%d", i + 1);
		const char *cells[6] = { no, labels[i], l[i], no, labels[i], r[i] };
		doc_row_mm(d, mm, cells, 6, PDF_REGULAR);
	}
}

static void sign_block(struct pdf_doc *d, float x, float y, float w, const char *date,
		       const char *role, const struct doc_party *p)
{
	char nip[48];
	int none = !p || !p->name[0];
	y = pdf_box(d, x, y, w, date && *date ? date : " ", PDF_REGULAR, 9, PDF_CENTER);
	y = pdf_box(d, x, y, w, role, PDF_REGULAR, 9, PDF_CENTER);
	y -= MM(16);
	y = pdf_box(d, x, y, w, none ? "-" : p->name, PDF_BOLD, 9, PDF_CENTER);
	snprintf(nip, sizeof nip, "NIP. %s", none ? "-" : p->nip);
	if (none || p->nip[0])
		pdf_box(d, x, y, w, nip, PDF_REGULAR, 9, PDF_CENTER);
}

void doc_signatures(struct pdf_doc *d, const char *place_date, const char *left_role,
		    const struct doc_party *left, const char *right_role,
		    const struct doc_party *right)
{
	pdf_space(d, 14);
	pdf_need(d, MM(42));
	float w = pdf_text_width(d) / 2, y = pdf_y(d) - 9;
	if (left_role)
		sign_block(d, pdf_left(d), y, w, NULL, left_role, left);
	sign_block(d, pdf_left(d) + w, y, w, place_date, right_role, right);
	pdf_set_y(d, y - MM(16) - 4 * 9 * 1.35f);
}

void doc_place_date(const char *place, int64_t at, char *out, size_t size)
{
	char date[40];
	doc_date_id(at ? at : now_unix(), date, sizeof date);
	snprintf(out, size, "%s, %s", place && *place ? place : "-", date);
}
