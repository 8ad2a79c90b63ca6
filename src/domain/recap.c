/*
 * recap.c - the 360 response rate, days late (dates read by gdate_parse,
 * domain/guidance.h) and the overdue kinds of the recap (see recap.h).
 */
#include "domain/recap.h"
#include "domain/guidance.h"


int recap_rate(int64_t answered, int64_t asked, double *pct)
{
	if (asked <= 0 || answered < 0)
		return -1;
	*pct = 100.0 * (double)answered / (double)asked;
	return 0;
}

int recap_days_late(const char *due, const char *today)
{
	int64_t a, b;
	if (gdate_parse(due, &a) || gdate_parse(today, &b))
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
