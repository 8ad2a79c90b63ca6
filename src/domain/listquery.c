/*
 * listquery.c - reading the parameters of the lists that can grow: the
 * spec of each list (states, sort keys, page sizes) and one parser for
 * all of them (see listquery.h).
 */
#include "domain/listquery.h"
#include "domain/assess.h"
#include "domain/penilaian.h"
#include "core/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const employee_states[] = { "aktif", "pindah", "pensiun", NULL };
static const char *const skp_states[] = { "draft", "diajukan", "disetujui", "dikembalikan", NULL };
static const char *const assessment_states[] = { "draft", "ditetapkan", NULL };
static const char *const objection_states[] = { "diajukan", "penjelasan_diminta", "dijelaskan",
						 "diputus", NULL };

static const char *const employee_keys[] = { "unit", "nama", "nip", "golongan", "status", NULL };
static const char *const skp_keys[] = { "unit", "nama", "nip", "periode", "status", "disetujui",
					NULL };
static const char *const assessment_keys[] = { "unit", "nama", "nip", "periode", "titik",
					       "status", "predikat", "ditetapkan", NULL };
static const char *const objection_keys[] = { "diajukan", "nama", "nip", "unit", "periode",
					      "status", NULL };

const struct listq_spec listq_employees = {
	LIST_EMPLOYEES, employee_states, 0, 0, 0, employee_keys, 0, 50, 500,
};
const struct listq_spec listq_skp = {
	LIST_SKP, skp_states, 0, 1, 0, skp_keys, 0, 50, 500,
};
const struct listq_spec listq_assessments = {
	LIST_ASSESSMENTS, assessment_states, 1, 1, 1, assessment_keys, 0, 50, 500,
};
const struct listq_spec listq_objections = {
	LIST_OBJECTIONS, objection_states, 1, 1, 0, objection_keys, 1, 50, 500,
};

const struct listq_spec *listq_spec_of(enum list_kind kind)
{
	static const struct listq_spec *const specs[] = {
		[LIST_EMPLOYEES] = &listq_employees, [LIST_SKP] = &listq_skp,
		[LIST_ASSESSMENTS] = &listq_assessments, [LIST_OBJECTIONS] = &listq_objections,
	};
	return (unsigned)kind < LIST__KINDS ? specs[kind] : NULL;
}

/* ---- single parameters ----------------------------------------------------------- */

static int blank(const char *v)
{
	return !v || !*v;
}

/* "a, b atau c" into out. */
static void join_values(const char *const *values, struct strbuf *out)
{
	size_t n = 0;
	while (values[n])
		n++;
	for (size_t i = 0; i < n; i++)
		strbuf_addf(out, "%s%s", i == 0 ? "" : i + 1 == n ? " atau " : ", ", values[i]);
}

/* The index of v in values (case-insensitive), or -1 with KERR_INVALID. */
static int choice(const char *param, const char *v, const char *const *values, int *out,
		  struct kerr *err)
{
	for (int i = 0; values[i]; i++)
		if (!strcasecmp(v, values[i])) {
			*out = i;
			return 0;
		}
	struct strbuf allowed = STRBUF_INIT;
	join_values(values, &allowed);
	kerr_set(err, KERR_INVALID, param, "Nilai '%.60s' untuk %s tidak dikenal; pilihan: %s", v,
		 param, allowed.buf);
	strbuf_release(&allowed);
	return -1;
}

/* A whole number in [lo, hi]; absent gives def. */
static int whole(const char *param, const char *v, long long lo, long long hi, long long def,
		 long long *out, struct kerr *err)
{
	char *end = NULL;
	*out = def;
	if (blank(v))
		return 0;
	long long x = strtoll(v, &end, 10);
	if (*end || end == v || v[0] == '+' || v[0] == '-' || v[0] == ' ' || x < lo || x > hi)
		return kerr_set(err, KERR_INVALID, param, "%s harus bilangan bulat %lld sampai %lld",
				param, lo, hi);
	*out = x;
	return 0;
}

static int id_param(const char *param, const char *v, int64_t *out, struct kerr *err)
{
	long long x = 0;
	struct kerr why = KERR_INIT;
	*out = 0;
	if (whole(param, v, 1, INT64_MAX, 0, &x, &why))
		return kerr_set(err, KERR_INVALID, param, "%s harus nomor (id) bilangan bulat positif",
				param);
	*out = x;
	return 0;
}

int listq_search(const char *q, char search[LISTQ_SEARCH_MAX + 1],
		 char nip[LISTQ_SEARCH_MAX + 1], struct kerr *err)
{
	size_t n = 0, digits = 0;
	int nip_like = 1;
	search[0] = nip[0] = '\0';
	if (blank(q))
		return 0;
	if (strlen(q) > LISTQ_SEARCH_MAX)
		return kerr_set(err, KERR_INVALID, "q", "Teks pencarian paling banyak %d karakter",
				LISTQ_SEARCH_MAX);
	for (const unsigned char *p = (const unsigned char *)q; *p; p++) {
		if (*p < ' ' && *p != '\t')
			return kerr_set(err, KERR_INVALID, "q", "Teks pencarian berisi karakter kontrol");
		int space = *p == ' ' || *p == '\t';
		if (space ? (n > 0 && search[n - 1] != ' ') : 1)
			search[n++] = space ? ' ' : (char)*p;
		if (*p >= '0' && *p <= '9')
			nip[digits++] = (char)*p;
		else if (!space)
			nip_like = 0;
	}
	if (n > 0 && search[n - 1] == ' ')
		n--;
	search[n] = '\0';
	nip[nip_like ? digits : 0] = '\0';
	return 0;
}

/* ---- the whole request ------------------------------------------------------------- */

static int read_sort(const struct listq_spec *spec, const char *urut, const char *arah,
		     struct listq *q, struct kerr *err)
{
	static const char *const directions[] = { "naik", "turun", NULL };
	int dir = 0;
	q->sort = 0;
	if (!blank(urut) && choice("urut", urut, spec->sort_keys, &q->sort, err))
		return -1;
	if (blank(arah)) {
		q->desc = q->sort == 0 && spec->default_desc;
		return 0;
	}
	if (choice("arah", arah, directions, &dir, err))
		return -1;
	q->desc = dir == 1;
	return 0;
}

static int read_predicate(const char *v, int *out, struct kerr *err)
{
	const char *names[PRED__COUNT + 1];
	for (int i = 0; i < PRED__COUNT; i++)
		names[i] = predicate_name((enum predicate)i);
	names[PRED__COUNT] = NULL;
	*out = -1;
	return blank(v) ? 0 : choice("predikat", v, names, out, err);
}

static int read_kind(const char *jenis, const char *titik, struct listq *q, struct kerr *err)
{
	static const char *const kinds[] = { "periodik", "tahunan", NULL };
	q->kind = -1;
	if (!blank(jenis) && choice("jenis", jenis, kinds, &q->kind, err))
		return -1;
	if (id_param("titik", titik, &q->checkpoint_id, err))
		return -1;
	if (q->checkpoint_id && q->kind == ASSESS_TAHUNAN)
		return kerr_set(err, KERR_INVALID, "titik", "Penilaian tahunan tidak memiliki titik "
				"penilaian; kosongkan titik atau pilih jenis periodik");
	if (q->checkpoint_id)
		q->kind = ASSESS_PERIODIK;
	return 0;
}

static int read_paging(const struct listq_spec *spec, listq_get_fn get, void *ctx, int api,
		       struct listq *q, struct kerr *err)
{
	long long page = 1, per_page = LISTQ_PER_PAGE;
	if (whole("page", get(ctx, "page"), 1, LISTQ_PAGE_MAX, 1, &page, err))
		return -1;
	if (api && whole("per_page", get(ctx, "per_page"), 1, spec->per_page_max,
			 spec->per_page_default, &per_page, err))
		return -1;
	q->page = (int)page;
	q->per_page = (int)per_page;
	return 0;
}

int listq_parse(const struct listq_spec *spec, listq_get_fn get, void *ctx, int api,
		struct listq *out, struct kerr *err)
{
	const char *status = get(ctx, "status");
	memset(out, 0, sizeof *out);
	out->status = out->predicate = out->kind = -1;
	if (listq_search(get(ctx, "q"), out->search, out->nip, err) ||
	    id_param("unit", get(ctx, "unit"), &out->unit_id, err))
		return -1;
	if (spec->period && id_param("periode", get(ctx, "periode"), &out->period_id, err))
		return -1;
	if (spec->statuses && !blank(status) && choice("status", status, spec->statuses,
							&out->status, err))
		return -1;
	if (spec->predicate && read_predicate(get(ctx, "predikat"), &out->predicate, err))
		return -1;
	if (spec->assessment_kind && read_kind(get(ctx, "jenis"), get(ctx, "titik"), out, err))
		return -1;
	if (read_sort(spec, get(ctx, "urut"), get(ctx, "arah"), out, err))
		return -1;
	return read_paging(spec, get, ctx, api, out, err);
}

const char *listq_status(const struct listq_spec *spec, const struct listq *q)
{
	return spec->statuses && q->status >= 0 ? spec->statuses[q->status] : "";
}

const char *listq_sort_name(const struct listq_spec *spec, const struct listq *q)
{
	return spec->sort_keys[q->sort];
}

int64_t listq_offset(const struct listq *q)
{
	return (int64_t)(q->page - 1) * q->per_page;
}

int64_t listq_pages(int64_t total, int per_page)
{
	if (per_page <= 0 || total <= 0)
		return 1;
	return (total + per_page - 1) / per_page;
}
