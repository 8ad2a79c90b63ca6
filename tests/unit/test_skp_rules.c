/*
 * test_skp_rules.c - unit tests for the rules over an SKP's content
 * (domain/skp.h, domain/berakhlak.h): indicators (IKI) and their targets,
 * results (RHK), what submitting needs, period actions, checkpoint
 * calendars, dates, decimal numbers, position kinds, lampiran kinds, the
 * BerAKHLAK values and releasing an SKP.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/strbuf.h"
#include "domain/berakhlak.h"
#include "domain/skp.h"

/* ---- helpers ------------------------------------------------------------------ */

static char iki_text[] = "Jumlah permohonan izin yang diselesaikan tepat waktu";
static char words[] = "Layanan perizinan berjalan tanpa keluhan berulang";

/* A valid kuantitatif indicator: 95 %, higher is better. */
static struct iki good_iki(void)
{
	struct iki k;
	memset(&k, 0, sizeof k);
	k.text = iki_text;
	copy_str(k.aspect, sizeof k.aspect, "kuantitas");
	copy_str(k.target_min, sizeof k.target_min, "95");
	copy_str(k.unit_label, sizeof k.unit_label, "%");
	copy_str(k.direction, sizeof k.direction, "naik");
	return k;
}

/* Validates k and expects a refusal on `field`. */
static void refused(struct iki *k, const char *approach, const char *field)
{
	struct kerr err = KERR_INIT;
	assert_int_equal(iki_validate(k, approach, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.field, field);
	assert_true(err.msg[0] != '\0');
}

static void accepted(struct iki *k, const char *approach)
{
	struct kerr err = KERR_INIT;
	if (iki_validate(k, approach, &err))
		fail_msg("refused on %s: %s", err.field, err.msg);
}

/* n copies of the UTF-8 character c (malloc'ed). */
static char *repeat(const char *c, size_t n)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < n; i++)
		strbuf_addstr(&sb, c);
	return strbuf_detach(&sb, NULL);
}

/* ---- iki_validate: numbers and ranges -------------------------------------------- */

static void test_iki_accepts_a_plain_number(void **state)
{
	(void)state;
	struct iki k = good_iki();
	accepted(&k, "kuantitatif");
	assert_string_equal(k.target_min, "95");
	assert_string_equal(k.target_max, "");
}

static void test_iki_reads_decimal_comma_and_writes_a_point(void **state)
{
	(void)state;
	struct iki k = good_iki();
	copy_str(k.target_min, sizeof k.target_min, "95,5");
	accepted(&k, "kuantitatif");
	assert_string_equal(k.target_min, "95.5");
}

static void test_iki_normalises_blanks_zeros_and_sign(void **state)
{
	(void)state;
	struct iki k = good_iki();
	copy_str(k.target_min, sizeof k.target_min, " +007,50 ");
	copy_str(k.target_max, sizeof k.target_max, "12.0");
	accepted(&k, "kuantitatif");
	assert_string_equal(k.target_min, "7.5");
	assert_string_equal(k.target_max, "12");
}

static void test_iki_refuses_a_target_that_is_not_a_number(void **state)
{
	(void)state;
	static const char *const bad[] = { "sembilan puluh", "95%", "1.000,5", "1e3", "95.",
					   ",5", "--1", "0x10", "9 5", "inf", "nan" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct iki k = good_iki();
		copy_str(k.target_min, sizeof k.target_min, bad[i]);
		refused(&k, "kuantitatif", "target_min");
		assert_string_equal(k.target_min, bad[i]);   /* nothing written back */
	}
}

static void test_iki_kuantitatif_needs_a_target(void **state)
{
	(void)state;
	struct iki k = good_iki();
	k.target_min[0] = '\0';
	refused(&k, "kuantitatif", "target_min");
	copy_str(k.target_min, sizeof k.target_min, "   ");
	refused(&k, "kuantitatif", "target_min");
}

static void test_iki_accepts_a_range(void **state)
{
	(void)state;
	struct iki k = good_iki();
	copy_str(k.target_min, sizeof k.target_min, "80");
	copy_str(k.target_max, sizeof k.target_max, "100");
	accepted(&k, "kuantitatif");
	assert_string_equal(k.target_min, "80");
	assert_string_equal(k.target_max, "100");
}

static void test_iki_refuses_range_with_min_above_max(void **state)
{
	(void)state;
	struct iki k = good_iki();
	copy_str(k.target_min, sizeof k.target_min, "100");
	copy_str(k.target_max, sizeof k.target_max, "80");
	refused(&k, "kuantitatif", "target_max");
}

static void test_iki_refuses_empty_range(void **state)
{
	(void)state;
	struct iki k = good_iki();
	struct kerr err = KERR_INIT;
	copy_str(k.target_min, sizeof k.target_min, "95,5");
	copy_str(k.target_max, sizeof k.target_max, "95.50");
	assert_int_equal(iki_validate(&k, "kuantitatif", &err), -1);
	assert_string_equal(err.field, "target_max");
	assert_non_null(strstr(err.msg, "Rentang target kosong"));
	assert_string_equal(k.target_min, "95,5");   /* nothing written back */
}

static void test_iki_refuses_range_bound_that_is_not_a_number(void **state)
{
	(void)state;
	struct iki k = good_iki();
	copy_str(k.target_max, sizeof k.target_max, "seratus");
	refused(&k, "kuantitatif", "target_max");
}

static void test_iki_accepts_negative_targets(void **state)
{
	(void)state;
	struct iki k = good_iki();
	copy_str(k.target_min, sizeof k.target_min, "-10");
	copy_str(k.target_max, sizeof k.target_max, "-2,5");
	copy_str(k.direction, sizeof k.direction, "turun");
	accepted(&k, "kuantitatif");
	assert_string_equal(k.target_max, "-2.5");
}

static void test_iki_refuses_unterminated_target(void **state)
{
	(void)state;
	struct iki k = good_iki();
	memset(k.target_min, '9', sizeof k.target_min);
	refused(&k, "kuantitatif", "target_min");
}

/* ---- iki_validate: kualitatif ------------------------------------------------------- */

static void test_iki_kualitatif_needs_target_text(void **state)
{
	(void)state;
	struct iki k = good_iki();
	k.target_min[0] = '\0';
	refused(&k, "kualitatif", "target_text");
	char spaces[] = "  \n ";
	k.target_text = spaces;
	refused(&k, "kualitatif", "target_text");
}

static void test_iki_kualitatif_with_words_only_is_fine(void **state)
{
	(void)state;
	struct iki k = good_iki();
	k.target_min[0] = '\0';
	k.unit_label[0] = '\0';
	k.target_text = words;
	accepted(&k, "kualitatif");
}

static void test_iki_kualitatif_numbers_must_still_be_numbers(void **state)
{
	(void)state;
	struct iki k = good_iki();
	k.target_text = words;
	copy_str(k.target_min, sizeof k.target_min, "banyak");
	refused(&k, "kualitatif", "target_min");
	copy_str(k.target_min, sizeof k.target_min, "90,25");
	accepted(&k, "kualitatif");
	assert_string_equal(k.target_min, "90.25");
}

static void test_iki_kualitatif_range_needs_lower_bound(void **state)
{
	(void)state;
	struct iki k = good_iki();
	k.target_text = words;
	k.target_min[0] = '\0';
	copy_str(k.target_max, sizeof k.target_max, "10");
	refused(&k, "kualitatif", "target_min");
}

static void test_iki_kuantitatif_target_text_is_optional(void **state)
{
	(void)state;
	struct iki k = good_iki();
	k.target_text = words;
	accepted(&k, "kuantitatif");
	k.target_text = NULL;
	accepted(&k, NULL);   /* no approach: kuantitatif */
	accepted(&k, "");
}

static void test_iki_refuses_unknown_approach(void **state)
{
	(void)state;
	struct iki k = good_iki();
	refused(&k, "campuran", "approach");
}

/* ---- iki_validate: text, aspect, unit, direction ---------------------------------------- */

static void test_iki_needs_text(void **state)
{
	(void)state;
	struct iki k = good_iki();
	k.text = NULL;
	refused(&k, "kuantitatif", "text");
	char blank[] = " \t ";
	k.text = blank;
	refused(&k, "kuantitatif", "text");
}

static void test_iki_text_limit_counts_characters_not_bytes(void **state)
{
	(void)state;
	struct iki k = good_iki();
	k.text = repeat("\xC3\xA9", SKP_TEXT_MAX);   /* 1000 x "é" = 2000 bytes */
	accepted(&k, "kuantitatif");
	free(k.text);
	k.text = repeat("a", SKP_TEXT_MAX + 1);
	refused(&k, "kuantitatif", "text");
	free(k.text);
}

static void test_iki_text_refuses_control_characters_and_bad_utf8(void **state)
{
	(void)state;
	static const char *const bad[] = { "Jumlah\tizin", "Jumlah\x01", "baris\rsaja",
					   "Jumlah \xC3", "\xC0\xAF", "\xED\xA0\x80",
					   "Jumlah\x7F", "Jumlah\xC2\x85" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct iki k = good_iki();
		k.text = xstrdup(bad[i]);
		refused(&k, "kuantitatif", "text");
		free(k.text);
	}
}

static void test_iki_text_allows_line_breaks(void **state)
{
	(void)state;
	struct iki k = good_iki();
	char lines[] = "Baris satu\nBaris dua\r\nBaris tiga \xE2\x80\x93 selesai";
	k.text = lines;
	accepted(&k, "kuantitatif");
}

static void test_iki_accepts_each_aspect(void **state)
{
	(void)state;
	static const char *const ok[] = { "kuantitas", "kualitas", "waktu", "biaya" };
	for (size_t i = 0; i < 4; i++) {
		struct iki k = good_iki();
		copy_str(k.aspect, sizeof k.aspect, ok[i]);
		accepted(&k, "kuantitatif");
	}
}

static void test_iki_refuses_other_aspects(void **state)
{
	(void)state;
	static const char *const bad[] = { "", "mutu", "Kuantitas", "kuantitas " };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct iki k = good_iki();
		copy_str(k.aspect, sizeof k.aspect, bad[i]);
		refused(&k, "kuantitatif", "aspect");
	}
}

static void test_iki_empty_direction_becomes_naik(void **state)
{
	(void)state;
	struct iki k = good_iki();
	k.direction[0] = '\0';
	accepted(&k, "kuantitatif");
	assert_string_equal(k.direction, "naik");
}

static void test_iki_direction_turun_is_fine_and_others_refused(void **state)
{
	(void)state;
	struct iki k = good_iki();
	copy_str(k.direction, sizeof k.direction, "turun");
	accepted(&k, "kuantitatif");
	copy_str(k.direction, sizeof k.direction, "up");
	refused(&k, "kuantitatif", "direction");
}

static void test_iki_unit_label_limits(void **state)
{
	(void)state;
	struct iki k = good_iki();
	memset(k.unit_label, 'd', 47);
	k.unit_label[47] = '\0';
	accepted(&k, "kuantitatif");
	memset(k.unit_label, 'd', sizeof k.unit_label);   /* 48 bytes, no end */
	refused(&k, "kuantitatif", "unit_label");
	copy_str(k.unit_label, sizeof k.unit_label, "dok\tumen");
	refused(&k, "kuantitatif", "unit_label");
	k.unit_label[0] = '\0';
	accepted(&k, "kuantitatif");   /* the unit is optional */
}

/* ---- rhk_validate ------------------------------------------------------------------- */

static char rhk_text[] = "Meningkatnya kualitas pelayanan perizinan di Kecamatan Asemrowo";

static struct rhk good_rhk(void)
{
	struct rhk r;
	memset(&r, 0, sizeof r);
	copy_str(r.kind, sizeof r.kind, "utama");
	r.text = rhk_text;
	return r;
}

static void rhk_refused(const struct rhk *r, const char *field)
{
	struct kerr err = KERR_INIT;
	assert_int_equal(rhk_validate(r, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.field, field);
}

static void test_rhk_accepts_utama_and_tambahan(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	struct rhk r = good_rhk();
	assert_int_equal(rhk_validate(&r, &err), 0);
	copy_str(r.kind, sizeof r.kind, "tambahan");
	assert_int_equal(rhk_validate(&r, &err), 0);
}

static void test_rhk_refuses_other_kinds(void **state)
{
	(void)state;
	struct rhk r = good_rhk();
	copy_str(r.kind, sizeof r.kind, "pokok");
	rhk_refused(&r, "kind");
	r.kind[0] = '\0';
	rhk_refused(&r, "kind");
}

static void test_rhk_text_rules(void **state)
{
	(void)state;
	struct rhk r = good_rhk();
	struct kerr err = KERR_INIT;
	r.text = NULL;
	rhk_refused(&r, "text");
	char blank[] = "   ";
	r.text = blank;
	rhk_refused(&r, "text");
	char ctl[] = "Pelayanan\x1b[31m";
	r.text = ctl;
	rhk_refused(&r, "text");
	char lines[] = "Pelayanan izin\nselesai tepat waktu";
	r.text = lines;
	assert_int_equal(rhk_validate(&r, &err), 0);
	r.text = repeat("\xE2\x82\xAC", SKP_TEXT_MAX);   /* 1000 x "€" */
	assert_int_equal(rhk_validate(&r, &err), 0);
	free(r.text);
	r.text = repeat("\xE2\x82\xAC", SKP_TEXT_MAX + 1);
	rhk_refused(&r, "text");
	free(r.text);
}

static void test_rhk_perspectives(void **state)
{
	(void)state;
	static const char *const ok[] = { "", "penerima_layanan", "proses_bisnis",
					  "penguatan_internal", "anggaran" };
	struct rhk r = good_rhk();
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		struct kerr err = KERR_INIT;
		copy_str(r.perspective, sizeof r.perspective, ok[i]);
		assert_int_equal(rhk_validate(&r, &err), 0);
	}
	copy_str(r.perspective, sizeof r.perspective, "keuangan");
	rhk_refused(&r, "perspective");
}

/* ---- skp_check_complete ------------------------------------------------------------------- */

/* A kuantitatif SKP with RHK 1 (utama, under the superior's RHK 500) and
 * RHK 2 (tambahan), each with one good indicator; all on the stack. */
struct fixture {
	struct skp s;
	struct rhk r[3];
	struct iki k[3][2];
};

static void fixture_init(struct fixture *f)
{
	memset(f, 0, sizeof *f);
	copy_str(f->s.approach, sizeof f->s.approach, "kuantitatif");
	for (int i = 0; i < 3; i++) {
		f->r[i] = good_rhk();
		f->r[i].seq = i + 1;
		f->k[i][0] = good_iki();
		f->k[i][1] = good_iki();
		f->r[i].iki = f->k[i];
		f->r[i].n_iki = 1;
	}
	f->r[0].parent_rhk_id = 500;
	copy_str(f->r[1].kind, sizeof f->r[1].kind, "tambahan");
	f->s.rhk = f->r;
	f->s.n_rhk = 2;
}

static void complete_refused(const struct fixture *f, int is_head, int has_assessor,
			     const char *msg_part)
{
	struct kerr err = KERR_INIT;
	assert_int_equal(skp_check_complete(&f->s, is_head, has_assessor, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.field, "rhk");
	if (!strstr(err.msg, msg_part))
		fail_msg("message \"%s\" lacks \"%s\"", err.msg, msg_part);
}

static void complete_ok(const struct fixture *f, int is_head, int has_assessor)
{
	struct kerr err = KERR_INIT;
	if (skp_check_complete(&f->s, is_head, has_assessor, &err))
		fail_msg("refused on %s: %s", err.field, err.msg);
}

static void test_complete_skp_is_accepted(void **state)
{
	(void)state;
	struct fixture f;
	fixture_init(&f);
	complete_ok(&f, 0, 1);
}

static void test_complete_needs_an_utama_rhk(void **state)
{
	(void)state;
	struct fixture f;
	fixture_init(&f);
	f.s.n_rhk = 0;
	complete_refused(&f, 0, 1, "RHK utama");
	f.s.rhk = NULL;
	complete_refused(&f, 0, 1, "RHK utama");
	fixture_init(&f);
	f.s.rhk = &f.r[1];   /* only the tambahan one */
	f.s.n_rhk = 1;
	complete_refused(&f, 0, 1, "RHK utama");
}

static void test_complete_names_the_rhk_without_iki(void **state)
{
	(void)state;
	struct fixture f;
	struct kerr err = KERR_INIT;
	fixture_init(&f);
	f.r[1].n_iki = 0;
	assert_int_equal(skp_check_complete(&f.s, 0, 1, &err), -1);
	assert_string_equal(err.field, "rhk");
	assert_string_equal(err.msg, "RHK 2 belum memiliki IKI");
}

static void test_complete_checks_every_iki(void **state)
{
	(void)state;
	struct fixture f;
	fixture_init(&f);
	f.r[0].n_iki = 2;
	copy_str(f.k[0][1].target_min, sizeof f.k[0][1].target_min, "banyak");
	complete_refused(&f, 0, 1, "RHK 1, IKI 2");
	assert_string_equal(f.k[0][1].target_min, "banyak");
}

static void test_complete_does_not_rewrite_the_skp(void **state)
{
	(void)state;
	struct fixture f;
	fixture_init(&f);
	copy_str(f.k[0][0].target_min, sizeof f.k[0][0].target_min, "95,5");
	f.k[0][0].direction[0] = '\0';
	complete_ok(&f, 0, 1);
	assert_string_equal(f.k[0][0].target_min, "95,5");
	assert_string_equal(f.k[0][0].direction, "");
}

static void test_complete_kualitatif_uses_target_text(void **state)
{
	(void)state;
	struct fixture f;
	fixture_init(&f);
	copy_str(f.s.approach, sizeof f.s.approach, "kualitatif");
	complete_refused(&f, 0, 1, "RHK 1, IKI 1");
	f.k[0][0].target_text = words;
	f.k[1][0].target_text = words;
	complete_ok(&f, 0, 1);
}

static void test_complete_reports_a_bad_rhk_by_number(void **state)
{
	(void)state;
	struct fixture f;
	fixture_init(&f);
	f.r[1].text = NULL;
	complete_refused(&f, 0, 1, "RHK 2: ");
}

static void test_complete_utama_of_non_head_needs_superiors_rhk(void **state)
{
	(void)state;
	struct fixture f;
	fixture_init(&f);
	f.r[0].parent_rhk_id = 0;
	complete_refused(&f, 0, 1, "RHK 1 belum menunjuk RHK atasan");
	f.r[0].goal_id = 7;   /* a goal is for heads of unit */
	complete_refused(&f, 0, 1, "RHK 1 harus menunjuk RHK atasan");
}

static void test_complete_second_utama_is_checked_too(void **state)
{
	(void)state;
	struct fixture f;
	fixture_init(&f);
	f.s.n_rhk = 3;   /* RHK 3 is utama with no link */
	complete_refused(&f, 0, 1, "RHK 3");
	f.r[2].parent_rhk_id = 501;
	complete_ok(&f, 0, 1);
}

static void test_complete_tambahan_needs_no_link(void **state)
{
	(void)state;
	struct fixture f;
	fixture_init(&f);
	assert_int_equal(f.r[1].parent_rhk_id, 0);
	assert_int_equal(f.r[1].goal_id, 0);
	complete_ok(&f, 0, 1);
}

static void test_complete_head_pointing_at_a_goal_is_fine(void **state)
{
	(void)state;
	struct fixture f;
	fixture_init(&f);
	f.r[0].parent_rhk_id = 0;
	f.r[0].goal_id = 7;
	complete_ok(&f, 1, 1);
}

static void test_complete_head_pointing_at_superiors_rhk_is_fine(void **state)
{
	(void)state;
	struct fixture f;
	fixture_init(&f);
	complete_ok(&f, 1, 1);
}

static void test_complete_head_must_point_somewhere(void **state)
{
	(void)state;
	struct fixture f;
	fixture_init(&f);
	f.r[0].parent_rhk_id = 0;
	complete_refused(&f, 1, 1, "RHK 1 belum menunjuk");
}

static void test_complete_without_assessor_needs_a_goal(void **state)
{
	(void)state;
	struct fixture f;
	fixture_init(&f);
	f.r[0].parent_rhk_id = 0;
	complete_refused(&f, 0, 0, "sasaran organisasi");
	f.r[0].goal_id = 3;
	complete_ok(&f, 0, 0);
}

static void test_complete_refuses_unknown_approach(void **state)
{
	(void)state;
	struct fixture f;
	struct kerr err = KERR_INIT;
	fixture_init(&f);
	copy_str(f.s.approach, sizeof f.s.approach, "campuran");
	assert_int_equal(skp_check_complete(&f.s, 0, 1, &err), -1);
	assert_string_equal(err.field, "approach");
}

/* ---- periods ---------------------------------------------------------------------------- */

static void test_period_transition_every_case(void **state)
{
	(void)state;
	static const char *const actions[] = { "buka", "kunci", "tutup" };
	/* want[from][action]: the resulting state, or -1 for a refusal */
	static const int want[PERIOD__STATES][3] = {
		[PERIOD_DRAFT] = { PERIOD_OPEN, -1, -1 },
		[PERIOD_OPEN] = { -1, PERIOD_LOCKED, -1 },
		[PERIOD_LOCKED] = { PERIOD_OPEN, -1, PERIOD_CLOSED },
		[PERIOD_CLOSED] = { -1, -1, -1 },
	};
	for (int f = 0; f < PERIOD__STATES; f++) {
		for (int a = 0; a < 3; a++) {
			struct kerr err = KERR_INIT;
			enum period_state to = PERIOD__STATES;
			int rc = period_transition((enum period_state)f, actions[a], &to, &err);
			if (want[f][a] >= 0) {
				assert_int_equal(rc, 0);
				assert_int_equal(to, want[f][a]);
				continue;
			}
			assert_int_equal(rc, -1);
			assert_int_equal(err.code, KERR_CONFLICT);
			assert_string_equal(err.field, "aksi");
			assert_non_null(strstr(err.msg, period_state_label((enum period_state)f)));
			assert_int_equal(to, PERIOD__STATES);
		}
	}
}

static void test_period_closing_an_open_period_names_its_state(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	enum period_state to;
	assert_int_equal(period_transition(PERIOD_OPEN, "tutup", &to, &err), -1);
	assert_string_equal(err.msg, "Periode berstatus Terbuka; tidak dapat ditutup");
}

static void test_period_unknown_action_is_refused(void **state)
{
	(void)state;
	static const char *const bad[] = { "hapus", "", "Buka", NULL };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct kerr err = KERR_INIT;
		enum period_state to = PERIOD__STATES;
		assert_int_equal(period_transition(PERIOD_DRAFT, bad[i], &to, &err), -1);
		assert_int_equal(err.code, KERR_CONFLICT);
		assert_string_equal(err.field, "aksi");
		assert_int_equal(to, PERIOD__STATES);
	}
}

static void test_period_state_names_round_trip(void **state)
{
	(void)state;
	static const char *const names[] = { "draft", "terbuka", "dikunci", "ditutup" };
	static const char *const labels[] = { "Draf", "Terbuka", "Dikunci", "Ditutup" };
	for (int s = 0; s < PERIOD__STATES; s++) {
		enum period_state back = PERIOD__STATES;
		assert_string_equal(period_state_name((enum period_state)s), names[s]);
		assert_string_equal(period_state_label((enum period_state)s), labels[s]);
		assert_int_equal(period_state_parse(names[s], &back), 0);
		assert_int_equal(back, s);
	}
	enum period_state out = PERIOD__STATES;
	assert_int_equal(period_state_parse("open", &out), -1);
	assert_int_equal(period_state_parse(NULL, &out), -1);
	assert_int_equal(out, PERIOD__STATES);
}

/* ---- checkpoint calendars and dates ------------------------------------------------------- */

static void test_cadence_known_and_unknown(void **state)
{
	(void)state;
	assert_true(cadence_valid("triwulan"));
	assert_true(cadence_valid("bulanan"));
	assert_false(cadence_valid("mingguan"));
	assert_false(cadence_valid("Triwulan"));
	assert_false(cadence_valid(""));
	assert_false(cadence_valid(NULL));
	assert_int_equal(cadence_count("triwulan"), 4);
	assert_int_equal(cadence_count("bulanan"), 12);
	assert_int_equal(cadence_count("semester"), 0);
}

static void test_cadence_triwulan_calendar(void **state)
{
	(void)state;
	static const char *const names[] = { "Triwulan I", "Triwulan II", "Triwulan III",
					     "Triwulan IV-Akhir" };
	for (int i = 0; i < 4; i++) {
		char name[40];
		int first, last;
		cadence_checkpoint("triwulan", i, name, sizeof name, &first, &last);
		assert_string_equal(name, names[i]);
		assert_int_equal(first, 3 * i + 1);
		assert_int_equal(last, 3 * i + 3);
	}
}

static void test_cadence_bulanan_calendar(void **state)
{
	(void)state;
	static const char *const names[] = { "Januari", "Februari", "Maret", "April", "Mei",
					     "Juni", "Juli", "Agustus", "September", "Oktober",
					     "November", "Desember" };
	for (int i = 0; i < 12; i++) {
		char name[40];
		int first, last;
		cadence_checkpoint("bulanan", i, name, sizeof name, &first, &last);
		assert_string_equal(name, names[i]);
		assert_int_equal(first, i + 1);
		assert_int_equal(last, i + 1);
	}
}

static void test_cadence_checkpoint_outside_the_calendar(void **state)
{
	(void)state;
	char name[40] = "x";
	int first = 9, last = 9;
	cadence_checkpoint("triwulan", 4, name, sizeof name, &first, &last);
	assert_string_equal(name, "");
	assert_int_equal(first, 0);
	assert_int_equal(last, 0);
	cadence_checkpoint("triwulan", -1, name, sizeof name, &first, &last);
	assert_int_equal(first, 0);
	cadence_checkpoint("harian", 0, name, sizeof name, &first, &last);
	assert_string_equal(name, "");
	cadence_checkpoint("bulanan", 11, NULL, 0, NULL, &last);   /* outputs optional */
	assert_int_equal(last, 12);
	char small[9];
	cadence_checkpoint("triwulan", 3, small, sizeof small, NULL, NULL);
	assert_string_equal(small, "Triwulan");
}

static void test_date_valid_real_dates(void **state)
{
	(void)state;
	assert_true(date_valid("2026-01-01"));
	assert_true(date_valid("2026-12-31"));
	assert_true(date_valid("2024-02-29"));
	assert_true(date_valid("2000-02-29"));
	assert_false(date_valid("2026-02-29"));
	assert_false(date_valid("1900-02-29"));
	assert_false(date_valid("2026-04-31"));
	assert_false(date_valid("2026-13-01"));
	assert_false(date_valid("2026-00-10"));
	assert_false(date_valid("2026-01-00"));
	assert_false(date_valid("0000-01-01"));
}

static void test_date_valid_refuses_other_layouts(void **state)
{
	(void)state;
	static const char *const bad[] = { "2026-1-01", "2026/01/01", "01-01-2026", "2026-01-01x",
					   "2026-01-0a", "+026-01-01", "2026-01-01 ", "", "20260101" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_false(date_valid(bad[i]));
	assert_false(date_valid(NULL));
}

/* ---- decimal_parse ------------------------------------------------------------------------ */

static void test_decimal_parse_accepts_common_forms(void **state)
{
	(void)state;
	static const struct {
		const char *in;
		double want;
	} ok[] = { { "95", 95 }, { "95.5", 95.5 }, { "95,5", 95.5 }, { "-3", -3 },
		   { " 7 ", 7 }, { "0,25", 0.25 }, { "+12", 12 }, { "007", 7 } };
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		double v = -1;
		assert_int_equal(decimal_parse(ok[i].in, &v), 0);
		assert_true(v == ok[i].want);
	}
}

static void test_decimal_parse_refuses_everything_else(void **state)
{
	(void)state;
	static const char *const bad[] = { "", "  ", "abc", "1.000,5", "1,000.5", "1e3", "95.",
					   ",5", ".5", "--3", "-", "inf", "nan", "0x10", "9 5",
					   "95%", "1/2", "\xD9\xA5" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		double v = 42;
		if (decimal_parse(bad[i], &v) == 0)
			fail_msg("\"%s\" was accepted", bad[i]);
		assert_true(v == 42);
	}
	double v = 42;
	assert_int_equal(decimal_parse(NULL, &v), -1);
}

/* ---- position kinds, lampiran, BerAKHLAK ------------------------------------------------------ */

static void test_position_kind_is_head(void **state)
{
	(void)state;
	assert_true(position_kind_is_head("jpt_utama"));
	assert_true(position_kind_is_head("jpt_madya"));
	assert_true(position_kind_is_head("jpt_pratama"));
	assert_true(position_kind_is_head("administrator"));
	assert_true(position_kind_is_head("pengawas"));
	assert_true(position_kind_is_head("Pengawas"));
	assert_false(position_kind_is_head("fungsional"));
	assert_false(position_kind_is_head("pelaksana"));
	assert_false(position_kind_is_head("camat"));
	assert_false(position_kind_is_head(""));
	assert_false(position_kind_is_head(NULL));
}

static void test_attachment_kinds_round_trip(void **state)
{
	(void)state;
	static const char *const names[] = { "dukungan_sumber_daya", "skema_pertanggungjawaban",
					     "konsekuensi" };
	static const char *const labels[] = { "Dukungan sumber daya", "Skema pertanggungjawaban",
					      "Konsekuensi" };
	for (int k = 0; k < ATT__KINDS; k++) {
		enum attachment_kind back = ATT__KINDS;
		assert_string_equal(attachment_kind_name((enum attachment_kind)k), names[k]);
		assert_string_equal(attachment_kind_label((enum attachment_kind)k), labels[k]);
		assert_int_equal(attachment_kind_parse(names[k], &back), 0);
		assert_int_equal(back, k);
	}
	enum attachment_kind out = ATT__KINDS;
	assert_int_equal(attachment_kind_parse("dukungan", &out), -1);
	assert_int_equal(attachment_kind_parse(NULL, &out), -1);
	assert_int_equal(out, ATT__KINDS);
}

static void test_berakhlak_has_seven_values_with_three_guides(void **state)
{
	(void)state;
	static const char *const names[] = { "Berorientasi Pelayanan", "Akuntabel", "Kompeten",
					     "Harmonis", "Loyal", "Adaptif", "Kolaboratif" };
	for (size_t i = 0; i < BERAKHLAK_COUNT; i++) {
		const struct core_value *v = berakhlak_at(i);
		assert_non_null(v);
		assert_string_equal(v->name, names[i]);
		assert_int_equal(berakhlak_index(v->code), (int)i);
		for (int g = 0; g < 3; g++) {
			assert_non_null(v->guides[g]);
			assert_true(v->guides[g][0] >= 'A' && v->guides[g][0] <= 'Z');
		}
	}
	assert_null(berakhlak_at(BERAKHLAK_COUNT));
	assert_int_equal(berakhlak_index("integritas"), -1);
	assert_int_equal(berakhlak_index(NULL), -1);
}

static void test_berakhlak_wording(void **state)
{
	(void)state;
	const struct core_value *v = berakhlak_at(0);
	assert_string_equal(v->code, "berorientasi_pelayanan");
	assert_string_equal(v->guides[0], "Memahami dan memenuhi kebutuhan masyarakat");
	assert_string_equal(v->guides[1], "Ramah, cekatan, solutif, dan dapat diandalkan");
	assert_string_equal(v->guides[2], "Melakukan perbaikan tiada henti");
	v = berakhlak_at((size_t)berakhlak_index("akuntabel"));
	assert_string_equal(v->guides[2], "Tidak menyalahgunakan kewenangan jabatan");
	v = berakhlak_at((size_t)berakhlak_index("kolaboratif"));
	assert_non_null(strstr(v->guides[1], "nilai tambah"));
}

/* ---- releasing ------------------------------------------------------------------------------- */

static void test_release_frees_everything_and_may_run_twice(void **state)
{
	(void)state;
	struct skp s;
	memset(&s, 0, sizeof s);
	s.return_note = xstrdup("Perbaiki target");
	s.header_json = xstrdup("{}");
	s.expectation[3] = xstrdup("Menjadi teladan di seksi");
	s.n_rhk = 2;
	s.rhk = xcalloc(2, sizeof *s.rhk);
	for (int i = 0; i < 2; i++) {
		s.rhk[i].text = xstrdup("Pelayanan izin");
		s.rhk[i].parent_text = xstrdup("Sasaran kecamatan");
		s.rhk[i].n_iki = 2;
		s.rhk[i].iki = xcalloc(2, sizeof *s.rhk[i].iki);
		s.rhk[i].iki[0].text = xstrdup("Jumlah izin");
		s.rhk[i].iki[1].target_text = xstrdup("Tanpa keluhan");
	}
	s.n_att[ATT_SKEMA] = 1;
	s.att[ATT_SKEMA] = xcalloc(1, sizeof *s.att[ATT_SKEMA]);
	s.att[ATT_SKEMA][0].text = xstrdup("Laporan bulanan");
	skp_release(&s);
	assert_null(s.rhk);
	assert_int_equal(s.n_rhk, 0);
	assert_null(s.return_note);
	assert_null(s.att[ATT_SKEMA]);
	skp_release(&s);

	struct rhk r;
	memset(&r, 0, sizeof r);
	r.text = xstrdup("RHK lepas");
	rhk_release(&r);
	assert_null(r.text);
	rhk_release(&r);
	skp_release(NULL);
	rhk_release(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_iki_accepts_a_plain_number),
		cmocka_unit_test(test_iki_reads_decimal_comma_and_writes_a_point),
		cmocka_unit_test(test_iki_normalises_blanks_zeros_and_sign),
		cmocka_unit_test(test_iki_refuses_a_target_that_is_not_a_number),
		cmocka_unit_test(test_iki_kuantitatif_needs_a_target),
		cmocka_unit_test(test_iki_accepts_a_range),
		cmocka_unit_test(test_iki_refuses_range_with_min_above_max),
		cmocka_unit_test(test_iki_refuses_empty_range),
		cmocka_unit_test(test_iki_refuses_range_bound_that_is_not_a_number),
		cmocka_unit_test(test_iki_accepts_negative_targets),
		cmocka_unit_test(test_iki_refuses_unterminated_target),
		cmocka_unit_test(test_iki_kualitatif_needs_target_text),
		cmocka_unit_test(test_iki_kualitatif_with_words_only_is_fine),
		cmocka_unit_test(test_iki_kualitatif_numbers_must_still_be_numbers),
		cmocka_unit_test(test_iki_kualitatif_range_needs_lower_bound),
		cmocka_unit_test(test_iki_kuantitatif_target_text_is_optional),
		cmocka_unit_test(test_iki_refuses_unknown_approach),
		cmocka_unit_test(test_iki_needs_text),
		cmocka_unit_test(test_iki_text_limit_counts_characters_not_bytes),
		cmocka_unit_test(test_iki_text_refuses_control_characters_and_bad_utf8),
		cmocka_unit_test(test_iki_text_allows_line_breaks),
		cmocka_unit_test(test_iki_accepts_each_aspect),
		cmocka_unit_test(test_iki_refuses_other_aspects),
		cmocka_unit_test(test_iki_empty_direction_becomes_naik),
		cmocka_unit_test(test_iki_direction_turun_is_fine_and_others_refused),
		cmocka_unit_test(test_iki_unit_label_limits),
		cmocka_unit_test(test_rhk_accepts_utama_and_tambahan),
		cmocka_unit_test(test_rhk_refuses_other_kinds),
		cmocka_unit_test(test_rhk_text_rules),
		cmocka_unit_test(test_rhk_perspectives),
		cmocka_unit_test(test_complete_skp_is_accepted),
		cmocka_unit_test(test_complete_needs_an_utama_rhk),
		cmocka_unit_test(test_complete_names_the_rhk_without_iki),
		cmocka_unit_test(test_complete_checks_every_iki),
		cmocka_unit_test(test_complete_does_not_rewrite_the_skp),
		cmocka_unit_test(test_complete_kualitatif_uses_target_text),
		cmocka_unit_test(test_complete_reports_a_bad_rhk_by_number),
		cmocka_unit_test(test_complete_utama_of_non_head_needs_superiors_rhk),
		cmocka_unit_test(test_complete_second_utama_is_checked_too),
		cmocka_unit_test(test_complete_tambahan_needs_no_link),
		cmocka_unit_test(test_complete_head_pointing_at_a_goal_is_fine),
		cmocka_unit_test(test_complete_head_pointing_at_superiors_rhk_is_fine),
		cmocka_unit_test(test_complete_head_must_point_somewhere),
		cmocka_unit_test(test_complete_without_assessor_needs_a_goal),
		cmocka_unit_test(test_complete_refuses_unknown_approach),
		cmocka_unit_test(test_period_transition_every_case),
		cmocka_unit_test(test_period_closing_an_open_period_names_its_state),
		cmocka_unit_test(test_period_unknown_action_is_refused),
		cmocka_unit_test(test_period_state_names_round_trip),
		cmocka_unit_test(test_cadence_known_and_unknown),
		cmocka_unit_test(test_cadence_triwulan_calendar),
		cmocka_unit_test(test_cadence_bulanan_calendar),
		cmocka_unit_test(test_cadence_checkpoint_outside_the_calendar),
		cmocka_unit_test(test_date_valid_real_dates),
		cmocka_unit_test(test_date_valid_refuses_other_layouts),
		cmocka_unit_test(test_decimal_parse_accepts_common_forms),
		cmocka_unit_test(test_decimal_parse_refuses_everything_else),
		cmocka_unit_test(test_position_kind_is_head),
		cmocka_unit_test(test_attachment_kinds_round_trip),
		cmocka_unit_test(test_berakhlak_has_seven_values_with_three_guides),
		cmocka_unit_test(test_berakhlak_wording),
		cmocka_unit_test(test_release_frees_everything_and_may_run_twice),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
