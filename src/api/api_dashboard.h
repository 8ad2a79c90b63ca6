/*
 * api_dashboard.h - the dashboard's figures as JSON (api_dashboard_json.c),
 * for GET /api/v1/dasbor and `kinerja report status --json`, so both
 * speak the same shape (docs/api-dashboard.md).
 */
#ifndef KINERJA_API_DASHBOARD_H
#define KINERJA_API_DASHBOARD_H

#include <jansson.h>

#include "store/dashboard.h"

/* {"periode", "skp", "titik_sekarang", "realisasi", "penilaian",
 *  "penilaian_tahunan", "r360", "keberatan"}: where the period stands. */
json_t *dash_status_json(const struct dash_status *s);
/* {"dasar", "jumlah", "persen", "total", "unit": [...]} */
json_t *dash_distribution_json(const struct dash_distribution *d);
/* {"titik": [...], "skp_id", "rhk": [...], "rata_rata": [...], "jumlah_skp": [...]} */
json_t *dash_achievement_json(const struct dash_achievement *a);
/* {"putaran", "ditampilkan", "ambang", "jawaban", "dinilai", "nilai": [...]} or, for
 * one employee, {"putaran", "kelompok": [...]}. */
json_t *dash_berakhlak_json(const struct dash_berakhlak *b, int own);
/* [{"periode", ...}, ...] oldest first. */
json_t *dash_trend_json(const struct dash_trend_col *t, size_t n, int own);
/* A percentage, or null when unset. */
json_t *dash_pct_json(int set, double value);

#endif
