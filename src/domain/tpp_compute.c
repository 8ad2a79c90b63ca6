/*
 * tpp_compute.c - one employee's allowance (TPP) for the months of a run,
 * with its breakdown line by line (the formula is in tpp.h): the base
 * amount by golongan or position kind, per month pro rata by working
 * days, the performance share scaled by the predicate's multiplier, the
 * discipline share less the attendance deduction, each line rounded half
 * up to a whole rupiah from its exact value, and the total rounded as the
 * rule set says with the difference on a line of its own.
 */
#include "domain/tpp.h"
#include "core/strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define TIMES "\xc3\x97"   /* the multiplication sign */

static void add_line(struct tpp_result *out, int month, enum tpp_line_kind kind, int64_t amount,
		     const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void add_line(struct tpp_result *out, int month, enum tpp_line_kind kind, int64_t amount,
		     const char *fmt, ...)
{
	char text[1024];
	va_list ap;
	if (out->nlines >= TPP_LINES_MAX)
		return;
	struct tpp_line *l = &out->line[out->nlines++];
	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	l->month = month;
	l->kind = kind;
	l->amount = amount;
	copy_str(l->text, sizeof l->text, text);
}

/* " × 20/22 hari" for a part month, "" for a full one. */
static void pro_rata_text(const struct tpp_month *m, char *out, size_t size)
{
	if (m->work_days == m->month_days)
		*out = 0;
	else
		snprintf(out, size, " " TIMES " %d/%d hari kerja", m->work_days, m->month_days);
}

/* What makes up a month's deduction: "tanpa keterangan 2 hari × 3%; ...". */
static void deduction_text(const struct tpp_rules *r, const struct tpp_month *m, int64_t bp,
			   char *out, size_t size)
{
	struct strbuf sb = STRBUF_INIT;
	char pct[24], cap[24];
	int64_t sum = 0;
	for (int k = 0; k < TPP_ABS__KINDS; k++) {
		if (!m->absent[k] || !r->absence_bp[k])
			continue;
		tpp_pct(pct, sizeof pct, r->absence_bp[k]);
		strbuf_addf(&sb, "%s%s %d hari " TIMES " %s", sb.len ? "; " : "",
			    tpp_absence_label((enum tpp_absence)k), m->absent[k], pct);
		sum += (int64_t)m->absent[k] * r->absence_bp[k];
	}
	int64_t blocks = (m->late_minutes + r->late_block_minutes - 1) / r->late_block_minutes;
	if (blocks && r->late_bp_per_block) {
		int64_t late = blocks * r->late_bp_per_block;
		tpp_pct(pct, sizeof pct, r->late_bp_per_block);
		strbuf_addf(&sb, "%sterlambat %d menit = %lld blok %lld menit " TIMES " %s",
			    sb.len ? "; " : "", m->late_minutes, (long long)blocks,
			    (long long)r->late_block_minutes, pct);
		if (late > r->late_cap_bp) {
			tpp_pct(cap, sizeof cap, r->late_cap_bp);
			strbuf_addf(&sb, ", paling banyak %s", cap);
			late = r->late_cap_bp;
		}
		sum += late;
	}
	if (sum > bp) {
		tpp_pct(cap, sizeof cap, bp);
		strbuf_addf(&sb, "; dibatasi %s", cap);
	}
	copy_str(out, size, sb.buf);
	strbuf_release(&sb);
}

/* The lines of one paid month. */
static void month_lines(const struct tpp_rules *r, const struct tpp_person *p, int64_t base,
			int year, const struct tpp_month *m, struct tpp_result *out)
{
	char label[40], amt[40], share[24], mult[24], prorata[64], why[400];
	const char *name = tpp_month_name(m->month);
	int64_t pred_bp = r->pred_bp[p->predicate];
	__int128 exact = (__int128)base * m->work_days;   /* x 1/month_days */
	__int128 den = m->month_days;

	snprintf(label, sizeof label, "%s %d", name, year);
	tpp_rupiah(amt, sizeof amt, base);
	pro_rata_text(m, prorata, sizeof prorata);

	int64_t kin = tpp_div_half_up(exact * r->share_kinerja_bp * pred_bp,
				      den * TPP_BP_FULL * TPP_BP_FULL);
	tpp_pct(share, sizeof share, r->share_kinerja_bp);
	tpp_pct(mult, sizeof mult, pred_bp);
	add_line(out, m->month, TPP_LINE_KINERJA, kin, "%s: kinerja %s " TIMES " %s%s " TIMES
		 " predikat %s %s", label, share, amt, prorata, tpp_pred_label(p->predicate), mult);
	out->kinerja += kin;

	int64_t dis = tpp_div_half_up(exact * r->share_disiplin_bp, den * TPP_BP_FULL);
	tpp_pct(share, sizeof share, r->share_disiplin_bp);
	add_line(out, m->month, TPP_LINE_DISIPLIN, dis, "%s: disiplin %s " TIMES " %s%s", label,
		 share, amt, prorata);
	out->disiplin += dis;

	int64_t bp = tpp_month_deduction_bp(r, m);
	if (!bp)
		return;
	int64_t pot = -tpp_div_half_up(exact * r->share_disiplin_bp * bp,
				       den * TPP_BP_FULL * TPP_BP_FULL);
	tpp_pct(share, sizeof share, bp);
	deduction_text(r, m, bp, why, sizeof why);
	add_line(out, m->month, TPP_LINE_POTONGAN, pot, "%s: potongan kehadiran %s dari TPP "
		 "disiplin (%s)", label, share, why);
	out->potongan += pot;
}

static void rounding_line(const struct tpp_rules *r, struct tpp_result *out)
{
	char unit[40];
	int64_t sum = out->kinerja + out->disiplin + out->potongan;
	if (sum < 0)
		sum = 0;   /* cannot happen: a deduction is at most the discipline share */
	int64_t rounded = tpp_round(sum, r->round_unit, r->round_mode);
	out->pembulatan = rounded - (out->kinerja + out->disiplin + out->potongan);
	out->total = rounded;
	if (r->round_unit <= 1 && !out->pembulatan)
		return;
	tpp_rupiah(unit, sizeof unit, r->round_unit);
	add_line(out, 0, TPP_LINE_PEMBULATAN, out->pembulatan, "Pembulatan ke %s (%s)", unit,
		 tpp_round_mode_label(r->round_mode));
}

void tpp_compute(const struct tpp_rules *r, const struct tpp_person *p, int year,
		 int month_from, int month_to, struct tpp_result *out)
{
	memset(out, 0, sizeof *out);
	int64_t base = tpp_base_for(r, p->golongan, p->position_kind);
	if (base < 0) {
		int by_kind = r->basis == TPP_BASIS_JABATAN;
		const char *key = by_kind ? p->position_kind : p->golongan;
		add_line(out, 0, TPP_LINE_INFO, 0, "Tidak ada besaran dasar TPP untuk %s %s dalam "
			 "aturan: tidak dibayar", by_kind ? "jenis jabatan" : "golongan",
			 key && *key ? key : "(kosong)");
		return;
	}
	out->base = base;
	for (int mo = month_from; mo <= month_to && mo >= 1 && mo <= 12; mo++) {
		const struct tpp_month *m = p->month[mo];
		if (!m) {
			add_line(out, mo, TPP_LINE_INFO, 0, "%s %d: tidak ada data kehadiran, tidak "
				 "dibayar", tpp_month_name(mo), year);
			continue;
		}
		out->months_paid++;
		month_lines(r, p, base, year, m, out);
	}
	rounding_line(r, out);
}
