/*
 * test_monitor.c - unit tests for the pure rules of monitoring
 * (domain/monitor.h): checking a realisasi, the allowed evidence files and
 * links, safe download names, and the achievement of an SKP at a
 * checkpoint per IKI, RHK and SKP.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "core/strbuf.h"
#include "domain/monitor.h"

/* ---- realisasi ------------------------------------------------------------------- */

static void refused(const char *approach, const char *value, const char *desc, const char *field)
{
	struct kerr err = KERR_INIT;
	char out[32];
	assert_int_equal(realisasi_validate(approach, value, desc, "", out, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.field, field);
}

static void test_realisasi_values(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	char out[32];
	assert_int_equal(realisasi_validate("kuantitatif", " 95,50 ", "", "", out, &err), 0);
	assert_string_equal(out, "95.5");
	assert_int_equal(realisasi_validate("kuantitatif", "0", NULL, NULL, out, &err), 0);
	assert_string_equal(out, "0");
	refused("kuantitatif", "", "", "value");
	refused("kuantitatif", "-1", "", "value");
	refused("kuantitatif", "1.000,5", "", "value");
	refused("kuantitatif", "sembilan", "", "value");
	refused("kualitatif", "", "  ", "description");
	refused("kualitatif", "-2", "Uraian", "value");
	assert_int_equal(realisasi_validate("kualitatif", "", "Semua pemohon dilayani", "", out, &err), 0);
	assert_string_equal(out, "");
}

/* ---- evidence --------------------------------------------------------------------- */

static void test_evidence_files(void **state)
{
	(void)state;
	const struct evidence_type *t = NULL;
	struct kerr err = KERR_INIT;
	assert_int_equal(evidence_file_check("a.PDF", 10, "application/pdf", &t, &err), 0);
	assert_string_equal(t->label, "PDF");
	assert_int_equal(evidence_file_check("foto.jpeg", 10, "image/jpeg", &t, &err), 0);
	struct kerr e1 = KERR_INIT, e2 = KERR_INIT, e3 = KERR_INIT, e4 = KERR_INIT;
	assert_int_equal(evidence_file_check("a.exe", 10, "application/x-dosexec", &t, &e1), -1);
	assert_int_equal(e1.code, KERR_INVALID);
	assert_int_equal(evidence_file_check("a.pdf", 10, "text/plain", &t, &e2), -1);
	assert_string_equal(e2.field, "file");
	assert_int_equal(evidence_file_check("a.pdf", EVIDENCE_FILE_MAX + 1, "application/pdf", &t, &e3),
			 -1);
	assert_int_equal(e3.code, KERR_TOO_LARGE);
	assert_int_equal(evidence_file_check("a.pdf", 0, "application/x-empty", &t, &e4), -1);
	assert_null(evidence_type_of("README"));
	assert_null(evidence_type_of("x.doc"));
}

static void test_evidence_names(void **state)
{
	(void)state;
	char out[64];
	evidence_clean_name("C:\\Users\\ani\\Laporan TW1.pdf", out, sizeof out);
	assert_string_equal(out, "Laporan TW1.pdf");
	evidence_clean_name("/tmp/  ", out, sizeof out);
	assert_string_equal(out, "berkas");
	evidence_ascii_name("Laporan \"TW1\" ü.pdf", out, sizeof out);
	assert_string_equal(out, "Laporan__TW1___.pdf");
	evidence_ascii_name(".htaccess", out, sizeof out);
	assert_string_equal(out, "bukti");
}

static void test_evidence_links(void **state)
{
	(void)state;
	const char *bad[] = { "ftp://a.go.id", "javascript:alert(1)", "https://", "http:///x",
			      "https://a.go.id/ada spasi", "https://a.go.id/\"x\"", "" };
	struct kerr err = KERR_INIT;
	assert_int_equal(evidence_link_check("HTTPS://a.go.id/x?y=1#z", "Judul", &err), 0);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct kerr e = KERR_INIT;
		assert_int_equal(evidence_link_check(bad[i], "Judul", &e), -1);
		assert_string_equal(e.field, "url");
	}
	struct kerr e = KERR_INIT;
	assert_int_equal(evidence_link_check("https://a.go.id", " ", &e), -1);
	assert_string_equal(e.field, "title");
}

/* ---- achievement ------------------------------------------------------------------- */

static struct iki mk_iki(int64_t id, const char *lo, const char *hi, const char *dir)
{
	struct iki k;
	memset(&k, 0, sizeof k);
	k.id = id;
	copy_str(k.target_min, sizeof k.target_min, lo);
	copy_str(k.target_max, sizeof k.target_max, hi);
	copy_str(k.direction, sizeof k.direction, dir);
	return k;
}

static struct realisasi mk_real(int64_t iki, int64_t cp, const char *value)
{
	struct realisasi x;
	memset(&x, 0, sizeof x);
	x.iki_id = iki;
	x.checkpoint_id = cp;
	copy_str(x.value, sizeof x.value, value);
	return x;
}

static void test_capaian(void **state)
{
	(void)state;
	struct iki a[3] = { mk_iki(1, "95", "", "naik"), mk_iki(2, "3", "", "turun"),
			    mk_iki(3, "1800", "2200", "naik") };
	struct iki b[2] = { mk_iki(4, "85", "", "naik"), mk_iki(5, "4", "", "naik") };
	struct iki c[1] = { mk_iki(6, "10", "", "naik") };
	struct rhk r[3];
	memset(r, 0, sizeof r);
	r[0] = (struct rhk){ .iki = a, .n_iki = 3 };
	r[1] = (struct rhk){ .iki = b, .n_iki = 2 };
	r[2] = (struct rhk){ .iki = c, .n_iki = 1 };
	copy_str(r[0].kind, sizeof r[0].kind, "utama");
	copy_str(r[1].kind, sizeof r[1].kind, "utama");
	copy_str(r[2].kind, sizeof r[2].kind, "tambahan");
	struct skp s;
	memset(&s, 0, sizeof s);
	copy_str(s.approach, sizeof s.approach, "kuantitatif");
	s.rhk = r;
	s.n_rhk = 3;
	struct realisasi xs[] = { mk_real(1, 7, "90"), mk_real(2, 7, "4"), mk_real(3, 7, "2000"),
				  mk_real(4, 7, "110.5"), mk_real(5, 7, "1"), mk_real(6, 7, "20"),
				  mk_real(1, 8, "10") };
	struct skp_capaian cap;
	skp_capaian_compute(&s, xs, 7, 7, &cap);
	assert_true(fabs(cap.rhk[0].iki[0].value - 9000.0 / 95) < 1e-9);
	assert_true(fabs(cap.rhk[0].iki[1].value - (2 - 4.0 / 3) * 100) < 1e-9);
	assert_true(fabs(cap.rhk[0].iki[2].value - 100) < 1e-9);
	assert_true(fabs(cap.rhk[1].iki[0].value - 130) < 1e-9);
	double r1 = (9000.0 / 95 + (2 - 4.0 / 3) * 100 + 100) / 3, r2 = (120 + 25) / 2.0;
	assert_true(fabs(cap.rhk[0].pct.value - r1) < 1e-9);
	assert_true(fabs(cap.rhk[1].pct.value - r2) < 1e-9);
	assert_true(cap.rhk[2].pct.set);   /* shown, but a tambahan result does not count */
	assert_true(fabs(cap.pct.value - (r1 + r2) / 2) < 1e-9);
	assert_int_equal(cap.iki_recorded, 6);
	assert_int_equal(cap.iki_total, 6);
	skp_capaian_release(&cap);

	skp_capaian_compute(&s, xs, 7, 99, &cap);   /* nothing at this checkpoint */
	assert_false(cap.pct.set);
	assert_false(cap.rhk[0].iki[0].set);
	skp_capaian_release(&cap);

	copy_str(s.approach, sizeof s.approach, "kualitatif");
	skp_capaian_compute(&s, xs, 7, 7, &cap);   /* kualitatif: no percentages */
	assert_false(cap.pct.set);
	assert_false(cap.rhk[0].pct.set);
	assert_int_equal(cap.iki_recorded, 6);
	skp_capaian_release(&cap);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_realisasi_values),
		cmocka_unit_test(test_evidence_files),
		cmocka_unit_test(test_evidence_names),
		cmocka_unit_test(test_evidence_links),
		cmocka_unit_test(test_capaian),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
