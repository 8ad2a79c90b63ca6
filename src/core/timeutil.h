/*
 * timeutil.h - clocks and the way times are shown to users (WIB, UTC+7).
 */
#ifndef KINERJA_TIMEUTIL_H
#define KINERJA_TIMEUTIL_H

#include <stddef.h>
#include <stdint.h>

int64_t now_unix(void);
/* Monotonic microseconds, for measuring durations. */
int64_t now_mono_us(void);
/* "28-11-2026 16:30 WIB" (Western Indonesian Time, UTC+7); "-" for 0. */
void format_time_wib(char *buf, size_t size, int64_t unix_secs);
/* "2026-11-28T09:30:00Z", for APIs and exports; "" for 0. */
void format_time_iso(char *buf, size_t size, int64_t unix_secs);

struct tm;
/* The calendar in WIB: the broken-down time of a moment, its date
 * "YYYY-MM-DD", and this year. */
void wib_tm(int64_t unix_secs, struct tm *out);
void date_wib(char out[11], int64_t unix_secs);
int year_wib(void);

#endif
