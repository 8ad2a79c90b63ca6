/*
 * recognition.c - the pure rules of recognition: tie-break names and the
 * configured chain, the ranking order, what decided each place, and the
 * states and texts of a nomination (see recognition.h).
 */
#include "domain/recognition.h"
#include "domain/skp.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const tb_names[TB__COUNT] = {
	"perilaku_kerja", "hasil_kerja", "360", "masa_kerja", "nip",
};
static const char *const tb_labels[TB__COUNT] = {
	"Rating perilaku kerja (Di Atas Ekspektasi lebih dulu)",
	"Rating hasil kerja (Di Atas Ekspektasi lebih dulu)",
	"Rata-rata umpan balik 360\xc2\xb0 (lebih tinggi lebih dulu)",
	"Masa kerja (TMT pengangkatan pertama menurut NIP, lebih lama lebih dulu)",
	"NIP (urutan naik; penentu terakhir)",
};

const char *tiebreak_name(enum tiebreak t)
{
	return (unsigned)t < TB__COUNT ? tb_names[t] : "";
}

const char *tiebreak_label(enum tiebreak t)
{
	return (unsigned)t < TB__COUNT ? tb_labels[t] : "";
}

int tiebreak_parse(const char *name, enum tiebreak *out)
{
	for (int i = 0; name && i < TB__COUNT; i++)
		if (!strcmp(name, tb_names[i])) {
			*out = (enum tiebreak)i;
			return 0;
		}
	return -1;
}

/* Adds the word s[0..len) to the chain. */
static int chain_add(struct tiebreak_chain *c, const char *s, size_t len, const char *field,
		     struct kerr *err)
{
	char word[32];
	enum tiebreak t;
	if (len >= sizeof word)
		len = sizeof word - 1;
	memcpy(word, s, len);
	word[len] = '\0';
	if (tiebreak_parse(word, &t))
		return kerr_set(err, KERR_INVALID, field, "Kriteria penentu '%s' tidak dikenal; pilih "
				"dari: perilaku_kerja, hasil_kerja, 360, masa_kerja, nip", word);
	for (size_t i = 0; i < c->n; i++) {
		if (c->v[i] == t)
			return kerr_set(err, KERR_INVALID, field, "Kriteria penentu '%s' disebut dua "
					"kali", word);
		if (c->v[i] == TB_NIP)
			return kerr_set(err, KERR_INVALID, field, "NIP adalah penentu terakhir (selalu "
					"berbeda); kriteria '%s' sesudahnya tidak akan pernah dipakai",
					word);
	}
	c->v[c->n++] = t;
	return 0;
}

int tiebreak_chain_parse(const char *text, struct tiebreak_chain *out, const char *field,
			 struct kerr *err)
{
	memset(out, 0, sizeof *out);
	for (const char *p = text ? text : ""; *p; ) {
		while (*p == ',' || isspace((unsigned char)*p))
			p++;
		size_t len = 0;
		while (p[len] && p[len] != ',' && !isspace((unsigned char)p[len]))
			len++;
		if (len && chain_add(out, p, len, field, err))
			return -1;
		p += len;
	}
	if (!out->n || out->v[out->n - 1] != TB_NIP)
		out->v[out->n++] = TB_NIP;
	return 0;
}

void tiebreak_chain_text(const struct tiebreak_chain *c, char *out, size_t size)
{
	size_t used = 0;
	if (size)
		out[0] = '\0';
	for (size_t i = 0; i < c->n && used < size; i++) {
		int w = snprintf(out + used, size - used, "%s%s", i ? "," : "", tiebreak_name(c->v[i]));
		if (w < 0)
			break;
		used += (size_t)w;
	}
}

/* ---- ranking --------------------------------------------------------------------------- */

/* < 0 when x is better (ranks first): higher values first; "none" last. */
static int higher_first(int has_a, int64_t a, int has_b, int64_t b)
{
	if (has_a != has_b)
		return has_a ? -1 : 1;
	return !has_a || a == b ? 0 : a > b ? -1 : 1;
}

static int rating_cmp(enum rating a, enum rating b)
{
	return higher_first(a < RATING__LEVELS, (int64_t)a, b < RATING__LEVELS, (int64_t)b);
}

/* Compares num/den shares exactly (den 0: none). */
static int share_cmp(const struct rank_key *a, const struct rank_key *b)
{
	if ((a->r360_den > 0) != (b->r360_den > 0))
		return a->r360_den > 0 ? -1 : 1;
	if (a->r360_den <= 0)
		return 0;
	__int128 x = (__int128)a->r360_num * b->r360_den, y = (__int128)b->r360_num * a->r360_den;
	return x == y ? 0 : x > y ? -1 : 1;
}

static int criterion_cmp(enum tiebreak t, const struct rank_key *a, const struct rank_key *b)
{
	switch (t) {
	case TB_PERILAKU:
		return rating_cmp(a->perilaku, b->perilaku);
	case TB_HASIL:
		return rating_cmp(a->hasil, b->hasil);
	case TB_360:
		return share_cmp(a, b);
	case TB_MASA_KERJA:
		/* earlier appointment first; unknown last */
		return higher_first(a->appointed > 0, -(int64_t)a->appointed, b->appointed > 0,
				    -(int64_t)b->appointed);
	case TB_NIP:
	default:
		return strcmp(a->nip, b->nip);
	}
}

static int head_cmp(const struct rank_key *a, const struct rank_key *b, enum rank_decider *d)
{
	int c = higher_first(a->has_predicate, (int64_t)a->predicate, b->has_predicate,
			     (int64_t)b->predicate);
	*d = RD_PREDICATE;
	if (!c) {
		c = higher_first(a->has_capaian, a->capaian, b->has_capaian, b->capaian);
		*d = RD_CAPAIAN;
	}
	return c;
}

int ranking_compare(const struct rank_key *a, const struct rank_key *b,
		    const struct tiebreak_chain *chain)
{
	enum rank_decider d;
	int c = head_cmp(a, b, &d);
	for (size_t i = 0; !c && i < chain->n; i++)
		c = criterion_cmp(chain->v[i], a, b);
	if (!c)
		c = strcmp(a->nip, b->nip);
	/* two rows of one NIP (never in a real ranking): keep the caller's order */
	return c ? c : a->ref < b->ref ? -1 : a->ref > b->ref;
}

enum rank_decider ranking_decider(const struct rank_key *a, const struct rank_key *b,
				  const struct tiebreak_chain *chain, enum tiebreak *criterion)
{
	enum rank_decider d;
	*criterion = TB_NIP;
	if (head_cmp(a, b, &d))
		return d;
	for (size_t i = 0; i < chain->n; i++)
		if (criterion_cmp(chain->v[i], a, b)) {
			*criterion = chain->v[i];
			return RD_CHAIN;
		}
	return RD_CHAIN;
}

static int sort_cmp(const void *x, const void *y, void *ctx)
{
	return ranking_compare(x, y, ctx);
}

void ranking_sort(struct rank_key *v, size_t n, const struct tiebreak_chain *chain)
{
	if (n > 1)
		qsort_r(v, n, sizeof *v, sort_cmp, (void *)chain);
}

int nip_appointment(const char *nip)
{
	if (!nip || strlen(nip) != 18)
		return 0;
	for (int i = 0; i < 18; i++)
		if (!isdigit((unsigned char)nip[i]))
			return 0;
	int ym = atoi((char[7]){ nip[8], nip[9], nip[10], nip[11], nip[12], nip[13], 0 });
	int m = ym % 100;
	return m >= 1 && m <= 12 ? ym : 0;
}

/* ---- nominations ------------------------------------------------------------------------ */

static const char *const nom_names[NOM__STATES] = { "diajukan", "disetujui", "ditolak" };
static const char *const nom_labels[NOM__STATES] = { "Diajukan", "Disetujui", "Ditolak" };

const char *nomination_state_name(enum nomination_state s)
{
	return (unsigned)s < NOM__STATES ? nom_names[s] : "";
}

const char *nomination_state_label(enum nomination_state s)
{
	return (unsigned)s < NOM__STATES ? nom_labels[s] : "";
}

int nomination_state_parse(const char *name, enum nomination_state *out)
{
	for (int i = 0; name && i < NOM__STATES; i++)
		if (!strcmp(name, nom_names[i])) {
			*out = (enum nomination_state)i;
			return 0;
		}
	return -1;
}

int nomination_text_check(const char *text, int required, const char *field, const char *what,
			  struct kerr *err)
{
	const char *s = text ? text : "";
	int blank = 1;
	for (const char *p = s; *p && blank; p++)
		blank = isspace((unsigned char)*p) != 0;
	if (blank && !required)
		return 0;
	return skp_text_check(s, NOMINATION_TEXT_MAX, 1, field, what, err);
}
