/*
 * timeutil.c - clocks and time formatting.
 */
#include "core/timeutil.h"

#include <stdio.h>
#include <time.h>

int64_t now_unix(void)
{
	return (int64_t)time(NULL);
}

int64_t now_mono_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

void format_time_wib(char *buf, size_t size, int64_t unix_secs)
{
	if (!unix_secs) {
		snprintf(buf, size, "-");
		return;
	}
	time_t t = (time_t)(unix_secs + 7 * 3600);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, size, "%d-%m-%Y %H:%M WIB", &tm);
}

void format_time_iso(char *buf, size_t size, int64_t unix_secs)
{
	if (!unix_secs) {
		if (size)
			buf[0] = '\0';
		return;
	}
	time_t t = (time_t)unix_secs;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void wib_tm(int64_t unix_secs, struct tm *out)
{
	time_t t = (time_t)(unix_secs + 7 * 3600);
	gmtime_r(&t, out);
}

void date_wib(char out[11], int64_t unix_secs)
{
	struct tm tm;
	wib_tm(unix_secs, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

int year_wib(void)
{
	struct tm tm;
	wib_tm(now_unix(), &tm);
	return tm.tm_year + 1900;
}
