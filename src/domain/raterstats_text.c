/*
 * raterstats_text.c - the settings of the rater analysis (defaults and
 * their sensible ranges), the names of its flags, and the plain-Indonesian
 * sentences the pages show: rs_explain for HR (the figures, the flags, and
 * why a rater is not judged) and rs_nudge for the rater themself (see
 * raterstats.h; the figures are computed in raterstats.c and explained in
 * docs/rater-analysis.md).
 */
#include "domain/raterstats.h"
#include "core/strbuf.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- settings -------------------------------------------------------------------------- */

void rs_config_default(struct rs_config *c, int scale_max)
{
	memset(c, 0, sizeof *c);
	c->scale_max = scale_max == 3 ? 3 : 5;
	c->min_ratees = 5;
	c->z_flag = 3.0;
	c->min_effect = c->scale_max == 3 ? 0.3 : 0.5;
	c->min_forms = 5;
	c->halo_sd = 0.2;
	c->central_share = 0.9;
	c->shrink = 2.0;
}

/* lo <= x <= hi (or lo < x when open), false for NAN. */
static int within(double x, double lo, double hi, int open_low)
{
	return (open_low ? x > lo : x >= lo) && x <= hi;
}

int rs_config_check(const struct rs_config *c, const char **field)
{
	const char *bad = NULL;
	double range = c->scale_max - 1;
	if (c->scale_max != 3 && c->scale_max != 5)
		bad = "scale_max";
	else if (c->min_ratees < 1)
		bad = "min_ratees";
	else if (!within(c->z_flag, 1.0, 10.0, 0))
		bad = "z_flag";
	else if (!within(c->min_effect, 0.0, range, 0) || c->min_effect >= range)
		bad = "min_effect";
	else if (c->min_forms < 1)
		bad = "min_forms";
	else if (!within(c->halo_sd, 0.0, range, 0) || c->halo_sd >= range)
		bad = "halo_sd";
	else if (!within(c->central_share, 0.0, 1.0, 1))
		bad = "central_share";
	else if (!within(c->shrink, RS_SHRINK_MIN, 1000.0, 0))
		bad = "shrink";
	if (field)
		*field = bad;
	return bad ? -1 : 0;
}

/* ---- flag names ------------------------------------------------------------------------ */

const char *rs_flag_code(enum rs_flag f)
{
	switch (f) {
	case RS_LENIENT: return "lenient";
	case RS_SEVERE: return "severe";
	case RS_HALO: return "halo";
	case RS_CENTRAL: return "central";
	}
	return "";
}

const char *rs_flag_label(enum rs_flag f)
{
	switch (f) {
	case RS_LENIENT: return "Lunak";
	case RS_SEVERE: return "Ketat";
	case RS_HALO: return "Efek halo";
	case RS_CENTRAL: return "Kecenderungan tengah";
	}
	return "";
}

/* ---- numbers as Indonesian text -------------------------------------------------------- */

/* x with `decimals` decimals and a decimal comma, never "-0,0". */
static void add_num(struct strbuf *out, double x, int decimals)
{
	char buf[64];
	double scale = pow(10.0, decimals);
	if (fabs(round(x * scale)) == 0.0)
		x = 0.0;
	snprintf(buf, sizeof buf, "%.*f", decimals, x);
	char *dot = strchr(buf, '.');
	if (dot)
		*dot = ',';
	strbuf_addstr(out, buf);
}

/* "1,3 lebih tinggi" / "0,4 lebih rendah" / "0,0" for a signed difference. */
static void add_signed(struct strbuf *out, double d)
{
	add_num(out, fabs(d), 1);
	if (fabs(d) >= 0.05)
		strbuf_addstr(out, d > 0.0 ? " lebih tinggi" : " lebih rendah");
}

/* The 95% interval in words, in the direction of diff. */
static void add_interval(struct strbuf *out, const struct rs_rater *r)
{
	strbuf_addstr(out, "selang kepercayaan 95%: ");
	if (r->ci_low >= 0.0 || r->ci_high <= 0.0) {
		int up = r->ci_low >= 0.0;
		add_num(out, up ? r->ci_low : -r->ci_high, 1);
		strbuf_addstr(out, " sampai ");
		add_num(out, up ? r->ci_high : -r->ci_low, 1);
	} else {
		add_signed(out, r->ci_low);
		strbuf_addstr(out, " sampai ");
		add_signed(out, r->ci_high);
	}
}

/* ---- the explanation for HR ------------------------------------------------------------ */

static void explain_difference(const struct rs_rater *r, struct strbuf *out)
{
	strbuf_addstr(out, "Penilai ini rata-rata memberi ");
	if (fabs(r->diff) < 0.05) {
		strbuf_addstr(out, "nilai yang hampir sama dengan rekan-rekannya untuk orang yang sama");
	} else {
		add_num(out, fabs(r->diff), 1);
		strbuf_addf(out, " poin lebih %s daripada rekan-rekannya untuk orang yang sama",
			    r->diff > 0.0 ? "tinggi" : "rendah");
	}
	strbuf_addstr(out, " (");
	if (r->n_ratees >= 2) {
		add_interval(out, r);
		strbuf_addf(out, "; %d orang dinilai).", r->n_ratees);
	} else {
		strbuf_addstr(out, "1 orang dinilai; selang kepercayaan belum dapat dihitung).");
	}
}

static void explain_leniency_verdict(const struct rs_rater *r, const struct rs_config *c,
				     struct strbuf *out)
{
	if (r->flags & (RS_LENIENT | RS_SEVERE)) {
		strbuf_addf(out, " Ditandai %s: selisihnya sedikitnya ",
			    rs_flag_label(r->flags & RS_LENIENT ? RS_LENIENT : RS_SEVERE));
		add_num(out, c->min_effect, 1);
		strbuf_addstr(out, " poin dan buktinya kuat (");
		if (isinf(r->z)) {
			strbuf_addstr(out, "selisihnya sama untuk setiap orang");
		} else {
			strbuf_addstr(out, "z = ");
			add_num(out, fabs(r->z), 1);
			strbuf_addstr(out, ", batas ");
			add_num(out, c->z_flag, 1);
		}
		strbuf_addstr(out, ").");
	} else if (r->n_ratees < c->min_ratees) {
		strbuf_addf(out, " Belum dinilai lunak atau ketat: baru %d orang yang juga dinilai "
			    "penilai lain (minimal %d).", r->n_ratees, c->min_ratees);
	} else if (fabs(r->diff) < c->min_effect) {
		strbuf_addstr(out, " Tidak ditandai lunak atau ketat: selisihnya di bawah batas ");
		add_num(out, c->min_effect, 1);
		strbuf_addstr(out, " poin.");
	} else {
		strbuf_addstr(out, " Tidak ditandai lunak atau ketat: selisihnya belum cukup pasti (z = ");
		add_num(out, isnan(r->z) ? 0.0 : fabs(r->z), 1);
		strbuf_addstr(out, ", perlu sedikitnya ");
		add_num(out, c->z_flag, 1);
		strbuf_addstr(out, ").");
	}
}

/* "3, nilai tengah skala 1-5" / "2, Sesuai Ekspektasi". */
static void add_middle(struct strbuf *out, int scale_max)
{
	if (scale_max == 3)
		strbuf_addstr(out, "2, Sesuai Ekspektasi");
	else
		strbuf_addf(out, "%d pada skala 1\xe2\x80\x93%d", (scale_max + 1) / 2, scale_max);
}

static void explain_pattern(const struct rs_rater *r, const struct rs_config *c,
			    struct strbuf *out)
{
	if (r->n_forms == 0)
		return;
	if (r->n_forms < c->min_forms) {
		strbuf_addf(out, " Efek halo dan kecenderungan tengah belum dinilai: baru %d formulir "
			    "360 (minimal %d).", r->n_forms, c->min_forms);
		return;
	}
	if (r->flags & RS_HALO) {
		strbuf_addstr(out, " Ditandai Efek halo: dalam satu formulir, ketujuh aspek BerAKHLAK "
			      "hampir selalu diberi nilai yang sama (rata-rata simpangan baku ");
		add_num(out, r->form_sd, 2);
		strbuf_addstr(out, ", batas ");
		add_num(out, c->halo_sd, 2);
		strbuf_addstr(out, ").");
	}
	if (r->flags & RS_CENTRAL) {
		strbuf_addf(out, " Ditandai Kecenderungan tengah: %.0f%% nilainya di tengah skala (",
			    100.0 * r->share_middle);
		add_middle(out, c->scale_max);
		strbuf_addf(out, "; batas %.0f%%).", 100.0 * c->central_share);
	}
	if (!(r->flags & (RS_HALO | RS_CENTRAL)))
		strbuf_addf(out, " Tidak ada tanda efek halo atau kecenderungan tengah (%d formulir "
			    "360).", r->n_forms);
}

void rs_explain(const struct rs_rater *r, const struct rs_config *c, struct strbuf *out)
{
	if (r->n_scores == 0) {
		strbuf_addstr(out, "Penilai ini tidak memberi nilai pada periode ini.");
		return;
	}
	if (r->n_ratees == 0) {
		strbuf_addstr(out, "Nilai dari penilai ini belum dapat dibandingkan: tidak ada orang "
			      "yang ia nilai yang juga dinilai penilai lain.");
	} else {
		explain_difference(r, out);
		explain_leniency_verdict(r, c, out);
	}
	explain_pattern(r, c, out);
}

/* ---- the private nudge for the rater ------------------------------------------------- */

/* Appends a sentence, after a space when one of ours came before it. */
static void nudge_sentence(struct strbuf *out, size_t start, const char *text)
{
	if (out->len > start)
		strbuf_addch(out, ' ');
	strbuf_addstr(out, text);
}

void rs_nudge(const struct rs_rater *r, const struct rs_config *c, struct strbuf *out)
{
	(void)c;
	size_t start = out->len;
	if (r->flags & (RS_LENIENT | RS_SEVERE)) {
		strbuf_addstr(out, "Rata-rata nilai yang Anda berikan ");
		add_num(out, fabs(r->diff), 1);
		strbuf_addf(out, " poin lebih %s daripada rekan-rekan Anda untuk orang yang sama; "
			    "bandingkan lagi setiap nilai dengan panduan perilaku BerAKHLAK.",
			    r->flags & RS_LENIENT ? "tinggi" : "rendah");
	}
	if (r->flags & RS_HALO)
		nudge_sentence(out, start, "Untuk orang yang sama Anda hampir selalu memberi nilai yang sama "
			       "pada ketujuh aspek BerAKHLAK; cobalah menilai setiap aspek tersendiri.");
	if (r->flags & RS_CENTRAL)
		nudge_sentence(out, start, "Hampir semua nilai yang Anda berikan berada di tengah skala; bila "
			       "seseorang jelas di atas atau di bawah ekspektasi, nyatakanlah.");
}
