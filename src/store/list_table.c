/*
 * list_table.c - the four filtered lists as export tables, and the store
 * filter of a parsed list request (see list_table.h).  The columns and
 * rows are those the list pages offered for download; moved here so the
 * command line writes the same files.
 */
#include "store/list_table.h"
#include "domain/assess.h"
#include "domain/document.h"
#include "domain/golongan.h"
#include "domain/objection.h"
#include "domain/penilaian.h"
#include "domain/skp.h"

#include <stdlib.h>
#include <string.h>

/* ---- the filter ------------------------------------------------------------------------- */

void list_filter_of(const struct listq_spec *spec, const struct listq *q, int64_t scope_unit,
		    int64_t scope_self, int viewer_admin, struct list_filter *f)
{
	memset(f, 0, sizeof *f);
	f->scope_unit = scope_unit;
	f->scope_self = scope_self;
	f->unit_id = q->unit_id;
	f->period_id = q->period_id;
	f->checkpoint_id = q->checkpoint_id;
	f->kind = q->kind >= 0 ? assessment_kind_name((enum assessment_kind)q->kind) : "";
	f->status = listq_status(spec, q);
	f->predicate = q->predicate >= 0 ? predicate_name((enum predicate)q->predicate) : "";
	f->search = q->search;
	f->nip = q->nip;
	f->viewer_admin = viewer_admin;
	f->sort = q->sort;
	f->desc = q->desc;
	f->limit = q->per_page;
	f->offset = listq_offset(q);
}

void list_employee_query(const struct list_filter *f, struct employee_query *q)
{
	int per_page = f->limit > 0 ? f->limit : 1;
	memset(q, 0, sizeof *q);
	q->search = f->search && f->search[0] ? f->search : NULL;
	q->status = f->status && f->status[0] ? f->status : NULL;
	q->unit_id = f->unit_id ? f->unit_id : f->scope_unit;
	q->per_page = per_page;
	q->page = (int)(f->offset / per_page) + 1;
	q->sort = f->sort;
	q->desc = f->desc;
}

/* ---- employees ---------------------------------------------------------------------------- */

static const struct export_column employee_columns[] = {
	{ "NIP", EXPORT_TEXT, 21 }, { "Nama", EXPORT_TEXT, 34 },
	{ "Golongan/pangkat", EXPORT_TEXT, 26 }, { "Jabatan", EXPORT_TEXT, 32 },
	{ "Unit kerja", EXPORT_TEXT, 28 }, { "Status", EXPORT_TEXT, 10 },
	{ "Email", EXPORT_TEXT, 28 }, { "Terakhir diubah", EXPORT_TIME, 17 },
};

static void employee_row(struct export_table *t, const struct employee *e)
{
	char name[400], gol[80];
	document_person_name(e->front_title, e->name, e->back_title, name, sizeof name);
	golongan_display(gol, sizeof gol, e->golongan);
	export_text(t, e->nip);
	export_text(t, name);
	export_text(t, gol);
	export_text(t, e->position_name);
	export_text(t, e->unit_name);
	export_text(t, e->status);
	export_text(t, e->email);
	export_time(t, e->updated_at);
}

static int employee_batch(struct db *db, const struct list_filter *f, struct export_table *t,
			  size_t *n, int64_t *total, struct kerr *err)
{
	struct employee_query q;
	struct employee *rows = NULL;
	list_employee_query(f, &q);
	if (store_employee_list(db, &q, &rows, n, total, err))
		return -1;
	for (size_t i = 0; i < *n; i++)
		employee_row(t, &rows[i]);
	free(rows);
	return 0;
}

/* ---- SKPs ------------------------------------------------------------------------------------ */

static const struct export_column skp_columns[] = {
	{ "NIP", EXPORT_TEXT, 21 }, { "Nama", EXPORT_TEXT, 32 }, { "Jabatan", EXPORT_TEXT, 30 },
	{ "Unit kerja", EXPORT_TEXT, 28 }, { "Periode", EXPORT_TEXT, 16 },
	{ "Bulan awal", EXPORT_NUMBER, 10 }, { "Bulan akhir", EXPORT_NUMBER, 10 },
	{ "Status", EXPORT_TEXT, 14 }, { "Jumlah RHK", EXPORT_NUMBER, 11 },
	{ "Diajukan", EXPORT_TIME, 17 }, { "Disetujui", EXPORT_TIME, 17 },
};

static const char *skp_state_text(const char *code)
{
	enum skp_state s;
	return skp_state_parse(code, &s) ? code : skp_state_label(s);
}

static void skp_row(struct export_table *t, const struct skp_list_row *row)
{
	const struct skp_summary *s = &row->s;
	export_text(t, s->nip);
	export_text(t, s->employee_name);
	export_text(t, s->position_name);
	export_text(t, s->unit_name);
	export_text(t, row->period_name);
	export_number(t, s->month_from);
	export_number(t, s->month_to);
	export_text(t, skp_state_text(s->state));
	export_number(t, s->n_rhk);
	export_time(t, s->submitted_at);
	export_time(t, s->approved_at);
}

static int skp_batch(struct db *db, const struct list_filter *f, struct export_table *t,
		     size_t *n, int64_t *total, struct kerr *err)
{
	struct skp_list_row *rows = NULL;
	if (store_list_skp(db, f, &rows, n, total, err))
		return -1;
	for (size_t i = 0; i < *n; i++)
		skp_row(t, &rows[i]);
	free(rows);
	return 0;
}

/* ---- assessments ----------------------------------------------------------------------------- */

static const struct export_column assessment_columns[] = {
	{ "NIP", EXPORT_TEXT, 21 }, { "Nama", EXPORT_TEXT, 32 }, { "Unit kerja", EXPORT_TEXT, 28 },
	{ "Periode", EXPORT_TEXT, 16 }, { "Jenis", EXPORT_TEXT, 10 }, { "Titik", EXPORT_TEXT, 14 },
	{ "Status", EXPORT_TEXT, 12 }, { "Hasil kerja", EXPORT_TEXT, 20 },
	{ "Perilaku kerja", EXPORT_TEXT, 20 }, { "Predikat", EXPORT_TEXT, 18 },
	{ "Pejabat penilai", EXPORT_TEXT, 30 }, { "Ditetapkan", EXPORT_TIME, 17 },
	{ "Diketahui pegawai", EXPORT_TIME, 17 },
};

static const char *rating_text(enum rating x)
{
	return (unsigned)x < RATING__LEVELS ? rating_label(x) : "";
}

static const char *predicate_text(enum predicate p)
{
	return (unsigned)p < PRED__COUNT ? predicate_label(p) : "";
}

static void assessment_row(struct export_table *t, const struct assessment_list_row *a)
{
	export_text(t, a->nip);
	export_text(t, a->employee_name);
	export_text(t, a->unit_name);
	export_text(t, a->period_name);
	export_text(t, assessment_kind_name(a->kind));
	export_text(t, a->kind == ASSESS_TAHUNAN ? "Tahunan" : a->checkpoint_name);
	export_text(t, a->final ? "Ditetapkan" : "Draf");
	export_text(t, rating_text(a->hasil));
	export_text(t, rating_text(a->perilaku));
	export_text(t, predicate_text(a->predicate));
	export_text(t, a->assessor_name);
	export_time(t, a->finalised_at);
	export_time(t, a->acknowledged_at);
}

static int assessment_batch(struct db *db, const struct list_filter *f, struct export_table *t,
			    size_t *n, int64_t *total, struct kerr *err)
{
	struct assessment_list_row *rows = NULL;
	if (store_list_assessments(db, f, &rows, n, total, err))
		return -1;
	for (size_t i = 0; i < *n; i++)
		assessment_row(t, &rows[i]);
	free(rows);
	return 0;
}

/* ---- objections ------------------------------------------------------------------------------ */

static const struct export_column objection_columns[] = {
	{ "NIP", EXPORT_TEXT, 21 }, { "Nama", EXPORT_TEXT, 32 }, { "Unit kerja", EXPORT_TEXT, 28 },
	{ "Periode", EXPORT_TEXT, 16 }, { "Penilaian", EXPORT_TEXT, 14 },
	{ "Predikat semula", EXPORT_TEXT, 18 }, { "Status", EXPORT_TEXT, 18 },
	{ "Putusan", EXPORT_TEXT, 14 }, { "Predikat baru", EXPORT_TEXT, 18 },
	{ "Diajukan", EXPORT_TIME, 17 }, { "Diputus", EXPORT_TIME, 17 },
};

static void objection_row(struct export_table *t, const struct objection_list_row *o)
{
	export_text(t, o->nip);
	export_text(t, o->employee_name);
	export_text(t, o->unit_name);
	export_text(t, o->period_name);
	export_text(t, o->kind == ASSESS_TAHUNAN ? "Tahunan" : o->checkpoint_name);
	export_text(t, predicate_text(o->orig_predicate));
	export_text(t, objection_state_label(o->state));
	export_text(t, o->decision == OBJ_UNDECIDED ? "" : objection_decision_label(o->decision));
	export_text(t, predicate_text(o->new_predicate));
	export_time(t, o->filed_at);
	export_time(t, o->decided_at);
}

static int objection_batch(struct db *db, const struct list_filter *f, struct export_table *t,
			   size_t *n, int64_t *total, struct kerr *err)
{
	struct objection_list_row *rows = NULL;
	if (store_list_objections(db, f, &rows, n, total, err))
		return -1;
	for (size_t i = 0; i < *n; i++)
		objection_row(t, &rows[i]);
	free(rows);
	return 0;
}

/* ---- the whole list ---------------------------------------------------------------------------- */

#define NCOLS(a) (sizeof a / sizeof a[0])

typedef int (*batch_fn)(struct db *db, const struct list_filter *f, struct export_table *t,
			size_t *n, int64_t *total, struct kerr *err);

static const struct {
	struct list_export_def def;
	batch_fn batch;
} lists[LIST__KINDS] = {
	[LIST_EMPLOYEES] = { { employee_columns, NCOLS(employee_columns), "daftar-pegawai",
			       "Pegawai" }, employee_batch },
	[LIST_SKP] = { { skp_columns, NCOLS(skp_columns), "daftar-skp", "SKP" }, skp_batch },
	[LIST_ASSESSMENTS] = { { assessment_columns, NCOLS(assessment_columns),
				 "daftar-penilaian", "Penilaian" }, assessment_batch },
	[LIST_OBJECTIONS] = { { objection_columns, NCOLS(objection_columns), "daftar-keberatan",
				"Keberatan" }, objection_batch },
};

const struct list_export_def *list_export_def_of(enum list_kind kind)
{
	return (unsigned)kind < LIST__KINDS ? &lists[kind].def : NULL;
}

int list_table_fill(struct db *db, enum list_kind kind, const struct list_filter *f,
		    struct export_table *t, struct kerr *err)
{
	const struct list_export_def *def = list_export_def_of(kind);
	struct list_filter batch = *f;
	export_table_init(t, def ? def->cols : NULL, def ? def->ncols : 0);
	if (!def)
		return kerr_set(err, KERR_INVALID, "", "Daftar tidak dikenal");
	batch.limit = LIST_EXPORT_BATCH;
	for (batch.offset = 0;; batch.offset += LIST_EXPORT_BATCH) {
		size_t n = 0;
		int64_t total = 0;
		if (lists[kind].batch(db, &batch, t, &n, &total, err))
			return -1;
		if (total > EXPORT_MAX_ROWS)
			return kerr_set(err, KERR_TOO_LARGE, "", "Daftar berisi %lld baris, lebih dari "
					"batas ekspor %d baris; persempit saringannya",
					(long long)total, EXPORT_MAX_ROWS);
		if (n < LIST_EXPORT_BATCH)
			return 0;
	}
}
