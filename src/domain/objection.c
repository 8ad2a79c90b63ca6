/*
 * objection.c - the pure rules of an objection (keberatan): state and
 * decision names, the texts of a case, and the deadline in WIB calendar
 * days (see objection.h).
 */
#include "domain/objection.h"
#include "domain/skp.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static const char *const state_names[OBJ__STATES] = {
	"diajukan", "penjelasan_diminta", "dijelaskan", "diputus",
};
static const char *const state_labels[OBJ__STATES] = {
	"Diajukan", "Penjelasan diminta", "Dijelaskan", "Diputus",
};

const char *objection_state_name(enum objection_state s)
{
	return (unsigned)s < OBJ__STATES ? state_names[s] : "";
}

const char *objection_state_label(enum objection_state s)
{
	return (unsigned)s < OBJ__STATES ? state_labels[s] : "";
}

int objection_state_parse(const char *name, enum objection_state *out)
{
	for (int i = 0; name && i < OBJ__STATES; i++)
		if (!strcmp(name, state_names[i])) {
			*out = (enum objection_state)i;
			return 0;
		}
	return -1;
}

const char *objection_decision_name(enum objection_decision d)
{
	return d == OBJ_TETAP ? "tetap" : d == OBJ_DIUBAH ? "diubah" : "";
}

const char *objection_decision_label(enum objection_decision d)
{
	return d == OBJ_TETAP ? "Penilaian tetap" : d == OBJ_DIUBAH ? "Penilaian diubah" : "";
}

int objection_decision_parse(const char *name, enum objection_decision *out)
{
	if (name && !strcmp(name, "tetap"))
		*out = OBJ_TETAP;
	else if (name && !strcmp(name, "diubah"))
		*out = OBJ_DIUBAH;
	else
		return -1;
	return 0;
}

int objection_decidable(enum objection_state s)
{
	return s == OBJ_PENJELASAN_DIMINTA || s == OBJ_DIJELASKAN;
}

int objection_text_check(const char *text, const char *field, const char *what,
			 struct kerr *err)
{
	return skp_text_check(text ? text : "", OBJECTION_TEXT_MAX, 1, field, what, err);
}

int objection_days_check(int64_t days, struct kerr *err)
{
	if (days < OBJECTION_DAYS_MIN || days > OBJECTION_DAYS_MAX)
		return kerr_set(err, KERR_INVALID, OBJECTION_DAYS_KEY, "Batas waktu keberatan harus "
				"%d sampai %d hari", OBJECTION_DAYS_MIN, OBJECTION_DAYS_MAX);
	return 0;
}

/* ---- the deadline ------------------------------------------------------------ */

#define WIB_OFFSET (7 * 3600)
#define DAY_SECS 86400

int64_t wib_day(int64_t unix_secs)
{
	int64_t t = unix_secs + WIB_OFFSET;
	return t >= 0 ? t / DAY_SECS : -((-t + DAY_SECS - 1) / DAY_SECS);
}

void wib_day_text(int64_t day, char *out, size_t size)
{
	time_t t = (time_t)(day * DAY_SECS);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, size, "%d-%m-%Y", &tm);
}

int64_t objection_last_day(int64_t finalised_at, int days)
{
	return wib_day(finalised_at) + days;
}

int objection_deadline_check(int64_t finalised_at, int days, int64_t now, struct kerr *err)
{
	int64_t last = objection_last_day(finalised_at, days);
	char text[16];
	if (wib_day(now) <= last)
		return 0;
	wib_day_text(last, text, sizeof text);
	return kerr_set(err, KERR_CONFLICT, "batas_waktu", "Batas waktu pengajuan keberatan "
			"telah lewat: paling lambat %s (%d hari sejak penilaian ditetapkan)", text,
			days);
}
