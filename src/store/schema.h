/*
 * schema.h - the migrations that live beside the capability they serve
 * (one SQL script each, in the dialect of migrations.c: {ID}, {BLOB}),
 * listed in order in migrations.c, which numbers them.  Never edit a
 * released one.
 */
#ifndef KINERJA_SCHEMA_H
#define KINERJA_SCHEMA_H

extern const char schema_tpp[];
extern const char schema_guidance[];
extern const char schema_briefing[];
extern const char schema_recognition[];
extern const char schema_evaluation[];
extern const char schema_notify[];
extern const char schema_document[];
extern const char schema_report[];
extern const char schema_analysis[];
extern const char schema_calibration[];

#endif
