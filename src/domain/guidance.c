/*
 * guidance.c - the pure rules of guidance (pembinaan): dates as days,
 * session kinds, the improvement plan's calendar, what is overdue, its
 * outcome and recommendation, and the development plan's statuses (see
 * guidance.h).
 */
#include "domain/guidance.h"
#include "domain/skp.h"

#include <stdio.h>
#include <string.h>

/* ---- dates ------------------------------------------------------------------------- */

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
 * days_from_civil). */
static int64_t days_from_civil(int64_t y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

static int days_in_month(int64_t y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

int gdate_parse(const char *s, int64_t *day)
{
	if (!date_valid(s))
		return -1;
	int y = 0, m = 0, d = 0;
	if (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 || y < 1900 || y > 2999)
		return -1;
	*day = days_from_civil(y, m, d);
	return 0;
}

void gdate_format(int64_t day, char out[GDATE_SIZE])
{
	int64_t y;
	int m, d;
	civil_from_days(day, &y, &m, &d);
	if (y < 0 || y > 9999)
		y = 0;
	snprintf(out, GDATE_SIZE, "%04d-%02d-%02d", (int)y, m, d);
}

int64_t gdate_add_months(int64_t day, int months)
{
	int64_t y;
	int m, d;
	civil_from_days(day, &y, &m, &d);
	int64_t total = y * 12 + (m - 1) + months;
	int64_t ny = total >= 0 ? total / 12 : -((-total + 11) / 12);
	int nm = (int)(total - ny * 12) + 1;
	int last = days_in_month(ny, nm);
	return days_from_civil(ny, nm, d > last ? last : d);
}

int gdate_check(const char *s, const char *field, const char *what, int64_t *day,
		struct kerr *err)
{
	int64_t d = 0;
	if (!s || !*s)
		return kerr_set(err, KERR_INVALID, field, "%s wajib diisi (TTTT-BB-HH)", what);
	if (gdate_parse(s, &d))
		return kerr_set(err, KERR_INVALID, field, "%s harus tanggal yang ada, ditulis "
				"TTTT-BB-HH (misalnya 2026-04-17)", what);
	if (day)
		*day = d;
	return 0;
}

/* ---- sessions --------------------------------------------------------------------------- */

static const char *const kind_names[SESSION__KINDS] = {
	"dialog_kinerja", "coaching", "mentoring", "konseling",
};
static const char *const kind_labels[SESSION__KINDS] = {
	"Dialog kinerja", "Coaching", "Mentoring", "Konseling",
};

const char *session_kind_name(enum session_kind k)
{
	return (unsigned)k < SESSION__KINDS ? kind_names[k] : "";
}

const char *session_kind_label(enum session_kind k)
{
	return (unsigned)k < SESSION__KINDS ? kind_labels[k] : "";
}

int session_kind_parse(const char *name, enum session_kind *out)
{
	for (int i = 0; name && i < SESSION__KINDS; i++)
		if (!strcmp(name, kind_names[i])) {
			*out = (enum session_kind)i;
			return 0;
		}
	return -1;
}

int guidance_text_check(const char *s, size_t max, int lines, int optional, const char *field,
			const char *what, struct kerr *err)
{
	if (optional && (!s || !*s))
		return 0;
	return skp_text_check(s ? s : "", max, lines, field, what, err);
}

/* ---- the improvement plan ------------------------------------------------------------------ */

int predicate_needs_improvement(enum predicate p)
{
	return p == PRED_BUTUH_PERBAIKAN || p == PRED_KURANG || p == PRED_SANGAT_KURANG;
}

int64_t improvement_due(int64_t opened)
{
	return gdate_add_months(opened, IMPROVEMENT_MONTHS);
}

void improvement_default_checkpoints(int64_t opened, int64_t out[IMPROVEMENT_MONTHS])
{
	for (int i = 0; i < IMPROVEMENT_MONTHS; i++)
		out[i] = gdate_add_months(opened, i + 1);
}

int improvement_checkpoint_overdue(int64_t due, int has_progress, int64_t today)
{
	return !has_progress && due < today;
}

int improvement_outcome_overdue(int64_t opened, int has_outcome, int64_t today)
{
	return !has_outcome && improvement_due(opened) < today;
}

int improvement_checkpoint_date_check(const char *s, int64_t opened, int64_t *day,
				      struct kerr *err)
{
	char from[GDATE_SIZE], to[GDATE_SIZE];
	if (gdate_check(s, "tanggal", "Tanggal titik pemantauan", day, err))
		return -1;
	if (*day >= opened && *day <= improvement_due(opened))
		return 0;
	gdate_format(opened, from);
	gdate_format(improvement_due(opened), to);
	return kerr_set(err, KERR_INVALID, "tanggal", "Tanggal titik pemantauan harus dalam enam "
			"bulan rencana perbaikan: %s sampai %s", from, to);
}

const char *improvement_outcome_name(enum improvement_outcome o)
{
	return o == OUTCOME_BERHASIL ? "berhasil" : o == OUTCOME_BELUM_BERHASIL ? "belum_berhasil"
									      : "";
}

const char *improvement_outcome_label(enum improvement_outcome o)
{
	return o == OUTCOME_BERHASIL ? "Berhasil" : o == OUTCOME_BELUM_BERHASIL ? "Belum berhasil"
										: "";
}

int improvement_outcome_parse(const char *name, enum improvement_outcome *out)
{
	if (name && !strcmp(name, "berhasil"))
		*out = OUTCOME_BERHASIL;
	else if (name && !strcmp(name, "belum_berhasil"))
		*out = OUTCOME_BELUM_BERHASIL;
	else
		return -1;
	return 0;
}

const char *improvement_default_recommendation(enum improvement_outcome o)
{
	if (o == OUTCOME_BERHASIL)
		return "Kinerja telah membaik; rencana perbaikan ditutup dan pembinaan berlanjut "
		       "melalui dialog kinerja biasa.";
	if (o == OUTCOME_BELUM_BERHASIL)
		return "Kinerja belum membaik setelah enam bulan: sesuai PP 30/2019 dapat "
		       "dipertimbangkan pemindahan ke jabatan yang sesuai atau penurunan jabatan, "
		       "diputuskan oleh pejabat yang berwenang.";
	return "";
}

int improvement_outcome_check(enum improvement_outcome o, int already, int checkpoints_done,
			      struct kerr *err)
{
	if (o != OUTCOME_BERHASIL && o != OUTCOME_BELUM_BERHASIL)
		return kerr_set(err, KERR_INVALID, "hasil", "Pilih hasil rencana perbaikan: "
				"'berhasil' atau 'belum_berhasil'");
	if (already)
		return kerr_set(err, KERR_CONFLICT, "hasil", "Hasil rencana perbaikan ini sudah "
				"dicatat; rencana sudah ditutup");
	if (checkpoints_done < 1)
		return kerr_set(err, KERR_CONFLICT, "hasil", "Hasil belum dapat dicatat: belum ada "
				"kemajuan yang dicatat pada titik pemantauan mana pun");
	return 0;
}

/* ---- the development plan -------------------------------------------------------------------- */

static const char *const dev_names[DEV__STATES] = {
	"direncanakan", "berjalan", "selesai", "batal",
};
static const char *const dev_labels[DEV__STATES] = {
	"Direncanakan", "Berjalan", "Selesai", "Batal",
};

const char *development_status_name(enum development_status s)
{
	return (unsigned)s < DEV__STATES ? dev_names[s] : "";
}

const char *development_status_label(enum development_status s)
{
	return (unsigned)s < DEV__STATES ? dev_labels[s] : "";
}

int development_status_parse(const char *name, enum development_status *out)
{
	for (int i = 0; name && i < DEV__STATES; i++)
		if (!strcmp(name, dev_names[i])) {
			*out = (enum development_status)i;
			return 0;
		}
	return -1;
}

int development_overdue(enum development_status s, int64_t target, int64_t today)
{
	return s != DEV_SELESAI && s != DEV_BATAL && target < today;
}
