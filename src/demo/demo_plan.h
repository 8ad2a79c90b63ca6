/*
 * demo_plan.h - internals of the demo 2026 performance plans: the shape of
 * the text tables in demo_plan_text.c (organisation goals, the results and
 * indicators of every post, behaviour expectations, lampiran) that
 * demo_plan.c turns into periods, goals and SKPs through store/plan.h.
 *
 * The tables name results by a short key ("yan.izin"); a subordinate's
 * result names the superior's result it supports by that key, or an
 * organisation goal as "G:CODE".  Texts may hold "{kel}" (the kelurahan,
 * "Kelurahan Asemrowo"), "{unit}" (the post's unit) and "{atasan}" (the
 * pejabat penilai's position).  Everything is invented demo data.
 */
#ifndef KINERJA_DEMO_PLAN_H
#define KINERJA_DEMO_PLAN_H

#include <stddef.h>

#include "domain/skp.h"

/* An indicator (IKI).  max is NULL unless the target is a range; dir NULL
 * is "naik"; words is the target in words (kualitatif SKPs). */
struct demo_iki {
	const char *text;
	const char *aspect;
	const char *min, *max;
	const char *unit;
	const char *dir;
	const char *words;
};

#define DEMO_MAX_IKI 3

/* A planned result (RHK). */
struct demo_rhk {
	const char *key;        /* how subordinates' results name it */
	const char *parent;     /* the superior's key, "G:CODE", or NULL */
	int tambahan;
	const char *text;
	struct demo_iki iki[DEMO_MAX_IKI];   /* ends at the first NULL text */
};

/* An "ekspektasi khusus pimpinan" for one BerAKHLAK value (by code). */
struct demo_expect {
	const char *value;
	const char *text;
};

#define DEMO_MAX_EXPECT 3

/* The plan of one post.  post is a position code; "KEL-" followed by the
 * part after the kelurahan code ("KEL-PEM-P01") stands for that post in
 * every kelurahan. */
struct demo_role {
	const char *post;
	const char *approach;   /* NULL = kuantitatif */
	const struct demo_rhk *rhk;
	size_t n_rhk;
	const struct demo_expect *expect;   /* DEMO_MAX_EXPECT, ends at a NULL value */
};

struct demo_goal {
	const char *unit;       /* unit code */
	const char *code;
	const char *text;
	const char *indicator;
};

extern const struct demo_goal demo_goals[];
extern const size_t demo_n_goals;
extern const struct demo_role demo_roles[];
extern const size_t demo_n_roles;
/* For a post the tables do not know: one result under the superior's first. */
extern const struct demo_role demo_role_fallback;
/* Lampiran of the structural heads: up to two items per kind. */
extern const char *const demo_lampiran[ATT__KINDS][2];

#endif
