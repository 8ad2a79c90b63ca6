/*
 * ui_objection_parts.c - pieces of the objection (keberatan) pages and
 * what other pages show of objections: the notices, the state badge and
 * the ratings, the filing form (with its last day), the section of the
 * explanation page (/skp/{id}/penjelasan) and the home page card.
 */
#include "web/ui_objection.h"
#include "web/ui_assessment.h"
#include "web/ui.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "http/html.h"
#include "http/request.h"

#include <stdio.h>
#include <string.h>

static const struct { const char *code, *text; } notices[] = {
	{ "keberatan_diajukan", "Keberatan telah diajukan kepada atasan pejabat penilai." },
	{ "lampiran_ditambah", "Lampiran telah ditambahkan." },
	{ "penjelasan_diminta", "Permintaan penjelasan telah dikirim kepada pejabat penilai." },
	{ "penjelasan_dikirim", "Penjelasan telah dikirim kepada atasan pejabat penilai." },
	{ "keberatan_diputus", "Putusan keberatan telah ditetapkan; putusan ini final." },
};

void objection_notice(struct req *r)
{
	const char *code = req_query(r, "pesan");
	for (size_t i = 0; code && i < sizeof notices / sizeof notices[0]; i++)
		if (!strcmp(code, notices[i].code))
			alert_box(r, "success", notices[i].text);
}

void objection_state_badge(struct req *r, enum objection_state s)
{
	static const char *const cls[OBJ__STATES] = {
		[OBJ_DIAJUKAN] = "text-bg-warning", [OBJ_PENJELASAN_DIMINTA] = "text-bg-info",
		[OBJ_DIJELASKAN] = "text-bg-primary", [OBJ_DIPUTUS] = "text-bg-success",
	};
	html(&r->out, "<span class=\"badge %s\" data-status=\"%s\">%s</span>",
	     (unsigned)s < OBJ__STATES ? cls[s] : "text-bg-light", objection_state_name(s),
	     objection_state_label(s));
}

void objection_title(const struct objection *o, char *out, size_t size)
{
	snprintf(out, size, "%s%s%s \xc2\xb7 %s", assessment_kind_label(o->kind),
		 o->checkpoint_id ? ": " : "", o->checkpoint_name, o->period_name);
}

void objection_ratings(struct req *r, enum rating hasil, enum rating perilaku,
		       enum predicate p)
{
	html_raw(&r->out, "<span class=\"text-nowrap\">Hasil kerja ");
	assess_rating_badge(r, hasil);
	html_raw(&r->out, "</span> <span class=\"text-nowrap\">Perilaku kerja ");
	assess_rating_badge(r, perilaku);
	html_raw(&r->out, "</span> <span class=\"text-nowrap\">Predikat ");
	assess_predicate_badge(r, p);
	html_raw(&r->out, "</span>");
}

void objection_textarea(struct req *r, const char *name, int64_t key, const char *label,
			const char *value, int rows, const struct kerr *err)
{
	int bad = err && !strcmp(err->field, name);
	char id[96];
	snprintf(id, sizeof id, "f-%s-%lld", name, (long long)key);
	html(&r->out, "<div class=\"mb-2\"><label class=\"form-label\" for=\"%s\">%s</label>"
		      "<textarea class=\"form-control%s\" id=\"%s\" name=\"%s\" rows=\"%d\" "
		      "maxlength=\"%d\" required", id, label, bad ? " is-invalid" : "", id, name, rows,
	     OBJECTION_TEXT_MAX);
	if (bad)
		html(&r->out, " aria-describedby=\"%s-err\">%s</textarea><div class=\"invalid-feedback"
			      "\" id=\"%s-err\">%s</div>", id, value ? value : "", id, err->msg);
	else
		html(&r->out, ">%s</textarea>", value ? value : "");
	html_raw(&r->out, "</div>");
}

void objection_filing_form(struct req *r, int64_t assessment_id, int64_t last_day,
			   const char *reasons, const struct kerr *err)
{
	char day[16];
	int bad_file = err && !strcmp(err->field, "berkas");
	wib_day_text(last_day, day, sizeof day);
	html(&r->out, "<form method=\"post\" action=\"/keberatan\" enctype=\"multipart/form-data\" "
		      "class=\"card card-body mb-3\" data-keberatan-form=\"%lld\"><h4 class=\"h6\">"
		      "Ajukan keberatan</h4><p class=\"small\">Keberatan diajukan kepada atasan "
		      "pejabat penilai paling lambat <strong data-batas>%s</strong>. Setiap penilaian "
		      "hanya dapat diajukan keberatan satu kali.</p>", (long long)assessment_id, day);
	csrf_field(r);
	html(&r->out, "<input type=\"hidden\" name=\"penilaian\" value=\"%lld\">",
	     (long long)assessment_id);
	objection_textarea(r, "alasan", assessment_id, "Alasan keberatan", reasons, 5, err);
	html(&r->out, "<div class=\"mb-2\"><label class=\"form-label\" for=\"f-berkas-%lld\">"
		      "Lampiran (opsional: PDF, gambar, atau dokumen kantor; paling besar 10 MiB)"
		      "</label><input type=\"file\" class=\"form-control%s\" id=\"f-berkas-%lld\" "
		      "name=\"berkas\">", (long long)assessment_id, bad_file ? " is-invalid" : "",
	     (long long)assessment_id);
	if (bad_file)
		html(&r->out, "<div class=\"invalid-feedback\">%s</div>", err->msg);
	html_raw(&r->out, "</div><div><button type=\"submit\" class=\"btn btn-warning\">Ajukan "
			  "keberatan</button></div></form>");
}

/* ---- the explanation page ------------------------------------------------------------------- */

static const struct objection *case_of(const struct objection *v, size_t n, int64_t assessment)
{
	for (size_t i = 0; i < n; i++)
		if (v[i].assessment_id == assessment)
			return &v[i];
	return NULL;
}

static void case_summary(struct req *r, const struct objection *o)
{
	char filed[40], decided[40];
	format_time_wib(filed, sizeof filed, o->filed_at);
	format_time_wib(decided, sizeof decided, o->decided_at);
	html(&r->out, "<div data-keberatan=\"%lld\"><p class=\"mb-1\">Keberatan diajukan %s ",
	     (long long)o->id, filed);
	objection_state_badge(r, o->state);
	html_raw(&r->out, "</p><p class=\"mb-1\">Semula (saat keberatan diajukan): ");
	objection_ratings(r, o->orig_hasil, o->orig_perilaku, o->orig_predicate);
	html_raw(&r->out, "</p>");
	if (o->state == OBJ_DIPUTUS) {
		html(&r->out, "<p class=\"mb-1\" data-putusan=\"%s\">Putusan %s oleh %s: "
			      "<strong>%s</strong>", objection_decision_name(o->decision), decided,
		     o->decided_by, objection_decision_label(o->decision));
		if (o->decision == OBJ_DIUBAH) {
			html_raw(&r->out, " \xe2\x80\x94 menjadi ");
			objection_ratings(r, o->new_hasil, o->new_perilaku, o->new_predicate);
		}
		html(&r->out, "</p><p class=\"skp-pre small mb-1\">%s</p>", o->decision_text);
	}
	html(&r->out, "<a class=\"btn btn-sm btn-outline-primary\" href=\"/keberatan/%lld\">Buka "
		      "berkas keberatan</a></div>", (long long)o->id);
}

/* For one ditetapkan assessment: its case, or what its employee may do. */
static void one(struct req *r, const struct assess_ctx *c, const struct assessment *a,
		const struct skp_monitor *m, const struct objection *o, int days)
{
	char day[16], title[96];
	int64_t last = objection_last_day(a->finalised_at, days);
	assess_title(title, sizeof title, a, m->cp, m->n_cp);
	html(&r->out, "<div class=\"border rounded p-2 mb-2\"><h3 class=\"h6\">%s</h3>", title);
	if (o)
		case_summary(r, o);
	else if (c->role != SKP_ROLE_OWNER)
		html_raw(&r->out, "<p class=\"text-muted mb-0\">Tidak ada keberatan.</p>");
	else if (wib_day(now_unix()) <= last)
		objection_filing_form(r, a->id, last, NULL, NULL);
	else {
		wib_day_text(last, day, sizeof day);
		html(&r->out, "<p class=\"mb-0\" data-batas-lewat>Batas waktu pengajuan keberatan "
			      "atas penilaian ini telah lewat pada %s (%d hari sejak ditetapkan); "
			      "keberatan tidak dapat diajukan lagi.</p>", day, days);
	}
	html_raw(&r->out, "</div>");
}

void objection_explain_section(struct req *r, const struct assess_ctx *c,
			       const struct assessment *a, size_t n, const struct skp_monitor *m)
{
	struct objection *v = NULL;
	size_t nv = 0, shown = 0;
	int days = OBJECTION_DAYS_DEFAULT;
	struct kerr err = KERR_INIT;
	if (store_objection_list_skp(r->db, c->s.id, &v, &nv, &err) ||
	    store_objection_days(r->db, &days, &err)) {
		log_warn("keberatan SKP %lld: %s", (long long)c->s.id, err.msg);
		return;
	}
	html_raw(&r->out, "<section class=\"mb-4\" id=\"keberatan\"><h2 class=\"h5\">6. Keberatan"
			  "</h2><p>Pegawai dapat mengajukan keberatan atas penilaian yang sudah "
			  "ditetapkan kepada atasan pejabat penilai, yang meminta penjelasan pejabat "
			  "penilai lalu memutus: penilaian tetap atau diubah. Putusan bersifat final; "
			  "penilaian semula tetap tercatat di riwayat.</p>");
	for (size_t i = 0; i < n; i++) {
		if (!a[i].final)
			continue;
		one(r, c, &a[i], m, case_of(v, nv, a[i].id), days);
		shown++;
	}
	if (!shown)
		html_raw(&r->out, "<p class=\"text-muted\">Belum ada penilaian yang ditetapkan.</p>");
	html_raw(&r->out, "</section>");
	objections_free(v, nv);
}

/* ---- the home page --------------------------------------------------------------------------- */

void objection_home_card(struct req *r)
{
	int64_t decide = 0, explain = 0;
	struct kerr err = KERR_INIT;
	if (!r->who.employee_id && r->who.role != ROLE_ADMIN)
		return;
	if (store_objection_waiting(r->db, r->who.employee_id, r->who.role == ROLE_ADMIN, &decide,
				    &explain, &err)) {
		log_warn("keberatan menunggu: %s", err.msg);
		return;
	}
	if (!decide && !explain)
		return;
	html_raw(&r->out, "<section class=\"card mb-3 border-warning\" id=\"keberatan-menunggu\" "
			  "aria-labelledby=\"km-judul\"><div class=\"card-body\"><h2 class=\"h5\" "
			  "id=\"km-judul\">Keberatan menunggu tindakan Anda</h2><ul class=\"mb-2\">");
	if (decide)
		html(&r->out, "<li>%lld keberatan menunggu permintaan penjelasan atau putusan Anda "
			      "sebagai atasan pejabat penilai</li>", (long long)decide);
	if (explain)
		html(&r->out, "<li>%lld keberatan menunggu penjelasan Anda sebagai pejabat penilai"
			      "</li>", (long long)explain);
	html_raw(&r->out, "</ul><a class=\"btn btn-sm btn-warning\" href=\"/keberatan\">Buka "
			  "daftar keberatan</a></div></section>");
}
