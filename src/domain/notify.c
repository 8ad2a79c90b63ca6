/*
 * notify.c - the waiting items of notifications: kinds and groups, the
 * title, key and link of an item, urgency against the due date, and the
 * order of a list (see notify.h).  The e-mail digest is in notify_mail.c.
 */
#include "domain/notify.h"
#include "domain/guidance.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
	const char *name;
	enum notify_group group;
} kinds[NOTIFY__KINDS] = {
	[NOTIFY_SKP_APPROVE] = { "skp_persetujuan", NG_SKP },
	[NOTIFY_SKP_REVISE] = { "skp_perbaikan", NG_SKP },
	[NOTIFY_360_ANSWER] = { "360", NG_360 },
	[NOTIFY_ASSESSMENT_ACK] = { "penilaian_diketahui", NG_PENILAIAN },
	[NOTIFY_OBJECTION_ASK] = { "keberatan_penjelasan_diminta", NG_KEBERATAN },
	[NOTIFY_OBJECTION_EXPLAIN] = { "keberatan_jelaskan", NG_KEBERATAN },
	[NOTIFY_OBJECTION_DECIDE] = { "keberatan_putus", NG_KEBERATAN },
	[NOTIFY_PLAN_CHECKPOINT] = { "rencana_perbaikan_pemantauan", NG_PEMBINAAN },
	[NOTIFY_PLAN_OWN] = { "rencana_perbaikan_saya", NG_PEMBINAAN },
	[NOTIFY_PLAN_OUTCOME] = { "rencana_perbaikan_hasil", NG_PEMBINAAN },
	[NOTIFY_GUIDE_ACK] = { "sosialisasi", NG_SOSIALISASI },
	[NOTIFY_CALIBRATION_DECIDE] = { "kalibrasi_putus", NG_PENILAIAN },
};

static const char *const group_names[NG__GROUPS][2] = {
	[NG_SKP] = { "skp", "SKP" },
	[NG_360] = { "360", "Umpan balik 360\xc2\xb0" },
	[NG_PENILAIAN] = { "penilaian", "Penilaian" },
	[NG_KEBERATAN] = { "keberatan", "Keberatan" },
	[NG_PEMBINAAN] = { "pembinaan", "Rencana perbaikan kinerja" },
	[NG_SOSIALISASI] = { "sosialisasi", "Sosialisasi" },
};

const char *notify_kind_name(enum notify_kind k)
{
	return (unsigned)k < NOTIFY__KINDS ? kinds[k].name : "";
}

enum notify_group notify_kind_group(enum notify_kind k)
{
	return (unsigned)k < NOTIFY__KINDS ? kinds[k].group : NG_SKP;
}

const char *notify_group_name(enum notify_group g)
{
	return (unsigned)g < NG__GROUPS ? group_names[g][0] : "";
}

const char *notify_group_label(enum notify_group g)
{
	return (unsigned)g < NG__GROUPS ? group_names[g][1] : "";
}

const char *notify_urgency_name(enum notify_urgency u)
{
	static const char *const names[] = { "", "", "segera", "hari_ini", "terlambat" };
	return (unsigned)u <= NU_LATE ? names[u] : "";
}

const char *notify_urgency_label(enum notify_urgency u)
{
	static const char *const labels[] = { "", "", "Segera", "Hari ini", "Terlambat" };
	return (unsigned)u <= NU_LATE ? labels[u] : "";
}

/* ---- dates ---------------------------------------------------------------------------------- */

enum notify_urgency notify_urgency_of(const char *due, const char *today)
{
	int64_t d, t;
	if (!due || !*due || gdate_parse(due, &d) || !today || gdate_parse(today, &t))
		return NU_NONE;
	if (d < t)
		return NU_LATE;
	if (d == t)
		return NU_TODAY;
	return d - t <= NOTIFY_SOON_DAYS ? NU_SOON : NU_LATER;
}

void notify_date_add(const char *ymd, int days, char out[NOTIFY_DATE_SIZE])
{
	int64_t d;
	if (!ymd || gdate_parse(ymd, &d)) {
		snprintf(out, NOTIFY_DATE_SIZE, "%s", ymd ? ymd : "");
		return;
	}
	gdate_format(d + days, out);
}

void notify_date_text(const char *ymd, char out[NOTIFY_DATE_SIZE])
{
	int64_t d;
	if (!ymd || gdate_parse(ymd, &d)) {
		out[0] = '\0';
		return;
	}
	snprintf(out, NOTIFY_DATE_SIZE, "%.2s-%.2s-%.4s", ymd + 8, ymd + 5, ymd);
}

/* ---- one item ------------------------------------------------------------------------------- */

/* The title: what the user is asked to do, naming the person and the thing. */
static void item_title(const struct notify_item *it, char *out, size_t size)
{
	const char *who = it->who, *what = it->what;
	switch (it->kind) {
	case NOTIFY_SKP_APPROVE:
		snprintf(out, size, "Setujui atau kembalikan SKP %s (%s)", who, what);
		break;
	case NOTIFY_SKP_REVISE:
		snprintf(out, size, "Perbaiki SKP Anda yang dikembalikan lalu ajukan kembali (%s)",
			 what);
		break;
	case NOTIFY_360_ANSWER:
		if (it->seq)
			snprintf(out, size, "Isi penilaian diri umpan balik 360 (%s)", what);
		else
			snprintf(out, size, "Isi umpan balik 360 untuk %s (%s)", who, what);
		break;
	case NOTIFY_ASSESSMENT_ACK:
		snprintf(out, size, "Baca penilaian Anda (%s) dan nyatakan telah mengetahuinya", what);
		break;
	case NOTIFY_OBJECTION_ASK:
		snprintf(out, size, "Minta penjelasan pejabat penilai atas keberatan %s (%s)", who,
			 what);
		break;
	case NOTIFY_OBJECTION_EXPLAIN:
		snprintf(out, size, "Berikan penjelasan atas keberatan %s (%s)", who, what);
		break;
	case NOTIFY_OBJECTION_DECIDE:
		snprintf(out, size, "Putuskan keberatan %s (%s)", who, what);
		break;
	case NOTIFY_PLAN_CHECKPOINT:
		snprintf(out, size, "Catat kemajuan titik pemantauan %d rencana perbaikan kinerja %s",
			 it->seq, who);
		break;
	case NOTIFY_PLAN_OWN:
		snprintf(out, size, "Titik pemantauan %d rencana perbaikan kinerja Anda: siapkan "
			 "kemajuan untuk dibahas dengan atasan", it->seq);
		break;
	case NOTIFY_PLAN_OUTCOME:
		snprintf(out, size, "Tetapkan hasil rencana perbaikan kinerja %s (%s)", who, what);
		break;
	case NOTIFY_GUIDE_ACK:
		snprintf(out, size, "Baca panduan \"%s\" dan nyatakan paham", what);
		break;
	case NOTIFY_CALIBRATION_DECIDE:
		snprintf(out, size, "Terima atau tolak usulan kalibrasi atas penilaian %s (%s)", who,
			 what);
		break;
	default:
		snprintf(out, size, "%s", what);
	}
}

static void item_link(const struct notify_item *it, char *out, size_t size)
{
	long long id = (long long)it->ref_id;
	switch (it->kind) {
	case NOTIFY_SKP_APPROVE:
	case NOTIFY_SKP_REVISE:
		snprintf(out, size, "/skp/%lld", id);
		break;
	case NOTIFY_360_ANSWER:
		snprintf(out, size, "/360/tugas/%lld", id);
		break;
	case NOTIFY_ASSESSMENT_ACK:
		if (it->ref2)
			snprintf(out, size, "/penilaian/%lld?jenis=periodik&titik=%lld", id,
				 (long long)it->ref2);
		else
			snprintf(out, size, "/penilaian/%lld?jenis=tahunan", id);
		break;
	case NOTIFY_OBJECTION_ASK:
	case NOTIFY_OBJECTION_EXPLAIN:
	case NOTIFY_OBJECTION_DECIDE:
		snprintf(out, size, "/keberatan/%lld", id);
		break;
	case NOTIFY_PLAN_CHECKPOINT:
	case NOTIFY_PLAN_OWN:
	case NOTIFY_PLAN_OUTCOME:
		snprintf(out, size, "/pembinaan/rencana/%lld", id);
		break;
	case NOTIFY_GUIDE_ACK:
		snprintf(out, size, "/sosialisasi/%lld", id);
		break;
	case NOTIFY_CALIBRATION_DECIDE:
		snprintf(out, size, "/kalibrasi/usulan/%lld", id);
		break;
	default:
		snprintf(out, size, "/notifikasi");
	}
}

void notify_item_finish(struct notify_item *it, const char *today)
{
	const char *kind = notify_kind_name(it->kind);
	if (it->kind == NOTIFY_ASSESSMENT_ACK || it->kind == NOTIFY_PLAN_CHECKPOINT ||
	    it->kind == NOTIFY_PLAN_OWN || it->kind == NOTIFY_GUIDE_ACK)
		snprintf(it->key, sizeof it->key, "%s:%lld:%lld", kind, (long long)it->ref_id,
			 (long long)it->ref2);
	else
		snprintf(it->key, sizeof it->key, "%s:%lld", kind, (long long)it->ref_id);
	item_title(it, it->title, sizeof it->title);
	item_link(it, it->link, sizeof it->link);
	it->urgency = notify_urgency_of(it->due, today);
}

/* ---- lists ---------------------------------------------------------------------------------- */

static int cmp_urgent(const void *pa, const void *pb)
{
	const struct notify_item *a = pa, *b = pb;
	if (a->urgency != b->urgency)
		return (int)b->urgency - (int)a->urgency;
	if (!*a->due != !*b->due)
		return *a->due ? -1 : 1;
	int d = strcmp(a->due, b->due);
	if (d)
		return d;
	if (a->since != b->since)
		return a->since > b->since ? -1 : 1;
	return strcmp(a->key, b->key);
}

static int cmp_item(const void *pa, const void *pb)
{
	const struct notify_item *a = pa, *b = pb;
	int ga = (int)notify_kind_group(a->kind), gb = (int)notify_kind_group(b->kind);
	return ga != gb ? ga - gb : cmp_urgent(pa, pb);
}

void notify_sort(struct notify_item *v, size_t n)
{
	if (n > 1)
		qsort(v, n, sizeof *v, cmp_item);
}

void notify_sort_urgent(struct notify_item *v, size_t n)
{
	if (n > 1)
		qsort(v, n, sizeof *v, cmp_urgent);
}

void notify_count_groups(const struct notify_item *v, size_t n, size_t count[NG__GROUPS])
{
	memset(count, 0, NG__GROUPS * sizeof count[0]);
	for (size_t i = 0; i < n; i++)
		count[notify_kind_group(v[i].kind)]++;
}
