/*
 * schema_analysis.c - migration of the rater analysis's settings (see
 * schema.h and store/analysis.h): analysis_setting holds the thresholds
 * of the rater statistics (struct rs_config of domain/raterstats.h) the
 * administrator changed, one row per answer scale (3 or 5) and
 * threshold name (min_ratees, z_flag, min_effect, min_forms, halo_sd,
 * central_share, shrink), the value as text ("3", "0.25").  A threshold
 * without a row takes rs_config_default's value for its scale.
 */
#include "store/schema.h"

const char schema_analysis[] =
	"CREATE TABLE analysis_setting ("
	"  scale BIGINT NOT NULL,"
	"  name TEXT NOT NULL,"
	"  value TEXT NOT NULL,"
	"  updated_at BIGINT NOT NULL,"
	"  PRIMARY KEY (scale, name));";
