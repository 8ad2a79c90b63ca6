/*
 * curve.c - the unit predicate (predikat kinerja organisasi) and the
 * distribution curve it puts on the predicates of the unit's employees:
 * the names, the rules of each unit predicate as data, and the check of a
 * unit's predicate counts against them.  The curve is guidance (warn and
 * ask for a reason), so the check only reports.  No I/O; see assess.h and
 * docs/glossary.md.
 */
#include "domain/assess.h"

#include <stdio.h>
#include <string.h>

static const struct {
	const char *name, *label;
} unit_predicates[UNIT_PRED__COUNT] = {
	[UNIT_ISTIMEWA] = { "istimewa", "Istimewa" },
	[UNIT_BAIK] = { "baik", "Baik" },
	[UNIT_BUTUH_PERBAIKAN] = { "butuh_perbaikan", "Butuh Perbaikan" },
	[UNIT_KURANG] = { "kurang", "Kurang" },
	[UNIT_SANGAT_KURANG] = { "sangat_kurang", "Sangat Kurang" },
};

const char *unit_predicate_name(enum unit_predicate p)
{
	return (unsigned)p < UNIT_PRED__COUNT ? unit_predicates[p].name : "?";
}

const char *unit_predicate_label(enum unit_predicate p)
{
	return (unsigned)p < UNIT_PRED__COUNT ? unit_predicates[p].label : "?";
}

int unit_predicate_parse(const char *name, enum unit_predicate *out)
{
	for (int i = 0; name && i < UNIT_PRED__COUNT; i++) {
		if (!strcmp(name, unit_predicates[i].name)) {
			*out = (enum unit_predicate)i;
			return 0;
		}
	}
	return -1;
}

/* ---- the rules (PermenPANRB 6/2022, lampiran: kurva distribusi) ---------------- */

#define P(x) (1u << PRED_##x)

static const struct curve_rule rules_istimewa[] = {
	{ P(SANGAT_BAIK), CURVE_MAX_PCT, 70, "paling banyak 70% Sangat Baik" },
};

static const struct curve_rule rules_baik[] = {
	{ P(BAIK), CURVE_MAX_PCT, 70, "paling banyak 70% Baik" },
	{ P(BUTUH_PERBAIKAN) | P(KURANG), CURVE_MIN_COUNT, 1,
	  "paling sedikit 1 orang Butuh Perbaikan dan/atau Kurang/Misconduct" },
};

static const struct curve_rule rules_butuh_perbaikan[] = {
	{ P(BUTUH_PERBAIKAN), CURVE_MIN_PCT, 60, "paling sedikit 60% Butuh Perbaikan" },
	{ P(SANGAT_BAIK), CURVE_MAX_PCT, 10, "paling banyak 10% Sangat Baik" },
};

static const struct curve_rule rules_kurang[] = {
	{ P(KURANG), CURVE_MIN_PCT, 60, "paling sedikit 60% Kurang/Misconduct" },
	{ P(BUTUH_PERBAIKAN), CURVE_MIN_PCT, 10, "paling sedikit 10% Butuh Perbaikan" },
	{ P(SANGAT_BAIK), CURVE_MAX_PCT, 10, "paling banyak 10% Sangat Baik" },
};

static const struct curve_rule rules_sangat_kurang[] = {
	{ P(SANGAT_KURANG), CURVE_MIN_PCT, 60, "paling sedikit 60% Sangat Kurang" },
	{ P(BUTUH_PERBAIKAN) | P(KURANG), CURVE_MIN_PCT, 10,
	  "paling sedikit 10% Butuh Perbaikan dan/atau Kurang/Misconduct" },
	{ P(SANGAT_BAIK), CURVE_MAX_PCT, 0, "tidak ada Sangat Baik" },
};

#undef P

#define RULES(a) { a, sizeof a / sizeof a[0] }
static const struct {
	const struct curve_rule *rules;
	size_t n;
} curves[UNIT_PRED__COUNT] = {
	[UNIT_ISTIMEWA] = RULES(rules_istimewa),
	[UNIT_BAIK] = RULES(rules_baik),
	[UNIT_BUTUH_PERBAIKAN] = RULES(rules_butuh_perbaikan),
	[UNIT_KURANG] = RULES(rules_kurang),
	[UNIT_SANGAT_KURANG] = RULES(rules_sangat_kurang),
};
#undef RULES

const struct curve_rule *curve_rules(enum unit_predicate up, size_t *n)
{
	if ((unsigned)up >= UNIT_PRED__COUNT) {
		*n = 0;
		return NULL;
	}
	*n = curves[up].n;
	return curves[up].rules;
}

/* ---- the check ---------------------------------------------------------------------- */

static int rule_broken(const struct curve_rule *r, long long count, long long total)
{
	switch (r->bound) {
	case CURVE_MAX_PCT: return count * 100 > (long long)r->value * total;
	case CURVE_MIN_PCT: return count * 100 < (long long)r->value * total;
	case CURVE_MIN_COUNT: return count < r->value;
	}
	return 0;
}

/* The labels of the predicates in `preds`, high to low, joined by "dan/atau". */
static void preds_label(unsigned preds, char *buf, size_t size)
{
	size_t len = 0;
	buf[0] = '\0';
	for (int p = PRED__COUNT - 1; p >= 0; p--) {
		if (!(preds & 1u << p))
			continue;
		int k = snprintf(buf + len, size - len, "%s%s", len ? " dan/atau " : "",
				 predicate_label((enum predicate)p));
		if (k < 0 || (size_t)k >= size - len)
			return;
		len += (size_t)k;
	}
}

/* "Sangat Baik 8 dari 10 (80%), paling banyak 70%".  The percentage is
 * rounded away from the limit, so a message never reads "70%" against a
 * limit of 70%. */
static void deviation_message(struct curve_deviation *d)
{
	const struct curve_rule *r = d->rule;
	char who[100], limit[40];
	long long c = d->count, t = d->total;
	long long pct = r->bound == CURVE_MAX_PCT ? (c * 100 + t - 1) / t : c * 100 / t;
	preds_label(r->preds, who, sizeof who);
	if (r->bound == CURVE_MIN_COUNT)
		snprintf(limit, sizeof limit, "paling sedikit %d orang", r->value);
	else if (r->bound == CURVE_MIN_PCT)
		snprintf(limit, sizeof limit, "paling sedikit %d%%", r->value);
	else if (r->value == 0)
		snprintf(limit, sizeof limit, "tidak boleh ada");
	else
		snprintf(limit, sizeof limit, "paling banyak %d%%", r->value);
	snprintf(d->message, sizeof d->message, "%s %d dari %d (%lld%%), %s", who, d->count,
		 d->total, pct, limit);
}

size_t curve_check(enum unit_predicate up, const int count[PRED__COUNT],
		   struct curve_deviation out[CURVE_MAX_DEVIATIONS])
{
	size_t n_rules, found = 0;
	const struct curve_rule *rules = curve_rules(up, &n_rules);
	long long total = 0;
	for (int p = 0; p < PRED__COUNT; p++)
		total += count[p] > 0 ? count[p] : 0;
	if (total == 0)
		return 0;
	for (size_t i = 0; i < n_rules && found < CURVE_MAX_DEVIATIONS; i++) {
		long long in = 0;
		for (int p = 0; p < PRED__COUNT; p++)
			if (rules[i].preds & 1u << p && count[p] > 0)
				in += count[p];
		if (!rule_broken(&rules[i], in, total))
			continue;
		out[found] = (struct curve_deviation){ &rules[i], (int)in, (int)total, "" };
		deviation_message(&out[found++]);
	}
	return found;
}
