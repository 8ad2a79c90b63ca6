/*
 * calibration.c - the pure rules of calibration: proposal states, the
 * checks on a proposal and on a decision, the stable order of the table,
 * and the projected spread (see calibration.h).
 */
#include "domain/calibration.h"
#include "domain/raterstats.h"
#include "domain/skp.h"
#include "core/strbuf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const state_names[CALIB__STATES][2] = {
	[CALIB_DIAJUKAN] = { "diajukan", "Menunggu keputusan" },
	[CALIB_DITERIMA] = { "diterima", "Diterima" },
	[CALIB_DITOLAK] = { "ditolak", "Ditolak" },
	[CALIB_DITARIK] = { "ditarik", "Ditarik" },
};

const char *calib_state_name(enum calib_state s)
{
	return (unsigned)s < CALIB__STATES ? state_names[s][0] : "";
}

const char *calib_state_label(enum calib_state s)
{
	return (unsigned)s < CALIB__STATES ? state_names[s][1] : "";
}

int calib_state_parse(const char *name, enum calib_state *out)
{
	for (int i = 0; name && i < CALIB__STATES; i++)
		if (!strcmp(name, state_names[i][0])) {
			*out = (enum calib_state)i;
			return 0;
		}
	return -1;
}

/* ---- proposing ------------------------------------------------------------------------ */

/* What makes an assessment unfit for calibration, whoever asks. */
static int target_check(const struct calib_target *t, struct kerr *err)
{
	if (!t->final)
		return kerr_set(err, KERR_CONFLICT, "penilaian", "Hanya penilaian yang sudah "
				"ditetapkan yang dapat dikalibrasi; penilaian ini masih draf atau "
				"belum dibuat");
	if (t->period_closed)
		return kerr_set(err, KERR_CONFLICT, "periode", "Periode sudah ditutup; penilaiannya "
				"tidak dapat dikalibrasi lagi");
	if (t->checkpoint_closed)
		return kerr_set(err, KERR_CONFLICT, "titik", "Titik periksa penilaian ini sudah "
				"ditutup; penilaiannya tidak dapat dikalibrasi lagi");
	return 0;
}

int calib_proposal_check(const struct calib_target *t, const struct calib_change *c,
			 enum rating *hasil, enum rating *perilaku, struct kerr *err)
{
	int give_h = (unsigned)c->hasil < RATING__LEVELS;
	int give_p = (unsigned)c->perilaku < RATING__LEVELS;
	if (target_check(t, err))
		return -1;
	if (t->open_proposal)
		return kerr_set(err, KERR_CONFLICT, "penilaian", "Sudah ada usulan kalibrasi atas "
				"penilaian ini yang menunggu keputusan pejabat penilai");
	if (t->by_assessor)
		return kerr_set(err, KERR_CONFLICT, "penilaian", "Anda sendiri pejabat penilainya: "
				"ubah penilaian ini melalui formulir penilaian");
	if (!give_h && !give_p)
		return kerr_set(err, KERR_INVALID, "hasil_kerja", "Pilih rating hasil kerja dan/atau "
				"perilaku kerja yang diusulkan");
	*hasil = give_h ? c->hasil : t->hasil;
	*perilaku = give_p ? c->perilaku : t->perilaku;
	if (*hasil == t->hasil && *perilaku == t->perilaku)
		return kerr_set(err, KERR_INVALID, give_h ? "hasil_kerja" : "perilaku_kerja",
				"Rating yang diusulkan sama dengan penilaian saat ini");
	return skp_text_check(c->reason ? c->reason : "", CALIB_TEXT_MAX, 1, "alasan",
			      "Alasan usulan", err);
}

/* ---- deciding ------------------------------------------------------------------------- */

const char *calib_step_name(enum calib_step s)
{
	return s == CALIB_ACCEPT ? "terima" : s == CALIB_REJECT ? "tolak" : "tarik";
}

static int note_check(enum calib_step step, const char *note, struct kerr *err)
{
	const char *text = note ? note : "";
	if (step == CALIB_REJECT)
		return skp_text_check(text, CALIB_TEXT_MAX, 1, "catatan", "Catatan penolakan", err);
	if (!text[strspn(text, " \t\r\n")])
		return 0;
	return skp_text_check(text, CALIB_TEXT_MAX, 1, "catatan", "Catatan", err);
}

int calib_step_check(enum calib_state s, enum calib_step step, const char *note,
		     const struct calib_target *t, int changed, struct kerr *err)
{
	if (s != CALIB_DIAJUKAN)
		return kerr_set(err, KERR_CONFLICT, "status", "Usulan ini sudah %s; tidak dapat "
				"diputus lagi", s == CALIB_DITERIMA ? "diterima" : s == CALIB_DITOLAK
				? "ditolak" : "ditarik");
	if (note_check(step, note, err))
		return -1;
	if (step != CALIB_ACCEPT)
		return 0;
	if (target_check(t, err))
		return -1;
	if (changed)
		return kerr_set(err, KERR_CONFLICT, "penilaian", "Penilaian ini telah berubah sejak "
				"usulan diajukan; tolak usulan ini dan ajukan yang baru bila masih perlu");
	return 0;
}

/* ---- the table -------------------------------------------------------------------------- */

static const char *const sort_names[CALIB__SORTS][2] = {
	[CALIB_SORT_NAMA] = { "nama", "Nama" },
	[CALIB_SORT_UNIT] = { "unit", "Unit kerja" },
	[CALIB_SORT_HASIL] = { "hasil", "Hasil kerja" },
	[CALIB_SORT_PERILAKU] = { "perilaku", "Perilaku kerja" },
	[CALIB_SORT_PREDIKAT] = { "predikat", "Predikat" },
	[CALIB_SORT_CAPAIAN] = { "capaian", "Capaian" },
	[CALIB_SORT_360] = { "360", "Rata-rata 360" },
	[CALIB_SORT_PENILAI] = { "penilai", "Pejabat penilai" },
};

const char *calib_sort_name(enum calib_sort k)
{
	return (unsigned)k < CALIB__SORTS ? sort_names[k][0] : "";
}

const char *calib_sort_label(enum calib_sort k)
{
	return (unsigned)k < CALIB__SORTS ? sort_names[k][1] : "";
}

int calib_sort_parse(const char *name, enum calib_sort *out, struct kerr *err)
{
	*out = CALIB_SORT_NAMA;
	if (!name || !*name)
		return 0;
	for (int i = 0; i < CALIB__SORTS; i++)
		if (!strcmp(name, sort_names[i][0])) {
			*out = (enum calib_sort)i;
			return 0;
		}
	return kerr_set(err, KERR_INVALID, "urut", "urut harus salah satu dari: nama, unit, hasil, "
			"perilaku, predikat, capaian, 360, penilai");
}

int calib_dir_parse(const char *name, int *desc, struct kerr *err)
{
	*desc = 0;
	if (!name || !*name || !strcmp(name, "naik"))
		return 0;
	if (!strcmp(name, "turun")) {
		*desc = 1;
		return 0;
	}
	return kerr_set(err, KERR_INVALID, "arah", "arah harus 'naik' atau 'turun'");
}

/* The value of a row for a key: 1 with *v set, 0 when it has none.  Text
 * keys (nama, unit, penilai) are compared apart. */
static int numeric_of(const struct calib_row *r, enum calib_sort key, double *v)
{
	switch (key) {
	case CALIB_SORT_HASIL:
		*v = r->hasil;
		return r->final && (unsigned)r->hasil < RATING__LEVELS;
	case CALIB_SORT_PERILAKU:
		*v = r->perilaku;
		return r->final && (unsigned)r->perilaku < RATING__LEVELS;
	case CALIB_SORT_PREDIKAT:
		*v = r->predicate;
		return r->final && (unsigned)r->predicate < PRED__COUNT;
	case CALIB_SORT_CAPAIAN:
		*v = r->capaian.value;
		return r->capaian.set && !isnan(r->capaian.value);
	case CALIB_SORT_360:
		*v = r->r360_mean;
		return r->r360_visible && r->r360_shown && !isnan(r->r360_mean);
	default:
		return 0;
	}
}

static const char *text_of(const struct calib_row *r, enum calib_sort key)
{
	return key == CALIB_SORT_UNIT ? r->unit_code : key == CALIB_SORT_PENILAI
		? r->assessor_name : r->name_key;
}

static int tie_break(const struct calib_row *a, const struct calib_row *b)
{
	int c = strcmp(a->name_key, b->name_key);
	return c ? c : (a->employee_id > b->employee_id) - (a->employee_id < b->employee_id);
}

/* qsort has no context argument: the key and direction of the sort now
 * running.  The table is sorted in one thread per request, and a request
 * sorts before another can begin on the same thread. */
static _Thread_local enum calib_sort sort_key;
static _Thread_local int sort_desc;

static int cmp_rows(const void *pa, const void *pb)
{
	const struct calib_row *a = pa, *b = pb;
	double x = 0, y = 0;
	int c;
	if (sort_key == CALIB_SORT_NAMA || sort_key == CALIB_SORT_UNIT ||
	    sort_key == CALIB_SORT_PENILAI) {
		const char *s = text_of(a, sort_key), *t = text_of(b, sort_key);
		if (!*s != !*t)
			return *s ? -1 : 1;
		c = strcmp(s, t);
	} else {
		int ha = numeric_of(a, sort_key, &x), hb = numeric_of(b, sort_key, &y);
		if (ha != hb)
			return ha ? -1 : 1;
		c = ha ? (x > y) - (x < y) : 0;
	}
	if (c)
		return sort_desc ? -c : c;
	return tie_break(a, b);
}

void calib_sort_rows(struct calib_row *rows, size_t n, enum calib_sort key, int desc)
{
	sort_key = key;
	sort_desc = desc;
	if (n > 1)
		qsort(rows, n, sizeof *rows, cmp_rows);
}

void calib_flags_text(unsigned flags, int codes, struct strbuf *out)
{
	static const enum rs_flag order[] = { RS_LENIENT, RS_SEVERE, RS_HALO, RS_CENTRAL };
	int first = 1;
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		if (!(flags & order[i]))
			continue;
		if (!first)
			strbuf_addstr(out, ", ");
		first = 0;
		strbuf_addstr(out, codes ? rs_flag_code(order[i]) : rs_flag_label(order[i]));
	}
}

/* ---- the projected spread ---------------------------------------------------------------- */

void calib_project(int count[PRED__COUNT], enum predicate from, enum predicate to)
{
	if ((unsigned)from < PRED__COUNT && count[from] > 0)
		count[from]--;
	if ((unsigned)to < PRED__COUNT)
		count[to]++;
}
