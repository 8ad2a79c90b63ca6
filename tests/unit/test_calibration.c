/*
 * test_calibration.c - unit tests for the calibration rules of
 * domain/calibration.h: state names, the checks on a proposal (in their
 * order: not final, period closed, checkpoint closed, one waiting, the
 * assessor's own, no change, reason), the ratings a partial proposal
 * gives, the checks on accepting, rejecting and withdrawing, the stable
 * order of the table by each key with missing values last, and the
 * projected spread.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/strbuf.h"
#include "domain/calibration.h"
#include "domain/raterstats.h"

static struct calib_target final_sesuai(void)
{
	return (struct calib_target){ .final = 1, .hasil = RATING_SESUAI,
				      .perilaku = RATING_SESUAI };
}

/* Runs the proposal check expecting a refusal on `field` with `code`. */
static void refused(const struct calib_target *t, const struct calib_change *c,
		    enum kerr_code code, const char *field)
{
	struct kerr err = KERR_INIT;
	enum rating h, b;
	assert_int_equal(calib_proposal_check(t, c, &h, &b, &err), -1);
	assert_int_equal(err.code, code);
	assert_string_equal(err.field, field);
}

static void test_state_names_round_trip(void **state)
{
	(void)state;
	enum calib_state s;
	for (int i = 0; i < CALIB__STATES; i++) {
		assert_int_equal(calib_state_parse(calib_state_name((enum calib_state)i), &s), 0);
		assert_int_equal(s, i);
	}
	assert_int_equal(calib_state_parse("diputus", &s), -1);
	assert_int_equal(calib_state_parse(NULL, &s), -1);
	assert_string_equal(calib_state_label(CALIB_DIAJUKAN), "Menunggu keputusan");
	assert_string_equal(calib_step_name(CALIB_ACCEPT), "terima");
	assert_string_equal(calib_step_name(CALIB_REJECT), "tolak");
	assert_string_equal(calib_step_name(CALIB_WITHDRAW), "tarik");
}

static void test_proposal_keeps_the_rating_not_given(void **state)
{
	(void)state;
	struct calib_target t = final_sesuai();
	struct calib_change c = { RATING_DI_ATAS, RATING__LEVELS, "Capaian 115%" };
	struct kerr err = KERR_INIT;
	enum rating h, b;
	assert_int_equal(calib_proposal_check(&t, &c, &h, &b, &err), 0);
	assert_int_equal(h, RATING_DI_ATAS);
	assert_int_equal(b, RATING_SESUAI);
	assert_int_equal(predicate_of(h, b), PRED_BAIK);
	c = (struct calib_change){ RATING__LEVELS, RATING_DI_BAWAH, "Disiplin" };
	assert_int_equal(calib_proposal_check(&t, &c, &h, &b, &err), 0);
	assert_int_equal(h, RATING_SESUAI);
	assert_int_equal(b, RATING_DI_BAWAH);
}

static void test_proposal_refusals_in_order(void **state)
{
	(void)state;
	struct calib_change c = { RATING_DI_ATAS, RATING_DI_ATAS, "Alasan" };
	struct calib_target t = final_sesuai();
	t.final = 0;
	t.period_closed = t.checkpoint_closed = t.open_proposal = 1;
	refused(&t, &c, KERR_CONFLICT, "penilaian");
	t.final = 1;
	refused(&t, &c, KERR_CONFLICT, "periode");
	t.period_closed = 0;
	refused(&t, &c, KERR_CONFLICT, "titik");
	t.checkpoint_closed = 0;
	refused(&t, &c, KERR_CONFLICT, "penilaian");   /* one waiting already */
	t.open_proposal = 0;
	t.by_assessor = 1;
	refused(&t, &c, KERR_CONFLICT, "penilaian");
	t.by_assessor = 0;
	struct calib_change none = { RATING__LEVELS, RATING__LEVELS, "Alasan" };
	refused(&t, &none, KERR_INVALID, "hasil_kerja");
	struct calib_change same = { RATING_SESUAI, RATING_SESUAI, "Alasan" };
	refused(&t, &same, KERR_INVALID, "hasil_kerja");
	struct calib_change same_b = { RATING__LEVELS, RATING_SESUAI, "Alasan" };
	refused(&t, &same_b, KERR_INVALID, "perilaku_kerja");
}

static void test_reason_required_and_bounded(void **state)
{
	(void)state;
	struct calib_target t = final_sesuai();
	static char text[CALIB_TEXT_MAX + 2];
	struct calib_change c = { RATING_DI_ATAS, RATING__LEVELS, NULL };
	refused(&t, &c, KERR_INVALID, "alasan");
	c.reason = "   \n ";
	refused(&t, &c, KERR_INVALID, "alasan");
	memset(text, 'a', sizeof text - 1);
	c.reason = text;
	refused(&t, &c, KERR_INVALID, "alasan");
	text[CALIB_TEXT_MAX] = '\0';
	struct kerr err = KERR_INIT;
	enum rating h, b;
	assert_int_equal(calib_proposal_check(&t, &c, &h, &b, &err), 0);
}

static void test_steps(void **state)
{
	(void)state;
	struct calib_target t = final_sesuai();
	struct kerr err = KERR_INIT;
	assert_int_equal(calib_step_check(CALIB_DIAJUKAN, CALIB_ACCEPT, NULL, &t, 0, &err), 0);
	assert_int_equal(calib_step_check(CALIB_DIAJUKAN, CALIB_WITHDRAW, "", &t, 0, &err), 0);
	/* a rejection needs its note */
	assert_int_equal(calib_step_check(CALIB_DIAJUKAN, CALIB_REJECT, " ", &t, 0, &err), -1);
	assert_string_equal(err.field, "catatan");
	kerr_clear(&err);
	assert_int_equal(calib_step_check(CALIB_DIAJUKAN, CALIB_REJECT, "Sudah sesuai", &t, 0,
					  &err), 0);
	/* decided already */
	assert_int_equal(calib_step_check(CALIB_DITERIMA, CALIB_REJECT, "x", &t, 0, &err), -1);
	assert_int_equal(err.code, KERR_CONFLICT);
	assert_string_equal(err.field, "status");
	kerr_clear(&err);
	/* accepting re-checks the assessment: closed, changed since */
	t.period_closed = 1;
	assert_int_equal(calib_step_check(CALIB_DIAJUKAN, CALIB_ACCEPT, NULL, &t, 0, &err), -1);
	assert_string_equal(err.field, "periode");
	kerr_clear(&err);
	assert_int_equal(calib_step_check(CALIB_DIAJUKAN, CALIB_REJECT, "x", &t, 0, &err), 0);
	t.period_closed = 0;
	assert_int_equal(calib_step_check(CALIB_DIAJUKAN, CALIB_ACCEPT, NULL, &t, 1, &err), -1);
	assert_int_equal(err.code, KERR_CONFLICT);
	assert_string_equal(err.field, "penilaian");
}

static struct calib_row row(int64_t id, const char *name, enum predicate p, double capaian)
{
	struct calib_row w;
	memset(&w, 0, sizeof w);
	w.employee_id = id;
	snprintf(w.name_key, sizeof w.name_key, "%s", name);
	w.final = p != PRED__COUNT;
	w.predicate = p;
	w.hasil = w.perilaku = w.final ? RATING_SESUAI : RATING__LEVELS;
	w.capaian.set = !isnan(capaian);
	w.capaian.value = capaian;
	w.r360_mean = NAN;
	return w;
}

static void ids(const struct calib_row *v, size_t n, const int64_t *want)
{
	for (size_t i = 0; i < n; i++)
		assert_int_equal(v[i].employee_id, want[i]);
}

static void test_sort_stable_with_missing_last(void **state)
{
	(void)state;
	struct calib_row v[5] = {
		row(5, "eka", PRED_BAIK, 90), row(2, "budi", PRED__COUNT, NAN),
		row(4, "dewi", PRED_SANGAT_BAIK, 110), row(1, "ani", PRED_BAIK, 90),
		row(3, "citra", PRED_KURANG, NAN),
	};
	calib_sort_rows(v, 5, CALIB_SORT_NAMA, 0);
	ids(v, 5, (const int64_t[]){ 1, 2, 3, 4, 5 });
	calib_sort_rows(v, 5, CALIB_SORT_PREDIKAT, 0);
	ids(v, 5, (const int64_t[]){ 3, 1, 5, 4, 2 });   /* ties by name; unrated last */
	calib_sort_rows(v, 5, CALIB_SORT_PREDIKAT, 1);
	ids(v, 5, (const int64_t[]){ 4, 1, 5, 3, 2 });   /* ties keep name order; unrated last */
	calib_sort_rows(v, 5, CALIB_SORT_CAPAIAN, 1);
	ids(v, 5, (const int64_t[]){ 4, 1, 5, 2, 3 });
	calib_sort_rows(v, 5, CALIB_SORT_360, 0);        /* nobody shown: by name */
	ids(v, 5, (const int64_t[]){ 1, 2, 3, 4, 5 });
}

static void test_sort_keys_parse(void **state)
{
	(void)state;
	enum calib_sort k;
	int desc = 0;
	struct kerr err = KERR_INIT;
	assert_int_equal(calib_sort_parse(NULL, &k, &err), 0);
	assert_int_equal(k, CALIB_SORT_NAMA);
	for (int i = 0; i < CALIB__SORTS; i++) {
		assert_int_equal(calib_sort_parse(calib_sort_name((enum calib_sort)i), &k, &err), 0);
		assert_int_equal(k, i);
	}
	assert_int_equal(calib_sort_parse("gaji", &k, &err), -1);
	assert_string_equal(err.field, "urut");
	kerr_clear(&err);
	assert_int_equal(calib_dir_parse("turun", &desc, &err), 0);
	assert_int_equal(desc, 1);
	assert_int_equal(calib_dir_parse("atas", &desc, &err), -1);
	assert_string_equal(err.field, "arah");
}

static void test_projection_and_flag_text(void **state)
{
	(void)state;
	int count[PRED__COUNT] = { 0, 0, 0, 7, 3 };
	calib_project(count, PRED_SANGAT_BAIK, PRED_BAIK);
	assert_int_equal(count[PRED_SANGAT_BAIK], 2);
	assert_int_equal(count[PRED_BAIK], 8);
	calib_project(count, PRED_KURANG, PRED_BAIK);       /* nobody to move out: only in */
	assert_int_equal(count[PRED_KURANG], 0);
	assert_int_equal(count[PRED_BAIK], 9);
	struct strbuf sb = STRBUF_INIT;
	calib_flags_text(RS_LENIENT | RS_HALO, 1, &sb);
	assert_string_equal(sb.buf, "lenient, halo");
	strbuf_release(&sb);
	calib_flags_text(0, 0, &sb);
	assert_string_equal(sb.buf, "");
	strbuf_release(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_state_names_round_trip),
		cmocka_unit_test(test_proposal_keeps_the_rating_not_given),
		cmocka_unit_test(test_proposal_refusals_in_order),
		cmocka_unit_test(test_reason_required_and_bounded),
		cmocka_unit_test(test_steps),
		cmocka_unit_test(test_sort_stable_with_missing_last),
		cmocka_unit_test(test_sort_keys_parse),
		cmocka_unit_test(test_projection_and_flag_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
