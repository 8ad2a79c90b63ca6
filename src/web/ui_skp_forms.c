/*
 * ui_skp_forms.c - the forms of the "Hasil Kerja" section: adding and
 * changing a result (RHK) with the superior's result or the organisation
 * goal it supports, adding, changing and deleting its indicators (IKI),
 * deleting it, and handing it down to subordinates as a proposed result.
 * Each form sits in a <details> so the table stays readable; the one that
 * was refused comes back open, with what was typed and the error.
 */
#include "web/ui_skp.h"
#include "web/ui.h"
#include "web/ui_pages.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <string.h>

#define OPTION_TEXT_MAX 160   /* bytes of a result's text shown in a choice */

int skp_can_hand_down(const struct skp_view *v)
{
	return v->role == SKP_ROLE_OWNER && v->pstate == PERIOD_OPEN && v->nsubs > 0;
}

void skp_unit_datalist(struct req *r)
{
	static const char *const units[] = { "dokumen", "laporan", "kegiatan", "berkas", "orang",
					     "layanan", "%", "hari", "jam", "bulan", "rupiah" };
	html_raw(&r->out, "<datalist id=\"skpp-satuan\">");
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
		html(&r->out, "<option value=\"%s\">", units[i]);
	html_raw(&r->out, "</datalist>");
}

/* ---- the result form ------------------------------------------------------------ */

/* Appends text cut to about `max` bytes (between characters) with "…". */
static void short_text(struct strbuf *sb, const char *text, size_t max)
{
	size_t len = text ? strlen(text) : 0;
	if (len <= max) {
		strbuf_addstr(sb, text ? text : "");
		return;
	}
	while (max && ((unsigned char)text[max] & 0xc0) == 0x80)
		max--;
	strbuf_add(sb, text, max);
	strbuf_addstr(sb, "\xe2\x80\xa6");
}

static int parent_options(struct sform *f, const struct skp_view *v, const char *sel)
{
	int found = 0;
	struct strbuf t = STRBUF_INIT;
	char val[40];
	if (!v->has_parent || !v->parent.n_rhk)
		return 0;
	strbuf_addstr(&t, "RHK pejabat penilai");
	if (v->assessor.id == v->current_assessor) {
		strbuf_addstr(&t, ": ");
		employee_display_name(&t, &v->assessor);
	}
	html(&f->r->out, "<optgroup label=\"%s\">", t.buf);
	for (size_t i = 0; i < v->parent.n_rhk; i++) {
		const struct rhk *p = &v->parent.rhk[i];
		strbuf_reset(&t);
		strbuf_addf(&t, "%zu. ", i + 1);
		short_text(&t, p->text, OPTION_TEXT_MAX);
		snprintf(val, sizeof val, "rhk-%lld", (long long)p->id);
		form_option(f->r, val, t.buf, sel);
		found |= !strcmp(val, sel);
	}
	html_raw(&f->r->out, "</optgroup>");
	strbuf_release(&t);
	return found;
}

static int goal_options(struct sform *f, const struct skp_view *v, const char *sel)
{
	int found = 0;
	char val[40];
	if (!v->ngoals)
		return 0;
	html_raw(&f->r->out, "<optgroup label=\"Sasaran organisasi\">");
	for (size_t i = 0; i < v->ngoals; i++) {
		struct strbuf t = STRBUF_INIT;
		strbuf_addf(&t, "%s \xe2\x80\x94 ", v->goals[i].code);
		short_text(&t, v->goals[i].text, OPTION_TEXT_MAX);
		strbuf_addf(&t, " (%s)", v->goals[i].unit_name);
		snprintf(val, sizeof val, "sasaran-%lld", (long long)v->goals[i].id);
		form_option(f->r, val, t.buf, sel);
		found |= !strcmp(val, sel);
		strbuf_release(&t);
	}
	html_raw(&f->r->out, "</optgroup>");
	return found;
}

/* The one choice for what the result supports: "rhk-ID", "sasaran-ID" or "". */
static void link_select(struct sform *f, const struct skp_view *v, const struct rhk *k)
{
	char stored[40] = "";
	if (k && k->parent_rhk_id)
		snprintf(stored, sizeof stored, "rhk-%lld", (long long)k->parent_rhk_id);
	else if (k && k->goal_id)
		snprintf(stored, sizeof stored, "sasaran-%lld", (long long)k->goal_id);
	const char *sel = sform_value(f, "induk", stored);
	const char *label = !v->current_assessor ? "Sasaran organisasi yang didukung" :
			    v->ngoals ? "RHK atasan atau sasaran organisasi yang didukung" :
			    "RHK atasan yang diintervensi";
	sform_select_open(f, "induk", label, "col-md-9");
	form_option(f->r, "", "\xe2\x80\x94 belum dipilih \xe2\x80\x94", sel);
	int found = !*sel;
	found |= parent_options(f, v, sel);
	found |= goal_options(f, v, sel);
	if (!found && !strcmp(sel, stored) && k && k->parent_text)
		form_option(f->r, stored, k->parent_text, sel);
	sform_select_close(f, "induk");
	if (!v->has_parent && v->current_assessor)
		sform_help(f, "induk", "Pejabat penilai belum menyusun SKP pada periode ini, jadi "
				       "RHK-nya belum dapat dipilih. Simpan dulu RHK ini dan pilih "
				       "nanti.");
	else if (v->current_assessor)
		sform_help(f, "induk", "Hasil kerja atasan yang didukung oleh RHK ini (intervensi).");
	else
		sform_help(f, "induk", "Sasaran Renstra atau Perjanjian Kinerja yang didukung oleh "
				       "RHK ini.");
}

static void perspective_select(struct sform *f, const struct rhk *k)
{
	static const char *const codes[] = { "penerima_layanan", "proses_bisnis",
					     "penguatan_internal", "anggaran" };
	const char *sel = sform_value(f, "perspective", k ? k->perspective : "");
	sform_select_open(f, "perspective", "Perspektif (JPT)", "col-md-6");
	form_option(f->r, "", "\xe2\x80\x94 tanpa perspektif \xe2\x80\x94", sel);
	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
		form_option(f->r, codes[i], skp_perspective_label(codes[i]), sel);
	sform_select_close(f, "perspective");
}

static void rhk_fields(struct sform *f, const struct skp_view *v, const struct rhk *k,
		       const char *kind)
{
	sform_textarea(f, "text", "Uraian RHK", k ? k->text : "", "col-12",
		       " required maxlength=\"1000\"");
	if (k) {
		const char *sel = sform_value(f, "kind", k->kind);
		sform_select_open(f, "kind", "Jenis", "col-md-3");
		form_option(f->r, "utama", "Utama", sel);
		form_option(f->r, "tambahan", "Tambahan", sel);
		sform_select_close(f, "kind");
	} else {
		sform_hidden(f, "kind", kind);
	}
	link_select(f, v, k);
	if (v->is_jpt)
		perspective_select(f, k);
}

static void submit_button(struct req *r, const char *label)
{
	html(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-primary\">"
		      "%s</button></div>", label);
}

void skp_rhk_add_form(struct req *r, const struct skp_view *v, const char *kind, int open)
{
	struct sform f;
	char key[32], action[48], summary[64];
	snprintf(key, sizeof key, "rhk-baru-%s", kind);
	snprintf(action, sizeof action, "/skp/%lld/rhk", (long long)v->s.id);
	snprintf(summary, sizeof summary, "Tambah RHK %s", kind);
	sform_init(&f, r, v, key);
	html_raw(&r->out, "<div class=\"d-print-none mb-3\">");
	sform_details_open(&f, summary, "btn btn-sm btn-primary", open);
	sform_open(&f, action, "row g-2 skpp-form", NULL);
	rhk_fields(&f, v, NULL, kind);
	submit_button(r, "Tambah RHK");
	sform_end(&f);
	html_raw(&r->out, "</div></details></div>");
}

static void rhk_edit_form(struct req *r, const struct skp_view *v, const struct rhk *k,
			  size_t no)
{
	struct sform f;
	char key[40], action[48], summary[40];
	snprintf(key, sizeof key, "ubah-rhk-%lld", (long long)k->id);
	snprintf(action, sizeof action, "/skp/rhk/%lld", (long long)k->id);
	snprintf(summary, sizeof summary, "Ubah RHK %zu", no);
	sform_init(&f, r, v, key);
	sform_details_open(&f, summary, "btn btn-sm btn-outline-primary", 0);
	sform_open(&f, action, "row g-2 skpp-form", NULL);
	rhk_fields(&f, v, k, k->kind);
	submit_button(r, "Simpan RHK");
	sform_end(&f);
	html_raw(&r->out, "</div></details>");
}

static void delete_button(struct req *r, const struct skp_view *v, const char *key,
			  const char *action, const char *label, const char *confirm)
{
	struct sform f;
	struct strbuf extra = STRBUF_INIT;
	sform_init(&f, r, v, key);
	html(&extra, " data-confirm=\"%s\"", confirm);
	sform_open(&f, action, "d-inline", extra.buf);
	html(&r->out, "<button type=\"submit\" class=\"btn btn-sm btn-outline-danger\">%s</button>",
	     label);
	sform_end(&f);
	strbuf_release(&extra);
}

/* ---- the indicator form ------------------------------------------------------------ */

static void iki_choices(struct sform *f, const struct iki *q)
{
	static const char *const aspects[] = { "kuantitas", "kualitas", "waktu", "biaya" };
	const char *sel = sform_value(f, "aspect", q->aspect);
	sform_select_open(f, "aspect", "Aspek", "col-sm-6 col-md-2");
	for (size_t i = 0; i < sizeof aspects / sizeof aspects[0]; i++)
		form_option(f->r, aspects[i], skp_aspect_label(aspects[i]), sel);
	sform_select_close(f, "aspect");
	sel = sform_value(f, "direction", q->direction);
	sform_select_open(f, "direction", "Arah", "col-sm-6 col-md-4");
	form_option(f->r, "naik", "\xe2\x86\x91 Naik: makin tinggi makin baik", sel);
	form_option(f->r, "turun", "\xe2\x86\x93 Turun: makin rendah makin baik", sel);
	sform_select_close(f, "direction");
}

static void iki_fields(struct sform *f, const struct skp_view *v, const struct iki *q)
{
	int words = !strcmp(v->s.approach, "kualitatif");
	sform_textarea(f, "text", "Uraian IKI", q->text, "col-12", " required maxlength=\"1000\"");
	iki_choices(f, q);
	sform_input(f, "target_min", words ? "Target (angka, bila ada)" : "Target", "text",
		    q->target_min, "col-6 col-md-2",
		    words ? " inputmode=\"decimal\" maxlength=\"31\""
			  : " inputmode=\"decimal\" maxlength=\"31\" required");
	sform_input(f, "target_max", "Batas atas (rentang)", "text", q->target_max,
		    "col-6 col-md-2", " inputmode=\"decimal\" maxlength=\"31\"");
	sform_input(f, "unit_label", "Satuan", "text", q->unit_label, "col-md-2",
		    " list=\"skpp-satuan\" maxlength=\"47\"");
	html_raw(&f->r->out, "<div class=\"col-12 form-text mt-0\">Angka seperti 95 atau 95,5, "
			     "tanpa pemisah ribuan. Isi batas atas hanya bila target berupa rentang, "
			     "misalnya 90 \xe2\x80\x93 100.</div>");
	if (words || (q->target_text && *q->target_text))
		sform_textarea(f, "target_text", "Target (uraian)", q->target_text, "col-12",
			       words ? " required maxlength=\"1000\"" : " maxlength=\"1000\"");
}

static void iki_add_form(struct req *r, const struct skp_view *v, const struct rhk *k)
{
	struct sform f;
	struct iki q = { .aspect = "kuantitas", .direction = "naik" };
	char key[40], action[48];
	snprintf(key, sizeof key, "iki-baru-%lld", (long long)k->id);
	snprintf(action, sizeof action, "/skp/rhk/%lld/iki", (long long)k->id);
	sform_init(&f, r, v, key);
	sform_details_open(&f, "Tambah IKI", "btn btn-sm btn-outline-primary", !k->n_iki);
	sform_open(&f, action, "row g-2 skpp-form", NULL);
	iki_fields(&f, v, &q);
	submit_button(r, "Tambah IKI");
	sform_end(&f);
	html_raw(&r->out, "</div></details>");
}

static void iki_edit_form(struct req *r, const struct skp_view *v, const struct iki *q,
			  size_t no, size_t j)
{
	struct sform f, del;
	char key[40], action[48], summary[40], dkey[40], daction[56];
	snprintf(key, sizeof key, "ubah-iki-%lld", (long long)q->id);
	snprintf(action, sizeof action, "/skp/iki/%lld", (long long)q->id);
	snprintf(summary, sizeof summary, "Ubah IKI %zu.%zu", no, j + 1);
	snprintf(dkey, sizeof dkey, "hapus-iki-%lld", (long long)q->id);
	snprintf(daction, sizeof daction, "/skp/iki/%lld/hapus", (long long)q->id);
	sform_init(&f, r, v, key);
	sform_init(&del, r, v, dkey);
	sform_details_open(&f, summary, "btn btn-sm btn-outline-secondary", sform_failed(&del));
	sform_open(&f, action, "row g-2 skpp-form", NULL);
	iki_fields(&f, v, q);
	submit_button(r, "Simpan IKI");
	sform_end(&f);
	html_raw(&r->out, "<div class=\"mt-2\">");
	delete_button(r, v, dkey, daction, "Hapus IKI ini", "Hapus IKI ini?");
	html_raw(&r->out, "</div></div></details>");
}

/* ---- handing down ---------------------------------------------------------------- */

/* 1 if the refused form had box `value` of `name` ticked. */
static int ticked(const struct sform *f, const char *name, const char *value)
{
	for (size_t i = 0; f->err && i < f->r->form.n; i++)
		if (!strcmp(f->r->form.items[i].key, name) &&
		    !strcmp(f->r->form.items[i].val, value))
			return 1;
	return 0;
}

/* A subordinate whose SKP is submitted or approved cannot receive a result:
 * their box is shown disabled, with why. */
static void subordinate_box(struct sform *f, const struct skp_summary *s)
{
	char val[24];
	int closed = s->id && (!strcmp(s->state, "diajukan") || !strcmp(s->state, "disetujui"));
	snprintf(val, sizeof val, "%lld", (long long)s->employee_id);
	html(&f->r->out, "<div class=\"form-check\"><input class=\"form-check-input\" "
			 "type=\"checkbox\" name=\"pegawai\" value=\"%s\" id=\"f-%s-p%s\"%s%s>"
			 "<label class=\"form-check-label\" for=\"f-%s-p%s\">%s "
			 "<span class=\"text-muted small\">\xc2\xb7 %s \xc2\xb7 SKP: ",
	     val, f->key, val, ticked(f, "pegawai", val) ? " checked" : "",
	     closed ? " disabled" : "", f->key, val, s->employee_name, s->position_name);
	skp_state_badge(f->r, s->state);
	if (closed)
		html_raw(&f->r->out, " (sedang diajukan atau sudah disetujui: tidak dapat menerima "
				     "RHK baru)");
	html_raw(&f->r->out, "</span></label></div>");
}

static void hand_down_form(struct req *r, const struct skp_view *v, const struct rhk *k)
{
	struct sform f;
	char key[40], action[56];
	snprintf(key, sizeof key, "turun-%lld", (long long)k->id);
	snprintf(action, sizeof action, "/skp/rhk/%lld/turunkan", (long long)k->id);
	sform_init(&f, r, v, key);
	sform_details_open(&f, "Turunkan ke bawahan", "btn btn-sm btn-outline-success", 0);
	sform_open(&f, action, "skpp-form", NULL);
	html_raw(&r->out, "<fieldset><legend class=\"h6\">Pilih bawahan</legend>");
	for (size_t i = 0; i < v->nsubs; i++)
		subordinate_box(&f, &v->subs[i]);
	html_raw(&r->out, "</fieldset><p class=\"form-text\">Setiap bawahan yang dipilih mendapat "
			  "RHK utama baru di SKP-nya yang mendukung RHK ini, bertanda "
			  "\xe2\x80\x9cUsulan atasan\xe2\x80\x9d. Mereka dapat menyesuaikannya sebelum "
			  "mengajukan SKP. Bawahan yang belum memiliki SKP dibuatkan draf.</p>");
	submit_button(r, "Turunkan");
	sform_end(&f);
	html_raw(&r->out, "</div></details>");
}

/* ---- the tools row ---------------------------------------------------------------- */

void skp_rhk_tools(struct req *r, const struct skp_view *v, const struct rhk *k, size_t no)
{
	html_raw(&r->out, "<div class=\"skpp-tools-bar\">");
	if (v->editable) {
		rhk_edit_form(r, v, k, no);
		iki_add_form(r, v, k);
		for (size_t j = 0; j < k->n_iki; j++)
			iki_edit_form(r, v, &k->iki[j], no, j);
	}
	if (skp_can_hand_down(v))
		hand_down_form(r, v, k);
	if (v->editable) {
		char key[40], action[56], label[40];
		snprintf(key, sizeof key, "hapus-rhk-%lld", (long long)k->id);
		snprintf(action, sizeof action, "/skp/rhk/%lld/hapus", (long long)k->id);
		snprintf(label, sizeof label, "Hapus RHK %zu", no);
		html_raw(&r->out, "<div class=\"skpp-tool-delete\">");
		delete_button(r, v, key, action, label, "Hapus RHK ini beserta semua IKI-nya?");
		html_raw(&r->out, "</div>");
	}
	html_raw(&r->out, "</div>");
}
