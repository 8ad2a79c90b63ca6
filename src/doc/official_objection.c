/*
 * official_objection.c - the Keputusan atas Keberatan as a PDF: the
 * employee who objected and the atasan pejabat penilai who decided, the
 * assessment objected to, the reasons, the request for an explanation and
 * the pejabat penilai's explanation, the decision with its reasons, and
 * the ratings and predicate before and after it, signed by the decider.
 * Only a decided objection has one.
 */
#include "doc/official_int.h"
#include "doc/doc_recognition.h"
#include "domain/document.h"
#include "store/objection.h"

#include <stdio.h>
#include <string.h>

static const char *rating_text(enum rating x)
{
	return x < RATING__LEVELS ? rating_label(x) : "-";
}

static const char *predicate_text(enum predicate p)
{
	return p < PRED__COUNT ? predicate_label(p) : "-";
}

/* "Triwulan I" or "Tahunan", the period, and when it was finalised. */
static void assessment_line(const struct objection *o, char *out, size_t size)
{
	char when[40];
	doc_date_id(o->finalised_at, when, sizeof when);
	snprintf(out, size, "%s%s%s, %s (ditetapkan %s)", assessment_kind_label(o->kind),
		 o->checkpoint_name[0] ? " " : "", o->checkpoint_name, o->period_name, when);
}

static void step(struct pdf_doc *d, const char *heading, const char *by, int64_t at,
		 const char *text)
{
	char line[400], when[40];
	doc_heading(d, heading);
	if (at) {
		doc_date_id(at, when, sizeof when);
		snprintf(line, sizeof line, "Oleh %s pada %s", by && *by ? by : "-", when);
		pdf_para(d, line, PDF_REGULAR, 8, PDF_LEFT);
	}
	pdf_para(d, text && *text ? text : "-", PDF_REGULAR, 9, PDF_LEFT);
}

static void before_after(struct pdf_doc *d, const struct objection *o)
{
	static const float mm[3] = { 60, 60, 60 };
	static const char *const head[3] = { "", "SEBELUM KEPUTUSAN", "SESUDAH KEPUTUSAN" };
	int changed = o->decision == OBJ_DIUBAH;
	enum rating h = changed ? o->new_hasil : o->orig_hasil;
	enum rating p = changed ? o->new_perilaku : o->orig_perilaku;
	enum predicate q = changed ? o->new_predicate : o->orig_predicate;
	const char *rows[3][3] = {
		{ "Rating hasil kerja", rating_text(o->orig_hasil), rating_text(h) },
		{ "Rating perilaku kerja", rating_text(o->orig_perilaku), rating_text(p) },
		{ "Predikat kinerja", predicate_text(o->orig_predicate), predicate_text(q) },
	};
	doc_heading(d, "PREDIKAT SEBELUM DAN SESUDAH KEPUTUSAN");
	doc_row_mm(d, mm, head, 3, PDF_BOLD);
	for (int i = 0; i < 3; i++)
		doc_row_mm(d, mm, rows[i], 3, i == 2 ? PDF_BOLD : PDF_REGULAR);
}

static void draw(struct db *db, struct pdf_doc *d, const struct objection *o,
		 const struct doc_skp *v, const struct doc_party *decider)
{
	char number[80], line[600];
	snprintf(number, sizeof number, "Nomor: KBR/%d/%lld", v->p.year % 10000, (long long)o->id);
	doc_begin(db, d, v->instansi);
	doc_title(d, "KEPUTUSAN ATAS KEBERATAN", "TERHADAP HASIL PENILAIAN KINERJA PEGAWAI", number,
		  NULL);
	doc_identity(d, "PEGAWAI YANG MENGAJUKAN KEBERATAN", &v->self,
		     "ATASAN PEJABAT PENILAI KINERJA", decider);
	pdf_space(d, 6);
	assessment_line(o, line, sizeof line);
	doc_labelled(d, "Penilaian yang diajukan keberatan", line);
	doc_labelled(d, "Pejabat penilai kinerja", o->assessor_id ? o->assessor_name : "Administrator");
	step(d, "ALASAN KEBERATAN", o->employee_name, o->filed_at, o->reasons);
	step(d, "PERMINTAAN PENJELASAN KEPADA PEJABAT PENILAI", o->requested_by, o->requested_at,
	     o->question);
	step(d, "PENJELASAN PEJABAT PENILAI", o->explained_by, o->explained_at, o->explanation);
	snprintf(line, sizeof line, "KEPUTUSAN: %s", objection_decision_label(o->decision));
	step(d, line, o->decided_by, o->decided_at, o->decision_text);
	before_after(d, o);
	pdf_space(d, 4);
	pdf_para(d, "Keputusan atasan pejabat penilai kinerja atas keberatan ini bersifat final "
		 "(PermenPANRB 6/2022).", PDF_REGULAR, 8, PDF_LEFT);
	doc_place_date(v->place, o->decided_at, line, sizeof line);
	doc_signatures(d, line, NULL, NULL, "Atasan Pejabat Penilai Kinerja", decider);
}

int official_objection(struct db *db, int64_t objection_id, struct pdf_doc *d,
		       char *filename, size_t size, struct kerr *err)
{
	struct objection o;
	struct doc_skp v;
	struct doc_party decider;
	char suffix[40];
	memset(&v, 0, sizeof v);
	if (store_objection_get(db, objection_id, &o, err))
		return -1;
	int rc = o.decision == OBJ_UNDECIDED
		? kerr_set(err, KERR_CONFLICT, "status", "Keberatan #%lld belum diputus: keputusannya "
			   "baru dapat dicetak setelah atasan pejabat penilai memutus (status: %s)",
			   (long long)o.id, objection_state_label(o.state))
		: doc_skp_load(db, o.skp_id, &v, err);
	memset(&decider, 0, sizeof decider);
	if (!rc && o.decider_id)
		rc = doc_party_of(db, o.decider_id, &decider, err);
	else if (!rc)
		copy_str(decider.name, sizeof decider.name, "Administrator"), copy_str(decider.nip, sizeof decider.nip, "-");
	if (!rc) {
		draw(db, d, &o, &v, &decider);
		snprintf(suffix, sizeof suffix, "%lld", (long long)o.id);
		document_filename(filename, size, "keputusan-keberatan", v.nip, suffix);
	}
	doc_skp_release(&v);
	objection_release(&o);
	return rc;
}
