/*
 * recap.h - the pure rules of the recap (rekap) of a unit and period: the
 * 360 response rate, how late an overdue item is, and the kinds of
 * overdue items with their names and labels.  No I/O: the store gathers
 * the rows (store/report.h), the API, the pages and the exports show them.
 *
 * The figures of one employee's row:
 *   - capaian: the achievement of their SKP at the recap's checkpoint (the
 *     period's last one for the tahunan recap), as the SKP and assessment
 *     pages compute it (monitor.h skp_capaian_compute: per IKI
 *     realisasi against target, per RHK the mean of its IKI, per SKP the
 *     mean of its utama RHK, each capped at 120 in a mean);
 *   - the ratings and the predicate: of the ditetapkan assessment of the
 *     checkpoint (periodik) or of the year (tahunan); a draft shows none;
 *   - respons 360: the forms they were asked to fill as a rater (every
 *     group, their self-assessment included) in the period's rounds, and
 *     how many they answered (declined forms are asked, not answered);
 *     counts only, never whom they rated.
 */
#ifndef KINERJA_DOMAIN_RECAP_H
#define KINERJA_DOMAIN_RECAP_H

#include <stdint.h>

/* answered / asked in percent; -1 when nothing was asked. */
int recap_rate(int64_t answered, int64_t asked, double *pct);

/* Days from `due` to `today` (both "YYYY-MM-DD"): positive when late,
 * 0 on the day, negative before it.  INT32_MIN when either is not a date. */
int recap_days_late(const char *due, const char *today);

enum overdue_kind {
	OVERDUE_SKP,          /* SKP not approved after the period's plan_due */
	OVERDUE_REALISASI,    /* IKI without realisasi at a closed checkpoint */
	OVERDUE_360,          /* forms left unanswered in a closed round */
	OVERDUE_ASSESSMENT,   /* no ditetapkan assessment for a checkpoint that has ended */
	OVERDUE_OBJECTION,    /* an objection not yet decided */
	OVERDUE__KINDS
};

/* "skp", "realisasi", "360", "penilaian", "keberatan" and the labels
 * "SKP belum disetujui", ... */
const char *overdue_kind_name(enum overdue_kind k);
const char *overdue_kind_label(enum overdue_kind k);

#endif
