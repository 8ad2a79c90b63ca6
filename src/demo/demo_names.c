/*
 * demo_names.c - the made-up people of the demo organisation: name tables,
 * titles, ranks and NIPs, drawn from a fixed-seed generator (see demo.h).
 *
 * The tables hold common given names and family names; a person is a random
 * combination of them, so nobody real is described.  Ranks follow the years
 * of service from the appointment month in the NIP, clamped to what the post
 * calls for.
 */
#include "demo/demo.h"
#include "core/strbuf.h"
#include "domain/golongan.h"
#include "domain/nip.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define PICK(r, a) ((a)[demo_rng_range((r), 0, (int)COUNT(a) - 1)])
#define SEEN_MAX 256
/* The demo's "today": appointments are not later than this year. */
#define LAST_YEAR 2023
#define EMAIL_DOMAIN "surabaya.go.id.example"

/* ---- the generator -------------------------------------------------------- */

void demo_rng_seed(struct demo_rng *r, uint64_t seed)
{
	r->state = seed;
}

static uint64_t rng_next(struct demo_rng *r)
{
	uint64_t z = (r->state += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

int demo_rng_range(struct demo_rng *r, int lo, int hi)
{
	if (hi <= lo)
		return lo;
	return lo + (int)(rng_next(r) % (uint64_t)(hi - lo + 1));
}

int demo_rng_chance(struct demo_rng *r, int percent)
{
	return demo_rng_range(r, 0, 99) < percent;
}

/* ---- the name tables ------------------------------------------------------ */

static const char *const male_given[] = {
	"Agus", "Bambang", "Budi", "Eko", "Hadi", "Joko", "Slamet", "Sugeng", "Teguh",
	"Wahyu", "Yudi", "Rudi", "Arief", "Fajar", "Hendra", "Imam", "Rizky", "Andi",
	"Dimas", "Aditya", "Bayu", "Yoga", "Heru", "Anang", "Didik", "Hari", "Priyo",
	"Gunawan", "Yusuf", "Ilham", "Holil", "Sukri", "Musleh", "Syaiful", "Khoirul",
	"Zainal", "Sholeh", "Fauzi", "Rofiq", "Hairul", "Nanang", "Samsul", "Taufik",
};
static const char *const male_prefix[] = { "Moch.", "Moh.", "Achmad", "Muhammad" };
static const char *const male_family[] = {
	"Prasetyo", "Santoso", "Wibowo", "Setiawan", "Hidayat", "Kurniawan", "Susanto",
	"Purnomo", "Saputra", "Nugroho", "Wijaya", "Hariyanto", "Sulistyo", "Wahyudi",
	"Rahman", "Hasan", "Hamid", "Zainuddin", "Ismail", "Effendi", "Firmansyah",
	"Ramadhan", "Utomo", "Cahyono", "Wicaksono", "Anwar", "Arifin", "Maulana",
	"Mansur", "Bakri", "Jauhari", "Fathoni", "Rosyidi", "Syamsuddin",
};
static const char *const male_single[] = {
	"Sugiarto", "Suwarno", "Sutrisno", "Supriyadi", "Suyanto", "Mulyono", "Sumarno",
	"Purwanto", "Sukardi", "Misnadi",
};
static const char *const female_given[] = {
	"Dewi", "Endang", "Rina", "Wulan", "Ratna", "Indah", "Yuli", "Fitri", "Anik",
	"Retno", "Dian", "Ayu", "Novi", "Eka", "Puji", "Umi", "Lilik", "Diah", "Ika",
	"Rini", "Nanik", "Hosniyah", "Halimah", "Maimunah", "Fatimah", "Aisyah",
	"Khotimah", "Zubaidah", "Lailatul", "Mega", "Putri", "Tutik",
};
static const char *const female_prefix[] = { "Siti", "Nur", "Sri", "Dwi", "Tri" };
static const char *const female_family[] = {
	"Wulandari", "Lestari", "Rahayu", "Handayani", "Susanti", "Rahmawati",
	"Purwaningsih", "Setyowati", "Kusumawati", "Maulida", "Fitriani", "Kartika",
	"Anggraini", "Ningsih", "Astuti", "Hidayati", "Yuliana", "Sulistyowati",
	"Pratiwi", "Safitri", "Agustina", "Nurhayati", "Mardiyah", "Khasanah",
};
static const char *const female_single[] = {
	"Suparmi", "Sumiati", "Sulastri", "Sukarti", "Wartini", "Sriatun", "Juwariyah",
	"Musrifah",
};

/* ---- titles and ranks ----------------------------------------------------- */

enum edu { EDU_SMA, EDU_D3, EDU_S1, EDU_S2 };

struct tier_rule {
	int birth_lo, birth_hi;
	int gol_lo, gol_hi;    /* indices into the PNS golongan table */
	int edu_weight[4];     /* percent for SMA, D3, S1, S2 */
};

static const struct tier_rule rules[] = {
	[DEMO_CAMAT] = { 1968, 1972, 12, 13, { 0, 0, 0, 100 } },
	[DEMO_ADMINISTRATOR] = { 1970, 1982, 11, 12, { 0, 0, 45, 55 } },
	[DEMO_PENGAWAS] = { 1972, 1988, 10, 11, { 0, 0, 80, 20 } },
	[DEMO_PELAKSANA] = { 1975, 2000, 4, 9, { 35, 25, 40, 0 } },
	[DEMO_FUNGSIONAL] = { 1986, 1997, 8, 9, { 0, 0, 100, 0 } },
	[DEMO_PPPK] = { 1980, 1996, 0, 0, { 30, 30, 40, 0 } },
};

static const char *const d3_titles[] = { "A.Md.", "A.Md.", "A.Md.Kom.", "A.Md.Ak." };
static const char *const s1_lead_titles[] = { "S.STP.", "S.Sos.", "S.AP.", "S.H.", "S.E.", "S.T." };
static const char *const s1_titles[] = {
	"S.Sos.", "S.AP.", "S.E.", "S.H.", "S.Kom.", "S.T.", "S.I.Kom.", "S.Sos.", "S.AP.",
};
static const char *const s2_titles[] = { "M.Si.", "M.AP.", "M.M.", "M.H." };

static enum edu draw_edu(struct demo_rng *r, enum demo_tier tier)
{
	int roll = demo_rng_range(r, 0, 99), acc = 0;
	for (int e = EDU_SMA; e <= EDU_S2; e++) {
		acc += rules[tier].edu_weight[e];
		if (roll < acc)
			return (enum edu)e;
	}
	return EDU_S1;
}

/* Before the 1990s a social-science or economics graduate was "Drs."/"Dra."
 * and an engineer "Ir.": older holders keep the front title. */
static const char *old_front_title(const char *s1, int sex)
{
	if (!strcmp(s1, "S.Sos.") || !strcmp(s1, "S.AP.") || !strcmp(s1, "S.E."))
		return sex == 1 ? "Drs." : "Dra.";
	if (!strcmp(s1, "S.T."))
		return "Ir.";
	return NULL;
}

static void make_titles(struct demo_rng *r, enum demo_tier tier, enum edu edu, int birth_year,
			const char *degree, struct demo_person *p)
{
	p->front_title[0] = p->back_title[0] = '\0';
	if (edu == EDU_SMA)
		return;
	if (edu == EDU_D3) {
		copy_str(p->back_title, sizeof p->back_title, PICK(r, d3_titles));
		return;
	}
	int lead = tier == DEMO_CAMAT || tier == DEMO_ADMINISTRATOR;
	const char *s1 = degree ? degree : lead ? PICK(r, s1_lead_titles) : PICK(r, s1_titles);
	const char *s2 = edu == EDU_S2 ? PICK(r, s2_titles) : NULL;
	const char *front = birth_year <= 1972 ? old_front_title(s1, p->sex) : NULL;
	if (front && demo_rng_chance(r, 70)) {
		copy_str(p->front_title, sizeof p->front_title, front);
		copy_str(p->back_title, sizeof p->back_title, s2 ? s2 : "");
	} else {
		snprintf(p->back_title, sizeof p->back_title, "%s%s%s", s1, s2 ? ", " : "",
			 s2 ? s2 : "");
	}
}

/* The rank grows one step every four years of service from the entry rank
 * of the education, within the range the post calls for. */
static void make_golongan(struct demo_rng *r, enum demo_tier tier, enum edu edu, int appoint_year,
			  struct demo_person *p)
{
	static const int entry[] = { [EDU_SMA] = 4, [EDU_D3] = 6, [EDU_S1] = 8, [EDU_S2] = 8 };
	static const char *const pppk_by_edu[] = { "V", "VII", "IX", "IX" };
	if (tier == DEMO_PPPK) {
		copy_str(p->golongan, sizeof p->golongan, pppk_by_edu[edu]);
		return;
	}
	int rank = entry[edu] + (LAST_YEAR + 1 - appoint_year) / 4 - demo_rng_range(r, 0, 1);
	if (rank < entry[edu])
		rank = entry[edu];
	if (rank < rules[tier].gol_lo)
		rank = rules[tier].gol_lo;
	if (rank > rules[tier].gol_hi)
		rank = rules[tier].gol_hi;
	copy_str(p->golongan, sizeof p->golongan, golongan_at((size_t)rank)->code);
}

/* ---- names, e-mail, NIP --------------------------------------------------- */

static void make_name(struct demo_rng *r, int sex, int birth_year, char *out, size_t size)
{
	int male = sex == 1;
	if (birth_year <= 1978 && demo_rng_chance(r, 20)) {
		copy_str(out, size, male ? PICK(r, male_single) : PICK(r, female_single));
		return;
	}
	const char *given = male ? PICK(r, male_given) : PICK(r, female_given);
	const char *family = male ? PICK(r, male_family) : PICK(r, female_family);
	if (demo_rng_chance(r, 25))
		snprintf(out, size, "%s %s %s", male ? PICK(r, male_prefix) : PICK(r, female_prefix),
			 given, family);
	else
		snprintf(out, size, "%s %s", given, family);
}

/* "Moch. Arief Setiawan" -> "moch.arief.setiawan@surabaya.go.id.example". */
static void make_email(const char *name, char *out, size_t size)
{
	struct strbuf sb = STRBUF_INIT;
	int gap = 0;
	for (const char *c = name; *c; c++) {
		if (isalpha((unsigned char)*c)) {
			if (gap && sb.len)
				strbuf_addch(&sb, '.');
			strbuf_addch(&sb, tolower((unsigned char)*c));
			gap = 0;
		} else {
			gap = 1;
		}
	}
	strbuf_addstr(&sb, "@" EMAIL_DOMAIN);
	copy_str(out, size, sb.buf);
	strbuf_release(&sb);
}

/* Appointment age by education: school leavers start young, graduates later. */
static int draw_appoint_year(struct demo_rng *r, enum demo_tier tier, enum edu edu, int birth_year)
{
	static const int age_lo[] = { 20, 21, 23, 23 }, age_hi[] = { 25, 27, 31, 31 };
	if (tier == DEMO_PPPK)
		return demo_rng_range(r, 2022, LAST_YEAR);
	int hi = age_hi[edu];
	if (birth_year + hi > LAST_YEAR)
		hi = LAST_YEAR - birth_year;
	return birth_year + demo_rng_range(r, hi < age_lo[edu] ? hi : age_lo[edu], hi);
}

static void make_nip(struct demo_rng *r, int birth_year, int appoint_year, int sex,
		     struct demo_person *p)
{
	snprintf(p->nip, sizeof p->nip, "%04d%02d%02d%04d%02d%d%03d", birth_year,
		 demo_rng_range(r, 1, 12), demo_rng_range(r, 1, 28), appoint_year,
		 demo_rng_range(r, 1, 12), sex, demo_rng_range(r, 1, 400));
}

/* ---- the seen-set ---------------------------------------------------------- */

struct demo_seen {
	char names[SEEN_MAX][96];
	char nips[SEEN_MAX][20];
	size_t n;
};

struct demo_seen *demo_seen_new(void)
{
	return xcalloc(1, sizeof(struct demo_seen));
}

void demo_seen_free(struct demo_seen *s)
{
	free(s);
}

static int seen_has(const struct demo_seen *s, const char *name, const char *nip)
{
	for (size_t i = 0; i < s->n; i++)
		if (!strcmp(s->names[i], name) || !strcmp(s->nips[i], nip))
			return 1;
	return 0;
}

/* ---- a person -------------------------------------------------------------- */

static void draw_person(struct demo_rng *r, enum demo_tier tier, const char *degree,
			struct demo_person *p)
{
	const struct tier_rule *rule = &rules[tier];
	int birth_year = demo_rng_range(r, rule->birth_lo, rule->birth_hi);
	enum edu edu = draw_edu(r, tier);
	int appoint_year = draw_appoint_year(r, tier, edu, birth_year);
	memset(p, 0, sizeof *p);
	p->sex = demo_rng_chance(r, 55) ? 1 : 2;
	make_name(r, p->sex, birth_year, p->name, sizeof p->name);
	make_titles(r, tier, edu, birth_year, degree, p);
	make_golongan(r, tier, edu, appoint_year, p);
	make_nip(r, birth_year, appoint_year, p->sex, p);
	copy_str(p->nip_kind, sizeof p->nip_kind, tier == DEMO_PPPK ? "pppk" : "pns");
	if (demo_rng_chance(r, 60))
		make_email(p->name, p->email, sizeof p->email);
	snprintf(p->display, sizeof p->display, "%s%s%s%s%s", p->front_title,
		 p->front_title[0] ? " " : "", p->name, p->back_title[0] ? ", " : "", p->back_title);
}

int demo_person_make(struct demo_rng *r, struct demo_seen *seen, enum demo_tier tier,
		     const char *degree, struct demo_person *out, struct kerr *err)
{
	if (seen->n >= SEEN_MAX)
		return kerr_set(err, KERR_INTERNAL, "", "Data demo: terlalu banyak pegawai");
	for (int attempt = 0; attempt < 200; attempt++) {
		draw_person(r, tier, degree, out);
		if (seen_has(seen, out->name, out->nip))
			continue;
		enum nip_kind kind = tier == DEMO_PPPK ? NIP_PPPK : NIP_PNS;
		char norm[NIP_LEN + 1];
		if (nip_validate(out->nip, kind, norm, NULL, err))
			return -1;
		copy_str(seen->names[seen->n], sizeof seen->names[0], out->name);
		copy_str(seen->nips[seen->n], sizeof seen->nips[0], out->nip);
		seen->n++;
		return 0;
	}
	return kerr_set(err, KERR_INTERNAL, "", "Data demo: tidak dapat membuat nama yang unik");
}

void demo_template(char *out, size_t size, const char *tmpl, const char *const *names,
		   const char *const *values, size_t n)
{
	struct strbuf sb = STRBUF_INIT;
	while (*tmpl) {
		size_t k = 0;
		while (k < n && strncmp(tmpl, names[k], strlen(names[k])))
			k++;
		if (k < n && values[k]) {
			strbuf_addstr(&sb, values[k]);
			tmpl += strlen(names[k]);
		} else {
			strbuf_addch(&sb, *tmpl++);
		}
	}
	copy_str(out, size, sb.buf);
	strbuf_release(&sb);
}
