/*
 * ui_realisasi_parts.c - the body of the realisasi page of one SKP at one
 * checkpoint: the SKP's achievement, then one card per result (RHK) with
 * its achievement and, per indicator (IKI), the target, the realisasi, the
 * achievement, the evidence with download links and, for the owner while
 * the checkpoint is open, the forms: the realisasi (value or description,
 * and a note), an upload (multipart) and a link.  Without JavaScript every
 * form posts and the page comes back with a notice; a refused form shows
 * what was typed and the error under it (struct realisasi_view).  Also the
 * checkpoint cell of the period page.
 */
#include "web/ui_realisasi.h"
#include "web/ui.h"
#include "web/ui_skp.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <string.h>

void pct_text(char *out, size_t size, struct pct p)
{
	if (!p.set) {
		snprintf(out, size, "\xe2\x80\x94");
		return;
	}
	snprintf(out, size, "%.2f%%", p.value);
	char *dot = strchr(out, '.');
	if (dot)
		*dot = ',';
}

/* A number as stored ("95.5") the Indonesian way ("95,5"). */
static void number_text(char *out, size_t size, const char *v)
{
	snprintf(out, size, "%s", v);
	char *dot = strchr(out, '.');
	if (dot)
		*dot = ',';
}


/* ---- the summary --------------------------------------------------------------------- */

void realisasi_summary(struct req *r, const struct realisasi_view *v)
{
	char pct[32];
	pct_text(pct, sizeof pct, v->cap.pct);
	html(&r->out, "<section class=\"card mb-3\" id=\"ringkasan\" aria-labelledby=\"h-ringkasan\">"
		      "<div class=\"card-body\"><h2 class=\"h5 card-title\" id=\"h-ringkasan\">"
		      "Capaian SKP pada %s</h2><p class=\"display-6 mb-1\" "
		      "data-capaian-skp>%s</p>", v->cp->name, pct);
	html(&r->out, "<p class=\"small text-muted mb-0\">Rata-rata capaian RHK utama yang sudah "
		      "berrealisasi. IKI terisi: %zu dari %zu.</p>", v->cap.iki_recorded,
	     v->cap.iki_total);
	if (!strcmp(v->s.approach, "kualitatif"))
		html_raw(&r->out, "<p class=\"small mb-0\">SKP kualitatif: realisasi berupa uraian, "
				  "tanpa persentase capaian.</p>");
	html_raw(&r->out, "</div></section>");
}

/* ---- evidence ----------------------------------------------------------------------- */

static void size_text(char *out, size_t size, int64_t bytes)
{
	if (bytes >= 1 << 20)
		snprintf(out, size, "%.1f MiB", (double)bytes / (1 << 20));
	else
		snprintf(out, size, "%lld KiB", (long long)((bytes + 1023) / 1024));
}

static void evidence_item(struct req *r, const struct realisasi_view *v, const struct evidence *e)
{
	char size[32];
	html_raw(&r->out, "<li class=\"d-flex flex-wrap align-items-center gap-2 mb-1\">");
	if (e->kind == EVIDENCE_FILE) {
		size_text(size, sizeof size, e->size);
		html(&r->out, "<a href=\"/bukti/%lld\">%s</a><span class=\"small text-muted\">"
			      "%s, %s</span>", (long long)e->id, e->name, e->content_type, size);
	} else {
		html(&r->out, "<a href=\"%s\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">"
			      "%s</a><span class=\"small text-muted\">tautan</span>", e->url, e->name);
	}
	if (v->may_record) {
		html(&r->out, "<form method=\"post\" action=\"/bukti/%lld/hapus\" class=\"d-inline\" "
			      "data-confirm=\"Hapus bukti dukung ini?\">", (long long)e->id);
		csrf_field(r);
		html(&r->out, "<button type=\"submit\" class=\"btn btn-sm btn-link text-danger p-0\">"
			      "Hapus<span class=\"visually-hidden\"> %s</span></button></form>", e->name);
	}
	html_raw(&r->out, "</li>");
}

static void evidence_list(struct req *r, const struct realisasi_view *v,
			  const struct realisasi *x)
{
	size_t n = 0;
	html_raw(&r->out, "<div class=\"small fw-semibold\">Bukti dukung</div><ul class=\"list-unstyled "
			  "mb-2 small\">");
	for (size_t i = 0; x && i < v->m.n_ev; i++)
		if (v->m.ev[i].realisasi_id == x->id) {
			evidence_item(r, v, &v->m.ev[i]);
			n++;
		}
	if (!n)
		html_raw(&r->out, "<li class=\"text-muted\">Belum ada bukti dukung.</li>");
	html_raw(&r->out, "</ul>");
}

/* ---- forms --------------------------------------------------------------------------- */

/* The error of the refused form on `field`, NULL if it is not this IKI's. */
static const char *field_error(const struct realisasi_view *v, int64_t iki, const char *field)
{
	if (!v->err || v->failed_iki != iki || strcmp(v->err->field, field))
		return NULL;
	return v->err->msg;
}

static void control_end(struct req *r, const char *msg)
{
	if (msg)
		html(&r->out, "<div class=\"invalid-feedback d-block\">%s</div>", msg);
	html_raw(&r->out, "</div>");
}

/* What a field of this IKI's realisasi form shows: as typed after a refusal. */
static const char *shown(const struct realisasi_view *v, int64_t iki, const char *typed,
			 const char *stored)
{
	return v->err && v->failed_iki == iki && typed ? typed : stored ? stored : "";
}

static void value_field(struct req *r, const struct realisasi_view *v, const struct iki *k,
			const struct realisasi *x)
{
	const char *msg = field_error(v, k->id, "value");
	html(&r->out, "<div class=\"col-sm-4\"><label class=\"form-label small\" for=\"nilai-%lld\">"
		      "Realisasi%s%s%s</label><input type=\"text\" inputmode=\"decimal\" "
		      "id=\"nilai-%lld\" name=\"value\" class=\"form-control form-control-sm%s\" "
		      "value=\"%s\" maxlength=\"30\">", (long long)k->id, k->unit_label[0] ? " (" : "",
	     k->unit_label, k->unit_label[0] ? ")" : "", (long long)k->id, msg ? " is-invalid" : "",
	     shown(v, k->id, v->typed_value, x ? x->value : ""));
	control_end(r, msg);
}

static void text_field(struct req *r, const struct realisasi_view *v, int64_t iki,
		       const char *name, const char *label, const char *value, const char *col)
{
	const char *msg = field_error(v, iki, name);
	html(&r->out, "<div class=\"%s\"><label class=\"form-label small\" for=\"%s-%lld\">%s</label>"
		      "<textarea rows=\"2\" id=\"%s-%lld\" name=\"%s\" maxlength=\"1000\" "
		      "class=\"form-control form-control-sm%s\">%s</textarea>", col, name,
	     (long long)iki, label, name, (long long)iki, name, msg ? " is-invalid" : "", value);
	control_end(r, msg);
}

static void realisasi_form(struct req *r, const struct realisasi_view *v, const struct iki *k,
			   const struct realisasi *x)
{
	int words = !strcmp(v->s.approach, "kualitatif");
	html(&r->out, "<form method=\"post\" action=\"/skp/%lld/realisasi#iki-%lld\" "
		      "class=\"row g-2 align-items-end mb-2\">", (long long)v->s.id, (long long)k->id);
	csrf_field(r);
	html(&r->out, "<input type=\"hidden\" name=\"iki_id\" value=\"%lld\"><input type=\"hidden\" "
		      "name=\"checkpoint_id\" value=\"%lld\"><input type=\"hidden\" name=\"version\" "
		      "value=\"%lld\">", (long long)k->id, (long long)v->cp->id,
	     (long long)(x ? x->version : 0));
	if (!words)
		value_field(r, v, k, x);
	text_field(r, v, k->id, "description", words ? "Uraian realisasi" : "Uraian (boleh kosong)",
		   shown(v, k->id, v->typed_description, x ? x->description : ""),
		   words ? "col-sm-6" : "col-sm-8");
	text_field(r, v, k->id, "note", "Catatan", shown(v, k->id, v->typed_note, x ? x->note : ""),
		   words ? "col-sm-6" : "col-12");
	if (field_error(v, k->id, "version") || field_error(v, k->id, "checkpoint_id") ||
	    field_error(v, k->id, "skp") || field_error(v, k->id, "iki_id"))
		html(&r->out, "<div class=\"col-12 text-danger small\">%s</div>", v->err->msg);
	html_raw(&r->out, "<div class=\"col-12\"><button type=\"submit\" class=\"btn btn-sm "
			  "btn-primary\">Simpan realisasi</button></div></form>");
}

static void evidence_forms(struct req *r, const struct realisasi_view *v, const struct iki *k,
			   const struct realisasi *x)
{
	const char *file_msg = field_error(v, k->id, "file");
	const char *url_msg = field_error(v, k->id, "url");
	const char *title_msg = field_error(v, k->id, "title");
	html(&r->out, "<form method=\"post\" enctype=\"multipart/form-data\" "
		      "action=\"/realisasi/%lld/bukti#iki-%lld\" class=\"row g-2 align-items-end mb-2\">",
	     (long long)x->id, (long long)k->id);
	csrf_field(r);
	html(&r->out, "<div class=\"col-sm-8\"><label class=\"form-label small\" for=\"berkas-%lld\">"
		      "Berkas bukti dukung (%s; paling besar %u MiB)</label><input type=\"file\" "
		      "id=\"berkas-%lld\" name=\"berkas\" class=\"form-control form-control-sm%s\" "
		      "accept=\".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt,.ods\" required>",
	     (long long)k->id, evidence_types_text(), EVIDENCE_FILE_MAX >> 20, (long long)k->id,
	     file_msg ? " is-invalid" : "");
	control_end(r, file_msg);
	html_raw(&r->out, "<div class=\"col-sm-4\"><button type=\"submit\" class=\"btn btn-sm "
			  "btn-outline-primary\">Unggah</button></div></form>");
	html(&r->out, "<form method=\"post\" action=\"/realisasi/%lld/tautan#iki-%lld\" "
		      "class=\"row g-2 align-items-end\">", (long long)x->id, (long long)k->id);
	csrf_field(r);
	html(&r->out, "<div class=\"col-sm-5\"><label class=\"form-label small\" for=\"tautan-%lld\">"
		      "Tautan (http:// atau https://)</label><input type=\"url\" id=\"tautan-%lld\" "
		      "name=\"url\" class=\"form-control form-control-sm%s\" maxlength=\"2000\" "
		      "required>", (long long)k->id, (long long)k->id, url_msg ? " is-invalid" : "");
	control_end(r, url_msg);
	html(&r->out, "<div class=\"col-sm-4\"><label class=\"form-label small\" for=\"judul-%lld\">"
		      "Judul tautan</label><input type=\"text\" id=\"judul-%lld\" name=\"title\" "
		      "class=\"form-control form-control-sm%s\" maxlength=\"200\" required>",
	     (long long)k->id, (long long)k->id, title_msg ? " is-invalid" : "");
	control_end(r, title_msg);
	html_raw(&r->out, "<div class=\"col-sm-3\"><button type=\"submit\" class=\"btn btn-sm "
			  "btn-outline-primary\">Tambah tautan</button></div></form>");
}

/* ---- one indicator ------------------------------------------------------------------- */

static void target_text(struct req *r, const struct iki *k)
{
	char lo[40], hi[40];
	number_text(lo, sizeof lo, k->target_min);
	number_text(hi, sizeof hi, k->target_max);
	html_raw(&r->out, "<div class=\"small text-muted\">Target: ");
	if (k->target_min[0])
		html(&r->out, "%s%s%s %s", lo, k->target_max[0] ? " \xe2\x80\x93 " : "", hi,
		     k->unit_label);
	if (k->target_text && *k->target_text)
		html(&r->out, "%s%s", k->target_min[0] ? "; " : "", k->target_text);
	html(&r->out, " (%s)</div>", skp_direction_label(k->direction));
}

static void recorded(struct req *r, const struct iki *k, const struct realisasi *x)
{
	char val[40];
	if (!x) {
		html_raw(&r->out, "<p class=\"small text-muted mb-2\">Belum ada realisasi.</p>");
		return;
	}
	number_text(val, sizeof val, x->value);
	html_raw(&r->out, "<dl class=\"row small mb-1\">");
	if (x->value[0])
		html(&r->out, "<dt class=\"col-sm-3\">Realisasi</dt><dd class=\"col-sm-9\" "
			      "data-realisasi>%s %s</dd>", val, k->unit_label);
	if (x->description && *x->description)
		html(&r->out, "<dt class=\"col-sm-3\">Uraian</dt><dd class=\"col-sm-9\">%s</dd>",
		     x->description);
	if (x->note && *x->note)
		html(&r->out, "<dt class=\"col-sm-3\">Catatan</dt><dd class=\"col-sm-9\">%s</dd>",
		     x->note);
	html_raw(&r->out, "</dl>");
}

static void iki_block(struct req *r, const struct realisasi_view *v, const struct iki *k,
		      size_t no, size_t j, struct pct pct)
{
	const struct realisasi *x = realisasi_find(v->m.real, v->m.n_real, k->id, v->cp->id);
	char p[32];
	pct_text(p, sizeof p, pct);
	html(&r->out, "<div class=\"border-top pt-2 mt-2\" id=\"iki-%lld\"><div class=\"d-flex "
		      "flex-wrap justify-content-between gap-2\"><div><span class=\"text-muted\">"
		      "%zu.%zu</span> %s", (long long)k->id, no, j + 1, k->text ? k->text : "");
	target_text(r, k);
	html(&r->out, "</div><div class=\"text-end\"><span class=\"small text-muted\">Capaian IKI"
		      "</span><div class=\"fw-bold\" data-capaian-iki=\"%lld\">%s</div></div></div>",
	     (long long)k->id, p);
	recorded(r, k, x);
	if (v->may_record)
		realisasi_form(r, v, k, x);
	evidence_list(r, v, x);
	if (v->may_record && x)
		evidence_forms(r, v, k, x);
	else if (v->may_record)
		html_raw(&r->out, "<p class=\"small text-muted\">Simpan realisasi terlebih dahulu untuk "
				  "melampirkan bukti dukung.</p>");
	html_raw(&r->out, "</div>");
}

/* ---- the results ---------------------------------------------------------------------- */

static void rhk_card(struct req *r, const struct realisasi_view *v, const struct rhk *k,
		     size_t no, const struct rhk_capaian *c)
{
	char p[32];
	pct_text(p, sizeof p, c->pct);
	html(&r->out, "<section class=\"card mb-3\" id=\"rhk-%lld\"><div class=\"card-header d-flex "
		      "flex-wrap justify-content-between gap-2\"><h3 class=\"h6 mb-0\">%zu. %s "
		      "<span class=\"badge text-bg-light border\">%s</span></h3><div>Capaian RHK: "
		      "<strong data-capaian-rhk=\"%lld\">%s</strong></div></div>"
		      "<div class=\"card-body pt-0\">", (long long)k->id, no, k->text ? k->text : "",
	     strcmp(k->kind, "utama") ? "Tambahan" : "Utama", (long long)k->id, p);
	if (!k->n_iki)
		html_raw(&r->out, "<p class=\"text-muted mt-2 mb-0\">RHK ini tidak memiliki IKI.</p>");
	for (size_t j = 0; j < k->n_iki; j++)
		iki_block(r, v, &k->iki[j], no, j, c->iki[j]);
	html_raw(&r->out, "</div></section>");
}

void realisasi_results(struct req *r, const struct realisasi_view *v)
{
	html_raw(&r->out, "<section aria-labelledby=\"h-hasil\"><h2 class=\"h4\" id=\"h-hasil\">"
			  "Hasil kerja</h2>");
	for (size_t i = 0; i < v->s.n_rhk; i++)
		rhk_card(r, v, &v->s.rhk[i], i + 1, &v->cap.rhk[i]);
	if (!v->s.n_rhk)
		html_raw(&r->out, "<p class=\"text-muted\">SKP ini belum memiliki RHK.</p>");
	html_raw(&r->out, "</section>");
}

/* ---- the period page's checkpoint cell ------------------------------------------------ */

void checkpoint_state_cell(struct req *r, const struct checkpoint *c, enum period_state ps)
{
	int open = !strcmp(c->state, CHECKPOINT_OPEN);
	html(&r->out, "<td><span class=\"badge %s\">%s</span>", open ? "text-bg-success" :
	     "text-bg-dark", open ? "Terbuka" : "Ditutup");
	if (open && r->who.role == ROLE_ADMIN && (ps == PERIOD_OPEN || ps == PERIOD_LOCKED)) {
		html(&r->out, "<form method=\"post\" action=\"/titik-periksa/%lld/tutup\" "
			      "class=\"d-inline ms-2\" data-confirm=\"Tutup %s? Realisasinya tidak "
			      "dapat diubah lagi, dan titik periksa tidak dapat dibuka kembali.\">",
		     (long long)c->id, c->name);
		csrf_field(r);
		html(&r->out, "<button type=\"submit\" class=\"btn btn-sm btn-outline-danger\">Tutup"
			      "<span class=\"visually-hidden\"> %s</span></button></form>", c->name);
	}
	html_raw(&r->out, "</td>");
}
