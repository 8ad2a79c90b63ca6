/*
 * recap.c - the 360 response rate, days late and the overdue kinds of the
 * recap (see recap.h).
 */
#include "domain/recap.h"

#include <stdio.h>
#include <string.h>

int recap_rate(int64_t answered, int64_t asked, double *pct)
{
	if (asked <= 0 || answered < 0)
		return -1;
	*pct = 100.0 * (double)answered / (double)asked;
	return 0;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * days_from_civil). */
static int64_t days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int parse_date(const char *s, int64_t *days)
{
	int y, m, d;
	char tail;
	if (!s || strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
	    m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	*days = days_from_civil(y, m, d);
	return 0;
}

int recap_days_late(const char *due, const char *today)
{
	int64_t a, b;
	if (parse_date(due, &a) || parse_date(today, &b))
		return INT32_MIN;
	return (int)(b - a);
}

static const struct { const char *name, *label; } kinds[OVERDUE__KINDS] = {
	{ "skp", "SKP belum disetujui" },
	{ "realisasi", "Realisasi belum diisi" },
	{ "360", "Formulir 360 tidak dijawab" },
	{ "penilaian", "Penilaian belum ditetapkan" },
	{ "keberatan", "Keberatan belum diputus" },
};

const char *overdue_kind_name(enum overdue_kind k)
{
	return (unsigned)k < OVERDUE__KINDS ? kinds[k].name : "";
}

const char *overdue_kind_label(enum overdue_kind k)
{
	return (unsigned)k < OVERDUE__KINDS ? kinds[k].label : "";
}
