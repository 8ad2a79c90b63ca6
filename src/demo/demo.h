/*
 * demo.h - internals of the demo organisation (Kecamatan Asemrowo): the
 * deterministic random generator and the made-up people who fill it.
 *
 * Everything here is seeded with a fixed number, so two runs produce the same
 * names, NIPs, ranks and titles (tests rely on that).  The people are
 * invented from tables of common Javanese, Madurese and general Indonesian
 * names; they are never real people's data.  demo_create() itself is
 * declared in cli/commands.h.
 */
#ifndef KINERJA_DEMO_H
#define KINERJA_DEMO_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"

/* splitmix64: small, fast and the same on every platform. */
struct demo_rng {
	uint64_t state;
};

void demo_rng_seed(struct demo_rng *r, uint64_t seed);
/* A number in lo..hi (inclusive); lo when hi <= lo. */
int demo_rng_range(struct demo_rng *r, int lo, int hi);
/* 1 with the given chance in percent (0..100), else 0. */
int demo_rng_chance(struct demo_rng *r, int percent);

/* Which kind of post a person is made for: sets birth years, rank range,
 * education (and so titles) and the NIP kind. */
enum demo_tier {
	DEMO_CAMAT,          /* administrator heading the kecamatan: IV/a-IV/b */
	DEMO_ADMINISTRATOR,  /* Sekretaris Kecamatan, Lurah: III/d-IV/a */
	DEMO_PENGAWAS,       /* Kepala Seksi/Subbagian, Sekretaris Kelurahan: III/c-III/d */
	DEMO_PELAKSANA,      /* staff: II/a-III/b */
	DEMO_FUNGSIONAL,     /* functional, ahli pertama: III/a-III/b */
	DEMO_PPPK,           /* contract staff: PPPK golongan V/VII/IX */
};

struct demo_person {
	char name[96];        /* without titles */
	char front_title[16]; /* "Drs.", "Ir." or "" */
	char back_title[40];  /* "S.Sos., M.Si." or "" */
	char display[160];    /* "Drs. Bambang Santoso, M.Si." */
	int sex;              /* 1 male, 2 female: the NIP's sex digit */
	char nip[20];
	char nip_kind[8];     /* "pns" or "pppk" */
	char golongan[8];
	char email[160];      /* "" or name-based @surabaya.go.id.example */
};

/* The names and NIPs handed out so far, so that none repeats. */
struct demo_seen;
struct demo_seen *demo_seen_new(void);
void demo_seen_free(struct demo_seen *s);

/*
 * Invents a person for a post of `tier`.  degree (may be NULL) is the
 * bachelor's title the post calls for ("S.Kom." for a Pranata Komputer);
 * otherwise one is drawn.  The NIP passes nip_validate(); name and NIP are
 * unique within `seen`.  Returns 0, or -1 with err set if no unique person
 * could be made (the tables are far larger than the demo needs).
 */
int demo_person_make(struct demo_rng *r, struct demo_seen *seen, enum demo_tier tier,
		     const char *degree, struct demo_person *out, struct kerr *err);

/* Copies tmpl into out with each of the n placeholders names[k] ("{kel}")
 * replaced by values[k]; a NULL value leaves its placeholder as written. */
void demo_template(char *out, size_t size, const char *tmpl, const char *const *names,
		   const char *const *values, size_t n);

#endif
